"""How good DF Eq. 69, Ibar^R(q) ~ S(R) I(q), is: the two-centre transforms of DF Eq. 66
(``slowion.evaluate.multicentre``) against S(R) I(q) shell by shell, and the mean stopping of the full DF Eq. 63
("exact") against DF Eq. 72 (LCAO-II, Eq. 69 inserted) from ``slowion.evaluate.stopping``.

It sits above both modules: ``stopping`` uses ``multicentre`` (through ``double_fermi``), and this comparison uses
both.
"""

from __future__ import annotations

import time

from slowion.base import validate
from slowion.evaluate.constants import default_shells, metal_data
from slowion.evaluate.lattice import bcc_shells
from slowion.evaluate.multicentre import eq69_shell_errors
from slowion.evaluate.orbitals import valence_orbital
from slowion.evaluate.stopping import mean_stopping


def eq69_accuracy(metal: str, shells: int | None = None, with_S0: bool = True) -> dict:
    """How good DF Eq. 69, Ibar^R(q) ~ S(R) I(q), is for ``metal``: per-shell relative errors over
    0 <= q <= 2 k_F (for ``shells`` shells, default: the exact model's default, ``constants.default_shells``),
    and the mean stopping S0 from the full Eq. 63 ("exact") vs Eq. 72 (LCAO-II), each with ``shells`` or, if None,
    its own default number of shells. ``with_S0=False`` skips the two S0 evaluations (the costly part)."""
    data = metal_data(metal)
    n_shells = default_shells("exact") if shells is None else validate.shells(shells)
    orb = valence_orbital(data.symbol)
    shell_list = bcc_shells(data.lattice_constant, n_shells)
    kF = data.kF
    per_shell = eq69_shell_errors(orb, shell_list, 2.0 * kF, n_q=13, n_t=7)
    out: dict = {
        "metal": data.symbol,
        "shells": n_shells,
        "kF": kF,
        "q_max": 2.0 * kF,
        "eq69_max_error_rel_S_R_shell1": per_shell[0]["max_error_rel_S_R"] if per_shell else None,
        "eq69_max_error_rel_S_R_all": max((r["max_error_rel_S_R"] for r in per_shell), default=None),
        "eq69_weighted_rms_rel_S_R_shell1": per_shell[0]["weighted_rms_rel_S_R"] if per_shell else None,
        "transform_quadrature_error": max((r["quadrature_error"] for r in per_shell), default=None),
    }
    if not with_S0:
        out["per_shell"] = per_shell
        return out
    # shells=None: each model at its own converged default (stopping.py: LCAO-II 40, exact 20 shells)
    t0 = time.perf_counter()
    lcao2 = mean_stopping(data.symbol, "lcao2", shells=shells)
    t1 = time.perf_counter()
    exact = mean_stopping(data.symbol, "exact", shells=shells)
    t2 = time.perf_counter()
    out.update(
        {
            "shells_lcao2": lcao2.inputs.get("shells"),
            "shells_exact": exact.inputs.get("shells"),
            "S0_lcao2": lcao2.S0,
            "S0_lcao2_error": lcao2.error,
            "S0_exact": exact.S0,
            "S0_exact_error": exact.error,
            "exact_over_lcao2": exact.S0 / lcao2.S0,
            "seconds_lcao2": t1 - t0,
            "seconds_exact": t2 - t1,
            "notes": (
                "eq69_*: max over 0 <= q <= 2 kF and all angles of |Ibar^R(q) - S(R) I(q)| / S(R); weighted_rms: "
                "q^3-weighted RMS over q (the LCAO-I weight of S0), angle-averaged; S0 exact = full DF Eq. 63 "
                "with the two-centre transforms of Eq. 66, S0 lcao2 = Eq. 72 (Eq. 69 inserted)."
            ),
            "per_shell": per_shell,
        }
    )
    return out
