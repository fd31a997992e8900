"""LCAO many-body Hamiltonian and its Slater-like one-body form (DF Sec. II.A, Eqs. 3-5).

Ref: Dorado and Flores (DF), Eqs. (3)-(5); their Refs. 14, 15 for the origin of Eq. 3.

Model. A small explicit system, three orthonormalised orbitals nu = 0, 1, 2 and two spins sigma = +1 (up),
-1 (down). The two-body terms of Eq. 3 are density-density terms, so the occupation numbers n_{nu sigma} are
represented by commuting symbols; the hopping operators (c^+_mu c_nu + h.c.) are one-body and are carried as
opaque commuting symbols ``K_{nu mu sigma}`` that the decoupling leaves alone. The matrices J^(0), J_x^(0) and S
start out *general* (not symmetric); the record then states the symmetry that the printed Eq. 5 needs.

Mean-field (Hartree-Fock-Slater-like) decoupling of every product of two different occupations:

    n_a n_b -> <n_a> n_b + n_a <n_b> - <n_a><n_b>,

with <n_a> written N_a. The effective level is E~_nu^sigma = d H_MF / d n_{nu sigma}.
"""

from __future__ import annotations

from functools import cache
from itertools import product

import sympy as sp

from slowion.derive.identity import Approximation, ChainCheck, Identity, compare

SITES = (0, 1, 2)
SPINS = (1, -1)


def _s(sigma: int) -> str:
    return "up" if sigma == 1 else "dn"


n = {(v, s): sp.Symbol(f"n_{v}{_s(s)}") for v, s in product(SITES, SPINS)}  # operators (commuting: densities)
N = {(v, s): sp.Symbol(f"N_{v}{_s(s)}", real=True) for v, s in product(SITES, SPINS)}  # <n_{nu sigma}>
E = {(v, s): sp.Symbol(f"E_{v}{_s(s)}", real=True) for v, s in product(SITES, SPINS)}
U = {v: sp.Symbol(f"U_{v}", real=True) for v in SITES}
PAIRS = [(v, m) for v in SITES for m in SITES if m != v]
J = {(v, m): sp.Symbol(f"J_{v}{m}", real=True) for v, m in PAIRS}
Jx = {(v, m): sp.Symbol(f"Jx_{v}{m}", real=True) for v, m in PAIRS}
Sov = {(v, m): sp.Symbol(f"S_{v}{m}", real=True) for v, m in PAIRS}
Vxc = {(v, m): sp.Symbol(f"Vxc_{v}{m}", real=True) for v, m in PAIRS}
T = {(v, m, s): sp.Symbol(f"T_{v}{m}{_s(s)}", real=True) for v, m in PAIRS for s in SPINS}
K = {(v, m, s): sp.Symbol(f"K_{v}{m}{_s(s)}") for v, m in PAIRS for s in SPINS}  # c+_m c_v + c+_v c_m


def symmetric() -> dict[sp.Symbol, sp.Symbol]:
    """J_{mu nu} -> J_{nu mu} (nu < mu) for J, J_x and S: the symmetry of the Coulomb, exchange and overlap
    integrals of real orbitals."""
    out = {}
    for mat in (J, Jx, Sov):
        for v, m in PAIRS:
            if v > m:
                out[mat[v, m]] = mat[m, v]
    return out


def _pairs(sites: tuple[int, ...]) -> list[tuple[int, int]]:
    return [(v, m) for v, m in PAIRS if v in sites and m in sites]


def hopping_terms(sites: tuple[int, ...] = SITES) -> sp.Expr:
    """sum_{nu, mu != nu, sigma} T_{nu mu}^sigma (c+_mu c_nu + c+_nu c_mu), as opaque one-body symbols."""
    return sum(T[v, m, s] * K[v, m, s] for v, m in _pairs(sites) for s in SPINS)


@cache
def hamiltonian_eq3(sites: tuple[int, ...] = SITES) -> sp.Expr:
    """DF Eq. 3 for the orbitals ``sites`` (default all three), general (non-symmetric) J, J_x, S."""
    one_body = sum(E[v, s] * n[v, s] for v, s in product(sites, SPINS))
    hubbard = sum(U[v] * n[v, 1] * n[v, -1] for v in sites)
    inter = sp.Rational(1, 2) * sum(
        J[v, m] * n[m, s] * n[v, -s] + (J[v, m] - Jx[v, m] + J[v, m] * Sov[v, m] ** 2) * n[m, s] * n[v, s]
        for v, m in _pairs(sites)
        for s in SPINS
    )
    return one_body + hopping_terms(sites) + hubbard + inter


def mean_field(expr: sp.Expr) -> sp.Expr:
    """Decouple every product n_a n_b (a != b) as <n_a> n_b + n_a <n_b> - <n_a><n_b>."""
    ops = set(n.values())
    expect = {n[k]: N[k] for k in n}
    out = []
    for term in sp.Add.make_args(sp.expand(expr)):
        factors = sorted(term.free_symbols & ops, key=sp.default_sort_key)
        if len(factors) > 2 or any(sp.degree(term, f) > 1 for f in factors):
            raise ValueError(f"not a density-density term: {term}")
        if len(factors) < 2:
            out.append(term)
            continue
        a, b = factors
        coeff = term / (a * b)
        out.append(coeff * (expect[a] * b + a * expect[b] - expect[a] * expect[b]))
    return sp.expand(sp.Add(*out))


@cache
def mean_field_hamiltonian(sites: tuple[int, ...] = SITES) -> sp.Expr:
    """H_MF of Eq. 3 (general J, J_x, S)."""
    return mean_field(hamiltonian_eq3(sites))


@cache
def effective_levels(symmetrise: bool = True) -> sp.Matrix:
    """E~_nu^sigma = d H_MF / d n_{nu sigma}; rows nu, columns sigma = up, down (DF Eq. 5 derived)."""
    h = mean_field_hamiltonian()
    if symmetrise:
        h = h.subs(symmetric())
    return sp.Matrix(len(SITES), len(SPINS), lambda i, j: sp.expand(sp.diff(h, n[SITES[i], SPINS[j]])))


def printed_eq5(literal_sum: bool = False) -> sp.Matrix:
    """DF Eq. 5 as printed. The printed sums run over 'nu, mu != nu'; with ``literal_sum`` the dummy nu is summed
    too (the literal reading), otherwise only mu != nu (the reading that makes E~_nu a function of nu)."""

    def level(v, s):
        outer = SITES if literal_sum else (v,)
        rest = sum(
            J[w, m] * N[m, -s] + (J[w, m] - Jx[w, m] + J[w, m] * Sov[w, m] ** 2 + Vxc[w, m]) * N[m, s]
            for w in outer
            for m in SITES
            if m != w
        )
        return E[v, s] + U[v] * N[v, -s] + rest

    return sp.Matrix(len(SITES), len(SPINS), lambda i, j: level(SITES[i], SPINS[j]))


def _drop_vxc(e):
    return e.subs(dict.fromkeys(Vxc.values(), 0))


NO_VXC = Approximation(
    "V^{x,c} -> 0: the Slater-like exchange-correlation potential of Eq. 5 is not contained in Eq. 3 (Ref. 15)",
    (dict.fromkeys(Vxc.values(), 0),),
)


def _drop_constant(e):
    return sp.expand(e) - sp.expand(e).subs(dict.fromkeys(n.values(), 0))


NO_CONSTANT = Approximation(
    "drop the c-number double-counting term -<n_a><n_b> (no effect on one-electron states; it matters for "
    "total energies)",
    drop_constant_in=tuple(n.values()),
)


_SYMMETRIC = "J^(0), J_x^(0) and S symmetric in (nu, mu) (real orbitals)"


def _df3() -> Identity:
    """DF-3: the LCAO many-body Hamiltonian, transcribed as the model; its derivation is open."""
    return Identity(
        "DF-3",
        "LCAO many-body Hamiltonian in the Löwdin basis (the J S^2 term)",
        hamiltonian_eq3(),
        None,
        missing=(
            "Eq. 3 is quoted from Refs. 14, 15; deriving its two-body terms (in particular J S^2, the overlap "
            "correction to the same-spin interaction) needs the many-body Löwdin transformation of the Coulomb "
            "integrals, which the paper does not give. It is used here as the model."
        ),
    )


def _df4() -> Identity:
    """DF-4: the one-body H_eff as the mean-field decoupling of Eq. 3.

    Checked on two orbitals: the constant it drops is a long polynomial, and comparing it on three orbitals costs
    seconds without testing anything the two-orbital case does not.
    """
    pair = (0, 1)
    h_mf = mean_field_hamiltonian(pair).subs(symmetric())
    one_body_printed = sum(sp.diff(h_mf, n[v, s]) * n[v, s] for v, s in product(pair, SPINS))
    return Identity(
        "DF-4",
        "one-body effective Hamiltonian (mean-field form of Eq. 3)",
        one_body_printed + hopping_terms(pair),
        h_mf,
        assume=(_SYMMETRIC, "E~ of Eq. 4 is the derived coefficient of n_{nu sigma} (DF-5)"),
        definition="the one-body H_eff: its levels E~ are the coefficients of H_MF (the printed side is built "
        "from them)",
        approximation=NO_CONSTANT,
        note="Route: mean-field decoupling of Eq. 3 for 2 orbitals x 2 spins.",
    )


def _df5() -> Identity:
    """DF-5: the effective one-body level E~, with the literal and the non-symmetric readings computed."""
    levels = effective_levels()
    printed = printed_eq5().subs(symmetric())
    literal = _drop_vxc(printed_eq5(literal_sum=True).subs(symmetric()))
    literal_ok = compare(literal, levels, seed="DF-5-literal").equal
    general_ok = compare(_drop_vxc(printed_eq5()), effective_levels(symmetrise=False), seed="DF-5-general").equal
    return Identity(
        "DF-5",
        "effective one-body level E~_nu^sigma (3 orbitals x 2 spins)",
        printed,
        levels,
        assume=(_SYMMETRIC, "printed sum over 'nu, mu != nu' read as a sum over mu != nu at fixed nu"),
        approximation=NO_VXC,
        note=(
            "The 1/2 of the double sum in Eq. 3 cancels because each pair appears twice, once as (nu, mu) and "
            f"once as (mu, nu); this needs the symmetry. Printed form holds for non-symmetric J, J_x, S: "
            f"{general_ok}. Printed form holds when its label 'nu, mu != nu' is read literally (nu summed too): "
            f"{literal_ok}, so the label is a typo for 'mu != nu' (the LaTeX also prints 'nu' without its "
            "backslash). Spin labels: -sigma for the J term, sigma for the J - J_x + J S^2 term, as derived."
        ),
    )


def identities() -> list[Identity]:
    """The records of DF Eqs. 3-5, one builder each."""
    return [_df3(), _df4(), _df5()]


def chain_checks() -> list[ChainCheck]:
    """The decoupling keeps the energy of the mean occupations: <H_MF> = <H> with every n replaced by <n>."""
    to_mean = {n[k]: N[k] for k in n}
    return [
        ChainCheck(
            "DF-4/5: mean-field H of Eq. 3 has the same energy at the mean occupations",
            mean_field_hamiltonian().subs(to_mean),
            hamiltonian_eq3().subs(to_mean),
        )
    ]
