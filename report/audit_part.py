"""The checks of the report: the audit (one task per derivation module, merged), the drift check of generated/ and
the formulas of every record as MathML.

The audit of one module is ``slowion audit``'s own function on that module (:func:`slowion.audit.audit_document`
over :func:`slowion.derive.registry.all_identities` of the one module), so that the modules audit in parallel and
the merged document is exactly that of ``slowion audit --json``. The same task writes each record's printed and
derived forms as presentation MathML from the SymPy expressions the audit compared (not from retyped LaTeX).
"""

from __future__ import annotations

from collections.abc import Sequence

from slowion.audit import audit_document, merge_documents
from slowion.codegen import driver
from slowion.derive import registry
from slowion.derive.identity import Identity
from slowion.report.mathml import to_mathml

#: the forms of a record the report shows, in order
FORMS = ("printed", "derived")


def audit_module_names() -> tuple[str, ...]:
    """The derivation modules of the registry, in audit order (one audit task each)."""
    return tuple(registry.DERIVATION_MODULES)


def audit_part(module: str) -> dict:
    """``{"audit": <the audit document of one derivation module>, "formulas": <its forms as MathML>}``.

    The document equals ``slowion.audit.audit_records((module,))``; :func:`merge_audit` joins the parts.
    """
    ids = registry.all_identities((module,))
    doc = audit_document(ids, registry.all_chain_checks((module,)), complete=False)
    return {"audit": doc, "formulas": formulas(ids, doc["identities"])}


def formulas(ids: Sequence[Identity], records: Sequence[dict]) -> dict[str, dict[str, str | None]]:
    """key -> {"printed": <math>, "derived": <math>}: each form of each record as a MathML element (alttext: its
    LaTeX). None for a form the record does not have, or one SymPy's printer cannot write (the report then shows
    the LaTeX source and says so)."""
    out: dict[str, dict[str, str | None]] = {}
    for idn, rec in zip(ids, records, strict=True):
        shown: dict[str, str | None] = {}
        for label in FORMS:
            form = getattr(idn, label)
            shown[label] = None
            if form is not None:
                try:
                    shown[label] = to_mathml(form, label=rec.get(f"{label}_latex"))
                except Exception:  # a form the MathML printer does not know: shown as LaTeX source instead
                    shown[label] = None
        out[idn.key] = shown
    return out


def merge_audit(parts: list[dict], complete: bool = False) -> dict:
    """One audit document from per-module parts, in module order: ``slowion audit``'s own merge
    (:func:`slowion.audit.merge_documents`, the one its worker processes use), so the report's audit is that of
    ``slowion audit --json``. Duplicate keys across modules are an error, as in the registry."""
    return merge_documents(parts, complete=complete)


def join_audit(results: dict, not_computed: dict) -> dict[str, dict[str, str | None]]:
    """Replace the per-module parts in ``results`` by the merged ``audit`` (or say why it is not computed);
    returns the formulas of the records (for the HTML only: they do not go into results.json)."""
    parts = results.pop("audit_parts", None) or {}
    names = audit_module_names()
    failed = [name for name, p in parts.items() if p is None]
    shown: dict[str, dict[str, str | None]] = {}
    if not parts:
        not_computed["audit"] = "no derivation modules"
    elif failed:
        not_computed["audit"] = "derivation module(s) failed: " + "; ".join(
            not_computed.pop(f"audit_parts/{n}") for n in failed
        )
    else:
        ordered = [parts[n] for n in names if n in parts]
        complete = names == tuple(registry.DERIVATION_MODULES) and len(ordered) == len(names)
        try:
            results["audit"] = merge_audit([p["audit"] for p in ordered], complete=complete)
        except RuntimeError as exc:
            not_computed["audit"] = str(exc)
        for p in ordered:
            shown.update(p.get("formulas") or {})
    for name in parts:
        not_computed.pop(f"audit_parts/{name}", None)
    return shown


def generate_check() -> dict:
    """``slowion generate --check``: up to date?, and the report of what differs when not
    (:func:`slowion.codegen.driver.check_generated`, the function ``run_generate(check=True)`` uses)."""
    ok, diff = driver.check_generated(workers=1)  # this task already runs in one of the report's workers
    return {"exit_code": 0 if ok else 1, "ok": bool(ok), "output": diff}
