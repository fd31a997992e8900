"""One picklable description per independent piece of the report's work, and the runner that never raises for it.

A :class:`Task` holds the function itself (a module-level function, so that it pickles by reference to the worker
processes of :mod:`slowion.report.executor`), its arguments, and where its result lands in results.json.
:func:`run_task` turns a failure of the machinery into a ``reason``: the report then says "not computed: <reason>"
for that part and fills in no number.
"""

from __future__ import annotations

import dataclasses
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Task:
    """Call ``fn(*args, **kwargs)``; the result lands at ``key`` in results."""

    key: tuple[str, ...]
    fn: Callable[..., Any]
    args: tuple = ()
    kwargs: dict = field(default_factory=dict)

    @property
    def name(self) -> str:
        """``module:function`` of the function, as the reasons of results.json ``not_computed`` name it."""
        return f"{getattr(self.fn, '__module__', '?')}:{getattr(self.fn, '__qualname__', repr(self.fn))}"


def jsonable(x: Any) -> Any:
    """Plain JSON data: numpy scalars and arrays to Python, dataclasses to dicts, non-finite floats to None."""
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        return jsonable(dataclasses.asdict(x))
    if isinstance(x, dict):
        return {str(k): jsonable(v) for k, v in x.items()}
    if isinstance(x, (list, tuple, set, frozenset)):
        return [jsonable(v) for v in x]
    if isinstance(x, bool) or x is None or isinstance(x, str | int):
        return x
    if isinstance(x, float):
        return x if math.isfinite(x) else None
    if hasattr(x, "tolist"):  # numpy scalar or array
        return jsonable(x.tolist())
    if isinstance(x, Path):
        return str(x)
    if isinstance(x, complex):
        return {"re": jsonable(x.real), "im": jsonable(x.imag)}
    return str(x)


def run_task(task: Task) -> dict:
    """Run one task; never raises for a failure of the machinery, returns it as ``reason`` instead."""
    t0 = time.perf_counter()
    try:
        value = jsonable(task.fn(*task.args, **task.kwargs))
    except ImportError as exc:  # an optional part the task needs (e.g. a generated module) is not there
        reason = f"{task.name}: a module it needs is not available ({type(exc).__name__}: {exc})"
        return {"ok": False, "reason": reason[:500], "seconds": time.perf_counter() - t0}
    except Exception as exc:
        reason = f"{task.name} failed: {type(exc).__name__}: {exc}".splitlines()[0][:500]
        return {"ok": False, "reason": reason, "seconds": time.perf_counter() - t0}
    return {"ok": True, "value": value, "seconds": time.perf_counter() - t0}
