"""The report as one document: its sections in reading order (rendered by :mod:`slowion.report.html`)."""

from __future__ import annotations

from pathlib import Path

from slowion.report.html import Document
from slowion.report.sections_audit import audit_section
from slowion.report.sections_channelling import channelling_section
from slowion.report.sections_comparison import comparison_section
from slowion.report.sections_friction import friction_section, wind_section
from slowion.report.sections_overview import codegen_section, mpmath_section, summary_section, timing_section
from slowion.report.sections_stopping import convergence_section, eq69_section, sensitivity_section, stopping_section

TITLE = "slowion report: He stopping in alkali metals (Dorado & Flores) and the electron wind (Das)"


def build_document(
    results: dict, stage: Path, plots: dict[str, str], formulas: dict[str, dict[str, str | None]] | None = None
) -> Document:
    """The report of ``results``: plots are files in ``stage`` (``plots``: name -> file name or why it is absent),
    ``formulas`` the records' forms as MathML (key -> {"printed", "derived"})."""
    doc = Document(TITLE)
    summary_section(doc, results)
    audit_section(doc, results, formulas or {})
    codegen_section(doc, results)
    stopping_section(doc, results, stage, plots)
    comparison_section(doc, results)
    convergence_section(doc, results, stage, plots)
    eq69_section(doc, results)
    channelling_section(doc, results, stage, plots)
    sensitivity_section(doc, results)
    wind_section(doc, results, stage, plots)
    friction_section(doc, results)
    mpmath_section(doc, results)
    timing_section(doc, results)
    return doc
