"""Generated numba kernels (optional backend, `pip install .[fast]`). Do not edit: regenerate with `slowion generate`."""
