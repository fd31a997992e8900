"""The radial scattering solver against closed forms and a 30-digit mpmath Taylor integration.

Tolerance 1e-8 in delta_l throughout (the issue's budget). The Numerov grid of these tests (h = 0.005, dr = 0.01
at large r) has a measured global error of ~3e-10 for the Yukawa cases (O(h^4): 16x smaller per halving of h),
the DOP853 reference (rtol 1e-13) ~1e-11; so 1e-8 leaves a margin of 30x, and a flipped sign, a lost factor 2
in the potential or a wrong Riccati-Bessel matching fails by orders of magnitude.
"""

from __future__ import annotations

import math

import mpmath as mp
import numpy as np
import pytest

from slowion.evaluate.phase_shifts import (
    RadialGrid,
    absolute_phases,
    bound_state_counts,
    bound_states,
    phase_shift_ode,
    scattering_states,
)

TOL = 1e-8


def _rj(l, z):
    return z * mp.sqrt(mp.pi / (2 * z)) * mp.besselj(l + mp.mpf(1) / 2, z)


def _ry(l, z):
    return z * mp.sqrt(mp.pi / (2 * z)) * mp.bessely(l + mp.mpf(1) / 2, z)


def square_well_phase_mp(l: int, k: float, V0: float, a: float) -> float:
    """Attractive well V = -V0 (r < a): tan delta = [k rj'(ka) rj(Ka) - K rj(ka) rj'(Ka)] /
    [k ry'(ka) rj(Ka) - K ry(ka) rj'(Ka)] (continuity of u'/u at a; rj, ry Riccati-Bessel), 30 digits."""
    with mp.workdps(30):
        k, V0, a = mp.mpf(k), mp.mpf(V0), mp.mpf(a)
        K = mp.sqrt(k**2 + 2 * V0)
        ka, Ka = k * a, K * a
        num = k * mp.diff(lambda z: _rj(l, z), ka) * _rj(l, Ka) - K * _rj(l, ka) * mp.diff(lambda z: _rj(l, z), Ka)
        den = k * mp.diff(lambda z: _ry(l, z), ka) * _rj(l, Ka) - K * _ry(l, ka) * mp.diff(lambda z: _rj(l, z), Ka)
        return float(mp.atan(num / den))


def hard_sphere_phase_mp(l: int, k: float, a: float) -> float:
    """tan delta_l = j_l(ka)/y_l(ka), 30 digits."""
    with mp.workdps(30):
        z = mp.mpf(k) * mp.mpf(a)
        return float(mp.atan(_rj(l, z) / _ry(l, z)))


def yukawa_phase_mp(Z: float, mu: float, l: int, k: float, R: float, dps: int = 30) -> float:
    """delta_l(k) for V = -Z exp(-mu r)/r by Taylor integration in mpmath (dps digits), matched at R.

    Frobenius series u = sum a_n r^(n+l+1) up to r = 1/4, then Taylor steps of at most half the distance to the
    pole at r = 0 (the local series of 1/r and exp(-mu r) multiplied term by term), each summed until its terms are
    below 10^-(dps+10). The tail beyond R changes delta by ~Z exp(-mu R)/(mu R): for mu R = 30, < 1e-14.
    """
    with mp.workdps(dps + 15):
        Z, mu, k, R = mp.mpf(Z), mp.mpf(mu), mp.mpf(k), mp.mpf(R)
        tol = mp.mpf(10) ** (-dps - 10)
        L = l * (l + 1)
        r = mp.mpf(1) / 4
        P = [-2 * Z] + [-2 * Z * (-mu) ** (m + 1) / mp.factorial(m + 1) - (k * k if m == 0 else 0) for m in range(80)]
        a = [mp.mpf(1)]
        u, up = r ** (l + 1), (l + 1) * r**l
        for n in range(1, 80):
            a.append(mp.fsum(P[m + 1] * a[n - 2 - m] for m in range(-1, n - 1)) / (n * (n + 2 * l + 1)))
            t = a[n] * r ** (n + l + 1)
            u += t
            up += (n + l + 1) * a[n] * r ** (n + l)
            if n > 5 and abs(t) < tol * abs(u):
                break
        while r < R:
            H = min(r / 2, mp.mpf(1), R - r)
            J = 200
            inv = [(-1) ** j / r ** (j + 1) for j in range(J)]
            ex = [mp.exp(-mu * r) * (-mu) ** j / mp.factorial(j) for j in range(J)]
            b = [u, up]
            q = []
            uu, dd = b[0] + b[1] * H, b[1]
            for j in range(J - 2):
                yuk = mp.fsum(ex[i] * inv[j - i] for i in range(j + 1))
                q.append(L * (j + 1) * (-1) ** j / r ** (j + 2) - 2 * Z * yuk - (k * k if j == 0 else 0))
                b.append(mp.fsum(q[i] * b[j - i] for i in range(j + 1)) / ((j + 2) * (j + 1)))
                t = b[j + 2] * H ** (j + 2)
                uu += t
                dd += (j + 2) * b[j + 2] * H ** (j + 1)
                if j > 5 and abs(t) < tol * (abs(uu) + abs(dd * H)):
                    break
            u, up, r = uu, dd, r + H
        z = k * R
        drj = k * mp.diff(lambda x: _rj(l, x), z)
        dry = k * mp.diff(lambda x: _ry(l, x), z)
        return float(mp.atan((u * drj - up * _rj(l, z)) / (u * dry - up * _ry(l, z))))


@pytest.fixture(scope="module")
def fine_grid() -> RadialGrid:
    return RadialGrid.build(30.0, h=0.005, alpha=0.5)


@pytest.mark.parametrize("l", [0, 1, 2, 3])
@pytest.mark.parametrize("k", [0.3, 1.2])
def test_square_well_phase_shift_matches_the_closed_form(l, k):
    V0, a = 1.0, 2.0
    got = phase_shift_ode(lambda r: -V0 if r < a else 0.0, l, k, r_match=6.0, breakpoints=(a,))
    assert abs(got - square_well_phase_mp(l, k, V0, a)) < TOL


@pytest.mark.parametrize("l", [0, 1, 3])
@pytest.mark.parametrize("k", [0.4, 1.5])
def test_hard_sphere_phase_shift_matches_the_closed_form(l, k):
    got = phase_shift_ode(lambda r: 0.0, l, k, r_match=5.0, hard_core=1.5)
    assert abs(got - hard_sphere_phase_mp(l, k, 1.5)) < TOL


# (l, k) -> delta_l for V = -exp(-r)/r, from yukawa_phase_mp(1, 1, l, k, 30) (recomputed by the slow test below)
_YUKAWA_CASES = [(0, 1.0), (3, 1.0), (1, 0.3)]


@pytest.mark.parametrize(("l", "k"), _YUKAWA_CASES[:2])
def test_yukawa_numerov_and_dop853_agree_with_30_digit_mpmath(fine_grid, l, k):
    ref = yukawa_phase_mp(1.0, 1.0, l, k, 30.0)
    V = -np.exp(-fine_grid.r) / fine_grid.r
    numerov = scattering_states(fine_grid, V, [l], np.array([k])).delta[0, 0]
    ode = phase_shift_ode(lambda r: -math.exp(-r) / r, l, k, r_match=30.0)
    assert abs(numerov - ref) < TOL
    assert abs(ode - ref) < TOL


@pytest.mark.slow
@pytest.mark.parametrize("l", [0, 1, 2, 3])
@pytest.mark.parametrize("k", [0.3, 1.0])
@pytest.mark.parametrize("Z", [1.0, -2.0])
def test_yukawa_numerov_all_cases_slow(fine_grid, l, k, Z):
    ref = yukawa_phase_mp(Z, 1.0, l, k, 30.0)
    V = -Z * np.exp(-fine_grid.r) / fine_grid.r
    numerov = scattering_states(fine_grid, V, [l], np.array([k])).delta[0, 0]
    assert abs(numerov - ref) < TOL


def test_free_waves_have_zero_phase_shift_and_R_equals_j_l(fine_grid):
    from scipy.special import spherical_jn

    k = np.array([0.2, 0.9])
    sc = scattering_states(fine_grid, np.zeros(fine_grid.n), range(6), k)
    assert np.max(np.abs(sc.delta)) < 1e-9
    jl = spherical_jn(np.arange(6)[None, :, None], fine_grid.r[:, None, None] * k[None, None, :])
    assert np.max(np.abs(sc.R - jl)) < 1e-8


def test_hydrogen_levels_are_minus_one_over_2n2_and_counted_by_sturm():
    grid = RadialGrid.build(60.0, h=0.01, alpha=0.2)
    V = -1.0 / grid.r * (grid.r < 55)
    states = bound_states(grid, V, 1, e_low=-2.0)
    levels = {(s.n, s.l): s.energy for s in states}
    for (n, l), E in [((1, 0), -0.5), ((2, 0), -0.125), ((2, 1), -0.125), ((3, 1), -1 / 18)]:
        assert abs(levels[(n, l)] - E) < 2e-8, (n, l, levels[(n, l)])
    u = next(s.u for s in states if (s.n, s.l) == (1, 0))
    assert abs(grid.integral(u**2) - 1) < 1e-10
    assert abs(grid.integral(u**2 * grid.r) - 1.5) < 1e-7  # <r>_1s = 3/2


def test_levinson_anchor_puts_delta_0_near_pi_for_one_bound_s_state():
    grid = RadialGrid.build(30.0, h=0.01, alpha=0.5)
    V = -3.0 * np.exp(-grid.r) / grid.r  # one s bound state, no p
    counts = bound_state_counts(grid, V, 2)
    assert list(counts) == [1, 0, 0]
    k = np.linspace(0.01, 1.0, 60)
    sc = scattering_states(grid, V, range(3), k)
    d = absolute_phases(sc.delta, counts)
    assert abs(d[0, 0] - math.pi) < 0.1
    assert np.all(np.abs(np.diff(d, axis=1)) < 0.5)  # continuous in k
    ode = phase_shift_ode(lambda r: -3.0 * math.exp(-r) / r, 0, 1.0, 30.0)
    assert abs(math.remainder(d[0, -1] - ode, math.pi)) < TOL
