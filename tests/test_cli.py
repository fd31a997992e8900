"""Bad input gets one line on stderr naming the argument, exit code 2, and no output files; valid but doubtful
input runs and says so; a non-finite number is never printed. Each row of the bad-input table of issue 8 is a
test here (in-process through ``slowion.cli.main``), and a handful run as real subprocesses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from slowion import cli
from slowion.base import validate
from slowion.base.errors import InputError

HAVE_PROC = os.path.isdir("/proc/self")


def run(argv, capsys):
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_exit_2(code, out, err, argument):
    lines = err.splitlines()
    assert code == 2, (code, err)
    assert len(lines) == 1, err
    assert lines[0].startswith("slowion: error: ") and argument in lines[0], lines[0]
    assert "Traceback" not in err and out == ""


def strict_json(text):
    def refuse(constant):
        raise ValueError(f"non-finite JSON constant {constant}")

    return json.loads(text, parse_constant=refuse)


@pytest.fixture
def sandbox(tmp_path, monkeypatch):
    """An empty working directory with a file, a dangling symbolic link and a runner that must not be reached."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "A_FILE").write_text("x")
    (tmp_path / "DANGLING").symlink_to(tmp_path / "nowhere")

    def must_not_run(out):
        raise AssertionError(f"the report started for --out {out!r}")

    monkeypatch.setattr(cli, "run_report", must_not_run)
    monkeypatch.setenv("SLOWION_EXECUTOR", "serial")
    return tmp_path


def listing(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


# --- evaluate wind -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("json_flag", [[], ["--json"]])
@pytest.mark.parametrize(
    ("args", "argument"),
    [
        (["--rs", "3", "--Z", "1e200"], "--Z"),
        (["--rs", "3", "--Z", "0"], "--Z"),
        (["--rs", "3", "--Z", "-1e51"], "--Z"),
        (["--rs", "1e200"], "--rs"),
        (["--rs", "1e308"], "--rs"),
        (["--rs", "1e-200"], "--rs"),
        (["--rs", "1e-320"], "--rs"),
        (["--rs", "-1"], "--rs"),
        (["--rs", "0"], "--rs"),
        (["--rs", "nan"], "--rs"),
        (["--rs", "inf"], "--rs"),
        (["--rs", "-inf"], "--rs"),
        (["--rs", ""], "--rs"),
        (["--rs", "abc"], "--rs"),
        (["--rs", "٣"], "--rs"),  # Arabic-Indic three: Python's float() would read it as 3
        (["--rs", "３"], "--rs"),  # fullwidth three
        (["--rs", "1_0"], "--rs"),  # float() reads "1_0" as 10
        (["--rs", "3\n4"], "--rs"),
        (["--rs"], "--rs"),
        (["--Z", "2"], "--rs"),
        (["--rs", "3", "--bogus"], "--bogus"),
    ],
)
def test_bad_wind_input_is_one_line_exit_2(args, argument, json_flag, capsys):
    assert_one_line_exit_2(*run(["evaluate", "wind", *args, *json_flag], capsys), argument)


def test_the_refusal_names_the_supported_range(capsys):
    _, _, err = run(["evaluate", "wind", "--rs", "1e200"], capsys)
    assert err == "slowion: error: argument --rs: expected a number r_s in [0.0001, 1e+20] (bohr), got '1e200'\n"
    _, _, err = run(["evaluate", "wind", "--rs", "3", "--Z", "1e200"], capsys)
    assert err == "slowion: error: argument --Z: expected a number Z with 1e-50 <= |Z| <= 1e+50, got '1e200'\n"


def test_the_edges_of_the_domain_are_accepted_and_negative_exponents_read_as_numbers(capsys):
    code, out, err = run(["evaluate", "wind", "--rs", "1e-4", "--Z", "-1e50", "--json"], capsys)
    assert code == 0, err
    doc = strict_json(out)
    assert doc["Z"] == -1e50 and doc["rs"] == 1e-4
    code, out, err = run(["evaluate", "wind", "--rs", "1e20", "--Z", "1e-50", "--json"], capsys)
    assert code == 0, err
    assert strict_json(out)["Q"] > 0


def test_a_large_charge_runs_with_a_warning_in_json_and_one_line_on_stderr(capsys):
    code, out, err = run(["evaluate", "wind", "--rs", "3.93", "--Z", "1e6", "--json"], capsys)
    assert code == 0 and err == ""
    (warning,) = strict_json(out)["warnings"]
    assert "linear response" in warning
    code, out, err = run(["evaluate", "wind", "--rs", "3.93", "--Z", "1e6"], capsys)
    assert code == 0 and out.startswith("Q = ")
    assert err.splitlines() == [f"slowion: warning: {warning}"]


def test_the_default_wind_evaluation_has_no_warning(capsys):
    code, out, err = run(["evaluate", "wind", "--rs", "3.93", "--json"], capsys)
    assert code == 0 and err == ""
    assert strict_json(out)["warnings"] == []


def test_a_non_finite_result_inside_the_domain_is_exit_1_and_never_printed(monkeypatch, capsys):
    from slowion.evaluate import wind

    monkeypatch.setattr(wind, "friction_integral", lambda kF: (float("nan"), 0.0))
    for json_flag in ([], ["--json"]):
        code, out, err = run(["evaluate", "wind", "--rs", "3", *json_flag], capsys)
        assert code == 1 and out == ""
        assert len(err.splitlines()) == 1 and "nan" in err


def test_output_is_refused_if_any_number_is_not_finite(monkeypatch, capsys):
    """The last guard in the command line (`_emit`), for evaluators that do not check their own results."""
    import slowion.evaluate.stopping

    bad = {
        "metal": "Na",
        "model": "feg",
        "shells": None,
        "S0": 0.25,
        "ratio_to_feg": 1.0,
        "V0": 0.3,
        "V0_prime": 20.0,
        "inputs": {"J0": float("inf")},
        "error": 0.0,
    }
    monkeypatch.setattr(slowion.evaluate.stopping, "stopping_result", lambda **kw: bad)
    code, out, err = run(["evaluate", "stopping", "--metal", "Na", "--model", "feg", "--json"], capsys)
    assert code == 1 and out == "" and len(err.splitlines()) == 1


def test_an_evaluator_error_is_reported_with_the_flag_of_its_parameter(monkeypatch, capsys):
    from slowion.evaluate import wind

    def refuse(rs, Z):
        raise InputError("expected something else", parameter="rs")

    monkeypatch.setattr(wind, "wind_result", refuse)
    code, _, err = run(["evaluate", "wind", "--rs", "3"], capsys)
    assert code == 2 and err == "slowion: error: argument --rs: expected something else\n"


# --- evaluate stopping ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "argument"),
    [
        (["--metal", "Cs", "--model", "feg"], "--metal"),
        (["--metal", "", "--model", "feg"], "--metal"),
        (["--metal", "Na", "--model", "dft"], "--model"),
        (["--metal", "Na", "--model", "lcao2", "--shells", "-3"], "--shells"),
        (["--metal", "Na", "--model", "lcao2", "--shells", "61"], "--shells"),
        (["--metal", "Na", "--model", "lcao2", "--shells", "1.0"], "--shells"),
        (["--metal", "Na", "--model", "lcao2", "--shells", "٣"], "--shells"),
        (["--metal", "Na", "--model", "lcao2", "--shells", "9" * 400], "--shells"),
        (["--metal", "Na"], "--model"),
        (["--model", "feg"], "--metal"),
    ],
)
def test_bad_stopping_input_is_one_line_exit_2(args, argument, capsys):
    assert_one_line_exit_2(*run(["evaluate", "stopping", *args], capsys), argument)


# --- report --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("out", "says"),
    [
        ("A_FILE/sub", "'A_FILE' is not a directory"),
        ("A_FILE", "'A_FILE' is not a directory"),
        pytest.param(
            "/proc/x", "cannot create a directory in '/proc'", marks=pytest.mark.skipif(not HAVE_PROC, reason="no proc")
        ),
        ("x" * 300, "got one of 300"),
        ("new/" + "x" * 300, "at most 255 bytes"),
        ("DANGLING", "symbolic link that does not resolve"),
        ("DANGLING/sub", "symbolic link that does not resolve"),
        ("", "non-empty"),
        ("a\0b", "NUL"),
        ("missing/../d", "'..'"),
        ("/" + "a/" * 2100, "shorter than"),
    ],
)
def test_a_bad_output_directory_is_refused_before_anything_is_made(out, says, sandbox, capsys):
    before = listing(sandbox)
    code, stdout, err = run(["report", "--out", out], capsys)
    assert_one_line_exit_2(code, stdout, err, "--out")
    assert says in err
    assert listing(sandbox) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere; /proc stands for a read-only place above")
def test_a_read_only_directory_is_refused(sandbox, capsys):
    ro = sandbox / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        for out in ("ro", "ro/new"):
            code, stdout, err = run(["report", "--out", out], capsys)
            assert_one_line_exit_2(code, stdout, err, "--out")
        assert listing(ro) == []
    finally:
        ro.chmod(0o755)


@pytest.mark.skipif(not HAVE_PROC, reason="no /proc on this system")
def test_the_validator_probes_writability_instead_of_trusting_permission_bits():
    """As root, os.access says /proc is writable; making a directory there fails, and so does the validator."""
    with pytest.raises(InputError, match="argument out: cannot"):
        validate.output_directory("/proc/slowion-test")


def test_a_good_output_directory_reaches_the_runner_unchanged(sandbox, monkeypatch, capsys):
    seen = []
    monkeypatch.setattr(cli, "run_report", lambda out: seen.append(out) or 0)
    for out in ("new/sub", ".", str(sandbox / "abs")):
        assert run(["report", "--out", out], capsys)[0] == 0
    assert seen == ["new/sub", ".", str(sandbox / "abs")]
    assert listing(sandbox) == ["A_FILE", "DANGLING"]  # the probe left nothing


@pytest.mark.parametrize("kind", ["bogus", "threads", "dask-ish"])
def test_an_unknown_executor_is_refused_before_the_output_directory_is_made(kind, sandbox, monkeypatch, capsys):
    monkeypatch.setenv("SLOWION_EXECUTOR", kind)
    code, out, err = run(["report", "--out", "D"], capsys)
    assert_one_line_exit_2(code, out, err, "SLOWION_EXECUTOR")
    assert not (sandbox / "D").exists()


def test_the_dask_executor_without_dask_is_refused_up_front(sandbox, monkeypatch, capsys):
    # a None entry in sys.modules makes the import fail as on a machine without the extra (CI installs it)
    for name in ("dask", "dask.distributed", "distributed"):
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setenv("SLOWION_EXECUTOR", "dask")
    code, out, err = run(["report", "--out", "D"], capsys)
    assert_one_line_exit_2(code, out, err, "dask.distributed")
    assert not (sandbox / "D").exists()


def test_an_os_error_during_the_report_is_one_line_exit_1(sandbox, monkeypatch, capsys):
    def disk_full(out):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cli, "run_report", disk_full)
    code, _, err = run(["report", "--out", "D"], capsys)
    assert code == 1 and len(err.splitlines()) == 1 and "No space left" in err


# --- bench ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("points", ["10000000000000", "10000001", "999", "0", "-5", "1e6", "", "nan"])
def test_bench_points_outside_1000_to_10_million_are_refused(points, capsys):
    assert_one_line_exit_2(*run(["bench", "--points", points], capsys), "--points")


def test_run_bench_refuses_points_outside_the_range_too():
    from slowion.bench import run_bench

    with pytest.raises(InputError, match=r"argument points: expected an integer in 1000\.\.10000000"):
        run_bench(as_json=True, points=10**13)


# --- the parser itself ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--bogus"], "unrecognized arguments: --bogus"),
        (["--bogus", "audit"], "unrecognized arguments: --bogus"),
        (["audit", "--bogus"], "unrecognized arguments: --bogus"),
        (["evaluate", "stopping", "--bogus"], "unrecognized arguments: --bogus"),
        ([], "argument COMMAND: required"),
        (["frobnicate"], "argument COMMAND: invalid choice: 'frobnicate'"),
        (["évaluer"], "argument COMMAND: invalid choice"),
        (["evaluate"], "argument WHAT: required"),
        (["evaluate", "mood"], "argument WHAT: invalid choice"),
        (["report", "--out"], "argument --out: expected one argument"),
        (["bench", "--points"], "argument --points: expected one argument"),
        (["audit", "a\nb"], "unrecognized arguments: a\\nb"),
    ],
)
def test_parser_errors_name_the_argument_on_one_line(argv, says, capsys):
    code, out, err = run(argv, capsys)
    assert_one_line_exit_2(code, out, err, says)


def test_help_exits_0(capsys):
    code, out, _ = run(["--help"], capsys)
    assert code == 0 and "COMMAND" in out


# --- a few real processes ------------------------------------------------------------------------------------------


def run_process(*args, cwd, env=None):
    return subprocess.run(
        [sys.executable, "-m", "slowion", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=cwd,
        env={**os.environ, **(env or {})},
    )


@pytest.mark.parametrize(
    ("args", "env", "argument"),
    [
        (["--bogus"], None, "--bogus"),
        (["evaluate", "wind", "--rs", "1e200", "--json"], None, "--rs"),
        (["evaluate", "wind", "--rs", "3", "--Z", "1e200"], None, "--Z"),
        (["report", "--out", "A_FILE/sub"], None, "--out"),
        (["report", "--out", "D"], {"SLOWION_EXECUTOR": "bogus"}, "SLOWION_EXECUTOR"),
        (["bench", "--points", "10000000000000"], None, "--points"),
    ],
)
def test_as_a_process_bad_input_is_one_line_exit_2_and_no_file(args, env, argument, tmp_path):
    (tmp_path / "A_FILE").write_text("x")
    proc = run_process(*args, cwd=tmp_path, env=env)
    assert_one_line_exit_2(proc.returncode, proc.stdout, proc.stderr, argument)
    assert listing(tmp_path) == ["A_FILE"]


def test_as_a_process_wind_json_is_strict(tmp_path):
    proc = run_process("evaluate", "wind", "--rs", "3.93", "--json", cwd=tmp_path)
    assert proc.returncode == 0 and proc.stderr == ""
    assert strict_json(proc.stdout)["Q"] == pytest.approx(0.0884921266, rel=1e-9)


def test_a_probe_left_by_a_killed_run_is_removed_by_the_next_validation(tmp_path):
    out = tmp_path / "report"
    out.mkdir()
    (out / ".slowion-probe-abc12_xy").mkdir()  # killed between making and removing its probe
    (out / ".slowion-probe-keepme00").mkdir()
    (out / ".slowion-probe-keepme00" / "data").write_text("not ours: not empty")
    assert validate.output_directory(str(out)) == out
    assert listing(out) == [".slowion-probe-keepme00", ".slowion-probe-keepme00/data"]


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["evaluate", "friction", "--rs", "3"], "argument --Z1: required"),
        (["evaluate", "friction", "--Z1", "2", "--rs", "0.1"], "argument --rs"),
        (["evaluate", "friction", "--Z1", "2", "--rs", "3", "--xc", "pbe"], "argument --xc"),
        (["evaluate", "friction", "--Z1", "nan", "--rs", "3"], "argument --Z1"),
        (["evaluate", "friction", "--Z1", "2", "--rs", "3", "--plot", "D"], "argument --plot"),
        (["evaluate", "friction", "--Z1", "2", "--rs", "3", "--plot", "nowhere/q.png"], "argument --plot"),
        (["evaluate", "channelling"], "argument --metal: required"),
        (["evaluate", "channelling", "--metal", "Na", "--model", "lcao1"], "argument --model"),
        (["evaluate", "channelling", "--metal", "Na", "--grid", "30"], "argument --grid"),
        (["evaluate", "channelling", "--metal", "Na", "--direction", "111"], "argument --direction"),
        (["evaluate", "channelling", "--metal", "Na", "--plot", ""], "argument --plot"),
    ],
)
def test_friction_and_channelling_refuse_bad_input_before_computing(sandbox, capsys, argv, needle):
    (sandbox / "D").mkdir()
    before = sorted(p.name for p in sandbox.iterdir())
    code, out, err = run(argv, capsys)
    assert_one_line_exit_2(code, out, err, needle)
    assert sorted(p.name for p in sandbox.iterdir()) == before
