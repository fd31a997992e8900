"""Position dependence of the low-velocity stopping for He channelled along [100] in a bcc alkali metal
(DF Eqs. 60-61, Fig. 3). The derivation is in ``docs/channelling.md``; in short:

For G perpendicular to v, the G component of DF Eq. 46 (DF Eq. 60) has the integrand of the mean stopping with
the matrix elements I_kk'(q) I_k'k(q) replaced by I_kk'(q) I_k'k(q - G). For the single-s-band LCAO crystal of
DF Eqs. 62-68, with k' = k - q and kmid = (k + k')/2,

    I_kk'(q) I_k'k(q - G) = B(kmid, q) B(kmid - G/2, q - G) / (S_B(k) S_B(k')),
    B(p, q) = sum_R e^{i p.R} Ibar^R(q)  ~  I(|q|) S_B(p)                          (DF Eq. 69),

and S_B(kmid - G/2) = sum_R S(R) (-1)^{G.R / 2 pi} cos(kmid.R) because G.R is a multiple of 2 pi. In the
low-velocity limit both k and k' lie on the Fermi sphere, and

    S_G = P int dOmega_k int dOmega_k' w(q) I(|q|) I(|q - G|) S_B(kmid) S_B(kmid - G/2) / (S_B(k) S_B(k')),

with the same prefactor P as the mean S0 (G = 0 gives LCAO-II, DF Eq. 72). The weight is w = |q|^2 when the
angle between v and q is averaged as in DF Eq. 48 (what DF say they did, ``weighting="paper"``) or
w = 3 (q.x^)^2 for v fixed along [100] (``weighting="fixed_v"``); both give the same S0 (cubic symmetry). We
return S_G / S0 = J_G / J_0 from one quadrature, and S_G = (S_G / S0) x S0 with S0 = LCAO-II mean stopping of
``slowion.evaluate.stopping.mean_stopping``. Then (DF Eq. 61) S_R = S0 + sum_G S_G cos(G.R) (S_{-G} = S_G, real).

Fourier convention: f(q) = int f(r) e^{i q.r} d^3r (DF Eqs. 64-71). Units: atomic units; map coordinates in units
of the lattice constant a, with atomic rows at (0, 0), (1, 0), (0, 1), (1, 1), (0.5, 0.5) as in DF Fig. 3.
"""

from __future__ import annotations

import io
import math
import time
from collections.abc import Sequence

import numpy as np
from numpy.polynomial import Chebyshev

from slowion.base import validate
from slowion.base.atomic import atomic_write_bytes
from slowion.base.errors import InputError
from slowion.evaluate.chebyshev import adaptive_chebyshev
from slowion.evaluate.constants import default_shells, metal_data
from slowion.evaluate.fermi import lebedev_sphere
from slowion.evaluate.lattice import bcc_shells, shell_overlaps
from slowion.evaluate.multicentre import bloch_transform
from slowion.evaluate.orbitals import valence_orbital
from slowion.evaluate.stopping import fermi_surface_prefactor, mean_stopping

DIRECTION = (1, 0, 0)
WEIGHTINGS = ("paper", "fixed_v")
METHODS = ("eq69", "exact")

#: pairs (k, k') evaluated at once; bounds memory (a few arrays of this size times the number of R vectors / 8)
CHUNK_PAIRS = 60_000


def reciprocal_stars_perp_100(n_stars: int) -> list[list[tuple[int, int, int]]]:
    """The first ``n_stars`` stars of bcc reciprocal vectors G = (2 pi / a)(0, k, l), k + l even, G != 0
    (the reciprocal lattice of bcc is fcc: h + k + l even), grouped by |G| and, within one |G|, by the
    symmetry of the square (100) projection (|k|, |l| up to order and sign). Integer triples in units 2 pi / a."""
    if n_stars < 1:
        raise InputError(f"argument g_shells: expected an integer >= 1, got {n_stars!r}")
    span = 2
    while True:
        cands = [(0, k, l) for k in range(-span, span + 1) for l in range(-span, span + 1) if (k + l) % 2 == 0]
        cands = [g for g in cands if g != (0, 0, 0)]
        keyed: dict[tuple[int, int], list[tuple[int, int, int]]] = {}
        for g in cands:
            key = (g[1] ** 2 + g[2] ** 2, max(abs(g[1]), abs(g[2])))
            keyed.setdefault(key, []).append(g)
        keys = sorted(keyed)
        complete = [k for k in keys if k[0] <= span**2]
        if len(complete) >= n_stars:
            return [sorted(keyed[k], reverse=True) for k in complete[:n_stars]]
        span *= 2


def _weight(q: np.ndarray, weighting: str) -> np.ndarray:
    if weighting == "paper":
        return np.einsum("...i,...i->...", q, q)
    return 3.0 * q[..., 0] ** 2


def form_factor_table(orbital, q_max: float, tol: float = 1e-13) -> Chebyshev:
    """Chebyshev interpolant of I(q) (DF Eq. 71, the orbital's generated form factor) on [0, q_max]; the degree
    doubles until it reproduces I(q) to ``tol`` (I(0) = 1) at 2001 check points."""
    return adaptive_chebyshev(orbital.form_factor, 0.0, q_max, tol, "I(q)")


def fourier_integrals(
    orbital,
    shells: Sequence,
    S_values: np.ndarray,
    kF: float,
    G_vectors: np.ndarray,
    order: int = 41,
    weighting: str = "paper",
    method: str = "eq69",
    chunk_pairs: int = CHUNK_PAIRS,
) -> np.ndarray:
    """J_G = int dOmega_k int dOmega_k' w(q) M_G(k, k') on the Fermi sphere |k| = |k'| = kF (Lebedev product
    rule of ``order``) for each row of ``G_vectors`` (M, 3) in bohr^-1; q = k - k', kmid = (k + k')/2, and

        M_G = B(kmid, q) B(kmid - G/2, q - G) / (S_B(k) S_B(k')),
        B(p, q) = I(|q|) S_B(p)        (method "eq69", DF Eq. 69 -- G = 0 gives LCAO-II, DF Eq. 72)
        B(p, q) = sum_R e^{i p.R} Ibar^R(q)   (method "exact", DF Eqs. 63, 66-68; multicentre.bloch_transform).

    ``shells``: neighbour shells with ``.vectors`` (bohr); ``S_values``: S(R) per shell (DF Eq. 70)."""
    if weighting not in WEIGHTINGS:
        raise InputError(f"argument weighting: expected one of {WEIGHTINGS}, got {weighting!r}")
    if method not in METHODS:
        raise InputError(f"argument method: expected one of {METHODS}, got {method!r}")
    G_vectors = np.atleast_2d(np.asarray(G_vectors, dtype=float))
    points, w = lebedev_sphere(order)
    k_all = kF * points
    R = np.concatenate([np.asarray(s.vectors, dtype=float) for s in shells]) if shells else np.zeros((0, 3))
    S_R = np.concatenate([np.full(len(s.vectors), S) for s, S in zip(shells, S_values, strict=True)])
    # G.R is a multiple of 2 pi, so S_B(kmid - G/2) = sum_R S(R) (-1)^{G.R / 2 pi} cos(kmid.R)
    phase = (R @ G_vectors.T) / (2.0 * math.pi)
    n_phase = np.rint(phase)
    if R.size and not np.allclose(phase, n_phase, atol=1e-8):
        raise ValueError("fourier_integrals: G is not a reciprocal lattice vector of the shells' lattice")
    S_signed = S_R[:, None] * np.where(n_phase.astype(np.int64) % 2 == 0, 1.0, -1.0)  # (nR, M)
    S_B = 1.0 + np.cos(k_all @ R.T) @ S_R
    if not np.all(S_B > 0):
        raise InputError("argument shells: the truncated Bloch sum S_B(k) is not positive on the Fermi sphere")
    I_table = None
    g_max = float(np.max(np.linalg.norm(G_vectors, axis=1), initial=0.0))
    q_max = 2.0 * kF + g_max
    if method == "eq69":
        I_table = form_factor_table(orbital, q_max)
    n = len(points)
    out = np.zeros(len(G_vectors))
    # cos(kmid.R) = cos(k.R/2) cos(k'.R/2) - sin(k.R/2) sin(k'.R/2): the Bloch sums at kmid are matrix products
    half_phase = 0.5 * (k_all @ R.T)
    c_half, s_half = np.cos(half_phase), np.sin(half_phase)
    weights_mid = np.column_stack([S_R, S_signed])  # (nR, 1 + M): S_B(kmid), then S_B(kmid - G/2) for each G
    step = max(1, min(chunk_pairs, 4_000_000 // max(1, len(G_vectors))) // n)
    for s in range(0, n, step):
        k = k_all[s : s + step, None, :]
        q = k - k_all[None, :, :]  # (m, n, 3)
        kmid = k - 0.5 * q
        base = w[s : s + step, None] * w[None, :] * _weight(q, weighting) / (S_B[s : s + step, None] * S_B[None, :])
        shape = q.shape[:2]
        if method == "eq69":
            cs, ss = c_half[s : s + step], s_half[s : s + step]
            mids = 1.0 + np.stack(
                [(cs * wm) @ c_half.T - (ss * wm) @ s_half.T for wm in weights_mid.T], axis=-1
            )  # (m, n, 1 + M)
            B_k = I_table(np.linalg.norm(q, axis=-1)) * mids[..., 0]
            SB_shift = mids[..., 1:]
        else:
            B_k = bloch_transform(orbital, shells, kmid.reshape(-1, 3), q.reshape(-1, 3), q_max).reshape(shape)
        for j, G in enumerate(G_vectors):
            if method == "eq69":
                B_kG = I_table(np.linalg.norm(q - G, axis=-1)) * SB_shift[..., j]
            else:
                B_kG = bloch_transform(
                    orbital, shells, (kmid - 0.5 * G).reshape(-1, 3), (q - G).reshape(-1, 3), q_max
                ).reshape(shape)
            out[j] += float(np.sum(base * B_k * B_kG))
    return out


def _map(x: np.ndarray, y: np.ndarray, components: list[tuple[np.ndarray, float]]) -> np.ndarray:
    """S_R / S0 = 1 + sum_G (S_G / S0) cos(G.R), R = a (0, x, y); G given as integer triples (units 2 pi / a)."""
    X, Y = np.meshgrid(x, y, indexing="ij")
    out = np.ones(X.shape)
    for g, ratio in components:
        out += ratio * np.cos(2.0 * math.pi * (g[1] * X + g[2] * Y))
    return out


def channelling_map(
    metal: str = "Na",
    n_grid: int = 41,
    g_shells: int = 4,
    order: int = 29,
    shells: int | None = None,
    weighting: str = "paper",
    method: str = "eq69",
    all_vectors: bool = False,
) -> dict:
    """S_G (DF Eq. 60) and the map S_R / S0 over a (100) plane (DF Eq. 61, Fig. 3) for He moving along [100].

    ``g_shells``: number of stars of G perpendicular to [100] (first: 2 pi/a (0, 1, 1), then (0, 0, 2), ...);
    ``order``: Lebedev order of the Fermi-surface rule (error from order - 6); ``shells``: neighbour shells in
    the Bloch sums (default: those of ``mean_stopping`` for lcao2, or for exact with ``method="exact"``);
    ``all_vectors``: integrate every G of each star (default: one per star, the others equal by the symmetry
    of the (100) projection, which the O_h-invariant Lebedev rule keeps exactly); ``weighting``:
    "paper" (angle between v and q averaged, DF Eq. 48) or "fixed_v" (v along [100]); ``method``: "eq69"
    (DF Eq. 69 in both matrix elements; S0 = LCAO-II) or "exact" (two-centre transforms, DF Eq. 66; S0 = exact).
    Keys: metal, direction, S0, S_G (list per G), x, y, map (S_R / S0 on [0, 1]^2, x fastest along rows), range
    ((max - min) / S0), low_half_mean (mean of S_R / S0 over the half of the cell with the lowest stopping),
    notes, and the checks (cell_mean, S0 consistency, quadrature error).
    """
    if n_grid < 3:
        raise InputError(f"argument n_grid: expected an integer >= 3, got {n_grid!r}")
    if weighting not in WEIGHTINGS:
        raise InputError(f"argument weighting: expected one of {WEIGHTINGS}, got {weighting!r}")
    if method not in METHODS:
        raise InputError(f"argument method: expected one of {METHODS}, got {method!r}")
    t0 = time.perf_counter()
    data = metal_data(metal)
    a, kF = data.lattice_constant, data.kF
    orb = valence_orbital(data.symbol)
    model = "lcao2" if method == "eq69" else "exact"
    explicit_shells = shells
    shells = default_shells(model) if shells is None else validate.shells(shells)
    shell_list = bcc_shells(a, shells)
    S_values = shell_overlaps(orb, shell_list)
    stars = reciprocal_stars_perp_100(g_shells)
    chosen = [g for star in stars for g in (star if all_vectors else star[:1])]
    G_int = np.array([(0, 0, 0), *chosen], dtype=float)
    G_vec = (2.0 * math.pi / a) * G_int

    def integrals(o: int) -> np.ndarray:
        return fourier_integrals(orb, shell_list, S_values, kF, G_vec, order=o, weighting=weighting, method=method)

    J = integrals(order)
    J_low = integrals(order - 6)
    ratios = J[1:] / J[0]
    ratio_err = np.abs(ratios - J_low[1:] / J_low[0])

    S0, S0_source, S0_own = _mean_stopping(data.symbol, model, explicit_shells, J[0], kF)
    rows = []
    components: list[tuple[np.ndarray, float]] = []
    for star in stars:
        members = [g for g in chosen if g in star]
        idx = [chosen.index(g) for g in members]
        star_ratio = float(np.mean(ratios[idx]))
        for g in members:
            j = chosen.index(g)
            rows.append(
                {
                    "G": list(g),
                    "G_units": "2 pi / a",
                    "G_norm": float(np.linalg.norm(G_vec[j + 1])),
                    "star_size": len(star),
                    "S_G_over_S0": float(ratios[j]),
                    "S_G": None if S0 is None else float(ratios[j] * S0),
                    "quadrature_error": float(ratio_err[j]),
                }
            )
        components += [(np.array(g), star_ratio) for g in star]
    x = np.linspace(0.0, 1.0, n_grid)
    grid = _map(x, x, components)
    cell, low = _cell_statistics(grid)
    # how the map depends on the number of stars kept (the S_G series converges slowly, docs/channelling.md)
    by_stars = []
    for n in range(1, len(stars) + 1):
        part = [(g, r) for g, r in components if any(tuple(g) in star for star in stars[:n])]
        c_n, low_n = _cell_statistics(_map(x, x, part))
        by_stars.append(
            {"stars": n, "range": float(c_n.max() - c_n.min()), "min": float(c_n.min()), "low_half_mean": low_n}
        )
    return {
        "metal": data.symbol,
        "direction": list(DIRECTION),
        "weighting": weighting,
        "method": method,
        "S0": S0,
        "S0_source": S0_source,
        "S0_own_quadrature": S0_own,
        "S_G": rows,
        "x": x.tolist(),
        "y": x.tolist(),
        "map": grid.tolist(),
        "range": float(cell.max() - cell.min()),
        "min": float(cell.min()),
        "max": float(cell.max()),
        "low_half_mean": low,
        "cell_mean": float(cell.mean()),
        "by_stars": by_stars,
        "order": order,
        "shells": shells,
        "g_shells": g_shells,
        "seconds": time.perf_counter() - t0,
        "notes": (
            "S_G from DF Eq. 60 in the low-velocity limit, "
            + (
                "with the Eq. 69 approximation Ibar^R(q) ~ S(R) I(q) for both matrix elements; "
                if method == "eq69"
                else "with the two-centre transforms Ibar^R(q) of Eq. 66 (no Eq. 69); "
            )
            + (
                "weight |q|^2: angle between v and q averaged as DF Eq. 48 (DF's prescription)"
                if weighting == "paper"
                else "weight 3 (q.x)^2: v fixed along [100]"
            )
            + f"; {g_shells} stars of G perpendicular to [100]; Lebedev order {order} (error: difference to order "
            f"{order - 6}); {shells} neighbour shells; range and low_half_mean in units of S0 over one cell "
            f"({n_grid - 1}^2 points). See docs/channelling.md."
        ),
    }


def _cell_statistics(grid: np.ndarray) -> tuple[np.ndarray, float]:
    """Values over one periodic cell (the repeated edge x = 1, y = 1 dropped) and the mean of the lower half."""
    cell = grid[:-1, :-1].ravel()
    return cell, float(np.sort(cell)[: cell.size // 2].mean())


def _mean_stopping(metal: str, model: str, shells: int, J0: float, kF: float) -> tuple[float | None, str, float | None]:
    """S0 (``model`` lcao2, DF Eq. 72, or exact, Eq. 63) from ``slowion.evaluate.stopping``, and our own J0 times
    the prefactor (V0')^2 kF^2 / (96 pi^5) of the double Fermi-surface form (docs/df_stopping.md) as a check."""
    res = mean_stopping(metal, model, shells=shells)
    own = fermi_surface_prefactor(kF, res.V0_prime) * J0
    return float(res.S0), f"slowion.evaluate.stopping.mean_stopping({metal!r}, {model!r}, shells={shells})", float(own)


def square_symmetry_images(m: np.ndarray) -> list[np.ndarray]:
    """The map under the point symmetries of the square (100) projection (x -> -x, y -> -y, x <-> y) and the
    centring translation (x, y) -> (x + 1/2, y + 1/2), on a periodic grid with the edge point repeated."""
    cell = m[:-1, :-1]
    n = cell.shape[0]

    def reflect(c: np.ndarray, axis: int) -> np.ndarray:
        # index i -> (-i) mod n
        return np.roll(np.flip(c, axis=axis), 1, axis=axis)

    images = [reflect(cell, 0), reflect(cell, 1), cell.T]
    if n % 2 == 0:
        images.append(np.roll(cell, (n // 2, n // 2), axis=(0, 1)))
    return images


def plot_channelling(result: dict, path) -> str:
    """Contour map of S_R / S0 over the (100) plane (cf. DF Fig. 3), atomic rows marked; PNG written to ``path``
    (checked by ``validate.output_file``, written atomically)."""
    validate.output_file(path, "plot")
    # matplotlib is imported here, not at module level: drawing is this function's only use, and its import
    # (~1 s) would otherwise slow every `slowion evaluate` call
    from matplotlib.figure import Figure

    x = np.asarray(result["x"])
    y = np.asarray(result["y"])
    m = np.asarray(result["map"])
    # the object-oriented Figure draws with the Agg canvas: no pyplot state, no global backend choice
    fig = Figure(figsize=(5.6, 4.8), dpi=120)
    ax = fig.subplots()
    cs = ax.contourf(x, y, m.T, levels=21, cmap="viridis")
    ax.contour(x, y, m.T, levels=cs.levels[::2], colors="k", linewidths=0.4)
    fig.colorbar(cs, ax=ax, label=r"$S_R / S_0$")
    rows = [(0, 0), (0, 1), (1, 1), (1, 0), (0.5, 0.5)]
    ax.plot(*zip(*rows, strict=True), "o", color="white", mec="k", ms=7, clip_on=False, zorder=5)
    ax.set_xlabel("y / a  (white dots: atomic rows along [100])")
    ax.set_ylabel("z / a")
    ax.set_aspect("equal")
    ax.set_title(
        f"He along [100] in {result['metal']}: range {result['range']:.2f} S0, "
        f"low half {result['low_half_mean']:.2f} S0",
        fontsize=9,
    )
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    atomic_write_bytes(path, buf.getvalue())
    return str(path)


__all__ = [
    "channelling_map",
    "fourier_integrals",
    "plot_channelling",
    "reciprocal_stars_perp_100",
    "square_symmetry_images",
]
