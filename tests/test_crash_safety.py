"""SIGKILL at any moment of ``report`` or ``generate`` leaves the previous set or the new one, whole; the next run
removes what the killed one left; no worker process survives its parent.

Each case runs tests/crash_helper.py in a subprocess on tiny stand-ins; the helper stops at a chosen moment of the
write phase (it wraps one function in its own process, production code has no hook) and is killed there.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import crash_helper
import pytest

from slowion.base import atomic
from slowion.codegen import driver
from slowion.report import run

HELPER = Path(__file__).resolve().parent / "crash_helper.py"

#: seconds to wait for the helper to reach its moment: normally 2-5 s, generous because the cores are shared (a wait,
#: not a sleep: it ends when the line arrives)
REACH_TIMEOUT = 60

#: seconds a worker may take to die after its parent: the kernel sends SIGKILL at once (PR_SET_PDEATHSIG); the
#: portable fallback polls every 0.5 s
WORKER_GRACE = 5.0


def _exchange_works(tmp_path: Path) -> bool:
    a, b = tmp_path / "xa", tmp_path / "xb"
    a.mkdir()
    b.mkdir()
    try:
        return atomic.exchange(a, b)
    finally:
        a.rmdir()
        b.rmdir()


def _running(pid: int) -> bool:
    """Alive and not a zombie (an orphan may wait to be reaped by an init that does not reap)."""
    stat = Path(f"/proc/{pid}/stat")
    if stat.parent.parent.is_dir() and Path("/proc/self/stat").exists():
        try:
            state = stat.read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return False
        return state not in ("Z", "X")
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def _assert_all_die(pids: list[int], message: str) -> None:
    """Every process in ``pids`` ends within WORKER_GRACE; a survivor fails the test (and is killed, not leaked)."""
    deadline = time.monotonic() + WORKER_GRACE
    while any(_running(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    survivors = [pid for pid in pids if _running(pid)]
    for pid in survivors:
        os.kill(pid, signal.SIGKILL)
    assert not survivors, message


def _snapshot(directory: Path) -> dict[str, bytes]:
    return {
        p.relative_to(directory).as_posix(): p.read_bytes()
        for p in sorted(directory.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


class Helper:
    """The helper subprocess: lines of its stdout arrive in a queue (read by a thread, so waits can time out)."""

    def __init__(self, command: str, path: Path, moment: str) -> None:
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", MPLBACKEND="Agg")
        self.stderr = tempfile.TemporaryFile("w+")
        self.proc = subprocess.Popen(
            [sys.executable, str(HELPER), command, str(path), moment],
            stdout=subprocess.PIPE,
            stderr=self.stderr,
            text=True,
            env=env,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line.strip())
        self.lines.put("EOF")

    def wait_for(self, prefix: str, count: int = 1) -> list[str]:
        got: list[str] = []
        deadline = time.monotonic() + REACH_TIMEOUT
        while len(got) < count:
            try:
                line = self.lines.get(timeout=max(deadline - time.monotonic(), 0.01))
            except queue.Empty:
                for pid in [self.proc.pid, *_children(self.proc.pid)]:
                    os.kill(pid, signal.SIGUSR1)
                time.sleep(1)
                for pid in _children(self.proc.pid):
                    os.kill(pid, signal.SIGKILL)
                self.proc.kill()
                self.stderr.seek(0)
                raise AssertionError(
                    f"no {count} x {prefix} in {REACH_TIMEOUT} s; got {got}; stderr:\n" + self.stderr.read()[-3000:]
                ) from None
            assert line != "EOF", f"the helper ended (exit {self.proc.wait()}) before {prefix}"
            assert line != "NO-EXCHANGE", "this filesystem cannot exchange directories"
            if line.startswith(prefix):
                got.append(line)
        return got

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        assert self.proc.wait(timeout=30) == -signal.SIGKILL


# ----------------------------------------------------------------------------------------------------------
# report


def _stand_in_report(out: Path, na_scale: float | None = None) -> None:
    """A report made in this process with the helper's stand-ins (default Na scale: the earlier report)."""
    mp = pytest.MonkeyPatch()
    try:
        for obj, name, value in crash_helper.report_patches(na_scale):
            (mp.setitem if isinstance(obj, dict) else mp.setattr)(obj, name, value)
        mp.setenv("SLOWION_EXECUTOR", "serial")
        assert run.run_report(str(out)) == 0
    finally:
        mp.undo()


@pytest.fixture(scope="module")
def previous_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("previous") / "rep"
    _stand_in_report(out)
    return out


def _is_new_report(out: Path, old: dict[str, bytes]) -> bool:
    """A complete report of the killed run: the same files as the earlier one, with that run's numbers."""
    files = _snapshot(out)
    if set(files) != set(old):
        return False
    s0 = json.loads(files["results.json"])["stopping"]["Na"]["lcao2"]["S0"]
    return s0 == pytest.approx(crash_helper.NEW_NA_SCALE * 0.8) and b"Checks pass" in files["report.md"]


#: moment -> what the target holds right after the kill
REPORT_MOMENTS = {
    "compute": "old",
    "writing": "old",
    "publish": "old",
    "exchanged": "new",
    "between-renames": "missing",  # restored from the backup by the next run
    "after-renames": "new",
}


@pytest.mark.parametrize("moment", list(REPORT_MOMENTS))
def test_a_killed_report_leaves_a_whole_set_and_the_next_run_cleans_up(moment, previous_report, tmp_path):
    if moment == "exchanged" and not _exchange_works(tmp_path):
        pytest.skip("this filesystem cannot exchange directories (the fallback is tested by the other moments)")
    out = tmp_path / "rep"
    shutil.copytree(previous_report, out)
    old = _snapshot(out)

    helper = Helper("report", out, moment)
    workers: list[int] = []
    if moment == "compute":
        workers = [int(line.split()[1]) for line in helper.wait_for("WORKER", count=2)]
        assert all(_running(pid) for pid in workers)
    else:
        helper.wait_for("PAUSED")
    helper.kill()

    _assert_all_die(workers, "a worker outlived the killed report")

    expected = REPORT_MOMENTS[moment]
    if expected == "old":
        assert _snapshot(out) == old
    elif expected == "new":
        assert _is_new_report(out, old)
    else:
        assert not out.exists()
    siblings = [p.name for p in tmp_path.iterdir() if p.name != "rep"]
    assert siblings, "a killed run leaves its staging directory or backup (removed by the next run)"

    # the next run: first the clean-up it starts with (the previous set is whole again if it was away) ...
    atomic.clean_leftovers(out)
    assert os.listdir(tmp_path) == ["rep"]
    assert _snapshot(out) == old if expected != "new" else _is_new_report(out, old)
    # ... then the run itself (here in-process: quicker), which leaves exactly the new report and nothing beside it
    _stand_in_report(out, crash_helper.NEW_NA_SCALE)
    assert _is_new_report(out, old) and os.listdir(tmp_path) == ["rep"]


# ----------------------------------------------------------------------------------------------------------
# generate


def _write_previous_package(directory: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(driver, "render_all", lambda modules=None: dict(crash_helper.OLD_FILES))
    driver.write_generated(directory)
    monkeypatch.undo()


def _as_bytes(files: dict[str, str]) -> dict[str, bytes]:
    return {k: v.encode() for k, v in sorted(files.items())}


GENERATE_MOMENTS = {
    "writing": "old",
    "publish": "old",
    "exchanged": "new",
    "between-renames": "missing",
    "after-renames": "new",
}


@pytest.mark.parametrize("moment", list(GENERATE_MOMENTS))
def test_a_killed_generate_leaves_a_whole_package_and_the_next_run_cleans_up(moment, tmp_path, monkeypatch):
    if moment == "exchanged" and not _exchange_works(tmp_path):
        pytest.skip("this filesystem cannot exchange directories (the fallback is tested by the other moments)")
    pkg = tmp_path / "generated"
    _write_previous_package(pkg, monkeypatch)
    old, new = _as_bytes(crash_helper.OLD_FILES), _as_bytes(crash_helper.NEW_FILES)
    assert _snapshot(pkg) == old

    helper = Helper("generate", pkg, moment)
    helper.wait_for("PAUSED")
    helper.kill()

    expected = GENERATE_MOMENTS[moment]
    if expected == "missing":
        assert not pkg.exists()
    else:
        assert _snapshot(pkg) == {"old": old, "new": new}[expected]
    assert [p.name for p in tmp_path.iterdir() if p.name != "generated"], "the killed run left a sibling"
    atomic.clean_leftovers(pkg)  # what the next run starts with: the previous package is whole again if it was away
    assert _snapshot(pkg) == (new if expected == "new" else old) and os.listdir(tmp_path) == ["generated"]

    monkeypatch.setattr(driver, "render_all", lambda modules=None: dict(crash_helper.NEW_FILES))
    driver.write_generated(pkg)  # the next run (in-process: quicker)
    assert _snapshot(pkg) == new and os.listdir(tmp_path) == ["generated"]


def test_generate_removes_the_temporary_files_of_an_older_killed_run(tmp_path, monkeypatch):
    """What version 0.1.0 left when killed inside an atomic write (``mp/.__init__.py.<random>.tmp``) goes on the
    next run even if every generated file is already up to date."""
    pkg = tmp_path / "generated"
    _write_previous_package(pkg, monkeypatch)
    (pkg / "mp" / ".__init__.py.k2j4_x9q.tmp").write_text('"""half')
    (pkg / "__pycache__").mkdir()
    (pkg / "__pycache__" / "wind.cpython-311.pyc").write_bytes(b"\0")
    monkeypatch.setattr(driver, "render_all", lambda modules=None: dict(crash_helper.OLD_FILES))
    assert driver.write_generated(pkg) == ["mp/.__init__.py.k2j4_x9q.tmp"]
    assert _snapshot(pkg) == _as_bytes(crash_helper.OLD_FILES)
    assert driver.write_generated(pkg) == [], "an up-to-date package is not rewritten"
    assert os.listdir(tmp_path) == ["generated"]


# ----------------------------------------------------------------------------------------------------------
# workers and their parent


_POOL = """
import os, sys, time
from slowion.report import executor
if sys.argv[1] == "poll":
    executor._set_parent_death_signal = lambda signum: False
    executor.PARENT_POLL_SECONDS = 0.1

def hang(i):
    os.write(1, f"WORKER {os.getpid()}\\n".encode())  # one write: the workers' lines cannot interleave
    time.sleep(120)

with executor.get_executor("processes", workers=2) as ex:
    ex.map(hang, [0, 1])
"""


@pytest.mark.parametrize("how", ["pdeathsig", "poll"])
def test_pool_workers_die_with_a_killed_parent(how):
    """Linux: the kernel's parent-death signal; elsewhere (forced here): the worker's thread polling getppid."""
    if how == "pdeathsig" and not sys.platform.startswith("linux"):
        pytest.skip("PR_SET_PDEATHSIG is Linux only")
    proc = subprocess.Popen(
        [sys.executable, "-c", _POOL, how], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    try:
        pids = [int(proc.stdout.readline().split()[1]) for _ in range(2)]
        assert all(_running(pid) for pid in pids)
        proc.kill()
        proc.wait(timeout=30)
        _assert_all_die(pids, "a worker outlived its killed parent")
    finally:
        proc.kill()
