"""Stopping integrals of Dorado & Flores (DF Eqs. 9-14, 41-79) and their low-velocity closed forms.

Conventions (atomic units, hbar = m = e = 1): free-electron band eps_k = k^2/2, k' = k - q (DF below Eq. 47),
w_kk' = eps_k' - eps_k >= 0 for k < k_F < k'; the energy given to the electron gas is omega = -q.v > 0 on the support
of delta(w_kk' + q.v). Stopping S = (1/v) dE/dx averaged over the directions of v (DF Eq. 48), a positive number.

Our reductions (keys ``X-2`` ... ``X-5``; the low-velocity limit is exact on the thin Fermi shell):

* X-2  the k-integral of DF Eq. 47 at fixed q: int d^3k Theta(k_F - k) Theta(|k - q| - k_F) delta(w + q.v)
  = 2 pi omega / q for q < 2 k_F (omega = -q.v -> 0);
* X-3  S_F = (V0')^2/(12 pi^3) int_0^{2k_F} q^3 F(q)^2 dq for an isotropic factor F (1 for FEG, I(q) for LCAO-I);
* X-4  S_FEG = (V0')^2 k_F^4/(3 pi^3) (the low-velocity closed form of DF Eq. 77);
* X-5  S_G = (V0')^2 k_F^2/(96 pi^5) int dOmega_k int dOmega_k' |k - k'|^2 G(k, k'), both on the Fermi sphere, for
  any factor G (G = I(q)^2 |S_B((k+k')/2)|^2/(S_B(k) S_B(k')) for LCAO-II, DF Eq. 72).

The sign of DF Eq. 47 (and of Eqs. 51, 57, 60, 62, 63, 72, 75, 77 that copy it) is recorded as ``DF-47``: Eq. 9 has
(q.v)(q'.v)/w_kk', which at q' = q on the delta shell is -(q.v) = |q.v|; Eq. 47 prints (q.v), which is negative there.
Our closed forms use the physical (positive) energy loss.
"""

from __future__ import annotations

from functools import cache

import sympy as sp

from slowion.derive import sto
from slowion.derive.identity import Approximation, ChainCheck, Convention, Identity, Reading

kF, V0p, V0, v = sp.symbols("k_F V0' V_0 v", positive=True)
k, q, omega, beta = sp.symbols("k q omega beta", positive=True)
c_q, c_v, c_k = sp.symbols("c_q c_v c_k", real=True)  # cosines
phi = sp.Symbol("phi", real=True)
F = sp.Function("F")  # isotropic form factor F(q)
J_F = sp.Symbol("J_F", positive=True)  # int_0^{2k_F} q^3 F(q)^2 dq


# ----------------------------------------------------------------------------------------------------------
# the thin Fermi shell


@cache
def shell_k_integral() -> sp.Expr:
    """int d^3k Theta(k_F - k) Theta(|k - q| - k_F) delta(eps_{k-q} - eps_k - omega) for 0 < omega << q k_F, q < 2k_F.

    eps_{k-q} - eps_k = q^2/2 - k q c (c = cos(k, q)). The delta fixes c = c0; there |k - q|^2 = k^2 + 2 omega, so
    the step functions leave k in [sqrt(k_F^2 - 2 omega), k_F]; c0 lies in (-1, 1) there when q < 2 k_F and omega is
    small (the Heaviside factors SymPy returns are evaluated at such a point).
    """
    inner = sp.integrate(sp.DiracDelta(q**2 / 2 - k * q * c_q - omega), (c_q, -1, 1))
    point = {q: kF, k: kF, omega: kF**2 / 100}  # inside the region q < 2 k_F, small omega
    inner = inner.replace(sp.Heaviside, lambda arg, *h: sp.Integer(1) if arg.subs(point) > 0 else sp.Integer(0))
    c0 = sp.solve(sp.Eq(q**2 / 2 - k * q * c_q, omega), c_q)[0]
    k_prime_sq = sp.expand(k**2 + q**2 - 2 * k * q * c0)  # |k - q|^2 on the shell
    k_low = sp.sqrt(sp.solve(sp.Eq(k_prime_sq, kF**2), k**2)[0])
    return sp.simplify(2 * sp.pi * sp.integrate(k**2 * inner, (k, k_low, kF)))


# ----------------------------------------------------------------------------------------------------------
# isotropic factor F(q) (FEG: F = 1; LCAO-I: F = I(q))


@cache
def _power_loss_isotropic(factor_sq: sp.Expr) -> sp.Expr:
    """dE/dt from DF Eq. 47 (with |q.v|) for an isotropic factor |F(q)|^2, low velocity.

    dE/dt = 4 pi V0'^2 int d^3q/(2 pi)^3 omega [shell/(2 pi)^3] F^2 with omega = -q.v = -q v c_q > 0 (half space).
    """
    w = -q * v * c_q
    shell = shell_k_integral().subs(omega, w)
    integrand = 4 * sp.pi * V0p**2 / (2 * sp.pi) ** 6 * q**2 * w * shell
    angular = sp.integrate(sp.integrate(integrand, (c_q, -1, 0)), (phi, 0, 2 * sp.pi))
    return sp.Integral(sp.simplify(angular) * factor_sq, (q, 0, 2 * kF))


def direction_average(power_loss: sp.Expr) -> sp.Expr:
    """DF Eq. 48: (1/v) dE/dx = int_-1^1 dcos(theta_v) dE/dt / (2 v^2)."""
    return sp.integrate(power_loss, (c_v, -1, 1)) / (2 * v**2)


@cache
def stopping_isotropic() -> sp.Expr:
    """S_F derived: X-3, with F(q) left as an undefined function."""
    s = direction_average(_power_loss_isotropic(F(q) ** 2))
    return sp.simplify(s)


def stopping_isotropic_printed() -> sp.Expr:
    """The lead's hand form of X-3, transcribed."""
    return V0p**2 / (12 * sp.pi**3) * sp.Integral(q**3 * F(q) ** 2, (q, 0, 2 * kF))


@cache
def feg_stopping() -> sp.Expr:
    """S_FEG derived: X-3 with F = 1 (DF Eq. 77, contact potential of Eq. 76, low velocity)."""
    return sp.simplify(direction_average(_power_loss_isotropic(sp.Integer(1))).doit())


def feg_stopping_printed() -> sp.Expr:
    return V0p**2 * kF**4 / (3 * sp.pi**3)


# ----------------------------------------------------------------------------------------------------------
# X-5: double Fermi-surface form for an anisotropic factor G(k, k')


@cache
def fermi_surface_prefactor() -> sp.Expr:
    """C in S_G = C int dOmega_k dOmega_k' |k - k'|^2 G(k, k'), derived.

    On the thin shell, d^3k d^3k' = k_F^4 dOmega dOmega' dk dk' and dk = d eps/k_F; the energy integral
    int d eps d eps' Theta(-eps) Theta(eps') delta(eps' - eps - omega) = omega (SymPy). The direction average of
    omega^2 Theta(omega) = (q.v)^2 Theta(-q.v) over v (Eq. 48, isotropic average) is q^2 v^2 / 6.
    """
    e, ep = sp.symbols("epsilon epsilon_p", real=True)
    lam = omega + 1  # any band width above omega
    energy = sp.integrate(
        sp.integrate(sp.Heaviside(-e) * sp.Heaviside(ep) * sp.DiracDelta(ep - e - omega), (ep, -lam, lam)),
        (e, -lam, lam),
    )
    energy = sp.simplify(
        energy.subs(sp.Heaviside(-1), 0).replace(sp.Heaviside, lambda a, *h: 0 if a.is_negative else a)
    )
    energy = sp.simplify(sp.piecewise_fold(energy))
    # average over v of (q.v)^2 Theta(-q.v) = q^2 v^2 <c^2 Theta(-c)>_sphere
    v_average = sp.integrate(c_v**2, (c_v, -1, 0)) / 2
    per_omega = 4 * sp.pi * V0p**2 / (2 * sp.pi) ** 6 * kF**2 * energy / omega  # dE/dt per omega^2 (omega * shell)
    return sp.simplify(per_omega * v_average)  # times |k - k'|^2 (the v^2 cancels in Eq. 48)


def fermi_surface_prefactor_printed() -> sp.Expr:
    return V0p**2 * kF**2 / (96 * sp.pi**5)


def fermi_surface_stopping(g_of_ck: sp.Expr) -> sp.Expr:
    """S_G for a factor G depending only on c_k = cos(k, k') (the double solid-angle integral is 8 pi^2 int dc_k)."""
    q_sq = 2 * kF**2 * (1 - c_k)
    return fermi_surface_prefactor() * 8 * sp.pi**2 * sp.integrate(q_sq * g_of_ck, (c_k, -1, 1))


# ----------------------------------------------------------------------------------------------------------
# records


#: DF's Im chi(q; q.v) as printed in Eq. 14 (read by the convention of DF-14)
IM_CHI_DF = sp.Symbol("Im_chi_DF(q,q.v)", real=True)


def _df14() -> Identity:
    """DF-14 from the golden rule: P = int d^3q/(2pi)^3 |V_q|^2 (q.v) 2 pi S(q, q.v), S the dynamic structure factor.

    At T = 0, S(q, w) = -Im chi(q, w)/pi for w > 0 and 0 for w < 0 (chi the spin-summed density response), so only
    the half space q.v > 0 contributes. Both integrands are compared after symmetrising under q -> -q (the q
    integral runs over all space and |V_q|^2 is even).
    """
    qv, vq = sp.symbols("q_v V_q", real=True)

    class ImChi(sp.Function):
        """Im chi(q, omega): odd in omega (retarded density response)."""

        @classmethod
        def eval(cls, qq, w):
            if w.could_extract_minus_sign():
                return -cls(qq, -w)
            return None

    def symmetrised(f: sp.Expr) -> sp.Expr:
        return sp.expand((f + f.subs(qv, -qv)) / 2).subs(sp.Heaviside(qv) + sp.Heaviside(-qv), 1)

    derived = vq**2 * qv * (-2 * ImChi(q, qv)) * sp.Heaviside(qv)  # 2 pi S = -2 Im chi on q.v > 0
    derived = sp.simplify(symmetrised(derived).subs(sp.Heaviside(-qv), 1 - sp.Heaviside(qv)))
    printed = symmetrised(2 * vq**2 * qv * ImChi(q, -qv))
    # after symmetrising both carry Im chi(q, q.v) only: name it, so the numeric test can evaluate the forms; the
    # printed one is DF's chi, which CHI_SPIN reads as slowion's spin-summed chi or as half of it
    im_chi = sp.Symbol("Im_chi(q,q.v)", real=True)
    printed, derived = printed.subs(ImChi(q, qv), IM_CHI_DF), derived.subs(ImChi(q, qv), im_chi)
    chi_spin = Convention(
        "what DF's chi is",
        (
            Reading(
                "chi spin-summed",
                "Below Eq. 13: 'where Im chi(q, q'; w) is the metal polarizability' (the response of the whole "
                "electron gas, both spins); Eq. 14 is 'in agreement with other Refs. [5, 18]'.",
                {IM_CHI_DF: im_chi},
            ),
            Reading(
                "chi per spin direction",
                "Below Eq. 9: 'where the spin has been added up' -- Eqs. 9 and 12 count the spin in their prefactor "
                "4 pi, so the 2 of Eqs. 13-14 can be the spin sum, leaving chi per spin; DF never define chi further.",
                {IM_CHI_DF: im_chi / 2},
            ),
        ),
        adopted="chi spin-summed",
    )
    return Identity(
        "DF-14",
        "power loss of a homogeneous gas (linear response), integrand of int d^3q/(2 pi)^3",
        printed.subs(vq, 4 * sp.pi / q**2),
        derived.subs(vq, 4 * sp.pi / q**2),
        conventions=(chi_spin,),
        assume=(
            "slowion's chi = spin-summed density response; T = 0: S(q, w) = -Im chi(q, w)/pi for w > 0, 0 for w < 0",
            "integrands symmetrised under q -> -q",
        ),
        note=(
            "Fermi's golden rule gives 1 x int |V|^2 (q.v) Im chi(q, -q.v) over all q; Eq. 14's factor 2 holds only "
            "if its chi is per spin direction (consistent with X-1, Lindhard's formula). Reducing Eq. 13 to Eq. 14 "
            "also needs Im chi(q, q') = delta(q - q') Im chi(q): with the usual (2 pi)^3 delta(q - q') the dq' of "
            "Eq. 13 lacks the 1/(2 pi)^3 that Eq. 12 has."
        ),
    )


def _df45() -> Identity:
    """DF-44/45: contact approximation of Eq. 43 for plane waves and a He 1s STO of exponent beta."""
    kp, phase = sp.symbols("k' theta", positive=True)  # |k'|, and the phase (k - k').R_He
    # phi_He(k) = int e^{-i k.r} psi_He(r) d^3r for psi_He = chi_{1, beta}
    he_ft = sto.normalisation(1, beta) / sp.sqrt(4 * sp.pi) * sto.radial_fourier(1, beta, k)
    he_ft = sp.simplify(sp.expand_complex(sp.together(he_ft)))
    he_ft_kp = he_ft.subs(k, kp)
    he_ft_0 = sp.limit(he_ft, k, 0)
    derived = V0 * he_ft * he_ft_kp * sp.exp(-sp.I * phase)  # V0 S_kHe S_Hek' Omega, exact for plane waves
    printed = V0 * he_ft_0**2 * sp.exp(-sp.I * phase)  # V0' psi_k^* psi_k' Omega, V0' = V0 (int psi_He)^2
    localised = Approximation("contact (Eq. 43): He 1s localised, k, k' << beta", ({k: 0, kp: 0},))
    return Identity(
        "DF-45",
        "contact form <k|H_eff(R)|k'> = V0' psi_k^*(R) psi_k'(R) (Eqs. 43-45), plane waves, He 1s STO",
        printed,
        derived,
        approximation=localised,
        note=(
            "Exactly, V0 S_kHe S_Hek' carries the He form factor phi(k) phi(k') = phi(0)^2 / (1 + k^2/beta^2)^2 "
            "/ (1 + k'^2/beta^2)^2; (int psi_He)^2 = 64 pi / beta^3. Eq. 45 writes exp(+i q.R) while Eq. 10 defines "
            "H(q) with exp(-i q.R); the mean stopping is even in q, so S0 does not depend on it."
        ),
    )


_QV = sp.Symbol("q_v", real=True)  # q.v


def eq9_velocity_factor() -> sp.Expr:
    """(q.v)(q'.v)/w_kk' of DF Eq. 9 at q' = q on the support of delta(w_kk' + q.v): the factor every later
    stopping formula (Eqs. 12, 47, 51, 57-63, 72, 75, 77) inherits. Equals -(q.v) = |q.v| there."""
    w = sp.Symbol("w_kk'", real=True)
    return (_QV * _QV / w).subs(w, -_QV)  # delta(w_kk' + q.v) sets w_kk' = -q.v


def _df10_11_12() -> list[Identity]:
    """DF Eqs. 10-12: the Fourier pair of Eqs. 8 and 10, the Coulomb coupling of Eq. 11, the velocity factor of 12."""
    rr, qq, rp = sp.symbols("R q R'", real=True)
    test = sp.exp(-(rr**2))  # a test H(R) (1-d factor of a separable 3-d function)
    h_q = sp.integrate(sp.exp(-sp.I * qq * rp) * test.subs(rr, rp), (rp, -sp.oo, sp.oo))  # Eq. 10
    back = sp.integrate(sp.exp(sp.I * qq * rr) * h_q, (qq, -sp.oo, sp.oo)) / (2 * sp.pi)  # the kernel of Eq. 8
    r, mu, zz = sp.symbols("r mu Z", positive=True)
    coulomb = sp.limit(
        sp.simplify(sp.integrate(4 * sp.pi * r**2 * sp.sin(q * r) / (q * r) * zz / r * sp.exp(-mu * r), (r, 0, sp.oo))),
        mu,
        0,
    )
    return [
        Identity(
            "DF-10",
            "H_eff(q) = int dR' e^{-iq.R'} H_eff(R'): the inverse of the e^{iq.R} expansion of Eq. 8",
            test,
            sp.simplify(back),
            assume=("a Gaussian test function per Cartesian factor (the transforms factorise)",),
            definition="the Fourier transform H_eff(q); checked: Eq. 8's expansion int dq/(2 pi)^3 e^{iq.R} inverts it",
        ),
        Identity(
            "DF-11",
            "the Coulomb coupling of Eq. 11 in Fourier space: 4 pi Z/q^2 (as used in Eqs. 12-14)",
            4 * sp.pi * zz / q**2,
            coulomb,
            assume=("Fourier transform of Z/|R - r| (screened by e^{-mu r}, mu -> 0)",),
            note="Eq. 11 writes +Z/|R - r| rho(r); for rho the electron number density the potential energy is "
            "-Z/|R - r| rho. Only the square of the coupling enters Eqs. 12-14, so the sign has no consequence.",
        ),
        Identity(
            "DF-12",
            "velocity factor of the linear-response power loss, Eq. 12: (q.v) for Eq. 9's (q.v)(q'.v)/w_kk'",
            _QV,
            eq9_velocity_factor(),
            assume=("q' = q (homogeneous gas; Eq. 14)", "w_kk' = eps_k' - eps_k > 0 for k < k_F < k' (Eq. 9)"),
            note="Eq. 12 drops the 1/w_kk' and the (q'.v) of Eq. 9 against the delta function; on its support "
            "w_kk' = -q.v, so the factor is -(q'.v), i.e. -(q.v) = |q.v| at q' = q, not (q.v). The same sign as "
            "DF-47 (both derived from eq9_velocity_factor). Eqs. 13-14, written with Im chi(q; -q.v) (negative "
            "where -q.v > 0), have the physical sign again: the sign is lost in Eq. 12 and in Eq. 47, not in 14.",
        ),
    ]


def _df13() -> Identity:
    """DF-13 for a homogeneous system against Eq. 14: the normalisation of delta(q - q') in Im chi(q, q') is open."""
    zz = sp.Symbol("Z", positive=True)
    n_delta = sp.Symbol("N_delta", positive=True)  # Im chi(q, q') = N_delta delta(q - q') Im chi(q), as DF mean it
    im_chi = sp.Symbol("Im_chi(q,-q.v)", real=True)
    # integrands over dq/(2 pi)^3 after the dq' integral of Eq. 13, and of Eq. 14 as printed
    eq13 = 2 * (4 * sp.pi * zz / q**2) ** 2 * _QV * n_delta * im_chi
    eq14 = 2 * (4 * sp.pi * zz / q**2) ** 2 * _QV * im_chi
    normalisation = Convention(
        "normalisation of delta(q - q') in Im chi(q, q')",
        (
            Reading(
                "(2 pi)^3 delta(q - q')",
                "Eq. 12 integrates 'int dq/(2 pi)^3 int dq'/(2 pi)^3'; Eq. 13 keeps the dq/(2 pi)^3 and writes a "
                "bare 'int dq'', so chi(q, q') carries the (2 pi)^3 of a response per volume.",
                {n_delta: (2 * sp.pi) ** 3},
            ),
            Reading(
                "delta(q - q')",
                "Above Eq. 14: 'For an homogeneous system, only q = q' contributes, and Eq. (13) yields' Eq. 14 -- "
                "which needs Im chi(q, q') = delta(q - q') Im chi(q) without the (2 pi)^3.",
                {n_delta: 1},
            ),
        ),
        adopted="(2 pi)^3 delta(q - q')",
    )
    return Identity(
        "DF-13",
        "Eq. 13 for a homogeneous gas (q' integral done) against Eq. 14: integrand of int dq/(2 pi)^3",
        eq13,
        eq14,
        conventions=(normalisation,),
        assume=("a consistency check of two printed forms: the derivation of Eq. 14 itself is DF-14",),
        note="Eq. 13's step from Eq. 12 (the spectral representation of Im chi) is not audited; the velocity factor "
        "of Eq. 12 is DF-12.",
    )


def _df47() -> Identity:
    """DF-47: the velocity factor of the mean power loss from Eq. 9 (or 46) at q' = q."""
    qv = _QV
    from_eq9 = eq9_velocity_factor()
    return Identity(
        "DF-47",
        "velocity factor of Eq. 47: (q.v)(q'.v)/w_kk' of Eq. 9 at q' = q on the delta shell",
        qv,
        from_eq9,
        assume=("w_kk' = eps_k' - eps_k > 0 for k < k_F < k' (Eq. 9)",),
        note=(
            "On the support of delta(w_kk' + q.v), q.v = -w_kk' < 0, so Eq. 47 as printed (and Eqs. 51-77 that "
            "copy its (q.v)) is negative; the energy loss is -(q.v) = |q.v|. Our closed forms use |q.v|."
        ),
    )


def _df48() -> Identity:
    gamma0, gamma2 = sp.symbols("gamma_0 gamma_2", real=True)
    power = v**2 * (gamma0 + gamma2 * sp.legendre(2, c_v))  # dE/dt of a slow atom: v^2 times a direction function
    return Identity(
        "DF-48",
        "direction average of the power loss",
        direction_average(power),
        gamma0,
        assume=("dE/dt = v^2 gamma(v-hat), expanded in Legendre polynomials of cos(theta_v)",),
        definition="the mean stopping (1/v) dE/dx as the direction average",
        note="(1/v) dE/dx of Eq. 48 is the mean of the friction coefficient gamma over the directions of v.",
    )


def _df66_67_68() -> list[Identity]:
    """Exponent algebra of Eqs. 66-68 (component-wise along R; the same for each Cartesian component)."""
    kk, qq, rr = sp.symbols("k q R", real=True)
    ibar = sp.Symbol("Ibar", real=True)  # real for real s orbitals (psi even)
    i_r = sp.exp(sp.I * qq * rr / 2) * ibar  # Eq. 66
    u = sp.Symbol("u", real=True)
    eq66_lhs = sp.exp(sp.I * qq * u)
    eq66_rhs = sp.exp(sp.I * qq * rr / 2) * sp.exp(sp.I * qq * (u - rr / 2))
    return [
        Identity(
            "DF-66",
            "I^R(q) = exp(i q.R/2) Ibar^R(q): the phase factor under the integral",
            eq66_lhs,
            sp.powsimp(eq66_rhs),
            definition="Ibar^R(q) (the phase split of the integration variable)",
        ),
        Identity(
            "DF-67",
            "first lattice sum of Eq. 63 in symmetric form",
            sp.exp(sp.I * (kk - qq / 2) * rr) * ibar,
            sp.exp(sp.I * (kk - qq) * rr) * i_r,
        ),
        Identity(
            "DF-68",
            "second lattice sum of Eq. 63 in symmetric form (complex conjugate of the first)",
            sp.exp(-sp.I * (kk - qq / 2) * rr) * ibar,
            sp.exp(-sp.I * (kk - qq) * rr) * sp.conjugate(i_r),
            assume=("the second factor of Eq. 63 is the complex conjugate of the first ([I^R]^*, as in Eq. 72)",),
            note=(
                "With I^R2(q) unconjugated, as Eq. 63 is printed, the sum carries exp(-i(k - 3q/2).R) instead: "
                "the |...|^2 of Eq. 72 requires the conjugate, which Eq. 47's I_k'k(q) = I_kk'(q)^* provides."
            ),
        ),
    ]


def _df69_limits() -> list[Identity]:
    """Eq. 69 at R = 0 and at q = 0, with a generic s orbital psi (undefined function)."""
    psi = sp.Function("psi")
    x, qq, rr = sp.symbols("x q R", real=True)
    # 1-d stand-in for int d^3r (the identities are the same under the 3-d integral)
    ibar = sp.Integral(sp.exp(sp.I * qq * x) * psi(x + rr / 2) * psi(x - rr / 2), (x, -sp.oo, sp.oo))
    overlap = sp.Integral(psi(x) * psi(x - rr), (x, -sp.oo, sp.oo))
    form = sp.Integral(sp.exp(sp.I * qq * x) * psi(x) ** 2, (x, -sp.oo, sp.oo))
    shift = {x: x + rr / 2}
    overlap_sym = sp.Integral(psi(x + rr / 2) * psi(x - rr / 2), (x, -sp.oo, sp.oo))  # Eq. 70 after x -> x + R/2
    return [
        Identity(
            "X-6",
            "Eq. 69 is exact at R = 0: Ibar^0(q) = S(0) I(q) with S(0) = 1",
            ibar.subs(rr, 0),
            form,
            definition="S(0) = 1 (the printed side is Ibar at R = 0, the same integral)",
            assume=("normalised orbital: S(0) = int psi^2 = 1",),
        ),
        Identity(
            "X-7",
            "Eq. 69 is exact at q = 0: Ibar^R(0) = S(R) I(0) with I(0) = 1",
            ibar.subs(qq, 0),
            overlap_sym,
            definition="I(0) = 1 (the printed side is Ibar at q = 0, the overlap integral shifted)",
            assume=("normalised orbital: I(0) = 1", "Eq. 70 with the integration variable shifted by R/2"),
            note=f"Eq. 70 as printed: {sp.sstr(overlap)}; shift {sp.sstr(shift)}.",
        ),
        _gaussian_eq69(),
        Identity(
            "DF-69",
            "Ibar^R(q) ~ S(R) I(q) for the STO orbitals at general q, R",
            sp.Symbol("S_R") * sp.Symbol("I_q"),
            None,
            missing=(
                "the two-centre transform Ibar^R(q) of the Koga STO orbitals is not derived in closed form here; "
                "the approximation is exact at R = 0 (X-6) and q = 0 (X-7) and exact for Gaussian orbitals; its "
                "accuracy for the real orbitals is measured numerically by the evaluator (Eq. 63 vs Eq. 72)"
            ),
        ),
    ]


def _gaussian_eq69() -> Identity:
    """Eq. 69 for a normalised Gaussian s orbital; the 3-d integrals factorise, so one Cartesian factor suffices."""
    x, qq, rr = sp.symbols("x q R", real=True)
    alpha = sp.Symbol("alpha", positive=True)
    g = (2 * alpha / sp.pi) ** sp.Rational(1, 4) * sp.exp(-alpha * x**2)  # one Cartesian factor, int g^2 dx = 1
    line = (-sp.oo, sp.oo)
    ibar = sp.integrate(sp.exp(sp.I * qq * x) * g.subs(x, x + rr / 2) * g.subs(x, x - rr / 2), (x, *line))
    s_r = sp.integrate(g * g.subs(x, x - rr), (x, *line))
    i_q = sp.integrate(sp.exp(sp.I * qq * x) * g**2, (x, *line))
    return Identity(
        "X-8",
        "Eq. 69 is exact for Gaussian s orbitals: Ibar^R(q) = S(R) I(q)",
        sp.simplify(s_r * i_q),
        sp.simplify(ibar),
        assume=("psi a normalised Gaussian (per Cartesian factor)",),
        note="So the error of Eq. 69 for Slater orbitals comes from their cusp and exponential tails.",
    )


def _df72_to_75() -> list[Identity]:
    """Eq. 72 from Eqs. 63, 67-69 on a three-site chain; Eqs. 73-75 (no metal overlap) from Eq. 72."""
    kk, qq, d = sp.symbols("k q d", real=True)
    i_q = sp.Symbol("I_q", positive=True)
    s1 = sp.Symbol("S_1", real=True)  # S(R = +-d); S(0) = 1
    sites = {0: sp.Integer(1), d: s1, -d: s1}

    def bloch(kvec, s_of_r):  # Eq. 65 / 79 on the chain
        return sum(s * sp.exp(sp.I * kvec * rv) for rv, s in s_of_r.items())

    s_k, s_kp = sp.symbols("S_k S_kp", positive=True)  # S(k), S(k') (Eq. 65)
    first = sum(sp.exp(sp.I * (kk - qq / 2) * rv) * s * i_q for rv, s in sites.items())  # Eq. 67 with Eq. 69
    derived72 = first * sp.conjugate(first) / (s_k * s_kp)  # Eq. 63 with Eq. 68
    b = bloch(kk - qq / 2, sites)
    printed72 = i_q / s_k * i_q / s_kp * b * sp.conjugate(b)
    no_overlap = {0: sp.Integer(1)}  # Eq. 73
    derived74 = bloch(kk, no_overlap)
    derived75 = (i_q**2 * bloch(kk - qq / 2, no_overlap) * sp.conjugate(bloch(kk - qq / 2, no_overlap))) / (
        derived74 * derived74
    )
    d78 = i_q * b / s_k  # Eq. 78 with Eq. 79
    same_k = Approximation("S(k') -> S(k): S nearly constant on the Fermi sphere", ({s_kp: s_k},))
    return [
        Identity("DF-72", "LCAO-II integrand factor from Eqs. 63, 67-69", printed72, derived72),
        Identity(
            "DF-74",
            "S(k) = 1 when S(R) = delta_R0 (Eq. 73 in Eq. 65)",
            sp.Integer(1),
            derived74,
            definition="S(k) for orthogonal orbitals (Eq. 65 with the single term of Eq. 73)",
        ),
        Identity("DF-75", "LCAO-I factor |I(q)|^2 from Eq. 72 with Eqs. 73-74", i_q**2, sp.simplify(derived75)),
        Identity(
            "DF-78",
            "Eq. 72 as Eq. 75 with I(q) -> D(q, k) = I(q) S(k - q/2)/S(k)",
            d78 * sp.conjugate(d78),
            printed72,
            approximation=same_k,
            note="Exactly, Eq. 72 has S(k) S(k') in the denominator; |D|^2 has S(k)^2.",
        ),
    ]


def _opaque_integral(expr: sp.Expr) -> sp.Expr:
    """Replace int_0^{2k_F} q^3 F^2 dq by a symbol J_F, so that the numeric equality test can evaluate the forms."""
    return expr.subs(sp.Integral(q**3 * F(q) ** 2, (q, 0, 2 * kF)), J_F)


def _lowv_records() -> list[Identity]:
    return [
        Identity(
            "X-2",
            "thin Fermi shell: int d^3k Theta Theta delta(w + q.v) = 2 pi |q.v| / q (q < 2 k_F)",
            2 * sp.pi * omega / q,
            shell_k_integral(),
            assume=("0 < omega = -q.v small, q < 2 k_F", "free-electron band"),
            note="Exact (not only leading order) while the root cos(k, q) stays inside (-1, 1).",
        ),
        Identity(
            "X-3",
            "low-velocity stopping for an isotropic factor F(q): S_F = V0'^2/(12 pi^3) int_0^{2k_F} q^3 F^2 dq",
            _opaque_integral(stopping_isotropic_printed()),
            _opaque_integral(stopping_isotropic()),
            assume=(
                "J_F = int_0^{2k_F} q^3 F(q)^2 dq",
                "DF Eq. 47 with |q.v| (see DF-47)",
                "direction average of Eq. 48",
            ),
            note="Only the half space q.v < 0 contributes (energy given to the gas).",
        ),
        Identity(
            "X-4",
            "FEG with contact potential (DF Eq. 77), low velocity: S_FEG = V0'^2 k_F^4 / (3 pi^3)",
            feg_stopping_printed(),
            feg_stopping(),
            assume=("DF Eq. 77 with |q.v| (see DF-47)",),
        ),
        Identity(
            "X-5",
            "double Fermi-surface form: S_G = V0'^2 k_F^2/(96 pi^5) int dOmega dOmega' |k - k'|^2 G",
            fermi_surface_prefactor_printed(),
            fermi_surface_prefactor(),
            assume=("k, k' on the Fermi sphere (v -> 0)", "isotropic average over v-hat (Eq. 48)"),
        ),
    ]


def identities() -> list[Identity]:
    return [
        *_df10_11_12(),
        _df13(),
        _df14(),
        _df45(),
        _df47(),
        _df48(),
        *_df66_67_68(),
        *_df69_limits(),
        *_df72_to_75(),
        *_lowv_records(),
    ]


def chain_checks() -> list[ChainCheck]:
    b = sp.Symbol("b", positive=True)
    f_test = 1 / (1 + q**2 / b**2) ** 2  # an I(q)-like isotropic factor
    s_f = stopping_isotropic().subs(F(q), f_test).doit()
    q_of_c = sp.sqrt(2 * kF**2 * (1 - c_k))
    return [
        ChainCheck("S_F with F = 1 equals S_FEG", stopping_isotropic().subs(F(q), 1).doit(), feg_stopping()),
        ChainCheck("S_G with G = 1 equals S_FEG", fermi_surface_stopping(sp.Integer(1)), feg_stopping()),
        ChainCheck(
            "S_G with G = F(|k - k'|)^2 equals S_F",
            fermi_surface_stopping(f_test.subs(q, q_of_c) ** 2),
            s_f,
            domain={kF: (0.3, 1.5), b: (0.5, 3.0), V0p: (0.1, 2.0)},
        ),
    ]


# ----------------------------------------------------------------------------------------------------------
# codegen targets


def codegen_expressions() -> dict[str, tuple[sp.Expr, tuple[sp.Symbol, ...], str]]:
    """Targets: the FEG closed form and the prefactors of the form-factor and Fermi-surface integrals."""
    return {
        "feg_stopping": (
            feg_stopping(),
            (kF, V0p),
            "Low-velocity stopping (1/v dE/dx, a.u.) of the FEG with contact potential V0' (DF Eq. 77, X-4).",
        ),
        "form_factor_stopping_prefactor": (
            sp.simplify(stopping_isotropic() / sp.Integral(q**3 * F(q) ** 2, (q, 0, 2 * kF))),
            (V0p,),
            "C in S_F = C int_0^{2 k_F} q^3 F(q)^2 dq (X-3; F = I(q) for LCAO-I, DF Eq. 75).",
        ),
        "fermi_surface_stopping_prefactor": (
            fermi_surface_prefactor(),
            (kF, V0p),
            "C in S_G = C int dOmega_k dOmega_k' |k - k'|^2 G(k, k') on the Fermi sphere (X-5; DF Eq. 72).",
        ),
    }
