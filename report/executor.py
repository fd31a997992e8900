"""One interface for heavy scans: run ``fn`` over items in-process, on local processes, or on a Dask cluster.

>>> with get_executor("serial") as ex:
...     ex.map(abs, [-1, 2, -3])
[1, 2, 3]

``map`` always returns a list in the order of ``items``; with ``desc`` it shows a tqdm progress bar on stderr as
items complete. The function and the items must be picklable for the
``processes`` and ``dask`` kinds (a module-level function, plain data). The report picks the kind from the
environment variable ``SLOWION_EXECUTOR`` (``serial``, ``processes`` or ``dask``; default :data:`DEFAULT_KIND`),
the number of workers from ``SLOWION_WORKERS`` and a Dask scheduler address from ``SLOWION_SCHEDULER``.

Architecture: ``evaluate/`` never imports this module. Its scans take a duck-typed executor (anything with an
ordered ``map(fn, items)``) and default to in-process work; the command line (:func:`from_options`) and the report
build the executor here and pass it in. The scans split their work into items of a fixed size, independent of the
number of workers, and reduce the ordered results in a fixed order, so their output is bit-for-bit the same on every
executor.

Command-line rule (:func:`from_options`): no option -> in-process (``serial``); ``--workers N`` -> ``N`` local
processes (``N = 1``: in-process); ``--scheduler ADDRESS`` -> the existing Dask cluster at ``ADDRESS``;
``--workers N --dask`` -> a local Dask cluster (``LocalCluster``) of ``N`` single-thread worker processes.

Worker processes of the ``processes`` kind die with the process that started them, however it ends (even by
SIGKILL, which runs no clean-up code): see :func:`die_with_parent`.
"""

from __future__ import annotations

import os
import re
import sys
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from types import TracebackType
from typing import Any, Protocol

from threadpoolctl import threadpool_limits

from slowion.base.errors import InputError

KINDS = ("serial", "processes", "dask")

#: environment variable that selects the executor of ``slowion report``
ENV_VAR = "SLOWION_EXECUTOR"
#: environment variables for the number of workers and a Dask scheduler address (set by ``slowion report
#: --workers/--scheduler``; the report itself only calls :func:`get_executor`)
ENV_WORKERS = "SLOWION_WORKERS"
ENV_SCHEDULER = "SLOWION_SCHEDULER"
#: largest accepted number of local workers
MAX_WORKERS = 256
#: seconds to wait for an existing Dask scheduler before giving up
CONNECT_TIMEOUT = 10
#: accepted scheduler addresses: PROTOCOL://HOST:PORT or HOST:PORT (Dask's own forms), no spaces
_ADDRESS = re.compile(r"^(?:(?:tcp|tls|ucx|ws|wss)://)?(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+):[0-9]{1,5}$", re.ASCII)

#: default kind; "processes" measured faster than "serial" for the report on the 2-core machine (docs/report.md)
DEFAULT_KIND = "processes"


class Executor(Protocol):
    kind: str
    workers: int

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any], desc: str | None = None) -> list[Any]: ...

    def __enter__(self) -> Executor: ...

    def __exit__(self, *exc: object) -> None: ...


def _progress(desc: str | None, total: int):
    """A tqdm bar on stderr when ``desc`` is given and stderr is a terminal, else a silent stand-in with the same
    ``update`` (a bar in a log or a pipe is noise: stderr then carries only warnings and errors, one line each)."""
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread: worker processes may be forked while a bar is open
    isatty = getattr(sys.stderr, "isatty", None)
    show = desc is not None and callable(isatty) and bool(isatty())
    return tqdm(total=total, desc=desc, disable=not show, file=sys.stderr, leave=False)


class _Base:
    kind = "base"

    def __init__(self, workers: int) -> None:
        self.workers = workers

    def __enter__(self):
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Release workers (idempotent)."""

    def __repr__(self) -> str:
        return f"<{self.kind} executor, {self.workers} worker(s)>"


class SerialExecutor(_Base):
    """In-process, one item after the other (no pickling; the reference for the others)."""

    kind = "serial"

    def __init__(self, workers: int | None = None) -> None:
        super().__init__(1)

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any], desc: str | None = None) -> list[Any]:
        items = list(items)
        out = []
        with _progress(desc, len(items)) as bar:
            for x in items:
                out.append(fn(x))
                bar.update(1)
        return out


#: Linux prctl option: the signal the kernel sends this process when its parent dies
_PR_SET_PDEATHSIG = 1

#: how often the portable fallback looks at the parent pid (seconds)
PARENT_POLL_SECONDS = 0.5


def _set_parent_death_signal(signum: int) -> bool:
    """Ask the Linux kernel for ``signum`` when the parent dies (``prctl(PR_SET_PDEATHSIG)``); False elsewhere."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(_PR_SET_PDEATHSIG, signum, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(1)  # orphaned: nobody will collect our results


def die_with_parent(owner: int | None = None) -> None:
    """Pool initializer: end this worker as soon as its parent process is gone.

    On Linux the kernel sends SIGKILL at the parent's death (``PR_SET_PDEATHSIG``; the parent here is the pool's
    process, or multiprocessing's fork server, which itself exits when the pool's process does). Elsewhere a
    daemon thread polls ``os.getppid()`` every :data:`PARENT_POLL_SECONDS`. Either way a worker never outlives a
    killed ``slowion report`` by more than that. ``owner``: the pid of the process that made the pool; if it is
    already gone when the worker starts, the worker ends at once.
    """
    import signal

    parent = os.getppid()
    if not _set_parent_death_signal(signal.SIGKILL):
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="die-with-parent").start()
    elif os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)
    if owner is not None and not _pid_alive(owner):
        os._exit(1)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: it exists
        return True
    return True


def start_worker(owner: int | None = None) -> None:
    """Pool initializer of :class:`ProcessExecutor`: :func:`die_with_parent`, and one BLAS thread per worker (the
    workers are the parallelism; a second OpenBLAS thread in each of two workers on two cores only spins: with one
    thread the exact S0 tasks took 10.5 s each instead of 20 s, the report 168 s CPU instead of 189 s,
    docs/performance.md)."""
    die_with_parent(owner)
    threadpool_limits(limits=1, user_api="blas")


class ProcessExecutor(_Base):
    """Local worker processes (``concurrent.futures.ProcessPoolExecutor``), started lazily on the first ``map``."""

    kind = "processes"

    def __init__(self, workers: int | None = None) -> None:
        super().__init__(workers or os.cpu_count() or 1)
        self._pool: ProcessPoolExecutor | None = None

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any], desc: str | None = None) -> list[Any]:
        items = list(items)
        if not items:
            return []
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers, initializer=start_worker, initargs=(os.getpid(),)
            )
        # one future per item: the items of a scan are few and unequal in cost
        futures = [self._pool.submit(fn, x) for x in items]
        try:
            with _progress(desc, len(items)) as bar:
                for f in as_completed(futures):
                    f.result()  # the first failure raises here
                    bar.update(1)
        finally:
            for f in futures:
                f.cancel()
        return [f.result() for f in futures]

    def worker_pids(self) -> list[int]:
        """Process ids of the live workers (empty before the first ``map``)."""
        procs = getattr(self._pool, "_processes", None) or {}
        return sorted(p.pid for p in procs.values() if p.pid is not None)

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is not None:
            self.terminate()
        self.close()

    def terminate(self) -> None:
        """Kill the workers now, without waiting for running tasks (the run failed or was interrupted)."""
        if self._pool is None:
            return
        procs = list((getattr(self._pool, "_processes", None) or {}).values())
        self._pool.shutdown(wait=False, cancel_futures=True)
        for p in procs:
            if p.is_alive():
                p.kill()
        for p in procs:
            p.join(timeout=5)
        self._pool = None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


class SchedulerUnreachable(RuntimeError):
    """An existing Dask scheduler did not answer (the command line turns this into one line and exit 1)."""


class DaskExecutor(_Base):
    """A ``dask.distributed`` ``LocalCluster`` (one thread per worker process), or an existing scheduler address."""

    kind = "dask"

    def __init__(self, workers: int | None = None, address: str | None = None) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:
            raise InputError(
                f"executor 'dask': dask.distributed is not importable ({exc}); "
                "install the 'dask' extra or use 'serial' or 'processes'"
            ) from None
        super().__init__(workers or os.cpu_count() or 1)
        self._cluster = None
        self.address = address
        if address:
            try:
                self._client = Client(address, timeout=CONNECT_TIMEOUT)
            except (OSError, TimeoutError) as exc:
                raise SchedulerUnreachable(
                    f"argument --scheduler: no Dask scheduler answered at {address!r} within {CONNECT_TIMEOUT} s "
                    f"({type(exc).__name__})"
                ) from None
            info = self._client.scheduler_info()
            self.workers = max(1, len(info.get("workers", {})))
        else:
            self._cluster = LocalCluster(
                n_workers=self.workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
            self._client = Client(self._cluster)

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any], desc: str | None = None) -> list[Any]:
        from dask.distributed import as_completed as dask_as_completed

        items = list(items)
        if not items:
            return []
        # pure=False: two equal items are two tasks (a scan may repeat a point on purpose)
        futures = self._client.map(fn, items, pure=False)
        with _progress(desc, len(items)) as bar:
            for f in dask_as_completed(futures):
                f.result()
                bar.update(1)
        return self._client.gather(futures)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None


def resolve_kind(kind: str | None = None) -> str:
    """The executor kind ``kind``, or that of ``SLOWION_EXECUTOR`` when ``None``, checked without starting anything.

    An unknown kind, or ``dask`` with no ``dask.distributed`` installed, raises
    :class:`~slowion.base.errors.InputError` naming what is allowed; the report calls this before it creates a file.
    """
    source = "executor kind"
    if kind is None:
        kind = os.environ.get(ENV_VAR, "").strip() or DEFAULT_KIND
        source = f"environment variable {ENV_VAR}"
    kind = kind.lower()
    if kind not in KINDS:
        raise InputError(f"{source}: unknown executor {kind!r}; allowed: {', '.join(KINDS)}")
    if kind == "dask":
        try:
            import dask.distributed  # noqa: F401
        except ImportError as exc:
            raise InputError(
                f"{source}: executor 'dask': dask.distributed is not importable ({exc}); "
                "install the 'dask' extra or use 'serial' or 'processes'"
            ) from None
    return kind


def check_workers(value: object, parameter: str = "--workers") -> int:
    """An integer 1..MAX_WORKERS (a string of ASCII digits or an int); InputError naming ``parameter`` otherwise."""
    text = value.strip() if isinstance(value, str) else None
    if isinstance(value, bool):
        n = None
    elif isinstance(value, int):
        n = value
    elif text is not None and text.isascii() and text.isdigit() and len(text) <= 4:
        n = int(text)
    else:
        n = None
    if n is None or not 1 <= n <= MAX_WORKERS:
        raise InputError(f"expected an integer in 1..{MAX_WORKERS}, got {value!r}", parameter)
    return n


def check_address(value: object, parameter: str = "--scheduler") -> str:
    """A Dask scheduler address, PROTOCOL://HOST:PORT or HOST:PORT (nothing is contacted here)."""
    ok = isinstance(value, str) and _ADDRESS.match(value.strip()) and 0 < int(value.rsplit(":", 1)[1]) < 65536
    if not ok:
        raise InputError(
            f"expected a Dask scheduler address like tcp://HOST:PORT or HOST:PORT, got {value!r}", parameter
        )
    return value.strip()


def _env_options() -> tuple[int | None, str | None]:
    workers = os.environ.get(ENV_WORKERS, "").strip()
    address = os.environ.get(ENV_SCHEDULER, "").strip()
    try:
        return (
            check_workers(workers, ENV_WORKERS) if workers else None,
            check_address(address, ENV_SCHEDULER) if address else None,
        )
    except InputError as exc:
        raise InputError(f"environment variable {exc.parameter}: {exc.detail}") from None


def get_executor(kind: str | None = None, workers: int | None = None, address: str | None = None) -> Executor:
    """An executor of the given ``kind`` (``serial``, ``processes``, ``dask``); ``None`` reads ``SLOWION_EXECUTOR``
    (and ``SLOWION_WORKERS``, ``SLOWION_SCHEDULER`` when ``workers`` / ``address`` are not given).

    ``workers`` defaults to the number of CPUs; ``address``: an existing Dask scheduler (implies ``dask``). A
    ``dask`` executor with no ``dask.distributed`` installed, or an unknown kind, raises
    :class:`~slowion.base.errors.InputError` naming what is allowed (:func:`resolve_kind`); an unreachable scheduler
    raises :class:`SchedulerUnreachable`.
    """
    if kind is None:
        env_workers, env_address = _env_options()
        workers = env_workers if workers is None else workers
        address = env_address if address is None else address
    if address is not None:
        kind = "dask"
    kind = resolve_kind(kind)
    if workers is not None and (isinstance(workers, bool) or not isinstance(workers, int) or workers < 1):
        raise InputError(f"executor workers: expected an integer >= 1, got {workers}")
    if kind == "serial":
        return SerialExecutor()
    if kind == "processes":
        return ProcessExecutor(workers)
    return DaskExecutor(workers, address=check_address(address) if address is not None else None)


def from_options(workers: int | None = None, scheduler: str | None = None, dask: bool = False) -> Executor:
    """The executor of a command-line scan (the rule in the module docstring): in-process by default; ``workers``
    local processes; an existing Dask cluster at ``scheduler``; with ``dask``, a local Dask cluster of ``workers``
    (default: the number of CPUs) processes. ``scheduler`` together with ``workers`` is refused (the cluster has its
    own workers)."""
    if scheduler is not None:
        if workers is not None:
            raise InputError("argument --workers: not allowed with --scheduler (the cluster has its own workers)")
        return get_executor("dask", address=check_address(scheduler))
    if dask:
        return get_executor("dask", workers=workers)
    if workers is None or workers == 1:
        return SerialExecutor()
    return ProcessExecutor(workers)
