# --------------------------------------------------------------------------------------------------------------------
# GENERATED FILE - DO NOT EDIT. numpy code written by slowion.codegen; regenerate with `slowion generate`.
# Source: slowion.derive.dielectric.codegen_expressions(); keys, specs and numeric branches: codegen/targets.py.
# Audit-only: the evaluator needs only the wind integrand (generated/wind.py), which contains eps(q, 0); these kernels
# are the derived Das Eqs. 2-8 checked against their twins (accuracy table of the report).
# SymPy 1.14.0. sha256 of sympy.srepr of each expression (with its argument order and branches):
#   lindhard_x1 (Das-5): d0a7572464153decf1a7c750d82f46de654ec206e57131727090a261f09d6425
#   lindhard_eps_static (Das-2, Das-5): e7206bfb476302e99dbd0801d9db3e7692c3d49a17de17aeeadc331c47c5ab75
#   lindhard_x2_small_u (Das-7): 8a40996d99f14db04fc7256972a4ab17e1d8bd39aef0d90a1b5a00c34607477d
#   potential_v1_factor (Das-8, Das-B.4): ca9443610608666bbb1888b8045878dcd9f69a8f87d3e59d5470cb43fbc966ca
# --------------------------------------------------------------------------------------------------------------------


"""Generated numpy functions for Das-2, Das-5, Das-7, Das-8, Das-B.4 (vectorised, float64, no SymPy).

Audit-only: the evaluator needs only the wind integrand (generated/wind.py), which contains eps(q, 0); these kernels
are the derived Das Eqs. 2-8 checked against their twins (accuracy table of the report).
"""


import numpy

from slowion.generated._helpers import asarrays, blocked, blocked_into, shaped, xlnratio, xlnratio_pos


__all__ = ["lindhard_x1", "lindhard_eps_static", "lindhard_x2_small_u", "potential_v1_factor"]


#: typical argument box (bench: uniform in it; accuracy tests: plus edge regions): name -> arg -> (lo, hi)
DOMAINS = {
    "lindhard_x1": {"q": (0.001, 8.0), "lam": (-0.25, 0.25), "kF": (0.3, 2.0)},
    "lindhard_eps_static": {"q": (0.001, 8.0), "kF": (0.3, 2.0)},
    "lindhard_x2_small_u": {"q": (0.001, 6.0), "qz": (-2.0, 2.0), "u": (0.0001, 0.3), "kF": (0.3, 2.0)},
    "potential_v1_factor": {"q": (0.001, 8.0), "kF": (0.3, 2.0)},
}


def _lindhard_x1_closed(q, lam, kF):
    # closed: 15 operations
    _t0 = numpy.pi**(-1.0)
    _t1 = 2*kF
    _t2 = 2*lam
    _t3 = (1/4)*_t0/q
    return -_t0*_t1 - _t3*xlnratio(_t1, -_t2 + q) - _t3*xlnratio(_t1, _t2 + q)


def _lindhard_x1_small_q(q, lam, kF):
    # small_q: 143 operations
    _t0 = numpy.pi**(-1.0)
    _t1 = kF + lam
    _t2 = kF - lam
    _t3 = (q*q)
    _t4 = _t0*(kF*kF*kF)
    _t5 = (kF*kF)
    _t6 = (lam*lam)
    _t7 = (kF*kF*kF*kF)
    _t8 = (lam*lam*lam*lam)
    _t9 = kF**6
    _t10 = lam**6
    _t11 = kF**8
    _t12 = lam**8
    _t13 = kF**10
    _t14 = lam**10
    return -2*_t0*(2*kF - lam*numpy.log(_t1) + lam*numpy.log(_t2)) + _t3*(_t3*(_t3*(_t3*(_t3*(_t3*((1/439296)*_t4*(2574*_t10*_t7 + 195*_t11*_t6 + 1287*_t12*_t5 + 3*_t13 + 143*_t14 + 1430*_t8*_t9)/(_t1**12*_t2**12) + (1/5591040)*_t3*_t4*(20020*_t10*_t9 + 6825*_t11*_t8 + 19305*_t12*_t7 + 630*_t13*_t6 + 6006*_t14*_t5 + 7*kF**12 + 455*lam**12)/(_t1**14*_t2**14)) + (1/126720)*_t4*(924*_t10*_t5 + 5*_t11 + 165*_t12 + 220*_t6*_t9 + 990*_t7*_t8)/(_t1**10*_t2**10)) + (1/4032)*_t4*(21*_t10 + 63*_t5*_t8 + 27*_t6*_t7 + _t9)/(_t1**8*_t2**8)) + (1/1680)*_t4*(42*_t5*_t6 + 3*_t7 + 35*_t8)/(_t1**6*_t2**6)) + (1/60)*_t4*(_t5 + 5*_t6)/((_t1*_t1*_t1*_t1)*(_t2*_t2*_t2*_t2))) + (1/3)*_t4/((_t1*_t1)*(_t2*_t2)))


def _lindhard_x1_large_q(q, lam, kF):
    # large_q: 169 operations
    _t0 = (1/(q*q))
    _t1 = 0.3183098861837907*(kF*kF*kF)
    _t2 = (kF*kF)
    _t3 = (lam*lam)
    _t4 = (kF*kF*kF*kF)
    _t5 = (lam*lam*lam*lam)
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
    return _t0*(_t0*(_t0*(_t0*(_t0*(_t0*(_t0*(_t0*(-1048576/2907*_t0*_t1*(162792*_t10*_t7 + 369512*_t11*_t6 + 27132*_t12*_t5 + 151164*_t13*_t4 + 1368*_t14*_t3 + 23256*_t15*_t2 + 377910*_t8*_t9 + 9*kF**16 + 969*lam**16) - 262144/255*_t1*(1785*_t10*_t5 + 7293*_t11*_t4 + 119*_t12*_t3 + 1547*_t13*_t2 + _t14 + 85*_t15 + 12155*_t6*_t9 + 7735*_t7*_t8)) - 65536/1365*_t1*(630*_t10*_t3 + 6006*_t11*_t2 + 7*_t12 + 455*_t13 + 19305*_t4*_t9 + 6825*_t5*_t8 + 20020*_t6*_t7)) - 16384/429*_t1*(3*_t10 + 143*_t11 + 1287*_t2*_t9 + 195*_t3*_t8 + 2574*_t4*_t7 + 1430*_t5*_t6)) - 4096/495*_t1*(924*_t2*_t7 + 220*_t3*_t6 + 990*_t4*_t5 + 5*_t8 + 165*_t9)) - 1024/63*_t1*(63*_t2*_t5 + 27*_t3*_t4 + _t6 + 21*_t7)) - 256/105*_t1*(42*_t2*_t3 + 3*_t4 + 35*_t5)) - 64/15*_t1*(_t2 + 5*_t3)) - 16/3*_t1)


def _lindhard_x1_small_q_where(q, lam, kF):
    return (numpy.less(q, (1/50)*kF)) & (numpy.less(q, (1/5)*kF - 1/5*abs(lam)))


def _lindhard_x1_large_q_where(q, lam, kF):
    return numpy.greater(q, 16*kF + 16*abs(lam))


def lindhard_x1(q, lam, kF):
    """Real part X_1(q, lambda) of X = 4 pi chi_0 for the drifting gas, lambda = u q_z/q (Das Eq. 5, sign corrected:
    X_1(q, 0) = -k_TF^2 F(q/2k_F) < 0).

    Keys: Das-5. Derived by slowion.derive.dielectric.lindhard_x1().

    Arguments q, lam, kF: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: d0a7572464153decf1a7c750d82f46de654ec206e57131727090a261f09d6425
    Branch closed: 15 operations after cse. Closed form. Log pairs as xlnratio (one log1p of a ratio, limit 0 at |a|
    = |b|).
    Branch small_q where (q < k_F/50) & (q < k_F/5 - Abs(lambda)/5): 143 operations after cse. Taylor/Laurent series
    about q = 0 (removable 0/0, cancellation ~ eps/q in the closed form). Orders 0..14.
    Branch large_q where q > 16*k_F + 16*Abs(lambda): 169 operations after cse. series in 1/q (the closed form
    cancels to O(1/q^2) with error ~ eps q^2). Orders 2..18.
    """

    q, lam, kF = numpy.broadcast_arrays(*asarrays(q, lam, kF))
    out = numpy.empty(q.shape)
    todo = numpy.ones(q.shape, dtype=bool)
    take = todo & blocked(_lindhard_x1_small_q_where, q, lam, kF, dtype=bool)
    if take.any():
        out[take] = blocked(_lindhard_x1_small_q, *(a[take] for a in (q, lam, kF,)))
        todo &= ~take
    take = todo & blocked(_lindhard_x1_large_q_where, q, lam, kF, dtype=bool)
    if take.any():
        out[take] = blocked(_lindhard_x1_large_q, *(a[take] for a in (q, lam, kF,)))
        todo &= ~take
    if todo.all():  # no point in a series branch: no indexing
        return blocked(_lindhard_x1_closed, q, lam, kF)
    if 8 * numpy.count_nonzero(todo) > 7 * todo.size:  # few branch points: no compression
        with numpy.errstate(all="ignore"):  # only the discarded branch points can warn (0/0, 0 * inf)
            blocked_into(out, todo, _lindhard_x1_closed, q, lam, kF)
        return out[()]
    out[todo] = blocked(_lindhard_x1_closed, *(a[todo] for a in (q, lam, kF,)))
    return out[()]


def _lindhard_eps_static_closed(q, kF):
    # closed: 12 operations
    _t0 = numpy.pi**(-1.0)
    _t1 = 2*kF
    return _t0*_t1/(q*q) + (1/2)*_t0*xlnratio_pos(_t1, q)/(q*q*q) + 1


def lindhard_eps_static(q, kF):
    """Static Lindhard eps(q, 0) = 1 - X_1(q, 0)/q^2 = 1 + (4 k_F/pi q^2) F(q/2k_F) (Das Eqs. 2, 5 at u = 0).

    Keys: Das-2, Das-5. Derived by slowion.derive.dielectric.lindhard_eps_static().

    Arguments q, kF: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: e7206bfb476302e99dbd0801d9db3e7692c3d49a17de17aeeadc331c47c5ab75
    Branch closed: 12 operations after cse. Closed form. Log pairs as xlnratio (one log1p of a ratio, limit 0 at |a|
    = |b|).
    """

    q, kF = asarrays(q, kF)
    return blocked(_lindhard_eps_static_closed, q, kF)


def _lindhard_x2_small_u_closed(q, qz, u, kF):
    # closed: 6 operations
    return numpy.where(numpy.less(q, 2*kF), -2*qz*u/q, 0)


def lindhard_x2_small_u(q, qz, u, kF):
    """Imaginary part X_2 to first order in u, retarded: -2 u q_z/q for q < 2 k_F, 0 above (Das Eq. 7 with its
    support).

    Keys: Das-7. Derived by slowion.derive.dielectric.lindhard_x2_small_u().

    Arguments q, qz, u, kF: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 8a40996d99f14db04fc7256972a4ab17e1d8bd39aef0d90a1b5a00c34607477d
    Branch closed: 6 operations after cse. Closed form.
    """

    q, qz, u, kF = asarrays(q, qz, u, kF)
    return shaped(_lindhard_x2_small_u_closed(q, qz, u, kF), q, qz, u, kF)


def _potential_v1_factor_closed(q, kF):
    # closed: 17 operations
    _t0 = numpy.pi**(-1.0)
    _t1 = 2*kF
    return 25.132741228718345*(1/(q**5*(_t0*_t1/(q*q) + (1/2)*_t0*xlnratio_pos(_t1, q)/(q*q*q) + 1)**2))


def potential_v1_factor(q, kF):
    """V^(1)(q, u) = i Z u q_z x this, for q < 2 k_F (0 above): 8 pi/(q^5 eps(q,0)^2) (Das Eq. 8 / B.4 as derived).

    Keys: Das-8, Das-B.4. Derived by slowion.derive.dielectric.potential_v1_factor().

    Arguments q, kF: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: ca9443610608666bbb1888b8045878dcd9f69a8f87d3e59d5470cb43fbc966ca
    Branch closed: 17 operations after cse. Closed form. Log pairs as xlnratio (one log1p of a ratio, limit 0 at |a|
    = |b|).
    """

    q, kF = asarrays(q, kF)
    return blocked(_potential_v1_factor_closed, q, kF)
