"""``slowion report``: the main job -- audit, drift check, every evaluation and check, paper comparisons, plots.

Writes ``out/``: ``results.json`` (everything machine-readable, with its ``provenance`` and ``timing`` blocks),
``report.md``, ``report.html`` (self-contained) and the PNG plots. The set is built in a staging directory beside
``out`` and replaces ``out`` as a whole (:func:`slowion.base.atomic.publish`): a reader, or a run killed at any moment,
sees the previous report or the new one, never a mixture. The heavy parts run as independent tasks on one executor
(:mod:`slowion.report.executor`, chosen by ``SLOWION_EXECUTOR``). A part whose machinery is missing or fails is
reported as "not computed: <reason>"; no number is ever filled in for it.

Exit code: 0, or 1 if one of our own derivation chains is inconsistent (audit), if the generated code is stale
(``generate --check``), or if either check could not be run at all. A paper erratum never makes the report fail.
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib
import io
import json
import math
import os
import re
import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from slowion.base import atomic
from slowion.base.atomic import atomic_write_text
from slowion.base.choices import BETA_CHOICES, METALS, MODELS
from slowion.base.errors import InputError
from slowion.evaluate import paper
from slowion.report.executor import get_executor, resolve_kind
from slowion.report.html import (
    Document,
    Equation,
    Heading,
    Image,
    Paragraph,
    Preformatted,
    Table,
    fmt,
    to_html,
    to_markdown,
)
from slowion.report.plots import plot_shell_convergence, plot_stopping
from slowion.report.provenance import provenance, split_timing

#: the metal of DF Table I, Eq. 80, the channelling map and our sensitivity table
NA = "Na"

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

#: what versions 0.1.0 left inside the report directory when killed (staging directories of mkdtemp)
_OLD_STAGING = re.compile(r"^\.staging-[a-z0-9_]{8}$")


# ----------------------------------------------------------------------------------------------------------
# tasks: one picklable description per independent piece of work


@dataclass(frozen=True)
class Task:
    """Call ``target`` ("module:function") with ``args``/``kwargs``; the result lands at ``key`` in results."""

    key: tuple[str, ...]
    target: str
    args: tuple = ()
    kwargs: dict = field(default_factory=dict)


def jsonable(x: Any) -> Any:
    """Plain JSON data: numpy scalars and arrays to Python, dataclasses to dicts, non-finite floats to None."""
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        return jsonable(dataclasses.asdict(x))
    if isinstance(x, dict):
        return {str(k): jsonable(v) for k, v in x.items()}
    if isinstance(x, (list, tuple, set, frozenset)):
        return [jsonable(v) for v in x]
    if isinstance(x, bool) or x is None or isinstance(x, str | int):
        return x
    if isinstance(x, float):
        return x if math.isfinite(x) else None
    if hasattr(x, "tolist"):  # numpy scalar or array
        return jsonable(x.tolist())
    if isinstance(x, Path):
        return str(x)
    if isinstance(x, complex):
        return {"re": jsonable(x.real), "im": jsonable(x.imag)}
    return str(x)


def _resolve(target: str) -> Callable[..., Any]:
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def run_task(task: Task) -> dict:
    """Run one task; never raises for a failure of the machinery, returns it as ``reason`` instead."""
    t0 = time.perf_counter()
    try:
        fn = _resolve(task.target)
    except (ImportError, AttributeError) as exc:
        return {"ok": False, "reason": f"{task.target} is not available ({type(exc).__name__}: {exc})", "seconds": 0}
    try:
        value = jsonable(fn(*task.args, **task.kwargs))
    except ImportError as exc:  # a part the task needs (e.g. generated code) does not exist yet
        reason = f"{task.target}: a module it needs is not available ({type(exc).__name__}: {exc})"
        return {"ok": False, "reason": reason[:500], "seconds": time.perf_counter() - t0}
    except Exception as exc:
        reason = f"{task.target} failed: {type(exc).__name__}: {exc}".splitlines()[0][:500]
        return {"ok": False, "reason": reason, "seconds": time.perf_counter() - t0}
    return {"ok": True, "value": value, "seconds": time.perf_counter() - t0}


# ----------------------------------------------------------------------------------------------------------
# small task bodies that combine a computation with its plot (run in a worker; the plot lands in the stage)


def generate_check() -> dict:
    """``slowion generate --check``: up to date?, and the unified diff when not.

    Uses ``codegen.driver.check_generated()`` -> (ok, diff) when the codegen provides it (the function that
    ``run_generate(check=True)`` uses), else runs ``run_generate(check=True)`` and keeps what it prints.
    """
    from slowion.codegen import driver

    if hasattr(driver, "check_generated"):
        ok, diff = driver.check_generated()
        return {"exit_code": 0 if ok else 1, "ok": bool(ok), "output": diff}
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(buf):
        code = driver.run_generate(check=True)
    return {"exit_code": int(code), "ok": code == 0, "output": buf.getvalue()}


def audit_module_names() -> tuple[str, ...]:
    """The derivation modules of the registry, in audit order."""
    from slowion.derive.registry import DERIVATION_MODULES

    return tuple(DERIVATION_MODULES)


def audit_part(module: str) -> dict:
    """``slowion.audit.audit_records()`` restricted to one derivation module (so that modules audit in parallel).

    Runs the audit's own function with the registry's module list narrowed to ``module`` for the call (each task
    runs alone in its process, or one after the other in the serial executor), so the records are exactly those
    of ``slowion audit --json``; :func:`merge_audit` joins the parts.
    """
    from slowion import audit
    from slowion.derive import registry

    saved = registry.DERIVATION_MODULES
    registry.DERIVATION_MODULES = (module,)
    try:
        return audit.audit_records()
    finally:
        registry.DERIVATION_MODULES = saved


def merge_audit(parts: list[dict]) -> dict:
    """One audit document from per-module parts, in module order: identities and chain checks concatenated,
    summary counts added, consistent if every part is. Duplicate keys across modules are an error, as in the
    registry."""
    identities = [r for p in parts for r in p["identities"]]
    keys = [r["key"] for r in identities]
    dup = sorted({k for k in keys if keys.count(k) > 1})
    if dup:
        raise RuntimeError(f"duplicate identity keys: {dup}")
    summary: dict[str, int] = {}
    for p in parts:
        for status, n in p["summary"].items():
            summary[status] = summary.get(status, 0) + n
    return {
        "identities": identities,
        "summary": summary,
        "chain_checks": [c for p in parts for c in p["chain_checks"]],
        "consistent": all(p["consistent"] for p in parts),
    }


def wind_with_plot(plot_path: str) -> dict:
    from slowion.evaluate import wind

    table = wind.wind_table()
    plot = None
    try:
        wind.plot_wind(plot_path)
        plot = Path(plot_path).name
    except Exception as exc:
        plot = f"not computed: {type(exc).__name__}: {exc}"
    return {"table": jsonable(table), "plot": plot}


def channelling_with_plot(plot_path: str) -> dict:
    """The direct channelling map of Na (all G perpendicular to [100] summed in real space) and its plot."""
    from slowion.evaluate import channelling_map

    result = channelling_map.channelling_result(NA)
    plot = None
    try:
        channelling_map.plot_channelling_map(result, plot_path)
        plot = Path(plot_path).name
    except Exception as exc:
        plot = f"not computed: {type(exc).__name__}: {exc}"
    return {"result": jsonable(result), "plot": plot}


#: what each part of the report calls ("module:function"); the tests point these at tiny stand-ins
TARGETS: dict[str, str] = {
    "audit": "slowion.report.report:audit_part",
    "generate_check": "slowion.report.report:generate_check",
    "codegen_accuracy": "slowion.codegen.accuracy:accuracy_table",
    "stopping": "slowion.evaluate.stopping:stopping_result",
    "mean_stopping": "slowion.evaluate.stopping:mean_stopping",
    "shell_convergence": "slowion.evaluate.stopping:shell_convergence",
    "mpmath_checks": "slowion.evaluate.stopping:mpmath_checks",
    "eq69_accuracy": "slowion.evaluate.eq69:eq69_accuracy",
    "channelling": "slowion.report.report:channelling_with_plot",
    "wind": "slowion.report.report:wind_with_plot",
    "he_friction": "slowion.report.report:he_friction",
    "equations": "slowion.report.html:render_equations",
}


# ----------------------------------------------------------------------------------------------------------
# the plan of the run


def phase1_tasks(stage: Path) -> list[Task]:
    """Everything that depends on nothing else, longest first (they share the workers)."""
    T = TARGETS

    def stopping(m: str, model: str) -> Task:
        return Task(("stopping", m, model), T["stopping"], kwargs={"metal": m, "model": model, "shells": None})

    # longest first (measured, docs/report.md): two workers stay busy until the end
    tasks = [Task(("codegen_accuracy",), T["codegen_accuracy"]), Task(("generate_check",), T["generate_check"])]
    tasks += [Task(("audit_parts", name), T["audit"], (name,)) for name in audit_module_names()]
    tasks += [stopping(m, "exact") for m in METALS]
    # with_S0=False: the Eq. 63 and Eq. 72 S0 it would add are the "exact" and "lcao2" stopping tasks already here
    tasks += [Task(("eq69_accuracy", m), T["eq69_accuracy"], (m, None), {"with_S0": False}) for m in METALS]
    tasks += [Task(("channelling",), T["channelling"], (str(stage / "channelling.png"),))]
    tasks += [Task(("wind",), T["wind"], (str(stage / "wind_Q_rs.png"),))]
    tasks += [Task(("friction", m), T["he_friction"], (m,)) for m in METALS]
    tasks += [Task(("shell_convergence", m), T["shell_convergence"], (m,)) for m in METALS]
    tasks += [stopping(m, model) for m in METALS for model in ("lcao2", "lcao1", "feg")]
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


# ----------------------------------------------------------------------------------------------------------
# run


def _put(results: dict, key: tuple[str, ...], value: Any) -> None:
    d = results
    for k in key[:-1]:
        d = d.setdefault(k, {})
    d[key[-1]] = value


def _collect(results: dict, not_computed: dict, timing: dict, tasks: list[Task], outcomes: list[dict]) -> None:
    for task, res in zip(tasks, outcomes, strict=True):
        name = "/".join(task.key)
        timing[name] = round(res["seconds"], 3)
        if res["ok"]:
            _put(results, task.key, res["value"])
        else:
            not_computed[name] = res["reason"]
            _put(results, task.key, None)


#: results.json layout version: 2 moved the wall-clock figures into ``timing`` and added ``provenance``
SCHEMA = "slowion-report/2"


def compute(stage: Path, executor_kind: str | None = None) -> dict:
    """All numbers of the report (a dict ready for results.json); plots from workers land in ``stage``.

    Every wall-clock figure a task reports (keys named like ``seconds``) is moved out of the physics into
    ``timing["fields"]`` under its JSON pointer (:func:`slowion.report.provenance.split_timing`).
    """
    import datetime

    started = datetime.datetime.now(datetime.UTC)
    t0 = time.perf_counter()
    results: dict[str, Any] = {k: None for k in RESULT_KEYS}
    results.update(schema=SCHEMA, stopping={}, shell_convergence={}, eq69_accuracy={}, friction={})
    not_computed: dict[str, str] = {}
    timing: dict[str, float] = {}
    with get_executor(executor_kind) as ex:
        executor = {"kind": ex.kind, "workers": ex.workers}
        tasks = phase1_tasks(stage)
        _collect(results, not_computed, timing, tasks, ex.map(run_task, tasks, desc="slowion report: evaluations"))
        _join_audit(results, not_computed)

        # phase 2: what needs phase 1 (equations need the audit, sensitivity the Na LCAO-II inputs)
        latex = _audit_latex(results.get("audit"))
        chunks = [latex[i :: max(ex.workers, 1)] for i in range(max(ex.workers, 1))] if latex else []
        eq_tasks = [Task(("equations", str(i)), TARGETS["equations"], (c,)) for i, c in enumerate(chunks)]
        base = (results["stopping"].get(NA) or {}).get("lcao2") or {}
        plan = sensitivity_plan(base)
        sens_tasks = [t for *_, t in plan]
        outcomes = ex.map(run_task, eq_tasks + sens_tasks, desc="slowion report: equations, sensitivity")
    equations: dict[str, str | None] = {}
    for task, res in zip(eq_tasks, outcomes[: len(eq_tasks)], strict=True):
        timing["/".join(task.key)] = round(res["seconds"], 3)
        if res["ok"]:
            equations.update(res["value"])
    for (name, how, *_), res in zip(plan, outcomes[len(eq_tasks) :], strict=True):
        timing[f"sensitivity/{name} {how}"] = round(res["seconds"], 3)
    results["sensitivity"] = _sensitivity_rows(base, plan, outcomes[len(eq_tasks) :], not_computed)
    results["comparisons"] = comparisons(results)
    results["friction_comparison"] = friction_comparison(results)
    results["paper"] = paper_values()
    results["not_computed"] = not_computed
    physics, fields = split_timing({k: v for k, v in results.items() if k not in RUN_SPECIFIC_KEYS})
    results.update(physics)
    results["provenance"] = provenance(executor, now=started)
    results["timing"] = {
        "compute_seconds": round(time.perf_counter() - t0, 2),
        "tasks": timing,
        "fields": {k: (round(v, 3) if isinstance(v, float) else v) for k, v in fields.items()},
    }
    results["_equations_png"] = equations  # for the HTML only; removed before results.json is written
    return results


def _join_audit(results: dict, not_computed: dict) -> None:
    parts = results.pop("audit_parts", None) or {}
    failed = [name for name, p in parts.items() if p is None]
    if not parts:
        not_computed["audit"] = "no derivation modules"
    elif failed:
        not_computed["audit"] = "derivation module(s) failed: " + "; ".join(
            not_computed.pop(f"audit_parts/{n}") for n in failed
        )
    else:
        try:
            results["audit"] = merge_audit([parts[n] for n in audit_module_names() if n in parts])
        except RuntimeError as exc:
            not_computed["audit"] = str(exc)
    for name in parts:
        not_computed.pop(f"audit_parts/{name}", None)


def _audit_latex(audit: dict | None) -> list[str]:
    if not audit:
        return []
    seen: dict[str, None] = {}
    for r in audit.get("identities", []):
        for k in ("printed_latex", "derived_latex"):
            if r.get(k):
                seen[r[k]] = None
    return list(seen)


def _sensitivity_rows(base: dict, plan: list, outcomes: list[dict], not_computed: dict) -> list[dict] | None:
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


# ----------------------------------------------------------------------------------------------------------
# comparisons with the paper (pure arithmetic on our numbers and the printed ones)


def _s0(results: dict, metal: str, model: str) -> float | None:
    r = (results.get("stopping") or {}).get(metal, {}).get(model)
    return r.get("S0") if isinstance(r, dict) else None


def _shells(results: dict, model: str) -> str:
    """The neighbour shells ``model`` used for Na (the evaluator's default), as text."""
    r = (results.get("stopping") or {}).get(NA, {}).get(model)
    return str(r.get("shells")) if isinstance(r, dict) else "—"


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def comparisons(results: dict) -> dict:
    """DF Table I, Eq. 80, Table II and Eq. 81 beside our numbers, with ratios ours/paper."""
    table_i = []
    for model, pv in paper.TABLE_I.items():
        ours = _s0(results, NA, model)
        table_i.append({"model": model, "ours": ours, "paper": pv.value, "ratio": _ratio(ours, pv.value)})
    exact_na, lcao2_na = _s0(results, NA, "exact"), _s0(results, NA, "lcao2")
    table_i.append(
        {
            "model": "exact (Eq. 63; paper: Eq. 80, MC)",
            "ours": exact_na,
            "paper": paper.EQ80_NA.value,
            "ratio": _ratio(exact_na, paper.EQ80_NA.value),
        }
    )
    # DF's recipe for Table II (a): LCAO-II times the Na correction factor Eq.63/LCAO-II. Ours uses our own factor.
    na_factor = _ratio(exact_na, lcao2_na)
    table_ii = []
    for m in METALS:
        ex, l2 = _s0(results, m, "exact"), _s0(results, m, "lcao2")
        recipe = l2 * na_factor if l2 is not None and na_factor is not None else None
        a, enr = paper.TABLE_II_A[m].value, paper.ENR[m].value
        table_ii.append(
            {
                "metal": m,
                "ours_exact": ex,
                "ours_lcao2_times_na_factor": recipe,
                "paper_a": a,
                "ratio_exact_to_paper_a": _ratio(ex, a),
                "ratio_recipe_to_paper_a": _ratio(recipe, a),
                "paper_b": paper.TABLE_II_B[m].value,
                "enr": enr,
                "ratio_exact_to_enr": _ratio(ex, enr),
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
    ex = _s0(results, "Li", "exact")
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


# ----------------------------------------------------------------------------------------------------------
# verdict and output


def verdict(results: dict) -> tuple[int, list[str]]:
    """Exit code and the problems behind it: our chains inconsistent, generated code stale, or a check not run."""
    problems = []
    audit = results.get("audit")
    if audit is None:
        problems.append("the audit could not be run: " + results["not_computed"].get("audit", "unknown reason"))
    elif not audit.get("consistent", False):
        bad = [c["name"] for c in audit.get("chain_checks", []) if not c.get("holds")]
        problems.append("audit: our own derivation chains are inconsistent: " + ", ".join(bad))
    gen = results.get("generate_check")
    if gen is None:
        problems.append(
            "generate --check could not be run: " + results["not_computed"].get("generate_check", "unknown reason")
        )
    elif not gen.get("ok"):
        problems.append(f"generate --check failed (exit {gen.get('exit_code')}): generated/ is stale or edited")
    return (1 if problems else 0), problems


def write_report(stage: Path, results: dict, t0: float) -> None:
    """Plots drawn here, then report.md, report.html and results.json, all into the staging directory."""
    equations = results.pop("_equations_png", {})
    plots = main_plots(stage, results)
    results["timing"]["total_seconds_before_writing"] = round(time.perf_counter() - t0, 2)
    doc = build_document(results, stage, plots)
    atomic_write_text(stage / "report.md", to_markdown(doc))
    atomic_write_text(stage / "report.html", to_html(doc, equations))
    results["timing"]["total_seconds"] = round(time.perf_counter() - t0, 2)
    atomic_write_text(stage / "results.json", results_json(results))


def results_json(results: dict) -> str:
    """The text of results.json: strict JSON (no NaN or infinity: :func:`jsonable` makes them null)."""
    return json.dumps(jsonable(results), indent=2, allow_nan=False) + "\n"


@contextlib.contextmanager
def _terminate_as_exit():
    """SIGTERM raises SystemExit while the report is written, so that the staging directory is removed (as for
    Ctrl-C) instead of the process dying with it in place."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum, frame):
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def report_directory(out: str) -> Path:
    """The directory ``--out`` names, checked before anything is created (:func:`_check_out`); every failure,
    an operating-system error included, is one InputError naming ``--out``."""
    try:
        return _check_out(out)
    except OSError as exc:
        raise InputError(f"argument --out: cannot use {out!r}: {exc.strerror or exc}") from None


def _check_out(out: str) -> Path:
    """The directory ``--out`` names, checked before anything is created; raises InputError naming ``--out``.

    The report replaces that directory as a whole (:func:`slowion.base.atomic.publish`), so it must be new, empty or
    an earlier report (only :data:`REPORT_FILES`), not the current directory or one that holds it, and its parent
    must be a directory we can write (the staging directory is created beside it). A symbolic link to a
    directory is followed: the link stays, the directory it names is replaced.
    """
    arg = "argument --out"
    if not out or not out.strip():
        raise InputError(f"{arg}: expected a directory name, got an empty string")
    if "\0" in out:
        raise InputError(f"{arg}: a path cannot contain a NUL character")
    given = Path(out)
    if given.is_symlink() and not given.exists():
        raise InputError(f"{arg}: {out!r} is a symbolic link to a missing target")
    if given.exists() and not given.is_dir():
        raise InputError(f"{arg}: expected a directory, got the existing file {out!r}")
    try:
        target = given.resolve()
    except (OSError, RuntimeError) as exc:
        raise InputError(f"{arg}: cannot resolve {out!r}: {exc}") from None
    if target.parent == target:
        raise InputError(f"{arg}: the report replaces its directory as a whole; {out!r} is a filesystem root")
    try:
        here = Path.cwd().resolve()
    except OSError:
        here = None
    if here is not None and (here == target or target in here.parents):
        raise InputError(
            f"{arg}: {out!r} is or holds the current directory; the report replaces its directory as a whole, "
            "so give another directory"
        )
    limit = 255
    try:
        limit = os.pathconf(_existing_ancestor(target.parent), "PC_NAME_MAX")
    except (OSError, ValueError):
        pass
    if len(os.fsencode(target.name)) + atomic.NAME_OVERHEAD > limit:
        raise InputError(
            f"{arg}: the name {target.name[:40]!r}... is too long (at most {limit - atomic.NAME_OVERHEAD} bytes)"
        )
    ancestor = _existing_ancestor(target.parent)
    if not ancestor.is_dir():
        raise InputError(f"{arg}: {str(ancestor)!r} is not a directory")
    if not os.access(ancestor, os.W_OK | os.X_OK):
        raise InputError(f"{arg}: cannot write in {str(ancestor)!r} (permission denied)")
    if target.exists():
        try:
            names = sorted(os.listdir(target))
        except OSError as exc:
            raise InputError(f"{arg}: cannot read the directory {out!r}: {exc.strerror}") from None
        foreign = [n for n in names if n not in REPORT_FILES and not _OLD_STAGING.match(n)]
        if foreign:
            shown = ", ".join(foreign[:5]) + (", ..." if len(foreign) > 5 else "")
            raise InputError(
                f"{arg}: {out!r} holds files that are not part of a slowion report ({shown}); the report replaces "
                "its directory as a whole, so give a new or empty directory or an earlier report's"
            )
    return target


def _existing_ancestor(path: Path) -> Path:
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def _prepare(target: Path, out: str) -> Path:
    """Clean what killed runs left beside ``target``, create its parent, and make the staging directory."""
    try:
        atomic.clean_leftovers(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        return atomic.make_stage(target)
    except OSError as exc:
        raise InputError(f"argument --out: cannot write {out!r}: {exc.strerror or exc}") from None


def run_report(out: str) -> int:
    """Write the report into ``out`` (results.json, report.md, report.html, PNG plots); 0, or 1 (see module doc).

    Nothing is created before the executor kind and ``out`` are checked. The new report is built in a staging
    directory beside ``out`` and replaces ``out`` as a whole (:func:`slowion.base.atomic.publish`): a reader, or a
    run killed at any moment, sees the previous report or the new one, never a mixture.
    """
    kind = resolve_kind()
    target = report_directory(out)
    t0 = time.perf_counter()
    with _terminate_as_exit():
        stage = _prepare(target, out)
        try:
            results = compute(stage, kind)
            code, problems = verdict(results)
            results["exit_code"], results["problems"] = code, problems
            write_report(stage, results, t0)
            atomic.publish(stage, target)
        finally:
            if stage.exists():
                shutil.rmtree(stage, ignore_errors=True)
    for p in problems:
        sys.stderr.write(f"slowion report: {p}\n")
    sys.stderr.write(f"slowion report: written to {out}/ in {time.perf_counter() - t0:.1f} s\n")
    return code


# ----------------------------------------------------------------------------------------------------------
# plots drawn in the main process from the collected numbers


def main_plots(stage: Path, results: dict) -> dict[str, str]:
    """Stopping by metal and model, and the shell convergence; name -> file name or 'not computed: ...'."""
    out = {}
    ours = {m: {model: _s0(results, m, model) for model in MODELS} for m in METALS}
    if any(v is not None for row in ours.values() for v in row.values()):
        plot_stopping(
            ours,
            {m: v.value for m, v in paper.TABLE_II_A.items()},
            {m: v.value for m, v in paper.ENR.items()},
            {k: v.value for k, v in paper.TABLE_I.items()},
            stage / "stopping.png",
        )
        out["stopping"] = "stopping.png"
    else:
        out["stopping"] = "not computed: no stopping power was computed"
    series = {m: shell_series(results["shell_convergence"].get(m)) for m in METALS}
    series = {m: s for m, s in series.items() if s}
    if series:
        plot_shell_convergence(series, stage / "shell_convergence.png")
        out["shell_convergence"] = "shell_convergence.png"
    else:
        out["shell_convergence"] = "not computed: no shell convergence was computed"
    for name, key in (("channelling", "channelling"), ("wind", "wind")):
        r = results.get(key)
        out[name] = r.get("plot") if isinstance(r, dict) and r.get("plot") else "not computed"
    return out


def shell_series(conv: Any) -> tuple[list[int], list[float]] | None:
    """(shells, S0) from a shell_convergence result: a list of {"shells", "S0"} rows, or a dict holding one."""
    rows = conv.get("rows") if isinstance(conv, dict) else conv
    if not isinstance(rows, list):
        return None
    pts = [(r["shells"], r["S0"]) for r in rows if isinstance(r, dict) and r.get("S0") is not None and "shells" in r]
    if not pts:
        return None
    pts.sort()
    return [p[0] for p in pts], [p[1] for p in pts]


# ----------------------------------------------------------------------------------------------------------
# the document


def _is_cell(v: Any) -> bool:
    """A scalar, or a short vector such as G = (0, 1, 1), fits in a table cell."""
    if isinstance(v, list):
        return len(v) <= 4 and all(not isinstance(x, dict | list) for x in v)
    return not isinstance(v, dict)


def _records_block(value: Any, caption: str = "") -> list:
    """A table for a list of flat records or a flat dict; otherwise the JSON, shortened."""
    if isinstance(value, list) and value and all(isinstance(r, dict) for r in value):
        cols: list[str] = []
        for r in value:
            for k, v in r.items():
                if k not in cols and _is_cell(v):
                    cols.append(k)
        return [Table(cols, [[r.get(c) for c in cols] for r in value], caption)]
    if isinstance(value, dict) and value and all(_is_cell(v) for v in value.values()):
        return [Table(["quantity", "value"], [[k, v] for k, v in value.items()], caption)]
    text = json.dumps(value, indent=1)
    if len(text) > 6000:
        text = text[:6000] + "\n... (shortened; full data in results.json)"
    return ([Paragraph(caption)] if caption else []) + [Preformatted(text)]


def _missing(results: dict, key: str) -> Paragraph | None:
    reasons = {k: v for k, v in results["not_computed"].items() if k == key or k.startswith(key + "/")}
    if not reasons:
        return None
    return Paragraph("**Not computed:** " + "; ".join(f"`{k}`: {v}" for k, v in reasons.items()))


def _pct(r: float | None) -> str | None:
    return None if r is None else f"{(r - 1) * 100:+.1f} %"


def build_document(results: dict, stage: Path, plots: dict[str, str]) -> Document:
    doc = Document("slowion report: He stopping in alkali metals (Dorado & Flores) and the electron wind (Das)")
    _summary_section(doc, results)
    _audit_section(doc, results)
    _codegen_section(doc, results)
    _stopping_section(doc, results, stage, plots)
    _comparison_section(doc, results)
    _convergence_section(doc, results, stage, plots)
    _eq69_section(doc, results)
    _channelling_section(doc, results, stage, plots)
    _sensitivity_section(doc, results)
    _wind_section(doc, results, stage, plots)
    _friction_section(doc, results)
    _mpmath_section(doc, results)
    _timing_section(doc, results)
    return doc


def _summary_section(doc: Document, results: dict) -> None:
    doc.add(Heading("Summary"))
    ok = results["exit_code"] == 0
    doc.add(
        Paragraph(
            "**Checks pass** (exit code 0): our derivation chains are consistent and generated/ is up to date."
            if ok
            else "**Checks FAIL** (exit code 1): " + " ".join(results["problems"])
        )
    )
    prov = results["provenance"]
    ex = prov["executor"]
    revision = prov.get("git_revision")
    code = (
        f"git {revision[:12]}" + (" with uncommitted changes" if prov.get("git_dirty") else "")
        if revision
        else "not from a git checkout"
    )
    doc.add(
        Paragraph(
            f"slowion {prov['slowion_version']} ({code}), Python {prov['python']}, on {prov['platform']}, "
            f"{prov['date_utc']}; executor `{ex['kind']}` with {ex['workers']} worker(s); "
            f"evaluations took {results['timing']['compute_seconds']:.1f} s, "
            f"{results['timing'].get('total_seconds_before_writing', float('nan')):.1f} s with the plots. "
            "Library versions: "
            + ", ".join(f"{k} {v or 'not installed'}" for k, v in prov.get("packages", {}).items())
            + " (results.json `provenance`)."
        )
    )
    nc = results["not_computed"]
    if nc:
        doc.add(Paragraph(f"**{len(nc)} part(s) not computed** (their numbers are absent, never filled in):"))
        doc.add(Table(["part", "reason"], [[k, v] for k, v in nc.items()]))
    else:
        doc.add(Paragraph("Every part of the report was computed."))
    doc.add(
        Paragraph(
            "Units: atomic (hbar = m = e = 1); S0 = (1/v) dE/dx in a.u. Paper numbers are comparison targets, never "
            "inputs; ratios are ours/paper."
        )
    )


def _audit_section(doc: Document, results: dict) -> None:
    """The audit, grouped: errors in every reading, convention-dependent, conversion typos, verified, definitions,
    conditional on an approximation or assumption, open; each record with its defects and their verdicts."""
    from slowion.derive.coverage import not_checked
    from slowion.derive.identity import GROUPS

    doc.add(Heading("Audit of the printed equations"))
    audit = results.get("audit")
    if audit is None:
        doc.add(_missing(results, "audit"))
        return
    ids = audit.get("identities", [])
    summary = audit.get("summary", {})
    doc.add(
        Table(
            ["group", "records"],
            [[GROUPS.get(g, g), summary.get(g, 0)] for g in GROUPS] + [["all records", len(ids)]],
            "Records by computed group",
        )
    )
    chains = audit.get("chain_checks", [])
    doc.add(
        Paragraph(
            f"Chain checks (internal consistency of our derivations): "
            f"{sum(c['holds'] for c in chains)}/{len(chains)} hold."
        )
    )
    if chains:
        doc.add(Table(["chain check", "holds", "method"], [[c["name"], c["holds"], c["method"]] for c in chains]))
    for group, heading in GROUPS.items():
        members = [r for r in ids if _group_of(r) == group]
        if not members:
            continue
        doc.add(Heading(f"{heading[:1].upper()}{heading[1:]} ({len(members)})", 3))
        for r in members:
            forms = [("printed", r.get("printed_latex") or ""), ("derived", r.get("derived_latex") or "")]
            doc.add(Equation(r["key"], r["status"], r["title"], forms))
            for d in r.get("defects", []):
                doc.add(Paragraph(_defect_text(d)))
            extra = " ".join(
                s
                for s in (
                    r.get("conditional_on") and f"Conditional on: {'; '.join(r['conditional_on'])}.",
                    r.get("definition") and f"Defines {r['definition']}.",
                    r.get("corrected") and f"Corrected: `{r['corrected']}`.",
                    r.get("note"),
                )
                if s
            )
            if extra and group not in ("verified",):
                doc.add(Paragraph(extra))
    try:
        skipped = not_checked({r["key"] for r in ids})
    except RuntimeError as exc:
        doc.add(Paragraph(f"**Coverage incomplete**: {exc}"))
        return
    doc.add(Heading(f"Numbered equations without a record ({len(skipped)})", 3))
    doc.add(Table(["equation", "why there is nothing to check"], [[x["key"], x["reason"]] for x in skipped]))


def _group_of(record: dict) -> str:
    """The record's audit group; a record from an audit without groups falls back on its status."""
    if record.get("group"):
        return record["group"]
    fallback = {"erratum": "error", "conditional": "approximation"}
    return fallback.get(record.get("status", ""), record.get("status", ""))


def _defect_text(d: dict) -> str:
    """One defect and its verdict, with the readings the paper allows and the sentences that allow them."""
    kind = d["kind"] + (", conversion typo" if d.get("conversion_typo") else "")
    if d["every_reading"]:
        return f"Defect [{kind}] {d['title']}: **holds in every reading**."
    parts = []
    for r in d["readings"]:
        verdict = "printed right" if r["printed_right"] else "printed wrong"
        quotes = " ".join(r.get("quotes", []))
        parts.append(f"{r['reading']}: {verdict}" + (f" ({quotes})" if quotes else ""))
    return f"Defect [{kind}] {d['title']}: **depends on the reading** (slowion adopts {d['adopted']}). " + "; ".join(
        parts
    )


def _codegen_section(doc: Document, results: dict) -> None:
    doc.add(Heading("Generated code"))
    gen = results.get("generate_check")
    if gen is None:
        doc.add(_missing(results, "generate_check"))
    else:
        doc.add(
            Paragraph(
                "`slowion generate --check`: "
                + ("up to date." if gen["ok"] else f"**STALE** (exit {gen['exit_code']}):")
            )
        )
        if not gen["ok"] and gen.get("output"):
            doc.add(Preformatted(gen["output"][:8000]))
    acc = results.get("codegen_accuracy")
    if acc is None:
        doc.add(_missing(results, "codegen_accuracy"))
    else:
        if isinstance(acc, list) and acc and all(isinstance(r, dict) and "passed" in r for r in acc):
            failed = [r.get("name", "?") for r in acc if not r["passed"]]
            doc.add(
                Paragraph(
                    f"{len(acc) - len(failed)}/{len(acc)} generated functions within their tolerance of the mpmath "
                    "twin" + (": **FAILING** " + ", ".join(failed) if failed else ".")
                )
            )
        doc.add(*_records_block(acc, "Generated functions against their mpmath twins (max relative error)"))


def _stopping_section(doc: Document, results: dict, stage: Path, plots: dict) -> None:
    def _error_parts_text(r: dict) -> str | None:
        """'quadrature 1e-16 + shells 2.7e-08 + ...' from a result's ``error_parts`` (None if absent)."""
        parts = r.get("error_parts")
        if not isinstance(parts, dict) or not parts:
            return None
        return " + ".join(f"{k} {fmt(v, 2)}" for k, v in parts.items())

    doc.add(Heading("Mean stopping power S0 of He"))
    rows, inputs, warnings = [], [], []
    for m in METALS:
        for model in MODELS:
            r = results["stopping"].get(m, {}).get(model)
            if isinstance(r, dict):
                rows.append(
                    [
                        m,
                        model,
                        r.get("shells"),
                        r.get("S0"),
                        r.get("error"),
                        _error_parts_text(r),
                        r.get("converged"),
                        r.get("ratio_to_feg"),
                    ]
                )
                warnings += [f"{m} {model}: {w}" for w in r.get("warnings") or []]
                if model == "lcao2":
                    inputs.append(
                        [m, r.get("V0"), r.get("V0_prime")]
                        + [
                            r.get("inputs", {}).get(k)
                            for k in ("rs", "kF", "lattice_constant", "E_M", "E_He", "beta", "J0")
                        ]
                    )
            else:
                rows.append([m, model, None, None, None, None, None, None])
    doc.add(
        Table(
            ["metal", "model", "shells", "S0 (a.u.)", "error estimate", "error parts", "converged", "S0/S0_FEG"],
            rows,
            "FEG: Eq. 77; LCAO-I: Eq. 75; LCAO-II: Eq. 72; exact: multi-centre Eq. 63 (deterministic). The error is "
            "the sum of its parts: quadrature, neighbour-shell truncation (shells), Ibar^R tables (exact) and the "
            "<J0> cell quadrature (coupling); converged: error <= tolerance x S0 (tolerance in each result)",
        )
    )
    if warnings:
        doc.add(Paragraph("Warnings: " + "; ".join(warnings) + "."))
    if inputs:
        doc.add(
            Table(
                ["metal", "V0", "V0'", "r_s", "k_F", "a (bohr)", "E_M", "E_He", "beta", "<J0>"],
                inputs,
                "Inputs (a.u.), from the LCAO-II evaluation",
            )
        )
    doc.add(_missing(results, "stopping") or Paragraph("All 16 (metal, model) evaluations computed."))
    if plots.get("stopping") == "stopping.png":
        doc.add(
            Image(
                stage / "stopping.png",
                "Our S0 by metal and model (bars) against DF Table II (a), ENR (LDA) and DF Table I for Na (crosses)",
            )
        )


def _comparison_section(doc: Document, results: dict) -> None:
    c = results["comparisons"]
    doc.add(Heading("Comparison with Dorado & Flores and ENR"))
    doc.add(
        Table(
            ["model", "ours (a.u.)", "DF (a.u.)", "ours/DF", "difference"],
            [[r["model"], r["ours"], r["paper"], r["ratio"], _pct(r["ratio"])] for r in c["table_I"]],
            "DF Table I (He in Na) and Eq. 80",
        )
    )
    f = c["na_correction_factor"]
    doc.add(
        Paragraph(
            f"Na correction factor Eq. 63 / LCAO-II: ours {fmt(f['ours'])} (Eq. 63 with {_shells(results, 'exact')} "
            f"shells, LCAO-II with {_shells(results, 'lcao2')}), DF {fmt(f['paper'])} (0.085/0.056). "
            "DF built Table II (a) by multiplying LCAO-II of each metal by their Na factor; the column 'LCAO-II x Na "
            "factor' repeats that recipe with our numbers, 'Eq. 63' is our direct evaluation for each metal."
        )
    )
    doc.add(
        Table(
            [
                "metal",
                "ours Eq. 63",
                "ours LCAO-II x Na factor",
                "DF (a)",
                "Eq. 63/DF(a)",
                "difference",
                "recipe/DF(a)",
                "DF (b)",
                "ENR",
                "Eq. 63/ENR",
            ],
            [
                [
                    r["metal"],
                    r["ours_exact"],
                    r["ours_lcao2_times_na_factor"],
                    r["paper_a"],
                    r["ratio_exact_to_paper_a"],
                    _pct(r["ratio_exact_to_paper_a"]),
                    r["ratio_recipe_to_paper_a"],
                    r["paper_b"],
                    r["enr"],
                    r["ratio_exact_to_enr"],
                ]
                for r in c["table_II"]
            ],
            "DF Table II: (a) MC-corrected, (b) with the s-occupancy correction Eq. 81, (c) ENR (LDA)",
        )
    )
    e = c["eq81"]
    doc.add(Heading("Eq. 81: s-occupancy correction", 3))
    doc.add(Paragraph(e["statement"]))
    doc.add(
        Table(
            ["quantity", "value"],
            [
                ["n_s(Li) (DF, Papaconstantopoulos)", e["s_fraction_Li"]],
                ["factor n_s(Li)^2 / n_s(Rb)^2, n_s(Rb) = 1 assumed", e["factor_Li_assuming_ns_Rb_1"]],
                ["ours Eq. 63 (Li) x factor", e["ours_exact_Li_times_factor"]],
                ["DF Table II (b), Li", e["paper_b_Li"]],
                ["DF (b)/(a) for Li", e["paper_b_over_a_Li"]],
                ["n_s(Rb) that DF's (b)/(a) implies with n_s(Li) = 0.52", e["implied_ns_Rb_from_paper"]],
            ],
        )
    )
    doc.add(
        Table(
            ["metal", "DF (b)/(a)", "implied n_s / n_s(Rb) = sqrt((b)/(a))"],
            [[m, r**2, r] for m, r in e["implied_ns_ratio_to_Rb"].items()],
            "What DF's own Table II columns imply (read back from their numbers; not a source of n_s)",
        )
    )
    doc.add(
        Paragraph(
            "DF's own Li row is not reproduced by 0.52^2 with a fully s-like Rb: their (b)/(a) = "
            f"{fmt(e['paper_b_over_a_Li'])} against 0.52^2 = {fmt(e['factor_Li_assuming_ns_Rb_1'])}; it needs "
            f"n_s(Rb) = {fmt(e['implied_ns_Rb_from_paper'])}, which DF do not state."
        )
    )


def _convergence_section(doc: Document, results: dict, stage: Path, plots: dict) -> None:
    doc.add(Heading("LCAO-II convergence in neighbour shells"))
    doc.add(Paragraph("DF: " + paper.STATEMENTS["shell_convergence"] + "."))
    rows = []
    for m in METALS:
        conv = results["shell_convergence"].get(m)
        s = shell_series(conv)
        if not s:
            continue
        shells, s0 = s
        within = next(
            (n for i, n in enumerate(shells) if all(abs(w / s0[-1] - 1) <= 0.05 for w in s0[i:])),
            None,
        )
        refused = (
            [r["shells"] for r in conv if isinstance(r, dict) and r.get("S0") is None] if isinstance(conv, list) else []
        )
        full = (results["stopping"].get(m) or {}).get("lcao2") or {}
        last = conv[-1] if isinstance(conv, list) and conv and isinstance(conv[-1], dict) else {}
        rows.append(
            [
                m,
                " ".join(f"{n}:{fmt(v / s0[-1], 3)}" for n, v in zip(shells, s0, strict=True)),
                " ".join(str(n) for n in refused) or None,
                shells[-1],
                s0[-1],
                (last.get("error_parts") or {}).get("shells"),
                within,
                full.get("shells"),
                _ratio(s0[-1], full.get("S0")),
                (full.get("error_parts") or {}).get("shells"),
            ]
        )
    if rows:
        doc.add(
            Table(
                [
                    "metal",
                    "N:S0(N)/S0(N_max)",
                    "N refused (S(k) <= 0)",
                    "N_max",
                    "S0(N_max)",
                    "shell error of S0(N_max)",
                    "first N within 5 % of S0(N_max) from there on",
                    "default shells",
                    "S0(N_max)/S0(default)",
                    "shell error of S0(default)",
                ],
                rows,
                "S0(N_max)/S0(default) says whether N_max is converged: it compares with LCAO-II at the evaluator's "
                "default number of shells (the S0 of the tables above). Shell error: the largest change of S0 over "
                "the truncations up to 1.5 pi/k_F further out in radius (the error part 'shells').",
            )
        )
    doc.add(_missing(results, "shell_convergence"))
    for m in METALS:
        conv = results["shell_convergence"].get(m)
        if conv is not None and shell_series(conv) is None:
            doc.add(*_records_block(conv, f"{m}: shell convergence (raw)"))
    if plots.get("shell_convergence") == "shell_convergence.png":
        doc.add(Image(stage / "shell_convergence.png", "LCAO-II S0 against the number of neighbour shells"))


def _eq69_section(doc: Document, results: dict) -> None:
    doc.add(Heading("How good is Eq. 69 (Ibar^R(q) ~ S(R) I(q))?"))
    doc.add(
        Paragraph(
            "DF approximate the two-centre transforms Ibar^R(q) of Eq. 66 by S(R) I(q) (Eq. 69), which turns the "
            "full Eq. 63 into LCAO-II (Eq. 72); DF's Monte Carlo evaluation of Eq. 63 for Na gave 0.085 against "
            "0.056 (a factor 1.52). Here Eq. 66 is computed deterministically."
        )
    )
    acc = results["eq69_accuracy"]
    summary, per_shell = [], None
    for m in METALS:
        v = acc.get(m)
        if not isinstance(v, dict):
            continue
        shells = v.get("per_shell") or []
        l2, ex = _s0(results, m, "lcao2"), _s0(results, m, "exact")
        summary.append(
            [
                m,
                v.get("shells"),
                v.get("eq69_max_error_rel_S_R_shell1"),
                v.get("eq69_max_error_rel_S_R_all"),
                v.get("transform_quadrature_error"),
                l2,
                ex,
                _ratio(ex, l2),
            ]
        )
        if m == NA:
            per_shell = shells
    if summary:
        doc.add(
            Table(
                [
                    "metal",
                    "shells",
                    "max |Ibar - S I| / S(R), shell 1",
                    "same, all shells",
                    "transform quadrature error",
                    "S0 LCAO-II (Eq. 72)",
                    "S0 Eq. 63",
                    "Eq. 63 / Eq. 72",
                ],
                summary,
                "Errors over 0 <= q <= 2 k_F; S0 from the stopping evaluations above, each with its model's "
                f"default shells (Eq. 72: {_shells(results, 'lcao2')}, Eq. 63: {_shells(results, 'exact')}). "
                f"DF's factor for Na: 0.085/0.056 = {fmt(paper.EQ80_NA.value / paper.TABLE_I['lcao2'].value)}",
            )
        )
    if per_shell:
        doc.add(*_records_block(per_shell, f"{NA}: Eq. 69 error shell by shell"))
    doc.add(_missing(results, "eq69_accuracy"))


def _channelling_section(doc: Document, results: dict, stage: Path, plots: dict) -> None:
    doc.add(Heading("Channelling along [100] in Na (Eqs. 60-61, Fig. 3)"))
    ch = results.get("channelling")
    if ch is None:
        doc.add(_missing(results, "channelling"))
        return
    res = ch.get("result")
    if isinstance(res, dict) and isinstance(res.get("map"), dict):
        doc.add(
            Paragraph(
                "Method: S_R of DF Eq. 61 with every G perpendicular to v summed in real space (Poisson summation of "
                "the G series of Eq. 60, LCAO-II with Eq. 69), normalised by S0 of the same Lebedev rule; "
                "docs/channelling.md section 4."
            )
        )
        low_au = res["low_half_mean"] * res["S0"] if res.get("S0") is not None else None
        ours_range = (
            f"{res['range'] * 100:.0f} % of S0 with the rows, {res['range_outside_rows'] * 100:.0f} % outside discs "
            f"of {res['row_disc']:g} a around them, {res['range_outside_peaks'] * 100:.0f} % outside the peaks"
        )
        rows = [
            {
                "quantity": "variation over the plane",
                "DF": paper.STATEMENTS["channelling_variation"],
                "ours": ours_range,
            },
            {
                "quantity": "half plane with the lowest stopping",
                "DF": paper.STATEMENTS["channelling_half_plane"],
                "ours": f"{res['low_half_mean'] * 100:.0f} % of S0" + (f" ({fmt(low_au)} a.u.)" if low_au else ""),
            },
            {
                "quantity": "with the symmetric term I_kk'(q+G) I_k'k(q)",
                "DF": "not included",
                "ours": f"range {res['symmetric']['range'] * 100:.0f} %, low half "
                f"{res['symmetric']['low_half_mean'] * 100:.0f} % of S0",
            },
        ]
        doc.add(*_records_block(rows, "DF's statements beside ours"))
        scalars = {
            k: res[k]
            for k in (
                "S0",
                "min",
                "max",
                "range",
                "low_half_mean",
                "error",
                "converged",
                "tolerance",
                "grid",
                "seconds",
            )
            if k in res
        }
        doc.add(*_records_block(scalars, "Channelling figures (S_R / S0 unless a.u.)"))
        if isinstance(res.get("error_parts"), dict):
            doc.add(*_records_block(res["error_parts"], "Error parts (fraction of S0)"))
        for key, title in (
            ("g_series", "G series check: max |S_R(direct) - S_R(n stars)| / S0"),
            ("S_G", "S_G / S0 (first stars)"),
        ):
            if isinstance(res.get(key), list) and res[key]:
                doc.add(*_records_block(res[key], title))
        for w in res.get("warnings", []):
            doc.add(Paragraph("Warning: " + str(w)))
    elif isinstance(res, dict):
        doc.add(Paragraph("DF: " + paper.STATEMENTS["channelling_variation"] + "."))
    if plots.get("channelling") == "channelling.png":
        doc.add(Image(stage / "channelling.png", "S_R / S0 over the (100) plane (cf. DF Fig. 3)"))
    elif ch.get("plot"):
        doc.add(Paragraph(f"Plot: {ch['plot']}"))


def _sensitivity_section(doc: Document, results: dict) -> None:
    doc.add(Heading(f"Sensitivity of LCAO-II S0 ({NA}) to the inputs the paper leaves open"))
    rows = results.get("sensitivity")
    if rows is None:
        doc.add(_missing(results, "sensitivity"))
        return
    doc.add(
        Table(
            ["input", "change", "baseline value", "value", "S0 LCAO-II (a.u.)", "S0 change"],
            [
                [
                    r["input"],
                    r["how"],
                    r.get("baseline_value"),
                    r["value"],
                    r["S0_lcao2"],
                    r["change"] and f"{r['change'] * 100:+.1f} %",
                ]
                for r in rows
            ],
        )
    )
    doc.add(_missing(results, "sensitivity"))


def _wind_section(doc: Document, results: dict, stage: Path, plots: dict) -> None:
    doc.add(Heading("Electron-wind friction Q(r_s) (Das Eq. 12)"))
    w = results.get("wind")
    if w is None:
        doc.add(_missing(results, "wind"))
        return
    doc.add(*_records_block(w.get("table"), "Wind table"))
    if plots.get("wind") == "wind_Q_rs.png":
        doc.add(Image(stage / "wind_Q_rs.png", "Q(r_s)"))
    elif w.get("plot"):
        doc.add(Paragraph(f"Plot: {w['plot']}"))


def _mpmath_section(doc: Document, results: dict) -> None:
    doc.add(Heading("mpmath checks of the quadratures"))
    m = results.get("mpmath_checks")
    if m is None:
        doc.add(_missing(results, "mpmath_checks"))
        return
    if isinstance(m, list):  # the double-precision value in full, to set beside the mpmath digits
        m = [
            {k: (f"{v:.17g}" if k == "quadrature" and isinstance(v, float) else v) for k, v in r.items()}
            if isinstance(r, dict)
            else r
            for r in m
        ]
    doc.add(*_records_block(m, "Each quadrature re-done with mpmath (>= 25 digits)"))


def _timing_section(doc: Document, results: dict) -> None:
    doc.add(Heading("Timing"))
    t = results["timing"]
    doc.add(
        Paragraph(
            f"Evaluations {t['compute_seconds']:.1f} s, with plots {t.get('total_seconds_before_writing', 0):.1f} s "
            "(wall clock inside `run_report`, excluding interpreter start-up), "
            f"executor `{results['provenance']['executor']['kind']}`. Every wall-clock figure is in results.json "
            f"`timing`, none among the physics ({len(t.get('fields', {}))} reported inside the tasks' results, "
            "under `timing.fields` by JSON pointer)."
        )
    )
    doc.add(Table(["task", "seconds (in its worker)"], sorted(t["tasks"].items(), key=lambda kv: -kv[1])))


def he_friction(metal: str) -> dict:
    """He (Z1 = 2) at the metal's r_s: the KS-LDA friction (phase shifts, X-10) and the linear-response friction
    of a bare Z = 2 charge (Das Eq. 12 corrected, ``evaluate wind``), on the same r_s."""
    from slowion.evaluate.constants import metal_data
    from slowion.evaluate.friction import friction_result
    from slowion.evaluate.wind import wind_result

    rs = metal_data(metal).rs
    return {"ks": friction_result(2.0, rs, "lda"), "wind_Z2": wind_result(rs=rs, Z=2.0)["Q"]}


#: our stopping models beside the KS-LDA friction (labels of the report's He table)
FRICTION_MODELS = {"feg": "FEG", "lcao1": "LCAO-I", "lcao2": "LCAO-II", "exact": "Eq. 63"}


def friction_comparison(results: dict) -> dict | None:
    """The He table of the KS-LDA section: our Q, ENR, our four DF models and the bare-charge linear response, each
    with its ratio to our KS-LDA Q; and, per metal, which model lies nearest (smallest |log ratio|), computed."""
    from slowion.evaluate.friction import friction_section_rows

    he = results.get("friction") or {}
    ks = {m: v["ks"] for m, v in he.items() if isinstance(v, dict) and isinstance(v.get("ks"), dict)}
    if not ks:
        return None
    others = {label: {m: _s0(results, m, model) for m in ks} for model, label in FRICTION_MODELS.items()}
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


def _friction_section(doc: Document, results: dict) -> None:
    doc.add(Heading("First-principles reference: KS-LDA friction of He in jellium (ENR method)"))
    c = results.get("friction_comparison")
    if not c:
        doc.add(_missing(results, "friction"))
        return
    rows = c["rows"]
    names = [*FRICTION_MODELS.values(), "DF (a)", "linear response Z=2"]
    doc.add(
        Table(
            ["metal", "r_s", "KS-LDA Q", "± error", "Friedel sum", "ENR (DF II c)", "KS/ENR"]
            + [f"{n} / KS" for n in names],
            [
                [r["metal"], r["rs"], r["Q_ks_lda"], r["Q_error"], r["friedel_sum"], r["Q_enr"], r["ratio_to_enr"]]
                + [r.get(f"{n}/KS") for n in names]
                for r in rows
            ],
            "He (Z1 = 2): our self-consistent KS-LDA friction Q (a.u.), ENR's LDA values as printed in DF Table II "
            "column c, and each model's S0 (or Q) divided by our KS-LDA Q",
        )
    )
    lines = [f"{m}: {v['model']} ({v['ratio']:.3g} x KS-LDA)" for m, v in c["nearest_to_ks"].items()]
    doc.add(
        Paragraph(
            "Nearest to the first-principles value, per metal (smallest |log ratio| among our four DF models and DF's "
            "printed Table II (a)): " + "; ".join(lines) + ". The linear-response friction of a bare Z = 2 charge "
            "(the weak-coupling limit of the same physics, X-12) shows how far He is from the Born limit. Method, "
            "convergence and the Born-limit test: docs/friction.md."
        )
    )
