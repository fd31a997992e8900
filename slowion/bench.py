"""``slowion bench [--json] [--points N]``: speed ratios of the generated code and of the stopping quadrature.

Rows from :mod:`slowion.codegen.bench` (generated numpy vs lambdify vs mpmath twin, per function) and from
:mod:`slowion.evaluate.bench` (our quadrature vs vegas for the stopping integral), all measured in this run.
"""

from __future__ import annotations

import json

from slowion.base import validate
from slowion.base.errors import ComputationError


def _fmt(x: float | None, unit: str = "") -> str:
    return "-" if x is None else f"{x:.3g}{unit}"


def run_bench(as_json: bool, points: int) -> int:
    """Measure and print; ``as_json``: a JSON list, one object per comparison. Returns the exit code.

    ``points`` must lie in ``slowion.base.validate.POINTS_MIN..POINTS_MAX`` (:class:`~slowion.base.errors.InputError`).
    """
    points = validate.points(points)
    from slowion.codegen.bench import generated_rows

    rows = generated_rows(points)
    try:
        from slowion.evaluate.bench import rows as evaluate_rows
    except ModuleNotFoundError:
        rows.append({"comparison": "stopping quadrature vs vegas", "note": "slowion.evaluate.bench not available"})
    else:
        rows.extend(evaluate_rows(points))
    if as_json:
        try:
            text = json.dumps(rows, indent=2, allow_nan=False)
        except ValueError:  # a ratio over a zero time: strict JSON has no Infinity
            raise ComputationError("bench: a timing ratio is not finite (a measured time of zero)") from None
        print(text)
        return 0
    print(f"{'function':<36} {'comparison':<46} {'generated':>10} {'baseline':>10} {'ratio':>9}")
    for r in rows:
        name = r.get("function", r.get("name", ""))
        print(
            f"{name:<36} {r.get('comparison', ''):<46} {_fmt(r.get('generated_s'), ' s'):>10} "
            f"{_fmt(r.get('baseline_s'), ' s'):>10} {_fmt(r.get('ratio'), 'x'):>9}  {r.get('note', '')}"
        )
    return 0
