"""The ``slowion`` command line (contract in DESIGN.md).

Every bad input ends in one line on stderr naming the argument and what is allowed, and exit code 2.
Subcommands import their machinery lazily so that ``slowion --help`` and input errors are instant.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from slowion.errors import InputError

METALS = ("Li", "Na", "K", "Rb")
MODELS = ("feg", "lcao1", "lcao2", "exact")


class _Parser(argparse.ArgumentParser):
    """argparse prints usage plus the message; we print only the one-line message."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"slowion: error: {message}\n")
        raise SystemExit(2)


def positive_float(text: str) -> float:
    """A finite number > 0 (r_s, lattice constants)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a finite number > 0, got {text!r}") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"expected a finite number > 0, got {text!r}")
    return value


def nonzero_finite_float(text: str) -> float:
    """A finite, non-zero number (the ion charge Z)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a finite non-zero number, got {text!r}") from None
    if not math.isfinite(value) or value == 0:
        raise argparse.ArgumentTypeError(f"expected a finite non-zero number, got {text!r}")
    return value


def shell_count(text: str) -> int:
    """Neighbour shells: an integer 0..60 (the converged defaults are 40 for lcao2 and 20 for exact)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected an integer in 0..60, got {text!r}") from None
    if not 0 <= value <= 60:
        raise argparse.ArgumentTypeError(f"expected an integer in 0..60, got {text!r}")
    return value


def metal_name(text: str) -> str:
    for m in METALS:
        if text.lower() == m.lower():
            return m
    raise argparse.ArgumentTypeError(f"unknown metal {text!r}; allowed: {', '.join(METALS)}")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="slowion", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser, metavar="COMMAND")

    a = sub.add_parser("audit", help="derive everything and compare with the printed equations")
    a.add_argument("--json", action="store_true", help="machine-readable output")

    g = sub.add_parser("generate", help="write generated/ from the derived expressions")
    g.add_argument("--check", action="store_true", help="change nothing; exit 1 with a diff if stale")

    e = sub.add_parser("evaluate", help="numeric evaluations")
    esub = e.add_subparsers(dest="what", required=True, parser_class=_Parser, metavar="WHAT")
    w = esub.add_parser("wind", help="electron-wind friction coefficient Q (Das Eq. 12)")
    w.add_argument("--rs", type=positive_float, required=True, help="Wigner-Seitz radius r_s (bohr), > 0")
    w.add_argument("--Z", type=nonzero_finite_float, default=1.0, help="ion charge (default 1)")
    w.add_argument("--json", action="store_true")
    s = esub.add_parser("stopping", help="mean stopping 1/v dE/dx of He in an alkali metal")
    s.add_argument("--metal", type=metal_name, required=True, help=f"one of {', '.join(METALS)}")
    s.add_argument("--model", choices=MODELS, required=True)
    s.add_argument(
        "--shells", type=shell_count, default=None, help="neighbour shells for lcao2/exact (0..60; default: converged)"
    )
    s.add_argument("--json", action="store_true")

    r = sub.add_parser("report", help="the main job: audit, checks, evaluations, plots, report")
    r.add_argument("--out", default="slowion-report", help="output directory (default ./slowion-report)")

    b = sub.add_parser("bench", help="speed ratios of generated code against baselines")
    b.add_argument("--json", action="store_true")
    b.add_argument("--points", type=int, default=1_000_000, help="points per function (default 10^6)")
    return p


def _emit(obj: Any, as_json: bool, text: str) -> None:
    if as_json:
        print(json.dumps(obj, indent=2, sort_keys=False))
    else:
        print(text)


def cmd_audit(args: argparse.Namespace) -> int:
    from slowion.audit import run_audit

    return run_audit(as_json=args.json)


def cmd_generate(args: argparse.Namespace) -> int:
    from slowion.codegen.driver import run_generate

    return run_generate(check=args.check)


def cmd_evaluate(args: argparse.Namespace) -> int:
    if args.what == "wind":
        from slowion.evaluate.wind import wind_result

        res = wind_result(rs=args.rs, Z=args.Z)
        _emit(res, args.json, f"Q = {res['Q']:.12g} a.u. (+- {res['error']:.1e})  r_s={res['rs']}  Z={res['Z']}")
        return 0
    from slowion.evaluate.stopping import stopping_result

    res = stopping_result(metal=args.metal, model=args.model, shells=args.shells)
    _emit(
        res,
        args.json,
        f"{res['metal']} {res['model']}: S0 = {res['S0']:.6g} a.u. (+- {res['error']:.1e}), "
        f"S0/S0_FEG = {res['ratio_to_feg']:.6g}",
    )
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from slowion.evaluate.report import run_report

    return run_report(out=args.out)


def cmd_bench(args: argparse.Namespace) -> int:
    from slowion.bench import run_bench

    if args.points < 1000:
        raise InputError("argument --points: expected an integer >= 1000")
    return run_bench(as_json=args.json, points=args.points)


COMMANDS = {
    "audit": cmd_audit,
    "generate": cmd_generate,
    "evaluate": cmd_evaluate,
    "report": cmd_report,
    "bench": cmd_bench,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except InputError as exc:
        sys.stderr.write(f"slowion: error: {exc}\n")
        return 2
