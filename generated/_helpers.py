# --------------------------------------------------------------------------------------------------------------------
# GENERATED FILE - DO NOT EDIT. numpy helpers by slowion.codegen; regenerate with `slowion generate`.
# Source: codegen/writer.py (broadcasting) and codegen/printer.py (the printers' helpers).
# --------------------------------------------------------------------------------------------------------------------


"""Helpers shared by the generated numpy modules (broadcasting, x ln|x|), written once."""


import numpy


def asarrays(*args):
    """The arguments as float64 arrays (no copy when they already are)."""
    return [numpy.asarray(a, dtype=numpy.float64) for a in args]


def shaped(result, *args):
    """The result with the broadcast shape of the arguments (a scalar for scalar arguments)."""
    shape = numpy.broadcast_shapes(*(a.shape for a in args))
    result = numpy.asarray(result, dtype=numpy.float64)
    if result.shape != shape:
        result = numpy.broadcast_to(result, shape).copy()
    return result[()]


def xlogabs(x):
    """x ln|x| with the limit 0 at x = 0; the log sees 1 there, so nothing warns."""
    ax = numpy.abs(x)
    return x * numpy.log(numpy.where(ax > 0, ax, 1.0))
