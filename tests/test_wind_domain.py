"""The supported domain of ``slowion evaluate wind``: inside it Q matches an mpmath evaluation of the same integral
within its own stated error; its edges are where the measurement put them (base/validate.py, docs/evaluate.md)."""

import math
import re

import mpmath
import numpy as np
import pytest

from slowion.base import validate
from slowion.base.errors import InputError
from slowion.evaluate import wind
from slowion.generated.mp.wind import wind_integrand as wind_integrand_mp


def reference_Q1(rs: float, dps: int = 60) -> float:
    """int_0^1 2 k_F g(2 k_F x, k_F) dx with the generated integrand's mpmath twin, tanh-sinh, split at x = 1/2
    (the log kink at x = 1 is an endpoint of both pieces), at ``dps`` digits (60: the twin's closed form loses
    up to ~30 digits to cancellation at the smallest nodes)."""
    with mpmath.workdps(dps):
        kF = (9 * mpmath.pi / 4) ** (mpmath.mpf(1) / 3) / mpmath.mpf(rs)
        return float(mpmath.quad(lambda x: 2 * kF * wind_integrand_mp(2 * kF * x, kF), [0, mpmath.mpf(1) / 2, 1]))


def _log_grid(step: float) -> list[float]:
    lo, hi = math.log10(validate.RS_MIN), math.log10(validate.RS_MAX)
    n = round((hi - lo) / step)
    return [10.0 ** (lo + i * (hi - lo) / n) for i in range(n + 1)]


def _agrees_within_stated_error(rs: float) -> None:
    res = wind.wind_result(rs)
    ref = reference_Q1(rs)
    # the stated error must cover the true one; 1 ulp-ish slack (4e-16 relative) for the reference's rounding to
    # float64, which is not part of the quadrature's error
    assert abs(res["Q"] - ref) <= res["error"] + 4e-16 * ref, (rs, res, ref)
    assert abs(res["Q"] - ref) <= 1e-12 * ref, (rs, res["Q"], ref)


@pytest.mark.parametrize("rs", _log_grid(2.0), ids=lambda r: f"rs={r:.0e}")
def test_Q_matches_mpmath_within_stated_error_across_the_domain(rs):
    _agrees_within_stated_error(rs)


@pytest.mark.slow
@pytest.mark.parametrize("rs", _log_grid(0.1), ids=lambda r: f"rs={r:.2e}")
def test_Q_matches_mpmath_every_tenth_decade(rs):
    _agrees_within_stated_error(rs)


@pytest.mark.parametrize("factor", [100.0, 1e4])
def test_beyond_the_upper_edge_the_integral_still_agrees_with_mpmath(factor):
    """The upper edge keeps a margin: up to 1e4 x RS_MAX the unchecked integral still matches the twin to 1e-12.

    (Before issue 13 the wind integrand's small-q series carried k_F^14, which underflowed near r_s ~ 2e22 and put
    the edge at 1e20; its tiny-q branch now has 8 orders in q/k_TF, and the edge stays where it was, with room.)"""
    rs = validate.RS_MAX * factor
    with np.errstate(all="ignore"):
        val, _ = wind.friction_integral(wind.fermi_wavevector(rs))
    ref = reference_Q1(rs)
    assert abs(val - ref) <= 1e-12 * ref, (rs, val, ref)


@pytest.mark.parametrize("rs", [validate.RS_MIN / 2, validate.RS_MAX * 2, 1e-320, 1e308, math.nan, math.inf])
def test_outside_the_domain_wind_result_refuses_naming_rs(rs):
    with pytest.raises(InputError, match=r"argument rs: expected a number r_s in \[0.0001, 1e\+20\]"):
        wind.wind_result(rs)


@pytest.mark.parametrize("Z", [1e200, -1e51, 1e-51, 0.0, 5e-324, math.nan, -math.inf, True, "1e200"])
def test_outside_the_domain_wind_result_refuses_naming_Z(Z):
    with pytest.raises(InputError, match=re.escape("argument Z: expected a number Z with 1e-50 <= |Z| <= 1e+50")):
        wind.wind_result(3.0, Z)


@pytest.mark.parametrize(("rs", "Z"), [(validate.RS_MIN, validate.Z_ABS_MAX), (validate.RS_MAX, -validate.Z_ABS_MIN)])
def test_the_corners_of_the_domain_give_finite_Q_and_ion_ion_force(rs, Z):
    res = wind.wind_result(rs, Z)
    force = wind.ion_ion_extra_force(rs, Z)
    numbers = [res["Q"], res["error"], force["F_wind_over_u"], force["F_extra_over_u"], force["error"]]
    assert all(math.isfinite(x) and x != 0 for x in numbers)
    assert res["Q"] == pytest.approx(Z * Z * wind.wind_result(rs)["Q"], rel=1e-15)


@pytest.mark.parametrize("rs", wind.RS_TABLE)
def test_a_unit_charge_at_metallic_densities_has_no_warning(rs):
    assert wind.wind_result(rs)["warnings"] == []


def test_a_large_charge_is_computed_but_flagged_as_beyond_linear_response():
    """At r_s = 3.93, k_TF = sqrt(4 k_F/pi) = 0.7885: |Z| a_TF passes 3.22 between Z = 2.5 and Z = 2.6."""
    kTF = math.sqrt(4 * wind.fermi_wavevector(3.93) / math.pi)
    assert kTF == pytest.approx(0.78852, rel=1e-4)
    assert wind.wind_result(3.93, 2.5)["warnings"] == []
    (warning,) = wind.wind_result(3.93, 2.6)["warnings"]
    assert "linear response" in warning
    (warning,) = wind.wind_result(3.93, -1e6)["warnings"]
    assert "1.27e+06" in warning


def test_densities_outside_the_lindhard_liquid_are_flagged():
    assert any("Wigner" in w for w in wind.wind_result(150.0)["warnings"])
    assert any("relativistic" in w for w in wind.wind_result(0.1)["warnings"])
    assert wind.wind_result(0.2)["warnings"] == []
