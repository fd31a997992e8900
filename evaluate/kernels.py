"""One switch between the two generated backends: ``kernel(name)`` is the compiled ufunc when numba imports, else the
numpy function of the same name (issue 13, item 2).

Both are printed from the same pieces (closed form after the accuracy rewrites, series branches, Piecewise cases):
``slowion.generated.<module>`` (numpy, boolean-index dispatch) and ``slowion.generated.fast.<module>`` (numba
``vectorize`` of scalar code with real branches). They agree within the accuracy tests' tolerance, not bit for bit
(tests/test_generated_fast.py). ``SLOWION_BACKEND=numpy`` forces the numpy modules (e.g. to compare the two, or where
numba's compile time at import is not wanted); ``SLOWION_BACKEND=fast`` makes a missing numba an error.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from functools import cache

#: the generated modules, searched in this order for a function name
MODULES: tuple[str, ...] = ("dielectric", "wind", "sto_form_factor", "sto_overlap", "stopping", "three_state")
#: environment variable: "numpy", "fast" or unset (fast when numba imports)
ENV = "SLOWION_BACKEND"


def _module_of(name: str) -> str:
    for module in MODULES:
        try:
            mod = importlib.import_module(f"slowion.generated.{module}")
        except ModuleNotFoundError as missing:
            if missing.name != f"slowion.generated.{module}":
                raise
            continue  # a generated module not present in this checkout: the name is not there either
        if name in getattr(mod, "__all__", ()):
            return module
    raise KeyError(f"kernel: no generated function named {name!r}")


def backend() -> str:
    """The backend ``kernel`` returns: "fast" (numba importable, not switched off) or "numpy"."""
    choice = os.environ.get(ENV, "").strip().lower()
    if choice not in ("", "numpy", "fast"):
        raise ValueError(f"{ENV} must be 'numpy', 'fast' or unset, not {choice!r}")
    if choice == "numpy":
        return "numpy"
    try:
        import numba  # noqa: F401
    except ImportError:
        if choice == "fast":
            raise
        return "numpy"
    return "fast"


@cache
def _kernel(name: str, which: str) -> Callable:
    module = _module_of(name)
    if which == "fast":
        try:
            fast = importlib.import_module(f"slowion.generated.fast.{module}")
        except ModuleNotFoundError as missing:
            if missing.name != f"slowion.generated.fast.{module}":
                raise  # numba itself (or something it needs) is missing: not a silent fallback
        else:
            return getattr(fast, name)
    return getattr(importlib.import_module(f"slowion.generated.{module}"), name)


def kernel(name: str, which: str | None = None) -> Callable:
    """The generated function ``name`` from the chosen backend (default :func:`backend`).

    A module without a compiled twin (generated/fast/ covers the modules of ``codegen.numba_writer.FAST_MODULES``)
    falls back to numpy. Raises KeyError for an unknown name.
    """
    return _kernel(name, which or backend())
