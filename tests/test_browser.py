"""The rendered pages in a real browser: headless Chromium (Debian's ``chromium``) driven by playwright.

Each page is checked as a reader sees it: every ``<img>`` loaded (``naturalWidth > 0``), every ``<math>`` laid out
by the browser's MathML engine (computed ``display`` of the ``<math>`` element, or of its first child where the
page's CSS sets the outer box to ``block``, is ``block math`` / ``inline math``; nonzero box; each fraction's
numerator above its denominator), no console error, no page error, no request that leaves the file.
A screenshot of each page goes into the test's ``tmp_path`` (its path is printed).

Pages: a small report document built through the report layer (``slowion.report.html``: a table, a PNG plot,
MathML formulas from SymPy expressions); the docs site's start page and one derivation page (the site built by
``mkdocs build --strict``; .ci/run builds it and sets ``SLOWION_DOCS_SITE``); and, slow, the real ``slowion report``.

playwright's own browser downloads are never used: the browser is ``/usr/bin/chromium`` (or ``$SLOWION_CHROMIUM``).
Without chromium or playwright the tests skip with the reason; with ``SLOWION_BROWSER_REQUIRED=1`` (set by .ci/run,
which installs both) they fail instead, so that CI cannot pass by skipping.
"""

from __future__ import annotations

import inspect
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _unavailable(reason: str) -> None:
    if os.environ.get("SLOWION_BROWSER_REQUIRED") == "1":
        pytest.fail(f"SLOWION_BROWSER_REQUIRED=1 but {reason}")
    pytest.skip(reason)


def _chromium() -> str | None:
    path = os.environ.get("SLOWION_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    return path if Path(path).is_file() else None


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable('playwright is not installed (pip install -e ".[browser]")')
    exe = _chromium()
    if exe is None:
        _unavailable("chromium is not installed (apt-get install -y chromium)")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


# what the page says about itself, measured in the browser
_PROBE = """() => {
  const imgs = Array.from(document.images).map(i => ({src: i.src.slice(0, 60), complete: i.complete,
      width: i.naturalWidth}));
  const maths = Array.from(document.querySelectorAll('math')).map(m => {
      const r = m.getBoundingClientRect();
      // a page's CSS may set the <math> box itself to display: block; the MathML layout shows in its content
      // (its first child then has display: block math), a browser without MathML shows plain inline text
      const first = m.firstElementChild;
      return {display: getComputedStyle(m).display, inner: first ? getComputedStyle(first).display : '',
              width: r.width, height: r.height,
              alt: m.getAttribute('alttext') || m.textContent.slice(0, 40)};
  });
  // a fraction typeset as math puts its numerator above its denominator; as plain text they sit side by side
  const fracs = Array.from(document.querySelectorAll('mfrac')).map(f => {
      const [num, den] = f.children;
      const a = num.getBoundingClientRect(), b = den.getBoundingClientRect();
      return {stacked: a.bottom <= b.top + 1, numBottom: a.bottom, denTop: b.top};
  });
  return {imgs, maths, fracs, mathSupported: CSS.supports('display', 'math')};
}"""


def check_page(browser, url: str, shot: Path, *, min_math: int = 0, min_img: int = 0, full_page: bool = False) -> dict:
    """Open ``url``, check images, formulas, console and requests; save a screenshot to ``shot``."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    outside: list[str] = []
    page.on("console", lambda m: errors.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: errors.append(f"request failed: {r.url} {r.failure}"))
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(("file:", "data:", "blob:")) else None)
    try:
        page.goto(url, wait_until="load")
        page.wait_for_load_state("networkidle")
        found = page.evaluate(_PROBE)
        page.screenshot(path=str(shot), full_page=full_page)
    finally:
        page.close()
    print(f"screenshot: {shot}")
    assert not errors, errors
    assert not outside, f"requests that leave the file: {outside}"
    assert found["mathSupported"], "this browser has no MathML layout (display: math)"
    assert len(found["imgs"]) >= min_img, found["imgs"]
    bad_img = [i for i in found["imgs"] if not (i["complete"] and i["width"] > 0)]
    assert not bad_img, f"images that did not load: {bad_img}"
    assert len(found["maths"]) >= min_math, f"{len(found['maths'])} <math> elements, expected >= {min_math}"
    laid_out = ("block math", "inline math")
    bad_math = [
        m
        for m in found["maths"]
        if not (m["display"] in laid_out or m["inner"] in laid_out) or m["width"] <= 0 or m["height"] <= 0
    ]
    assert not bad_math, f"formulas not laid out as math: {bad_math[:5]}"
    flat = [f for f in found["fracs"] if not f["stacked"]]
    assert not flat, f"fractions not stacked: {flat[:5]}"
    return found


# ----------------------------------------------------------------------------------------------------------
# the report layer's HTML, on a small document


def _small_report(tmp_path: Path) -> Path:
    """A small document through the report layer's own blocks and HTML writer: a table, a PNG plot and formulas
    as MathML from SymPy expressions (what report.html shows for every audit record)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import sympy as sp

    from slowion.report import html as rhtml
    from slowion.report.mathml import to_mathml

    if len(inspect.signature(rhtml.to_html).parameters) != 1:
        pytest.skip("report/html.py still renders formulas as mathtext PNG (to_html(doc, equations_png))")

    fig, ax = plt.subplots(figsize=(4, 3))
    x = [0.5 * i for i in range(20)]
    ax.plot(x, [v * v for v in x])
    ax.set_xlabel("q")
    png = tmp_path / "plot.png"
    fig.savefig(png, dpi=60)
    plt.close(fig)

    q, kF, v, eps = sp.symbols("q k_F v epsilon", positive=True)
    forms = {
        "printed": sp.Eq(sp.Symbol("Q"), sp.Integral(q**3 / (2 * kF) * sp.sqrt(1 - (q / (2 * kF)) ** 2), (q, 0, kF))),
        "derived": sp.Eq(sp.Symbol("Q"), sp.Rational(2, 3) * kF**4 / (v + eps)),
        "matrix": sp.Matrix([[1, eps / 2], [eps / 2, 1]]) ** -1,
    }
    doc = rhtml.Document("browser test report")
    doc.add(
        rhtml.Heading("Table and plot"),
        rhtml.Paragraph("A small document written by `slowion.report.html.to_html`."),
        rhtml.Table(["r_s", "Q"], [[2.0, 0.123], [3.93, 0.0456]], caption="two rows"),
        rhtml.Image(png, caption="q squared"),
        rhtml.Heading("Formulas"),
        rhtml.Equation(
            "X-0",
            "verified",
            "three forms",
            [(label, sp.latex(expr), to_mathml(expr, label=f"X-0 {label}")) for label, expr in forms.items()],
        ),
    )
    out = tmp_path / "report.html"
    out.write_text(rhtml.to_html(doc), encoding="utf-8")
    return out


def test_report_html_small_document(browser, tmp_path):
    path = _small_report(tmp_path)
    found = check_page(browser, path.as_uri(), tmp_path / "report-small.png", min_math=3, min_img=1, full_page=True)
    assert len(found["fracs"]) >= 2  # the fractions of the printed and derived forms


@pytest.mark.slow
def test_real_report_html(browser, tmp_path):
    """The whole ``slowion report`` (minutes), its report.html opened as a reader would."""
    from slowion.report import html as rhtml

    if len(inspect.signature(rhtml.to_html).parameters) != 1:
        pytest.skip("report/html.py still renders formulas as mathtext PNG (to_html(doc, equations_png))")
    out = tmp_path / "report"
    proc = subprocess.run(
        [sys.executable, "-m", "slowion", "report", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=3600,
        check=False,
        env={**os.environ, "MPLBACKEND": "Agg"},
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    check_page(browser, (out / "report.html").as_uri(), tmp_path / "report-full.png", min_math=20, min_img=1)


# ----------------------------------------------------------------------------------------------------------
# the documentation site


@pytest.fixture(scope="module")
def docs_site() -> Path:
    site = os.environ.get("SLOWION_DOCS_SITE")
    if not site:
        # a site left over from an earlier build may not match the code: only an explicitly named one is used
        pytest.skip("no built docs site: run `mkdocs build --strict` and set SLOWION_DOCS_SITE=site (.ci/run does)")
    path = Path(site).resolve()
    if not (path / "index.html").is_file():
        pytest.fail(f"SLOWION_DOCS_SITE={site} has no index.html")
    return path


def test_docs_start_page(browser, docs_site, tmp_path):
    check_page(browser, (docs_site / "index.html").as_uri(), tmp_path / "docs-index.png")


def test_docs_derivation_pages(browser, docs_site, tmp_path):
    """The pages rendered from the registry: their printed and derived forms are MathML laid out as math."""
    pages = sorted((docs_site / "derivations").glob("*.html"))
    records = [p for p in pages if p.name != "index.html"]
    assert records, "the docs hook wrote no derivation page"
    for page in pages:
        shot = tmp_path / f"docs-derivations-{page.stem}.png"
        check_page(browser, page.as_uri(), shot, min_math=2 if page in records else 0)


def test_docs_narrative_pages(browser, docs_site, tmp_path):
    """The hand-written pages' LaTeX, converted to MathML at build time, is laid out as math."""
    pages = [p for p in sorted(docs_site.glob("*.html")) if "<math" in p.read_text(encoding="utf-8")]
    assert {p.name for p in pages} >= {"conventions.html", "df_static.html", "das.html"}
    for page in pages:
        check_page(browser, page.as_uri(), tmp_path / f"docs-{page.stem}.png", min_math=1)
