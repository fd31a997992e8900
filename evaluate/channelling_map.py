"""The channelling map S_R of He moving along [100], with every G perpendicular to v summed in real space
(DF Eqs. 60-61, LCAO-II with DF Eq. 69). Derivation in ``docs/channelling.md`` section 4; in short:

DF's G component (Eq. 60) carries G only in the second matrix element, I_kk'(q) I_k'k(q - G), and under Eq. 69

    sum_{G perp v} e^{i G.R} I_k'k(q - G)  ~  sum_G e^{i G.R} I(|q - G|) S_B(kmid - G/2)
        = A_c sum_{t in L/2} e^{i q_perp.(R - t)} rho_x(|R - t|, q_x) sigma_[t](kmid)              (Poisson)

with L the (100) projection of the bcc lattice (cell area A_c = a^2 / 2), t = R'_perp / 2 + T the projected bond
midpoints, rho_x(s, q_x) = int dx e^{i q_x x} psi^2(sqrt(x^2 + s^2)) the line transform of the orbital density along
the path at distance s, and sigma_c(kmid) = sum_{R': R'_perp/2 = c mod L} S(R') cos(kmid.R') the part of the Bloch
sum S_B(kmid) = sum_c sigma_c whose bond midpoints project onto the class c of L/2 mod L (4 classes). Then

    S_R / S0 = A_c sum_t K_[t](R - t) / J_0,
    K_c(u) = int dOmega_k int dOmega_k' w(q) I(q) S_B(kmid) sigma_c(kmid) cos(q_perp.u) rho_x(|u|, q_x) / (S_B S_B'),

J_0 = the same double Fermi-surface integral with I(q)^2 S_B(kmid)^2 (LCAO-II, DF Eq. 72), on the same Lebedev rule,
so the cell mean of S_R is S0 by construction of the sum, not by normalising the grid. The cosine separates in
q_y u_y and q_z u_z, and rho_x is a Chebyshev series in q_x, so K_c on the whole u grid is a few matrix products.
"""

from __future__ import annotations

import functools
import math
import time

import numpy as np
from numpy.polynomial import chebyshev as cheb
from threadpoolctl import threadpool_limits

from slowion.base.errors import InputError
from slowion.evaluate import lattice, orbitals
from slowion.evaluate.channelling import reciprocal_stars_perp_100
from slowion.evaluate.channelling_exact import exact_result
from slowion.evaluate.channelling_geometry import density_radius, midpoint_class, radial_panels
from slowion.evaluate.channelling_summary import (  # noqa: F401  (re-exported: report and tests use them here)
    PAPER_STATEMENTS,
    ROW_DISC,
    ROWS,
    cell_statistics,
    map_summary,
    midpoint_distance,
    plot_channelling_map,
    row_distance,
)
from slowion.evaluate.constants import metal_data
from slowion.evaluate.fermi import lebedev_sphere
from slowion.evaluate.stopping import DEFAULT_SHELLS, fermi_surface_prefactor, mean_stopping, shell_window

DIRECTIONS = ("100",)
MODELS = ("lcao2", "exact")
WEIGHTINGS = ("paper", "fixed_v")

#: grid intervals per lattice constant (multiple of 4: the bond midpoints t lie on (a/4) Z^2). 64: the sampled
#: minimum changes by < 1e-2 S0 from 32 to 64 (it changes by 0.1 S0 from 16 to 32), and Na takes ~25 s on one core
#: including the error maps (measured, docs/channelling.md).
DEFAULT_GRID = 64
#: Lebedev orders of the map (value) and of its quadrature error estimate (difference; 17 vs 23 differ by 2e-6
#: S0 for Na).
ORDERS = (17, 11)
#: relative tolerance of ``converged`` (fraction of S0)
DEFAULT_TOLERANCE = 0.01
#: degree of the Chebyshev series of rho_x in q_x on [-2 k_F, 2 k_F] (its tail is part of the error)
CHEB_DEGREE = 24
#: the line sums stop where the orbital density outside the radius holds less than this fraction of the norm;
#: the map change between this radius and the one of RADIUS_CHECK is the radius part of the error (an overestimate)
RADIUS_TAIL = 1e-7
RADIUS_CHECK = 1e-5


# ----------------------------------------------------------------------------------------------- geometry


def line_transform(orbital, s: np.ndarray, q: np.ndarray, x_max: float = 90.0, n: int = 24) -> np.ndarray:
    """rho_x(s, q) = int dx e^{i q x} psi^2(sqrt(x^2 + s^2)) = 2 int_0^inf cos(q x) psi^2 dx, shape (len(s), len(q));
    psi^2 is even in x, so rho_x is real and even in q. int d^2s rho_x(|s|, 0) = int psi^2 = 1."""
    x, w = radial_panels(x_max, n=n)
    s = np.atleast_1d(np.asarray(s, dtype=float))
    out = np.empty((s.size, np.size(q)))
    cosm = np.cos(np.outer(x, np.atleast_1d(q)))
    for lo in range(0, s.size, 256):
        r = np.sqrt(x[None, :] ** 2 + s[lo : lo + 256, None] ** 2)
        out[lo : lo + 256] = 2.0 * (orbital.value(r) ** 2 * w) @ cosm
    return out


def line_transform_chebyshev(orbital, s: np.ndarray, kF: float, degree: int = CHEB_DEGREE) -> tuple[np.ndarray, float]:
    """Chebyshev coefficients c_n(s) of rho_x(s, q_x) in T_n(q_x / 2 k_F), n = 0..degree, and the sum of |c_n| of
    the last two even coefficients (a bound on the truncation of the series, relative to rho_x(0, 0))."""
    y = np.cos(math.pi * (np.arange(degree + 1) + 0.5) / (degree + 1))
    values = line_transform(orbital, s, 2.0 * kF * y)
    coef = cheb.chebfit(y, values.T, degree).T  # (len(s), degree + 1)
    scale = abs(float(line_transform(orbital, [0.0], [0.0])[0, 0]))
    tail = float(np.max(np.abs(coef[:, -3:]).sum(axis=1))) / scale
    return coef, tail


# ----------------------------------------------------------------------------------------------- pair weights


def pair_weights(orbital, shells, S_values, kF: float, order: int, weighting: str = "paper"):
    """Pairs (k, k') of the Lebedev product rule on the Fermi sphere (one of each inversion pair (k, k'),
    (-k, -k'), weight doubled: the summand is even under it), with q = k - k' and

        W_c = w_k w_k' w(q) I(q) S_B(kmid) sigma_c(kmid) / (S_B(k) S_B(k'))   (c = 0..3),
        J_0 = sum w_k w_k' w(q) I(q)^2 S_B(kmid)^2 / (S_B(k) S_B(k')).

    Returns the rule and the Bloch sums; :func:`_weights` makes (q (P, 3), W (4, P), J_0)."""

    points, wts = lebedev_sphere(order)
    n = len(points)
    # antipodes: Lebedev rules are inversion symmetric
    anti = np.argmin(np.linalg.norm(points[:, None, :] + points[None, :, :], axis=-1), axis=1)
    keep = np.nonzero(np.arange(n) < anti)[0]
    if 2 * keep.size != n:
        raise RuntimeError(f"Lebedev rule of order {order} is not inversion symmetric")
    k_all = kF * points
    R = np.concatenate([np.asarray(s.vectors, dtype=float) for s in shells])
    S_R = np.concatenate([np.full(len(s.vectors), S) for s, S in zip(shells, S_values, strict=True)])
    half = 0.5 * (k_all @ R.T)
    c_half, s_half = np.cos(half), np.sin(half)
    S_B = 1.0 + (c_half**2 - s_half**2) @ S_R
    if not np.all(S_B > 0):
        raise InputError("argument shells: the truncated Bloch sum S_B(k) is not positive on the Fermi sphere")
    return k_all, wts, keep, R, S_R, c_half, s_half, S_B


def _weights(orbital, kF, setup, a: float, weighting: str):
    k_all, wts, keep, R, S_R, c_half, s_half, S_B = setup
    A = np.rint(2.0 * R[:, 1] / a).astype(np.int64)
    B = np.rint(2.0 * R[:, 2] / a).astype(np.int64)
    cls = midpoint_class(A, B)
    k = k_all[keep]
    q = (k[:, None, :] - k_all[None, :, :]).reshape(-1, 3)
    sig = []
    for c in range(4):
        wc = np.where(cls == c, S_R, 0.0)
        m = (c_half[keep] * wc) @ c_half.T - (s_half[keep] * wc) @ s_half.T
        sig.append((m + (1.0 if c == 0 else 0.0)).ravel())
    sigma = np.array(sig)  # (4, P)
    SBmid = sigma.sum(axis=0)
    qn = np.linalg.norm(q, axis=1)
    Iq = np.asarray(orbital.form_factor(qn), dtype=float)
    w_q = qn**2 if weighting == "paper" else 3.0 * q[:, 0] ** 2
    base = 2.0 * (wts[keep][:, None] * wts[None, :] / (S_B[keep][:, None] * S_B[None, :])).ravel() * w_q
    W = base * Iq * SBmid * sigma
    J0 = float(np.sum(base * Iq**2 * SBmid**2))
    return q, W, J0


# ----------------------------------------------------------------------------------------------- kernel and map


def _kernel(q, W, coef_of_s, s_index, h: float, M: int, kF: float, chunk: int = 2048) -> np.ndarray:
    """K_c(u) on u = h (m, n), |m|, |n| <= M: sum_p W_c,p cos(q_y u_y + q_z u_z) rho_x(|u|, q_x), with rho_x as the
    Chebyshev series sum_n c_n(|u|) T_n(q_x / 2 k_F) (only even n: rho_x is even in q_x). Shape (4, 2M+1, 2M+1)."""
    deg = coef_of_s.shape[1] - 1
    evens = np.arange(0, deg + 1, 2)
    u = h * np.arange(-M, M + 1)
    nc, ne, nu = 4, evens.size, u.size
    tables = np.zeros((nu, nc * ne * nu))
    for lo in range(0, q.shape[0], chunk):
        qc = q[lo : lo + chunk]
        T = cheb.chebvander(qc[:, 0] / (2.0 * kF), deg)[:, evens]  # (p, ne)
        V = W[:, lo : lo + chunk].T[:, :, None] * T[:, None, :]  # (p, 4, ne)
        py, pz = np.outer(qc[:, 1], u), np.outer(qc[:, 2], u)
        cy, sy, cz, sz = np.cos(py), np.sin(py), np.cos(pz), np.sin(pz)
        Xc = (V.reshape(len(qc), -1)[:, :, None] * cz[:, None, :]).reshape(len(qc), -1)
        Xs = (V.reshape(len(qc), -1)[:, :, None] * sz[:, None, :]).reshape(len(qc), -1)
        tables += cy.T @ Xc - sy.T @ Xs
    tables = tables.reshape(nu, nc, ne, nu).transpose(1, 2, 0, 3)  # (4, ne, m, n)
    coef = coef_of_s[:, evens][s_index]  # (nu, nu, ne) per |u|
    return np.einsum("cemn,mne->cmn", tables, coef)


def _assemble(K: np.ndarray, N: int, M: int, mask: np.ndarray) -> np.ndarray:
    """sum over bond midpoints t = (a/4)(A, B) of K_[t](R - t) on the grid R = (a/N)(i, j), i, j = 0..N."""
    step = N // 4
    out = np.zeros((N + 1, N + 1))
    Kc = K * mask
    lo, hi = -((M) // step) - 1, (N + M) // step + 1
    for A in range(lo, hi + 1):
        for B in range(lo, hi + 1):
            if (A - B) % 2:
                continue
            c = int(midpoint_class(A, B))
            # m = i - A step in [-M, M]
            i0, i1 = max(0, A * step - M), min(N, A * step + M)
            j0, j1 = max(0, B * step - M), min(N, B * step + M)
            if i0 > i1 or j0 > j1:
                continue
            out[i0 : i1 + 1, j0 : j1 + 1] += Kc[
                c, i0 - A * step + M : i1 - A * step + M + 1, j0 - B * step + M : j1 - B * step + M + 1
            ]
    return out


def direct_map(
    metal: str = "Na",
    grid: int = DEFAULT_GRID,
    order: int = ORDERS[0],
    shells: int | None = None,
    weighting: str = "paper",
    radius_tail: float = RADIUS_TAIL,
    extra_radius_tails: tuple = (),
) -> dict:
    """S_R / S0 (DF's Eq. 61 with all G perpendicular to [100], LCAO-II) on R = a (0, i/grid, j/grid), i, j =
    0..grid. Keys: y (= z, units of a), map (S_R / S0, indexed [i, j] = (y_i, z_j)), J0, maps for the extra
    radius tails (same keys in ``by_radius``), radius (bohr), chebyshev_tail, seconds."""

    t0 = time.perf_counter()
    d = metal_data(metal)
    a, kF = d.lattice_constant, d.kF
    orb = orbitals.valence_orbital(d.symbol)
    n_shells = DEFAULT_SHELLS if shells is None else int(shells)
    shell_list = lattice.bcc_shells(a, n_shells)
    S_values = lattice.shell_overlaps(orb, shell_list)
    setup = pair_weights(orb, shell_list, S_values, kF, order, weighting)
    q, W, J0 = _weights(orb, kF, setup, a, weighting)
    h = a / grid
    radii = {tail: density_radius(orb, tail) for tail in (radius_tail, *extra_radius_tails)}
    r_max = max(radii.values())
    M = math.floor(r_max / h)
    m = np.arange(-M, M + 1)
    s2 = m[:, None] ** 2 + m[None, :] ** 2
    _, s_index = np.unique(s2, return_inverse=True)
    coef, cheb_tail = _line_coefficients(d.symbol, grid, M)
    K = _kernel(q, W, coef, s_index.reshape(s2.shape), h, M, kF)
    A_c = 0.5 * a * a
    maps = {tail: A_c * _assemble(K, grid, M, (h * np.sqrt(s2) <= r)[None]) / J0 for tail, r in radii.items()}
    return {
        "metal": d.symbol,
        "y": (np.arange(grid + 1) / grid).tolist(),
        "map": maps[radius_tail],
        "by_radius": {tail: maps[tail] for tail in extra_radius_tails},
        "J0": J0,
        "radius": radii[radius_tail],
        "a": a,
        "_pairs": (orb, q, W),
        "chebyshev_tail": cheb_tail,
        "order": order,
        "shells": n_shells,
        "seconds": time.perf_counter() - t0,
    }


@functools.lru_cache(maxsize=8)
def _line_coefficients(metal: str, grid: int, M: int) -> tuple[np.ndarray, float]:
    """:func:`line_transform_chebyshev` at the distinct |u| of the grid u = (a / grid)(m, n), |m|, |n| <= M
    (cached: the value and the error maps of one result share it)."""

    d = metal_data(metal)
    m = np.arange(-M, M + 1)
    uniq = np.unique(m[:, None] ** 2 + m[None, :] ** 2)
    coef, tail = line_transform_chebyshev(
        orbitals.valence_orbital(d.symbol), d.lattice_constant / grid * np.sqrt(uniq), d.kF
    )
    coef.setflags(write=False)
    return coef, tail


# ----------------------------------------------------------------------------------------------- the G series


def perpendicular_G(n_stars: int) -> list[list[tuple[int, int, int]]]:
    """The first ``n_stars`` stars of G = (2 pi / a)(0, k, l), k + l even (channelling.reciprocal_stars_perp_100)."""

    return reciprocal_stars_perp_100(n_stars)


def fourier_components(orbital, q: np.ndarray, W: np.ndarray, J0: float, G_int, a: float) -> np.ndarray:
    """S_G / S0 of DF Eq. 60 on the same pairs as the map: sum_c chi_c(G) sum_p W_c,p I(|q_p - G|) / J_0, with
    chi_c(G) = cos(G.t_c) the sign of class c in S_B(kmid - G/2) = sum_c chi_c(G) sigma_c(kmid) (t_c: class
    representatives)."""
    reps = np.array([(0.0, 0.0), (0.25, 0.25), (0.25, -0.25), (0.5, 0.0)]) * a
    out = []
    for g in G_int:
        G = (2.0 * math.pi / a) * np.array(g, dtype=float)
        chi = np.cos(reps @ G[1:])
        # the pairs are one of each inversion pair (k, k'), (-k, -k'): q -> -q turns I(|q - G|) into I(|q + G|)
        IG = 0.5 * np.asarray(
            orbital.form_factor(np.linalg.norm(q - G, axis=1)) + orbital.form_factor(np.linalg.norm(q + G, axis=1)),
            dtype=float,
        )
        out.append(float(np.sum((chi @ W) * IG) / J0))
    return np.array(out)


def partial_sums(y: np.ndarray, stars, ratios_by_star) -> list[np.ndarray]:
    """S_R / S0 = 1 + sum_G (S_G / S0) cos(G.R) with the first n stars, n = 1..len(stars) (DF Eq. 61)."""
    Y, Z = np.meshgrid(y, y, indexing="ij")
    acc = np.ones(Y.shape)
    out = []
    for star, ratio in zip(stars, ratios_by_star, strict=True):
        for g in star:
            acc = acc + ratio * np.cos(2.0 * math.pi * (g[1] * Y + g[2] * Z))
        out.append(acc.copy())
    return out


def _check_inputs(metal: str, model: str, direction: str, grid, tolerance) -> str:

    symbol = metal_data(metal).symbol  # raises InputError naming the metal
    if model not in MODELS:
        raise InputError(f"argument model: expected one of {', '.join(MODELS)}, got {model!r}")
    if str(direction) not in DIRECTIONS:
        raise InputError(f"argument direction: expected one of {', '.join(DIRECTIONS)}, got {direction!r}")
    step = 4 if model == "lcao2" else 2  # lcao2: bond midpoints on (a/4) Z^2; exact: the body centre (a/2)(1, 1)
    if isinstance(grid, bool) or not isinstance(grid, int | np.integer) or grid < 8 or grid % step or grid > 256:
        raise InputError(f"argument grid: expected a multiple of {step} in 8..256, got {grid!r}")
    if isinstance(tolerance, bool) or not isinstance(tolerance, int | float) or not 0 < tolerance < 1:
        raise InputError(f"argument tolerance: expected a number in (0, 1), got {tolerance!r}")
    return symbol


def _map_task(job: tuple) -> dict:
    """One direct map (module level: picklable for every executor), with one BLAS thread (the same sums in the same
    order in every process, whatever the executor)."""

    metal, grid, order, shells, weighting, extra = job
    with threadpool_limits(limits=1, user_api="blas"):
        return direct_map(metal, grid, order, shells=shells, weighting=weighting, extra_radius_tails=extra)


def channelling_result(
    metal: str,
    model: str = "lcao2",
    direction: str = "100",
    grid: int = DEFAULT_GRID,
    tolerance: float = DEFAULT_TOLERANCE,
    weighting: str = "paper",
    executor=None,
) -> dict:
    """The channelling map of He along [100] (DF Eqs. 60-61, Fig. 3) with all G perpendicular to v summed in real
    space, as a JSON-ready dict: metal, model, direction, grid, S0 (a.u., mean stopping of
    ``stopping.mean_stopping`` for the model), map {y, z (units of a), S_over_S0 [i][j] at (y_i, z_j)}, range, min,
    max, low_half_mean (units of S0), range_outside_rows (outside discs of radius row_disc a around the rows),
    range_outside_peaks (also outside the same discs around the projected bond midpoints, where Eq. 69 puts
    core density), error (a.u., sum of error_parts), converged (error <= tolerance S0), warnings; and symmetric
    (the map with the conjugate term I_kk'(q + G) I_k'k(q) of DF Eq. 46 added: 2 S_R - S0), paper (DF's statements),
    g_series (the partial sums of Eq. 61 against the direct map), S_G (first stars; lcao2 only).

    model "lcao2": DF Eq. 69 (this module); "exact": DF Eq. 63 (``channelling_exact``). ``executor``: anything with
    an ordered ``map(fn, items)`` (default in-process); the result does not depend on it, bit for bit.
    """

    symbol = _check_inputs(metal, model, direction, grid, tolerance)
    if weighting not in WEIGHTINGS:
        raise InputError(f"argument weighting: expected one of {', '.join(WEIGHTINGS)}, got {weighting!r}")
    # one BLAS thread here too (S0, pair matrices, G series): a threaded BLAS may sum in another order from run to
    # run (measured: S0_error differed in the 14th digit between two runs), and the result must be bit-for-bit
    # reproducible; the small matrices do not gain from threads on the shared machine (docs/scaling.md)
    with threadpool_limits(limits=1, user_api="blas"):
        return _channelling_result(symbol, model, grid, tolerance, weighting, executor)


def _channelling_result(symbol: str, model: str, grid: int, tolerance: float, weighting: str, executor) -> dict:

    if model == "exact":

        return exact_result(symbol, grid, tolerance, weighting, executor)
    t0 = time.perf_counter()
    d = metal_data(symbol)
    s0 = mean_stopping(symbol, "lcao2")
    high, low = ORDERS

    window = shell_window(d.lattice_constant, d.kF, DEFAULT_SHELLS)
    jobs = [
        (symbol, grid, high, None, weighting, (RADIUS_CHECK,)),
        (symbol, grid, low, None, weighting, ()),
        (symbol, grid, low, window, weighting, ()),
    ]
    mapper = executor.map if executor is not None else (lambda fn, items: [fn(x) for x in items])
    main, coarse, wide = mapper(_map_task, jobs)
    m = main["map"]
    parts = {
        "quadrature": float(np.max(np.abs(m - coarse["map"]))),
        "shells": float(np.max(np.abs(wide["map"] - coarse["map"]))),
        "radius": float(np.max(np.abs(m - main["by_radius"][RADIUS_CHECK]))),
        "transform": float(main["chebyshev_tail"] * np.max(np.abs(m))),
    }
    prefactor = fermi_surface_prefactor(d.kF, s0.V0_prime)
    res = map_summary(
        symbol,
        model,
        grid,
        weighting,
        m,
        parts,
        s0,
        tolerance,
        (prefactor * main["J0"], prefactor * coarse["J0"]),
        peaks_from_eq69=True,
    )
    # G series: S_G on the same pairs, partial sums against the direct map
    far = (row_distance(grid) > ROW_DISC) & (midpoint_distance(grid) > ROW_DISC)
    orb, q, W = main["_pairs"]
    stars = perpendicular_G(G_SERIES_STARS)
    ratios = fourier_components(orb, q, W, main["J0"], [s[0] for s in stars], main["a"])
    y = np.asarray(main["y"])
    series = []
    for n, part in enumerate(partial_sums(y, stars, ratios), start=1):
        diff = np.abs(part - m)
        series.append({"stars": n, "max_diff": float(diff.max()), "max_diff_outside_peaks": float(diff[far].max())})
    res.update(
        {
            "S_G": [
                {
                    "G": list(s[0]),
                    "G_norm": 2.0 * math.pi / main["a"] * math.hypot(s[0][1], s[0][2]),
                    "star_size": len(s),
                    "S_G_over_S0": float(r),
                }
                for s, r in zip(stars[:G_TABLE_STARS], ratios[:G_TABLE_STARS], strict=True)
            ],
            "g_series": series,
            "orders": list(ORDERS),
            "shells": main["shells"],
            "radius_bohr": main["radius"],
            "seconds": time.perf_counter() - t0,
        }
    )
    return res


#: stars of the G-series check and of the S_G table in the result
G_SERIES_STARS = 40
G_TABLE_STARS = 12
