"""DF Eqs. 55-56 (coefficients as Green-function energy integrals): statuses follow the SymPy spectral derivation,
and a planted change of the printed prefactor changes them."""

import dataclasses

import pytest
import sympy as sp

from slowion.derive import green


@pytest.fixture(scope="module")
def records():
    return {r.key: r for r in green.identities()}


def test_occupied_weight_of_one_pole_is_pi_and_empty_level_weighs_nothing():
    assert green.pole_weight(0, -sp.oo, green.E_F) == sp.pi
    assert green.pole_weight(1, -sp.oo, green.E_F) == 0
    assert green.pole_weight(1, green.E_F, sp.oo) == sp.pi


def test_eq55_is_right_for_an_advanced_g_only(records):
    rec = records["DF-55"]
    assert rec.status == "conditional"
    (sign,) = rec.audit().defects
    assert sign.right_in == {"retarded G": False, "advanced G": True}


def test_eq56_index_order_is_an_erratum_and_its_sign_fits_a_retarded_g(records):
    rec = records["DF-56"]
    assert rec.status == "erratum"
    verdicts = {d.kind: d.right_in for d in rec.audit().defects}
    assert verdicts == {"term": {"as printed": False}, "sign": {"retarded G": True, "advanced G": False}}


def test_eq56_with_real_coefficients_is_only_convention_dependent(records):
    rec = records["DF-56"]
    real = dataclasses.replace(rec, printed=rec.printed.subs(green.phi, 0), derived=rec.derived.subs(green.phi, 0))
    real = dataclasses.replace(real, defects=(rec.defects[1],))
    assert real.status == "conditional"


@pytest.mark.parametrize("factor", [2, sp.Rational(1, 2)])
def test_a_wrong_factor_in_eq55_is_an_erratum(records, factor):
    rec = records["DF-55"]
    assert dataclasses.replace(rec, printed=factor * rec.printed, defects=()).status == "erratum"


def test_flipping_the_sign_of_eq55_swaps_the_reading_that_makes_it_right(records):
    rec = records["DF-55"]
    flipped = dataclasses.replace(rec, printed=-rec.printed, defects=())
    assert flipped.status == "conditional"
    assert flipped.audit().defects[0].right_in == {"retarded G": True, "advanced G": False}


def test_eq55_printed_with_the_sign_both_readings_reject_is_an_erratum(records):
    rec = records["DF-55"]
    both_wrong = rec.printed.subs(green.s_G, 0) + rec.derived * 3  # no reading gives 3x the projector
    assert dataclasses.replace(rec, printed=both_wrong, defects=()).status == "erratum"


def test_eq8_with_h_of_minus_q_prime_is_eq7_exactly():
    assert sp.simplify(green.eq8_core(-1) - green.eq7_core()) == 0


def test_eq8_as_printed_is_an_erratum_in_the_sign_of_q_prime(records):
    rec = records["DF-8"]
    assert rec.status == "erratum"
    (defect,) = rec.audit().defects
    assert defect.kind == "sign" and defect.right_in == {"as printed": False}


def test_eq8_corrected_is_verified_and_a_planted_factor_or_sign_breaks_it(records):
    rec = records["DF-8"]
    corrected = dataclasses.replace(rec, printed=green.eq8_core(-1), defects=())
    assert corrected.status == "verified"
    for planted in (2 * corrected.printed, -corrected.printed):
        assert dataclasses.replace(corrected, printed=planted).status == "erratum"
