"""MkDocs hook: the derivation pages, rendered from the registry at every build.

For each module of ``slowion.derive.registry.DERIVATION_MODULES`` the hook writes one page ``derivations/<module>.md``
with each record's key, computed status, defects, and the printed, derived (and corrected) forms as presentation
MathML from ``slowion.report.mathml.to_mathml``: the forms shown are the SymPy expressions the audit compared, not
a retyped copy. ``derivations/index.md`` gives the status counts over all records, ``api/generated.md`` the
generated kernels (mkdocstrings). The LaTeX of the hand-written pages (``$...$``, ``$$...$$``) is converted to
MathML (latex2mathml) at build time, so that every page shows its formulas as math without JavaScript.

Nothing is cached between builds: each module's records are derived in a fresh Python process (this file run as a
script), so that a long-lived ``mkdocs serve`` still shows what the code says now, not what it said when the server
started. The pages exist only in memory (``File.generated``); nothing is written into ``docs/``.
"""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

#: where the generated pages go inside the site
SECTION = "derivations"


# ----------------------------------------------------------------------------------------------------------
# rendering (runs in the child process)


def _formula(form: object, label: str) -> str:
    """A form as block MathML, or a note when the record has none."""
    from slowion.report.mathml import to_mathml

    if form is None:
        return "<p><em>none</em></p>"
    return to_mathml(form, display=True, label=label)


def _defect_pieces(identity: object, title: str) -> tuple[object, object] | None:
    """The SymPy pieces of the named defect ``title`` (the verdicts keep only their strings)."""
    for d in getattr(identity, "defects", ()):
        if d.title == title:
            return d.printed, d.derived
    return None


def _record_markdown(identity: object) -> tuple[str, str]:
    """One record as Markdown with raw HTML blocks; returns (status, text)."""
    res = identity.audit()
    rec = identity.as_record()
    key = html.escape(identity.key)
    out = [f"## {identity.key}: {identity.title}", ""]
    out += [
        f'<p><span class="slowion-status slowion-{html.escape(res.status)}">{html.escape(res.status)}</span> '
        f"group <code>{html.escape(res.group)}</code>, decided by {html.escape(res.method or '-')}</p>",
        "",
    ]
    out += [f'<div class="slowion-form"><p>printed</p>{_formula(identity.printed, key + " printed")}</div>', ""]
    out += [f'<div class="slowion-form"><p>derived</p>{_formula(identity.derived, key + " derived")}</div>', ""]
    if res.corrected is not None:
        out += [f'<div class="slowion-form"><p>corrected</p>{_formula(res.corrected, key + " corrected")}</div>', ""]
    defects = [d for d in res.defects if d.present]
    if defects:
        out += ["**Defects**", ""]
        for d in defects:
            item = [f"<li>{html.escape(d.sentence())}"]
            pieces = _defect_pieces(identity, d.title)
            if pieces is not None:
                for label, piece in zip(("printed piece", "derived piece"), pieces, strict=True):
                    item.append(f'<div class="slowion-form"><p>{label}</p>{_formula(piece, f"{key} {label}")}</div>')
            item.append("</li>")
            out += ["<ul>" + "".join(item) + "</ul>", ""]
    if rec["assumptions"]:
        out += ["**Assumptions**: " + "; ".join(_md_escape(a) for a in rec["assumptions"]) + ".", ""]
    if rec["conditional_on"]:
        out += ["**Conditional on**: " + "; ".join(_md_escape(a) for a in rec["conditional_on"]) + ".", ""]
    if identity.missing:
        out += [f"**Missing**: {_md_escape(identity.missing)}", ""]
    if rec["note"]:
        out += [_md_escape(rec["note"]), ""]
    return res.status, "\n".join(out)


def _md_escape(text: str) -> str:
    """Free text of a record, shown literally (no Markdown or HTML in it is interpreted)."""
    t = html.escape(text, quote=False)
    for ch in "\\`*_[]#|":
        t = t.replace(ch, "\\" + ch)
    return t


def render_module(name: str) -> dict[str, object]:
    """The page of one derivation module: title, Markdown, and the status of each record (for the index)."""
    import importlib

    mod = importlib.import_module(name)
    # the first paragraph of the module docstring names the topic and its equations
    topic = " ".join((mod.__doc__ or name).strip().split("\n\n")[0].split())
    short = name.rsplit(".", 1)[1]
    records = mod.identities()
    statuses: dict[str, str] = {}
    body: list[str] = []
    for identity in records:
        status, text = _record_markdown(identity)
        statuses[identity.key] = status
        body.append(text)
    source = name.replace("slowion.derive.", "derive/") + ".py"
    head = [
        f"# Records of {short}",
        "",
        _md_escape(topic),
        "",
        f"Rendered at build time from `{source}` through `slowion.derive.registry`: every status below is the one "
        "the audit computes now, and every formula is the SymPy expression it compared, printed as MathML.",
        "",
        "| key | status | title |",
        "|---|---|---|",
    ]
    head += [f"| {r.key} | {statuses[r.key]} | {_md_escape(r.title)} |" for r in records]
    return {"module": short, "title": short, "markdown": "\n".join([*head, "", *body]) + "\n", "statuses": statuses}


# ----------------------------------------------------------------------------------------------------------
# the hook (runs inside mkdocs)


def _run_child(name: str) -> dict[str, object]:
    """Render one module in a fresh interpreter (nothing from an earlier build can leak in)."""
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), name],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "MPLBACKEND": "Agg"},
    )
    if proc.returncode != 0:
        raise RuntimeError(f"docs hook: rendering {name} failed:\n{proc.stderr}")
    return json.loads(proc.stdout)


def _index(pages: list[dict[str, object]]) -> str:
    from slowion.derive.identity import STATUSES

    rows = ["| module | records | " + " | ".join(STATUSES) + " |", "|---|---|" + "---|" * len(STATUSES)]
    totals = dict.fromkeys(STATUSES, 0)
    for p in pages:
        counts = dict.fromkeys(STATUSES, 0)
        for s in p["statuses"].values():
            counts[s] += 1
            totals[s] += 1
        cells = " | ".join(str(counts[s]) for s in STATUSES)
        rows.append(f"| [{p['module']}]({p['module']}.md) | {len(p['statuses'])} | {cells} |")
    rows.append(f"| all | {sum(totals.values())} | " + " | ".join(str(totals[s]) for s in STATUSES) + " |")
    return (
        "# Derivations: printed vs derived\n\n"
        "One page per derivation module of the registry, rendered when the site is built: each record's key, the "
        "status the audit computes, its defects, and the printed and derived forms as MathML (SymPy's "
        "presentation printer; no JavaScript). The narrative of each topic, why a status comes out as it does, is "
        "on the topic pages (DF static, DF stopping, Das). Statuses: `slowion audit` and "
        "[conventions](../conventions.md).\n\n" + "\n".join(rows) + "\n"
    )


def _generated_modules() -> list[str]:
    """The modules of ``slowion.generated`` (numpy kernels; the mpmath twins are not API)."""
    import pkgutil

    import slowion.generated as gen

    return sorted(m.name for m in pkgutil.iter_modules(gen.__path__) if not m.ispkg and not m.name.startswith("_"))


def _api_page() -> str:
    blocks = [
        "# Generated API",
        "",
        "The numpy kernels that `slowion generate` writes into `generated/` from the derived SymPy expressions "
        "(never edited by hand; `slowion generate --check` diffs them byte for byte). Each function's docstring "
        "names its source equation; its mpmath twin lives in `slowion.generated.mp` under the same name. The list "
        "of modules is read from the package when the site is built.",
        "",
    ]
    # griffe reads the source statically; the folder generated/ is installed as slowion.generated (package-dir),
    # which griffe cannot follow, so it is read from the repository root under its folder name
    for name in _generated_modules():
        blocks += [f"## slowion.generated.{name}", "", f"::: generated.{name}", ""]
    return "\n".join(blocks)


def on_config(config):
    """Put one nav entry per derivation module right after ``derivations/index.md``."""
    from slowion.derive.registry import DERIVATION_MODULES

    pages = [f"{SECTION}/{name.rsplit('.', 1)[1]}.md" for name in DERIVATION_MODULES]

    def insert(items: list) -> bool:
        for i, item in enumerate(items):
            if item == f"{SECTION}/index.md":
                items[i + 1 : i + 1] = [{"Registry pages": [{p.rsplit("/", 1)[1][:-3]: p} for p in pages]}]
                return True
            if isinstance(item, dict):
                for value in item.values():
                    if isinstance(value, list) and insert(value):
                        return True
        return False

    if config["nav"] is not None and not insert(config["nav"]):
        raise RuntimeError(f"docs hook: mkdocs.yml nav has no {SECTION}/index.md entry")
    return config


# ----------------------------------------------------------------------------------------------------------
# the LaTeX of the narrative pages ($...$, $$...$$) as MathML

_CODE = re.compile(r"(^```.*?^```|`[^`\n]*`)", re.MULTILINE | re.DOTALL)
_DISPLAY = re.compile(r"\$\$(.+?)\$\$", re.DOTALL)
_INLINE = re.compile(r"(?<![\\$])\$(?!\$)([^$\n]+?)\$")
_TOKEN = "SLOWIONMATH{:05d}X"


def _latex_to_mathml(latex: str, display: bool) -> str:
    """One formula of a narrative page as MathML (latex2mathml); a formula it cannot read fails the build."""
    from latex2mathml.converter import convert

    try:
        return convert(latex, display="block" if display else "inline")
    except Exception as exc:
        raise RuntimeError(f"docs hook: cannot convert ${latex}$ to MathML: {exc}") from exc


def on_page_markdown(markdown, page, config, files):
    """Replace the LaTeX formulas of a hand-written page by placeholders (Markdown must not read the MathML's
    characters as emphasis); :func:`on_page_content` puts the MathML in. Code spans and blocks are left alone."""
    formulas: list[str] = []
    page.slowion_formulas = formulas
    if page.file.generated_by:  # the registry pages carry their MathML already
        return markdown

    def stash(latex: str, display: bool) -> str:
        formulas.append(_latex_to_mathml(latex.strip(), display))
        return _TOKEN.format(len(formulas) - 1)

    parts = _CODE.split(markdown)
    for i in range(0, len(parts), 2):  # the odd parts are code
        text = _DISPLAY.sub(lambda m: stash(m.group(1), True), parts[i])
        parts[i] = _INLINE.sub(lambda m: stash(m.group(1), False), text)
    return "".join(parts)


def on_page_content(html_text, page, config, files):
    formulas = getattr(page, "slowion_formulas", [])
    for n, mathml in enumerate(formulas):
        token = _TOKEN.format(n)
        if token not in html_text:
            raise RuntimeError(f"docs hook: formula {n} of {page.file.src_uri} was lost by the Markdown renderer")
        html_text = html_text.replace(token, mathml)
    return html_text


def on_files(files, config):
    """Add ``derivations/index.md`` and one page per derivation module to the site's files."""
    from mkdocs.structure.files import File

    from slowion.derive.registry import DERIVATION_MODULES

    workers = max(1, min(int(os.environ.get("SLOWION_DOCS_JOBS", "2")), len(DERIVATION_MODULES)))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        pages = list(pool.map(_run_child, DERIVATION_MODULES))
    for p in pages:
        files.append(File.generated(config, f"{SECTION}/{p['module']}.md", content=p["markdown"]))
    files.append(File.generated(config, f"{SECTION}/index.md", content=_index(pages)))
    files.append(File.generated(config, "api/generated.md", content=_api_page()))
    return files


if __name__ == "__main__":
    json.dump(render_module(sys.argv[1]), sys.stdout)
