"""Das Eqs. 9-12, Appendices A and B, and the bridge X-1: the force follows from the derived potential."""

import sympy as sp

from slowion.derive import boltzmann
from slowion.derive import wind as w
from slowion.derive.dielectric import Z, eps0, kF, q, u


def test_the_wind_force_is_a_drag_with_the_radial_integrand_4Z2_over_3pi_q_eps2():
    assert sp.simplify(w.force_radial_integrand() + 4 * Z**2 * u / (3 * sp.pi * q * eps0**2)) == 0


def test_the_wind_force_does_not_depend_on_the_sign_of_Z():
    f = w.force_radial_integrand()
    assert sp.simplify(f - f.subs(Z, -Z)) == 0


def test_thomas_fermi_limit_reproduces_the_known_closed_form_of_the_low_velocity_stopping():
    # eps -> 1 + k_TF^2/q^2: Q = (2 Z^2/3 pi)[ln(1 + 4k_F^2/k_TF^2) - 1/(1 + k_TF^2/4k_F^2)] (Ritchie 1959)
    kTF2 = 4 * kF / sp.pi
    g = (-w.force_radial_integrand() / u).subs(eps0, 1 + kTF2 / q**2)
    Q = sp.integrate(g, (q, 0, 2 * kF))
    known = 2 * Z**2 / (3 * sp.pi) * (sp.log(1 + 4 * kF**2 / kTF2) - 1 / (1 + kTF2 / (4 * kF**2)))
    assert abs(sp.N((Q - known).subs({kF: sp.Rational(7, 10), Z: 1}), 30)) < 1e-25


def test_the_ion_ion_term_is_minus_Z_times_V1_so_its_force_scales_as_Z_cubed():
    from slowion.derive.dielectric import v_first_order

    assert sp.simplify(w.ion_ion_first_order() + Z * v_first_order()[1]) == 0
    extra = w.extra_force_radial_integrand()
    assert sp.simplify(extra.subs(Z, 2) / extra.subs(Z, 1) - 8) == 0


def test_lindhard_stopping_formula_equals_the_wind_friction():
    assert sp.simplify(w.lindhard_stopping_radial_integrand() + w.force_radial_integrand() / u) == 0


def test_df_eq14_as_printed_is_twice_the_wind_friction_with_a_spin_summed_chi():
    assert sp.simplify(w.df14_friction_radial_integrand() / (-w.force_radial_integrand() / u)) == 2


def test_records_of_das_9_to_12_appendices_and_X1():
    recs = {i.key: i for i in w.identities()}
    expected = {f"Das-{n}" for n in (9, 10, 11, 12)} | {f"Das-A.{n}" for n in range(1, 6)}
    expected |= {f"Das-B.{n}" for n in range(1, 6)} | {"X-1"}
    assert set(recs) == expected
    assert recs["Das-A.1"].status == "verified" and recs["Das-A.1"].audit().method == "symbolic"
    assert recs["Das-B.1"].status == "verified"
    assert recs["Das-12"].status == "erratum" and "= -1 (constant" in recs["Das-12"].as_record()["note"]
    assert recs["Das-B.4"].status == "erratum"
    assert recs["X-1"].status == "verified"
    assert all(c.holds for c in w.chain_checks())


def test_golden_rule_stopping_equals_the_wind_friction_and_the_printed_df14_doubles_it():
    golden = w.golden_rule_friction_radial_integrand()
    assert sp.simplify(golden - (-w.force_radial_integrand() / u)) == 0
    assert sp.simplify(w.df14_friction_radial_integrand() / golden) == 2


def test_appendix_A_invariance_fails_for_a_wrong_potential_shift():
    A = boltzmann._a_appendix()
    res, V1, m, tau, v = A["residual"], A["V1"], A["m"], A["tau"], A["v"]
    assert sp.expand(res(u + v, V1 + m * v / tau * w.z) - res(u, V1)) == 0
    assert sp.expand(res(u + v, V1 + 2 * m * v / tau * w.z) - res(u, V1)) != 0


def test_the_force_from_the_exact_finite_u_response_tends_to_minus_Q_u():
    """No small-u expansion: F_z(u) from V_0/eps with the full X_1(q, lambda), X_2(q, lambda), then u -> 0."""
    import mpmath
    import numpy as np
    from scipy.integrate import quad

    from slowion.derive import dielectric as d

    x1 = sp.lambdify((d.q, d.lam, d.kF), d.lindhard_x1(), "numpy")
    heaviside = {"Heaviside": lambda v, *a: np.heaviside(v, 0.5)}
    x2 = sp.lambdify((d.q, d.lam, d.kF), d.x2_derived(), [heaviside, "numpy"])
    k = (9 * np.pi / 4) ** (1 / 3) / 3.93

    def force_over_u(uu: float) -> float:
        def over_q(mu: float) -> float:
            lam = uu * mu

            def g(qq: float) -> float:
                eps_r, eps_i = 1 - x1(qq, lam, k) / qq**2, -x2(qq, lam, k) / qq**2
                im_v = (-4 * np.pi / qq**2) * (-eps_i) / (eps_r**2 + eps_i**2)
                return -(qq * mu) * im_v * qq**2 * 2 * np.pi / (2 * np.pi) ** 3  # i q_z x i Im V, azimuth done

            top = 2 * k + 2 * abs(lam)  # X_2 = 0 beyond
            kinks = [p for p in (2 * k - 2 * lam, 2 * k + 2 * lam) if 0 < p < top]
            return quad(g, 0, top, points=kinks, limit=200, epsabs=0, epsrel=1e-12)[0]

        return quad(over_q, -1, 1, epsabs=0, epsrel=1e-11, limit=200)[0] / uu

    with mpmath.workdps(30):
        kF_mp = (9 * mpmath.pi / 4) ** (mpmath.mpf(1) / 3) / mpmath.mpf("3.93")
        kTF2 = 4 * kF_mp / mpmath.pi

        def eps(qq):
            x = qq / (2 * kF_mp)
            return 1 + kTF2 / qq**2 * (mpmath.mpf(1) / 2 + (1 - x**2) / (4 * x) * mpmath.log(abs((1 + x) / (1 - x))))

        Q = float(mpmath.quad(lambda qq: 4 / (3 * mpmath.pi * qq * eps(qq) ** 2), [0, kF_mp, 2 * kF_mp]))
    dev = [abs(force_over_u(uu) + Q) / Q for uu in (3e-3, 1e-3)]
    assert dev[1] < dev[0] < 1e-4
    assert dev[1] < 2e-5
