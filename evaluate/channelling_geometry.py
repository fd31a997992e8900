"""Geometry shared by the channelling maps (DF Eqs. 60-61; docs/channelling.md): the classes of projected bond
midpoints in the (100) plane of bcc, and the radius that holds a valence density up to a stated tail."""

from __future__ import annotations

import itertools
import math

import numpy as np


def midpoint_class(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    """Class in (L/2) / L of the projected point (a/4)(A, B), A = B mod 2 (L: the (100) projection of bcc, vectors
    (a/2)(m, n) with m + n even). 0: L itself, 1: (a/4)(1, 1) + L, 2: (a/4)(1, -1) + L, 3: (a/2)(1, 0) + L."""
    A = np.asarray(A, dtype=np.int64)
    B = np.asarray(B, dtype=np.int64)
    odd = A % 2
    d = (A - B) % 4
    return np.where(odd == 0, np.where(d == 0, 0, 3), np.where(d == 0, 1, 2))


def radial_panels(x_max: float, first: float = 1e-4, n: int = 24) -> tuple[np.ndarray, np.ndarray]:
    """Gauss-Legendre nodes on [0, x_max] with panels doubling from ``first`` (resolves the core of psi^2)."""
    edges = [0.0]
    e = first
    while e < x_max:
        edges.append(e)
        e *= 2.0
    edges.append(x_max)
    g, gw = np.polynomial.legendre.leggauss(n)
    xs, ws = [], []
    for lo, hi in itertools.pairwise(edges):
        xs.append(0.5 * (hi - lo) * g + 0.5 * (hi + lo))
        ws.append(0.5 * (hi - lo) * gw)
    return np.concatenate(xs), np.concatenate(ws)


def density_radius(orbital, tail: float) -> float:
    """Smallest r with int_{|x| > r} psi^2 d^3x < tail (bisection on a radial Gauss-Legendre rule)."""
    x, w = radial_panels(120.0)
    dens = 4.0 * math.pi * x**2 * orbital.value(x) ** 2 * w
    outside = np.cumsum(dens[::-1])[::-1]
    idx = np.nonzero(outside < tail)[0]
    return float(x[idx[0]]) if idx.size else 120.0
