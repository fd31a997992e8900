"""Mean low-velocity stopping of He in alkali metals (DF Eqs. 72, 75, 77): closed form vs quadrature,
independence of ratio_to_feg from V0', convergence of the Fermi-surface quadrature, the coupling inputs."""

from __future__ import annotations

import itertools
import json
import math

import numpy as np
import pytest
from scipy.integrate import cumulative_simpson, quad
from scipy.interpolate import CubicSpline
from scipy.special import gammainc, gammaincc

from slowion.base.errors import InputError
from slowion.cli import main
from slowion.evaluate.constants import METAL_DATA, METALS, RS_CONSISTENCY_TOLERANCE, metal_data, rs_consistency
from slowion.evaluate.coupling import BETA_CHOICES, beta_max_overlap, coulomb_J0, coupling, wigner_seitz_points
from slowion.evaluate.fermi import double_sphere
from slowion.evaluate.orbitals import helium_1s, valence_orbital
from slowion.evaluate.stopping import (
    CONVERGENCE_TOLERANCE,
    ERROR_COMBINATION,
    LEBEDEV_ORDERS,
    NEAR_REFUSAL,
    double_fermi_ratio,
    double_fermi_series,
    feg_closed_form,
    feg_quadrature,
    lcao1_ratio,
    mean_stopping,
    mpmath_checks,
    shell_convergence,
    shell_truncation,
    stopping_result,
)

#: the keys of the stopping JSON of docs/architecture.md (kept for the CLI) and the error-budget keys added to them
DESIGN_KEYS = {"metal", "model", "shells", "S0", "ratio_to_feg", "V0", "V0_prime", "inputs", "error"}
ERROR_KEYS = {"error_parts", "error_combination", "converged", "tolerance", "warnings"}


def test_rs_of_the_issue_matches_the_lattice_constants():
    for row in rs_consistency():
        assert abs(row["relative_difference"]) < RS_CONSISTENCY_TOLERANCE


@pytest.mark.parametrize("metal", METALS)
def test_feg_quadrature_equals_generated_closed_form(metal):
    kF = metal_data(metal).kF
    value, err = feg_quadrature(kF, 17.0)
    assert value == pytest.approx(feg_closed_form(kF, 17.0), rel=1e-10, abs=0)
    assert err < 1e-10 * value


def test_double_fermi_surface_normalisation_reproduces_feg():
    """G = 1 in the double Fermi-surface form: int int |k^ - k'^|^2 dOmega dOmega' = 32 pi^2."""
    value = double_sphere(lambda a, b: np.clip(2 - 2 * a @ b.T, 0, 4), 47)
    assert value == pytest.approx(32 * math.pi**2, rel=1e-13)


def test_the_metal_data_are_keyed_by_the_metals_the_validator_accepts():
    """One list of metals (base/choices.py): the physical data cover exactly it, in its order."""
    assert tuple(METAL_DATA) == METALS
    assert all(METAL_DATA[m].symbol == m for m in METALS)
    assert metal_data(" na ") is METAL_DATA["Na"]


@pytest.mark.parametrize("beta", BETA_CHOICES)
@pytest.mark.parametrize("metal", METALS)
def test_V0_from_the_generated_kernel_is_DF_42(metal, beta):
    """V0 comes from the generated DF-42 kernel (effective_coupling_v0); the same sum typed here agrees within
    4 ulp (measured: at most 1 ulp, K), and a flipped sign of any term or a dropped factor would not."""
    c = coupling(metal, beta=beta)
    by_hand = c.E_M - c.E_He - 3.0 / 8.0 * c.beta + c.J0
    assert c.V0 == pytest.approx(by_hand, rel=4 * np.finfo(float).eps, abs=0)
    assert c.V0_prime == pytest.approx(by_hand * c.He_integral**2, rel=8 * np.finfo(float).eps, abs=0)


def test_lcao1_ratio_does_not_depend_on_V0_prime():
    a = mean_stopping("Na", "lcao1", V0_prime=10.0)
    b = mean_stopping("Na", "lcao1", V0_prime=25.0)
    assert a.ratio_to_feg == b.ratio_to_feg
    assert b.S0 / a.S0 == pytest.approx((25.0 / 10.0) ** 2, rel=1e-14)


def test_cli_lcao1_json_reports_ratio_independent_of_V0_prime(capsys):
    assert main(["evaluate", "stopping", "--metal", "Na", "--model", "lcao1", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert DESIGN_KEYS | ERROR_KEYS == set(out)
    assert {"rs", "kF", "lattice_constant", "E_M", "E_He", "beta", "J0"} <= set(out["inputs"])
    other = mean_stopping("Na", "lcao1", V0_prime=0.5 * out["V0_prime"])
    assert other.ratio_to_feg == pytest.approx(out["ratio_to_feg"], rel=1e-15)
    assert out["S0"] == pytest.approx(out["ratio_to_feg"] * feg_closed_form(out["inputs"]["kF"], out["V0_prime"]))


def test_lcao2_without_neighbour_shells_equals_lcao1():
    """With no shells S_B = 1 and DF Eq. 72 reduces to Eq. 75: the double Fermi-surface quadrature must equal the
    one-dimensional q integral (two independent reductions of the same integral)."""
    ratio2, _, _ = double_fermi_ratio("K", "lcao2", 0)
    ratio1, _ = lcao1_ratio(valence_orbital("K"), metal_data("K").kF)
    assert ratio2 == pytest.approx(ratio1, rel=1e-10)


def test_exact_without_shells_equals_lcao1():
    """DF Eq. 63 with only the R = 0 term: the Bloch transform is I(q) and S_B = 1, so exact = LCAO-I."""
    ratio, _, _ = double_fermi_ratio("Na", "exact", 0)
    assert ratio == pytest.approx(lcao1_ratio(valence_orbital("Na"), metal_data("Na").kF)[0], rel=1e-10)


def test_shell_convergence_lists_refused_truncations():
    rows = shell_convergence("Na", shells=[1, 8])
    assert rows[0]["refused"] and rows[0]["S0"] is None
    assert rows[1]["refused"] is None
    assert rows[1]["ratio_to_feg"] == pytest.approx(double_fermi_ratio("Na", "lcao2", 8)[0], rel=1e-14)
    assert [r["neighbours"] for r in rows] == [8, 8 + 6 + 12 + 24 + 8 + 6 + 24 + 24]


@pytest.mark.parametrize("metal", ["Li", "Na"])
def test_lcao2_quadrature_is_converged(metal):
    """The two default Lebedev orders agree to 1e-6 relative, and a much higher pair of orders confirms it."""
    ratio, err, smallest = double_fermi_ratio(metal, "lcao2", 8)
    assert smallest > 0
    assert err < 1e-6 * ratio
    high, _, _ = double_fermi_ratio(metal, "lcao2", 8, orders=(83, 101))
    assert abs(high - ratio) <= max(err, 1e-12 * ratio)


def test_lcao2_refuses_a_truncation_with_negative_bloch_sum(capsys):
    with pytest.raises(InputError, match=r"^argument shells: truncation at 1 shells") as info:
        mean_stopping("Na", "lcao2", shells=1)
    assert info.value.parameter == "shells"
    assert main(["evaluate", "stopping", "--metal", "Na", "--model", "lcao2", "--shells", "1"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("slowion: error: argument --shells: truncation at 1 shells") and err.count("\n") == 1


def test_bad_combinations_are_refused():
    """The evaluator names the parameter (the command line puts its flag in place), by the base validators."""
    for call, parameter in (
        (lambda: stopping_result("Na", "feg", 3), "shells"),
        (lambda: mean_stopping("Na", "lcao2", shells=61), "shells"),
        (lambda: mean_stopping("Na", "lcao2", shells=True), "shells"),
        (lambda: mean_stopping("Na", "lcao3"), "model"),
        (lambda: mean_stopping("Cs", "feg"), "metal"),
        (lambda: mean_stopping("Na", "feg", V0=1.0), "overrides"),
        (lambda: mean_stopping("Na", "feg", lattice_constant=-1.0), "lattice_constant"),
    ):
        with pytest.raises(InputError, match=rf"^argument {parameter}: ") as info:
            call()
        assert info.value.parameter == parameter


def test_mpmath_checks_agree():
    rows = mpmath_checks()
    assert {(r["metal"], r["model"]) for r in rows} == {(m, x) for m in METALS for x in ("feg", "lcao1")}
    for row in rows:
        assert row["relative_difference"] < 1e-10, row


def test_beta_fit_maximises_the_overlap_with_rhf_helium():
    beta, best = beta_max_overlap()
    assert 1.0 < beta < 2.5
    for other in (beta * 0.99, beta * 1.01, 27 / 16):
        assert best >= beta_max_overlap_at(other)


def beta_max_overlap_at(beta: float) -> float:
    """<1s_beta|psi_He> by radial quadrature."""
    he = helium_1s()
    return quad(
        lambda r: 2 * beta**1.5 * math.exp(-beta * r) * float(he.radial(r)) * r * r, 0, 60, epsabs=0, epsrel=1e-12
    )[0]


def helium_potential(s: np.ndarray) -> np.ndarray:
    """Electrostatic potential of the He 1s density (one electron) by the shell theorem,
    V(s) = Q(s)/s + int_s^inf 4 pi t rho(t) dt, with rho = R^2 / (4 pi) a sum of r^m e^{-a r} terms whose radial
    moments are incomplete gamma functions."""
    he = helium_1s()
    norms = (2 * he.zeta) ** (he.n + 0.5) / np.sqrt([math.factorial(2 * int(k)) for k in he.n])
    V = np.zeros_like(s)
    for i in range(len(he.n)):
        for j in range(len(he.n)):
            c = he.coefficients[i] * he.coefficients[j] * norms[i] * norms[j]
            m, a = int(he.n[i] + he.n[j] - 2), he.zeta[i] + he.zeta[j]
            inside = math.factorial(m + 2) / a ** (m + 3) * gammainc(m + 3, a * s)
            outside = math.factorial(m + 1) / a ** (m + 2) * gammaincc(m + 2, a * s)
            V += c * (np.divide(inside, s, out=np.zeros_like(s), where=s > 0) + outside)
    V[s == 0] = V[1] if s[0] == 0 else V[0]  # not used at s = 0 below (the s V(s) weight vanishes)
    return V


def test_J0_matches_the_shell_theorem_in_real_space():
    """J0(R) = int rho_M(r1) V_He(|r1 - R|) d^3r1 in real space (shell theorem + angular average
    (1/(2 r R)) int_{|r-R|}^{r+R} s V(s) ds); independent of the form factors used by coulomb_J0."""
    metal, he = valence_orbital("Na"), helium_1s()
    s_nodes = np.linspace(0.0, 60.0, 60001)
    sV = CubicSpline(s_nodes, cumulative_simpson(s_nodes * helium_potential(s_nodes), x=s_nodes, initial=0.0))
    for R in (0.5, 3.0, 4.5):

        def integrand(r: float, R: float = R) -> float:
            avg = (sV(r + R) - sV(abs(r - R))) / (2 * r * R)
            return float(metal.radial(r)) ** 2 * r * r * avg

        edges = [1e-12, 0.05, 0.3, 1.0, R, R + 1.0, 8.0, 20.0, 40.0]
        want = sum(
            quad(integrand, lo, hi, epsabs=1e-15, epsrel=1e-10, limit=200)[0] for lo, hi in itertools.pairwise(edges)
        )
        got = float(coulomb_J0(np.array([R]), metal, he)[0])
        assert got == pytest.approx(want, rel=1e-7)


def test_wigner_seitz_rule_integrates_the_cell_second_moment():
    """Mean |R|^2 over the bcc Wigner-Seitz cell (truncated octahedron) is 57/384 a^2: its dimensionless second
    moment G = 19 / (192 * 2^(1/3)) (Conway & Sloane, Sphere Packings, Table 2.3) with V = a^3 / 2."""
    a = 2.0
    p, w = wigner_seitz_points(a, 6)
    assert w.sum() == pytest.approx(1.0, rel=1e-13)
    G = 19 / (192 * 2 ** (1 / 3))
    assert w @ (p**2).sum(axis=1) == pytest.approx(3 * G * (a**3 / 2) ** (2 / 3), rel=1e-12)


def test_stopping_result_has_the_design_keys_and_default_orders():
    out = stopping_result("Rb", "lcao2", None)
    assert DESIGN_KEYS | ERROR_KEYS == set(out)
    assert out["inputs"]["lebedev_orders"] == list(LEBEDEV_ORDERS)
    assert out["error"] < 1e-6 * out["S0"]
    json.dumps(out, allow_nan=False)


# ----------------------------------------------------------------------------------------------- error budget


def test_shell_series_equals_the_direct_evaluation_at_every_truncation():
    """One pass accumulating the Bloch sums shell by shell gives the same S0 as separate evaluations (budget 1e-12
    relative: the same terms summed in another order); refused truncations are NaN."""
    series = double_fermi_series("Na", "lcao2", 10)
    assert np.isnan(series.ratio[1]) and series.refused[1]
    for n in (0, 2, 5, 10):
        direct, _, smallest = double_fermi_ratio("Na", "lcao2", n)
        assert series.ratio[n] == pytest.approx(direct, rel=1e-12)
        assert series.min_bloch[n] == pytest.approx(smallest, rel=1e-12)


def test_shell_truncation_bounds_an_oscillating_tail():
    """A sequence that oscillates about its limit with a decaying amplitude: the largest change over a window that
    holds a sign change bounds |S(N) - S_inf|; refused (NaN) entries are skipped."""
    n = np.arange(40)
    limit = 0.5
    seq = limit + 0.3 * np.exp(-n / 6.0) * np.cos(n / 2.0)
    for N in range(0, 25):
        window = seq[N : N + 8]  # 8 steps > half a period (2 pi)
        assert shell_truncation(window) >= abs(seq[N] - limit)
    assert shell_truncation(np.array([1.0, np.nan, 1.5])) == 0.5
    assert shell_truncation(np.array([-2.0, np.nan])) == 2.0


def test_error_parts_are_present_and_add_up_to_the_error():
    """error = sum of error_parts (ERROR_COMBINATION), each part finite and >= 0; the parts are those of the model."""
    expected = {
        "feg": {"quadrature", "coupling"},
        "lcao1": {"quadrature", "coupling"},
        "lcao2": {"quadrature", "shells", "coupling"},
        "exact": {"quadrature", "shells", "tables", "coupling"},
    }
    assert ERROR_COMBINATION == "sum"
    for model, shells in (("feg", None), ("lcao1", None), ("lcao2", 12), ("exact", 4)):
        out = stopping_result("Na", model, shells)
        parts = out["error_parts"]
        assert set(parts) == expected[model]
        assert all(math.isfinite(v) and v >= 0 for v in parts.values())
        # the same floats summed in the same order: equal up to rounding of the sum (4 ulp)
        assert out["error"] == pytest.approx(math.fsum(parts.values()), rel=4 * 2**-52, abs=0)
        assert out["error_combination"] == "sum"
        json.dumps(out, allow_nan=False)


@pytest.mark.parametrize(("metal", "shells"), [("Na", 8), ("Na", 12), ("Na", 20), ("Li", 12), ("Li", 24), ("K", 30)])
def test_error_bar_covers_the_change_to_a_much_larger_truncation(metal, shells):
    """|S0(N) - S0(60 shells)| <= error(N), and the shell part is what makes it so: the other parts alone are
    smaller than the change (dropping the shell part would fail)."""
    r = mean_stopping(metal, "lcao2", shells=shells)
    far, _, _ = double_fermi_ratio(metal, "lcao2", 60)
    change = abs(r.S0 - far * r.inputs["S0_feg"])
    assert change <= r.error
    assert change > r.error - r.error_parts["shells"]


def test_converged_flips_when_the_tolerance_is_tightened_below_the_truncation_error():
    out = stopping_result("Na", "lcao2", 20)
    rel = out["error"] / out["S0"]
    assert out["error_parts"]["shells"] > 0.5 * out["error"]
    assert out["converged"] and out["tolerance"] == CONVERGENCE_TOLERANCE and rel <= CONVERGENCE_TOLERANCE
    assert out["warnings"] == []
    tight = stopping_result("Na", "lcao2", 20, tolerance=0.5 * out["error_parts"]["shells"] / out["S0"])
    assert not tight["converged"]
    assert tight["S0"] == out["S0"]
    assert len(tight["warnings"]) == 1 and tight["warnings"][0].startswith("not converged")
    assert "shells" in tight["warnings"][0]
    loose = stopping_result("Na", "lcao2", 20, tolerance=2.0 * rel)
    assert loose["converged"] and loose["warnings"] == []


@pytest.mark.parametrize("tolerance", [0.0, -1e-3, 1.0, math.nan, math.inf, True, "1e-3"])
def test_a_bad_tolerance_is_refused(tolerance):
    with pytest.raises(InputError, match="tolerance"):
        mean_stopping("Na", "feg", tolerance=tolerance)


def test_a_shell_count_just_above_the_refusal_limit_runs_but_warns(capsys):
    """Li LCAO-II with 6 shells (the first accepted truncation): min S_B ~ 0.002, S0 ~ 3 S_FEG. It runs, is not
    converged, and every reason is one line of ``warnings``; the converged default does not warn."""
    assert main(["evaluate", "stopping", "--metal", "Li", "--model", "lcao2", "--shells", "6", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["shells"] == 6 and not out["converged"]
    assert out["ratio_to_feg"] > 1 and out["inputs"]["min_bloch_overlap_on_fermi_sphere"] < NEAR_REFUSAL
    text = "\n".join(out["warnings"])
    assert len(out["warnings"]) == 3 and all("\n" not in w for w in out["warnings"])
    assert "not converged" in text and "min S_B" in text and "free-electron" in text
    default = stopping_result("Li", "lcao2")
    assert default["converged"] and default["warnings"] == []


@pytest.mark.slow
@pytest.mark.parametrize("model", ["lcao2", "exact"])
@pytest.mark.parametrize("metal", METALS)
def test_default_error_bar_covers_the_60_shell_value(metal, model):
    """The acceptance check of the error budget: |S0(default shells) - S0(60 shells)| <= error(default) for every
    metal and both lattice models (exact at 60 shells takes 2-5 min per metal); the shell part covers it by itself
    (for K and Rb LCAO-II the <J0> part alone would too: the change is below 1e-8 relative there)."""
    r = mean_stopping(metal, model)
    far, _, _ = double_fermi_ratio(metal, model, 60)
    change = abs(r.S0 - far * r.inputs["S0_feg"])
    assert change <= r.error
    assert change <= r.error_parts["shells"]


def test_a_refused_truncation_inside_the_window_is_skipped_and_the_json_stays_strict():
    """Na with 0 shells: shell 1 (refused) lies in the window; it is listed as null and left out of the estimate."""
    out = stopping_result("Na", "lcao2", 0)
    window = out["inputs"]["window_ratios_to_feg"]
    # window[0] is the lower Lebedev order, ratio_to_feg the higher: for the smooth 0-shell integrand they agree to
    # rounding (measured: 1 ulp), not bit for bit
    assert window[0] == pytest.approx(out["ratio_to_feg"], rel=8 * np.finfo(float).eps) and window[1] is None
    accepted = [w for w in window[1:] if w is not None]
    assert out["error_parts"]["shells"] == pytest.approx(
        max(abs(w - window[0]) for w in accepted) * out["inputs"]["S0_feg"], rel=1e-15
    )
    json.dumps(out, allow_nan=False)
