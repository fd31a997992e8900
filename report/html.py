"""The report as a list of blocks, rendered to Markdown and to one self-contained HTML file.

Self-contained means: no network at view time. Plots are embedded as base64 PNG ``data:`` URIs; formulas are
presentation MathML written from the SymPy expressions themselves (:mod:`slowion.report.mathml`), which the browser
typesets as text (no JavaScript, no images); a form without MathML is shown as its LaTeX source in ``<code>``. The
Markdown keeps the LaTeX source in backticks. No ``src`` or ``href`` in the output points outside the file.
"""

from __future__ import annotations

import base64
import html
import re
from dataclasses import dataclass, field
from pathlib import Path

# ----------------------------------------------------------------------------------------------------------
# blocks


@dataclass
class Heading:
    text: str
    level: int = 2


@dataclass
class Paragraph:
    text: str


@dataclass
class Table:
    columns: list[str]
    rows: list[list[object]]
    caption: str = ""
    css_class: str = ""  # a class of the HTML table (e.g. a status: "not_checked")


@dataclass
class Image:
    path: Path  # a PNG written next to the report
    caption: str = ""


@dataclass
class Equation:
    """One equation of the audit: its key and status, and its forms (printed, derived) as LaTeX and MathML."""

    key: str
    status: str
    title: str
    forms: list[tuple[str, str, str | None]]  # (label, latex, <math> element or None)


@dataclass
class Preformatted:
    text: str


@dataclass
class Document:
    title: str
    blocks: list[object] = field(default_factory=list)

    def add(self, *blocks: object) -> None:
        """Append blocks; None (an optional block that is absent) is skipped."""
        self.blocks.extend(b for b in blocks if b is not None)


# ----------------------------------------------------------------------------------------------------------
# cells


def fmt(x: object, digits: int = 5) -> str:
    """A table cell: floats to ``digits`` significant digits, None as an em dash."""
    if x is None:
        return "—"
    if isinstance(x, bool):
        return "yes" if x else "no"
    if isinstance(x, list | tuple):
        return "(" + ", ".join(fmt(v, digits) for v in x) + ")"
    if isinstance(x, float):
        if x != x:
            return "nan"
        if x == 0:
            return "0"
        if 1e-3 <= abs(x) < 1e5:
            return f"{x:.{digits}g}"
        return f"{x:.{max(digits - 1, 1)}e}"
    return str(x)


# ----------------------------------------------------------------------------------------------------------
# Markdown


def _md_cell(x: object) -> str:
    return fmt(x).replace("|", "\\|").replace("\n", " ")


def to_markdown(doc: Document) -> str:
    out = [f"# {doc.title}", ""]
    for b in doc.blocks:
        if isinstance(b, Heading):
            out += ["#" * b.level + " " + b.text, ""]
        elif isinstance(b, Paragraph):
            out += [b.text, ""]
        elif isinstance(b, Table):
            if b.caption:
                out += [f"*{b.caption}*", ""]
            out.append("| " + " | ".join(_md_cell(c) for c in b.columns) + " |")
            out.append("|" + "|".join("---" for _ in b.columns) + "|")
            out += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in b.rows]
            out.append("")
        elif isinstance(b, Image):
            out += [f"![{b.caption}]({b.path.name})", "", f"*{b.caption}*", ""]
        elif isinstance(b, Equation):
            forms = "; ".join(f"{label}: `{latex}`" for label, latex, _ in b.forms if latex)
            out += [f"- **{b.key}** [{b.status}] {b.title}. {forms}"]
        elif isinstance(b, Preformatted):
            out += ["```", b.text.rstrip("\n"), "```", ""]
        else:
            raise TypeError(f"unknown block {type(b).__name__}")
    return "\n".join(out).rstrip("\n") + "\n"


# ----------------------------------------------------------------------------------------------------------
# HTML

_CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;
color:#222;line-height:1.45}
h1,h2,h3{line-height:1.2}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:1.8em}
table{border-collapse:collapse;margin:.6em 0 1.2em;font-size:.92em}
td,th{border:1px solid #ccc;padding:.25em .6em;text-align:right;vertical-align:top}
th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}
caption{caption-side:top;text-align:left;font-style:italic;padding-bottom:.3em}
figure{margin:1em 0}figcaption{font-style:italic;font-size:.92em}
img.plot{max-width:100%}code,pre{background:#f6f6f6;font-size:.88em}pre{padding:.6em;overflow-x:auto}
.eq{margin:.5em 0 1em;padding-left:.8em;border-left:3px solid #ddd}.eq code{white-space:pre-wrap}
.form{display:flex;align-items:baseline;gap:.6em;margin:.3em 0}.form .label{min-width:4.5em;color:#555}
.form math{display:block;overflow-x:auto;max-width:100%;font-size:1.05em;padding:.1em 0}
math{font-family:'STIX Two Math','Latin Modern Math','DejaVu Math TeX Gyre','Cambria Math',math}
.status{font-weight:600;padding:0 .3em;border-radius:3px}
.status.verified{background:#d9f2d9}.status.definition{background:#dcebf7}.status.conditional{background:#fdf0c8}
.status.erratum{background:#f8d3d3}.status.typo{background:#f6e0f0}.status.open{background:#e3e3f3}
.status.not_checked{background:#eeeeee}
.eq.verified{border-left-color:#5cb85c}.eq.definition{border-left-color:#5b9bd5}.eq.conditional{border-left-color:#e0b020}
.eq.erratum{border-left-color:#d9534f}.eq.typo{border-left-color:#c36bb0}.eq.open{border-left-color:#8080c0}
table.not_checked{border-left:3px solid #bbb}
.missing{color:#a00}
"""


def _esc(x: object) -> str:
    return html.escape(fmt(x), quote=True)


def _inline(text: str) -> str:
    """Escape, then turn `code` spans and **bold** of the Markdown source into tags."""
    t = html.escape(text, quote=True)
    t = re.sub(r"`([^`]+)`", r"<code>\1</code>", t)
    return re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", t)


def _anchor(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _equation(b: Equation) -> str:
    """The record's key, status and title, then one line per form: its MathML, or its LaTeX source without one."""
    status = html.escape(b.status, quote=True)
    parts = [
        f'<div class="eq {status}"><strong>{html.escape(b.key)}</strong> '
        f'<span class="status {status}">{html.escape(b.status)}</span> {html.escape(b.title)}'
    ]
    for label, latex, mathml in b.forms:
        if not latex and not mathml:
            continue
        shown = mathml if mathml else f"<code>{html.escape(latex)}</code>"
        parts.append(f'<div class="form"><span class="label">{html.escape(label)}:</span> {shown}</div>')
    parts.append("</div>")
    return "".join(parts)


def to_html(doc: Document) -> str:
    """Self-contained HTML (plots embedded, formulas as MathML, no script)."""
    body: list[str] = []
    toc: list[str] = []
    for b in doc.blocks:
        if isinstance(b, Heading):
            a = _anchor(b.text)
            if b.level == 2:
                toc.append(f'<li><a href="#{a}">{html.escape(b.text)}</a></li>')
            body.append(f'<h{b.level} id="{a}">{html.escape(b.text)}</h{b.level}>')
        elif isinstance(b, Paragraph):
            body.append(f"<p>{_inline(b.text)}</p>")
        elif isinstance(b, Table):
            cap = f"<caption>{_inline(b.caption)}</caption>" if b.caption else ""
            head = "".join(f"<th>{_esc(c)}</th>" for c in b.columns)
            rows = "".join("<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in row) + "</tr>" for row in b.rows)
            cls = f' class="{html.escape(b.css_class, quote=True)}"' if b.css_class else ""
            body.append(f"<table{cls}>{cap}<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
        elif isinstance(b, Image):
            data = base64.b64encode(Path(b.path).read_bytes()).decode("ascii")
            body.append(
                f'<figure><img class="plot" alt="{html.escape(b.caption)}" src="data:image/png;base64,{data}">'
                f"<figcaption>{_inline(b.caption)}</figcaption></figure>"
            )
        elif isinstance(b, Equation):
            body.append(_equation(b))
        elif isinstance(b, Preformatted):
            body.append(f"<pre>{html.escape(b.text)}</pre>")
        else:
            raise TypeError(f"unknown block {type(b).__name__}")
    nav = f"<nav><ul>{''.join(toc)}</ul></nav>" if toc else ""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(doc.title)}</title><style>{_CSS}</style></head>\n"
        f"<body><h1>{html.escape(doc.title)}</h1>{nav}\n" + "\n".join(body) + "\n</body></html>\n"
    )
