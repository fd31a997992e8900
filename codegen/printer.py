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


class xlnratio(sp.Function):
    """(a^2 - b^2) ln|(a + b)/(a - b)| = (a^2 - b^2) 2 atanh(min(|b/a|, |a/b|)) sign(ab), continued by its limit 0
    at |a| = |b|: a pair ln|g1| - ln|g2| of the Lindhard forms with g1 = a + b, g2 = a - b, as one logarithm.

    Printed as one ``log1p`` of the ratio 2 lo/(hi - lo) (lo, hi: the arguments ordered by magnitude), exact to a
    few ulps where lo/hi is small (small q: no cancellation) and near |a| = |b| (the product stays x ln x small).
    """

    nargs = 2

    @classmethod
    def eval(cls, a: sp.Expr, b: sp.Expr) -> sp.Expr | None:
        # odd in a: one canonical sign, so that a = 2 k_F (>= 0) selects the cheaper helper
        if a.could_extract_minus_sign():
            return -cls(-a, b)
        return None

    def fdiff(self, argindex: int = 1) -> sp.Expr:
        a, b = self.args
        log_ratio = sp.log(sp.Abs((a + b) / (a - b)))
        if argindex == 1:
            return 2 * a * log_ratio - 2 * b
        return -2 * b * log_ratio + 2 * a

    def _eval_rewrite_as_log(self, a: sp.Expr, b: sp.Expr, **kwargs) -> sp.Expr:
        return (a - b) * (a + b) * sp.log(sp.Abs((a + b) / (a - b)))


class xlnratio_pos(xlnratio):
    """:class:`xlnratio` whose arguments are known to be >= 0 (decided before cse, which drops the assumptions):
    printed with the cheaper helper (no sign handling)."""


#: helper source written once into generated/_helpers.py; the numpy modules that use a helper import it
NUMPY_HELPERS = {
    "xlogabs": (
        "def xlogabs(x):\n"
        '    """x ln|x| with the limit 0 at x = 0; the log sees 1 there, so nothing warns."""\n'
        "    ax = numpy.abs(x)\n"
        "    return x * numpy.log(numpy.where(ax > 0, ax, 1.0))\n"
    ),
    "xlnratio": (
        "def xlnratio(a, b):\n"
        '    """(a^2 - b^2) ln|(a + b)/(a - b)| by one log of the ratio; 0 at |a| = |b| (the limit). Absolute error\n'
        "    ~ eps max(a, b)^2 where b/a -> 0 or oo (the term is then small against the others of X_1); where its\n"
        '    relative error matters the arguments are >= 0 and xlnratio_pos (log1p) is printed instead."""\n'
        "    s = a + b\n"
        "    d = a - b\n"
        "    m = s * d\n"
        "    live = m != 0\n"
        "    return m * numpy.log(numpy.abs(numpy.where(live, s, 1.0) / numpy.where(live, d, 1.0)))\n"
    ),
    "xlnratio_pos": (
        "def xlnratio_pos(a, b):\n"
        '    """xlnratio for a, b >= 0: one log1p of 2 lo/(hi - lo); the log sees 0 at a = b, so nothing warns."""\n'
        "    lo = numpy.minimum(a, b)\n"
        "    d = numpy.maximum(a, b) - lo\n"
        "    return (a - b) * (a + b) * numpy.log1p((lo + lo) / numpy.where(d > 0, d, numpy.inf))\n"
    ),
}

#: helper source written once into generated/mp/_helpers.py; the twins that use a helper import it
MPMATH_HELPERS = {
    "xlogabs": (
        "def xlogabs(x):\n"
        '    """x ln|x| with the limit 0 at x = 0."""\n'
        "    return x * mpmath.log(abs(x)) if x != 0 else mpmath.mpf(0)\n"
    ),
    "xlnratio": (
        "def xlnratio(a, b):\n"
        '    """(a^2 - b^2) ln|(a + b)/(a - b)| with the limit 0 at |a| = |b|."""\n'
        "    m = (a - b) * (a + b)\n"
        "    return m * mpmath.log(abs((a + b) / (a - b))) if m != 0 else mpmath.mpf(0)\n"
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

    def _print_And(self, expr: sp.Basic) -> str:
        """``(a) & (b)``: SymPy's ``logical_and.reduce((a, b))`` first stacks the masks into a new 2-d array."""
        return " & ".join(f"({self._print(a)})" for a in expr.args)

    def _print_Pow(self, expr: sp.Expr, rational: bool = False) -> str:
        """Small integer and half-integer powers as products (and one sqrt): numpy's ``power`` with an exponent other
        than 2 runs the general pow at ~10x the cost of a multiplication (measured: x**3 2.5 ns, x*x*x 0.4 ns per
        element). At most 3 roundings (<= 2 ulp more than pow): far inside the accuracy tests' 1e-12."""
        base, e = expr.as_base_exp()
        # only a symbol (an argument or a cse temporary) is repeated: a compound base would be computed n times
        small = e.is_Rational and ((e.q == 1 and 2 <= abs(e.p) <= 4) or (e.q == 2 and 3 <= abs(e.p) <= 5))
        if small and base.is_Symbol and not rational:
            b = self._print(base)
            factors = [b] * (abs(e.p) // e.q) + ([f"{self._module}.sqrt({b})"] if e.q == 2 else [])
            product = "*".join(factors)
            return f"(1/({product}))" if e < 0 else f"({product})"
        return super()._print_Pow(expr, rational=rational)

    def _print_Mul(self, expr: sp.Expr) -> str:
        """A product whose numeric factor is not a plain rational (1/(12 pi^3)) with that factor as one float
        literal: Python folds 1/12 but not numpy.pi**3, so the printed (1/12)*x/numpy.pi**3 costs one more
        array operation. One rounding of the exact constant instead of two or three."""
        free = expr.free_symbols
        if free:
            coeff, rest = expr.as_independent(*free, as_Add=False)
            if coeff.is_number and coeff.is_real and not coeff.is_Rational and rest != 1:
                value = repr(float(sp.N(coeff, 30)))
                return f"{value}*{self.parenthesize(rest, sp.printing.precedence.PRECEDENCE['Mul'])}"
        return super()._print_Mul(expr)

    def _print_Piecewise(self, expr: sp.Piecewise) -> str:
        """Nested ``numpy.where`` when the last condition is True (no NaN default needed): SymPy's ``numpy.select``
        first stacks the conditions and the choices into new arrays (measured 3x the where for Das Eq. 7)."""
        if expr.args[-1].cond != sp.true:
            return super()._print_Piecewise(expr)
        self.module_imports["numpy"].add("where")
        printed = self._print(expr.args[-1].expr)
        for e, c in reversed(expr.args[:-1]):
            printed = f"{self._module}.where({self._print(c)}, {self._print(e)}, {printed})"
        return printed

    def _print_xlnratio(self, expr: sp.Expr) -> str:
        name = "xlnratio_pos" if isinstance(expr, xlnratio_pos) else "xlnratio"
        self.helpers.add(name)
        self.module_imports["numpy"].update({"where", "log1p", "log"})
        return f"{name}({self._print(expr.args[0])}, {self._print(expr.args[1])})"

    _print_xlnratio_pos = _print_xlnratio  # the subclass did not reach the method above (a failing render showed it)


class SlowionMpmathPrinter(MpmathPrinter):
    """MpmathPrinter, strict; exact rationals and constants as mpmath objects; knows :class:`xlogabs`."""

    def __init__(self) -> None:
        super().__init__({"strict": True, "fully_qualified_modules": True})
        self.helpers: set[str] = set()

    def _print_xlogabs(self, expr: sp.Expr) -> str:
        self.helpers.add("xlogabs")
        return f"xlogabs({self._print(expr.args[0])})"

    def _print_xlnratio(self, expr: sp.Expr) -> str:
        self.helpers.add("xlnratio")
        return f"xlnratio({self._print(expr.args[0])}, {self._print(expr.args[1])})"

    _print_xlnratio_pos = _print_xlnratio  # the subclass did not reach the method above (a failing render showed it)
