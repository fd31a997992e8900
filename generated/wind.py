# --------------------------------------------------------------------------------------------------------------------
# GENERATED FILE - DO NOT EDIT. numpy code written by slowion.codegen; regenerate with `slowion generate`.
# Source: slowion.derive.wind.codegen_expressions(); keys, specs and numeric branches: codegen/targets.py.
# Used by evaluate/wind.py (the friction Q of Das Eq. 12 corrected).
# SymPy 1.14.0. sha256 of sympy.srepr of each expression (with its argument order and branches):
#   wind_integrand (Das-12, X-1): 9dfc7aa1fbfbdb9bf421c47fe74be724fa8f3a3130776687fe92efdc86f7ee16
# --------------------------------------------------------------------------------------------------------------------


"""Generated numpy functions for Das-12, X-1 (vectorised, float64, no SymPy).

Used by evaluate/wind.py (the friction Q of Das Eq. 12 corrected).
"""


import numpy

from slowion.generated._helpers import asarrays, blocked, blocked_into, xlnratio_pos


__all__ = ["wind_integrand"]


#: typical argument box (bench: uniform in it; accuracy tests: plus edge regions): name -> arg -> (lo, hi)
DOMAINS = {
    "wind_integrand": {"q": (0.001, 8.0), "kF": (0.3, 2.0)},
}


def _wind_integrand_closed(q, kF):
    # closed: 17 operations
    _t0 = numpy.pi**(-1.0)
    _t1 = 2*kF
    return (4/3)*_t0/(q*(_t0*_t1/(q*q) + (1/2)*_t0*xlnratio_pos(_t1, q)/(q*q*q) + 1)**2)


def _wind_integrand_tiny_q(q, kF):
    # tiny_q: 27 operations
    _t0 = (kF*kF)
    _t1 = (q*q)
    _t2 = 3.141592653589793*kF
    return (q*q*q)*(_t1*(0.001090830782496456*(_t1*(444.13219804902116*_t0 - 30*_t2 + 7)/kF**6) - 0.04363323129985824*((3*_t2 - 1)/(kF*kF*kF*kF))) + 0.26179938779914946*_t0**(-1.0))


def _wind_integrand_tiny_q_where(q, kF):
    return (numpy.less(q, (1/500)*kF)) & (numpy.less(q, (1/1000)*numpy.sqrt(kF)))


def wind_integrand(q, kF):
    """Integrand of Q = int_0^{2 k_F} dq (this) for Z = 1: 4/(3 pi q eps(q,0)^2) (Das Eq. 12 corrected: sign, support q
    < 2 k_F).

    Keys: Das-12, X-1. Derived by slowion.derive.wind.wind_integrand().

    Arguments q, kF: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 9dfc7aa1fbfbdb9bf421c47fe74be724fa8f3a3130776687fe92efdc86f7ee16
    Branch closed: 17 operations after cse. Closed form. Log pairs as xlnratio (one log1p of a ratio, limit 0 at |a|
    = |b|).
    Branch tiny_q where (q < k_F/500) & (q < sqrt(k_F)/1000): 27 operations after cse. Taylor series about q = 0
    (the closed form is 0 * inf at q = 0; relative truncation (q/k_TF)^6 < 1e-18). Orders 3..7.
    """

    q, kF = numpy.broadcast_arrays(*asarrays(q, kF))
    out = numpy.empty(q.shape)
    todo = numpy.ones(q.shape, dtype=bool)
    take = todo & blocked(_wind_integrand_tiny_q_where, q, kF, dtype=bool)
    if take.any():
        out[take] = blocked(_wind_integrand_tiny_q, *(a[take] for a in (q, kF,)))
        todo &= ~take
    if todo.all():  # no point in a series branch: no indexing
        return blocked(_wind_integrand_closed, q, kF)
    if 8 * numpy.count_nonzero(todo) > 7 * todo.size:  # few branch points: no compression
        with numpy.errstate(all="ignore"):  # only the discarded branch points can warn (0/0, 0 * inf)
            blocked_into(out, todo, _wind_integrand_closed, q, kF)
        return out[()]
    out[todo] = blocked(_wind_integrand_closed, *(a[todo] for a in (q, kF,)))
    return out[()]
