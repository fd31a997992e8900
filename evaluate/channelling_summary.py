"""Statistics, error summary and plot of a channelling map S_R / S0 (DF Fig. 3), shared by the LCAO-II map of
``channelling_map`` and the exact map of ``channelling_exact`` (derivations in ``docs/channelling.md``)."""

from __future__ import annotations

import numpy as np

from slowion.evaluate.channelling_geometry import midpoint_class

#: radius (units of a) of the disc around each atomic row excluded from ``range_outside_rows``
ROW_DISC = 0.1
#: row positions of the (100) projection (units of a) within the plotted cell
ROWS = ((0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0), (0.5, 0.5))


def row_distance(grid: int) -> np.ndarray:
    """Distance (units of a) of each grid point R = (i, j)/grid to the nearest atomic row of the (100) projection."""
    y = np.arange(grid + 1) / grid
    Y, Z = np.meshgrid(y, y, indexing="ij")
    rows = [(cy + dy, cz + dz) for cy, cz in ((0.0, 0.0), (0.5, 0.5)) for dy in (-1, 0, 1) for dz in (-1, 0, 1)]
    return np.min([np.hypot(Y - ry, Z - rz) for ry, rz in rows], axis=0)


def cell_statistics(m: np.ndarray, grid: int, disc: float = ROW_DISC) -> dict:
    """min, max, range, low-half mean over one periodic cell (edge points dropped), and the range outside the
    discs of radius ``disc`` (units of a) around the atomic rows."""
    cell = m[:-1, :-1].ravel()
    dist = row_distance(grid)[:-1, :-1].ravel()
    outside = cell[dist > disc]
    low = float(cell.min())
    return {
        "min": low,
        "max": float(cell.max()),
        "range": float(cell.max() - low),
        "low_half_mean": float(np.sort(cell)[: cell.size // 2].mean()),
        "grid_mean": float(cell.mean()),
        "range_outside_rows": float(outside.max() - outside.min()),
        "max_outside_rows": float(outside.max()),
    }


def midpoint_distance(grid: int) -> np.ndarray:
    """Distance (units of a) of each grid point to the nearest projected bond midpoint t in L/2 that is not an atomic
    row: (a/4)(1, 1)-type (nearest-neighbour bonds) and (a/2)(1, 0)-type (second-neighbour bonds)."""
    y = np.arange(grid + 1) / grid
    Y, Z = np.meshgrid(y, y, indexing="ij")
    pts = [(A / 4, B / 4) for A in range(-1, 6) for B in range(-1, 6) if (A - B) % 2 == 0 and midpoint_class(A, B)]
    return np.min([np.hypot(Y - ty, Z - tz) for ty, tz in pts], axis=0)


#: DF's statements on the map (Fig. 3 and the text after Eq. 61), carried by every result for the report
PAPER_STATEMENTS = {
    "variation": "the stopping varies by up to 100 % of S0 over the (100) plane",
    "variation_fraction": 1.0,
    "channels": "an atom exploring half of the available space gets around 50-60 % of S0",
    "low_half_mean_range": [0.5, 0.6],
}


def map_summary(
    symbol: str,
    model: str,
    grid: int,
    weighting: str,
    m: np.ndarray,
    parts: dict,
    s0,
    tolerance: float,
    plane_mean: tuple[float, float],
    peaks_from_eq69: bool,
) -> dict:
    """The common part of a channelling result from the map m (S_R / S0 on the grid) and its error parts (fractions
    of S0, without the grid and S0 parts, which are added here): statistics, error, converged, warnings, the
    symmetric counterpart, DF's statements."""
    stats = cell_statistics(m, grid)
    half = cell_statistics(m[::2, ::2], grid // 2)
    far = (row_distance(grid) > ROW_DISC) & (midpoint_distance(grid) > ROW_DISC)
    cell_far = m[:-1, :-1][far[:-1, :-1]]
    parts = dict(parts)
    parts["grid"] = max(abs(stats[k] - half[k]) for k in ("min", "low_half_mean"))
    parts["S0"] = float(s0.error / s0.S0)
    error = float(sum(parts.values()) * s0.S0)
    converged = bool(error <= tolerance * s0.S0)
    warnings = []
    if not converged:
        worst = max(parts, key=lambda k: parts[k])
        warnings.append(
            f"not converged: error {error:.2g} a.u. is {error / s0.S0:.2g} of S0 (tolerance {tolerance:g}); "
            f"largest part: {worst}"
        )
    if peaks_from_eq69:
        warnings.append(
            "Eq. 69 puts the orbital density (with its core) at every bond midpoint: the map has narrow peaks on the "
            "atomic rows and on the projected bond midpoints; see range_outside_peaks"
        )
    sym = 2.0 * m - 1.0
    sym_stats = cell_statistics(sym, grid)
    if sym_stats["min"] < 0:
        warnings.append(
            f"the symmetric map (both first-order terms) is negative somewhere (min {sym_stats['min']:.2f} S0): the "
            "first-order expansion in the umklapp amplitudes fails there"
        )
    y = np.arange(grid + 1) / grid
    return {
        "metal": symbol,
        "model": model,
        "direction": "100",
        "grid": grid,
        "weighting": weighting,
        "S0": float(s0.S0),
        "S0_error": float(s0.error),
        "map": {"y": y.tolist(), "z": y.tolist(), "S_over_S0": m.tolist()},
        "range": stats["range"],
        "min": stats["min"],
        "max": stats["max"],
        "low_half_mean": stats["low_half_mean"],
        "row_disc": ROW_DISC,
        "range_outside_rows": stats["range_outside_rows"],
        "range_outside_peaks": float(cell_far.max() - cell_far.min()),
        "grid_mean": stats["grid_mean"],
        # the plane mean of S_R is prefactor x J_0 of the map's own rule: compare with S0 (orders 47/59)
        "plane_mean_S0": float(plane_mean[0]),
        "plane_mean_S0_low_order": float(plane_mean[1]),
        "error": error,
        "error_parts": parts,
        "error_parts_units": "fraction of S0 (error = their sum times S0, a.u.)",
        "converged": converged,
        "tolerance": float(tolerance),
        "warnings": warnings,
        "symmetric": {
            "range": sym_stats["range"],
            "min": sym_stats["min"],
            "max": sym_stats["max"],
            "low_half_mean": sym_stats["low_half_mean"],
            "range_outside_rows": sym_stats["range_outside_rows"],
        },
        "paper": dict(PAPER_STATEMENTS),
    }


def plot_channelling_map(result: dict, path) -> str:
    """Contour map of S_R / S0 (cf. DF Fig. 3) from :func:`channelling_result`, atomic rows marked; colour scale
    clipped at the largest value outside the peak discs (the peaks are narrow); PNG via a temporary file."""
    import os
    import tempfile
    from pathlib import Path

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    y = np.asarray(result["map"]["y"])
    m = np.asarray(result["map"]["S_over_S0"])
    top = result["min"] + result.get("range_outside_peaks", result["range"])
    fig, ax = plt.subplots(figsize=(5.6, 4.8), dpi=120)
    levels = np.linspace(result["min"], top, 21)
    cs = ax.contourf(y, y, np.clip(m, None, top).T, levels=levels, cmap="viridis", extend="max")
    ax.contour(y, y, m.T, levels=levels[::2], colors="k", linewidths=0.4)
    fig.colorbar(cs, ax=ax, label=r"$S_R / S_0$")
    ax.plot(*zip(*ROWS, strict=True), "o", color="white", mec="k", ms=7, clip_on=False, zorder=5)
    ax.set_xlabel("y / a  (white dots: atomic rows along [100])")
    ax.set_ylabel("z / a")
    ax.set_aspect("equal")
    ax.set_title(
        f"He along [100] in {result['metal']}: range {result['range']:.2f} S0 "
        f"({result.get('range_outside_peaks', float('nan')):.2f} off peaks), low half {result['low_half_mean']:.2f} S0",
        fontsize=8,
    )
    fig.tight_layout()
    path = Path(path)
    fd, tmp = tempfile.mkstemp(suffix=".png", dir=path.parent)
    os.close(fd)
    try:
        fig.savefig(tmp, format="png")
        os.replace(tmp, path)
    finally:
        plt.close(fig)
        if os.path.exists(tmp):
            os.unlink(tmp)
    return str(path)
