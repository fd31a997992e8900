# --------------------------------------------------------------------------------------------------------------------
# GENERATED FILE - DO NOT EDIT. numba code written by slowion.codegen; regenerate with `slowion generate`.
# Source: slowion.derive.stopping.codegen_expressions(); keys, specs and numeric branches: codegen/targets.py.
# SymPy 1.14.0. sha256 of sympy.srepr of each expression (with its argument order and branches):
#   feg_stopping: d304baeb50deac0797a93c7799a6d78b0337eec7e0577b353a4442967cb57558
#   form_factor_stopping_prefactor: cbbdf0a7daf59a889d828131bf83de80abf0ab7bdf518c64aacdd8cf217fc3cd
#   fermi_surface_stopping_prefactor: af89f3d93c5ed5065ab01b04a1c652272bbc1c1912e37a4e245a159489209abb
# --------------------------------------------------------------------------------------------------------------------


"""Compiled (numba) float64 ufuncs of slowion.derive.stopping: the pieces of slowion.generated.stopping, as scalar
code with real branches. Importing this module compiles every ufunc (numba required).
"""


import math

import numba


__all__ = ["feg_stopping", "form_factor_stopping_prefactor", "fermi_surface_stopping_prefactor"]


#: pieces: compiled on first use (cached), division by zero gives inf/nan as in numpy (no exception)
_jit = numba.njit(cache=True, error_model="numpy")


@_jit
def _feg_stopping_closed(kF, V0p):
    # closed: 6 operations
    return float((1/3)*V0p**2*kF**4/math.pi**3)


def _feg_stopping_scalar(kF, V0p):
    """Low-velocity stopping (1/v dE/dx, a.u.) of the FEG with contact potential V0' (DF Eq. 77, X-4). Scalar, one branch per point."""
    return _feg_stopping_closed(kF, V0p)


@_jit
def _form_factor_stopping_prefactor_closed(V0p):
    # closed: 4 operations
    return float((1/12)*V0p**2/math.pi**3)


def _form_factor_stopping_prefactor_scalar(V0p):
    """C in S_F = C int_0^{2 k_F} q^3 F(q)^2 dq (X-3; F = I(q) for LCAO-I, DF Eq. 75). Scalar, one branch per point."""
    return _form_factor_stopping_prefactor_closed(V0p)


@_jit
def _fermi_surface_stopping_prefactor_closed(kF, V0p):
    # closed: 6 operations
    return float((1/96)*V0p**2*kF**2/math.pi**5)


def _fermi_surface_stopping_prefactor_scalar(kF, V0p):
    """C in S_G = C int dOmega_k dOmega_k' |k - k'|^2 G(k, k') on the Fermi sphere (X-5; DF Eq. 72). Scalar, one branch per point."""
    return _fermi_surface_stopping_prefactor_closed(kF, V0p)


#: explicit float64 signature of each ufunc
SIGNATURES = {
    "feg_stopping": ["float64(float64, float64)"],
    "form_factor_stopping_prefactor": ["float64(float64)"],
    "fermi_surface_stopping_prefactor": ["float64(float64, float64)"],
}

#: the scalar dispatchers, for other numba targets (e.g. target='parallel')
SCALARS = {
    "feg_stopping": _feg_stopping_scalar,
    "form_factor_stopping_prefactor": _form_factor_stopping_prefactor_scalar,
    "fermi_surface_stopping_prefactor": _fermi_surface_stopping_prefactor_scalar,
}


feg_stopping = numba.vectorize(SIGNATURES["feg_stopping"], cache=True)(_feg_stopping_scalar)
form_factor_stopping_prefactor = numba.vectorize(SIGNATURES["form_factor_stopping_prefactor"], cache=True)(_form_factor_stopping_prefactor_scalar)
fermi_surface_stopping_prefactor = numba.vectorize(SIGNATURES["fermi_surface_stopping_prefactor"], cache=True)(_fermi_surface_stopping_prefactor_scalar)
