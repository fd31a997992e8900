"""``slowion generate [--check]``: targets -> numeric pieces -> module sources -> files in generated/.

The pipeline, one stage per function: collect the targets (codegen/targets.py), derive the pieces of each target
(closed form with accuracy rewrites, series branches), render the numpy modules and the mpmath twins (writer.py),
then either write them atomically or compare them with what is on disk.
"""

from __future__ import annotations

import difflib
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import sympy as sp

from slowion.base import atomic
from slowion.base.workers import worker_count
from slowion.codegen.numba_writer import FAST_INIT, render_fast
from slowion.codegen.printer import xlnratio, xlogabs
from slowion.codegen.regions import split_piecewise
from slowion.codegen.rewrite import accuracy_rewrites, split_logs
from slowion.codegen.series import fix_abs_signs, horner, taylor
from slowion.codegen.spec import SeriesBranch, Target
from slowion.codegen.targets import MODULES, USE, collect_targets, targets_by_module
from slowion.codegen.writer import (
    Piece,
    mpmath_helpers_module,
    mpmath_module,
    numpy_helpers_module,
    numpy_module,
)

PACKAGE_INIT = '"""Generated numpy code. Do not edit: regenerate with `slowion generate`."""\n'
MP_INIT = '"""Generated mpmath twins of the generated numpy code. Do not edit: regenerate with `slowion generate`."""\n'


def generated_directory() -> Path:
    """The directory of the installed ``slowion.generated`` package (the repository's generated/ when editable)."""
    import slowion.generated

    return Path(slowion.generated.__file__).resolve().parent


def series_piece(target: Target, branch: SeriesBranch) -> Piece:
    """The series of the closed form in the branch's region, in Horner form (coefficients by SymPy)."""
    x = branch.variable
    expr = fix_abs_signs(split_logs(target.expr), branch.where)
    if branch.about == 0:
        terms = taylor(expr, x, branch.order)
        poly = horner(terms, x)
    elif branch.about == sp.oo:
        w = sp.Dummy("w", positive=True)
        terms = taylor(expr.subs(x, 1 / w), w, branch.order)
        poly = horner(terms, 1 / x)
    else:
        raise ValueError(f"{target.name}: series about {branch.about} not supported (use 0 or oo)")
    lo, hi = terms[0][0], terms[-1][0]
    return Piece(branch.label, poly, branch.condition, f"{branch.note} Orders {lo}..{hi}.")


def pieces(target: Target) -> list[Piece]:
    """Closed form (always first) then the series branches, in the order the dispatcher tries them."""
    rewritten = accuracy_rewrites(target.expr)
    note = "Closed form; x ln|x| terms as xlogabs (limit 0 at 0)." if rewritten.has(xlogabs) else "Closed form."
    if rewritten.has(xlnratio):
        note += " Log pairs as xlnratio (one log1p of a ratio, limit 0 at |a| = |b|)."
    regions = None if target.branches else split_piecewise(rewritten)
    if regions is not None:  # a Piecewise of long branches: each evaluated only where taken
        (fallback, _), *cases = regions
        closed = Piece("closed", fallback, None, "Closed form, last case of the Piecewise.")
        return [closed, *(Piece(f"case{i}", e, c, "Case of the Piecewise.") for i, (e, c) in enumerate(cases, 1))]
    if not target.branches:
        # common factors out of a sum (DF Eq. 41: S S' (E_M + J0 - E_He - 3 beta/8), 13 -> 7 operations); only
        # where it saves operations, and not in the Lindhard family, whose closed forms are tuned against their
        # series branches
        factored = sp.factor_terms(rewritten)
        if sp.count_ops(factored) < sp.count_ops(rewritten):
            rewritten = factored
            note += " Common factors taken out of sums."
    closed = Piece("closed", rewritten, None, note)
    return [closed, *(series_piece(target, b) for b in target.branches)]


def _render_targets(chosen: dict[str, tuple[Target, ...]]) -> dict[str, str]:
    """The numpy module, the mpmath twin and the compiled-backend module of each generated module in ``chosen``."""
    files: dict[str, str] = {}
    all_parts = {}
    for module, targets in chosen.items():
        parts = all_parts[module] = {t.name: pieces(t) for t in targets}
        files[f"{module}.py"] = numpy_module(module, list(targets), parts, USE.get(module, ""))
        files[f"mp/{module}.py"] = mpmath_module(module, list(targets), USE.get(module, ""))
    files.update(render_fast(chosen, all_parts))  # the compiled backend, from the same pieces
    return files


def render_derive_modules(modnames: tuple[str, ...]) -> dict[str, str]:
    """The generated files of these derive modules' targets (a worker's job: the derive modules are independent).

    An entry ``module#kind`` renders one generated module of a derive module that writes several (the STO
    overlaps and form factors: two jobs)."""
    files: dict[str, str] = {}
    whole = tuple(m for m in modnames if "#" not in m)
    if whole:
        files.update(_render_targets(collect_targets(whole)))
    for entry in modnames:
        if "#" in entry:
            modname, kind = entry.split("#", 1)
            files.update(_render_targets(collect_targets((modname,), kind=kind)))
    return files


def render_all(modules: tuple[str, ...] | None = None, workers: int | None = None) -> dict[str, str]:
    """Relative path in generated/ -> file text, for every generated file (deterministic).

    ``modules`` (derive module paths, default all of codegen/targets.py) restricts the render, for tests.
    ``workers``: worker processes, one derive module each (default :func:`slowion.base.workers.worker_count`:
    ``$SLOWION_WORKERS`` or one per CPU; 1 = serial, in this process). The files are joined and sorted by path, so
    the text does not depend on the count (tests/test_pipeline_parallel.py compares the two), and it is rendered
    once per process for each ``modules``, whatever ``workers``.
    """
    key = None if modules is None else tuple(modules)
    if key not in _RENDERED:
        _RENDERED[key] = render_files(key, workers)
    return _RENDERED[key]


#: the renders of this process: ``modules`` -> files (the render is deterministic)
_RENDERED: dict[tuple[str, ...] | None, dict[str, str]] = {}


def render_files(modules: tuple[str, ...] | None, workers: int | None = None) -> dict[str, str]:
    """A fresh render (no cache) of :func:`render_all`: relative path -> file text."""
    files = {
        "__init__.py": PACKAGE_INIT,
        "mp/__init__.py": MP_INIT,
        "_helpers.py": numpy_helpers_module(),
        "mp/_helpers.py": mpmath_helpers_module(),
    }
    names = MODULES if modules is None else tuple(modules)
    n = worker_count(len(names)) if workers is None else max(1, workers)
    if n == 1:
        chosen = targets_by_module() if modules is None else collect_targets(names)
        files.update(_render_targets(chosen))
    else:
        jobs = [tuple(m for m in job if m.split("#")[0] in names) for job in _JOBS]
        listed = {m.split("#")[0] for job in _JOBS for m in job}
        jobs = [job for job in jobs if job] + [(m,) for m in names if m not in listed]
        with ProcessPoolExecutor(max_workers=min(n, len(jobs))) as pool:
            for part in pool.map(render_derive_modules, jobs):
                files.update(part)  # joined by path below: the order of the jobs does not matter
        files.setdefault("fast/__init__.py", FAST_INIT)
    return dict(sorted(files.items()))


#: jobs of the worker processes, longest first (measured, docs/performance.md): the STO overlaps (15 Piecewise
#: targets, ~12 s) alone, the STO form factors in a second job (``module#kind``: one generated module of derive.sto);
#: wind's integrand contains dielectric's eps(q, 0), so the two share one process (and its derive caches); a derive
#: module in no job is a job of its own
_JOBS: tuple[tuple[str, ...], ...] = (
    ("slowion.derive.sto#sto_overlap",),
    ("slowion.derive.dielectric", "slowion.derive.wind"),
    ("slowion.derive.sto#sto_form_factor",),
    ("slowion.derive.stopping", "slowion.derive.three_state"),
)


def _entries(directory: Path) -> dict[str, bytes | None]:
    """Relative path -> exact bytes of every file under ``directory``, whatever its extension.

    Byte-code caches in ``__pycache__`` (Python's ``*.pyc``, numba's ``*.nbi``/``*.nbc``) are not ours: skipped. An
    entry that is not a regular file (a symbolic link, a FIFO) or cannot be read maps to None: it is never opened,
    so a FIFO cannot block.
    """
    out: dict[str, bytes | None] = {}

    def walk(folder: Path, prefix: str) -> None:
        with os.scandir(folder) as it:
            for entry in it:
                rel = prefix + entry.name
                if entry.is_dir(follow_symlinks=False):
                    walk(Path(entry.path), rel + "/")
                elif entry.is_file(follow_symlinks=False):
                    if folder.name == "__pycache__" and entry.name.endswith((".pyc", ".nbi", ".nbc")):
                        continue
                    try:
                        out[rel] = Path(entry.path).read_bytes()
                    except OSError:
                        out[rel] = None
                else:
                    out[rel] = None

    if directory.is_dir():
        walk(directory, "")
    return dict(sorted(out.items()))


def _line_ends(data: bytes) -> str:
    crlf, cr, lf = data.count(b"\r\n"), data.count(b"\r"), data.count(b"\n")
    return f"{crlf} CRLF, {cr - crlf} CR, {lf - crlf} LF"


def _one_newline_kind(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")


def _reason(have: bytes | None, want: bytes | None) -> str | None:
    """Why a file on disk (None: not a regular file) is not the rendered file (None: not rendered); None if it is."""
    if want is None:
        return "unexpected file (not produced by `slowion generate`)"
    if have == want:
        return None
    if have is None:
        return "not a regular file (symbolic link, FIFO or unreadable)"
    if _one_newline_kind(have) == _one_newline_kind(want):
        return f"line endings differ (file: {_line_ends(have)}; generated: {_line_ends(want)})"
    if _one_newline_kind(have).rstrip(b"\n") == _one_newline_kind(want).rstrip(b"\n"):
        return "newline at end of file differs"
    if b"\r" in have:
        return f"content differs; line endings differ too (file: {_line_ends(have)})"
    return "content differs"


def _compare(
    directory: Path, modules: tuple[str, ...] | None, workers: int | None = None
) -> tuple[dict[str, str], dict[str, bytes | None], dict[str, bytes]]:
    """(path -> reason for every file that differs, the bytes on disk, the rendered bytes)."""
    # render_all(modules) when no count is asked for: the crash tests replace render_all by a one-argument stand-in
    rendered = render_all(modules) if workers is None else render_all(modules, workers)
    want = {rel: text.encode("utf-8") for rel, text in rendered.items()}
    have = _entries(directory)
    stale = {}
    for rel in sorted(set(want) | set(have)):
        if rel not in have:
            stale[rel] = "missing"
        elif (why := _reason(have[rel], want.get(rel))) is not None:
            stale[rel] = why
    return stale, have, want


def stale_files(directory: str | Path | None = None, modules: tuple[str, ...] | None = None) -> dict[str, str]:
    """Relative path -> reason, for every file of ``directory`` (default: the installed generated/) whose bytes are
    not those a fresh render would write: edited (content, line endings, final newline), missing, or not ours.

    Byte for byte: the rendered text encoded as UTF-8 against the file read in binary, so that a change of line
    endings alone counts. Empty when the directory is exactly what ``slowion generate`` writes.
    """
    directory = Path(directory) if directory is not None else generated_directory()
    return _compare(directory, modules)[0]


def _lines(data: bytes) -> list[str]:
    """Lines for difflib, LF only: a file that also has CR line ends shows its content changes, not every line."""
    return _one_newline_kind(data).decode("utf-8", "replace").splitlines(keepends=True)


def check_generated(
    directory: str | Path | None = None, modules: tuple[str, ...] | None = None, workers: int | None = None
) -> tuple[bool, str]:
    """(up to date?, report) of ``directory`` (default: the installed generated/) against a fresh render
    (``workers``: as in :func:`render_all`; the report passes 1, its task already runs in a worker).

    Every byte counts (see :func:`stale_files`): edited, missing and unexpected files of any extension. The report
    has one ``# generated/<path>: <reason>`` line per file, then a unified diff where a diff can show the change
    (a change of line endings alone or of the final newline shows nothing in a diff: the reason line says it).
    """
    directory = Path(directory) if directory is not None else generated_directory()
    stale, have, want = _compare(directory, modules, workers)
    out: list[str] = []
    for rel, why in stale.items():
        out.append(f"# generated/{rel}: {why}\n")
        a, b = have.get(rel), want.get(rel)
        if why.startswith(("line endings", "newline at end", "not a regular")):
            continue
        if a is not None and b is None and b"\0" in a:
            continue  # binary: the reason line is enough
        out.extend(
            difflib.unified_diff(
                [] if a is None else _lines(a),
                [] if b is None else _lines(b),
                fromfile=f"generated/{rel}" if a is not None else "/dev/null",
                tofile=f"generated/{rel} (regenerated)" if b is not None else "/dev/null",
            )
        )
    return not stale, "".join(out)


def write_generated(directory: str | Path | None = None, modules: tuple[str, ...] | None = None) -> list[str]:
    """Make ``directory`` (default: the installed generated/) hold exactly the rendered files; returns the paths
    written or removed (empty when it already did).

    The whole package is replaced at once, never file by file: a fresh copy is written beside it and swapped in
    (:func:`slowion.base.atomic.publish`), so an interrupted run leaves the previous set complete and an importer never
    sees half of each. Anything else in ``directory`` (stray modules, temporary files of an earlier interrupted
    run) is dropped with the old copy; ``__pycache__`` is rebuilt by Python. Leftovers of killed runs beside
    ``directory`` are removed first.
    """
    # a symbolic link stays; the directory it names is replaced
    directory = Path(directory).resolve() if directory is not None else generated_directory()
    atomic.clean_leftovers(directory)
    changed = sorted(stale_files(directory, modules))
    if not changed:
        return []
    with atomic.staged_replacement(directory) as stage:
        for rel, text in render_all(modules).items():
            (stage / rel).parent.mkdir(parents=True, exist_ok=True)
            (stage / rel).write_bytes(text.encode("utf-8"))
    return changed


def run_generate(check: bool, directory: str | Path | None = None, modules: tuple[str, ...] | None = None) -> int:
    """CLI entry: write generated/ (exit 0), or with ``check`` change nothing and exit 1 with a diff if stale."""
    if check:
        ok, diff = check_generated(directory, modules)
        if not ok:
            sys.stdout.write(diff)
            sys.stderr.write("slowion: generated/ is stale or edited; run `slowion generate`\n")
            return 1
        print("generated/ is up to date")
        return 0
    changed = write_generated(directory, modules)
    print(f"generated/: {len(changed)} file(s) written" + (": " + ", ".join(changed) if changed else ""))
    return 0
