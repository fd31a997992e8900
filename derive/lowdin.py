"""Löwdin overlap algebra: S^(-1/2) as a series in the overlap and H_eff = S^(-1/2) H S^(-1/2) (DF Eqs. 1-2, 27-30).

Ref: P.-O. Löwdin, J. Chem. Phys. 18, 365 (1950); Dorado and Flores (DF), Eqs. (1), (2), (27)-(30).

Order counting (the convention of every module that uses this one):

* The overlap matrix of normalised orbitals is S = 1 + eps*D, with D the off-diagonal overlaps S_ij (i != j) and
  eps a bookkeeping parameter (set to 1 at the end). The caller writes eps into S explicitly.
* The Hamiltonian's matrix elements carry the powers of eps that the caller's physical assumption gives them:
  diagonal levels E_i are of order eps^0; a bare hopping <psi_i|H|psi_j> that is proportional to an overlap (for
  example S_kHe * E_He) is of order eps^1; a direct perturbation such as (V_He)_kk' that DF count as second order
  ("T_kk' is second order, (V_He)_kk' included") carries eps^2. :func:`effective_hamiltonian` multiplies the
  matrices and keeps every entry up to and including eps^order, so the truncation is consistent in the single
  parameter eps.
"""

from __future__ import annotations

import sympy as sp


def truncate_in(expr: sp.Expr, eps: sp.Symbol, order: int) -> sp.Expr:
    """The polynomial part of ``expr`` in ``eps`` up to and including ``eps**order``.

    ``expr`` must be a polynomial in ``eps`` (true for every product of the series below); anything else is a
    caller error and raises ``ValueError`` rather than being truncated silently.
    """
    expanded = sp.expand(expr)
    if not expanded.is_polynomial(eps):
        raise ValueError(f"not a polynomial in {eps}: {expr}")
    return sp.Add(*(expanded.coeff(eps, k) * eps**k for k in range(order + 1)))


def _truncate_matrix(m: sp.MatrixBase, eps: sp.Symbol, order: int) -> sp.Matrix:
    return sp.Matrix(m.rows, m.cols, lambda i, j: truncate_in(m[i, j], eps, order))


def lowdin_inverse_sqrt(S: sp.MatrixBase, order: int, scale_symbol: sp.Symbol) -> sp.Matrix:
    """S^(-1/2) to order ``order`` in the bookkeeping parameter ``scale_symbol`` (DF Eqs. 1, 27).

    .. math:: S^{-1/2} = \\sum_{n=0}^{N} \\binom{-1/2}{n} (S - 1)^n + O(\\epsilon^{N+1}),
              \\qquad S - 1 = \\epsilon D

    The binomial series converges for ||eps D|| < 1; the truncation error is O(eps^(N+1)).
    """
    if order < 0:
        raise ValueError(f"order must be >= 0, got {order}")
    S = sp.Matrix(S)
    if S.rows != S.cols:
        raise ValueError(f"S must be square, got {S.shape}")
    X = S - sp.eye(S.rows)
    if X.subs(scale_symbol, 0) != sp.zeros(*X.shape):
        raise ValueError(f"S - 1 must vanish at {scale_symbol} = 0 (S = 1 + {scale_symbol} D)")
    result = sp.zeros(*S.shape)
    power = sp.eye(S.rows)
    for n in range(order + 1):
        result += sp.binomial(sp.Rational(-1, 2), n) * power
        power = _truncate_matrix(power * X, scale_symbol, order)
    return _truncate_matrix(result, scale_symbol, order)


def effective_hamiltonian(H: sp.MatrixBase, S: sp.MatrixBase, order: int, scale_symbol: sp.Symbol) -> sp.Matrix:
    """H_eff = S^(-1/2) H S^(-1/2), every entry truncated at ``scale_symbol**order`` (DF Eq. 30).

    ``H`` holds the bare matrix elements <psi_i|H|psi_j> with the powers of ``scale_symbol`` of the caller's
    counting (module docstring); ``S`` = 1 + eps D.
    """
    half = lowdin_inverse_sqrt(S, order, scale_symbol)
    return _truncate_matrix(half * sp.Matrix(H) * half, scale_symbol, order)
