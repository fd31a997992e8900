"""Slater-type-orbital closed forms (DF Eqs. 70-71) agree with direct quadrature of the STO definition."""

import warnings

import mpmath
import numpy as np
import pytest
import sympy as sp

from slowion.derive import sto

DPS = 30


def _n(n: int, zeta) -> mpmath.mpf:
    return mpmath.mpf(2 * zeta) ** (n + mpmath.mpf(1) / 2) / mpmath.sqrt(mpmath.factorial(2 * n))


def quad_form_factor(n1, n2, q, a, b):
    """4 pi int r^2 chi1 chi2 j0(q r) dr by mpmath quadrature (Y00^2 = 1/(4 pi))."""
    q, a, b = (mpmath.mpf(v) for v in (q, a, b))

    def integrand(r):
        j0 = mpmath.sinc(q * r)
        return r ** (n1 + n2) * mpmath.exp(-(a + b) * r) * j0

    return _n(n1, a) * _n(n2, b) * mpmath.quad(integrand, [0, 1, 5, mpmath.inf])


def quad_overlap(n1, n2, R, a, b):
    """int chi1(r) chi2(|r - R|) d^3r in prolate spheroidal coordinates (mu, nu, phi), by mpmath quadrature."""
    R, a, b = (mpmath.mpf(v) for v in (R, a, b))

    def integrand(mu, nu):
        ra, rb = R * (mu + nu) / 2, R * (mu - nu) / 2
        jacobian = 2 * mpmath.pi * (R / 2) ** 3 * (mu**2 - nu**2)
        return jacobian * ra ** (n1 - 1) * rb ** (n2 - 1) * mpmath.exp(-a * ra - b * rb)

    return _n(n1, a) * _n(n2, b) / (4 * mpmath.pi) * mpmath.quad(integrand, [1, 2, mpmath.inf], [-1, 0, 1])


def _at(expr, **values):
    subs = {getattr(sto, k): sp.Float(v, DPS + 10) for k, v in values.items()}
    return sp.N(expr.subs(subs), DPS + 10)


@pytest.mark.parametrize("n", range(1, sto.N_MAX + 1))
def test_derived_normalisation_is_the_textbook_one(n):
    zeta = sp.Symbol("zeta", positive=True)
    assert sp.simplify(sto.normalisation(n, zeta) - sto.normalisation_printed(n, zeta)) == 0


@pytest.mark.parametrize(
    ("n1", "n2", "q", "a", "b"),
    [(1, 1, 0.7, 1.6875, 1.6875), (1, 2, 2.5, 3.0, 0.8), (2, 4, 0.05, 0.525141, 0.525102), (4, 4, 3.0, 0.6, 1.1)],
)
def test_form_factor_matches_quadrature_to_25_digits(n1, n2, q, a, b):
    """DF-71: the derived form factor (kernel sto_form_factor_<n1>_<n2>) against quadrature of its definition."""
    with mpmath.workdps(DPS):
        ref = quad_form_factor(n1, n2, q, a, b)
        got = _at(sto.sto_form_factor(n1, n2), q=q, z1=a, z2=b)
        assert abs(got - ref) <= mpmath.mpf(10) ** -25 * abs(ref)


@pytest.mark.parametrize(("n1", "n2"), sto.PAIRS)
def test_form_factor_at_q0_is_the_one_centre_overlap(n1, n2):
    assert sp.simplify(sto.form_factor_at_zero(n1, n2) - sto.one_centre_overlap(n1, n2)) == 0


@pytest.mark.parametrize(
    ("n1", "n2", "R", "a", "b"),
    [
        (1, 1, 1.4, 1.6875, 1.6875),  # equal exponents: the removable singularity of the closed form
        pytest.param(1, 2, 2.0, 1.3, 0.7, marks=pytest.mark.slow),
        pytest.param(2, 3, 7.0, 0.525141, 0.525102, marks=pytest.mark.slow),  # Rb valence pair, nearly equal
        (2, 3, 0.9, 15.837093, 15.837028),  # Rb core pair, nearly equal exponents
        (1, 4, 6.0, 3.0, 0.5),  # far branch
        pytest.param(4, 4, 0.3, 2.0, 1.0, marks=pytest.mark.slow),  # small R
    ],
)
def test_overlap_matches_quadrature_to_25_digits(n1, n2, R, a, b):
    """DF-70: the derived overlap (kernel sto_overlap_<n1>_<n2>) against quadrature of its definition."""
    with mpmath.workdps(DPS):
        ref = quad_overlap(n1, n2, R, a, b)
        got = _at(sto.sto_overlap(n1, n2), R=R, z1=a, z2=b)
        assert abs(got - ref) <= mpmath.mpf(10) ** -25 * abs(ref)


@pytest.mark.parametrize("n", range(1, sto.N_MAX + 1))
def test_overlap_of_a_primitive_with_itself_at_R0_is_one(n):
    s0 = sto.overlap_near(n, n).subs(sto.R, 0).subs(sto.z2, sto.z1)
    assert sp.simplify(s0) == 1


@pytest.mark.parametrize(("n1", "n2"), sto.PAIRS)
def test_overlap_at_R0_is_the_one_centre_overlap(n1, n2):
    assert sp.simplify(sto.overlap_near(n1, n2).subs(sto.R, 0) - sto.one_centre_overlap(n1, n2)) == 0


@pytest.mark.parametrize(("n1", "n2"), [(1, 1), (2, 5), (5, 5)])
@pytest.mark.parametrize("x", [-3.5, 2.0, 3.9])
def test_near_and_far_branches_agree_where_both_are_exact(n1, n2, x):
    # at |x| < X_SWITCH the series is truncated at 1e-19 relative or better; the far form is exact
    R, a = 2.5, 3.0
    z1, z2 = a / 2 + x / R, a / 2 - x / R
    near = _at(sto.overlap_near(n1, n2), R=R, z1=z1, z2=z2)
    far = _at(sto.overlap_far(n1, n2), R=R, z1=z1, z2=z2)
    assert abs(near - far) <= 1e-18 * abs(far)


def test_series_truncation_bound_is_below_double_precision():
    assert sto.SERIES_TRUNCATION_BOUND < 1e-17


def test_codegen_targets_are_named_and_ordered():
    targets = sto.codegen_expressions()
    assert len(targets) == 2 * len(sto.PAIRS)
    expr, args, doc = targets["sto_overlap_1_2"]
    assert args == (sto.R, sto.z1, sto.z2) and "Eq. 70" in doc
    assert expr.free_symbols == {sto.R, sto.z1, sto.z2}
    expr, args, doc = targets["sto_form_factor_3_4"]
    assert args == (sto.q, sto.z1, sto.z2) and "Eq. 71" in doc


@pytest.mark.parametrize(("n1", "n2"), [(1, 1), (2, 4), (5, 5)])
def test_vectorised_overlap_is_finite_and_warning_free_at_the_singular_points(n1, n2):
    f = sp.lambdify((sto.R, sto.z1, sto.z2), sto.sto_overlap(n1, n2), "numpy")
    # R = 0, z1 = z2, nearly equal exponents, |x| = 4 (the switch), and z2 << z1 just beyond the switch
    R = np.array([0.0, 0.0, 1e-9, 3.0, 3.0, 2 * 4 / 0.5, 2 * 4 / 0.5 * (1 + 1e-12), 7.0, 0.22655])
    z1 = np.array([1.0, 2.0, 2.0, 1.0, 15.837093, 1.5, 1.5, 0.525141, 35.9])
    z2 = np.array([1.0, 1.0, 1.0, 1.0, 15.837028, 1.0, 1.0, 0.525102, 0.18])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        got = f(R, z1, z2)
    assert np.all(np.isfinite(got))
    g = sp.lambdify((sto.R, sto.z1, sto.z2), sto.sto_overlap(n1, n2), "mpmath")
    with mpmath.workdps(60):
        ref = [g(*(mpmath.mpf(float(v)) for v in p)) for p in zip(R, z1, z2, strict=True)]
    rel = [abs(float((gv - rv) / rv)) for gv, rv in zip(got, ref, strict=True)]
    assert max(rel) < 1e-13


def test_form_factor_is_finite_at_q0_in_float64():
    f = sp.lambdify((sto.q, sto.z1, sto.z2), sto.sto_form_factor(2, 3), "numpy")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        got = f(np.array([0.0, 1e-12, 1.0]), 1.0, 0.5)
    assert np.all(np.isfinite(got))
