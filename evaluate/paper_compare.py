"""Our numbers beside the ones Dorado & Flores (DF) and ENR printed: pure arithmetic, ratios ours/paper.

The inputs are the report's ``results`` (plain JSON data: ``results["stopping"][metal][model]["S0"]`` and the He
friction per metal); the printed values come from :mod:`slowion.evaluate.paper`. Nothing here computes physics or
feeds a paper value into a computation: a missing number of ours stays ``None`` and so does every ratio built on it.
Compared: DF Table I and Eq. 80 (He in Na), DF Table II (a), (b) and ENR (c), DF Eq. 81 (s occupancy), and the
KS-LDA friction of He (X-10) beside the four DF models.
"""

from __future__ import annotations

import math
from typing import Any

from slowion.base.validate import METALS
from slowion.evaluate import paper
from slowion.evaluate.friction import friction_section_rows
from slowion.evaluate.paper import NA

#: our stopping models beside the KS-LDA friction (labels of the report's He table)
FRICTION_MODELS = {"feg": "FEG", "lcao1": "LCAO-I", "lcao2": "LCAO-II", "exact": "Eq. 63"}


def our_s0(results: dict, metal: str, model: str) -> float | None:
    """Our S0 (a.u.) of ``metal`` in ``model``, or None when it was not computed."""
    r = (results.get("stopping") or {}).get(metal, {}).get(model)
    return r.get("S0") if isinstance(r, dict) else None


def shells_used(results: dict, model: str) -> str:
    """The neighbour shells ``model`` used for Na (the evaluator's default), as text."""
    r = (results.get("stopping") or {}).get(NA, {}).get(model)
    return str(r.get("shells")) if isinstance(r, dict) else "—"


def ratio(a: float | None, b: float | None) -> float | None:
    """a / b, or None when either is missing (or b is zero)."""
    return a / b if a is not None and b else None


def comparisons(results: dict) -> dict:
    """DF Table I, Eq. 80, Table II and Eq. 81 beside our numbers, with ratios ours/paper."""
    table_i = []
    for model, pv in paper.TABLE_I.items():
        ours = our_s0(results, NA, model)
        table_i.append({"model": model, "ours": ours, "paper": pv.value, "ratio": ratio(ours, pv.value)})
    exact_na, lcao2_na = our_s0(results, NA, "exact"), our_s0(results, NA, "lcao2")
    table_i.append(
        {
            "model": "exact (Eq. 63; paper: Eq. 80, MC)",
            "ours": exact_na,
            "paper": paper.EQ80_NA.value,
            "ratio": ratio(exact_na, paper.EQ80_NA.value),
        }
    )
    # DF's recipe for Table II (a): LCAO-II times the Na correction factor Eq.63/LCAO-II. Ours uses our own factor.
    na_factor = ratio(exact_na, lcao2_na)
    table_ii = []
    for m in METALS:
        ex, l2 = our_s0(results, m, "exact"), our_s0(results, m, "lcao2")
        recipe = l2 * na_factor if l2 is not None and na_factor is not None else None
        a, enr = paper.TABLE_II_A[m].value, paper.ENR[m].value
        table_ii.append(
            {
                "metal": m,
                "ours_exact": ex,
                "ours_lcao2_times_na_factor": recipe,
                "paper_a": a,
                "ratio_exact_to_paper_a": ratio(ex, a),
                "ratio_recipe_to_paper_a": ratio(recipe, a),
                "paper_b": paper.TABLE_II_B[m].value,
                "enr": enr,
                "ratio_exact_to_enr": ratio(ex, enr),
            }
        )
    return {
        "table_I": table_i,
        "na_correction_factor": {"ours": na_factor, "paper": paper.EQ80_NA.value / paper.TABLE_I["lcao2"].value},
        "table_II": table_ii,
        "eq81": eq81(results),
    }


def eq81(results: dict) -> dict:
    """DF Eq. 81 with the one s fraction DF quote (Li, 52 %); the others cannot be sourced here."""
    li = paper.S_FRACTION["Li"]
    factor = paper.eq81_factor(li.value)  # n_s(Rb) = 1 assumed: DF do not give it
    ex = our_s0(results, "Li", "exact")
    paper_ratio = paper.TABLE_II_B["Li"].value / paper.TABLE_II_A["Li"].value
    return {
        "s_fraction_Li": li.value,
        "source": li.source,
        "factor_Li_assuming_ns_Rb_1": factor,
        "ours_exact_Li_times_factor": ex * factor if ex is not None else None,
        "paper_b_Li": paper.TABLE_II_B["Li"].value,
        "paper_b_over_a_Li": paper_ratio,
        "implied_ns_Rb_from_paper": li.value / math.sqrt(paper_ratio),
        "not_sourced": ["Na", "K", "Rb"],
        # what DF's own columns imply, metal by metal: (b)/(a) = (n_s / n_s(Rb))^2
        "implied_ns_ratio_to_Rb": {m: math.sqrt(paper.TABLE_II_B[m].value / paper.TABLE_II_A[m].value) for m in METALS},
        "statement": "DF quote the s-like fraction of the occupied density of states only for Li (52 %, "
        "Papaconstantopoulos 1986); Na, K and Rb, and whether Rb counts as fully s-like, are not given and we "
        "cannot source them here. Only the Li correction is shown, with n_s(Rb) = 1 assumed.",
    }


def paper_values() -> dict:
    """Every printed number the comparisons use, with where it was read (results.json ``paper``)."""

    def pv(d: dict) -> dict:
        return {k: {"value": v.value, "source": v.source} for k, v in d.items()}

    return {
        "table_I": pv(paper.TABLE_I),
        "eq80_Na": {"value": paper.EQ80_NA.value, "source": paper.EQ80_NA.source},
        "table_II_a": pv(paper.TABLE_II_A),
        "table_II_b": pv(paper.TABLE_II_B),
        "enr": pv(paper.ENR),
        "s_fraction": pv(paper.S_FRACTION),
        "statements": dict(paper.STATEMENTS),
    }


def friction_comparison(results: dict) -> dict | None:
    """The He table of the KS-LDA section: our Q, ENR, our four DF models and the bare-charge linear response, each
    with its ratio to our KS-LDA Q; and, per metal, which model lies nearest (smallest |log ratio|), computed."""
    he: dict[str, Any] = results.get("friction") or {}
    ks = {m: v["ks"] for m, v in he.items() if isinstance(v, dict) and isinstance(v.get("ks"), dict)}
    if not ks:
        return None
    others = {label: {m: our_s0(results, m, model) for m in ks} for model, label in FRICTION_MODELS.items()}
    others["DF (a)"] = {m: paper.TABLE_II_A[m].value for m in ks}
    others["linear response Z=2"] = {m: he[m].get("wind_Z2") for m in ks}
    rows = friction_section_rows(ks, others)
    nearest = {}
    for row in rows:
        cands = {
            name: row[f"{name}/KS"]
            for name in (*FRICTION_MODELS.values(), "DF (a)")
            if isinstance(row.get(f"{name}/KS"), float) and row[f"{name}/KS"] > 0
        }
        if cands:
            best = min(cands, key=lambda n: abs(math.log(cands[n])))
            nearest[row["metal"]] = {"model": best, "ratio": cands[best]}
    return {"rows": rows, "nearest_to_ks": nearest}
