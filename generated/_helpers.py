# --------------------------------------------------------------------------------------------------------------------
# GENERATED FILE - DO NOT EDIT. numpy helpers by slowion.codegen; regenerate with `slowion generate`.
# Source: codegen/writer.py (broadcasting) and codegen/printer.py (the printers' helpers).
# --------------------------------------------------------------------------------------------------------------------


"""Helpers shared by the generated numpy modules (broadcasting, x ln|x|), written once."""


import numpy


def asarrays(*args):
    """The arguments as float64 arrays (no copy when they already are)."""
    return [numpy.asarray(a, dtype=numpy.float64) for a in args]


def shaped(result, *args, dtype=numpy.float64):
    """The result with the broadcast shape of the arguments (a scalar for scalar arguments)."""
    shape = numpy.broadcast_shapes(*(a.shape for a in args))
    result = numpy.asarray(result, dtype=dtype)
    if result.shape != shape:
        result = numpy.broadcast_to(result, shape).copy()
    return result[()]


#: elements per block: 8192 float64 are 64 KiB per temporary, below glibc's mmap threshold (128 KiB), so each
#: temporary of a block is recycled heap memory still in cache; whole-array temporaries of 10^5 points are fresh
#: pages from the kernel (page faults) every call, measured 2-4x the arithmetic itself (docs/codegen.md)
BLOCK = 8192


def _flat(args, shape):
    """The arguments broadcast to shape, flattened (a copy only where an argument is broadcast)."""
    return [numpy.broadcast_to(a, shape).reshape(-1) for a in args]


def blocked(kernel, *args, dtype=numpy.float64):
    """kernel(*args) over the broadcast arguments, BLOCK elements at a time (elementwise, so the same values as
    one call); an array of dtype and the broadcast shape, a scalar for scalar arguments."""
    shape = numpy.broadcast_shapes(*(a.shape for a in args))
    size = int(numpy.prod(shape))
    if size <= BLOCK:
        return shaped(kernel(*args), *args, dtype=dtype)
    flat = _flat(args, shape)
    out = numpy.empty(size, dtype=dtype)
    for start in range(0, size, BLOCK):
        out[start : start + BLOCK] = kernel(*(a[start : start + BLOCK] for a in flat))
    return out.reshape(shape)


def blocked_into(out, where, kernel, *args):
    """out = kernel(*args) where ``where`` holds, BLOCK elements at a time; out and where: C-contiguous arrays of
    the broadcast shape. The values at the other points are computed and discarded (the caller silences them)."""
    flat = _flat(args, out.shape)
    flat_out = out.reshape(-1)
    flat_where = where.reshape(-1)
    for start in range(0, out.size, BLOCK):
        part = slice(start, start + BLOCK)
        numpy.copyto(flat_out[part], kernel(*(a[part] for a in flat)), where=flat_where[part])


def xlnratio(a, b):
    """(a^2 - b^2) ln|(a + b)/(a - b)| by one log of the ratio; 0 at |a| = |b| (the limit). Absolute error
    ~ eps max(a, b)^2 where b/a -> 0 or oo (the term is then small against the others of X_1); where its
    relative error matters the arguments are >= 0 and xlnratio_pos (log1p) is printed instead."""
    s = a + b
    d = a - b
    m = s * d
    live = m != 0
    return m * numpy.log(numpy.abs(numpy.where(live, s, 1.0) / numpy.where(live, d, 1.0)))


def xlnratio_pos(a, b):
    """xlnratio for a, b >= 0: one log1p of 2 lo/(hi - lo); the log sees 0 at a = b, so nothing warns."""
    lo = numpy.minimum(a, b)
    d = numpy.maximum(a, b) - lo
    return (a - b) * (a + b) * numpy.log1p((lo + lo) / numpy.where(d > 0, d, numpy.inf))


def xlogabs(x):
    """x ln|x| with the limit 0 at x = 0; the log sees 1 there, so nothing warns."""
    ax = numpy.abs(x)
    return x * numpy.log(numpy.where(ax > 0, ax, 1.0))
