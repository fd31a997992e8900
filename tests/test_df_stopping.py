"""DF stopping integrals (Eqs. 9-14, 41-79): statuses are computed, the low-velocity closed forms hold."""

import pytest
import sympy as sp

from slowion.derive import power_loss
from slowion.derive import stopping as st
from slowion.derive.identity import STATUSES, Identity


@pytest.fixture(scope="module")
def records() -> dict[str, Identity]:
    return {i.key: i for i in power_loss.identities() + st.identities()}


EXPECTED = {
    "DF-10": "definition",
    "DF-11": "verified",
    "DF-12": "erratum",
    "DF-13": "conditional",
    "DF-14": "conditional",
    "DF-45": "conditional",
    "DF-47": "erratum",
    "DF-48": "definition",
    "DF-66": "definition",
    "DF-67": "verified",
    "DF-68": "verified",
    "DF-69": "open",
    "X-6": "definition",
    "X-7": "definition",
    "X-8": "verified",
    "DF-72": "verified",
    "DF-74": "definition",
    "DF-75": "verified",
    "DF-78": "conditional",
    "X-2": "verified",
    "X-3": "verified",
    "X-4": "verified",
    "X-5": "verified",
}


@pytest.mark.parametrize(("key", "status"), sorted(EXPECTED.items()))
def test_record_status_is_what_the_derivation_gives(records, key, status):
    assert records[key].status == status


def test_every_record_has_a_json_form(records):
    for idn in records.values():
        rec = idn.as_record()
        assert rec["status"] in STATUSES and rec["title"]


def test_eq14_factor_two_is_reported_for_a_spin_summed_chi(records):
    assert records["DF-14"].audit().difference == "factor: printed = (2) * derived"


def test_the_sign_of_eq47_is_reported_as_a_sign(records):
    assert records["DF-47"].audit().difference.startswith("sign")


def test_thin_shell_k_integral_is_2pi_omega_over_q():
    assert sp.simplify(st.shell_k_integral() - 2 * sp.pi * st.omega / st.q) == 0


def test_feg_low_velocity_closed_form():
    assert sp.simplify(st.feg_stopping() - st.V0p**2 * st.kF**4 / (3 * sp.pi**3)) == 0


@pytest.mark.parametrize("factor", [sp.Rational(1, 2), 2, sp.Rational(1, 4)])
def test_a_wrong_prefactor_in_the_form_factor_formula_is_an_erratum_naming_the_factor(factor):
    right = {i.key: i for i in st.identities()}["X-3"]
    wrong = Identity("X-3", "wrong transcription", factor * right.printed, right.derived)
    res = wrong.audit()
    assert res.status == "erratum" and "factor" in res.difference


def test_a_wrong_fermi_surface_prefactor_flips_to_erratum():
    wrong = Identity("X-5", "wrong", st.V0p**2 * st.kF**2 / (48 * sp.pi**5), st.fermi_surface_stopping_prefactor())
    assert wrong.status == "erratum"


def test_contact_form_without_the_approximation_is_an_erratum():
    rec = power_loss._df45()
    exact_only = Identity(rec.key, rec.title, rec.printed, rec.derived)
    assert exact_only.status == "erratum"


def test_chain_checks_hold():
    for check in st.chain_checks():
        assert check.holds, check.name


def test_codegen_targets():
    targets = st.codegen_expressions()
    expr, args, _ = targets["feg_stopping"]
    assert args == (st.kF, st.V0p)
    assert sp.simplify(expr - st.V0p**2 * st.kF**4 / (3 * sp.pi**3)) == 0
    expr, args, _ = targets["form_factor_stopping_prefactor"]
    assert args == (st.V0p,) and sp.simplify(expr - st.V0p**2 / (12 * sp.pi**3)) == 0
    expr, args, _ = targets["fermi_surface_stopping_prefactor"]
    assert args == (st.kF, st.V0p) and expr.free_symbols <= {st.kF, st.V0p}
