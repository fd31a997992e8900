# --------------------------------------------------------------------------------------------------------------------
# GENERATED FILE - DO NOT EDIT. numba code written by slowion.codegen; regenerate with `slowion generate`.
# Source: slowion.derive.wind.codegen_expressions(); keys, specs and numeric branches: codegen/targets.py.
# SymPy 1.14.0. sha256 of sympy.srepr of each expression (with its argument order and branches):
#   wind_integrand (Das-12, X-1): 9dfc7aa1fbfbdb9bf421c47fe74be724fa8f3a3130776687fe92efdc86f7ee16
# --------------------------------------------------------------------------------------------------------------------


"""Compiled (numba) float64 ufuncs of slowion.derive.wind: the pieces of slowion.generated.wind, as scalar
code with real branches. Importing this module compiles every ufunc (numba required).
"""


import math

import numba


__all__ = ["wind_integrand"]


#: pieces: compiled on first use (cached), division by zero gives inf/nan as in numpy (no exception)
_jit = numba.njit(cache=True, error_model="numpy")


@_jit
def _xlnratio(a, b):
    """(a^2 - b^2) ln|(a + b)/(a - b)| by one log1p of 2 lo/(hi - lo); 0 at |a| = |b| (the limit)."""
    m = (a - b) * (a + b)
    if m == 0.0:
        return 0.0
    if abs(b) > abs(a):
        a, b = b, a
    return m * math.log1p(2.0 * b / (a - b))


@_jit
def _wind_integrand_closed(q, kF):
    # closed: 17 operations
    _t0 = 1/math.pi
    _t1 = 2*kF
    return float((4/3)*_t0/(q*(_t0*_t1/q**2 + (1/2)*_t0*_xlnratio(_t1, q)/q**3 + 1)**2))


@_jit
def _wind_integrand_tiny_q(q, kF):
    # tiny_q: 27 operations
    _t0 = kF**2
    _t1 = q**2
    _t2 = math.pi*kF
    return float(q**3*(_t1*((1/2880)*math.pi*_t1*(45*math.pi**2*_t0 - 30*_t2 + 7)/kF**6 - 1/72*math.pi*(3*_t2 - 1)/kF**4) + (1/12)*math.pi/_t0))


def _wind_integrand_scalar(q, kF):
    """Integrand of Q = int_0^{2 k_F} dq (this) for Z = 1: 4/(3 pi q eps(q,0)^2) (Das Eq. 12 corrected: sign, support q < 2 k_F). Scalar, one branch per point."""
    if (q < (1/1000)*math.sqrt(kF)) and (q < (1/500)*kF):
        return _wind_integrand_tiny_q(q, kF)
    return _wind_integrand_closed(q, kF)


#: explicit float64 signature of each ufunc
SIGNATURES = {
    "wind_integrand": ["float64(float64, float64)"],
}

#: the scalar dispatchers, for other numba targets (e.g. target='parallel')
SCALARS = {
    "wind_integrand": _wind_integrand_scalar,
}


wind_integrand = numba.vectorize(SIGNATURES["wind_integrand"], cache=True)(_wind_integrand_scalar)
