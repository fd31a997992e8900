"""The generated numpy dispatcher (codegen/dispatch.py): both ways of filling the closed-form points agree, and the
fast way (closed form on all points when few are in branches) neither warns nor lets a branch point's NaN through.
"""

from __future__ import annotations

import warnings

import numpy as np

from slowion.generated.dielectric import lindhard_x1
from slowion.generated.wind import wind_integrand


def _uniform(n: int, seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    return rng.uniform(1e-3, 8.0, n), rng.uniform(-0.25, 0.25, n), rng.uniform(0.3, 2.0, n)


def test_few_branch_points_take_the_uncompressed_path_without_warnings_or_nan() -> None:
    q, _, kF = _uniform(4000, 1)
    q[:3] = 0.0  # three points in the q -> 0 branch (limit 0), where the closed form is 0 * inf
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with np.errstate(all="raise"):  # the caller's own error state must not turn the silenced 0/0 into errors
            out = wind_integrand(q, kF)
    assert np.all(np.isfinite(out)) and np.all(out[:3] == 0.0)


def test_the_two_fill_paths_agree() -> None:
    q, lam, kF = _uniform(4000, 2)
    many = q.copy()
    many[::2] = 20.0 * (kF[::2] + np.abs(lam[::2]))  # half the points in the large-q branch: compressed path
    few = lindhard_x1(q, lam, kF)  # ~2 % in branches: closed form on all points
    mixed = lindhard_x1(many, lam, kF)
    rest = slice(1, None, 2)  # the same closed-form points, evaluated by the two paths
    assert np.max(np.abs(mixed[rest] - few[rest]) / np.abs(few[rest])) <= 1e-13
