# --------------------------------------------------------------------------------------------------------------------
# GENERATED FILE - DO NOT EDIT. numpy code written by slowion.codegen; regenerate with `slowion generate`.
# Source: slowion.derive.wind.codegen_expressions(); keys, specs and numeric branches: codegen/targets.py.
# Used by evaluate/wind.py (the friction Q of Das Eq. 12 corrected).
# SymPy 1.14.0. sha256 of sympy.srepr of each expression (with its argument order and branches):
#   wind_integrand (Das-12, X-1): bb75396c7173d6f109dc53920240e0eb25bfd0efe78d595fa7273ba3ad1697e4
# --------------------------------------------------------------------------------------------------------------------


"""Generated numpy functions for Das-12, X-1 (vectorised, float64, no SymPy).

Used by evaluate/wind.py (the friction Q of Das Eq. 12 corrected).
"""


import numpy

from slowion.generated._helpers import asarrays, shaped, xlogabs


__all__ = ["wind_integrand"]


#: typical argument box (bench: uniform in it; accuracy tests: plus edge regions): name -> arg -> (lo, hi)
DOMAINS = {
    "wind_integrand": {"q": (0.001, 8.0), "kF": (0.3, 2.0)},
}


def _wind_integrand_closed(q, kF):
    # closed: 25 operations
    _t0 = numpy.pi**(-1.0)
    _t1 = q**2
    _t2 = 2*kF
    _t3 = _t2 - q
    _t4 = _t2 + q
    _t5 = (1/2)*_t0/q**3
    return (4/3)*_t0/(q*(_t0*(numpy.pi*_t1 + _t2)/_t1 + _t3*_t5*xlogabs(_t4) - _t4*_t5*xlogabs(_t3))**2)


def _wind_integrand_small_q(q, kF):
    # small_q: 97 operations
    _t0 = kF**2
    _t1 = q**2
    _t2 = kF**4
    _t3 = numpy.pi*kF
    _t4 = kF**6
    _t5 = numpy.pi**2*_t0
    _t6 = numpy.pi**3*kF**3
    _t7 = numpy.pi**4*_t2
    _t8 = numpy.pi**5*kF**5
    return q**3*(_t1*(_t1*(_t1*(_t1*(_t1*((1/31384184832000)*numpy.pi*_t1*(-626895360*_t3 + 4469590125*numpy.pi**6*_t4 + 2250673425*_t5 - 5378373000*_t6 + 8726342625*_t7 - 8939180250*_t8 + 96317056)/kF**14 - 1/319334400*numpy.pi*(30976*_t3 - 101310*_t5 + 207900*_t6 - 259875*_t7 + 155925*_t8 - 5024)/kF**12) + (1/43545600)*numpy.pi*(-20490*_t3 + 58590*_t5 - 94500*_t6 + 70875*_t7 + 3584)/kF**10) - 1/362880*numpy.pi*(819*_t3 - 1890*_t5 + 1890*_t6 - 160)/kF**8) + (1/2880)*numpy.pi*(-30*_t3 + 45*_t5 + 7)/_t4) - 1/72*numpy.pi*(3*_t3 - 1)/_t2) + (1/12)*numpy.pi/_t0)


def wind_integrand(q, kF):
    """Integrand of Q = int_0^{2 k_F} dq (this) for Z = 1: 4/(3 pi q eps(q,0)^2) (Das Eq. 12 corrected: sign, support q
    < 2 k_F).

    Keys: Das-12, X-1. Derived by slowion.derive.wind.wind_integrand().

    Arguments q, kF: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: bb75396c7173d6f109dc53920240e0eb25bfd0efe78d595fa7273ba3ad1697e4
    Branch closed: 25 operations after cse. Closed form; x ln|x| terms as xlogabs (limit 0 at 0).
    Branch small_q where (q < k_F/5) & (q < sqrt(k_F)/10): 97 operations after cse. Taylor/Laurent series about q =
    0 (removable 0/0, cancellation ~ eps/q in the closed form). Orders 3..15.
    """

    q, kF = numpy.broadcast_arrays(*asarrays(q, kF))
    out = numpy.empty(q.shape)
    todo = numpy.ones(q.shape, dtype=bool)
    take = todo & (numpy.logical_and.reduce((numpy.less(q, (1/5)*kF),numpy.less(q, (1/10)*numpy.sqrt(kF)))))
    if take.any():
        out[take] = _wind_integrand_small_q(*(a[take] for a in (q, kF,)))
        todo &= ~take
    if todo.all():  # no point in a series branch: no indexing
        return shaped(_wind_integrand_closed(q, kF), q, kF)
    out[todo] = _wind_integrand_closed(*(a[todo] for a in (q, kF,)))
    return out[()]
