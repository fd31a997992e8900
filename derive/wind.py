"""The electron-wind force on a slow ion, Das Eqs. 9-12, Appendix B, and the bridge X-1 to DF Eq. 14.

Appendix A (the co-moving Boltzmann equation) is in :mod:`slowion.derive.boltzmann`; its records are listed here.

Conventions as in :mod:`slowion.derive.dielectric`: f(r) = int d^3q/(2 pi)^3 e^{+i q.r} f(q); V is the potential
energy of an electron per unit e (V = -phi), so the force on the ion of charge Z e is F = Z e grad V at the ion;
u is the velocity of the ion relative to the electron gas (in the ion frame the gas drifts with -u); the force is
a drag, F_z = -Q u with the friction coefficient Q = |F_z|/u > 0 (a.u.), independent of the sign of Z.

Route: V^(1)(q, u) of Eq. 8 (derived in dielectric.py) -> Eq. 11 (the kernel's z-derivative at r = 0 gives i q_z)
-> angular integral over the directions of q by SymPy -> the radial integral of Eq. 12, which has support q < 2 k_F
only (there X_2 != 0), so that

    Q = (4 Z^2 / 3 pi) int_0^{2 k_F} dq / (q eps(q, 0)^2).
"""

from __future__ import annotations

from functools import cache

import sympy as sp

from slowion.derive.boltzmann import appendix_a_records
from slowion.derive.dielectric import _ratio_note
from slowion.derive.identity import ChainCheck, Defect, Identity
from slowion.derive.lindhard import (
    DOMAIN,
    ELECTRON_GAS,
    KERNEL,
    U_MEANING,
    Z,
    alpha,
    e,
    eps0,
    kF,
    lindhard_eps_static,
    lindhard_x2_small_u,
    q,
    qx,
    qy,
    qz,
    u,
    u_das,
    v0,
    v_first_order,
    vF,
)

theta, phi = sp.symbols("theta phi", positive=True)  # direction of q: q_z = q cos(theta)
x, y, z = sp.symbols("x y z", real=True)  # the same symbols as derive/boltzmann.py's


def fourier_kernel() -> sp.Expr:
    """e^{+i q.r}: f(r) = int d^3q/(2 pi)^3 kernel f(q) (docs/conventions.md)."""
    return sp.exp(sp.I * (qx * x + qy * y + qz * z))


@cache
def force_weight() -> sp.Expr:
    """The weight of V(q) under int d^3q/(2 pi)^3 in F_z = Z dV/dz|_{r=0} (Das Eq. 11 as derived): i Z q_z."""
    return sp.simplify(Z * sp.diff(fourier_kernel(), z).subs({x: 0, y: 0, z: 0}))


@cache
def force_integrand_3d() -> sp.Expr:
    """Integrand of F_z over d^3q for q < 2 k_F: weight x V^(1)/(2 pi)^3 (V^(0) is even in q: no force)."""
    return sp.expand(force_weight() * v_first_order()[1] / (2 * sp.pi) ** 3)


@cache
def force_radial_integrand() -> sp.Expr:
    """dF_z/dq: the angular integral of the 3D integrand done by SymPy (q_z = q cos theta), eps_0 kept symbolic."""
    g = force_integrand_3d().subs(qz, q * sp.cos(theta)) * q**2 * sp.sin(theta)
    return sp.simplify(sp.integrate(g, (theta, 0, sp.pi), (phi, 0, 2 * sp.pi)))


@cache
def wind_integrand() -> sp.Expr:
    """Das-12 (corrected), X-1: dQ/dq = -(dF_z/dq)/u for Z = 1 with the static Lindhard eps,
    4/(3 pi q eps(q,0)^2), on 0 < q < 2 k_F."""
    return (-force_radial_integrand() / u).subs(Z, 1).subs(eps0, lindhard_eps_static())


def codegen_expressions() -> dict[str, tuple[sp.Expr, tuple[sp.Symbol, ...], str]]:
    """Expressions for ``generated/wind.py``: name -> (expression, argument order, one-line doc)."""
    return {
        "wind_integrand": (
            wind_integrand(),
            (q, kF),
            "Integrand of Q = int_0^{2 k_F} dq (this) for Z = 1: 4/(3 pi q eps(q,0)^2) (Das Eq. 12 corrected: sign, "
            "support q < 2 k_F).",
        ),
    }


# ---------------------------------------------------------------------------------------------------------------
# records


def _support(expr: sp.Expr) -> sp.Expr:
    """expr for q < 2 k_F, zero above (the support of X_2, Das-7)."""
    return sp.Piecewise((expr, q < 2 * kF), (0, True))


def _angular(expr3d: sp.Expr) -> sp.Expr:
    """Integral over the directions of q (q_z = q cos theta) times q^2: the radial integrand, by SymPy."""
    g = expr3d.subs(qz, q * sp.cos(theta)) * q**2 * sp.sin(theta)
    return sp.simplify(sp.integrate(g, (theta, 0, sp.pi), (phi, 0, 2 * sp.pi)))


@cache
def ion_ion_first_order() -> sp.Expr:
    """First order in u of V_ii = (V_ei^2/V_ee)(1/eps - 1) (B.1, B.5), V_ei = V_0, V_ee = 4 pi/q^2, q < 2 k_F."""
    x2 = lindhard_x2_small_u().args[0][0]
    s_ = sp.Symbol("s")
    X10 = q**2 * (1 - eps0)
    Vii = v0() ** 2 / (4 * sp.pi / q**2) * (1 / (1 - (X10 + sp.I * s_ * x2) / q**2) - 1)
    return sp.simplify(sp.series(Vii, s_, 0, 2).removeO().coeff(s_, 1))


@cache
def extra_force_radial_integrand() -> sp.Expr:
    """dF_extra/dq: Eq. 11 applied to V_ion-ion of B.5 (as derived), angular integral by SymPy."""
    return _angular(sp.expand(force_weight() * ion_ion_first_order() / (2 * sp.pi) ** 3))


@cache
def df14_friction_radial_integrand() -> sp.Expr:
    """DF Eq. 14 transcribed, with 4 pi Z/q^2 -> 4 pi Z/(q^2 eps_0) and Im chi_0 = X_2/(4 pi) (small w, q < 2 k_F).

    DF Eq. 14: dE/dt = 2 int d^3q/(2 pi)^3 (4 pi Z/q^2)^2 (q.v) Im chi(q; -q.v), v along z; friction = (dE/dt)/v^2.
    """
    v = sp.Symbol("v", positive=True)
    im_chi = lindhard_x2_small_u().args[0][0].subs(u, -v) / (4 * sp.pi)  # X_2 at w = q_z u with u -> -v: w = -q.v
    dEdt = 2 / (2 * sp.pi) ** 3 * (4 * sp.pi * Z / (q**2 * eps0)) ** 2 * (qz * v) * im_chi
    return sp.simplify(_angular(dEdt) / v**2)


@cache
def golden_rule_friction_radial_integrand() -> sp.Expr:
    """Stopping of a screened point charge from Fermi's golden rule, the derived side of the bridge X-1.

    P = int d^3q/(2 pi)^3 |V_q|^2 w 2 pi S(q, w) with w = q.v the energy given to the gas, V_q = 4 pi Z/(q^2 eps_0)
    and, at T = 0, S(q, w) = -Im chi_0(q, w) theta(w)/pi (no excitation lowers the ground-state energy);
    Im chi_0 = X_2/(4 pi) at small w (Das Eq. 7 as derived, q < 2 k_F). The friction is P/v^2, v along z.
    """
    v = sp.Symbol("v", positive=True)
    w = qz * v
    im_chi = lindhard_x2_small_u().args[0][0].subs(u * qz, w) / (4 * sp.pi)
    structure = -im_chi * sp.Heaviside(qz) / sp.pi
    power = (4 * sp.pi * Z / (q**2 * eps0)) ** 2 * w * 2 * sp.pi * structure / (2 * sp.pi) ** 3
    g = power.subs(qz, q * sp.cos(theta)) * q**2 * sp.sin(theta)
    # theta(cos theta) restricts the polar angle to the forward half, 0 < theta < pi/2
    g = g.subs(sp.Heaviside(q * sp.cos(theta)), 1)
    radial = sp.integrate(g, (theta, 0, sp.pi / 2), (phi, 0, 2 * sp.pi))
    return sp.simplify(radial / v**2)


@cache
def lindhard_stopping_radial_integrand() -> sp.Expr:
    """Lindhard's stopping formula (1/v) dE/dx = (2 Z^2/pi v^3) int dq/q int_0^{qv} w Im(-1/eps) dw at small v.

    Im(-1/eps) = Im eps/eps_0^2 with Im eps = -X_2/q^2 (retarded, q < 2 k_F, w = q_z u -> w).
    """
    v, w = sp.symbols("v w", positive=True)
    im_eps = -lindhard_x2_small_u().args[0][0].subs(u * qz, w) / q**2
    inner = sp.integrate(w * im_eps / eps0**2, (w, 0, q * v))
    return sp.simplify(2 * Z**2 / (sp.pi * v**3) * inner / q)


_Q_BELOW = {q: (0.05, 0.79)}  # q < 2 k_F for every k_F of DOMAIN (k_F >= 0.4)
_Q_ABOVE = {q: (3.05, 6.0)}  # q > 2 k_F for every k_F of DOMAIN (k_F <= 1.5)


def _power_sign_support(name: str, printed: sp.Expr, derived: sp.Expr, dom: dict) -> tuple[Defect, ...]:
    """Defects of Das B.4/B.5: q_z/q for q_z/q^3, the sign (readings), the support q < 2 k_F."""
    return (
        Defect(
            "dimension",
            f"{name}: q_z/q printed for q_z/q^3 (a power of q; compare the 'q_3' of Eq. 8)",
            sp.Abs(printed) ** 2,
            sp.Abs(derived) ** 2,
            conventions=(KERNEL, U_MEANING),
            domain={**dom, **_Q_BELOW},
        ),
        Defect(
            "sign",
            f"sign of {name} (q < 2 k_F), the power of q corrected",
            printed / q**2,
            derived,
            conventions=(KERNEL, U_MEANING),
            domain={**dom, **_Q_BELOW},
        ),
        Defect(
            "support",
            f"{name} vanishes for q > 2 k_F (X_2 does); the printed form has no support",
            printed,
            sp.Integer(0),
            conventions=(KERNEL, U_MEANING),
            domain={**dom, **_Q_ABOVE},
        ),
    )


def _das12_defects(printed: sp.Expr) -> tuple[Defect, ...]:
    """Das-12: the sign (depends on what u is), the support q < 2 k_F and the divergence of the printed integral."""
    dom = {**DOMAIN, eps0: (1.0, 5.0)}
    radial_tail = sp.limit(_angular(printed).subs(eps0, 1) * q, q, sp.oo)  # q x (dF/dq) at q -> oo, eps -> 1
    return (
        Defect(
            "sign",
            "direction of the force (q < 2 k_F)",
            printed,
            force_integrand_3d(),
            conventions=(U_MEANING,),
            domain={**dom, **_Q_BELOW},
        ),
        Defect(
            "support",
            "the integrand vanishes for q > 2 k_F (V^(1) does); the printed integral runs over all q",
            printed,
            sp.Integer(0),
            conventions=(U_MEANING,),
            domain={**dom, **_Q_ABOVE},
        ),
        Defect(
            "support",
            "the printed integral diverges logarithmically at large q: q dF/dq -> const (eps -> 1), not 0",
            radial_tail,
            sp.Integer(0),
            conventions=(U_MEANING,),
            domain=dom,
        ),
    )


#: sampling ranges of the Das-12 and appendix B records: eps_0 = eps(q, 0) >= 1
_DOM = {**DOMAIN, eps0: (1.0, 5.0)}


def _das9() -> Identity:
    """Das-9: the force on the ion F_z = Z e dV/dz at the ion (a definition, V = -phi)."""
    vf = sp.Function("V")(x, y, z)
    return Identity(
        "Das-9",
        "force on the ion F_z = Z e dV/dz at the ion (a definition)",
        Z * e * sp.diff(vf, z),
        -Z * e * sp.diff(-vf, z),
        assume=("V = -phi: the potential energy of an electron per unit e (Das-1)",),
        definition="the force on the ion",
        note="Definition; checked as the electrostatic force Z e E = -Z e grad phi with phi = -V. The "
        "direct-field force Z e E of the text follows from the asymptote V -> E z (phi = -E z) of the same "
        "formula (chain check). In the ion frame no other force acts in this linear theory.",
    )


def _das10() -> Identity:
    """Das-10: the Fourier representation of V(r); the kernel's sign solved from Eq. 11 (a lost i, a typo)."""
    sgn = sp.Symbol("sigma", real=True)
    kernel_s = sp.exp(sgn * sp.I * (qx * x + qy * y + qz * z))
    sigma_solved = sp.solve(sp.Eq(Z * sp.diff(kernel_s, z).subs({x: 0, y: 0, z: 0}), sp.I * Z * qz), sgn)[0]
    return Identity(
        "Das-10",
        "Fourier representation V(r) = (2 pi)^-3 int e^{-q.r} V(q) d^3q",
        sp.exp(-(qx * x + qy * y + qz * z)),
        fourier_kernel(),
        conventions=(KERNEL,),
        defects=(
            Defect(
                "conversion_typo",
                "the i of the exponent is lost: e^{-q.r} is no Fourier kernel (which sign it had cannot be known)",
                sp.exp(-(qx * x + qy * y + qz * z)),
                sp.exp(-sp.I * (qx * x + qy * y + qz * z)),
                conversion_typo=True,
            ),
            Defect(
                "kernel",
                "sign of the kernel, the i restored after the printed minus: e^{-iq.r}",
                sp.exp(-sp.I * (qx * x + qy * y + qz * z)),
                fourier_kernel(),
                conventions=(KERNEL,),
            ),
        ),
        note="Derived: the kernel exp(sigma i q.r) for which Eq. 11 (factor +i) follows from Eq. 9 has sigma = "
        f"{sigma_solved} (solved by SymPy), i.e. e^{{+iq.r}}, our convention. The printed e^{{-q.r}} has lost the "
        "i (it is not a Fourier kernel); read as e^{-iq.r} it would need +is in Eq. 2 but give the opposite "
        "signs of Eqs. 7 and 11.",
    )


def _das11() -> Identity:
    """Das-11: the weight i Z e q_z/(2 pi)^3 of V(q) in F_z, d/dz of the kernel at r = 0."""
    return Identity(
        "Das-11",
        "F_z = (i Z e/(2 pi)^3) int q_z V(q) d^3q: weight of V(q)",
        sp.I * Z * e * qz / (2 * sp.pi) ** 3,
        e * force_weight() / (2 * sp.pi) ** 3,
        conventions=(KERNEL,),
        note="Derived: d/dz of the kernel at r = 0, times Z e. V^(0) is even in q and gives no force.",
    )


def _das12() -> Identity:
    """Das-12: the electron-wind force, Eq. 11 applied to V^(1) of Eq. 8 (kernel: wind_integrand)."""
    # the printed integrand over d^3q, all q, eps_0 = [1 - X_1(q,0)/q^2]
    printed12 = sp.pi * alpha**2 * Z**2 / 2 * u_das / (2 * sp.pi**2) / vF * qz**2 / (q**5 * eps0**2)
    printed12_gas = printed12.subs(ELECTRON_GAS)
    return Identity(
        "Das-12",
        "the electron-wind force: integrand of F_z over d^3q",
        printed12_gas,
        _support(force_integrand_3d()),
        assume=("e = 1", "eps_0 = eps(q, 0), static Lindhard"),
        conventions=(U_MEANING,),
        defects=_das12_defects(printed12_gas),
        domain=_DOM,
        note="Derived: Eq. 11 (as derived) applied to V^(1) of Eq. 8 (as derived); angular integral by SymPy: "
        f"dF_z/dq = {force_radial_integrand()} on 0 < q < 2 k_F, i.e. F_z = -Q u with "
        "Q = (4 Z^2/3 pi) int_0^{2k_F} dq/(q eps(q,0)^2) > 0: a drag along the electron flow, even in Z. "
        + _ratio_note(
            printed12_gas.subs(u_das, u),
            force_integrand_3d(),
            "printed/derived (q < 2k_F, u the ion's velocity)",
            {q: (0.05, 0.79)},
        )
        + " The printed integral runs over all q and diverges logarithmically at large q (eps -> 1, "
        "integrand ~ 1/q); the support q < 2 k_F (Das-7) makes it finite. The printed prefactor magnitude "
        "matches -i pi/2 (B.4), not the -i pi of Eq. 8.",
    )


def _das_b1() -> Identity:
    """Das-B.1: the screened ion-ion potential from the geometric series of bubbles."""
    # b = e chi_0 (per-unit-e potentials, Das-1/B.2), Vee, Vei symbols; eps = 1 - Vee b
    b, vee, vei, nn = sp.symbols("b V_ee V_ei n", real=True)
    chain = sp.summation((vee * b) ** nn, (nn, 0, sp.oo))
    chain = chain.args[0][0] if isinstance(chain, sp.Piecewise) else chain  # the |V_ee b| < 1 branch
    return Identity(
        "Das-B.1",
        "screened ion-ion potential V_ii = (V_ei^2/V_ee)(1/eps - 1)",
        vei**2 / vee * (1 / (1 - vee * b) - 1),
        vei * b * chain * vei,
        assume=("eps = 1 - V_ee b, b = e chi_0 the bubble (per-unit-e potentials)", "|V_ee b| < 1 for the sum"),
        note="Derived from the diagram rule: V_ei b (V_ee b)^n V_ei summed over n (geometric series of bubbles, "
        "SymPy summation); this is the electron-mediated part only, the direct ion-ion Coulomb term is not in "
        "B.1.",
    )


def _das_b2() -> Identity:
    """Das-B.2: the bare potentials V_ei, V_ee as Fourier transforms of -phi (screened, then mu -> 0)."""
    r, mu = sp.symbols("r mu", positive=True)

    def coulomb_ft(charge_times_minus_phi: sp.Expr) -> sp.Expr:
        """Fourier transform (e^{-iq.r}) of c/r, screened e^{-mu r} then mu -> 0: 4 pi c/q^2."""
        ft = sp.integrate(4 * sp.pi * sp.sin(q * r) / q * charge_times_minus_phi * sp.exp(-mu * r), (r, 0, sp.oo))
        return sp.limit(sp.simplify(ft), mu, 0)

    return Identity(
        "Das-B.2",
        "bare potentials V_ei = -4 pi Z e/q^2, V_ee = 4 pi e/q^2",
        sp.Matrix([-4 * sp.pi * Z * e / q**2, 4 * sp.pi * e / q**2]),
        sp.Matrix([coulomb_ft(-Z * e), coulomb_ft(e)]),
        assume=("potential energy of an electron per unit e, -phi of the source (as Das-1)",),
        note="Verified: Fourier transforms of -phi for a charge Z e and for an electron (-e).",
    )


def _das_b3() -> Identity:
    """Das-B.3: V_T = V_T^(0) + V^(1) + V_ion-ion, the first-order expansion of V + V_ii in u."""
    vt0 = v0() / eps0 + v0() ** 2 / (4 * sp.pi / q**2) * (1 / eps0 - 1)
    s_ = sp.Symbol("s")
    x2 = lindhard_x2_small_u().args[0][0]
    epsu = 1 - (q**2 * (1 - eps0) + sp.I * s_ * x2) / q**2
    vt = v0() / epsu + v0() ** 2 / (4 * sp.pi / q**2) * (1 / epsu - 1)
    return Identity(
        "Das-B.3",
        "V_T = V_T^(0) + V^(1) + V_ion-ion to first order in u",
        vt0 + v_first_order()[1] + ion_ion_first_order(),
        sp.series(vt, s_, 0, 2).removeO().subs(s_, 1),
        domain=_DOM,
        note="Verified (q < 2 k_F): the first-order expansion of V + V_ii has no other terms; V^(1) and "
        "V_ion-ion as derived (Das-8, Das-B.5).",
    )


def _das_b4() -> Identity:
    """Das-B.4: V^(1) as printed in appendix B against the derived V^(1) of Das-8."""
    v1d = v_first_order()[1]
    printed_b4 = (-sp.I * sp.pi / 2 * alpha**2 * qz / q * u_das / vF * v0() / eps0**2).subs(ELECTRON_GAS)
    return Identity(
        "Das-B.4",
        "V^(1) = -(i pi/2) alpha^2 (q_z/q)(u/v_F) V_0/eps_0^2",
        printed_b4,
        _support(v1d),
        conventions=(KERNEL, U_MEANING),
        defects=_power_sign_support("V^(1)", printed_b4, v1d, _DOM),
        domain=_DOM,
        note=_ratio_note(printed_b4 / q**2, v1d, "(printed/derived)/q^2 for q < 2k_F", {q: (0.05, 0.79)})
        + " The printed q_z/q should be q_z/q^3 (power of q; compare the 'q_3' of Eq. 8), and V^(1) vanishes for "
        "q > 2 k_F (support).",
    )


def _das_b5() -> Identity:
    """Das-B.5: the ion-ion potential to first order in u, V_ion-ion = -Z V^(1)."""
    vii1 = ion_ion_first_order()
    printed_b5 = (-sp.I * sp.pi / 2 * alpha**2 * qz / q * u_das / vF * v0() ** 2 / (4 * sp.pi / q**2) / eps0**2).subs(
        ELECTRON_GAS
    )
    return Identity(
        "Das-B.5",
        "V_ion-ion = -(i pi/2) alpha^2 (q_z/q)(u/v_F) V_0^2/(V_ee eps_0^2)",
        printed_b5,
        _support(vii1),
        conventions=(KERNEL, U_MEANING),
        defects=_power_sign_support("V_ion-ion", printed_b5, vii1, _DOM),
        domain=_DOM,
        note=_ratio_note(printed_b5 / q**2, vii1, "(printed/derived)/q^2 for q < 2k_F", {q: (0.05, 0.79)})
        + " Same power-of-q and support errata as B.4. V_ion-ion = -Z V^(1) (chain check), so the extra force "
        "is -Z times the wind force: proportional to Z^3 (with e: (Ze)^3), opposite to the wind for Z > 0.",
    )


def _x1() -> Identity:
    """X-1: DF's screened-charge stopping (golden rule, RPA) equals Das's wind friction (kernel: wind_integrand)."""
    return Identity(
        "X-1",
        "screened-charge stopping (DF Eq. 14, golden rule, RPA) == wind friction (Das Eq. 12, corrected)",
        golden_rule_friction_radial_integrand(),
        -force_radial_integrand() / u,
        assume=(
            "chi = the spin-summed density response chi_0 of Das Eq. 2 (X = 4 pi chi_0)",
            "4 pi Z/q^2 -> 4 pi Z/(q^2 eps(q,0)); Im chi_0 at small w; T = 0; v along z",
        ),
        domain=_DOM,
        note="A result neither paper states: the friction on a slowly moving screened charge (DF's linear-response "
        "stopping, derived from the golden rule with S(q, w) = -Im chi_0 theta(w)/pi) and Das's electron-wind "
        "friction reduce to the same radial integral (4 Z^2/3 pi) int_0^{2k_F} dq/(q eps(q,0)^2): the equivalence "
        "theorem at work. Both sides here are derived; the printed DF Eq. 14 itself gives "
        + _ratio_note(df14_friction_radial_integrand(), -force_radial_integrand() / u, "DF-printed/Das")
        + " The printed factor 2 counts the even integrand over all q without theta(w) (see DF-14).",
    )


def identities() -> list[Identity]:
    """The records of Das Eqs. 9-12, A.1-A.5, B.1-B.5 and X-1, one builder each."""
    return [
        _das9(),
        _das10(),
        _das11(),
        _das12(),
        *appendix_a_records(),
        _das_b1(),
        _das_b2(),
        _das_b3(),
        _das_b4(),
        _das_b5(),
        _x1(),
    ]


def chain_checks() -> list[ChainCheck]:
    Zp = sp.Symbol("Zp", positive=True)
    E = sp.Symbol("E", positive=True)
    wind = -force_radial_integrand() / u
    return [
        ChainCheck(
            "Das-11/12: angular integral of the 3D integrand == -(4 Z^2 u/3 pi)/(q eps_0^2)",
            force_radial_integrand(),
            -4 * Z**2 * u / (3 * sp.pi * q * eps0**2),
        ),
        ChainCheck(
            "Das-12: the wind force is even in Z", force_radial_integrand(), force_radial_integrand().subs(Z, -Z)
        ),
        ChainCheck("Das-12: the wind force is a drag (F_z/u < 0 integrand)", sp.sign(force_radial_integrand()), -1),
        ChainCheck("Das-9: direct-field term Z e d(E z)/dz == Z e E", Z * e * sp.diff(E * z, z), Z * e * E),
        ChainCheck("Das-B.5: V_ion-ion == -Z V^(1)", ion_ion_first_order(), -Z * v_first_order()[1]),
        ChainCheck(
            "Das-B.5: extra force == -Z x wind force, proportional to Z^3",
            extra_force_radial_integrand().subs(Z, 2 * Zp),
            8 * Zp**3 * (-force_radial_integrand() / Z**2).subs(Z, 1),
        ),
        ChainCheck(
            "X-1: Lindhard stopping formula at small v == wind friction",
            lindhard_stopping_radial_integrand(),
            wind,
        ),
        ChainCheck(
            "codegen: wind_integrand == dQ/dq for Z = 1",
            wind_integrand(),
            wind.subs(Z, 1).subs(eps0, lindhard_eps_static()),
        ),
    ]
