"""Closed forms for s-type Slater orbitals: one-centre form factor (DF Eq. 71) and two-centre overlap (DF Eq. 70).

The primitive is the normalised s-type Slater-type orbital (STO)

.. math:: \\chi_{n\\zeta}(\\mathbf r) = N_{n\\zeta}\\, r^{n-1} e^{-\\zeta r} Y_{00},
          \\qquad N_{n\\zeta} = (2\\zeta)^{n+1/2}/\\sqrt{(2n)!},\\qquad Y_{00} = 1/\\sqrt{4\\pi},

as used by the Roothaan-Hartree-Fock expansions of Koga et al., Int. J. Quantum Chem. 71, 491 (1999) (n = 1..4 occur
for He, Li, Na, K, Rb; we provide n = 1..5). Everything here is derived by SymPy from that definition:

* :func:`normalisation` -- N from the integral of chi^2 (not typed in);
* :func:`sto_form_factor` -- I_{n1 n2}(q) = 4 pi int r^2 chi1 chi2 j0(q r) dr, the Fourier transform of the product of
  two primitives on the same centre (DF Eq. 71 for one pair of primitives; the sign of the exponent in
  exp(+-i q.r) does not matter for a spherical product). Route: the Laplace transform
  int_0^oo r^(M-1) e^(-s r) dr = Gamma(M)/s^M is continued to s = a -+ i q (a = z1 + z2 > 0) and its imaginary part
  gives the sine transform. The result is a polynomial in q^2 over (a^2 + q^2)^M (M = n1 + n2): entire in q, finite
  at q = 0 with no cancellation, so **no small-q branch is needed** and none is generated;
* :func:`sto_overlap` -- S_{n1 n2}(R) = int chi1(r) chi2(|r - R|) d^3r (DF Eq. 70), one ``Piecewise`` of two branches:

  - ``far`` (|x| >= X_SWITCH, x = R (z1 - z2)/2): the exact closed form from the Fourier route. The convolution
    theorem gives S(R) = 1/(2 pi^2 R) int_0^oo k sin(kR) F1(k) F2(k) dk (F = 3-d Fourier transform of the radial
    factor, real and even in k); closing the contour in the upper half plane picks the poles at k = i z1 and
    k = i z2 (orders n1 + 1 and n2 + 1), so S = e^(-z1 R) P1(R) + e^(-z2 R) P2(R) with P rational in z1, z2.
    The coefficients carry (z1 - z2)^(-K): a removable singularity at z1 = z2 and at R = 0 (both mean x = 0) with
    catastrophic cancellation for small |x|;
  - ``near`` (|x| < X_SWITCH, which contains z1 = z2, nearly equal exponents, and R -> 0): prolate spheroidal
    coordinates mu = (r_a + r_b)/R, nu = (r_a - r_b)/R give
    S = N1 N2/2 (R/2)^(M+1) int_1^oo dmu int_-1^1 dnu (mu+nu)^(n1-1) (mu-nu)^(n2-1) (mu^2-nu^2) e^(-p mu - x nu),
    p = R (z1 + z2)/2. The mu integrals are done exactly (SymPy); (R/2)^(M+1) A_m(p) is e^(-p) times a polynomial in
    R (finite at R = 0); exp(-x nu) is replaced by its Taylor polynomial of degree SERIES_ORDER and integrated
    term by term. Each nu-moment series has terms of one sign (only k + j even survive), so the branch has no
    cancellation of its own. Truncation error, relative: <= (|x|^(J+1)/(J+1)!) e^(2|x|) (the integrand
    is positive), which is :data:`SERIES_TRUNCATION_BOUND` at |x| = X_SWITCH.

  Where each branch is not used, its arguments are replaced by safe values inside the expression (``Piecewise`` on
  the arguments), so a vectorised ``numpy.select`` that evaluates both branches never divides by zero.

Symmetry: S_{n1 n2}(R; z1, z2) = S_{n2 n1}(R; z2, z1) and I_{n1 n2}(q; z1, z2) = I_{n2 n1}(q; z2, z1); the targets are
generated for n1 <= n2 only. Units: atomic (bohr, bohr^-1). Fourier convention: F(k) = int d^3r e^{-i k.r} f(r),
f(r) = int d^3k/(2 pi)^3 e^{i k.r} F(k) (for the even functions here the sign is immaterial).
"""

from __future__ import annotations

from functools import cache

import sympy as sp

#: largest principal quantum number provided (Koga et al. 1999 use n <= 4 for He, Li, Na, K, Rb)
N_MAX = 5
#: the near (series) branch is used for |x| < X_SWITCH, x = R (z1 - z2)/2; the far (closed) branch otherwise
X_SWITCH = 4
#: degree J of the Taylor polynomial of exp(-x nu) in the near branch
SERIES_ORDER = 40

r, q, R, k = sp.symbols("r q R k", positive=True)
z1, z2 = sp.symbols("z1 z2", positive=True)
_s = sp.Symbol("s", positive=True)  # Laplace variable
_p = sp.Symbol("p", positive=True)  # R (z1 + z2)/2
_x = sp.Symbol("x", real=True)  # R (z1 - z2)/2
_a = sp.Symbol("a", positive=True)  # z1 + z2
_mu, _nu = sp.symbols("mu nu", real=True)
_kappa = sp.Symbol("kappa")  # k = i kappa on the imaginary axis

#: relative truncation bound of the near branch at |x| = X_SWITCH (see module docstring)
SERIES_TRUNCATION_BOUND = float(
    sp.Integer(X_SWITCH) ** (SERIES_ORDER + 1) / sp.factorial(SERIES_ORDER + 1) * sp.exp(2 * X_SWITCH)
)

PAIRS: tuple[tuple[int, int], ...] = tuple((n1, n2) for n1 in range(1, N_MAX + 1) for n2 in range(n1, N_MAX + 1))


# ----------------------------------------------------------------------------------------------------------
# definitions


def primitive(n: int, zeta: sp.Expr, radius: sp.Expr = r) -> sp.Expr:
    """chi_{n zeta}(r) / Y00: the normalised radial factor N r^(n-1) e^(-zeta r)."""
    return normalisation(n, zeta) * radius ** (n - 1) * sp.exp(-zeta * radius)


@cache
def _norm_integral(n: int) -> sp.Expr:
    zeta = sp.Symbol("zeta", positive=True)
    return sp.Lambda(zeta, sp.integrate(r**2 * (r ** (n - 1) * sp.exp(-zeta * r)) ** 2, (r, 0, sp.oo)))


def normalisation(n: int, zeta: sp.Expr) -> sp.Expr:
    """N_{n zeta} derived from int |chi|^2 d^3r = 1 (the angular integral of Y00^2 is 1)."""
    return 1 / sp.sqrt(_norm_integral(n)(zeta))


def normalisation_printed(n: int, zeta: sp.Expr) -> sp.Expr:
    """The textbook form (2 zeta)^(n + 1/2) / sqrt((2n)!), transcribed for comparison."""
    return (2 * zeta) ** (n + sp.Rational(1, 2)) / sp.sqrt(sp.factorial(2 * n))


@cache
def _laplace(m: int) -> sp.Lambda:
    """L_m(s) = int_0^oo r^(m-1) e^(-s r) dr for Re s > 0 (SymPy, then continued analytically in s)."""
    return sp.Lambda(_s, sp.integrate(r ** (m - 1) * sp.exp(-_s * r), (r, 0, sp.oo)))


def radial_fourier(n: int, zeta: sp.Expr, kk: sp.Expr) -> sp.Expr:
    """F(k) = 4 pi int r^2 [r^(n-1) e^(-zeta r)] j0(k r) dr (unnormalised radial factor), as (L(z-ik) - L(z+ik))/(2ik).

    int_0^oo r^n e^(-zeta r) sin(k r) dr = Im L_{n+1}(zeta - i k); the two-term form is analytic in k and is used
    both on the real axis and, for the overlap residues, on the imaginary axis k = i kappa.
    """
    lap = _laplace(n + 1)
    return 4 * sp.pi * (lap(zeta - sp.I * kk) - lap(zeta + sp.I * kk)) / (2 * sp.I * kk)


# ----------------------------------------------------------------------------------------------------------
# (a) one-centre form factor, DF Eq. 71 for a pair of primitives


@cache
def sto_form_factor(n1: int, n2: int) -> sp.Expr:
    """DF-71: I_{n1 n2}(q; z1, z2) = 4 pi int r^2 chi1 chi2 j0(q r) dr, polynomial over (a^2 + q^2)^M; finite at 0."""
    m = n1 + n2
    # L_M(s) = c / s^M (SymPy); then L(a - iq) - L(a + iq) = c [(a + iq)^M - (a - iq)^M] / (a^2 + q^2)^M
    c = sp.simplify(_laplace(m)(_s) * _s**m)
    if c.has(_s):
        raise RuntimeError(f"L_{m}(s) is not c/s^{m}: {_laplace(m)(_s)}")
    sine_part = sp.expand(sp.expand((_a + sp.I * q) ** m - (_a - sp.I * q) ** m) / (2 * sp.I * q))
    if sine_part.has(sp.I):
        raise RuntimeError("the sine transform is not real")
    ft = 4 * sp.pi * c * sp.factor(sine_part) / (_a**2 + q**2) ** m  # radial transform of r^(M-1) e^(-a r)
    pref = normalisation(n1, z1) * normalisation(n2, z2) / (4 * sp.pi)  # Y00^2 = 1/(4 pi)
    return sp.powsimp(sp.simplify(pref) * ft.subs(_a, z1 + z2))


def form_factor_at_zero(n1: int, n2: int) -> sp.Expr:
    """I_{n1 n2}(0): must equal the one-centre overlap int chi1 chi2 d^3r = S_{n1 n2}(R = 0)."""
    return sp.simplify(sto_form_factor(n1, n2).subs(q, 0))


def one_centre_overlap(n1: int, n2: int) -> sp.Expr:
    """int chi1 chi2 d^3r on one centre, directly from the definition."""
    return sp.simplify(sp.integrate(r**2 * primitive(n1, z1) * primitive(n2, z2), (r, 0, sp.oo)))


# ----------------------------------------------------------------------------------------------------------
# (b) two-centre overlap, DF Eq. 70


@cache
def overlap_far(n1: int, n2: int) -> sp.Expr:
    """Exact closed form e^(-z1 R) P1(R) + e^(-z2 R) P2(R) by residues (valid for z1 != z2, R > 0).

    S(R) = N1 N2/(4 pi) * 1/(2 pi^2 R) * (1/2) Im int_-oo^oo k F1 F2 e^(ikR) dk = N1 N2/(8 pi^2 R) Re sum Res.
    With k = i kappa, F_n(i kappa) = 2 pi n!/kappa [(-1)^(n+1) (kappa - z)^-(n+1) - (z + kappa)^-(n+1)] is real, and
    Res_k[k F1 F2 e^(ikR)] at k = i z equals -Res_kappa[kappa F1 F2 e^(-kappa R)] at kappa = z. Near kappa = z1 only
    the (kappa - z1)^-(n1+1) term of F1 is singular; the other term times (kappa - z1)^(n1+1) has a zero of order
    n1 + 1 there and contributes nothing to the residue. The residue then follows from Leibniz' rule.
    """
    n_pref = normalisation(n1, z1) * normalisation(n2, z2)
    total = sp.Integer(0)
    for (n, z), (n_o, z_o) in (((n1, z1), (n2, z2)), ((n2, z2), (n1, z1))):
        m = n + 1
        # kappa F_n(i kappa) = 2 pi [L_m(z - kappa) - L_m(z + kappa)]; times (kappa - z)^m = (-1)^m (z - kappa)^m
        # only the first term survives in the residue, and L_m(z - kappa) (z - kappa)^m = Gamma(m)
        regular_part = sp.simplify(_laplace(m)(z - _kappa) * (z - _kappa) ** m)
        if regular_part.has(_kappa):
            raise RuntimeError(f"L_{m}(z - kappa) is not a pole of order {m}: {regular_part}")
        g = 2 * sp.pi * (-1) ** m * regular_part * radial_fourier(n_o, z_o, sp.I * _kappa)
        ders = [g]
        for _ in range(1, m):
            ders.append(sp.diff(ders[-1], _kappa))
        poly = sp.Integer(0)
        for j in range(m):
            # d^(m-1)/dkappa^(m-1) [g e^(-kappa R)] = sum_j C(m-1, j) g^(m-1-j) (-R)^j e^(-kappa R)
            c = sp.binomial(m - 1, j) * ders[m - 1 - j].subs(_kappa, z) * (-1) ** j / sp.factorial(m - 1)
            poly += sp.factor(-c * n_pref / (8 * sp.pi**2)) * R ** (j - 1)
        total += sp.exp(-z * R) * poly
    return total


@cache
def _mu_integral(m: int) -> sp.Expr:
    """int_1^oo mu^m e^(-p mu) dmu = p^-(m+1) Gamma(m+1, p) (substitute t = p mu), expanded by SymPy."""
    return sp.expand_func(sp.uppergamma(m + 1, _p)) / _p ** (m + 1)


@cache
def _nu_moment_series(kpow: int, order: int) -> sp.Expr:
    """int_-1^1 nu^k T_J[e^(-x nu)] dnu, T_J = sum_{j<=J} (-x nu)^j/j! the Taylor polynomial of degree J in x."""
    taylor = sp.Add(*[(-_x * _nu) ** j / sp.factorial(j) for j in range(order + 1)])
    antiderivative = sp.Poly(sp.expand(_nu**kpow * taylor), _nu).integrate()
    return sp.expand(antiderivative.as_expr().subs(_nu, 1) - antiderivative.as_expr().subs(_nu, -1))


@cache
def overlap_near(n1: int, n2: int, order: int = SERIES_ORDER) -> sp.Expr:
    """Series branch in x = R (z1 - z2)/2 (prolate spheroidal route); exact at z1 = z2 and at R = 0."""
    m_tot = n1 + n2
    weight = sp.Poly(sp.expand((_mu + _nu) ** (n1 - 1) * (_mu - _nu) ** (n2 - 1) * (_mu**2 - _nu**2)), _mu, _nu)
    radial = {}  # (R/2)^(M+1) int_1^oo mu^m e^(-p mu) dmu at p = a R/2: e^(-aR/2) * polynomial in R
    for (m, _), _c in weight.terms():
        if m not in radial:
            expr = sp.expand((R / 2) ** (m_tot + 1) * sp.expand(_mu_integral(m) * sp.exp(_p)).subs(_p, _a * R / 2))
            radial[m] = expr
    by_k: dict[int, sp.Expr] = {}
    for (m, kpow), c in weight.terms():
        by_k[kpow] = by_k.get(kpow, sp.Integer(0)) + c * radial[m]
    body = sum(
        (
            sp.horner(sp.expand(g), R) * sp.horner(_nu_moment_series(kpow, order), _x)
            for kpow, g in sorted(by_k.items())
        ),
        sp.Integer(0),
    )
    pref = normalisation(n1, z1) * normalisation(n2, z2) / 2
    return (pref * sp.exp(-_a * R / 2) * body).subs({_x: R * (z1 - z2) / 2, _a: z1 + z2})


def switch_variable() -> sp.Expr:
    """x = R (z1 - z2)/2, the variable that decides the branch of the overlap."""
    return R * (z1 - z2) / 2


@cache
def sto_overlap(n1: int, n2: int) -> sp.Expr:
    """DF-70: S_{n1 n2}(R; z1, z2) as one Piecewise: near branch for |x| < X_SWITCH, far closed form otherwise.

    The far branch is evaluated at safe arguments (R = 1, z2 = z1 + 1) where the near branch is taken, so that no
    branch that is not used can divide by zero when both are evaluated on arrays.
    """
    # indicator of the near region; the safe arguments are sums, so SymPy does not push powers into a Piecewise
    near = sp.Piecewise((sp.Integer(0), sp.Abs(switch_variable()) >= X_SWITCH), (sp.Integer(1), True))
    r_safe = R + near * (1 - R)
    z2_safe = z2 + near * (z1 + 1 - z2)
    far = overlap_far(n1, n2).subs({R: r_safe, z2: z2_safe}, simultaneous=True)
    return sp.Piecewise((overlap_near(n1, n2), sp.Abs(switch_variable()) < X_SWITCH), (far, True))


# ----------------------------------------------------------------------------------------------------------
# codegen targets


def codegen_expressions(
    kinds: tuple[str, ...] = ("sto_form_factor", "sto_overlap"),
) -> dict[str, tuple[sp.Expr, tuple[sp.Symbol, ...], str]]:
    """Targets for ``generated/sto_form_factor.py`` and ``generated/sto_overlap.py`` (split by kind in
    codegen/targets.py): name -> (expression, argument order, one-line doc).

    ``sto_form_factor_{n1}_{n2}(q, z1, z2)``: DF Eq. 71 for a pair of normalised primitives, q >= 0 (finite at q = 0,
    no branch). ``sto_overlap_{n1}_{n2}(R, z1, z2)``: DF Eq. 70, R >= 0, one Piecewise (near series branch for
    |R (z1 - z2)/2| < X_SWITCH, far closed form otherwise). Only n1 <= n2 is generated; swap (n, zeta) for n1 > n2.
    ``kinds``: which of the two families to derive (codegen renders them in two worker processes).
    """
    out: dict[str, tuple[sp.Expr, tuple[sp.Symbol, ...], str]] = {}
    for n1, n2 in PAIRS:
        if "sto_form_factor" not in kinds:
            break
        out[f"sto_form_factor_{n1}_{n2}"] = (
            sto_form_factor(n1, n2),
            (q, z1, z2),
            f"DF Eq. 71 for normalised s-STOs (n={n1}, z1) x (n={n2}, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.",
        )
    for n1, n2 in PAIRS:
        if "sto_overlap" not in kinds:
            break
        out[f"sto_overlap_{n1}_{n2}"] = (
            sto_overlap(n1, n2),
            (R, z1, z2),
            f"DF Eq. 70 two-centre overlap of normalised s-STOs (n={n1}, z1), (n={n2}, z2) at distance R >= 0; "
            f"series branch for |R (z1 - z2)/2| < {X_SWITCH}, closed form otherwise.",
        )
    return out
