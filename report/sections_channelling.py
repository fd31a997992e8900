"""The channelling section: S_R/S0 over the (100) plane of Na (DF Eqs. 60-61, Fig. 3) beside DF's statements."""

from __future__ import annotations

from pathlib import Path

from slowion.evaluate import paper
from slowion.report.html import Document, Heading, Image, Paragraph, fmt
from slowion.report.sections_common import missing, records_block


def channelling_section(doc: Document, results: dict, stage: Path, plots: dict) -> None:
    doc.add(Heading("Channelling along [100] in Na (Eqs. 60-61, Fig. 3)"))
    ch = results.get("channelling")
    if ch is None:
        doc.add(missing(results, "channelling"))
        return
    res = ch.get("result")
    if isinstance(res, dict) and isinstance(res.get("map"), dict):
        doc.add(
            Paragraph(
                "Method: S_R of DF Eq. 61 with every G perpendicular to v summed in real space (Poisson summation of "
                "the G series of Eq. 60, LCAO-II with Eq. 69), normalised by S0 of the same Lebedev rule; "
                "docs/channelling.md section 4."
            )
        )
        low_au = res["low_half_mean"] * res["S0"] if res.get("S0") is not None else None
        ours_range = (
            f"{res['range'] * 100:.0f} % of S0 with the rows, {res['range_outside_rows'] * 100:.0f} % outside discs "
            f"of {res['row_disc']:g} a around them, {res['range_outside_peaks'] * 100:.0f} % outside the peaks"
        )
        rows = [
            {
                "quantity": "variation over the plane",
                "DF": paper.STATEMENTS["channelling_variation"],
                "ours": ours_range,
            },
            {
                "quantity": "half plane with the lowest stopping",
                "DF": paper.STATEMENTS["channelling_half_plane"],
                "ours": f"{res['low_half_mean'] * 100:.0f} % of S0" + (f" ({fmt(low_au)} a.u.)" if low_au else ""),
            },
            {
                "quantity": "with the symmetric term I_kk'(q+G) I_k'k(q)",
                "DF": "not included",
                "ours": f"range {res['symmetric']['range'] * 100:.0f} %, low half "
                f"{res['symmetric']['low_half_mean'] * 100:.0f} % of S0",
            },
        ]
        doc.add(*records_block(rows, "DF's statements beside ours"))
        scalars = {
            k: res[k]
            for k in (
                "S0",
                "min",
                "max",
                "range",
                "low_half_mean",
                "error",
                "converged",
                "tolerance",
                "grid",
                "seconds",
            )
            if k in res
        }
        doc.add(*records_block(scalars, "Channelling figures (S_R / S0 unless a.u.)"))
        if isinstance(res.get("error_parts"), dict):
            doc.add(*records_block(res["error_parts"], "Error parts (fraction of S0)"))
        for key, title in (
            ("g_series", "G series check: max |S_R(direct) - S_R(n stars)| / S0"),
            ("S_G", "S_G / S0 (first stars)"),
        ):
            if isinstance(res.get(key), list) and res[key]:
                doc.add(*records_block(res[key], title))
        for w in res.get("warnings", []):
            doc.add(Paragraph("Warning: " + str(w)))
    elif isinstance(res, dict):
        doc.add(Paragraph("DF: " + paper.STATEMENTS["channelling_variation"] + "."))
    if plots.get("channelling") == "channelling.png":
        doc.add(Image(stage / "channelling.png", "S_R / S0 over the (100) plane (cf. DF Fig. 3)"))
    elif ch.get("plot"):
        doc.add(Paragraph(f"Plot: {ch['plot']}"))
