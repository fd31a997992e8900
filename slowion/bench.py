"""``slowion bench [--json] [--points N]``: speed and edge accuracy of the generated code against its competitors.

Rows from :mod:`slowion.codegen.bench` (per generated function: numpy backend, compiled numba backend and its
parallel variant, lambdify of the raw and of our edge-safe expression, a hand-fused numba kernel where written, the
mpmath twin; each with its max relative error and NaN count on the edge set) and from :mod:`slowion.evaluate.bench`
(our quadrature vs vegas for the stopping integral), all measured in this run. ``--json`` writes one object:
``{"points", "machine" (CPU model, cores, library versions), "seconds" (the whole run), "rows"}``.
"""

from __future__ import annotations

import json
import time

from slowion.base import validate
from slowion.base.errors import ComputationError

#: default points per function: the whole bench (numba compiles included) runs in ~1 minute on 2 idle cores
#: (measured: docs/codegen.md, Performance); the per-function timings are then 1-50 ms, well above timer noise
DEFAULT_POINTS = 100_000


def _fmt(x: float | None, unit: str = "") -> str:
    return "-" if x is None else f"{x:.3g}{unit}"


def run_bench(as_json: bool, points: int | None = None) -> int:
    """Measure and print; ``as_json``: one JSON object (see the module docstring). Returns the exit code.

    ``points`` (default :data:`DEFAULT_POINTS`) must lie in ``slowion.base.validate.POINTS_MIN..POINTS_MAX``
    (:class:`~slowion.base.errors.InputError`).
    """
    points = validate.points(DEFAULT_POINTS if points is None else points)
    from slowion.codegen.bench import generated_rows, machine

    t0 = time.perf_counter()
    rows = generated_rows(points)
    try:
        from slowion.evaluate.bench import rows as evaluate_rows
    except ModuleNotFoundError:
        rows.append({"comparison": "stopping quadrature vs vegas", "note": "slowion.evaluate.bench not available"})
    else:
        rows.extend(evaluate_rows(points))
    seconds = time.perf_counter() - t0
    if as_json:
        doc = {"points": points, "machine": machine(), "seconds": seconds, "rows": rows}
        try:
            text = json.dumps(doc, indent=2, allow_nan=False)
        except ValueError:  # a ratio over a zero time: strict JSON has no Infinity
            raise ComputationError("bench: a timing ratio is not finite (a measured time of zero)") from None
        print(text)
        return 0
    m = machine()
    print(f"# {m['cpu']}, {m['cores']} cores; numpy {m['numpy']}, numba {m['numba']}; {points} points per function")
    print("# ratio = competitor time / generated numpy time (> 1: numpy faster)")
    print("# edge err: max rel. error vs mpmath on the edge set; nonfinite: count of non-finite results there")
    print(f"{'function':<30} {'competitor':<42} {'seconds':>9} {'ratio':>8} {'edge err':>9} {'nonfinite':>9}")
    for r in rows:
        name = r.get("function", r.get("name", ""))
        print(
            f"{name:<30} {r.get('comparison', '')[:42]:<42} {_fmt(r.get('baseline_s')):>9} "
            f"{_fmt(r.get('ratio'), 'x'):>8} {_fmt(r.get('edge_max_rel_error')):>9} "
            f"{r.get('edge_nonfinite', '-')!s:>9}  {r.get('note', '')}"
        )
    print(f"# whole bench: {seconds:.1f} s")
    return 0
