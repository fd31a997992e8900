"""One validator per input: each takes a value (a command-line string or a Python number), returns it converted,
or raises :class:`~slowion.base.errors.InputError` naming the parameter and the allowed range.

The command line uses them as argparse ``type=`` functions (through ``slowion.cli``, which puts the flag in place
of the parameter name); the evaluators call the same functions on their arguments, so an input is judged by one
rule wherever it enters.

Supported domains, and why (docs/evaluate.md, "Supported inputs"):

- ``rs`` in [1e-4, 1e20] bohr. Measured: Q(r_s) from ``evaluate.wind`` against an mpmath evaluation (60 digits,
  tanh-sinh) of the same integral of the generated integrand's mpmath twin. The bounds were set when the closed form
  cancelled below r_s ~ 10^-6.5 and a series branch's k_F^14 underflowed above 10^22 (two decades of margin each
  side). Since the log pairs are printed as one log1p (issue 13) neither happens: re-measured from 1e-12 to 1e28
  the difference is <= 5e-15 relative and inside the stated error. The bounds were kept: the electron gas is
  unphysical long before either end.
- ``Z``: finite with 1e-50 <= |Z| <= 1e50. Q = Z^2 Q_1 and the ion-ion force ~ Z^3 Q_1 are exact products; with
  Q_1 between 8e-40 (r_s = 1e20) and 2.2 (r_s = 1e-4) they and their error estimates stay normal float64 numbers
  for |Z| in about [1e-85, 4e102] (the force error Z^3 x 1.5e-53 and the force Z^3 x 2.2); the bounds keep 35
  and 52 decades of margin.
- ``shells``: an integer 0..60 (neighbour shells of the bcc lattice; 60 is far past convergence).
- ``points``: an integer in [1000, 10^7] (``slowion bench``): below 1000 a timing is call overhead; above 10^7
  the measured ~0.53 kB per point exceeds a workstation's memory (see :data:`POINTS_MAX`).
- ``out``: a directory that exists and that we can write in, or that we can create (:func:`output_directory`).
"""

from __future__ import annotations

import contextlib
import errno
import math
import numbers
import os
import re
import tempfile
from pathlib import Path

from slowion.base.choices import METALS, MODELS
from slowion.base.errors import InputError

RS_MIN, RS_MAX = 1e-4, 1e20
Z_ABS_MIN, Z_ABS_MAX = 1e-50, 1e50
SHELLS_MIN, SHELLS_MAX = 0, 60
#: below 1000 points a timing measures the per-call overhead (microseconds), not the per-point cost
POINTS_MIN = 1000
#: memory sets the upper bound. Measured (tracemalloc, 10^5 points): the largest generated function,
#: sto_overlap_4_5, peaks at 529 bytes per point (numpy.select evaluates every branch) plus 24 for its three
#: arguments; the peak RSS of the generated-code rows grew from 101 MiB at 10^3 to 152 MiB at 10^5 points, the same
#: ~0.53 kB per point. So 10^7 points need ~5.5 GB (and ~2.5 h: 0.3 ms per point per pass over all functions,
#: three passes, on the 2-core test machine), 10^8 would need ~55 GB, and 10^13 (issue 8) petabytes.
POINTS_MAX = 10**7

# ASCII-only number syntax: Python's float() and int() also accept "1_000", fullwidth and other Unicode digits,
# which a command line should not silently read as numbers.
_FLOAT_RE = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)
_INT_RE = re.compile(r"[+-]?\d+", re.ASCII)

#: the writability probe: an empty directory with this prefix and tempfile's 8 random characters
PROBE_PREFIX = ".slowion-probe-"
_PROBE_RE = re.compile(re.escape(PROBE_PREFIX) + r"[a-z0-9_]{8}")


def _fmt(value: object) -> str:
    """A short, one-line repr of the offending value."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _real(value: object, parameter: str, allowed: str) -> float:
    """``value`` as a float: a finite-looking decimal string or a real number (not a bool)."""
    if isinstance(value, str):
        text = value.strip()
        if not _FLOAT_RE.fullmatch(text):
            raise InputError(f"expected {allowed}, got {_fmt(value)}", parameter)
        value_f = float(text)  # may be inf for "1e999": refused by the range check
    elif isinstance(value, numbers.Real) and not isinstance(value, bool):
        try:
            value_f = float(value)
        except (OverflowError, ValueError, TypeError):
            raise InputError(f"expected {allowed}, got {_fmt(value)}", parameter) from None
    else:
        raise InputError(f"expected {allowed}, got {_fmt(value)}", parameter)
    if not math.isfinite(value_f):
        raise InputError(f"expected {allowed}, got {_fmt(value)}", parameter)
    return value_f


def _integer(value: object, parameter: str, allowed: str) -> int:
    if isinstance(value, str):
        text = value.strip()
        if not _INT_RE.fullmatch(text) or len(text) > 30:
            raise InputError(f"expected {allowed}, got {_fmt(value)}", parameter)
        return int(text)
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        return int(value)
    raise InputError(f"expected {allowed}, got {_fmt(value)}", parameter)


def rs(value: object, parameter: str = "rs") -> float:
    """Wigner-Seitz radius r_s (bohr): a number in [RS_MIN, RS_MAX] (module docstring: where the numerics hold)."""
    allowed = f"a number r_s in [{RS_MIN:g}, {RS_MAX:g}] (bohr)"
    value_f = _real(value, parameter, allowed)
    if not RS_MIN <= value_f <= RS_MAX:
        raise InputError(f"expected {allowed}, got {_fmt(value)}", parameter)
    return value_f


def Z(value: object, parameter: str = "Z") -> float:
    """Ion charge Z (units of e): a number with Z_ABS_MIN <= |Z| <= Z_ABS_MAX, either sign."""
    allowed = f"a number Z with {Z_ABS_MIN:g} <= |Z| <= {Z_ABS_MAX:g}"
    value_f = _real(value, parameter, allowed)
    if not Z_ABS_MIN <= abs(value_f) <= Z_ABS_MAX:
        raise InputError(f"expected {allowed}, got {_fmt(value)}", parameter)
    return value_f


def metal(value: object, parameter: str = "metal") -> str:
    """One of :data:`METALS`, any letter case; returns the canonical spelling."""
    if isinstance(value, str):
        for m in METALS:
            if value.strip().lower() == m.lower():
                return m
    raise InputError(f"expected one of {', '.join(METALS)}, got {_fmt(value)}", parameter)


def model(value: object, parameter: str = "model") -> str:
    """One of :data:`MODELS`, any letter case; returns the canonical (lower-case) spelling."""
    if isinstance(value, str) and value.strip().lower() in MODELS:
        return value.strip().lower()
    raise InputError(f"expected one of {', '.join(MODELS)}, got {_fmt(value)}", parameter)


def shells(value: object, parameter: str = "shells") -> int:
    """Number of neighbour shells: an integer in SHELLS_MIN..SHELLS_MAX."""
    allowed = f"an integer in {SHELLS_MIN}..{SHELLS_MAX}"
    n = _integer(value, parameter, allowed)
    if not SHELLS_MIN <= n <= SHELLS_MAX:
        raise InputError(f"expected {allowed}, got {_fmt(value)}", parameter)
    return n


def points(value: object, parameter: str = "points") -> int:
    """Points per function of ``slowion bench``: an integer in POINTS_MIN..POINTS_MAX."""
    allowed = f"an integer in {POINTS_MIN}..{POINTS_MAX} (10^7)"
    n = _integer(value, parameter, allowed)
    if not POINTS_MIN <= n <= POINTS_MAX:
        raise InputError(f"expected {allowed}, got {_fmt(value)}", parameter)
    return n


def grid(value: object, parameter: str = "grid") -> int:
    """Points per side of the channelling map: a multiple of 4 in 8..256 (the map is folded by the symmetry of the
    square (100) projection, on quarters; 256^2 points take about 15 min on one core)."""
    n = _integer(value, parameter, "a multiple of 4 in 8..256")
    if not 8 <= n <= 256 or n % 4:
        raise InputError(f"expected a multiple of 4 in 8..256, got {_fmt(value)}", parameter)
    return n


def _exists(path: Path) -> bool:
    """True if something (even a dangling symbolic link) is at ``path``; other OS errors propagate."""
    try:
        os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return False
    return True


def output_directory(value: object, parameter: str = "out") -> Path:
    """An output directory that exists and that we can write in, or that we can create; nothing is created.

    Refused, each with one message naming ``parameter``: an empty name, a NUL or an unencodable character, a path
    component longer than the file system allows (or a path longer than PATH_MAX), a path through or onto a file,
    a dangling or looping symbolic link, ``..`` after a component that does not exist yet, and a place where no
    directory can be made. Writability is probed, not guessed from permission bits (``os.access`` says yes to
    root on ``/proc``): a uniquely named empty directory is made in the directory that exists (the target, or
    the nearest existing parent) and removed at once; empty probes that a killed run left there are removed
    first. Any other ``OSError`` is reported the same way.
    """
    if not isinstance(value, str | os.PathLike):
        raise InputError(f"expected a directory path, got {_fmt(value)}", parameter)
    text = os.fspath(value)
    if not isinstance(text, str) or text == "":
        raise InputError(f"expected a non-empty directory path, got {_fmt(value)}", parameter)
    if "\0" in text:
        raise InputError(f"expected a directory path without NUL characters, got {_fmt(value)}", parameter)
    try:
        encoded = os.fsencode(text)
    except UnicodeEncodeError:
        raise InputError(f"expected a path the file system can encode, got {_fmt(value)}", parameter) from None
    try:
        return _check_output_directory(Path(text), encoded, value, parameter)
    except InputError:
        raise
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:  # lstat of a component longer than NAME_MAX, before the walk sees it
            longest = max(len(os.fsencode(part)) for part in Path(text).parts)
            raise InputError(
                f"expected path components the file system allows (usually at most 255 bytes), got one of {longest}",
                parameter,
            ) from None
        raise InputError(f"cannot use {_fmt(text)} as output directory: {exc.strerror or exc}", parameter) from None


def _check_output_directory(path: Path, encoded: bytes, value: object, parameter: str) -> Path:
    path_max = os.pathconf("/", "PC_PATH_MAX") if hasattr(os, "pathconf") else 4096
    if len(os.fsencode(os.path.abspath(path))) >= path_max:
        raise InputError(f"expected a path shorter than {path_max} bytes, got one of {len(encoded)} bytes", parameter)
    # walk up to the nearest thing that exists; what lies below it must be creatable
    missing: list[Path] = []
    here = path
    while not _exists(here):
        missing.append(here)
        if here.parent == here:
            break
        here = here.parent
    if ".." in [p.name for p in missing]:
        raise InputError(f"expected no '..' after a directory that does not exist, got {_fmt(value)}", parameter)
    if os.path.islink(here) and not os.path.exists(here):
        raise InputError(f"{_fmt(os.fspath(here))} is a symbolic link that does not resolve", parameter)
    if not os.path.isdir(here):
        what = "the output directory" if not missing else "a parent of the output directory"
        raise InputError(f"{_fmt(os.fspath(here))} is not a directory ({what} must be one)", parameter)
    name_max = _name_max(here)
    for p in missing:
        if len(os.fsencode(p.name)) > name_max:
            raise InputError(
                f"expected path components of at most {name_max} bytes, got one of {len(os.fsencode(p.name))}",
                parameter,
            )
    _remove_old_probes(here)
    try:
        probe = tempfile.mkdtemp(prefix=PROBE_PREFIX, dir=here)
    except OSError as exc:
        verb = "write in" if not missing else "create a directory in"
        raise InputError(f"cannot {verb} {_fmt(os.fspath(here))}: {exc.strerror or exc}", parameter) from None
    os.rmdir(probe)
    return path


def _remove_old_probes(directory: Path) -> None:
    """Remove empty probe directories that a run killed between making and removing its probe left behind."""
    try:
        names = os.listdir(directory)
    except OSError:
        return
    for name in names:
        if _PROBE_RE.fullmatch(name):
            with contextlib.suppress(OSError):  # not empty, or gone already: not ours to touch
                os.rmdir(directory / name)


def _name_max(directory: Path) -> int:
    try:
        return int(os.pathconf(directory, "PC_NAME_MAX"))
    except (OSError, ValueError, AttributeError):
        return 255


def output_file(value: object, parameter: str = "plot") -> Path:
    """A file to write (a plot): its directory must pass :func:`output_directory` and exist; the path itself must
    not be a directory. Nothing is created; the file is later written atomically (temporary file, then rename)."""
    if not isinstance(value, str | os.PathLike) or os.fspath(value) in ("", "."):
        raise InputError(f"expected a file path, got {_fmt(value)}", parameter)
    path = Path(os.fspath(value))
    if path.name in ("", ".", ".."):
        raise InputError(f"expected a file path, got {_fmt(value)}", parameter)
    parent = path.parent
    output_directory(parent, parameter)
    if not parent.is_dir():
        raise InputError(f"expected a file in an existing directory, got {_fmt(value)}", parameter)
    if path.is_dir():
        raise InputError(f"expected a file path, got the directory {_fmt(value)}", parameter)
    if len(os.fsencode(path.name)) > _name_max(parent) - 20:  # room for the temporary file's name
        raise InputError(f"expected a shorter file name, got one of {len(os.fsencode(path.name))} bytes", parameter)
    return path
