"""Every numbered equation of both papers: the audit has a record for it, or says here why there is nothing to check.

Numbering as in the project (DF: the LaTeX copy; Das: as printed). :func:`not_checked` lists each numbered equation
without a record with its reason; an equation that carries a record is never listed (the record is the answer), and
an equation with neither a record nor a reason is an error of this module (tested).
"""

from __future__ import annotations

DF_EQUATIONS = tuple(str(n) for n in range(1, 82))
DAS_EQUATIONS = tuple(str(n) for n in range(1, 13)) + tuple(f"A.{n}" for n in range(1, 6))
DAS_EQUATIONS += tuple(f"B.{n}" for n in range(1, 6))

_DEFINITION = "a definition that is only notation"
_FORMALISM = (
    "the general multi-orbital form; nothing to check before it is specialised to one s orbital (Eqs. 62-63, "
    "audited through DF-67, 68, 72 and the evaluator)"
)

#: equation -> why there is nothing to check (or, marked 'not audited:', what checking it would need)
REASONS: dict[str, str] = {
    "DF-1": _DEFINITION + ": Löwdin orthonormalisation phi = S^(-1/2) psi (its series is derived and tested in "
    "derive/lowdin.py, tests/test_lowdin.py)",
    "DF-2": _DEFINITION + ": the overlap matrix S",
    "DF-6": _DEFINITION + ": the eigenstates |n> of H_eff",
    "DF-7": "quoted from Ref. 18 (the quasi-adiabatic power loss); DF derive nothing in it",
    "DF-9": "not audited symbolically: Eq. 8 integrated over t' and summed over one-electron states; its q' = q, "
    "low-velocity consequence is checked through DF-47 and X-2 ... X-5",
    "DF-25": _DEFINITION + ": the trial function of the three-state problem",
    "DF-26": _DEFINITION + ": the secular equation (used as a derivation route in he_metal.generalized_eigen_shifts)",
    "DF-27": _DEFINITION + ": Eq. 1 for the k, He basis",
    "DF-28": _DEFINITION + ": the overlap S_kHe",
    "DF-29": "an input of the model (crystal eigenstates are orthogonal), used as such in derive/three_state.py",
    "DF-30": _DEFINITION + ": H_eff = S^(-1/2) H S^(-1/2) (computed in derive/lowdin.py)",
    "DF-37": _DEFINITION + ": the expansion of |k> in local orbitals (used by DF-38)",
    "DF-43": "not audited: the contact approximation psi_k(r) -> psi_k(R_He) under the integral; its consequence for "
    "plane waves is the record DF-45",
    "DF-44": "not audited separately: the contact form, checked with Eq. 45 in DF-45",
    "DF-46": "not audited: Eq. 9 with the contact matrix element of Eq. 45; its q' = q part is DF-47",
    "DF-49": _DEFINITION + ": the crystal eigenstates",
    "DF-50": _DEFINITION + ": the LCAO expansion of |k>",
    "DF-51": _FORMALISM,
    "DF-52": _DEFINITION + ": the two-centre integral I^R(q)",
    "DF-53": _DEFINITION + ": the Bloch sum of S^(-1/2)",
    "DF-54": _DEFINITION + ": the Bloch sum of the overlap",
    "DF-57": _FORMALISM,
    "DF-58": _DEFINITION + ": the energy-integrated Green function",
    "DF-59": "not audited: G-bar for the empty states, a definition whose limits read int_{inf}^{E_F} in the "
    "conversion (reversed: -int_{E_F}^{inf}, the sign of Eq. 56, audited as DF-56; Eq. 57 takes its Im)",
    "DF-60": _FORMALISM + "; the G != 0 components S_G (position dependence) are not evaluated by slowion",
    "DF-61": _DEFINITION + ": the Fourier series of S_R",
    "DF-62": _FORMALISM,
    "DF-63": "not audited symbolically: the one-orbital stopping integral, evaluated numerically (Monte Carlo, "
    "DF-80) by the evaluator; its parts are DF-67, 68, 72",
    "DF-64": _DEFINITION + ": I^R(q) for one s orbital",
    "DF-65": _DEFINITION + ": S(k) for one s orbital",
    "DF-70": _DEFINITION + ": the overlap S(R) (see X-7)",
    "DF-71": _DEFINITION + ": the form factor I(q) (see X-6)",
    "DF-73": "an input of the LCAO-I model (no overlap between metal orbitals); DF-74 and DF-75 follow from it",
    "DF-76": "an input of the FEG model (contact potential); its stopping, DF-77, is the record X-4",
    "DF-77": "audited as X-4 (its low-velocity closed form, with |q.v|, see DF-47)",
    "DF-79": _DEFINITION + ": the Bloch sum S(k - q/2) (used in DF-78)",
    "DF-80": "a number (Monte Carlo value of Eq. 63 for Na, 0.085 a.u.): a comparison target of the report",
    "DF-81": "a normalisation factor n_s^2/n_s^2(Rb) quoted with the numbers of Table II: a comparison target",
}


def not_checked(recorded: set[str], strict: bool = True) -> list[dict[str, str]]:
    """Numbered equations without a record, each with the reason; raises if one has neither (``strict``: the
    records of the whole registry; a part of it only lists the reasons of equations it does not record)."""
    out = []
    missing = []
    for paper, eqs in (("DF", DF_EQUATIONS), ("Das", DAS_EQUATIONS)):
        for n in eqs:
            key = f"{paper}-{n}"
            if key in recorded:
                continue
            if key in REASONS:
                out.append({"key": key, "reason": REASONS[key]})
            else:
                missing.append(key)
    if missing and strict:
        raise RuntimeError(f"numbered equations with neither a record nor a reason: {missing}")
    return out
