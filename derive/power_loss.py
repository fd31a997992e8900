"""The power loss of a slowly moving atom in Dorado & Flores: DF Eqs. 10-14, 45, 47-48, 66-78 (and X-6 to X-8).

From the golden rule to the factors of the LCAO stopping integrals: the Fourier pair and Coulomb coupling of Eqs.
10-11, the velocity factor of Eqs. 12 and 47 (the sign recorded as ``DF-12`` and ``DF-47``), linear response
(Eqs. 13-14), the contact form (Eq. 45), the direction average (Eq. 48), the exponent algebra of Eqs. 66-68, the
two-centre approximation of Eq. 69 (exact limits X-6, X-7, X-8) and the LCAO factors of Eqs. 72-78. The
low-velocity closed forms that the evaluator uses (X-2 to X-5) are derived in :mod:`slowion.derive.stopping`.

Conventions as in :mod:`slowion.derive.stopping`: atomic units, eps_k = k^2/2, w_kk' = eps_k' - eps_k.
"""

from __future__ import annotations

import sympy as sp

from slowion.derive import sto
from slowion.derive.identity import Approximation, Convention, Identity, Reading
from slowion.derive.stopping import V0, beta, c_v, direction_average, k, q, v

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
    """DF-45 (with Eq. 44): contact approximation of Eq. 43 for plane waves and a He 1s STO of exponent beta."""
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


def _df10() -> Identity:
    """DF-10: H_eff(q) of Eq. 10 inverts the e^{iq.R} expansion of Eq. 8 (a Gaussian test function per axis)."""
    rr, qq, rp = sp.symbols("R q R'", real=True)
    test = sp.exp(-(rr**2))  # a test H(R) (1-d factor of a separable 3-d function)
    h_q = sp.integrate(sp.exp(-sp.I * qq * rp) * test.subs(rr, rp), (rp, -sp.oo, sp.oo))  # Eq. 10
    back = sp.integrate(sp.exp(sp.I * qq * rr) * h_q, (qq, -sp.oo, sp.oo)) / (2 * sp.pi)  # the kernel of Eq. 8
    return Identity(
        "DF-10",
        "H_eff(q) = int dR' e^{-iq.R'} H_eff(R'): the inverse of the e^{iq.R} expansion of Eq. 8",
        test,
        sp.simplify(back),
        assume=("a Gaussian test function per Cartesian factor (the transforms factorise)",),
        definition="the Fourier transform H_eff(q); checked: Eq. 8's expansion int dq/(2 pi)^3 e^{iq.R} inverts it",
    )


def _df11() -> Identity:
    """DF-11: the Coulomb coupling of Eq. 11 in Fourier space, 4 pi Z/q^2 (screened, then mu -> 0)."""
    r, mu, zz = sp.symbols("r mu Z", positive=True)
    coulomb = sp.limit(
        sp.simplify(sp.integrate(4 * sp.pi * r**2 * sp.sin(q * r) / (q * r) * zz / r * sp.exp(-mu * r), (r, 0, sp.oo))),
        mu,
        0,
    )
    return Identity(
        "DF-11",
        "the Coulomb coupling of Eq. 11 in Fourier space: 4 pi Z/q^2 (as used in Eqs. 12-14)",
        4 * sp.pi * zz / q**2,
        coulomb,
        assume=("Fourier transform of Z/|R - r| (screened by e^{-mu r}, mu -> 0)",),
        note="Eq. 11 writes +Z/|R - r| rho(r); for rho the electron number density the potential energy is "
        "-Z/|R - r| rho. Only the square of the coupling enters Eqs. 12-14, so the sign has no consequence.",
    )


def _df12() -> Identity:
    """DF-12: the velocity factor of Eq. 12 against Eq. 9's (q.v)(q'.v)/w_kk' on the delta shell."""
    return Identity(
        "DF-12",
        "velocity factor of the linear-response power loss, Eq. 12: (q.v) for Eq. 9's (q.v)(q'.v)/w_kk'",
        _QV,
        eq9_velocity_factor(),
        assume=("q' = q (homogeneous gas; Eq. 14)", "w_kk' = eps_k' - eps_k > 0 for k < k_F < k' (Eq. 9)"),
        note="Eq. 12 drops the 1/w_kk' and the (q'.v) of Eq. 9 against the delta function; on its support "
        "w_kk' = -q.v, so the factor is -(q'.v), i.e. -(q.v) = |q.v| at q' = q, not (q.v). The same sign as "
        "DF-47 (both derived from eq9_velocity_factor). Eqs. 13-14, written with Im chi(q; -q.v) (negative "
        "where -q.v > 0), have the physical sign again: the sign is lost in Eq. 12 and in Eq. 47, not in 14.",
    )


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
    """DF-48: the mean stopping (1/v) dE/dx as the direction average of the power loss (Legendre expansion)."""
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


_K, _Q, _R = sp.symbols("k q R", real=True)  # components along R (the same for each Cartesian component)
_IBAR = sp.Symbol("Ibar", real=True)  # real for real s orbitals (psi even)


def _i_r() -> sp.Expr:
    """I^R(q) = exp(i q.R/2) Ibar^R(q) (Eq. 66)."""
    return sp.exp(sp.I * _Q * _R / 2) * _IBAR


def _df66() -> Identity:
    """DF-66: the phase split I^R(q) = exp(i q.R/2) Ibar^R(q) of the integration variable."""
    u = sp.Symbol("u", real=True)
    eq66_lhs = sp.exp(sp.I * _Q * u)
    eq66_rhs = sp.exp(sp.I * _Q * _R / 2) * sp.exp(sp.I * _Q * (u - _R / 2))
    return Identity(
        "DF-66",
        "I^R(q) = exp(i q.R/2) Ibar^R(q): the phase factor under the integral",
        eq66_lhs,
        sp.powsimp(eq66_rhs),
        definition="Ibar^R(q) (the phase split of the integration variable)",
    )


def _df67() -> Identity:
    """DF-67: the first lattice sum of Eq. 63 in symmetric form (exponent algebra along R)."""
    return Identity(
        "DF-67",
        "first lattice sum of Eq. 63 in symmetric form",
        sp.exp(sp.I * (_K - _Q / 2) * _R) * _IBAR,
        sp.exp(sp.I * (_K - _Q) * _R) * _i_r(),
    )


def _df68() -> Identity:
    """DF-68: the second lattice sum of Eq. 63 in symmetric form, the complex conjugate of the first."""
    return Identity(
        "DF-68",
        "second lattice sum of Eq. 63 in symmetric form (complex conjugate of the first)",
        sp.exp(-sp.I * (_K - _Q / 2) * _R) * _IBAR,
        sp.exp(-sp.I * (_K - _Q) * _R) * sp.conjugate(_i_r()),
        assume=("the second factor of Eq. 63 is the complex conjugate of the first ([I^R]^*, as in Eq. 72)",),
        note=(
            "With I^R2(q) unconjugated, as Eq. 63 is printed, the sum carries exp(-i(k - 3q/2).R) instead: "
            "the |...|^2 of Eq. 72 requires the conjugate, which Eq. 47's I_k'k(q) = I_kk'(q)^* provides."
        ),
    )


_PSI = sp.Function("psi")
_X = sp.Symbol("x", real=True)


def _ibar_1d() -> sp.Expr:
    """Ibar^R(q) of Eq. 69 with a generic s orbital psi, a 1-d stand-in for int d^3r (the identities are the same
    under the 3-d integral)."""
    return sp.Integral(sp.exp(sp.I * _Q * _X) * _PSI(_X + _R / 2) * _PSI(_X - _R / 2), (_X, -sp.oo, sp.oo))


def _x6() -> Identity:
    """X-6: Eq. 69 is exact at R = 0, Ibar^0(q) = S(0) I(q) with S(0) = 1."""
    form = sp.Integral(sp.exp(sp.I * _Q * _X) * _PSI(_X) ** 2, (_X, -sp.oo, sp.oo))
    return Identity(
        "X-6",
        "Eq. 69 is exact at R = 0: Ibar^0(q) = S(0) I(q) with S(0) = 1",
        _ibar_1d().subs(_R, 0),
        form,
        definition="S(0) = 1 (the printed side is Ibar at R = 0, the same integral)",
        assume=("normalised orbital: S(0) = int psi^2 = 1",),
    )


def _x7() -> Identity:
    """X-7: Eq. 69 is exact at q = 0, Ibar^R(0) = S(R) I(0) with I(0) = 1."""
    overlap = sp.Integral(_PSI(_X) * _PSI(_X - _R), (_X, -sp.oo, sp.oo))
    shift = {_X: _X + _R / 2}
    overlap_sym = sp.Integral(_PSI(_X + _R / 2) * _PSI(_X - _R / 2), (_X, -sp.oo, sp.oo))  # Eq. 70, x -> x + R/2
    return Identity(
        "X-7",
        "Eq. 69 is exact at q = 0: Ibar^R(0) = S(R) I(0) with I(0) = 1",
        _ibar_1d().subs(_Q, 0),
        overlap_sym,
        definition="I(0) = 1 (the printed side is Ibar at q = 0, the overlap integral shifted)",
        assume=("normalised orbital: I(0) = 1", "Eq. 70 with the integration variable shifted by R/2"),
        note=f"Eq. 70 as printed: {sp.sstr(overlap)}; shift {sp.sstr(shift)}.",
    )


def _df69() -> Identity:
    """DF-69: Ibar^R(q) ~ S(R) I(q) for the STO orbitals at general q, R: open (measured by the evaluator)."""
    return Identity(
        "DF-69",
        "Ibar^R(q) ~ S(R) I(q) for the STO orbitals at general q, R",
        sp.Symbol("S_R") * sp.Symbol("I_q"),
        None,
        missing=(
            "the two-centre transform Ibar^R(q) of the Koga STO orbitals is not derived in closed form here; "
            "the approximation is exact at R = 0 (X-6) and q = 0 (X-7) and exact for Gaussian orbitals; its "
            "accuracy for the real orbitals is measured numerically by the evaluator (Eq. 63 vs Eq. 72)"
        ),
    )


def _x8() -> Identity:
    """X-8: Eq. 69 for a normalised Gaussian s orbital; the 3-d integrals factorise, so one Cartesian factor
    suffices."""
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


_I_Q = sp.Symbol("I_q", positive=True)
_S_K, _S_KP = sp.symbols("S_k S_kp", positive=True)  # S(k), S(k') (Eq. 65)
_D = sp.Symbol("d", real=True)


def _chain_sites() -> dict:
    """A three-site chain: S(0) = 1, S(+-d) = S_1."""
    s1 = sp.Symbol("S_1", real=True)
    return {0: sp.Integer(1), _D: s1, -_D: s1}


def _bloch(kvec: sp.Expr, s_of_r: dict) -> sp.Expr:
    """Eq. 65 / 79 on the chain."""
    return sum(s * sp.exp(sp.I * kvec * rv) for rv, s in s_of_r.items())


def _printed72() -> sp.Expr:
    b = _bloch(_K - _Q / 2, _chain_sites())
    return _I_Q / _S_K * _I_Q / _S_KP * b * sp.conjugate(b)


def _df72() -> Identity:
    """DF-72: the LCAO-II integrand factor from Eqs. 63, 67-69 on a three-site chain."""
    first = sum(sp.exp(sp.I * (_K - _Q / 2) * rv) * s * _I_Q for rv, s in _chain_sites().items())  # Eq. 67, 69
    derived72 = first * sp.conjugate(first) / (_S_K * _S_KP)  # Eq. 63 with Eq. 68
    return Identity("DF-72", "LCAO-II integrand factor from Eqs. 63, 67-69", _printed72(), derived72)


def _df74() -> Identity:
    """DF-74: S(k) = 1 for orthogonal orbitals (Eq. 73 in Eq. 65)."""
    return Identity(
        "DF-74",
        "S(k) = 1 when S(R) = delta_R0 (Eq. 73 in Eq. 65)",
        sp.Integer(1),
        _bloch(_K, {0: sp.Integer(1)}),
        definition="S(k) for orthogonal orbitals (Eq. 65 with the single term of Eq. 73)",
    )


def _df75() -> Identity:
    """DF-75: the LCAO-I factor |I(q)|^2 from Eq. 72 with Eqs. 73-74 (no metal overlap)."""
    no_overlap = {0: sp.Integer(1)}  # Eq. 73
    s_k = _bloch(_K, no_overlap)
    b = _bloch(_K - _Q / 2, no_overlap)
    derived75 = (_I_Q**2 * b * sp.conjugate(b)) / (s_k * s_k)
    return Identity("DF-75", "LCAO-I factor |I(q)|^2 from Eq. 72 with Eqs. 73-74", _I_Q**2, sp.simplify(derived75))


def _df78() -> Identity:
    """DF-78: Eq. 72 as Eq. 75 with I(q) -> D(q, k) = I(q) S(k - q/2)/S(k), under S(k') -> S(k)."""
    d78 = _I_Q * _bloch(_K - _Q / 2, _chain_sites()) / _S_K  # Eq. 78 with Eq. 79
    same_k = Approximation("S(k') -> S(k): S nearly constant on the Fermi sphere", ({_S_KP: _S_K},))
    return Identity(
        "DF-78",
        "Eq. 72 as Eq. 75 with I(q) -> D(q, k) = I(q) S(k - q/2)/S(k)",
        d78 * sp.conjugate(d78),
        _printed72(),
        approximation=same_k,
        note="Exactly, Eq. 72 has S(k) S(k') in the denominator; |D|^2 has S(k)^2.",
    )


def identities() -> list[Identity]:
    """The records of DF Eqs. 10-14, 45, 47-48, 66-78 and X-6 to X-8, one builder each."""
    return [
        _df10(),
        _df11(),
        _df12(),
        _df13(),
        _df14(),
        _df45(),
        _df47(),
        _df48(),
        _df66(),
        _df67(),
        _df68(),
        _x6(),
        _x7(),
        _x8(),
        _df69(),
        _df72(),
        _df74(),
        _df75(),
        _df78(),
    ]
