"""The compiled backend: the same pieces as the numpy modules, printed as scalar code with real branches (issue 13).

For every target ``f`` of a module in :data:`FAST_MODULES`, ``generated/fast/<module>.py`` holds

- ``_f_<piece>(...)``: each piece of :func:`slowion.codegen.driver.pieces` (closed form after the accuracy rewrites,
  series branches in Horner form, Piecewise cases) as one scalar ``cse`` body, printed by SymPy's
  ``PythonCodePrinter`` (``math.`` functions), compiled lazily by ``numba.njit``;
- ``_f_scalar(...)``: the dispatch as ``if``/``return`` (the branch conditions of the numpy dispatcher, in the same
  order): only the taken branch runs, per point, with no masks and no indexing;
- ``f``: ``numba.vectorize`` of ``_f_scalar`` with explicit float64 signatures (a ufunc: broadcasting, scalars,
  ``out=``), compiled when the module is imported. ``cache=True``: numba keeps the machine code in the
  module's own ``__pycache__`` (``*.nbi``/``*.nbc``, keyed on the source file's path, size and mtime, so a
  regenerated file is recompiled; written atomically by numba), beside Python's ``*.pyc``; the drift check skips
  both. The first import on a machine compiles (seconds), later processes load the cache.

``SIGNATURES`` and ``SCALARS`` let a caller build other targets (``target="parallel"`` in the bench) from the same
scalar code. numba is imported only by the generated modules, never by codegen: rendering needs SymPy alone, so the
drift check covers these files whether or not numba is installed.
"""

from __future__ import annotations

import sympy as sp
from sympy.printing.pycode import PythonCodePrinter

from slowion.codegen.spec import Target
from slowion.codegen.writer import Piece, _rename, cse_body, header

#: derive modules with a compiled twin (the Lindhard family and the wind integrand: the evaluator's hot kernels)
FAST_MODULES: tuple[str, ...] = ("dielectric", "wind", "stopping", "three_state")

FAST_INIT = (
    '"""Generated numba kernels (optional backend, `pip install .[fast]`). Do not edit: regenerate with '
    '`slowion generate`."""\n'
)

#: scalar helpers (compiled by numba.njit): the numpy helpers' meaning with real branches instead of where()
NUMBA_HELPERS = {
    "xlogabs": (
        "@_jit\n"
        "def _xlogabs(x):\n"
        '    """x ln|x| with the limit 0 at x = 0."""\n'
        "    if x == 0.0:\n"
        "        return 0.0\n"
        "    return x * math.log(abs(x))\n"
    ),
    "xlnratio": (
        "@_jit\n"
        "def _xlnratio(a, b):\n"
        '    """(a^2 - b^2) ln|(a + b)/(a - b)| by one log1p of 2 lo/(hi - lo); 0 at |a| = |b| (the limit)."""\n'
        "    m = (a - b) * (a + b)\n"
        "    if m == 0.0:\n"
        "        return 0.0\n"
        "    if abs(b) > abs(a):\n"
        "        a, b = b, a\n"
        "    return m * math.log1p(2.0 * b / (a - b))\n"
    ),
}


class SlowionNumbaPrinter(PythonCodePrinter):
    """PythonCodePrinter (``math.`` names, strict) for scalar numba code; knows xlogabs and xlnratio."""

    def __init__(self) -> None:
        super().__init__({"strict": True, "fully_qualified_modules": True})
        self.helpers: set[str] = set()

    def _print_xlogabs(self, expr: sp.Expr) -> str:
        self.helpers.add("xlogabs")
        return f"_xlogabs({self._print(expr.args[0])})"

    def _print_xlnratio(self, expr: sp.Expr) -> str:
        self.helpers.add("xlnratio")
        return f"_xlnratio({self._print(expr.args[0])}, {self._print(expr.args[1])})"

    _print_xlnratio_pos = _print_xlnratio  # the subclass did not reach the method above (a failing render showed it)

    def _print_Rational(self, expr: sp.Rational) -> str:
        # a float literal: numba types an integer literal as int64, which the huge series denominators overflow
        if abs(expr.p) > 2**53 or abs(expr.q) > 2**53:
            return repr(expr.p / expr.q)  # int / int: correctly rounded, the value the numpy module's literal has
        return super()._print_Rational(expr)


def _signature(target: Target) -> str:
    return "float64(" + ", ".join("float64" for _ in target.args) + ")"


def numba_function(target: Target, pieces: list[Piece], printer: SlowionNumbaPrinter) -> str:
    """Source of the jitted pieces, the scalar dispatcher and the ufunc of one target."""
    args = ", ".join(target.arg_names)
    out: list[str] = []
    for p in pieces:
        lines, result, n = cse_body(_rename(p.expr, target), printer)
        src = ["@_jit", f"def _{target.name}_{p.label}({args}):", f"    # {p.label}: {n} operations"]
        src += [f"    {line}" for line in lines]
        src.append(f"    return float({result})")
        out.append("\n".join(src) + "\n")
    disp = [f"def _{target.name}_scalar({args}):"]
    doc = target.doc.replace('"""', "'''")
    disp.append(f'    """{doc} Scalar, one branch per point."""')
    for p in pieces[1:]:
        cond = printer.doprint(_rename(p.condition, target))
        disp.append(f"    if {cond}:")
        disp.append(f"        return _{target.name}_{p.label}({args})")
    disp.append(f"    return _{target.name}_{pieces[0].label}({args})")
    out.append("\n".join(disp) + "\n")
    return "\n\n".join(out)


def numba_module(module: str, targets: list[Target], pieces: dict[str, list[Piece]]) -> str:
    """The text of generated/fast/<module>.py."""
    printer = SlowionNumbaPrinter()
    functions = [numba_function(t, pieces[t.name], printer) for t in targets]
    parts = [header(module, targets, "numba")]
    parts.append(
        f'"""Compiled (numba) float64 ufuncs of slowion.derive.{module}: the pieces of slowion.generated.{module}, '
        "as scalar\ncode with real branches. Importing this module compiles every ufunc (numba required).\n"
        '"""\n'
    )
    imports = sorted(set(printer.module_imports) | {"math"})
    parts.append("\n".join(f"import {m}" for m in imports) + "\n\nimport numba\n")
    names = ", ".join(f'"{t.name}"' for t in targets)
    parts.append(f"__all__ = [{names}]\n")
    parts.append(
        "#: pieces: compiled on first use (cached), division by zero gives inf/nan as in numpy (no exception)\n"
        '_jit = numba.njit(cache=True, error_model="numpy")\n'
    )
    helpers = [NUMBA_HELPERS[h] for h in sorted(printer.helpers)]
    tables = ["#: explicit float64 signature of each ufunc", "SIGNATURES = {"]
    tables += [f'    "{t.name}": ["{_signature(t)}"],' for t in targets]
    tables += ["}", "", "#: the scalar dispatchers, for other numba targets (e.g. target='parallel')", "SCALARS = {"]
    tables += [f'    "{t.name}": _{t.name}_scalar,' for t in targets]
    tables.append("}")
    ufuncs = [
        f'{t.name} = numba.vectorize(SIGNATURES["{t.name}"], cache=True)(_{t.name}_scalar)' for t in targets
    ]
    parts.append("\n\n".join([*helpers, *functions]))
    parts.append("\n".join(tables) + "\n")
    parts.append("\n".join(ufuncs) + "\n")
    return "\n\n".join(parts)


def render_fast(chosen: dict[str, tuple[Target, ...]], parts: dict[str, dict[str, list[Piece]]]) -> dict[str, str]:
    """Relative path in generated/ -> text of the compiled-backend files for the modules of :data:`FAST_MODULES`."""
    files = {"fast/__init__.py": FAST_INIT}
    for module, targets in chosen.items():
        if module in FAST_MODULES:
            files[f"fast/{module}.py"] = numba_module(module, list(targets), parts[module])
    return files
