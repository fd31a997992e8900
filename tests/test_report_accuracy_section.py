"""The report's accuracy section states each backend's count of functions within tolerance, and says when the
compiled backend was not checked (numba absent)."""

from __future__ import annotations

from slowion.report.html import Document, to_markdown
from slowion.report.sections_overview import codegen_section


def _row(name: str, backend: str, passed: bool) -> dict:
    return {"module": "dielectric", "name": name, "backend": backend, "max_rel_error": 1e-15, "passed": passed}


def _markdown(rows: list[dict]) -> str:
    doc = Document("t")
    codegen_section(doc, {"generate_check": {"ok": True, "exit_code": 0}, "codegen_accuracy": rows})
    return to_markdown(doc)


def test_both_backends_get_their_own_count_and_a_failing_compiled_kernel_is_named() -> None:
    text = _markdown(
        [
            _row("lindhard_x1", "numpy", True),
            _row("lindhard_eps_static", "numpy", True),
            _row("lindhard_x1", "compiled", True),
            _row("lindhard_eps_static", "compiled", False),
        ]
    )
    assert "numpy backend: 2/2 generated functions within their tolerance of the mpmath twin." in text
    assert "compiled backend: 1/2 generated functions within their tolerance of the mpmath twin: **FAILING** " \
        "lindhard_eps_static" in text
    assert "not checked" not in text


def test_without_compiled_rows_the_report_says_the_backend_was_not_checked() -> None:
    text = _markdown([_row("lindhard_x1", "numpy", True)])
    assert "numpy backend: 1/1" in text
    assert "compiled backend (generated/fast/, numba): not checked" in text
