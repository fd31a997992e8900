"""The Löwdin series S^(-1/2) = sum_n binom(-1/2, n) (eps D)^n against the exact inverse square root (DF 1, 27-30)."""

from functools import cache

import numpy as np
import pytest
import sympy as sp
from scipy.special import binom

from slowion.derive.lowdin import effective_hamiltonian, lowdin_inverse_sqrt, truncate_in

eps = sp.Symbol("epsilon", positive=True)
SCALES = np.geomspace(0.01, 0.1, 8)


def random_overlap_direction(n: int, seed: int) -> np.ndarray:
    """Symmetric, zero diagonal (normalised orbitals), spectral norm 1."""
    rng = np.random.default_rng(seed)
    a = rng.normal(size=(n, n))
    d = (a + a.T) / 2
    np.fill_diagonal(d, 0.0)
    return d / np.linalg.norm(d, 2)


def exact_inverse_sqrt(s: np.ndarray) -> np.ndarray:
    w, v = np.linalg.eigh(s)
    return (v / np.sqrt(w)) @ v.T


@cache
def symbolic_series(n: int, order: int):
    """lambdified S^(-1/2) series of a general symmetric n x n overlap, arguments (eps, d_01, d_02, ...)."""
    d = {(i, j): sp.Symbol(f"d_{i}{j}") for i in range(n) for j in range(i + 1, n)}
    s = sp.Matrix(n, n, lambda i, j: 1 if i == j else eps * d[min(i, j), max(i, j)])
    series = lowdin_inverse_sqrt(s, order, eps)
    f = sp.lambdify((eps, *d.values()), series, "numpy")
    keys = list(d)
    return lambda scale, dmat: np.array(f(scale, *(dmat[k] for k in keys)), dtype=float)


def loglog_slope(x: np.ndarray, y: np.ndarray) -> float:
    return float(np.polyfit(np.log(x), np.log(y), 1)[0])


@pytest.mark.parametrize("order", [1, 2, 3])
@pytest.mark.parametrize("n,seed", [(2, 11), (3, 12), (4, 13)])
def test_truncation_error_of_the_series_falls_as_the_next_power_of_the_overlap(order, n, seed):
    d = random_overlap_direction(n, seed)
    series = symbolic_series(n, order)
    errors = [np.linalg.norm(series(s, d) - exact_inverse_sqrt(np.eye(n) + s * d), 2) for s in SCALES]
    slope = loglog_slope(SCALES, np.array(errors))
    assert abs(slope - (order + 1)) < 0.15, f"slope {slope:.3f} for N = {order}"


@pytest.mark.parametrize("n,seed", [(2, 21), (3, 22), (4, 23)])
def test_symbolic_series_equals_the_numeric_power_series_to_machine_precision(n, seed):
    order, scale = 3, 0.3
    d = random_overlap_direction(n, seed)
    numeric = sum(binom(-0.5, k) * np.linalg.matrix_power(scale * d, k) for k in range(order + 1))
    symbolic = symbolic_series(n, order)(scale, d)
    assert np.linalg.norm(symbolic - numeric, 2) < 1e-14 * np.linalg.norm(numeric, 2)


def test_series_is_an_inverse_square_root_order_by_order():
    a, b = sp.symbols("a b")
    s = sp.Matrix([[1, eps * a, 0], [eps * a, 1, eps * b], [0, eps * b, 1]])
    half = lowdin_inverse_sqrt(s, 4, eps)
    residual = (half * s * half - sp.eye(3)).applyfunc(lambda e: truncate_in(e, eps, 4))
    assert residual == sp.zeros(3, 3)
    assert (half * s * half - sp.eye(3)).applyfunc(lambda e: truncate_in(e, eps, 5)) != sp.zeros(3, 3)


def test_effective_hamiltonian_truncation_error_falls_as_the_next_power():
    """H_eff of a 3-level problem whose bare hoppings scale with the overlap, against the exact S^-1/2 H S^-1/2."""
    order = 2
    d = random_overlap_direction(3, 31)
    levels = np.diag([0.2, -0.1, -1.5])
    a = sp.Matrix(3, 3, lambda i, j: sp.Float(d[i, j], 30))
    s_sym = sp.eye(3) + eps * a
    h_sym = sp.diag(*[sp.Float(x, 30) for x in np.diag(levels)]) + eps * a * sp.Float(-1.5, 30)
    heff = sp.lambdify(eps, effective_hamiltonian(h_sym, s_sym, order, eps), "numpy")
    errors = []
    for s in SCALES:
        half = exact_inverse_sqrt(np.eye(3) + s * d)
        exact = half @ (levels + s * d * -1.5) @ half
        errors.append(np.linalg.norm(np.array(heff(s), dtype=float) - exact, 2))
    assert abs(loglog_slope(SCALES, np.array(errors)) - (order + 1)) < 0.15


def test_an_overlap_that_does_not_start_at_one_is_refused():
    with pytest.raises(ValueError, match="vanish"):
        lowdin_inverse_sqrt(sp.Matrix([[1, sp.Rational(1, 2)], [sp.Rational(1, 2), 1]]), 2, eps)


def test_truncation_refuses_a_non_polynomial():
    with pytest.raises(ValueError, match="polynomial"):
        truncate_in(1 / (1 + eps), eps, 2)
