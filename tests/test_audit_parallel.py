"""``slowion audit`` in worker processes (slowion/audit.py): the merged document is the serial one."""

from __future__ import annotations

import pytest

from slowion.audit import WORKERS_ENV, audit_records, audit_workers
from slowion.base.errors import InputError

#: two cheap derivation modules, listed out of the longest-first submission order of slowion/audit.py
MODULES = ("slowion.derive.wind", "slowion.derive.stopping")


def test_parallel_document_is_the_serial_one():
    serial = audit_records(MODULES, workers=1)
    parallel = audit_records(MODULES, workers=2)
    assert parallel == serial
    # the order is the registry's: the wind records come before the stopping records
    keys = [r["key"] for r in parallel["identities"]]
    assert keys.index("Das-12") < keys.index("X-4")


def test_workers_from_the_environment(monkeypatch):
    monkeypatch.setenv(WORKERS_ENV, "1")
    assert audit_workers(9) == 1
    monkeypatch.setenv(WORKERS_ENV, "8")
    assert audit_workers(3) == 3  # never more workers than modules
    for bad in ("0", "-2", "two"):
        monkeypatch.setenv(WORKERS_ENV, bad)
        with pytest.raises(InputError, match=WORKERS_ENV):
            audit_workers(9)
