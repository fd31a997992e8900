"""Koga et al. (1999) Slater-type orbitals: parser, normalisation, form factor and overlap against independent
quadratures (the closed forms come from the generated code, the checks from scipy on the radial functions)."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from scipy.integrate import quad
from scipy.special import gammainc

from slowion.evaluate.orbitals import (
    SlaterFormatError,
    _koga_text,
    helium_1s,
    load_file,
    load_orbital,
    parse_slater,
    valence_orbital,
)

METALS = ("Li", "Na", "K", "Rb")


def radial_norm(orb) -> float:
    """int_0^inf R(r)^2 r^2 dr by adaptive quadrature (independent of the generated closed forms)."""
    total = 0.0
    edges = [0.0, 0.05, 0.2, 1.0, 4.0, 15.0, 60.0, 200.0]
    for lo, hi in itertools.pairwise(edges):
        total += quad(lambda r: float(orb.radial(r)) ** 2 * r * r, lo, hi, epsabs=0, epsrel=1e-13, limit=200)[0]
    return total


def radial_form_factor(orb, q: float) -> float:
    """4 pi int r^2 psi^2 j0(q r) dr = int R^2 r^2 sin(q r)/(q r) dr by adaptive quadrature."""
    total = 0.0
    edges = [0.0, 0.05, 0.2, 1.0, 4.0, 15.0, 60.0, 200.0]
    for lo, hi in itertools.pairwise(edges):
        total += quad(
            lambda r: float(orb.radial(r)) ** 2 * r * r * np.sinc(q * r / math.pi), lo, hi, epsabs=0, epsrel=1e-13
        )[0]
    return total


def direct_overlap(orb, R: float) -> float:
    """S(R) = (1/(2R)) int_0^inf r R(r) [W(r + R) - W(|r - R|)] dr with W(x) = int_0^x s R(s) ds (the angular
    integral done in the bipolar variable s = |r - R|); W from the regularised incomplete gamma function, the r
    integral by adaptive quadrature: independent of the closed forms of DF Eq. 70."""
    norms = (2 * orb.zeta) ** (orb.n + 0.5) / np.sqrt([math.factorial(2 * int(k)) for k in orb.n])
    gammas = np.array([math.factorial(int(k)) for k in orb.n]) / orb.zeta ** (orb.n + 1)

    def W(x: float) -> float:
        return float(np.sum(orb.coefficients * norms * gammas * gammainc(orb.n + 1, orb.zeta * x)))

    def f(r: float) -> float:
        return r * float(orb.radial(r)) * (W(r + R) - W(abs(r - R)))

    edges = sorted({0.0, 0.05, 0.3, 1.0, 4.0, R, R + 1.0, 15.0, 60.0, 200.0})
    total = sum(quad(f, lo, hi, epsabs=1e-15, epsrel=1e-11, limit=400)[0] for lo, hi in itertools.pairwise(edges))
    return total / (2 * R)


def test_files_are_read_from_the_installed_qc_bfit_package():
    text, source = _koga_text("na")
    assert "qc-BFit" in source
    assert text.lstrip().startswith("SODIUM")


@pytest.mark.parametrize(("symbol", "valence"), [("li", "2S"), ("na", "3S"), ("k", "4S"), ("rb", "5S"), ("he", "1S")])
def test_every_file_parses_with_its_valence_orbital(symbol, valence):
    f = load_file(symbol)
    orb = f.orbitals[valence]
    assert orb.l == 0
    assert orb.energy < 0
    assert f.total_energy < 0
    assert np.all(orb.zeta > 0) and np.all(orb.n >= 1)
    assert len(orb.n) == len(orb.zeta) == len(orb.coefficients)


def test_parser_reads_the_numbers_of_the_file():
    """The He file as printed (qc-BFit copy of Koga et al.): energy of 1S and the first basis row."""
    he = load_file("he").orbitals["1S"]
    text, _ = _koga_text("he")
    basis_row = next(line for line in text.splitlines() if line.split()[:1] == ["2S"])
    n_label, zeta, coeff = basis_row.split()
    assert he.energy == float(text.split("BASIS/ORB.ENERGY")[1].split()[0])
    assert (he.n[0], he.zeta[0], he.coefficients[0]) == (int(n_label[0]), float(zeta), float(coeff))


GOOD = _koga_text("he")[0]


@pytest.mark.parametrize(
    ("mutate", "line"),
    [
        (lambda t: t.replace("E =", "X ="), 2),
        (lambda t: t.replace("ORBITAL ENERGIES AND EXPANSION COEFFICIENTS", "ORBITALS"), 4),
        (lambda t: t.replace("-0.9179556", "-0.9179556  -0.5"), 6),
        (lambda t: t.replace("6.437494", "abc"), 8),
        (lambda t: t.replace("6.437494", "-6.437494"), 8),
        (lambda t: t.replace("0.0008103", ""), 8),
        (lambda t: t.replace("  2S        6.437494", "  2P        6.437494"), 8),
        (lambda t: t.replace("              CUSP        1.0000525\n", ""), 7),
    ],
)
def test_parser_rejects_malformed_text_naming_file_and_line(mutate, line):
    bad = mutate(GOOD)
    assert bad != GOOD
    with pytest.raises(SlaterFormatError) as info:
        parse_slater(bad, source="bad.slater")
    assert isinstance(info.value, ValueError)
    assert f"bad.slater, line {line}:" in str(info.value)


def test_parser_rejects_empty_text():
    with pytest.raises(SlaterFormatError, match=r"empty\.slater, line 1"):
        parse_slater("", source="empty.slater")


@pytest.mark.parametrize("metal", METALS)
def test_generated_norm_agrees_with_radial_quadrature(metal):
    """<psi|psi> from the generated overlap at R = 0 equals the radial quadrature to 1e-10, for the coefficients
    as printed, and the normalised orbital has norm 1 to 1e-8 by both routes."""
    printed = load_orbital(metal_symbol(metal), valence_label(metal), normalised=False)
    assert printed.norm() == pytest.approx(radial_norm(printed), rel=1e-10, abs=0)
    orb = valence_orbital(metal)
    assert abs(orb.norm() - 1) < 1e-8
    assert abs(radial_norm(orb) - 1) < 1e-8


@pytest.mark.parametrize("metal", [*METALS, "He"])
def test_printed_coefficients_are_normalised_within_their_rounding(metal):
    """The 7-decimal coefficients leave |<psi|psi> - 1| <= 2 sum_i 5e-8 |<chi_i|psi>| (first order in the rounding)."""
    orb = helium_1s() if metal == "He" else valence_orbital(metal)
    projections = []
    for i in range(len(orb.n)):
        unit = np.zeros(len(orb.n))
        unit[i] = 1.0
        chi = type(orb)(orb.element, orb.label, orb.n, orb.zeta, unit, orb.energy)
        both = type(orb)(orb.element, orb.label, orb.n, orb.zeta, unit + orb.coefficients, orb.energy)
        projections.append(0.5 * (both.norm() - chi.norm() - orb.norm()))
    bound = 2 * 5e-8 * np.sum(np.abs(projections)) * 1.01
    assert abs(orb.file_norm - 1) <= bound


@pytest.mark.parametrize("metal", ["Li", "Rb"])
def test_form_factor_matches_radial_quadrature(metal):
    orb = valence_orbital(metal)
    q = np.array([0.0, 0.3, 0.9, 2.0])
    got = orb.form_factor(q)
    want = [radial_form_factor(orb, x) if x > 0 else radial_norm(orb) for x in q]
    np.testing.assert_allclose(got, want, rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("metal", ["Na", "Rb"])
def test_overlap_matches_direct_two_centre_quadrature(metal):
    """DF Eq. 70 from the generated closed forms against a direct (r, cos) Gauss-Legendre quadrature."""
    orb = valence_orbital(metal)
    R = np.array([1.5, 6.0, 12.0])
    np.testing.assert_allclose(orb.overlap(R), [direct_overlap(orb, x) for x in R], rtol=1e-8, atol=1e-12)


def test_helium_integral_matches_quadrature():
    """int psi_He d^3r (DF Eq. 44) = sqrt(4 pi) int R(r) r^2 dr."""
    he = helium_1s()
    want = math.sqrt(4 * math.pi) * quad(lambda r: float(he.radial(r)) * r * r, 0, 80, epsabs=0, epsrel=1e-12)[0]
    assert he.integral() == pytest.approx(want, rel=1e-10)


def metal_symbol(metal: str) -> str:
    return {"Li": "li", "Na": "na", "K": "k", "Rb": "rb"}[metal]


def valence_label(metal: str) -> str:
    return {"Li": "2S", "Na": "3S", "K": "4S", "Rb": "5S"}[metal]
