"""Speed of the generated functions against (a) ``sympy.lambdify`` of the raw expression without CSE and (b) the
mpmath twin on a subsample, all measured in the same run (issue 4, item 7).

Every timing is the best of ``REPEATS`` runs on the same float64 points, drawn uniformly from the function's
``DOMAINS`` box (typical use; the edge-heavy accuracy sets put a third of the points into the series branches).
The mpmath twin is timed on ``MP_SAMPLE`` points at 30 digits and scaled to the full set.
A fused ``numba`` kernel is measured only if numba is importable; otherwise its row says so.
"""

from __future__ import annotations

import importlib
import time
import warnings
from collections.abc import Callable

import mpmath
import numpy as np

REPEATS = 3
MP_SAMPLE = 2000
MP_DPS = 30


def _best_time(fn: Callable[[], object], repeats: int = REPEATS) -> float:
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _lambdified(module: str, name: str):
    """lambdify of the derive expression as handed over (no rewrites, no cse), and its arguments' order."""
    import sympy as sp

    from slowion.codegen.targets import targets_by_module

    (target,) = [t for t in targets_by_module()[module] if t.name == name]
    return sp.lambdify(target.args, target.expr, modules="numpy", cse=False)


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


def bench_function(module: str, name: str, points: int) -> list[dict]:
    """Rows (one per comparison) for one generated function."""
    from slowion.codegen.accuracy import uniform_points

    gen = getattr(importlib.import_module(f"slowion.generated.{module}"), name)
    twin = getattr(importlib.import_module(f"slowion.generated.mp.{module}"), name)
    pts = list(uniform_points(module, name, points, seed=7).values())
    t_gen = _best_time(lambda: gen(*pts))
    lam = _lambdified(module, name)
    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the raw expression warns at its removable singularities: a baseline
        t_lam = _best_time(lambda: lam(*pts))
    t_mp = _mp_time_per_point(twin, pts) * points
    base = {"module": module, "function": name, "points": points, "generated_s": t_gen}
    rows = [
        base | {"comparison": "lambdify (raw expression, no cse)", "baseline_s": t_lam, "ratio": t_lam / t_gen},
        base
        | {
            "comparison": f"mpmath twin ({MP_DPS} digits, {MP_SAMPLE} points scaled)",
            "baseline_s": t_mp,
            "ratio": t_mp / t_gen,
        },
    ]
    try:
        import numba  # noqa: F401
    except ModuleNotFoundError:
        rows.append(
            base
            | {"comparison": "numba fused kernel", "baseline_s": None, "ratio": None, "note": "numba not installed"}
        )
    return rows


def generated_rows(points: int) -> list[dict]:
    """Bench rows for every generated function."""
    from slowion.codegen.accuracy import functions

    out: list[dict] = []
    for module, name in functions():
        out.extend(bench_function(module, name, points))
    return out
