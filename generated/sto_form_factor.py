# --------------------------------------------------------------------------------------------------------------------
# GENERATED FILE - DO NOT EDIT. numpy code written by slowion.codegen; regenerate with `slowion generate`.
# Source: slowion.derive.sto.codegen_expressions(); keys, specs and numeric branches: codegen/targets.py.
# Used by evaluate/orbitals.py (I(q) of Slater orbitals, DF Eq. 71).
# SymPy 1.14.0. sha256 of sympy.srepr of each expression (with its argument order and branches):
#   sto_form_factor_1_1 (DF-71): 2e64dd84f156e25e128584e24869a1fc4603ef4344764e1c92632df557d4647a
#   sto_form_factor_1_2 (DF-71): 36ac082de2137ea0e241ba95ed11c660ef2442be1c518ac5e11ef357db5c18ff
#   sto_form_factor_1_3 (DF-71): 15d67e552f8ec1a94e84edbbe5680dfa6d2cb7b94369ad14aa98cd9035d7ead8
#   sto_form_factor_1_4 (DF-71): aa033034f153365008247ccb79c45c4c151972d08c8d925ba88e3dc3184d1b27
#   sto_form_factor_1_5 (DF-71): 2479655821e98cc14c876e401e26f20c0fd0fe800da892477422870d0c461096
#   sto_form_factor_2_2 (DF-71): e608a86301d2d84a8c506f3ed78d8bceb097367b69ea94fa1b7c4d9aed5c598a
#   sto_form_factor_2_3 (DF-71): 928c2838cb910d05cd437ebd951f208bae4bd07071f216316a3d04be937cf44f
#   sto_form_factor_2_4 (DF-71): 1fb8b2afa1a74b68e9e0962e4912114dc6d10830146b2a8b2ed11181243f7f5f
#   sto_form_factor_2_5 (DF-71): ab8d648df92611086f650b85a9e07de86a8182d6ce5cb3a915c892ab6221a5c5
#   sto_form_factor_3_3 (DF-71): 088888e6704c9ae729182fd854de76c0b38861e4111cb34d9dacd7017c97e750
#   sto_form_factor_3_4 (DF-71): b3e76c1f5f6f1c26fcdf443ee590ca75c58b01e622c5d42859bd9baf6c043542
#   sto_form_factor_3_5 (DF-71): 85fd12ca53fe4ebf7314620980aa5692a8c55d388eb4e19fdf3dc40f94b9ced2
#   sto_form_factor_4_4 (DF-71): 82dc0c00430e66dbd2b0245fb720585ac59323bae4ffdeef9a027731065802e6
#   sto_form_factor_4_5 (DF-71): eea07c9628a794b474d777aacc2676fc46761ef0040e7c81c3a7997ebbdc6cda
#   sto_form_factor_5_5 (DF-71): 27fb4c27c1468fb0e77dd6e9456482c5cfc590f31211fa458f4a06d4811158f1
# --------------------------------------------------------------------------------------------------------------------


"""Generated numpy functions for DF-71 (vectorised, float64, no SymPy).

Used by evaluate/orbitals.py (I(q) of Slater orbitals, DF Eq. 71).
"""


import numpy

from slowion.generated._helpers import asarrays, blocked


__all__ = ["sto_form_factor_1_1", "sto_form_factor_1_2", "sto_form_factor_1_3", "sto_form_factor_1_4", "sto_form_factor_1_5", "sto_form_factor_2_2", "sto_form_factor_2_3", "sto_form_factor_2_4", "sto_form_factor_2_5", "sto_form_factor_3_3", "sto_form_factor_3_4", "sto_form_factor_3_5", "sto_form_factor_4_4", "sto_form_factor_4_5", "sto_form_factor_5_5"]


#: typical argument box (bench: uniform in it; accuracy tests: plus edge regions): name -> arg -> (lo, hi)
DOMAINS = {
    "sto_form_factor_1_1": {"q": (0.0, 40.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_form_factor_1_2": {"q": (0.0, 40.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_form_factor_1_3": {"q": (0.0, 40.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_form_factor_1_4": {"q": (0.0, 40.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_form_factor_1_5": {"q": (0.0, 40.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_form_factor_2_2": {"q": (0.0, 40.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_form_factor_2_3": {"q": (0.0, 40.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_form_factor_2_4": {"q": (0.0, 40.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_form_factor_2_5": {"q": (0.0, 40.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_form_factor_3_3": {"q": (0.0, 40.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_form_factor_3_4": {"q": (0.0, 40.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_form_factor_3_5": {"q": (0.0, 40.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_form_factor_4_4": {"q": (0.0, 40.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_form_factor_4_5": {"q": (0.0, 40.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_form_factor_5_5": {"q": (0.0, 40.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
}


def _sto_form_factor_1_1_closed(q, z1, z2):
    # closed: 13 operations
    _t0 = z1 + z2
    return 8*_t0*(z1*numpy.sqrt(z1))*(z2*numpy.sqrt(z2))/((_t0*_t0) + (q*q))**2


def sto_form_factor_1_1(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=1, z1) x (n=1, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Keys: DF-71. Derived by slowion.derive.sto.sto_form_factor().

    Arguments q, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 2e64dd84f156e25e128584e24869a1fc4603ef4344764e1c92632df557d4647a
    Branch closed: 13 operations after cse. Closed form. Common factors taken out of sums.
    """

    q, z1, z2 = asarrays(q, z1, z2)
    return blocked(_sto_form_factor_1_1_closed, q, z1, z2)


def _sto_form_factor_1_2_closed(q, z1, z2):
    # closed: 18 operations
    _t0 = (q*q)
    _t1 = (z1 + z2)**2
    return 13.856406460551018*((z1*numpy.sqrt(z1))*(z2*z2*numpy.sqrt(z2))*(-1/3*_t0 + _t1)/(_t0 + _t1)**3)


def sto_form_factor_1_2(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=1, z1) x (n=2, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Keys: DF-71. Derived by slowion.derive.sto.sto_form_factor().

    Arguments q, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 36ac082de2137ea0e241ba95ed11c660ef2442be1c518ac5e11ef357db5c18ff
    Branch closed: 18 operations after cse. Closed form. Common factors taken out of sums.
    """

    q, z1, z2 = asarrays(q, z1, z2)
    return blocked(_sto_form_factor_1_2_closed, q, z1, z2)


def _sto_form_factor_1_3_closed(q, z1, z2):
    # closed: 22 operations
    _t0 = z1 + z2
    return -20.23857702507763*(_t0*(z1*numpy.sqrt(z1))*z2**(7/2)*(-_t0 + q)*(_t0 + q)/((_t0*_t0) + (q*q))**4)


def sto_form_factor_1_3(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=1, z1) x (n=3, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Keys: DF-71. Derived by slowion.derive.sto.sto_form_factor().

    Arguments q, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 15d67e552f8ec1a94e84edbbe5680dfa6d2cb7b94369ad14aa98cd9035d7ead8
    Branch closed: 22 operations after cse. Closed form.
    """

    q, z1, z2 = asarrays(q, z1, z2)
    return blocked(_sto_form_factor_1_3_closed, q, z1, z2)


def _sto_form_factor_1_4_closed(q, z1, z2):
    # closed: 24 operations
    _t0 = (q*q)
    _t1 = z1 + z2
    _t2 = (_t1*_t1)
    return 5.408987230262506*((z1*numpy.sqrt(z1))*z2**(9/2)*(-10*_t0*_t2 + 5*(_t1*_t1*_t1*_t1) + (q*q*q*q))/(_t0 + _t2)**5)


def sto_form_factor_1_4(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=1, z1) x (n=4, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Keys: DF-71. Derived by slowion.derive.sto.sto_form_factor().

    Arguments q, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: aa033034f153365008247ccb79c45c4c151972d08c8d925ba88e3dc3184d1b27
    Branch closed: 24 operations after cse. Closed form. Common factors taken out of sums.
    """

    q, z1, z2 = asarrays(q, z1, z2)
    return blocked(_sto_form_factor_1_4_closed, q, z1, z2)


def _sto_form_factor_1_5_closed(q, z1, z2):
    # closed: 23 operations
    _t0 = z1 + z2
    _t1 = (q*q)
    _t2 = (_t0*_t0)
    return 11.403146321596774*(_t0*(z1*numpy.sqrt(z1))*z2**(11/2)*(_t1 - 3*_t2)*(3*_t1 - _t2)/(_t1 + _t2)**6)


def sto_form_factor_1_5(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=1, z1) x (n=5, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Keys: DF-71. Derived by slowion.derive.sto.sto_form_factor().

    Arguments q, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 2479655821e98cc14c876e401e26f20c0fd0fe800da892477422870d0c461096
    Branch closed: 23 operations after cse. Closed form.
    """

    q, z1, z2 = asarrays(q, z1, z2)
    return blocked(_sto_form_factor_1_5_closed, q, z1, z2)


def _sto_form_factor_2_2_closed(q, z1, z2):
    # closed: 18 operations
    _t0 = z1 + z2
    return -32*_t0*(z1*z1*numpy.sqrt(z1))*(z2*z2*numpy.sqrt(z2))*(-_t0 + q)*(_t0 + q)/((_t0*_t0) + (q*q))**4


def sto_form_factor_2_2(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=2, z1) x (n=2, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Keys: DF-71. Derived by slowion.derive.sto.sto_form_factor().

    Arguments q, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: e608a86301d2d84a8c506f3ed78d8bceb097367b69ea94fa1b7c4d9aed5c598a
    Branch closed: 18 operations after cse. Closed form.
    """

    q, z1, z2 = asarrays(q, z1, z2)
    return blocked(_sto_form_factor_2_2_closed, q, z1, z2)


def _sto_form_factor_2_3_closed(q, z1, z2):
    # closed: 24 operations
    _t0 = (q*q)
    _t1 = z1 + z2
    _t2 = (_t1*_t1)
    return 11.684747893443543*((z1*z1*numpy.sqrt(z1))*z2**(7/2)*(-10*_t0*_t2 + 5*(_t1*_t1*_t1*_t1) + (q*q*q*q))/(_t0 + _t2)**5)


def sto_form_factor_2_3(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=2, z1) x (n=3, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Keys: DF-71. Derived by slowion.derive.sto.sto_form_factor().

    Arguments q, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 928c2838cb910d05cd437ebd951f208bae4bd07071f216316a3d04be937cf44f
    Branch closed: 24 operations after cse. Closed form. Common factors taken out of sums.
    """

    q, z1, z2 = asarrays(q, z1, z2)
    return blocked(_sto_form_factor_2_3_closed, q, z1, z2)


def _sto_form_factor_2_4_closed(q, z1, z2):
    # closed: 23 operations
    _t0 = z1 + z2
    _t1 = (q*q)
    _t2 = (_t0*_t0)
    return 31.228802334353063*(_t0*(z1*z1*numpy.sqrt(z1))*z2**(9/2)*(_t1 - 3*_t2)*(3*_t1 - _t2)/(_t1 + _t2)**6)


def sto_form_factor_2_4(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=2, z1) x (n=4, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Keys: DF-71. Derived by slowion.derive.sto.sto_form_factor().

    Arguments q, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 1fb8b2afa1a74b68e9e0962e4912114dc6d10830146b2a8b2ed11181243f7f5f
    Branch closed: 23 operations after cse. Closed form.
    """

    q, z1, z2 = asarrays(q, z1, z2)
    return blocked(_sto_form_factor_2_4_closed, q, z1, z2)


def _sto_form_factor_2_5_closed(q, z1, z2):
    # closed: 29 operations
    _t0 = (q*q)
    _t1 = z1 + z2
    _t2 = (_t1*_t1)
    return 414.76740469810306*((z1*z1*numpy.sqrt(z1))*z2**(11/2)*(-5/3*_t0*(_t1*_t1*_t1*_t1) + (1/3)*_t1**6 + _t2*(q*q*q*q) - 1/21*q**6)/(_t0 + _t2)**7)


def sto_form_factor_2_5(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=2, z1) x (n=5, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Keys: DF-71. Derived by slowion.derive.sto.sto_form_factor().

    Arguments q, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: ab8d648df92611086f650b85a9e07de86a8182d6ce5cb3a915c892ab6221a5c5
    Branch closed: 29 operations after cse. Closed form. Common factors taken out of sums.
    """

    q, z1, z2 = asarrays(q, z1, z2)
    return blocked(_sto_form_factor_2_5_closed, q, z1, z2)


def _sto_form_factor_3_3_closed(q, z1, z2):
    # closed: 20 operations
    _t0 = z1 + z2
    _t1 = (q*q)
    _t2 = (_t0*_t0)
    return (128/3)*_t0*z1**(7/2)*z2**(7/2)*(_t1 - 3*_t2)*(3*_t1 - _t2)/(_t1 + _t2)**6


def sto_form_factor_3_3(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=3, z1) x (n=3, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Keys: DF-71. Derived by slowion.derive.sto.sto_form_factor().

    Arguments q, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 088888e6704c9ae729182fd854de76c0b38861e4111cb34d9dacd7017c97e750
    Branch closed: 20 operations after cse. Closed form.
    """

    q, z1, z2 = asarrays(q, z1, z2)
    return blocked(_sto_form_factor_3_3_closed, q, z1, z2)


def _sto_form_factor_3_4_closed(q, z1, z2):
    # closed: 28 operations
    _t0 = (q*q)
    _t1 = z1 + z2
    _t2 = (_t1*_t1)
    return 239.46607275353225*(z1**(7/2)*z2**(9/2)*(-5*_t0*(_t1*_t1*_t1*_t1) + _t1**6 + 3*_t2*(q*q*q*q) - 1/7*q**6)/(_t0 + _t2)**7)


def sto_form_factor_3_4(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=3, z1) x (n=4, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Keys: DF-71. Derived by slowion.derive.sto.sto_form_factor().

    Arguments q, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: b3e76c1f5f6f1c26fcdf443ee590ca75c58b01e622c5d42859bd9baf6c043542
    Branch closed: 28 operations after cse. Closed form. Common factors taken out of sums.
    """

    q, z1, z2 = asarrays(q, z1, z2)
    return blocked(_sto_form_factor_3_4_closed, q, z1, z2)


def _sto_form_factor_3_5_closed(q, z1, z2):
    # closed: 30 operations
    _t0 = z1 + z2
    _t1 = (q*q)
    _t2 = (_t0*_t0)
    _t3 = 2*_t0*q
    return -403.8710465262671*(_t0*z1**(7/2)*z2**(11/2)*(-_t0 + q)*(_t0 + q)*(_t1 - _t2 - _t3)*(_t1 - _t2 + _t3)/(_t1 + _t2)**8)


def sto_form_factor_3_5(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=3, z1) x (n=5, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Keys: DF-71. Derived by slowion.derive.sto.sto_form_factor().

    Arguments q, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 85fd12ca53fe4ebf7314620980aa5692a8c55d388eb4e19fdf3dc40f94b9ced2
    Branch closed: 30 operations after cse. Closed form.
    """

    q, z1, z2 = asarrays(q, z1, z2)
    return blocked(_sto_form_factor_3_5_closed, q, z1, z2)


def _sto_form_factor_4_4_closed(q, z1, z2):
    # closed: 26 operations
    _t0 = z1 + z2
    _t1 = (q*q)
    _t2 = (_t0*_t0)
    _t3 = 2*_t0*q
    return -512*_t0*z1**(9/2)*z2**(9/2)*(-_t0 + q)*(_t0 + q)*(_t1 - _t2 - _t3)*(_t1 - _t2 + _t3)/(_t1 + _t2)**8


def sto_form_factor_4_4(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=4, z1) x (n=4, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Keys: DF-71. Derived by slowion.derive.sto.sto_form_factor().

    Arguments q, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 82dc0c00430e66dbd2b0245fb720585ac59323bae4ffdeef9a027731065802e6
    Branch closed: 26 operations after cse. Closed form.
    """

    q, z1, z2 = asarrays(q, z1, z2)
    return blocked(_sto_form_factor_4_4_closed, q, z1, z2)


def _sto_form_factor_4_5_closed(q, z1, z2):
    # closed: 32 operations
    _t0 = (q*q)
    _t1 = z1 + z2
    _t2 = (_t1*_t1)
    return 107.93907746708068*(z1**(9/2)*z2**(11/2)*(_t0 - 3*_t2)*(27*_t0*(_t1*_t1*_t1*_t1) - 3*_t1**6 - 33*_t2*(q*q*q*q) + q**6)/(_t0 + _t2)**9)


def sto_form_factor_4_5(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=4, z1) x (n=5, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Keys: DF-71. Derived by slowion.derive.sto.sto_form_factor().

    Arguments q, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: eea07c9628a794b474d777aacc2676fc46761ef0040e7c81c3a7997ebbdc6cda
    Branch closed: 32 operations after cse. Closed form.
    """

    q, z1, z2 = asarrays(q, z1, z2)
    return blocked(_sto_form_factor_4_5_closed, q, z1, z2)


def _sto_form_factor_5_5_closed(q, z1, z2):
    # closed: 27 operations
    _t0 = z1 + z2
    _t1 = (q*q)
    _t2 = (_t0*_t0)
    _t3 = (q*q*q*q)
    _t4 = (_t0*_t0*_t0*_t0)
    _t5 = -10*_t1*_t2
    return (2048/5)*_t0*z1**(11/2)*z2**(11/2)*(_t3 + 5*_t4 + _t5)*(5*_t3 + _t4 + _t5)/(_t1 + _t2)**10


def sto_form_factor_5_5(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=5, z1) x (n=5, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Keys: DF-71. Derived by slowion.derive.sto.sto_form_factor().

    Arguments q, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 27fb4c27c1468fb0e77dd6e9456482c5cfc590f31211fa458f4a06d4811158f1
    Branch closed: 27 operations after cse. Closed form.
    """

    q, z1, z2 = asarrays(q, z1, z2)
    return blocked(_sto_form_factor_5_5_closed, q, z1, z2)
