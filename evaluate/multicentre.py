"""Two-centre transforms Ibar^R(q) (DF Eq. 66) and the multi-centre Bloch transform of DF Eqs. 63, 67-68.

Conventions (atomic units). For a real s orbital psi centred at the origin,

    Ibar^R(q) = int d^3r e^{i q.(r - R/2)} psi(r) psi(r - R)                  (DF Eq. 66)
              = int d^3s e^{i q.s} psi(|s + R/2|) psi(|s - R/2|)              (s = r - R/2, the bond midpoint)

The pair density psi(|s + R/2|) psi(|s - R/2|) is even under s -> -s, so Ibar^R(q) is real and even in q and in
R; it depends on |q|, |R| and t = q.R / (|q| |R|) only through q_par = |q| t and q_perp = |q| sqrt(1 - t^2). With
the bond along z, the azimuth integral gives 2 pi J0(q_perp rho), and in the bipolar coordinates r_A, r_B (the
distances to the two centres; d^3s = (r_A r_B / R) dr_A dr_B dphi)

    Ibar^R(q) = (4 pi / R) int_{r_A <= r_B} r_A psi(r_A) r_B psi(r_B) J0(q_perp rho) cos(q_par z) dr_A dr_B,
    z = (r_A^2 - r_B^2) / (2 R),   rho^2 = r_A^2 - (z + R/2)^2,

(the factor 2 of the half-region r_A <= r_B uses the A <-> B symmetry). Limits: Ibar^R(0) = S(R) (DF Eq. 70) and
Ibar^0(q) = I(q) (DF Eq. 71); DF Eq. 69 approximates Ibar^R(q) ~ S(R) I(q).

The quadrature is deterministic: composite Gauss-Legendre panels in r_A (graded geometrically towards the nucleus,
where the core primitives of the valence orbital vary on the scale 1/zeta_max), Gauss-Legendre in r_B on
[max(r_A, R - r_A), R + r_A]; the error is estimated by repeating on a finer grid. For the Fermi-surface
quadratures, Ibar^R is tabulated per neighbour shell as a 2D Chebyshev series in x = q^2 / q_max^2 and u = t^2
(Ibar is analytic in q_par^2 and q_perp^2), with the interpolation error measured at off-node points.

The Bloch transform of DF Eqs. 67-68 used by the model "exact" of DF Eq. 63 is

    B(p, q) = sum_R e^{i p.R} Ibar^R(q) = I(q) + sum_{R != 0} cos(p.R) Ibar^R(q),     p = k - q/2 = (k + k')/2,

real because Ibar^{-R} = Ibar^R; DF Eq. 69 replaces it by I(q) S_B(p), S_B the Bloch sum of DF Eq. 65.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.polynomial import chebyshev as C
from scipy.special import j0
from threadpoolctl import threadpool_limits

Radial = Callable[[np.ndarray], np.ndarray]


# ------------------------------------------------------------------------------------------ quadrature grids


@dataclass(frozen=True)
class Resolution:
    """Quadrature resolution: Gauss-Legendre nodes per r_A panel and along r_B, number of geometric panels
    towards the nucleus, width (bohr) and reach (bohr beyond R/2) of the outer panels."""

    nodes_per_panel: int = 10
    inner_nodes: int = 20
    geometric_panels: int = 8
    panel_width: float = 3.0
    reach: float = 45.0

    def finer(self) -> Resolution:
        """A grid about 1.5 times finer in every direction, for the error estimate."""
        return Resolution(
            nodes_per_panel=self.nodes_per_panel + 8,
            inner_nodes=self.inner_nodes + 20,
            geometric_panels=self.geometric_panels + 4,
            panel_width=self.panel_width * 0.75,
            reach=self.reach + 10.0,
        )


DEFAULT_RESOLUTION = Resolution()


def resolution_for(R: float, q_max: float) -> Resolution:
    """The default grid, refined for large q R: panels no wider than ~ 3/4 of a wavelength 2 pi / q_max and
    enough r_B nodes for the phase q_par z, which runs over ~ q_max R along the bond (measured: 1e-15 for
    q <= 2 k_F of Li-Rb with the default grid)."""
    base = DEFAULT_RESOLUTION
    width = min(base.panel_width, 4.5 / q_max) if q_max > 0 else base.panel_width
    inner = max(base.inner_nodes, 12 + math.ceil(0.8 * R * q_max))
    return Resolution(base.nodes_per_panel, inner, base.geometric_panels, width, base.reach)


def _panels(edges: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Composite Gauss-Legendre nodes and weights on consecutive panels [edges[i], edges[i + 1]]."""
    x, w = np.polynomial.legendre.leggauss(n)
    lo, hi = edges[:-1, None], edges[1:, None]
    half = 0.5 * (hi - lo)
    return (lo + half * (x + 1.0)).ravel(), (half * w).ravel()


def _geometric_edges(top: float, n_panels: int) -> np.ndarray:
    """0, top 2^-(n-1), ..., top / 2, top: panels that shrink towards r = 0 (the nuclear cusp region)."""
    return np.concatenate([[0.0], top * 2.0 ** -np.arange(n_panels - 1, -1, -1)])


def _outer_edges(start: float, width: float, reach: float) -> np.ndarray:
    n = max(1, math.ceil(reach / width))
    return start + np.linspace(0.0, reach, n + 1)


@dataclass(frozen=True)
class PairGrid:
    """Quadrature points of the pair density for one bond length R: Ibar^R(q) = sum_i w_i J0(q_perp rho_i)
    cos(q_par z_i). ``weights`` already contain psi(r_A) psi(r_B) and the Jacobian."""

    R: float
    weights: np.ndarray
    rho: np.ndarray
    z: np.ndarray


def pair_grid(psi: Radial, R: float, res: Resolution = DEFAULT_RESOLUTION) -> PairGrid:
    """The bipolar quadrature of the pair density psi(r_A) psi(r_B) for centres a distance R > 0 apart
    (``psi`` is the orbital value at a distance r from its centre, normalised as int psi^2 d^3r = 1)."""
    if not R > 0:
        raise ValueError(f"pair_grid: bond length must be > 0, got {R}")
    half = 0.5 * R
    # r_A in [0, R/2]: r_B in [R - r_A, R + r_A]; r_A in [R/2, inf): r_B in [r_A, r_A + R]. The r_A panels shrink
    # geometrically towards the nucleus (core region, r < 4 bohr at least) and R/2 is a panel edge.
    top = max(half, 4.0)
    edges = np.unique(
        np.concatenate(
            [_geometric_edges(top, res.geometric_panels), [half], _outer_edges(top, res.panel_width, res.reach)]
        )
    )
    ra, wa = _panels(edges, res.nodes_per_panel)
    lo = np.where(ra < half, R - ra, ra)
    hi = ra + R
    x, w = np.polynomial.legendre.leggauss(res.inner_nodes)
    span = 0.5 * (hi - lo)[:, None]
    rb = lo[:, None] + span * (x + 1.0)
    wb = span * w
    rA = np.broadcast_to(ra[:, None], rb.shape)
    weights = (4.0 * math.pi / R) * (wa[:, None] * wb) * rA * psi(rA) * rb * psi(rb)
    z = (rA**2 - rb**2) / (2.0 * R)
    rho = np.sqrt(np.clip(rA**2 - (z + half) ** 2, 0.0, None))
    keep = weights != 0.0
    return PairGrid(R=R, weights=weights[keep], rho=rho[keep], z=z[keep])


def two_centre_transform(grid: PairGrid, q_par: np.ndarray, q_perp: np.ndarray) -> np.ndarray:
    """Ibar^R(q) of DF Eq. 66 on the bipolar grid for arrays q_par = q.R^, q_perp = |q x R^| (same shape)."""
    q_par, q_perp = np.broadcast_arrays(np.asarray(q_par, float), np.asarray(q_perp, float))
    out = np.empty(q_par.shape)
    flat_par, flat_perp, flat_out = q_par.ravel(), q_perp.ravel(), out.reshape(-1)
    chunk = max(1, 2_000_000 // max(1, grid.weights.size))
    for s in range(0, flat_par.size, chunk):
        qp = flat_par[s : s + chunk, None]
        qt = flat_perp[s : s + chunk, None]
        flat_out[s : s + chunk] = (j0(qt * grid.rho) * np.cos(qp * grid.z)) @ grid.weights
    return out


def one_centre_transform(psi: Radial, q: np.ndarray, res: Resolution = DEFAULT_RESOLUTION) -> np.ndarray:
    """I(q) = 4 pi int r^2 psi(r)^2 j0(q r) dr (DF Eq. 71) by the same panels as :func:`pair_grid` -- an
    independent check of the generated closed form."""
    q = np.asarray(q, dtype=float)
    edges = np.concatenate(
        [_geometric_edges(2.0, res.geometric_panels), _outer_edges(2.0, res.panel_width, res.reach)[1:]]
    )
    r, w = _panels(edges, res.nodes_per_panel)
    dens = 4.0 * math.pi * w * r**2 * psi(r) ** 2
    return np.sinc(np.multiply.outer(q, r) / math.pi) @ dens


# ------------------------------------------------------------------------------------ Chebyshev tabulation


@dataclass(frozen=True)
class ShellTable:
    """Chebyshev table of Ibar^R(q) for one bond length R: sum_ij c_ij T_i(2x - 1) T_j(2u - 1),
    x = q^2 / q_max^2, u = (q.R^ / q)^2. ``interpolation_error``: max |table - direct| at off-node points;
    ``quadrature_error``: max |grid - finer grid| at the same points."""

    R: float
    q_max: float
    coefficients: np.ndarray
    interpolation_error: float
    quadrature_error: float
    overlap: float


def _cheb_nodes(n: int) -> np.ndarray:
    """Chebyshev points of the first kind mapped to [0, 1]."""
    return 0.5 * (1.0 + np.cos(math.pi * (np.arange(n) + 0.5) / n))


def _transform_xu(grid: PairGrid, q_max: float, x: np.ndarray, u: np.ndarray) -> np.ndarray:
    q = q_max * np.sqrt(x)
    return two_centre_transform(grid, q * np.sqrt(u), q * np.sqrt(1.0 - u))


def shell_table(
    psi: Radial, R: float, q_max: float, n_x: int = 18, n_u: int = 12, res: Resolution | None = None
) -> ShellTable:
    """Tabulate Ibar^R on an (n_x, n_u) Chebyshev grid in (q^2/q_max^2, t^2) and measure its errors.

    One BLAS thread: the transform is a matrix-vector product per chunk, which a second OpenBLAS thread does not
    speed up (measured on 2 cores: Na exact S0 12.0 s wall / 21.0 s CPU with two threads, 12.2 s / 10.4 s with
    one) but which burns the core the report's other worker needs; and the sums then come out in one order
    whatever the machine (S0 moved by 1 ulp with the thread count)."""
    with threadpool_limits(limits=1, user_api="blas"):
        return _shell_table(psi, R, q_max, n_x, n_u, res)


def _shell_table(psi: Radial, R: float, q_max: float, n_x: int, n_u: int, res: Resolution | None) -> ShellTable:
    res = resolution_for(R, q_max) if res is None else res
    grid = pair_grid(psi, R, res)
    xn, un = _cheb_nodes(n_x), _cheb_nodes(n_u)
    values = _transform_xu(grid, q_max, xn[:, None], un[None, :])
    vx = C.chebvander(2.0 * xn - 1.0, n_x - 1)
    vu = C.chebvander(2.0 * un - 1.0, n_u - 1)
    coef = np.linalg.solve(vx, np.linalg.solve(vu, values.T).T)
    # off-node check points: midpoints between the nodes, plus the corners q = 0 and q = q_max
    xc = np.concatenate([[0.0, 1.0], 0.5 * (xn[1:] + xn[:-1])])[::2]
    uc = np.concatenate([[0.0, 1.0], 0.5 * (un[1:] + un[:-1])])[::2]
    X, U = np.meshgrid(xc, uc, indexing="ij")
    direct = _transform_xu(grid, q_max, X, U)
    table = _evaluate(coef, X.ravel(), U.ravel()).reshape(X.shape)
    Xf, Uf = X[::2, ::2], U[::2, ::2]
    finer = _transform_xu(pair_grid(psi, R, res.finer()), q_max, Xf, Uf) - direct[::2, ::2]
    s_R = float(two_centre_transform(grid, np.zeros(1), np.zeros(1))[0])
    return ShellTable(
        R=R,
        q_max=q_max,
        coefficients=coef,
        interpolation_error=float(np.max(np.abs(table - direct))),
        quadrature_error=float(np.max(np.abs(finer))),
        overlap=s_R,
    )


def _evaluate(coef: np.ndarray, x: np.ndarray, u: np.ndarray) -> np.ndarray:
    """sum_ij c_ij T_i(2x - 1) T_j(2u - 1) for 1D arrays x, u of the same length."""
    a = C.chebvander(2.0 * x - 1.0, coef.shape[0] - 1) @ coef
    return np.einsum("nj,nj->n", a, C.chebvander(2.0 * u - 1.0, coef.shape[1] - 1))


# ------------------------------------------------------------------------------------ orbitals and shells


def _psi_of(orbital) -> Radial:
    """psi(r) of an s orbital: E1's ``SlaterOrbital.value``; otherwise ``radial(r) / sqrt(4 pi)``."""
    if hasattr(orbital, "value"):
        return orbital.value
    return lambda r: orbital.radial(r) / math.sqrt(4.0 * math.pi)


def _orbital_key(orbital) -> tuple:
    return (
        getattr(orbital, "element", ""),
        getattr(orbital, "label", ""),
        tuple(np.asarray(orbital.n).tolist()),
        tuple(np.asarray(orbital.zeta).tolist()),
        tuple(np.asarray(orbital.coefficients).tolist()),
    )


def _shell_vectors(shells: Sequence) -> list[np.ndarray]:
    """Neighbour vectors (m, 3) of each shell (E1's ``Shell.vectors``, or plain arrays)."""
    return [np.atleast_2d(np.asarray(getattr(s, "vectors", s), dtype=float)) for s in shells]


_TABLES: dict[tuple, ShellTable] = {}


#: absolute accuracy asked of a shell table (|Ibar| <= 1); the Chebyshev degrees grow until it is met
TABLE_TOLERANCE = 1e-10


def table_for(orbital, R: float, q_max: float) -> ShellTable:
    """The (cached) Chebyshev table of Ibar^R for ``orbital`` and bond length R, valid for |q| <= q_max; the
    degrees grow until the off-node interpolation error is below :data:`TABLE_TOLERANCE`."""
    key = (_orbital_key(orbital), round(float(R), 12), round(float(q_max), 12))
    if key not in _TABLES:
        psi = _psi_of(orbital)
        # start from the measured need (degree ~ 1.1 q_max R in x for the alkali ns orbitals, at least 16) and grow
        # until the off-node error is below tolerance
        n_x = max(16, math.ceil(1.1 * q_max * R))
        n_u = max(10, math.ceil(0.6 * n_x))
        while True:
            tab = shell_table(psi, float(R), float(q_max), n_x, n_u)
            if tab.interpolation_error <= TABLE_TOLERANCE:
                break
            if n_x >= 120:
                raise RuntimeError(
                    f"Ibar^R table for R = {R:.4g}, q_max = {q_max:.4g} not converged: "
                    f"interpolation error {tab.interpolation_error:.2e} with ({n_x}, {n_u}) Chebyshev nodes"
                )
            n_x, n_u = math.ceil(1.4 * n_x), math.ceil(1.4 * n_u)
        _TABLES[key] = tab
    return _TABLES[key]


def _q_max_for(q_norm: np.ndarray) -> float:
    """Table range: the next multiple of 0.25 bohr^-1 above max |q| (2 k_F on the Fermi sphere), so that one
    table serves every call for the same metal."""
    return 0.25 * math.ceil(float(np.max(q_norm, initial=0.0)) / 0.25 + 1e-9)


def bloch_transform(
    orbital, shells: Sequence, kmid: np.ndarray, q: np.ndarray, q_max: float | None = None
) -> np.ndarray:
    """B(kmid, q) = sum_R e^{i kmid.R} Ibar^R(q) of DF Eqs. 67-68 (R = 0 term I(q) included; real).

    ``orbital``: s orbital (E1's ``SlaterOrbital``); ``shells``: neighbour shells (``.vectors`` (m, 3), bohr);
    ``kmid``, ``q``: arrays (N, 3) in bohr^-1; returns (N,). Ibar^R for R != 0 comes from per-shell Chebyshev
    tables (see :func:`shell_table`), the R = 0 term from the orbital's generated form factor. ``q_max``: range
    of the tables (default: max |q| rounded up to 0.25); pass one value to share tables between calls.
    """
    kmid = np.atleast_2d(np.asarray(kmid, dtype=float))
    q = np.atleast_2d(np.asarray(q, dtype=float))
    if kmid.shape != q.shape or kmid.shape[-1] != 3:
        raise ValueError(f"bloch_transform: kmid and q must both have shape (N, 3), got {kmid.shape}, {q.shape}")
    q_norm = np.linalg.norm(q, axis=1)
    out = np.asarray(orbital.form_factor(q_norm), dtype=float).copy()
    vectors = _shell_vectors(shells)
    if not vectors:
        return out
    q_max = _q_max_for(q_norm) if q_max is None else float(q_max)
    if np.any(q_norm > q_max * (1.0 + 1e-12)):
        raise ValueError(f"bloch_transform: |q| up to {q_norm.max():.6g} exceeds the table range q_max = {q_max}")
    tables = _shell_tables(orbital, vectors, q_max)
    for s in range(0, len(q), BLOCK_POINTS):
        sl = slice(s, s + BLOCK_POINTS)
        out[sl] += _neighbour_terms(tables, kmid[sl], q[sl], q_norm[sl], q_max)
    return out


def bloch_transform_terms(
    orbital, shells: Sequence, kmid: np.ndarray, q: np.ndarray, q_max: float | None = None
) -> np.ndarray:
    """The terms of :func:`bloch_transform` one shell at a time: (N, 1 + n_shells), column 0 the R = 0 term I(q),
    column s the sum over shell s of cos(kmid.R) Ibar^R(q). Their cumulative sum along the columns is B for every
    truncation 0..n_shells at once (the series used for the shell-truncation error of the stopping power)."""
    kmid = np.atleast_2d(np.asarray(kmid, dtype=float))
    q = np.atleast_2d(np.asarray(q, dtype=float))
    if kmid.shape != q.shape or kmid.shape[-1] != 3:
        raise ValueError(f"bloch_transform: kmid and q must both have shape (N, 3), got {kmid.shape}, {q.shape}")
    q_norm = np.linalg.norm(q, axis=1)
    vectors = _shell_vectors(shells)
    out = np.empty((len(q), 1 + len(vectors)))
    out[:, 0] = np.asarray(orbital.form_factor(q_norm), dtype=float)
    if not vectors:
        return out
    q_max = _q_max_for(q_norm) if q_max is None else float(q_max)
    if np.any(q_norm > q_max * (1.0 + 1e-12)):
        raise ValueError(f"bloch_transform: |q| up to {q_norm.max():.6g} exceeds the table range q_max = {q_max}")
    tables = _shell_tables(orbital, vectors, q_max)
    for s in range(0, len(q), BLOCK_POINTS):
        sl = slice(s, s + BLOCK_POINTS)
        for j, term in enumerate(_shell_terms(tables, kmid[sl], q[sl], q_norm[sl], q_max), start=1):
            out[sl, j] = term
    return out


def table_errors(orbital, shells: Sequence, q_max: float) -> np.ndarray:
    """Per shell: (number of vectors) x (interpolation + quadrature error of its Ibar^R table), a bound on the
    error of that shell's term in B(kmid, q) for |q| <= q_max."""
    errors = []
    for v in _shell_vectors(shells):
        tab = table_for(orbital, float(np.linalg.norm(v[0])), float(q_max))
        errors.append(len(v) * (tab.interpolation_error + tab.quadrature_error))
    return np.asarray(errors, dtype=float)


def _shell_tables(orbital, vectors: list[np.ndarray], q_max: float) -> list:
    tables = [(float(np.linalg.norm(v[0])), *_half_star(v)) for v in vectors]
    return [(R, Rv, mult, table_for(orbital, R, q_max).coefficients) for R, Rv, mult in tables]


#: points per block in :func:`bloch_transform` (bounds memory to ~ this x 24 vectors x a few arrays)
BLOCK_POINTS = 16384


def _neighbour_terms(tables: list, kmid: np.ndarray, q: np.ndarray, q_norm: np.ndarray, q_max: float) -> np.ndarray:
    """sum_{R != 0} cos(kmid.R) Ibar^R(q) from the shell tables [(|R|, vectors (one of each +-R), weights, coef)]."""
    out = np.zeros(len(q))
    for term in _shell_terms(tables, kmid, q, q_norm, q_max):
        out += term
    return out


def _shell_terms(tables: list, kmid: np.ndarray, q: np.ndarray, q_norm: np.ndarray, q_max: float):
    """Yield sum_{R in shell} cos(kmid.R) Ibar^R(q) for each shell table in turn."""
    x = (q_norm / q_max) ** 2
    safe = np.where(q_norm > 0.0, q_norm, 1.0)
    for R, Rv, mult, coef in tables:
        a = C.chebvander(2.0 * x - 1.0, coef.shape[0] - 1) @ coef
        t = (q @ Rv.T) / (safe[:, None] * R)
        y = 2.0 * np.where(q_norm[:, None] > 0.0, t * t, 0.0) - 1.0
        # Clenshaw recurrence for sum_j a_j(x) T_j(y), vectorised over the points and the shell's vectors
        b1 = np.zeros_like(y)
        b2 = np.zeros_like(y)
        for j in range(a.shape[1] - 1, 0, -1):
            b1, b2 = a[:, j, None] + 2.0 * y * b1 - b2, b1
        ibar = a[:, 0, None] + y * b1 - b2
        # +R and -R give the same term (Ibar even in R, cos even): one of each pair, weight 2
        yield (np.cos(kmid @ Rv.T) * ibar) @ mult


def _half_star(vecs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One of each (R, -R) pair with multiplicity 2 (a vector whose negative is absent keeps 1)."""
    chosen: list[np.ndarray] = []
    mult: list[float] = []
    used = np.zeros(len(vecs), dtype=bool)
    for i, v in enumerate(vecs):
        if used[i]:
            continue
        used[i] = True
        partner = np.flatnonzero(~used & np.all(np.isclose(vecs, -v, atol=1e-9), axis=1))
        if partner.size:
            used[partner[0]] = True
        chosen.append(v)
        mult.append(2.0 if partner.size else 1.0)
    return np.array(chosen), np.array(mult)


# ----------------------------------------------------------------------------------- accuracy of DF Eq. 69


def eq69_shell_errors(orbital, shells: Sequence, q_max: float, n_q: int = 9, n_t: int = 7) -> list[dict]:
    """Per shell: Ibar^R(q) computed directly vs S(R) I(q) (DF Eq. 69) on q in [0, q_max], t in [0, 1].

    Reports the largest deviation relative to S(R) I(0) = S(R) (the scale of the shell's term), its q^3-weighted
    RMS (the weight of S0 in q), the largest deviation relative to the local value |S(R) I(q)| where that is not
    below 1e-3 S(R), and the quadrature error (finer grid).
    """
    psi = _psi_of(orbital)
    qs = np.linspace(0.0, q_max, n_q)
    ts = np.linspace(0.0, 1.0, n_t)
    Q, T = np.meshgrid(qs, ts, indexing="ij")
    I_q = np.asarray(orbital.form_factor(Q.ravel()), dtype=float).reshape(Q.shape)
    rows = []
    for vecs in _shell_vectors(shells):
        R = float(np.linalg.norm(vecs[0]))
        grid = pair_grid(psi, R, resolution_for(R, q_max))
        exact = two_centre_transform(grid, Q * T, Q * np.sqrt(1.0 - T**2))
        # the finer grid only on the row q = q_max, where the integrand oscillates most
        fine_grid = pair_grid(psi, R, resolution_for(R, q_max).finer())
        finer = two_centre_transform(fine_grid, Q[-1] * T[-1], Q[-1] * np.sqrt(1.0 - T[-1] ** 2)) - exact[-1]
        S_R = float(np.asarray(orbital.overlap(np.array([R])))[0])
        approx = S_R * I_q
        diff = np.abs(exact - approx)
        local = np.abs(approx) > 1e-3 * abs(S_R)
        weight = np.broadcast_to((qs**3)[:, None], diff.shape)
        rows.append(
            {
                "R": R,
                "neighbours": len(vecs),
                "S_R": S_R,
                "Ibar_q0_minus_S_R": float(exact[0, 0] - S_R),
                "max_abs_error": float(diff.max()),
                "max_error_rel_S_R": float(diff.max() / abs(S_R)),
                "max_error_rel_local": float(np.max(diff[local] / np.abs(approx[local]))),
                "weighted_rms_rel_S_R": float(np.sqrt(np.sum(weight * diff**2) / np.sum(weight)) / abs(S_R)),
                "quadrature_error": float(np.max(np.abs(finer))),
                "worst_q": float(Q.ravel()[np.argmax(diff)]),
                "worst_t": float(T.ravel()[np.argmax(diff)]),
            }
        )
    return rows
