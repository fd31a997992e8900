"""The equation key is the spine: a plain search for a key finds its record builder, its kernel, twin and a test.

For every key of the audit (``slowion audit --json``) a text search of derive/ finds the docstring of the one
function that builds its record; for every key that a generated kernel carries, the search finds the kernel in
generated/, its mpmath twin in generated/mp/ (same function, same keys) and a test in tests/ that names it. Every
generated module is either used by the evaluator or says in its header that it is audit-only, and why.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

import pytest
from audit_records import records

from slowion.derive.coverage import not_checked

ROOT = Path(__file__).resolve().parents[1]
#: tests that only walk the registry: a key they name by looping does not make them a test of that key
SPINE_TESTS = {"test_key_spine.py", "test_audit_status.py", "audit_records.py"}


def _pattern(key: str) -> re.Pattern:
    """The key in exact spelling, not part of a longer key (DF-16 is not DF-16T, Das-1 is not Das-12)."""
    return re.compile(rf"(?<![\w.-]){re.escape(key)}(?![\w.])")


def grep(key: str, files: list[Path]) -> list[tuple[str, int]]:
    """(path relative to the repository, line number) of every line that mentions ``key``, like ``grep -rn``."""
    pat = _pattern(key)
    hits = []
    for f in files:
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), start=1):
            if pat.search(line):
                hits.append((f.relative_to(ROOT).as_posix(), n))
    return hits


def _py(folder: str) -> list[Path]:
    return sorted(p for p in (ROOT / folder).glob("*.py") if p.name != "__init__.py")


@cache
def builders() -> dict[str, list[tuple[Path, ast.FunctionDef]]]:
    """key -> the functions of derive/ that construct ``Identity("<key>", ...)`` with the key as a literal."""
    out: dict[str, list[tuple[Path, ast.FunctionDef]]] = {}
    for path in _py("derive"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for fn in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
            for call in (n for n in ast.walk(fn) if isinstance(n, ast.Call)):
                named = isinstance(call.func, ast.Name) and call.func.id == "Identity"
                first = call.args[0] if named and call.args else None
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    out.setdefault(first.value, []).append((path, fn))
    return out


KEYS = list(records())


@pytest.mark.parametrize("key", KEYS, ids=KEYS)
def test_a_search_for_the_key_finds_its_record_builder(key: str) -> None:
    found = builders().get(key, [])
    assert len(found) == 1, f"{key}: built by {[fn.name for _, fn in found]} (one builder per record)"
    path, fn = found[0]
    others = {k for k, fs in builders().items() for p, f in fs if f is fn} - {key}
    assert not others, f"{fn.name} also builds {sorted(others)}: one builder per record"
    doc = ast.get_docstring(fn, clean=False) or ""
    assert _pattern(key).search(doc), f"{path.name}:{fn.name}: the docstring does not name {key}"
    doc_lines = range(fn.body[0].lineno, fn.body[0].end_lineno + 1)
    hits = grep(key, _py("derive"))
    assert any(p == path.relative_to(ROOT).as_posix() and n in doc_lines for p, n in hits), hits


def _keys_line(fn: ast.FunctionDef) -> tuple[str, ...]:
    doc = ast.get_docstring(fn) or ""
    m = re.search(r"^Keys: (.+?)\. Derived by ", doc, re.M)
    return tuple(m[1].split(", ")) if m else ()


@cache
def kernels(folder: str) -> dict[tuple[str, str], tuple[str, ...]]:
    """(module, function) -> keys of every public generated function in ``folder`` (generated or generated/mp)."""
    out = {}
    for path in _py(folder):
        if path.name.startswith("_"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for fn in tree.body:
            if isinstance(fn, ast.FunctionDef) and not fn.name.startswith("_"):
                out[(path.stem, fn.name)] = _keys_line(fn)
    return out


KERNEL_KEYS = sorted({k for keys in kernels("generated").values() for k in keys})


def test_every_generated_function_and_twin_carry_the_same_keys() -> None:
    numpy_side, twins = kernels("generated"), kernels("generated/mp")
    assert numpy_side and set(numpy_side) == set(twins)
    for fn, keys in numpy_side.items():
        assert keys, f"{fn}: no 'Keys:' line in the docstring"
        assert twins[fn] == keys, fn


@pytest.mark.parametrize("key", KERNEL_KEYS, ids=KERNEL_KEYS)
def test_a_search_for_a_kernel_key_finds_the_kernel_its_twin_and_a_test(key: str) -> None:
    known = set(records()) | {r["key"] for r in not_checked(set(records()))}
    assert key in known, f"{key} is neither a record of the audit nor an equation it lists as not checked"
    modules = {m for (m, _), keys in kernels("generated").items() if key in keys}
    kernel_hits = {Path(p).stem for p, _ in grep(key, _py("generated"))}
    twin_hits = {Path(p).stem for p, _ in grep(key, _py("generated/mp"))}
    assert modules <= kernel_hits and modules <= twin_hits, (modules, kernel_hits, twin_hits)
    tests = [p for p in _py("tests") if p.name not in SPINE_TESTS]
    assert grep(key, tests), f"no test names {key}"


def _use_line(path: Path) -> str:
    head = path.read_text(encoding="utf-8").split('"""', 1)[0]
    text = " ".join(line[2:] for line in head.splitlines() if line.startswith("# "))
    m = re.search(r"(Used by .+?\.|Audit-only: .+?\.)(?= SymPy )", text)
    assert m, f"{path.name}: the header says neither 'Used by' nor 'Audit-only'"
    return m[1]


GENERATED = [p.stem for p in _py("generated") if not p.name.startswith("_")]


@pytest.mark.parametrize("module", GENERATED)
def test_every_generated_module_is_used_by_the_evaluator_or_says_it_is_audit_only(module: str) -> None:
    use = _use_line(ROOT / "generated" / f"{module}.py")
    importers = [
        p.name
        for p in _py("evaluate")
        if re.search(rf"slowion\.generated\.{module}\b|from slowion\.generated import .*\b{module}\b", p.read_text())
    ]
    if use.startswith("Audit-only"):
        assert not importers, f"generated/{module}.py says audit-only but {importers} import it"
    else:
        named = set(re.findall(r"evaluate/(\w+\.py)", use))
        assert named and named <= set(importers), f"header names {sorted(named)}, imported by {importers}"
