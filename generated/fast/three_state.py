# --------------------------------------------------------------------------------------------------------------------
# GENERATED FILE - DO NOT EDIT. numba code written by slowion.codegen; regenerate with `slowion generate`.
# Source: slowion.derive.three_state.codegen_expressions(); keys, specs and numeric branches: codegen/targets.py.
# SymPy 1.14.0. sha256 of sympy.srepr of each expression (with its argument order and branches):
#   lowdin_t_khe (DF-31): f11389f6391708cec9650955097fdf2a1711db1c14d32b451707ed0a8e954165
#   lowdin_t_kkprime (DF-32): 1fe26d06df8da380e468abda9a665026becdc7acbbea6808e425a2ab753e1ae4
#   lowdin_t_kkprime_mean_level (DF-34): c1a27259570ba383a6872639ee8cd5c04930221d762fa3144278f0d81e2b5839
#   hybridisation_t_kkprime (DF-35): 840b6701410b36ff2cc935c08d673691aaa6236d417bd88836c0c60b72dbf291
#   effective_t_kkprime (DF-36): 434ebbdfbf4863d065430e4fd4d2d66193cd1813548ab34767ed6a7fc1888a0f
#   effective_coupling_v0 (DF-42): bc91a76f1197ed1472a9274366018947a544f53c7e2499caf227f233ca5b5103
#   effective_t_eff_kkprime (DF-41): cbf8df159a2493fb4549606246ad04eff3fed33bc303092a25b87810301bad64
# --------------------------------------------------------------------------------------------------------------------


"""Compiled (numba) float64 ufuncs of slowion.derive.three_state: the pieces of slowion.generated.three_state, as scalar
code with real branches. Importing this module compiles every ufunc (numba required).
"""


import math

import numba


__all__ = ["lowdin_t_khe", "lowdin_t_kkprime", "lowdin_t_kkprime_mean_level", "hybridisation_t_kkprime", "effective_t_kkprime", "effective_coupling_v0", "effective_t_eff_kkprime"]


#: pieces: compiled on first use (cached), division by zero gives inf/nan as in numpy (no exception)
_jit = numba.njit(cache=True, error_model="numpy")


@_jit
def _lowdin_t_khe_closed(S_kHe, E_k, E_He):
    # closed: 3 operations
    return float((1/2)*S_kHe*(E_He - E_k))


def _lowdin_t_khe_scalar(S_kHe, E_k, E_He):
    """Löwdin hopping (H_eff)_kHe = -S_kHe (E_k - E_He)/2 to second order in the overlap (DF Eq. 31). Scalar, one branch per point."""
    return _lowdin_t_khe_closed(S_kHe, E_k, E_He)


@_jit
def _lowdin_t_kkprime_closed(V_kkp, S_kHe, S_kpHe, E_k, E_kp, E_He):
    # closed: 11 operations
    _t0 = S_kHe*S_kpHe
    _t1 = (3/8)*_t0
    return float(-3/4*E_He*_t0 + E_k*_t1 + E_kp*_t1 + V_kkp)


def _lowdin_t_kkprime_scalar(V_kkp, S_kHe, S_kpHe, E_k, E_kp, E_He):
    """Löwdin hopping (H_eff)_kk' to second order, T of Eq. 31 inserted (DF Eq. 32). Scalar, one branch per point."""
    return _lowdin_t_kkprime_closed(V_kkp, S_kHe, S_kpHe, E_k, E_kp, E_He)


@_jit
def _lowdin_t_kkprime_mean_level_closed(V_kkp, S_kHe, S_kpHe, E_M, E_He):
    # closed: 7 operations
    _t0 = (3/4)*S_kHe*S_kpHe
    return float(-E_He*_t0 + E_M*_t0 + V_kkp)


def _lowdin_t_kkprime_mean_level_scalar(V_kkp, S_kHe, S_kpHe, E_M, E_He):
    """(H_eff)_kk' with E_k, E_k' -> E_M: V + 3/4 (E_M - E_He) S_kHe S_Hek' (DF Eq. 34). Scalar, one branch per point."""
    return _lowdin_t_kkprime_mean_level_closed(V_kkp, S_kHe, S_kpHe, E_M, E_He)


@_jit
def _hybridisation_t_kkprime_closed(S_kHe, S_kpHe, E_k, E_kp, E_He):
    # closed: 7 operations
    return float(-1/8*S_kHe*S_kpHe*(2*E_He - E_k - E_kp))


def _hybridisation_t_kkprime_scalar(S_kHe, S_kpHe, E_k, E_kp, E_He):
    """Second-order k-k' coupling through the He level from the hopping of Eq. 31 (DF Eq. 35). Scalar, one branch per point."""
    return _hybridisation_t_kkprime_closed(S_kHe, S_kpHe, E_k, E_kp, E_He)


@_jit
def _effective_t_kkprime_closed(V_kkp, S_kHe, S_kpHe, E_k, E_kp, E_He):
    # closed: 7 operations
    return float(-1/2*S_kHe*S_kpHe*(2*E_He - E_k - E_kp) + V_kkp)


def _effective_t_kkprime_scalar(V_kkp, S_kHe, S_kpHe, E_k, E_kp, E_He):
    """Total one-electron k-k' hopping V + ((E_k + E_k')/2 - E_He) S_kHe S_Hek' (DF Eq. 36). Scalar, one branch per point."""
    return _effective_t_kkprime_closed(V_kkp, S_kHe, S_kpHe, E_k, E_kp, E_He)


@_jit
def _effective_coupling_v0_closed(E_M, E_He, beta, J0):
    # closed: 5 operations
    return float(-E_He + E_M + J0 - 3/8*beta)


def _effective_coupling_v0_scalar(E_M, E_He, beta, J0):
    """Coupling constant V_0 = E_M - E_He - 3 beta/8 + <J^0> (DF Eq. 42). Scalar, one branch per point."""
    return _effective_coupling_v0_closed(E_M, E_He, beta, J0)


@_jit
def _effective_t_eff_kkprime_closed(S_kHe, S_kpHe, E_M, E_He, beta, J0):
    # closed: 7 operations
    return float(S_kHe*S_kpHe*(-E_He + E_M + J0 - 3/8*beta))


def _effective_t_eff_kkprime_scalar(S_kHe, S_kpHe, E_M, E_He, beta, J0):
    """Effective He-induced hopping (T_eff)_kk' = V_0 S_kHe S_Hek' (DF Eqs. 40-41). Scalar, one branch per point."""
    return _effective_t_eff_kkprime_closed(S_kHe, S_kpHe, E_M, E_He, beta, J0)


#: explicit float64 signature of each ufunc
SIGNATURES = {
    "lowdin_t_khe": ["float64(float64, float64, float64)"],
    "lowdin_t_kkprime": ["float64(float64, float64, float64, float64, float64, float64)"],
    "lowdin_t_kkprime_mean_level": ["float64(float64, float64, float64, float64, float64)"],
    "hybridisation_t_kkprime": ["float64(float64, float64, float64, float64, float64)"],
    "effective_t_kkprime": ["float64(float64, float64, float64, float64, float64, float64)"],
    "effective_coupling_v0": ["float64(float64, float64, float64, float64)"],
    "effective_t_eff_kkprime": ["float64(float64, float64, float64, float64, float64, float64)"],
}

#: the scalar dispatchers, for other numba targets (e.g. target='parallel')
SCALARS = {
    "lowdin_t_khe": _lowdin_t_khe_scalar,
    "lowdin_t_kkprime": _lowdin_t_kkprime_scalar,
    "lowdin_t_kkprime_mean_level": _lowdin_t_kkprime_mean_level_scalar,
    "hybridisation_t_kkprime": _hybridisation_t_kkprime_scalar,
    "effective_t_kkprime": _effective_t_kkprime_scalar,
    "effective_coupling_v0": _effective_coupling_v0_scalar,
    "effective_t_eff_kkprime": _effective_t_eff_kkprime_scalar,
}


lowdin_t_khe = numba.vectorize(SIGNATURES["lowdin_t_khe"], cache=True)(_lowdin_t_khe_scalar)
lowdin_t_kkprime = numba.vectorize(SIGNATURES["lowdin_t_kkprime"], cache=True)(_lowdin_t_kkprime_scalar)
lowdin_t_kkprime_mean_level = numba.vectorize(SIGNATURES["lowdin_t_kkprime_mean_level"], cache=True)(_lowdin_t_kkprime_mean_level_scalar)
hybridisation_t_kkprime = numba.vectorize(SIGNATURES["hybridisation_t_kkprime"], cache=True)(_hybridisation_t_kkprime_scalar)
effective_t_kkprime = numba.vectorize(SIGNATURES["effective_t_kkprime"], cache=True)(_effective_t_kkprime_scalar)
effective_coupling_v0 = numba.vectorize(SIGNATURES["effective_coupling_v0"], cache=True)(_effective_coupling_v0_scalar)
effective_t_eff_kkprime = numba.vectorize(SIGNATURES["effective_t_eff_kkprime"], cache=True)(_effective_t_eff_kkprime_scalar)
