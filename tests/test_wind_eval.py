"""`slowion evaluate wind`: Q(r_s) from the generated integrand, checked against an independent mpmath integral."""

import itertools
import json
import math
import subprocess
import sys
import time

import mpmath
import pytest

from slowion.base.errors import InputError
from slowion.evaluate import wind


def q_mpmath(rs: float, dps: int = 30) -> mpmath.mpf:
    """Q for Z = 1 from our own mpmath integrand (not the generated one): 4/(3 pi q eps^2) on (0, 2 k_F)."""
    with mpmath.workdps(dps):
        kF = (9 * mpmath.pi / 4) ** (mpmath.mpf(1) / 3) / mpmath.mpf(rs)

        def g(q):
            x = q / (2 * kF)
            F = mpmath.mpf(1) / 2 + (1 - x**2) / (4 * x) * mpmath.log(abs((1 + x) / (1 - x)))
            eps = 1 + 4 * kF / (mpmath.pi * q**2) * F
            return 4 / (3 * mpmath.pi * q * eps**2)

        return mpmath.quad(g, [0, kF, 2 * kF])


def test_Q_at_rs_393_agrees_with_an_independent_mpmath_integral_to_1e_10():
    wind.kernel("wind_integrand")  # with numba: compile (or load) the ufunc first; the time limit is for the evaluation
    t0 = time.perf_counter()
    res = wind.wind_result(3.93)
    assert time.perf_counter() - t0 < 1.0
    ref = float(q_mpmath(3.93))
    assert abs(res["Q"] - ref) <= 1e-10 * ref
    assert res["error"] < 1e-10 * res["Q"]
    assert set(res) == {"rs", "kF", "Z", "Q", "error", "warnings"}


def test_Q_scales_as_Z_squared_and_falls_with_rs():
    assert wind.wind_result(3.0, Z=-2.0)["Q"] == pytest.approx(4 * wind.wind_result(3.0)["Q"], rel=1e-13)
    table = wind.wind_table()
    assert [r["rs"] for r in table] == list(wind.RS_TABLE)
    assert all(a["Q"] > b["Q"] for a, b in itertools.pairwise(table))


def test_ion_ion_extra_force_is_minus_Z_times_the_wind_force():
    r = wind.ion_ion_extra_force(3.93, Z=2.0)
    assert r["F_wind_over_u"] < 0
    assert r["F_extra_over_u"] == pytest.approx(-2.0 * r["F_wind_over_u"], rel=1e-14)
    assert r["F_extra_over_u"] == pytest.approx(8 * wind.wind_result(3.93)["Q"], rel=1e-12)


@pytest.mark.parametrize("bad", [0.0, -1.0, math.nan, math.inf, "abc"])
def test_bad_rs_raises_input_error(bad):
    with pytest.raises(InputError, match="argument rs: "):
        wind.wind_result(bad)


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "slowion", *args], capture_output=True, text=True, timeout=60)


def test_cli_evaluate_wind_json():
    p = _cli("evaluate", "wind", "--rs", "3.93", "--json")
    assert p.returncode == 0, p.stderr
    doc = json.loads(p.stdout)
    assert doc["Q"] == pytest.approx(float(q_mpmath(3.93)), rel=1e-10)


@pytest.mark.parametrize("bad", ["-1", "0", "nan", "abc"])
def test_cli_bad_rs_exits_2_with_one_line(bad):
    p = _cli("evaluate", "wind", "--rs", bad, "--json")
    assert p.returncode == 2 and p.stdout == ""
    assert len(p.stderr.strip().splitlines()) == 1 and "--rs" in p.stderr


def test_plot_writes_a_png(tmp_path):
    path = tmp_path / "q.png"
    wind.plot_wind(str(path))
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["q.png"]  # written atomically: no temporary file left


@pytest.mark.parametrize("bad", ["", "missing_dir/q.png", "."])
def test_plot_refuses_a_bad_path_by_the_base_validator(tmp_path, bad):
    target = bad if bad in ("", ".") else str(tmp_path / bad)
    with pytest.raises(InputError, match=r"^argument plot: ") as info:
        wind.plot_wind(target)
    assert info.value.parameter == "plot"
    assert list(tmp_path.iterdir()) == []
