"""The directory ``slowion report --out`` names: checked before anything is created.

The report replaces its directory as a whole (:func:`slowion.base.atomic.publish`), so the directory must be new,
empty or an earlier report (only :data:`slowion.report.plan.REPORT_FILES`); every refusal is one
:class:`~slowion.base.errors.InputError` naming ``--out``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from slowion.base import atomic
from slowion.base.errors import InputError
from slowion.report.plan import REPORT_FILES

#: what versions 0.1.0 left inside the report directory when killed (staging directories of mkdtemp)
_OLD_STAGING = re.compile(r"^\.staging-[a-z0-9_]{8}$")


def report_directory(out: str) -> Path:
    """The directory ``--out`` names, checked before anything is created (:func:`_check_out`); every failure,
    an operating-system error included, is one InputError naming ``--out``."""
    try:
        return _check_out(out)
    except OSError as exc:
        raise InputError(f"argument --out: cannot use {out!r}: {exc.strerror or exc}") from None


def _check_out(out: str) -> Path:
    """The directory ``--out`` names, checked before anything is created; raises InputError naming ``--out``.

    The report replaces that directory as a whole (:func:`slowion.base.atomic.publish`), so it must be new, empty or
    an earlier report (only :data:`REPORT_FILES`), not the current directory or one that holds it, and its parent
    must be a directory we can write (the staging directory is created beside it). A symbolic link to a
    directory is followed: the link stays, the directory it names is replaced.
    """
    arg = "argument --out"
    if not out or not out.strip():
        raise InputError(f"{arg}: expected a directory name, got an empty string")
    if "\0" in out:
        raise InputError(f"{arg}: a path cannot contain a NUL character")
    given = Path(out)
    if given.is_symlink() and not given.exists():
        raise InputError(f"{arg}: {out!r} is a symbolic link to a missing target")
    if given.exists() and not given.is_dir():
        raise InputError(f"{arg}: expected a directory, got the existing file {out!r}")
    try:
        target = given.resolve()
    except (OSError, RuntimeError) as exc:
        raise InputError(f"{arg}: cannot resolve {out!r}: {exc}") from None
    if target.parent == target:
        raise InputError(f"{arg}: the report replaces its directory as a whole; {out!r} is a filesystem root")
    try:
        here = Path.cwd().resolve()
    except OSError:
        here = None
    if here is not None and (here == target or target in here.parents):
        raise InputError(
            f"{arg}: {out!r} is or holds the current directory; the report replaces its directory as a whole, "
            "so give another directory"
        )
    limit = 255
    try:
        limit = os.pathconf(_existing_ancestor(target.parent), "PC_NAME_MAX")
    except (OSError, ValueError):
        pass
    if len(os.fsencode(target.name)) + atomic.NAME_OVERHEAD > limit:
        raise InputError(
            f"{arg}: the name {target.name[:40]!r}... is too long (at most {limit - atomic.NAME_OVERHEAD} bytes)"
        )
    ancestor = _existing_ancestor(target.parent)
    if not ancestor.is_dir():
        raise InputError(f"{arg}: {str(ancestor)!r} is not a directory")
    if not os.access(ancestor, os.W_OK | os.X_OK):
        raise InputError(f"{arg}: cannot write in {str(ancestor)!r} (permission denied)")
    if target.exists():
        try:
            names = sorted(os.listdir(target))
        except OSError as exc:
            raise InputError(f"{arg}: cannot read the directory {out!r}: {exc.strerror}") from None
        foreign = [n for n in names if n not in REPORT_FILES and not _OLD_STAGING.match(n)]
        if foreign:
            shown = ", ".join(foreign[:5]) + (", ..." if len(foreign) > 5 else "")
            raise InputError(
                f"{arg}: {out!r} holds files that are not part of a slowion report ({shown}); the report replaces "
                "its directory as a whole, so give a new or empty directory or an earlier report's"
            )
    return target


def _existing_ancestor(path: Path) -> Path:
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def prepare_stage(target: Path, out: str) -> Path:
    """Clean what killed runs left beside ``target``, create its parent, and make the staging directory."""
    try:
        atomic.clean_leftovers(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        return atomic.make_stage(target)
    except OSError as exc:
        raise InputError(f"argument --out: cannot write {out!r}: {exc.strerror or exc}") from None
