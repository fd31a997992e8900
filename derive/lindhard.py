"""The Lindhard response of a drifting electron gas derived: X_1, X_2 and the screened potential of Das Eqs. 1-8.

The records that compare these with Das's printed forms are in :mod:`slowion.derive.dielectric`.

Conventions (docs/conventions.md, docs/das.md): atomic units hbar = m = e = 1 except where a record keeps ``e`` to
audit a printed power of e; Fourier transform f(r) = int d^3q/(2 pi)^3 e^{+i q.r} f(q); ``V`` is the potential energy
of an electron (charge -e) per unit e, so V_0(q) = -4 pi Z/q^2; eps(q, w) = 1 - X(q, w)/q^2 with
X = 4 pi e^2 chi_0^R(q, w), chi_0^R the retarded (w -> w + i0) Lindhard density response, spin summed, per volume;
w = q.u = q_z u with u the velocity of the ion relative to the electron gas.

Route of the derivation (SymPy cannot do the 3D k-integral of Das Eq. 2 directly):

1. shift k -> k - q in the f(k+q) term, so that only f(k) = theta(k_F - |k|) appears;
2. integrate over the disk transverse to q (area pi (k_F^2 - t^2), t = k.q/q) with SymPy;
3. the remaining 1D integral over t in (-k_F, k_F) of (k_F^2 - t^2)/(t - a) is done by SymPy (partial fractions);
   the principal value turns log(t - a) into log|t - a| (real part, X_1) and the retarded i0 turns 1/(t - a) into
   + i pi delta(t - a) (imaginary part, X_2, with its support |a| < k_F);
4. a = q/2 + lambda and a = lambda - q/2 with lambda = w/q = u q_z/q (Das's lambda = m u q_z/q).

The closed forms are checked against an independent route (angular integral first, then an mpmath quadrature over
|k|) in :mod:`slowion.derive.lindhard_ksum` and ``tests/test_das_dielectric.py``.
"""

from __future__ import annotations

from functools import cache

import sympy as sp

from slowion.derive.identity import Convention, Reading

# ---------------------------------------------------------------------------------------------------------------
# symbols (real, positive where physical)

q, kF, qz, u = sp.symbols("q k_F q_z u", positive=True)
lam = sp.Symbol("lambda", real=True)  # u q_z / q: negative for q_z < 0
alpha, vF, Z, e = sp.symbols("alpha v_F Z e", positive=True)
t, a = sp.symbols("t a", real=True)  # t = k.q/q inside the Fermi sphere; a = pole of the 1D integrand
eta = sp.Symbol("eta", positive=True)  # the retarded i0
X10 = sp.Symbol("X_1^0", real=True)  # X_1(q, 0), kept as a symbol where Das keeps it
eps0 = sp.Symbol("epsilon_0", positive=True)  # eps(q, 0) = 1 - X_1(q, 0)/q^2
qx, qy = sp.symbols("q_x q_y", real=True)

# ---------------------------------------------------------------------------------------------------------------
# the two conventions Das leaves open. Printed forms are written in Das's symbols (u_Das, w_Das, and q as Das labels
# it); a reading translates them into slowion's: u the ion's velocity relative to the gas, w = q.u, kernel e^{+iq.r}.

u_das = sp.Symbol("u_Das", real=True)  # Das's u, whatever it is
w_das = sp.Symbol("w_Das", real=True)  # Das's w = q.u
w = sp.Symbol("w", real=True)  # slowion's w = q.u, u the ion's velocity
f0, f1, D = sp.symbols("f_k f_kq D", real=True)  # f(k), f(k+q), E_{k+q} - E_k in the summand of Eq. 2

#: the Fourier kernel of Eq. 10. Under e^{-iq.r} Das's V(q) is slowion's V(-q): every printed form is read with
#: q -> -q (in Eq. 2's summand, q -> -q followed by the relabelling k -> k + q of the k-sum)
KERNEL = Convention(
    "Fourier kernel of Das Eq. 10",
    (
        Reading(
            "kernel e^{+iq.r}",
            "Eq. 11: 'Therefore F_z(0) = (iZe/(2 pi)^3) int q_z V(q, u) d^3q' -- the factor +i follows from Eq. 9 "
            "only with e^{+iq.r}.",
        ),
        Reading(
            "kernel e^{-iq.r}",
            "Eq. 10: 'V(r, u) = (1/(2 pi)^3) int e^{-q.r} V(q, u) d^3q' -- the minus sign as printed, the lost i "
            "restored after it.",
            {qx: -qx, qy: -qy, qz: -qz, f0: f1, f1: f0, D: -D, w_das: -w_das},
        ),
    ),
    adopted="kernel e^{+iq.r}",
)

#: what Das's u is: the ion's velocity relative to the gas, or the electrons' drift velocity relative to the ion
U_MEANING = Convention(
    "meaning of Das's u",
    (
        Reading(
            "u the ion's velocity",
            "'an ion of charge Ze (treated as weak) moving slowly with velocity u'; 'We choose a frame of reference "
            "in which the ion of charge Ze is at rest, and the jellium background is moving with a relative velocity "
            "-u.'",
            {u_das: u, w_das: w},
        ),
        Reading(
            "u the electrons' drift",
            "'in our frame of reference, the electrons having velocity u <=> (eE/m) tau, tau being finite, are "
            "responding to a stationary ion'; 'The external electric field will now be introduced in the theory "
            "through the drift velocity u, given by w = q.u.'",
            {u_das: -u, w_das: -w},
        ),
    ),
    adopted="u the ion's velocity",
)

#: Das's Thomas-Fermi wave number, as printed below Eq. 5: alpha = [32 pi^2 e^2 m k_F/(2 pi)^3]^(1/2), e = m = 1
ALPHA_SQUARED_PRINTED = 32 * sp.pi**2 * kF / (2 * sp.pi) ** 3
#: the electron gas: v_F = hbar k_F/m = k_F
ELECTRON_GAS = {alpha: sp.sqrt(ALPHA_SQUARED_PRINTED), vF: kF}


def _theta_inside(x: sp.Expr) -> sp.Expr:
    """theta(k_F - |x|) written without Abs: the pole x lies inside the Fermi sphere's t-range."""
    return sp.Heaviside(kF - x) * sp.Heaviside(kF + x)


# ---------------------------------------------------------------------------------------------------------------
# step 2: transverse integration


@cache
def transverse_disk_area() -> sp.Expr:
    """Area of the slice t = const of the Fermi sphere: int_0^{sqrt(k_F^2 - t^2)} 2 pi k_perp dk_perp."""
    kp = sp.Symbol("k_perp", positive=True)
    return sp.integrate(2 * sp.pi * kp, (kp, 0, sp.sqrt(kF**2 - t**2)))


@cache
def ksum_measure() -> sp.Expr:
    """(2 spins) x d^3k/(2 pi)^3 integrated over the transverse disk: the weight of dt in the k-sum of Eq. 2."""
    return 2 / (2 * sp.pi) ** 3 * transverse_disk_area()


# ---------------------------------------------------------------------------------------------------------------
# step 3: the 1D integral


def _flip_abs_logs(expr: sp.Expr) -> sp.Expr:
    """Write every log|N/D| (N, D linear in q, k_F, lambda) with +2k_F leading D and +q in N, as Das prints them.

    Uses only log|x| = log|-x| and log|N/D| = -log|D/N|; the value is unchanged (checked by the chain check
    ``Das-5 canonical form == raw SymPy integral``).
    """

    def canon(arg: sp.Expr) -> sp.Expr:
        if not isinstance(arg, sp.Abs):
            return sp.log(arg)
        n, d = sp.fraction(sp.together(arg.args[0]))
        n, d = sp.expand(n), sp.expand(d)
        n, d = (-n if n.coeff(kF) < 0 else n), (-d if d.coeff(kF) < 0 else d)  # |x| = |-x|, separately
        if n.coeff(q) < 0:  # log|N/D| = -log|D/N|
            return -sp.log(sp.Abs(d / n))
        return sp.log(sp.Abs(n / d))

    return expr.replace(lambda x: isinstance(x, sp.log), lambda x: canon(x.args[0]))


@cache
def pv_line_integral() -> sp.Expr:
    """PV int_{-k_F}^{k_F} (k_F^2 - t^2)/(t - a) dt for real a (SymPy: partial fractions, then |.| in the log)."""
    anti = sp.integrate(sp.apart((kF**2 - t**2) / (t - a), t), t)
    c = anti.coeff(sp.log(t - a))
    regular = anti - c * sp.log(t - a)
    # PV of int dt/(t - a) over (-k_F, k_F) = log|k_F - a| - log|k_F + a|
    return sp.expand(regular.subs(t, kF) - regular.subs(t, -kF)) + c * sp.log(sp.Abs((kF - a) / (kF + a)))


@cache
def complex_line_integral() -> sp.Expr:
    """int_{-k_F}^{k_F} (k_F^2 - t^2)/(t - a) dt for a with Im a > 0 (principal logs; no branch cut is crossed)."""
    anti = sp.integrate(sp.apart((kF**2 - t**2) / (t - a), t), t)
    return anti.subs(t, kF) - anti.subs(t, -kF)


@cache
def delta_line_integral() -> sp.Expr:
    """int_{-k_F}^{k_F} (k_F^2 - t^2) delta(t - a) dt: the weight of the pole, with its support |a| < k_F."""
    return (kF**2 - a**2) * _theta_inside(a)


def _combine(f_of_a) -> sp.Expr:
    """X = 4 pi e^2 x (ksum weight) x (1/q)[J(a1) - J(a2)], a1 = q/2 + lambda, a2 = lambda - q/2 (e = 1).

    S(q, w) = sum_k f(k) [1/(q t - q^2/2 - w) - 1/(q t + q^2/2 - w)]: the f(k+q) term of Eq. 2 after k -> k - q.
    """
    weight = ksum_measure() / transverse_disk_area() * sp.pi  # = 1/(4 pi^2): the disk area is pi (k_F^2 - t^2)
    return 4 * sp.pi * weight / q * (f_of_a(q / 2 + lam) - f_of_a(lam - q / 2))


@cache
def x1_raw() -> sp.Expr:
    """X_1(q, lambda) straight from the SymPy integral (principal value), before rewriting the logs."""
    J = pv_line_integral()
    return sp.expand(_combine(lambda x: J.subs(a, x)))


@cache
def lindhard_x1() -> sp.Expr:
    """Das-5 as derived (= -printed): X_1 = -(alpha^2/2)[1 + sum_{+-} (4k_F^2-(q-+2 lam)^2)/(8 k_F q) ln|..|]."""
    x1 = _flip_abs_logs(x1_raw())
    logs = sorted(x1.atoms(sp.log), key=sp.default_sort_key)
    return sp.collect(x1, logs, func=sp.factor)


@cache
def x2_derived() -> sp.Expr:
    """X_2(q, lambda) = Im X for finite u, retarded: pi x (pole weights), support |q/2 +- lambda| < k_F."""
    D = delta_line_integral()
    return sp.expand(sp.pi * _combine(lambda x: D.subs(a, x)))


@cache
def lindhard_static_F() -> sp.Expr:
    """The static Lindhard function F(x) = 1/2 + (1 - x^2)/(4x) ln|(1+x)/(1-x)|, x = q/2k_F (reference form)."""
    x = q / (2 * kF)
    return sp.Rational(1, 2) + (1 - x**2) / (4 * x) * sp.log(sp.Abs((1 + x) / (1 - x)))


@cache
def lindhard_eps_static() -> sp.Expr:
    """Das-2, Das-5: eps(q, 0) = 1 - X_1(q, 0)/q^2 from the derived X_1."""
    x1 = lindhard_x1().subs(lam, 0)
    (log_term,) = x1.atoms(sp.log)
    # the u = 0 logarithm ln|(2k_F + q)/(2k_F - q)|, written with the positive numerator outside the Abs
    clean = sp.log((2 * kF + q) / sp.Abs(2 * kF - q))
    if sp.simplify(sp.exp(log_term) - sp.exp(clean)) != 0:
        raise AssertionError("unexpected form of the u = 0 logarithm")
    x1 = sp.collect(sp.expand(x1.subs(log_term, sp.Symbol("L")), log=False), sp.Symbol("L"), func=sp.factor)
    return 1 - sp.expand(x1 / q**2).subs(sp.Symbol("L"), clean)


@cache
def lindhard_x2_small_u() -> sp.Expr:
    """Das-7: first order in u of X_2 (Das Eq. 7 as derived): -2 u q_z/q for q < 2 k_F, zero above.

    For q != 2 k_F and |lambda| small enough the supports theta(k_F - |q/2 +- lambda|) equal their lambda = 0 value
    theta(k_F - q/2); with the supports frozen, X_2 is a polynomial in lambda, whose first-order term is kept.
    """
    x2 = x2_derived()
    frozen = x2.replace(sp.Heaviside, lambda arg, *_: sp.Heaviside(sp.expand(arg).subs(lam, 0)))
    frozen = frozen.subs(sp.Heaviside(kF + q / 2), 1)  # always inside from that side
    first = sp.series(frozen, lam, 0, 2).removeO()
    first = sp.expand(first.subs(lam, u * qz / q))
    inside = sp.simplify(first.subs(sp.Heaviside(kF - q / 2), 1))
    outside = sp.simplify(first.subs(sp.Heaviside(kF - q / 2), 0))
    return sp.Piecewise((inside, q < 2 * kF), (outside, True))


# ---------------------------------------------------------------------------------------------------------------
# the screened potential, Eqs. 1, 3, 8


def v0(charge: sp.Expr = Z) -> sp.Expr:
    """V_0(q) = -4 pi Z/q^2 (e = 1): potential energy of an electron near the bare ion (Das Eq. 1)."""
    return -4 * sp.pi * charge / q**2


@cache
def v_first_order() -> tuple[sp.Expr, sp.Expr]:
    """(V^(0), V^(1)) of V = V_0/(1 - (X_1 + i X_2)/q^2) to first order in u, with X_1(q,0) = X10 kept symbolic.

    X_1 is even in u (Das-6), so to first order X_1 = X_1(q, 0); X_2 is Eq. 7 as derived (q < 2 k_F branch).
    """
    x2_in = lindhard_x2_small_u().args[0][0]
    s = sp.Symbol("s")  # bookkeeping parameter for the order in u
    V = v0() / (1 - (X10 + sp.I * s * x2_in) / q**2)
    ser = sp.series(V, s, 0, 2).removeO()
    V0 = sp.simplify(ser.coeff(s, 0)).subs(1 - X10 / q**2, eps0)
    V1 = sp.simplify(ser.coeff(s, 1))
    V1 = sp.simplify(V1.subs(X10, q**2 * (1 - eps0)))
    V0 = sp.simplify(V0.subs(X10, q**2 * (1 - eps0)))
    return V0, V1


@cache
def potential_v1_factor() -> sp.Expr:
    """Das-8, Das-B.4: V^(1)(q, u) / (i Z u q_z) for q < 2 k_F, eps_0 the static Lindhard eps(q, 0): real, > 0."""
    V1 = v_first_order()[1]
    return sp.simplify(V1 / (sp.I * Z * u * qz)).subs(eps0, lindhard_eps_static())


#: sampling ranges of the numeric equality test: q below and above 2 k_F, both signs of lambda
DOMAIN = {q: (0.05, 3.5), kF: (0.4, 1.5), lam: (-0.9, 0.9), qz: (0.05, 2.0), u: (0.001, 0.3), Z: (0.5, 3.0)}


def galilean_summand() -> tuple[sp.Expr, sp.Expr]:
    """The summand of Eq. 2 derived for a gas drifting with -u past a static potential; returns (summand, w).

    The drifting gas has occupation f(k + u) (m = 1); its static retarded response is
    sum_k [f(k+u) - f(k+q+u)]/(E_k - E_{k+q} + i eta). Shifting k -> k - u (vector algebra by SymPy) leaves
    f(k) - f(k+q) over E_{k-u} - E_{k+q-u} + i eta = -(E_{k+q} - E_k - q.u) + i eta.
    """
    kv = sp.Matrix(sp.symbols("k_1:4", real=True))
    qv = sp.Matrix(sp.symbols("p_1:4", real=True))
    uv = sp.Matrix(sp.symbols("u_1:4", real=True))
    E = lambda v: (v.T * v)[0] / 2  # noqa: E731 -- free-electron band, m = 1
    f0, f1, D, w = sp.symbols("f_k f_kq D w", real=True)  # f(k), f(k+q), E_{k+q} - E_k, q.u
    denom = E(kv - uv) - E(kv + qv - uv)
    shift = sp.expand(denom + (E(kv + qv) - E(kv)))  # = q.u
    if sp.expand(shift - (qv.T * uv)[0]) != 0:
        raise AssertionError("Galilean shift of the energy denominator is not q.u")
    summand = (f0 - f1) / (-(D - w) + sp.I * eta)
    return sp.simplify(summand), w
