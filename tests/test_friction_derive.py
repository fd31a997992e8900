"""derive/friction.py: X-9 to X-12 are verified by computation, fail on planted errors, and match the evaluator."""

from __future__ import annotations

import math

import numpy as np
import pytest
import sympy as sp
from scipy.integrate import quad
from scipy.special import spherical_jn

from slowion.derive import friction as fr
from slowion.derive.identity import compare
from slowion.evaluate.ks_jellium import friction_coefficient, transport_cross_section


@pytest.mark.slow
def test_records_X9_to_X12_are_verified():
    statuses = {i.key: i.status for i in fr.identities()}
    assert statuses == {"X-9": "verified", "X-10": "verified", "X-11": "verified", "X-12": "verified"}
    assert all(c.holds for c in fr.chain_checks())


def test_X10_X11_X12_are_verified():
    for idn in fr.identities():
        if idn.key != "X-9":
            assert idn.status == "verified", idn.key


def test_X9_derived_cross_section_equals_the_evaluator_at_random_phase_shifts():
    f = sp.lambdify((*fr.deltas, fr.k), fr.transport_cross_section_derived(), "mpmath")
    rng = np.random.default_rng(7)
    for _ in range(5):
        d = rng.uniform(-1.5, 1.5, fr.L_MAX + 1)
        k = rng.uniform(0.3, 1.5)
        derived = complex(f(*d, k))
        assert abs(derived.imag) < 1e-12
        # X-9 with delta_{L_MAX+1} = 0: the evaluator's sum over l < size - 1 of the padded array
        assert transport_cross_section(np.append(d, 0.0), k) == pytest.approx(derived.real, rel=1e-12)


def test_X9_derived_form_rejects_a_wrong_weight_or_a_dropped_factor():
    """The derived sigma_tr is not blind: (2l+1) instead of (l+1), or half the printed form, differs from it at a
    random point by far more than the audit's numeric tolerance (the full symbolic audit runs in the slow test)."""
    ds = (*fr.deltas, sp.Integer(0))
    wrong_weight = 4 * sp.pi / fr.k**2 * sum((2 * l + 1) * sp.sin(ds[l] - ds[l + 1]) ** 2 for l in range(fr.L_MAX + 1))
    args = (*fr.deltas, fr.k)
    point = (0.9, -0.4, 0.3, 0.1, 0.7)
    derived = complex(sp.lambdify(args, fr.transport_cross_section_derived(), "mpmath")(*point)).real
    printed = float(sp.lambdify(args, fr.transport_cross_section_printed())(*point))
    assert printed == pytest.approx(derived, rel=1e-12)
    assert abs(float(sp.lambdify(args, wrong_weight)(*point)) - derived) > 1e-3 * derived
    assert abs(printed / 2 - derived) > 1e-3 * derived


def test_X12_check_fails_for_an_unscreened_or_doubled_potential():
    wind = fr._wind_integrand()
    born = fr.born_friction_radial_integrand()
    Vq = sp.Function("V")(fr.q)
    bare = born.subs(Vq, -4 * sp.pi * fr.Z / fr.q**2)
    assert not compare(wind, bare, {fr.eps0: (1.0, 5.0)}).equal
    assert not compare(wind, 2 * fr.born_friction_screened_coulomb(), {fr.eps0: (1.0, 5.0)}).equal


def test_born_phase_shifts_of_a_yukawa_give_the_born_integral_of_X12():
    """Partial waves in the Born limit (delta_l = -2k int V j_l^2 r^2 dr, small) against the X-12 integrand
    (1/12 pi^3) int_0^{2k_F} q^3 V(q)^2 dq with V(q) = -4 pi Z/(q^2 + mu^2); Q/Z^2 as Z -> 0, both by quadrature
    (quad at epsrel 1e-12; 40 partial waves leave < 1e-12 of the sum at k/mu = 0.5)."""
    kF, mu = 0.6, 1.2

    def born_delta(l: int) -> float:
        def g(r: float) -> float:
            return -math.exp(-mu * r) / r * spherical_jn(l, kF * r) ** 2 * r * r

        return -2 * kF * quad(g, 0, 60, epsabs=0, epsrel=1e-12, limit=400)[0]

    d = np.array([born_delta(l) for l in range(40)])  # per unit Z
    eps = 1e-4  # sin^2(x) = x^2 (1 + O(x^2)): relative error ~ (eps delta)^2 ~ 1e-8
    q_partial = friction_coefficient(eps * d, kF) / eps**2
    q_born = quad(lambda qq: qq**3 * (4 * math.pi / (qq**2 + mu**2)) ** 2, 0, 2 * kF, epsrel=1e-13)[0] / (
        12 * math.pi**3
    )
    assert q_partial == pytest.approx(q_born, rel=1e-7)
