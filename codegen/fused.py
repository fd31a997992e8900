"""Hand-fused numba kernels: the ceiling the generated code is measured against in ``slowion bench`` (issue 13).

Written by hand, not generated: one scalar function per point with real branches and the fewest transcendental
calls, the form the issue measured (static Lindhard eps: one ``atanh`` of min(y, 1/y), y = q/2k_F).

    eps(q) = 1 + (2 k_F/(pi q^2)) (1 + (1 - y^2) atanh(w)/y),  w = min(y, 1/y)

(Das Eq. 2 with Eq. 5 at u = 0: ln|(1 + y)/(1 - y)| = 2 atanh(w) for y > 0), and the wind integrand
4/(3 pi q eps^2) (Das Eq. 12) from the same eps, written as 4 q^3/(3 pi (q^2 eps)^2) so that q = 0 gives the limit 0.
Accuracy on the edge set is measured by the bench like every other competitor (not assumed).
"""

from __future__ import annotations

import math
from collections.abc import Callable


def _q2_eps(q: float, kF: float) -> float:
    """q^2 eps(q, 0) (no 1/q^2 pole): q^2 + (2 k_F/pi)(1 + (1 - y^2) atanh(w)/y)."""
    if q == 0.0:
        return 4.0 * kF / math.pi  # the limit: (2 k_F/pi)(1 + 1)
    y = q / (2.0 * kF)
    w = y if y < 1.0 else 1.0 / y
    g = 0.0 if w == 1.0 else (1.0 - y) * (1.0 + y) * math.atanh(w) / y
    return q * q + (2.0 * kF / math.pi) * (1.0 + g)


def _eps_static(q: float, kF: float) -> float:
    return _q2_eps(q, kF) / (q * q)


def _wind(q: float, kF: float) -> float:
    d = _q2_eps(q, kF)
    return 4.0 * q * q * q / (3.0 * math.pi * d * d)


#: generated function name -> (scalar source function, description)
KERNELS: dict[str, tuple[Callable, str]] = {
    "lindhard_eps_static": (_eps_static, "numba vectorize, real branches, one atanh of min(y, 1/y)"),
    "wind_integrand": (_wind, "numba vectorize, 4 q^3/(3 pi (q^2 eps)^2), one atanh of min(y, 1/y)"),
}


def fused(name: str, target: str = "cpu") -> Callable | None:
    """The compiled hand-fused ufunc for ``name`` (None if none is written); numba must be importable."""
    if name not in KERNELS:
        return None
    import numba

    inner = numba.njit(cache=False, error_model="numpy")(_q2_eps)
    fn = KERNELS[name][0]
    namespace = {"_q2_eps": inner, "math": math}
    # the kernel calls the jitted _q2_eps: rebuild it in a namespace where that name is the compiled function
    scalar = type(fn)(fn.__code__, namespace, fn.__name__)
    return numba.vectorize(["float64(float64, float64)"], target=target, cache=False)(scalar)
