"""Every executor kind gives the same results, in the order of the items."""

import importlib.util
import json
import math

import pytest

from slowion.base.errors import InputError
from slowion.report.executor import ENV_VAR, KINDS, get_executor


def slow_square_root(x: float) -> float:
    """Unequal work per item, so that out-of-order completion would show."""
    s = 0.0
    for k in range(1, 2000 * (10 - int(x) % 10)):
        s += 1.0 / k**2
    return math.sqrt(x) + s


ITEMS = [float(i) for i in range(13)]


def kinds_available():
    out = []
    for k in KINDS:
        if k == "dask" and importlib.util.find_spec("distributed") is None:
            out.append(pytest.param(k, marks=pytest.mark.skip(reason="dask.distributed not installed")))
        else:
            out.append(k)
    return out


@pytest.mark.parametrize("kind", kinds_available())
def test_each_kind_equals_serial_in_order(kind):
    expected = [slow_square_root(x) for x in ITEMS]
    with get_executor(kind, workers=2) as ex:
        assert ex.kind == kind
        got = ex.map(slow_square_root, ITEMS)
        assert got == expected
        assert ex.map(slow_square_root, []) == []


def test_environment_variable_selects_the_kind(monkeypatch):
    monkeypatch.setenv(ENV_VAR, "serial")
    with get_executor() as ex:
        assert ex.kind == "serial"


def test_unknown_kind_names_what_is_allowed(monkeypatch):
    monkeypatch.setenv(ENV_VAR, "threads")
    with pytest.raises(InputError, match=ENV_VAR) as info:
        get_executor()
    assert "serial" in str(info.value)
    with pytest.raises(InputError, match="unknown executor"):
        get_executor("mpi")


def test_zero_workers_is_refused():
    with pytest.raises(InputError, match="workers"):
        get_executor("processes", workers=0)


def test_a_worker_exception_reaches_the_caller():
    with get_executor("processes", workers=2) as ex, pytest.raises(ValueError):
        ex.map(math.sqrt, [1.0, -1.0])


def test_progress_bar_goes_to_a_terminal_stderr_and_keeps_the_order(capsys, monkeypatch):
    import sys

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    with get_executor("serial") as ex:
        assert ex.map(slow_square_root, ITEMS, desc="scan") == [slow_square_root(x) for x in ITEMS]
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "scan" in captured.err


def test_no_progress_bar_when_stderr_is_not_a_terminal(capsys):
    with get_executor("serial") as ex:
        assert ex.map(slow_square_root, ITEMS, desc="scan") == [slow_square_root(x) for x in ITEMS]
    assert capsys.readouterr().err == ""


def test_resolve_kind_checks_the_environment_without_starting_anything(monkeypatch):
    from slowion.report.executor import resolve_kind

    monkeypatch.setenv(ENV_VAR, " Serial ")
    assert resolve_kind() == "serial"
    monkeypatch.setenv(ENV_VAR, "bogus")
    with pytest.raises(InputError, match=f"{ENV_VAR}: unknown executor 'bogus'; allowed: serial, processes, dask"):
        resolve_kind()
    monkeypatch.delenv(ENV_VAR)
    assert resolve_kind() == "processes"


def _fail_fast_or_sleep(x: float) -> float:
    import time

    if x < 0:
        raise ValueError("negative")
    time.sleep(x)
    return x


def test_a_failed_map_stops_the_other_workers_instead_of_waiting_for_them():
    """A failure (or Ctrl-C, or SIGTERM in the report) ends the run at once: the pool's workers are killed."""
    import time

    t0 = time.monotonic()
    with pytest.raises(ValueError, match="negative"), get_executor("processes", workers=2) as ex:
        ex.map(_fail_fast_or_sleep, [30.0, -1.0])
    assert time.monotonic() - t0 < 20  # the sleeping task would hold a plain shutdown for 30 s


# ------------------------------------------------------------------------------------------------------------------
# the command-line rule, the architecture rule and bit-for-bit equality of the scans on every executor


def test_command_line_rule():
    from slowion.report.executor import from_options

    assert from_options().kind == "serial"
    assert from_options(workers=1).kind == "serial"
    with from_options(workers=2) as ex:
        assert (ex.kind, ex.workers) == ("processes", 2)
    with pytest.raises(InputError, match="--workers: not allowed with --scheduler"):
        from_options(workers=2, scheduler="tcp://127.0.0.1:8786")


@pytest.mark.parametrize("bad", ["0", "-1", "257", "2.5", "two", "", " ", "٣", True, 0, 1.0])
def test_bad_worker_counts_are_refused(bad):
    from slowion.report.executor import check_workers

    with pytest.raises(InputError, match=r"expected an integer in 1\.\.256"):
        check_workers(bad)


@pytest.mark.parametrize("bad", ["", "localhost", "tcp://host", "host:0", "host:70000", "a b:1", "tcp://:1", 8786])
def test_bad_scheduler_addresses_are_refused(bad):
    from slowion.report.executor import check_address

    with pytest.raises(InputError, match="Dask scheduler address"):
        check_address(bad)


def test_evaluate_does_not_import_the_report_layer():
    from pathlib import Path

    import slowion.evaluate

    root = Path(slowion.evaluate.__file__).parent
    offenders = [
        p.name for p in root.glob("*.py") if "slowion.report" in p.read_text() or "report.executor" in p.read_text()
    ]
    assert offenders == []


def _run_cli(argv, capsys):
    from slowion import cli

    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "argv",
    [
        ["evaluate", "channelling", "--metal", "Na", "--workers", "0"],
        ["evaluate", "channelling", "--metal", "Na", "--scheduler", "no-port"],
        ["evaluate", "channelling", "--metal", "Na", "--tolerance", "2"],
        ["evaluate", "friction", "--Z1", "1,2", "--rs", "3", "--workers", "x"],
        ["evaluate", "channelling", "--metal", "Na", "--workers", "2", "--scheduler", "tcp://127.0.0.1:1"],
        ["report", "--out", "never-made", "--workers", "1000"],
        ["report", "--out", "never-made", "--workers", "2", "--scheduler", "tcp://127.0.0.1:1"],
    ],
)
def test_bad_executor_options_exit_2_with_one_line(argv, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = _run_cli(argv, capsys)
    assert code == 2
    assert out == ""
    assert len(err.splitlines()) == 1 and err.startswith("slowion: error: argument --"), err
    assert not (tmp_path / "never-made").exists()


@pytest.mark.parametrize("command", [["evaluate", "channelling", "--metal", "Na"], ["report", "--out", "never-made"]])
def test_an_unreachable_scheduler_is_one_line_and_exit_1(command, capsys, tmp_path, monkeypatch):
    import socket

    from slowion.report import executor

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(executor, "CONNECT_TIMEOUT", 1)
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code, _out, err = _run_cli([*command, "--scheduler", f"tcp://127.0.0.1:{port}"], capsys)
    assert code == 1
    assert len(err.splitlines()) == 1 and "no Dask scheduler answered" in err and "Traceback" not in err, err
    assert not (tmp_path / "never-made").exists()


def _channelling_bytes(executor):
    from slowion.evaluate.channelling_exact import exact_result

    res = exact_result("Na", 8, 0.01, orders=(11, 7), shells=8, executor=executor)
    res.pop("seconds")  # wall time: the only key that may differ
    return json.dumps(res, sort_keys=True, allow_nan=False).encode()


def test_a_small_exact_map_is_bit_for_bit_the_same_on_dask_and_in_process():
    """The map's work is split into fixed chunks of points and reduced in a fixed order: the JSON bytes of the result
    are identical on a local Dask cluster (2 workers, reached by its address as an existing cluster would be), on
    local processes and in-process. Runs in CI (the test extra installs dask[distributed])."""
    from dask.distributed import LocalCluster

    from slowion.report.executor import DaskExecutor, from_options

    serial = _channelling_bytes(None)
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, protocol="tcp", dashboard_address=None
        ) as cluster,
        DaskExecutor(address=cluster.scheduler_address) as ex,
    ):
        assert ex.workers == 2
        on_dask = _channelling_bytes(ex)
    with from_options(workers=2) as ex:
        on_processes = _channelling_bytes(ex)
    assert on_dask == serial
    assert on_processes == serial


def test_a_twin_sweep_is_the_same_on_every_executor(monkeypatch):
    from slowion.codegen import accuracy

    monkeypatch.setattr(accuracy, "CHUNK_POINTS", 4)  # 11 points: 3 chunks
    module, name = accuracy.functions()[0]
    serial = accuracy.compare(module, name, n=11)
    with from_workers(2) as ex:
        parallel = accuracy.compare(module, name, n=11, executor=ex)
    assert json.dumps(serial, sort_keys=True) == json.dumps(parallel, sort_keys=True)


def from_workers(n):
    from slowion.report.executor import from_options

    return from_options(workers=n)


def test_the_lcao2_map_is_bit_for_bit_the_same_on_local_processes():
    """The LCAO-II result's three maps (value, order-11 and shell-window error maps) are three executor items."""
    from slowion.evaluate.channelling_map import channelling_result
    from slowion.report.executor import from_options

    def as_bytes(res):
        res.pop("seconds")
        return json.dumps(res, sort_keys=True, allow_nan=False).encode()

    serial = as_bytes(channelling_result("Na", grid=8))
    with from_options(workers=2) as ex:
        assert as_bytes(channelling_result("Na", grid=8, executor=ex)) == serial


def test_report_options_become_the_environment_the_report_reads(monkeypatch):
    from slowion import cli
    from slowion.report.executor import ENV_SCHEDULER, ENV_WORKERS

    settings = cli.report_executor_environment(cli.parse(["report", "--workers", "2"]))
    assert settings == {ENV_VAR: "processes", ENV_WORKERS: "2", ENV_SCHEDULER: ""}
    for k, v in settings.items():
        monkeypatch.setenv(k, v)
    with get_executor() as ex:
        assert (ex.kind, ex.workers) == ("processes", 2)
    assert cli.report_executor_environment(cli.parse(["report", "--workers", "1"]))[ENV_VAR] == "serial"
    assert cli.report_executor_environment(cli.parse(["report", "--workers", "3", "--dask"]))[ENV_VAR] == "dask"
    assert cli.report_executor_environment(cli.parse(["report"])) == {}
    monkeypatch.setenv(ENV_WORKERS, "lots")
    with pytest.raises(InputError, match=f"environment variable {ENV_WORKERS}"):
        get_executor()
