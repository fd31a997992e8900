"""The lattice models of the mean stopping, LCAO-II (DF Eq. 72) and exact (DF Eq. 63 with Eqs. 66-68), as the
ratio S0 / S_FEG of a double Fermi-surface integral, for every truncation of the neighbour shells at once.

    S_G / S_FEG = C_G k_F^2 / S_FEG int dOmega_k int dOmega_k' |k^ - k'^|^2 G(k, k')   (= int int / (32 pi^2))
    G_LCAO-II = I(q)^2 S_B(k_mid)^2 / (S_B(k) S_B(k'))                                  (Eq. 72)
    G_exact   = [sum_R e^{i k_mid.R} Ibar^R(q)]^2 / (S_B(k) S_B(k'))                    (Eq. 63 with Eqs. 66-68)

with q = k - k', k_mid = (k + k')/2, I(q) the one-centre form factor (Eq. 71), S_B the Bloch sum of overlaps
(Eq. 65), Ibar^R the two-centre transforms of ``slowion.evaluate.multicentre``. The angular integrals use the
product Lebedev rule of ``slowion.evaluate.fermi`` at two orders (the value at the higher, the difference as the
quadrature error); the shell-truncation error comes from the truncations that follow (:func:`shell_truncation`).
The prefactors C_F, C_G and the closed-form S_FEG are the generated kernels of ``slowion.generated.stopping``;
``slowion.evaluate.stopping`` assembles S0 from these pieces (docs/df_stopping.md).
"""

from __future__ import annotations

import functools
import itertools
import math
from dataclasses import dataclass

import numpy as np
from numpy.polynomial import Chebyshev

from slowion.evaluate.chebyshev import adaptive_chebyshev
from slowion.evaluate.constants import MetalData, metal_data
from slowion.evaluate.fermi import CHUNK_PAIRS, cubic_orbits, double_sphere_estimate, lebedev_sphere
from slowion.evaluate.lattice import (
    bcc_shells,
    bloch_overlap_series,
    check_bloch_positive,
    positivity_points,
    shell_overlaps,
    shells_within,
)
from slowion.evaluate.multicentre import bloch_transform, bloch_transform_terms, table_errors
from slowion.evaluate.orbitals import SlaterOrbital, valence_orbital
from slowion.generated.stopping import feg_stopping, fermi_surface_stopping_prefactor, form_factor_stopping_prefactor

#: Lebedev orders of the double Fermi-surface quadrature (value at the higher, error = difference).
LEBEDEV_ORDERS = (47, 59)

#: Width of the forward window of the shell-truncation estimate, in units of pi / k_F beyond the last kept shell
#: radius. S0(N) oscillates about its limit and changes sign every ~ pi / k_F in R_N (measured for all four metals,
#: lcao2 and exact, docs/evaluate.md); 1.5 pi / k_F leaves a margin for the measured spread of that spacing.
SHELL_WINDOW = 1.5


# ----------------------------------------------------------------------------------------------- prefactors


def feg_closed_form(kF: float, V0_prime: float) -> float:
    """S_FEG = (V0')^2 k_F^4 / (3 pi^3) from the generated closed form (DF Eq. 77, low-velocity limit)."""
    return float(feg_stopping(kF, V0_prime))


def form_factor_prefactor(V0_prime: float) -> float:
    """C_F in S_F = C_F int_0^{2 k_F} q^3 F(q)^2 dq, generated ((V0')^2 / (12 pi^3))."""
    return float(form_factor_stopping_prefactor(V0_prime))


def fermi_surface_prefactor(kF: float, V0_prime: float) -> float:
    """C_G in S_G = C_G int dOmega_k int dOmega_k' |k - k'|^2 G, generated ((V0')^2 k_F^2 / (96 pi^5))."""
    return float(fermi_surface_stopping_prefactor(kF, V0_prime))


# ----------------------------------------------------------------------------------------------- LCAO-II


def form_factor_squared_table(orbital: SlaterOrbital, kF: float, tol: float = 1e-14) -> Chebyshev:
    """Chebyshev interpolant of I(q)^2 on [0, 2 k_F]; the degree doubles until it reproduces I^2 to ``tol``
    (relative to max I^2 = 1) on 2001 check points."""
    return adaptive_chebyshev(lambda q: orbital.form_factor(q) ** 2, 0.0, 2.0 * kF, tol, f"I(q)^2 of {orbital.element}")


class BlochLattice:
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


def lcao2_integrand(orbital: SlaterOrbital, kF: float, lattice: BlochLattice):
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


def exact_integrand(orbital: SlaterOrbital, kF: float, lattice: BlochLattice):
    """F(k^, k'^) = |k^ - k'^|^2 [sum_R e^{i k_mid.R} Ibar^R(q)]^2 / (S_B(k) S_B(k')) (DF Eq. 63, 66-68), with the
    multi-centre Bloch transform of ``slowion.evaluate.multicentre`` (helper E2)."""

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
    lattice = bloch_lattice(d.symbol, a, n_shells)
    smallest = lattice.positivity(d.kF)
    factory = lcao2_integrand if model == "lcao2" else exact_integrand
    value, err = double_sphere_estimate(factory(orbital, d.kF, lattice), orders)
    # S_G = C_G k_F^2 int int |k^ - k'^|^2 G; V0' cancels in the ratio (= value / (32 pi^2))
    scale = fermi_surface_prefactor(d.kF, 1.0) * d.kF**2 / feg_closed_form(d.kF, 1.0)
    return value * scale, err * scale, smallest


@functools.cache
def bloch_lattice(metal: str, a: float, n_shells: int) -> BlochLattice:
    return BlochLattice(valence_orbital(metal), a, n_shells)


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


def _per_shell(lattice: BlochLattice) -> list[slice]:
    bounds = np.cumsum([0] + [s.count for s in lattice.shells])
    return [slice(int(lo), int(hi)) for lo, hi in itertools.pairwise(bounds)]


def _bloch_series(lattice: BlochLattice, c: np.ndarray, s: np.ndarray, parts: list[slice]) -> np.ndarray:
    """S_B(k) for every truncation: (n_shells + 1, points); cos(k.R) = c^2 - s^2 from the half phases."""
    terms = (c**2 - s**2) * lattice.weights
    out = np.ones((len(parts) + 1, c.shape[0]))
    for j, sl in enumerate(parts, start=1):
        out[j] = out[j - 1] + terms[:, sl].sum(axis=1)
    return out


def _series_integrand(model: str, orbital: SlaterOrbital, kF: float, lattice: BlochLattice):
    """(pair values (n + 1, m, N), table-error weights (n + 1, m, N)) of |k^ - k'^|^2 G for all truncations."""
    parts = _per_shell(lattice)
    n = len(parts)
    I2 = form_factor_squared_table(orbital, kF) if model == "lcao2" else None
    table_err = None
    if model == "exact":
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


def series_at_order(
    d: MetalData, model: str, n_max: int, a: float, order: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(S0 / S_FEG, table-error bound, min S_B) for 0..n_max shells at one Lebedev order (NaN where refused)."""
    lattice = bloch_lattice(d.symbol, a, n_max)
    F, n = _series_integrand(model, valence_orbital(d.symbol), d.kF, lattice)
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
    v_low, _, _ = series_at_order(d, model, n_max, a, low)
    v_high, tables, smallest = series_at_order(d, model, n_max, a, high)
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
    d: MetalData,
    model: str,
    n_shells: int,
    lattice_constant: float | None = None,
    orders: tuple[int, int] = LEBEDEV_ORDERS,
) -> LatticeStopping:
    """lcao2 / exact S0 / S_FEG of the metal ``d`` (checked inputs) with ``n_shells`` shells and its error parts.
    Refuses (BlochSumNotPositive) a truncation with min S_B <= 0 on the Fermi sphere. Two passes: the higher
    Lebedev order up to ``n_shells`` (the value), the lower order up to the window end (the quadrature difference
    and the shell truncation)."""
    a = d.lattice_constant if lattice_constant is None else float(lattice_constant)
    smallest = bloch_lattice(d.symbol, a, n_shells).positivity(d.kF)
    low, high = sorted(orders)
    window = shell_window(a, d.kF, n_shells)
    v_high, tables, _ = series_at_order(d, model, n_shells, a, high)
    v_low, _, _ = series_at_order(d, model, window, a, low)
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
