"""A closed form that is one top-level ``Piecewise`` becomes one piece per region, each evaluated only where taken.

``numpy.select`` (SymPy's print of a ``Piecewise``) evaluates every branch on every element; for the STO overlaps
(DF Eq. 70, near series and far closed form, both long) that doubles the work. Splitting the ``Piecewise`` into
dispatcher pieces (writer.py: boolean indexing, a branch that is not taken never runs) halves it. Inside each piece
the piece's own condition is known: a nested ``Piecewise`` on the same condition (derive/sto.py's safe-argument
indicator) collapses to its branch, so the far form no longer computes the indicator at all.

Cheap ``Piecewise`` forms (fewer than :data:`MIN_OPS` operations, e.g. X_2 to first order in u) keep the
``select``: masks and indexing would cost more than the branch they save.
"""

from __future__ import annotations

import sympy as sp

#: a Piecewise cheaper than this (count_ops) stays one numpy.select
MIN_OPS = 40


def _assume(expr: sp.Expr, condition: sp.Basic, holds: bool) -> sp.Expr:
    """``expr`` with the relational ``condition`` (and its negation) replaced by its known truth value."""
    negation = condition.negated if hasattr(condition, "negated") else sp.Not(condition)
    known = {condition: sp.true if holds else sp.false, negation: sp.false if holds else sp.true}
    return expr.xreplace(known)


def split_piecewise(expr: sp.Expr) -> list[tuple[sp.Expr, sp.Basic | None]] | None:
    """[(fallback, None), (branch_1, cond_1), ...] of a top-level Piecewise worth splitting, else None.

    The dispatcher tries the branches in order on the points not yet taken, then the fallback (the last,
    ``True`` branch) on the rest: the order of the Piecewise is kept.
    """
    if not isinstance(expr, sp.Piecewise) or sp.count_ops(expr) < MIN_OPS:
        return None
    *cases, (fallback, last) = expr.args
    if last != sp.true or not cases:
        return None
    out: list[tuple[sp.Expr, sp.Basic | None]] = []
    earlier: list[sp.Basic] = []
    for e, c in cases:
        for prev in earlier:  # a point taken here failed every earlier condition
            e = _assume(e, prev, False)
        out.append((_assume(e, c, True), c))
        earlier.append(c)
    for prev in earlier:
        fallback = _assume(fallback, prev, False)
    return [(fallback, None), *out]
