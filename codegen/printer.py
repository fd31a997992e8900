"""SymPy printers for the generated modules: numpy (float64, vectorised) and mpmath (the high-precision twin).

Both are SymPy's own printers with ``strict=True`` (an unsupported function raises instead of printing an undefined
name); they override only what slowion adds: the helper :class:`xlogabs` (x ln|x| with its limit 0 at x = 0).
The modules a printed expression needs are read from the printer's ``module_imports`` record.
"""

from __future__ import annotations

import sympy as sp
from sympy.printing.numpy import NumPyPrinter
from sympy.printing.pycode import MpmathPrinter


class xlogabs(sp.Function):
    """x ln|x|, continued by its limit 0 at x = 0: the removable x ln x singularities of the Lindhard forms."""

    nargs = 1

    def fdiff(self, argindex: int = 1) -> sp.Expr:
        x = self.args[0]
        return sp.log(sp.Abs(x)) + 1

    def _eval_rewrite_as_log(self, x: sp.Expr, **kwargs) -> sp.Expr:
        return x * sp.log(sp.Abs(x))


#: helper source written once into generated/_helpers.py; the numpy modules that use a helper import it
NUMPY_HELPERS = {
    "xlogabs": (
        "def xlogabs(x):\n"
        '    """x ln|x| with the limit 0 at x = 0; the log sees 1 there, so nothing warns."""\n'
        "    ax = numpy.abs(x)\n"
        "    return x * numpy.log(numpy.where(ax > 0, ax, 1.0))\n"
    ),
}

#: helper source written once into generated/mp/_helpers.py; the twins that use a helper import it
MPMATH_HELPERS = {
    "xlogabs": (
        "def xlogabs(x):\n"
        '    """x ln|x| with the limit 0 at x = 0."""\n'
        "    return x * mpmath.log(abs(x)) if x != 0 else mpmath.mpf(0)\n"
    ),
}


class SlowionNumPyPrinter(NumPyPrinter):
    """NumPyPrinter, strict, fully qualified ``numpy.`` names; knows :class:`xlogabs`."""

    def __init__(self) -> None:
        super().__init__({"strict": True, "fully_qualified_modules": True})
        self.helpers: set[str] = set()

    def _print_xlogabs(self, expr: sp.Expr) -> str:
        self.helpers.add("xlogabs")
        self.module_imports["numpy"].add("where")
        return f"xlogabs({self._print(expr.args[0])})"


class SlowionMpmathPrinter(MpmathPrinter):
    """MpmathPrinter, strict; exact rationals and constants as mpmath objects; knows :class:`xlogabs`."""

    def __init__(self) -> None:
        super().__init__({"strict": True, "fully_qualified_modules": True})
        self.helpers: set[str] = set()

    def _print_xlogabs(self, expr: sp.Expr) -> str:
        self.helpers.add("xlogabs")
        return f"xlogabs({self._print(expr.args[0])})"
