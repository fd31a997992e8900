"""Channelling along [100]: the G components S_G of DF Eq. 60 and the map S_R of DF Eq. 61 (Fig. 3)."""

import math

import numpy as np
import pytest

from slowion.base.errors import InputError
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
    from slowion.evaluate.double_fermi import bloch_lattice, lcao2_integrand
    from slowion.evaluate.fermi import double_sphere

    d, orb, shells, S = na_setup
    J0 = ch.fourier_integrals(orb, shells, S, d.kF, np.zeros((1, 3)), order=ORDER)[0]
    lat = bloch_lattice("Na", d.lattice_constant, 8)
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


# ------------------------------------------------------------------------------- the direct map (all G summed)

from slowion.evaluate import channelling_map as cmap  # noqa: E402

SMALL = {"grid": 32, "order": 11}  # small grid and Lebedev rule: the identities below hold for any O_h rule


@pytest.fixture(scope="module")
def na_direct():
    return cmap.direct_map("Na", **SMALL)


def test_midpoint_classes_of_the_first_bonds():
    # bond midpoints R'_perp / 2 in units a/4: (a/2)(1,1,1) -> (1, 1); (0, a, 0) -> (2, 0); (a, 0, 0) -> on the row
    assert cmap.midpoint_class(1, 1) == 1 and cmap.midpoint_class(1, -1) == 2
    assert cmap.midpoint_class(2, 0) == 3 and cmap.midpoint_class(0, 2) == 3 and cmap.midpoint_class(0, 0) == 0
    # classes are cosets of the projected lattice L = {(a/2)(m, n), m + n even} = {(A, B): A, B even, A + B = 0 mod 4}
    for A in range(-5, 6):
        for B in range(-5, 6):
            if (A - B) % 2 == 0:
                assert cmap.midpoint_class(A, B) == cmap.midpoint_class(A + 2, B + 2) == cmap.midpoint_class(A + 4, B)


def test_line_transform_is_normalised_and_its_hankel_transform_is_the_form_factor():
    """int d^2s e^{i q_perp.s} rho_x(|s|, q_x) = I(|q|) (DF Eq. 71): the path-averaged density carries the whole
    Fourier transform of psi^2 (relative 1e-7: radial Gauss-Legendre on geometric panels, s up to 40 bohr)."""
    from scipy.special import j0

    from slowion.evaluate.orbitals import valence_orbital

    orb = valence_orbital("Na")
    s, ws = cmap.radial_panels(40.0, n=32)
    for qx, qp in ((0.0, 0.0), (0.7, 0.0), (0.3, 1.1), (1.5, 0.9)):
        rho = cmap.line_transform(orb, s, [qx])[:, 0]
        hankel = 2 * math.pi * np.sum(ws * s * j0(qp * s) * rho)
        assert hankel == pytest.approx(float(orb.form_factor(math.hypot(qx, qp))[0]), rel=1e-7, abs=1e-9)


def test_J0_of_the_map_is_the_lcao2_double_fermi_integral():
    from slowion.evaluate.double_fermi import bloch_lattice, lcao2_integrand
    from slowion.evaluate.fermi import double_sphere
    from slowion.evaluate.orbitals import valence_orbital

    d = metal_data("Na")
    res = cmap.direct_map("Na", grid=8, order=11, shells=8)
    lat = bloch_lattice("Na", d.lattice_constant, 8)
    ref = double_sphere(lcao2_integrand(valence_orbital("Na"), d.kF, lat), 11, cubic=False)
    assert res["J0"] == pytest.approx(ref * d.kF**2, rel=1e-10)


def test_direct_S_G_agree_with_the_independent_fourier_integrals(na_direct):
    from slowion.evaluate.lattice import bcc_shells, shell_overlaps
    from slowion.evaluate.orbitals import valence_orbital

    d = metal_data("Na")
    orb = valence_orbital("Na")
    shells = bcc_shells(d.lattice_constant, 40)
    stars = [s[0] for s in ch.reciprocal_stars_perp_100(3)]
    J = ch.fourier_integrals(orb, shells, shell_overlaps(orb, shells), d.kF, G_vectors(d, [(0, 0, 0), *stars]), 11)
    o, q, W = na_direct["_pairs"]
    ours = cmap.fourier_components(o, q, W, na_direct["J0"], stars, na_direct["a"])
    assert ours == pytest.approx(J[1:] / J[0], rel=1e-9, abs=1e-12)


def test_G_series_partial_sums_approach_the_direct_map_away_from_the_peaks(na_direct):
    """The G series (DF Eq. 61) is a check of the real-space sum: away from the narrow peaks (discs of 0.1 a
    around rows and projected bond midpoints) its partial sums approach the direct map."""
    g = SMALL["grid"]
    o, q, W = na_direct["_pairs"]
    stars = cmap.perpendicular_G(40)
    ratios = cmap.fourier_components(o, q, W, na_direct["J0"], [s[0] for s in stars], na_direct["a"])
    far = (cmap.row_distance(g) > 0.1) & (cmap.midpoint_distance(g) > 0.1)
    diffs = [
        float(np.abs(p - na_direct["map"])[far].max())
        for p in cmap.partial_sums(np.array(na_direct["y"]), stars, ratios)
    ]
    assert diffs[-1] < 0.1 * diffs[0] and diffs[-1] < 0.03
    assert max(diffs[20:]) < min(diffs[:8])  # a decreasing trend, not an accident of the last star


def test_direct_map_mean_tends_to_one_and_has_the_square_symmetry(na_direct):
    """The map is S_R / S0 with S0 from the same quadrature: the grid mean tends to 1 as the grid is refined
    (the narrow peaks make the coarse-grid mean too large)."""
    m = na_direct["map"]
    coarse = cmap.cell_statistics(m[::2, ::2], SMALL["grid"] // 2)["grid_mean"]
    fine = cmap.cell_statistics(m, SMALL["grid"])["grid_mean"]
    assert abs(fine - 1) < 0.4 * abs(coarse - 1) and abs(fine - 1) < 0.05
    for image in ch.square_symmetry_images(m):
        assert image == pytest.approx(m[:-1, :-1], rel=1e-9)
    # all atomic rows are equivalent
    g = SMALL["grid"]
    assert m[g // 2, g // 2] == pytest.approx(m[0, 0], rel=1e-9)


def test_channelling_result_refuses_bad_arguments():
    for kwargs, name in (
        ({"metal": "Cs"}, "metal"),
        ({"metal": "Na", "model": "feg"}, "model"),
        ({"metal": "Na", "direction": "110"}, "direction"),
        ({"metal": "Na", "grid": 30}, "grid"),
        ({"metal": "Na", "grid": True}, "grid"),
        ({"metal": "Na", "tolerance": 0}, "tolerance"),
        ({"metal": "Na", "weighting": "sideways"}, "weighting"),
    ):
        with pytest.raises(InputError, match=name):
            cmap.channelling_result(**kwargs)


@pytest.mark.slow
@pytest.mark.parametrize("metal", ["Li", "Na", "K", "Rb"])
def test_channelling_result_is_strict_json_with_error_parts(metal, tmp_path):
    import json

    res = cmap.channelling_result(metal)
    text = json.dumps(res, allow_nan=False)
    assert json.loads(text)["metal"] == metal
    assert res["error"] == pytest.approx(sum(res["error_parts"].values()) * res["S0"])
    assert res["converged"] == (res["error"] <= res["tolerance"] * res["S0"])
    assert res["min"] <= res["low_half_mean"] <= 1.0 <= res["max"]
    assert res["range_outside_peaks"] <= res["range_outside_rows"] <= res["range"]
    if metal == "Na":
        assert res["converged"]
    path = cmap.plot_channelling_map(res, tmp_path / "map.png")
    with open(path, "rb") as fh:
        assert fh.read(8) == b"\x89PNG\r\n\x1a\n"


def test_plot_of_a_small_direct_map(tmp_path, na_direct):
    g = SMALL["grid"]
    stats = cmap.cell_statistics(na_direct["map"], g)
    res = {"metal": "Na", "map": {"y": na_direct["y"], "S_over_S0": na_direct["map"].tolist()}, **stats}
    path = cmap.plot_channelling_map(res, tmp_path / "map.png")
    with open(path, "rb") as fh:
        assert fh.read(8) == b"\x89PNG\r\n\x1a\n"


def test_plane_mean_of_the_map_is_S0_of_the_same_model_within_the_quadrature_error():
    """The plane mean of S_R is the prefactor times J_0 of the map's rule (the Poisson sum integrates to it);
    it equals the LCAO-II S0 of stopping.py (Lebedev 47/59) within the map's stated quadrature error, the
    difference of its two orders."""
    from slowion.evaluate.stopping import fermi_surface_prefactor, mean_stopping

    d = metal_data("Na")
    s0 = mean_stopping("Na", "lcao2")
    high, low = cmap.ORDERS
    J_high = cmap.direct_map("Na", grid=8, order=high)["J0"]
    J_low = cmap.direct_map("Na", grid=8, order=low)["J0"]
    pref = fermi_surface_prefactor(d.kF, s0.V0_prime)
    assert abs(pref * J_high - s0.S0) <= abs(pref * (J_high - J_low)) + s0.error


def test_map_at_rows_midpoints_and_a_generic_point_equals_the_plain_double_sum(na_direct):
    """The separated cosines, the Chebyshev series in q_x and the shifted adds reproduce the plain sum
    A_c sum_t sum_pairs W_[t] cos(q_perp.(R - t)) rho_x(|R - t|, q_x) / J_0 with rho_x integrated at each q_x
    (relative 1e-6: the Chebyshev tail is ~1e-8), also on the narrow peaks where the G series cannot check it."""
    g = SMALL["grid"]
    d = metal_data("Na")
    a = d.lattice_constant
    orb, q, W = na_direct["_pairs"]
    radius = na_direct["radius"]
    for i, j in ((0, 0), (g // 4, g // 4), (g // 2, 0), (5, 3)):
        R = np.array([i, j]) * a / g
        span = int(radius / (a / 4)) + 6
        ts = [(A, B) for A in range(-span, span + 1) for B in range(-span, span + 1) if (A - B) % 2 == 0]
        us = R - np.array(ts, dtype=float) * a / 4
        keep = np.hypot(us[:, 0], us[:, 1]) <= radius
        us, ts = us[keep], [t for t, k in zip(ts, keep, strict=True) if k]
        rho = cmap.line_transform(orb, np.hypot(us[:, 0], us[:, 1]), q[:, 0])  # (t, pairs)
        classes = np.array([int(cmap.midpoint_class(A, B)) for A, B in ts])
        total = float(np.sum(W[classes] * np.cos(us @ q[:, 1:].T) * rho))
        plain = 0.5 * a * a * total / na_direct["J0"]
        assert na_direct["map"][i, j] == pytest.approx(plain, rel=1e-6)
