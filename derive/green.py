"""DF Eqs. 55-56: LCAO coefficients of occupied and empty states as energy integrals of the metal Green function;
and DF Eq. 8: the quasi-adiabatic power loss (Eq. 7) rewritten with the Fourier transform of Eq. 10.

Dorado & Flores write (orthonormalised basis, Eq. 50: |k> = sum_alpha c_alpha(k) |alpha, k>)

* Eq. 55: Theta(k_F - k) c_beta(k) c_alpha^*(k) = (1/pi) int_{-inf}^{E_F} dw Im G_beta,alpha(k, w),
* Eq. 56: Theta(k' - k_F) c_delta^*(k) c_gamma(k) = -(1/pi) int_{E_F}^{inf} dw Im G_delta,gamma(k, w).

The derivation is the spectral identity of a finite Hermitian eigenproblem, done here by SymPy on a 2 x 2 Hamiltonian
H = U diag(E_1, E_2) U^dagger with a general unitary U (mixing angle theta, phase phi; complex coefficients), one
level below E_F (E_1 = E_F - a) and one above (E_2 = E_F + b). The Green function is
G(w) = (w + i s eta - H)^(-1) = U diag(1/(w - E_n + i s eta)) U^dagger; "Im G" of a matrix is its anti-Hermitian part
(G - G^dagger)/(2i) = U diag(-s eta/((w - E_n)^2 + eta^2)) U^dagger (the entry-by-entry imaginary part of a complex
off-diagonal element has a principal-value tail ~ 1/w, and its energy integral diverges). Each pole's weight is
integrated by SymPy over the printed energy range and the limit eta -> 0+ is taken. Whether DF's G is retarded
(s = +1) or advanced (s = -1) the paper does not say: that is a convention with two readings.
"""

from __future__ import annotations

from functools import cache

import sympy as sp

from slowion.derive.identity import Convention, Defect, Identity, Reading

theta, phi = sp.symbols("theta phi", real=True)
a, b, eta = sp.symbols("a b eta", positive=True)
E_F, w = sp.symbols("E_F omega", real=True)
#: the sign of the infinitesimal in DF's G (w + i s 0 - H)^(-1); a printed-side symbol fixed by the readings
s_G = sp.Symbol("s_G", real=True)

#: the unitary whose columns are the eigenvectors c(n) = (c_1(n), c_2(n)) in the orthonormalised basis
U = sp.Matrix(
    [[sp.cos(theta), -sp.exp(-sp.I * phi) * sp.sin(theta)], [sp.exp(sp.I * phi) * sp.sin(theta), sp.cos(theta)]]
)
#: the levels: n = 0 occupied, n = 1 empty
LEVELS = (E_F - a, E_F + b)


def coefficients(n: int) -> sp.Matrix:
    """c(n): column n of U (Eq. 50's c_alpha for level n)."""
    return U[:, n]


@cache
def pole_weight(level: int, lower: sp.Expr, upper: sp.Expr) -> sp.Expr:
    """lim_{eta -> 0+} int_lower^upper dw eta/((w - E_n)^2 + eta^2), by SymPy (pi if E_n is inside, 0 if not)."""
    e_n = LEVELS[level]
    integral = sp.integrate(eta / ((w - e_n) ** 2 + eta**2), (w, lower, upper))
    return sp.simplify(sp.limit(integral, eta, 0, "+"))


def im_g_integral(lower: sp.Expr, upper: sp.Expr) -> sp.Matrix:
    """int_lower^upper dw Im G(w), Im the anti-Hermitian part, G = (w + i s_G 0+ - H)^(-1) (s_G left symbolic)."""
    weights = sp.diag(*(-s_G * pole_weight(n, lower, upper) for n in range(len(LEVELS))))
    return (U * weights * U.H).applyfunc(sp.simplify)


def _sign_of_g() -> Convention:
    return Convention(
        "sign of the infinitesimal in DF's G",
        (
            Reading(
                "retarded G",
                "Above Eq. 55: 'we relate c*_beta(k) c_alpha(k) to the metal Green functions G_beta,alpha(k, w)'; "
                "DF do not define G further, and the usual one-electron G = (w + i 0 - H)^(-1) is retarded: "
                "Im G = -pi A, the sign Eq. 56 needs.",
                {s_G: 1},
            ),
            Reading(
                "advanced G",
                "DF define no G beyond Eqs. 55-59; with G = (w - i 0 - H)^(-1) (advanced), Im G = +pi A, which is "
                "the sign Eq. 55 needs for a positive occupation.",
                {s_G: -1},
            ),
        ),
        adopted="retarded G",
    )


_DOMAIN = {theta: (0.1, 1.4), phi: (0.2, 2.9), a: (0.1, 2.0), b: (0.1, 2.0), E_F: (-1.0, 1.0)}


def _df55() -> Identity:
    """DF-55: occupied coefficients c_beta c_alpha^* against (1/pi) int_{-inf}^{E_F} Im G_beta,alpha."""
    occupied = coefficients(0)
    derived = occupied * occupied.H  # [beta, alpha] = c_beta c_alpha^* of the one occupied level
    printed = im_g_integral(-sp.oo, E_F) / sp.pi
    sign = _sign_of_g()  # the whole forms differ only by this sign: no named defect needed
    return Identity(
        "DF-55",
        "occupied LCAO coefficients Theta(k_F - k) c_beta c_alpha^* as (1/pi) int_{-inf}^{E_F} dw Im G_beta,alpha",
        printed,
        derived,
        conventions=(sign,),
        assume=(
            "orthonormalised basis (DF: 'calculated in the orthonormalized basis'), c_alpha(k) as in Eq. 50",
            "Im G of a matrix = its anti-Hermitian part (G - G^dagger)/(2i)",
            "finite model: 2 x 2 Hermitian H with complex eigenvectors, one level below E_F, one above",
        ),
        domain=_DOMAIN,
        note=(
            "SymPy integrates each pole's Lorentzian over (-inf, E_F) and takes eta -> 0+: int Im G = -s pi "
            "sum_occ c c^dagger. The printed sign (+1/pi) is right for an advanced G and wrong (sign) for a "
            "retarded one; Eq. 56 prints -1/pi, right only for a retarded G: no single reading makes both signs "
            "right. Index order: G_beta,alpha = sum_n c_beta(n) c_alpha^*(n) as printed."
        ),
    )


def _df56() -> Identity:
    """DF-56: empty coefficients c_delta^* c_gamma against -(1/pi) int_{E_F}^{inf} Im G_delta,gamma."""
    empty = coefficients(1)
    derived = empty.conjugate() * empty.T  # [delta, gamma] = c_delta^* c_gamma, the printed left side
    printed = -im_g_integral(E_F, sp.oo) / sp.pi
    green_order = empty * empty.H  # [delta, gamma] = c_delta c_gamma^*, what the Green integral carries
    sign = _sign_of_g()
    return Identity(
        "DF-56",
        "empty LCAO coefficients Theta(k' - k_F) c_delta^* c_gamma as -(1/pi) int_{E_F}^{inf} dw Im G_delta,gamma",
        printed,
        derived,
        conventions=(sign,),
        defects=(
            Defect(
                "term",
                "index order: G_delta,gamma carries c_delta c_gamma^*, the printed left side c_delta^* c_gamma is its "
                "complex conjugate (the transpose); equal only for real coefficients (one orbital per site, Eq. 63)",
                green_order,
                derived,
                domain=_DOMAIN,
            ),
            Defect(
                "sign",
                "sign of -(1/pi): right for a retarded G, wrong for an advanced one (Eq. 55 has the opposite sign)",
                -s_G * pole_weight(1, E_F, sp.oo) * (-1) / sp.pi,
                sp.Integer(1),
                conventions=(sign,),
            ),
        ),
        assume=(
            "orthonormalised basis, c_alpha(k) as in Eq. 50: |k> = sum_alpha c_alpha(k) |alpha, k>",
            "Im G of a matrix = its anti-Hermitian part (G - G^dagger)/(2i)",
            "finite model: 2 x 2 Hermitian H with complex eigenvectors, one level below E_F, one above",
        ),
        domain=_DOMAIN,
        note=(
            "SymPy integrates each pole's Lorentzian over (E_F, inf): int Im G = -s pi sum_empty c c^dagger, so "
            "-(1/pi) int Im G_delta,gamma = s c_delta c_gamma^*. The printed Theta(k' - k_F) next to c(k) is read as "
            "Theta(k - k_F) (a conversion or print slip in the argument, not compared)."
        ),
    )


# DF-8: Eq. 7 with dH/dt = (v.grad) H(R) and the Fourier transform of Eq. 10, on a model matrix element that
# varies along the path: <0|H(R)|n> = <n|H(R)|0> = exp(-(R - c)^2/2) (real, centred at c), R = X at time t and
# R = Y at time t'. The factors -2 Re sum_n int dt' e^{-i w (t - t')}/w are common to Eqs. 7 and 8 and are left out.
R_t, R_tp, c_0, v_0, x = sp.symbols("X Y c v x", real=True)
q_1 = sp.Symbol("q", real=True)


def _model_element(r: sp.Expr) -> sp.Expr:
    return sp.exp(-((r - c_0) ** 2) / 2)


@cache
def model_fourier(sign: int = 1) -> sp.Expr:
    """Eq. 10 for the model element: int dx exp(-i sign q x) <n|H(x)|0> (sign = -1 gives H(-q))."""
    integrand = sp.exp(-sp.I * sign * q_1 * x) * _model_element(x)
    # risch=False: the Gaussian goes straight to the Meijer G tables, 4x faster, the same expression (srepr)
    return sp.simplify(sp.integrate(integrand, (x, -sp.oo, sp.oo), conds="none", risch=False))


@cache
def _eq8_q_integral() -> sp.Expr:
    """The q integral of Eq. 8 (the factor at R(t)): the same in both readings of H(q'), so integrated once."""
    # meijerg=True: the Meijer G route SymPy ends up taking anyway, without the heuristics tried first (2.4x
    # faster, the same expression)
    return sp.integrate(
        q_1 * v_0 * sp.exp(sp.I * q_1 * R_t) * model_fourier(), (q_1, -sp.oo, sp.oo), conds="none", meijerg=True
    )


@cache
def eq8_core(sign_q_prime: int = 1) -> sp.Expr:
    """Eq. 8's integrand after the q and q' integrals (1D, along v): the printed factors (q.v)(q'.v)
    e^{iq.R(t)} e^{-iq'.R(t')} <0|H(q)|n><n|H(sign q')|0>, integrated by SymPy (once per sign: DF-8 uses it as the
    printed form and again in its defect)."""
    left = _eq8_q_integral()
    right = sp.integrate(
        q_1 * v_0 * sp.exp(-sp.I * q_1 * R_tp) * model_fourier(sign_q_prime),
        (q_1, -sp.oo, sp.oo),
        conds="none",
        meijerg=True,
    )
    return sp.simplify((left * right).rewrite(sp.erf) / (2 * sp.pi) ** 2)  # erf + erfc = 1


def eq7_core() -> sp.Expr:
    """Eq. 7's <0|dH(t)/dt|n><n|dH(t')/dt'|0> with dH/dt = v d/dR (R = R_0 + v t), by differentiation."""
    return sp.simplify(
        v_0 * sp.diff(_model_element(x), x).subs(x, R_t) * v_0 * sp.diff(_model_element(x), x).subs(x, R_tp)
    )


def _df8() -> Identity:
    """DF-8: Eq. 7 rewritten with the Fourier transform (Eq. 10) of H_eff(R)."""
    return Identity(
        "DF-8",
        "Eq. 7 with dH/dt = (v.grad) H(R) and H(R) = int dq/(2 pi)^3 e^{iq.R} H(q) (Eq. 10): the t' integrand",
        eq8_core(),
        eq7_core(),
        defects=(
            Defect(
                "sign",
                "<n|H_eff(q')|0> should be <n|H_eff(-q')|0> = <0|H_eff(q')|n>^* (Hermitian H(R)); equivalently "
                "e^{-iq'.R(t')} should be e^{+iq'.R(t')} with -(q.v)(q'.v): right only for a matrix element even "
                "in R about the origin",
                eq8_core(),
                eq8_core(-1),
                domain={c_0: (0.2, 1.5)},
            ),
        ),
        assume=(
            "H(R) = int dq/(2 pi)^3 e^{iq.R} H(q), the inverse of Eq. 10",
            "model matrix element <0|H(R)|n> = exp(-(R - c)^2/2), real, along the path R = R_0 + v t (1D: the "
            "components of q across v integrate out alike on both sides)",
            "the common factors -2 Re sum_n int dt' e^{-i w_n0 (t - t')}/w_n0 left out",
        ),
        domain={c_0: (0.2, 1.5), R_t: (-2.0, 2.0), R_tp: (-2.0, 2.0)},
        note=(
            "SymPy Fourier-transforms the model element by Eq. 10 and integrates Eq. 8's q and q' integrals: "
            "the q factor gives exactly v dH/dR at R(t) (up to the i that the (q.v) of Eq. 8 absorbs in both "
            "factors), but the q' factor with e^{-iq'.R(t')} and H(q') gives dH/dR at -R(t'). With H(-q') "
            "(tested) Eq. 8 equals Eq. 7; Eq. 9 then carries <k|H(q) e^{-iq'.R}|k'>, whose H(q) for H(q') is "
            "another slip of the print."
        ),
    )


def identities() -> list[Identity]:
    """The records of DF Eqs. 8, 55, 56, one builder each."""
    return [_df8(), _df55(), _df56()]
