"""Truncated power (Laurent) series of closed forms about a removable singularity, by SymPy coefficient algebra.

``sympy.series`` on the Lindhard forms with symbolic k_F and lambda takes many minutes; the closed forms we generate
are built from +, *, integer and rational powers, ``log``, ``exp`` and ``Abs``, for which truncated series
arithmetic (Knuth, TAOCP vol. 2, 4.7) is exact and fast. Each coefficient is a SymPy expression in the other
arguments; at the end every coefficient is put through ``sympy.cancel`` so that exactly cancelling orders vanish.

Precision is tracked honestly: a series knows the order up to which it is exact (``val + len(coeffs)``), sums keep the
smaller of the two, products and inverses keep the relative length. :func:`taylor` raises if the requested order is
not reached with the working margin.
"""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

_ZERO = sp.Integer(0)
_LOG_X = sp.Dummy("log_x")


class SeriesError(ValueError):
    """The expression contains something the series arithmetic does not expand (e.g. log x at x = 0)."""


@dataclass(frozen=True)
class _Series:
    """x^val (c0 + c1 x + ... + c_{n-1} x^{n-1}) + O(x^(val+n))."""

    val: int
    c: tuple[sp.Expr, ...]

    @property
    def prec(self) -> int:
        return self.val + len(self.c)


def _const(value: sp.Expr, n: int) -> _Series:
    return _Series(0, (value,) + (_ZERO,) * (n - 1))


def _add(a: _Series, b: _Series) -> _Series:
    v = min(a.val, b.val)
    p = min(a.prec, b.prec)
    out = [_ZERO] * max(p - v, 0)
    for s in (a, b):
        for i, ci in enumerate(s.c):
            k = s.val + i - v
            if k < len(out):
                out[k] = out[k] + ci
    return _Series(v, tuple(out))


def _mul(a: _Series, b: _Series) -> _Series:
    n = min(len(a.c), len(b.c))
    out = []
    for k in range(n):
        out.append(sp.Add(*[a.c[i] * b.c[k - i] for i in range(k + 1)]))
    return _Series(a.val + b.val, tuple(out))


def _normalise(a: _Series) -> _Series:
    """Drop leading coefficients that cancel exactly (each loses one order of relative precision)."""
    c = list(a.c)
    v = a.val
    while c and sp.cancel(sp.expand(c[0])) == 0:
        c.pop(0)
        v += 1
    if not c:
        raise SeriesError("series cancels to all orders kept; raise the working margin")
    return _Series(v, (sp.cancel(sp.expand(c[0])), *c[1:]))


def _unit_part(a: _Series) -> tuple[int, sp.Expr, _Series]:
    """a = x^val c0 (1 + h) with h of valuation >= 1; returns (val, c0, h)."""
    a = _normalise(a)
    c0 = a.c[0]
    h = _Series(0, (_ZERO, *(ci / c0 for ci in a.c[1:])))
    return a.val, c0, h


def _compose(h: _Series, coeffs: list[sp.Expr]) -> _Series:
    """sum_k coeffs[k] h^k for h of valuation >= 1 (h.val == 0 with h.c[0] == 0)."""
    n = len(h.c)
    out = _const(coeffs[0], n)
    power = _const(sp.Integer(1), n)
    for k in range(1, min(n, len(coeffs))):
        power = _mul(power, h)
        out = _add(out, _Series(0, tuple(coeffs[k] * ci for ci in power.c)))
    return out


def _power(a: _Series, exponent: sp.Expr) -> _Series:
    """a^exponent: x^(val e) c0^e (1 + h)^e by the binomial series; val e must be an integer."""
    val, c0, h = _unit_part(a)
    new_val = val * exponent
    if not sp.Integer(new_val) == new_val:
        raise SeriesError(f"non-integer leading power x^{new_val}")
    n = len(h.c)
    binom = [sp.binomial(exponent, k) for k in range(n)]
    body = _compose(h, binom)
    return _Series(int(new_val), tuple(c0**exponent * ci for ci in body.c))


def _log(a: _Series) -> _Series:
    val, c0, h = _unit_part(a)
    n = len(h.c)
    # log(x^val c0 (1 + h)) = val log(x) + log(c0) + log1p(h); log(x) is carried as the symbol _LOG_X and must cancel
    log_c0 = sp.expand_log(sp.log(sp.factor(c0)), force=True)
    coeffs = [val * _LOG_X + log_c0] + [sp.Rational((-1) ** (k + 1), k) for k in range(1, n)]
    return _compose(h, coeffs)


def _exp(a: _Series) -> _Series:
    if a.val < 0:
        raise SeriesError("exp of a series with a pole")
    if a.val > 0:  # bring to valuation 0
        a = _Series(0, (_ZERO,) * a.val + a.c)
    c0 = a.c[0]
    h = _Series(0, (_ZERO, *a.c[1:]))
    n = len(h.c)
    body = _compose(h, [1 / sp.factorial(k) for k in range(n)])
    return _Series(0, tuple(sp.exp(c0) * ci for ci in body.c))


def _series(expr: sp.Expr, x: sp.Symbol, n: int) -> _Series:
    if not expr.has(x):
        return _const(expr, n)
    if expr == x:
        return _Series(1, (sp.Integer(1),) + (_ZERO,) * (n - 1))
    if expr.is_Add:
        out = _series(expr.args[0], x, n)
        for arg in expr.args[1:]:
            out = _add(out, _series(arg, x, n))
        return out
    if expr.is_Mul:
        out = _series(expr.args[0], x, n)
        for arg in expr.args[1:]:
            out = _mul(out, _series(arg, x, n))
        return out
    if expr.is_Pow:
        base, exponent = expr.args
        if exponent.has(x):
            return _exp(_series(exponent * sp.log(base), x, n))
        return _power(_series(base, x, n), exponent)
    if isinstance(expr, sp.log):
        return _log(_series(expr.args[0], x, n))
    if isinstance(expr, sp.exp):
        return _exp(_series(expr.args[0], x, n))
    raise SeriesError(f"no series rule for {type(expr).__name__}")


def taylor(expr: sp.Expr, x: sp.Symbol, order: int, margin: int = 8) -> list[tuple[int, sp.Expr]]:
    """Coefficients [(k, c_k)] of expr = sum_k c_k x^k + O(x^order) about x = 0, zero coefficients dropped.

    ``expr`` must be free of ``Abs`` and ``Piecewise`` (fix their signs for the region first, see
    :func:`fix_abs_signs`). ``margin`` extra orders are carried to absorb negative powers and exact cancellations.
    """
    s = _series(expr, x, order + margin)
    if s.prec < order:
        raise SeriesError(f"only O(x^{s.prec}) reached, {order} requested; raise the margin")
    out = []
    for i, ci in enumerate(s.c):
        k = s.val + i
        if k >= order:
            break
        c = sp.factor(sp.cancel(sp.expand(ci)))
        if c.has(_LOG_X):
            raise SeriesError(f"a log({x}) term survives at order {k}: the expansion point is not removable")
        if c != 0:
            out.append((k, c))
    return out


def fix_abs_signs(expr: sp.Expr, where: dict[sp.Symbol, sp.Expr]) -> sp.Expr:
    """Replace every Abs(g) by +-g with the sign g has at the representative point ``where``.

    Valid in the region of a branch as long as no g changes sign there; the branch condition guarantees that.
    """

    def fixed(arg: sp.Expr) -> sp.Expr:
        value = sp.N(arg.subs(where), 30)
        if value == 0 or not value.is_real:
            raise SeriesError(f"Abs({arg}) has no definite sign at {where}")
        return arg if value > 0 else -arg

    return expr.replace(sp.Abs, fixed)


def horner(terms: list[tuple[int, sp.Expr]], x: sp.Expr) -> sp.Expr:
    """sum_k c_k x^k as x^kmin (c_kmin + x (c_kmin+1 + ...)): nested, unevaluated, for stable short evaluation."""
    if not terms:
        return _ZERO
    lo = terms[0][0]
    hi = terms[-1][0]
    coeff = dict(terms)
    acc: sp.Expr = coeff.get(hi, _ZERO)
    for k in range(hi - 1, lo - 1, -1):
        acc = sp.Add(coeff.get(k, _ZERO), sp.Mul(x, acc, evaluate=False), evaluate=False)
    return acc if lo == 0 else sp.Mul(x**lo, acc, evaluate=False)
