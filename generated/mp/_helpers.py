# --------------------------------------------------------------------------------------------------------------------
# GENERATED FILE - DO NOT EDIT. mpmath twin helpers by slowion.codegen; regenerate with `slowion generate`.
# Source: codegen/writer.py (broadcasting) and codegen/printer.py (the printers' helpers).
# --------------------------------------------------------------------------------------------------------------------


"""Helpers shared by the generated mpmath twins (x ln|x|), written once."""


import mpmath


def xlogabs(x):
    """x ln|x| with the limit 0 at x = 0."""
    return x * mpmath.log(abs(x)) if x != 0 else mpmath.mpf(0)
