"""Low-velocity closed forms of the stopping integrals of Dorado & Flores (DF Eqs. 47-48, 72, 75, 77): X-2 to X-5.

The records of the paper's own steps (DF Eqs. 10-14, 45, 47-48, 66-78) are in :mod:`slowion.derive.power_loss`.

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

from slowion.derive.identity import ChainCheck, Identity

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
    """X-2: int d^3k Theta(k_F - k) Theta(|k - q| - k_F) delta(eps_{k-q} - eps_k - omega), 0 < omega << q k_F, q < 2k_F.

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
    """X-3: S_F derived, with F(q) left as an undefined function."""
    s = direction_average(_power_loss_isotropic(F(q) ** 2))
    return sp.simplify(s)


def stopping_isotropic_printed() -> sp.Expr:
    """The lead's hand form of X-3, transcribed."""
    return V0p**2 / (12 * sp.pi**3) * sp.Integral(q**3 * F(q) ** 2, (q, 0, 2 * kF))


@cache
def form_factor_stopping_prefactor() -> sp.Expr:
    """X-3: C in S_F = C int_0^{2 k_F} q^3 F(q)^2 dq (the derived S_F divided by its integral)."""
    return sp.simplify(stopping_isotropic() / sp.Integral(q**3 * F(q) ** 2, (q, 0, 2 * kF)))


@cache
def feg_stopping() -> sp.Expr:
    """X-4: S_FEG derived, X-3 with F = 1 (DF Eq. 77, contact potential of Eq. 76, low velocity)."""
    return sp.simplify(direction_average(_power_loss_isotropic(sp.Integer(1))).doit())


def feg_stopping_printed() -> sp.Expr:
    return V0p**2 * kF**4 / (3 * sp.pi**3)


# ----------------------------------------------------------------------------------------------------------
# X-5: double Fermi-surface form for an anisotropic factor G(k, k')


@cache
def fermi_surface_stopping_prefactor() -> sp.Expr:
    """X-5: C in S_G = C int dOmega_k dOmega_k' |k - k'|^2 G(k, k'), derived.

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


def fermi_surface_stopping_prefactor_printed() -> sp.Expr:
    return V0p**2 * kF**2 / (96 * sp.pi**5)


def fermi_surface_stopping(g_of_ck: sp.Expr) -> sp.Expr:
    """S_G for a factor G depending only on c_k = cos(k, k') (the double solid-angle integral is 8 pi^2 int dc_k)."""
    q_sq = 2 * kF**2 * (1 - c_k)
    return fermi_surface_stopping_prefactor() * 8 * sp.pi**2 * sp.integrate(q_sq * g_of_ck, (c_k, -1, 1))


# ----------------------------------------------------------------------------------------------------------
# records


def _opaque_integral(expr: sp.Expr) -> sp.Expr:
    """Replace int_0^{2k_F} q^3 F^2 dq by a symbol J_F, so that the numeric equality test can evaluate the forms."""
    return expr.subs(sp.Integral(q**3 * F(q) ** 2, (q, 0, 2 * kF)), J_F)


def _x2() -> Identity:
    """X-2: the thin Fermi shell, int d^3k Theta Theta delta(w + q.v) = 2 pi |q.v| / q for q < 2 k_F."""
    return Identity(
        "X-2",
        "thin Fermi shell: int d^3k Theta Theta delta(w + q.v) = 2 pi |q.v| / q (q < 2 k_F)",
        2 * sp.pi * omega / q,
        shell_k_integral(),
        assume=("0 < omega = -q.v small, q < 2 k_F", "free-electron band"),
        note="Exact (not only leading order) while the root cos(k, q) stays inside (-1, 1).",
    )


def _x3() -> Identity:
    """X-3: low-velocity stopping for an isotropic factor F(q) (kernel: form_factor_stopping_prefactor)."""
    return Identity(
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
    )


def _x4() -> Identity:
    """X-4: the FEG with contact potential at low velocity, DF Eq. 77 (kernel: feg_stopping)."""
    return Identity(
        "X-4",
        "FEG with contact potential (DF Eq. 77), low velocity: S_FEG = V0'^2 k_F^4 / (3 pi^3)",
        feg_stopping_printed(),
        feg_stopping(),
        assume=("DF Eq. 77 with |q.v| (see DF-47)",),
    )


def _x5() -> Identity:
    """X-5: the double Fermi-surface form for an anisotropic factor (kernel: fermi_surface_stopping_prefactor)."""
    return Identity(
        "X-5",
        "double Fermi-surface form: S_G = V0'^2 k_F^2/(96 pi^5) int dOmega dOmega' |k - k'|^2 G",
        fermi_surface_stopping_prefactor_printed(),
        fermi_surface_stopping_prefactor(),
        assume=("k, k' on the Fermi sphere (v -> 0)", "isotropic average over v-hat (Eq. 48)"),
    )


def identities() -> list[Identity]:
    """The records X-2 to X-5 (the low-velocity closed forms), one builder each."""
    return [_x2(), _x3(), _x4(), _x5()]


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
    """Targets: the FEG closed form and the prefactors of the form-factor and Fermi-surface integrals, each named
    after the function of this module that derives it (its keys: codegen/targets.py)."""
    targets = (
        (
            feg_stopping,
            (kF, V0p),
            "Low-velocity stopping (1/v dE/dx, a.u.) of the FEG with contact potential V0' (DF Eq. 77, X-4).",
        ),
        (
            form_factor_stopping_prefactor,
            (V0p,),
            "C in S_F = C int_0^{2 k_F} q^3 F(q)^2 dq (X-3; F = I(q) for LCAO-I, DF Eq. 75).",
        ),
        (
            fermi_surface_stopping_prefactor,
            (kF, V0p),
            "C in S_G = C int dOmega_k dOmega_k' |k - k'|^2 G(k, k') on the Fermi sphere (X-5; DF Eq. 72).",
        ),
    )
    return {fn.__name__: (fn(), args, doc) for fn, args, doc in targets}
