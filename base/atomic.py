"""Atomic output: single files by temporary file + rename, whole directories by one directory swap.

A file: :func:`atomic_write_bytes` writes a temporary file beside the target and renames it over the target, so an
interrupted run leaves either the old file or the new one, never half of one.

A set of files (the report, the generated package): the new set is built in a *staging directory*, a sibling of
the target on the same filesystem, and :func:`publish` switches the target from the old set to the new one in one
step. On Linux that step is ``renameat2(RENAME_EXCHANGE)``, which swaps two directory entries atomically: a
reader sees the old set or the new one, never a mixture, and the target never disappears. Where the kernel, the
C library or the filesystem cannot exchange (other systems, some network filesystems), the fallback is two
renames (target -> backup, stage -> target): for an instant the target is missing, but it never holds a mixed
set, and :func:`clean_leftovers` (run before the next write) restores the backup if a run died in between.

Leftovers of a killed run are siblings named ``.<target name>.slowion-<stage|old>-<pid>-<8 random>``;
:func:`clean_leftovers` removes exactly those of a given target whose process is no longer alive.
"""

from __future__ import annotations

import ctypes
import errno
import os
import re
import secrets
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

#: the kinds of sibling a run creates next to its target: the staging directory and (fallback) the old set
_KINDS = ("stage", "old")

#: characters tempfile uses for its random part (8 of them)
_RANDOM = "[a-z0-9_]{8}"

#: how many bytes the staging sibling adds to the target's name (".", ".slowion-stage-", pid, "-", 8 random)
NAME_OVERHEAD = 1 + len(".slowion-stage-") + 10 + 1 + 8


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (same-directory temporary file + ``os.replace``)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); give it the mode an ordinary open() would
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write UTF-8 text atomically, with ``\\n`` line ends on every platform."""
    atomic_write_bytes(path, text.encode("utf-8"))


#: the temporary files atomic_write_bytes leaves if it is killed between mkstemp and the rename
ATOMIC_TEMPORARY = re.compile(r"^\..+\." + _RANDOM + r"\.tmp$")


# ----------------------------------------------------------------------------------------------------------
# whole directories


def _sibling_pattern(target: Path) -> re.Pattern[str]:
    return re.compile(r"^\." + re.escape(target.name) + r"\.slowion-(stage|old)-(\d+)-" + _RANDOM + "$")


def _sibling_prefix(target: Path, kind: str) -> str:
    return f".{target.name}.slowion-{kind}-{os.getpid()}-"


def _pid_alive(pid: int) -> bool:
    """Whether a process ``pid`` exists (a zombie counts as alive until it is reaped)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    except OSError:
        return False
    return True


def leftovers(target: str | os.PathLike[str]) -> list[tuple[str, int, Path]]:
    """(kind, pid, path) of every staging or backup sibling of ``target``, whether its run is alive or not."""
    target = Path(target)
    pattern = _sibling_pattern(target)
    out = []
    try:
        names = os.listdir(target.parent)
    except FileNotFoundError:
        return []
    for name in sorted(names):
        m = pattern.match(name)
        if m:
            out.append((m.group(1), int(m.group(2)), target.parent / name))
    return out


def clean_leftovers(target: str | os.PathLike[str]) -> list[Path]:
    """Remove what killed runs left next to ``target``; returns the paths removed (or restored).

    Only siblings that match ``.<name>.slowion-(stage|old)-<pid>-<random>`` exactly and whose ``pid`` is not a
    live process are touched, so a run writing the same target at the same time keeps its staging directory. If
    ``target`` is missing and a backup of it exists (a fallback publish died between its two renames), the
    backup is renamed back to ``target``: the previous set is restored.
    """
    target = Path(target)
    dead = [(kind, path) for kind, pid, path in leftovers(target) if not _pid_alive(pid)]
    done = []
    if not os.path.lexists(target):
        backups = [path for kind, path in dead if kind == "old"]
        if backups:
            newest = max(backups, key=lambda p: p.stat().st_mtime)
            os.rename(newest, target)
            done.append(newest)
    for _kind, path in dead:
        if path.exists():
            _remove(path)
            done.append(path)
    return done


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


def make_stage(target: str | os.PathLike[str]) -> Path:
    """A new, empty staging directory beside ``target`` (created with the mode an ordinary ``mkdir`` gives)."""
    target = Path(target)
    stage = Path(tempfile.mkdtemp(prefix=_sibling_prefix(target, "stage"), dir=target.parent))
    os.chmod(stage, 0o777 & ~_umask())  # mkdtemp makes it private (0700); the published directory must not be
    return stage


@cache
def _renameat2():
    if not sys.platform.startswith("linux"):
        return None
    try:
        fn = ctypes.CDLL(None, use_errno=True).renameat2  # glibc >= 2.28; without it, the fallback
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    fn.restype = ctypes.c_int
    return fn


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def exchange(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """Swap the directory entries ``a`` and ``b`` atomically (Linux ``renameat2(RENAME_EXCHANGE)``).

    Returns False, having changed nothing, where the platform or the filesystem cannot do it; raises OSError for
    any other failure.
    """
    fn = _renameat2()
    if fn is None:
        return False
    if fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP):
        return False
    raise OSError(err, os.strerror(err), os.fspath(a), None, os.fspath(b))


def _fsync_path(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # directories cannot be fsynced on some systems; the rename still orders the data on Linux
    finally:
        os.close(fd)


def _fsync_tree(root: Path) -> None:
    """Everything in ``root`` on disk before the switch, so that a power cut cannot publish empty files."""
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            _fsync_path(Path(dirpath) / name)
        _fsync_path(Path(dirpath))


def _two_renames(stage: Path, target: Path) -> None:
    """Fallback publish: target -> backup, stage -> target, remove the backup (see the module doc)."""
    # a name that does not exist yet (os.rename onto an existing directory is not portable)
    suffix = "".join(secrets.choice("abcdefghijklmnopqrstuvwxyz0123456789_") for _ in range(8))
    backup = target.parent / (_sibling_prefix(target, "old") + suffix)
    os.rename(target, backup)
    try:
        os.rename(stage, target)
    except BaseException:
        os.rename(backup, target)
        raise
    _remove(backup)


def publish(stage: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    """Make the complete directory ``stage`` appear as ``target`` in one step; the old ``target`` is removed.

    ``target`` missing: one ``rename``. ``target`` present: ``exchange`` (stage then holds the old set and is
    removed), or the two-rename fallback. ``stage`` and ``target`` must be on the same filesystem (siblings).
    """
    stage, target = Path(stage), Path(target)
    _fsync_tree(stage)
    if not os.path.lexists(target):
        os.rename(stage, target)
    elif exchange(stage, target):
        _remove(stage)  # now the old set
    else:
        _two_renames(stage, target)
    _fsync_path(target.parent)


@contextmanager
def staged_replacement(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield an empty staging directory beside ``target``; if the body completes, :func:`publish` it as
    ``target``, else remove it and leave ``target`` as it was. Leftovers of killed runs are cleaned first."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    clean_leftovers(target)
    stage = make_stage(target)
    try:
        yield stage
        publish(stage, target)
    finally:
        if stage.exists():
            shutil.rmtree(stage, ignore_errors=True)
