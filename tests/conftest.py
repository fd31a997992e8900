"""Session-wide settings of the test run.

The default run already has two worker processes (``-n 2`` in pyproject.toml): the audit and codegen inside a test
run serially (``SLOWION_WORKERS=1``), so that a test does not start a process pool inside a pytest worker (two
workers times two pools would oversubscribe the two cores, and forking a process that runs threads invites
deadlocks). The parallel paths are tested explicitly, with their worker count as an argument
(tests/test_pipeline_parallel.py). A value set by the caller is kept.
"""

from __future__ import annotations

import os

from slowion.base.workers import WORKERS_ENV

os.environ.setdefault(WORKERS_ENV, "1")
