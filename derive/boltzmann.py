"""Das Appendix A: the co-moving Boltzmann equation (A.1) and the transformation A.2-A.5 that leaves it invariant.

The equation is quoted from Das and Peierls (not derived); the records check that the printed transformation
u' = u + v, V_1' = V_1 + m v z/tau, E' = E + m v/(e tau) keeps its residual unchanged, with every distribution and
potential an arbitrary function. Conventions as in :mod:`slowion.derive.wind` (V_1 here a potential energy).
The records join the wind records in :func:`slowion.derive.wind.identities`, in the paper's order.
"""

from __future__ import annotations

import sympy as sp

from slowion.derive.identity import Identity
from slowion.derive.lindhard import e, u

x, y, z = sp.symbols("x y z", real=True)


def _a_appendix() -> dict:
    """Symbols and the residual of Das Eq. A.1 (co-moving-frame Boltzmann equation)."""
    px, py, pz, m, tau, v, E = sp.symbols("p_x p_y p_z m tau v E", real=True)
    rr = (x, y, z)
    pp = (px, py, pz)
    n1 = sp.Function("n_1")(*rr, *pp)
    nbar1 = sp.Function("nbar_1")(*rr, *pp)
    V0f = sp.Function("V_0")(*rr)
    V1f = sp.Function("V_1")(*rr)
    energy = (px**2 + py**2 + pz**2) / (2 * m)
    n0p = sp.Function("n_0")(energy).diff(px) / (px / m)  # dn_0/d(eps) as a function of |p|

    def residual(uu: sp.Expr, V1: sp.Expr) -> sp.Expr:
        uvec = (0, 0, uu)  # u along the field, z
        lhs = (
            sum(pi / m * sp.diff(n1, ri) for pi, ri in zip(pp, rr, strict=True))
            - sum(sp.diff(V0f, ri) * sp.diff(n1, pi) for pi, ri in zip(pp, rr, strict=True))
            - (nbar1 - n1) / tau
        )
        rhs = sum((sp.diff(V1, ri) / m - ui / tau) * pi for ri, ui, pi in zip(rr, uvec, pp, strict=True)) * n0p
        return sp.expand(lhs - rhs)

    return {"residual": residual, "V1": V1f, "m": m, "tau": tau, "v": v, "E": E, "n0p": n0p}


def _transformed() -> dict:
    """The printed transformation A.3-A.4 (u' = u + v, V_1' = V_1 + m v z/tau) and the symbols of appendix A."""
    app = _a_appendix()
    return {**app, "V1p": app["V1"] + app["m"] * app["v"] / app["tau"] * z, "up": u + app["v"]}


def _das_a1() -> Identity:
    """Das-A.1: the co-moving Boltzmann equation is invariant under A.3-A.4 (its residual unchanged)."""
    t = _transformed()
    return Identity(
        "Das-A.1",
        "co-moving Boltzmann equation (A.1) is invariant under A.3-A.4",
        t["residual"](u, t["V1"]),
        t["residual"](t["up"], t["V1p"]),
        assume=("u and v along the field (z)", "n_1, nbar_1, V_0, V_1, n_0 arbitrary functions"),
        note="The equation itself is quoted from Das and Peierls [5] (not derived here); verified: the residual "
        "LHS - RHS of A.1 is unchanged identically after u -> u + v, V_1 -> V_1 + m v z/tau.",
    )


def _das_a2() -> Identity:
    """Das-A.2: the boundary condition V_1 -> e E z at large r (-e phi with phi = -E z)."""
    big_e = _a_appendix()["E"]
    return Identity(
        "Das-A.2",
        "boundary condition V_1 -> e E z at large r",
        e * big_e * z,
        (-e) * -sp.integrate(big_e, z),  # (electron charge) x phi, with E = -d(phi)/dz
        assume=("V_1 is the potential energy of an electron (charge -e) in the field E along z: phi = -E z",),
        definition="the field E by the asymptote of V_1",
        note="Verified: -e phi with phi = -E z. (Here V_1 is a potential energy; Eqs. 1-12 use V per unit e.)",
    )


def _das_a3() -> Identity:
    """Das-A.3: u' = u + v, consistent with A.4 (the drift term of A.1 unchanged)."""
    t = _transformed()
    return Identity(
        "Das-A.3",
        "u' = u + v",
        t["up"],
        u + t["tau"] / t["m"] * sp.diff(t["V1p"] - t["V1"], z),
        definition="the transformed velocity u' (the printed form enters the derived side through A.4)",
        note="A definition of the transformation; verified as consistent with A.4: the drift term "
        "(1/m) dV_1/dz - u/tau of A.1 is unchanged only if u' = u + (tau/m) d(V_1' - V_1)/dz.",
    )


def _das_a4() -> Identity:
    """Das-A.4: V_1' = V_1 + (m v/tau) z, the potential change that keeps A.1 invariant under A.3."""
    t = _transformed()
    return Identity(
        "Das-A.4",
        "V_1' = V_1 + (m v/tau) z",
        t["V1p"],
        t["V1"] + sp.integrate(t["m"] / t["tau"] * (t["up"] - u), z),
        definition="the transformed potential V_1' (the derived side is built from the printed A.3)",
        note="Derived: the potential change that keeps A.1 invariant under A.3, (m/tau) int (u' - u) dz "
        "(integration constant 0).",
    )


def _das_a5() -> Identity:
    """Das-A.5: E' = E + m v/(e tau), A.2 applied to V_1' of A.4."""
    t = _transformed()
    m, tau, v, big_e = t["m"], t["tau"], t["v"], t["E"]
    return Identity(
        "Das-A.5",
        "E' = E + m v/(e tau)",
        big_e + m * v / (e * tau),
        sp.solve(sp.Eq(e * sp.Symbol("E'") * z, (t["V1p"] - t["V1"] + e * big_e * z)), sp.Symbol("E'"))[0],
        definition="the transformed field E' (the derived side is built from the printed A.4)",
        note="Derived: A.2 applied to V_1' = e E z + m v z/tau at large r.",
    )


def appendix_a_records() -> list[Identity]:
    """The records Das-A.1 to Das-A.5, one builder each."""
    return [_das_a1(), _das_a2(), _das_a3(), _das_a4(), _das_a5()]
