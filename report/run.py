"""``slowion report``: the main job -- audit, drift check, every evaluation and check, paper comparisons, plots.

Writes ``out/``: ``results.json`` (everything machine-readable, with its ``provenance`` and ``timing`` blocks),
``report.md``, ``report.html`` (self-contained) and the PNG plots. The set is built in a staging directory beside
``out`` and replaces ``out`` as a whole (:func:`slowion.base.atomic.publish`): a reader, or a run killed at any moment,
sees the previous report or the new one, never a mixture. The heavy parts run as independent tasks
(:mod:`slowion.report.plan`) on one executor (:mod:`slowion.report.executor`, chosen by ``SLOWION_EXECUTOR``). A
part whose machinery is missing or fails is reported as "not computed: <reason>"; no number is ever filled in for it.

Exit code: 0, or 1 if one of our own derivation chains is inconsistent (audit), if the generated code is stale
(``generate --check``), or if either check could not be run at all. A paper erratum never makes the report fail.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import shutil
import signal
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from slowion.base import atomic
from slowion.base.atomic import atomic_write_text
from slowion.evaluate.paper import NA
from slowion.evaluate.paper_compare import comparisons, friction_comparison, paper_values
from slowion.report import plan
from slowion.report.audit_part import join_audit
from slowion.report.document import build_document
from slowion.report.executor import get_executor, resolve_kind
from slowion.report.html import to_html, to_markdown
from slowion.report.outdir import prepare_stage, report_directory
from slowion.report.plots import main_plots
from slowion.report.provenance import provenance, split_timing
from slowion.report.task import Task, jsonable, run_task


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


def compute(stage: Path, executor_kind: str | None = None) -> dict:
    """All numbers of the report (a dict ready for results.json); plots from workers land in ``stage``.

    Every wall-clock figure a task reports (keys named like ``seconds``) is moved out of the physics into
    ``timing["fields"]`` under its JSON pointer (:func:`slowion.report.provenance.split_timing`). The records'
    formulas (MathML, for the HTML only) are under ``_formulas``, removed before results.json is written.
    """
    started = datetime.datetime.now(datetime.UTC)
    t0 = time.perf_counter()
    results: dict[str, Any] = dict.fromkeys(plan.RESULT_KEYS)
    results.update(schema=plan.SCHEMA, stopping={}, shell_convergence={}, eq69_accuracy={}, friction={})
    not_computed: dict[str, str] = {}
    timing: dict[str, float] = {}
    with get_executor(executor_kind) as ex:
        executor = {"kind": ex.kind, "workers": ex.workers}
        tasks = plan.phase1_tasks(stage)
        _collect(results, not_computed, timing, tasks, ex.map(run_task, tasks, desc="slowion report: evaluations"))
        formulas = join_audit(results, not_computed)
        # phase 2: what needs phase 1 (the sensitivity table needs the Na LCAO-II inputs)
        base = (results["stopping"].get(NA) or {}).get("lcao2") or {}
        sensitivity = plan.sensitivity_plan(base)
        outcomes = ex.map(run_task, [t for *_, t in sensitivity], desc="slowion report: sensitivity")
    for (name, how, *_), res in zip(sensitivity, outcomes, strict=True):
        timing[f"sensitivity/{name} {how}"] = round(res["seconds"], 3)
    results["sensitivity"] = plan.sensitivity_rows(base, sensitivity, outcomes, not_computed)
    results["comparisons"] = comparisons(results)
    results["friction_comparison"] = friction_comparison(results)
    results["paper"] = paper_values()
    results["not_computed"] = not_computed
    physics, fields = split_timing({k: v for k, v in results.items() if k not in plan.RUN_SPECIFIC_KEYS})
    results.update(physics)
    results["provenance"] = provenance(executor, now=started)
    results["timing"] = {
        "compute_seconds": round(time.perf_counter() - t0, 2),
        "tasks": timing,
        "fields": {k: (round(v, 3) if isinstance(v, float) else v) for k, v in fields.items()},
    }
    results["_formulas"] = formulas
    return results


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
    formulas = results.pop("_formulas", {})
    plots = main_plots(stage, results)
    results["timing"]["total_seconds_before_writing"] = round(time.perf_counter() - t0, 2)
    doc = build_document(results, stage, plots, formulas)
    atomic_write_text(stage / "report.md", to_markdown(doc))
    atomic_write_text(stage / "report.html", to_html(doc))
    results["timing"]["total_seconds"] = round(time.perf_counter() - t0, 2)
    atomic_write_text(stage / "results.json", results_json(results))


def results_json(results: dict) -> str:
    """The text of results.json: strict JSON (no NaN or infinity: :func:`jsonable` makes them null)."""
    return json.dumps(jsonable(results), indent=2, allow_nan=False) + "\n"


@contextlib.contextmanager
def _terminate_as_exit() -> Iterator[None]:
    """SIGTERM raises SystemExit while the report is written, so that the staging directory is removed (as for
    Ctrl-C) instead of the process dying with it in place."""
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
        stage = prepare_stage(target, out)
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
