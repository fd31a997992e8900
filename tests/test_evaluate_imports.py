"""The rules of the evaluator layer (docs/architecture.md, issue 9), read from the source by ``ast``: no import circle
between evaluate/ modules, project modules imported at module level only, evaluate/ importing only the base, itself
and generated/, and no module over 600 lines."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

EVALUATE = Path(__file__).resolve().parent.parent / "evaluate"
MODULES = sorted(p for p in EVALUATE.glob("*.py") if p.name != "__init__.py")
ALLOWED = ("slowion.base", "slowion.evaluate", "slowion.generated")

#: modules of another branch (chan) that still import inside functions or import the report: to be emptied when
#: that branch is merged (issue 9, part 4)
PENDING: set[str] = set()


def _imports(tree: ast.AST) -> list[tuple[ast.AST, str]]:
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "slowion.evaluate":
                out += [(node, f"slowion.evaluate.{a.name}") for a in node.names]
            else:
                out.append((node, node.module))
        elif isinstance(node, ast.Import):
            out += [(node, a.name) for a in node.names]
    return out


def _function_level(tree: ast.AST) -> set[int]:
    """ids of the import nodes inside a function body."""
    inner = set()
    for fn in ast.walk(tree):
        if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
            inner |= {id(n) for n in ast.walk(fn) if isinstance(n, ast.Import | ast.ImportFrom)}
    return inner


TREES = {p.name: ast.parse(p.read_text(encoding="utf-8")) for p in MODULES}


def test_the_checker_sees_the_evaluator():
    assert {"stopping.py", "multicentre.py", "double_fermi.py", "wind.py"} <= set(TREES)


@pytest.mark.parametrize("name", [n for n in TREES if n not in PENDING])
def test_project_modules_are_imported_at_module_level_and_only_from_allowed_layers(name):
    tree = TREES[name]
    inner = _function_level(tree)
    for node, module in _imports(tree):
        if module.startswith("slowion"):
            assert id(node) not in inner, f"{name}:{node.lineno} imports {module} inside a function"
            assert module.startswith(ALLOWED), f"{name}:{node.lineno} imports {module} (allowed: {ALLOWED})"


def test_no_import_circle_between_evaluate_modules():
    graph = {
        name[:-3]: {m.split(".")[2] for _, m in _imports(tree) if m.startswith("slowion.evaluate.")}
        for name, tree in TREES.items()
    }
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for dep in sorted(graph.get(node, ())):
            assert state.get(dep) != 1, f"import circle: {' -> '.join([*path, dep])}"
            if dep not in state:
                visit(dep, [*path, dep])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_evaluate_module_is_over_600_lines(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) < 600
