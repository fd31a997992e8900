"""Low-velocity mean stopping S0 = (1/v) dE/dx of He in Li, Na, K, Rb: FEG, LCAO-I, LCAO-II, exact (DF Sec. IV).

All models share the contact coupling V0' (DF Eq. 44) and differ by a factor G under the double Fermi-surface
integral (the v -> 0 limit of DF Eqs. 72, 75, 77 averaged over v directions, Eq. 48; docs/df_stopping.md):

    S_FEG = (V0')^2 k_F^4 / (3 pi^3)                                               (Eq. 77, closed form)
    S_F   = (V0')^2 / (12 pi^3) int_0^{2 k_F} q^3 F(q)^2 dq             F = 1 (FEG), F = I(q) (LCAO-I, Eq. 75)
    S_G   = (V0')^2 k_F^2 / (96 pi^5) int dOmega_k int dOmega_k' |k - k'|^2 G(k, k')   (k, k' on the Fermi sphere)
    G_LCAO-II = I(q)^2 S_B(k_mid)^2 / (S_B(k) S_B(k'))                                  (Eq. 72)
    G_exact   = [sum_R e^{i k_mid.R} Ibar^R(q)]^2 / (S_B(k) S_B(k'))                    (Eq. 63 with Eqs. 66-68)

with q = k - k', k_mid = k - q/2 = (k + k')/2, I(q) the one-centre form factor (Eq. 71), S_B the Bloch sum of
overlaps (Eq. 65) over the neighbour shells kept. ``ratio_to_feg`` = S0 / S_FEG does not depend on V0'.

Quadratures: FEG and LCAO-I by adaptive Gauss-Kronrod (scipy ``quad``, its error estimate), FEG also by the
generated closed form; LCAO-II and exact by the product Lebedev rule of ``slowion.evaluate.fermi`` with the
difference of two orders as the error estimate.

Error budget (absolute, a.u.): ``error`` is the sum of ``error_parts``, one per truncation: ``quadrature`` (the
rules above), ``shells`` (the neighbour shells of the lattice sums: the largest change of S0 over the truncations
that follow, out to SHELL_WINDOW pi / k_F further in radius, :func:`shell_truncation`), ``tables`` (exact: the
Ibar^R Chebyshev tables and their radial quadrature) and ``coupling`` (the Wigner-Seitz cell quadrature of <J0>).
All truncations N of the lattice sums come from one pass (:func:`double_fermi_series`). ``converged`` says whether
error <= tolerance |S0| (CONVERGENCE_TOLERANCE); ``warnings`` holds one line per reason to doubt a valid result.
The error does not include the uncertainty of the physical inputs (see the sensitivity table of the report).
"""

from __future__ import annotations

import functools
import itertools
import math
import time
from dataclasses import asdict, dataclass, field

import numpy as np
from numpy.polynomial import Chebyshev
from scipy.integrate import quad

from slowion.base.errors import InputError
from slowion.evaluate.constants import METALS, metal_data
from slowion.evaluate.coupling import DEFAULT_BETA, coupling
from slowion.evaluate.fermi import CHUNK_PAIRS, cubic_orbits, double_sphere_estimate, lebedev_sphere
from slowion.evaluate.lattice import (
    bcc_shells,
    bloch_overlap_series,
    check_bloch_positive,
    positivity_points,
    shell_overlaps,
    shells_within,
)
from slowion.evaluate.orbitals import SlaterOrbital, valence_orbital

MODELS = ("feg", "lcao1", "lcao2", "exact")

#: Neighbour shells kept by default (measured, docs/evaluate.md): with 40 shells LCAO-II is converged in the
#: truncation to < 1e-5 relative for all four metals (Li, the slowest, changes by 6e-6 from 40 to 60 shells); the
#: exact model costs ~ 0.3 s per shell plus its Ibar^R tables, and 20 shells leave it within 1.3e-4 of its 60-shell
#: value for Na, K, Rb and 9e-4 for Li (whose estimated shell error, 3.6e-3, is above CONVERGENCE_TOLERANCE).
DEFAULT_SHELLS = 40
DEFAULT_SHELLS_EXACT = 20

#: Lebedev orders of the double Fermi-surface quadrature (value at the higher, error = difference).
LEBEDEV_ORDERS = (47, 59)

#: Relative tolerance of ``converged``: the result is converged when its whole error estimate is at most this
#: fraction of |S0|. 1e-3 is far below the uncertainty of the physical inputs (E_M, beta, <J0> move S0 by 10-30 %,
#: see the report's sensitivity table) and below the 2-3 digits the paper prints, and the default shells meet it.
CONVERGENCE_TOLERANCE = 1e-3

#: Width of the forward window of the shell-truncation estimate, in units of pi / k_F beyond the last kept shell
#: radius. S0(N) oscillates about its limit and changes sign every ~ pi / k_F in R_N (measured for all four metals,
#: lcao2 and exact, docs/evaluate.md); 1.5 pi / k_F leaves a margin for the measured spread of that spacing.
SHELL_WINDOW = 1.5

#: How ``error`` is made from ``error_parts`` (stated in every JSON result): their linear sum.
ERROR_COMBINATION = "sum"

#: min S_B on the Fermi sphere below which a result warns that the truncation is close to a refused one (the
#: converged Bloch sums have min S_B >= 0.35 for all four metals).
NEAR_REFUSAL = 0.1

#: Overrides accepted by :func:`mean_stopping` (the sensitivity table varies them one at a time).
OVERRIDES = ("E_M", "E_He", "beta", "J0", "lattice_constant", "V0_prime")


@dataclass
class StoppingResult:
    """Mean stopping S0 (a.u.), its error estimate (the sum of ``error_parts``), S0 / S0_FEG, V0 (hartree),
    V0' (hartree bohr^3), inputs; ``converged``: error <= ``tolerance`` |S0|; ``warnings``: one line each."""

    S0: float
    error: float
    ratio_to_feg: float
    V0: float
    V0_prime: float
    inputs: dict = field(default_factory=dict)
    error_parts: dict = field(default_factory=dict)
    converged: bool = True
    tolerance: float = CONVERGENCE_TOLERANCE
    warnings: list = field(default_factory=list)


# ----------------------------------------------------------------------------------------------- FEG


def feg_closed_form(kF: float, V0_prime: float) -> float:
    """S_FEG = (V0')^2 k_F^4 / (3 pi^3) from the generated closed form (DF Eq. 77, low-velocity limit)."""
    from slowion.generated.stopping import feg_stopping

    return float(feg_stopping(kF, V0_prime))


def form_factor_prefactor(V0_prime: float) -> float:
    """C_F in S_F = C_F int_0^{2 k_F} q^3 F(q)^2 dq, generated ((V0')^2 / (12 pi^3))."""
    from slowion.generated.stopping import form_factor_stopping_prefactor

    return float(form_factor_stopping_prefactor(V0_prime))


def fermi_surface_prefactor(kF: float, V0_prime: float) -> float:
    """C_G in S_G = C_G int dOmega_k int dOmega_k' |k - k'|^2 G, generated ((V0')^2 k_F^2 / (96 pi^5))."""
    from slowion.generated.stopping import fermi_surface_stopping_prefactor

    return float(fermi_surface_stopping_prefactor(kF, V0_prime))


def feg_quadrature(kF: float, V0_prime: float) -> tuple[float, float]:
    """(S_FEG, error) = C_F int_0^{2 k_F} q^3 dq by Gauss-Kronrod."""
    value, err = quad(lambda q: q**3, 0.0, 2.0 * kF, epsabs=0.0, epsrel=1e-13)
    pref = form_factor_prefactor(V0_prime)
    return pref * value, pref * err


# ----------------------------------------------------------------------------------------------- LCAO-I


def lcao1_integral(orbital: SlaterOrbital, kF: float) -> tuple[float, float]:
    """(int_0^{2 k_F} q^3 I(q)^2 dq, error) by Gauss-Kronrod (DF Eq. 75 after the v -> 0 limit)."""

    def f(q: float) -> float:
        return q**3 * float(orbital.form_factor(q)[0]) ** 2

    value, err = quad(f, 0.0, 2.0 * kF, epsabs=0.0, epsrel=1e-13, limit=200)
    return value, err


def lcao1_ratio(orbital: SlaterOrbital, kF: float) -> tuple[float, float]:
    """S_LCAO-I / S_FEG = C_F int_0^{2kF} q^3 I^2 dq / S_FEG (= int / (4 k_F^4)), and its error; V0' cancels."""
    value, err = lcao1_integral(orbital, kF)
    scale = form_factor_prefactor(1.0) / feg_closed_form(kF, 1.0)
    return value * scale, err * scale


# ----------------------------------------------------------------------------------------------- LCAO-II


def form_factor_squared_table(orbital: SlaterOrbital, kF: float, tol: float = 1e-14) -> Chebyshev:
    """Chebyshev interpolant of I(q)^2 on [0, 2 k_F]; the degree doubles until it reproduces I^2 to ``tol``
    (relative to max I^2 = 1) on 2001 check points."""
    check = np.linspace(0.0, 2.0 * kF, 2001)
    exact = orbital.form_factor(check) ** 2
    deg = 32
    while True:
        table = Chebyshev.interpolate(lambda q: orbital.form_factor(q) ** 2, deg, domain=[0.0, 2.0 * kF])
        if np.max(np.abs(table(check) - exact)) <= tol:
            return table
        if deg >= 1024:
            raise RuntimeError(f"I(q)^2 of {orbital.element} not resolved by a degree-{deg} Chebyshev series")
        deg *= 2


class _Lattice:
    """Shell vectors with their overlap per vector, for the Bloch sums of one metal."""

    def __init__(self, orbital: SlaterOrbital, a: float, n_shells: int) -> None:
        self.shells = bcc_shells(a, n_shells)
        self.S_values = shell_overlaps(orbital, self.shells)
        if self.shells:
            self.vectors = np.concatenate([s.vectors for s in self.shells])
            self.weights = np.concatenate(
                [np.full(s.count, S) for s, S in zip(self.shells, self.S_values, strict=True)]
            )
        else:
            self.vectors = np.zeros((0, 3))
            self.weights = np.zeros(0)

    @functools.cache  # noqa: B019  (one lattice per (metal, a, shells), itself cached)
    def positivity(self, kF: float) -> float:
        """min S_B on the Fermi sphere; raises BlochSumNotPositive for a refused truncation."""
        return check_bloch_positive(kF, self.shells, self.S_values)

    @functools.cache  # noqa: B019  (as above)
    def min_bloch_series(self, kF: float) -> np.ndarray:
        """min S_B on the dense positivity set (``lattice.positivity_points``) for every truncation 0..n."""
        return bloch_overlap_series(kF * positivity_points(), self.shells, self.S_values).min(axis=1)

    def half_phases(self, k: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        phase = 0.5 * (k @ self.vectors.T)
        return np.cos(phase), np.sin(phase)

    def bloch(self, cos_half: np.ndarray, sin_half: np.ndarray) -> np.ndarray:
        """S_B(k) = 1 + sum_R S(R) cos(k.R), with cos(k.R) = cos^2(k.R/2) - sin^2(k.R/2)."""
        return 1.0 + (cos_half**2 - sin_half**2) @ self.weights


def lcao2_integrand(orbital: SlaterOrbital, kF: float, lattice: _Lattice):
    """F(k^, k'^) = |k^ - k'^|^2 I(q)^2 S_B(k_mid)^2 / (S_B(k) S_B(k')) on unit vectors (DF Eq. 72).

    S_B(k_mid) with k_mid = (k + k')/2 factorises by cos(a + b) = cos a cos b - sin a sin b over the half phases
    k.R/2 and k'.R/2, so the pair matrix is two matrix products over the lattice vectors."""
    I2 = form_factor_squared_table(orbital, kF)
    w = lattice.weights

    def F(outer: np.ndarray, inner: np.ndarray) -> np.ndarray:
        co, so = lattice.half_phases(kF * outer)
        ci, si = lattice.half_phases(kF * inner)
        mid = 1.0 + (co * w) @ ci.T - (so * w) @ si.T
        q2 = np.clip(2.0 - 2.0 * (outer @ inner.T), 0.0, 4.0)
        return q2 * I2(kF * np.sqrt(q2)) * mid**2 / np.outer(lattice.bloch(co, so), lattice.bloch(ci, si))

    return F


def exact_integrand(orbital: SlaterOrbital, kF: float, lattice: _Lattice):
    """F(k^, k'^) = |k^ - k'^|^2 [sum_R e^{i k_mid.R} Ibar^R(q)]^2 / (S_B(k) S_B(k')) (DF Eq. 63, 66-68), with the
    multi-centre Bloch transform of ``slowion.evaluate.multicentre`` (helper E2)."""
    from slowion.evaluate.multicentre import bloch_transform

    def F(outer: np.ndarray, inner: np.ndarray) -> np.ndarray:
        co, so = lattice.half_phases(kF * outer)
        ci, si = lattice.half_phases(kF * inner)
        k = np.repeat(kF * outer, inner.shape[0], axis=0)
        kp = np.tile(kF * inner, (outer.shape[0], 1))
        B = np.asarray(bloch_transform(orbital, lattice.shells, 0.5 * (k + kp), k - kp, q_max=2.0 * kF))
        B = B.reshape(outer.shape[0], inner.shape[0])
        q2 = np.clip(2.0 - 2.0 * (outer @ inner.T), 0.0, 4.0)
        return q2 * B**2 / np.outer(lattice.bloch(co, so), lattice.bloch(ci, si))

    return F


def double_fermi_ratio(
    metal: str,
    model: str,
    n_shells: int,
    lattice_constant: float | None = None,
    orders: tuple[int, int] = LEBEDEV_ORDERS,
) -> tuple[float, float, float]:
    """(S0 / S_FEG, its error, min S_B on the Fermi sphere) for lcao2 / exact (= int int F / (32 pi^2))."""
    d = metal_data(metal)
    a = d.lattice_constant if lattice_constant is None else float(lattice_constant)
    orbital = valence_orbital(d.symbol)
    lattice = _lattice(d.symbol, a, n_shells)
    smallest = lattice.positivity(d.kF)
    factory = lcao2_integrand if model == "lcao2" else exact_integrand
    value, err = double_sphere_estimate(factory(orbital, d.kF, lattice), orders)
    # S_G = C_G k_F^2 int int |k^ - k'^|^2 G; V0' cancels in the ratio (= value / (32 pi^2))
    scale = fermi_surface_prefactor(d.kF, 1.0) * d.kF**2 / feg_closed_form(d.kF, 1.0)
    return value * scale, err * scale, smallest


@functools.cache
def _lattice(metal: str, a: float, n_shells: int) -> _Lattice:
    return _Lattice(valence_orbital(metal), a, n_shells)


# ----------------------------------------------------------------------------------------------- shell series


@dataclass
class ShellSeries:
    """S0 / S_FEG for every truncation 0..n_max of the neighbour shells, from one pass over the Fermi spheres.

    ``ratio[n]``: value at the higher Lebedev order with n shells (NaN where the truncation is refused);
    ``quadrature[n]``: |difference of the two orders|; ``min_bloch[n]``: min S_B on the dense positivity set;
    ``tables[n]``: bound on the effect of the Ibar^R table errors (exact model; 0 for lcao2)."""

    metal: str
    model: str
    ratio: np.ndarray
    quadrature: np.ndarray
    min_bloch: np.ndarray
    tables: np.ndarray

    @property
    def refused(self) -> np.ndarray:
        return ~(self.min_bloch > 0)


def _per_shell(lattice: _Lattice) -> list[slice]:
    bounds = np.cumsum([0] + [s.count for s in lattice.shells])
    return [slice(int(lo), int(hi)) for lo, hi in itertools.pairwise(bounds)]


def _bloch_series(lattice: _Lattice, c: np.ndarray, s: np.ndarray, parts: list[slice]) -> np.ndarray:
    """S_B(k) for every truncation: (n_shells + 1, points); cos(k.R) = c^2 - s^2 from the half phases."""
    terms = (c**2 - s**2) * lattice.weights
    out = np.ones((len(parts) + 1, c.shape[0]))
    for j, sl in enumerate(parts, start=1):
        out[j] = out[j - 1] + terms[:, sl].sum(axis=1)
    return out


def _series_integrand(model: str, orbital: SlaterOrbital, kF: float, lattice: _Lattice):
    """(pair values (n + 1, m, N), table-error weights (n + 1, m, N)) of |k^ - k'^|^2 G for all truncations."""
    parts = _per_shell(lattice)
    n = len(parts)
    I2 = form_factor_squared_table(orbital, kF) if model == "lcao2" else None
    table_err = None
    if model == "exact":
        from slowion.evaluate.multicentre import bloch_transform_terms, table_errors

        table_err = np.concatenate([[0.0], np.cumsum(table_errors(orbital, lattice.shells, 2.0 * kF))])

    def F(outer: np.ndarray, inner: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        co, so = lattice.half_phases(kF * outer)
        ci, si = lattice.half_phases(kF * inner)
        q2 = np.clip(2.0 - 2.0 * (outer @ inner.T), 0.0, 4.0)
        denom = _bloch_series(lattice, co, so, parts)[:, :, None] * _bloch_series(lattice, ci, si, parts)[:, None, :]
        if model == "lcao2":
            w = lattice.weights
            mid = np.ones((n + 1, *q2.shape))
            for j, sl in enumerate(parts, start=1):
                mid[j] = mid[j - 1] + (co[:, sl] * w[sl]) @ ci[:, sl].T - (so[:, sl] * w[sl]) @ si[:, sl].T
            numer = (q2 * I2(kF * np.sqrt(q2)))[None] * mid**2
            dnumer = np.zeros_like(numer)
        else:
            k = np.repeat(kF * outer, inner.shape[0], axis=0)
            kp = np.tile(kF * inner, (outer.shape[0], 1))
            terms = bloch_transform_terms(orbital, lattice.shells, 0.5 * (k + kp), k - kp, q_max=2.0 * kF)
            B = np.cumsum(terms, axis=1).T.reshape(n + 1, *q2.shape)
            numer = q2[None] * B**2
            # |d(B^2)| <= 2 |B| dB: the table errors enter linearly
            dnumer = 2.0 * q2[None] * np.abs(B) * table_err[:, None, None]
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            return numer / denom, dnumer / np.abs(denom)

    return F, n


def _series_sphere(F, n: int, order: int) -> tuple[np.ndarray, np.ndarray]:
    """Product Lebedev rule of ``order`` (outer over O_h orbits, as :func:`double_sphere`) applied to every
    truncation at once."""
    inner, w_inner = lebedev_sphere(order)
    outer, w_outer = cubic_orbits(order)
    step = max(1, CHUNK_PAIRS // (inner.shape[0] * (n + 1)))
    total, total_err = np.zeros(n + 1), np.zeros(n + 1)
    for start in range(0, outer.shape[0], step):
        value, err = F(outer[start : start + step], inner)
        with np.errstate(invalid="ignore", over="ignore"):
            total += (value @ w_inner) @ w_outer[start : start + step]
            total_err += (err @ w_inner) @ w_outer[start : start + step]
    return total, total_err


def _series_at_order(
    symbol: str, model: str, n_max: int, a: float, order: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(S0 / S_FEG, table-error bound, min S_B) for 0..n_max shells at one Lebedev order (NaN where refused)."""
    d = metal_data(symbol)
    lattice = _lattice(symbol, a, n_max)
    F, n = _series_integrand(model, valence_orbital(symbol), d.kF, lattice)
    value, err = _series_sphere(F, n, order)
    scale = fermi_surface_prefactor(d.kF, 1.0) * d.kF**2 / feg_closed_form(d.kF, 1.0)
    smallest = lattice.min_bloch_series(d.kF)
    refused = ~(smallest > 0)
    return np.where(refused, np.nan, value * scale), np.where(refused, np.nan, err * scale), smallest


def double_fermi_series(
    metal: str,
    model: str,
    n_max: int,
    lattice_constant: float | None = None,
    orders: tuple[int, int] = LEBEDEV_ORDERS,
) -> ShellSeries:
    """S0 / S_FEG of lcao2 / exact for 0..n_max shells in one pass per Lebedev order (the Bloch sums and the Bloch
    transform are accumulated shell by shell), with the quadrature error of each truncation and its min S_B."""
    d = metal_data(metal)
    a = d.lattice_constant if lattice_constant is None else float(lattice_constant)
    low, high = sorted(orders)
    v_low, _, _ = _series_at_order(d.symbol, model, n_max, a, low)
    v_high, tables, smallest = _series_at_order(d.symbol, model, n_max, a, high)
    return ShellSeries(d.symbol, model, v_high, np.abs(v_high - v_low), smallest, tables)


def shell_window(a: float, kF: float, n_shells: int) -> int:
    """The largest shell count whose last radius is within SHELL_WINDOW pi / k_F of the N-th (at least N + 1)."""
    reach = (bcc_shells(a, n_shells)[-1].radius if n_shells else 0.0) + SHELL_WINDOW * math.pi / kF
    return max(n_shells + 1, shells_within(a, reach))


@dataclass
class LatticeStopping:
    """S0 / S_FEG with ``n_shells`` shells and the parts of its error (relative to S_FEG, like the ratio).

    ``quadrature``: |Lebedev 59 - Lebedev 47|; ``shells``: max |S(m) - S(n_shells)| over the window shells
    n_shells < m <= ``window`` (see :func:`shell_truncation`); ``tables``: exact only, bound on the effect of the
    Ibar^R table errors; ``window_ratios``: S(m) / S_FEG for m = n_shells..window (None where refused)."""

    ratio: float
    quadrature: float
    shells: float
    tables: float
    min_bloch: float
    window: int
    window_ratios: list


def shell_truncation(window_ratios: np.ndarray) -> float:
    """Shell-truncation error of S(N) = window_ratios[0] from the truncations N < m <= N' that follow it.

    S(N) oscillates about its limit S_inf with a decaying amplitude; if the window holds a value S(m) on the other
    side of S_inf, |S(N) - S(m)| > |S(N) - S_inf|, so the largest change over the window bounds the truncation
    error. The window spans SHELL_WINDOW pi / k_F in radius, where a sign change was measured every pi / k_F.
    Refused truncations in the window are skipped; if all are refused the estimate is |S(N)| (no information)."""
    base = float(window_ratios[0])
    rest = np.asarray(window_ratios[1:], dtype=float)
    rest = rest[np.isfinite(rest)]
    if rest.size == 0:
        return abs(base)
    return float(np.max(np.abs(rest - base)))


def lattice_stopping(
    metal: str,
    model: str,
    n_shells: int,
    lattice_constant: float | None = None,
    orders: tuple[int, int] = LEBEDEV_ORDERS,
) -> LatticeStopping:
    """lcao2 / exact S0 / S_FEG with ``n_shells`` shells and its error parts. Refuses (BlochSumNotPositive) a
    truncation with min S_B <= 0 on the Fermi sphere. Two passes: the higher Lebedev order up to ``n_shells``
    (the value), the lower order up to the window end (the quadrature difference and the shell truncation)."""
    d = metal_data(metal)
    a = d.lattice_constant if lattice_constant is None else float(lattice_constant)
    smallest = _lattice(d.symbol, a, n_shells).positivity(d.kF)
    low, high = sorted(orders)
    window = shell_window(a, d.kF, n_shells)
    v_high, tables, _ = _series_at_order(d.symbol, model, n_shells, a, high)
    v_low, _, _ = _series_at_order(d.symbol, model, window, a, low)
    ratio = float(v_high[n_shells])
    return LatticeStopping(
        ratio=ratio,
        quadrature=abs(ratio - float(v_low[n_shells])),
        shells=shell_truncation(v_low[n_shells:]),
        tables=float(tables[n_shells]),
        min_bloch=smallest,
        window=window,
        window_ratios=[float(x) if math.isfinite(x) else None for x in v_low[n_shells:]],
    )


def _check_args(metal: str, model: str, shells: int | None, overrides: dict) -> None:
    if model not in MODELS:
        raise InputError(f"argument --model: expected one of {', '.join(MODELS)}, got {model!r}")
    if shells is not None:
        if model in ("feg", "lcao1"):
            raise InputError(f"argument --shells: only used by the models lcao2 and exact, not by {model}")
        if isinstance(shells, bool) or not isinstance(shells, int | np.integer) or not 0 <= shells <= 60:
            raise InputError(f"argument --shells: expected an integer in 0..60, got {shells!r}")
    unknown = sorted(set(overrides) - set(OVERRIDES))
    if unknown:
        raise InputError(f"argument overrides: unknown {', '.join(unknown)}; allowed: {', '.join(OVERRIDES)}")
    for key in ("E_M", "E_He", "J0", "lattice_constant", "V0_prime"):
        if key in overrides and not math.isfinite(float(overrides[key])):
            raise InputError(f"argument {key}: expected a finite number, got {overrides[key]!r}")
    if "lattice_constant" in overrides and not float(overrides["lattice_constant"]) > 0:
        raise InputError(f"argument lattice_constant: expected a number > 0, got {overrides['lattice_constant']!r}")


def mean_stopping(
    metal: str, model: str, shells: int | None = None, tolerance: float = CONVERGENCE_TOLERANCE, **overrides
) -> StoppingResult:
    """Mean low-velocity stopping S0 of He in ``metal`` for ``model`` in feg | lcao1 | lcao2 | exact.

    ``shells``: neighbour shells of the Bloch sums (lcao2, exact; default :data:`DEFAULT_SHELLS`); refused for
    feg and lcao1, which have no lattice sum. ``tolerance``: relative tolerance of ``converged`` (default
    :data:`CONVERGENCE_TOLERANCE`). ``overrides``: any of E_M, E_He (hartree), beta ("fit", "27/16" or a number),
    J0 (hartree), lattice_constant (bohr; changes the shells and the Wigner-Seitz cell of <J0>, while k_F stays
    that of r_s), V0_prime (hartree bohr^3, replaces Eq. 44).

    The error is the linear sum of ``error_parts`` (absolute, a.u.; the parts bound different truncations, so
    they are added, not combined in quadrature): ``quadrature`` (FEG: closed form - Gauss-Kronrod + its estimate;
    LCAO-I: Gauss-Kronrod estimate; lcao2/exact: Lebedev 59 - 47 of the angular double Fermi-surface rule),
    ``shells`` (lcao2/exact: truncation of the neighbour shells, :func:`shell_truncation`), ``tables`` (exact:
    interpolation and radial-quadrature errors of the Ibar^R tables, propagated), ``coupling`` (the cell
    quadrature of <J0>, propagated through S0 ~ V0^2; absent when V0' or J0 is overridden).
    """
    d = metal_data(metal)
    _check_args(d.symbol, model, shells, overrides)
    if isinstance(tolerance, bool) or not isinstance(tolerance, int | float) or not 0 < tolerance < 1:
        raise InputError(f"argument tolerance: expected a number in (0, 1), got {tolerance!r}")
    t0 = time.perf_counter()
    a = float(overrides.get("lattice_constant", d.lattice_constant))
    c = coupling(
        d.symbol,
        E_M=overrides.get("E_M"),
        E_He=overrides.get("E_He"),
        beta=overrides.get("beta", DEFAULT_BETA),
        J0=overrides.get("J0"),
        lattice_constant=a,
    )
    V0p = float(overrides["V0_prime"]) if "V0_prime" in overrides else c.V0_prime
    kF = d.kF
    s_feg = feg_closed_form(kF, V0p)
    extra: dict = {}
    parts: dict[str, float] = {}
    n_shells: int | None = None
    smallest: float | None = None
    if model == "feg":
        quad_value, quad_err = feg_quadrature(kF, V0p)
        ratio = 1.0
        extra["S0_quadrature"] = quad_value
        extra["closed_form_minus_quadrature"] = s_feg - quad_value
        parts["quadrature"] = abs(s_feg - quad_value) + quad_err
    elif model == "lcao1":
        ratio, ratio_err = lcao1_ratio(valence_orbital(d.symbol), kF)
        parts["quadrature"] = ratio_err * s_feg
    else:
        default = DEFAULT_SHELLS if model == "lcao2" else DEFAULT_SHELLS_EXACT
        n_shells = default if shells is None else int(shells)
        res = lattice_stopping(d.symbol, model, n_shells, a)
        ratio, smallest = res.ratio, res.min_bloch
        extra["min_bloch_overlap_on_fermi_sphere"] = smallest
        extra["lebedev_orders"] = list(LEBEDEV_ORDERS)
        extra["shell_window"] = res.window
        extra["window_ratios_to_feg"] = res.window_ratios
        parts["quadrature"] = res.quadrature * s_feg
        parts["shells"] = res.shells * s_feg
        if model == "exact":
            parts["tables"] = res.tables * s_feg
    S0 = ratio * s_feg
    if "V0_prime" not in overrides and c.J0_error > 0:
        parts["coupling"] = 2.0 * abs(S0) * c.J0_error / abs(c.V0)
    error = float(sum(parts.values()))
    converged = error <= tolerance * abs(S0)
    inputs = {
        "rs": d.rs,
        "kF": kF,
        "lattice_constant": a,
        "E_M": c.E_M,
        "E_He": c.E_He,
        "beta": c.beta,
        "beta_choice": c.beta_choice,
        "J0": c.J0,
        "J0_error": c.J0_error,
        "He_integral": c.He_integral,
        # int psi d^3r of the single-exponent 1s with the same beta, 8 sqrt(pi) beta^(-3/2): shows how much V0'
        # depends on the He orbital (not used)
        "He_integral_single_exponent": 8.0 * math.sqrt(math.pi) * c.beta**-1.5,
        "V0_prime_overridden": "V0_prime" in overrides,
        "S0_feg": s_feg,
        "seconds": time.perf_counter() - t0,
        **extra,
    }
    inputs["shells"] = n_shells
    return StoppingResult(
        S0=S0,
        error=error,
        ratio_to_feg=ratio,
        V0=c.V0,
        V0_prime=V0p,
        inputs=inputs,
        error_parts={k: float(v) for k, v in parts.items()},
        converged=bool(converged),
        tolerance=float(tolerance),
        warnings=stopping_warnings(model, n_shells, S0, ratio, error, parts, tolerance, smallest),
    )


def stopping_warnings(
    model: str,
    n_shells: int | None,
    S0: float,
    ratio: float,
    error: float,
    parts: dict,
    tolerance: float,
    min_bloch: float | None,
) -> list[str]:
    """One line per reason to doubt a valid result: not converged (naming the largest error part), a Bloch sum
    close to the refusal limit, S0 above the free-electron value (the LCAO form factors make S0 < S_FEG once the
    shells are converged, for all four metals)."""
    out = []
    if not error <= tolerance * abs(S0):
        worst = max(parts, key=lambda k: parts[k])
        out.append(
            f"not converged: error {error:.2g} is {error / abs(S0):.2g} of S0 (tolerance {tolerance:g}); largest "
            f"part: {worst} {parts[worst]:.2g}" + (f" with {n_shells} shells" if worst == "shells" else "")
        )
    if min_bloch is not None and min_bloch < NEAR_REFUSAL:
        out.append(
            f"min S_B = {min_bloch:.3g} on the Fermi sphere with {n_shells} shells: close to a refused truncation "
            f"(S_B <= 0), the integrand is nearly singular"
        )
    if model in ("lcao1", "lcao2", "exact") and ratio > 1.0:
        out.append(f"S0 is {ratio:.3g} times the free-electron value S0_FEG: physically doubtful for {model}")
    return out


def stopping_result(
    metal: str, model: str, shells: int | None = None, tolerance: float = CONVERGENCE_TOLERANCE
) -> dict:
    """The ``slowion evaluate stopping`` JSON object (docs/architecture.md): metal, model, shells, S0, ratio_to_feg, V0,
    V0_prime, inputs, error; and error_parts (absolute, a.u.), error_combination, converged, tolerance,
    warnings (one line each)."""
    d = metal_data(metal)
    r = mean_stopping(d.symbol, model, shells, tolerance=tolerance)
    used = r.inputs.pop("shells")
    return {
        "metal": d.symbol,
        "model": model,
        "shells": used,
        "S0": r.S0,
        "ratio_to_feg": r.ratio_to_feg,
        "V0": r.V0,
        "V0_prime": r.V0_prime,
        "inputs": {k: _plain(v) for k, v in r.inputs.items()},
        "error": r.error,
        "error_parts": r.error_parts,
        "error_combination": ERROR_COMBINATION,
        "converged": r.converged,
        "tolerance": r.tolerance,
        "warnings": r.warnings,
    }


def _plain(value):
    if isinstance(value, np.generic):
        return value.item()
    return value


def shell_convergence(metal: str, shells=range(1, 9), model: str = "lcao2") -> list[dict]:
    """S0 of ``model`` for each number of neighbour shells, with its error parts (quadrature, shells: see
    :func:`mean_stopping`; ``error`` is their sum); truncations with a non-positive Bloch sum on the Fermi sphere are
    listed as refused (with the reason) instead of a number. One pass per Lebedev order gives every truncation."""
    from slowion.evaluate.lattice import BlochSumNotPositive

    d = metal_data(metal)
    c = coupling(d.symbol)
    s_feg = feg_closed_form(d.kF, c.V0_prime)
    counts = [int(n) for n in shells]
    if not counts:
        return []
    t0 = time.perf_counter()
    a = d.lattice_constant
    top = max(counts)
    window = max(shell_window(a, d.kF, n) for n in counts)
    low, high = sorted(LEBEDEV_ORDERS)
    v_high, _, smallest = _series_at_order(d.symbol, model, top, a, high)
    v_low, _, _ = _series_at_order(d.symbol, model, window, a, low)
    seconds = (time.perf_counter() - t0) / len(counts)
    rows = []
    for n in counts:
        lattice = _lattice(d.symbol, a, n)
        row = {"metal": d.symbol, "model": model, "shells": n, "neighbours": sum(s.count for s in lattice.shells)}
        row["S_last_shell"] = float(lattice.S_values[-1]) if len(lattice.S_values) else None
        try:
            lattice.positivity(d.kF)
        except BlochSumNotPositive as exc:
            row.update(S0=None, ratio_to_feg=None, error=None, min_bloch_overlap=None, refused=str(exc))
        else:
            ratio = float(v_high[n])
            parts = {
                "quadrature": abs(ratio - float(v_low[n])) * s_feg,
                "shells": shell_truncation(v_low[n : shell_window(a, d.kF, n) + 1]) * s_feg,
            }
            row.update(
                S0=ratio * s_feg,
                ratio_to_feg=ratio,
                error=float(sum(parts.values())),
                error_parts=parts,
                min_bloch_overlap=float(smallest[n]),
                refused=None,
            )
        row["seconds"] = seconds
        rows.append(row)
    return rows


# ----------------------------------------------------------------------------------------------- mpmath


def _mp_form_factor(orbital: SlaterOrbital):
    """I(q) at mpmath precision from the primitive integral (independent of the generated closed forms):
    N_i N_j int_0^inf r^(n_i + n_j) e^{-(z_i + z_j) r} sin(q r)/(q r) dr = N_i N_j Im[Gamma(n)/(a - i q)^n] / q,
    n = n_i + n_j, a = z_i + z_j (the Laplace transform of r^(n-1) continued to a - i q), evaluated by mpmath."""
    import mpmath as mp

    def norm(n: int, z):
        return (2 * z) ** (n + mp.mpf(1) / 2) / mp.sqrt(mp.factorial(2 * n))

    pairs = []
    size = len(orbital.n)
    for i in range(size):
        for j in range(i, size):
            ni, nj = int(orbital.n[i]), int(orbital.n[j])
            zi, zj = mp.mpf(float(orbital.zeta[i])), mp.mpf(float(orbital.zeta[j]))
            cc = mp.mpf(float(orbital.coefficients[i])) * mp.mpf(float(orbital.coefficients[j])) * (1 if i == j else 2)
            n = ni + nj
            pairs.append((n, zi + zj, cc * norm(ni, zi) * norm(nj, zj) * mp.gamma(n)))

    def form_factor(q):
        if q == 0:
            return mp.fsum(w * n / a ** (n + 1) for n, a, w in pairs)
        return mp.fsum(w * mp.im(mp.mpc(a, -q) ** (-n)) for n, a, w in pairs) / q

    return form_factor


def mpmath_checks(dps: int = 30) -> list[dict]:
    """FEG and LCAO-I integrals of every metal redone with mpmath at ``dps`` digits; relative differences."""
    import mpmath as mp

    rows = []
    with mp.workdps(dps):
        for metal in METALS:
            d = metal_data(metal)
            kF = d.kF
            value, _ = quad(lambda q: q**3, 0.0, 2.0 * kF, epsabs=0.0, epsrel=1e-13)
            ref = mp.quad(lambda q: q**3, [0, 2 * mp.mpf(kF)])
            rows.append(_mp_row(metal, "feg", "int_0^2kF q^3 dq", value, ref))
            orb = valence_orbital(metal)
            value, _ = lcao1_integral(orb, kF)
            ff = _mp_form_factor(orb)
            ref = mp.quad(lambda q, f=ff: q**3 * f(q) ** 2, [0, mp.mpf(kF), 2 * mp.mpf(kF)], method="gauss-legendre")
            rows.append(_mp_row(metal, "lcao1", "int_0^2kF q^3 I(q)^2 dq", value, ref))
    return rows


def _mp_row(metal: str, model: str, what: str, value: float, ref) -> dict:
    return {
        "metal": metal,
        "model": model,
        "integral": what,
        "quadrature": value,
        "mpmath": str(ref),
        "relative_difference": float(abs((value - ref) / ref)),
    }


def table_i(metal: str = "Na") -> list[dict]:
    """Our S0 for FEG, LCAO-I, LCAO-II (DF Table I is for Na)."""
    return [asdict(mean_stopping(metal, m)) | {"model": m} for m in ("feg", "lcao1", "lcao2")]
