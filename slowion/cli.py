"""The ``slowion`` command line.

Every bad input ends in one line on stderr naming the argument and what is allowed, and exit code 2, before any
file or directory is made. A computation that fails inside the supported domain ends in one line and exit code 1;
a non-finite number is never printed, and JSON output is strict (no NaN or Infinity).
Subcommands import their machinery lazily so that ``slowion --help`` and input errors are instant.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from slowion.base import validate
from slowion.base.choices import METALS, MODELS
from slowion.base.errors import ComputationError, InputError

#: parameter name (as the validators and evaluators spell it) -> command-line flag
FLAGS = {
    "rs": "--rs",
    "Z": "--Z",
    "metal": "--metal",
    "model": "--model",
    "shells": "--shells",
    "points": "--points",
    "out": "--out",
    "Z1": "--Z1",
    "xc": "--xc",
    "plot": "--plot",
    "direction": "--direction",
    "grid": "--grid",
    "workers": "--workers",
    "scheduler": "--scheduler",
}

#: options that must be given, per (command, what); checked after parsing so that an unknown argument is named
#: first (argparse would report a missing required argument instead)
REQUIRED = {
    ("evaluate", "wind"): ("rs",),
    ("evaluate", "stopping"): ("metal", "model"),
    ("evaluate", "friction"): ("Z1", "rs"),
    ("evaluate", "channelling"): ("metal",),
}

COMMAND_NAMES = ("audit", "generate", "evaluate", "report", "bench")
WHAT_NAMES = ("wind", "stopping", "friction", "channelling")


def one_line(message: str) -> str:
    """``message`` with every non-printable character (newlines included) escaped: one line on any terminal."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in message)


def _fail(message: str) -> NoReturn:
    sys.stderr.write(f"slowion: error: {one_line(message)}\n")
    raise SystemExit(2)


class _Parser(argparse.ArgumentParser):
    """argparse prints usage plus the message; we print only the one-line message."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # argparse (3.11, 3.12) reads "-1e50" as an unknown option, not as a negative number: widen its pattern
        self._negative_number_matcher = re.compile(r"^-(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$")

    def error(self, message: str) -> NoReturn:
        _fail(message)


def _arg_type(check: Callable[[object], Any]) -> Callable[[str], Any]:
    """An argparse ``type=`` from a validator: argparse then prefixes the flag ("argument --rs: ...")."""

    def convert(text: str) -> Any:
        try:
            return check(text)
        except InputError as exc:
            raise argparse.ArgumentTypeError(exc.detail) from None

    convert.__name__ = check.__name__  # argparse names the type in some messages
    return convert


def _arg_path(check: Callable[[object], Any]) -> Callable[[str], str]:
    """An argparse ``type=`` for a path from a validator: checked like :func:`_arg_type`, kept as typed."""
    convert = _arg_type(check)

    def keep(text: str) -> str:
        convert(text)
        return text

    keep.__name__ = check.__name__
    return keep


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="slowion", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    a = sub.add_parser("audit", help="derive everything and compare with the printed equations")
    a.add_argument("--json", action="store_true", help="machine-readable output")

    g = sub.add_parser("generate", help="write generated/ from the derived expressions")
    g.add_argument("--check", action="store_true", help="change nothing; exit 1 with a diff if stale")

    e = sub.add_parser("evaluate", help="numeric evaluations")
    esub = e.add_subparsers(dest="what", parser_class=_Parser, metavar="WHAT")
    w = esub.add_parser("wind", help="electron-wind friction coefficient Q (Das Eq. 12)")
    w.add_argument(
        "--rs",
        type=_arg_type(validate.rs),
        help=f"Wigner-Seitz radius r_s in bohr, {validate.RS_MIN:g}..{validate.RS_MAX:g} (required)",
    )
    w.add_argument(
        "--Z",
        type=_arg_type(validate.Z),
        default=1.0,
        help=f"ion charge, {validate.Z_ABS_MIN:g} <= |Z| <= {validate.Z_ABS_MAX:g} (default 1)",
    )
    w.add_argument("--json", action="store_true")
    s = esub.add_parser("stopping", help="mean stopping 1/v dE/dx of He in an alkali metal")
    s.add_argument("--metal", type=_arg_type(validate.metal), help=f"one of {', '.join(METALS)} (required)")
    s.add_argument("--model", type=_arg_type(validate.model), help=f"one of {', '.join(MODELS)} (required)")
    s.add_argument(
        "--shells",
        type=_arg_type(validate.shells),
        default=None,
        help=f"neighbour shells for lcao2/exact ({validate.SHELLS_MIN}..{validate.SHELLS_MAX}; default: converged)",
    )
    s.add_argument("--json", action="store_true")
    f = esub.add_parser("friction", help="friction Q of an atom in jellium from self-consistent Kohn-Sham phase shifts")
    add_friction_arguments(f)
    c = esub.add_parser("channelling", help="S_R/S0 over the (100) plane for He moving along [100] (DF Eqs. 60-61)")
    c.add_argument("--metal", type=_arg_type(validate.metal), help=f"one of {', '.join(METALS)} (required)")
    c.add_argument(
        "--model",
        default="lcao2",
        help="lcao2 (DF Eq. 69, default) or exact (DF Eq. 63; Na grid 64 ~20 s on one core, docs/channelling.md)",
    )
    c.add_argument("--direction", default="100", help="direction of motion: 100")
    c.add_argument("--grid", type=_arg_type(validate.grid), default=64, help="points per side: a multiple of 4, 8..256")
    c.add_argument("--json", action="store_true")
    c.add_argument(
        "--plot", metavar="FILE", type=_arg_path(validate.output_file), help="PNG contour map of S_R/S0 (cf. DF Fig. 3)"
    )
    c.add_argument("--tolerance", type=_tolerance, default=0.01, help="converged when error <= this x S0 (0.01)")
    add_executor_arguments(c)

    r = sub.add_parser("report", help="the main job: audit, checks, evaluations, plots, report")
    r.add_argument(
        "--out",
        default="slowion-report",
        type=_arg_path(validate.output_directory),
        help="output directory: existing and writable, or creatable (default ./slowion-report)",
    )
    add_executor_arguments(r, report=True)

    b = sub.add_parser("bench", help="speed ratios of generated code against baselines")
    b.add_argument("--json", action="store_true")
    b.add_argument(
        "--points",
        type=_arg_type(validate.points),
        default=None,
        help=f"points per function, {validate.POINTS_MIN}..{validate.POINTS_MAX} (default 10^5: ~1 min in all)",
    )
    return p


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse ``argv``; a bad or missing argument exits 2 with one line (unknown arguments are named first)."""
    args = build_parser().parse_args(argv)
    if args.command is None:
        _fail(f"argument COMMAND: required, one of {', '.join(COMMAND_NAMES)}")
    if args.command == "evaluate" and args.what is None:
        _fail(f"argument WHAT: required, one of {', '.join(WHAT_NAMES)}")
    for name in REQUIRED.get((args.command, getattr(args, "what", None)), ()):
        if getattr(args, name) is None:
            _fail(f"argument {FLAGS[name]}: required")
    return args


def finite_everywhere(obj: Any) -> bool:
    """True if every number in a (nested) result is finite."""
    if isinstance(obj, float):
        return math.isfinite(obj)
    if isinstance(obj, dict):
        return all(finite_everywhere(v) for v in obj.values())
    if isinstance(obj, list | tuple):
        return all(finite_everywhere(v) for v in obj)
    return True


def _emit(obj: dict, as_json: bool, text: Callable[[dict], str]) -> None:
    """Print a result (strict JSON, or a text line plus its warnings on stderr); never a non-finite number."""
    if not finite_everywhere(obj):
        raise ComputationError("the computation gave a non-finite number inside the supported input domain")
    if as_json:
        print(json.dumps(obj, indent=2, allow_nan=False))
        return
    print(text(obj))
    for warning in obj.get("warnings", ()):
        sys.stderr.write(f"slowion: warning: {one_line(warning)}\n")


def cmd_audit(args: argparse.Namespace) -> int:
    from slowion.audit import run_audit

    return run_audit(as_json=args.json)


def cmd_generate(args: argparse.Namespace) -> int:
    from slowion.codegen.driver import run_generate

    return run_generate(check=args.check)


def cmd_channelling(args: argparse.Namespace) -> int:
    from slowion.evaluate.channelling_map import DIRECTIONS, MODELS, channelling_result, plot_channelling_map

    if args.model not in MODELS:
        raise InputError(f"expected one of {', '.join(MODELS)}, got {args.model!r}", "model")
    if args.direction not in DIRECTIONS:
        raise InputError(f"expected one of {', '.join(DIRECTIONS)}, got {args.direction!r}", "direction")
    with executor_for(args) as ex:
        res = channelling_result(
            args.metal, args.model, args.direction, args.grid, tolerance=args.tolerance, executor=ex
        )
    if args.plot is not None:
        plot_channelling_map(res, args.plot)
    _emit(
        res,
        args.json,
        lambda r: (
            f"{r['metal']} {r['model']} [{r['direction']}] grid {r['grid']}: S0 = {r['S0']:.6g} a.u.; S_R/S0 from "
            f"{r['min']:.3g} to {r['max']:.3g} (outside the rows {r['range_outside_rows']:.3g}), low-half mean "
            f"{r['low_half_mean']:.3g}; error {r['error']:.2g} a.u., converged: {r['converged']}"
        ),
    )
    return 0


def _workers(text: str) -> int:
    from slowion.report.executor import check_workers

    try:
        return check_workers(text)
    except InputError as exc:
        raise argparse.ArgumentTypeError(exc.detail) from None


def _scheduler(text: str) -> str:
    from slowion.report.executor import check_address

    try:
        return check_address(text)
    except InputError as exc:
        raise argparse.ArgumentTypeError(exc.detail) from None


def _tolerance(text: str) -> float:
    t = text.strip()
    if not re.fullmatch(r"(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?", t, re.ASCII) or not 0 < float(t) < 1:
        raise argparse.ArgumentTypeError(f"expected a number in (0, 1), got {text!r}")
    return float(t)


def add_executor_arguments(parser: argparse.ArgumentParser, report: bool = False) -> None:
    """--workers, --scheduler, --dask: where the scan's independent items run (``report/executor.py``,
    :func:`~slowion.report.executor.from_options`); the results are the same, bit for bit, on every executor."""
    default = "SLOWION_EXECUTOR (processes)" if report else "in-process"
    parser.add_argument(
        "--workers", type=_workers, default=None, help=f"local worker processes, 1..256 (default: {default})"
    )
    parser.add_argument(
        "--scheduler",
        type=_scheduler,
        default=None,
        metavar="ADDRESS",
        help="run on the existing Dask cluster at ADDRESS (tcp://HOST:PORT); not with --workers",
    )
    parser.add_argument(
        "--dask", action="store_true", help="with --workers N: start a local Dask cluster of N processes instead"
    )


def executor_for(args: argparse.Namespace):
    """The executor of the command's scan from --workers/--scheduler/--dask (validated; nothing started for the
    in-process default; a Dask cluster is connected here, before any file is written)."""
    from slowion.report.executor import SchedulerUnreachable, from_options

    try:
        return from_options(args.workers, args.scheduler, args.dask)
    except SchedulerUnreachable as exc:
        raise ComputationError(str(exc)) from None


def add_friction_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``slowion evaluate friction`` (values are checked by the evaluator, which names the flag)."""
    parser.add_argument("--Z1", help="nuclear charge: a number, a list 1,2,10 or a range 1-18 (required)")
    parser.add_argument("--rs", help="Wigner-Seitz radius in bohr: a number, a list or a range (required)")
    parser.add_argument("--xc", default="lda", help="exchange-correlation: lda (Perdew-Zunger 1981, default) or none")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--plot",
        metavar="FILE",
        type=_arg_path(validate.output_file),
        help="PNG of Q against Z1 (or against r_s for one Z1)",
    )
    add_executor_arguments(parser)


def cmd_evaluate(args: argparse.Namespace) -> int:
    if args.what == "channelling":
        return cmd_channelling(args)
    if args.what == "friction":
        from slowion.evaluate.friction import run_friction

        with executor_for(args) as ex:
            return run_friction(args, executor=ex)
    if args.what == "wind":
        from slowion.evaluate.wind import wind_result

        res = wind_result(rs=args.rs, Z=args.Z)
        _emit(res, args.json, lambda r: f"Q = {r['Q']:.12g} a.u. (+- {r['error']:.1e})  r_s={r['rs']}  Z={r['Z']}")
        return 0
    from slowion.evaluate.stopping import stopping_result

    res = stopping_result(metal=args.metal, model=args.model, shells=args.shells)
    _emit(
        res,
        args.json,
        lambda r: (
            f"{r['metal']} {r['model']}: S0 = {r['S0']:.6g} a.u. (+- {r['error']:.1e}), "
            f"S0/S0_FEG = {r['ratio_to_feg']:.6g}"
        ),
    )
    return 0


def check_executor_kind() -> str:
    """The executor kind named by ``SLOWION_EXECUTOR`` (or the default), checked before the report starts."""
    from slowion.report.executor import resolve_kind

    return resolve_kind()


def run_report(out: str) -> int:
    """The report runner (a seam: the input-fuzzing tests put a stub here)."""
    from slowion.report.run import run_report as run

    return run(out=out)


def report_executor_environment(args: argparse.Namespace) -> dict[str, str]:
    """--workers/--scheduler/--dask of ``slowion report`` as the environment the report's ``get_executor()`` reads
    (SLOWION_EXECUTOR, SLOWION_WORKERS, SLOWION_SCHEDULER); a scheduler is contacted once here, before any file.
    Returns the settings to put into ``os.environ`` (empty: none of the options given)."""
    from slowion.report.executor import ENV_SCHEDULER, ENV_VAR, ENV_WORKERS

    if args.scheduler is not None and args.workers is not None:
        raise InputError("not allowed with --scheduler (the cluster has its own workers)", "workers")
    if args.scheduler is not None:
        with executor_for(args):
            pass
        return {ENV_VAR: "dask", ENV_SCHEDULER: args.scheduler, ENV_WORKERS: ""}
    if args.workers is not None or args.dask:
        kind = "dask" if args.dask else ("serial" if args.workers == 1 else "processes")
        return {ENV_VAR: kind, ENV_WORKERS: "" if args.workers is None else str(args.workers), ENV_SCHEDULER: ""}
    return {}


def cmd_report(args: argparse.Namespace) -> int:
    # --out was checked by its argparse type (validate.output_directory)
    settings = report_executor_environment(args)
    saved = {k: os.environ.get(k) for k in settings}
    os.environ.update(settings)
    try:
        check_executor_kind()
        try:
            return run_report(args.out)
        except OSError as exc:  # a disk filling up or a directory removed under us: not a bad input
            raise ComputationError(f"writing the report into {args.out!r} failed: {exc}") from None
    finally:
        for k, v in saved.items():  # the command line may run inside a longer process (tests)
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def cmd_bench(args: argparse.Namespace) -> int:
    from slowion.bench import run_bench

    return run_bench(as_json=args.json, points=args.points)


COMMANDS = {
    "audit": cmd_audit,
    "generate": cmd_generate,
    "evaluate": cmd_evaluate,
    "report": cmd_report,
    "bench": cmd_bench,
}


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = parse(argv)
    except SystemExit as exc:  # argparse's --help (0) and our one-line errors (2)
        return exc.code if isinstance(exc.code, int) else 2
    try:
        return COMMANDS[args.command](args)
    except InputError as exc:
        message = f"argument {FLAGS.get(exc.parameter, exc.parameter)}: {exc.detail}" if exc.parameter else str(exc)
        sys.stderr.write(f"slowion: error: {one_line(message)}\n")
        return 2
    except ComputationError as exc:
        sys.stderr.write(f"slowion: error: {one_line(str(exc))}\n")
        return 1
    except BrokenPipeError:  # `slowion ... | head`: the reader left; say nothing more (Python's documented recipe)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
