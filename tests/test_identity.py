"""The status of an identity is computed from its forms, never typed in."""

import sympy as sp

from slowion.derive.identity import Approximation, ChainCheck, Identity, compare

x, y = sp.symbols("x y", positive=True)


def test_equal_forms_are_verified_symbolically():
    idn = Identity("X-test", "a trig identity", sp.sin(x) ** 2 + sp.cos(x) ** 2, sp.Integer(1))
    assert idn.status == "verified"
    assert idn.audit().method == "symbolic"


def test_a_wrong_factor_is_an_erratum_that_names_the_factor():
    idn = Identity("X-test", "factor", 2 * x * y, x * y)
    res = idn.audit()
    assert res.status == "erratum"
    assert "factor" in res.difference and "2" in res.difference
    assert res.corrected == x * y


def test_a_wrong_sign_is_reported_as_a_sign():
    assert "sign" in Identity("X-test", "sign", -x * y, x * y).audit().difference


def test_a_missing_term_is_reported_as_a_term():
    res = Identity("X-test", "term", x**2, x**2 + y).audit()
    assert res.status == "erratum" and res.difference.startswith("term")


def test_equality_only_under_a_named_approximation_is_conditional():
    small = Approximation("y -> 0", lambda e: e.subs(y, 0))
    idn = Identity("X-test", "approx", x, x + y * x, approximation=small)
    assert idn.status == "conditional"
    assert "y -> 0" in idn.as_record()["note"]


def test_an_approximation_does_not_rescue_a_real_error():
    small = Approximation("y -> 0", lambda e: e.subs(y, 0))
    assert Identity("X-test", "approx", 3 * x, x + y, approximation=small).status == "erratum"


def test_no_derivation_means_open_and_says_why():
    idn = Identity("X-test", "open", x, None, missing="the paper does not give the orbital")
    assert idn.status == "open"
    assert "orbital" in idn.as_record()["note"]


def test_numeric_fallback_decides_what_simplify_cannot():
    # an identity simplify() does not close but which holds: polylog reflection at a point set
    lhs = sp.polylog(2, x / (1 + x)) + sp.polylog(2, 1 / (1 + x))
    rhs = sp.pi**2 / 6 - sp.log(x / (1 + x)) * sp.log(1 / (1 + x))
    verdict = compare(lhs, rhs, {x: (0.1, 5.0)})
    assert verdict.equal
    assert not compare(lhs, rhs + sp.Rational(1, 10**20), {x: (0.1, 5.0)}).equal


def test_matrices_are_compared_entry_by_entry():
    assert compare(sp.Matrix([[x, 0], [0, y]]), sp.diag(x, y)).equal
    assert not compare(sp.Matrix([[x, 1], [0, y]]), sp.diag(x, y)).equal


def test_chain_check_reports_inconsistency():
    assert ChainCheck("ok", (x + 1) ** 2, x**2 + 2 * x + 1).holds
    assert not ChainCheck("bad", (x + 1) ** 2, x**2 + 1).holds
