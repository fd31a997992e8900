"""DF Eqs. 3-5: the mean-field (Slater-like) one-body levels derived from the LCAO Hamiltonian, spin explicit."""

import dataclasses
from functools import cache

import pytest
import sympy as sp

from slowion.derive import hamiltonian as ham


@cache
def records():
    return {i.key: i for i in ham.identities()}


def test_mean_field_keeps_the_energy_of_the_mean_occupations():
    """<H_MF> = <H> when every n is replaced by its mean: the decoupling double-counts nothing."""
    to_mean = {ham.n[k]: ham.N[k] for k in ham.n}
    assert sp.expand(ham.mean_field_hamiltonian().subs(to_mean) - ham.hamiltonian_eq3().subs(to_mean)) == 0


def test_opposite_spin_neighbour_enters_with_the_full_coulomb_integral_not_half():
    level = ham.effective_levels()[0, 0]  # nu = 0, sigma = up
    assert level.coeff(ham.N[1, -1]) == ham.J[0, 1]
    assert level.coeff(ham.N[0, -1]) == ham.U[0]


def test_same_spin_neighbour_enters_with_j_minus_exchange_plus_overlap_term():
    level = ham.effective_levels()[0, 0]
    expected = ham.J[0, 1] - ham.Jx[0, 1] + ham.J[0, 1] * ham.Sov[0, 1] ** 2
    assert sp.expand(level.coeff(ham.N[1, 1]) - expected) == 0


def test_without_symmetric_integrals_the_two_orderings_are_averaged():
    level = ham.effective_levels(symmetrise=False)[0, 0]
    assert sp.expand(level.coeff(ham.N[1, -1]) - (ham.J[0, 1] + ham.J[1, 0]) / 2) == 0


def test_eq5_holds_only_without_the_exchange_correlation_potential():
    res = records()["DF-5"].audit()
    assert res.status == "conditional"
    assert "V^{x,c}" in res.note


def test_eq5_with_a_spurious_half_on_the_double_sum_is_an_erratum():
    rec = records()["DF-5"]
    wrong = rec.printed.applyfunc(
        lambda e: sp.expand(e).subs({j: j / 2 for j in ham.J.values()})  # what keeping the 1/2 of Eq. 3 would give
    )
    assert dataclasses.replace(rec, printed=wrong).status == "erratum"


def test_eq5_with_spin_labels_swapped_is_an_erratum():
    rec = records()["DF-5"]
    swap = {ham.N[v, s]: ham.N[v, -s] for v in ham.SITES for s in ham.SPINS}
    wrong = rec.printed.applyfunc(lambda e: e.xreplace(swap))
    assert dataclasses.replace(rec, printed=wrong).status == "erratum"


def test_eq4_is_a_definition_that_differs_from_the_mean_field_hamiltonian_only_by_a_constant():
    res = records()["DF-4"].audit()
    assert res.status == "definition" and any("c-number" in c for c in res.conditional_on)


def test_eq3_itself_is_open():
    assert records()["DF-3"].status == "open"


def test_decoupling_refuses_a_term_that_is_not_density_density():
    with pytest.raises(ValueError, match="density-density"):
        ham.mean_field(ham.n[0, 1] ** 2 * ham.n[1, 1])
