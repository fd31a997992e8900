"""The status of an identity is computed from its forms, never typed in."""

import pytest
import sympy as sp

from slowion.derive.identity import (
    Approximation,
    ChainCheck,
    Convention,
    Defect,
    Identity,
    Reading,
    chain_assumption,
    compare,
)

x, y = sp.symbols("x y", positive=True)
c = sp.Symbol("c_paper", real=True)  # a paper's symbol whose meaning a convention leaves open


def test_equal_forms_are_verified_symbolically():
    idn = Identity("X-test", "a trig identity", sp.sin(x) ** 2 + sp.cos(x) ** 2, sp.Integer(1))
    assert idn.status == "verified"
    assert idn.audit().method == "symbolic"


def test_a_wrong_factor_is_an_erratum_that_names_the_factor():
    idn = Identity("X-test", "factor", 2 * x * y, x * y)
    res = idn.audit()
    assert res.status == "erratum" and res.group == "error"
    assert "factor" in res.difference and "2" in res.difference
    assert res.corrected == x * y
    assert [d.kind for d in res.defects] == ["factor"] and res.defects[0].every_reading


def test_a_wrong_sign_is_reported_as_a_sign():
    assert "sign" in Identity("X-test", "sign", -x * y, x * y).audit().difference


def test_a_missing_term_is_reported_as_a_term():
    res = Identity("X-test", "term", x**2, x**2 + y).audit()
    assert res.status == "erratum" and res.difference.startswith("term")


def test_equality_only_under_a_named_approximation_is_conditional():
    small = Approximation("y -> 0", ({y: 0},))
    idn = Identity("X-test", "approx", x, x + y * x, approximation=small)
    assert idn.status == "conditional" and idn.group == "approximation"
    assert "y -> 0" in idn.as_record()["note"]


def test_an_approximation_does_not_rescue_a_real_error():
    small = Approximation("y -> 0", ({y: 0},))
    assert Identity("X-test", "approx", 3 * x, x + y, approximation=small).status == "erratum"


def test_an_approximation_is_a_named_substitution_not_a_function():
    with pytest.raises(TypeError):
        Approximation("anything goes", lambda e: 0)


def test_a_wrong_printed_form_stays_wrong_under_an_approximation_that_kills_both_sides():
    # x -> 0 maps both 5x and x^3 to 0; an approximation may not annihilate the printed form
    kill = Approximation("x -> 0", ({x: 0},))
    assert Identity("X-test", "5x vs x^3", 5 * x, x**3, approximation=kill).status == "erratum"
    other = Approximation("x -> y", ({x: y},))
    assert Identity("X-test", "5x vs x^3", 5 * x, x**3, approximation=other).status == "erratum"


def test_a_chain_assumption_is_inherited_by_every_form_that_still_carries_its_symbol():
    h, s, e = sp.symbols("h_test S_test E_test", real=True)
    assumed = chain_assumption("h_test = S_test E_test (test)", {h: s * e})
    derived = h - s * e / 2  # a derivation done for a general h
    idn = Identity("X-test", "inherits", s * e / 2, derived)
    assert assumed in idn.approximations
    assert idn.status == "conditional" and idn.audit().conditional_on == [assumed.name]
    # a wrong printed form (any other) is not rescued by the assumption
    assert Identity("X-test", "inherits", 7 * e**3 * s, derived).status == "erratum"
    assert Identity("X-test", "inherits", sp.Integer(42), derived).status == "erratum"
    # a derived form without h does not inherit it
    assert assumed not in Identity("X-test", "free", x, x).approximations


def test_a_definition_is_counted_apart_and_can_still_fail():
    idn = Identity("X-test", "defines", x + y, y + x, definition="the sum")
    assert idn.status == "definition" and idn.group == "definition"
    assert Identity("X-test", "defines", 2 * (x + y), y + x, definition="the sum").status == "erratum"


def _halving() -> Convention:
    return Convention(
        "what c is",
        (Reading("c whole", "'c is the whole thing'", {c: x}), Reading("c half", "'c counts half'", {c: x / 2})),
        adopted="c whole",
    )


def test_a_defect_that_depends_on_a_reading_makes_the_record_conditional_on_the_convention():
    idn = Identity("X-test", "reading", 2 * c, x, conventions=(_halving(),))
    res = idn.audit()
    assert res.status == "conditional" and res.group == "convention"
    (d,) = res.defects
    assert not d.every_reading and d.right_in == {"c whole": False, "c half": True}
    assert d.adopted == "c whole" and "counts half" in d.as_json()["readings"][1]["quotes"][0]


@pytest.mark.parametrize(("printed", "right_under"), [(2 * c, "c half"), (c, "c whole")])
def test_the_verdict_flips_when_the_reading_flips(printed, right_under):
    (d,) = Identity("X-test", "flip", printed, x, conventions=(_halving(),)).audit().defects
    assert [k for k, ok in d.right_in.items() if ok] == [right_under]


def test_a_defect_in_every_reading_makes_an_erratum_even_beside_a_reading_dependent_one():
    z = sp.Symbol("z", positive=True)
    printed = 2 * c + z
    derived = x
    defects = (
        Defect("factor", "the factor", 2 * c, x, conventions=(_halving(),)),
        Defect("term", "an extra term", z, sp.Integer(0)),
    )
    res = Identity("X-test", "two defects", printed, derived, conventions=(_halving(),), defects=defects).audit()
    assert res.status == "erratum"
    assert [d.every_reading for d in res.defects] == [False, True]


def test_a_conversion_typo_alone_is_a_typo_not_an_erratum():
    q3 = sp.Symbol("q_3", positive=True)
    d = Defect("conversion_typo", "'q_3' for q^3", q3, x**3, conversion_typo=True)
    res = Identity("X-test", "typo", q3, x**3, defects=(d,)).audit()
    assert res.status == "typo" and res.group == "typo"


def test_a_named_defect_that_holds_where_the_forms_agree_is_an_error_of_the_record():
    d = Defect("factor", "claimed", 2 * x, x)
    with pytest.raises(ValueError, match="claimed"):
        Identity("X-test", "equal", x, x, defects=(d,)).audit()


def test_a_difference_the_named_defects_miss_is_reported_as_undeclared():
    d = Defect("factor", "the factor", 2 * c, x, conventions=(_halving(),))
    res = Identity("X-test", "extra", 2 * c + y, x, conventions=(_halving(),), defects=(d,)).audit()
    assert res.status == "erratum"
    assert any("undeclared" in v.title and v.every_reading for v in res.defects)


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
