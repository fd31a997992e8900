"""Radial Schrodinger equation for a spherical potential: scattering phase shifts and bound states (a.u.).

    u''(r) = [l(l+1)/r^2 + 2 V(r) - 2 E] u(r),   u ~ r^(l+1) at r -> 0,   E = k^2/2,

with V the potential energy of an electron (V -> 0 at large r). Outside the last grid points, where V is taken as
zero, u = A [r-hat j_l(kr) cos delta_l - r-hat y_l(kr) sin delta_l] (Riccati-Bessel functions kr j_l, kr y_l),
which defines delta_l(k) (modulo pi) and the amplitude A that normalises R_kl = u/(A k r) to the free wave j_l.

Grid: x = ln r + alpha r on a uniform mesh of step h, i.e. logarithmic near the nucleus (where the Coulomb
singularity sits) and nearly uniform (dr = h/alpha) at large r (where the Friedel oscillations sit). With
u = sqrt(r') w (r' = dr/dx) the equation has no first-derivative term,

    w'' = [r'^2 (l(l+1)/r^2 + 2 V - 2 E) - S/2] w,   S = r'''/r' - 3/2 (r''/r')^2 (Schwarzian),

and is integrated by Numerov's method (local error O(h^6), global O(h^4)), vectorised over many (l, E) channels
at once. Bound states: Sturm's oscillation theorem (the number of zeros of the regular solution at energy E < 0 on
(0, inf) equals the number of bound states below E; zeros beyond the grid are counted from the exact exterior
solution), by multisection; the wave function by outward and inward integration matched at the outer turning point.

An independent route for callable potentials, :func:`phase_shift_ode` (SciPy DOP853 at tight tolerances, with
breakpoints for discontinuous potentials), is used to check this one.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.integrate import solve_ivp
from scipy.special import ive, kve, spherical_jn, spherical_yn


@dataclass(frozen=True)
class RadialGrid:
    """Radial mesh r_i(x_i), x = ln r + alpha r, uniform in x with step h; r[-1] = r_max exactly."""

    r: np.ndarray
    rp: np.ndarray  # dr/dx
    half_schwarzian: np.ndarray  # S/2
    h: float
    alpha: float

    @classmethod
    def build(cls, r_max: float, r_min: float = 1e-6, h: float = 0.02, alpha: float = 0.2) -> RadialGrid:
        x_min = np.log(r_min)
        x_max = np.log(r_max) + alpha * r_max
        n = int(np.ceil((x_max - x_min) / h)) + 1
        x = np.linspace(x_min, x_max, n)
        step = (x_max - x_min) / (n - 1)
        r = np.minimum(np.exp(x), x / alpha if alpha > 0 else np.inf)
        r = np.where(r <= 0, np.exp(x), r)
        for _ in range(100):  # Newton on ln r + alpha r = x; monotone, converges in a few steps
            dr = (np.log(r) + alpha * r - x) / (1.0 / r + alpha)
            r = np.maximum(r - dr, 0.5 * r)
            if np.max(np.abs(dr) / r) < 1e-15:
                break
        r[-1] = r_max
        ar = 1.0 + alpha * r
        rp = r / ar
        schwarz = (-0.5 - 2.0 * alpha * r) / ar**4
        return cls(r=r, rp=rp, half_schwarzian=0.5 * schwarz, h=step, alpha=alpha)

    @property
    def n(self) -> int:
        return self.r.size

    def integral(self, g: np.ndarray) -> np.ndarray:
        """int_0^{r_max} g dr (Simpson in x; the part below r_min is neglected), over the first axis."""
        f = g * (self.rp if g.ndim == 1 else self.rp.reshape((-1,) + (1,) * (g.ndim - 1)))
        return self.cumulative(f, already_weighted=True)[-1]

    def cumulative(self, g: np.ndarray, already_weighted: bool = False) -> np.ndarray:
        """int_{r_min}^{r_i} g dr for every i (local error O(h^4), global O(h^3)): each interval by the three-point rule
        h/12 (-f_{i-1} + 8 f_i + 5 f_{i+1}) (the first interval by the mirrored rule)."""
        f = g if already_weighted else g * self.rp
        inc = np.empty_like(f)
        inc[0] = 0.0
        inc[2:] = self.h / 12.0 * (-f[:-2] + 8.0 * f[1:-1] + 5.0 * f[2:])
        inc[1] = self.h / 12.0 * (5.0 * f[0] + 8.0 * f[1] - f[2])
        return np.cumsum(inc, axis=0)


def riccati_bessel(l: np.ndarray, z: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """z j_l(z) and z y_l(z)."""
    return z * spherical_jn(l, z), z * spherical_yn(l, z)


def _numerov_coefficients(grid: RadialGrid, V: np.ndarray, l: np.ndarray, E: np.ndarray):
    """a = 1/(1 - T), b = 2 + 10 T, c = 1 - T with T = h^2 f/12, shape (n_r, n_channels)."""
    r = grid.r[:, None]
    f = grid.rp[:, None] ** 2 * (l * (l + 1) / r**2 + 2.0 * (V[:, None] - E)) - grid.half_schwarzian[:, None]
    T = grid.h**2 / 12.0 * f
    return 1.0 / (1.0 - T), 2.0 + 10.0 * T, 1.0 - T


def _start(grid: RadialGrid, V: np.ndarray, l: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """w at the first two points from u ~ r^(l+1) (1 + r0 V(r0) r/(l+1)), the Coulomb-corrected Frobenius start."""
    c = grid.r[0] * V[0] / (l + 1.0)
    w = []
    for i in (0, 1):
        ri = grid.r[i]
        w.append(ri ** (l + 1.0) * (1.0 + c * ri) / np.sqrt(grid.rp[i]))
    return w[0], w[1]


def regular_solutions(grid: RadialGrid, V: np.ndarray, l: np.ndarray, E: np.ndarray) -> np.ndarray:
    """u(r) of the regular solution for each channel (l_j, E_j), shape (n_r, n_channels); E >= 0 (no rescaling)."""
    l = np.asarray(l, dtype=float)
    E = np.asarray(E, dtype=float)
    a, b, c = _numerov_coefficients(grid, V, l, E)
    w = np.empty_like(a)
    w[0], w[1] = _start(grid, V, l)
    for n in range(1, grid.n - 1):
        w[n + 1] = a[n + 1] * (b[n] * w[n] - c[n - 1] * w[n - 1])
    return w * np.sqrt(grid.rp)[:, None]


def match_phase(grid: RadialGrid, u: np.ndarray, l: np.ndarray, k: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """delta_l in (-pi/2, pi/2] and A from the last two points, where u = A (rj cos delta - ry sin delta)."""
    ra, rb = grid.r[-2], grid.r[-1]
    ja, ya = riccati_bessel(l, k * ra)
    jb, yb = riccati_bessel(l, k * rb)
    ua, ub = u[-2], u[-1]
    det = ja * yb - jb * ya
    a_cos = (ua * yb - ub * ya) / det
    a_sin = (ua * jb - ub * ja) / det
    delta = np.arctan(a_sin / a_cos)
    amp = a_cos / np.cos(delta)
    return delta, amp


@dataclass
class Scattering:
    """Continuum solutions on a grid: delta[l, k] (mod pi, in (-pi/2, pi/2]) and R[:, l, k] -> j_l cos - y_l sin."""

    l: np.ndarray
    k: np.ndarray
    delta: np.ndarray
    R: np.ndarray


def scattering_states(grid: RadialGrid, V: np.ndarray, l_values: Sequence[int], k_values: np.ndarray) -> Scattering:
    """Phase shifts and normalised radial functions R_kl(r) for all l in ``l_values`` and k in ``k_values`` > 0.

    V is the potential energy on the grid; it is taken as zero at the last two points (the matching points).
    """
    l_arr = np.asarray(l_values, dtype=float)
    k_arr = np.asarray(k_values, dtype=float)
    L, K = np.meshgrid(l_arr, k_arr, indexing="ij")
    V = np.array(V, dtype=float)
    V[-2:] = 0.0
    u = regular_solutions(grid, V, L.ravel(), 0.5 * K.ravel() ** 2)
    delta, amp = match_phase(grid, u, L.ravel(), K.ravel())
    R = u / (amp * K.ravel())[None, :] / grid.r[:, None]
    shape = L.shape
    return Scattering(l_arr, k_arr, delta.reshape(shape), R.reshape((grid.n, *shape)))


# ---------------------------------------------------------------------------------------------------------------
# bound states


def _exterior(l: np.ndarray, E: np.ndarray, r: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Growing p and decaying q exterior solutions (V = 0) at r, scaled by exp(-+kappa r); kappa r j-hat for E < 0,
    r^(l+1), r^-l for E = 0."""
    kappa = np.sqrt(np.maximum(-2.0 * E, 0.0))
    z = kappa * r
    zero = z == 0
    zs = np.where(zero, 1.0, z)
    p = zs * np.sqrt(np.pi / (2 * zs)) * ive(l + 0.5, zs)  # z i_l(z) e^{-z}
    q = zs * np.sqrt(np.pi / (2 * zs)) * kve(l + 0.5, zs)  # z k_l(z) e^{z} (scipy's k_l normalisation)
    p = np.where(zero, r ** (l + 1.0), p)
    q = np.where(zero, r ** (-l), q)
    return p, q, kappa


def count_states_below(
    grid: RadialGrid, V: np.ndarray, l: np.ndarray, E: np.ndarray, with_mismatch: bool = False
) -> np.ndarray | tuple[np.ndarray, np.ndarray]:
    """Number of bound states of angular momentum l below E (E <= 0), per channel: zeros of the regular solution
    on the grid plus the zero beyond it if the exterior continuation has one (Sturm oscillation theorem).

    With ``with_mismatch`` also eta = A/|B|, the weight of the growing exterior solution, which is continuous in
    E and changes sign at each bound-state energy (where the count steps up by one).
    """
    l = np.asarray(l, dtype=float)
    E = np.asarray(E, dtype=float)
    V = np.array(V, dtype=float)
    V[-2:] = 0.0
    a, b, c = _numerov_coefficients(grid, V, l, E)
    w0, w1 = _start(grid, V, l)
    nodes = np.zeros(l.shape, dtype=int)
    n_last = grid.n - 1
    for start in range(1, n_last, 8):
        for n in range(start, min(start + 8, n_last)):
            w2 = a[n + 1] * (b[n] * w1 - c[n - 1] * w0)
            nodes += (w2 * w1) < 0
            w0, w1 = w1, w2
        s = np.abs(w1)
        big = s > 1e100
        if big.any():
            w0[big] /= s[big]
            w1[big] /= s[big]
    ua, ub = w0 * np.sqrt(grid.rp[-2]), w1 * np.sqrt(grid.rp[-1])
    ra, rb = grid.r[-2], grid.r[-1]
    pa, qa, kappa = _exterior(l, E, ra)
    pb, qb, _ = _exterior(l, E, rb)
    # u = A' p~ e^{kappa (r - r_b)} + B' q~ e^{-kappa (r - r_b)}; a zero beyond r_b iff 0 < -A'/B' < q~_b/p~_b
    fa, fb = np.exp(-kappa * (rb - ra)), np.exp(kappa * (rb - ra))
    det = pa * fa * qb - pb * qa * fb
    A = (ua * qb - ub * qa * fb) / det
    B = (pa * fa * ub - pb * ua) / det
    ratio = -A / B
    extra = (ratio > 0) & (ratio < qb / pb)
    counts = nodes + extra.astype(int)
    if with_mismatch:
        return counts, A / np.abs(B)
    return counts


@dataclass
class BoundState:
    n: int  # principal quantum number n = n_r + l + 1
    l: int
    energy: float
    u: np.ndarray  # normalised on the grid: int u^2 dr = 1


def _bound_energies(
    grid: RadialGrid,
    V: np.ndarray,
    counts: dict[int, int],
    e_low: float,
    tol: float,
    guesses: dict[int, list[float]] | None = None,
    m: int = 256,
) -> dict[int, list[float]]:
    """Bound-state energies in (e_low, 0), ``counts[l]`` states per l: vectorised multisection on the Sturm count
    (m energies per bracket and round, all brackets of all l in one batch) until each bracket holds one state and
    is narrower than tol; the midpoint is returned (error < tol/2). ``guesses`` (energies of a previous SCF
    iteration) give starting brackets of width 4e-3 Ha that are kept only if the counts at their ends confirm them.
    """
    brackets: list[tuple[int, float, float, int, int]] = []
    checks: list[tuple[int, float, int]] = []  # (l, energy, expected count) of the guessed brackets' ends
    for l, n in counts.items():
        g = (guesses or {}).get(l, [])
        if len(g) == n and n > 0:
            for i, e in enumerate(g):
                lo, hi = max(e - 2e-3, e_low), min(e + 2e-3, 0.0)
                brackets.append((l, lo, hi, i, i + 1))
                checks += [(l, lo, i), (l, hi, i + 1)]
        elif n > 0:
            brackets.append((l, e_low, 0.0, 0, n))
            checks.append((l, e_low, 0))
    out: dict[int, list[tuple[int, float]]] = {l: [] for l in counts}
    while brackets:
        es = [np.linspace(lo, hi, m + 2)[1:-1] for _, lo, hi, _, _ in brackets]
        ls = [np.full(m, float(br[0])) for br in brackets]
        es = np.concatenate([*es, [c[1] for c in checks]])
        ls = np.concatenate([*ls, [float(c[0]) for c in checks]])
        cnt = count_states_below(grid, V, ls, es)
        if checks:
            got = cnt[len(brackets) * m :]
            bad = {c[0] for c, n in zip(checks, got, strict=True) if n != c[2]}
            if any(c[1] == e_low and n != 0 for c, n in zip(checks, got, strict=True)):
                raise ValueError(f"e_low = {e_low} is not below the lowest bound state")
            if bad:  # a guess did not hold: restart those l from the full range
                keep = [br for br in brackets if br[0] not in bad]
                brackets = keep + [(l, e_low, 0.0, 0, counts[l]) for l in sorted(bad)]
                checks = []
                continue
            checks = []
        new = []
        for j, (l, lo, hi, clo, chi) in enumerate(brackets):
            e_j = np.concatenate([[lo], es[j * m : (j + 1) * m], [hi]])
            c_j = np.concatenate([[clo], cnt[j * m : (j + 1) * m], [chi]])
            for i in range(m + 1):
                if c_j[i + 1] == c_j[i]:
                    continue
                if c_j[i + 1] - c_j[i] == 1 and e_j[i + 1] - e_j[i] < tol:
                    out[l].append((int(c_j[i]), 0.5 * (e_j[i] + e_j[i + 1])))
                else:
                    new.append((l, e_j[i], e_j[i + 1], int(c_j[i]), int(c_j[i + 1])))
        brackets = new
    return {l: [e for _, e in sorted(v)] for l, v in out.items()}


def _bound_wavefunction(grid: RadialGrid, V: np.ndarray, l: int, E: float) -> np.ndarray:
    """u(r) at a bound-state energy: outward to the outer turning point, inward from where the tail is 1e-35."""
    lf = np.array([float(l)])
    a, b, c = (x[:, 0] for x in _numerov_coefficients(grid, V, lf, np.array([E])))
    veff = V + l * (l + 1) / (2 * grid.r**2)
    allowed = np.nonzero(veff < E)[0]
    m = int(allowed[-1]) if allowed.size else grid.n // 2
    m = min(max(m, 2), grid.n - 3)
    kappa = np.sqrt(-2.0 * E)
    s = int(min(np.searchsorted(grid.r, grid.r[m] + 80.0 / kappa), grid.n - 1))
    s = max(s, m + 2)
    w = np.zeros(grid.n)
    w0, w1 = _start(grid, V, lf)
    w[0], w[1] = w0[0], w1[0]
    for n in range(1, m):
        w[n + 1] = a[n + 1] * (b[n] * w[n] - c[n - 1] * w[n - 1])
    wi = np.zeros(grid.n)
    _p1, q1, _ = _exterior(lf, np.array([E]), grid.r[s])
    _p0, q0, _ = _exterior(lf, np.array([E]), grid.r[s - 1])
    wi[s] = q1[0] / np.sqrt(grid.rp[s])
    wi[s - 1] = q0[0] * np.exp(kappa * (grid.r[s] - grid.r[s - 1])) / np.sqrt(grid.rp[s - 1])
    for n in range(s - 1, m, -1):
        wi[n - 1] = (b[n] * wi[n] - wi[n + 1] / a[n + 1]) / c[n - 1]
    w[m:] = wi[m:] * (w[m] / wi[m])
    u = w * np.sqrt(grid.rp)
    return u / np.sqrt(grid.integral(u**2))


def bound_states(
    grid: RadialGrid,
    V: np.ndarray,
    l_max: int,
    e_low: float,
    counts: np.ndarray | None = None,
    tol: float = 1e-10,
    guesses: dict[int, list[float]] | None = None,
) -> list[BoundState]:
    """All bound states with l <= l_max and e_low < E < 0 (e_low below the lowest level), energies to tol/2.

    ``counts``: the numbers of states per l if already known (:func:`bound_state_counts`); ``guesses``: energies
    per l from a nearby potential (an earlier SCF iteration), used only as checked starting brackets.
    """
    V = np.array(V, dtype=float)
    V[-2:] = 0.0
    if counts is None:
        counts = bound_state_counts(grid, V, l_max)
    todo = {l: int(counts[l]) for l in range(l_max + 1) if counts[l] > 0}
    energies = _bound_energies(grid, V, todo, e_low, tol, guesses)
    out = []
    for l in sorted(energies):
        for i, E in enumerate(energies[l]):
            out.append(BoundState(n=i + l + 1, l=l, energy=float(E), u=_bound_wavefunction(grid, V, l, E)))
    return out


def bound_state_counts(grid: RadialGrid, V: np.ndarray, l_max: int) -> np.ndarray:
    """Number of bound states per l (0..l_max): Levinson's theorem then fixes delta_l(0+) = pi x this."""
    V = np.array(V, dtype=float)
    V[-2:] = 0.0
    ls = np.arange(l_max + 1, dtype=float)
    return count_states_below(grid, V, ls, np.zeros_like(ls))


def absolute_phases(delta_mod: np.ndarray, n_bound: np.ndarray) -> np.ndarray:
    """delta_l(k) made continuous in k (the last axis, increasing k) and anchored at delta_l(0+) = n_bound pi."""
    d = np.unwrap(delta_mod, period=np.pi, axis=-1)
    shift = np.round((n_bound[:, None] * np.pi - d[:, :1]) / np.pi) * np.pi
    return d + shift


# ---------------------------------------------------------------------------------------------------------------
# independent reference for callable potentials


def phase_shift_ode(
    V: Callable[[float], float],
    l: int,
    k: float,
    r_match: float,
    r0: float = 1e-8,
    breakpoints: Sequence[float] = (),
    rtol: float = 1e-13,
    hard_core: float | None = None,
) -> float:
    """delta_l(k) (mod pi, in (-pi/2, pi/2]) for a callable V by SciPy's DOP853, matched at r_match where V = 0.

    The integration restarts at each breakpoint (discontinuities of V), carrying u and u' across; the start at r0
    is the Frobenius series u = r^(l+1) (1 + r0 V(r0) r/(l+1)). With ``hard_core = a`` the wave function vanishes
    at r = a instead (u(a) = 0, u'(a) = 1) and the integration starts there.
    """
    if hard_core is not None:
        r0 = float(hard_core)
        y = np.array([0.0, 1.0])
    else:
        c = r0 * V(r0) / (l + 1.0)
        y = np.array([r0 ** (l + 1) * (1 + c * r0), r0**l * ((l + 1) + (l + 2) * c * r0)])
    scale = max(abs(y[0]), abs(y[1]))
    y = y / scale

    def rhs(r, yy):
        return [yy[1], (l * (l + 1) / r**2 + 2.0 * V(r) - k * k) * yy[0]]

    edges = [r0, *sorted(b for b in breakpoints if r0 < b < r_match), r_match]
    for a, b in itertools.pairwise(edges):
        sol = solve_ivp(rhs, (a, b), y, method="DOP853", rtol=rtol, atol=1e-30 + rtol * 1e-6 * np.max(np.abs(y)))
        y = sol.y[:, -1]
    u, up = y
    z = k * r_match
    jz, yz = spherical_jn(l, z), spherical_yn(l, z)
    djz, dyz = spherical_jn(l, z, derivative=True), spherical_yn(l, z, derivative=True)
    rj, ry = z * jz, z * yz
    drj, dry = k * (jz + z * djz), k * (yz + z * dyz)
    # u = A (rj cos - ry sin), u' = A (drj cos - dry sin): tan delta = (u drj - up rj) / (u dry - up ry)
    return float(np.arctan((u * drj - up * rj) / (u * dry - up * ry)))
