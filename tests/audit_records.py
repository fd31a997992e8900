"""The registry's records and chain checks, built and audited once per test session.

Shared by the registry-wide tests (tests/test_audit_status.py, tests/test_audit_mutation.py, tests/test_key_spine.py),
so that one pytest run derives and audits every record once.
"""

from __future__ import annotations

import re
from functools import cache

from slowion.derive.identity import ChainCheck, Identity
from slowion.derive.registry import all_chain_checks, all_identities

#: an equation key as the audit spells it (DF-34, DF-16T, Das-12, Das-B.4, X-9)
KEY = re.compile(r"(?<![\w.-])(DF|Das|X)-(?:[AB]\.)?[0-9]+[A-Z]?(?![\w.])")


@cache
def records() -> dict[str, Identity]:
    """key -> record, in registry order, not yet audited (building them runs the derivations)."""
    return {i.key: i for i in all_identities()}


@cache
def audited() -> dict[str, Identity]:
    """key -> record, every one audited (the status is computed once and cached on the record)."""
    recs = records()
    for r in recs.values():
        r.audit()
    return recs


@cache
def chain_checks() -> tuple[ChainCheck, ...]:
    return tuple(all_chain_checks())


def keys_named_in(text: str) -> set[str]:
    """The equation keys a chain check's name mentions: 'DF-19 = DF-15 + DF-17', 'DF-4/5' (DF-4 and DF-5)."""
    out = set()
    for m in re.finditer(r"(?<![\w.-])((?:DF|Das|X)-)((?:[AB]\.)?[0-9]+[A-Z]?)((?:/[0-9]+[A-Z]?)*)(?![\w.])", text):
        prefix, first, more = m.groups()
        out.add(prefix + first)
        out.update(prefix + n for n in more.split("/")[1:])
    return out
