"""How many worker processes a pipeline stage may use: ``slowion audit`` (one derivation module per worker) and
``slowion generate`` (one derive module's generated files per worker).

One knob, the environment variable ``SLOWION_WORKERS``: 1 forces the serial run in the calling process (for
profiling, or a machine where forking is not wanted); unset, one worker per available CPU. Never more workers than
jobs. The stages merge the workers' results in their fixed order, so the output does not depend on the count.
"""

from __future__ import annotations

import os

from slowion.base.errors import InputError

#: environment variable: worker processes of the audit and of codegen (1 = serial, in the calling process)
WORKERS_ENV = "SLOWION_WORKERS"


def available_cpus() -> int:
    """CPUs this process may run on (its affinity mask where the platform has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def worker_count(n_jobs: int) -> int:
    """Worker processes for ``n_jobs`` independent jobs: ``$SLOWION_WORKERS`` if set (a positive integer), else the
    available CPUs; at least 1, at most ``n_jobs``."""
    raw = os.environ.get(WORKERS_ENV, "").strip()
    if raw:
        try:
            wanted = int(raw)
        except ValueError:
            wanted = 0
        if wanted < 1:
            raise InputError(f"environment {WORKERS_ENV}={raw!r}: allowed is a positive integer (1 = serial)")
    else:
        wanted = available_cpus()
    return max(1, min(wanted, n_jobs))
