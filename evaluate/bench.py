"""Bench rows for ``slowion bench``: our deterministic Fermi-surface quadrature against the paper's own method.

DF evaluated their integrals with the adaptive Monte Carlo algorithm of Lepage (DF ref. 23,
J. Comput. Phys. 27, 192 (1978)), which is what the ``vegas`` package implements. Both methods here integrate the
same LCAO-II double Fermi-surface integrand of DF Eq. 72 for Na (docs/evaluate.md),

    J = int dOmega_k int dOmega_k' |k - k'|^2 I(q)^2 S_B(kmid)^2 / (S_B(k) S_B(k')),   |k| = |k'| = k_F,

with q = |k - k'|, kmid = (k + k')/2, I the one-centre form factor (DF Eq. 71) and S_B the Bloch sum of the
overlaps (DF Eq. 65), both from the generated code through ``evaluate.orbitals`` and ``evaluate.lattice``. S0 is
(V0')^2 k_F^2 / (96 pi^5) J, so the relative accuracy of J is that of S0.

- ours: the product Lebedev rule (``evaluate.fermi.double_sphere_estimate``, two orders, the difference as the error
  estimate) -- the rule the LCAO-II evaluation uses;
- vegas: ``vegas.Integrator`` over (cos theta, phi, cos theta', phi') with a fixed seed, ``points`` integrand
  evaluations per iteration, a few adaptation iterations discarded, then the measured ones; its error is its own
  1-sigma estimate, and the true error against our converged value is given too.

Vegas cannot reach our accuracy in a bench-sized run (its error falls as N^(-1/2)): the time it would need is
extrapolated from the run, t_vegas (sigma / target)^2, and labelled as extrapolated. The headline ``ratio`` is
(vegas time to 1e-6 relative, the accuracy the issue asks for) / (our time, which already reaches the smaller
error in ``ours_relative_error``). ``points`` is the total number of vegas integrand evaluations (capped at
:data:`MAX_VEGAS_POINTS`), split evenly over the adaptation and the measured iterations.
"""

from __future__ import annotations

import math
import time

import numpy as np

from slowion.evaluate.constants import default_shells, metal_data
from slowion.evaluate.double_fermi import LEBEDEV_ORDERS, bloch_lattice, form_factor_squared_table, lcao2_integrand
from slowion.evaluate.fermi import double_sphere_estimate
from slowion.evaluate.orbitals import valence_orbital

METAL = "Na"
#: fixed seed of the vegas random numbers: the bench is reproducible
SEED = 20240601
#: the accuracy the issue asks of LCAO-II S0 (relative); the headline ratio is the time to reach it
TARGET_RELATIVE = 1e-6
#: cap on vegas integrand evaluations: with the default 40 neighbour shells one evaluation costs ~0.1 ms, and the
#: extrapolation to the target needs only a converged sigma, not more points
MAX_VEGAS_POINTS = 200_000
ADAPT_ITERATIONS = 5
MEASURED_ITERATIONS = 5


def _lcao2_setup(metal: str):
    """(pair integrand, E1's matrix integrand, Lebedev orders, shells) for the LCAO-II integral of DF Eq. 72.

    The matrix integrand is ``evaluate.double_fermi.lcao2_integrand`` itself, F(k^, k'^) on unit vectors, the one the
    LCAO-II evaluation integrates. vegas needs F at matched pairs (k_i, k'_i), which the matrix form would give
    only as the diagonal of an n x n product; ``pair`` evaluates the same formula pair by pair from the same
    pieces (E1's I(q)^2 table, shell vectors and overlaps), and :func:`rows` checks that the two agree.
    """
    d = metal_data(metal)
    orbital = valence_orbital(d.symbol)
    n_shells = default_shells("lcao2")
    lattice = bloch_lattice(d.symbol, d.lattice_constant, n_shells)
    kF = d.kF
    matrix = lcao2_integrand(orbital, kF, lattice)
    I2 = form_factor_squared_table(orbital, kF)
    R, w = lattice.vectors, lattice.weights

    def pair(k_hat: np.ndarray, kp_hat: np.ndarray) -> np.ndarray:
        """F at matched unit vectors (N, 3), (N, 3) -> (N,)."""
        q2 = np.clip(((k_hat - kp_hat) ** 2).sum(axis=1), 0.0, 4.0)
        s_k = 1.0 + np.cos(kF * k_hat @ R.T) @ w
        s_kp = 1.0 + np.cos(kF * kp_hat @ R.T) @ w
        s_mid = 1.0 + np.cos(0.5 * kF * (k_hat + kp_hat) @ R.T) @ w
        return q2 * I2(kF * np.sqrt(q2)) * s_mid**2 / (s_k * s_kp)

    return pair, matrix, tuple(LEBEDEV_ORDERS), n_shells


def _unit(cos_t: np.ndarray, phi: np.ndarray) -> np.ndarray:
    sin_t = np.sqrt(np.clip(1.0 - cos_t**2, 0.0, None))
    return np.stack([sin_t * np.cos(phi), sin_t * np.sin(phi), cos_t], axis=-1)


def _vegas_run(pair, points: int) -> dict:
    """vegas with ``points`` integrand evaluations in all, split over the adaptation and measured iterations."""
    import vegas

    rng = np.random.default_rng(SEED)
    integ = vegas.Integrator([[-1, 1], [0, 2 * math.pi], [-1, 1], [0, 2 * math.pi]], ran_array_generator=rng.random)

    @vegas.lbatchintegrand
    def f(x: np.ndarray) -> np.ndarray:
        return pair(_unit(x[:, 0], x[:, 1]), _unit(x[:, 2], x[:, 3]))

    points = min(points, MAX_VEGAS_POINTS)
    neval = max(points // (ADAPT_ITERATIONS + MEASURED_ITERATIONS), 1000)
    t0 = time.perf_counter()
    integ(f, nitn=ADAPT_ITERATIONS, neval=neval)  # adaptation only: discarded, as vegas recommends
    result = integ(f, nitn=MEASURED_ITERATIONS, neval=neval)
    seconds = time.perf_counter() - t0
    return {
        "mean": float(result.mean),
        "sdev": float(result.sdev),
        "seconds": seconds,
        "Q": float(result.Q),
        "neval_per_iteration": neval,
    }


def _agreement(pair, matrix, n: int = 64) -> float:
    """max relative difference between the pair and the matrix form of the integrand at n random pairs."""
    rng = np.random.default_rng(SEED + 1)
    a = rng.normal(size=(n, 3))
    b = rng.normal(size=(n, 3))
    a /= np.linalg.norm(a, axis=1, keepdims=True)
    b /= np.linalg.norm(b, axis=1, keepdims=True)
    want = np.diagonal(matrix(a, b))
    return float(np.max(np.abs(pair(a, b) - want) / np.maximum(np.abs(want), 1e-300)))


def rows(points: int) -> list[dict]:
    """The bench rows (one, or one saying why not): ours vs vegas on the LCAO-II integrand of Na."""
    try:
        import vegas  # noqa: F401
    except ImportError as exc:
        return [
            {
                "name": f"LCAO-II S0 {METAL}",
                "comparison": "Lebedev quadrature vs vegas (DF's MC)",
                "note": f"not run: vegas is not importable ({exc})",
                "status": f"not run: vegas is not importable ({exc}); install the 'mc' extra",
            }
        ]
    t0 = time.perf_counter()
    pair, matrix, orders, n_shells = _lcao2_setup(METAL)
    ours, ours_err = double_sphere_estimate(matrix, orders)
    ours_seconds = time.perf_counter() - t0
    ours_rel = ours_err / abs(ours)

    mc = _vegas_run(pair, points)
    mc_rel = mc["sdev"] / abs(mc["mean"])

    def vegas_time_to(rel: float) -> float:
        # vegas' error falls as N^(-1/2) once adapted: time scales as (sigma / target)^2
        return mc["seconds"] * (mc_rel / rel) ** 2

    t_target = vegas_time_to(TARGET_RELATIVE)
    return [
        {
            # the columns that slowion bench prints for every row
            "name": f"LCAO-II S0 {METAL} ({n_shells} shells)",
            "comparison": "Lebedev quadrature vs vegas (DF's MC)",
            "generated_s": ours_seconds,
            "baseline_s": t_target,
            "note": f"vegas reached {mc_rel:.1e} (1 sigma) in {mc['seconds']:.0f} s; time to {TARGET_RELATIVE:g} "
            f"extrapolated as N^-1/2; ours {ours_rel:.0e}",
            "ours_seconds": ours_seconds,
            "ours_relative_error": ours_rel,
            "ours_lebedev_orders": list(orders),
            "vegas_seconds": mc["seconds"],
            "vegas_evaluations": mc["neval_per_iteration"] * (ADAPT_ITERATIONS + MEASURED_ITERATIONS),
            "vegas_relative_error": mc_rel,
            "vegas_true_relative_error": abs(mc["mean"] - ours) / abs(ours),
            "vegas_Q": mc["Q"],
            "vegas_relative_error_in_our_time_extrapolated": mc_rel * math.sqrt(mc["seconds"] / ours_seconds),
            "vegas_seconds_to_our_error_extrapolated": vegas_time_to(ours_rel) if ours_rel > 0 else None,
            "vegas_seconds_to_target_extrapolated": t_target,
            "target_relative_error": TARGET_RELATIVE,
            "ratio": t_target / ours_seconds,
            "ratio_meaning": f"vegas time to {TARGET_RELATIVE:g} relative (extrapolated) / our time (we reach "
            f"{ours_rel:.1e})",
            "integrand_pair_vs_matrix_max_rel_diff": _agreement(pair, matrix),
            "seed": SEED,
        }
    ]
