"""The audit section: records grouped by their computed status, each with its printed and derived forms (MathML in
the HTML, LaTeX in the Markdown), its defects and their verdicts; the numbered equations without a record."""

from __future__ import annotations

from slowion.derive.identity import GROUPS
from slowion.report.audit_part import FORMS
from slowion.report.html import Document, Equation, Heading, Paragraph, Table
from slowion.report.sections_common import missing


def audit_section(doc: Document, results: dict, formulas: dict[str, dict[str, str | None]]) -> None:
    """The audit, grouped: errors in every reading, convention-dependent, conversion typos, verified, definitions,
    conditional on an approximation or assumption, open; each record with its defects and their verdicts.

    ``formulas``: key -> {"printed": <math>, "derived": <math>} (:func:`slowion.report.audit_part.formulas`); a
    form without one is shown as its LaTeX source.
    """
    doc.add(Heading("Audit of the printed equations"))
    audit = results.get("audit")
    if audit is None:
        doc.add(missing(results, "audit"))
        return
    ids = audit.get("identities", [])
    summary = audit.get("summary", {})
    doc.add(
        Table(
            ["group", "records"],
            [[GROUPS.get(g, g), summary.get(g, 0)] for g in GROUPS] + [["all records", len(ids)]],
            "Records by computed group",
        )
    )
    chains = audit.get("chain_checks", [])
    doc.add(
        Paragraph(
            f"Chain checks (internal consistency of our derivations): "
            f"{sum(c['holds'] for c in chains)}/{len(chains)} hold."
        )
    )
    if chains:
        doc.add(Table(["chain check", "holds", "method"], [[c["name"], c["holds"], c["method"]] for c in chains]))
    for group, heading in GROUPS.items():
        members = [r for r in ids if group_of(r) == group]
        if not members:
            continue
        doc.add(Heading(f"{heading[:1].upper()}{heading[1:]} ({len(members)})", 3))
        for r in members:
            shown = formulas.get(r["key"]) or {}
            forms = [(label, r.get(f"{label}_latex") or "", shown.get(label)) for label in FORMS]
            doc.add(Equation(r["key"], r["status"], r["title"], forms))
            for d in r.get("defects", []):
                doc.add(Paragraph(defect_text(d)))
            extra = " ".join(
                s
                for s in (
                    r.get("conditional_on") and f"Conditional on: {'; '.join(r['conditional_on'])}.",
                    r.get("definition") and f"Defines {r['definition']}.",
                    r.get("corrected") and f"Corrected: `{r['corrected']}`.",
                    r.get("note"),
                )
                if s
            )
            if extra and group not in ("verified",):
                doc.add(Paragraph(extra))
    skipped = audit.get("not_checked") or []
    doc.add(Heading(f"Numbered equations without a record ({len(skipped)})", 3))
    doc.add(
        Table(
            ["equation", "why there is nothing to check"],
            [[x["key"], x["reason"]] for x in skipped],
            css_class="not_checked",
        )
    )


def group_of(record: dict) -> str:
    """The record's audit group; a record from an audit without groups falls back on its status."""
    if record.get("group"):
        return record["group"]
    fallback = {"erratum": "error", "conditional": "approximation"}
    return fallback.get(record.get("status", ""), record.get("status", ""))


def defect_text(d: dict) -> str:
    """One defect and its verdict, with the readings the paper allows and the sentences that allow them."""
    kind = d["kind"] + (", conversion typo" if d.get("conversion_typo") else "")
    if d["every_reading"]:
        return f"Defect [{kind}] {d['title']}: **holds in every reading**."
    parts = []
    for r in d["readings"]:
        verdict = "printed right" if r["printed_right"] else "printed wrong"
        quotes = " ".join(r.get("quotes", []))
        parts.append(f"{r['reading']}: {verdict}" + (f" ({quotes})" if quotes else ""))
    return f"Defect [{kind}] {d['title']}: **depends on the reading** (slowion adopts {d['adopted']}). " + "; ".join(
        parts
    )
