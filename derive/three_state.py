"""The three-state problem k, k', He: Löwdin matrix elements and the effective He-induced hopping (DF Eqs. 25-42).

Ref: Dorado and Flores (DF), Sec. II.B, Eqs. (25)-(42).

Model (the order counting of :mod:`slowion.derive.lowdin`). Basis psi_k, psi_k' (crystal eigenstates, S_kk' = 0,
DF Eq. 29) and psi_He; real overlaps S_kHe = S_Hek (standing-wave or real local orbitals; with complex Bloch states
S_Hek = conj(S_kHe) and the algebra is the same for Hermitian S and H). Bare matrix elements of H = H_0 + V_He:

* <psi_k|H|psi_k'> = E_k delta_kk' + (V_He)_kk', with (V_He)_kk' counted as second order in the overlap (DF: "T_kk'
  is second order, (V_He)_kk' included"); the diagonal (V_He)_kk does not enter (H_eff)_kk' at second order;
* <psi_k|H|psi_He> = h_k, first order; DF's Eq. 31 needs h_k = S_kHe E_He (derived below, as for the
  two-level problem in :mod:`slowion.derive.he_metal`);
* <psi_He|H|psi_He> = E_He.

The effective second-order k-k' coupling created by the first-order hopping (Eq. 35) is derived by a
Schrieffer-Wolff transformation e^W H e^(-W) that removes the k-He coupling at first order; the generator W is
solved for, not typed in.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import sympy as sp

from slowion.derive.he_metal import DOMAIN as HE_DOMAIN
from slowion.derive.he_metal import (
    E_M,
    J0,
    E_He,
    S,
    beta,
    eps,
    exchange_plus_electrostatic,
    gamma,
    n_M,
    repulsive_energy_total,
    total_shifts,
)
from slowion.derive.identity import Approximation, ChainCheck, Identity, chain_assumption
from slowion.derive.lowdin import effective_hamiltonian, truncate_in

S_kHe, S_kpHe = sp.symbols("S_kHe S_kpHe", real=True)  # <psi_k|psi_He>, <psi_k'|psi_He>
E_k, E_kp = sp.symbols("E_k E_kp", real=True)  # crystal levels E_k^0, E_k'^0
V_kkp = sp.Symbol("V_kkp", real=True)  # (V_He)_kk'
h_k, h_kp = sp.symbols("h_k h_kp", real=True)  # bare <psi_k|H|psi_He>, <psi_k'|H|psi_He>
T_kHe, T_kpHe = sp.symbols("T_kHe T_kpHe", real=True)  # Löwdin hoppings (H_eff)_kHe, (H_eff)_k'He
S_iHe = sp.symbols("S_1He S_2He", real=True)  # <phi_i|psi_He> of the local orbitals (Eq. 37)
h_iHe = sp.symbols("h_1He h_2He", real=True)  # bare <phi_i|H|psi_He>

DOMAIN = {
    **HE_DOMAIN,
    E_k: (-0.3, 0.3),
    E_kp: (-0.3, 0.3),
    S_kHe: (-0.5, 0.5),
    S_kpHe: (-0.5, 0.5),
    V_kkp: (-0.5, 0.5),
    h_k: (-1.0, 1.0),
    h_kp: (-1.0, 1.0),
    T_kHe: (-0.5, 0.5),
    T_kpHe: (-0.5, 0.5),
}

#: DF's Eq. 31 needs it; every record whose derived form keeps a bare h_k inherits it (identity.chain_assumption)
H_K_IS_S_E_HE = chain_assumption(
    "<psi_k|H|psi_He> = S_kHe E_He (He 1s an eigenstate of the atomic Hamiltonian near He; what Eq. 31 needs)",
    {h_k: S_kHe * E_He, h_kp: S_kpHe * E_He, h_iHe[0]: S_iHe[0] * E_He, h_iHe[1]: S_iHe[1] * E_He},
)

_H_ASSUMPTION = "bare <psi_k|H|psi_He> = S_kHe E_He (He 1s an eigenstate of the atomic Hamiltonian near He)"
_V_ASSUMPTION = "bare <psi_k|H|psi_k'> = E_k delta_kk' + (V_He)_kk', (V_He)_kk' of second order in the overlap"
_T_DEFINITION = "T_kHe = first-order element (H_eff)_kHe = h_k - S_kHe (E_k + E_He)/2, for any bare h_k"


# ----------------------------------------------------------------------------------------------------------
# derivations


def schrieffer_wolff(H: sp.MatrixBase, low: Sequence[int], high: Sequence[int], scale: sp.Symbol) -> sp.Matrix:
    """e^W H e^(-W) to ``scale``^2, with W (anti-symmetric, first order) chosen to cancel the first-order coupling
    between the ``low`` and ``high`` blocks. ``H`` at scale = 0 must be diagonal (non-degenerate across blocks)."""
    H = sp.Matrix(H)
    n = H.rows
    W = sp.zeros(n, n)
    unknowns = []
    for i in low:
        for j in high:
            w = sp.Symbol(f"w_{i}_{j}")
            unknowns.append((i, j, w))
            W[i, j], W[j, i] = scale * w, -scale * w

    def comm(a, b):
        return a * b - b * a

    rotated = H + comm(W, H) + comm(W, comm(W, H)) / 2
    rotated = sp.Matrix(n, n, lambda i, j: truncate_in(rotated[i, j], scale, 2))
    conditions = [rotated[i, j].coeff(scale, 1) for i, j, _ in unknowns]
    solution = sp.solve(conditions, [w for *_, w in unknowns], dict=True)[0]
    return sp.Matrix(n, n, lambda i, j: sp.expand(rotated[i, j].subs(solution)))


@cache
def _lowdin_3x3(bare_khe: tuple[sp.Expr, sp.Expr] = (h_k, h_kp)) -> sp.Matrix:
    """S^(-1/2) H S^(-1/2) of the k, k', He problem to eps^2 (DF Eq. 30)."""
    a, b = S_kHe, S_kpHe
    overlap = sp.Matrix([[1, 0, eps * a], [0, 1, eps * b], [eps * a, eps * b, 1]])
    hk, hkp = bare_khe
    bare = sp.Matrix([[E_k, eps**2 * V_kkp, eps * hk], [eps**2 * V_kkp, E_kp, eps * hkp], [eps * hk, eps * hkp, E_He]])
    return effective_hamiltonian(bare, overlap, 2, eps)


def _assumed_lowdin() -> sp.Matrix:
    return _lowdin_3x3((S_kHe * E_He, S_kpHe * E_He))


@cache
def lowdin_t_khe() -> sp.Expr:
    """DF-31: (H_eff)_kHe to second order with h_k = S_kHe E_He (DF Eq. 31 derived; kernel of the same name)."""
    return sp.factor(_assumed_lowdin()[0, 2].subs(eps, 1))


@cache
def hopping_general() -> tuple[sp.Expr, sp.Expr]:
    """First-order (H_eff)_kHe, (H_eff)_k'He for general bare h_k, h_k'."""
    heff = _lowdin_3x3()
    return heff[0, 2].coeff(eps, 1), heff[1, 2].coeff(eps, 1)


@cache
def hopping_kkp_in_T() -> sp.Expr:
    """(H_eff)_kk' to second order, the bare h eliminated in favour of the Löwdin hoppings T (DF Eq. 32 derived)."""
    t_k, t_kp = hopping_general()
    solved = sp.solve([sp.Eq(t_k, T_kHe), sp.Eq(t_kp, T_kpHe)], [h_k, h_kp], dict=True)[0]
    return sp.expand(_lowdin_3x3()[0, 1].subs(eps, 1).subs(solved))


def _t_from_31() -> dict[sp.Symbol, sp.Expr]:
    """T_kHe, T_k'He of DF Eq. 31 (h_k = S_kHe E_He)."""
    heff = _assumed_lowdin()
    return {T_kHe: lowdin_t_khe(), T_kpHe: sp.factor(heff[1, 2].subs(eps, 1))}


@cache
def lowdin_t_kkprime() -> sp.Expr:
    """DF-32: (H_eff)_kk' with the T of DF Eq. 31 (h_k = S_kHe E_He) inserted (kernel of the same name)."""
    return sp.factor(hopping_kkp_in_T().subs(_t_from_31()))


@cache
def hybridisation_kkp_in_T() -> sp.Expr:
    """Second-order k-k' coupling through the He level from the first-order hoppings alone (DF Eq. 35 derived)."""
    m = sp.Matrix([[E_k, 0, eps * T_kHe], [0, E_kp, eps * T_kpHe], [eps * T_kHe, eps * T_kpHe, E_He]])
    return sp.factor(schrieffer_wolff(m, (0, 1), (2,), eps)[0, 1].coeff(eps, 2))


@cache
def hopping_khe_general() -> sp.Expr:
    """(H_eff)_kHe to second order for a general bare h_k (the records compare it under :data:`H_K_IS_S_E_HE`)."""
    return sp.factor(_lowdin_3x3()[0, 2].subs(eps, 1))


@cache
def hopping_kkp_general() -> sp.Expr:
    """(H_eff)_kk' to second order for general bare h_k, h_k'."""
    return sp.expand(_lowdin_3x3()[0, 1].subs(eps, 1))


@cache
def effective_kkp_general() -> sp.Expr:
    """Schrieffer-Wolff on the full Löwdin H_eff for general bare h_k, h_k' (DF Eq. 36 before h_k is fixed)."""
    rotated = schrieffer_wolff(_lowdin_3x3(), (0, 1), (2,), eps)
    return sp.expand(rotated[0, 1].subs(eps, 1))


@cache
def effective_t_kkprime() -> sp.Expr:
    """DF-36: total second-order k-k' coupling, Schrieffer-Wolff on the full Löwdin H_eff (DF Eq. 36 derived)."""
    rotated = schrieffer_wolff(_assumed_lowdin(), (0, 1), (2,), eps)
    return sp.factor(rotated[0, 1].subs(eps, 1) - V_kkp) + V_kkp


# local basis (DF Eqs. 37, 38): two orthonormal local orbitals phi_1, phi_2 around the He atom
_c = sp.symbols("c_1 c_2", real=True)  # |k>  = c_1 phi_1 + c_2 phi_2
_d = sp.symbols("d_1 d_2", real=True)  # |k'> = d_1 phi_1 + d_2 phi_2
V_loc = sp.Matrix(2, 2, lambda i, j: sp.Symbol(f"V_{min(i, j) + 1}{max(i, j) + 1}", real=True))


@cache
def local_hopping_matrix(general: bool = False) -> sp.Matrix:
    """T_ii' as the matrix of the bilinear form T_kk' in the local coefficients (DF Eq. 38 derived from 36).

    ``general``: from the general-h_k form of Eq. 36 (h_k -> c_1 h_1 + c_2 h_2 with local bare elements h_i).
    """
    sub = {
        S_kHe: sum(c * s for c, s in zip(_c, S_iHe, strict=True)),
        S_kpHe: sum(d * s for d, s in zip(_d, S_iHe, strict=True)),
        V_kkp: (sp.Matrix([_c]) * V_loc * sp.Matrix(_d))[0, 0],
    }
    if general:
        sub[h_k] = sum(c * hh for c, hh in zip(_c, h_iHe, strict=True))
        sub[h_kp] = sum(d * hh for d, hh in zip(_d, h_iHe, strict=True))
    t = sp.expand((effective_kkp_general() if general else effective_t_kkprime()).subs(sub))
    # T_kk' is bilinear in (c, d): T_ii' is the coefficient of c_i d_i' (read off a polynomial in c, d; the same
    # as d^2 T/dc_i dd_i', and factor then works on the coefficient alone: 2x faster)
    poly = sp.Poly(t, *_c, *_d)
    if any(sum(m[:2]) != 1 or sum(m[2:]) != 1 for m in poly.monoms()):
        raise ValueError("T_kk' is not bilinear in the local coefficients")
    return sp.Matrix(2, 2, lambda i, j: sp.factor(poly.coeff_monomial(_c[i] * _d[j])))


# ----------------------------------------------------------------------------------------------------------
# approximations


_MEAN = {E_k: E_M, E_kp: E_M}


def _mean_level(e):
    return e.subs(_MEAN)


MEAN_LEVEL = Approximation("E_k, E_k' -> E_M (mean level of the metal band; DF text after Eq. 32)", (_MEAN,))


@cache
def _many_body_substitutions() -> tuple[dict, ...]:
    """E_k -> E_M; (V_He) -> S S (-J_x^0 + V_el)/S^2 + S S <J^0> (Eq. 39 ansatz, Eq. 23 model); gamma_M -> 0."""
    per_s2 = sp.expand(exchange_plus_electrostatic() / S**2) + J0
    sub = {V_kkp: S_kHe * S_kpHe * per_s2}
    sub.update({V_loc[i, j]: S_iHe[i] * S_iHe[j] * per_s2 for i in range(2) for j in range(i, 2)})
    return (_MEAN, sub, {gamma: 0})


def _many_body_ansatz(e):
    """Eq. 39's ansatz and the Eq. 23 model: (V_He) -> S S (-J_x^0 + V_el)/S^2 + S S <J^0>, psi_M constant."""
    for sub in _many_body_substitutions():
        e = e.subs(sub)
    return e


@cache
def many_body() -> Approximation:
    """The named approximation of Eqs. 39-42 (its substitutions need the Eq. 23 integrals, so it is built lazily)."""
    return Approximation(
        "E_k -> E_M; ansatz of Eq. 39: the He potential (V_He) plus the overlap-exchange term S^2 J^0 of Eq. 22 "
        "factorise as S_iHe S_Hei' times their Eq. 22-23 values per S^2, J^0 -> <J^0>; psi_M constant over He "
        "(Eq. 23)",
        _many_body_substitutions(),
    )


@cache
def effective_coupling_v0() -> sp.Expr:
    """DF-42: V_0 = (T_eff)_kk' / (S_kHe S_Hek') under the approximations of Eq. 39 (kernel of the same name)."""
    return sp.simplify(_many_body_ansatz(effective_t_kkprime()) / (S_kHe * S_kpHe))


@cache
def lowdin_t_kkprime_mean_level() -> sp.Expr:
    """DF-34: (H_eff)_kk' of DF-32 with E_k, E_k' -> E_M, V + 3/4 (E_M - E_He) S_kHe S_Hek'."""
    return _mean_level(lowdin_t_kkprime())


@cache
def hybridisation_t_kkprime() -> sp.Expr:
    """DF-35: the k-k' coupling through the He level with the T of DF Eq. 31 inserted."""
    return sp.factor(hybridisation_kkp_in_T().subs(_t_from_31()))


@cache
def effective_t_eff_kkprime() -> sp.Expr:
    """DF-41 (with DF-40): the effective He-induced hopping (T_eff)_kk' = V_0 S_kHe S_Hek'."""
    return sp.expand(S_kHe * S_kpHe * effective_coupling_v0())


# ----------------------------------------------------------------------------------------------------------
# records


def _printed() -> dict[str, sp.Expr]:
    a, b = S_kHe, S_kpHe
    d_m = E_M - E_He
    v0 = E_M - E_He - sp.Rational(3, 8) * beta + J0
    return {
        "31": -a * (E_k - E_He) / 2,
        "32": V_kkp - (T_kHe * b + T_kpHe * a) / 2 + sp.Rational(1, 4) * ((E_k + E_kp) / 2 - E_He) * a * b,
        "33": -a * d_m / 2,
        "34a": V_kkp
        - ((-a * d_m / 2) * b + (-b * d_m / 2) * a) / 2
        + sp.Rational(1, 4) * d_m * a * b,  # first line of Eq. 34 with the T of Eq. 33
        "34": V_kkp + sp.Rational(3, 4) * d_m * a * b,
        "35": T_kHe * T_kpHe / d_m,
        "36": V_kkp + d_m * a * b,
        "38": V_loc + d_m * sp.Matrix(2, 2, lambda i, j: S_iHe[i] * S_iHe[j]),
        "39": v0 * sp.Matrix(2, 2, lambda i, j: S_iHe[i] * S_iHe[j]),
        "40": a * b * v0,
        "41": a * b * v0,
        "42": v0,
    }


_LOWDIN = "Löwdin S^(-1/2) H S^(-1/2) with S_kk' = 0, to second order in the overlaps"


def _df31() -> Identity:
    """DF-31: the Löwdin hopping between a crystal state and He, derived for a general bare h_k."""
    second_order_khe = sp.factor(_assumed_lowdin()[0, 2].coeff(eps, 2))
    return Identity(
        "DF-31",
        "Löwdin hopping between a crystal state and He",
        _printed()["31"],
        hopping_khe_general(),
        assume=(_H_ASSUMPTION, _V_ASSUMPTION),
        domain=DOMAIN,
        note=(
            f"Route: {_LOWDIN}. The second-order part of (H_eff)_kHe is {second_order_khe}. For a general bare "
            f"h_k the hopping is {sp.sstr(hopping_general()[0])}."
        ),
    )


def _df32() -> Identity:
    """DF-32: the second-order Löwdin hopping between two crystal states, in terms of the first-order T."""
    return Identity(
        "DF-32",
        "Löwdin hopping between two crystal states (second order)",
        _printed()["32"],
        hopping_kkp_in_T(),
        assume=(_V_ASSUMPTION, _T_DEFINITION),
        domain=DOMAIN,
        note=f"Route: {_LOWDIN}; holds for any bare h_k once T is the first-order Löwdin hopping. With the T of "
        f"Eq. 31 it is {sp.sstr(lowdin_t_kkprime())}.",
    )


def _df33() -> Identity:
    """DF-33: Eq. 31 at the mean level E_k -> E_M."""
    return Identity(
        "DF-33",
        "Eq. 31 with E_k -> E_M",
        _printed()["33"],
        hopping_khe_general(),
        assume=(_H_ASSUMPTION,),
        approximation=MEAN_LEVEL,
        domain=DOMAIN,
    )


def _df34() -> Identity:
    """DF-34: Eq. 32 at the mean level, the 3/4 combination (kernel: lowdin_t_kkprime_mean_level)."""
    p = _printed()
    line1_eq_line2 = sp.expand(p["34a"] - p["34"]) == 0
    return Identity(
        "DF-34",
        "Eq. 32 with E_k -> E_M: the 3/4 combination",
        p["34"],
        hopping_kkp_general(),
        assume=(_H_ASSUMPTION, _V_ASSUMPTION),
        approximation=MEAN_LEVEL,
        domain=DOMAIN,
        note=f"The printed first line of Eq. 34 (with T of Eq. 33) equals its second line: {line1_eq_line2}.",
    )


def _df35() -> Identity:
    """DF-35: the k-k' coupling through the He level by Schrieffer-Wolff on the first-order hoppings."""
    return Identity(
        "DF-35",
        "effective second-order k-k' coupling through the first-order hopping",
        _printed()["35"],
        hybridisation_kkp_in_T(),
        assume=(_T_DEFINITION, "Schrieffer-Wolff elimination of the He level to second order in T"),
        approximation=MEAN_LEVEL,
        domain=DOMAIN,
        note="Exactly, the energy denominator is the mean of 1/(E_k - E_He) and 1/(E_k' - E_He).",
    )


def _df36() -> Identity:
    """DF-36: the total one-electron k-k' hopping, Schrieffer-Wolff on the full Löwdin H_eff."""
    mean_exact = sp.simplify(effective_t_kkprime() - _printed()["36"].subs(E_M, (E_k + E_kp) / 2)) == 0
    return Identity(
        "DF-36",
        "total one-electron effective k-k' hopping",
        _printed()["36"],
        effective_kkp_general(),
        assume=(_H_ASSUMPTION, _V_ASSUMPTION, "Schrieffer-Wolff on the full Löwdin H_eff to second order"),
        approximation=MEAN_LEVEL,
        domain=DOMAIN,
        note=f"Exact (no E_k -> E_M needed) when E_M is read as (E_k + E_k')/2: {mean_exact}.",
    )


def _df38() -> Identity:
    """DF-38: the effective hopping in a basis of two local orbitals (Eq. 37)."""
    return Identity(
        "DF-38",
        "effective hopping in a local basis (two local orbitals)",
        _printed()["38"],
        local_hopping_matrix(general=True),
        assume=(
            _H_ASSUMPTION,
            _V_ASSUMPTION,
            "|k> = sum_i c_i(k) phi_i (Eq. 37), real coefficients; T_ii' = d^2 T_kk' / dc_i dc'_i'",
        ),
        approximation=MEAN_LEVEL,
        domain=DOMAIN,
        note="T_kk' is bilinear in the local coefficients only once E_k -> E_M.",
    )


def _df39() -> Identity:
    """DF-39: the suggested interaction between local orbitals, under the many-body ansatz."""
    return Identity(
        "DF-39",
        "suggested effective interaction between local orbitals i, i'",
        _printed()["39"],
        local_hopping_matrix(general=True),
        assume=(_H_ASSUMPTION, _V_ASSUMPTION),
        approximation=many_body(),
        domain=DOMAIN,
        note="DF introduce Eq. 39 as a suggestion; the many-body part is an ansatz, not a consequence of Eq. 38.",
    )


def _df40() -> Identity:
    """DF-40: the effective interaction between Bloch states, under the many-body ansatz."""
    return Identity(
        "DF-40",
        "effective interaction between Bloch states k, k'",
        _printed()["40"],
        effective_kkp_general(),
        assume=(_H_ASSUMPTION, _V_ASSUMPTION),
        approximation=many_body(),
        domain=DOMAIN,
    )


def _df41() -> Identity:
    """DF-41: the static matrix element V_0 S_kHe S_Hek' (kernel: effective_t_eff_kkprime)."""
    return Identity(
        "DF-41",
        "static matrix element [T_eff(R)]_kk' = V_0 S_kHe S_Hek' (V_0 of Eq. 42)",
        _printed()["41"],
        effective_kkp_general(),
        assume=(
            _H_ASSUMPTION,
            _V_ASSUMPTION,
            "Eq. 41 is Eq. 40 with V_0 of Eq. 42; |k> unperturbed crystal states",
        ),
        approximation=many_body(),
        domain=DOMAIN,
    )


def _df42() -> Identity:
    """DF-42: the coupling constant V_0 (kernel: effective_coupling_v0)."""
    return Identity(
        "DF-42",
        "the coupling constant V_0",
        _printed()["42"],
        sp.expand(effective_kkp_general() - V_kkp) / (S_kHe * S_kpHe) + V_kkp / (S_kHe * S_kpHe),
        assume=(_H_ASSUMPTION, _V_ASSUMPTION, "V_0 = (T_eff)_kk' / (S_kHe S_Hek')"),
        approximation=many_body(),
        domain=DOMAIN,
    )


def identities() -> list[Identity]:
    """The records of DF Eqs. 31-42, one builder each."""
    return [_df31(), _df32(), _df33(), _df34(), _df35(), _df36(), _df38(), _df39(), _df40(), _df41(), _df42()]


def chain_checks() -> list[ChainCheck]:
    t31 = _t_from_31()
    dE_M, _ = total_shifts()
    k_eq_kp = {S_kpHe: S_kHe}
    assumed = H_K_IS_S_E_HE.apply
    return [
        ChainCheck(
            "DF-31: general-h hopping under h_k = S_kHe E_He == kernel", assumed(hopping_khe_general()), lowdin_t_khe()
        ),
        ChainCheck(
            "DF-34: general-h (H_eff)_kk' under h_k = S_kHe E_He == kernel",
            assumed(hopping_kkp_general()),
            lowdin_t_kkprime(),
            DOMAIN,
        ),
        ChainCheck(
            "DF-36: general-h T_kk' under h_k = S_kHe E_He == kernel",
            assumed(effective_kkp_general()),
            effective_t_kkprime(),
            DOMAIN,
        ),
        ChainCheck(
            "DF-36 = DF-32 + DF-35 (T of DF-31)",
            effective_t_kkprime(),
            sp.expand((hopping_kkp_in_T() + hybridisation_kkp_in_T()).subs(t31)),
            DOMAIN,
        ),
        ChainCheck(
            "DF-34 at k = k' equals the one-electron metal shift 3/4 S^2 (E_M - E_He) of DF-15 (text after Eq. 34)",
            _mean_level(lowdin_t_kkprime() - V_kkp).subs(k_eq_kp).subs(S_kHe, S),
            sp.Rational(3, 4) * S**2 * (E_M - E_He),
            DOMAIN,
        ),
        ChainCheck(
            "DF-36 at k = k' equals DF-19 (S_kHe S_Hek' -> S^2)",
            _mean_level(effective_t_kkprime() - V_kkp).subs(k_eq_kp).subs(S_kHe, S),
            dE_M,
            DOMAIN,
        ),
        ChainCheck(
            "DF-42: V_0 = V_repulsive / (n_M S^2) of DF-24 (J^0 -> <J^0>)",
            effective_coupling_v0(),
            sp.expand(repulsive_energy_total().subs(gamma, 0) / (n_M * S**2)),
            DOMAIN,
        ),
    ]


# ----------------------------------------------------------------------------------------------------------
# code generation targets


def codegen_expressions() -> dict[str, tuple[sp.Expr, tuple[sp.Symbol, ...], str]]:
    """name -> (derived expression, argument order, one-line docstring) for :mod:`slowion.codegen`.

    Each target is named after the function of this module that derives it (its keys: codegen/targets.py).
    """
    targets = (
        (
            lowdin_t_khe,
            (S_kHe, E_k, E_He),
            "Löwdin hopping (H_eff)_kHe = -S_kHe (E_k - E_He)/2 to second order in the overlap (DF Eq. 31).",
        ),
        (
            lowdin_t_kkprime,
            (V_kkp, S_kHe, S_kpHe, E_k, E_kp, E_He),
            "Löwdin hopping (H_eff)_kk' to second order, T of Eq. 31 inserted (DF Eq. 32).",
        ),
        (
            lowdin_t_kkprime_mean_level,
            (V_kkp, S_kHe, S_kpHe, E_M, E_He),
            "(H_eff)_kk' with E_k, E_k' -> E_M: V + 3/4 (E_M - E_He) S_kHe S_Hek' (DF Eq. 34).",
        ),
        (
            hybridisation_t_kkprime,
            (S_kHe, S_kpHe, E_k, E_kp, E_He),
            "Second-order k-k' coupling through the He level from the hopping of Eq. 31 (DF Eq. 35).",
        ),
        (
            effective_t_kkprime,
            (V_kkp, S_kHe, S_kpHe, E_k, E_kp, E_He),
            "Total one-electron k-k' hopping V + ((E_k + E_k')/2 - E_He) S_kHe S_Hek' (DF Eq. 36).",
        ),
        (
            effective_coupling_v0,
            (E_M, E_He, beta, J0),
            "Coupling constant V_0 = E_M - E_He - 3 beta/8 + <J^0> (DF Eq. 42).",
        ),
        (
            effective_t_eff_kkprime,
            (S_kHe, S_kpHe, E_M, E_He, beta, J0),
            "Effective He-induced hopping (T_eff)_kk' = V_0 S_kHe S_Hek' (DF Eqs. 40-41).",
        ),
    )
    return {fn.__name__: (fn(), args, doc) for fn, args, doc in targets}
