"""Registry-wide: no status could have come out otherwise.

Every record is audited once (tests/audit_records.py); the per-record checks, the printed form mutated times 2 and
with its sign flipped among them, are in tests/test_audit_status.py (one test per key). Here: each verdict that
depends on a reading of the paper must follow the reading: swapping what the readings mean swaps the verdicts.
"""

import dataclasses

import pytest
import sympy as sp
from audit_records import audited

from slowion.derive.coverage import REASONS, not_checked
from slowion.derive.identity import Convention, Defect, Reading


def registry() -> dict:
    return audited()


def test_every_numbered_equation_has_a_record_or_a_reason():
    keys = set(registry())
    assert not_checked(keys)  # raises if one has neither
    assert sorted(k for k in REASONS if k in keys) == [], "a reason for an equation that has a record"


def _swapped(conv: Convention) -> Convention:
    """The same readings (names, quotes) with their meanings exchanged (two readings)."""
    a, b = conv.readings
    return Convention(
        conv.name, (Reading(a.name, a.quote, b.substitution), Reading(b.name, b.quote, a.substitution)), conv.adopted
    )


def _other(name: str, convs) -> str:
    """The name of the reading combination with every reading exchanged for its partner."""
    partner = {}
    for c in convs:
        a, b = c.readings
        partner[a.name], partner[b.name] = b.name, a.name
    return " + ".join(partner[p] for p in name.split(" + "))


def _reading_dependent() -> list[tuple[str, str]]:
    out = []
    for key, rec in registry().items():
        for d in rec.audit().defects:
            if d.present and not d.every_reading:
                out.append((key, d.title))
    return out


def test_the_reading_dependent_verdicts_are_those_the_issue_names():
    found = {k for k, _ in _reading_dependent()}
    assert {"DF-14", "Das-2", "Das-7", "Das-8", "Das-10", "Das-11", "Das-12", "Das-B.4", "Das-B.5"} <= found


@pytest.mark.parametrize(("key", "title"), _reading_dependent(), ids=lambda v: v[:40])
def test_a_reading_dependent_verdict_flips_when_the_readings_are_exchanged(key, title):
    rec = registry()[key]
    swap = {c.name: _swapped(c) for c in rec.conventions}
    for d in rec.defects:
        for c in d.conventions:
            swap.setdefault(c.name, _swapped(c))
    defects = tuple(dataclasses.replace(d, conventions=tuple(swap[c.name] for c in d.conventions)) for d in rec.defects)
    flipped = dataclasses.replace(rec, conventions=tuple(swap[c.name] for c in rec.conventions), defects=defects)
    before = next(d for d in rec.audit().defects if d.title == title)
    after = next(d for d in flipped.audit().defects if d.title.split(" (")[0] == title.split(" (")[0])
    assert not before.every_reading and not after.every_reading
    for name, ok in before.right_in.items():
        assert after.right_in[_other(name, list(swap.values()))] == ok, (name, before.right_in, after.right_in)


def test_df14_is_right_with_chi_per_spin_and_twice_too_large_with_chi_spin_summed():
    (d,) = registry()["DF-14"].audit().defects
    assert d.kind == "factor" and d.right_in == {"chi spin-summed": False, "chi per spin direction": True}
    assert "spin has been added up" in d.quotes["chi per spin direction"]


def test_das12_sign_depends_on_what_u_is_but_support_and_divergence_hold_in_every_reading():
    res = registry()["Das-12"].audit()
    assert res.status == "erratum"
    by_kind = {(d.kind, d.title.split(":")[0][:25]): d for d in res.defects}
    sign = next(d for d in res.defects if d.kind == "sign")
    assert sign.right_in == {"u the ion's velocity": False, "u the electrons' drift": True}
    supports = [d for d in res.defects if d.kind == "support"]
    assert len(supports) == 2 and all(d.every_reading for d in supports), by_kind


def test_das2_coupling_is_wrong_in_every_reading_and_its_infinitesimal_is_one_choice_of_two():
    res = registry()["Das-2"].audit()
    dim = next(d for d in res.defects if d.kind == "dimension")
    sign = next(d for d in res.defects if d.kind == "sign")
    assert dim.every_reading and not sign.every_reading
    assert sum(sign.right_in.values()) == 2  # two of the four readings make +is right
    note = registry()["Das-2"].as_record()["note"]
    assert "X_2 = 2*q_z*u/q" in note and "none (of 4)" in note


def test_das8_b4_b5_keep_their_corrections():
    for key in ("Das-8", "Das-B.4", "Das-B.5"):
        res = registry()[key].audit()
        assert res.status == "erratum" and res.corrected is not None


def test_das10_lost_i_is_a_conversion_typo_and_its_kernel_sign_a_convention():
    res = registry()["Das-10"].audit()
    assert res.status == "typo"
    kinds = {d.kind: d for d in res.defects}
    assert kinds["conversion_typo"].conversion_typo and kinds["conversion_typo"].every_reading
    assert not kinds["kernel"].every_reading


def test_df16T_and_every_record_that_inherits_its_assumption_are_conditional_on_it():
    recs = registry()
    on_h = {k for k, r in recs.items() if any("<psi_M|H|psi_He> = S E_He" in c for c in r.audit().conditional_on)}
    on_hk = {k for k, r in recs.items() if any("<psi_k|H|psi_He> = S_kHe E_He" in c for c in r.audit().conditional_on)}
    assert {"DF-16T", "DF-19", "DF-20", "DF-21", "DF-24"} <= on_h
    assert {"DF-31", "DF-33", "DF-34", "DF-36", "DF-38", "DF-42"} <= on_hk
    assert all(recs[k].status == "conditional" for k in on_h | on_hk)


@pytest.mark.parametrize("printed", ["7*E_M**3*S", "42"])
def test_df16T_with_another_printed_hopping_is_an_erratum(printed):
    from slowion.derive import he_metal

    form = sp.sympify(printed, locals={"E_M": he_metal.E_M, "S": he_metal.S})
    assert dataclasses.replace(registry()["DF-16T"], printed=form).status == "erratum"


def test_summary_counts_every_record_once():
    from slowion.derive.registry import summary

    counts = summary(list(registry().values()))
    assert sum(counts.values()) == len(registry())
    assert counts["definition"] >= 10 and counts["convention"] >= 2


def test_defect_kinds_are_checked():
    with pytest.raises(ValueError):
        Defect("colour", "not a kind", sp.Integer(1), sp.Integer(2))
