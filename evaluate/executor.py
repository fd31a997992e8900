"""One interface for heavy scans: run ``fn`` over items in-process, on local processes, or on a Dask cluster.

>>> with get_executor("serial") as ex:
...     ex.map(abs, [-1, 2, -3])
[1, 2, 3]

``map`` always returns a list in the order of ``items``; with ``desc`` it shows a tqdm progress bar on stderr as
items complete. The function and the items must be picklable for the
``processes`` and ``dask`` kinds (a module-level function, plain data). The report picks the kind from the
environment variable ``SLOWION_EXECUTOR`` (``serial``, ``processes`` or ``dask``; default :data:`DEFAULT_KIND`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from types import TracebackType
from typing import Any, Protocol

from slowion.errors import InputError

KINDS = ("serial", "processes", "dask")

#: environment variable that selects the executor of ``slowion report``
ENV_VAR = "SLOWION_EXECUTOR"

#: default kind; "processes" measured faster than "serial" for the report on the 2-core machine (docs/report.md)
DEFAULT_KIND = "processes"


class Executor(Protocol):
    kind: str
    workers: int

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any], desc: str | None = None) -> list[Any]: ...

    def __enter__(self) -> Executor: ...

    def __exit__(self, *exc: object) -> None: ...


def _progress(desc: str | None, total: int):
    """A tqdm bar on stderr when ``desc`` is given, else a silent stand-in with the same ``update``."""
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread: worker processes may be forked while a bar is open
    return tqdm(total=total, desc=desc, disable=desc is None, file=sys.stderr, leave=False)


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
            self._pool = ProcessPoolExecutor(max_workers=self.workers)
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

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


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
        if address:
            self._client = Client(address)
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


def get_executor(kind: str | None = None, workers: int | None = None) -> Executor:
    """An executor of the given ``kind`` (``serial``, ``processes``, ``dask``); ``None`` reads ``SLOWION_EXECUTOR``.

    ``workers`` defaults to the number of CPUs. A ``dask`` executor with no ``dask.distributed`` installed, or an
    unknown kind, raises :class:`~slowion.errors.InputError` naming what is allowed.
    """
    source = "executor kind"
    if kind is None:
        kind = os.environ.get(ENV_VAR, "").strip() or DEFAULT_KIND
        source = f"environment variable {ENV_VAR}"
    kind = kind.lower()
    if workers is not None and workers < 1:
        raise InputError(f"executor workers: expected an integer >= 1, got {workers}")
    if kind == "serial":
        return SerialExecutor()
    if kind == "processes":
        return ProcessExecutor(workers)
    if kind == "dask":
        return DaskExecutor(workers)
    raise InputError(f"{source}: unknown executor {kind!r}; allowed: {', '.join(KINDS)}")
