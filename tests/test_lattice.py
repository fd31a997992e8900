"""bcc neighbour shells and the Bloch sum of overlaps S(k) (DF Eq. 65), with the positivity refusal."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from slowion.errors import InputError
from slowion.evaluate.constants import metal_data
from slowion.evaluate.lattice import (
    BlochSumNotPositive,
    bcc_shells,
    bloch_overlap,
    check_bloch_positive,
    shell_overlaps,
)
from slowion.evaluate.orbitals import valence_orbital


def brute_force_bcc(a: float, radius: float) -> np.ndarray:
    """All bcc vectors 0 < |R| <= radius: simple-cubic points plus the body centres."""
    m = math.ceil(radius / a) + 1
    out = []
    for i, j, k in itertools.product(range(-m, m + 1), repeat=3):
        for shift in (0.0, 0.5):
            v = a * np.array([i + shift, j + shift, k + shift])
            if 0 < np.linalg.norm(v) <= radius * (1 + 1e-12):
                out.append(v)
    return np.array(out)


def test_first_eight_shells_have_the_bcc_coordination_numbers():
    shells = bcc_shells(1.0, 8)
    assert [s.count for s in shells] == [8, 6, 12, 24, 8, 6, 24, 24]
    radii2 = [round(4 * s.radius**2, 12) for s in shells]
    assert radii2 == [3, 4, 8, 11, 12, 16, 19, 20]  # |R|^2 in units of (a/2)^2


def test_shells_contain_every_lattice_vector_up_to_their_radius():
    a = 7.3
    shells = bcc_shells(a, 12)
    ours = np.concatenate([s.vectors for s in shells])
    brute = brute_force_bcc(a, shells[-1].radius)
    assert len(ours) == len(brute)
    for s in shells:
        np.testing.assert_allclose(np.linalg.norm(s.vectors, axis=1), s.radius, rtol=1e-14)
        assert len({tuple(np.round(v, 9)) for v in s.vectors}) == s.count
        # every shell is inversion symmetric, so the Bloch sum is real
        np.testing.assert_allclose(np.sort(s.vectors, axis=0), np.sort(-s.vectors, axis=0))


def test_bad_lattice_arguments_are_refused():
    with pytest.raises(InputError, match="lattice_constant"):
        bcc_shells(-1.0, 3)
    with pytest.raises(InputError, match="shells"):
        bcc_shells(1.0, -1)


def test_bloch_sum_limits_and_periodicity():
    a = 8.0
    shells = bcc_shells(a, 5)
    S = np.array([0.4, 0.3, 0.1, 0.05, 0.04])
    assert bloch_overlap(np.zeros((1, 3)), shells, S)[0] == pytest.approx(
        1 + sum(s.count * x for s, x in zip(shells, S, strict=True))
    )
    np.testing.assert_allclose(bloch_overlap(np.ones((3, 3)), shells, np.zeros(5)), 1.0)
    rng = np.random.default_rng(1)
    k = rng.normal(size=(20, 3))
    G = 2 * math.pi / a * np.array([1.0, 1.0, 0.0])  # a bcc reciprocal vector (fcc reciprocal lattice)
    np.testing.assert_allclose(bloch_overlap(k + G, shells, S), bloch_overlap(k, shells, S), rtol=1e-12)


def test_a_truncation_with_non_positive_bloch_sum_on_the_fermi_sphere_is_refused():
    d = metal_data("Na")
    orb = valence_orbital("Na")
    one = bcc_shells(d.lattice_constant, 1)
    with pytest.raises(BlochSumNotPositive, match="--shells") as info:
        check_bloch_positive(d.kF, one, shell_overlaps(orb, one))
    assert isinstance(info.value, InputError)
    eight = bcc_shells(d.lattice_constant, 8)
    assert check_bloch_positive(d.kF, eight, shell_overlaps(orb, eight)) > 0
