"""Formulas as text: SymPy expressions rendered as presentation MathML, for the report and the documentation.

MathML is rendered by the browser itself (no JavaScript, no network, no images), so the formulas scale, reflow,
can be searched and copied. SymPy's presentation printer writes the markup from the expression tree, so what is
shown is the expression that was compared, not a retyped copy of it.
"""

from __future__ import annotations

import html

import sympy as sp
from sympy.printing.mathml import mathml

MATHML_NS = "http://www.w3.org/1998/Math/MathML"


def to_mathml(expr: sp.Basic | str, *, display: bool = True, label: str | None = None) -> str:
    """A ``<math>`` element for ``expr`` (a SymPy expression, or plain text shown as an identifier).

    ``display=True`` gives a block formula, ``False`` an inline one; ``label`` becomes the element's ``alttext``
    (what a screen reader reads and what a search of the page source finds).
    """
    if isinstance(expr, str):
        inner = f"<mtext>{html.escape(expr)}</mtext>"
    else:
        inner = mathml(expr, printer="presentation")
    mode = "block" if display else "inline"
    alt = f' alttext="{html.escape(label, quote=True)}"' if label else ""
    return f'<math xmlns="{MATHML_NS}" display="{mode}"{alt}>{inner}</math>'


def equation_mathml(lhs: sp.Basic, rhs: sp.Basic, **kwargs: object) -> str:
    """``lhs = rhs`` as one MathML formula."""
    return to_mathml(sp.Eq(lhs, rhs, evaluate=False), **kwargs)  # type: ignore[arg-type]
