"""File assembly: header, imports from the printers' records, one function per target, deterministic bytes.

Layout of a generated function (after SymForce's generated Python): the docstring from the spec, the operation
count, the intermediate terms ``_t0, _t1, ...`` of one ``cse`` over all outputs, then the result. Targets with
series branches get one private function per branch and a public dispatcher that evaluates each branch only on the
points where it is taken (boolean indexing), so an untaken branch never sees an argument it cannot handle. Every
kernel runs in blocks of ``BLOCK`` elements (``blocked``: the temporaries stay in cache, docs/codegen.md).
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

import sympy as sp

from slowion.codegen.dispatch import fallback_lines
from slowion.codegen.printer import MPMATH_HELPERS, NUMPY_HELPERS, SlowionMpmathPrinter, SlowionNumPyPrinter
from slowion.codegen.spec import Target, python_name

REGENERATE = "slowion generate"


@dataclass(frozen=True)
class Piece:
    """One printable function body: a label ('closed', 'small_q', ...) and its expression."""

    label: str
    expr: sp.Expr
    condition: sp.Basic | None = None
    note: str = ""


def _rename(expr: sp.Basic, target: Target) -> sp.Basic:
    """Symbols -> symbols named like the Python arguments (k_F -> kF), so the printer emits valid names."""
    return expr.xreplace({a: sp.Symbol(python_name(a), **a.assumptions0) for a in target.args})


def cse_body(expr: sp.Expr, printer) -> tuple[list[str], str, int]:
    """Lines of one ``cse`` (canonical order, ``_t`` names), the printed result and the operation count."""
    replacements, (reduced,) = sp.cse([expr], symbols=sp.numbered_symbols("_t"), order="canonical")
    lines = [f"{sym} = {printer.doprint(rhs)}" for sym, rhs in replacements]
    ops = sum(sp.count_ops(rhs) for _, rhs in replacements) + sp.count_ops(reduced)
    return lines, printer.doprint(reduced), int(ops)


def header(module: str, targets: list[Target], flavour: str, use: str = "") -> str:
    """The do-not-edit block: generator, derive modules, what the module is for (``use``: "Used by" its evaluator
    callers, or "Audit-only" and why), SymPy version, the expression hashes with each function's keys; no timestamp."""
    sources = sorted({t.source.rsplit(".", 1)[0] for t in targets})
    lines = [
        "# " + "-" * 116,
        f"# GENERATED FILE - DO NOT EDIT. {flavour} code written by slowion.codegen; regenerate with `{REGENERATE}`.",
        f"# Source: {', '.join(s + '.codegen_expressions()' for s in sources)}; keys, specs and numeric branches: "
        "codegen/targets.py.",
    ]
    if use:
        lines += ["# " + line for line in textwrap.wrap(f"{use}.", 116, break_on_hyphens=False)]
    lines.append(
        f"# SymPy {sp.__version__}. sha256 of sympy.srepr of each expression (with its argument order and branches):"
    )
    for t in targets:
        lines.append(f"#   {t.name} ({', '.join(t.keys)}): {t.expr_hash}")
    lines.append("# " + "-" * 116)
    return "\n".join(lines) + "\n"


def _docstring(target: Target, pieces: list[Piece], ops: dict[str, int], flavour: str) -> str:
    args = ", ".join(target.arg_names)
    body = [target.doc, "", f"Keys: {', '.join(target.keys)}. Derived by {target.source}().", ""]
    if flavour == "numpy":
        body.append(f"Arguments {args}: float64 array_like, broadcast together; returns float64 (array or scalar).")
    else:
        body.append(f"Arguments {args}: mpmath numbers (or anything mpmath.mpf accepts); returns an mpf.")
    body.append(f"Expression sha256: {target.expr_hash}")
    for p in pieces:
        where = "" if p.condition is None else f" where {p.condition}"
        body.append(f"Branch {p.label}{where}: {ops[p.label]} operations after cse. {p.note}".rstrip())
    text = "\n".join(textwrap.fill(line, 112) if line else "" for line in body)
    return '    """' + textwrap.indent(text, "    ").lstrip() + '\n    """\n'


def numpy_function(target: Target, pieces: list[Piece], printer: SlowionNumPyPrinter) -> str:
    """Source of the private branch functions and the public function of one target."""
    args = ", ".join(target.arg_names)
    out: list[str] = []
    ops: dict[str, int] = {}
    for p in pieces:
        lines, result, n = cse_body(_rename(p.expr, target), printer)
        ops[p.label] = n
        src = [f"def _{target.name}_{p.label}({args}):", f"    # {p.label}: {n} operations"]
        src += [f"    {line}" for line in lines]
        src.append(f"    return {result}")
        out.append("\n".join(src) + "\n")
    pub = [f"def {target.name}({args}):\n" + _docstring(target, pieces, ops, "numpy")]
    unpack = f"{args}," if len(target.args) == 1 else args
    closed = pieces[0]
    if len(pieces) == 1:
        pub.append(f"    {unpack} = asarrays({args})")
        pub.append(f"    return {_call(f'_{target.name}_{closed.label}', args, ops[closed.label])}")
    else:
        pub.append(f"    {unpack} = numpy.broadcast_arrays(*asarrays({args}))")
        pub.append(f"    out = numpy.empty({target.arg_names[0]}.shape)")
        pub.append(f"    todo = numpy.ones({target.arg_names[0]}.shape, dtype=bool)")
        for p in pieces[1:]:
            cond = printer.doprint(_rename(p.condition, target))
            where = f"_{target.name}_{p.label}_where"
            out.append(f"def {where}({args}):\n    return {cond}\n")
            pub.append(f"    take = todo & blocked({where}, {args}, dtype=bool)")
            pub.append("    if take.any():")
            pub.append(f"        out[take] = blocked(_{target.name}_{p.label}, *(a[take] for a in ({args},)))")
            pub.append("        todo &= ~take")
        pub.append("    if todo.all():  # no point in a series branch: no indexing")
        pub.append(f"        return blocked(_{target.name}_{closed.label}, {args})")
        pub += fallback_lines(f"_{target.name}_{closed.label}", args)
    out.append("\n".join(pub) + "\n")
    return "\n\n".join(out)


#: a kernel of fewer operations runs on the whole arrays in one call: blocking costs a few us per block in Python,
#: more than a few whole-array temporaries (measured in the bench at 10^5 points: form_factor_stopping_prefactor, 4
#: operations, 0.09 ms in one call and 0.14 ms in blocks; the 7-operation DF-41 kernel gained from blocks, 0.78 ms
#: -> 0.45 ms, so the cut is a rough one)
BLOCK_MIN_OPS = 8


def _call(kernel: str, args: str, ops: int) -> str:
    """The call of a single-piece kernel: blocked (:data:`BLOCK`) unless it has fewer than BLOCK_MIN_OPS operations."""
    if ops < BLOCK_MIN_OPS:
        return f"shaped({kernel}({args}), {args})"
    return f"blocked({kernel}, {args})"


#: the helpers of _BROADCAST a generated dispatcher may call
DISPATCH_HELPERS = ("asarrays", "blocked", "blocked_into", "shaped")

_BROADCAST = '''def asarrays(*args):
    """The arguments as float64 arrays (no copy when they already are)."""
    return [numpy.asarray(a, dtype=numpy.float64) for a in args]


def shaped(result, *args, dtype=numpy.float64):
    """The result with the broadcast shape of the arguments (a scalar for scalar arguments)."""
    shape = numpy.broadcast_shapes(*(a.shape for a in args))
    result = numpy.asarray(result, dtype=dtype)
    if result.shape != shape:
        result = numpy.broadcast_to(result, shape).copy()
    return result[()]


#: elements per block: 8192 float64 are 64 KiB per temporary, below glibc's mmap threshold (128 KiB), so each
#: temporary of a block is recycled heap memory still in cache; whole-array temporaries of 10^5 points are fresh
#: pages from the kernel (page faults) every call, measured 2-4x the arithmetic itself (docs/codegen.md)
BLOCK = 8192


def _flat(args, shape):
    """The arguments broadcast to shape, flattened (a copy only where an argument is broadcast)."""
    return [numpy.broadcast_to(a, shape).reshape(-1) for a in args]


def blocked(kernel, *args, dtype=numpy.float64):
    """kernel(*args) over the broadcast arguments, BLOCK elements at a time (elementwise, so the same values as
    one call); an array of dtype and the broadcast shape, a scalar for scalar arguments."""
    shape = numpy.broadcast_shapes(*(a.shape for a in args))
    size = int(numpy.prod(shape))
    if size <= BLOCK:
        return shaped(kernel(*args), *args, dtype=dtype)
    flat = _flat(args, shape)
    out = numpy.empty(size, dtype=dtype)
    for start in range(0, size, BLOCK):
        out[start : start + BLOCK] = kernel(*(a[start : start + BLOCK] for a in flat))
    return out.reshape(shape)


def blocked_into(out, where, kernel, *args):
    """out = kernel(*args) where ``where`` holds, BLOCK elements at a time; out and where: C-contiguous arrays of
    the broadcast shape. The values at the other points are computed and discarded (the caller silences them)."""
    flat = _flat(args, out.shape)
    flat_out = out.reshape(-1)
    flat_where = where.reshape(-1)
    for start in range(0, out.size, BLOCK):
        part = slice(start, start + BLOCK)
        numpy.copyto(flat_out[part], kernel(*(a[part] for a in flat)), where=flat_where[part])
'''


HELPERS_DOC = "Helpers shared by the generated numpy modules (broadcasting, x ln|x|), written once."
MP_HELPERS_DOC = "Helpers shared by the generated mpmath twins (x ln|x|), written once."


def numpy_helpers_module() -> str:
    """generated/_helpers.py: the broadcasting helpers and every numpy printer helper, imported by the modules."""
    parts = [_helpers_header("numpy"), f'"""{HELPERS_DOC}"""\n', "import numpy\n"]
    parts.append("\n\n".join([_BROADCAST, *(NUMPY_HELPERS[h] for h in sorted(NUMPY_HELPERS))]))
    return "\n\n".join(parts)


def mpmath_helpers_module() -> str:
    """generated/mp/_helpers.py: every mpmath printer helper, imported by the twins."""
    parts = [_helpers_header("mpmath twin"), f'"""{MP_HELPERS_DOC}"""\n', "import mpmath\n"]
    parts.append("\n\n".join(MPMATH_HELPERS[h] for h in sorted(MPMATH_HELPERS)))
    return "\n\n".join(parts)


def _helpers_header(flavour: str) -> str:
    lines = [
        "# " + "-" * 116,
        f"# GENERATED FILE - DO NOT EDIT. {flavour} helpers by slowion.codegen; regenerate with `{REGENERATE}`.",
        "# Source: codegen/writer.py (broadcasting) and codegen/printer.py (the printers' helpers).",
        "# " + "-" * 116,
    ]
    return "\n".join(lines) + "\n"


def _imports(modules: list[str], helpers: list[str], package: str) -> str:
    lines = [f"import {m}" for m in sorted(modules)]
    if helpers:
        lines += ["", f"from {package}._helpers import {', '.join(sorted(helpers))}"]
    return "\n".join(lines) + "\n"


def numpy_module(module: str, targets: list[Target], pieces: dict[str, list[Piece]], use: str = "") -> str:
    printer = SlowionNumPyPrinter()
    functions = [numpy_function(t, pieces[t.name], printer) for t in targets]
    imports = sorted(printer.module_imports)
    if "numpy" not in imports:
        imports.append("numpy")
    parts = [header(module, targets, "numpy", use)]
    keys = sorted({k for t in targets for k in t.keys})
    parts.append(
        f'"""Generated numpy functions for {", ".join(keys)} (vectorised, float64, no SymPy).\n\n'
        f"{textwrap.fill(use + '.', 116, break_on_hyphens=False) if use else ''}\n"
        '"""\n'
    )
    # the dispatch helpers the functions call (a name followed by "(" in our own printed text)
    dispatch = {h for h in DISPATCH_HELPERS if re.search(rf"\b{h}\(", "".join(functions))}
    parts.append(_imports(imports, sorted(dispatch | printer.helpers), "slowion.generated"))
    names = ", ".join(f'"{t.name}"' for t in targets)
    parts.append(f"__all__ = [{names}]\n")
    parts.append(_domains(targets))
    parts.append("\n\n".join(functions))
    return "\n\n".join(parts)


def _domains(targets: list[Target]) -> str:
    """DOMAINS: the typical box of each function's arguments (argument -> (lo, hi)), for codegen/accuracy.py."""
    lines = [
        "#: typical argument box (bench: uniform in it; accuracy tests: plus edge regions): name -> arg -> (lo, hi)"
    ]
    lines.append("DOMAINS = {")
    for t in targets:
        inner = ", ".join(f'"{k}": ({lo!r}, {hi!r})' for k, (lo, hi) in t.domain.items())
        lines.append(f'    "{t.name}": {{{inner}}},')
    lines.append("}")
    return "\n".join(lines) + "\n"


def mpmath_function(target: Target, printer: SlowionMpmathPrinter) -> str:
    """The twin: the derive expression as printed by MpmathPrinter, no rewrites, no branches, no cse."""
    args = ", ".join(target.arg_names)
    result = printer.doprint(_rename(target.expr, target))
    ops = {"closed": int(sp.count_ops(target.expr))}
    doc = _docstring(target, [Piece("closed", target.expr)], ops, "mpmath")
    return f"def {target.name}({args}):\n{doc}    return {result}\n"


def mpmath_module(module: str, targets: list[Target], use: str = "") -> str:
    printer = SlowionMpmathPrinter()
    functions = [mpmath_function(t, printer) for t in targets]
    imports = sorted(set(printer.module_imports) | {"mpmath"})
    parts = [header(module, targets, "mpmath twin", use)]
    parts.append(
        f'"""mpmath twins of slowion.generated.{module}: the same SymPy expressions, unrewritten, for checks at high '
        "precision.\n\nCall inside ``mpmath.workdps(n)`` with n >= 30; at a removable singularity the closed form is "
        '0/0 and\n:func:`slowion.codegen.accuracy.mp_value` takes the limit.\n"""\n'
    )
    parts.append(_imports(imports, sorted(printer.helpers), "slowion.generated.mp"))
    names = ", ".join(f'"{t.name}"' for t in targets)
    parts.append(f"__all__ = [{names}]\n")
    parts.append("\n\n".join(functions))
    return "\n\n".join(parts)
