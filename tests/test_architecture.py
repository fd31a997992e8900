"""The layers keep their import rules (docs/architecture.md), read from the source with ``ast``.

Every module of the package (the folders base/ derive/ codegen/ generated/ evaluate/ report/ slowion/, installed as
``slowion.<folder>``) is parsed, nothing is imported. An import is any ``import``/``from ... import`` statement
(module level or inside a function; those under ``if TYPE_CHECKING:`` are not run and are skipped) and any
``importlib.import_module`` call whose argument starts with a literal ``slowion.<layer>`` name. The rules:

* ``generated/`` imports only numpy, mpmath and ``generated/`` itself (the kernels run without SymPy);
* ``derive/`` only itself, SymPy, mpmath, the base and the standard library;
* ``codegen/`` only ``derive/``, the base, itself, SymPy, numpy, mpmath, the standard library, and ``generated/``
  (the package it writes and whose accuracy it measures); never ``evaluate/`` or the report;
* ``evaluate/`` only ``generated/``, the base, itself, the standard library and its numeric packages (numpy, SciPy,
  mpmath, matplotlib, tqdm, bfit; dask, numba and vegas as optional extras);
* ``base/`` only the standard library;
* the report may import anything, and nothing imports it except ``slowion/cli.py``;
* no import cycle between modules (function-level imports included: a cycle hidden inside a function is a cycle);
* no module outside ``generated/`` over ``MAX_LINES`` lines.

``ALLOWANCE`` lists the violations known when this test was written (issue 9), each with its reason; every other
violation fails, and so does an allowance entry that no longer occurs (remove it).
"""

from __future__ import annotations

import ast
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: folder -> installed package (pyproject.toml [tool.setuptools] package-dir)
LAYERS = {
    "base": "slowion.base",
    "derive": "slowion.derive",
    "codegen": "slowion.codegen",
    "generated": "slowion.generated",
    "evaluate": "slowion.evaluate",
    "report": "slowion.report",
    "slowion": "slowion",
}
MAX_LINES = 600
STDLIB = frozenset(sys.stdlib_module_names) | {"__future__"}

#: third-party top-level packages each layer may import (the standard library is handled apart)
THIRD_PARTY = {
    "generated": {"numpy", "mpmath"},
    "derive": {"sympy", "mpmath"},
    "codegen": {"sympy", "numpy", "mpmath", "numba"},  # numba: the bench's optional baseline, probed when present
    "evaluate": {
        *("numpy", "scipy", "mpmath", "matplotlib", "tqdm", "bfit", "threadpoolctl"),
        *("dask", "distributed", "numba", "vegas"),  # optional extras
    },
    "base": set(),
}
#: project layers each layer may import (itself always)
PROJECT = {
    "generated": set(),
    "derive": {"base"},
    "codegen": {"derive", "base", "generated"},
    "evaluate": {"generated", "base"},
    "base": set(),
}
#: layers whose modules import project modules at module level only (the CLI and codegen's optional bench paths
#: import lazily on purpose: `slowion --help` loads no layer, and the bench probes what is installed)
MODULE_LEVEL_ONLY = {"base", "derive", "evaluate", "report"}
STDLIB_ALLOWED = {"generated": False, "derive": True, "codegen": True, "evaluate": True, "base": True}

#: known violations (issue 9; other helpers are removing them): (kind, subject) -> reason.
#: kind "import": subject "importer -> imported"; "size": a module; "cycle": the sorted modules of one cycle.
ALLOWANCE: dict[tuple[str, str], str] = {
}


@dataclass(frozen=True)
class Import:
    importer: str  # module name
    target: str  # absolute dotted name as written (module, or module.attribute for `from m import a`)
    line: int
    function_level: bool
    dynamic: bool = False  # importlib.import_module with a literal "slowion.<layer>" prefix


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT)
    parts = [LAYERS[rel.parts[0]], *rel.parts[1:]]
    parts[-1] = parts[-1].removesuffix(".py")
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _module_files() -> dict[str, Path]:
    out = {}
    for folder in LAYERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            out[_module_name(path)] = path
    return out


MODULES = _module_files()


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _literal_prefix(node: ast.expr) -> str | None:
    """The literal start of a string argument (a constant, or the leading text of an f-string)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
        return str(node.values[0].value)
    return None


def _imports(name: str, path: Path) -> list[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_pkg = path.name == "__init__.py"
    package = name if is_pkg else name.rsplit(".", 1)[0]
    out: list[Import] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child.test):
                for sub in child.orelse:
                    visit(sub, in_function)
                continue
            fn = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
            if isinstance(child, ast.Import):
                out.extend(Import(name, a.name, child.lineno, in_function) for a in child.names)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package.split(".")
                    base = base[: len(base) - (child.level - 1)]
                    mod = ".".join(base + ([child.module] if child.module else []))
                else:
                    mod = child.module or ""
                out.extend(Import(name, f"{mod}.{a.name}", child.lineno, in_function) for a in child.names)
            elif (
                isinstance(child, ast.Call)
                and isinstance(child.func, ast.Attribute | ast.Name)
                and getattr(child.func, "attr", getattr(child.func, "id", None)) == "import_module"
                and child.args
            ):
                prefix = _literal_prefix(child.args[0])
                if prefix and prefix.startswith("slowion."):
                    target = ".".join(p for p in prefix.split(".") if p.isidentifier())
                    out.append(Import(name, target, child.lineno, in_function, dynamic=True))
            visit(child, fn)

    visit(tree, False)
    return out


IMPORTS = {name: _imports(name, path) for name, path in MODULES.items()}


def _resolve(target: str) -> str | None:
    """The project module an import names (``from m import a``: the submodule m.a if there is one, else m)."""
    parts = target.split(".")
    for n in range(len(parts), 0, -1):
        candidate = ".".join(parts[:n])
        if candidate in MODULES:
            return candidate
    return None


def layer_of(module: str) -> str:
    for folder, pkg in LAYERS.items():
        if folder != "slowion" and (module == pkg or module.startswith(pkg + ".")):
            return folder
    return "slowion"


# ----------------------------------------------------------------------------------------------------------
# the rules


def layer_violations() -> dict[tuple[str, str], str]:
    """(kind, subject) -> what is wrong, for the import rules of the layers and the report."""
    bad: dict[tuple[str, str], str] = {}
    for name, imports in IMPORTS.items():
        layer = layer_of(name)
        for imp in imports:
            top = imp.target.split(".")[0]
            module = _resolve(imp.target) if top == "slowion" else None
            where = f"{MODULES[name].relative_to(ROOT)}:{imp.line}"
            if module is not None:
                target_layer = layer_of(module)
                if target_layer == "report" and layer != "report" and name != "slowion.cli":
                    bad["import", f"{name} -> {module}"] = f"{where}: only slowion/cli.py imports the report"
                    continue
                if layer in PROJECT and target_layer != layer and target_layer not in PROJECT[layer]:
                    bad["import", f"{name} -> {module}"] = f"{where}: {layer}/ may not import {target_layer}/"
                elif imp.function_level and not imp.dynamic and layer in MODULE_LEVEL_ONLY:
                    # an import hidden inside a function is how a cycle or a layer breach hides from a reader
                    bad["inner", f"{name} -> {module}"] = f"{where}: {layer}/ imports project modules at module level"
            elif top == "slowion":
                bad["import", f"{name} -> {imp.target}"] = f"{where}: no such project module"
            elif name.startswith("slowion.generated.fast."):
                # the optional compiled backend (the `fast` extra): numba's scalar code calls math, not numpy
                if top not in {"numba", "math", "__future__"}:
                    bad["import", f"{name} -> {top}"] = f"{where}: generated/fast/ imports only numba and math"
            elif layer in THIRD_PARTY:
                if top in STDLIB:
                    if not STDLIB_ALLOWED[layer] and top != "__future__":
                        bad["import", f"{name} -> {top}"] = f"{where}: {layer}/ imports only numpy and mpmath"
                elif top not in THIRD_PARTY[layer]:
                    bad["import", f"{name} -> {top}"] = f"{where}: {layer}/ may not import {top}"
    return bad


def size_violations() -> dict[tuple[str, str], str]:
    bad = {}
    for name, path in MODULES.items():
        if layer_of(name) == "generated":
            continue
        n = len(path.read_text(encoding="utf-8").splitlines())
        if n > MAX_LINES:
            bad["size", name] = f"{path.relative_to(ROOT)}: {n} lines > {MAX_LINES}"
    return bad


def import_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = defaultdict(set)
    for name, imports in IMPORTS.items():
        for imp in imports:
            module = _resolve(imp.target) if imp.target.startswith("slowion.") else None
            if module is not None and module != name:
                graph[name].add(module)
    return graph


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm; the components of more than one module (or with a self-loop) are the cycles."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    counter = 0

    def connect(v: str) -> None:
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(set(graph) | {w for ws in graph.values() for w in ws}):
        if v not in index:
            connect(v)
    return out


def cycle_violations() -> dict[tuple[str, str], str]:
    return {("cycle", ", ".join(c)): "modules import each other" for c in strongly_connected(import_graph())}


def all_violations() -> dict[tuple[str, str], str]:
    return {**layer_violations(), **size_violations(), **cycle_violations()}


# ----------------------------------------------------------------------------------------------------------
# tests


def test_every_layer_folder_is_parsed():
    for folder in LAYERS:
        assert any(layer_of(m) == folder for m in MODULES), folder
    assert "slowion.cli" in MODULES and "slowion.derive.registry" in MODULES


def test_no_new_violation():
    new = {k: v for k, v in all_violations().items() if k not in ALLOWANCE}
    assert not new, "new violations of the layer rules (docs/architecture.md):\n" + "\n".join(
        f"  {kind} {subject}: {why}" for (kind, subject), why in sorted(new.items())
    )


def test_allowance_is_not_stale():
    """An allowed violation that no longer occurs is removed from ALLOWANCE (so it cannot come back unseen)."""
    stale = sorted(set(ALLOWANCE) - set(all_violations()))
    assert not stale, f"fixed: remove from ALLOWANCE in tests/test_architecture.py: {stale}"


# the checker itself: each rule fails on a planted violation


@pytest.mark.parametrize(
    ("module", "source", "expected"),
    [
        ("slowion.evaluate.x", "from slowion.derive import registry\n", ("import", "slowion.evaluate.x -> ")),
        ("slowion.evaluate.x", "def f():\n    import slowion.codegen.driver\n", ("import", "slowion.evaluate.x -> ")),
        ("slowion.evaluate.x", "def f():\n    import slowion.evaluate.wind\n", ("inner", "slowion.evaluate.x -> ")),
        ("slowion.report.x", "def f():\n    from slowion.evaluate import wind\n", ("inner", "slowion.report.x -> ")),
        ("slowion.codegen.x", "from ..evaluate import wind\n", ("import", "slowion.codegen.x -> ")),
        ("slowion.generated.x", "import math\n", ("import", "slowion.generated.x -> math")),
        ("slowion.generated.x", "import sympy\n", ("import", "slowion.generated.x -> sympy")),
        ("slowion.derive.x", "import numpy\n", ("import", "slowion.derive.x -> numpy")),
        ("slowion.base.x", "import numpy\n", ("import", "slowion.base.x -> numpy")),
        ("slowion.derive.x", "from slowion.report import html\n", ("import", "slowion.derive.x -> slowion.report")),
        ("slowion.audit", "from slowion.report import html\n", ("import", "slowion.audit -> slowion.report")),
        (
            "slowion.codegen.x",
            "import importlib\nm = importlib.import_module(f'slowion.evaluate.{n}')\n",
            ("import", "slowion.codegen.x -> slowion.evaluate"),
        ),
    ],
)
def test_checker_finds_planted_import(monkeypatch, tmp_path, module, source, expected):
    path = ROOT / module.split(".")[1] / "x.py" if module.count(".") == 2 else ROOT / "slowion" / "audit.py"
    fake = tmp_path / "x.py"
    fake.write_text(source, encoding="utf-8")
    monkeypatch.setitem(MODULES, module, path)
    monkeypatch.setitem(IMPORTS, module, _imports(module, fake))
    hits = [k for k in layer_violations() if k[0] == expected[0] and k[1].startswith(expected[1])]
    assert hits, (module, source)


def test_checker_allows_the_rules(monkeypatch, tmp_path):
    source = (
        "import math\nimport numpy\nfrom slowion.base.errors import InputError\nfrom ..generated import wind\n"
        "from .stopping import mean_stopping\ndef f():\n    import numba\n"  # an optional extra may load lazily
    )
    fake = tmp_path / "x.py"
    fake.write_text(source, encoding="utf-8")
    monkeypatch.setitem(MODULES, "slowion.evaluate.x", ROOT / "evaluate" / "x.py")
    monkeypatch.setitem(IMPORTS, "slowion.evaluate.x", _imports("slowion.evaluate.x", fake))
    assert not [k for k in layer_violations() if "slowion.evaluate.x" in k[1]]


def test_checker_finds_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"d"}}
    assert strongly_connected(graph) == [["a", "b", "c"]]
    del graph["c"]
    assert strongly_connected(graph) == []


def figures() -> dict[str, dict[str, object]]:
    """Per layer: the function-level imports of project modules, and the largest module."""
    out: dict[str, dict[str, object]] = {}
    for folder in LAYERS:
        mods = [m for m in MODULES if layer_of(m) == folder]
        # statements (one `from m import a, b` counts once), not names; import_module calls apart
        fl = len(
            {
                (m, i.line)
                for m in mods
                for i in IMPORTS[m]
                if i.function_level and not i.dynamic and i.target.startswith("slowion.")
            }
        )
        sizes = {m: len(MODULES[m].read_text(encoding="utf-8").splitlines()) for m in mods}
        big = max(sizes, key=sizes.get)
        out[folder] = {"function_level_project_imports": fl, "largest": big, "lines": sizes[big]}
    return out


def test_print_figures(capsys):
    figs = figures()
    with capsys.disabled():
        for folder, f in figs.items():
            print(
                f"\n  {folder:10s} function-level project imports {f['function_level_project_imports']:3d}; "
                f"largest {f['largest']} ({f['lines']} lines)",
                end="",
            )
        print()
    assert set(figs) == set(LAYERS)
