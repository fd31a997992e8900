"""Every record of the registry, one test each (ids = its key): the record's own checks hold.

No status is typed in here. For each record the test asks the evidence the audit computed to support the status it
computed: an erratum has a defect that holds in every reading the paper allows; a typo only conversion typos there;
a conditional record either a defect that one reading makes right and another wrong, or named approximations it
actually carries; a verified record or a definition no defect at all, and a printed form that, doubled or with its
sign flipped, is no longer verified; an open record no derivation and a reason. Every record accounts for its
differences with its named defects, and the chain checks that name it hold. `pytest -k Das-12` runs one record.
"""

from __future__ import annotations

import dataclasses

import pytest
import sympy as sp
from audit_records import audited, chain_checks, keys_named_in, records

from slowion.derive.identity import GROUPS, STATUSES

KEYS = list(records())


def _mutations(printed):
    """The printed form times 2 and with its sign flipped; a printed 0 (which neither changes) becomes +-1."""
    if isinstance(printed, sp.Equality):
        return [sp.Eq(2 * printed.lhs, printed.rhs), sp.Eq(-printed.lhs, printed.rhs)]
    zero = printed.is_zero_matrix if isinstance(printed, sp.MatrixBase) else sp.expand(printed) == 0
    if zero:
        return [sp.Integer(1), sp.Integer(-1)]
    return [2 * printed, -printed]


def _status_is_supported_by_its_evidence(rec) -> None:
    res = rec.audit()
    present = [d for d in res.defects if d.present]
    every_physics = [d for d in present if d.every_reading and not d.conversion_typo]
    every_typo = [d for d in present if d.every_reading and d.conversion_typo]
    reading_dependent = [d for d in present if not d.every_reading]
    if res.status == "open":
        assert rec.derived is None and rec.missing, "an open record says what the paper does not give"
    elif res.status == "erratum":
        assert every_physics, "an erratum has a defect of physics in every reading"
        for d in every_physics:
            assert not any(d.right_in.values()), d.title
    elif res.status == "typo":
        assert every_typo and not every_physics, "a typo is only conversion typos in every reading"
    elif res.status == "conditional" and res.group == "convention":
        assert reading_dependent, "a convention-dependent record has a defect that depends on the reading"
        for d in reading_dependent:
            assert any(d.right_in.values()) and not all(d.right_in.values()), d.title
    elif res.status == "conditional":
        assert res.group == "approximation" and res.conditional_on, "conditional on named approximations"
        assert set(res.conditional_on) <= {a.name for a in rec.approximations}
        assert not present, "an approximation does not hide a defect"
    else:
        assert res.status in ("verified", "definition") and not present
        assert (res.status == "definition") == bool(rec.definition)


def _a_mutated_printed_form_is_not_verified(rec) -> None:
    res = rec.audit()
    for mutated, change in zip(_mutations(rec.printed), ("factor", "sign"), strict=True):
        status = dataclasses.replace(rec, printed=mutated).status
        if status in ("verified", "definition") and res.status == "erratum":
            # the mutation undid the record's own erratum (a printed sign error flipped back): that is the correction
            assert res.difference.startswith(change), f"printed {mutated} is {status}"
            continue
        assert status not in ("verified", "definition"), f"printed {mutated} still {status}"


@pytest.mark.parametrize("key", KEYS, ids=KEYS)
def test_the_record_s_own_checks_hold(key: str) -> None:
    rec = audited()[key]
    res = rec.audit()
    assert res.status in STATUSES and res.group in GROUPS
    assert not [d.title for d in res.defects if "undeclared" in d.title], "named defects account for the forms"
    _status_is_supported_by_its_evidence(rec)
    if rec.derived is not None:
        _a_mutated_printed_form_is_not_verified(rec)
    for check in chain_checks():
        if key in keys_named_in(check.name):
            assert check.holds, f"{check.name}: {check.verdict().method} {check.verdict().witness}"


CHAINS = [c.name for c in chain_checks()]


@pytest.mark.parametrize("name", CHAINS, ids=CHAINS)
def test_every_chain_check_holds(name: str) -> None:
    (check,) = [c for c in chain_checks() if c.name == name]
    assert check.holds, f"{check.verdict().method} {check.verdict().witness}"


def test_chain_check_names_are_unique_and_keys_are_read_from_them() -> None:
    assert len(set(CHAINS)) == len(CHAINS)
    assert keys_named_in("DF-4/5: mean-field H") == {"DF-4", "DF-5"}
    assert keys_named_in("DF-19 = DF-15 + DF-17 (general bare h)") == {"DF-19", "DF-15", "DF-17"}
    assert keys_named_in("Das-B.5: V_ion-ion == -Z V^(1); DF-16T") == {"Das-B.5", "DF-16T"}
