"""The accuracy table checks every backend against one twin evaluation, and a wrong backend fails on its own row.

``codegen.accuracy.compare_backends`` evaluates the mpmath twin once per point and rates each implementation with the
same rule; the report's table (``accuracy_table``) has one row per function and backend ("compiled" where numba is
installed). A backend moved by 1e-9 relative (1000x the tolerance floor) must fail while the other row still passes.
"""

from __future__ import annotations

import importlib

import numpy as np
import pytest

from slowion.codegen import accuracy

MODULE, NAME = "dielectric", "lindhard_eps_static"


def _numpy_eps():
    return getattr(importlib.import_module(f"slowion.generated.{MODULE}"), NAME)


def test_a_backend_off_by_1e_9_fails_and_leaves_the_correct_row_passing() -> None:
    good = _numpy_eps()

    def off(*args):
        return good(*args) * (1 + 1e-9)

    right, wrong = accuracy.compare_backends(MODULE, NAME, {"numpy": good, "off": off}, n=40)
    assert (right["backend"], wrong["backend"]) == ("numpy", "off")
    assert right["passed"] and right["failures"] == 0 and right["max_rel_error"] < 1e-12
    assert not wrong["passed"] and wrong["failures"] == 40
    assert wrong["max_rel_error"] == pytest.approx(1e-9, rel=1e-3)


def test_compare_with_one_backend_is_the_row_of_compare_backends() -> None:
    alone = accuracy.compare(MODULE, NAME, n=30)
    (row,) = accuracy.compare_backends(MODULE, NAME, {"numpy": _numpy_eps()}, n=30)
    assert alone == row


def test_a_backend_returning_nan_is_counted_as_nonfinite() -> None:
    good = _numpy_eps()

    def holes(*args):
        out = np.array(good(*args), dtype=float)
        out[::10] = np.nan
        return out

    (row,) = accuracy.compare_backends(MODULE, NAME, {"holes": holes}, n=30)
    assert row["nonfinite"] == 3 and not row["passed"]


def test_the_table_has_a_compiled_row_exactly_where_a_compiled_twin_exists(monkeypatch) -> None:
    monkeypatch.setattr(accuracy, "functions", lambda: [(MODULE, NAME), ("sto_form_factor", "sto_form_factor_1_1")])
    rows = accuracy.accuracy_table(20)
    have_numba = importlib.util.find_spec("numba") is not None
    expect = [(MODULE, "numpy"), (MODULE, "compiled")] if have_numba else [(MODULE, "numpy")]
    expect.append(("sto_form_factor", "numpy"))  # the STO modules have no compiled twin
    assert [(r["module"], r["backend"]) for r in rows] == expect
    assert all(r["passed"] for r in rows)
