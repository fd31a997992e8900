"""Blocks shared by the report's sections: a table or JSON for any result, "not computed" notes, per cent."""

from __future__ import annotations

import json
from typing import Any

from slowion.report.html import Paragraph, Preformatted, Table


def is_cell(v: Any) -> bool:
    """A scalar, or a short vector such as G = (0, 1, 1), fits in a table cell."""
    if isinstance(v, list):
        return len(v) <= 4 and all(not isinstance(x, dict | list) for x in v)
    return not isinstance(v, dict)


def records_block(value: Any, caption: str = "") -> list:
    """A table for a list of flat records or a flat dict; otherwise the JSON, shortened."""
    if isinstance(value, list) and value and all(isinstance(r, dict) for r in value):
        cols: list[str] = []
        for r in value:
            for k, v in r.items():
                if k not in cols and is_cell(v):
                    cols.append(k)
        return [Table(cols, [[r.get(c) for c in cols] for r in value], caption)]
    if isinstance(value, dict) and value and all(is_cell(v) for v in value.values()):
        return [Table(["quantity", "value"], [[k, v] for k, v in value.items()], caption)]
    text = json.dumps(value, indent=1)
    if len(text) > 6000:
        text = text[:6000] + "\n... (shortened; full data in results.json)"
    return ([Paragraph(caption)] if caption else []) + [Preformatted(text)]


def missing(results: dict, key: str) -> Paragraph | None:
    reasons = {k: v for k, v in results["not_computed"].items() if k == key or k.startswith(key + "/")}
    if not reasons:
        return None
    return Paragraph("**Not computed:** " + "; ".join(f"`{k}`: {v}" for k, v in reasons.items()))


def pct(r: float | None) -> str | None:
    return None if r is None else f"{(r - 1) * 100:+.1f} %"
