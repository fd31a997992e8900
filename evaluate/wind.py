"""Electron-wind friction coefficient Q(r_s) of a slow ion in jellium: Das Eq. 12 as corrected (docs/das.md).

    F_z = -Q u,   Q = Z^2 int_0^{2 k_F} dq g(q, k_F),   g = 4 / (3 pi q eps(q, 0)^2),

with eps(q, 0) the static Lindhard function, k_F = (9 pi/4)^(1/3)/r_s, atomic units. The integrand g is the
generated function ``slowion.generated.wind.wind_integrand`` (from ``derive/wind.py``). The upper end q = 2 k_F is
where eps has its logarithmic (1 - x) ln(1 - x) kink; the integral is taken in x = q/2k_F on (0, 1) by QUADPACK's
adaptive Gauss-Kronrod with extrapolation, which handles such an endpoint singularity; the error estimate is the
larger of QUADPACK's estimate and the difference between this and an independent split of the interval.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence

import numpy as np
from scipy.integrate import quad

from slowion.base import validate
from slowion.base.atomic import atomic_write_bytes
from slowion.base.errors import ComputationError
from slowion.evaluate.constants import METAL_DATA, METALS
from slowion.evaluate.kernels import kernel

#: r_s of the report table: 2, 3, the four alkali metals (``constants.METAL_DATA``), 6
RS_TABLE = (2.0, 3.0, *(METAL_DATA[m].rs for m in METALS), 6.0)


def fermi_wavevector(rs: float) -> float:
    """k_F = (9 pi/4)^(1/3)/r_s (a.u.)."""
    return (9 * math.pi / 4) ** (1 / 3) / rs


#: |Z| a_TF above which a warning says linear response is doubtful: the screened Coulomb potential
#: -Z exp(-r/a_TF)/r then binds at least two states (1s from Z a_TF = 0.840, 2s from Z a_TF = 3.22; critical
#: screening lengths of Rogers, Graboske & Harwood, Phys. Rev. A 1, 1577 (1970)). Q is the first Born term of an
#: expansion in that strength; beyond this point bound electrons dominate the screening cloud and the Z^2 law is
#: not even a rough guide. (The first threshold, 0.84, is already passed by Z = 1 for r_s > 1.7: the known limit
#: of the linear model itself, which the report compares with nonlinear values, and not flagged here.)
BORN_STRENGTH_LIMIT = 3.22

#: r_s above which the uniform electron gas is a Wigner crystal (Ceperley & Alder, PRL 45, 566 (1980): r_s ~ 100),
#: so the Lindhard screening of a homogeneous liquid does not apply
RS_WIGNER = 100.0

#: r_s below which v_F = k_F (a.u.) exceeds c/10 (c = 137.036 a.u.): relativistic corrections of order
#: (v_F/c)^2 > 1 % that the non-relativistic Lindhard function leaves out
RS_RELATIVISTIC = (9 * math.pi / 4) ** (1 / 3) / 13.7036


def thomas_fermi_wavevector(kF: float) -> float:
    """k_TF = sqrt(4 k_F/pi) (a.u.): the small-q limit eps(q) ~ 1 + k_TF^2/q^2 of the static Lindhard function."""
    return math.sqrt(4 * kF / math.pi)


def physics_warnings(rs: float, Z: float) -> list[str]:
    """One sentence per reason why the linear-response jellium model is physically doubtful at (r_s, Z)."""
    kF = fermi_wavevector(rs)
    strength = abs(Z) / thomas_fermi_wavevector(kF)
    out = []
    if strength > BORN_STRENGTH_LIMIT:
        out.append(
            f"linear response is doubtful: |Z| a_TF = {strength:.3g} > {BORN_STRENGTH_LIMIT} (screened potential "
            "binds two or more states); Q ~ Z^2 is the first Born term only"
        )
    if rs > RS_WIGNER:
        out.append(f"r_s = {rs:.3g} > {RS_WIGNER:g}: the electron gas is a Wigner crystal there, not Lindhard jellium")
    if rs < RS_RELATIVISTIC:
        out.append(f"r_s = {rs:.3g}: v_F = {kF / 137.036:.3g} c; the non-relativistic Lindhard function is doubtful")
    return out


def friction_integral(kF: float) -> tuple[float, float]:
    """int_0^{2 k_F} g(q, k_F) dq (Z = 1) and an error estimate, in x = q/2k_F."""

    wind_integrand = kernel("wind_integrand")  # compiled when numba imports, else the numpy module (same pieces)

    def f(x: float) -> float:
        return 2 * kF * float(wind_integrand(2 * kF * x, kF))

    opts = {"epsabs": 0.0, "epsrel": 1e-13, "limit": 200}
    val, err = quad(f, 0.0, 1.0, **opts)
    a, ea = quad(f, 0.0, 0.5, **opts)
    b, eb = quad(f, 0.5, 1.0, **opts)
    return val, max(err, ea + eb, abs(val - (a + b)))


def wind_result(rs: float, Z: float = 1.0) -> dict:
    """Friction coefficient Q = |F_z|/u (a.u.) of Das Eq. 12 (corrected) for an ion of charge Z at density r_s.

    Returns ``{"rs", "kF", "Z", "Q", "error", "warnings"}``, every number finite; ``warnings`` lists the reasons
    why the input, though inside the supported domain, is physically doubtful (:func:`physics_warnings`).
    Raises :class:`~slowion.base.errors.InputError` outside the supported domain (``validate.rs``, ``validate.Z``)
    and :class:`~slowion.base.errors.ComputationError` if the integral is not finite inside it.
    """
    rs_f, Z_f = validate.rs(rs), validate.Z(Z)  # the supported domain and its measurement: slowion.base.validate
    kF = fermi_wavevector(rs_f)
    val, err = friction_integral(kF)
    Q, error = Z_f * Z_f * val, Z_f * Z_f * err  # a product, not Z_f**2: float ** raises OverflowError
    if not (math.isfinite(Q) and math.isfinite(error) and Q > 0):
        raise ComputationError(f"wind friction: Q = {Q!r} (+- {error!r}) at r_s = {rs_f!r}, Z = {Z_f!r}")
    return {"rs": rs_f, "kF": kF, "Z": Z_f, "Q": Q, "error": error, "warnings": physics_warnings(rs_f, Z_f)}


def wind_table(rs_values: Sequence[float] = RS_TABLE, Z: float = 1.0) -> list[dict]:
    """Q(r_s) at the report's densities."""
    return [wind_result(rs, Z) for rs in rs_values]


def plot_wind(path: str) -> None:
    """PNG of Q(r_s) for Z = 1 (curve) with the table points and the alkali metals marked; ``path`` is checked by
    ``validate.output_file`` and written atomically (no half-written file)."""
    validate.output_file(path, "plot")
    # matplotlib is imported here, not at module level: drawing is this function's only use, and its import
    # (~1 s) would otherwise slow every `slowion evaluate` call
    from matplotlib.figure import Figure

    rs_curve = np.linspace(1.5, 6.5, 26)
    Q_curve = [wind_result(r)["Q"] for r in rs_curve]
    table = wind_table()
    by_rs = {t["rs"]: t["Q"] for t in table}
    # the object-oriented Figure draws with the Agg canvas: no pyplot state, no global backend choice
    fig = Figure(figsize=(6, 4))
    ax = fig.subplots()
    ax.plot(rs_curve, Q_curve, "-", color="C0", label="Das Eq. 12 (corrected), Z = 1")
    ax.plot([t["rs"] for t in table], [t["Q"] for t in table], "o", color="C1", label="table")
    for name in METALS:
        rs = METAL_DATA[name].rs
        ax.annotate(name, (rs, by_rs[rs]), textcoords="offset points", xytext=(4, 6))
    ax.set_xlabel("r_s (bohr)")
    ax.set_ylabel("Q = |F|/u (a.u.)")
    ax.set_title("Electron-wind friction of a slow point charge in jellium (RPA)")
    ax.legend()
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=120)
    atomic_write_bytes(path, buf.getvalue())


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
        "warnings": res["warnings"],
    }
