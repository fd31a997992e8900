"""Self-consistent Kohn-Sham atom in jellium: a nucleus of charge Z1 in a uniform electron gas of density r_s.

The standard model of the nonlinear screening of a slow ion (Echenique, Nieminen and Ritchie, Solid State Commun.
37, 779 (1981); Puska and Nieminen, Phys. Rev. B 27, 6121 (1983)): the positive background is uniform and not
disturbed, the electrons see the effective potential (Hartree atomic units, energy zero at the band bottom)

    V(r) = -Z1/r + int d^3r' dn(r')/|r - r'| + v_xc(n0 + dn(r)) - v_xc(n0),

and the displaced density is (spin 2; R_kl -> j_l cos delta_l - y_l sin delta_l, so that plane waves have
sum_l (2l+1) j_l^2 = 1 and n0 = k_F^3/3 pi^2)

    dn(r) = (1/pi^2) int_0^{k_F} dk k^2 sum_{l<=l_max} (2l+1) [R_kl(r)^2 - j_l(kr)^2]
            + sum_bound 2 (2l+1) f u_nl(r)^2 / (4 pi r^2).

Bound states are fully occupied (f = 1: they lie below the band bottom, hence below the Fermi level); a state
whose decay length 1/kappa is not small against r_max is flagged in the warnings (its tail beyond r_max is lost).
The continuum k integral is Gauss-Legendre on (0, k_F); the Hartree term is the radial Poisson integral; the
potential is cut to zero at the last two grid points (the matching points of the phase shifts).

Self-consistency: Pulay (DIIS) mixing of the density with a Kerker preconditioner
P(q) = beta (q^2 + q1^2)/(q^2 + q0^2), q0 the Thomas-Fermi wave number (P. Pulay, Chem. Phys. Lett. 73, 393
(1980); G. P. Kerker, Phys. Rev. B 23, 3082 (1981)); q1 > 0 lets the monopole of the density relax slowly (the
total displaced charge inside r_max is not exactly Z1). Plain linear mixing sloshes charge between the nucleus and
the first Friedel shell and is kept only as the comparison in :func:`solve` (``mixing="linear"``).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field, replace

import numpy as np
from scipy.special import roots_legendre, spherical_jn

from slowion.evaluate.phase_shifts import (
    BoundState,
    RadialGrid,
    absolute_phases,
    bound_state_counts,
    bound_states,
    scattering_states,
)
from slowion.evaluate.xc import xc_potential


@dataclass(frozen=True)
class Settings:
    """Numerical settings of one SCF run; the defaults are the converged ones of docs/friction.md."""

    r_max: float | None = None  # bohr; None: KF_RMAX/k_F (about 3 Fermi wavelengths), clipped to [20, 40]
    h: float = 0.02  # step in x = ln r + alpha r
    alpha: float = 0.25  # 1/bohr: dr = h/alpha at large r
    r_min: float = 1e-6
    l_max: int | None = None  # None: ceil(k_F r_max) + 3, so that every partial wave that reaches r < r_max screens
    n_k: int = 48  # Gauss-Legendre points on (0, k_F)
    tol: float = 1e-7  # int |dn_out - dn_in| d^3r / max(|Z1|, 0.01)
    max_iter: int = 100
    mixing: str = "pulay"  # or "linear"
    beta: float = 0.5
    history: int = 8
    q1_over_q0: float = 0.03


#: default r_max = KF_RMAX/k_F clipped to [R_MIN, R_MAX]: the Friedel sum's boundary term falls as
#: 1/(2 k_F r_max); beyond ~45 bohr the long-wavelength (monopole) mode of the finite sphere is no longer damped by
#: the Kerker-Pulay scheme and the SCF diverges (measured at r_s = 5.2 and 6 with r_max = 54 and 62; docs/friction.md)
KF_RMAX = 20.0
R_MIN, R_MAX = 20.0, 40.0


def resolved(s: Settings, kF: float) -> Settings:
    """``s`` with r_max and l_max filled in for this k_F."""
    r_max = s.r_max if s.r_max is not None else min(max(R_MIN, KF_RMAX / kF), R_MAX)
    l_max = s.l_max if s.l_max is not None else math.ceil(kF * r_max) + 3
    return replace(s, r_max=r_max, l_max=l_max)


def fermi_wavevector(rs: float) -> float:
    """k_F = (9 pi/4)^(1/3)/r_s."""
    return (9 * math.pi / 4) ** (1 / 3) / rs


@dataclass
class KSResult:
    """Output of :func:`solve`."""

    Z1: float
    rs: float
    kF: float
    xc: str
    converged: bool
    iterations: int
    residual: float
    delta_kF: np.ndarray  # absolute phase shifts delta_l(k_F), l = 0..l_max
    friedel_sum: float
    displaced_charge: float
    bound: list[BoundState]
    grid: RadialGrid
    density: np.ndarray  # displaced density dn(r)
    potential: np.ndarray
    seconds: float
    settings: Settings | None = None
    residual_history: list[float] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def thomas_fermi_density(grid: RadialGrid, Z1: float, kF: float) -> np.ndarray:
    """Linear Thomas-Fermi screening cloud Z1 q^2 exp(-q r)/(4 pi r), q^2 = 4 k_F/pi: the starting guess."""
    q = math.sqrt(4 * kF / math.pi)
    return Z1 * q**2 * np.exp(-q * grid.r) / (4 * math.pi * grid.r)


def hartree_potential(grid: RadialGrid, dn: np.ndarray) -> np.ndarray:
    """int d^3r' dn(r')/|r - r'| = 4 pi [(1/r) int_0^r dn r'^2 dr' + int_r^R dn r' dr'] (spherical)."""
    inner = grid.cumulative(dn * grid.r**2)
    outer_all = grid.cumulative(dn * grid.r)
    return 4 * math.pi * (inner / grid.r + (outer_all[-1] - outer_all))


def yukawa_solve(grid: RadialGrid, f: np.ndarray, q0: float) -> np.ndarray:
    """(-nabla^2 + q0^2)^-1 f for spherical f inside the sphere r < R with zero slope at R (the Kerker kernel).

    Free-space part (1/(q0 r)) [e^{-q0 r} int_0^r sinh(q0 r') r' f + sinh(q0 r) int_r^R e^{-q0 r'} r' f], plus
    A sinh(q0 r)/(q0 r) that makes y'(R) = 0. The Neumann condition matters: with the free-space kernel alone a
    uniform residual acquires a boundary layer of width 1/q0 at R whose charge outweighs the interior's by
    ~ (3/q0 R)(q0/q1)^2, and the monopole then grows by a factor ~10 per iteration at r_s = 6 (measured); with it, a
    uniform f maps to f/q0^2 exactly, as in the infinite medium that Kerker's preconditioner models."""
    r = grid.r
    a = grid.cumulative(np.sinh(q0 * r) * r * f)
    b_all = grid.cumulative(np.exp(-q0 * r) * r * f)
    y = (np.exp(-q0 * r) * a + np.sinh(q0 * r) * (b_all[-1] - b_all)) / (q0 * r)
    R = r[-1]
    amp = a[-1] * np.exp(-q0 * R) * (q0 * R + 1) / (q0 * R * np.cosh(q0 * R) - np.sinh(q0 * R))
    return y + amp * np.sinh(q0 * r) / (q0 * r)


class _Problem:
    """The fixed parts of one (Z1, r_s, xc, settings) problem: grid, k mesh, free-wave density."""

    def __init__(self, Z1: float, rs: float, xc: str, s: Settings):
        self.kF = fermi_wavevector(rs)
        s = resolved(s, self.kF)
        self.Z1, self.rs, self.xc, self.s = Z1, rs, xc, s
        self.n0 = self.kF**3 / (3 * math.pi**2)
        self.grid = RadialGrid.build(s.r_max, r_min=s.r_min, h=s.h, alpha=s.alpha)
        x, w = roots_legendre(s.n_k)
        self.k = 0.5 * self.kF * (x + 1)
        self.wk = 0.5 * self.kF * w
        self.k_all = np.append(self.k, self.kF)  # the last column is k_F itself (phase shifts at the Fermi level)
        self.l = np.arange(s.l_max + 1)
        kr = self.grid.r[:, None, None] * self.k[None, None, :]
        jl2 = spherical_jn(self.l[None, :, None], kr) ** 2
        self.free = np.einsum("rlk,l,k->r", jl2, 2 * self.l + 1.0, self.wk * self.k**2) / math.pi**2
        self.vxc0 = float(xc_potential(self.n0, xc)) if xc != "none" else 0.0
        self.r4pi = 4 * math.pi * self.grid.r**2
        self.e_low = -(Z1**2 if Z1 > 0 else 0.0) - 5.0
        self.last_bound: list[BoundState] = []
        self.last_residual = 1.0  # sets the bound-state energy tolerance: 1e-3 x the SCF residual, 1e-11 to 1e-6

    def potential(self, dn: np.ndarray) -> tuple[np.ndarray, int]:
        V = -self.Z1 / self.grid.r + hartree_potential(self.grid, dn)
        n_clipped = 0
        if self.xc != "none":
            n = self.n0 + dn
            floor = 1e-6 * self.n0
            n_clipped = int(np.count_nonzero(n < floor))
            V = V + xc_potential(np.maximum(n, floor), self.xc) - self.vxc0
        return V, n_clipped

    def output(self, dn_in: np.ndarray):
        """dn_out, phase shifts at all k (absolute), bound states, and the potential, for the input density."""
        V, n_clipped = self.potential(dn_in)
        sc = scattering_states(self.grid, V, self.l, self.k_all)
        R2 = sc.R[:, :, :-1] ** 2
        cont = np.einsum("rlk,l,k->r", R2, 2 * self.l + 1.0, self.wk * self.k**2) / math.pi**2 - self.free
        counts = bound_state_counts(self.grid, V, self.s.l_max)
        tol_e = min(1e-6, max(1e-11, 1e-3 * self.last_residual))
        guesses: dict[int, list[float]] = {}
        for b in self.last_bound:
            guesses.setdefault(b.l, []).append(b.energy)
        bound = bound_states(self.grid, V, self.s.l_max, self.e_low, counts, tol_e, guesses) if counts.any() else []
        self.last_bound = bound
        nb = np.zeros_like(cont)
        for b in bound:
            nb += 2 * (2 * b.l + 1) * b.u**2 / (4 * math.pi * self.grid.r**2)
        delta = absolute_phases(sc.delta, counts)
        return cont + nb, delta, bound, V, n_clipped, counts

    def integrate(self, f: np.ndarray) -> float:
        return float(self.grid.integral(self.r4pi * f))


def _pulay_step(ns: list[np.ndarray], Fs: list[np.ndarray], weight: np.ndarray) -> np.ndarray:
    """Coefficients c (sum 1) minimising |sum c_i F_i|^2 in the metric ``weight`` (Lagrange multiplier system)."""
    m = len(Fs)
    A = np.empty((m + 1, m + 1))
    for i in range(m):
        for j in range(i, m):
            A[i, j] = A[j, i] = float(np.sum(weight * Fs[i] * Fs[j]))
    A[m, :m] = A[:m, m] = 1.0
    A[m, m] = 0.0
    rhs = np.zeros(m + 1)
    rhs[m] = 1.0
    scale = np.max(np.abs(np.diag(A)[:m]))
    A[:m, :m] /= scale if scale > 0 else 1.0
    try:
        c = np.linalg.solve(A, rhs)[:m]
    except np.linalg.LinAlgError:
        c = np.zeros(m)
        c[-1] = 1.0
    return c


def solve(Z1: float, rs: float, xc: str = "lda", settings: Settings | None = None) -> KSResult:
    """Self-consistent displaced density, phase shifts and bound states of a charge Z1 in jellium of density r_s."""
    t0 = time.perf_counter()
    prob = _Problem(float(Z1), float(rs), xc, settings or Settings())
    s = prob.s
    grid = prob.grid
    q0 = math.sqrt(4 * prob.kF / math.pi)
    q1sq = (s.q1_over_q0 * q0) ** 2
    weight = prob.r4pi * grid.rp * grid.h  # quadrature weights of int d^3r

    def precondition(F: np.ndarray) -> np.ndarray:
        return s.beta * (F - (q0**2 - q1sq) * yukawa_solve(grid, F, q0))

    dn = thomas_fermi_density(grid, prob.Z1, prob.kF)
    hist_n: list[np.ndarray] = []
    hist_F: list[np.ndarray] = []
    history: list[float] = []
    converged = False
    scale = max(abs(prob.Z1), 0.01)
    it = 0
    warnings: list[str] = []
    out = None
    for iteration in range(1, s.max_iter + 1):
        it = iteration
        out = prob.output(dn)
        dn_out = out[0]
        F = dn_out - dn
        res = prob.integrate(np.abs(F)) / scale
        history.append(res)
        prob.last_residual = res
        if not np.isfinite(res):
            break
        if res < s.tol:
            converged = True
            break
        if s.mixing == "linear":
            dn = dn + s.beta * F
            continue
        hist_n.append(dn)
        hist_F.append(F)
        if len(hist_n) > s.history:
            hist_n.pop(0)
            hist_F.pop(0)
        c = _pulay_step(hist_n, hist_F, weight)
        dn = sum(ci * (ni + precondition(Fi)) for ci, ni, Fi in zip(c, hist_n, hist_F, strict=True))
    assert out is not None
    dn_out, delta, bound, V, n_clipped, _counts = out
    if n_clipped:
        warnings.append(f"n0 + dn < 1e-6 n0 at {n_clipped} grid points: the LDA potential used the floor there")
    for b in bound:
        kappa = math.sqrt(-2 * b.energy)
        if kappa * s.r_max < 15:
            warnings.append(
                f"bound state n={b.n} l={b.l} at E={b.energy:.3g} Ha extends beyond r_max (kappa r_max = "
                f"{kappa * s.r_max:.3g} < 15): its tail is cut off"
            )
    d_kF = delta[:, -1]
    friedel = float(2 / math.pi * np.sum((2 * prob.l + 1) * d_kF))
    return KSResult(
        Z1=prob.Z1,
        rs=prob.rs,
        kF=prob.kF,
        xc=xc,
        converged=converged,
        iterations=it,
        residual=history[-1] if history else math.inf,
        delta_kF=d_kF,
        friedel_sum=friedel,
        displaced_charge=prob.integrate(dn_out),
        bound=bound,
        grid=grid,
        density=dn_out,
        potential=V,
        seconds=time.perf_counter() - t0,
        settings=s,
        residual_history=history,
        warnings=warnings,
    )


def transport_cross_section(delta: np.ndarray, k: float) -> float:
    """sigma_tr(k) = (4 pi/k^2) sum_l (l+1) sin^2(delta_l - delta_{l+1}) (records X of derive/friction.py)."""
    d = np.asarray(delta, dtype=float)
    l = np.arange(d.size - 1)
    return float(4 * math.pi / k**2 * np.sum((l + 1) * np.sin(d[:-1] - d[1:]) ** 2))


def friction_coefficient(delta: np.ndarray, kF: float) -> float:
    """Q = n0 k_F sigma_tr(k_F), n0 = k_F^3/(3 pi^2) (a.u.; v_F = k_F)."""
    return kF**3 / (3 * math.pi**2) * kF * transport_cross_section(delta, kF)
