"""Where a ``results.json`` came from, and the wall-clock figures kept apart from the physics.

:func:`provenance` says which code, libraries, machine and executor produced a report and when;
:func:`split_timing` takes every wall-clock figure out of the computed results, so that two runs of the same code
give the same bytes once the ``provenance`` and ``timing`` blocks are set aside (docs/report.md).
"""

from __future__ import annotations

import datetime
import os
import platform
import subprocess
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

import slowion

#: the libraries whose versions can change a number of the report (distribution names)
PACKAGES = ("numpy", "scipy", "sympy", "mpmath", "qc-BFit", "matplotlib")

#: seconds a ``git`` call may take before it counts as unavailable
GIT_TIMEOUT = 10.0


def package_versions(names: tuple[str, ...] = PACKAGES) -> dict[str, str | None]:
    """Installed version of each distribution (``importlib.metadata``); ``None`` if it is not installed."""
    out: dict[str, str | None] = {}
    for name in names:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = None
    return out


def checkout_root() -> Path | None:
    """The repository this slowion runs from (an editable install or ``python -m`` in a clone), else ``None``.

    Only the folder that holds the ``slowion`` package counts: an installed copy inside some other repository
    (a virtual environment in a project, say) is not "run from a checkout".
    """
    root = Path(slowion.__file__).resolve().parent.parent
    return root if (root / ".git").exists() else None


def _git(root: Path, *args: str) -> str | None:
    env = dict(os.environ, GIT_OPTIONAL_LOCKS="0", LC_ALL="C")  # read-only: never take the index lock
    try:
        done = subprocess.run(
            ["git", "-C", str(root), *args], capture_output=True, text=True, timeout=GIT_TIMEOUT, env=env, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def git_state(root: Path | None = None) -> tuple[str | None, bool | None]:
    """(commit hash of HEAD, whether tracked files differ from it), or (None, None) outside a checkout or
    without a working ``git``. Untracked files do not count as dirty (a report written into the clone is one)."""
    root = checkout_root() if root is None else root
    if root is None:
        return None, None
    head = _git(root, "rev-parse", "HEAD")
    if head is None:
        return None, None
    status = _git(root, "status", "--porcelain", "--untracked-files=no")
    return head.strip(), (None if status is None else bool(status.strip()))


def provenance(executor: dict[str, Any], now: datetime.datetime | None = None) -> dict[str, Any]:
    """The ``provenance`` block of results.json: code, libraries, interpreter, machine, executor, date (UTC)."""
    revision, dirty = git_state()
    now = now or datetime.datetime.now(datetime.UTC)
    return {
        "slowion_version": slowion.__version__,
        "git_revision": revision,
        "git_dirty": dirty,
        "python": platform.python_version(),
        "python_implementation": platform.python_implementation(),
        "packages": package_versions(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "byteorder": sys.byteorder,
        "executor": dict(executor),
        "date_utc": now.astimezone(datetime.UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
    }


def is_timing_key(key: str) -> bool:
    """A wall-clock figure by its name: ``seconds``, ``seconds_<what>`` or ``<what>_seconds``."""
    return key == "seconds" or key.startswith("seconds_") or key.endswith("_seconds")


def _pointer_token(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def split_timing(value: Any, pointer: str = "") -> tuple[Any, dict[str, Any]]:
    """(``value`` without its wall-clock figures, {JSON pointer (RFC 6901) of each removed figure: figure}).

    Walks dicts and lists of plain JSON data; a dict entry whose key :func:`is_timing_key` and whose value is a
    number (or ``None``) is removed. ``value`` itself is not modified.
    """
    found: dict[str, Any] = {}

    def walk(x: Any, at: str) -> Any:
        if isinstance(x, dict):
            out = {}
            for k, v in x.items():
                here = f"{at}/{_pointer_token(str(k))}"
                if is_timing_key(str(k)) and (v is None or (isinstance(v, int | float) and not isinstance(v, bool))):
                    found[here] = v
                else:
                    out[k] = walk(v, here)
            return out
        if isinstance(x, list):
            return [walk(v, f"{at}/{i}") for i, v in enumerate(x)]
        return x

    return walk(value, pointer), found
