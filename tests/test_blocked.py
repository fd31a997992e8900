"""Block-wise evaluation of the generated numpy functions (generated/_helpers.py: ``blocked``, ``blocked_into``).

A dispatcher evaluates its kernels BLOCK elements at a time (the temporaries then stay in cache and are not fresh
pages). Elementwise kernels give the same values in blocks as in one call, up to the last bits where numpy's SIMD
loop and its scalar tail treat an element differently (a block boundary moves elements between the two): budget
4 ulp for the plain products and sums below; the generated functions are compared with one whole-array call
(``BLOCK`` raised) within the 1024 ulp of tests/test_generated_properties.py (cancellation in the closed forms
amplifies a last-bit difference of exp/log, measured up to 662 ulp).
"""

from __future__ import annotations

import importlib

import numpy as np
import pytest

from slowion.codegen.accuracy import uniform_points
from slowion.generated import _helpers
from slowion.generated._helpers import BLOCK, blocked, blocked_into


def _kernel(a, b):
    return a * b + a


def test_blocked_equals_one_call_over_several_blocks_and_a_partial_one() -> None:
    rng = np.random.default_rng(3)
    a, b = rng.random(3 * BLOCK + 17), rng.random(3 * BLOCK + 17)
    np.testing.assert_array_max_ulp(blocked(_kernel, a, b), _kernel(a, b), maxulp=4)


def test_blocked_broadcasts_to_the_common_shape() -> None:
    a = np.linspace(0.0, 1.0, 2 * BLOCK + 3)[:, None]  # (n, 1)
    b = np.array([1.0, 2.0, 3.0])[None, :]  # (1, 3)
    got = blocked(_kernel, a, b)
    assert got.shape == (2 * BLOCK + 3, 3)
    np.testing.assert_array_max_ulp(got, _kernel(a, b), maxulp=4)


def test_blocked_returns_a_scalar_for_scalars_and_an_empty_array_for_empty_input() -> None:
    got = blocked(_kernel, np.float64(2.0), np.float64(3.0))
    assert np.ndim(got) == 0 and got == 8.0
    assert blocked(_kernel, np.zeros((0, 4)), np.zeros(4)).shape == (0, 4)


def test_a_constant_kernel_fills_every_block() -> None:
    got = blocked(lambda a: 0.25, np.zeros(2 * BLOCK + 1))
    assert got.shape == (2 * BLOCK + 1,) and np.all(got == 0.25)


def test_blocked_conditions_come_back_as_booleans() -> None:
    x = np.arange(2 * BLOCK + 5, dtype=float)
    mask = blocked(lambda x: x < BLOCK + 2, x, dtype=bool)
    assert mask.dtype == bool and np.count_nonzero(mask) == BLOCK + 2


def test_blocked_into_writes_only_where_asked() -> None:
    x = np.arange(2 * BLOCK + 9, dtype=float)
    out = np.full(x.shape, -1.0)
    where = (x.astype(int) % 3) == 0
    blocked_into(out, where, lambda x: 2 * x, x)
    assert np.array_equal(out[where], 2 * x[where]) and np.all(out[~where] == -1.0)


@pytest.mark.parametrize(
    "module, name",
    [
        ("dielectric", "lindhard_x1"),
        ("dielectric", "lindhard_eps_static"),
        ("wind", "wind_integrand"),
        ("sto_overlap", "sto_overlap_2_3"),
        ("three_state", "effective_t_eff_kkprime"),
    ],
)
def test_a_generated_function_in_blocks_matches_one_whole_array_call(module, name, monkeypatch) -> None:
    fn = getattr(importlib.import_module(f"slowion.generated.{module}"), name)
    pts = list(uniform_points(module, name, 3 * BLOCK + 101, seed=5).values())
    in_blocks = fn(*pts)
    monkeypatch.setattr(_helpers, "BLOCK", 10**9)
    whole = fn(*pts)
    assert np.all(np.isfinite(in_blocks))
    np.testing.assert_array_max_ulp(in_blocks, whole, maxulp=1024)
