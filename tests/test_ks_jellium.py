"""The self-consistent KS atom in jellium: LDA, Hartree, preconditioner, the Born limit, He, the JSON result."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from scipy.special import erf

from slowion.base.errors import InputError
from slowion.evaluate import ks_jellium as ks
from slowion.evaluate.friction import ENR_HE, check_inputs, friction_result, parse_values
from slowion.evaluate.ks_jellium import Settings
from slowion.evaluate.phase_shifts import RadialGrid
from slowion.evaluate.wind import wind_result
from slowion.evaluate.xc import xc_energy_density, xc_potential


@pytest.mark.parametrize("rs", [0.3, 0.8, 1.5, 3.93, 8.0])
def test_lda_potential_is_the_density_derivative_of_n_eps_xc(rs):
    # central difference with relative step 1e-5: truncation ~1e-10, rounding ~1e-11 (|v| ~ 0.1-2 Ha)
    n = 3 / (4 * math.pi * rs**3)
    h = 1e-5 * n
    deriv = ((n + h) * xc_energy_density(n + h) - (n - h) * xc_energy_density(n - h)) / (2 * h)
    assert abs(float(xc_potential(n)) - float(deriv)) < 1e-8


def test_lda_exchange_and_pz81_correlation_at_rs_1_and_2():
    # eps_x = -0.458165/r_s; PZ81 eps_c(r_s = 2) = gamma/(1 + beta1 sqrt 2 + 2 beta2) (Table XII constants)
    n2 = 3 / (4 * math.pi * 8)
    eps_c2 = -0.1423 / (1 + 1.0529 * math.sqrt(2) + 0.3334 * 2)
    assert abs(float(xc_energy_density(n2)) - (-0.4581652932831429 / 2 + eps_c2)) < 1e-12
    # the two branches of PZ81 meet at r_s = 1 to the 3e-5 Ha of the published fit
    lo, hi = 3 / (4 * math.pi * (1 + 1e-12) ** 3), 3 / (4 * math.pi * (1 - 1e-12) ** 3)
    assert abs(float(xc_energy_density(lo)) - float(xc_energy_density(hi))) < 5e-5
    assert float(xc_potential(n2, "none")) == 0.0


def test_hartree_potential_of_a_gaussian_is_erf_over_r():
    grid = RadialGrid.build(30.0, h=0.01, alpha=0.5)
    a = 1.3
    rho = (a / math.sqrt(math.pi)) ** 3 * np.exp(-((a * grid.r) ** 2))  # unit charge
    V = ks.hartree_potential(grid, rho)
    exact = erf(a * grid.r) / grid.r
    # the cumulative three-point rule is third order: measured 4.0e-7, 5.0e-8, 6.3e-9 at h = 0.02, 0.01, 0.005
    assert np.max(np.abs(V - exact)) < 1e-7


def test_kerker_kernel_maps_a_uniform_residual_to_f_over_q0_squared_inside_the_sphere():
    grid = RadialGrid.build(40.0, h=0.02, alpha=0.25)
    q0 = 0.7
    y = ks.yukawa_solve(grid, np.ones(grid.n), q0)
    inner = grid.r < 35
    assert np.max(np.abs(y[inner] * q0**2 - 1)) < 1e-5


def test_transport_cross_section_pairs_neighbouring_phase_shifts():
    d = np.array([0.7, 0.2, 0.05, 0.0])
    k = 0.5
    expected = 4 * math.pi / k**2 * (1 * math.sin(0.5) ** 2 + 2 * math.sin(0.15) ** 2 + 3 * math.sin(0.05) ** 2)
    assert ks.transport_cross_section(d, k) == pytest.approx(expected, rel=1e-14)


def _born_mean_ratio(rs: float, Z: float) -> tuple[float, float]:
    """(mean of Q/Z^2 at +Z and -Z) / wind Q, and the odd part (the first nonlinear correction)."""
    q = []
    for sign in (1, -1):
        res = friction_result(sign * Z, rs, "none")
        assert res["converged"], res["error"]
        assert res["bound_states"] == []
        q.append(res["Q"] / Z**2)
    wind = wind_result(rs=rs, Z=1.0)["Q"]
    return 0.5 * (q[0] + q[1]) / wind, 0.5 * (q[0] - q[1]) / wind


def test_born_limit_at_rs_393_matches_the_wind_friction_to_2e_3():
    mean, odd = _born_mean_ratio(3.93, 0.02)
    assert abs(mean - 1) < 2e-3
    assert 0.01 < odd < 0.03  # the first correction, odd in Z1: about 0.87 Z1 here


@pytest.mark.slow
@pytest.mark.parametrize("rs", [2.0, 6.0])
def test_born_limit_at_rs_2_and_6_matches_the_wind_friction_to_2e_3(rs):
    mean, _ = _born_mean_ratio(rs, 0.02)
    assert abs(mean - 1) < 2e-3


@pytest.mark.parametrize(
    ("metal", "rs"),
    [  # one point (5 s of CPU) in the default run, the other three in the slow set
        pytest.param("Li", 3.25, marks=pytest.mark.slow),
        ("Na", 3.93),
        pytest.param("K", 4.86, marks=pytest.mark.slow),
        pytest.param("Rb", 5.20, marks=pytest.mark.slow),
    ],
)
def test_helium_friction_is_within_10_percent_of_enr(metal, rs):
    res = friction_result(2.0, rs)
    assert res["converged"]
    assert [(b["n"], b["l"], b["occupation"]) for b in res["bound_states"]] == [(1, 0, 2)]
    assert abs(res["Q"] / ENR_HE[metal] - 1) < 0.10
    assert res["checks"]["friedel_sum"]["ok"] and res["checks"]["displaced_charge"]["ok"]


def test_unconverged_run_reports_no_Q_and_says_why():
    res = friction_result(0.05, 3.0, "none", ks.Settings(max_iter=2))
    assert res["converged"] is False
    assert res["Q"] is None and res["Q_error"] is None
    assert "did not converge" in res["error"]
    json.dumps(res, allow_nan=False)
    assert {"Z1", "rs", "kF", "xc", "Q", "Q_error", "friedel_sum", "displaced_charge", "phase_shifts"} <= set(res)
    assert {"bound_states", "iterations", "converged", "warnings", "error"} <= set(res)


@pytest.mark.parametrize(
    ("Z1", "rs", "xc", "arg"),
    [
        (0, 3.0, "lda", "--Z1"),
        (math.nan, 3.0, "lda", "--Z1"),
        ("abc", 3.0, "lda", "--Z1"),
        (-1.0, 3.0, "lda", "--Z1"),
        (2, 0.0, "lda", "--rs"),
        (2, math.inf, "lda", "--rs"),
        (2, 3.0, "pbe", "--xc"),
    ],
)
def test_bad_input_names_the_argument(Z1, rs, xc, arg):
    with pytest.raises(InputError, match=arg):
        check_inputs(Z1, rs, xc)


def test_value_lists_and_ranges():
    assert parse_values("1-18", "--Z1") == [float(i) for i in range(1, 19)]
    assert parse_values("2-3:0.5", "--rs") == [2.0, 2.5, 3.0]
    assert parse_values("-0.05", "--Z1") == [-0.05]
    assert parse_values("1,2,5", "--Z1") == [1.0, 2.0, 5.0]
    with pytest.raises(InputError, match="--rs"):
        parse_values("3-2", "--rs")


def _fake(Z1: float, rs: float, converged: bool = True) -> dict:
    return {
        "Z1": Z1,
        "rs": rs,
        "xc": "lda",
        "Q": 0.05 * Z1 if converged else None,
        "Q_error": 1e-5 if converged else None,
        "friedel_sum": Z1,
        "displaced_charge": Z1,
        "iterations": 3,
        "converged": converged,
        "error": None if converged else "SCF did not converge in 3 iterations",
    }


def test_run_friction_prints_no_Q_and_exits_1_for_a_point_that_does_not_converge(monkeypatch, capsys):
    import argparse

    from slowion.evaluate import friction

    monkeypatch.setattr(friction, "friction_result", lambda Z1, rs, xc="lda": _fake(Z1, rs, converged=Z1 != 8))
    args = argparse.Namespace(Z1="8", rs="3.93", xc="lda", json=False, plot=None)
    assert friction.run_friction(args) == 1
    out, err = capsys.readouterr()
    assert "Q =" not in out
    assert err.count("\n") == 1 and "Z1=8" in err and "did not converge" in err
    args = argparse.Namespace(Z1="7", rs="3.93", xc="lda", json=True, plot=None)
    assert friction.run_friction(args) == 0
    assert json.loads(capsys.readouterr().out)["Q"] == pytest.approx(0.35)


def test_friction_plot_and_report_rows(tmp_path):
    from slowion.evaluate.friction import friction_section_rows, plot_friction

    results = [_fake(z, 3.93) for z in (1.0, 2.0, 3.0)]
    path = tmp_path / "q.png"
    plot_friction(results, str(path))
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    rows = friction_section_rows({"Na": _fake(2.0, 3.93)}, {"FEG": {"Na": 0.253}})
    assert rows[0]["ratio_to_enr"] == pytest.approx(0.1 / 0.053)
    assert rows[0]["FEG/KS"] == pytest.approx(0.253 / 0.1)


@pytest.mark.slow
def test_finer_grid_more_partial_waves_and_k_points_move_q_less_than_its_error_bar():
    """He at r_s = 3.93: each numerical setting made finer moves Q by less than Q_error, whose largest part is the
    r_max truncation (a second SCF in a 0.75 r_max sphere)."""
    from slowion.evaluate.ks_jellium import fermi_wavevector, friction_coefficient, solve

    ref = friction_result(2.0, 3.93, "lda")
    assert ref["converged"]
    parts = ref["Q_error_parts"]
    assert parts["r_max"] is not None and parts["r_max"] == max(parts.values())
    assert ref["Q_error"] == pytest.approx(sum(parts.values()), rel=1e-12)
    for finer in (Settings(h=0.01), Settings(l_max=30), Settings(n_k=80)):
        res = solve(2.0, 3.93, "lda", finer)
        assert res.converged
        Q = friction_coefficient(res.delta_kF, fermi_wavevector(3.93))
        assert abs(Q - ref["Q"]) < ref["Q_error"], (finer, Q, ref["Q"], ref["Q_error"])
