"""Generated mpmath twins of the generated numpy code. Do not edit: regenerate with `slowion generate`."""
