"""``slowion audit``: derive every identity, compare with the printed form, print the table or JSON."""

from __future__ import annotations

import json
import sys
import textwrap

from slowion.derive.registry import all_chain_checks, all_identities, summary


def audit_records() -> dict:
    """The JSON document of ``slowion audit --json`` (DESIGN.md), plus the chain checks."""
    ids = all_identities()
    chains = all_chain_checks()
    return {
        "identities": [i.as_record() for i in ids],
        "summary": summary(ids),
        "chain_checks": [
            {"name": c.name, "holds": c.holds, "method": c.verdict().method, "witness": c.verdict().witness}
            for c in chains
        ],
        "consistent": all(c.holds for c in chains),
    }


def _table(doc: dict) -> str:
    rows = [("key", "status", "title")]
    for r in doc["identities"]:
        rows.append((r["key"], r["status"], r["title"]))
    w0 = max(len(r[0]) for r in rows)
    w1 = max(len(r[1]) for r in rows)
    lines = []
    for k, s, t in rows:
        lines.append(f"{k:<{w0}}  {s:<{w1}}  {t}")
    lines.append("")
    for r in doc["identities"]:
        if r["status"] != "verified":
            body = f"{r['key']} [{r['status']}]: {r['note']}"
            if r["corrected"]:
                body += f" Corrected: {r['corrected']}"
            lines.append(textwrap.fill(body, width=110, subsequent_indent="    "))
    lines.append("")
    lines.append("summary: " + ", ".join(f"{k} {v}" for k, v in doc["summary"].items()))
    bad = [c for c in doc["chain_checks"] if not c["holds"]]
    lines.append(
        f"chain checks: {len(doc['chain_checks']) - len(bad)}/{len(doc['chain_checks'])} hold"
        + ("" if not bad else "; FAILING: " + ", ".join(c["name"] for c in bad))
    )
    return "\n".join(lines)


def run_audit(as_json: bool = False) -> int:
    """Print the audit; exit 1 only if our own derivation chain is inconsistent (never for a paper erratum)."""
    doc = audit_records()
    if as_json:
        json.dump(doc, sys.stdout, indent=2, allow_nan=False)
        sys.stdout.write("\n")
    else:
        print(_table(doc))
    return 0 if doc["consistent"] else 1
