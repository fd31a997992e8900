"""``slowion generate [--check]``: targets -> numeric pieces -> module sources -> files in generated/.

The pipeline, one stage per function: collect the targets (codegen/targets.py), derive the pieces of each target
(closed form with accuracy rewrites, series branches), render the numpy modules and the mpmath twins (writer.py),
then either write them atomically or compare them with what is on disk.
"""

from __future__ import annotations

import difflib
import sys
from functools import cache
from pathlib import Path

import sympy as sp

from slowion import atomic
from slowion.codegen.printer import xlogabs
from slowion.codegen.rewrite import accuracy_rewrites, split_logs
from slowion.codegen.series import fix_abs_signs, horner, taylor
from slowion.codegen.spec import SeriesBranch, Target
from slowion.codegen.targets import collect_targets, targets_by_module
from slowion.codegen.writer import Piece, mpmath_module, numpy_module

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
    note = "Closed form; x ln|x| terms as _xlogabs (limit 0 at 0)." if rewritten.has(xlogabs) else "Closed form."
    closed = Piece("closed", rewritten, None, note)
    return [closed, *(series_piece(target, b) for b in target.branches)]


@cache
def render_all(modules: tuple[str, ...] | None = None) -> dict[str, str]:
    """Relative path in generated/ -> file text, for every generated file (deterministic).

    ``modules`` (derive module paths, default all of codegen/targets.py) restricts the render, for tests.
    """
    files = {"__init__.py": PACKAGE_INIT, "mp/__init__.py": MP_INIT}
    chosen = targets_by_module() if modules is None else collect_targets(modules)
    for module, targets in chosen.items():
        parts = {t.name: pieces(t) for t in targets}
        files[f"{module}.py"] = numpy_module(module, list(targets), parts)
        files[f"mp/{module}.py"] = mpmath_module(module, list(targets))
    return dict(sorted(files.items()))


def _on_disk(directory: Path) -> dict[str, str]:
    out = {}
    for path in sorted(directory.rglob("*.py")):
        rel = path.relative_to(directory).as_posix()
        if "__pycache__" in rel:
            continue
        out[rel] = path.read_text(encoding="utf-8")
    return out


def check_generated(directory: str | Path | None = None, modules: tuple[str, ...] | None = None) -> tuple[bool, str]:
    """(up to date?, unified diff) of ``directory`` (default: the installed generated/) against a fresh render.

    Stale, hand-edited, missing and extra ``.py`` files all count.
    """
    directory = Path(directory) if directory is not None else generated_directory()
    want = render_all(modules)
    have = _on_disk(directory)
    diff: list[str] = []
    for rel in sorted(set(want) | set(have)):
        a = have.get(rel)
        b = want.get(rel)
        if a == b:
            continue
        diff.extend(
            difflib.unified_diff(
                [] if a is None else a.splitlines(keepends=True),
                [] if b is None else b.splitlines(keepends=True),
                fromfile=f"generated/{rel}" if a is not None else "/dev/null",
                tofile=f"generated/{rel} (regenerated)" if b is not None else "/dev/null",
            )
        )
    return (not diff), "".join(diff)


def write_generated(directory: str | Path | None = None, modules: tuple[str, ...] | None = None) -> list[str]:
    """Make ``directory`` (default: the installed generated/) hold exactly the rendered files; returns the paths
    written or removed (empty when it already did).

    The whole package is replaced at once, never file by file: a fresh copy is written beside it and swapped in
    (:func:`slowion.atomic.publish`), so an interrupted run leaves the previous set complete and an importer never
    sees half of each. Anything else in ``directory`` (stray modules, temporary files of an earlier interrupted
    run) is dropped with the old copy; ``__pycache__`` is rebuilt by Python. Leftovers of killed runs beside
    ``directory`` are removed first.
    """
    # a symbolic link stays; the directory it names is replaced
    directory = Path(directory).resolve() if directory is not None else generated_directory()
    want = {rel: text.encode("utf-8") for rel, text in render_all(modules).items()}
    atomic.clean_leftovers(directory)
    have = _files_to_replace(directory)
    changed = sorted(rel for rel in set(want) | set(have) if want.get(rel) != have.get(rel))
    if not changed:
        return []
    with atomic.staged_replacement(directory) as stage:
        for rel, data in want.items():
            (stage / rel).parent.mkdir(parents=True, exist_ok=True)
            (stage / rel).write_bytes(data)
    return changed


def _files_to_replace(directory: Path) -> dict[str, bytes]:
    """Relative path -> bytes of every file under ``directory`` except Python's bytecode caches."""
    if not directory.is_dir():
        return {}
    out = {}
    for path in sorted(directory.rglob("*")):
        rel = path.relative_to(directory)
        if "__pycache__" in rel.parts or path.is_dir():
            continue
        out[rel.as_posix()] = path.read_bytes()
    return out


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
