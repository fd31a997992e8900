"""The channelling map with the exact matrix elements of DF Eq. 63 (two-centre transforms, Eqs. 66-68), summed over
every G perpendicular to v directly in real space, as the line average of the periodic parts of the Bloch functions
along the path. Derivation in ``docs/channelling.md`` section 5; in short:

With u_k(r) = e^{-i k.r} sum_j e^{i k.R_j} psi(r - R_j) (unnormalised Bloch sum, periodic) the Bloch functions are
psi_k = e^{i k.r} u_k / sqrt(N S_B(k)) and the matrix element with the umklapp G is a Fourier coefficient of the
periodic product u_k'^* u_k over the unit cell:

    int_cell e^{-i G.r} u_k'^*(r) u_k(r) d^3r = B(kmid + G/2, q + G),   q = k - k',  kmid = (k + k')/2,

(B of DF Eqs. 67-68, ``multicentre.bloch_transform``; G = 0 gives B(kmid, q), the exact amplitude of S0). DF's G
component (Eq. 60) carries G in the second matrix element only, so by Poisson summation over the G perpendicular to
v = [100] (the reciprocal lattice of the projected lattice L, cell area A_c = a^2 / 2)

    S_R / S0 = A_c int_0^a dx Re sum_{k, k'} W_kk' u_k'^*(x, R) u_k(x, R) / J_0,
    W_kk' = w_k w_k' w(q) B(kmid, q) / (S_B(k) S_B(k')),   J_0 = sum_{k, k'} W_kk' B(kmid, q),

on the Lebedev product rule on the Fermi sphere (w(q) = |q|^2, DF's average over the angle between v and q). The
plane mean is A_c int_prism / (A_c a) ... = J_0 / J_0 = 1 exactly (the cell integral above with G = 0), so the map's
mean in a.u. is prefactor x J_0, the exact S0 of ``stopping.mean_stopping`` on the same rule (a test). No Fourier
series is truncated: the G sum is exact; what is truncated is the Lebedev order, the neighbour shells of B and S_B,
the atoms kept in u_k (a density radius), the x quadrature along the path and the map grid (the error parts).

The x integral uses the mirror planes x = 0 and x = a/2 of bcc (int_0^a = 2 int_0^{a/2}), graded Gauss-Legendre
panels towards both ends (the nuclei of the rows sit at x = 0 mod a (m, n even) or a/2 (m, n odd)). Each map point
is computed alone (the same array shapes whatever the batch), so the map is bit-for-bit the same on any executor
and any number of workers; the points are folded by the symmetry of the square projection (8 point operations and
the translations of L) before the work is split into chunks of fixed size.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np
from threadpoolctl import threadpool_limits

from slowion.evaluate import lattice, orbitals
from slowion.evaluate.channelling_geometry import density_radius
from slowion.evaluate.channelling_summary import map_summary
from slowion.evaluate.constants import metal_data
from slowion.evaluate.fermi import lebedev_sphere
from slowion.evaluate.multicentre import bloch_transform
from slowion.evaluate.stopping import DEFAULT_SHELLS_EXACT, fermi_surface_prefactor, mean_stopping, shell_window

#: Lebedev orders of the exact map (value) and of its quadrature error estimate
ORDERS = (17, 11)
#: Gauss-Legendre nodes per x panel (value) and for the line-quadrature error estimate
LINE_NODES = (8, 6)
#: geometric x panels towards each end of [0, a/2] (smallest panel (a/4) 2^-(LEVELS-1))
LEVELS = 14
#: atoms of u_k: all within this density radius of the path (fraction of psi^2 outside; the change from
#: RADIUS_CHECK is the radius part of the error; 1e-7/1e-5 left Li at 1.1 % of S0, mostly this part)
RADIUS_TAIL = 1e-8
RADIUS_CHECK = 1e-6
#: map points per task (fixed, so the split does not depend on the number of workers)
CHUNK_POINTS = 16


def line_nodes(a: float, nodes: int, levels: int = LEVELS, half: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """Gauss-Legendre nodes on [0, a/2] with doubled weights (``half``: int_0^a = 2 int_0^{a/2} for an integrand
    even about x = 0 and x = a/2), or on [0, a] (two copies), panels halving towards the ends of each half (where
    nuclei may sit)."""
    if not half:
        x, w = line_nodes(a, nodes, levels)
        return np.concatenate([x, x + 0.5 * a]), 0.5 * np.concatenate([w, w])
    quarter = 0.25 * a
    inner = quarter * 2.0 ** -np.arange(levels - 1, -1, -1)
    edges = np.unique(np.concatenate([[0.0], inner, 0.5 * a - inner[::-1], [0.5 * a]]))
    g, gw = np.polynomial.legendre.leggauss(nodes)
    lo, hi = edges[:-1, None], edges[1:, None]
    hw = 0.5 * (hi - lo)
    return (lo + hw * (g + 1.0)).ravel(), 2.0 * (hw * gw).ravel()


def canonical_points(grid: int) -> tuple[list[tuple[int, int]], np.ndarray]:
    """The map points (i, j), 0 <= i, j <= grid, folded by the symmetry of the (100) projection of bcc (the square
    point group and the translations of L = (a/2)(m, n), m + n even): (sorted representatives, index of each point's
    representative (grid + 1, grid + 1))."""
    if grid % 2:
        raise ValueError("grid must be even (the body-centre translation (a/2)(1, 1) must be a grid vector)")
    N, h = grid, grid // 2
    reps: dict[tuple[int, int], int] = {}
    index = np.empty((N + 1, N + 1), dtype=np.int64)
    for i in range(N + 1):
        for j in range(N + 1):
            images = []
            for si in (1, -1):
                for sj in (1, -1):
                    for swap in (False, True):
                        y, z = si * i, sj * j
                        if swap:
                            y, z = z, y
                        for dy, dz in ((0, 0), (h, h)):
                            images.append(((y + dy) % N, (z + dz) % N))
            rep = min(images)
            index[i, j] = reps.setdefault(rep, len(reps))
    ordered = sorted(reps, key=reps.__getitem__)
    return ordered, index


def _atoms_near(a: float, y: float, z: float, radius: float, x_end: float) -> np.ndarray:
    """Atoms (X, Y, Z) whose distance to some point of the path segment x in [0, x_end] at (y, z) is <= radius,
    in a fixed order (rows by (m, n), then x)."""
    reach = math.ceil(2.0 * radius / a) + 2
    out = []
    for m in range(-reach + int(2 * y / a), reach + int(2 * y / a) + 1):
        for n in range(-reach + int(2 * z / a), reach + int(2 * z / a) + 1):
            if (m - n) % 2:
                continue
            d2 = (0.5 * a * m - y) ** 2 + (0.5 * a * n - z) ** 2
            if d2 > radius * radius:
                continue
            x0 = 0.0 if m % 2 == 0 else 0.5 * a
            dx = math.sqrt(radius * radius - d2)
            for p in range(math.floor((-dx - x0) / a), math.ceil((x_end + dx - x0) / a) + 1):
                X = x0 + p * a
                gap = max(0.0 - X, X - x_end, 0.0)
                if gap * gap + d2 <= radius * radius:
                    out.append((X, 0.5 * a * m, 0.5 * a * n))
    return np.array(out, dtype=float).reshape(-1, 3)


def density_radius_of(metal: str, tail: float = RADIUS_TAIL) -> float:
    """The radius (bohr) outside which the valence density psi^2 of ``metal`` holds less than ``tail``."""

    return density_radius(orbitals.valence_orbital(metal_data(metal).symbol), tail)


def bloch_periodic(orbital, k: np.ndarray, r: np.ndarray, atoms: np.ndarray) -> np.ndarray:
    """u_k(r) = sum_j e^{-i k.(r - R_j)} psi(|r - R_j|) over ``atoms``: (len(r), len(k)) complex."""
    d = r[:, None, :] - atoms[None, :, :]  # (nr, na, 3)
    psi = orbital.value(np.linalg.norm(d, axis=-1))  # (nr, na)
    # e^{-i k.(r - R_j)} = e^{-i k.r} e^{i k.R_j}: a matrix product over the atoms
    out = psi @ np.exp(1j * (atoms @ k.T))
    return out * np.exp(-1j * (r @ k.T))


def pair_matrices(metal: str, order: int, shells: Sequence[int], weighting: str = "paper") -> dict[str, Any]:
    """Lebedev points k (N, 3) on the Fermi sphere and, per number of shells n, W (N, N) with W[k, k'] =
    w_k w_k' |q|^2 B(kmid, q) / (S_B(k) S_B(k')) and J_0 = sum W B (DF Eq. 63; B of ``multicentre``)."""

    d = metal_data(metal)
    orb = orbitals.valence_orbital(d.symbol)
    points, wts = lebedev_sphere(order)
    k = d.kF * np.asarray(points)
    n = len(k)
    kk = np.repeat(k, n, axis=0)
    kp = np.tile(k, (n, 1))
    q = kk - kp
    out: dict[str, Any] = {"k": k, "W": {}, "J0": {}}
    for ns in shells:
        shell_list = lattice.bcc_shells(d.lattice_constant, ns)
        S_values = lattice.shell_overlaps(orb, shell_list)
        SB = lattice.bloch_overlap(k, shell_list, S_values)
        B = np.asarray(bloch_transform(orb, shell_list, 0.5 * (kk + kp), q, q_max=2.0 * d.kF)).reshape(n, n)
        w_q = np.sum(q * q, axis=1) if weighting == "paper" else 3.0 * q[:, 0] ** 2
        W = np.outer(wts, wts) * w_q.reshape(n, n) * B / np.outer(SB, SB)
        out["W"][ns] = W
        out["J0"][ns] = float(np.sum(W * B))
    return out


def _line_values(task: dict[str, Any]) -> np.ndarray:
    """A chunk of map points: for each point (i, j) and each (spec, W) of the task, A_c int_0^a dx Re[u^H W u]
    (the line rule of the spec; before the division by J_0). Each point alone: the result does not depend on the
    chunking."""

    # one BLAS thread: the matrices are small (nodes x Lebedev points), threaded BLAS was 6x slower on the shared
    # 2-core machine (measured, docs/scaling.md), and the sums then run in one fixed order on every machine
    with threadpool_limits(limits=1, user_api="blas"):
        return _line_values_one_thread(task)


def _line_values_one_thread(task: dict[str, Any]) -> np.ndarray:

    orb = orbitals.valence_orbital(task["metal"])
    a, grid = task["a"], task["grid"]
    A_c = 0.5 * a * a
    out = []
    for i, j in task["points"]:
        y, z = a * i / grid, a * j / grid
        row = []
        for spec in task["specs"]:
            x, w = spec["line"]
            r = np.column_stack([x, np.full_like(x, y), np.full_like(x, z)])
            atoms = _atoms_near(a, y, z, spec["radius"], float(x[-1]))
            u = bloch_periodic(orb, spec["k"], r, atoms)
            for W in spec["W"]:
                # Re sum_{k,k'} W[k, k'] conj(u_k') u_k at each node; W is real
                vals = np.real(np.sum((u @ W) * np.conj(u), axis=1))
                row.append(A_c * float(np.dot(w, vals)))
        out.append(row)
    return np.array(out, dtype=float)


MapFn = Callable[[Callable[[Any], Any], Iterable[Any]], list]


def _serial_map(fn: Callable[[Any], Any], items: Iterable[Any]) -> list:
    return [fn(x) for x in items]


def exact_maps(
    metal: str,
    grid: int,
    specs: list[dict[str, Any]],
    executor: Any = None,
) -> list[np.ndarray]:
    """Line integrals on the (grid + 1)^2 map for every (spec, W) (specs: dicts with k, W (list), line (x, w),
    radius), through ``executor`` (anything with an ordered ``map(fn, items)``; default in-process). Returns the
    maps in the order of the specs and their W, before division by J_0."""

    d = metal_data(metal)
    reps, index = canonical_points(grid)
    tasks = [
        {
            "metal": d.symbol,
            "a": d.lattice_constant,
            "grid": grid,
            "points": reps[lo : lo + CHUNK_POINTS],
            "specs": specs,
        }
        for lo in range(0, len(reps), CHUNK_POINTS)
    ]
    mapper = executor.map if executor is not None else _serial_map
    parts = list(mapper(_line_values, tasks))
    values = np.concatenate(parts, axis=0)  # (n_reps, n_maps), in the fixed order of the representatives
    return [values[:, c][index] for c in range(values.shape[1])]


def exact_result(
    metal: str,
    grid: int,
    tolerance: float,
    weighting: str = "paper",
    executor: Any = None,
    orders: tuple[int, int] = ORDERS,
    shells: int | None = None,
) -> dict[str, Any]:
    """The exact-model (DF Eq. 63) channelling map of He along [100] with its error parts, as the JSON-ready dict of
    ``channelling_map.channelling_result`` (same keys; ``S_G`` and ``g_series`` empty: the exact S_G need Ibar^R
    tables up to |q + G|, see docs/channelling.md). ``orders``, ``shells``: Lebedev orders (value, error) and
    neighbour shells of B and S_B (default: those of the exact S0 of ``stopping``); smaller values only for tests.
    """

    t0 = time.perf_counter()
    d = metal_data(metal)
    a = d.lattice_constant
    n_shells = DEFAULT_SHELLS_EXACT if shells is None else int(shells)
    s0 = mean_stopping(d.symbol, "exact", shells=n_shells)
    window = shell_window(a, d.kF, n_shells)
    high, low = orders
    ph = pair_matrices(d.symbol, high, [n_shells], weighting)
    pl = pair_matrices(d.symbol, low, [n_shells, window], weighting)
    orb = orbitals.valence_orbital(d.symbol)
    r_main, r_check = density_radius(orb, RADIUS_TAIL), density_radius(orb, RADIUS_CHECK)
    fine, coarse = line_nodes(a, LINE_NODES[0]), line_nodes(a, LINE_NODES[1])
    specs = [
        {"k": ph["k"], "W": [ph["W"][n_shells]], "line": fine, "radius": r_main},
        {"k": pl["k"], "W": [pl["W"][n_shells], pl["W"][window]], "line": fine, "radius": r_main},
        {"k": pl["k"], "W": [pl["W"][n_shells]], "line": coarse, "radius": r_main},
        {"k": pl["k"], "W": [pl["W"][n_shells]], "line": fine, "radius": r_check},
    ]
    raw = exact_maps(d.symbol, grid, specs, executor)
    J_h, J_l, J_w = ph["J0"][n_shells], pl["J0"][n_shells], pl["J0"][window]
    m = raw[0] / J_h
    low_map, wide, line_map, radius_map = raw[1] / J_l, raw[2] / J_w, raw[3] / J_l, raw[4] / J_l
    parts = {
        "quadrature": float(np.max(np.abs(m - low_map))),
        "shells": float(np.max(np.abs(wide - low_map))),
        "radius": float(np.max(np.abs(radius_map - low_map))),
        "line": float(np.max(np.abs(line_map - low_map))),
    }
    prefactor = fermi_surface_prefactor(d.kF, s0.V0_prime)
    res = map_summary(
        d.symbol,
        "exact",
        grid,
        weighting,
        m,
        parts,
        s0,
        tolerance,
        plane_mean=(prefactor * J_h, prefactor * J_l),
        peaks_from_eq69=False,
    )
    res.update(
        {
            "S_G": [],
            "g_series": [],
            "orders": list(orders),
            "shells": n_shells,
            "shell_window": window,
            "line_nodes_per_panel": list(LINE_NODES),
            "radius_bohr": r_main,
            "seconds": time.perf_counter() - t0,
        }
    )
    return res
