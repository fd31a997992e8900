"""bcc neighbour shells and the Bloch sum of orbital overlaps S(k) (DF Eq. 65).

The bcc lattice with cubic lattice constant a has the vectors (a/2)(n1, n2, n3) with n1, n2, n3 all even or all
odd. Shells are groups of equal |R|; shell 1 is the 8 nearest neighbours at a sqrt(3)/2, then 6 at a, 12 at a sqrt(2),
24 at a sqrt(11)/2, 8 at a sqrt(3), 6 at 2a, 24 at a sqrt(19)/2, 24 at a sqrt(5), ... The R = 0 site is not a shell.

Bloch sum (DF Eq. 65): S_B(k) = sum_R e^{i k.R} S(|R|) = 1 + sum_shells S(R_s) sum_{R in shell} cos(k.R) for a
normalised s orbital (S(0) = 1; every shell is inversion symmetric, so the sum is real).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from slowion.base.errors import InputError
from slowion.evaluate.fermi import cubic_orbits


@dataclass(frozen=True)
class Shell:
    """One shell of lattice vectors of equal length: ``radius`` (bohr) and ``vectors`` (m, 3) in bohr."""

    index: int
    radius: float
    vectors: np.ndarray

    @property
    def count(self) -> int:
        return int(self.vectors.shape[0])


def bcc_shells(a: float, n_shells: int) -> list[Shell]:
    """The first ``n_shells`` neighbour shells of the bcc lattice with cubic lattice constant ``a`` (bohr)."""
    if not (math.isfinite(a) and a > 0):
        raise InputError(f"argument lattice_constant: expected a finite number > 0, got {a!r}")
    if n_shells < 0:  # the input is checked by slowion.base.validate.shells; internal counts (windows) go beyond it
        raise ValueError(f"bcc_shells: n_shells must be >= 0, got {n_shells!r}")
    if n_shells == 0:
        return []
    span = 2
    while True:
        # integer coordinates in units of a/2: all even or all odd
        r = np.arange(-span, span + 1)
        n = np.stack(np.meshgrid(r, r, r, indexing="ij"), axis=-1).reshape(-1, 3)
        parity = n % 2
        n = n[(parity == parity[:, :1]).all(axis=1)]
        norm2 = (n**2).sum(axis=1)
        levels = np.unique(norm2[norm2 > 0])
        # a shell is complete only if its radius is inside the generated cube
        complete = levels[levels <= span**2]
        if len(complete) >= n_shells:
            break
        span *= 2
    shells = []
    for index, level in enumerate(complete[:n_shells], start=1):
        vecs = n[norm2 == level] * (a / 2.0)
        shells.append(Shell(index=index, radius=math.sqrt(level) * a / 2.0, vectors=vecs.astype(float)))
    return shells


def shells_within(a: float, radius: float) -> int:
    """Number of bcc neighbour shells with |R| <= ``radius`` (bohr) for the cubic lattice constant ``a``."""
    level_max = math.floor((2.0 * radius / a) ** 2 * (1.0 + 1e-12))
    span = math.isqrt(level_max) + 1
    r = np.arange(-span, span + 1)
    n = np.stack(np.meshgrid(r, r, r, indexing="ij"), axis=-1).reshape(-1, 3)
    parity = n % 2
    norm2 = (n[(parity == parity[:, :1]).all(axis=1)] ** 2).sum(axis=1)
    return int(np.unique(norm2[(norm2 > 0) & (norm2 <= level_max)]).size)


def shell_overlaps(orbital, shells: list[Shell]) -> np.ndarray:
    """S(R_s) = <psi | psi(. - R_s)> per shell (DF Eq. 70), from the orbital's generated overlaps."""
    if not shells:
        return np.zeros(0)
    return np.asarray(orbital.overlap(np.array([s.radius for s in shells])), dtype=float)


def bloch_overlap(kvecs: np.ndarray, shells: list[Shell], S_values: np.ndarray) -> np.ndarray:
    """S_B(k) = 1 + sum_s S(R_s) sum_{R in s} cos(k.R) (DF Eq. 65) for k vectors (N, 3) in 1/bohr -> (N,)."""
    return bloch_overlap_series(kvecs, shells, S_values)[-1]


def bloch_overlap_series(kvecs: np.ndarray, shells: list[Shell], S_values: np.ndarray) -> np.ndarray:
    """S_B(k) of DF Eq. 65 truncated after 0, 1, ..., len(shells) shells: (len(shells) + 1, N)."""
    k = np.atleast_2d(np.asarray(kvecs, dtype=float))
    out = np.ones((len(shells) + 1, k.shape[0]))
    for j, (shell, S) in enumerate(zip(shells, np.asarray(S_values, dtype=float), strict=True), start=1):
        out[j] = out[j - 1] + S * np.cos(k @ shell.vectors.T).sum(axis=1)
    return out


class BlochSumNotPositive(InputError):
    """The truncated Bloch sum S_B(k) is not positive somewhere on the Fermi sphere."""


#: Lebedev order of the dense set on which the positivity of S_B(k) on the Fermi sphere is checked.
POSITIVITY_ORDER = 131


def positivity_points(order: int = POSITIVITY_ORDER) -> np.ndarray:
    """One direction per O_h orbit of the Lebedev rule of ``order``: S_B(k) is invariant under the cubic group
    (every bcc shell is), so its minimum over the rule is its minimum over these 1/48 of the points."""
    return cubic_orbits(order)[0]


def check_bloch_positive(kF: float, shells: list[Shell], S_values: np.ndarray, order: int = POSITIVITY_ORDER) -> float:
    """Minimum of S_B(k) over a dense Lebedev set on |k| = k_F (:func:`positivity_points`); raises
    :class:`BlochSumNotPositive` if <= 0.

    S_B(k) is the overlap <k|k> of the non-orthogonal Bloch sum (the exact infinite sum is positive), and it
    divides the LCAO-II integrand (DF Eq. 72): a truncation that makes it vanish or change sign is refused.
    """
    values = bloch_overlap(kF * positivity_points(order), shells, S_values)
    smallest = float(values.min())
    if not smallest > 0:
        raise BlochSumNotPositive(
            f"truncation at {len(shells)} shells gives min S(k) = {smallest:.4g} <= 0 on the Fermi sphere (Bloch sum "
            f"of DF Eq. 65 must be positive); use another number of shells",
            "shells",
        )
    return smallest
