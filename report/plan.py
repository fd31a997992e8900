"""The plan of ``slowion report``: what results.json holds, which function computes each part, and the task list.

Phase 1 is everything that depends on nothing else (longest first, so that the workers stay busy to the end);
phase 2 is the sensitivity table, which needs the Na LCAO-II inputs of phase 1. Each part is a
:class:`~slowion.report.task.Task` calling a function of :data:`TARGETS` (the tests point these at tiny stand-ins).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from slowion.base.choices import BETA_CHOICES, METALS
from slowion.codegen.accuracy import accuracy_table
from slowion.evaluate import eq69, stopping
from slowion.evaluate.paper import NA
from slowion.report import audit_part, evaluations
from slowion.report.task import Task

#: documented top-level keys of results.json (docs/report.md); the tests check them
RESULT_KEYS = (
    "schema",
    "provenance",
    "exit_code",
    "problems",
    "not_computed",
    "audit",
    "generate_check",
    "codegen_accuracy",
    "stopping",
    "shell_convergence",
    "mpmath_checks",
    "eq69_accuracy",
    "channelling",
    "wind",
    "friction",
    "friction_comparison",
    "sensitivity",
    "comparisons",
    "paper",
    "timing",
)

#: results.json layout version: 2 moved the wall-clock figures into ``timing`` and added ``provenance``
SCHEMA = "slowion-report/2"

#: the two blocks that differ between two runs of the same code on the same machine (everything else is the same
#: bytes: tests/test_report.py)
RUN_SPECIFIC_KEYS = ("provenance", "timing")

#: every file a report directory may hold (the report replaces the directory as a whole; docs/report.md)
REPORT_FILES = (
    "results.json",
    "report.md",
    "report.html",
    "stopping.png",
    "shell_convergence.png",
    "channelling.png",
    "wind_Q_rs.png",
)

#: what each part of the report calls; the tests point these at tiny stand-ins
TARGETS: dict[str, Callable[..., Any]] = {
    "audit": audit_part.audit_part,
    "generate_check": audit_part.generate_check,
    "codegen_accuracy": accuracy_table,
    "stopping": stopping.stopping_result,
    "mean_stopping": stopping.mean_stopping,
    "shell_convergence": stopping.shell_convergence,
    "mpmath_checks": stopping.mpmath_checks,
    "eq69_accuracy": eq69.eq69_accuracy,
    "channelling": evaluations.channelling_with_plot,
    "wind": evaluations.wind_with_plot,
    "he_friction": evaluations.he_friction,
}


def phase1_tasks(stage: Path) -> list[Task]:
    """Everything that depends on nothing else, longest first (they share the workers); plots land in ``stage``."""
    T = TARGETS

    def stopping_task(m: str, model: str) -> Task:
        return Task(("stopping", m, model), T["stopping"], kwargs={"metal": m, "model": model, "shells": None})

    # longest first (measured, docs/report.md): two workers stay busy until the end
    tasks = [Task(("codegen_accuracy",), T["codegen_accuracy"]), Task(("generate_check",), T["generate_check"])]
    tasks += [Task(("audit_parts", name), T["audit"], (name,)) for name in audit_part.audit_module_names()]
    tasks += [stopping_task(m, "exact") for m in METALS]
    # with_S0=False: the Eq. 63 and Eq. 72 S0 it would add are the "exact" and "lcao2" stopping tasks already here
    tasks += [Task(("eq69_accuracy", m), T["eq69_accuracy"], (m, None), {"with_S0": False}) for m in METALS]
    tasks += [Task(("channelling",), T["channelling"], (str(stage / "channelling.png"),))]
    tasks += [Task(("wind",), T["wind"], (str(stage / "wind_Q_rs.png"),))]
    tasks += [Task(("friction", m), T["he_friction"], (m,)) for m in METALS]
    tasks += [Task(("shell_convergence", m), T["shell_convergence"], (m,)) for m in METALS]
    tasks += [stopping_task(m, model) for m in METALS for model in ("lcao2", "lcao1", "feg")]
    tasks += [Task(("mpmath_checks",), T["mpmath_checks"])]
    return tasks


def sensitivity_plan(base: dict) -> list[tuple[str, str, Any, Task]]:
    """(input, how, value, task) over the inputs DF leave open: E_M, beta (both choices), <J0>, lattice constant.

    Each task is LCAO-II S0 for Na with one input replaced (``mean_stopping(metal, model, **overrides)``).
    """
    inputs = base.get("inputs", {})
    plan: list[tuple[str, str, Any, Task]] = []

    def add(name: str, how: str, value: Any) -> None:
        task = Task(("sensitivity",), TARGETS["mean_stopping"], (NA, "lcao2"), {name: value})
        plan.append((name, how, value, task))

    for name in ("E_M", "J0", "lattice_constant"):
        v = inputs.get(name)
        if isinstance(v, float) and v != 0:
            add(name, "-10 %", 0.9 * v)
            add(name, "+10 %", 1.1 * v)
    for choice in BETA_CHOICES:
        if choice != inputs.get("beta_choice"):
            add("beta", f"choice {choice}", choice)
    return plan


def sensitivity_rows(base: dict, plan: list, outcomes: list[dict], not_computed: dict) -> list[dict] | None:
    """One row per changed input: which input, its baseline and new value, LCAO-II S0, relative change."""
    if not base:
        not_computed["sensitivity"] = f"needs the {NA} LCAO-II result, which was not computed"
        return None
    s0 = base.get("S0")
    inputs = base.get("inputs", {})
    rows = [{"input": "baseline", "how": "", "baseline_value": None, "value": None, "S0_lcao2": s0, "change": 0.0}]
    for (name, how, value, _), res in zip(plan, outcomes, strict=True):
        row = {
            "input": name,
            "how": how,
            "baseline_value": inputs.get(name),
            "value": value,
            "S0_lcao2": None,
            "change": None,
        }
        if not res["ok"]:
            not_computed[f"sensitivity/{name} {how}"] = res["reason"]
        else:
            got = res["value"]
            s = got.get("S0") if isinstance(got, dict) else got
            used = (got.get("inputs") or {}).get(name) if isinstance(got, dict) else None
            row.update(S0_lcao2=s, change=(s / s0 - 1.0) if s0 and s is not None else None)
            if used is not None:  # the value the evaluator used (beta "fit" -> its number)
                row["value"] = used
        rows.append(row)
    return rows
