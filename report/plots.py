"""Report plots (PNG): stopping by metal and model beside DF and ENR, and LCAO-II convergence in neighbour shells.

Uses matplotlib's object interface (``Figure``), not pyplot: no global state, no display needed. The channelling
map and Q(r_s) are drawn by their owners in the workers (``evaluate.channelling_map.plot_channelling_map``,
``evaluate.wind.plot_wind``); :func:`main_plots` draws the other two in the main process from the collected numbers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from matplotlib.figure import Figure

from slowion.base.choices import METALS, MODELS
from slowion.evaluate import paper
from slowion.evaluate.paper_compare import our_s0

MODEL_LABELS = {
    "feg": "FEG (Eq. 77)",
    "lcao1": "LCAO-I (Eq. 75)",
    "lcao2": "LCAO-II (Eq. 72)",
    "exact": "multi-centre (Eq. 63)",
}

_PNG_META = {"Software": None}  # no version string: the same numbers give the same bytes


def plot_stopping(
    ours: Mapping[str, Mapping[str, float | None]],
    paper_a: Mapping[str, float],
    enr: Mapping[str, float],
    table_i_na: Mapping[str, float],
    path: str | Path,
) -> Path:
    """Grouped bars, log scale: our S0 per metal and model; DF Table II (a), ENR, and DF Table I (Na) as markers.

    ``ours[metal][model]`` is S0 in a.u., or None when it was not computed (the bar is then left out).
    """
    metals = list(ours)
    models = list(MODEL_LABELS)
    fig = Figure(figsize=(10.5, 4.8), dpi=110)
    ax = fig.add_subplot()
    width = 0.8 / len(models)
    for j, model in enumerate(models):
        xs, ys = [], []
        for i, m in enumerate(metals):
            v = ours[m].get(model)
            if v is not None and v > 0:
                xs.append(i - 0.4 + (j + 0.5) * width)
                ys.append(v)
        ax.bar(xs, ys, width=width * 0.95, label=f"ours: {MODEL_LABELS[model]}")
    xi = range(len(metals))
    ax.plot(
        [i for i, m in zip(xi, metals, strict=True) if m in paper_a],
        [paper_a[m] for m in metals if m in paper_a],
        "k_",
        ms=28,
        mew=2.5,
        label="DF Table II (a), MC-corrected",
    )
    ax.plot(
        [i for i, m in zip(xi, metals, strict=True) if m in enr],
        [enr[m] for m in metals if m in enr],
        "rD",
        ms=7,
        label="ENR (LDA), DF Table II (c)",
    )
    if "Na" in metals:
        i_na = metals.index("Na")
        for j, model in enumerate(models):
            if model in table_i_na:
                ax.plot(
                    [i_na - 0.4 + (j + 0.5) * width],
                    [table_i_na[model]],
                    "kx",
                    ms=9,
                    mew=2,
                    label="DF Table I (Na)" if j == 0 else None,
                )
    ax.set_xticks(list(xi), metals)
    ax.set_yscale("log")
    ax.set_ylabel(r"$S_0 = \frac{1}{v}\frac{dE}{dx}$ (a.u.)")
    ax.set_title("Mean low-velocity stopping of He in alkali metals")
    ax.legend(fontsize=7.5, loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0.0)
    ax.grid(axis="y", which="both", alpha=0.3)
    fig.tight_layout()
    path = Path(path)
    fig.savefig(path, format="png", metadata=_PNG_META)
    return path


def plot_shell_convergence(series: Mapping[str, tuple[Sequence[int], Sequence[float]]], path: str | Path) -> Path:
    """LCAO-II S0(N shells) / S0(largest N) against N, one line per metal, with the +-5 % band DF quote."""
    fig = Figure(figsize=(6.5, 4.2), dpi=110)
    ax = fig.add_subplot()
    for metal, (shells, s0) in series.items():
        if not shells:
            continue
        ref = s0[-1]
        ax.plot(list(shells), [v / ref for v in s0], "o-", label=metal)
    ax.axhspan(0.95, 1.05, color="0.85", alpha=0.6, label="±5 %")
    ax.axhline(1.0, color="0.4", lw=0.8)
    ax.set_xlabel("neighbour shells in the Bloch sums S(k)")
    ax.set_yscale("log")
    ax.set_ylabel("S0 / S0(most shells)")
    ax.set_title("LCAO-II (Eq. 72): convergence in neighbour shells")
    ax.legend(fontsize=8)
    ax.grid(alpha=0.3)
    fig.tight_layout()
    path = Path(path)
    fig.savefig(path, format="png", metadata=_PNG_META)
    return path


def main_plots(stage: Path, results: dict) -> dict[str, str]:
    """Stopping by metal and model, and the shell convergence; name -> file name or 'not computed: ...'."""
    out = {}
    ours = {m: {model: our_s0(results, m, model) for model in MODELS} for m in METALS}
    if any(v is not None for row in ours.values() for v in row.values()):
        plot_stopping(
            ours,
            {m: v.value for m, v in paper.TABLE_II_A.items()},
            {m: v.value for m, v in paper.ENR.items()},
            {k: v.value for k, v in paper.TABLE_I.items()},
            stage / "stopping.png",
        )
        out["stopping"] = "stopping.png"
    else:
        out["stopping"] = "not computed: no stopping power was computed"
    series = {m: shell_series(results["shell_convergence"].get(m)) for m in METALS}
    series = {m: s for m, s in series.items() if s}
    if series:
        plot_shell_convergence(series, stage / "shell_convergence.png")
        out["shell_convergence"] = "shell_convergence.png"
    else:
        out["shell_convergence"] = "not computed: no shell convergence was computed"
    for name, key in (("channelling", "channelling"), ("wind", "wind")):
        r = results.get(key)
        out[name] = r.get("plot") if isinstance(r, dict) and r.get("plot") else "not computed"
    return out


def shell_series(conv: Any) -> tuple[list[int], list[float]] | None:
    """(shells, S0) from a shell_convergence result: a list of {"shells", "S0"} rows, or a dict holding one."""
    rows = conv.get("rows") if isinstance(conv, dict) else conv
    if not isinstance(rows, list):
        return None
    pts = [(r["shells"], r["S0"]) for r in rows if isinstance(r, dict) and r.get("S0") is not None and "shells" in r]
    if not pts:
        return None
    pts.sort()
    return [p[0] for p in pts], [p[1] for p in pts]
