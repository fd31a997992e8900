# --------------------------------------------------------------------------------------------------------------------
# GENERATED FILE - DO NOT EDIT. mpmath twin code written by slowion.codegen; regenerate with `slowion generate`.
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


"""mpmath twins of slowion.generated.sto_form_factor: the same SymPy expressions, unrewritten, for checks at high precision.

Call inside ``mpmath.workdps(n)`` with n >= 30; at a removable singularity the closed form is 0/0 and
:func:`slowion.codegen.accuracy.mp_value` takes the limit.
"""


import mpmath


__all__ = ["sto_form_factor_1_1", "sto_form_factor_1_2", "sto_form_factor_1_3", "sto_form_factor_1_4", "sto_form_factor_1_5", "sto_form_factor_2_2", "sto_form_factor_2_3", "sto_form_factor_2_4", "sto_form_factor_2_5", "sto_form_factor_3_3", "sto_form_factor_3_4", "sto_form_factor_3_5", "sto_form_factor_4_4", "sto_form_factor_4_5", "sto_form_factor_5_5"]


def sto_form_factor_1_1(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=1, z1) x (n=1, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Keys: DF-71. Derived by slowion.derive.sto.sto_form_factor().

    Arguments q, z1, z2: mpmath numbers (or anything mpmath.mpf accepts); returns an mpf.
    Expression sha256: 2e64dd84f156e25e128584e24869a1fc4603ef4344764e1c92632df557d4647a
    Branch closed: 15 operations after cse.
    """
    return z1**(mpmath.mpf(3)/mpmath.mpf(2))*z2**(mpmath.mpf(3)/mpmath.mpf(2))*(8*z1 + 8*z2)/(q**2 + (z1 + z2)**2)**2


def sto_form_factor_1_2(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=1, z1) x (n=2, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Keys: DF-71. Derived by slowion.derive.sto.sto_form_factor().

    Arguments q, z1, z2: mpmath numbers (or anything mpmath.mpf accepts); returns an mpf.
    Expression sha256: 36ac082de2137ea0e241ba95ed11c660ef2442be1c518ac5e11ef357db5c18ff
    Branch closed: 22 operations after cse.
    """
    return mpmath.sqrt(3)*z1**(mpmath.mpf(3)/mpmath.mpf(2))*z2**(mpmath.mpf(5)/mpmath.mpf(2))*(-mpmath.mpf(8)/mpmath.mpf(3)*q**2 + 8*(z1 + z2)**2)/(q**2 + (z1 + z2)**2)**3


def sto_form_factor_1_3(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=1, z1) x (n=3, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Keys: DF-71. Derived by slowion.derive.sto.sto_form_factor().

    Arguments q, z1, z2: mpmath numbers (or anything mpmath.mpf accepts); returns an mpf.
    Expression sha256: 15d67e552f8ec1a94e84edbbe5680dfa6d2cb7b94369ad14aa98cd9035d7ead8
    Branch closed: 25 operations after cse.
    """
    return -mpmath.mpf(32)/mpmath.mpf(5)*mpmath.sqrt(10)*z1**(mpmath.mpf(3)/mpmath.mpf(2))*z2**(mpmath.mpf(7)/mpmath.mpf(2))*(z1 + z2)*(q - z1 - z2)*(q + z1 + z2)/(q**2 + (z1 + z2)**2)**4


def sto_form_factor_1_4(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=1, z1) x (n=4, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Keys: DF-71. Derived by slowion.derive.sto.sto_form_factor().

    Arguments q, z1, z2: mpmath numbers (or anything mpmath.mpf accepts); returns an mpf.
    Expression sha256: aa033034f153365008247ccb79c45c4c151972d08c8d925ba88e3dc3184d1b27
    Branch closed: 30 operations after cse.
    """
    return mpmath.sqrt(35)*z1**(mpmath.mpf(3)/mpmath.mpf(2))*z2**(mpmath.mpf(9)/mpmath.mpf(2))*((mpmath.mpf(32)/mpmath.mpf(35))*q**4 - mpmath.mpf(64)/mpmath.mpf(7)*q**2*(z1 + z2)**2 + (mpmath.mpf(32)/mpmath.mpf(7))*(z1 + z2)**4)/(q**2 + (z1 + z2)**2)**5


def sto_form_factor_1_5(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=1, z1) x (n=5, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Keys: DF-71. Derived by slowion.derive.sto.sto_form_factor().

    Arguments q, z1, z2: mpmath numbers (or anything mpmath.mpf accepts); returns an mpf.
    Expression sha256: 2479655821e98cc14c876e401e26f20c0fd0fe800da892477422870d0c461096
    Branch closed: 30 operations after cse.
    """
    return (mpmath.mpf(64)/mpmath.mpf(21))*mpmath.sqrt(14)*z1**(mpmath.mpf(3)/mpmath.mpf(2))*z2**(mpmath.mpf(11)/mpmath.mpf(2))*(q**2 - 3*(z1 + z2)**2)*(3*q**2 - (z1 + z2)**2)*(z1 + z2)/(q**2 + (z1 + z2)**2)**6


def sto_form_factor_2_2(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=2, z1) x (n=2, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Keys: DF-71. Derived by slowion.derive.sto.sto_form_factor().

    Arguments q, z1, z2: mpmath numbers (or anything mpmath.mpf accepts); returns an mpf.
    Expression sha256: e608a86301d2d84a8c506f3ed78d8bceb097367b69ea94fa1b7c4d9aed5c598a
    Branch closed: 21 operations after cse.
    """
    return -32*z1**(mpmath.mpf(5)/mpmath.mpf(2))*z2**(mpmath.mpf(5)/mpmath.mpf(2))*(z1 + z2)*(q - z1 - z2)*(q + z1 + z2)/(q**2 + (z1 + z2)**2)**4


def sto_form_factor_2_3(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=2, z1) x (n=3, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Keys: DF-71. Derived by slowion.derive.sto.sto_form_factor().

    Arguments q, z1, z2: mpmath numbers (or anything mpmath.mpf accepts); returns an mpf.
    Expression sha256: 928c2838cb910d05cd437ebd951f208bae4bd07071f216316a3d04be937cf44f
    Branch closed: 30 operations after cse.
    """
    return mpmath.sqrt(30)*z1**(mpmath.mpf(5)/mpmath.mpf(2))*z2**(mpmath.mpf(7)/mpmath.mpf(2))*((mpmath.mpf(32)/mpmath.mpf(15))*q**4 - mpmath.mpf(64)/mpmath.mpf(3)*q**2*(z1 + z2)**2 + (mpmath.mpf(32)/mpmath.mpf(3))*(z1 + z2)**4)/(q**2 + (z1 + z2)**2)**5


def sto_form_factor_2_4(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=2, z1) x (n=4, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Keys: DF-71. Derived by slowion.derive.sto.sto_form_factor().

    Arguments q, z1, z2: mpmath numbers (or anything mpmath.mpf accepts); returns an mpf.
    Expression sha256: 1fb8b2afa1a74b68e9e0962e4912114dc6d10830146b2a8b2ed11181243f7f5f
    Branch closed: 30 operations after cse.
    """
    return (mpmath.mpf(64)/mpmath.mpf(21))*mpmath.sqrt(105)*z1**(mpmath.mpf(5)/mpmath.mpf(2))*z2**(mpmath.mpf(9)/mpmath.mpf(2))*(q**2 - 3*(z1 + z2)**2)*(3*q**2 - (z1 + z2)**2)*(z1 + z2)/(q**2 + (z1 + z2)**2)**6


def sto_form_factor_2_5(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=2, z1) x (n=5, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Keys: DF-71. Derived by slowion.derive.sto.sto_form_factor().

    Arguments q, z1, z2: mpmath numbers (or anything mpmath.mpf accepts); returns an mpf.
    Expression sha256: ab8d648df92611086f650b85a9e07de86a8182d6ce5cb3a915c892ab6221a5c5
    Branch closed: 36 operations after cse.
    """
    return mpmath.sqrt(42)*z1**(mpmath.mpf(5)/mpmath.mpf(2))*z2**(mpmath.mpf(11)/mpmath.mpf(2))*(-mpmath.mpf(64)/mpmath.mpf(21)*q**6 + 64*q**4*(z1 + z2)**2 - mpmath.mpf(320)/mpmath.mpf(3)*q**2*(z1 + z2)**4 + (mpmath.mpf(64)/mpmath.mpf(3))*(z1 + z2)**6)/(q**2 + (z1 + z2)**2)**7


def sto_form_factor_3_3(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=3, z1) x (n=3, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Keys: DF-71. Derived by slowion.derive.sto.sto_form_factor().

    Arguments q, z1, z2: mpmath numbers (or anything mpmath.mpf accepts); returns an mpf.
    Expression sha256: 088888e6704c9ae729182fd854de76c0b38861e4111cb34d9dacd7017c97e750
    Branch closed: 27 operations after cse.
    """
    return (mpmath.mpf(128)/mpmath.mpf(3))*z1**(mpmath.mpf(7)/mpmath.mpf(2))*z2**(mpmath.mpf(7)/mpmath.mpf(2))*(q**2 - 3*(z1 + z2)**2)*(3*q**2 - (z1 + z2)**2)*(z1 + z2)/(q**2 + (z1 + z2)**2)**6


def sto_form_factor_3_4(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=3, z1) x (n=4, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Keys: DF-71. Derived by slowion.derive.sto.sto_form_factor().

    Arguments q, z1, z2: mpmath numbers (or anything mpmath.mpf accepts); returns an mpf.
    Expression sha256: b3e76c1f5f6f1c26fcdf443ee590ca75c58b01e622c5d42859bd9baf6c043542
    Branch closed: 34 operations after cse.
    """
    return mpmath.sqrt(14)*z1**(mpmath.mpf(7)/mpmath.mpf(2))*z2**(mpmath.mpf(9)/mpmath.mpf(2))*(-mpmath.mpf(64)/mpmath.mpf(7)*q**6 + 192*q**4*(z1 + z2)**2 - 320*q**2*(z1 + z2)**4 + 64*(z1 + z2)**6)/(q**2 + (z1 + z2)**2)**7


def sto_form_factor_3_5(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=3, z1) x (n=5, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Keys: DF-71. Derived by slowion.derive.sto.sto_form_factor().

    Arguments q, z1, z2: mpmath numbers (or anything mpmath.mpf accepts); returns an mpf.
    Expression sha256: 85fd12ca53fe4ebf7314620980aa5692a8c55d388eb4e19fdf3dc40f94b9ced2
    Branch closed: 43 operations after cse.
    """
    return -mpmath.mpf(1024)/mpmath.mpf(15)*mpmath.sqrt(35)*z1**(mpmath.mpf(7)/mpmath.mpf(2))*z2**(mpmath.mpf(11)/mpmath.mpf(2))*(z1 + z2)*(q - z1 - z2)*(q + z1 + z2)*(q**2 - 2*q*(z1 + z2) - (z1 + z2)**2)*(q**2 + 2*q*(z1 + z2) - (z1 + z2)**2)/(q**2 + (z1 + z2)**2)**8


def sto_form_factor_4_4(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=4, z1) x (n=4, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Keys: DF-71. Derived by slowion.derive.sto.sto_form_factor().

    Arguments q, z1, z2: mpmath numbers (or anything mpmath.mpf accepts); returns an mpf.
    Expression sha256: 82dc0c00430e66dbd2b0245fb720585ac59323bae4ffdeef9a027731065802e6
    Branch closed: 39 operations after cse.
    """
    return -512*z1**(mpmath.mpf(9)/mpmath.mpf(2))*z2**(mpmath.mpf(9)/mpmath.mpf(2))*(z1 + z2)*(q - z1 - z2)*(q + z1 + z2)*(q**2 - 2*q*(z1 + z2) - (z1 + z2)**2)*(q**2 + 2*q*(z1 + z2) - (z1 + z2)**2)/(q**2 + (z1 + z2)**2)**8


def sto_form_factor_4_5(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=4, z1) x (n=5, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Keys: DF-71. Derived by slowion.derive.sto.sto_form_factor().

    Arguments q, z1, z2: mpmath numbers (or anything mpmath.mpf accepts); returns an mpf.
    Expression sha256: eea07c9628a794b474d777aacc2676fc46761ef0040e7c81c3a7997ebbdc6cda
    Branch closed: 40 operations after cse.
    """
    return (mpmath.mpf(512)/mpmath.mpf(15))*mpmath.sqrt(10)*z1**(mpmath.mpf(9)/mpmath.mpf(2))*z2**(mpmath.mpf(11)/mpmath.mpf(2))*(q**2 - 3*(z1 + z2)**2)*(q**6 - 33*q**4*(z1 + z2)**2 + 27*q**2*(z1 + z2)**4 - 3*(z1 + z2)**6)/(q**2 + (z1 + z2)**2)**9


def sto_form_factor_5_5(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=5, z1) x (n=5, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Keys: DF-71. Derived by slowion.derive.sto.sto_form_factor().

    Arguments q, z1, z2: mpmath numbers (or anything mpmath.mpf accepts); returns an mpf.
    Expression sha256: 27fb4c27c1468fb0e77dd6e9456482c5cfc590f31211fa458f4a06d4811158f1
    Branch closed: 39 operations after cse.
    """
    return (mpmath.mpf(2048)/mpmath.mpf(5))*z1**(mpmath.mpf(11)/mpmath.mpf(2))*z2**(mpmath.mpf(11)/mpmath.mpf(2))*(z1 + z2)*(q**4 - 10*q**2*(z1 + z2)**2 + 5*(z1 + z2)**4)*(5*q**4 - 10*q**2*(z1 + z2)**2 + (z1 + z2)**4)/(q**2 + (z1 + z2)**2)**10
