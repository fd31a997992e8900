"""The list of generated functions: every target of the derive modules below, plus the numeric branches.

The derive modules are listed explicitly (no discovery): a listed module without ``codegen_expressions()`` is an
error, so that a missing target cannot go unnoticed. The expressions are the derive modules' own, each named after
the derive function that produces it (checked: the target ``sto_overlap_1_2`` must be ``sto_overlap(1, 2)`` of its
module). This file adds the equation keys of every target (:data:`KEYS`, the audit's spelling), which generated
module holds it (:data:`GENERATED_MODULE`: the STO family is split by kind), what each generated module is for
(:data:`USE`: the evaluator's callers, or why it is audit-only), and numerics: where a closed form is replaced by
a SymPy series (removable singularity at q -> 0, cancellation at large q) and the typical box of the arguments
(``DOMAINS`` in the generated module; the bench draws from it uniformly, the accuracy tests add edge regions).

Branch thresholds: a series about q = 0 converges for |q| below the nearest singularity R (R = 2 k_F for the static
forms, 2 k_F - 2|lambda| for X_1); with |q| < R/10 and 16 orders the truncation error is < 1e-16 relative. Above
R/10 the closed form loses at most ~ eps R/q ~ 1e-15 relative. About q = oo, R = 2 k_F + 2|lambda|: X_1 ~ 1/q^2
cancels in the closed form with error ~ eps (q/k_F)^2, so the series (32 orders in 1/q, ratio (R/q)^2 < 1/16 per
two orders) takes over at q > 4 R.
"""

from __future__ import annotations

import importlib
import re
from functools import cache

import sympy as sp

from slowion.codegen.spec import SeriesBranch, Target, python_name

#: derive modules with targets, in the order of generation; generated module name = last component, except for the
#: functions of GENERATED_MODULE
MODULES: tuple[str, ...] = (
    "slowion.derive.dielectric",
    "slowion.derive.wind",
    "slowion.derive.sto",
    "slowion.derive.stopping",
    "slowion.derive.three_state",
)

#: the equation keys of every target (derive function name, without the integer parameters of a family): the records
#: of the audit whose derived form the target implements, or for a pure definition the equation it defines
KEYS: dict[str, tuple[str, ...]] = {
    "lindhard_x1": ("Das-5",),
    "lindhard_eps_static": ("Das-2", "Das-5"),
    "lindhard_x2_small_u": ("Das-7",),
    "potential_v1_factor": ("Das-8", "Das-B.4"),
    "wind_integrand": ("Das-12", "X-1"),
    "sto_form_factor": ("DF-71",),
    "sto_overlap": ("DF-70",),
    "feg_stopping": ("X-4",),
    "form_factor_stopping_prefactor": ("X-3",),
    "fermi_surface_stopping_prefactor": ("X-5",),
    "lowdin_t_khe": ("DF-31",),
    "lowdin_t_kkprime": ("DF-32",),
    "lowdin_t_kkprime_mean_level": ("DF-34",),
    "hybridisation_t_kkprime": ("DF-35",),
    "effective_t_kkprime": ("DF-36",),
    "effective_coupling_v0": ("DF-42",),
    "effective_t_eff_kkprime": ("DF-41",),
}

#: generated module of a derive function's targets, where it is not the derive module's own name
GENERATED_MODULE: dict[str, str] = {
    "sto_form_factor": "sto_form_factor",  # DF Eq. 71, one-centre form factors (polynomial / rational, no branch)
    "sto_overlap": "sto_overlap",  # DF Eq. 70, two-centre overlaps (near series / far closed form per pair)
}

#: what each generated module is for, written into its header and docstring: "Used by" the evaluator modules that
#: call it, or "Audit-only" and why (checked by tests/test_key_spine.py against the imports of evaluate/)
USE: dict[str, str] = {
    "dielectric": (
        "Audit-only: the evaluator needs only the wind integrand (generated/wind.py), which contains eps(q, 0); these "
        "kernels are the derived Das Eqs. 2-8 checked against their twins (accuracy table of the report)"
    ),
    "wind": "Used by evaluate/wind.py (the friction Q of Das Eq. 12 corrected)",
    "sto_form_factor": "Used by evaluate/orbitals.py (I(q) of Slater orbitals, DF Eq. 71)",
    "sto_overlap": "Used by evaluate/orbitals.py (S(R) of Slater orbitals, DF Eq. 70)",
    "stopping": "Used by evaluate/double_fermi.py (the low-velocity stopping closed forms X-3 to X-5)",
    "three_state": (
        "Used by evaluate/coupling.py (effective_coupling_v0, V_0 of DF Eq. 42); the other kernels (the Löwdin "
        "hoppings of DF Eqs. 31-41) are audit-only, checked against their twins"
    ),
}

#: q -> 0 series of X_1 for q < R/10 (R = 2 k_F - 2|lambda|, the distance to the log singularity): (q/R)^2 <= 1/100
#: per two orders, 16 orders -> truncation < 1e-16. Only below k_F/50 as well: the closed form's O(1) terms cancel
#: to O(q) on the scale k_F (measured error ~ 0.5 eps k_F/q, <= 6e-15 above k_F/50), so for |lambda| not close to
#: k_F the series disc shrinks ~10x (143 operations on 0.25 % of the bench points instead of 2.5 %)
ORDER = 16
#: the closed form of X_1 is accurate for q > k_F/SMALL_Q_CANCEL (see ORDER)
SMALL_Q_CANCEL = 50
#: large-q series of X_1 for q > 8 R: (R/q)^2 <= 1/64 per two orders, 20 orders -> truncation < 1e-18
LARGE_ORDER = 20
#: the q -> 0 series of the screened forms for q < R/1000 and q < sqrt(k_F)/1000 (k_TF/q > 1000): 8 orders, terms in
#: q^2 steps -> relative truncation (q/k_TF)^6 < 1e-18
TINY_ORDER = 8
#: targets with 1/eps(q, 0) in them
SCREENED = {"potential_v1_factor", "wind_integrand"}


def _dielectric_numerics(name: str, expr: sp.Expr, args: tuple[sp.Symbol, ...]) -> dict:
    """Branches and sampling boxes of the Lindhard family (Das Eqs. 5, 8, 12)."""
    names = {a.name: a for a in args}
    q, kF = names["q"], names["k_F"]
    lam = names.get("lambda")
    small_where = {q: sp.Rational(1, 1000), kF: 1} | ({lam: 0} if lam is not None else {})
    large_where = {q: 1000, kF: 1} | ({lam: 0} if lam is not None else {})
    if lam is not None:
        radius_small = 2 * kF - 2 * sp.Abs(lam)
        radius_large = 2 * kF + 2 * sp.Abs(lam)
    else:
        radius_small = radius_large = 2 * kF
    condition = sp.Abs(q) < radius_small / 10
    if lam is not None:
        condition = sp.And(condition, sp.Abs(q) < kF / SMALL_Q_CANCEL)
    if name in SCREENED:
        # 1/eps(q)^2 has poles where q^2 eps = 0, |q| ~ k_TF = (4 k_F/pi)^(1/2): keep |q| < k_TF/10 too
        condition = sp.And(condition, sp.Abs(q) < sp.sqrt(kF) / 10)
    small = SeriesBranch(
        "small_q",
        q,
        sp.Integer(0),
        ORDER,
        condition,
        small_where,
        "Taylor/Laurent series about q = 0 (removable 0/0, cancellation ~ eps/q in the closed form).",
    )
    large = SeriesBranch(
        "large_q",
        q,
        sp.oo,
        LARGE_ORDER,
        sp.Abs(q) > 8 * radius_large,
        large_where,
        "series in 1/q (the closed form cancels to O(1/q^2) with error ~ eps q^2).",
    )
    # with the log pairs as one log1p (codegen/rewrite.log_pairs) the static forms have no 1/q^3 cancellation left:
    # only q -> 0 itself (0 * inf in 1/(q eps^2)) needs the series, on a much smaller disc and with fewer orders
    tiny = SeriesBranch(
        "tiny_q",
        q,
        sp.Integer(0),
        TINY_ORDER,
        sp.And(sp.Abs(q) < radius_small / 1000, sp.Abs(q) < sp.sqrt(kF) / 1000),
        small_where,
        "Taylor series about q = 0 (the closed form is 0 * inf at q = 0; relative truncation (q/k_TF)^6 < 1e-18).",
    )
    table = {
        "lindhard_x1": ((small, large), {"q": (1e-3, 8.0), "lam": (-0.25, 0.25), "kF": (0.3, 2.0)}),
        "lindhard_eps_static": ((), {"q": (1e-3, 8.0), "kF": (0.3, 2.0)}),
        "potential_v1_factor": ((), {"q": (1e-3, 8.0), "kF": (0.3, 2.0)}),
        "wind_integrand": ((tiny,), {"q": (1e-3, 8.0), "kF": (0.3, 2.0)}),
        "lindhard_x2_small_u": ((), {"q": (1e-3, 6.0), "qz": (-2.0, 2.0), "u": (1e-4, 0.3), "kF": (0.3, 2.0)}),
    }
    branches, domain = table[name]
    return {"branches": branches, "domain": domain}


def _sto_numerics(name: str, expr: sp.Expr, args: tuple[sp.Symbol, ...]) -> dict:
    """STO form factors and overlaps: derive/sto.py builds its own near/far Piecewise with safe arguments."""
    box = {"q": (0.0, 40.0), "R": (0.0, 25.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)}
    return {"branches": (), "domain": {python_name(a): box[python_name(a)] for a in args}}


def _generic_numerics(name: str, expr: sp.Expr, args: tuple[sp.Symbol, ...]) -> dict:
    """Polynomial/rational targets: no branches; sampling box from the argument assumptions."""
    domain = {}
    for a in args:
        domain[python_name(a)] = (0.05, 2.0) if a.is_positive else (-2.0, 2.0)
    return {"branches": (), "domain": domain}


NUMERICS = {
    "dielectric": _dielectric_numerics,
    "wind": _dielectric_numerics,
    "sto": _sto_numerics,
    "stopping": _generic_numerics,
    "three_state": _generic_numerics,
}


@cache
def targets_by_module() -> dict[str, tuple[Target, ...]]:
    """module short name -> its targets for every module of :data:`MODULES`, in the derive modules' order."""
    return collect_targets(MODULES)


_FAMILY = re.compile(r"(?P<function>.+?)(?P<params>(_[0-9]+)+)")


def _producer(mod, name: str, expr: sp.Expr) -> str:
    """The derive function that produces ``expr`` under the target ``name``: ``name`` itself, or for a parametrised
    family ``sto_overlap_1_2`` the function ``sto_overlap`` called with (1, 2). Raises unless the expression is
    exactly what that function returns, so a target cannot carry a name that is not its derivation's."""
    fn = getattr(mod, name, None)
    params: tuple[int, ...] = ()
    if fn is None and (m := _FAMILY.fullmatch(name)):
        fn = getattr(mod, m["function"], None)
        params = tuple(int(p) for p in m["params"].split("_")[1:])
    if not callable(fn):
        raise RuntimeError(f"target {name} of {mod.__name__} is not named after a function of that module")
    if fn(*params) != expr:
        raise RuntimeError(f"target {name}: the expression is not what {mod.__name__}.{fn.__name__} returns")
    return fn.__name__


def derive_module_of(generated: str) -> str:
    """The dotted derive module whose targets fill the generated module ``generated`` (``sto_overlap`` ->
    ``slowion.derive.sto``); raises ValueError for a name no derive module writes."""
    for modname in MODULES:
        short = modname.rsplit(".", 1)[1]
        if short == generated and short not in GENERATED_MODULE.values():
            return modname
        mod = importlib.import_module(modname)
        if any(g == generated and hasattr(mod, f) for f, g in GENERATED_MODULE.items()):
            return modname
    raise ValueError(f"no derive module writes generated module {generated!r}")


def collect_targets(modules: tuple[str, ...], kind: str | None = None) -> dict[str, tuple[Target, ...]]:
    """generated module short name -> its targets. Raises if a listed module has no ``codegen_expressions`` or no
    targets, if a target is not named after its derive function, or if it has no keys.

    ``kind``: one generated module of a derive module that writes several (``sto_overlap`` of ``derive.sto``,
    whose ``codegen_expressions(kinds)`` then derives that family only)."""
    out: dict[str, list[Target]] = {}
    for modname in modules:
        mod = importlib.import_module(modname)
        short = modname.rsplit(".", 1)[1]
        if not hasattr(mod, "codegen_expressions"):
            raise RuntimeError(f"{modname} is listed in codegen/targets.py but defines no codegen_expressions()")
        exprs = mod.codegen_expressions() if kind is None else mod.codegen_expressions(kinds=(kind,))
        if not exprs:
            raise RuntimeError(f"{modname}.codegen_expressions() returned no targets")
        numerics = NUMERICS[short]
        for name, (expr, args, doc) in exprs.items():
            function = _producer(mod, name, expr)
            if function not in KEYS:
                raise RuntimeError(f"target {name}: no equation keys in codegen/targets.py KEYS")
            extra = numerics(name, expr, tuple(args))
            source = f"{modname}.{function}"
            generated = GENERATED_MODULE.get(function, short)
            target = Target(name, generated, expr, tuple(args), doc, **extra, keys=KEYS[function], source=source)
            out.setdefault(generated, []).append(target)
    return {m: tuple(ts) for m, ts in out.items()}
