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
difference of two orders as the error estimate.

Error budget (absolute, a.u.): ``error`` is the sum of ``error_parts``, one per truncation: ``quadrature`` (the
rules above), ``shells`` (the neighbour shells of the lattice sums: the largest change of S0 over the truncations
that follow, out to SHELL_WINDOW pi / k_F further in radius, :func:`shell_truncation`), ``tables`` (exact: the
Ibar^R Chebyshev tables and their radial quadrature) and ``coupling`` (the Wigner-Seitz cell quadrature of <J0>).
All truncations N of the lattice sums come from one pass (:func:`double_fermi_series`). ``converged`` says whether
error <= tolerance |S0| (CONVERGENCE_TOLERANCE); ``warnings`` holds one line per reason to doubt a valid result.
The error does not include the uncertainty of the physical inputs (see the sensitivity table of the report).
"""

from __future__ import annotations

import math
import time
from dataclasses import asdict, dataclass, field

import mpmath as mp
import numpy as np
from scipy.integrate import quad

from slowion.base import validate
from slowion.base.choices import METALS, MODELS
from slowion.base.errors import InputError
from slowion.evaluate.constants import DEFAULT_SHELLS, DEFAULT_SHELLS_EXACT, MetalData, default_shells, metal_data
from slowion.evaluate.coupling import DEFAULT_BETA, metal_coupling
from slowion.evaluate.double_fermi import (
    LEBEDEV_ORDERS,
    SHELL_WINDOW,
    bloch_lattice,
    double_fermi_ratio,
    double_fermi_series,
    feg_closed_form,
    fermi_surface_prefactor,
    form_factor_prefactor,
    lattice_stopping,
    series_at_order,
    shell_truncation,
    shell_window,
)
from slowion.evaluate.lattice import BlochSumNotPositive
from slowion.evaluate.orbitals import SlaterOrbital, valence_orbital

#: the public names: what this module defines, and the pieces of the lattice models (``double_fermi``) and the
#: default truncations (``constants``) that callers of the stopping power take from here
__all__ = [
    "CONVERGENCE_TOLERANCE",
    "DEFAULT_SHELLS",
    "DEFAULT_SHELLS_EXACT",
    "ERROR_COMBINATION",
    "LEBEDEV_ORDERS",
    "MODELS",
    "NEAR_REFUSAL",
    "OVERRIDES",
    "SHELL_WINDOW",
    "StoppingResult",
    "double_fermi_ratio",
    "double_fermi_series",
    "feg_closed_form",
    "feg_quadrature",
    "fermi_surface_prefactor",
    "form_factor_prefactor",
    "lcao1_integral",
    "lcao1_ratio",
    "mean_stopping",
    "mpmath_checks",
    "shell_convergence",
    "shell_truncation",
    "shell_window",
    "stopping_result",
    "stopping_warnings",
    "table_i",
]

#: Relative tolerance of ``converged``: the result is converged when its whole error estimate is at most this
#: fraction of |S0|. 1e-3 is far below the uncertainty of the physical inputs (E_M, beta, <J0> move S0 by 10-30 %,
#: see the report's sensitivity table) and below the 2-3 digits the paper prints, and the default shells meet it.
CONVERGENCE_TOLERANCE = 1e-3

#: How ``error`` is made from ``error_parts`` (stated in every JSON result): their linear sum.
ERROR_COMBINATION = "sum"

#: min S_B on the Fermi sphere below which a result warns that the truncation is close to a refused one (the
#: converged Bloch sums have min S_B >= 0.35 for all four metals).
NEAR_REFUSAL = 0.1

#: Overrides accepted by :func:`mean_stopping` (the sensitivity table varies them one at a time).
OVERRIDES = ("E_M", "E_He", "beta", "J0", "lattice_constant", "V0_prime")


@dataclass
class StoppingResult:
    """Mean stopping S0 (a.u.), its error estimate (the sum of ``error_parts``), S0 / S0_FEG, V0 (hartree),
    V0' (hartree bohr^3), inputs; ``converged``: error <= ``tolerance`` |S0|; ``warnings``: one line each."""

    S0: float
    error: float
    ratio_to_feg: float
    V0: float
    V0_prime: float
    inputs: dict = field(default_factory=dict)
    error_parts: dict = field(default_factory=dict)
    converged: bool = True
    tolerance: float = CONVERGENCE_TOLERANCE
    warnings: list = field(default_factory=list)


# ----------------------------------------------------------------------------------------------- FEG


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


def _checked(
    metal: object, model: object, shells: object, tolerance: object, overrides: dict
) -> tuple[MetalData, str, int | None]:
    """The inputs of :func:`mean_stopping`, each by its base validator (``slowion.base.validate``; errors name the
    parameter, the command line its flag): the metal's data, the model, the shells (None: the model's default)."""
    d = metal_data(metal)
    model = validate.model(model)
    if shells is not None:
        if model in ("feg", "lcao1"):
            raise InputError(f"only used by the models lcao2 and exact, not by {model}", "shells")
        shells = validate.shells(shells)
    if isinstance(tolerance, bool) or not isinstance(tolerance, int | float) or not 0 < tolerance < 1:
        raise InputError(f"expected a number in (0, 1), got {tolerance!r}", "tolerance")
    unknown = sorted(set(overrides) - set(OVERRIDES))
    if unknown:
        raise InputError(f"unknown {', '.join(unknown)}; allowed: {', '.join(OVERRIDES)}", "overrides")
    for key in ("E_M", "E_He", "J0", "lattice_constant", "V0_prime"):
        if key in overrides and not math.isfinite(float(overrides[key])):
            raise InputError(f"expected a finite number, got {overrides[key]!r}", key)
    if "lattice_constant" in overrides and not float(overrides["lattice_constant"]) > 0:
        raise InputError(f"expected a number > 0, got {overrides['lattice_constant']!r}", "lattice_constant")
    return d, model, shells


def mean_stopping(
    metal: str, model: str, shells: int | None = None, tolerance: float = CONVERGENCE_TOLERANCE, **overrides
) -> StoppingResult:
    """Mean low-velocity stopping S0 of He in ``metal`` for ``model`` in feg | lcao1 | lcao2 | exact.

    ``shells``: neighbour shells of the Bloch sums (lcao2, exact; default ``constants.default_shells``); refused for
    feg and lcao1, which have no lattice sum. ``tolerance``: relative tolerance of ``converged`` (default
    :data:`CONVERGENCE_TOLERANCE`). ``overrides``: any of E_M, E_He (hartree), beta ("fit", "27/16" or a number),
    J0 (hartree), lattice_constant (bohr; changes the shells and the Wigner-Seitz cell of <J0>, while k_F stays
    that of r_s), V0_prime (hartree bohr^3, replaces Eq. 44).

    The error is the linear sum of ``error_parts`` (absolute, a.u.; the parts bound different truncations, so
    they are added, not combined in quadrature): ``quadrature`` (FEG: closed form - Gauss-Kronrod + its estimate;
    LCAO-I: Gauss-Kronrod estimate; lcao2/exact: Lebedev 59 - 47 of the angular double Fermi-surface rule),
    ``shells`` (lcao2/exact: truncation of the neighbour shells, :func:`shell_truncation`), ``tables`` (exact:
    interpolation and radial-quadrature errors of the Ibar^R tables, propagated), ``coupling`` (the cell
    quadrature of <J0>, propagated through S0 ~ V0^2; absent when V0' or J0 is overridden).
    """
    d, model, shells = _checked(metal, model, shells, tolerance, overrides)
    return _mean_stopping(d, model, shells, tolerance, overrides)


def _mean_stopping(d: MetalData, model: str, shells: int | None, tolerance: float, overrides: dict) -> StoppingResult:
    """:func:`mean_stopping` on checked inputs (:func:`_checked`)."""
    t0 = time.perf_counter()
    a = float(overrides.get("lattice_constant", d.lattice_constant))
    c = metal_coupling(
        d,
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
    parts: dict[str, float] = {}
    n_shells: int | None = None
    smallest: float | None = None
    if model == "feg":
        quad_value, quad_err = feg_quadrature(kF, V0p)
        ratio = 1.0
        extra["S0_quadrature"] = quad_value
        extra["closed_form_minus_quadrature"] = s_feg - quad_value
        parts["quadrature"] = abs(s_feg - quad_value) + quad_err
    elif model == "lcao1":
        ratio, ratio_err = lcao1_ratio(valence_orbital(d.symbol), kF)
        parts["quadrature"] = ratio_err * s_feg
    else:
        n_shells = default_shells(model) if shells is None else shells
        res = lattice_stopping(d, model, n_shells, a)
        ratio, smallest = res.ratio, res.min_bloch
        extra["min_bloch_overlap_on_fermi_sphere"] = smallest
        extra["lebedev_orders"] = list(LEBEDEV_ORDERS)
        extra["shell_window"] = res.window
        extra["window_ratios_to_feg"] = res.window_ratios
        parts["quadrature"] = res.quadrature * s_feg
        parts["shells"] = res.shells * s_feg
        if model == "exact":
            parts["tables"] = res.tables * s_feg
    S0 = ratio * s_feg
    if "V0_prime" not in overrides and c.J0_error > 0:
        parts["coupling"] = 2.0 * abs(S0) * c.J0_error / abs(c.V0)
    error = float(sum(parts.values()))
    converged = error <= tolerance * abs(S0)
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
        S0=S0,
        error=error,
        ratio_to_feg=ratio,
        V0=c.V0,
        V0_prime=V0p,
        inputs=inputs,
        error_parts={k: float(v) for k, v in parts.items()},
        converged=bool(converged),
        tolerance=float(tolerance),
        warnings=stopping_warnings(model, n_shells, S0, ratio, error, parts, tolerance, smallest),
    )


def stopping_warnings(
    model: str,
    n_shells: int | None,
    S0: float,
    ratio: float,
    error: float,
    parts: dict,
    tolerance: float,
    min_bloch: float | None,
) -> list[str]:
    """One line per reason to doubt a valid result: not converged (naming the largest error part), a Bloch sum
    close to the refusal limit, S0 above the free-electron value (the LCAO form factors make S0 < S_FEG once the
    shells are converged, for all four metals)."""
    out = []
    if not error <= tolerance * abs(S0):
        worst = max(parts, key=lambda k: parts[k])
        out.append(
            f"not converged: error {error:.2g} is {error / abs(S0):.2g} of S0 (tolerance {tolerance:g}); largest "
            f"part: {worst} {parts[worst]:.2g}" + (f" with {n_shells} shells" if worst == "shells" else "")
        )
    if min_bloch is not None and min_bloch < NEAR_REFUSAL:
        out.append(
            f"min S_B = {min_bloch:.3g} on the Fermi sphere with {n_shells} shells: close to a refused truncation "
            f"(S_B <= 0), the integrand is nearly singular"
        )
    if model in ("lcao1", "lcao2", "exact") and ratio > 1.0:
        out.append(f"S0 is {ratio:.3g} times the free-electron value S0_FEG: physically doubtful for {model}")
    return out


def stopping_result(
    metal: str, model: str, shells: int | None = None, tolerance: float = CONVERGENCE_TOLERANCE
) -> dict:
    """The ``slowion evaluate stopping`` JSON object (docs/architecture.md): metal, model, shells, S0, ratio_to_feg, V0,
    V0_prime, inputs, error; and error_parts (absolute, a.u.), error_combination, converged, tolerance,
    warnings (one line each)."""
    d, model, shells = _checked(metal, model, shells, tolerance, {})
    r = _mean_stopping(d, model, shells, tolerance, {})
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
        "error_parts": r.error_parts,
        "error_combination": ERROR_COMBINATION,
        "converged": r.converged,
        "tolerance": r.tolerance,
        "warnings": r.warnings,
    }


def _plain(value):
    if isinstance(value, np.generic):
        return value.item()
    return value


def shell_convergence(metal: str, shells=range(1, 9), model: str = "lcao2") -> list[dict]:
    """S0 of ``model`` for each number of neighbour shells, with its error parts (quadrature, shells: see
    :func:`mean_stopping`; ``error`` is their sum); truncations with a non-positive Bloch sum on the Fermi sphere are
    listed as refused (with the reason) instead of a number. One pass per Lebedev order gives every truncation."""
    d = metal_data(metal)
    c = metal_coupling(d)
    s_feg = feg_closed_form(d.kF, c.V0_prime)
    counts = [int(n) for n in shells]
    if not counts:
        return []
    t0 = time.perf_counter()
    a = d.lattice_constant
    top = max(counts)
    window = max(shell_window(a, d.kF, n) for n in counts)
    low, high = sorted(LEBEDEV_ORDERS)
    v_high, _, smallest = series_at_order(d, model, top, a, high)
    v_low, _, _ = series_at_order(d, model, window, a, low)
    seconds = (time.perf_counter() - t0) / len(counts)
    rows = []
    for n in counts:
        lattice = bloch_lattice(d.symbol, a, n)
        row = {"metal": d.symbol, "model": model, "shells": n, "neighbours": sum(s.count for s in lattice.shells)}
        row["S_last_shell"] = float(lattice.S_values[-1]) if len(lattice.S_values) else None
        try:
            lattice.positivity(d.kF)
        except BlochSumNotPositive as exc:
            row.update(S0=None, ratio_to_feg=None, error=None, min_bloch_overlap=None, refused=exc.detail)
        else:
            ratio = float(v_high[n])
            parts = {
                "quadrature": abs(ratio - float(v_low[n])) * s_feg,
                "shells": shell_truncation(v_low[n : shell_window(a, d.kF, n) + 1]) * s_feg,
            }
            row.update(
                S0=ratio * s_feg,
                ratio_to_feg=ratio,
                error=float(sum(parts.values())),
                error_parts=parts,
                min_bloch_overlap=float(smallest[n]),
                refused=None,
            )
        row["seconds"] = seconds
        rows.append(row)
    return rows


# ----------------------------------------------------------------------------------------------- mpmath


def _mp_form_factor(orbital: SlaterOrbital):
    """I(q) at mpmath precision from the primitive integral (independent of the generated closed forms):
    N_i N_j int_0^inf r^(n_i + n_j) e^{-(z_i + z_j) r} sin(q r)/(q r) dr = N_i N_j Im[Gamma(n)/(a - i q)^n] / q,
    n = n_i + n_j, a = z_i + z_j (the Laplace transform of r^(n-1) continued to a - i q), evaluated by mpmath."""

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
