"""Generated numpy code. Do not edit: regenerate with `slowion generate`."""
