"""Formulas as text: SymPy expressions rendered as presentation MathML, for the report and the documentation.

MathML is rendered by the browser itself (no JavaScript, no network, no images), so the formulas scale, reflow,
can be searched and copied. SymPy's presentation printer writes the markup from the expression tree, so what is
shown is the expression that was compared, not a retyped copy of it.
"""

from __future__ import annotations

import html

import sympy as sp
from sympy.printing.mathml import MathMLPresentationPrinter

MATHML_NS = "http://www.w3.org/1998/Math/MathML"

#: SymPy's printer writes its text nodes unescaped (so that entities such as &InvisibleTimes; pass through): a
#: relation's operator must therefore be written as an entity here, or "x < 1" ends up as a broken "<mo><</mo>"
_RELATION_ENTITIES = {"<": "&lt;", "<=": "&#8804;", ">": "&gt;", ">=": "&#8805;", "==": "=", "!=": "&#8800;"}


class SlowionMathMLPrinter(MathMLPresentationPrinter):
    """SymPy's presentation MathML printer with well-formed relations and cases.

    SymPy 1.14 prints ``x < 1`` with a raw ``<`` and a ``Piecewise`` as the text ``piecewise((...))``; a case
    distinction is written here as a brace and a table of (value, condition) rows, the last one "otherwise".
    """

    def _print_Relational(self, e: sp.core.relational.Relational):
        row = self.dom.createElement("mrow")
        row.appendChild(self._print(e.lhs))
        op = self.dom.createElement("mo")
        op.appendChild(self.dom.createTextNode(_RELATION_ENTITIES.get(e.rel_op, html.escape(e.rel_op))))
        row.appendChild(op)
        row.appendChild(self._print(e.rhs))
        return row

    def _print_Piecewise(self, e: sp.Piecewise):
        row = self.dom.createElement("mrow")
        brace = self.dom.createElement("mo")
        brace.appendChild(self.dom.createTextNode("{"))
        row.appendChild(brace)
        table = self.dom.createElement("mtable")
        table.setAttribute("columnalign", "left left")
        for value, condition in e.args:
            tr = self.dom.createElement("mtr")
            left = self.dom.createElement("mtd")
            left.appendChild(self._print(value))
            right = self.dom.createElement("mtd")
            if condition is sp.true:
                word = self.dom.createElement("mtext")
                word.appendChild(self.dom.createTextNode("otherwise"))
                right.appendChild(word)
            else:
                word = self.dom.createElement("mtext")
                word.appendChild(self.dom.createTextNode("if "))
                right.appendChild(word)
                right.appendChild(self._print(condition))
            tr.appendChild(left)
            tr.appendChild(right)
            table.appendChild(tr)
        row.appendChild(table)
        return row


def mathml(expr: sp.Basic) -> str:
    """The presentation MathML markup of ``expr`` (the content of a ``<math>`` element)."""
    return SlowionMathMLPrinter().doprint(expr)


def to_mathml(expr: sp.Basic | str, *, display: bool = True, label: str | None = None) -> str:
    """A ``<math>`` element for ``expr`` (a SymPy expression, or plain text shown as an identifier).

    ``display=True`` gives a block formula, ``False`` an inline one; ``label`` becomes the element's ``alttext``
    (what a screen reader reads and what a search of the page source finds).
    """
    if isinstance(expr, str):
        inner = f"<mtext>{html.escape(expr)}</mtext>"
    else:
        inner = mathml(expr)
    mode = "block" if display else "inline"
    alt = f' alttext="{html.escape(label, quote=True)}"' if label else ""
    return f'<math xmlns="{MATHML_NS}" display="{mode}"{alt}>{inner}</math>'


def equation_mathml(lhs: sp.Basic, rhs: sp.Basic, **kwargs: object) -> str:
    """``lhs = rhs`` as one MathML formula."""
    return to_mathml(sp.Eq(lhs, rhs, evaluate=False), **kwargs)  # type: ignore[arg-type]
