"""The report as a list of blocks, rendered to Markdown and to one self-contained HTML file.

Self-contained means: no network at view time. Plots are embedded as base64 PNG ``data:`` URIs; equations are
rendered from the registry's LaTeX by matplotlib's mathtext to PNG, and where mathtext cannot parse a form
(matrices, ``\\begin{...}`` environments, unknown macros) the LaTeX source is shown in ``<code>``. No ``src`` or
``href`` in the output points outside the file.
"""

from __future__ import annotations

import base64
import html
import io
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


@dataclass
class Image:
    path: Path  # a PNG written next to the report
    caption: str = ""


@dataclass
class Equation:
    """One equation of the audit: its key and status, printed and derived LaTeX."""

    key: str
    status: str
    title: str
    forms: list[tuple[str, str]]  # (label, latex)


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
            forms = "; ".join(f"{label}: `{latex}`" for label, latex in b.forms if latex)
            out += [f"- **{b.key}** [{b.status}] {b.title}. {forms}"]
        elif isinstance(b, Preformatted):
            out += ["```", b.text.rstrip("\n"), "```", ""]
        else:
            raise TypeError(f"unknown block {type(b).__name__}")
    return "\n".join(out).rstrip("\n") + "\n"


# ----------------------------------------------------------------------------------------------------------
# equations: mathtext -> PNG, or the source in <code>

_MATHTEXT_UNSUPPORTED = re.compile(r"\\begin|\\end|\\operatorname|\\text\{|\\limits|\\substack|\\mathrm\{d\}\\!")
#: longer LaTeX is shown as source: mathtext lays it out on one line, unreadably wide
MAX_MATHTEXT_CHARS = 400


def render_latex_png(latex: str, dpi: int = 100) -> bytes | None:
    """PNG bytes of ``latex`` typeset by matplotlib mathtext, or None if mathtext cannot parse it."""
    if not latex or len(latex) > MAX_MATHTEXT_CHARS or _MATHTEXT_UNSUPPORTED.search(latex):
        return None
    from matplotlib import mathtext

    buf = io.BytesIO()
    try:
        mathtext.math_to_image(f"${latex}$", buf, format="png", dpi=dpi)
    except (ValueError, RuntimeError, KeyError, IndexError):
        return None
    return buf.getvalue()


def render_equations(latex_forms: list[str]) -> dict[str, str | None]:
    """LaTeX -> base64 PNG (or None when mathtext cannot parse it); one call per distinct form.

    A module-level function of plain strings, so that the report can run it on the executor.
    """
    out: dict[str, str | None] = {}
    for latex in latex_forms:
        if latex in out:
            continue
        png = render_latex_png(latex)
        out[latex] = base64.b64encode(png).decode("ascii") if png is not None else None
    return out


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
.status{font-weight:600;padding:0 .3em;border-radius:3px}
.verified{background:#d9f2d9}.conditional{background:#fdf0c8}.erratum{background:#f8d3d3}.open{background:#e3e3f3}
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


def to_html(doc: Document, equations_png: dict[str, str | None] | None = None) -> str:
    """Self-contained HTML. ``equations_png`` maps LaTeX to base64 PNG (from :func:`render_equations`)."""
    equations_png = equations_png or {}
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
            body.append(f"<table>{cap}<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
        elif isinstance(b, Image):
            data = base64.b64encode(Path(b.path).read_bytes()).decode("ascii")
            body.append(
                f'<figure><img class="plot" alt="{html.escape(b.caption)}" src="data:image/png;base64,{data}">'
                f"<figcaption>{_inline(b.caption)}</figcaption></figure>"
            )
        elif isinstance(b, Equation):
            parts = [
                f'<div class="eq"><strong>{html.escape(b.key)}</strong> '
                f'<span class="status {html.escape(b.status)}">{html.escape(b.status)}</span> '
                f"{html.escape(b.title)}"
            ]
            for label, latex in b.forms:
                if not latex:
                    continue
                png = equations_png.get(latex)
                if png is not None:
                    shown = f'<img alt="{html.escape(latex)}" src="data:image/png;base64,{png}">'
                else:
                    shown = f"<code>{html.escape(latex)}</code>"
                parts.append(f"<div>{html.escape(label)}: {shown}</div>")
            parts.append("</div>")
            body.append("".join(parts))
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
