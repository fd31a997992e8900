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
difference of two orders as the error estimate. ``error`` in a result is the quadrature error of S0 (absolute,
a.u.); it does not include the uncertainty of the physical inputs (see the sensitivity table of the report).
"""

from __future__ import annotations

import functools
import math
import time
from dataclasses import asdict, dataclass, field

import numpy as np
from numpy.polynomial import Chebyshev
from scipy.integrate import quad

from slowion.errors import InputError
from slowion.evaluate.constants import METALS, metal_data
from slowion.evaluate.coupling import DEFAULT_BETA, coupling
from slowion.evaluate.fermi import double_sphere_estimate
from slowion.evaluate.lattice import bcc_shells, check_bloch_positive, shell_overlaps
from slowion.evaluate.orbitals import SlaterOrbital, valence_orbital

MODELS = ("feg", "lcao1", "lcao2", "exact")

#: Neighbour shells kept by default (measured, docs/evaluate.md): with 40 shells LCAO-II is converged in the
#: truncation to < 1e-5 relative for all four metals (Li, the slowest, changes by 6e-6 from 40 to 60 shells); the
#: exact model costs ~ 0.3 s per shell, and 20 shells leave it within ~ 2e-4 of its 40-shell value (Na).
DEFAULT_SHELLS = 40
DEFAULT_SHELLS_EXACT = 20

#: Lebedev orders of the double Fermi-surface quadrature (value at the higher, error = difference).
LEBEDEV_ORDERS = (47, 59)

#: Overrides accepted by :func:`mean_stopping` (the sensitivity table varies them one at a time).
OVERRIDES = ("E_M", "E_He", "beta", "J0", "lattice_constant", "V0_prime")


@dataclass
class StoppingResult:
    """Mean stopping S0 (a.u.), its quadrature error, S0 / S0_FEG, V0 (hartree), V0' (hartree bohr^3), inputs."""

    S0: float
    error: float
    ratio_to_feg: float
    V0: float
    V0_prime: float
    inputs: dict = field(default_factory=dict)


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


# ----------------------------------------------------------------------------------------------- API


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


def mean_stopping(metal: str, model: str, shells: int | None = None, **overrides) -> StoppingResult:
    """Mean low-velocity stopping S0 of He in ``metal`` for ``model`` in feg | lcao1 | lcao2 | exact.

    ``shells``: neighbour shells of the Bloch sums (lcao2, exact; default :data:`DEFAULT_SHELLS`); refused for
    feg and lcao1, which have no lattice sum. ``overrides``: any of E_M, E_He (hartree), beta ("fit", "27/16" or
    a number), J0 (hartree), lattice_constant (bohr; changes the shells and the Wigner-Seitz cell of <J0>, while
    k_F stays that of r_s), V0_prime (hartree bohr^3, replaces Eq. 44).
    """
    d = metal_data(metal)
    _check_args(d.symbol, model, shells, overrides)
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
    n_shells: int | None = None
    if model == "feg":
        quad_value, quad_err = feg_quadrature(kF, V0p)
        ratio, ratio_err = 1.0, 0.0
        extra["S0_quadrature"] = quad_value
        extra["closed_form_minus_quadrature"] = s_feg - quad_value
        error = abs(s_feg - quad_value) + quad_err
    elif model == "lcao1":
        ratio, ratio_err = lcao1_ratio(valence_orbital(d.symbol), kF)
        error = ratio_err * s_feg
    else:
        default = DEFAULT_SHELLS if model == "lcao2" else DEFAULT_SHELLS_EXACT
        n_shells = default if shells is None else int(shells)
        ratio, ratio_err, smallest = double_fermi_ratio(d.symbol, model, n_shells, a)
        extra["min_bloch_overlap_on_fermi_sphere"] = smallest
        extra["lebedev_orders"] = list(LEBEDEV_ORDERS)
        error = ratio_err * s_feg
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
        S0=ratio * s_feg, error=float(error), ratio_to_feg=ratio, V0=c.V0, V0_prime=V0p, inputs=inputs
    )


def stopping_result(metal: str, model: str, shells: int | None = None) -> dict:
    """The ``slowion evaluate stopping`` JSON object (DESIGN.md): metal, model, shells, S0, ratio_to_feg, V0,
    V0_prime, inputs, error."""
    d = metal_data(metal)
    r = mean_stopping(d.symbol, model, shells)
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
    }


def _plain(value):
    if isinstance(value, np.generic):
        return value.item()
    return value


def shell_convergence(metal: str, shells=range(1, 9), model: str = "lcao2") -> list[dict]:
    """S0 of ``model`` for each number of neighbour shells; truncations with a non-positive Bloch sum on the Fermi
    sphere are listed as refused (with the reason) instead of a number."""
    from slowion.evaluate.lattice import BlochSumNotPositive

    d = metal_data(metal)
    c = coupling(d.symbol)
    s_feg = feg_closed_form(d.kF, c.V0_prime)
    rows = []
    for n in shells:
        t0 = time.perf_counter()
        lattice = _lattice(d.symbol, d.lattice_constant, int(n))
        row = {"metal": d.symbol, "model": model, "shells": int(n), "neighbours": sum(s.count for s in lattice.shells)}
        row["S_last_shell"] = float(lattice.S_values[-1]) if len(lattice.S_values) else None
        try:
            ratio, err, smallest = double_fermi_ratio(d.symbol, model, int(n))
        except BlochSumNotPositive as exc:
            row.update(S0=None, ratio_to_feg=None, error=None, min_bloch_overlap=None, refused=str(exc))
        else:
            row.update(
                S0=ratio * s_feg, ratio_to_feg=ratio, error=err * s_feg, min_bloch_overlap=smallest, refused=None
            )
        row["seconds"] = time.perf_counter() - t0
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
