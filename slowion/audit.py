"""``slowion audit``: derive every identity, compare with the printed form, print the table or JSON."""

from __future__ import annotations

import json
import sys
import textwrap
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor

from slowion.base.workers import worker_count
from slowion.derive.coverage import not_checked
from slowion.derive.identity import GROUPS, ChainCheck, Identity
from slowion.derive.registry import DERIVATION_MODULES, all_chain_checks, all_identities, status_counts, summary

#: jobs of the worker processes, longest first (measured, docs/performance.md): modules that share derivations
#: (three_state uses he_metal's integrals, wind and friction the Lindhard forms of dielectric, stopping the power
#: loss of power_loss) run in one process, so that the shared derive caches are filled once. A module in no job is
#: a job of its own. The merged document is in registry order whatever the jobs.
_JOBS: tuple[tuple[str, ...], ...] = (
    ("slowion.derive.hamiltonian", "slowion.derive.he_metal", "slowion.derive.three_state"),
    ("slowion.derive.dielectric", "slowion.derive.wind", "slowion.derive.friction"),
    ("slowion.derive.green",),
    ("slowion.derive.power_loss", "slowion.derive.stopping"),
)


def _jobs(modules: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The modules grouped into the jobs of :data:`_JOBS` (only those asked for), then one job per other module."""
    jobs = [tuple(m for m in job if m in modules) for job in _JOBS]
    grouped = {m for job in _JOBS for m in job}
    return [job for job in jobs if job] + [(m,) for m in modules if m not in grouped]


def _job_documents(modules: tuple[str, ...]) -> dict[str, dict]:
    """module -> its audit document, for the modules of one job, in one process (shared derive caches)."""
    return {m: module_document(m) for m in modules}


def module_document(module: str) -> dict:
    """The audit document of one derivation module (``complete=False``: its part of the registry)."""
    return audit_document(all_identities((module,)), all_chain_checks((module,)), complete=False)


def audit_records(modules: Sequence[str] = DERIVATION_MODULES, workers: int | None = None) -> dict:
    """The JSON document of ``slowion audit --json`` for ``modules`` (default: the whole registry), plus the chain
    checks and the numbered equations that have no record, each with the reason there is nothing to check.

    The modules are independent derivations: with more than one worker (``workers``, default
    :func:`slowion.base.workers.worker_count`: ``$SLOWION_WORKERS`` or one per CPU; 1 = serial) each is audited in
    its own worker process and the documents are merged in registry order (:func:`merge_documents`): the same
    document as the serial run (tests/test_pipeline_parallel.py compares the two).
    """
    modules = tuple(modules)
    complete = modules == DERIVATION_MODULES
    n = worker_count(len(_jobs(modules))) if workers is None else max(1, min(workers, len(modules)))
    if n == 1:
        return audit_document(all_identities(modules), all_chain_checks(modules), complete=complete)
    jobs = _jobs(modules)
    docs: dict[str, dict] = {}
    with ProcessPoolExecutor(max_workers=min(n, len(jobs))) as pool:
        for part in pool.map(_job_documents, jobs):
            docs.update(part)
    parts = [docs[m] for m in modules]
    return merge_documents(parts, complete=complete)


def merge_documents(parts: list[dict], complete: bool = False) -> dict:
    """One audit document from per-module documents, in the order given: identities and chain checks concatenated,
    summary and status counts added, consistent if every part is; the numbered equations without a record are
    those of the merged records (``complete``: the parts are the whole registry, so each must have its reason).
    Duplicate keys across modules are an error, as in the registry."""
    identities = [r for p in parts for r in p["identities"]]
    keys = [r["key"] for r in identities]
    dup = sorted({k for k in keys if keys.count(k) > 1})
    if dup:
        raise RuntimeError(f"duplicate identity keys: {dup}")
    return {
        "identities": identities,
        "summary": _add_counts(p["summary"] for p in parts),
        "statuses": _add_counts(p.get("statuses") or {} for p in parts),
        "not_checked": not_checked(set(keys), strict=complete),
        "chain_checks": [c for p in parts for c in p["chain_checks"]],
        "consistent": all(p["consistent"] for p in parts),
    }


def _add_counts(counts: Iterable[dict[str, int]]) -> dict[str, int]:
    out: dict[str, int] = {}
    for c in counts:
        for name, n in c.items():
            out[name] = out.get(name, 0) + n
    return out


def audit_document(ids: list[Identity], chains: list[ChainCheck], complete: bool = True) -> dict:
    """The audit document of these records and chain checks (each record is audited here, once).

    ``complete``: the records are those of the whole registry, so every numbered equation without one must have
    a reason (:func:`slowion.derive.coverage.not_checked` raises otherwise); a part of the registry only lists the
    reasons of the equations it does not record.
    """
    return {
        "identities": [i.as_record() for i in ids],
        "summary": summary(ids),
        "statuses": status_counts(ids),
        "not_checked": not_checked({i.key for i in ids}, strict=complete),
        "chain_checks": [
            {"name": c.name, "holds": c.holds, "method": c.verdict().method, "witness": c.verdict().witness}
            for c in chains
        ],
        "consistent": all(c.holds for c in chains),
    }


def _defect_line(d: dict) -> str:
    kind = d["kind"] + (", conversion typo" if d["conversion_typo"] else "")
    if d["every_reading"]:
        verdict = "holds in every reading"
    else:
        right = [r["reading"] for r in d["readings"] if r["printed_right"]]
        wrong = [r["reading"] for r in d["readings"] if not r["printed_right"]]
        verdict = (
            f"depends on the reading: right under {'; '.join(right)}; wrong under {'; '.join(wrong)}"
            f" (adopted: {d['adopted']})"
        )
    return f"  - [{kind}] {d['title']}: {verdict}"


def _table(doc: dict) -> str:
    rows = [("key", "status", "group", "title")]
    for r in doc["identities"]:
        rows.append((r["key"], r["status"], r["group"], r["title"]))
    w = [max(len(r[i]) for r in rows) for i in range(3)]
    lines = [f"{k:<{w[0]}}  {s:<{w[1]}}  {g:<{w[2]}}  {t}" for k, s, g, t in rows]
    lines.append("")
    for r in doc["identities"]:
        if r["status"] not in ("verified", "definition"):
            body = f"{r['key']} [{r['status']}]: {r['note']}"
            if r["corrected"]:
                body += f" Corrected: {r['corrected']}"
            lines.append(textwrap.fill(body, width=110, subsequent_indent="    "))
            for d in r.get("defects", []):
                lines.append(textwrap.fill(_defect_line(d), width=110, subsequent_indent="      "))
    lines.append("")
    lines.append("numbered equations without a record (nothing to check):")
    for nc in doc["not_checked"]:
        lines.append(textwrap.fill(f"  {nc['key']}: {nc['reason']}", width=110, subsequent_indent="      "))
    lines.append("")
    lines.append("summary: " + ", ".join(f"{GROUPS[k]} {v}" for k, v in doc["summary"].items()))
    lines.append("statuses: " + ", ".join(f"{k} {v}" for k, v in doc["statuses"].items()))
    bad = [c for c in doc["chain_checks"] if not c["holds"]]
    lines.append(
        f"chain checks: {len(doc['chain_checks']) - len(bad)}/{len(doc['chain_checks'])} hold"
        + ("" if not bad else "; FAILING: " + ", ".join(c["name"] for c in bad))
    )
    return "\n".join(lines)


def run_audit(as_json: bool = False) -> int:
    """Print the audit; exit 1 only if our own derivation chain is inconsistent (never for a paper erratum)."""
    doc = audit_records()
    if as_json:
        json.dump(doc, sys.stdout, indent=2, allow_nan=False)
        sys.stdout.write("\n")
    else:
        print(_table(doc))
    return 0 if doc["consistent"] else 1
