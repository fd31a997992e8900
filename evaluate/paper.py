"""Numbers printed by Dorado & Flores (DF) and Echenique-Nieminen-Ritchie (ENR): comparison targets only.

Nothing in slowion is computed from these values; the report puts them beside our numbers with a ratio. Each value
carries where it was read (paper, table or equation, which text conversion), so that a reader can check the
transcription. DF equation numbers are those of the paper's LaTeX text (docs/conventions.md); Table II is read
from a second text conversion of the paper, whose equations were lost but which keeps the table's rows.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PaperValue:
    """One printed number (a.u. unless ``unit`` says otherwise) and where it was read."""

    value: float
    source: str
    unit: str = "a.u."


_DF = "Dorado & Flores"
_T1 = f"{_DF}, Table I (He in Na), LaTeX text of the paper"
_T2 = f"{_DF}, Table II, second text conversion of the paper (the LaTeX text lost the rows)"

#: DF Table I: mean stopping 1/v dE/dx of He in Na by model (FEG Eq. 77, LCAO-I Eq. 75, LCAO-II Eq. 72)
TABLE_I: dict[str, PaperValue] = {
    "feg": PaperValue(0.140, _T1),
    "lcao1": PaperValue(0.007, _T1),
    "lcao2": PaperValue(0.056, _T1),
}

#: DF Eq. 80: Monte Carlo evaluation of the full multi-centre Eq. 63 for Na
EQ80_NA = PaperValue(0.085, f"{_DF}, Eq. 80 (Monte Carlo evaluation of Eq. 63, Na)")

#: DF Table II column (a): "our results, as calculated using Monte Carlo techniques" -- for Na this is Eq. 80; for
#: the others DF scaled LCAO-II by the Na correction factor 0.085/0.056 ("assuming the same correction factor")
TABLE_II_A: dict[str, PaperValue] = {
    "Li": PaperValue(0.260, _T2 + ", column (a)"),
    "Na": PaperValue(0.085, _T2 + ", column (a)"),
    "K": PaperValue(0.026, _T2 + ", column (a)"),
    "Rb": PaperValue(0.015, _T2 + ", column (a)"),
}

#: DF Table II column (b): column (a) times the s-occupancy factor of Eq. 81, n_s^2 / n_s^2(Rb)
TABLE_II_B: dict[str, PaperValue] = {
    "Li": PaperValue(0.110, _T2 + ", column (b)"),
    "Na": PaperValue(0.068, _T2 + ", column (b)"),
    "K": PaperValue(0.023, _T2 + ", column (b)"),
    "Rb": PaperValue(0.015, _T2 + ", column (b)"),
}

#: ENR: P. M. Echenique, R. M. Nieminen, R. H. Ritchie, Solid State Commun. 37, 779 (1981), LDA, as quoted in DF
#: Table II column (c) (not read from the ENR paper itself)
ENR: dict[str, PaperValue] = {
    m: PaperValue(v, "Echenique, Nieminen, Ritchie, Solid State Commun. 37, 779 (1981), LDA; quoted in " + _T2)
    for m, v in (("Li", 0.100), ("Na", 0.053), ("K", 0.023), ("Rb", 0.016))
}

#: The only s-character fraction DF quotes (Sec. IV, before Eq. 81): Li, 52 % of the occupied density of states,
#: from D. A. Papaconstantopoulos, Handbook of the Band Structure of Elemental Solids (Plenum, 1986). DF do not give
#: Na, K, Rb (nor whether Rb is taken as fully s-like); we cannot source them here.
S_FRACTION: dict[str, PaperValue] = {
    "Li": PaperValue(0.52, f"{_DF}, Sec. IV before Eq. 81, citing Papaconstantopoulos (1986)", unit="fraction"),
}

#: statements of DF that the report checks as numbers
STATEMENTS: dict[str, str] = {
    "shell_convergence": "to get about 5 % accuracy LCAO-II needs the 5th or 6th neighbour shell (DF Sec. IV)",
    "channelling_variation": "the channelled stopping varies by as much as 100 % over the (100) plane (DF Sec. IV)",
    "channelling_half_plane": "averaging over the half of the plane with lowest stopping gives about 50-60 % of S0, "
    "namely 0.04 a.u. (DF Sec. IV)",
    "feg_vs_lcao": "FEG about three times too large, LCAO-I about eight times too small (DF Sec. IV, Table I)",
}

#: the metal of DF Table I and Eq. 80 (also that of the report's channelling map and sensitivity table)
NA = "Na"


def eq81_factor(s_fraction: float, s_fraction_rb: float = 1.0) -> float:
    """DF Eq. 81: the s-occupancy correction n_s^2 / n_s^2(Rb), with n_s the s fraction of the occupied states.

    DF do not state n_s(Rb); 1 (a fully s-like Rb band) is our assumption, said so wherever it is used.
    """
    if not (0.0 < s_fraction <= 1.0 and 0.0 < s_fraction_rb <= 1.0):
        raise ValueError("s fractions must lie in (0, 1]")
    return (s_fraction / s_fraction_rb) ** 2
