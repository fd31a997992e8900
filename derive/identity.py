"""Identity records: a printed paper equation beside its SymPy derivation, with a computed status.

An :class:`Identity` never carries a status typed in by hand. :meth:`Identity.audit` decides it:

* ``open``        -- the record has no derived form; ``missing`` says what the paper does not give;
* ``verified``    -- printed == derived under the stated exact assumptions (``assume``);
* ``conditional`` -- equal only after the named approximation (``approximation``) is applied to both sides;
* ``erratum``     -- not equal even then; the record keeps the derived (corrected) form and classifies the
  difference (constant factor, sign, or an additive term).

Equality is decided symbolically first (``simplify`` of the difference, matrix entry by entry). SymPy's
``simplify`` can fail to reduce an expression that *is* zero, so a non-zero symbolic answer is then put to a
high-precision numeric test at random points (mpmath, ``NUMERIC_DPS`` digits) drawn from the ranges in
``domain``. The record says which method decided (``method``), so a reader knows whether the verdict is a proof
or strong numeric evidence.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import mpmath
import sympy as sp

STATUSES = ("verified", "conditional", "erratum", "open")

#: working precision (decimal digits) of the numeric equality test
NUMERIC_DPS = 40
#: |difference| / scale below this counts as zero at NUMERIC_DPS digits
NUMERIC_TOL = mpmath.mpf(10) ** -25
#: number of random points of the numeric equality test
NUMERIC_POINTS = 24

Form = sp.Expr | sp.MatrixBase | sp.Equality


@dataclass(frozen=True)
class Approximation:
    """A named approximation: a function applied to both printed and derived forms before comparing.

    ``name`` is what the audit prints (for example ``"E_k -> E_M (mean band level)"``); ``apply`` maps a SymPy
    expression to its approximated form (a substitution, a series truncation, a limit).
    """

    name: str
    apply: Callable[[Any], Any]


@dataclass(frozen=True)
class Verdict:
    """Result of comparing two forms."""

    equal: bool
    method: str  # "symbolic", "numeric (N points, D digits)", or the reason it is not equal
    witness: str = ""  # a point where they differ, when numeric


@dataclass
class AuditResult:
    """Computed status of one identity and what the reader needs to judge it."""

    status: str
    method: str
    note: str
    difference: str = ""
    corrected: Any = None


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
        the printed form, transcribed as SymPy (an expression, an ``Eq``, or a matrix).
    derived:
        the form SymPy derived from definitions; ``None`` makes the record ``open``.
    assume:
        exact assumptions under which the two are meant to agree, as human-readable strings. Substitutions that
        implement them belong in the derivation itself, so the derived form already carries them.
    approximation:
        an approximation that the paper makes (named), applied to both sides if the exact comparison fails.
    missing:
        for an ``open`` record, what the paper does not give.
    domain:
        symbol -> (low, high) sampling range for the numeric equality test; symbols not listed are drawn
        from (0.1, 2.0).
    note:
        free text: the route of the derivation, the physical reading.
    """

    key: str
    title: str
    printed: Form | None
    derived: Form | None
    assume: Sequence[str] = ()
    approximation: Approximation | None = None
    missing: str | None = None
    domain: Mapping[sp.Symbol, tuple[float, float]] = field(default_factory=dict)
    note: str = ""
    _result: AuditResult | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def paper(self) -> str:
        return self.key.split("-", 1)[0]

    @property
    def equation(self) -> str:
        return self.key.split("-", 1)[1]

    def audit(self) -> AuditResult:
        """Compute (once) and return the status of this identity."""
        if self._result is None:
            self._result = _audit(self)
        return self._result

    @property
    def status(self) -> str:
        return self.audit().status

    def as_record(self) -> dict[str, Any]:
        """The JSON record of DESIGN.md (`slowion audit --json`)."""
        res = self.audit()
        note = " ".join(s for s in (self.note, res.note) if s)
        return {
            "key": self.key,
            "paper": self.paper,
            "equation": self.equation,
            "title": self.title,
            "status": res.status,
            "method": res.method,
            "printed": _str(self.printed),
            "derived": _str(self.derived),
            "printed_latex": _latex(self.printed),
            "derived_latex": _latex(self.derived),
            "corrected": _str(res.corrected) if res.corrected is not None else None,
            "difference": res.difference,
            "assumptions": list(self.assume)
            + ([f"approximation: {self.approximation.name}"] if self.approximation else []),
            "note": note,
        }


# ----------------------------------------------------------------------------------------------------------
# comparison machinery


def _as_difference(a: Form, b: Form) -> list[sp.Expr]:
    """Entries of a - b as a flat list of expressions (an ``Eq`` is compared as lhs - rhs on both sides)."""
    if isinstance(a, sp.Equality):
        a = a.lhs - a.rhs
    if isinstance(b, sp.Equality):
        b = b.lhs - b.rhs
    if isinstance(a, sp.MatrixBase) or isinstance(b, sp.MatrixBase):
        a_m, b_m = sp.Matrix(a), sp.Matrix(b)
        if a_m.shape != b_m.shape:
            raise ValueError(f"shape mismatch {a_m.shape} vs {b_m.shape}")
        return list(a_m - b_m)
    return [sp.sympify(a) - sp.sympify(b)]


def _is_symbolic_zero(expr: sp.Expr) -> bool:
    expr = sp.expand(expr)
    if expr == 0:
        return True
    for simplifier in (sp.cancel, sp.simplify):
        try:
            if simplifier(expr) == 0:
                return True
        except (NotImplementedError, TypeError, ValueError, RecursionError):
            continue
    return False


def _numeric_zero(
    diffs: list[sp.Expr], scales: list[sp.Expr], domain: Mapping[sp.Symbol, tuple[float, float]], seed: str
) -> Verdict:
    symbols = sorted(set().union(*(d.free_symbols for d in diffs)), key=sp.default_sort_key)
    rng = random.Random(seed)  # reproducible, and independent of PYTHONHASHSEED
    with mpmath.workdps(NUMERIC_DPS):
        for _ in range(NUMERIC_POINTS):
            point = {}
            for s in symbols:
                lo, hi = domain.get(s, (0.1, 2.0))
                point[s] = sp.Float(lo + (hi - lo) * rng.random(), NUMERIC_DPS)
            for d, sc in zip(diffs, scales, strict=True):
                dv = sp.N(d.subs(point), NUMERIC_DPS)
                sv = sp.N(sc.subs(point), NUMERIC_DPS)
                scale = max(abs(complex(sv)), 1e-300) if sv.is_number else 1.0
                if not dv.is_number:
                    return Verdict(False, "numeric test could not evaluate the difference", str(dv))
                if abs(complex(dv)) > float(NUMERIC_TOL) * max(scale, 1.0):
                    witness = ", ".join(f"{k}={float(v):.6g}" for k, v in point.items())
                    return Verdict(False, "differs numerically", f"at {witness}: difference {complex(dv):.3e}")
    return Verdict(True, f"numeric ({NUMERIC_POINTS} random points, {NUMERIC_DPS} digits)")


def compare(a: Form, b: Form, domain: Mapping[sp.Symbol, tuple[float, float]] | None = None, seed: str = "") -> Verdict:
    """Decide whether two forms are equal: symbolically, else by a high-precision numeric test."""
    diffs = _as_difference(a, b)
    if all(_is_symbolic_zero(d) for d in diffs):
        return Verdict(True, "symbolic")
    scales = _as_difference(a, sp.zeros(*sp.Matrix(a).shape) if isinstance(a, sp.MatrixBase) else 0)
    scales = [sp.Abs(s) + sp.Abs(d) for s, d in zip(scales, diffs, strict=True)]
    return _numeric_zero(diffs, scales, domain or {}, seed)


def classify_difference(printed: Form, derived: Form) -> str:
    """Say how the printed form differs from the derived one: a constant factor, a sign, or a term."""
    if isinstance(printed, sp.MatrixBase) or isinstance(derived, sp.MatrixBase):
        return "matrix entries differ: " + ", ".join(
            f"[{i}] printed - derived = {sp.simplify(d)}"
            for i, d in enumerate(_as_difference(printed, derived))
            if not _is_symbolic_zero(d)
        )
    p = printed.lhs - printed.rhs if isinstance(printed, sp.Equality) else sp.sympify(printed)
    d = derived.lhs - derived.rhs if isinstance(derived, sp.Equality) else sp.sympify(derived)
    if d != 0:
        ratio = sp.simplify(p / d)
        if ratio.is_number:
            if ratio == -1:
                return "sign: printed = -(derived)"
            return f"factor: printed = ({ratio}) * derived"
    return f"term: printed - derived = {sp.simplify(p - d)}"


def _audit(idn: Identity) -> AuditResult:
    if idn.derived is None:
        if not idn.missing:
            raise ValueError(f"{idn.key}: an identity without a derived form must say what is missing")
        return AuditResult("open", "none", f"Open: {idn.missing}")
    if idn.printed is None:
        raise ValueError(f"{idn.key}: no printed form transcribed")
    exact = compare(idn.printed, idn.derived, idn.domain, seed=idn.key)
    if exact.equal:
        return AuditResult("verified", exact.method, "")
    if idn.approximation is not None:
        pa = idn.approximation.apply(idn.printed)
        da = idn.approximation.apply(idn.derived)
        approx = compare(pa, da, idn.domain, seed=idn.key + "/approx")
        if approx.equal:
            return AuditResult(
                "conditional",
                approx.method,
                f"Holds only under the approximation: {idn.approximation.name}. Exactly: "
                + classify_difference(idn.printed, idn.derived)
                + ".",
            )
        diff = classify_difference(pa, da)
        return AuditResult(
            "erratum",
            approx.method,
            f"Differs even under {idn.approximation.name}: {diff}. {approx.witness}".strip(),
            difference=diff,
            corrected=idn.derived,
        )
    diff = classify_difference(idn.printed, idn.derived)
    return AuditResult(
        "erratum", exact.method, f"Printed form is wrong: {diff}. {exact.witness}".strip(), diff, idn.derived
    )


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
