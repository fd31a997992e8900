"""The two-centre transforms Ibar^R(q) of DF Eq. 66 and the multi-centre Bloch transform of DF Eqs. 67-68."""

import math

import numpy as np
import pytest
from scipy.integrate import dblquad, quad

from slowion.evaluate import multicentre as mc
from slowion.evaluate.constants import metal_data
from slowion.evaluate.orbitals import load_file


@pytest.fixture(scope="module")
def na_raw():
    """Na 3s as printed in the Koga file (no generated code needed)."""
    return load_file("na").orbitals["3S"]


@pytest.fixture(scope="module")
def generated():
    import slowion.generated.sto_overlap as sto_overlap

    return sto_overlap


@pytest.fixture(scope="module")
def na(generated):
    from slowion.evaluate.orbitals import valence_orbital

    return valence_orbital("Na")


@pytest.fixture(scope="module")
def na_shells():
    from slowion.evaluate.lattice import bcc_shells

    return bcc_shells(metal_data("Na").lattice_constant, 8)


def cylindrical_transform(psi, R, q_par, q_perp):
    """Independent reference: Ibar = 2 pi int rho drho dz psi(|s + R/2|) psi(|s - R/2|) J0(q_perp rho) cos(q_par z)."""
    from scipy.special import j0

    def f(rho, z):
        return (
            2.0
            * math.pi
            * rho
            * psi(math.hypot(rho, z + R / 2))
            * psi(math.hypot(rho, z - R / 2))
            * j0(q_perp * rho)
            * math.cos(q_par * z)
        )

    # the integrand is even in z
    return 2.0 * dblquad(f, 0.0, 30.0, 0.0, 30.0, epsabs=1e-10, epsrel=1e-10)[0]


def test_bipolar_quadrature_agrees_with_an_independent_cylindrical_quadrature(na_raw):
    R = metal_data("Na").lattice_constant * math.sqrt(3) / 2  # nearest neighbours
    grid = mc.pair_grid(na_raw.value, R)
    for q_par, q_perp in [(0.4, 0.7)]:  # q = 0 (the overlap) is checked against the generated closed form
        ours = mc.two_centre_transform(grid, np.array([q_par]), np.array([q_perp]))[0]
        assert ours == pytest.approx(cylindrical_transform(na_raw.value, R, q_par, q_perp), abs=5e-10)


def test_finer_grid_changes_the_transform_by_less_than_1e_12(na_raw):
    R = metal_data("Na").lattice_constant
    q = np.linspace(0.0, 1.0, 6)
    coarse = mc.two_centre_transform(mc.pair_grid(na_raw.value, R), q * 0.6, q * 0.8)
    fine = mc.two_centre_transform(mc.pair_grid(na_raw.value, R, mc.DEFAULT_RESOLUTION.finer()), q * 0.6, q * 0.8)
    assert np.max(np.abs(coarse - fine)) < 1e-12


def test_one_centre_transform_agrees_with_adaptive_radial_quadrature(na_raw):
    q = np.array([0.0, 0.3, 0.9, 2.0])
    ours = mc.one_centre_transform(na_raw.value, q)
    ref = [
        quad(lambda r, k=k: 4 * math.pi * r * r * na_raw.value(r) ** 2 * np.sinc(k * r / math.pi), 0, 80, limit=400)[0]
        for k in q
    ]
    assert ours == pytest.approx(ref, abs=1e-11)


def test_transform_tends_to_the_one_centre_form_factor_as_R_goes_to_zero(na_raw):
    q = np.array([0.0, 0.5, 1.0])
    one = mc.one_centre_transform(na_raw.value, q)
    for R, tol in [(1e-2, 1e-3), (1e-4, 1e-7)]:
        two = mc.two_centre_transform(mc.pair_grid(na_raw.value, R), q / math.sqrt(2), q / math.sqrt(2))
        assert np.max(np.abs(two - one)) < tol


def test_transform_at_q_zero_is_the_generated_overlap(na, na_shells):
    for shell in na_shells:
        grid = mc.pair_grid(na.value, shell.radius)
        value = mc.two_centre_transform(grid, np.zeros(1), np.zeros(1))[0]
        assert value == pytest.approx(float(na.overlap(np.array([shell.radius]))[0]), abs=1e-10)


def test_one_centre_transform_is_the_generated_form_factor(na):
    q = np.linspace(0.0, 2.0, 9)
    assert mc.one_centre_transform(na.value, q) == pytest.approx(na.form_factor(q), abs=1e-10)


def test_rubidium_transform_at_q_zero_is_the_generated_overlap(generated):
    from slowion.evaluate.lattice import bcc_shells
    from slowion.evaluate.orbitals import valence_orbital

    rb = valence_orbital("Rb")
    for shell in bcc_shells(metal_data("Rb").lattice_constant, 3):
        value = mc.two_centre_transform(mc.pair_grid(rb.value, shell.radius), np.zeros(1), np.zeros(1))[0]
        assert value == pytest.approx(float(rb.overlap(np.array([shell.radius]))[0]), abs=1e-10)


def test_shell_table_reproduces_the_direct_transform(na_raw):
    R = metal_data("Na").lattice_constant * math.sqrt(2)
    tab = mc.shell_table(na_raw.value, R, 1.0)
    assert tab.interpolation_error < 1e-10
    assert tab.quadrature_error < 1e-12
    rng = np.random.default_rng(7)
    q, t = rng.uniform(0, 1, 20), rng.uniform(0, 1, 20)
    direct = mc.two_centre_transform(mc.pair_grid(na_raw.value, R), q * t, q * np.sqrt(1 - t**2))
    assert mc._evaluate(tab.coefficients, q**2, t**2) == pytest.approx(direct, abs=1e-10)


def random_pairs(kF, n, seed=3):
    rng = np.random.default_rng(seed)
    a = rng.normal(size=(n, 3))
    b = rng.normal(size=(n, 3))
    k = kF * a / np.linalg.norm(a, axis=1, keepdims=True)
    kp = kF * b / np.linalg.norm(b, axis=1, keepdims=True)
    return 0.5 * (k + kp), k - kp


def test_bloch_transform_without_neighbours_is_the_form_factor(na):
    kmid, q = random_pairs(metal_data("Na").kF, 50)
    assert mc.bloch_transform(na, [], kmid, q) == pytest.approx(na.form_factor(np.linalg.norm(q, axis=1)), abs=1e-14)


def test_bloch_transform_at_q_zero_is_the_bloch_sum_of_overlaps(na, na_shells):
    """Eq. 69 is exact at q = 0: sum_R e^{i k.R} Ibar^R(0) = sum_R e^{i k.R} S(R) = S_B(k) (DF Eq. 65)."""
    from slowion.evaluate.lattice import bloch_overlap, shell_overlaps

    kmid, _ = random_pairs(metal_data("Na").kF, 40)
    ours = mc.bloch_transform(na, na_shells, kmid, np.zeros_like(kmid), q_max=1.0)
    assert ours == pytest.approx(bloch_overlap(kmid, na_shells, shell_overlaps(na, na_shells)), abs=1e-9)


def test_bloch_transform_equals_the_direct_sum_over_lattice_vectors(na, na_shells):
    kmid, q = random_pairs(metal_data("Na").kF, 12, seed=11)
    ours = mc.bloch_transform(na, na_shells[:3], kmid, q)
    direct = np.asarray(na.form_factor(np.linalg.norm(q, axis=1)), dtype=float).copy()
    for shell in na_shells[:3]:
        grid = mc.pair_grid(na.value, shell.radius)
        for R in shell.vectors:
            Rh = R / np.linalg.norm(R)
            q_par = q @ Rh
            q_perp = np.linalg.norm(q - np.outer(q_par, Rh), axis=1)
            direct += np.cos(kmid @ R) * mc.two_centre_transform(grid, q_par, q_perp)
    assert ours == pytest.approx(direct, abs=1e-9)


def test_eq69_is_exact_at_q_zero_and_not_beyond(na, na_shells):
    rows = mc.eq69_shell_errors(na, na_shells[:2], 2 * metal_data("Na").kF)
    for row in rows:
        assert abs(row["Ibar_q0_minus_S_R"]) < 1e-10
        assert row["max_error_rel_S_R"] > 1e-3  # Eq. 69 is an approximation away from q = 0
        assert row["quadrature_error"] < 1e-12


def test_bloch_transform_refuses_q_beyond_its_table(na, na_shells):
    kmid, q = random_pairs(metal_data("Na").kF, 4)
    with pytest.raises(ValueError, match="q_max"):
        mc.bloch_transform(na, na_shells[:1], kmid, q, q_max=0.1)


def test_bloch_transform_terms_add_up_to_the_bloch_transform(na, na_shells):
    """Column 0 is I(q), column s the shell-s term; their cumulative sums are B truncated after s shells (budget
    1e-14 absolute, |B| <= 1: the same terms added in another association)."""
    kF = metal_data("Na").kF
    kmid, q = random_pairs(kF, 60, seed=5)
    terms = mc.bloch_transform_terms(na, na_shells, kmid, q, q_max=2 * kF)
    assert terms.shape == (60, 1 + len(na_shells))
    assert terms[:, 0] == pytest.approx(na.form_factor(np.linalg.norm(q, axis=1)), abs=1e-15)
    cumulative = np.cumsum(terms, axis=1)
    for n in (1, 3, len(na_shells)):
        whole = mc.bloch_transform(na, na_shells[:n], kmid, q, q_max=2 * kF)
        np.testing.assert_allclose(cumulative[:, n], whole, rtol=0, atol=1e-14)


def test_table_errors_bound_each_shell_term(na, na_shells):
    """Per shell: vectors x (interpolation + quadrature error of its table); small (tables are built to 1e-10) and
    at least the measured off-node difference of shell 1's table times its 8 vectors."""
    kF = metal_data("Na").kF
    errors = mc.table_errors(na, na_shells[:3], 2 * kF)
    assert errors.shape == (3,)
    assert np.all(errors > 0) and np.all(errors < 1e-8)
    tab = mc.table_for(na, na_shells[0].radius, 2 * kF)
    assert errors[0] == 8 * (tab.interpolation_error + tab.quadrature_error)
