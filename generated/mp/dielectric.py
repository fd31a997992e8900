# --------------------------------------------------------------------------------------------------------------------
# GENERATED FILE - DO NOT EDIT. mpmath twin code written by slowion.codegen; regenerate with `slowion generate`.
# Source: slowion.derive.dielectric.codegen_expressions(); keys, specs and numeric branches: codegen/targets.py.
# Audit-only: the evaluator needs only the wind integrand (generated/wind.py), which contains eps(q, 0); these kernels
# are the derived Das Eqs. 2-8 checked against their twins (accuracy table of the report).
# SymPy 1.14.0. sha256 of sympy.srepr of each expression (with its argument order and branches):
#   lindhard_x1 (Das-5): d0a7572464153decf1a7c750d82f46de654ec206e57131727090a261f09d6425
#   lindhard_eps_static (Das-2, Das-5): e7206bfb476302e99dbd0801d9db3e7692c3d49a17de17aeeadc331c47c5ab75
#   lindhard_x2_small_u (Das-7): 8a40996d99f14db04fc7256972a4ab17e1d8bd39aef0d90a1b5a00c34607477d
#   potential_v1_factor (Das-8, Das-B.4): ca9443610608666bbb1888b8045878dcd9f69a8f87d3e59d5470cb43fbc966ca
# --------------------------------------------------------------------------------------------------------------------


"""mpmath twins of slowion.generated.dielectric: the same SymPy expressions, unrewritten, for checks at high precision.

Call inside ``mpmath.workdps(n)`` with n >= 30; at a removable singularity the closed form is 0/0 and
:func:`slowion.codegen.accuracy.mp_value` takes the limit.
"""


import mpmath


__all__ = ["lindhard_x1", "lindhard_eps_static", "lindhard_x2_small_u", "potential_v1_factor"]


def lindhard_x1(q, lam, kF):
    """Real part X_1(q, lambda) of X = 4 pi chi_0 for the drifting gas, lambda = u q_z/q (Das Eq. 5, sign corrected:
    X_1(q, 0) = -k_TF^2 F(q/2k_F) < 0).

    Keys: Das-5. Derived by slowion.derive.dielectric.lindhard_x1().

    Arguments q, lam, kF: mpmath numbers (or anything mpmath.mpf accepts); returns an mpf.
    Expression sha256: d0a7572464153decf1a7c750d82f46de654ec206e57131727090a261f09d6425
    Branch closed: 52 operations after cse.
    """
    return -2*kF/mpmath.pi + (mpmath.mpf(1)/mpmath.mpf(4))*(-2*kF - 2*lam + q)*(2*kF - 2*lam + q)*mpmath.log(abs((2*kF - 2*lam + q)/(2*kF + 2*lam - q)))/(mpmath.pi*q) + (mpmath.mpf(1)/mpmath.mpf(4))*(-2*kF + 2*lam + q)*(2*kF + 2*lam + q)*mpmath.log(abs((2*kF + 2*lam + q)/(-2*kF + 2*lam + q)))/(mpmath.pi*q)


def lindhard_eps_static(q, kF):
    """Static Lindhard eps(q, 0) = 1 - X_1(q, 0)/q^2 = 1 + (4 k_F/pi q^2) F(q/2k_F) (Das Eqs. 2, 5 at u = 0).

    Keys: Das-2, Das-5. Derived by slowion.derive.dielectric.lindhard_eps_static().

    Arguments q, kF: mpmath numbers (or anything mpmath.mpf accepts); returns an mpf.
    Expression sha256: e7206bfb476302e99dbd0801d9db3e7692c3d49a17de17aeeadc331c47c5ab75
    Branch closed: 30 operations after cse.
    """
    return 2*kF**2*mpmath.log((2*kF + q)/abs(2*kF - q))/(mpmath.pi*q**3) + 2*kF/(mpmath.pi*q**2) + 1 - mpmath.mpf(1)/mpmath.mpf(2)*mpmath.log((2*kF + q)/abs(2*kF - q))/(mpmath.pi*q)


def lindhard_x2_small_u(q, qz, u, kF):
    """Imaginary part X_2 to first order in u, retarded: -2 u q_z/q for q < 2 k_F, 0 above (Das Eq. 7 with its
    support).

    Keys: Das-7. Derived by slowion.derive.dielectric.lindhard_x2_small_u().

    Arguments q, qz, u, kF: mpmath numbers (or anything mpmath.mpf accepts); returns an mpf.
    Expression sha256: 8a40996d99f14db04fc7256972a4ab17e1d8bd39aef0d90a1b5a00c34607477d
    Branch closed: 6 operations after cse.
    """
    return ((-2*qz*u/q) if (q < 2*kF) else (0))


def potential_v1_factor(q, kF):
    """V^(1)(q, u) = i Z u q_z x this, for q < 2 k_F (0 above): 8 pi/(q^5 eps(q,0)^2) (Das Eq. 8 / B.4 as derived).

    Keys: Das-8, Das-B.4. Derived by slowion.derive.dielectric.potential_v1_factor().

    Arguments q, kF: mpmath numbers (or anything mpmath.mpf accepts); returns an mpf.
    Expression sha256: ca9443610608666bbb1888b8045878dcd9f69a8f87d3e59d5470cb43fbc966ca
    Branch closed: 35 operations after cse.
    """
    return 8*mpmath.pi/(q**5*(2*kF**2*mpmath.log((2*kF + q)/abs(2*kF - q))/(mpmath.pi*q**3) + 2*kF/(mpmath.pi*q**2) + 1 - mpmath.mpf(1)/mpmath.mpf(2)*mpmath.log((2*kF + q)/abs(2*kF - q))/(mpmath.pi*q))**2)
