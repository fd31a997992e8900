"""Property-based fuzzing of the command line and of the public wind evaluator (hypothesis).

The property, for every argument list: exit 0 with finite output (JSON that parses strictly), or exit 2 with
exactly one line on stderr; never a traceback, never a Python warning, and never a file left behind (each example
runs in a fresh empty directory, checked afterwards). ``main(argv)`` runs in-process. The heavy runners (audit,
generate, report, bench measurements, the stopping evaluation) are replaced by stubs that return at once, so what
is fuzzed is everything from the argument list to the runner: parsing, the validators, the executor check and
the output; ``evaluate wind`` runs for real, and so does ``report`` up to its first computation (its executor
check, its own directory checks and its staging directory), after which what it made is removed again.

Two profiles: "fuzz-default" runs in the default suite (~1 min in all); "fuzz-ci" (marked slow, so ``.ci/run``'s
slow pass runs it) explores 3.5 times more examples.
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import os
import re
import tempfile
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slowion import cli
from slowion.base import validate
from slowion.base.errors import InputError
from slowion.evaluate import wind

settings.register_profile(
    "fuzz-default", max_examples=100, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "fuzz-ci", max_examples=350, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
PROFILES = [pytest.param("fuzz-default", id="default"), pytest.param("fuzz-ci", id="ci", marks=pytest.mark.slow)]

# ------------------------------------------------------------------------------------------------------------------
# values

finite_or_not = st.floats(allow_nan=True, allow_infinity=True, allow_subnormal=True)
special_numbers = st.sampled_from(
    [
        "nan",
        "NaN",
        "-nan",
        "inf",
        "-inf",
        "Infinity",
        "1e999",
        "-1e999",
        "1e-320",
        "5e-324",
        "1e308",
        "1e200",
        "1e-200",
        "0",
        "-0",
        "0.0",
        "1e10000000000",
        "1_000",
        "0x10",
        "1e",
        ".",
        "-",
        "+",
        "",
        " ",
        "3 ",
        " 3",
        "٣",
        "３",
        "𝟑",
        "3\n",
        "3\x00",
        "1,5",
        "1.5.2",
        "二",
        "Ⅲ",
        "10000000000000",
        "-1",
        "1.0",
        "999",
        "1000",
        "10000000",
        "10000001",
        "60",
        "61",
        "-3",
        "1e3",
    ]
)
# every decade of float64, evenly: the plain float strategy seldom lands between 1e20 and 1e300
log_uniform = st.floats(-325.0, 308.25).map(lambda e: 10.0**e)
numbers_as_text = st.one_of(
    finite_or_not.map(repr),
    log_uniform.map(repr),
    log_uniform.map(lambda x: repr(-x)),
    finite_or_not.map(lambda x: f"{x:e}"),
    st.integers().map(str),
    st.integers(min_value=-(10**400), max_value=10**400).map(str),
    special_numbers,
)
any_text = st.text(max_size=40)
path_like = st.one_of(
    st.sampled_from(
        [
            "",
            ".",
            "..",
            "out",
            "out/sub/deeper",
            "A_FILE",
            "A_FILE/sub",
            "DANGLING",
            "DANGLING/sub",
            "LOOP",
            "/proc/x",
            "/proc",
            "/sys/kernel/x",
            "/dev/null/x",
            "/",
            "x" * 300,
            "d/" + "x" * 256,
            "a" * 255,
            "nonexistent/../d",
            "./new",
            "new/./x",
            "a\nb",
            "a\x00b",
            "\udc80",
            "\ud800",
            "-",
            "~",
            "*",
            "é/ü",
            "../escape",
            "/" + "a/" * 2100,
        ]
    ),
    st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=4).map("/".join),
)
value = st.one_of(numbers_as_text, any_text, path_like)

# a few known good values, so that accepted inputs (exit 0) are explored too
GOOD = {
    "--rs": st.one_of(st.floats(validate.RS_MIN, validate.RS_MAX).map(repr), st.sampled_from(["3", "3.93", "1e-4"])),
    "--Z": st.one_of(st.floats(1e-3, 1e6).map(repr), st.sampled_from(["1", "-2", "1e50", "-1e-50"])),
    "--metal": st.sampled_from(["Li", "na", "K", "RB", "Cs", "li "]),
    "--model": st.sampled_from(["feg", "lcao1", "LCAO2", "exact", "dft"]),
    "--shells": st.integers(-5, 70).map(str),
    "--points": st.integers(0, 2 * validate.POINTS_MAX).map(str),
    "--out": path_like,
    "--Z1": st.sampled_from(["2", "-1", "0.05", "101", "0", "1e3", "2,3"]),
    "--xc": st.sampled_from(["lda", "none", "LDA", ""]),
    "--direction": st.sampled_from(["100", "110", ""]),
    "--grid": st.integers(-4, 300).map(str),
    # "1" only: more workers would start processes that do not see the stubs
    "--workers": st.sampled_from(["1", "0", "300", "-2", "1.5"]),
    "--tolerance": st.sampled_from(["0.01", "0", "1", "-0.1", "nan"]),
}

SUBCOMMANDS = {
    ("audit",): {"--json": None},
    ("generate",): {"--check": None},
    ("evaluate", "wind"): {"--rs": "v", "--Z": "v", "--json": None},
    ("evaluate", "stopping"): {"--metal": "v", "--model": "v", "--shells": "v", "--json": None},
    ("evaluate", "friction"): {"--Z1": "v", "--rs": "v", "--xc": "v", "--json": None, "--workers": "v"},
    ("evaluate", "channelling"): {
        "--metal": "v",
        "--model": "v",
        "--direction": "v",
        "--grid": "v",
        "--json": None,
        "--workers": "v",
        "--scheduler": "v",
        "--tolerance": "v",
    },
    ("report",): {"--out": "v", "--workers": "v", "--scheduler": "v"},
    ("bench",): {"--json": None, "--points": "v"},
}
junk_token = st.one_of(st.sampled_from(["--bogus", "-x", "--", "-h", "--json=1", "--rs=3", "extra"]), any_text)


@st.composite
def argv_for(draw, prefix: tuple[str, ...]) -> list[str]:
    """Some of the subcommand's options in any order, each with a good or a fuzzed value, maybe plus junk."""
    options = SUBCOMMANDS[prefix]
    chosen = draw(st.lists(st.sampled_from(sorted(options)), unique=True, max_size=len(options)))
    argv = list(prefix)
    for flag in chosen:
        argv.append(flag)
        if options[flag] is not None:
            argv.append(draw(st.one_of(GOOD[flag], value)) if flag in GOOD else draw(value))
    if draw(st.integers(0, 4)) == 0:
        argv.insert(draw(st.integers(0, len(argv))), draw(junk_token))
    return argv


random_argv = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "audit",
                "generate",
                "evaluate",
                "wind",
                "stopping",
                "friction",
                "channelling",
                "report",
                "bench",
                "--rs",
                "--Z",
                "--metal",
                "--model",
                "--shells",
                "--out",
                "--points",
                "--Z1",
                "--xc",
                "--grid",
                "--direction",
                "--json",
                "--check",
            ]
        ),
        value,
        junk_token,
    ),
    max_size=6,
)

# ------------------------------------------------------------------------------------------------------------------
# the sandbox and the stubs


def _tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


def _fake_stopping_result(metal, model, shells=None):
    return {
        "metal": metal,
        "model": model,
        "shells": shells,
        "S0": 0.25,
        "ratio_to_feg": 1.0,
        "V0": 0.37,
        "V0_prime": 20.3,
        "inputs": {},
        "error": 1e-15,
    }


def _fake_friction_result(Z1, rs, xc="lda", settings=None):
    return {
        "Z1": Z1,
        "rs": rs,
        "xc": xc,
        "Q": 0.05,
        "Q_error": 1e-6,
        "friedel_sum": Z1,
        "displaced_charge": Z1,
        "iterations": 20,
        "converged": True,
        "warnings": [],
        "error": None,
    }


def _fake_channelling_result(metal, model="lcao2", direction="100", grid=64, tolerance=0.01, **executor_etc):
    return {
        "metal": metal,
        "model": model,
        "direction": direction,
        "grid": grid,
        "S0": 0.12,
        "min": 0.5,
        "max": 7.6,
        "range_outside_rows": 4.5,
        "low_half_mean": 0.8,
        "error": 1e-3,
        "converged": True,
        "warnings": [],
    }


class _StopBeforeComputing(Exception):
    pass


def _stop_before_computing(stage, executor_kind=None):
    raise _StopBeforeComputing


def _report_until_compute(out: str) -> int:
    """The real ``run_report`` up to its first computation (``compute`` raises): the executor check, the report's
    own directory checks and the staging directory all run; then what it made is removed again."""
    from slowion.report import run

    target = Path(os.path.abspath(out))
    new_parents = [p for p in target.parents if not os.path.lexists(p)]
    try:
        run.run_report(out)
    except _StopBeforeComputing:
        pass
    else:
        raise AssertionError("run_report finished without computing")
    for p in new_parents:  # deepest first; only empty directories the run made
        if os.path.isdir(p) and not os.path.islink(p):
            os.rmdir(p)
    return 0


def _stubs(mp: pytest.MonkeyPatch) -> None:
    import slowion.audit
    import slowion.codegen.bench
    import slowion.codegen.driver
    import slowion.evaluate.bench
    import slowion.evaluate.channelling_map
    import slowion.evaluate.friction
    import slowion.evaluate.stopping
    import slowion.report.executor
    import slowion.report.run

    mp.setattr(
        slowion.audit,
        "audit_records",
        lambda: {
            "identities": [],
            "summary": {},
            "statuses": {},
            "not_checked": [],
            "chain_checks": [],
            "consistent": True,
        },
    )
    mp.setattr(slowion.codegen.driver, "run_generate", lambda check=False: 0)
    mp.setattr(slowion.codegen.bench, "generated_rows", lambda points: [])
    mp.setattr(slowion.evaluate.bench, "rows", lambda points: [])
    mp.setattr(slowion.evaluate.stopping, "stopping_result", _fake_stopping_result)
    mp.setattr(slowion.evaluate.friction, "friction_result", _fake_friction_result)
    mp.setattr(slowion.evaluate.channelling_map, "channelling_result", _fake_channelling_result)
    mp.setattr(slowion.report.run, "compute", _stop_before_computing)
    mp.setattr(slowion.report.executor, "CONNECT_TIMEOUT", 0.2)
    mp.setattr(cli, "run_report", _report_until_compute)


def _strict_json(text: str):
    def refuse(constant: str):
        raise ValueError(f"non-finite JSON constant {constant}")

    return json.loads(text, parse_constant=refuse)


NON_FINITE_TEXT = re.compile(r"(?<![A-Za-z])(nan|inf|infinity)(?![A-Za-z])", re.IGNORECASE)
EXAMPLES: dict[str, int] = {}


@pytest.fixture(scope="module", autouse=True)
def _print_example_counts(request):
    """Not a check: writes how many examples each fuzz target ran (shrinking included) into the test log."""
    yield
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is None or capture is None or not EXAMPLES:
        return
    with capture.global_and_fixture_disabled():  # fixture teardown output is captured otherwise
        reporter.write_line(
            "\nfuzz examples run: "
            + ", ".join(f"{k} {v}" for k, v in sorted(EXAMPLES.items()))
            + f" (total {sum(EXAMPLES.values())})"
        )


def check_cli(argv: list[str], executor: str | None = None, counter: str = "cli") -> None:
    """The property, for one argument list (and one SLOWION_EXECUTOR value), in a fresh sandbox."""
    EXAMPLES[counter] = EXAMPLES.get(counter, 0) + 1
    with tempfile.TemporaryDirectory() as sandbox, pytest.MonkeyPatch.context() as mp:
        # the working directory is three levels down, so that "../x" stays inside the sandbox
        cwd = Path(sandbox, "a", "b", "c")
        cwd.mkdir(parents=True)
        (cwd / "A_FILE").write_text("x")
        (cwd / "DANGLING").symlink_to("nowhere")
        (cwd / "LOOP").symlink_to("LOOP")
        before = _tree(Path(sandbox))
        mp.chdir(cwd)
        if executor is None:
            mp.setenv("SLOWION_EXECUTOR", "serial")
        else:
            mp.setenv("SLOWION_EXECUTOR", executor)
        _stubs(mp)
        out, err = io.StringIO(), io.StringIO()
        with (
            warnings.catch_warnings(record=True) as caught,
            contextlib.redirect_stdout(out),
            contextlib.redirect_stderr(err),
        ):
            warnings.simplefilter("always")
            code = cli.main(argv)  # an exception here is the "traceback" the property forbids
        after = _tree(Path(sandbox))
    stdout, stderr = out.getvalue(), err.getvalue()
    assert not caught, [str(w.message) for w in caught]
    assert "Traceback" not in stderr
    assert after == before, f"files left behind: {sorted(set(after) - set(before))}"
    if code == 2:
        lines = stderr.splitlines()
        assert len(lines) == 1, stderr
        # the message names what was wrong: an argument, an unknown argument, or the executor variable
        assert lines[0].startswith(
            (
                "slowion: error: argument ",
                "slowion: error: unrecognized arguments: ",
                "slowion: error: environment variable SLOWION_EXECUTOR",
            )
        ), stderr
        assert stdout == ""
    elif code == 1 and "no Dask scheduler answered" in stderr:  # a well-formed --scheduler address nobody serves
        assert len(stderr.splitlines()) == 1 and stdout == "", stderr
    else:
        assert code == 0, (code, stderr)
        assert all(line.startswith("slowion: warning: ") for line in stderr.splitlines()), stderr
        if "--json" in argv and stdout.lstrip().startswith(("{", "[")):
            _strict_json(stdout)
        assert not NON_FINITE_TEXT.search(stdout), stdout


# ------------------------------------------------------------------------------------------------------------------
# the tests


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("prefix", list(SUBCOMMANDS), ids=" ".join)
def test_every_argument_of_every_subcommand(profile, prefix):
    @settings(settings.get_profile(profile))
    @given(argv=argv_for(prefix))
    def run(argv):
        check_cli(argv, counter=" ".join(prefix))

    run()


@pytest.mark.parametrize("profile", PROFILES)
def test_any_argument_list(profile):
    @settings(settings.get_profile(profile))
    @given(argv=random_argv)
    def run(argv):
        check_cli(argv, counter="any")

    run()


executor_value = st.one_of(
    st.sampled_from(["serial", "processes", "dask", " Serial ", "PROCESSES", "", "bogus", "thread", "serial\n"]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=20),
)


@pytest.mark.parametrize("profile", PROFILES)
def test_report_output_directory_and_executor(profile):
    """Only --out and SLOWION_EXECUTOR (the full report is minutes long): the runner is the stub."""

    @settings(settings.get_profile(profile))
    @given(out=st.one_of(path_like, any_text), executor=executor_value)
    def run(out, executor):
        check_cli(["report", "--out", out], executor=executor, counter="report --out x SLOWION_EXECUTOR")

    run()


anything = st.one_of(
    finite_or_not,
    log_uniform,
    st.integers(min_value=-(10**400), max_value=10**400),
    numbers_as_text,
    any_text,
    st.booleans(),
    st.none(),
    st.just([3.0]),
    st.floats(validate.RS_MIN, validate.RS_MAX),
)


@pytest.mark.parametrize("profile", PROFILES)
def test_wind_result_gives_finite_numbers_or_names_the_bad_parameter(profile):
    @settings(settings.get_profile(profile))
    @given(rs=anything, Z=st.one_of(anything, st.floats(-1e6, 1e6)))
    def run(rs, Z):
        EXAMPLES["wind_result"] = EXAMPLES.get("wind_result", 0) + 1
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                res = wind.wind_result(rs, Z)
            except InputError as exc:
                assert str(exc).startswith(("argument rs: ", "argument Z: ")), str(exc)
                return
        assert not caught, [str(w.message) for w in caught]
        json.dumps(res, allow_nan=False)
        assert all(math.isfinite(res[k]) for k in ("rs", "kF", "Z", "Q", "error"))
        assert res["Q"] > 0 and res["error"] >= 0

    run()


@pytest.mark.parametrize(
    "argv",
    [
        ["evaluate", "friction", "--Z1", "2,3", "--rs", "3"],  # a scan: found by the ci profile (a progress bar)
        ["evaluate", "friction", "--Z1", "1-3", "--rs", "3", "--json"],
        ["evaluate", "channelling", "--metal", "na", "--grid", "16", "--json"],
    ],
)
def test_examples_the_fuzzing_found(argv):
    check_cli(argv, counter="found")
