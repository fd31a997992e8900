"""Measured scaling of the executor (docs/scaling.md): run as `python docs/scaling_bench.py [map|sweep|overhead]`.

Prints one JSON line per measurement with the machine load (os.getloadavg) before and after it.
"""

import json
import os
import sys
import time


def load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def timed(label, fn, **extra):
    before = load()
    t0 = time.perf_counter()
    out = fn()
    dt = time.perf_counter() - t0
    print(json.dumps({"what": label, "seconds": round(dt, 3), "load_before": before, "load_after": load(), **extra}))
    sys.stdout.flush()
    return out, dt


def bench_map(grid: int = 50) -> None:
    """The 50 x 50 exact map of Na (grid 50: 51 x 51 points, folded to the canonical points), map phase alone
    (S0, the pair matrices and the Ibar tables are made once, before, in the parent) and the whole result."""
    from slowion.evaluate import channelling_exact as ce
    from slowion.evaluate.stopping import mean_stopping, shell_window
    from slowion.report.executor import from_options

    timed("exact S0 (mean_stopping, 20 shells, orders 47/59)", lambda: mean_stopping("Na", "exact"))
    from slowion.evaluate.constants import metal_data

    d = metal_data("Na")
    a = d.lattice_constant
    window = shell_window(a, d.kF, 20)
    ph, _ = timed("pair matrices order 17", lambda: ce.pair_matrices("Na", 17, [20]))
    pl, _ = timed("pair matrices order 11 (20 and window shells)", lambda: ce.pair_matrices("Na", 11, [20, window]))
    r_main, r_check = ce.density_radius_of("Na"), ce.density_radius_of("Na", ce.RADIUS_CHECK)
    fine, coarse = ce.line_nodes(a, ce.LINE_NODES[0]), ce.line_nodes(a, ce.LINE_NODES[1])
    specs = [
        {"k": ph["k"], "W": [ph["W"][20]], "line": fine, "radius": r_main},
        {"k": pl["k"], "W": [pl["W"][20], pl["W"][window]], "line": fine, "radius": r_main},
        {"k": pl["k"], "W": [pl["W"][20]], "line": coarse, "radius": r_main},
        {"k": pl["k"], "W": [pl["W"][20]], "line": fine, "radius": r_check},
    ]
    reps, _ = ce.canonical_points(grid)
    tasks = -(-len(reps) // ce.CHUNK_POINTS)
    results = {}
    for workers in (1, 2):
        with from_options(workers=workers) as ex:
            _warm(ex, specs)
            results[workers], _ = timed(
                f"exact map phase, grid {grid}, {workers} worker(s)",
                lambda ex=ex: ce.exact_maps("Na", grid, specs, ex),
                points=len(reps),
                tasks=tasks,
                workers=workers,
            )
    same = all((x == y).all() for x, y in zip(results[1], results[2], strict=True))
    print(json.dumps({"what": "1 vs 2 workers bit-for-bit equal", "equal": bool(same)}))
    with from_options(workers=2, dask=True) as ex:
        _warm(ex, specs)
        timed(f"exact map phase, grid {grid}, local Dask cluster of 2", lambda: ce.exact_maps("Na", grid, specs, ex))


def _warm(ex, specs) -> None:
    """Start the workers and import the machinery in each (one small task per worker), outside the timing."""
    from slowion.evaluate import channelling_exact as ce
    from slowion.evaluate.constants import metal_data

    a = metal_data("Na").lattice_constant
    task = {"metal": "Na", "a": a, "grid": 8, "points": [(1, 0)], "specs": specs[:1]}
    ex.map(ce._line_values, [task] * max(2, getattr(ex, "workers", 1)))


def bench_sweep(n: int = 100_000) -> None:
    """The mpmath twin of lindhard_x1 at n points (codegen/accuracy.compare), 1 and 2 workers."""
    from slowion.codegen import accuracy
    from slowion.report.executor import from_options

    out = {}
    for workers in (1, 2):
        with from_options(workers=workers) as ex:
            accuracy.compare("dielectric", "lindhard_x1", n=2 * accuracy.CHUNK_POINTS, executor=ex)  # warm up
            out[workers], _ = timed(
                f"twin sweep lindhard_x1, {n} points, {workers} worker(s)",
                lambda ex=ex: accuracy.compare("dielectric", "lindhard_x1", n=n, executor=ex),
                tasks=-(-n // accuracy.CHUNK_POINTS),
            )
    print(json.dumps({"what": "sweep 1 vs 2 workers equal", "equal": json.dumps(out[1]) == json.dumps(out[2])}))


def _noop(x):
    return x


def bench_overhead(n: int = 400) -> None:
    """Per-task overhead of each executor: n tasks that do nothing."""
    from slowion.report.executor import from_options

    for label, kw in (("processes", {"workers": 2}), ("dask local", {"workers": 2, "dask": True})):
        with from_options(**kw) as ex:
            ex.map(_noop, list(range(4)))  # start the workers first
            _, dt = timed(f"{n} empty tasks on {label}", lambda ex=ex: ex.map(_noop, list(range(n))))
            print(json.dumps({"what": f"overhead per task, {label}", "seconds": dt / n}))


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else "map"
    {"map": bench_map, "sweep": bench_sweep, "overhead": bench_overhead}[what]()
