"""The He-metal coupling V0 (DF Eq. 42) and the contact strength V0' (DF Eq. 44).

    V0  = E_M - E_He - (3/8) beta + <J0>                       (DF Eq. 42)
    V0' = V0 [int psi_He d^3r]^2                               (DF Eq. 44, contact approximation Eq. 43)

Inputs, all from the Koga et al. (1999) RHF files (``slowion.evaluate.orbitals``):
- E_M, E_He: orbital energies of the metal valence ns orbital and of He 1s (``BASIS/ORB.ENERGY`` row), hartree.
- beta: the exponent of the single-exponent He 1s (beta^3/pi)^(1/2) e^(-beta r) for which DF Eq. 23 holds. Two
  choices: ``"fit"`` -- the exponent of maximum overlap <1s_beta|psi_He^RHF> with the RHF He 1s orbital (default:
  every other input comes from the same RHF orbitals, and the overlap is the quantity the whole LCAO expansion
  is built from); ``"27/16"`` -- the variational optimum Z - 5/16 of the screened hydrogenic trial function.
- <J0>: J0(R) = int int rho_M(r1) rho_He(r2 - R) / |r1 - r2| d^3r1 d^3r2, rho = |psi|^2 per electron (unit
  norm) of the metal valence orbital at the origin and the He 1s orbital at R; <J0> is its mean over the bcc
  Wigner-Seitz cell (truncated octahedron) of the metal atom, i.e. over the He position R in the cell.
  By the convolution theorem for the Coulomb kernel 4 pi / k^2 (Fourier convention f(k) = int f(r) e^{i k.r} d^3r),
      J0(R) = (2/pi) int_0^inf I_M(k) I_He(k) sin(kR)/(kR) dk,
  with I the generated one-centre form factors (DF Eq. 71). The k integral is a Gauss-Legendre rule in the
  mapped variable k = k_s t/(1 - t); the cell mean uses the O_h symmetry of J0(|R|): the Wigner-Seitz cell is 48
  copies of the irreducible region 0 <= z <= y <= x, x <= a/2, x + y + z <= 3a/4, cut from the centre into three
  tetrahedra, each integrated with a collapsed (Duffy) Gauss-Legendre product rule. Both rules are checked by
  doubling their orders.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np
from scipy.optimize import minimize_scalar
from scipy.special import roots_legendre

from slowion.base.choices import BETA_CHOICES
from slowion.base.errors import InputError
from slowion.evaluate.constants import BETA_VARIATIONAL, MetalData, metal_data
from slowion.evaluate.orbitals import SlaterOrbital, _generated_pair, helium_1s, valence_orbital
from slowion.generated.three_state import effective_coupling_v0

DEFAULT_BETA = "fit"
#: Gauss-Legendre orders of the two Wigner-Seitz cell rules of <J0> (value at the second, error from both)
J0_ORDERS = (10, 14)


def beta_max_overlap(he: SlaterOrbital | None = None) -> tuple[float, float]:
    """(beta, overlap): the single 1s exponent with the largest overlap with the RHF He 1s orbital.

    <1s_beta | psi> = sum_i c_i S_{1 n_i}(R = 0; beta, zeta_i) with the generated one-centre overlaps."""
    he = helium_1s() if he is None else he

    def overlap(beta: float) -> float:
        total = 0.0
        for n, z, c in zip(he.n, he.zeta, he.coefficients, strict=True):
            total += c * float(_generated_pair("overlap", 1, int(n))(np.array([0.0]), beta, z)[0])
        return total

    res = minimize_scalar(lambda b: -overlap(b), bounds=(1.0, 2.5), method="bounded", options={"xatol": 1e-12})
    return float(res.x), overlap(float(res.x))


def beta_value(choice: str | float) -> float:
    """beta for ``"fit"`` (max overlap with RHF He 1s), ``"27/16"``, or a number."""
    if isinstance(choice, int | float) and not isinstance(choice, bool):
        if not (math.isfinite(choice) and choice > 0):
            raise InputError(f"argument beta: expected a finite number > 0, got {choice!r}")
        return float(choice)
    if choice == "fit":
        return _beta_fit()
    if choice == "27/16":
        return BETA_VARIATIONAL
    raise InputError(f"argument beta: expected one of {', '.join(BETA_CHOICES)} or a number, got {choice!r}")


@functools.cache
def _beta_fit() -> float:
    return beta_max_overlap()[0]


# ---------------------------------------------------------------------------------------------- J0(R)


@functools.cache
def _k_rule(n: int, scale: float) -> tuple[np.ndarray, np.ndarray]:
    """Gauss-Legendre nodes/weights for int_0^inf dk in k = scale t / (1 - t)."""
    x, w = roots_legendre(n)
    t = 0.5 * (x + 1.0)
    k = scale * t / (1.0 - t)
    return k, 0.5 * w * scale / (1.0 - t) ** 2


def coulomb_J0(R: np.ndarray, metal_orbital: SlaterOrbital, he: SlaterOrbital, n_k: int = 300) -> np.ndarray:
    """J0(R) = (2/pi) int_0^inf I_M(k) I_He(k) j0(kR) dk (hartree) for He at distance R (bohr) from the atom."""
    R = np.asarray(R, dtype=float)
    k, w = _k_rule(n_k, 2.0)
    weight = (2.0 / math.pi) * w * metal_orbital.form_factor(k) * he.form_factor(k)
    kr = np.multiply.outer(R, k)
    j0 = np.where(kr > 1e-8, np.sin(kr) / np.where(kr > 1e-8, kr, 1.0), 1.0 - kr**2 / 6.0)
    return j0 @ weight


def _tetra_rule(vertices: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Collapsed Gauss-Legendre product rule on a tetrahedron; vertex 0 is the collapse point (the cell centre)."""
    x, w = roots_legendre(n)
    u = 0.5 * (x + 1.0)
    wu = 0.5 * w
    U, V, W = np.meshgrid(u, u, u, indexing="ij")
    WW = np.einsum("i,j,k->ijk", wu, wu, wu)
    # barycentric coordinates of the three far vertices; (U -> 1) collapses onto vertex 0
    l1 = (1.0 - U) * V
    l2 = (1.0 - U) * (1.0 - V) * W
    l3 = (1.0 - U) * (1.0 - V) * (1.0 - W)
    jac = (1.0 - U) ** 2 * (1.0 - V)
    v0, v1, v2, v3 = vertices
    pts = v0 + l1[..., None] * (v1 - v0) + l2[..., None] * (v2 - v0) + l3[..., None] * (v3 - v0)
    volume6 = abs(np.linalg.det(np.stack([v1 - v0, v2 - v0, v3 - v0])))
    return pts.reshape(-1, 3), (WW * jac).ravel() * volume6


def wigner_seitz_points(a: float, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Points and weights (summing to 1) for the mean of an O_h invariant function over the bcc Wigner-Seitz cell,
    from the irreducible 1/48 of the cell (three tetrahedra from the centre)."""
    O = np.zeros(3)
    A = np.array([0.5, 0.0, 0.0]) * a
    B = np.array([0.5, 0.25, 0.0]) * a
    C = np.array([0.5, 0.125, 0.125]) * a
    D = np.array([0.375, 0.375, 0.0]) * a
    E = np.array([0.25, 0.25, 0.25]) * a
    pts, wts = [], []
    for tet in ((O, A, B, C), (O, B, C, E), (O, B, E, D)):
        p, w = _tetra_rule(np.array(tet), n)
        pts.append(p)
        wts.append(w)
    points, weights = np.concatenate(pts), np.concatenate(wts)
    # the irreducible region has volume a^3 / 96 (the cell a^3 / 2 over 48 symmetry operations)
    return points, weights / (a**3 / 96.0)


@dataclass(frozen=True)
class J0Mean:
    """<J0> over the Wigner-Seitz cell, its error estimate, and the range of J0 over the cell."""

    mean: float
    error: float
    minimum: float
    maximum: float


def mean_J0(metal: str, lattice_constant: float | None = None, orders: tuple[int, int] = J0_ORDERS) -> J0Mean:
    """<J0> = mean of J0(R) over the bcc Wigner-Seitz cell of ``metal`` (He position R in the cell)."""
    d = metal_data(metal)
    a = d.lattice_constant if lattice_constant is None else float(lattice_constant)
    return _mean_J0(d.symbol, a, orders)


@functools.cache
def _mean_J0(metal: str, a: float, orders: tuple[int, int]) -> J0Mean:
    orb, he = valence_orbital(metal), helium_1s()
    values = []
    for n in orders:
        p, w = wigner_seitz_points(a, n)
        J = coulomb_J0(np.linalg.norm(p, axis=1), orb, he)
        values.append(float(w @ J))
    # k-rule check: the same cell mean with half the k nodes
    p, w = wigner_seitz_points(a, orders[-1])
    coarse_k = float(w @ coulomb_J0(np.linalg.norm(p, axis=1), orb, he, n_k=150))
    error = max(abs(values[-1] - values[0]), abs(values[-1] - coarse_k))
    # range over the cell: the quadrature points plus the centre and the farthest corner (a sqrt(5) / 4)
    ends = coulomb_J0(np.array([0.0, math.sqrt(5.0) / 4.0 * a]), orb, he)
    return J0Mean(
        mean=values[-1], error=error, minimum=float(min(J.min(), ends.min())), maximum=float(max(J.max(), ends.max()))
    )


# ----------------------------------------------------------------------------------------------- V0, V0'


@dataclass(frozen=True)
class Coupling:
    """All coupling inputs of one metal (hartree, bohr)."""

    metal: str
    E_M: float
    E_He: float
    beta: float
    beta_choice: str
    J0: float
    J0_error: float
    He_integral: float
    lattice_constant: float

    @property
    def V0(self) -> float:
        """DF Eq. 42: V0 = E_M - E_He - (3/8) beta + <J0> (hartree), by the generated kernel
        ``slowion.generated.three_state.effective_coupling_v0`` (DF-42)."""
        return float(effective_coupling_v0(self.E_M, self.E_He, self.beta, self.J0))

    @property
    def V0_prime(self) -> float:
        """DF Eq. 44: V0' = V0 [int psi_He d^3r]^2 (hartree bohr^3)."""
        return self.V0 * self.He_integral**2


def coupling(
    metal: str,
    E_M: float | None = None,
    E_He: float | None = None,
    beta: str | float = DEFAULT_BETA,
    J0: float | None = None,
    lattice_constant: float | None = None,
) -> Coupling:
    """The coupling of He in ``metal``; any input may be overridden (sensitivity table)."""
    return metal_coupling(metal_data(metal), E_M, E_He, beta, J0, lattice_constant)


def metal_coupling(
    d: MetalData,
    E_M: float | None = None,
    E_He: float | None = None,
    beta: str | float = DEFAULT_BETA,
    J0: float | None = None,
    lattice_constant: float | None = None,
) -> Coupling:
    """:func:`coupling` for the data ``d`` of a metal already checked (``constants.metal_data``)."""
    a = d.lattice_constant if lattice_constant is None else float(lattice_constant)
    orb, he = valence_orbital(d.symbol), helium_1s()
    if J0 is None:
        j = _mean_J0(d.symbol, a, J0_ORDERS)
        J0_value, J0_error = j.mean, j.error
    else:
        J0_value, J0_error = float(J0), 0.0
    return Coupling(
        metal=d.symbol,
        E_M=orb.energy if E_M is None else float(E_M),
        E_He=he.energy if E_He is None else float(E_He),
        beta=beta_value(beta),
        beta_choice=beta if isinstance(beta, str) else "override",
        J0=J0_value,
        J0_error=J0_error,
        He_integral=he.integral(),
        lattice_constant=a,
    )
