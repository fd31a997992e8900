"""Properties of the generated functions (hypothesis): symmetries, limits, normalisation, decay (issue 4, item 6).

Plus the calling contract of every generated function: float64 out, numpy broadcasting, scalars in -> scalar out,
and no SymPy import at run time.
"""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from slowion.codegen.accuracy import functions, uniform_points
from slowion.generated import dielectric, sto_form_factor, sto_overlap

kF_values = st.floats(0.2, 3.0)
fractions = st.floats(-0.95, 0.95)


@settings(max_examples=200, deadline=None)
@given(q=st.floats(1e-6, 50.0), f=fractions, kF=kF_values)
def test_x1_is_even_in_lambda(q: float, f: float, kF: float) -> None:
    """Das Eq. 6: X_1(q, u) is even in u, i.e. in lambda = u q_z/q (|lambda| < k_F)."""
    lam = f * kF
    plus, minus = dielectric.lindhard_x1(q, lam, kF), dielectric.lindhard_x1(q, -lam, kF)
    assert plus == pytest.approx(minus, rel=1e-12, abs=1e-300)


@settings(max_examples=100, deadline=None)
@given(kF=kF_values)
def test_eps_tends_to_one_at_large_q(kF: float) -> None:
    """eps(q, 0) - 1 > 0 falls monotonically to 0 beyond 2 k_F (as q^-4: no screening of short wavelengths).

    Once eps - 1 is below float64 resolution of eps (2.2e-16) only that resolution is asserted.
    """
    q = 2 * kF * np.logspace(0.1, 6, 60)
    excess = dielectric.lindhard_eps_static(q, kF) - 1
    resolved = excess > 1e-12
    assert resolved[:10].all()
    assert np.all(np.diff(excess[resolved]) < 0) and np.all(excess[resolved] > 0)
    assert np.all(np.abs(excess[~resolved]) < 1e-12)
    assert abs(excess[-1]) <= 4.5e-16  # two ulps of 1


@settings(max_examples=100, deadline=None)
@given(kF=kF_values)
def test_q2_eps_minus_one_tends_to_thomas_fermi_at_small_q(kF: float) -> None:
    """q^2 (eps - 1) -> alpha^2 as q -> 0, alpha^2 = 32 pi^2 e^2 m k_F/(2 pi)^3 as printed below Das Eq. 5."""
    alpha2 = 32 * np.pi**2 * kF / (2 * np.pi) ** 3
    q = kF * np.logspace(-9, -4, 20)
    limit = q**2 * (dielectric.lindhard_eps_static(q, kF) - 1)
    assert np.allclose(limit, alpha2, rtol=1e-7, atol=0)  # the correction is O(q^2/k_F^2) <= 1e-8


PAIRS = sorted({tuple(int(c) for c in name.split("_")[-2:]) for _, name in functions() if name.startswith("sto_")})
SAME_N = [(n1, n2) for n1, n2 in PAIRS if n1 == n2]


@pytest.mark.parametrize(("n1", "n2"), SAME_N)
@settings(max_examples=50, deadline=None)
@given(zeta=st.floats(0.1, 10.0))
def test_form_factor_and_overlap_of_one_normalised_orbital_are_one_at_zero(n1: int, n2: int, zeta: float) -> None:
    """I(0) = S(0) = int chi^2 = 1 for the same normalised primitive (n1 = n2, zeta1 = zeta2)."""
    I = getattr(sto_form_factor, f"sto_form_factor_{n1}_{n2}")
    S = getattr(sto_overlap, f"sto_overlap_{n1}_{n2}")
    assert I(0.0, zeta, zeta) == pytest.approx(1.0, rel=1e-13)
    assert S(0.0, zeta, zeta) == pytest.approx(1.0, rel=1e-13)


@pytest.mark.parametrize(("n1", "n2"), PAIRS)
@settings(max_examples=40, deadline=None)
@given(z1=st.floats(0.2, 8.0), z2=st.floats(0.2, 8.0), R=st.floats(0.0, 30.0), q=st.floats(0.0, 60.0))
def test_overlap_and_form_factor_obey_cauchy_schwarz(
    n1: int, n2: int, z1: float, z2: float, R: float, q: float
) -> None:
    """|S(R)| <= 1 (DF-70) and |I(q)| <= 1 (DF-71) for normalised orbitals (|<chi1|chi2>| <= ||chi1|| ||chi2||)."""
    S = getattr(sto_overlap, f"sto_overlap_{n1}_{n2}")(R, z1, z2)
    I = getattr(sto_form_factor, f"sto_form_factor_{n1}_{n2}")(q, z1, z2)
    assert abs(S) <= 1 + 1e-13 and abs(I) <= 1 + 1e-13


@pytest.mark.parametrize(("n1", "n2"), PAIRS)
@settings(max_examples=30, deadline=None)
@given(zeta=st.floats(0.3, 6.0), ratio=st.floats(1.0, 1.5))
def test_overlap_decreases_to_zero_at_large_distance(n1: int, n2: int, zeta: float, ratio: float) -> None:
    """DF-70: S(R) > 0 falls monotonically to 0 beyond the orbitals' extent, R (z1 + z2)/2 > n1 + n2 + 2."""
    z1, z2 = zeta, zeta * ratio
    start = 2 * (n1 + n2 + 2) / (z1 + z2)
    R = start * np.logspace(0, 1.5, 80)
    S = getattr(sto_overlap, f"sto_overlap_{n1}_{n2}")(R, z1, z2)
    assert np.all(S > 0)
    assert np.all(np.diff(S) < 0)
    far = getattr(sto_overlap, f"sto_overlap_{n1}_{n2}")(400.0 / min(z1, z2), z1, z2)
    assert 0 <= far < 1e-100  # ~ R^(n1+n2) e^(-400)


def test_overlap_of_1s_orbitals_is_monotone_from_zero() -> None:
    """1s-1s: S(R) = e^(-zeta R)(1 + zeta R + (zeta R)^2/3) falls from 1 for all R (here checked, not typed in)."""
    R = np.linspace(0.0, 40.0, 2001)
    S = sto_overlap.sto_overlap_1_1(R, 1.3, 1.3)
    assert S[0] == pytest.approx(1.0, rel=1e-14)
    assert np.all(np.diff(S) < 0)


ALL = functions()

#: Scalar, broadcast and contiguous calls run different numpy loops (SIMD or scalar exp, log and pow, picked by the
#: CPU and by the arrays' length and stride) that differ in the last bit or two (2 ulp in the result on AVX-512).
#: The closed forms' cancellations amplify such a change: moving every exp/log/pow result by a random 0..4 ulp
#: moved these 12 points by up to 662 ulp (sto_overlap_5_5, 300 trials), so the budget is 1024 ulp (2.3e-13).
PATH_ULPS = 1024


@pytest.mark.parametrize(("module", "name"), ALL, ids=[n for _, n in ALL])
def test_generated_function_broadcasts_and_returns_float64(module: str, name: str) -> None:
    fn = getattr(importlib.import_module(f"slowion.generated.{module}"), name)
    pts = uniform_points(module, name, 12, seed=3)
    args = list(inspect.signature(fn).parameters)
    assert args == list(pts)
    full = fn(*pts.values())
    assert isinstance(full, np.ndarray) and full.dtype == np.float64 and full.shape == (12,)
    # one argument as a column, the others as rows: the result has the broadcast shape, values unchanged
    shaped = [v.reshape(3, 4) for v in pts.values()]
    shaped[0] = shaped[0][:, :1]
    shape = np.broadcast_shapes(*(s.shape for s in shaped))
    expect = fn(*[np.broadcast_to(s, shape) for s in shaped])
    got = fn(*shaped)
    assert got.shape == shape
    np.testing.assert_array_max_ulp(got, expect, maxulp=PATH_ULPS)
    scalar = fn(*(float(v[0]) for v in pts.values()))
    assert np.ndim(scalar) == 0 and isinstance(scalar, np.float64)
    np.testing.assert_array_max_ulp(scalar, full[0], maxulp=PATH_ULPS)


def test_generated_modules_do_not_import_sympy() -> None:
    mods = sorted({m for m, _ in ALL})
    code = (
        "import sys\n"
        + "".join(f"import slowion.generated.{m}, slowion.generated.mp.{m}\n" for m in mods)
        + "assert 'sympy' not in sys.modules, 'sympy imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
