"""He-metal two-level problem: overlap shifts, hybridisation, repulsive energy (DF Sec. II.B, Eqs. 15-24).

Ref: Dorado and Flores (DF), Eqs. (15)-(24); their Ref. 14 for the many-body terms.

Model. Two normalised orbitals, the metal orbital psi_M (level E_M) and the He 1s orbital psi_He (level E_He),
with real overlap S = <psi_M|psi_He> and bare matrix element h = <psi_M|H|psi_He>. Overlap matrix
S = [[1, eps S], [eps S, 1]], bare Hamiltonian [[E_M, eps h], [eps h, E_He]]; eps is the Löwdin bookkeeping
parameter (:mod:`slowion.derive.lowdin`): h is first order because it is proportional to the overlap. The
Löwdin effective Hamiltonian S^(-1/2) H S^(-1/2) is kept to eps^2; its off-diagonal element at first order is the
hopping T of DF. Level shifts are eigenvalue shifts of this 2 x 2 problem, derived order by order from the secular
equation (no perturbation formula typed in).

Eq. 23 model (DF give none): near the He atom the metal orbital is psi_M(r) = c + g z (its value and gradient at
the He site), the He atom is a point nucleus Z = 2 with two electrons in phi(r) = (beta^3/pi)^(1/2) exp(-beta r),
Hartree potential energy of an electron (charge -1) in the neutral He atom v(r) = -2/r + 2 int |phi|^2/|r - r'|.
The metal ion core lies outside the He charge cloud, where v vanishes (exponentially). Sign convention: energies
of an electron; V_electrostatic > 0 is repulsive.
"""

from __future__ import annotations

from functools import cache

import sympy as sp

from slowion.derive.identity import Approximation, ChainCheck, Identity, chain_assumption
from slowion.derive.lowdin import effective_hamiltonian, truncate_in

# ----------------------------------------------------------------------------------------------------------
# symbols (shared with slowion.derive.three_state)

eps = sp.Symbol("epsilon", positive=True)  # Löwdin bookkeeping parameter, set to 1 at the end
E_M, E_He = sp.symbols("E_M E_He", real=True)  # metal level, He 1s level (E_M^0, E_He^0 of DF)
S = sp.Symbol("S", real=True)  # <psi_M|psi_He>
h = sp.Symbol("h", real=True)  # bare element <psi_M|H|psi_He>
T = sp.Symbol("T", real=True)  # Löwdin hopping, DF's T
n_M = sp.Symbol("n_M", positive=True)  # electrons in the metal orbital
beta = sp.Symbol("beta", positive=True)  # He 1s exponent
J0 = sp.Symbol("J0", real=True)  # Coulomb integral between metal and He orbitals (DF's J_0 / <J^0>)
J_x = sp.Symbol("J_x0", real=True)  # exchange integral J_x^0
V_el = sp.Symbol("V_electrostatic", real=True)
gamma = sp.Symbol("gamma_M", real=True)  # g / (c beta): gradient of psi_M across the He 1s radius

#: the assumption that gives DF's T (text after Eq. 16); every record whose derived form still carries the bare h
#: inherits it (identity.chain_assumption): DF-16T, 19, 20, 21, 24
H_IS_S_E_HE = chain_assumption(
    "<psi_M|H|psi_He> = S E_He (He 1s an eigenstate of the atomic Hamiltonian that dominates the overlap region; "
    "DF do not state it, it is what their T needs)",
    {h: S * E_He},
)

#: sampling ranges: E_M above the deep He level, so that no denominator E_M - E_He comes near zero
DOMAIN = {E_M: (-0.3, 0.3), E_He: (-2.0, -0.8), S: (-0.5, 0.5), h: (-1.0, 1.0), T: (-0.5, 0.5), beta: (0.8, 3.0)}


# ----------------------------------------------------------------------------------------------------------
# tools


def perturbed_eigenvalue(
    H: sp.MatrixBase, level: sp.Expr, order: int, scale: sp.Symbol, overlap: sp.MatrixBase | None = None
) -> sp.Expr:
    """The root E = level + e_1 scale + ... + e_N scale^N of det(H - E S) = 0 that tends to ``level`` (DF Eq. 26).

    Solved order by order from the secular equation itself; ``level`` must be a simple root at scale = 0.
    """
    H = sp.Matrix(H)
    overlap = sp.eye(H.rows) if overlap is None else sp.Matrix(overlap)
    coeffs = sp.symbols(f"e_1:{order + 1}")
    energy = level + sum(c * scale**n for n, c in enumerate(coeffs, start=1))
    secular = sp.expand((H - energy * overlap).det())
    solved: dict[sp.Symbol, sp.Expr] = {}
    for n, c in enumerate(coeffs, start=1):
        eq = sp.expand(secular.coeff(scale, n).subs(solved))
        (root,) = sp.solve(eq, c)
        solved[c] = sp.simplify(root)
    return sp.expand(energy.subs(solved))


@cache
def _lowdin_2x2() -> sp.Matrix:
    """S^(-1/2) H S^(-1/2) of the two-level problem to eps^2, general bare element h (DF Eq. 30)."""
    overlap = sp.Matrix([[1, eps * S], [eps * S, 1]])
    bare = sp.Matrix([[E_M, eps * h], [eps * h, E_He]])
    return effective_hamiltonian(bare, overlap, 2, eps)


@cache
def hopping_general() -> sp.Expr:
    """T = first-order off-diagonal element of H_eff, for any bare h: h - S (E_M + E_He)/2."""
    return _lowdin_2x2()[0, 1].coeff(eps, 1)


@cache
def bare_element_for_printed_hopping() -> sp.Expr:
    """The bare <psi_M|H|psi_He> that makes T = -S (E_M - E_He)/2 (the text after DF Eq. 16)."""
    (root,) = sp.solve(sp.Eq(hopping_general(), -S * (E_M - E_He) / 2), h)
    return root


def _in_terms_of_T(expr: sp.Expr) -> sp.Expr:
    """Eliminate the bare h in favour of the Löwdin hopping T (T = h - S (E_M + E_He)/2)."""
    (h_of_T,) = sp.solve(sp.Eq(hopping_general(), T), h)
    return sp.expand(expr.subs(h, h_of_T))


@cache
def first_order_shifts() -> tuple[sp.Expr, sp.Expr]:
    """(delta E_M^(1), delta E_He^(1)): eps^2 part of the diagonal of H_eff, written with T (DF Eqs. 15, 16)."""
    heff = _lowdin_2x2()
    return tuple(_in_terms_of_T(heff[i, i].coeff(eps, 2)) for i in (0, 1))


@cache
def hybridisation_shifts() -> tuple[sp.Expr, sp.Expr]:
    """(delta E_M^(2), delta E_He^(2)): second-order eigenvalue shifts from the hopping T alone (DF Eqs. 17, 18)."""
    m = sp.Matrix([[E_M, eps * T], [eps * T, E_He]])
    return tuple(perturbed_eigenvalue(m, lvl, 2, eps).coeff(eps, 2) for lvl in (E_M, E_He))


@cache
def total_shifts_general() -> tuple[sp.Expr, sp.Expr]:
    """Eigenvalue shifts of the full Löwdin H_eff (eps^2), general bare h (DF Eqs. 19, 20 before T is fixed)."""
    heff = _lowdin_2x2()
    return tuple(truncate_in(perturbed_eigenvalue(heff, lvl, 2, eps) - lvl, eps, 2).subs(eps, 1) for lvl in (E_M, E_He))


@cache
def total_shifts() -> tuple[sp.Expr, sp.Expr]:
    """DF Eqs. 19, 20 derived: the shifts with h = S E_He (the assumption that gives DF's T)."""
    return tuple(sp.factor(x.subs(h, bare_element_for_printed_hopping())) for x in total_shifts_general())


@cache
def generalized_eigen_shifts() -> tuple[sp.Expr, sp.Expr]:
    """The same shifts from the non-orthogonal secular equation det(H - E S) = 0 (DF Eq. 26), no Löwdin step."""
    overlap = sp.Matrix([[1, eps * S], [eps * S, 1]])
    bare = sp.Matrix([[E_M, eps * h], [eps * h, E_He]])
    return tuple(perturbed_eigenvalue(bare, lvl, 2, eps, overlap).coeff(eps, 2) for lvl in (E_M, E_He))


# ----------------------------------------------------------------------------------------------------------
# Eq. 23: exchange + electrostatic energy under the local model of psi_M (module docstring)


@cache
def _he_model_integrals() -> dict[str, sp.Expr]:
    """S, J_x^0 and V_electrostatic (per metal electron) for psi_M = c + g z near a He atom."""
    r, rp = sp.symbols("r r_p", positive=True)
    c, g = sp.symbols("c g", real=True)
    norm = sp.sqrt(beta**3 / sp.pi)

    def phi(x):
        return norm * sp.exp(-beta * x)

    overlap = c * 4 * sp.pi * sp.integrate(r**2 * phi(r), (r, 0, sp.oo))  # the g z part is odd
    # exchange density rho_x = psi_M phi = c phi + g z phi: monopole (l = 0) and dipole (l = 1) self-energies,
    # from the Laplace expansion 1/|r - r'| = sum_l 4 pi/(2l+1) r_<^l / r_>^(l+1) Y Y*
    f0, f1 = c * phi(r), g * r * phi(r)
    f0p, f1p = c * phi(rp), g * rp * phi(rp)
    mono_inner = sp.integrate(rp**2 * f0p, (rp, 0, r)) / r + sp.integrate(rp * f0p, (rp, r, sp.oo))
    dip_inner = sp.integrate(rp**3 * f1p, (rp, 0, r)) / r**2 + r * sp.integrate(f1p, (rp, r, sp.oo))
    exchange = (4 * sp.pi) ** 2 * sp.integrate(r**2 * f0 * mono_inner, (r, 0, sp.oo)) + (
        4 * sp.pi / 3
    ) ** 2 * sp.integrate(r**2 * f1 * dip_inner, (r, 0, sp.oo))
    # potential energy of an electron in the neutral He atom: nucleus Z = 2 plus two electrons in phi
    hartree = (
        4
        * sp.pi
        * (sp.integrate(rp**2 * phi(rp) ** 2, (rp, 0, r)) / r + sp.integrate(rp * phi(rp) ** 2, (rp, r, sp.oo)))
    )
    v_he = sp.simplify(-2 / r + 2 * hartree)
    # |psi_M|^2 = c^2 + 2 c g z + g^2 z^2; the odd term vanishes, <cos^2> = 1/3
    electrostatic = 4 * sp.pi * c**2 * sp.integrate(v_he * r**2, (r, 0, sp.oo)) + 4 * sp.pi / 3 * g**2 * sp.integrate(
        v_he * r**4, (r, 0, sp.oo)
    )
    # write everything in S and the dimensionless gradient gamma = g / (c beta)
    (c_of_S,) = sp.solve(sp.Eq(overlap, S), c)
    to_S = {g: gamma * c * beta}
    out = {}
    for name, val in (("S", overlap), ("J_x", exchange), ("V_el", electrostatic), ("v_He", v_he)):
        out[name] = sp.simplify(sp.expand(val.subs(to_S)).subs(c, c_of_S))
    out["r"] = r
    return out


@cache
def exchange_plus_electrostatic() -> sp.Expr:
    """-J_x^0 + V_electrostatic (one metal electron) under the psi_M = c + g z model (DF Eq. 23 derived)."""
    ints = _he_model_integrals()
    return sp.expand(-ints["J_x"] + ints["V_el"])


def psi_m_constant() -> Approximation:
    """psi_M constant over the He 1s region: gamma = g/(c beta) -> 0 (DF's 'very localized' He 1s)."""
    return Approximation("psi_M constant over the He 1s region (gamma_M = g/(c beta) -> 0)", ({gamma: 0},))


@cache
def repulsive_energy_total_general() -> sp.Expr:
    """DF Eq. 24 derived for a general bare h (the records compare it under :data:`H_IS_S_E_HE`)."""
    dE_M, _ = total_shifts_general()
    return sp.expand(n_M * dE_M + n_M * (S**2 * J0) + n_M * exchange_plus_electrostatic())


@cache
def repulsive_energy_total() -> sp.Expr:
    """DF Eq. 24 derived: Eq. 22 as printed (from Ref. 14) with -J_x^0 + V_electrostatic of our Eq. 23 model.

    V_electrostatic scales with the metal charge density, so for n_M electrons it is n_M times the one-electron
    value; this is what makes Eq. 22 collapse to a multiple of n_M.
    """
    dE_M, _ = total_shifts()
    return sp.expand(n_M * dE_M + n_M * (S**2 * J0) + n_M * exchange_plus_electrostatic())


# ----------------------------------------------------------------------------------------------------------
# records


_LOWDIN = "Löwdin S^(-1/2) H S^(-1/2) of the 2 x 2 problem to second order in the overlap S"
_MODEL = (
    "psi_M(r) = c + g z near He (value and gradient at the He site); He = point nucleus Z = 2 + two electrons "
    "in (beta^3/pi)^(1/2) exp(-beta r); metal ion core outside the He cloud"
)


def _h_text() -> str:
    """The assumption on the bare element that DF's T needs (computed), inherited by the records from the chain."""
    return (
        f"bare <psi_M|H|psi_He> = {sp.sstr(bare_element_for_printed_hopping())} would give DF's T: derived with a "
        "general bare h, the records inherit the named assumption h = S E_He from the chain"
    )


def _df15() -> Identity:
    """DF-15: first-order (overlap) shift of the metal level, from the Löwdin H_eff."""
    return Identity(
        "DF-15",
        "first-order (overlap) shift of the metal level",
        sp.Rational(1, 4) * S**2 * (E_M - E_He) - S * T,
        first_order_shifts()[0],
        assume=("T is the first-order off-diagonal element of the Löwdin H_eff, T = h - S (E_M + E_He)/2, any bare h",),
        domain=DOMAIN,
        note=f"Route: {_LOWDIN}; eps^2 part of (H_eff)_MM with h eliminated in favour of T.",
    )


def _df16() -> Identity:
    """DF-16: first-order (overlap) shift of the He level."""
    return Identity(
        "DF-16",
        "first-order (overlap) shift of the He level",
        -sp.Rational(1, 4) * S**2 * (E_M - E_He) - S * T,
        first_order_shifts()[1],
        assume=("T = h - S (E_M + E_He)/2, the first-order Löwdin hopping, for any bare h",),
        domain=DOMAIN,
        note=f"Route: {_LOWDIN}; eps^2 part of (H_eff)_HeHe.",
    )


def _df16t() -> Identity:
    """DF-16T: the hopping T = -S (E_M - E_He)/2 of the text after Eq. 16, against the general Löwdin hopping."""
    return Identity(
        "DF-16T",
        "the hopping T = -S (E_M - E_He)/2 'found' in the text after Eq. 16",
        -S * (E_M - E_He) / 2,
        hopping_general(),
        assume=(_h_text(),),
        domain=DOMAIN,
        note=f"For a general bare element h the Löwdin hopping is T = {sp.sstr(hopping_general())}.",
    )


def _df17() -> Identity:
    """DF-17: hybridisation shift of the metal level (second order in T)."""
    return Identity(
        "DF-17",
        "hybridisation shift of the metal level",
        T**2 / (E_M - E_He),
        hybridisation_shifts()[0],
        assume=("second order in T of the eigenvalue of [[E_M, T], [T, E_He]] that tends to E_M",),
        domain=DOMAIN,
    )


def _df18() -> Identity:
    """DF-18: hybridisation shift of the He level (second order in T)."""
    return Identity(
        "DF-18",
        "hybridisation shift of the He level",
        -(T**2) / (E_M - E_He),
        hybridisation_shifts()[1],
        assume=("second order in T of the eigenvalue that tends to E_He",),
        domain=DOMAIN,
    )


def _df19() -> Identity:
    """DF-19: total one-electron shift of the metal level, for a general bare h."""
    general_m = total_shifts_general()[0]
    return Identity(
        "DF-19",
        "total one-electron shift of the metal level",
        S**2 * (E_M - E_He),
        general_m,
        assume=(_h_text(), "E_M^0 and E_M identified (they differ at O(S^2), beyond this order in the shifts)"),
        domain=DOMAIN,
        note=(
            "Route: eigenvalue of the Löwdin H_eff to second order in S (equivalently det(H - E S) = 0). "
            f"For a general bare h the shift is {sp.sstr(sp.factor(general_m))}."
        ),
    )


def _df20() -> Identity:
    """DF-20: total one-electron shift of the He level, for a general bare h."""
    return Identity(
        "DF-20",
        "total one-electron shift of the He level",
        sp.Integer(0),
        total_shifts_general()[1],
        assume=(_h_text(),),
        domain=DOMAIN,
    )


def _df21() -> Identity:
    """DF-21: one-electron repulsive energy, the level shifts summed over the occupied levels."""
    general_m, general_he = total_shifts_general()
    return Identity(
        "DF-21",
        "one-electron repulsive energy",
        n_M * S**2 * (E_M - E_He),
        n_M * general_m + 2 * general_he,
        assume=(
            _h_text(),
            "repulsive energy = sum of the level shifts over occupied levels; He 1s doubly occupied",
        ),
        domain=DOMAIN,
    )


def _df22() -> Identity:
    """DF-22: the total repulsive energy of Ref. 14, quoted; its many-body terms are open."""
    return Identity(
        "DF-22",
        "total (one-electron + many-body) repulsive energy of Ref. 14",
        n_M * S**2 * (E_M - E_He) + n_M * (-J_x + S**2 * J0) + V_el,
        None,
        missing=(
            "the many-body terms n_M(-J_x^0 + S^2 J_0) + V_electrostatic are quoted from Ref. 14 without "
            "derivation; deriving them needs the many-body Löwdin expansion of Eq. 3 (exchange with overlap), "
            "which the paper does not give. Note: the printed left-hand side repeats the label "
            "'one-electron' of Eq. 21 although Eq. 22 is the total."
        ),
    )


def _df23() -> Identity:
    """DF-23: -J_x^0 + V_electrostatic for a He 1s orbital, by SymPy integrals on the model of the He site."""
    ints = _he_model_integrals()
    gradient_corr = sp.factor(exchange_plus_electrostatic() - exchange_plus_electrostatic().subs(gamma, 0))
    return Identity(
        "DF-23",
        "-J_x^0 + V_electrostatic for a He 1s orbital (beta^3/pi)^(1/2) exp(-beta r)",
        -sp.Rational(3, 8) * beta * S**2,
        exchange_plus_electrostatic(),
        assume=(_MODEL, "one electron in the metal orbital (n_M = 1: the half-occupied s level of Fig. 2)"),
        approximation=psi_m_constant(),
        domain=DOMAIN,
        note=(
            f"Derived with SymPy integrals: J_x^0 = {sp.sstr(ints['J_x'])}, V_electrostatic = "
            f"{sp.sstr(ints['V_el'])}; the gradient of psi_M adds {sp.sstr(gradient_corr)}."
        ),
    )


def _df24() -> Identity:
    """DF-24: repulsive potential of He and a metal atom (Eq. 22 as printed with DF-19, DF-23 inserted)."""
    return Identity(
        "DF-24",
        "repulsive potential of He and a metal atom",
        n_M * S**2 * (E_M - E_He - sp.Rational(3, 8) * beta + J0),
        repulsive_energy_total_general(),
        assume=(
            "Eq. 22 as printed (Ref. 14; not derived here, see DF-22)",
            _h_text(),
            _MODEL,
            "V_electrostatic = n_M times the one-electron value (it scales with the metal charge density)",
        ),
        approximation=psi_m_constant(),
        domain=DOMAIN,
    )


def identities() -> list[Identity]:
    """The records of DF Eqs. 15-24, one builder each."""
    return [_df15(), _df16(), _df16t(), _df17(), _df18(), _df19(), _df20(), _df21(), _df22(), _df23(), _df24()]


def chain_checks() -> list[ChainCheck]:
    dE1_M, dE1_He = first_order_shifts()
    dE2_M, dE2_He = hybridisation_shifts()
    gen_M, gen_He = total_shifts_general()
    gev_M, gev_He = generalized_eigen_shifts()
    t_of_h = {T: hopping_general()}
    assumed = H_IS_S_E_HE.apply
    return [
        ChainCheck(
            "DF-19/20: general-h shifts under h = S E_He == the shifts with DF's T",
            sp.Matrix(total_shifts_general()).applyfunc(assumed),
            sp.Matrix(total_shifts()),
            DOMAIN,
        ),
        ChainCheck(
            "DF-24: general-h repulsive energy under h = S E_He == the form used downstream",
            assumed(repulsive_energy_total_general()),
            repulsive_energy_total(),
            DOMAIN,
        ),
        ChainCheck("DF-19 = DF-15 + DF-17 (general bare h)", gen_M, sp.expand((dE1_M + dE2_M).subs(t_of_h)), DOMAIN),
        ChainCheck("DF-20 = DF-16 + DF-18 (general bare h)", gen_He, sp.expand((dE1_He + dE2_He).subs(t_of_h)), DOMAIN),
        ChainCheck("Löwdin shifts = det(H - E S) = 0 shifts (metal level)", gen_M, gev_M, DOMAIN),
        ChainCheck("Löwdin shifts = det(H - E S) = 0 shifts (He level)", gen_He, gev_He, DOMAIN),
    ]
