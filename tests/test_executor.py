"""Every executor kind gives the same results, in the order of the items."""

import importlib.util
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
