# --------------------------------------------------------------------------------------------------------------------
# GENERATED FILE - DO NOT EDIT. numba code written by slowion.codegen; regenerate with `slowion generate`.
# Source: slowion.derive.dielectric.codegen_expressions(); keys, specs and numeric branches: codegen/targets.py.
# SymPy 1.14.0. sha256 of sympy.srepr of each expression (with its argument order and branches):
#   lindhard_x1 (Das-5): d0a7572464153decf1a7c750d82f46de654ec206e57131727090a261f09d6425
#   lindhard_eps_static (Das-2, Das-5): e7206bfb476302e99dbd0801d9db3e7692c3d49a17de17aeeadc331c47c5ab75
#   lindhard_x2_small_u (Das-7): 8a40996d99f14db04fc7256972a4ab17e1d8bd39aef0d90a1b5a00c34607477d
#   potential_v1_factor (Das-8, Das-B.4): ca9443610608666bbb1888b8045878dcd9f69a8f87d3e59d5470cb43fbc966ca
# --------------------------------------------------------------------------------------------------------------------


"""Compiled (numba) float64 ufuncs of slowion.derive.dielectric: the pieces of slowion.generated.dielectric, as scalar
code with real branches. Importing this module compiles every ufunc (numba required).
"""


import math

import numba


__all__ = ["lindhard_x1", "lindhard_eps_static", "lindhard_x2_small_u", "potential_v1_factor"]


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
def _lindhard_x1_closed(q, lam, kF):
    # closed: 15 operations
    _t0 = 1/math.pi
    _t1 = 2*kF
    _t2 = 2*lam
    _t3 = (1/4)*_t0/q
    return float(-_t0*_t1 - _t3*_xlnratio(_t1, -_t2 + q) - _t3*_xlnratio(_t1, _t2 + q))


@_jit
def _lindhard_x1_small_q(q, lam, kF):
    # small_q: 143 operations
    _t0 = 1/math.pi
    _t1 = kF + lam
    _t2 = kF - lam
    _t3 = q**2
    _t4 = _t0*kF**3
    _t5 = kF**2
    _t6 = lam**2
    _t7 = kF**4
    _t8 = lam**4
    _t9 = kF**6
    _t10 = lam**6
    _t11 = kF**8
    _t12 = lam**8
    _t13 = kF**10
    _t14 = lam**10
    return float(-2*_t0*(2*kF - lam*math.log(_t1) + lam*math.log(_t2)) + _t3*(_t3*(_t3*(_t3*(_t3*(_t3*((1/439296)*_t4*(2574*_t10*_t7 + 195*_t11*_t6 + 1287*_t12*_t5 + 3*_t13 + 143*_t14 + 1430*_t8*_t9)/(_t1**12*_t2**12) + (1/5591040)*_t3*_t4*(20020*_t10*_t9 + 6825*_t11*_t8 + 19305*_t12*_t7 + 630*_t13*_t6 + 6006*_t14*_t5 + 7*kF**12 + 455*lam**12)/(_t1**14*_t2**14)) + (1/126720)*_t4*(924*_t10*_t5 + 5*_t11 + 165*_t12 + 220*_t6*_t9 + 990*_t7*_t8)/(_t1**10*_t2**10)) + (1/4032)*_t4*(21*_t10 + 63*_t5*_t8 + 27*_t6*_t7 + _t9)/(_t1**8*_t2**8)) + (1/1680)*_t4*(42*_t5*_t6 + 3*_t7 + 35*_t8)/(_t1**6*_t2**6)) + (1/60)*_t4*(_t5 + 5*_t6)/(_t1**4*_t2**4)) + (1/3)*_t4/(_t1**2*_t2**2)))


@_jit
def _lindhard_x1_large_q(q, lam, kF):
    # large_q: 169 operations
    _t0 = q**(-2)
    _t1 = kF**3/math.pi
    _t2 = kF**2
    _t3 = lam**2
    _t4 = kF**4
    _t5 = lam**4
    _t6 = kF**6
    _t7 = lam**6
    _t8 = kF**8
    _t9 = lam**8
    _t10 = kF**10
    _t11 = lam**10
    _t12 = kF**12
    _t13 = lam**12
    _t14 = kF**14
    _t15 = lam**14
    return float(_t0*(_t0*(_t0*(_t0*(_t0*(_t0*(_t0*(_t0*(-1048576/2907*_t0*_t1*(162792*_t10*_t7 + 369512*_t11*_t6 + 27132*_t12*_t5 + 151164*_t13*_t4 + 1368*_t14*_t3 + 23256*_t15*_t2 + 377910*_t8*_t9 + 9*kF**16 + 969*lam**16) - 262144/255*_t1*(1785*_t10*_t5 + 7293*_t11*_t4 + 119*_t12*_t3 + 1547*_t13*_t2 + _t14 + 85*_t15 + 12155*_t6*_t9 + 7735*_t7*_t8)) - 65536/1365*_t1*(630*_t10*_t3 + 6006*_t11*_t2 + 7*_t12 + 455*_t13 + 19305*_t4*_t9 + 6825*_t5*_t8 + 20020*_t6*_t7)) - 16384/429*_t1*(3*_t10 + 143*_t11 + 1287*_t2*_t9 + 195*_t3*_t8 + 2574*_t4*_t7 + 1430*_t5*_t6)) - 4096/495*_t1*(924*_t2*_t7 + 220*_t3*_t6 + 990*_t4*_t5 + 5*_t8 + 165*_t9)) - 1024/63*_t1*(63*_t2*_t5 + 27*_t3*_t4 + _t6 + 21*_t7)) - 256/105*_t1*(42*_t2*_t3 + 3*_t4 + 35*_t5)) - 64/15*_t1*(_t2 + 5*_t3)) - 16/3*_t1))


def _lindhard_x1_scalar(q, lam, kF):
    """Real part X_1(q, lambda) of X = 4 pi chi_0 for the drifting gas, lambda = u q_z/q (Das Eq. 5, sign corrected: X_1(q, 0) = -k_TF^2 F(q/2k_F) < 0). Scalar, one branch per point."""
    if (q < (1/50)*kF) and (q < (1/5)*kF - 1/5*abs(lam)):
        return _lindhard_x1_small_q(q, lam, kF)
    if (q > 16*kF + 16*abs(lam)):
        return _lindhard_x1_large_q(q, lam, kF)
    return _lindhard_x1_closed(q, lam, kF)


@_jit
def _lindhard_eps_static_closed(q, kF):
    # closed: 12 operations
    _t0 = 1/math.pi
    _t1 = 2*kF
    return float(_t0*_t1/q**2 + (1/2)*_t0*_xlnratio(_t1, q)/q**3 + 1)


def _lindhard_eps_static_scalar(q, kF):
    """Static Lindhard eps(q, 0) = 1 - X_1(q, 0)/q^2 = 1 + (4 k_F/pi q^2) F(q/2k_F) (Das Eqs. 2, 5 at u = 0). Scalar, one branch per point."""
    return _lindhard_eps_static_closed(q, kF)


@_jit
def _lindhard_x2_small_u_closed(q, qz, u, kF):
    # closed: 6 operations
    return float(((-2*qz*u/q) if (q < 2*kF) else (0)))


def _lindhard_x2_small_u_scalar(q, qz, u, kF):
    """Imaginary part X_2 to first order in u, retarded: -2 u q_z/q for q < 2 k_F, 0 above (Das Eq. 7 with its support). Scalar, one branch per point."""
    return _lindhard_x2_small_u_closed(q, qz, u, kF)


@_jit
def _potential_v1_factor_closed(q, kF):
    # closed: 17 operations
    _t0 = 1/math.pi
    _t1 = 2*kF
    return float(8*math.pi/(q**5*(_t0*_t1/q**2 + (1/2)*_t0*_xlnratio(_t1, q)/q**3 + 1)**2))


def _potential_v1_factor_scalar(q, kF):
    """V^(1)(q, u) = i Z u q_z x this, for q < 2 k_F (0 above): 8 pi/(q^5 eps(q,0)^2) (Das Eq. 8 / B.4 as derived). Scalar, one branch per point."""
    return _potential_v1_factor_closed(q, kF)


#: explicit float64 signature of each ufunc
SIGNATURES = {
    "lindhard_x1": ["float64(float64, float64, float64)"],
    "lindhard_eps_static": ["float64(float64, float64)"],
    "lindhard_x2_small_u": ["float64(float64, float64, float64, float64)"],
    "potential_v1_factor": ["float64(float64, float64)"],
}

#: the scalar dispatchers, for other numba targets (e.g. target='parallel')
SCALARS = {
    "lindhard_x1": _lindhard_x1_scalar,
    "lindhard_eps_static": _lindhard_eps_static_scalar,
    "lindhard_x2_small_u": _lindhard_x2_small_u_scalar,
    "potential_v1_factor": _potential_v1_factor_scalar,
}


lindhard_x1 = numba.vectorize(SIGNATURES["lindhard_x1"], cache=True)(_lindhard_x1_scalar)
lindhard_eps_static = numba.vectorize(SIGNATURES["lindhard_eps_static"], cache=True)(_lindhard_eps_static_scalar)
lindhard_x2_small_u = numba.vectorize(SIGNATURES["lindhard_x2_small_u"], cache=True)(_lindhard_x2_small_u_scalar)
potential_v1_factor = numba.vectorize(SIGNATURES["potential_v1_factor"], cache=True)(_potential_v1_factor_scalar)
