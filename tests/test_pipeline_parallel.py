"""``slowion audit`` and ``slowion generate`` in worker processes: the merged output is the serial one."""

from __future__ import annotations

import pytest

from slowion.audit import audit_records
from slowion.base.errors import InputError
from slowion.base.workers import WORKERS_ENV, available_cpus, worker_count
from slowion.codegen import driver

#: two cheap derivation modules in different worker jobs of slowion/audit.py
MODULES = ("slowion.derive.wind", "slowion.derive.stopping")


def test_parallel_document_is_the_serial_one():
    serial = audit_records(MODULES, workers=1)
    parallel = audit_records(MODULES, workers=2)
    assert parallel == serial
    # the order is the registry's: the wind records come before the stopping records
    keys = [r["key"] for r in parallel["identities"]]
    assert keys.index("Das-12") < keys.index("X-4")


def test_workers_from_the_environment(monkeypatch):
    monkeypatch.delenv(WORKERS_ENV, raising=False)
    assert worker_count(64) == min(64, available_cpus())  # unset: one per CPU
    assert worker_count(1) == 1
    monkeypatch.setenv(WORKERS_ENV, "1")
    assert worker_count(9) == 1
    monkeypatch.setenv(WORKERS_ENV, "8")
    assert worker_count(3) == 3  # never more workers than modules
    for bad in ("0", "-2", "two"):
        monkeypatch.setenv(WORKERS_ENV, bad)
        with pytest.raises(InputError, match=WORKERS_ENV):
            worker_count(9)


def test_parallel_render_is_the_serial_one():
    """The generated files rendered in a worker process are the serial render, byte for byte (the
    pipeline is deterministic; generate --check compares exactly these texts)."""
    modules = ("slowion.derive.stopping", "slowion.derive.three_state")
    serial = driver.render_files(modules, workers=1)
    parallel = driver.render_files(modules, workers=2)
    assert {"stopping.py", "three_state.py", "mp/stopping.py", "fast/__init__.py"} <= set(serial)
    assert list(parallel) == list(serial)
    assert parallel == serial
