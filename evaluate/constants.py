"""Physical inputs of the stopping evaluation, each with its source (one place, like PySCF's ``data/nist.py``).

Everything the evaluator needs that is not derived or read from the Koga et al. orbital files lives here.
Lengths in the rest of the package are in bohr (atomic units); the lattice constants are kept here in angstrom,
as their sources print them, and converted with the CODATA bohr radius.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from slowion.base import validate
from slowion.base.choices import METALS

#: Bohr radius in angstrom. CODATA 2022 recommended value, a0 = 0.529 177 210 544(82) x 10^-10 m
#: (Tiesinga et al., CODATA 2022; https://physics.nist.gov/cgi-bin/cuu/Value?bohrrada0).
BOHR_ANGSTROM: float = 0.529177210544


@dataclass(frozen=True)
class MetalData:
    """Inputs for one bcc alkali metal.

    ``lattice_constant_angstrom``: cubic bcc lattice constant at ``temperature_K``, from ``lattice_source``.
    ``rs``: Wigner-Seitz radius (bohr) of the valence electron gas used by DF and by Echenique, Nieminen and
    Ritchie, Solid State Commun. 37, 779 (1981) -- the values quoted in issue 5 (Li 3.25, Na 3.93, K 4.86, Rb 5.20).
    ``valence``: label of the valence orbital in the Koga et al. (1999) file; ``koga_symbol``: file stem.
    """

    symbol: str
    koga_symbol: str
    valence: str
    lattice_constant_angstrom: float
    temperature_K: float
    lattice_source: str
    rs: float

    @property
    def lattice_constant(self) -> float:
        """Cubic lattice constant in bohr."""
        return self.lattice_constant_angstrom / BOHR_ANGSTROM

    @property
    def rs_from_lattice(self) -> float:
        """r_s implied by the lattice constant: bcc, 2 atoms per cubic cell, one valence electron per atom,
        (4 pi / 3) r_s^3 = a^3 / 2."""
        return (3.0 * self.lattice_constant**3 / (8.0 * math.pi)) ** (1.0 / 3.0)

    @property
    def kF(self) -> float:
        """Fermi wave number k_F = (9 pi / 4)^(1/3) / r_s (docs/conventions.md)."""
        return (9.0 * math.pi / 4.0) ** (1.0 / 3.0) / self.rs


_AM = "Ashcroft & Mermin, Solid State Physics (1976), Table 4.1 (bcc lattice constants)"

METAL_DATA: dict[str, MetalData] = {
    "Li": MetalData("Li", "li", "2S", 3.49, 78.0, _AM, 3.25),
    "Na": MetalData("Na", "na", "3S", 4.23, 5.0, _AM, 3.93),
    "K": MetalData("K", "k", "4S", 5.23, 5.0, _AM, 4.86),
    "Rb": MetalData("Rb", "rb", "5S", 5.59, 5.0, _AM, 5.20),
}

#: The r_s quoted to three digits and the lattice constant must describe the same electron density: the
#: relative difference between ``rs`` and ``rs_from_lattice`` must stay below this (rounding of r_s to
#: 0.01 bohr is at most 0.15 % for these metals; the lattice constants carry three digits as well).
RS_CONSISTENCY_TOLERANCE: float = 3e-3

#: Koga et al. orbital files in qc-BFit: Koga, Kanayama, Watanabe, Thakkar, Int. J. Quantum Chem. 71, 491 (1999);
#: distributed with PyPI ``qc-BFit`` (GPL-3.0) as ``bfit/data/data.tar`` member ``./neutral/<symbol>.slater``.
KOGA_REFERENCE: str = "T. Koga, K. Kanayama, S. Watanabe, A. J. Thakkar, Int. J. Quantum Chem. 71, 491 (1999)"

#: beta of DF Eq. 23 for the single-exponent He 1s: the variational optimum of the hydrogenic-screening
#: trial function, Z - 5/16 = 27/16 (e.g. Bransden & Joachain, Physics of Atoms and Molecules, Sec. 7.3).
BETA_VARIATIONAL: float = 27.0 / 16.0


#: Neighbour shells kept by default in the Bloch sums (measured, docs/evaluate.md): with 40 shells LCAO-II is
#: converged in the truncation to < 1e-5 relative for all four metals (Li, the slowest, changes by 6e-6 from 40 to
#: 60 shells); the exact model costs ~ 0.3 s per shell plus its Ibar^R tables, and 20 shells leave it within 1.3e-4
#: of its 60-shell value for Na, K, Rb and 9e-4 for Li (whose estimated shell error, 3.6e-3, is above the stopping's
#: convergence tolerance).
DEFAULT_SHELLS: int = 40
DEFAULT_SHELLS_EXACT: int = 20


def default_shells(model: str) -> int:
    """The neighbour shells kept by default for ``model``: DEFAULT_SHELLS_EXACT for exact (DF-63), DEFAULT_SHELLS
    for lcao2 (DF-72) and every other use of the Bloch sums."""
    return DEFAULT_SHELLS_EXACT if model == "exact" else DEFAULT_SHELLS


def metal_data(metal: str) -> MetalData:
    """The inputs of ``metal`` (Li, Na, K, Rb; case-insensitive, checked by :func:`slowion.base.validate.metal`)."""
    return METAL_DATA[validate.metal(metal)]


def rs_consistency() -> list[dict]:
    """Per metal: r_s of the issue, r_s implied by the lattice constant, their relative difference."""
    rows = []
    for m in METALS:
        d = METAL_DATA[m]
        rows.append(
            {
                "metal": m,
                "rs": d.rs,
                "rs_from_lattice": d.rs_from_lattice,
                "relative_difference": (d.rs_from_lattice - d.rs) / d.rs,
                "lattice_constant_angstrom": d.lattice_constant_angstrom,
                "temperature_K": d.temperature_K,
            }
        )
    return rows
