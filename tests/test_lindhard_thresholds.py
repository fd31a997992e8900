"""X_1 (Das Eq. 5) on both sides of its small-q branch thresholds, where the closed form is at its worst.

The small-q series is taken for q < min(R/10, k_F/50), R = 2 k_F - 2|lambda| (codegen/targets.py). Just above
either bound the closed form runs, whose O(1) terms cancel to O(q) (error ~ 0.5 eps k_F/q): each point must meet
the accuracy rule of codegen/accuracy.py (1e-12, or (cond + 1) 1e-14 where the condition number is larger),
including lambda -> k_F, where R shrinks and the log singularity at q = R comes close. A threshold at R/100
(tried) fails here at lambda = 0.999 k_F by 2.1x.
"""

from __future__ import annotations

import mpmath
import pytest

from slowion.codegen.accuracy import FLOOR, PER_COND, condition_number, mp_value
from slowion.generated import dielectric
from slowion.generated.mp import dielectric as twins

#: fractions of the threshold: just inside, just outside, and a little further out
SIDES = (1 - 1e-7, 1 + 1e-7, 1.25, 2.0)


def _error_over_tolerance(q: float, lam: float, kF: float) -> float:
    got = float(dielectric.lindhard_x1(q, lam, kF))
    ref = mp_value(twins.lindhard_x1, [q, lam, kF])
    err = float(abs((mpmath.mpf(got) - ref) / ref))
    if err <= FLOOR:
        return err / FLOOR
    cond = condition_number(twins.lindhard_x1, [q, lam, kF], ref)
    return err / max(FLOOR, (cond + 1) * PER_COND)


@pytest.mark.parametrize("kF", [0.3, 1.0, 2.0])
@pytest.mark.parametrize("lam_over_kF", [0.0, 0.5, 0.9, 0.99, 0.999, -0.99])
def test_x1_meets_the_rule_around_the_disc_of_its_singularity(kF: float, lam_over_kF: float) -> None:
    lam = lam_over_kF * kF
    threshold = (2 * kF - 2 * abs(lam)) / 10
    # and well inside, where a smaller disc would leave the closed form at q ~ R/100
    worst = max(_error_over_tolerance(threshold * s, lam, kF) for s in (0.1, 0.125, *SIDES))
    assert worst <= 1.0


@pytest.mark.parametrize("kF", [0.3, 1.0, 2.0])
@pytest.mark.parametrize("lam_over_kF", [0.0, 0.3, 0.6, -0.8, 0.85])
def test_x1_meets_the_rule_around_k_F_over_50(kF: float, lam_over_kF: float) -> None:
    lam = lam_over_kF * kF
    worst = max(_error_over_tolerance(kF / 50 * s, lam, kF) for s in SIDES)
    assert worst <= 1.0
