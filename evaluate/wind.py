"""Electron-wind friction coefficient Q(r_s) of a slow ion in jellium: Das Eq. 12 as corrected (docs/das.md).

    F_z = -Q u,   Q = Z^2 int_0^{2 k_F} dq g(q, k_F),   g = 4 / (3 pi q eps(q, 0)^2),

with eps(q, 0) the static Lindhard function, k_F = (9 pi/4)^(1/3)/r_s, atomic units. The integrand g is the
generated function ``slowion.generated.wind.wind_integrand`` (from ``derive/wind.py``). The upper end q = 2 k_F is
where eps has its logarithmic (1 - x) ln(1 - x) kink; the integral is taken in x = q/2k_F on (0, 1) by QUADPACK's
adaptive Gauss-Kronrod with extrapolation, which handles such an endpoint singularity; the error estimate is the
larger of QUADPACK's estimate and the difference between this and an independent split of the interval.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np
from scipy.integrate import quad

from slowion.errors import InputError

#: r_s of the report table: 2, 3, Li 3.25, Na 3.93, K 4.86, Rb 5.20, 6
RS_TABLE = (2.0, 3.0, 3.25, 3.93, 4.86, 5.20, 6.0)


def fermi_wavevector(rs: float) -> float:
    """k_F = (9 pi/4)^(1/3)/r_s (a.u.)."""
    return (9 * math.pi / 4) ** (1 / 3) / rs


def _integrand() -> Callable[[np.ndarray, float], np.ndarray]:
    from slowion.generated.wind import wind_integrand

    return wind_integrand


def _check_inputs(rs: float, Z: float) -> tuple[float, float]:
    try:
        rs_f = float(rs)
    except (TypeError, ValueError):
        raise InputError(f"argument --rs: expected a finite number > 0, got {rs!r}") from None
    if not math.isfinite(rs_f) or rs_f <= 0:
        raise InputError(f"argument --rs: expected a finite number > 0, got {rs!r}")
    try:
        Z_f = float(Z)
    except (TypeError, ValueError):
        raise InputError(f"argument --Z: expected a finite non-zero number, got {Z!r}") from None
    if not math.isfinite(Z_f) or Z_f == 0:
        raise InputError(f"argument --Z: expected a finite non-zero number, got {Z!r}")
    return rs_f, Z_f


def friction_integral(kF: float) -> tuple[float, float]:
    """int_0^{2 k_F} g(q, k_F) dq (Z = 1) and an error estimate, in x = q/2k_F."""
    g = _integrand()

    def f(x: float) -> float:
        return 2 * kF * float(g(2 * kF * x, kF))

    opts = {"epsabs": 0.0, "epsrel": 1e-13, "limit": 200}
    val, err = quad(f, 0.0, 1.0, **opts)
    a, ea = quad(f, 0.0, 0.5, **opts)
    b, eb = quad(f, 0.5, 1.0, **opts)
    return val, max(err, ea + eb, abs(val - (a + b)))


def wind_result(rs: float, Z: float = 1.0) -> dict:
    """Friction coefficient Q = |F_z|/u (a.u.) of Das Eq. 12 (corrected) for an ion of charge Z at density r_s.

    Returns ``{"rs", "kF", "Z", "Q", "error"}`` (DESIGN.md); raises :class:`InputError` for r_s <= 0, NaN, inf
    or Z = 0.
    """
    rs_f, Z_f = _check_inputs(rs, Z)
    kF = fermi_wavevector(rs_f)
    val, err = friction_integral(kF)
    return {"rs": rs_f, "kF": kF, "Z": Z_f, "Q": Z_f**2 * val, "error": Z_f**2 * err}


def wind_table(rs_values: Sequence[float] = RS_TABLE, Z: float = 1.0) -> list[dict]:
    """Q(r_s) at the report's densities."""
    return [wind_result(rs, Z) for rs in rs_values]


def plot_wind(path: str) -> None:
    """PNG of Q(r_s) for Z = 1 (curve) with the table points and the alkali metals marked."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rs_curve = np.linspace(1.5, 6.5, 26)
    Q_curve = [wind_result(r)["Q"] for r in rs_curve]
    table = wind_table()
    by_rs = {t["rs"]: t["Q"] for t in table}
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.plot(rs_curve, Q_curve, "-", color="C0", label="Das Eq. 12 (corrected), Z = 1")
    ax.plot([t["rs"] for t in table], [t["Q"] for t in table], "o", color="C1", label="table")
    for name, rs in (("Li", 3.25), ("Na", 3.93), ("K", 4.86), ("Rb", 5.20)):
        ax.annotate(name, (rs, by_rs[rs]), textcoords="offset points", xytext=(4, 6))
    ax.set_xlabel("r_s (bohr)")
    ax.set_ylabel("Q = |F|/u (a.u.)")
    ax.set_title("Electron-wind friction of a slow point charge in jellium (RPA)")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def ion_ion_extra_force(rs: float, Z: float = 1.0) -> dict:
    """Signed forces per unit drift velocity (a.u.) of Das Appendix B: wind F_z/u and the ion-ion term F_extra/u.

    From ``derive/wind.py`` (chain check "extra force == -Z x wind force"): V_ion-ion = -Z V^(1), so
    F_extra = -Z F_wind = +Z^3 Q_1 u, opposite to the wind for Z > 0 and proportional to Z^3 (Das: (Ze)^3).
    """
    res = wind_result(rs, Z)
    wind_over_u = -res["Q"]
    return {
        "rs": res["rs"],
        "Z": res["Z"],
        "F_wind_over_u": wind_over_u,
        "F_extra_over_u": -res["Z"] * wind_over_u,
        "error": abs(res["Z"]) * res["error"],
    }
