"""slowion: derive, audit and evaluate the friction on slow ions and atoms in metals.

Papers: J. J. Dorado and F. Flores (DF), He stopping in alkali metals by an LCAO method; A. K. Das,
Helv. Phys. Acta 49 (1976), dielectric formulation of electromigration. See ``docs/``.
"""

__version__ = "0.1.0"
