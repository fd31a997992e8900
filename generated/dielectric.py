# --------------------------------------------------------------------------------------------------------------------
# GENERATED FILE - DO NOT EDIT. numpy code written by slowion.codegen; regenerate with `slowion generate`.
# Source: slowion.derive.dielectric.codegen_expressions(); keys, specs and numeric branches: codegen/targets.py.
# Audit-only: the evaluator needs only the wind integrand (generated/wind.py), which contains eps(q, 0); these kernels
# are the derived Das Eqs. 2-8 checked against their twins (accuracy table of the report).
# SymPy 1.14.0. sha256 of sympy.srepr of each expression (with its argument order and branches):
#   lindhard_x1 (Das-5): f218a5d1ebd5abb0595972887978eb4fa7a51fc0e4b8f7e2a90e1b6222d27d08
#   lindhard_eps_static (Das-2, Das-5): 5d1c2d51475f45d1c67f602a51d8045cd24b8f2b530fa3eee2992436d5000f1b
#   lindhard_x2_small_u (Das-7): 8a40996d99f14db04fc7256972a4ab17e1d8bd39aef0d90a1b5a00c34607477d
#   potential_v1_factor (Das-8, Das-B.4): dda388b1d863d4456fbd61c667fcde41b23d0ceddb6586fa1fb9b609bce21aef
# --------------------------------------------------------------------------------------------------------------------


"""Generated numpy functions for Das-2, Das-5, Das-7, Das-8, Das-B.4 (vectorised, float64, no SymPy).

Audit-only: the evaluator needs only the wind integrand (generated/wind.py), which contains eps(q, 0); these kernels
are the derived Das Eqs. 2-8 checked against their twins (accuracy table of the report).
"""


import numpy

from slowion.generated._helpers import asarrays, shaped, xlogabs


__all__ = ["lindhard_x1", "lindhard_eps_static", "lindhard_x2_small_u", "potential_v1_factor"]


#: typical argument box (bench: uniform in it; accuracy tests: plus edge regions): name -> arg -> (lo, hi)
DOMAINS = {
    "lindhard_x1": {"q": (0.001, 8.0), "lam": (-0.25, 0.25), "kF": (0.3, 2.0)},
    "lindhard_eps_static": {"q": (0.001, 8.0), "kF": (0.3, 2.0)},
    "lindhard_x2_small_u": {"q": (0.001, 6.0), "qz": (-2.0, 2.0), "u": (0.0001, 0.3), "kF": (0.3, 2.0)},
    "potential_v1_factor": {"q": (0.001, 8.0), "kF": (0.3, 2.0)},
}


def _lindhard_x1_closed(q, lam, kF):
    # closed: 29 operations
    _t0 = numpy.pi**(-1.0)
    _t1 = 2*kF
    _t2 = 2*lam
    _t3 = _t1 + _t2 - q
    _t4 = _t1 - _t2 + q
    _t5 = (1/4)*_t0/q
    _t6 = _t2 + q
    _t7 = -_t1 + _t6
    _t8 = _t1 + _t6
    return -_t0*_t1 - _t3*_t5*xlogabs(_t4) + _t4*_t5*xlogabs(_t3) + _t5*_t7*xlogabs(_t8) - _t5*_t8*xlogabs(_t7)


def _lindhard_x1_small_q(q, lam, kF):
    # small_q: 143 operations
    _t0 = numpy.pi**(-1.0)
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
    return -2*_t0*(2*kF - lam*numpy.log(_t1) + lam*numpy.log(_t2)) + _t3*(_t3*(_t3*(_t3*(_t3*(_t3*((1/439296)*_t4*(2574*_t10*_t7 + 195*_t11*_t6 + 1287*_t12*_t5 + 3*_t13 + 143*_t14 + 1430*_t8*_t9)/(_t1**12*_t2**12) + (1/5591040)*_t3*_t4*(20020*_t10*_t9 + 6825*_t11*_t8 + 19305*_t12*_t7 + 630*_t13*_t6 + 6006*_t14*_t5 + 7*kF**12 + 455*lam**12)/(_t1**14*_t2**14)) + (1/126720)*_t4*(924*_t10*_t5 + 5*_t11 + 165*_t12 + 220*_t6*_t9 + 990*_t7*_t8)/(_t1**10*_t2**10)) + (1/4032)*_t4*(21*_t10 + 63*_t5*_t8 + 27*_t6*_t7 + _t9)/(_t1**8*_t2**8)) + (1/1680)*_t4*(42*_t5*_t6 + 3*_t7 + 35*_t8)/(_t1**6*_t2**6)) + (1/60)*_t4*(_t5 + 5*_t6)/(_t1**4*_t2**4)) + (1/3)*_t4/(_t1**2*_t2**2))


def _lindhard_x1_large_q(q, lam, kF):
    # large_q: 418 operations
    _t0 = q**(-2.0)
    _t1 = kF**3/numpy.pi
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
    _t16 = kF**16
    _t17 = lam**16
    _t18 = kF**18
    _t19 = lam**18
    _t20 = kF**20
    _t21 = lam**20
    _t22 = kF**22
    _t23 = lam**22
    _t24 = kF**24
    _t25 = lam**24
    _t26 = kF**26
    _t27 = lam**26
    return _t0*(_t0*(_t0*(_t0*(_t0*(_t0*(_t0*(_t0*(_t0*(_t0*(_t0*(_t0*(_t0*(_t0*(-4294967296/13485*_t0*_t1*(1237518450*_t10*_t19 + 443521650*_t11*_t18 + 2103781365*_t12*_t17 + 1270084725*_t13*_t16 + 2121460200*_t14*_t15 + 339822*_t2*_t27 + 86775975*_t20*_t9 + 423361575*_t21*_t8 + 8835372*_t22*_t7 + 80640300*_t23*_t6 + 409045*_t24*_t5 + 7888725*_t25*_t4 + 6510*_t26*_t3 + 15*kF**28 + 4495*lam**28) - 1073741824/5481*_t1*(203591745*_t10*_t17 + 90135045*_t11*_t16 + 271455660*_t12*_t15 + 207583740*_t13*_t14 + 21460725*_t18*_t9 + 86493225*_t19*_t8 + 118755*_t2*_t25 + 2612610*_t20*_t7 + 20030010*_t21*_t6 + 142506*_t22*_t5 + 2341170*_t23*_t4 + 2639*_t24*_t3 + 7*_t26 + 1827*_t27)) - 268435456/8775*_t1*(120349800*_t10*_t15 + 67490280*_t11*_t14 + 121687020*_t12*_t13 + 19980675*_t16*_t9 + 65189475*_t17*_t8 + 2960100*_t18*_t7 + 18747300*_t19*_t6 + 161460*_t2*_t23 + 193050*_t20*_t5 + 2664090*_t21*_t4 + 4212*_t22*_t3 + 13*_t24 + 2925*_t25)) - 67108864/1725*_t1*(7800450*_t10*_t13 + 5720330*_t11*_t12 + 2163150*_t14*_t9 + 5571750*_t15*_t8 + 398475*_t16*_t7 + 2042975*_t17*_t6 + 31625*_t18*_t5 + 360525*_t19*_t4 + 26565*_t2*_t21 + 825*_t20*_t3 + 3*_t22 + 575*_t23)) - 16777216/5313*_t1*(6864396*_t10*_t11 + 3432198*_t12*_t9 + 6760390*_t13*_t8 + 807576*_t14*_t7 + 3268760*_t15*_t6 + 79695*_t16*_t5 + 735471*_t17*_t4 + 2530*_t18*_t3 + 67298*_t19*_t2 + 11*_t20 + 1771*_t21)) - 4194304/1995*_t1*(610470*_t10*_t9 + 881790*_t11*_t8 + 189924*_t12*_t7 + 587860*_t13*_t6 + 23940*_t14*_t5 + 174420*_t15*_t4 + 945*_t16*_t3 + 20349*_t17*_t2 + 5*_t18 + 665*_t19)) - 1048576/2907*_t1*(162792*_t10*_t7 + 369512*_t11*_t6 + 27132*_t12*_t5 + 151164*_t13*_t4 + 1368*_t14*_t3 + 23256*_t15*_t2 + 9*_t16 + 969*_t17 + 377910*_t8*_t9)) - 262144/255*_t1*(1785*_t10*_t5 + 7293*_t11*_t4 + 119*_t12*_t3 + 1547*_t13*_t2 + _t14 + 85*_t15 + 12155*_t6*_t9 + 7735*_t7*_t8)) - 65536/1365*_t1*(630*_t10*_t3 + 6006*_t11*_t2 + 7*_t12 + 455*_t13 + 19305*_t4*_t9 + 6825*_t5*_t8 + 20020*_t6*_t7)) - 16384/429*_t1*(3*_t10 + 143*_t11 + 1287*_t2*_t9 + 195*_t3*_t8 + 2574*_t4*_t7 + 1430*_t5*_t6)) - 4096/495*_t1*(924*_t2*_t7 + 220*_t3*_t6 + 990*_t4*_t5 + 5*_t8 + 165*_t9)) - 1024/63*_t1*(63*_t2*_t5 + 27*_t3*_t4 + _t6 + 21*_t7)) - 256/105*_t1*(42*_t2*_t3 + 3*_t4 + 35*_t5)) - 64/15*_t1*(_t2 + 5*_t3)) - 16/3*_t1)


def lindhard_x1(q, lam, kF):
    """Real part X_1(q, lambda) of X = 4 pi chi_0 for the drifting gas, lambda = u q_z/q (Das Eq. 5, sign corrected:
    X_1(q, 0) = -k_TF^2 F(q/2k_F) < 0).

    Keys: Das-5. Derived by slowion.derive.dielectric.lindhard_x1().

    Arguments q, lam, kF: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: f218a5d1ebd5abb0595972887978eb4fa7a51fc0e4b8f7e2a90e1b6222d27d08
    Branch closed: 29 operations after cse. Closed form; x ln|x| terms as xlogabs (limit 0 at 0).
    Branch small_q where q < k_F/5 - Abs(lambda)/5: 143 operations after cse. Taylor/Laurent series about q = 0
    (removable 0/0, cancellation ~ eps/q in the closed form). Orders 0..14.
    Branch large_q where q > 8*k_F + 8*Abs(lambda): 418 operations after cse. series in 1/q (the closed form cancels
    to O(1/q^2) with error ~ eps q^2). Orders 2..30.
    """

    q, lam, kF = numpy.broadcast_arrays(*asarrays(q, lam, kF))
    out = numpy.empty(q.shape)
    todo = numpy.ones(q.shape, dtype=bool)
    take = todo & (numpy.less(q, (1/5)*kF - 1/5*abs(lam)))
    if take.any():
        out[take] = _lindhard_x1_small_q(*(a[take] for a in (q, lam, kF,)))
        todo &= ~take
    take = todo & (numpy.greater(q, 8*kF + 8*abs(lam)))
    if take.any():
        out[take] = _lindhard_x1_large_q(*(a[take] for a in (q, lam, kF,)))
        todo &= ~take
    if todo.all():  # no point in a series branch: no indexing
        return shaped(_lindhard_x1_closed(q, lam, kF), q, lam, kF)
    out[todo] = _lindhard_x1_closed(*(a[todo] for a in (q, lam, kF,)))
    return out[()]


def _lindhard_eps_static_closed(q, kF):
    # closed: 20 operations
    _t0 = numpy.pi**(-1.0)
    _t1 = q**2
    _t2 = 2*kF
    _t3 = _t2 - q
    _t4 = _t2 + q
    _t5 = (1/2)*_t0/q**3
    return _t0*(numpy.pi*_t1 + _t2)/_t1 + _t3*_t5*xlogabs(_t4) - _t4*_t5*xlogabs(_t3)


def _lindhard_eps_static_small_q(q, kF):
    # small_q: 49 operations
    _t0 = q**2
    _t1 = numpy.pi**(-1.0)
    return (_t0*(_t0*(_t0*(_t0*(_t0*(_t0*(_t0*(-1/4177920*_t0*_t1/kF**15 - 1/798720*_t1/kF**13) - 1/146432*_t1/kF**11) - 1/25344*_t1/kF**9) - 1/4032*_t1/kF**7) - 1/560*_t1/kF**5) - 1/60*_t1/kF**3) + (1/3)*_t1*(3*numpy.pi*kF - 1)/kF) + 4*_t1*kF)/_t0


def lindhard_eps_static(q, kF):
    """Static Lindhard eps(q, 0) = 1 - X_1(q, 0)/q^2 = 1 + (4 k_F/pi q^2) F(q/2k_F) (Das Eqs. 2, 5 at u = 0).

    Keys: Das-2, Das-5. Derived by slowion.derive.dielectric.lindhard_eps_static().

    Arguments q, kF: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 5d1c2d51475f45d1c67f602a51d8045cd24b8f2b530fa3eee2992436d5000f1b
    Branch closed: 20 operations after cse. Closed form; x ln|x| terms as xlogabs (limit 0 at 0).
    Branch small_q where q < k_F/5: 49 operations after cse. Taylor/Laurent series about q = 0 (removable 0/0,
    cancellation ~ eps/q in the closed form). Orders -2..14.
    """

    q, kF = numpy.broadcast_arrays(*asarrays(q, kF))
    out = numpy.empty(q.shape)
    todo = numpy.ones(q.shape, dtype=bool)
    take = todo & (numpy.less(q, (1/5)*kF))
    if take.any():
        out[take] = _lindhard_eps_static_small_q(*(a[take] for a in (q, kF,)))
        todo &= ~take
    if todo.all():  # no point in a series branch: no indexing
        return shaped(_lindhard_eps_static_closed(q, kF), q, kF)
    out[todo] = _lindhard_eps_static_closed(*(a[todo] for a in (q, kF,)))
    return out[()]


def _lindhard_x2_small_u_closed(q, qz, u, kF):
    # closed: 6 operations
    return numpy.select([numpy.less(q, 2*kF),True], [-2*qz*u/q,0], default=numpy.nan)


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
    # closed: 25 operations
    _t0 = numpy.pi**(-1.0)
    _t1 = q**2
    _t2 = 2*kF
    _t3 = _t2 - q
    _t4 = _t2 + q
    _t5 = (1/2)*_t0/q**3
    return 8*numpy.pi/(q**5*(_t0*(numpy.pi*_t1 + _t2)/_t1 + _t3*_t5*xlogabs(_t4) - _t4*_t5*xlogabs(_t3))**2)


def _potential_v1_factor_small_q(q, kF):
    # small_q: 143 operations
    _t0 = numpy.pi**3
    _t1 = kF**2
    _t2 = q**2
    _t3 = kF**4
    _t4 = numpy.pi*kF
    _t5 = kF**6
    _t6 = numpy.pi**2*_t1
    _t7 = kF**8
    _t8 = _t0*kF**3
    _t9 = numpy.pi**4*_t3
    _t10 = numpy.pi**5*kF**5
    _t11 = numpy.pi**6*_t5
    _t12 = numpy.pi**7*kF**7
    return ((1/2)*_t0/_t1 + _t2*(-1/12*_t0*(3*_t4 - 1)/_t3 + _t2*((1/480)*_t0*(-30*_t4 + 45*_t6 + 7)/_t5 + _t2*(-1/60480*_t0*(819*_t4 - 1890*_t6 + 1890*_t8 - 160)/_t7 + _t2*((1/7257600)*_t0*(-20490*_t4 + 58590*_t6 - 94500*_t8 + 70875*_t9 + 3584)/kF**10 + _t2*(-1/53222400*_t0*(155925*_t10 + 30976*_t4 - 101310*_t6 + 207900*_t8 - 259875*_t9 - 5024)/kF**12 + _t2*((1/5230697472000)*_t0*(-8939180250*_t10 + 4469590125*_t11 - 626895360*_t4 + 2250673425*_t6 - 5378373000*_t8 + 8726342625*_t9 + 96317056)/kF**14 + _t2*((1/4268249137152000)*_t0*_t2*(-890086947750*_t10 + 1033369236900*_t11 - 781539759000*_t12 - 21957189120*_t4 + 88910576640*_t6 + 293077409625*numpy.pi**8*_t7 - 255972962700*_t8 + 551729853675*_t9 + 3146736896)/kF**18 - 1/31384184832000*_t0*(20560114575*_t10 - 17878360500*_t11 + 7662154500*_t12 + 777158400*_t4 - 2987712000*_t6 + 7944586650*_t8 - 15222957750*_t9 - 114738208)/kF**16))))))))/q


def potential_v1_factor(q, kF):
    """V^(1)(q, u) = i Z u q_z x this, for q < 2 k_F (0 above): 8 pi/(q^5 eps(q,0)^2) (Das Eq. 8 / B.4 as derived).

    Keys: Das-8, Das-B.4. Derived by slowion.derive.dielectric.potential_v1_factor().

    Arguments q, kF: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: dda388b1d863d4456fbd61c667fcde41b23d0ceddb6586fa1fb9b609bce21aef
    Branch closed: 25 operations after cse. Closed form; x ln|x| terms as xlogabs (limit 0 at 0).
    Branch small_q where (q < k_F/5) & (q < sqrt(k_F)/10): 143 operations after cse. Taylor/Laurent series about q =
    0 (removable 0/0, cancellation ~ eps/q in the closed form). Orders -1..15.
    """

    q, kF = numpy.broadcast_arrays(*asarrays(q, kF))
    out = numpy.empty(q.shape)
    todo = numpy.ones(q.shape, dtype=bool)
    take = todo & (numpy.logical_and.reduce((numpy.less(q, (1/5)*kF),numpy.less(q, (1/10)*numpy.sqrt(kF)))))
    if take.any():
        out[take] = _potential_v1_factor_small_q(*(a[take] for a in (q, kF,)))
        todo &= ~take
    if todo.all():  # no point in a series branch: no indexing
        return shaped(_potential_v1_factor_closed(q, kF), q, kF)
    out[todo] = _potential_v1_factor_closed(*(a[todo] for a in (q, kF,)))
    return out[()]
