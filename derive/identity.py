"""Identity records: a printed paper equation beside its SymPy derivation, with a computed status.

An :class:`Identity` never carries a status typed in by hand. :meth:`Identity.audit` decides it from the
comparison of the printed and the derived forms, and from the comparison of each :class:`Defect` the record names:

* ``open``        -- the record has no derived form; ``missing`` says what the paper does not give;
* ``verified``    -- printed == derived in every reading the paper allows, exactly;
* ``definition``  -- the same, for a record that restates a definition (``definition`` names what it defines):
  the check can still fail, but it proves no result, so it is counted apart;
* ``conditional`` -- either every defect depends on a reading of the paper (a :class:`Convention`: the printed
  form is right in one reading the text allows and wrong in another), or printed == derived only after a named
  :class:`Approximation` (or a named assumption inherited through the derivation chain) applied to both sides;
* ``erratum``     -- at least one defect holds in every reading (and is not a conversion typo);
* ``typo``        -- the only defects that hold in every reading are typos of the text conversion (a lost i,
  'q_3' for q^3), marked apart from errors of physics.

A defect is a pair (printed piece, derived piece) compared under every combination of readings of its
conventions; its verdict (``every_reading``, and which readings make the printed piece right) is what the
comparisons give. A record without named defects has one implicit defect: the whole forms. The named defects
must account for the whole comparison: a reading in which the whole forms differ but no named defect holds adds an
undeclared ``term`` defect, and a named defect that holds in a reading where the whole forms agree is an error of
the record (``ValueError``).

Equality is decided symbolically first (``simplify`` of the difference, matrix entry by entry). SymPy's
``simplify`` can fail to reduce an expression that *is* zero, so a non-zero symbolic answer is then put to a
high-precision numeric test at random points (mpmath, ``NUMERIC_DPS`` digits) drawn from the ranges in
``domain``. The record says which method decided (``method``), so a reader knows whether the verdict is a proof
or strong numeric evidence. The comparison itself lives in :mod:`slowion.derive.compare`.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import sympy as sp

from slowion.derive.compare import (
    Form,
    Verdict,
    classify_difference,
    compare,
    is_zero_form,
)

STATUSES = ("verified", "definition", "conditional", "erratum", "typo", "open")

#: the groups of the audit summary, in the order the report shows them, with their headings
GROUPS: dict[str, str] = {
    "error": "errors in every reading",
    "convention": "convention-dependent (right in one reading the paper allows, wrong in another)",
    "typo": "typos of the text conversion",
    "verified": "verified",
    "definition": "definitions (restated, checked, but no result)",
    "approximation": "conditional on a named approximation or assumption",
    "open": "open",
}

DEFECT_KINDS = ("factor", "sign", "support", "kernel", "conversion_typo", "dimension", "term")


def _subs(form: Any, mapping: Mapping) -> Any:
    if isinstance(form, sp.MatrixBase):
        return form.applyfunc(lambda e: sp.sympify(e).subs(mapping, simultaneous=True))
    return form.subs(mapping, simultaneous=True)


@dataclass(frozen=True)
class Approximation:
    """A named approximation: substitutions (and at most a projection) applied the same way to both forms.

    ``substitutions`` are applied in order, each one simultaneously: a symbol replaced by another (``E_k -> E_M``),
    a small parameter set to its limit (``gamma_M -> 0``; the forms must be continuous there), an ansatz for an
    unknown element. ``drop_constant_in`` removes the part of a form free of the given symbols (a c-number that
    does not act on them). No other operation is possible, so an approximation cannot map both forms to anything
    it likes; and it may not annihilate a non-zero printed form (the audit checks that).
    """

    name: str
    substitutions: tuple[Mapping[sp.Basic, Any], ...] = ()
    drop_constant_in: tuple[sp.Symbol, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.substitutions, tuple) or not all(isinstance(m, Mapping) for m in self.substitutions):
            raise TypeError(f"approximation '{self.name}': substitutions must be a tuple of mappings, not a function")

    def apply(self, form: Any) -> Any:
        out = form
        for mapping in self.substitutions:
            out = _subs(out, mapping)
            if any(getattr(out, "has", lambda *a: False)(bad) for bad in (sp.nan, sp.zoo, sp.oo, -sp.oo)):
                raise ValueError(f"approximation '{self.name}' is singular on this form")
        if self.drop_constant_in:
            zero = dict.fromkeys(self.drop_constant_in, 0)
            if isinstance(out, sp.MatrixBase):
                out = out.applyfunc(lambda e: sp.expand(e) - sp.expand(e).subs(zero))
            else:
                out = sp.expand(out) - sp.expand(out).subs(zero)
        return out

    @property
    def symbols(self) -> set[sp.Basic]:
        return {k for m in self.substitutions for k in m}


#: assumptions that a derivation makes inside its chain (for example <psi_M|H|psi_He> = S E_He): every record
#: whose derived form still carries one of their symbols inherits them, found from the form, not listed by hand
_CHAIN_ASSUMPTIONS: list[Approximation] = []


def chain_assumption(name: str, substitution: Mapping[sp.Symbol, Any]) -> Approximation:
    """Register a named assumption of a derivation chain: a substitution of symbols of the general derivation.

    A record whose derived form contains one of the substituted symbols (and whose printed form does not) is
    compared under the assumption, and is at best ``conditional`` on it.
    """
    for a in _CHAIN_ASSUMPTIONS:
        if a.name == name:
            return a
    approx = Approximation(name, (dict(substitution),))
    _CHAIN_ASSUMPTIONS.append(approx)
    return approx


@dataclass(frozen=True)
class Reading:
    """One reading of a paper's words: how its symbols translate into slowion's under this reading.

    ``quote`` is the sentence (or formula) of the paper that allows the reading; ``substitution`` maps the
    printed form's symbols to slowion's (applied simultaneously, to the printed side only).
    """

    name: str
    quote: str
    substitution: Mapping[sp.Basic, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Convention:
    """A convention the paper leaves open: the readings its text allows, and the one slowion adopts."""

    name: str
    readings: tuple[Reading, ...]
    adopted: str

    def __post_init__(self) -> None:
        if self.adopted not in {r.name for r in self.readings}:
            raise ValueError(f"convention {self.name}: adopted reading {self.adopted!r} is not one of its readings")


def _combos(conventions: Sequence[Convention]) -> list[tuple[Reading, ...]]:
    return list(itertools.product(*(c.readings for c in conventions)))


def _read(form: Any, combo: tuple[Reading, ...]) -> Any:
    for r in combo:
        if r.substitution:
            form = _subs(form, r.substitution)
    return form


def _combo_name(combo: tuple[Reading, ...]) -> str:
    return " + ".join(r.name for r in combo) if combo else "as printed"


def combo_names(conventions: Sequence[Convention]) -> list[str]:
    """The names of every combination of readings of ``conventions``, as the verdicts key them."""
    return [_combo_name(c) for c in _combos(conventions)]


def _union(conventions: Sequence[Convention]) -> tuple[Convention, ...]:
    out: dict[str, Convention] = {}
    for c in conventions:
        out.setdefault(c.name, c)
    return tuple(out.values())


@dataclass
class Defect:
    """One way in which a printed equation may differ from its derivation, with its own verdict.

    ``printed`` and ``derived`` are the pieces that differ (for example the sign of the infinitesimal, the form
    for q > 2 k_F); ``conventions`` are the readings of the paper the verdict may depend on. ``conversion_typo``
    marks a typo of the text conversion (apart from errors of physics).
    """

    kind: str
    title: str
    printed: Form
    derived: Form
    conventions: tuple[Convention, ...] = ()
    conversion_typo: bool = False
    domain: Mapping[sp.Symbol, tuple[float, float]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.kind not in DEFECT_KINDS:
            raise ValueError(f"defect kind {self.kind!r} is not one of {DEFECT_KINDS}")

    def verdict(self, domain: Mapping[sp.Symbol, tuple[float, float]], seed: str) -> DefectVerdict:
        dom = {**domain, **self.domain}
        combos = _combos(self.conventions)
        right = {}
        for combo in combos:
            right[_combo_name(combo)] = compare(_read(self.printed, combo), self.derived, dom, seed=seed).equal
        return DefectVerdict.from_comparisons(self, right)


@dataclass
class DefectVerdict:
    """The computed verdict of one defect: in which readings it holds (the printed piece is wrong)."""

    kind: str
    title: str
    printed: str
    derived: str
    conversion_typo: bool
    right_in: dict[str, bool]  # reading (combination) -> the printed piece is right in it
    quotes: dict[str, str]  # reading -> the paper's sentence that allows it
    adopted: str | None
    conventions: tuple[str, ...] = ()

    @classmethod
    def from_comparisons(cls, defect: Defect, right: dict[str, bool]) -> DefectVerdict:
        quotes = {r.name: r.quote for c in defect.conventions for r in c.readings}
        adopted = " + ".join(c.adopted for c in defect.conventions) if defect.conventions else None
        return cls(
            defect.kind,
            defect.title,
            _str(defect.printed),
            _str(defect.derived),
            defect.conversion_typo,
            right,
            quotes,
            adopted,
            tuple(c.name for c in defect.conventions),
        )

    @property
    def present(self) -> bool:
        return not all(self.right_in.values())

    @property
    def every_reading(self) -> bool:
        return not any(self.right_in.values())

    def holds_in(self, combo_name: str) -> bool:
        """Does the defect hold in this reading? (A defect without conventions holds in every reading or none.)"""
        if not self.conventions:
            return self.present
        parts = set(combo_name.split(" + "))
        for name, ok in self.right_in.items():
            if set(name.split(" + ")) <= parts:
                return not ok
        raise KeyError(combo_name)

    def sentence(self) -> str:
        head = f"[{self.kind}{', conversion typo' if self.conversion_typo else ''}] {self.title}: "
        if not self.present:
            return head + "absent (printed piece right in every reading)."
        if self.every_reading:
            return head + "holds in every reading."
        right = [k for k, v in self.right_in.items() if v]
        wrong = [k for k, v in self.right_in.items() if not v]
        return (
            head + f"depends on the reading ({', '.join(self.conventions)}): printed right under {'; '.join(right)}; "
            f"wrong under {'; '.join(wrong)} (slowion adopts {self.adopted})."
        )

    def as_json(self) -> dict[str, Any]:
        readings = []
        for name, ok in self.right_in.items():
            parts = name.split(" + ")
            readings.append(
                {
                    "reading": name,
                    "quotes": [f"{p}: {self.quotes[p]}" for p in parts if p in self.quotes],
                    "printed_right": ok,
                }
            )
        return {
            "kind": self.kind,
            "title": self.title,
            "printed": self.printed,
            "derived": self.derived,
            "present": self.present,
            "every_reading": self.every_reading,
            "readings": readings,
            "adopted": self.adopted,
            "conversion_typo": self.conversion_typo,
        }


@dataclass
class AuditResult:
    """Computed status of one identity and what the reader needs to judge it."""

    status: str
    method: str
    note: str
    difference: str = ""
    corrected: Any = None
    group: str = ""
    defects: list[DefectVerdict] = field(default_factory=list)
    conditional_on: list[str] = field(default_factory=list)


@dataclass
class Identity:
    """One printed equation of a paper, transcribed, and its derivation from first principles.

    Parameters
    ----------
    key:
        ``"DF-31"``, ``"Das-8"``, ``"Das-B.4"``, ``"X-1"`` (our own results linking the papers).
    title:
        one line saying what the equation is.
    printed:
        the printed form, transcribed as SymPy (an expression, an ``Eq``, or a matrix), in the paper's symbols.
    derived:
        the form SymPy derived from definitions, in slowion's conventions; ``None`` makes the record ``open``.
    assume:
        exact assumptions under which the two are meant to agree, as human-readable strings.
    approximation:
        approximations that the paper makes (named substitutions), applied to both sides if the exact comparison
        fails; one :class:`Approximation` or a tuple of them (applied in order).
    missing:
        for an ``open`` record, what the paper does not give.
    domain:
        symbol -> (low, high) sampling range for the numeric equality test; symbols not listed are drawn
        from (0.1, 2.0).
    note:
        free text: the route of the derivation, the physical reading.
    conventions:
        conventions of the paper under which the whole forms are compared (every combination of readings).
    defects:
        the named defects of the printed form, each compared in its own readings.
    definition:
        what the record defines, if it restates a definition (its status is then ``definition``, not ``verified``).
    """

    key: str
    title: str
    printed: Form | None
    derived: Form | None
    assume: Sequence[str] = ()
    approximation: Approximation | tuple[Approximation, ...] | None = None
    missing: str | None = None
    domain: Mapping[sp.Symbol, tuple[float, float]] = field(default_factory=dict)
    note: str = ""
    conventions: tuple[Convention, ...] = ()
    defects: tuple[Defect, ...] = ()
    definition: str = ""
    _result: AuditResult | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def paper(self) -> str:
        return self.key.split("-", 1)[0]

    @property
    def equation(self) -> str:
        return self.key.split("-", 1)[1]

    @property
    def approximations(self) -> tuple[Approximation, ...]:
        """The record's own approximations and the chain assumptions its derived form inherits, in order."""
        own = self.approximation
        own = () if own is None else (own,) if isinstance(own, Approximation) else tuple(own)
        derived_syms = _free(self.derived)
        printed_syms = _free(self.printed)
        inherited = tuple(
            a for a in _CHAIN_ASSUMPTIONS if a not in own and a.symbols & derived_syms and not a.symbols & printed_syms
        )
        return inherited + own

    def audit(self) -> AuditResult:
        """Compute (once) and return the status of this identity."""
        if self._result is None:
            self._result = _audit(self)
        return self._result

    @property
    def status(self) -> str:
        return self.audit().status

    @property
    def group(self) -> str:
        return self.audit().group

    def as_record(self) -> dict[str, Any]:
        """The JSON record of `slowion audit --json`."""
        res = self.audit()
        note = " ".join(s for s in (self.note, res.note) if s)
        return {
            "key": self.key,
            "paper": self.paper,
            "equation": self.equation,
            "title": self.title,
            "status": res.status,
            "group": res.group,
            "method": res.method,
            "printed": _str(self.printed),
            "derived": _str(self.derived),
            "printed_latex": _latex(self.printed),
            "derived_latex": _latex(self.derived),
            "corrected": _str(res.corrected) if res.corrected is not None else None,
            "difference": res.difference,
            "assumptions": list(self.assume) + [f"approximation: {a.name}" for a in self.approximations],
            "conditional_on": res.conditional_on,
            "definition": self.definition or None,
            "defects": [d.as_json() for d in res.defects if d.present],
            "note": note,
        }


def _free(form: Any) -> set[sp.Basic]:
    if form is None:
        return set()
    return set(getattr(form, "free_symbols", set()))


def _compare_approximated(idn: Identity, printed: Form, seed: str) -> tuple[Verdict, Any, Any]:
    """Compare after every approximation of the record; an approximation may not annihilate the printed form."""
    pa, da = printed, idn.derived
    for a in idn.approximations:
        pa, da = a.apply(pa), a.apply(da)
    if is_zero_form(pa) and not is_zero_form(printed):
        return Verdict(False, "the approximation annihilates the printed form: it cannot decide"), pa, da
    return compare(pa, da, idn.domain, seed=seed), pa, da


def _audit(idn: Identity) -> AuditResult:
    if idn.derived is None:
        if not idn.missing:
            raise ValueError(f"{idn.key}: an identity without a derived form must say what is missing")
        return AuditResult("open", "none", f"Open: {idn.missing}", group="open")
    if idn.printed is None:
        raise ValueError(f"{idn.key}: no printed form transcribed")
    conventions = _union(list(idn.conventions) + [c for d in idn.defects for c in d.conventions])
    combos = _combos(conventions)
    adopted = tuple(next(r for r in c.readings if r.name == c.adopted) for c in conventions)
    approxs = idn.approximations
    # the whole forms, in every combination of readings: "equal", "approx" (equal after the approximations),
    # or "differs" (with the forms compared)
    outcome: dict[str, tuple[str, Verdict, Any, Any]] = {}
    for combo in combos:
        name = _combo_name(combo)
        p = _read(idn.printed, combo)
        exact = compare(p, idn.derived, idn.domain, seed=idn.key)
        if exact.equal:
            outcome[name] = ("equal", exact, p, idn.derived)
        elif approxs:
            v, pa, da = _compare_approximated(idn, p, seed=idn.key + "/approx")
            outcome[name] = ("approx" if v.equal else "differs", v, pa, da)
        else:
            outcome[name] = ("differs", exact, p, idn.derived)
    defects = [d.verdict(idn.domain, seed=f"{idn.key}/{d.title}") for d in idn.defects]
    for combo_name, (kind, *_rest) in outcome.items():
        for d in defects:
            if kind != "differs" and d.holds_in(combo_name):
                raise ValueError(f"{idn.key}: defect '{d.title}' holds under {combo_name}, where the whole forms agree")
    undeclared = {
        name: kind == "differs" and not any(d.holds_in(name) for d in defects) for name, (kind, *_r) in outcome.items()
    }
    if any(undeclared.values()):
        first = next(name for name, u in undeclared.items() if u)
        _k, _v, pa, da = outcome[first]
        diff = classify_difference(pa, da)
        kind = diff.split(":", 1)[0] if diff.split(":", 1)[0] in DEFECT_KINDS else "term"
        if defects:
            # the named defects do not account for the forms: the record is incomplete, and nothing says in which
            # readings the missing defect would vanish, so it counts in every reading (the registry test keeps
            # every record free of this)
            seen = [name for name, u in undeclared.items() if u]
            title = f"undeclared difference, seen under {'; '.join(seen)}"
            right_in = dict.fromkeys(undeclared, False)
        else:
            title = "the printed form differs from the derived one"
            right_in = {name: not u for name, u in undeclared.items()}
        defects.append(
            DefectVerdict(
                kind,
                f"{title} ({diff})",
                _str(pa),
                _str(da),
                False,
                right_in,
                {r.name: r.quote for c in conventions for r in c.readings},
                " + ".join(c.adopted for c in conventions) if conventions else None,
                tuple(c.name for c in conventions),
            )
        )
    adopted_name = _combo_name(adopted)
    a_kind, a_verdict, a_p, a_d = outcome[adopted_name]
    sentences = [d.sentence() for d in defects if d.present]
    every_physics = [d for d in defects if d.every_reading and not d.conversion_typo]
    every_typo = [d for d in defects if d.every_reading and d.conversion_typo]
    reading_dependent = [d for d in defects if d.present and not d.every_reading]
    difference = classify_difference(a_p, a_d) if a_kind == "differs" else ""
    witness = a_verdict.witness if a_kind == "differs" else ""
    if every_physics or every_typo:
        status = "erratum" if every_physics else "typo"
        group = "error" if every_physics else "typo"
        lead = "Printed form is wrong in every reading" if every_physics else "Only conversion typos hold in every "
        if not every_physics:
            lead += "reading"
        note = f"{lead}: " + " ".join(sentences) + (f" ({witness})" if witness else "")
        return AuditResult(status, a_verdict.method, note, difference, idn.derived, group, defects)
    if reading_dependent:
        on = sorted({c for d in reading_dependent for c in d.conventions})
        note = "Right or wrong depending on a reading of the paper: " + " ".join(sentences)
        return AuditResult("conditional", a_verdict.method, note, difference, idn.derived, "convention", defects, on)
    if any(kind == "approx" for kind, *_r in outcome.values()):
        names = [a.name for a in approxs]
        exact_diff = classify_difference(_read(idn.printed, adopted), idn.derived)
        note = f"Holds only under: {'; '.join(names)}. Exactly: {exact_diff}."
        if idn.definition:
            note = f"Definition of {idn.definition}. " + note
            return AuditResult("definition", a_verdict.method, note, group="definition", conditional_on=names)
        return AuditResult("conditional", a_verdict.method, note, group="approximation", conditional_on=names)
    if idn.definition:
        return AuditResult("definition", a_verdict.method, f"Definition of {idn.definition}.", group="definition")
    return AuditResult("verified", a_verdict.method, "", group="verified")


def _str(form: Any) -> str | None:
    if form is None:
        return None
    return sp.sstr(form)


def _latex(form: Any) -> str | None:
    if form is None:
        return None
    return sp.latex(form)


@dataclass
class ChainCheck:
    """A statement about our *own* derivation chain (not about a paper) that must hold.

    Example: the derived DF Eq. 36 equals the derived Eq. 34 plus the derived Eq. 35. If one of these fails, the
    derivations contradict each other and ``slowion audit`` exits 1; a paper's erratum never does that.
    """

    name: str
    lhs: Form
    rhs: Form
    domain: Mapping[sp.Symbol, tuple[float, float]] = field(default_factory=dict)
    _verdict: Verdict | None = field(default=None, init=False, repr=False, compare=False)

    def verdict(self) -> Verdict:
        if self._verdict is None:
            self._verdict = compare(self.lhs, self.rhs, self.domain, seed=self.name)
        return self._verdict

    @property
    def holds(self) -> bool:
        return self.verdict().equal
