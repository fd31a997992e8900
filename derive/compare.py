"""Equality of two forms (expressions, matrices, equations): symbolic first, then a high-precision numeric test.

The comparison machinery of :mod:`slowion.derive.identity`, kept apart from the records: :func:`compare` decides
whether two forms are equal (``simplify`` of the difference; where SymPy cannot reduce a difference that is zero, a
test at ``NUMERIC_POINTS`` random points at ``NUMERIC_DPS`` digits), :func:`classify_difference` says how they differ
(a constant factor, a sign, a term). Every verdict says which method decided.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import mpmath
import sympy as sp
from sympy.functions.elementary.hyperbolic import HyperbolicFunction
from sympy.functions.elementary.trigonometric import TrigonometricFunction

Form = sp.Expr | sp.MatrixBase | sp.Equality

#: working precision (decimal digits) of the numeric equality test
NUMERIC_DPS = 40
#: |difference| / scale below this counts as zero at NUMERIC_DPS digits
NUMERIC_TOL = mpmath.mpf(10) ** -25
#: number of random points of the numeric equality test
NUMERIC_POINTS = 24


@dataclass(frozen=True)
class Verdict:
    """Result of comparing two forms."""

    equal: bool
    method: str  # "symbolic", "numeric (N points, D digits)", or the reason it is not equal
    witness: str = ""  # a point where they differ, when numeric


def _as_difference(a: Form, b: Form) -> list[sp.Expr]:
    """Entries of a - b as a flat list of expressions (an ``Eq`` is compared as lhs - rhs on both sides)."""
    if isinstance(a, sp.Equality):
        a = a.lhs - a.rhs
    if isinstance(b, sp.Equality):
        b = b.lhs - b.rhs
    if isinstance(a, sp.MatrixBase) or isinstance(b, sp.MatrixBase):
        a_m, b_m = sp.Matrix(a), sp.Matrix(b)
        if a_m.shape != b_m.shape:
            raise ValueError(f"shape mismatch {a_m.shape} vs {b_m.shape}")
        return list(a_m - b_m)
    return [sp.sympify(a) - sp.sympify(b)]


#: above this many operations, only expand and cancel try to prove a difference zero
_SIMPLIFY_ZERO_OPS = 1500


def _exp_form(expr: sp.Expr) -> sp.Expr:
    """Trigonometric and hyperbolic functions as exponentials, expanded: a sum of sin^2 of phase differences and
    its e^{i delta} form (Friedel sums) cancel term by term here in 0.06 s, where simplify fails after 3 s."""
    if not expr.has(TrigonometricFunction, HyperbolicFunction):
        return expr
    return sp.expand(expr.rewrite(sp.exp))


def _is_symbolic_zero(expr: sp.Expr) -> bool:
    expr = sp.expand(expr)
    if expr == 0:
        return True
    for simplifier in (sp.cancel, _exp_form, sp.simplify):
        if simplifier is sp.simplify and sp.count_ops(expr) > _SIMPLIFY_ZERO_OPS:
            break  # simplify of a long expression takes many seconds and rarely closes it: the numeric test decides
        try:
            if simplifier(expr) == 0:
                return True
        except (NotImplementedError, TypeError, ValueError, RecursionError):
            continue
    return False


def _points(symbols: list[sp.Symbol], domain: Mapping[sp.Symbol, tuple[float, float]], seed: str, n: int):
    rng = random.Random(seed)  # reproducible, and independent of PYTHONHASHSEED
    for _ in range(n):
        out = []
        for s in symbols:
            lo, hi = domain.get(s, (0.1, 2.0))
            out.append(lo + (hi - lo) * rng.random())
        yield out


_HEAVISIDE = {"Heaviside": lambda v, *_: mpmath.mpf(1) if v > 0 else mpmath.mpf(0 if v < 0 else 0.5)}


def _variables(diffs: list[sp.Expr], scales: list[sp.Expr]) -> list[sp.Symbol]:
    """The free symbols of the differences and of their scales, in a fixed order (a scale can hold a symbol that
    cancels in its difference: it must get a value too)."""
    return sorted(set().union(*(e.free_symbols for e in (*diffs, *scales))), key=sp.default_sort_key)


def _by_subs(expr: sp.Expr, symbols: list[sp.Symbol]):
    """expr as a function of ``symbols`` by substitution and ``N`` (slow; for forms lambdify cannot take)."""
    return lambda *v: sp.N(expr.subs(dict(zip(symbols, v, strict=True))), NUMERIC_DPS)


def _evaluators(diffs: list[sp.Expr], scales: list[sp.Expr], symbols: list[sp.Symbol]) -> tuple[list, list]:
    """mpmath-lambdified differences and scales (fast); substitution and ``N`` for a form that cannot be
    lambdified (undefined functions, unevaluated integrals)."""

    def one(expr: sp.Expr):
        try:
            return sp.lambdify(symbols, expr, [_HEAVISIDE, "mpmath"])
        except Exception:  # not lambdifiable: substitute and evaluate
            return _by_subs(expr, symbols)

    return [one(d) for d in diffs], [one(c) for c in scales]


def _numeric_zero(
    diffs: list[sp.Expr],
    scales: list[sp.Expr],
    domain: Mapping[sp.Symbol, tuple[float, float]],
    seed: str,
    points: int = NUMERIC_POINTS,
    evaluators: tuple[list, list] | None = None,
) -> Verdict:
    """|difference| <= NUMERIC_TOL x max(scale, 1) at ``points`` random points, at NUMERIC_DPS digits.

    The forms are evaluated through mpmath-lambdified functions (``evaluators``: those of :func:`_evaluators`,
    built once per comparison); a form that fails at a point is evaluated there by substitution and ``N``.
    """
    symbols = _variables(diffs, scales)
    fns, scs = evaluators if evaluators is not None else _evaluators(diffs, scales, symbols)
    with mpmath.workdps(NUMERIC_DPS):
        for raw in _points(symbols, domain, seed, points):
            vals = [mpmath.mpf(v) for v in raw]
            for i, (f, g) in enumerate(zip(fns, scs, strict=True)):
                try:
                    dv, sv = complex(f(*vals)), complex(g(*vals))
                except Exception:  # the lambdified form failed here (an undefined function): substitute
                    svals = [sp.Float(v, NUMERIC_DPS) for v in raw]
                    dn, sn = _by_subs(diffs[i], symbols)(*svals), _by_subs(scales[i], symbols)(*svals)
                    try:
                        dv, sv = complex(dn), complex(sn)
                    except TypeError:
                        return Verdict(False, "numeric test could not evaluate the difference", str(dn))
                if abs(dv) > float(NUMERIC_TOL) * max(abs(sv), 1.0):
                    witness = ", ".join(f"{s}={float(v):.6g}" for s, v in zip(symbols, vals, strict=True))
                    return Verdict(False, "differs numerically", f"at {witness}: difference {dv:.3e}")
    return Verdict(True, f"numeric ({points} random points, {NUMERIC_DPS} digits)")


def compare(a: Form, b: Form, domain: Mapping[sp.Symbol, tuple[float, float]] | None = None, seed: str = "") -> Verdict:
    """Decide whether two forms are equal: symbolically, else by a high-precision numeric test."""
    diffs = _as_difference(a, b)
    if all(sp.expand(d) == 0 for d in diffs):
        return Verdict(True, "symbolic")
    scales = _as_difference(a, sp.zeros(*sp.Matrix(a).shape) if isinstance(a, sp.MatrixBase) else 0)
    scales = [sp.Abs(s) + sp.Abs(d) for s, d in zip(scales, diffs, strict=True)]
    # a difference that is clearly non-zero at a random point needs no simplify (which can take seconds); the
    # same test at NUMERIC_POINTS points is the final arbiter below anyway
    evaluators = _evaluators(diffs, scales, _variables(diffs, scales))  # lambdified once for both tests
    probe = _numeric_zero(diffs, scales, domain or {}, seed, points=2, evaluators=evaluators)
    if not probe.equal and probe.method == "differs numerically":
        return probe
    if all(_is_symbolic_zero(d) for d in diffs):
        return Verdict(True, "symbolic")
    return _numeric_zero(diffs, scales, domain or {}, seed, evaluators=evaluators)


def classify_difference(printed: Form, derived: Form) -> str:
    """Say how the printed form differs from the derived one: a constant factor, a sign, or a term.

    The ratio is tested numerically for constancy (5 random points, NUMERIC_DPS digits) and the constant
    recognised as a rational; only a short difference is simplified for display.
    """
    if isinstance(printed, sp.MatrixBase) or isinstance(derived, sp.MatrixBase):
        return "matrix entries differ: " + ", ".join(
            f"[{i}] printed - derived = {_tidy(d)}"
            for i, d in enumerate(_as_difference(printed, derived))
            if sp.expand(d) != 0
        )
    p = printed.lhs - printed.rhs if isinstance(printed, sp.Equality) else sp.sympify(printed)
    d = derived.lhs - derived.rhs if isinstance(derived, sp.Equality) else sp.sympify(derived)
    if d != 0:
        ratio = _constant_ratio(p, d)
        if ratio is not None:
            if ratio == -1:
                return "sign: printed = -(derived)"
            return f"factor: printed = ({ratio}) * derived"
    return f"term: printed - derived = {_tidy(p - d)}"


def _constant_ratio(p: sp.Expr, d: sp.Expr) -> sp.Expr | None:
    """p/d if it is a constant (a rational, possibly times I or pi), else None."""
    quotient = p / d
    if not quotient.free_symbols:
        return sp.nsimplify(sp.N(quotient, NUMERIC_DPS), [sp.pi], rational=False) if quotient.is_number else None
    symbols = sorted(quotient.free_symbols, key=sp.default_sort_key)
    try:
        f = sp.lambdify(symbols, quotient, [_HEAVISIDE, "mpmath"])
        with mpmath.workdps(NUMERIC_DPS):
            vals = [complex(f(*[mpmath.mpf(v) for v in pt])) for pt in _points(symbols, {}, "ratio", 5)]
    except Exception:  # not evaluable numerically: no constant ratio claimed
        return None
    if max(abs(v - vals[0]) for v in vals) > 1e-20 * max(1.0, abs(vals[0])):
        return None
    c = sp.nsimplify(complex(vals[0]).real, rational=True, tolerance=1e-12) + sp.I * sp.nsimplify(
        complex(vals[0]).imag, rational=True, tolerance=1e-12
    )
    return c


#: above this many operations a difference is shown as it is, not simplified (simplify can take many seconds)
_SIMPLIFY_OPS = 60


def _tidy(expr: sp.Expr) -> sp.Expr:
    """simplify for a short expression; a long one is returned as it is."""
    if sp.count_ops(expr) > _SIMPLIFY_OPS:
        return expr
    return sp.simplify(expr)


def is_zero_form(form: Any) -> bool:
    if isinstance(form, sp.MatrixBase):
        return all(sp.expand(e) == 0 for e in form)
    if isinstance(form, sp.Equality):
        return sp.expand(form.lhs - form.rhs) == 0
    return sp.expand(form) == 0
