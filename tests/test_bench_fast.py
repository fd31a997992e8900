"""``slowion bench`` rows: every competitor present, ratios measured, edge accuracy computed (not assumed).

A small run (2000 points, a 200-point edge set) of the static Lindhard eps: the raw lambdify must show its NaN at
the removable points of the edge set and our backends none; every time positive; the machine is described.
"""

from __future__ import annotations

import json

import pytest

from slowion.codegen import bench


@pytest.fixture(scope="module")
def eps_rows() -> list[dict]:
    return bench.bench_function("dielectric", "lindhard_eps_static", 2000)


def _row(rows: list[dict], prefix: str) -> dict:
    (row,) = [r for r in rows if r["comparison"].startswith(prefix)]
    return row


def test_every_competitor_has_a_row_with_a_measured_time(eps_rows: list[dict]) -> None:
    for prefix in ("numpy", "lambdify raw", "lambdify edge-safe", "mpmath twin", "compiled (", "hand-fused"):
        row = _row(eps_rows, prefix)
        if row["baseline_s"] is None:  # numba absent: the row says why
            assert "numba" in row["note"]
            continue
        assert row["baseline_s"] > 0 and row["ratio"] == pytest.approx(row["baseline_s"] / row["generated_s"])


def test_edge_accuracy_separates_raw_lambdify_from_ours(eps_rows: list[dict]) -> None:
    ours = _row(eps_rows, "numpy")
    raw = _row(eps_rows, "lambdify raw")
    safe = _row(eps_rows, "lambdify edge-safe")
    assert ours["edge_nonfinite"] == 0 and ours["edge_max_rel_error"] < 1e-12
    assert safe["edge_nonfinite"] == 0 and safe["edge_max_rel_error"] < 1e-12
    # the raw form is 0 * inf at q = 2 k_F and loses ~ eps 2k_F/q near q = 0: the bench must see it
    assert raw["edge_nonfinite"] > 0 or raw["edge_max_rel_error"] > 1e-12


def test_machine_description_is_json_and_names_the_versions() -> None:
    m = json.loads(json.dumps(bench.machine()))
    assert m["cores"] >= 1 and m["numpy"] and "numba" in m and m["cpu"] is not None


def test_every_generated_module_finds_the_derive_module_that_writes_it() -> None:
    # the STO family is written by derive.sto under two names: a bench of sto_overlap_* once died on this lookup
    from slowion.codegen.accuracy import MODULES
    from slowion.codegen.targets import derive_module_of

    found = {m: derive_module_of(m) for m in MODULES}
    assert found["sto_overlap"] == found["sto_form_factor"] == "slowion.derive.sto"
    assert found["wind"] == "slowion.derive.wind"
    with pytest.raises(ValueError, match="lindhard"):
        derive_module_of("lindhard")


def test_a_sto_overlap_bench_has_its_raw_lambdify_row() -> None:
    rows = bench.bench_function("sto_overlap", "sto_overlap_1_1", 1000, edge=False)
    raw = _row(rows, "lambdify raw")
    assert raw["baseline_s"] > 0
