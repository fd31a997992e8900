"""Das Eqs. 1-8: the closed forms of the drifting-gas response equal the k-sum of Eq. 2, and the audit says so."""

import functools

import mpmath
import pytest
import sympy as sp

from slowion.derive import dielectric as d
from slowion.derive.lindhard_ksum import check_points, x_ksum

HEAVISIDE = {"Heaviside": lambda v, *a: mpmath.mpf(1) if v > 0 else (mpmath.mpf(0) if v < 0 else mpmath.mpf(0.5))}


@functools.cache
def _closed_functions():
    f1 = sp.lambdify((d.q, d.lam, d.kF), d.lindhard_x1(), "mpmath")
    f2 = sp.lambdify((d.q, d.lam, d.kF), d.x2_derived(), [HEAVISIDE, "mpmath"])
    return f1, f2


def closed_form(q, lam, kF):
    f1, f2 = _closed_functions()
    with mpmath.workdps(40):
        p = [mpmath.mpf(v) for v in (q, lam, kF)]
        return mpmath.mpc(f1(*p), f2(*p))


def _agree_with_ksum(points, digits=25):
    for p in points:
        with mpmath.workdps(40):
            ref = x_ksum(*p, dps=40)
            val = closed_form(*p)
            assert abs(val - ref) <= mpmath.mpf(10) ** -digits * abs(ref), p


def test_closed_forms_equal_the_ksum_of_eq2_at_a_few_points():
    _agree_with_ksum(list(check_points(12)))


@pytest.mark.slow
def test_closed_forms_equal_the_ksum_of_eq2_at_at_least_50_points_to_25_digits():
    points = list(check_points(200))
    assert len(points) >= 50
    assert any(q < 2 * kF for q, _, kF in points) and any(q > 2 * kF for q, _, kF in points)
    _agree_with_ksum(points)


def test_the_ksum_check_points_include_the_log_singularities():
    near = [(q, lam) for q, lam, kF in check_points(200) if lam and abs(2 * kF - q - 2 * lam) < 1e-4 * kF]
    assert near


def test_static_response_is_minus_kTF2_times_the_lindhard_function():
    static = d.lindhard_x1().subs(d.lam, 0)
    for qv in (0.1, 0.9, 1.7, 2.5, 4.0):
        pt = {d.q: sp.Rational(str(qv)), d.kF: 1}
        assert sp.N((static + 4 * d.kF / sp.pi * d.lindhard_static_F()).subs(pt), 30) == pytest.approx(0, abs=1e-25)
    # screening: eps(q, 0) > 1 at every q
    eps = sp.lambdify((d.q, d.kF), d.lindhard_eps_static(), "mpmath")
    assert all(eps(qv, 1.0) > 1 for qv in (0.05, 1.0, 1.99, 2.01, 5.0))


def test_printed_eq5_has_the_opposite_sign_of_the_derived_X1():
    printed = d._electron_gas(d.printed_x1())
    for pt in (
        {d.q: sp.Rational(2, 5), d.lam: sp.Rational(1, 10), d.kF: 1},
        {d.q: sp.Rational(13, 5), d.lam: sp.Rational(-3, 10), d.kF: sp.Rational(4, 5)},
    ):
        assert sp.N((printed / d.lindhard_x1()).subs(pt), 30) == pytest.approx(-1, abs=1e-25)


def test_X1_is_even_in_u():
    x1 = d.lindhard_x1()
    assert sp.expand(x1 - x1.subs(d.lam, -d.lam)) == 0


def test_X2_to_first_order_is_minus_2_u_qz_over_q_below_2kF_and_zero_above():
    x2 = d.lindhard_x2_small_u()
    assert sp.simplify(x2.subs({d.q: 1, d.kF: 1}) + 2 * d.u * d.qz) == 0
    assert x2.subs({d.q: 3, d.kF: 1}) == 0


def test_X2_for_finite_u_vanishes_above_2kF_plus_2lambda():
    x2 = d.x2_derived()
    assert x2.subs({d.q: 2.5, d.lam: 0.2, d.kF: 1.0}) == 0
    assert x2.subs({d.q: 2.5, d.lam: 0.3, d.kF: 1.0}) != 0


def test_V1_factor_is_8pi_over_q5_eps2():
    f = d.potential_v1_factor()
    for qv in (0.3, 1.2):
        pt = {d.q: sp.Rational(str(qv)), d.kF: 1}
        assert sp.N((f - 8 * sp.pi / (d.q**5 * d.lindhard_eps_static() ** 2)).subs(pt), 30) == pytest.approx(
            0, abs=1e-20
        )


def test_codegen_expressions_have_the_agreed_names_and_argument_orders():
    ce = d.codegen_expressions()
    assert ce["lindhard_x1"][1] == (d.q, d.lam, d.kF)
    assert ce["lindhard_eps_static"][1] == (d.q, d.kF)
    assert ce["lindhard_x2_small_u"][1] == (d.q, d.qz, d.u, d.kF)
    assert ce["potential_v1_factor"][1] == (d.q, d.kF)
    for expr, args, doc in ce.values():
        assert expr.free_symbols <= set(args) and "Das Eq" in doc


def test_audit_records_of_das_1_to_8():
    recs = {i.key: i for i in d.identities()}
    assert sorted(recs) == [f"Das-{n}" for n in range(1, 9)]
    assert recs["Das-5"].status == "erratum" and recs["Das-5"].audit().difference.startswith("sign")
    assert recs["Das-7"].status == "erratum"
    assert recs["Das-8"].status == "erratum" and "= 2 (constant" in recs["Das-8"].as_record()["note"]
    assert recs["Das-6"].status == "definition"
    assert recs["Das-1"].status == "verified"
    assert all(c.holds for c in d.chain_checks())


def test_computed_ratio_notes_do_not_depend_on_the_hash_seed():
    """The audit's notes sample points symbol by symbol: in a fixed order, not a set's (hash-seeded) order."""
    import subprocess
    import sys

    code = (
        "import sympy as sp; from slowion.derive.dielectric import _ratio_note; "
        "a, b, c, d, f = sp.symbols('a b c d f', positive=True); print(_ratio_note(a*b*f/(c+d), c*d/(a+b)))"
    )
    notes = {
        subprocess.run(
            [sys.executable, "-c", code], env={"PYTHONHASHSEED": seed}, capture_output=True, text=True, check=True
        ).stdout
        for seed in ("1", "2", "3", "4")
    }
    assert len(notes) == 1 and "varies" in notes.pop()
