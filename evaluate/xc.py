"""Local-density exchange-correlation of the spin-unpolarised electron gas (Hartree atomic units).

``pz81``: Slater exchange plus the Perdew-Zunger parametrisation of the Ceperley-Alder correlation energy,
J. P. Perdew and A. Zunger, Phys. Rev. B 23, 5048 (1981), Appendix C, Eqs. C3-C4 and Table XII (unpolarised
column): for r_s >= 1

    eps_c = gamma / (1 + beta1 sqrt(r_s) + beta2 r_s),
    v_c   = eps_c (1 + 7/6 beta1 sqrt(r_s) + 4/3 beta2 r_s) / (1 + beta1 sqrt(r_s) + beta2 r_s),

and for r_s < 1 (the high-density Gell-Mann-Brueckner form with CA-fitted constants)

    eps_c = A ln r_s + B + C r_s ln r_s + D r_s,
    v_c   = A ln r_s + (B - A/3) + 2/3 C r_s ln r_s + (2 D - C)/3 r_s.

Exchange: eps_x = -(3/4)(3/pi)^(1/3) n^(1/3) = -0.4582/r_s, v_x = 4/3 eps_x. ``none`` switches exchange and
correlation off (the Hartree, i.e. RPA, limit used by the Born-limit check against the wind friction).
"""

from __future__ import annotations

import numpy as np

#: the choices of the --xc option
XC_CHOICES: tuple[str, ...] = ("lda", "none")

_GAMMA, _BETA1, _BETA2 = -0.1423, 1.0529, 0.3334
_A, _B, _C, _D = 0.0311, -0.048, 0.0020, -0.0116


def rs_of_density(n: np.ndarray | float) -> np.ndarray:
    """r_s = (3 / (4 pi n))^(1/3)."""
    return (3.0 / (4.0 * np.pi * np.asarray(n, dtype=float))) ** (1.0 / 3.0)


def exchange(rs: np.ndarray | float) -> tuple[np.ndarray, np.ndarray]:
    """Slater exchange (eps_x, v_x) per electron, Hartree."""
    rs = np.asarray(rs, dtype=float)
    eps = -0.75 * (9.0 / (4.0 * np.pi**2)) ** (1.0 / 3.0) / rs
    return eps, 4.0 / 3.0 * eps


def correlation_pz81(rs: np.ndarray | float) -> tuple[np.ndarray, np.ndarray]:
    """Perdew-Zunger 1981 correlation (eps_c, v_c) per electron, unpolarised, Hartree."""
    rs = np.atleast_1d(np.asarray(rs, dtype=float))
    eps = np.empty_like(rs)
    v = np.empty_like(rs)
    hi = rs >= 1.0
    s = np.sqrt(rs[hi])
    den = 1.0 + _BETA1 * s + _BETA2 * rs[hi]
    eps[hi] = _GAMMA / den
    v[hi] = eps[hi] * (1.0 + 7.0 / 6.0 * _BETA1 * s + 4.0 / 3.0 * _BETA2 * rs[hi]) / den
    lo = ~hi
    r = rs[lo]
    lr = np.log(r)
    eps[lo] = _A * lr + _B + _C * r * lr + _D * r
    v[lo] = _A * lr + (_B - _A / 3.0) + 2.0 / 3.0 * _C * r * lr + (2.0 * _D - _C) / 3.0 * r
    return eps, v


def xc_potential(n: np.ndarray | float, xc: str = "lda") -> np.ndarray:
    """v_xc(n) (Hartree) for density n > 0; ``xc`` is ``"lda"`` (Slater + PZ81) or ``"none"`` (zero)."""
    n = np.asarray(n, dtype=float)
    if xc == "none":
        return np.zeros_like(n)
    if xc != "lda":
        raise ValueError(f"xc must be one of {XC_CHOICES}, got {xc!r}")
    rs = rs_of_density(n)
    return exchange(rs)[1] + correlation_pz81(rs)[1].reshape(rs.shape)


def xc_energy_density(n: np.ndarray | float, xc: str = "lda") -> np.ndarray:
    """eps_xc(n) per electron (Hartree); v_xc = d(n eps_xc)/dn (checked in the tests)."""
    n = np.asarray(n, dtype=float)
    if xc == "none":
        return np.zeros_like(n)
    rs = rs_of_density(n)
    return exchange(rs)[0] + correlation_pz81(rs)[0].reshape(rs.shape)
