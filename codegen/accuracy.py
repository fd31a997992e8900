"""Generated numpy functions against their mpmath twins on fixed point sets, edge regions included (issue 4, item 5).

Used by ``tests/test_generated_accuracy.py`` and by the report, so that the report prints exactly what the tests
assert. Run time needs only numpy, mpmath and the generated modules (no SymPy).

Tolerance rule, per point: relative error |f_gen - f_mp| / |f_mp| <= max(1e-12, (cond + 1) * 1e-14), where
cond = sum_i |a_i (df/da_i) / f| is the relative condition number of f at the point, computed with mpmath at high
precision (``mpmath.diff``). float64 inputs are exact, so a backward-stable evaluation errs by ~ cond * 2^-53 plus
a few ulps; 1e-14 per unit of condition leaves a factor ~ 45 for rounding in intermediate steps. Where cond <= 99
the rule is the plain 1e-12 of the issue. A reference below the normal float64 range (|f| < 2.2e-308, e.g. an
overlap at R = 150 bohr) is checked absolutely: |f_gen - f_mp| <= 2.2e-308.

The mpmath twins are the derive expressions as printed, without the codegen rewrites or series branches; at a
removable singularity (0/0, 0 ln 0) the twin has no value, and :func:`mp_value` takes the limit by evaluating at the
point moved by a relative 1e-30 (at 60 digits), which is exact to far below float64 resolution.
"""

from __future__ import annotations

import importlib
import math
import zlib
from collections.abc import Callable

import mpmath
import numpy as np

#: generated modules checked, in report order
MODULES: tuple[str, ...] = ("dielectric", "wind", "sto_form_factor", "sto_overlap", "stopping", "three_state")

DPS = 60
TINY = float(np.finfo(np.float64).tiny)  # 2.2e-308, smallest normal float64
NUDGE = mpmath.mpf(10) ** -30
FLOOR = 1e-12
PER_COND = 1e-14
RULE = "rel. error <= max(1e-12, (cond + 1) * 1e-14), cond = sum_i |a_i df/da_i / f| (mpmath, 60 digits)"


def available_modules() -> list[str]:
    """Generated modules that exist (both the numpy module and its twin)."""
    out = []
    for m in MODULES:
        try:
            importlib.import_module(f"slowion.generated.{m}")
            importlib.import_module(f"slowion.generated.mp.{m}")
        except ModuleNotFoundError:
            continue
        out.append(m)
    return out


def functions() -> list[tuple[str, str]]:
    """(module, function name) of every generated function."""
    out = []
    for m in available_modules():
        mod = importlib.import_module(f"slowion.generated.{m}")
        out.extend((m, name) for name in mod.__all__)
    return out


def _rng(name: str, seed: int) -> np.random.Generator:
    return np.random.default_rng([zlib.crc32(name.encode()), seed])


def _loguniform(rng: np.random.Generator, lo: float, hi: float, n: int) -> np.ndarray:
    return np.exp(rng.uniform(np.log(lo), np.log(hi), n))


def _signed_offsets(rng: np.random.Generator, n: int) -> np.ndarray:
    """Relative offsets +-10^-k, k in 1..15, and exact zeros: the approach to a singular point."""
    k = rng.integers(1, 16, n)
    off = rng.choice([-1.0, 1.0], n) * 10.0 ** (-k.astype(float))
    off[rng.random(n) < 0.1] = 0.0
    return off


def _lindhard_points(name: str, args: tuple[str, ...], n: int, seed: int) -> dict[str, np.ndarray]:
    """Bulk + edges for f(q, [lam,] kF): q -> 0, q -> 2k_F +- 2 lambda, lambda -> 0, large q, branch thresholds."""
    rng = _rng(name, seed)
    has_lam = "lam" in args
    pole_at_zero = name in {"lindhard_eps_static", "potential_v1_factor"}  # genuine poles, not removable
    kF = rng.uniform(0.3, 2.0, n)
    lam = rng.uniform(-0.9, 0.9, n) * kF if has_lam else np.zeros(n)
    q = _loguniform(rng, 1e-4, 60.0, n)
    kind = rng.integers(0, 6, n)
    # 0: bulk; 1: small q; 2: near a log singularity; 3: lambda -> 0; 4: large q; 5: near a branch threshold
    small = kF * _loguniform(rng, 1e-12, 0.3, n)
    if not pole_at_zero:
        small[rng.random(n) < 0.05] = 0.0
    q = np.where(kind == 1, small, q)
    sing = 2 * kF + rng.choice([-2.0, 2.0], n) * lam
    q = np.where(kind == 2, sing * (1 + _signed_offsets(rng, n)), q)
    if has_lam:
        lam = np.where(kind == 3, rng.choice([-1.0, 1.0], n) * 10.0 ** -rng.uniform(1, 16, n) * kF, lam)
        lam = np.where((kind == 3) & (rng.random(n) < 0.2), 0.0, lam)
    q = np.where(kind == 4, (2 * kF + 2 * np.abs(lam)) * _loguniform(rng, 3.0, 1e4, n), q)
    thresholds = np.where(rng.random(n) < 0.5, (2 * kF - 2 * np.abs(lam)) / 10, 10 * (2 * kF + 2 * np.abs(lam)))
    q = np.where(kind == 5, thresholds * (1 + rng.choice([-1.0, 1.0], n) * 10.0 ** -rng.uniform(3, 15, n)), q)
    out = {"q": q, "kF": kF}
    if has_lam:
        out["lam"] = lam
    return {a: out[a] for a in args}


def _x2_points(name: str, args: tuple[str, ...], n: int, seed: int) -> dict[str, np.ndarray]:
    rng = _rng(name, seed)
    kF = rng.uniform(0.3, 2.0, n)
    q = rng.uniform(1e-3, 3.0, n) * 2 * kF
    near = rng.random(n) < 0.2
    q = np.where(near, 2 * kF * (1 + _signed_offsets(rng, n)), q)
    qz = q * rng.uniform(-1.0, 1.0, n)
    u = _loguniform(rng, 1e-6, 0.3, n) * kF
    return {"q": q, "qz": qz, "u": u, "kF": kF}


def _sto_points(name: str, args: tuple[str, ...], n: int, seed: int) -> dict[str, np.ndarray]:
    """STO pairs: bulk; nearly equal and equal exponents; R or q -> 0 and exactly 0; large R; the near/far switch."""
    rng = _rng(name, seed)
    z1 = _loguniform(rng, 0.3, 8.0, n)
    z2 = _loguniform(rng, 0.3, 8.0, n)
    kind = rng.integers(0, 5, n)
    z2 = np.where(kind == 1, z1 * (1 + _signed_offsets(rng, n)), z2)
    r = _loguniform(rng, 1e-3, 25.0, n) if args[0] == "R" else _loguniform(rng, 1e-3, 40.0, n) * (z1 + z2)
    r = np.where(kind == 2, _loguniform(rng, 1e-12, 1e-2, n), r)
    r[(kind == 2) & (rng.random(n) < 0.3)] = 0.0
    if args[0] == "R":
        r = np.where(kind == 3, 30.0 / (z1 + z2) * rng.uniform(0.5, 2.0, n), r)  # S ~ 1e-13 .. 1e-26
        # near/far switch of derive/sto.py at R |z1 - z2| = 8: approach it from both sides
        dz = np.abs(z1 - z2)
        switch = np.where(dz > 0, 8.0 / np.where(dz > 0, dz, 1.0), 1.0)
        side = 1 + rng.choice([-1.0, 1.0], n) * 10.0 ** -rng.uniform(2, 14, n)
        r = np.where((kind == 4) & (dz > 0.05), switch * side, r)
    return {args[0]: r, "z1": z1, "z2": z2}


def _box_points(name: str, args: tuple[str, ...], domain: dict, n: int, seed: int) -> dict[str, np.ndarray]:
    """Uniform in the generated module's DOMAINS box; 20% with two arguments equal, 10% with one argument 0."""
    rng = _rng(name, seed)
    pts = {a: rng.uniform(*domain[a], n) for a in args}
    if len(args) >= 2:
        for i in np.flatnonzero(rng.random(n) < 0.2):
            a, b = rng.choice(len(args), 2, replace=False)
            pts[args[b]][i] = pts[args[a]][i]
    for i in np.flatnonzero(rng.random(n) < 0.1):
        a = args[rng.integers(len(args))]
        if domain[a][0] <= 0 <= domain[a][1]:
            pts[a][i] = 0.0
    return pts


def uniform_points(module: str, name: str, n: int, seed: int = 0) -> dict[str, np.ndarray]:
    """n points drawn uniformly from the function's DOMAINS box (the bench's 'typical use' set, no edge regions)."""
    gen = importlib.import_module(f"slowion.generated.{module}")
    rng = _rng(name, seed)
    return {a: rng.uniform(lo, hi, n) for a, (lo, hi) in gen.DOMAINS[name].items()}


def point_set(module: str, name: str, n: int, seed: int = 0) -> dict[str, np.ndarray]:
    """The n points (argument name -> float64 array) on which ``module.name`` is checked."""
    gen = importlib.import_module(f"slowion.generated.{module}")
    fn = getattr(gen, name)
    args = fn.__code__.co_varnames[: fn.__code__.co_argcount]
    if module in {"dielectric", "wind"} and set(args) <= {"q", "lam", "kF"}:
        return _lindhard_points(name, args, n, seed)
    if name == "lindhard_x2_small_u":
        return _x2_points(name, args, n, seed)
    if module in {"sto_form_factor", "sto_overlap"}:
        return _sto_points(name, args, n, seed)
    return _box_points(name, args, gen.DOMAINS[name], n, seed)


def mp_value(fn: Callable, args: list[float]) -> mpmath.mpf:
    """The twin at 60 digits; at a removable singularity (no value there) the limit, by a 1e-30 relative nudge.

    A nudged value below 1e-20 in magnitude is returned as 0: the limit is 0 (our functions are O(1) in atomic
    units near their singular points, so a non-zero limit cannot be that small).
    """
    with mpmath.workdps(DPS):
        x = [mpmath.mpf(a) for a in args]
        try:
            v = fn(*x)
            if mpmath.isfinite(v):
                return +v
        except (ZeroDivisionError, ValueError):
            pass
        # different irrational factors per argument: a common relative move would keep a homogeneous zero a zero
        for sign in (1, -1):
            moved = [a + sign * NUDGE * mpmath.sqrt(i + 2) * (abs(a) if a != 0 else 1) for i, a in enumerate(x)]
            try:
                v = fn(*moved)
            except (ZeroDivisionError, ValueError):
                continue
            if mpmath.isfinite(v):
                return mpmath.mpf(0) if abs(v) < 1e-20 else +v
        return mpmath.nan


def condition_number(fn: Callable, args: list[float], value: mpmath.mpf) -> float:
    """sum_i |a_i df/da_i / f| at high precision (infinite where f = 0 and the derivative is not)."""
    with mpmath.workdps(DPS):
        x = [mpmath.mpf(a) for a in args]
        total = mpmath.mpf(0)
        for i, a in enumerate(x):
            if a == 0:
                continue

            def along(t, i=i):
                y = list(x)
                y[i] = t
                return mp_value(fn, y)

            # an explicit step: mpmath.diff's default (~2^-prec) is lost when mp_value rounds t to DPS digits
            d = mpmath.diff(along, a, h=abs(a) * mpmath.mpf(10) ** (-DPS // 3))
            total += abs(a * d)
        if value == 0:
            return 0.0 if total == 0 else float("inf")
        return float(total / abs(value))


#: points per executor item of :func:`compare` (fixed: the split does not depend on the number of workers)
CHUNK_POINTS = 2000


def _twin_chunk(job: tuple) -> list[list[tuple[float, float, float]]]:
    """Per point of one chunk, per backend: (error, cond, error / tolerance) against the twin (module level:
    picklable). The twin and the condition number are evaluated once per point, whatever the number of backends."""
    module, name, rows = job
    twin = getattr(importlib.import_module(f"slowion.generated.mp.{module}"), name)
    out = []
    for a, gots in rows:
        ref = mp_value(twin, a)
        cond = None
        per_backend = []
        for g in gots:
            if abs(ref) < TINY:
                # below the normal float64 range (e.g. S(R) ~ 1e-352 at large R): float64 holds it only to ~ TINY
                err = 0.0 if abs(mpmath.mpf(g) - ref) <= TINY else float("inf")
            elif ref == 0:
                err = 0.0 if g == 0 else float("inf")
            else:
                err = float(abs((mpmath.mpf(g) - ref) / ref)) if np.isfinite(g) else float("inf")
            if err <= FLOOR:
                per_backend.append((err, float("nan"), err / FLOOR))  # passes whatever the condition
                continue
            if cond is None:  # the expensive derivative, only where some backend needs it
                cond = condition_number(twin, a, ref)
            per_backend.append((err, cond, err / max(FLOOR, (cond + 1) * PER_COND)))
        out.append(per_backend)
    return out


def compare_backends(
    module: str, name: str, backends: dict[str, Callable], n: int = 1000, seed: int = 0, executor=None
) -> list[dict]:
    """:func:`compare` for several implementations of ``module.name`` (label -> function) on the same points
    against one twin evaluation: one row per backend, in the order given."""
    pts = point_set(module, name, n, seed)
    names = list(pts)
    gots = [np.asarray(fn(*pts.values()), dtype=np.float64) for fn in backends.values()]
    rows = [([float(pts[k][i]) for k in names], [float(g[i]) for g in gots]) for i in range(n)]
    jobs = [(module, name, rows[lo : lo + CHUNK_POINTS]) for lo in range(0, n, CHUNK_POINTS)]
    chunks = executor.map(_twin_chunk, jobs) if executor is not None else [_twin_chunk(j) for j in jobs]
    results = [item for chunk in chunks for item in chunk]  # point order
    out = []
    for b, (label, got) in enumerate(zip(backends, gots, strict=True)):
        worst = {"ratio": -1.0}
        max_err = max_cond = 0.0
        failures = 0
        for i, per_backend in enumerate(results):
            err, cond, ratio = per_backend[b]
            if not math.isnan(cond):
                max_cond = max(max_cond, cond)
            failures += ratio > 1
            max_err = max(max_err, err)
            if ratio > worst["ratio"]:
                args = dict(zip(names, rows[i][0], strict=True))
                worst = {"ratio": ratio, "args": args, "error": err, "cond": cond}
        nonfinite = int(np.count_nonzero(~np.isfinite(got)))
        out.append(
            {
                "module": module,
                "name": name,
                "backend": label,
                "points": n,
                "max_rel_error": max_err,
                "max_cond_where_above_1e-12": max_cond,
                "worst_error_over_tolerance": worst["ratio"],
                "worst_point": worst.get("args"),
                "nonfinite": nonfinite,
                "failures": int(failures),
                "tolerance_rule": RULE,
                "passed": failures == 0 and nonfinite == 0,
            }
        )
    return out


def compare(
    module: str, name: str, n: int = 1000, seed: int = 0, executor=None, fn: Callable | None = None
) -> dict:
    """Evaluate the generated function (warnings are the caller's business) and the twin on the same points.

    ``executor``: anything with an ordered ``map(fn, items)`` (default in-process); the twin evaluations run in
    chunks of :data:`CHUNK_POINTS` points and are reduced in point order, so the result is the same on any executor.
    ``fn``: another implementation of ``module.name`` to check instead (the compiled backend), same points, same rule.
    """
    if fn is None:
        backends = {"numpy": getattr(importlib.import_module(f"slowion.generated.{module}"), name)}
    else:
        backends = {"given": fn}
    (row,) = compare_backends(module, name, backends, n, seed, executor)
    return row


def compiled_backend(module: str, name: str) -> Callable | None:
    """The compiled twin of ``module.name`` (generated/fast/, numba), or None where numba is not installed or the
    module has no compiled backend."""
    try:
        fast = importlib.import_module(f"slowion.generated.fast.{module}")
    except ImportError:  # numba missing (the fast modules import it) or no such module
        return None
    return getattr(fast, name, None)


def accuracy_table(points_per_function: int = 1000, executor=None, compiled: bool = True) -> list[dict]:
    """One row per generated function and backend (``backend``: "numpy", and "compiled" where numba and a compiled
    twin exist): name, points, max_rel_error, tolerance rule, worst error/tolerance, passed (``executor`` as in
    :func:`compare`). Both backends are checked on the same points against one twin evaluation."""
    rows: list[dict] = []
    for m, f in functions():
        backends = {"numpy": getattr(importlib.import_module(f"slowion.generated.{m}"), f)}
        fast = compiled_backend(m, f) if compiled else None
        if fast is not None:
            backends["compiled"] = fast
        rows.extend(compare_backends(m, f, backends, points_per_function, executor=executor))
    return rows
