"""Accuracy-preserving rewrites of a closed form before printing (issue 4, item 3).

1. :func:`split_logs`: every ln|N/D| or ln(N/D) becomes a sum of k ln|f| over the irreducible factors f of N and D.
   For a positive argument ln(g) = ln|g|, so the rewrite keeps the value wherever the original is defined.
2. :func:`xlog_terms`: in a sum, a term c ln|g| whose coefficient c vanishes with g (g divides c) becomes
   (c/g) xlogabs(g), with xlogabs(0) = 0: the x ln|x| singularities at q = 2 k_F +- 2 lambda are removable and
   the generated code then returns the limit instead of 0 * inf = NaN.
3. :func:`log_pairs` (before 2): in a sum, c ln|g1| - c ln|g2| with g1 g2 dividing c becomes
   (c/(g1 g2)) xlnratio(a, b), a = (g1 + g2)/2, b = (g1 - g2)/2: one log1p of a ratio instead of two logarithms,
   with no cancellation where b/a -> 0 (small q of the static forms: the two 1/q^3 log terms cancelled to 1/q^2)
   and the limit 0 at |a| = |b|.
4. :func:`accuracy_rewrites`: ``sympy.codegen.rewriting.optimize`` with ``expm1_opt`` and ``log1p_opt``, kept only
   where it introduced log1p/expm1: it also regroups sums, and put 8 pi/(q^5 eps^2) over one denominator, where O(1)
   terms cancel to O(q^3) (1e-11 relative error at q = k_F/5 instead of 1e-15).
"""

from __future__ import annotations

import sympy as sp
from sympy.codegen.rewriting import expm1_opt, log1p_opt, optimize

from slowion.codegen.printer import xlnratio, xlnratio_pos, xlogabs


def _abs_factors(arg: sp.Expr) -> list[tuple[sp.Expr, sp.Expr]]:
    """ln|arg| = sum k ln|f| (+ a constant ln|c|): returns [(f, k)], f irreducible or a number."""
    inner = arg.args[0] if isinstance(arg, sp.Abs) else arg
    # |h| inside the argument: a sign per factor does not change |.|, so drop the inner Abs
    inner = inner.replace(sp.Abs, lambda h: h)
    num, den = sp.fraction(sp.together(inner))
    out: list[tuple[sp.Expr, sp.Expr]] = []
    for part, sign in ((num, 1), (den, -1)):
        c, factors = sp.factor_list(sp.expand(part))
        if c != 1 and c != -1:
            out.append((sp.Abs(c), sp.Integer(sign)))
        for f, k in factors:
            out.append((f, sp.Integer(sign * k)))
    return out


def split_logs(expr: sp.Expr) -> sp.Expr:
    """Rewrite each log(arg) as sum_f k ln|f| over the factors of arg (see module docstring)."""

    def split(arg: sp.Expr) -> sp.Expr:
        return sp.Add(*[k * sp.log(sp.Abs(f)) for f, k in _abs_factors(arg)])

    return expr.replace(lambda e: isinstance(e, sp.log), lambda e: split(e.args[0]))


def _divides(g: sp.Expr, c: sp.Expr) -> sp.Expr | None:
    """c/g as a cancelled expression if the polynomial g divides c (so c/g stays finite where g = 0), else None."""
    ratio = sp.cancel(sp.together(c / g))
    _, den = sp.fraction(ratio)
    gens = sorted(g.free_symbols | den.free_symbols, key=sp.default_sort_key)
    if not gens or den.has(sp.log, sp.Abs, xlogabs):
        return None
    if sp.gcd(sp.Poly(den, *gens), sp.Poly(g, *gens)).degree() > 0 if g.is_polynomial(*gens) else True:
        return None
    return ratio


def _rewrite_sum(expr: sp.Expr) -> sp.Expr:
    logs = sorted(expr.atoms(sp.log), key=sp.default_sort_key)
    logs = [L for L in logs if isinstance(L.args[0], sp.Abs) or L.args[0].is_polynomial()]
    if not logs:
        return expr
    collected = sp.collect(sp.expand(expr), logs, evaluate=False)
    rest = collected.pop(sp.Integer(1), sp.Integer(0))
    terms = [sp.together(rest)] if rest != 0 else []
    for L in sorted(collected, key=sp.default_sort_key):
        c = collected[L]
        g = L.args[0].args[0] if isinstance(L.args[0], sp.Abs) else L.args[0]
        if L.is_Pow or c.has(sp.log) or not g.free_symbols:
            terms.append(sp.factor(c) * L)
            continue
        ratio = _divides(g, c)
        terms.append(sp.factor(ratio) * xlogabs(g) if ratio is not None else sp.factor(c) * L)
    return sp.Add(*terms)


def _is_log_sum(f: sp.Expr) -> bool:
    return isinstance(f, sp.log) or (f.is_Add and all(t.has(sp.log) for t in f.args))


def xlog_terms(expr: sp.Expr) -> sp.Expr:
    """Bottom-up: every sum containing logarithms is regrouped by logarithm, x ln|x| terms become xlogabs."""
    if expr.is_Atom or isinstance(expr, (sp.log, xlogabs, xlnratio)):
        return expr
    if expr.is_Add and expr.has(sp.log):
        return _rewrite_sum(expr)
    if expr.is_Mul and any(_is_log_sum(f) for f in expr.args):
        return _rewrite_sum(expr)  # c ln|g| alone, or c (ln|g| - ln|h|): a sum of one or more log terms
    if isinstance(expr, sp.Piecewise):
        return sp.Piecewise(*[(xlog_terms(e), c) for e, c in expr.args])
    new_args = [xlog_terms(a) for a in expr.args]
    return expr.func(*new_args)


def _log_atom_arg(L: sp.Expr) -> sp.Expr:
    return L.args[0].args[0] if isinstance(L.args[0], sp.Abs) else L.args[0]


def _pair_sum(expr: sp.Expr) -> sp.Expr:
    """c1 ln|g1| + c2 ln|g2| with c1 = -c2 and g1 g2 | c1 -> (c1/(g1 g2)) xlnratio((g1 + g2)/2, (g1 - g2)/2)."""
    logs = sorted(expr.atoms(sp.log), key=sp.default_sort_key)
    logs = [L for L in logs if _log_atom_arg(L).is_polynomial() and _log_atom_arg(L).free_symbols]
    if len(logs) < 2:
        return expr
    collected = sp.collect(sp.expand(expr), logs, evaluate=False)
    coeff = {L: collected[L] for L in logs if L in collected and not collected[L].has(sp.log)}
    used: set[sp.Expr] = set()
    terms = []
    for i, L1 in enumerate(logs):
        for L2 in logs[i + 1 :]:
            if L1 in used or L2 in used or L1 not in coeff or L2 not in coeff:
                continue
            c = coeff[L1]
            if sp.cancel(c + coeff[L2]) != 0:
                continue
            g1, g2 = _log_atom_arg(L1), _log_atom_arg(L2)
            # |g2| = |-g2|: take the sign that makes a = (g1 + g2)/2 the simpler half (fewer symbols), then a, b
            if len(sp.expand(g1 - g2).free_symbols) < len(sp.expand(g1 + g2).free_symbols):
                g2 = -g2
            ratio = _divides(sp.expand(g1 * g2), c)
            if ratio is None:
                continue
            a, b = sp.expand((g1 + g2) / 2), sp.expand((g1 - g2) / 2)
            kind = xlnratio_pos if a.is_nonnegative and b.is_nonnegative else xlnratio
            terms.append(sp.factor(ratio) * kind(a, b))
            used |= {L1, L2}
    if not used:
        return expr
    rest = [collected[k] * k for k in collected if k not in used]
    return sp.Add(*terms, *rest)


def log_pairs(expr: sp.Expr) -> sp.Expr:
    """Bottom-up: in every sum with logarithms, pairs c (ln|g1| - ln|g2|) with g1 g2 | c become xlnratio."""
    if expr.is_Atom or isinstance(expr, (sp.log, xlogabs, xlnratio)):
        return expr
    if expr.has(sp.log) and (expr.is_Add or expr.is_Mul):
        paired = _pair_sum(expr)
        if paired is not expr:
            return paired
    if isinstance(expr, sp.Piecewise):
        return sp.Piecewise(*[(log_pairs(e), c) for e, c in expr.args])
    return expr.func(*[log_pairs(a) for a in expr.args])


def accuracy_rewrites(expr: sp.Expr) -> sp.Expr:
    """The closed-form pipeline: split logs, log pairs -> xlnratio, x ln|x| -> xlogabs, then SymPy's numpy
    optimisations (log1p, ...)."""
    out = xlog_terms(log_pairs(split_logs(expr)))
    # ``optimize`` also regroups sums (it put 8 pi/(q^5 eps^2) over one denominator): keep its result only where it
    # actually introduced log1p/expm1
    if not _optimisable(out):
        return out  # optimize walks the whole tree: minutes on the STO overlaps, for nothing
    tried = optimize(out, [expm1_opt, log1p_opt])
    return tried if _has_opt(tried) else out


def _optimisable(expr: sp.Expr) -> bool:
    """Is there a log(1 + x) or an exp(x) - 1 candidate (a sum with a number and a log/exp term)?"""
    for node in sp.preorder_traversal(expr):
        if isinstance(node, sp.log) and node.args[0].is_Add and any(a.is_Number for a in node.args[0].args):
            return True
        if node.is_Add and any(a.is_Number for a in node.args):
            if any(isinstance(f, sp.exp) for a in node.args for f in sp.Mul.make_args(a)):
                return True
    return False


def _has_opt(expr: sp.Expr) -> bool:
    from sympy.codegen.cfunctions import expm1, log1p

    return expr.has(expm1) or expr.has(log1p)
