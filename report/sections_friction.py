"""Friction sections: the electron-wind Q(r_s) of Das Eq. 12, and the first-principles KS-LDA friction of He beside
the DF models (X-10, X-12)."""

from __future__ import annotations

from pathlib import Path

from slowion.evaluate.paper_compare import FRICTION_MODELS
from slowion.report.html import Document, Heading, Image, Paragraph, Table
from slowion.report.sections_common import missing, records_block


def wind_section(doc: Document, results: dict, stage: Path, plots: dict) -> None:
    doc.add(Heading("Electron-wind friction Q(r_s) (Das Eq. 12)"))
    w = results.get("wind")
    if w is None:
        doc.add(missing(results, "wind"))
        return
    doc.add(*records_block(w.get("table"), "Wind table"))
    if plots.get("wind") == "wind_Q_rs.png":
        doc.add(Image(stage / "wind_Q_rs.png", "Q(r_s)"))
    elif w.get("plot"):
        doc.add(Paragraph(f"Plot: {w['plot']}"))


def friction_section(doc: Document, results: dict) -> None:
    doc.add(Heading("First-principles reference: KS-LDA friction of He in jellium (ENR method)"))
    c = results.get("friction_comparison")
    if not c:
        doc.add(missing(results, "friction"))
        return
    rows = c["rows"]
    names = [*FRICTION_MODELS.values(), "DF (a)", "linear response Z=2"]
    doc.add(
        Table(
            ["metal", "r_s", "KS-LDA Q", "± error", "Friedel sum", "ENR (DF II c)", "KS/ENR"]
            + [f"{n} / KS" for n in names],
            [
                [r["metal"], r["rs"], r["Q_ks_lda"], r["Q_error"], r["friedel_sum"], r["Q_enr"], r["ratio_to_enr"]]
                + [r.get(f"{n}/KS") for n in names]
                for r in rows
            ],
            "He (Z1 = 2): our self-consistent KS-LDA friction Q (a.u.), ENR's LDA values as printed in DF Table II "
            "column c, and each model's S0 (or Q) divided by our KS-LDA Q",
        )
    )
    lines = [f"{m}: {v['model']} ({v['ratio']:.3g} x KS-LDA)" for m, v in c["nearest_to_ks"].items()]
    doc.add(
        Paragraph(
            "Nearest to the first-principles value, per metal (smallest |log ratio| among our four DF models and DF's "
            "printed Table II (a)): " + "; ".join(lines) + ". The linear-response friction of a bare Z = 2 charge "
            "(the weak-coupling limit of the same physics, X-12) shows how far He is from the Born limit. Method, "
            "convergence and the Born-limit test: docs/friction.md."
        )
    )
