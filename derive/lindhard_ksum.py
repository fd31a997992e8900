"""The k-sum of Das Eq. 2 by mpmath quadrature: an independent check of the closed forms X_1 (Eq. 5), X_2.

Route (different from dielectric.py, which integrates over the transverse disk first and the component along q
last): spherical coordinates around q, the angular integral first and the radial integral over |k| numerically.
With k.q = q k mu, E_{k+q} - E_k = q k mu + q^2/2 and the f(k+q) term shifted (k -> k - q),

    S(q, w) = 2 int d^3k/(2 pi)^3 f(k) [1/(q k mu - b_1 - i0) - 1/(q k mu - b_2 - i0)],
    b_1 = q^2/2 + w,  b_2 = w - q^2/2,  w = q lambda,

and for each |k| the mu-integral over (-1, 1) is elementary: principal value (1/qk) ln|(qk - b)/(qk + b)|, pole
i pi theta(qk - |b|)/(qk). The |k| integral is done by ``mpmath.quad`` with break points at the logarithmic
singularities qk = |b|. X = 4 pi S (e = 1).
"""

from __future__ import annotations

from collections.abc import Iterator

import mpmath


def x_ksum(q: float, lam: float, kF: float, dps: int = 40) -> mpmath.mpc:
    """X(q, w = q lambda) = X_1 + i X_2 (retarded) from the k-sum of Das Eq. 2, to about ``dps`` digits."""
    with mpmath.workdps(dps + 10):
        q, lam, kF = mpmath.mpf(q), mpmath.mpf(lam), mpmath.mpf(kF)
        w = q * lam
        bs = (q**2 / 2 + w, w - q**2 / 2)
        signs = (1, -1)
        pref = 2 / (2 * mpmath.pi) ** 3 * 2 * mpmath.pi  # spins, d^3k/(2 pi)^3, azimuth

        def real_part(k):
            return sum(s * k / q * mpmath.log(abs((q * k - b) / (q * k + b))) for s, b in zip(signs, bs, strict=True))

        breaks = sorted({mpmath.mpf(0), kF, *(abs(b) / q for b in bs if 0 < abs(b) / q < kF)})
        re = pref * mpmath.quad(real_part, breaks)
        # imaginary part: the pole at mu = b/(qk) lies in (-1, 1) for k > |b|/q
        im = 0
        for s, b in zip(signs, bs, strict=True):
            lo = abs(b) / q
            if lo < kF:
                im += s * mpmath.pi * mpmath.quad(lambda k: k / q, [lo, kF])
        im *= pref
        return mpmath.mpc(4 * mpmath.pi * re, 4 * mpmath.pi * im)


def check_points(n: int = 60, kF: float = 1.0) -> Iterator[tuple[float, float, float]]:
    """(q, lambda, k_F) points: q below and above 2 k_F and close to the singular q = 2 k_F +- 2 lambda, several u."""
    lams = (0.0, 0.013, -0.07, 0.21, -0.45, 0.8, 1.3)
    base = (0.05, 0.37, 0.9, 1.55, 1.97, 2.02, 2.6, 3.7)
    pts: list[tuple[float, float, float]] = []
    for lam in lams:
        for qq in base:
            pts.append((qq * kF, lam * kF, kF))
        for sgn in (1, -1):  # near the logarithmic singularities |2 k_F - q -+ 2 lambda| -> 0
            qs = 2 * kF - sgn * 2 * lam * kF
            if qs > 0:
                pts.append((qs * (1 + 1e-6), lam * kF, kF))
    seen: set[tuple[float, float, float]] = set()
    out = [p for p in pts if not (p in seen or seen.add(p))]
    step = max(1, len(out) // n) if n < len(out) else 1
    yield from out[::step][:n]
