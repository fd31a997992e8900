"""Adaptive Chebyshev interpolation of a smooth function of one variable on an interval.

Used for the one-centre form factor I(q) (DF Eq. 71) and its square on the Fermi-surface range of q, where the
generated closed form (a sum over primitive pairs) is evaluated once per node instead of once per quadrature pair.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.polynomial import Chebyshev

#: first degree tried, and the degree beyond which the function counts as not resolved
START_DEGREE = 32
MAX_DEGREE = 1024
#: equally spaced points (ends included) on which the interpolant is compared with the function
CHECK_POINTS = 2001


def adaptive_chebyshev(
    f: Callable[[np.ndarray], np.ndarray], lo: float, hi: float, tol: float, what: str = "the function"
) -> Chebyshev:
    """Chebyshev interpolant of ``f`` on [lo, hi]; the degree doubles from START_DEGREE until the largest absolute
    difference to ``f`` on CHECK_POINTS equally spaced points is at most ``tol``. ``what`` names ``f`` in the
    error raised when MAX_DEGREE does not suffice."""
    check = np.linspace(lo, hi, CHECK_POINTS)
    exact = np.asarray(f(check), dtype=float)
    deg = START_DEGREE
    while True:
        table = Chebyshev.interpolate(f, deg, domain=[lo, hi])
        if np.max(np.abs(table(check) - exact)) <= tol:
            return table
        if deg >= MAX_DEGREE:
            raise RuntimeError(f"{what} not resolved by a degree-{deg} Chebyshev series on [{lo:g}, {hi:g}]")
        deg *= 2
