"""Friction of a slow atom from Fermi-surface scattering: records X-9 to X-12 (our own results).

Hartree atomic units (m = hbar = e = 1). An impurity at rest in an electron gas that drifts with velocity -v
scatters the electrons elastically; the momentum they deliver per unit time is the force, F = -Q v, with

    Q = n0 k_F sigma_tr(k_F),   sigma_tr(k) = 2 pi int_{-1}^{1} dmu (1 - mu) |f(k, mu)|^2,          (X-10)

and with the partial-wave amplitude f = (1/k) sum_l (2l+1) e^{i delta_l} sin(delta_l) P_l(mu) the Legendre
orthogonality gives sigma_tr = (4 pi/k^2) sum_l (l+1) sin^2(delta_l - delta_{l+1})                    (X-9).
The Friedel sum rule fixes the phase shifts' normalisation: Z1 = (2/pi) sum_l (2l+1) delta_l(k_F)      (X-11).
In the Born limit f = -V(q)/(2 pi) and, for the linearly screened V(q) = -4 pi Z/(q^2 eps(q)), Q reduces to the
wind friction (4 Z^2/3 pi) int_0^{2 k_F} dq/(q eps^2) of :mod:`slowion.derive.wind`                     (X-12).

Routes (each a SymPy computation, not a transcription): X-9 expands |f|^2 for l <= L_MAX and integrates the
Legendre polynomials over mu; X-10 linearises the shifted Fermi sphere and integrates the delta-function shell and
the directions; X-11 integrates the phase-shift density of states d delta_l/dk from 0 to k_F and applies
Levinson's theorem; X-12 changes variables from mu to q = 2 k sin(theta/2) in X-10 with the Born amplitude.
"""

from __future__ import annotations

from functools import cache

import sympy as sp

from slowion.derive.dielectric import Z, eps0, q
from slowion.derive.identity import ChainCheck, Identity
from slowion.derive.wind import force_radial_integrand, u

#: the largest l of the symbolic checks (the identities hold for every finite truncation)
L_MAX = 3

k, kF, v, mu = sp.symbols("k k_F v mu", positive=True)
theta, phi = sp.symbols("theta phi", positive=True)
deltas = sp.symbols(f"delta_0:{L_MAX + 1}", real=True)


def partial_wave_amplitude(ds: tuple[sp.Symbol, ...] = deltas) -> sp.Expr:
    """f(mu) = (1/k) sum_l (2l+1) e^{i delta_l} sin(delta_l) P_l(mu)."""
    return sum((2 * l + 1) * sp.exp(sp.I * d) * sp.sin(d) * sp.legendre(l, mu) for l, d in enumerate(ds)) / k


@cache
def transport_cross_section_derived() -> sp.Expr:
    """2 pi int (1 - mu) |f|^2 dmu, by SymPy (the phases enter through cos(delta_l - delta_l'))."""
    f = partial_wave_amplitude()
    f2 = sp.expand(f * sp.conjugate(f))
    integrand = sp.expand((1 - mu) * f2)
    poly = sp.Poly(integrand, mu)
    total = sum(c * sp.integrate(mu**m, (mu, -1, 1)) for (m,), c in poly.terms())
    return sp.expand(2 * sp.pi * total)


def transport_cross_section_printed() -> sp.Expr:
    """(4 pi/k^2) sum_{l<=L_MAX} (l+1) sin^2(delta_l - delta_{l+1}), delta_{L_MAX+1} = 0."""
    ds = (*deltas, sp.Integer(0))
    return 4 * sp.pi / k**2 * sum((l + 1) * sp.sin(ds[l] - ds[l + 1]) ** 2 for l in range(L_MAX + 1))


@cache
def friction_from_shifted_fermi_sphere() -> sp.Expr:
    """Q = |F|/v from the momentum the gas (drift -v along z) delivers per unit time, to first order in v.

    F_z = 2 int d^3k/(2 pi)^3 [f0(|k + v|) - f0(k)] |k| sigma_tr(k) k_z, f0 the T = 0 Fermi sphere; to first
    order f0(|k + v|) - f0(k) = -delta(k - k_F) k_z v/k. Pauli blocking of the final states drops out at this order
    for elastic scattering (the scattered-in and scattered-out terms cancel except on the Fermi surface).
    """
    kk = sp.Symbol("kk", positive=True)
    sig = sp.Function("sigma_tr")
    kz = kk * sp.cos(theta)
    df = -sp.DiracDelta(kk - kF) * kz * v / kk
    integrand = 2 / (2 * sp.pi) ** 3 * df * kk * sig(kk) * kz * kk**2 * sp.sin(theta)
    angular = sp.integrate(integrand, (theta, 0, sp.pi), (phi, 0, 2 * sp.pi))
    Fz = sp.integrate(angular, (kk, 0, sp.oo))
    return sp.simplify(-Fz / v)


def electron_density() -> sp.Expr:
    """n0 = 2 (4 pi k_F^3/3)/(2 pi)^3 (spin 2), by SymPy."""
    kk = sp.Symbol("kk", positive=True)
    return sp.integrate(2 * 4 * sp.pi * kk**2 / (2 * sp.pi) ** 3, (kk, 0, kF))


@cache
def friedel_sum_derived() -> sp.Expr:
    """Displaced electrons = bound states + (2/pi) sum_l (2l+1) int_0^{k_F} (d delta_l/dk) dk, with Levinson's
    theorem delta_l(0+) = pi N_l (N_l bound states of angular momentum l, each holding 2(2l+1) electrons)."""
    total = sp.Integer(0)
    levinson = {}
    for l in range(L_MAX + 1):
        d_l = sp.Function(f"delta_{l}")
        n_l = sp.Symbol(f"N_{l}", nonnegative=True, integer=True)
        total += 2 * (2 * l + 1) * n_l
        total += 2 / sp.pi * (2 * l + 1) * sp.integrate(sp.diff(d_l(k), k), (k, 0, kF))
        levinson[d_l(0)] = sp.pi * n_l
    return sp.expand(total.subs(levinson))


def friedel_sum_printed() -> sp.Expr:
    return 2 / sp.pi * sum((2 * l + 1) * sp.Function(f"delta_{l}")(kF) for l in range(L_MAX + 1))


@cache
def born_friction_radial_integrand() -> sp.Expr:
    """dQ/dq in the Born limit for a potential V(q) (symbolic function), from X-10 with f = -V(q)/(2 pi):
    mu = 1 - q^2/(2 k^2), |dmu| = q dq/k^2, k = k_F."""
    Vq = sp.Function("V")(q)
    f2 = (Vq / (2 * sp.pi)) ** 2
    one_minus_mu = q**2 / (2 * kF**2)
    dsigma_dq = 2 * sp.pi * one_minus_mu * f2 * q / kF**2
    return sp.simplify(electron_density() * kF * dsigma_dq)


def born_friction_screened_coulomb() -> sp.Expr:
    """The Born integrand with the linearly screened V(q) = -4 pi Z/(q^2 eps_0), eps_0 = eps(q, 0)."""
    Vq = sp.Function("V")(q)
    return sp.simplify(born_friction_radial_integrand().subs(Vq, -4 * sp.pi * Z / (q**2 * eps0)))


def _wind_integrand() -> sp.Expr:
    """dQ/dq of the wind force as derived in derive/wind.py (Das Eq. 12 corrected), eps_0 kept symbolic."""
    return sp.simplify(-force_radial_integrand() / u)


def _x9() -> Identity:
    """X-9: the transport cross section from the partial-wave amplitude, the phase shifts up to l = L_MAX."""
    dom_d = {d: (-1.5, 1.5) for d in deltas}
    return Identity(
        "X-9",
        f"transport cross section from the partial-wave amplitude (l <= {L_MAX}): "
        "sigma_tr = (4 pi/k^2) sum (l+1) sin^2(delta_l - delta_{l+1})",
        transport_cross_section_printed(),
        transport_cross_section_derived(),
        assume=(f"delta_l = 0 for l > {L_MAX} (any finite truncation)", "elastic, spherical potential"),
        domain={**dom_d, k: (0.2, 2.0)},
        note="Derived: |f|^2 expanded and (1 - mu) P_l P_l' integrated over mu by SymPy; only l' = l +- 1 "
        "survive the mu-weighting, which pairs neighbouring phase shifts.",
    )


def _x10() -> Identity:
    """X-10: the low-velocity friction Q = n0 k_F sigma_tr(k_F) from the shifted Fermi sphere."""
    return Identity(
        "X-10",
        "low-velocity friction from Fermi-surface scattering: Q = n0 k_F sigma_tr(k_F)",
        (kF**3 / (3 * sp.pi**2)) * kF * sp.Function("sigma_tr")(kF),
        friction_from_shifted_fermi_sphere(),
        assume=("T = 0, elastic scattering, first order in v", "m = hbar = 1: v_F = k_F"),
        domain={kF: (0.3, 1.5)},
        note="Derived: Fermi sphere shifted by the drift, linearised (a delta-function shell), momentum "
        "transfer |k| sigma_tr(k) k_z integrated over k and the directions by SymPy; n0 = k_F^3/(3 pi^2) is "
        f"{sp.sstr(electron_density())} (spin 2).",
    )


def _x11() -> Identity:
    """X-11: the Friedel sum rule from state counting and Levinson's theorem."""
    return Identity(
        "X-11",
        "Friedel sum rule: displaced electrons = (2/pi) sum_l (2l+1) delta_l(k_F)",
        friedel_sum_printed(),
        friedel_sum_derived(),
        assume=(
            "Levinson's theorem delta_l(0+) = pi N_l (no zero-energy resonance)",
            "state counting in a large sphere: dN_l/dk = (2/pi)(2l+1)(R + d delta_l/dk), free part removed",
        ),
        note="Derived: bound states 2(2l+1) N_l plus the continuum integral of d delta_l/dk (SymPy); the "
        "N_l cancel against Levinson's delta_l(0+). Neutrality of the screened ion is the check Z1 = this.",
    )


def _x12() -> Identity:
    """X-12: the Born limit of the phase-shift friction equals the wind friction of Das-12 (corrected)."""
    return Identity(
        "X-12",
        "Born limit of Q = n0 k_F sigma_tr with V(q) = -4 pi Z/(q^2 eps) == wind friction (Das Eq. 12 corrected)",
        _wind_integrand(),
        born_friction_screened_coulomb(),
        assume=(
            "first Born approximation f = -V(q)/(2 pi) (all delta_l small)",
            "V(q) = -4 pi Z/(q^2 eps(q, 0)), the linearly screened charge; q = 2 k_F sin(theta/2) < 2 k_F",
        ),
        domain={eps0: (1.0, 5.0)},
        note="Derived: X-10 with the Born amplitude, variable mu -> q; the integrand (1/12 pi^3) q^3 V(q)^2 "
        "becomes 4 Z^2/(3 pi q eps^2), the integrand of derive/wind.py: the nonlinear (phase-shift) friction "
        "tends to the linear-response one as Z1 -> 0. The evaluator checks this numerically (tests).",
    )


def identities() -> list[Identity]:
    """The records X-9 to X-12, one builder each."""
    return [_x9(), _x10(), _x11(), _x12()]


def chain_checks() -> list[ChainCheck]:
    Vq = sp.Function("V")(q)
    return [
        ChainCheck(
            "X-12: Born friction integrand == (1/12 pi^3) q^3 V(q)^2",
            born_friction_radial_integrand(),
            q**3 * Vq**2 / (12 * sp.pi**3),
        ),
        ChainCheck(
            "X-9: sigma_tr is even in the phase shifts' overall sign (delta -> -delta)",
            transport_cross_section_derived(),
            transport_cross_section_derived().subs({d: -d for d in deltas}, simultaneous=True),
            domain={**{d: (-1.5, 1.5) for d in deltas}, k: (0.2, 2.0)},
        ),
    ]
