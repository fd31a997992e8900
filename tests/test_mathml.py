"""Formulas as MathML (report/mathml.py): well-formed markup for relations and case distinctions."""

import xml.dom.minidom

import sympy as sp

from slowion.report.mathml import to_mathml

x = sp.Symbol("x")


def _parsed(expr: sp.Basic) -> xml.dom.minidom.Document:
    return xml.dom.minidom.parseString(to_mathml(expr))


def test_a_relation_is_well_formed_markup_with_its_own_operator():
    ops = {
        rel: [n.firstChild.data for n in _parsed(rel).getElementsByTagName("mo")]
        for rel in (x < 1, x > 1, x <= 1, x >= 1)
    }
    assert ops[x < 1] == ["<"] and ops[x > 1] == [">"]
    assert ops[x <= 1] == ["\u2264"] and ops[x >= 1] == ["\u2265"]


def test_a_piecewise_is_a_table_with_one_row_per_case_and_its_condition():
    doc = _parsed(sp.Piecewise((x**2, x < 1), (x**3, x < 3), (0, True)))
    rows = doc.getElementsByTagName("mtr")
    assert len(rows) == 3
    texts = [[t.firstChild.data for t in r.getElementsByTagName("mtext")] for r in rows]
    assert texts == [["if\u2009"], ["if\u2009"], ["otherwise"]]
    assert [n.firstChild.data for n in rows[1].getElementsByTagName("mn")] == ["3", "3"]
    assert "piecewise" not in to_mathml(sp.Piecewise((x, x < 1), (0, True)))


def test_the_label_becomes_the_alternative_text():
    assert 'alttext="Das-12"' in to_mathml(x, label="Das-12")
