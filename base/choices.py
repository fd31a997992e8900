"""The names an input may take, defined once: the metals, the stopping models, the choices of the He exponent beta.

The validators (:mod:`slowion.base.validate`) check inputs against these; the physical data of each metal (r_s,
lattice constant, sources) are in ``slowion.evaluate.constants``, keyed by the same names; the report and the command
line import them from here.
"""

from __future__ import annotations

#: the bcc alkali metals of DF Table II (DF Sec. IV), in order of increasing r_s
METALS: tuple[str, ...] = ("Li", "Na", "K", "Rb")

#: models of the mean stopping (DF Sec. IV): FEG (DF-77), LCAO-I (DF-75), LCAO-II (DF-72), exact (DF-63, DF-66..68)
MODELS: tuple[str, ...] = ("feg", "lcao1", "lcao2", "exact")

#: choices of beta, the exponent of the single-exponent He 1s of DF Eq. 23 (``slowion.evaluate.coupling``):
#: the maximum overlap with the RHF He 1s orbital, or the variational Z - 5/16
BETA_CHOICES: tuple[str, ...] = ("fit", "27/16")
