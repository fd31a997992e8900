"""One spec per generated function: name, expression, explicit argument order, doc, numeric branches.

A :class:`Target` is what a ``derive/`` module hands over through ``codegen_expressions()`` plus what
``codegen/targets.py`` adds for numerics: the :class:`SeriesBranch` es that replace the closed form near a removable
singularity or where it cancels catastrophically, and the sampling domain of the accuracy tests.
"""

from __future__ import annotations

import hashlib
import keyword
import re
from dataclasses import dataclass, field
from functools import cached_property

import sympy as sp


@dataclass(frozen=True)
class SeriesBranch:
    """Use a SymPy series of the closed form in ``variable`` instead of the closed form where ``condition`` holds.

    ``about`` is ``0`` (Taylor/Laurent series in ``variable``) or ``sympy.oo`` (series in 1/``variable``).
    ``order`` terms are kept; ``where`` is a representative point of the region, used only to fix the sign of every
    ``Abs`` and logarithm argument there (the condition must exclude sign changes). ``label`` names the branch in the
    generated code (``_<function>_<label>``).
    """

    label: str
    variable: sp.Symbol
    about: sp.Expr
    order: int
    condition: sp.Basic
    where: dict[sp.Symbol, sp.Expr]
    note: str = ""


#: the spelling of an equation key: a paper (DF, Das) or ours (X), a dash, the equation number (e.g. Das-B.4, DF-16T)
KEY_PATTERN = re.compile(r"(DF|Das|X)-([AB]\.)?[0-9]+[A-Z]?")


@dataclass(frozen=True)
class Target:
    """A function to generate: ``name(*args) -> expr`` in module ``generated/<module>.py``.

    ``name`` is the name of the derive function that produces ``expr`` (with the integer parameters appended for a
    parametrised family: ``sto_overlap_1_2`` is ``sto_overlap(1, 2)``); ``source`` is that function's dotted path;
    ``keys`` are the equation keys of the records it implements, in the audit's spelling (``("Das-12", "X-1")``),
    written into the docstrings of the generated function and of its mpmath twin.
    """

    name: str
    module: str  # generated module short name, e.g. "dielectric", "sto_overlap"
    expr: sp.Expr
    args: tuple[sp.Symbol, ...]
    doc: str
    branches: tuple[SeriesBranch, ...] = ()
    domain: dict[str, tuple[float, float]] = field(default_factory=dict)
    keys: tuple[str, ...] = ()
    source: str = ""  # e.g. "slowion.derive.wind.wind_integrand"

    def __post_init__(self) -> None:
        if not self.keys:
            raise ValueError(f"target {self.name}: no equation keys (set them in codegen/targets.py)")
        bad = [k for k in self.keys if not KEY_PATTERN.fullmatch(k)]
        if bad:
            raise ValueError(f"target {self.name}: keys {bad} are not spelled like DF-34, Das-12, Das-B.4 or X-9")
        missing = self.expr.free_symbols - set(self.args)
        if missing:
            names = sorted(s.name for s in missing)
            raise ValueError(f"target {self.name}: expression has symbols not in the argument list: {names}")
        if len({a.name for a in self.args}) != len(self.args):
            raise ValueError(f"target {self.name}: duplicate argument names")

    @property
    def arg_names(self) -> tuple[str, ...]:
        return tuple(python_name(a) for a in self.args)

    @cached_property  # printed into the header and the docstring of both backends: srepr of a long form, once
    def expr_hash(self) -> str:
        """sha256 of ``sympy.srepr`` of the expression, the argument order and the branch specs."""
        parts = [sp.srepr(self.expr), sp.srepr(sp.Tuple(*self.args))]
        for b in self.branches:
            where = sorted((sp.srepr(k), sp.srepr(v)) for k, v in b.where.items())
            spec = (b.label, sp.srepr(b.variable), sp.srepr(b.about), b.order, sp.srepr(b.condition), where)
            parts.append(repr(spec))
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def python_name(sym: sp.Symbol) -> str:
    """A Python identifier for a SymPy symbol: 'k_F' -> 'kF', 'lambda' -> 'lam', 'q_z' -> 'qz', 'S_kHe' kept."""
    special = {"lambda": "lam", "k_F": "kF", "q_z": "qz", "v_F": "vF"}
    name = special.get(sym.name, sym.name)
    if not name.isidentifier() or keyword.iskeyword(name):
        name = name.replace("^", "").replace("{", "").replace("}", "").replace("'", "p")
    if not name.isidentifier() or keyword.iskeyword(name):
        raise ValueError(f"symbol {sym.name!r} has no obvious Python name")
    return name
