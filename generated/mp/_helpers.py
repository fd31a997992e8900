# --------------------------------------------------------------------------------------------------------------------
# GENERATED FILE - DO NOT EDIT. mpmath twin helpers by slowion.codegen; regenerate with `slowion generate`.
# Source: codegen/writer.py (broadcasting) and codegen/printer.py (the printers' helpers).
# --------------------------------------------------------------------------------------------------------------------


"""Helpers shared by the generated mpmath twins (x ln|x|), written once."""


import mpmath


def xlnratio(a, b):
    """(a^2 - b^2) ln|(a + b)/(a - b)| with the limit 0 at |a| = |b|."""
    m = (a - b) * (a + b)
    return m * mpmath.log(abs((a + b) / (a - b))) if m != 0 else mpmath.mpf(0)


def xlogabs(x):
    """x ln|x| with the limit 0 at x = 0."""
    return x * mpmath.log(abs(x)) if x != 0 else mpmath.mpf(0)
