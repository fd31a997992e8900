# --------------------------------------------------------------------------------------------------------------------
# GENERATED FILE - DO NOT EDIT. numpy code written by slowion.codegen; regenerate with `slowion generate`.
# Source: slowion.derive.stopping.codegen_expressions(); keys, specs and numeric branches: codegen/targets.py.
# Used by evaluate/double_fermi.py (the low-velocity stopping closed forms ).
# SymPy 1.14.0. sha256 of sympy.srepr of each expression (with its argument order and branches):
#   feg_stopping: d304baeb50deac0797a93c7799a6d78b0337eec7e0577b353a4442967cb57558
#   form_factor_stopping_prefactor: cbbdf0a7daf59a889d828131bf83de80abf0ab7bdf518c64aacdd8cf217fc3cd
#   fermi_surface_stopping_prefactor: af89f3d93c5ed5065ab01b04a1c652272bbc1c1912e37a4e245a159489209abb
# --------------------------------------------------------------------------------------------------------------------


"""Generated numpy functions for X-3, X-4, X-5 (vectorised, float64, no SymPy).

Used by evaluate/double_fermi.py (the low-velocity stopping closed forms X-3 to X-5).
"""


import numpy

from slowion.generated._helpers import asarrays, shaped


__all__ = ["feg_stopping", "form_factor_stopping_prefactor", "fermi_surface_stopping_prefactor"]


#: typical argument box (bench: uniform in it; accuracy tests: plus edge regions): name -> arg -> (lo, hi)
DOMAINS = {
    "feg_stopping": {"kF": (0.05, 2.0), "V0p": (0.05, 2.0)},
    "form_factor_stopping_prefactor": {"V0p": (0.05, 2.0)},
    "fermi_surface_stopping_prefactor": {"kF": (0.05, 2.0), "V0p": (0.05, 2.0)},
}


def _feg_stopping_closed(kF, V0p):
    # closed: 6 operations
    return 0.010750511477733163*((V0p*V0p)*(kF*kF*kF*kF))


def feg_stopping(kF, V0p):
    """Low-velocity stopping (1/v dE/dx, a.u.) of the FEG with contact potential V0' (DF Eq. 77, X-4).

    Keys: X-4. Derived by slowion.derive.stopping.feg_stopping().

    Arguments kF, V0p: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: d304baeb50deac0797a93c7799a6d78b0337eec7e0577b353a4442967cb57558
    Branch closed: 6 operations after cse. Closed form.
    """

    kF, V0p = asarrays(kF, V0p)
    return shaped(_feg_stopping_closed(kF, V0p), kF, V0p)


def _form_factor_stopping_prefactor_closed(V0p):
    # closed: 4 operations
    return 0.0026876278694332907*(V0p*V0p)


def form_factor_stopping_prefactor(V0p):
    """C in S_F = C int_0^{2 k_F} q^3 F(q)^2 dq (X-3; F = I(q) for LCAO-I, DF Eq. 75).

    Keys: X-3. Derived by slowion.derive.stopping.form_factor_stopping_prefactor().

    Arguments V0p: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: cbbdf0a7daf59a889d828131bf83de80abf0ab7bdf518c64aacdd8cf217fc3cd
    Branch closed: 4 operations after cse. Closed form.
    """

    V0p, = asarrays(V0p)
    return shaped(_form_factor_stopping_prefactor_closed(V0p), V0p)


def _fermi_surface_stopping_prefactor_closed(kF, V0p):
    # closed: 6 operations
    return 3.403920461513943e-05*((V0p*V0p)*(kF*kF))


def fermi_surface_stopping_prefactor(kF, V0p):
    """C in S_G = C int dOmega_k dOmega_k' |k - k'|^2 G(k, k') on the Fermi sphere (X-5; DF Eq. 72).

    Keys: X-5. Derived by slowion.derive.stopping.fermi_surface_stopping_prefactor().

    Arguments kF, V0p: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: af89f3d93c5ed5065ab01b04a1c652272bbc1c1912e37a4e245a159489209abb
    Branch closed: 6 operations after cse. Closed form.
    """

    kF, V0p = asarrays(kF, V0p)
    return shaped(_fermi_surface_stopping_prefactor_closed(kF, V0p), kF, V0p)
