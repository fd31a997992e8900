# --------------------------------------------------------------------------------------------------------------------
# GENERATED FILE - DO NOT EDIT. mpmath twin code written by slowion.codegen; regenerate with `slowion generate`.
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


"""mpmath twins of slowion.generated.three_state: the same SymPy expressions, unrewritten, for checks at high precision.

Call inside ``mpmath.workdps(n)`` with n >= 30; at a removable singularity the closed form is 0/0 and
:func:`slowion.codegen.accuracy.mp_value` takes the limit.
"""


import mpmath


__all__ = ["lowdin_t_khe", "lowdin_t_kkprime", "lowdin_t_kkprime_mean_level", "hybridisation_t_kkprime", "effective_t_kkprime", "effective_coupling_v0", "effective_t_eff_kkprime"]


def lowdin_t_khe(S_kHe, E_k, E_He):
    """Löwdin hopping (H_eff)_kHe = -S_kHe (E_k - E_He)/2 to second order in the overlap (DF Eq. 31).

    Keys: DF-31. Derived by slowion.derive.three_state.lowdin_t_khe().

    Arguments S_kHe, E_k, E_He: mpmath numbers (or anything mpmath.mpf accepts); returns an mpf.
    Expression sha256: f11389f6391708cec9650955097fdf2a1711db1c14d32b451707ed0a8e954165
    Branch closed: 3 operations after cse.
    """
    return (mpmath.mpf(1)/mpmath.mpf(2))*S_kHe*(E_He - E_k)


def lowdin_t_kkprime(V_kkp, S_kHe, S_kpHe, E_k, E_kp, E_He):
    """Löwdin hopping (H_eff)_kk' to second order, T of Eq. 31 inserted (DF Eq. 32).

    Keys: DF-32. Derived by slowion.derive.three_state.lowdin_t_kkprime().

    Arguments V_kkp, S_kHe, S_kpHe, E_k, E_kp, E_He: mpmath numbers (or anything mpmath.mpf accepts); returns an
    mpf.
    Expression sha256: 1fe26d06df8da380e468abda9a665026becdc7acbbea6808e425a2ab753e1ae4
    Branch closed: 15 operations after cse.
    """
    return -mpmath.mpf(3)/mpmath.mpf(4)*E_He*S_kHe*S_kpHe + (mpmath.mpf(3)/mpmath.mpf(8))*E_k*S_kHe*S_kpHe + (mpmath.mpf(3)/mpmath.mpf(8))*E_kp*S_kHe*S_kpHe + V_kkp


def lowdin_t_kkprime_mean_level(V_kkp, S_kHe, S_kpHe, E_M, E_He):
    """(H_eff)_kk' with E_k, E_k' -> E_M: V + 3/4 (E_M - E_He) S_kHe S_Hek' (DF Eq. 34).

    Keys: DF-34. Derived by slowion.derive.three_state.lowdin_t_kkprime_mean_level().

    Arguments V_kkp, S_kHe, S_kpHe, E_M, E_He: mpmath numbers (or anything mpmath.mpf accepts); returns an mpf.
    Expression sha256: c1a27259570ba383a6872639ee8cd5c04930221d762fa3144278f0d81e2b5839
    Branch closed: 10 operations after cse.
    """
    return -mpmath.mpf(3)/mpmath.mpf(4)*E_He*S_kHe*S_kpHe + (mpmath.mpf(3)/mpmath.mpf(4))*E_M*S_kHe*S_kpHe + V_kkp


def hybridisation_t_kkprime(S_kHe, S_kpHe, E_k, E_kp, E_He):
    """Second-order k-k' coupling through the He level from the hopping of Eq. 31 (DF Eq. 35).

    Keys: DF-35. Derived by slowion.derive.three_state.hybridisation_t_kkprime().

    Arguments S_kHe, S_kpHe, E_k, E_kp, E_He: mpmath numbers (or anything mpmath.mpf accepts); returns an mpf.
    Expression sha256: 840b6701410b36ff2cc935c08d673691aaa6236d417bd88836c0c60b72dbf291
    Branch closed: 7 operations after cse.
    """
    return -mpmath.mpf(1)/mpmath.mpf(8)*S_kHe*S_kpHe*(2*E_He - E_k - E_kp)


def effective_t_kkprime(V_kkp, S_kHe, S_kpHe, E_k, E_kp, E_He):
    """Total one-electron k-k' hopping V + ((E_k + E_k')/2 - E_He) S_kHe S_Hek' (DF Eq. 36).

    Keys: DF-36. Derived by slowion.derive.three_state.effective_t_kkprime().

    Arguments V_kkp, S_kHe, S_kpHe, E_k, E_kp, E_He: mpmath numbers (or anything mpmath.mpf accepts); returns an
    mpf.
    Expression sha256: 434ebbdfbf4863d065430e4fd4d2d66193cd1813548ab34767ed6a7fc1888a0f
    Branch closed: 7 operations after cse.
    """
    return -mpmath.mpf(1)/mpmath.mpf(2)*S_kHe*S_kpHe*(2*E_He - E_k - E_kp) + V_kkp


def effective_coupling_v0(E_M, E_He, beta, J0):
    """Coupling constant V_0 = E_M - E_He - 3 beta/8 + <J^0> (DF Eq. 42).

    Keys: DF-42. Derived by slowion.derive.three_state.effective_coupling_v0().

    Arguments E_M, E_He, beta, J0: mpmath numbers (or anything mpmath.mpf accepts); returns an mpf.
    Expression sha256: bc91a76f1197ed1472a9274366018947a544f53c7e2499caf227f233ca5b5103
    Branch closed: 5 operations after cse.
    """
    return -E_He + E_M + J0 - mpmath.mpf(3)/mpmath.mpf(8)*beta


def effective_t_eff_kkprime(S_kHe, S_kpHe, E_M, E_He, beta, J0):
    """Effective He-induced hopping (T_eff)_kk' = V_0 S_kHe S_Hek' (DF Eqs. 40-41).

    Keys: DF-41. Derived by slowion.derive.three_state.effective_t_eff_kkprime().

    Arguments S_kHe, S_kpHe, E_M, E_He, beta, J0: mpmath numbers (or anything mpmath.mpf accepts); returns an mpf.
    Expression sha256: cbf8df159a2493fb4549606246ad04eff3fed33bc303092a25b87810301bad64
    Branch closed: 13 operations after cse.
    """
    return -E_He*S_kHe*S_kpHe + E_M*S_kHe*S_kpHe + J0*S_kHe*S_kpHe - mpmath.mpf(3)/mpmath.mpf(8)*S_kHe*S_kpHe*beta
