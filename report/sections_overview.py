"""The report's frame: summary (verdict, provenance, parts not computed), generated code, mpmath checks, timing."""

from __future__ import annotations

from slowion.report.html import Document, Heading, Paragraph, Preformatted, Table
from slowion.report.sections_common import missing, records_block


def summary_section(doc: Document, results: dict) -> None:
    doc.add(Heading("Summary"))
    ok = results["exit_code"] == 0
    doc.add(
        Paragraph(
            "**Checks pass** (exit code 0): our derivation chains are consistent and generated/ is up to date."
            if ok
            else "**Checks FAIL** (exit code 1): " + " ".join(results["problems"])
        )
    )
    prov = results["provenance"]
    ex = prov["executor"]
    revision = prov.get("git_revision")
    code = (
        f"git {revision[:12]}" + (" with uncommitted changes" if prov.get("git_dirty") else "")
        if revision
        else "not from a git checkout"
    )
    doc.add(
        Paragraph(
            f"slowion {prov['slowion_version']} ({code}), Python {prov['python']}, on {prov['platform']}, "
            f"{prov['date_utc']}; executor `{ex['kind']}` with {ex['workers']} worker(s); "
            f"evaluations took {results['timing']['compute_seconds']:.1f} s, "
            f"{results['timing'].get('total_seconds_before_writing', float('nan')):.1f} s with the plots. "
            "Library versions: "
            + ", ".join(f"{k} {v or 'not installed'}" for k, v in prov.get("packages", {}).items())
            + " (results.json `provenance`)."
        )
    )
    nc = results["not_computed"]
    if nc:
        doc.add(Paragraph(f"**{len(nc)} part(s) not computed** (their numbers are absent, never filled in):"))
        doc.add(Table(["part", "reason"], [[k, v] for k, v in nc.items()]))
    else:
        doc.add(Paragraph("Every part of the report was computed."))
    doc.add(
        Paragraph(
            "Units: atomic (hbar = m = e = 1); S0 = (1/v) dE/dx in a.u. Paper numbers are comparison targets, never "
            "inputs; ratios are ours/paper."
        )
    )


def codegen_section(doc: Document, results: dict) -> None:
    doc.add(Heading("Generated code"))
    gen = results.get("generate_check")
    if gen is None:
        doc.add(missing(results, "generate_check"))
    else:
        doc.add(
            Paragraph(
                "`slowion generate --check`: "
                + ("up to date." if gen["ok"] else f"**STALE** (exit {gen['exit_code']}):")
            )
        )
        if not gen["ok"] and gen.get("output"):
            doc.add(Preformatted(gen["output"][:8000]))
    acc = results.get("codegen_accuracy")
    if acc is None:
        doc.add(missing(results, "codegen_accuracy"))
    else:
        if isinstance(acc, list) and acc and all(isinstance(r, dict) and "passed" in r for r in acc):
            for backend in sorted({r.get("backend", "numpy") for r in acc}, key=lambda b: b != "numpy"):
                rows = [r for r in acc if r.get("backend", "numpy") == backend]
                failed = [r.get("name", "?") for r in rows if not r["passed"]]
                doc.add(
                    Paragraph(
                        f"{backend} backend: {len(rows) - len(failed)}/{len(rows)} generated functions within "
                        "their tolerance of the mpmath twin" + (": **FAILING** " + ", ".join(failed) if failed else ".")
                    )
                )
            if not any(r.get("backend") == "compiled" for r in acc):
                doc.add(
                    Paragraph(
                        "compiled backend (generated/fast/, numba): not checked, numba is not installed in this "
                        "environment (`pip install \".[fast]\"`)."
                    )
                )
        doc.add(*records_block(acc, "Generated functions against their mpmath twins (max relative error)"))


def mpmath_section(doc: Document, results: dict) -> None:
    doc.add(Heading("mpmath checks of the quadratures"))
    m = results.get("mpmath_checks")
    if m is None:
        doc.add(missing(results, "mpmath_checks"))
        return
    if isinstance(m, list):  # the double-precision value in full, to set beside the mpmath digits
        m = [
            {k: (f"{v:.17g}" if k == "quadrature" and isinstance(v, float) else v) for k, v in r.items()}
            if isinstance(r, dict)
            else r
            for r in m
        ]
    doc.add(*records_block(m, "Each quadrature re-done with mpmath (>= 25 digits)"))


def timing_section(doc: Document, results: dict) -> None:
    doc.add(Heading("Timing"))
    t = results["timing"]
    doc.add(
        Paragraph(
            f"Evaluations {t['compute_seconds']:.1f} s, with plots {t.get('total_seconds_before_writing', 0):.1f} s "
            "(wall clock inside `run_report`, excluding interpreter start-up), "
            f"executor `{results['provenance']['executor']['kind']}`. Every wall-clock figure is in results.json "
            f"`timing`, none among the physics ({len(t.get('fields', {}))} reported inside the tasks' results, "
            "under `timing.fields` by JSON pointer)."
        )
    )
    doc.add(Table(["task", "seconds (in its worker)"], sorted(t["tasks"].items(), key=lambda kv: -kv[1])))
