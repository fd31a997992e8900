"""Report tasks that combine evaluations: a computation with its plot (drawn in the worker, into the staging
directory), and the He friction in the KS-LDA and linear-response pictures side by side.

Each is a module-level function of plain arguments, so that it runs as a :class:`~slowion.report.task.Task` on any
executor. A plot that fails is said so in place of its file name; the numbers stay.
"""

from __future__ import annotations

from pathlib import Path

from slowion.evaluate import channelling_map, wind
from slowion.evaluate.constants import metal_data
from slowion.evaluate.friction import friction_result
from slowion.evaluate.paper import NA
from slowion.report.task import jsonable


def wind_with_plot(plot_path: str) -> dict:
    """The electron-wind table Q(r_s) (Das Eq. 12, corrected) and its plot."""
    table = wind.wind_table()
    plot = None
    try:
        wind.plot_wind(plot_path)
        plot = Path(plot_path).name
    except Exception as exc:
        plot = f"not computed: {type(exc).__name__}: {exc}"
    return {"table": jsonable(table), "plot": plot}


def channelling_with_plot(plot_path: str) -> dict:
    """The direct channelling map of Na (all G perpendicular to [100] summed in real space, DF Eqs. 60-61) and its
    plot."""
    result = channelling_map.channelling_result(NA)
    plot = None
    try:
        channelling_map.plot_channelling_map(result, plot_path)
        plot = Path(plot_path).name
    except Exception as exc:
        plot = f"not computed: {type(exc).__name__}: {exc}"
    return {"result": jsonable(result), "plot": plot}


def he_friction(metal: str) -> dict:
    """He (Z1 = 2) at the metal's r_s: the KS-LDA friction (phase shifts, X-10) and the linear-response friction
    of a bare Z = 2 charge (Das Eq. 12 corrected, ``evaluate wind``), on the same r_s."""
    rs = metal_data(metal).rs
    return {"ks": friction_result(2.0, rs, "lda"), "wind_Z2": wind.wind_result(rs=rs, Z=2.0)["Q"]}
