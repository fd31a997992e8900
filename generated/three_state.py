# --------------------------------------------------------------------------------------------------------------------
# GENERATED FILE - DO NOT EDIT. numpy code written by slowion.codegen; regenerate with `slowion generate`.
# Source: slowion.derive.three_state.codegen_expressions(); keys, specs and numeric branches: codegen/targets.py.
# Used by evaluate/coupling.py (effective_coupling_v0, V_0 of DF Eq. 42); the other kernels (the Löwdin hoppings of DF
# Eqs. 31-41) are audit-only, checked against their twins.
# SymPy 1.14.0. sha256 of sympy.srepr of each expression (with its argument order and branches):
#   lowdin_t_khe (DF-31): f11389f6391708cec9650955097fdf2a1711db1c14d32b451707ed0a8e954165
#   lowdin_t_kkprime (DF-32): 1fe26d06df8da380e468abda9a665026becdc7acbbea6808e425a2ab753e1ae4
#   lowdin_t_kkprime_mean_level (DF-34): c1a27259570ba383a6872639ee8cd5c04930221d762fa3144278f0d81e2b5839
#   hybridisation_t_kkprime (DF-35): 840b6701410b36ff2cc935c08d673691aaa6236d417bd88836c0c60b72dbf291
#   effective_t_kkprime (DF-36): 434ebbdfbf4863d065430e4fd4d2d66193cd1813548ab34767ed6a7fc1888a0f
#   effective_coupling_v0 (DF-42): bc91a76f1197ed1472a9274366018947a544f53c7e2499caf227f233ca5b5103
#   effective_t_eff_kkprime (DF-41): cbf8df159a2493fb4549606246ad04eff3fed33bc303092a25b87810301bad64
# --------------------------------------------------------------------------------------------------------------------


"""Generated numpy functions for DF-31, DF-32, DF-34, DF-35, DF-36, DF-41, DF-42 (vectorised, float64, no SymPy).

Used by evaluate/coupling.py (effective_coupling_v0, V_0 of DF Eq. 42); the other kernels (the Löwdin hoppings of DF
Eqs. 31-41) are audit-only, checked against their twins.
"""


import numpy

from slowion.generated._helpers import asarrays, blocked, shaped


__all__ = ["lowdin_t_khe", "lowdin_t_kkprime", "lowdin_t_kkprime_mean_level", "hybridisation_t_kkprime", "effective_t_kkprime", "effective_coupling_v0", "effective_t_eff_kkprime"]


#: typical argument box (bench: uniform in it; accuracy tests: plus edge regions): name -> arg -> (lo, hi)
DOMAINS = {
    "lowdin_t_khe": {"S_kHe": (-2.0, 2.0), "E_k": (-2.0, 2.0), "E_He": (-2.0, 2.0)},
    "lowdin_t_kkprime": {"V_kkp": (-2.0, 2.0), "S_kHe": (-2.0, 2.0), "S_kpHe": (-2.0, 2.0), "E_k": (-2.0, 2.0), "E_kp": (-2.0, 2.0), "E_He": (-2.0, 2.0)},
    "lowdin_t_kkprime_mean_level": {"V_kkp": (-2.0, 2.0), "S_kHe": (-2.0, 2.0), "S_kpHe": (-2.0, 2.0), "E_M": (-2.0, 2.0), "E_He": (-2.0, 2.0)},
    "hybridisation_t_kkprime": {"S_kHe": (-2.0, 2.0), "S_kpHe": (-2.0, 2.0), "E_k": (-2.0, 2.0), "E_kp": (-2.0, 2.0), "E_He": (-2.0, 2.0)},
    "effective_t_kkprime": {"V_kkp": (-2.0, 2.0), "S_kHe": (-2.0, 2.0), "S_kpHe": (-2.0, 2.0), "E_k": (-2.0, 2.0), "E_kp": (-2.0, 2.0), "E_He": (-2.0, 2.0)},
    "effective_coupling_v0": {"E_M": (-2.0, 2.0), "E_He": (-2.0, 2.0), "beta": (0.05, 2.0), "J0": (-2.0, 2.0)},
    "effective_t_eff_kkprime": {"S_kHe": (-2.0, 2.0), "S_kpHe": (-2.0, 2.0), "E_M": (-2.0, 2.0), "E_He": (-2.0, 2.0), "beta": (0.05, 2.0), "J0": (-2.0, 2.0)},
}


def _lowdin_t_khe_closed(S_kHe, E_k, E_He):
    # closed: 3 operations
    return (1/2)*S_kHe*(E_He - E_k)


def lowdin_t_khe(S_kHe, E_k, E_He):
    """Löwdin hopping (H_eff)_kHe = -S_kHe (E_k - E_He)/2 to second order in the overlap (DF Eq. 31).

    Keys: DF-31. Derived by slowion.derive.three_state.lowdin_t_khe().

    Arguments S_kHe, E_k, E_He: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: f11389f6391708cec9650955097fdf2a1711db1c14d32b451707ed0a8e954165
    Branch closed: 3 operations after cse. Closed form.
    """

    S_kHe, E_k, E_He = asarrays(S_kHe, E_k, E_He)
    return shaped(_lowdin_t_khe_closed(S_kHe, E_k, E_He), S_kHe, E_k, E_He)


def _lowdin_t_kkprime_closed(V_kkp, S_kHe, S_kpHe, E_k, E_kp, E_He):
    # closed: 11 operations
    _t0 = S_kHe*S_kpHe
    _t1 = (3/8)*_t0
    return -3/4*E_He*_t0 + E_k*_t1 + E_kp*_t1 + V_kkp


def lowdin_t_kkprime(V_kkp, S_kHe, S_kpHe, E_k, E_kp, E_He):
    """Löwdin hopping (H_eff)_kk' to second order, T of Eq. 31 inserted (DF Eq. 32).

    Keys: DF-32. Derived by slowion.derive.three_state.lowdin_t_kkprime().

    Arguments V_kkp, S_kHe, S_kpHe, E_k, E_kp, E_He: float64 array_like, broadcast together; returns float64 (array
    or scalar).
    Expression sha256: 1fe26d06df8da380e468abda9a665026becdc7acbbea6808e425a2ab753e1ae4
    Branch closed: 11 operations after cse. Closed form.
    """

    V_kkp, S_kHe, S_kpHe, E_k, E_kp, E_He = asarrays(V_kkp, S_kHe, S_kpHe, E_k, E_kp, E_He)
    return blocked(_lowdin_t_kkprime_closed, V_kkp, S_kHe, S_kpHe, E_k, E_kp, E_He)


def _lowdin_t_kkprime_mean_level_closed(V_kkp, S_kHe, S_kpHe, E_M, E_He):
    # closed: 7 operations
    _t0 = (3/4)*S_kHe*S_kpHe
    return -E_He*_t0 + E_M*_t0 + V_kkp


def lowdin_t_kkprime_mean_level(V_kkp, S_kHe, S_kpHe, E_M, E_He):
    """(H_eff)_kk' with E_k, E_k' -> E_M: V + 3/4 (E_M - E_He) S_kHe S_Hek' (DF Eq. 34).

    Keys: DF-34. Derived by slowion.derive.three_state.lowdin_t_kkprime_mean_level().

    Arguments V_kkp, S_kHe, S_kpHe, E_M, E_He: float64 array_like, broadcast together; returns float64 (array or
    scalar).
    Expression sha256: c1a27259570ba383a6872639ee8cd5c04930221d762fa3144278f0d81e2b5839
    Branch closed: 7 operations after cse. Closed form.
    """

    V_kkp, S_kHe, S_kpHe, E_M, E_He = asarrays(V_kkp, S_kHe, S_kpHe, E_M, E_He)
    return shaped(_lowdin_t_kkprime_mean_level_closed(V_kkp, S_kHe, S_kpHe, E_M, E_He), V_kkp, S_kHe, S_kpHe, E_M, E_He)


def _hybridisation_t_kkprime_closed(S_kHe, S_kpHe, E_k, E_kp, E_He):
    # closed: 7 operations
    return -1/8*S_kHe*S_kpHe*(2*E_He - E_k - E_kp)


def hybridisation_t_kkprime(S_kHe, S_kpHe, E_k, E_kp, E_He):
    """Second-order k-k' coupling through the He level from the hopping of Eq. 31 (DF Eq. 35).

    Keys: DF-35. Derived by slowion.derive.three_state.hybridisation_t_kkprime().

    Arguments S_kHe, S_kpHe, E_k, E_kp, E_He: float64 array_like, broadcast together; returns float64 (array or
    scalar).
    Expression sha256: 840b6701410b36ff2cc935c08d673691aaa6236d417bd88836c0c60b72dbf291
    Branch closed: 7 operations after cse. Closed form.
    """

    S_kHe, S_kpHe, E_k, E_kp, E_He = asarrays(S_kHe, S_kpHe, E_k, E_kp, E_He)
    return shaped(_hybridisation_t_kkprime_closed(S_kHe, S_kpHe, E_k, E_kp, E_He), S_kHe, S_kpHe, E_k, E_kp, E_He)


def _effective_t_kkprime_closed(V_kkp, S_kHe, S_kpHe, E_k, E_kp, E_He):
    # closed: 7 operations
    return -1/2*S_kHe*S_kpHe*(2*E_He - E_k - E_kp) + V_kkp


def effective_t_kkprime(V_kkp, S_kHe, S_kpHe, E_k, E_kp, E_He):
    """Total one-electron k-k' hopping V + ((E_k + E_k')/2 - E_He) S_kHe S_Hek' (DF Eq. 36).

    Keys: DF-36. Derived by slowion.derive.three_state.effective_t_kkprime().

    Arguments V_kkp, S_kHe, S_kpHe, E_k, E_kp, E_He: float64 array_like, broadcast together; returns float64 (array
    or scalar).
    Expression sha256: 434ebbdfbf4863d065430e4fd4d2d66193cd1813548ab34767ed6a7fc1888a0f
    Branch closed: 7 operations after cse. Closed form.
    """

    V_kkp, S_kHe, S_kpHe, E_k, E_kp, E_He = asarrays(V_kkp, S_kHe, S_kpHe, E_k, E_kp, E_He)
    return shaped(_effective_t_kkprime_closed(V_kkp, S_kHe, S_kpHe, E_k, E_kp, E_He), V_kkp, S_kHe, S_kpHe, E_k, E_kp, E_He)


def _effective_coupling_v0_closed(E_M, E_He, beta, J0):
    # closed: 5 operations
    return -E_He + E_M + J0 - 3/8*beta


def effective_coupling_v0(E_M, E_He, beta, J0):
    """Coupling constant V_0 = E_M - E_He - 3 beta/8 + <J^0> (DF Eq. 42).

    Keys: DF-42. Derived by slowion.derive.three_state.effective_coupling_v0().

    Arguments E_M, E_He, beta, J0: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: bc91a76f1197ed1472a9274366018947a544f53c7e2499caf227f233ca5b5103
    Branch closed: 5 operations after cse. Closed form.
    """

    E_M, E_He, beta, J0 = asarrays(E_M, E_He, beta, J0)
    return shaped(_effective_coupling_v0_closed(E_M, E_He, beta, J0), E_M, E_He, beta, J0)


def _effective_t_eff_kkprime_closed(S_kHe, S_kpHe, E_M, E_He, beta, J0):
    # closed: 7 operations
    return S_kHe*S_kpHe*(-E_He + E_M + J0 - 3/8*beta)


def effective_t_eff_kkprime(S_kHe, S_kpHe, E_M, E_He, beta, J0):
    """Effective He-induced hopping (T_eff)_kk' = V_0 S_kHe S_Hek' (DF Eqs. 40-41).

    Keys: DF-41. Derived by slowion.derive.three_state.effective_t_eff_kkprime().

    Arguments S_kHe, S_kpHe, E_M, E_He, beta, J0: float64 array_like, broadcast together; returns float64 (array or
    scalar).
    Expression sha256: cbf8df159a2493fb4549606246ad04eff3fed33bc303092a25b87810301bad64
    Branch closed: 7 operations after cse. Closed form. Common factors taken out of sums.
    """

    S_kHe, S_kpHe, E_M, E_He, beta, J0 = asarrays(S_kHe, S_kpHe, E_M, E_He, beta, J0)
    return shaped(_effective_t_eff_kkprime_closed(S_kHe, S_kpHe, E_M, E_He, beta, J0), S_kHe, S_kpHe, E_M, E_He, beta, J0)
