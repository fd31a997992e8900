# --------------------------------------------------------------------------------------------------------------------
# GENERATED FILE - DO NOT EDIT. mpmath twin code written by slowion.codegen; regenerate with `slowion generate`.
# Source: slowion.derive.wind.codegen_expressions(); keys, specs and numeric branches: codegen/targets.py.
# Used by evaluate/wind.py (the friction Q of Das Eq. 12 corrected).
# SymPy 1.14.0. sha256 of sympy.srepr of each expression (with its argument order and branches):
#   wind_integrand (Das-12, X-1): 9dfc7aa1fbfbdb9bf421c47fe74be724fa8f3a3130776687fe92efdc86f7ee16
# --------------------------------------------------------------------------------------------------------------------


"""mpmath twins of slowion.generated.wind: the same SymPy expressions, unrewritten, for checks at high precision.

Call inside ``mpmath.workdps(n)`` with n >= 30; at a removable singularity the closed form is 0/0 and
:func:`slowion.codegen.accuracy.mp_value` takes the limit.
"""


import mpmath


__all__ = ["wind_integrand"]


def wind_integrand(q, kF):
    """Integrand of Q = int_0^{2 k_F} dq (this) for Z = 1: 4/(3 pi q eps(q,0)^2) (Das Eq. 12 corrected: sign, support q
    < 2 k_F).

    Keys: Das-12, X-1. Derived by slowion.derive.wind.wind_integrand().

    Arguments q, kF: mpmath numbers (or anything mpmath.mpf accepts); returns an mpf.
    Expression sha256: 9dfc7aa1fbfbdb9bf421c47fe74be724fa8f3a3130776687fe92efdc86f7ee16
    Branch closed: 35 operations after cse.
    """
    return (mpmath.mpf(4)/mpmath.mpf(3))/(mpmath.pi*q*(2*kF**2*mpmath.log((2*kF + q)/abs(2*kF - q))/(mpmath.pi*q**3) + 2*kF/(mpmath.pi*q**2) + 1 - mpmath.mpf(1)/mpmath.mpf(2)*mpmath.log((2*kF + q)/abs(2*kF - q))/(mpmath.pi*q))**2)
