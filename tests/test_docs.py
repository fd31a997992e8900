"""The documentation runs: every ```python block of docs/*.md is executed, and the docs hook renders the registry.

The blocks of one page run in order in one namespace (a later block may use what an earlier one defined), in a
fresh namespace per page. The strict site build itself (`mkdocs build --strict`, about a minute: every record is
derived again) runs once in .ci/run, not here.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"
_FENCE = re.compile(r"^```python[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)


def python_blocks(page: Path) -> list[str]:
    """The ```python fenced blocks of a Markdown page, in order."""
    return [m.group(1) for m in _FENCE.finditer(page.read_text(encoding="utf-8"))]


PAGES = sorted(p for p in DOCS.glob("*.md") if python_blocks(p))


def test_the_docs_have_python_examples():
    """The collector finds the examples (a broken fence pattern would make every page below vacuous)."""
    assert DOCS.joinpath("quickstart.md") in PAGES
    assert len(python_blocks(DOCS / "quickstart.md")) >= 2


def test_collector_sees_a_failing_block(tmp_path):
    page = tmp_path / "p.md"
    page.write_text("text\n\n```python\nassert 1 == 2\n```\n\n```bash\nexit 1\n```\n", encoding="utf-8")
    (block,) = python_blocks(page)
    with pytest.raises(AssertionError):
        exec(compile(block, str(page), "exec"), {})


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_python_examples_run(page, capsys):
    namespace: dict[str, object] = {"__name__": f"docs.{page.stem}"}
    for i, block in enumerate(python_blocks(page)):
        exec(compile(block, f"{page.name} block {i + 1}", "exec"), namespace)


def _hooks():
    spec = importlib.util.spec_from_file_location("slowion_docs_hooks", DOCS / "hooks.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_hook_renders_a_registry_module():
    """The derivation page of one module: every record's key, its computed status, and its forms as MathML."""
    from slowion.derive.hamiltonian import identities

    page = _hooks().render_module("slowion.derive.hamiltonian")
    records = identities()
    assert page["statuses"] == {r.key: r.status for r in records}
    text = page["markdown"]
    for r in records:
        section = text.split(f"## {r.key}: ", 1)[1].split("\n## ", 1)[0]
        assert f">{r.status}</span>" in section
        n_forms = sum(f is not None for f in (r.printed, r.derived))
        assert section.count("<math ") >= n_forms, r.key
        assert f'alttext="{r.key} printed"' in section or r.printed is None
