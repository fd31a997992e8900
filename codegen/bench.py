"""A fair bench of the generated functions (issue 13, item 3): speed and edge accuracy of every competitor.

Per generated function, on the same float64 points drawn uniformly from its ``DOMAINS`` box, best of ``REPEATS``
rounds in which every competitor runs once (interleaved, so that a load spike of a shared machine hits a round,
not one competitor):

- ``numpy``: the generated numpy module (the reference of every ratio: ratio = competitor time / numpy time, so a
  ratio > 1 means numpy is faster);
- ``compiled``: the generated numba ufunc (generated/fast/), and ``compiled parallel``: the same scalar code as a
  ``target="parallel"`` ufunc (Lindhard family and wind integrand only: the compile costs seconds per function);
- ``lambdify raw``: ``sympy.lambdify`` of the derive expression, no cse (wrong at the edges: NaN at q = 0 and
  q = 2 k_F, cancellation at small and large q);
- ``lambdify edge-safe``: ``sympy.lambdify`` of our own pieces, the rewritten closed form and its series branches
  as one ``Piecewise`` (numpy.select: every branch on every point), so the same accuracy as ours;
- ``hand-fused``: the numba kernels of :mod:`slowion.codegen.fused` where one is written;
- ``mpmath twin``: 30 digits on ``MP_SAMPLE`` points, scaled to the full set.

Each competitor's accuracy is measured on the accuracy tests' edge set (``codegen.accuracy.point_set``,
``EDGE_POINTS`` points; reference: the mpmath twin at 60 digits with the limit at removable points): the maximum
relative error and the number of NaN/inf results. Compile times (numba) are reported, not timed as runs.
"""

from __future__ import annotations

import importlib
import os
import platform
import time
import warnings
from collections.abc import Callable
from functools import cache

import mpmath
import numpy as np

REPEATS = 7
MP_SAMPLE = 200
MP_DPS = 30
EDGE_POINTS = 200
#: functions with an edge-safe lambdify and a parallel compiled row (their pieces differ from the raw expression)
LINDHARD = ("lindhard_x1", "lindhard_eps_static", "potential_v1_factor", "wind_integrand")


def _best_time(fn: Callable[[], object], repeats: int = REPEATS) -> float:
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _quiet(fn: Callable) -> Callable:
    """fn with numpy's floating-point warnings silenced (raw lambdify warns at its singular points: a baseline)."""

    def run(*args):
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return fn(*args)

    return run


@cache
def _target(module: str, name: str):
    return {t.name: t for t in _module_targets(module)}[name]


@cache
def _module_targets(module: str) -> tuple:
    """The targets of one derive module (derived once per run, not all modules: the bench's own start-up time)."""
    from slowion.codegen.targets import collect_targets, derive_module_of

    path = derive_module_of(module)
    return collect_targets((path,))[module]


def _lambdified(module: str, name: str) -> Callable:
    """lambdify of the derive expression as handed over (no rewrites, no cse)."""
    import sympy as sp

    target = _target(module, name)
    return sp.lambdify(target.args, target.expr, modules="numpy", cse=False)


def _edge_safe_lambdified(module: str, name: str) -> Callable:
    """lambdify of our pieces as one Piecewise (series branches first, closed form last); helpers from printer.py."""
    import sympy as sp

    from slowion.codegen.driver import pieces
    from slowion.codegen.printer import NUMPY_HELPERS

    target = _target(module, name)
    parts = pieces(target)
    closed, branches = parts[0], parts[1:]
    expr = sp.Piecewise(*[(p.expr, p.condition) for p in branches], (closed.expr, True))
    namespace: dict = {"numpy": np}
    for src in NUMPY_HELPERS.values():
        exec(src, namespace)  # our own helper source text (printer.py), not user input
    helpers = {
        "xlogabs": namespace["xlogabs"],
        "xlnratio": namespace["xlnratio"],
        "xlnratio_pos": namespace["xlnratio_pos"],
    }
    return sp.lambdify(target.args, expr, modules=[helpers, "numpy"], cse=False)


def _compiled(module: str, name: str, parallel: bool = False) -> tuple[Callable | None, float, str]:
    """(the generated numba ufunc or None, compile seconds, note)."""
    try:
        import numba
    except ImportError:
        return None, 0.0, "numba not installed (pip install '.[fast]')"
    t0 = time.perf_counter()
    try:
        fast = importlib.import_module(f"slowion.generated.fast.{module}")
    except ModuleNotFoundError:
        return None, 0.0, f"no compiled twin for module {module}"
    fn = getattr(fast, name)
    if parallel:
        fn = numba.vectorize(fast.SIGNATURES[name], target="parallel")(fast.SCALARS[name])
    return fn, time.perf_counter() - t0, ""


def _interleaved_times(runs: dict[str, Callable], pts: list[np.ndarray]) -> dict[str, float]:
    """Best of ``REPEATS`` rounds, every competitor once per round: a load spike of the shared machine then hits
    all competitors of a round alike instead of the one that happened to be timed during it."""
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(REPEATS):
        for label, run in runs.items():
            t0 = time.perf_counter()
            run(*pts)
            best[label] = min(best[label], time.perf_counter() - t0)
    return best


def _mp_time_per_point(twin: Callable, pts: list[np.ndarray]) -> float:
    n = min(MP_SAMPLE, len(pts[0]))
    rows = [[mpmath.mpf(float(a[i])) for a in pts] for i in range(n)]

    def run() -> None:
        with mpmath.workdps(MP_DPS):
            for r in rows:
                try:
                    twin(*r)
                except (ZeroDivisionError, ValueError):
                    pass  # a removable singularity: counts as an evaluation

    return _best_time(run, 1) / n


def _edge_reference(module: str, name: str) -> tuple[list[np.ndarray], np.ndarray]:
    from slowion.codegen.accuracy import mp_value, point_set

    twin = getattr(importlib.import_module(f"slowion.generated.mp.{module}"), name)
    pts = list(point_set(module, name, EDGE_POINTS, seed=11).values())
    ref = np.array([float(mp_value(twin, [float(a[i]) for a in pts])) for i in range(EDGE_POINTS)])
    return pts, ref


def _edge_accuracy(fn: Callable, pts: list[np.ndarray], ref: np.ndarray) -> dict:
    """max relative error against the mpmath reference (absolute where the reference is 0) and NaN/inf count."""
    got = np.asarray(_quiet(fn)(*pts), dtype=np.float64)
    bad = ~np.isfinite(got)
    ok = ~bad & np.isfinite(ref)
    scale = np.where(ref != 0, np.abs(ref), 1.0)
    err = np.abs(got[ok] - ref[ok]) / scale[ok]
    return {"edge_max_rel_error": float(err.max()) if err.size else None, "edge_nonfinite": int(bad.sum())}


def machine() -> dict:
    """CPU model, cores and library versions of this run."""
    cpu = platform.processor() or ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        import numba

        numba_version = numba.__version__
    except ImportError:
        numba_version = None
    import sympy

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    return {
        "cpu": cpu,
        "cores": cores,
        "load_average_1min": load,  # > cores: other jobs share the CPUs (parallel rows cannot speed up then)
        "python": platform.python_version(),
        "numpy": np.__version__,
        "numba": numba_version,
        "sympy": sympy.__version__,
        "mpmath": mpmath.__version__,
    }


def bench_function(module: str, name: str, points: int, edge: bool = True) -> list[dict]:
    """Rows (one per competitor) for one generated function: seconds, ratio to numpy, edge accuracy."""
    from slowion.codegen.accuracy import uniform_points
    from slowion.codegen.fused import KERNELS, fused

    gen = getattr(importlib.import_module(f"slowion.generated.{module}"), name)
    twin = getattr(importlib.import_module(f"slowion.generated.mp.{module}"), name)
    pts = list(uniform_points(module, name, points, seed=7).values())
    competitors: list[tuple[str, Callable | None, float, str]] = [("numpy (generated)", gen, 0.0, "")]
    fast, t_compile, note = _compiled(module, name)
    competitors.append(("compiled (generated numba)", fast, t_compile, note))
    if name in LINDHARD and fast is not None:
        par, t_par, note = _compiled(module, name, parallel=True)
        competitors.append(("compiled parallel (numba target=parallel)", par, t_par, note))
    competitors.append(("lambdify raw (no cse)", _lambdified(module, name), 0.0, "not finite at removable points"))
    if name in LINDHARD:
        competitors.append(("lambdify edge-safe (our pieces, select)", _edge_safe_lambdified(module, name), 0.0, ""))
    if name in KERNELS:
        try:
            t0 = time.perf_counter()
            kern = fused(name)
            competitors.append(("hand-fused numba", kern, time.perf_counter() - t0, KERNELS[name][1]))
        except ImportError:
            competitors.append(("hand-fused numba", None, 0.0, "numba not installed"))
    edge_pts, ref = _edge_reference(module, name) if edge else (None, None)
    runs = {label: _quiet(fn) for label, fn, _, _ in competitors if fn is not None}
    for run in runs.values():
        run(*(a[:10] for a in pts))  # warm-up (a DUFunc's first call)
    times = _interleaved_times(runs, pts)
    t_gen = times[competitors[0][0]]
    rows = []
    base = {"module": module, "function": name, "points": points, "generated_s": t_gen}
    for label, fn, t_compile, note in competitors:
        row = base | {"comparison": label, "note": note}
        if fn is None:
            rows.append(row | {"baseline_s": None, "ratio": None})
            continue
        row |= {"baseline_s": times[label], "ratio": times[label] / t_gen}
        if t_compile:
            row["compile_s"] = t_compile
        if edge_pts is not None:
            row |= _edge_accuracy(fn, edge_pts, ref)
        rows.append(row)
    t_mp = _mp_time_per_point(twin, pts) * points
    rows.append(
        base
        | {
            "comparison": f"mpmath twin ({MP_DPS} digits, {MP_SAMPLE} points scaled)",
            "baseline_s": t_mp,
            "ratio": t_mp / t_gen,
            "note": "the reference of the edge accuracy (at 60 digits)",
        }
    )
    return rows


def generated_rows(points: int, edge: bool = True) -> list[dict]:
    """Bench rows for every generated function."""
    from slowion.codegen.accuracy import functions

    out: list[dict] = []
    for module, name in functions():
        out.extend(bench_function(module, name, points, edge))
    return out
