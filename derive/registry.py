"""The identity registry: every derivation module contributes its :class:`Identity` records and chain checks.

Each module listed in :data:`DERIVATION_MODULES` defines ``identities() -> list[Identity]`` and may define
``chain_checks() -> list[ChainCheck]``. The list is explicit (no discovery by file name) so that the audit order
is stable and a module that fails to import is an error, not a silent omission. The functions take the modules as
an argument (default: all of them), so that a caller audits a part of the registry (the report audits the modules
in parallel, one per task) without changing this module's state.
"""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Sequence
from functools import cache

from slowion.derive.identity import GROUPS, STATUSES, ChainCheck, Identity

DERIVATION_MODULES: tuple[str, ...] = (
    "slowion.derive.hamiltonian",  # DF 1-5
    "slowion.derive.he_metal",  # DF 15-24
    "slowion.derive.three_state",  # DF 25-42
    "slowion.derive.power_loss",  # DF 10-14, 45-48, 66-78, X-6 to X-8
    "slowion.derive.stopping",  # the low-velocity closed forms
    "slowion.derive.green",  # DF 8, 55-56
    "slowion.derive.dielectric",  # Das 1-8
    "slowion.derive.wind",  # Das 9-12, A, B, X-1
    "slowion.derive.friction",  # phase-shift friction, Friedel sum, Born limit
)


@cache
def _module(name: str):
    return importlib.import_module(name)


def all_identities(modules: Sequence[str] = DERIVATION_MODULES) -> list[Identity]:
    """The identity records of ``modules`` (default: the whole registry), in module order; keys are unique."""
    out: list[Identity] = []
    for name in modules:
        out.extend(_module(name).identities())
    keys = Counter(i.key for i in out)
    dup = [k for k, n in keys.items() if n > 1]
    if dup:
        raise RuntimeError(f"duplicate identity keys: {dup}")
    return out


def all_chain_checks(modules: Sequence[str] = DERIVATION_MODULES) -> list[ChainCheck]:
    """The chain checks of ``modules`` (default: the whole registry), in module order."""
    out: list[ChainCheck] = []
    for name in modules:
        mod = _module(name)
        if hasattr(mod, "chain_checks"):
            out.extend(mod.chain_checks())
    return out


def summary(identities: list[Identity]) -> dict[str, int]:
    """Counts per group of the audit (errors in every reading, convention-dependent, conversion typos, verified,
    definitions, conditional on an approximation, open)."""
    counts = Counter(i.group for i in identities)
    return {g: counts.get(g, 0) for g in GROUPS}


def status_counts(identities: list[Identity]) -> dict[str, int]:
    counts = Counter(i.status for i in identities)
    return {s: counts.get(s, 0) for s in STATUSES}
