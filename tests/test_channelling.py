"""Channelling along [100]: the G components S_G of DF Eq. 60 and the map S_R of DF Eq. 61 (Fig. 3)."""

import math

import numpy as np
import pytest

from slowion.errors import InputError
from slowion.evaluate import channelling as ch
from slowion.evaluate.constants import metal_data

ORDER = 17  # small Lebedev rule: the statements below hold for any O_h-invariant rule


@pytest.fixture(scope="module")
def na_setup():
    from slowion.evaluate.lattice import bcc_shells, shell_overlaps
    from slowion.evaluate.orbitals import valence_orbital

    d = metal_data("Na")
    orb = valence_orbital("Na")
    shells = bcc_shells(d.lattice_constant, 8)
    return d, orb, shells, shell_overlaps(orb, shells)


def G_vectors(d, triples):
    return (2 * math.pi / d.lattice_constant) * np.array(triples, dtype=float)


def test_first_stars_perpendicular_to_100_are_those_named_by_DF():
    stars = ch.reciprocal_stars_perp_100(3)
    assert sorted(stars[0]) == sorted([(0, 1, 1), (0, 1, -1), (0, -1, 1), (0, -1, -1)])
    assert sorted(stars[1]) == sorted([(0, 2, 0), (0, -2, 0), (0, 0, 2), (0, 0, -2)])
    assert sorted(stars[2]) == sorted([(0, 2, 2), (0, 2, -2), (0, -2, 2), (0, -2, -2)])
    for star in ch.reciprocal_stars_perp_100(8):
        for h, k, l in star:
            assert h == 0 and (h + k + l) % 2 == 0  # perpendicular to [100], on the fcc reciprocal lattice


def test_G_zero_component_is_the_lcao2_mean_integral(na_setup):
    """J_0 of the channelling quadrature equals the LCAO-II double Fermi-surface integral of stopping.py."""
    from slowion.evaluate.fermi import double_sphere
    from slowion.evaluate.stopping import _lattice, lcao2_integrand

    d, orb, shells, S = na_setup
    J0 = ch.fourier_integrals(orb, shells, S, d.kF, np.zeros((1, 3)), order=ORDER)[0]
    lat = _lattice("Na", d.lattice_constant, 8)
    ref = double_sphere(lcao2_integrand(orb, d.kF, lat), ORDER, cubic=False) * d.kF**2
    assert J0 == pytest.approx(ref, rel=1e-10)


def test_fixed_velocity_and_averaged_weights_agree_for_S0_but_not_for_S_G(na_setup):
    d, orb, shells, S = na_setup
    G = G_vectors(d, [(0, 0, 0), (0, 1, 1)])
    paper = ch.fourier_integrals(orb, shells, S, d.kF, G, order=ORDER, weighting="paper")
    fixed = ch.fourier_integrals(orb, shells, S, d.kF, G, order=ORDER, weighting="fixed_v")
    assert fixed[0] == pytest.approx(paper[0], rel=1e-12)  # cubic symmetry
    assert abs(fixed[1] / fixed[0] - paper[1] / paper[0]) > 1e-3


def test_members_of_a_star_and_minus_G_give_the_same_component(na_setup):
    d, orb, shells, S = na_setup
    star = ch.reciprocal_stars_perp_100(1)[0]
    for weighting in ch.WEIGHTINGS:
        J = ch.fourier_integrals(orb, shells, S, d.kF, G_vectors(d, star), order=ORDER, weighting=weighting)
        assert np.max(np.abs(J - J[0])) < 1e-10 * abs(J[0]) + 1e-14


def test_map_averages_to_S0_and_has_the_symmetry_of_the_square_projection(na_setup):
    res = ch.channelling_map("Na", n_grid=33, g_shells=3, order=ORDER, shells=8)
    assert res["cell_mean"] == pytest.approx(1.0, abs=1e-12)
    m = np.asarray(res["map"])
    assert np.isrealobj(m) and np.all(np.isfinite(m))
    for image in ch.square_symmetry_images(m):
        assert image == pytest.approx(m[:-1, :-1], abs=1e-12)
    assert res["range"] == pytest.approx(res["max"] - res["min"])
    assert res["min"] <= res["low_half_mean"] <= 1.0
    assert res["S0"] == pytest.approx(res["S0_own_quadrature"], rel=1e-3)
    assert [row["G"] for row in res["S_G"]] == [[0, 1, 1], [0, 2, 0], [0, 2, 2]]


def test_map_is_built_from_the_components_as_eq61_says():
    comps = [(np.array(g), 0.1) for g in ch.reciprocal_stars_perp_100(1)[0]]
    x = np.linspace(0, 1, 5)
    m = ch._map(x, x, comps)
    # at an atomic row every cosine is 1; at (1/2, 0) every (0, +-1, +-1) cosine is -1
    assert m[0, 0] == pytest.approx(1.4)
    assert m[2, 0] == pytest.approx(0.6)
    assert m[2, 2] == pytest.approx(1.4)  # the body-centre row (0.5, 0.5)


def test_bad_arguments_are_refused():
    with pytest.raises(InputError, match="g_shells"):
        ch.reciprocal_stars_perp_100(0)
    with pytest.raises(InputError, match="n_grid"):
        ch.channelling_map("Na", n_grid=2)
    with pytest.raises(InputError, match="weighting"):
        ch.channelling_map("Na", weighting="sideways")
    with pytest.raises(InputError, match="metal"):
        ch.channelling_map("Cs")


def test_plot_writes_a_png(tmp_path):
    x = np.linspace(0, 1, 9)
    comps = [(np.array(g), -0.05) for g in ch.reciprocal_stars_perp_100(1)[0]]
    m = ch._map(x, x, comps)
    result = {"metal": "Na", "x": x.tolist(), "y": x.tolist(), "map": m.tolist(), "range": 0.4, "low_half_mean": 0.9}
    path = ch.plot_channelling(result, tmp_path / "channelling.png")
    with open(path, "rb") as fh:
        assert fh.read(8) == b"\x89PNG\r\n\x1a\n"
