"""Slater-type atomic orbitals of Koga et al. (1999), read at run time from the installed qc-BFit package.

Data source: T. Koga, K. Kanayama, S. Watanabe, A. J. Thakkar, Int. J. Quantum Chem. 71, 491 (1999),
Roothaan-Hartree-Fock ground states, as distributed in PyPI ``qc-BFit`` (GPL-3.0) in ``bfit/data/data.tar``,
members ``./neutral/<symbol>.slater``. The files are read, never copied into this repository, and never
through qc-BFit's code.

Conventions. A normalised s primitive is chi_{n,zeta}(r) = N r^(n-1) exp(-zeta r) Y00 with
N = (2 zeta)^(n + 1/2) / sqrt((2n)!) and Y00 = 1/sqrt(4 pi); an orbital is psi = sum_i c_i chi_i.
``radial(r)`` is R(r) = sum_i c_i N_i r^(n_i - 1) exp(-zeta_i r), so that psi(r) = R(r) Y00 and
int_0^inf R^2 r^2 dr = 1. The one-centre form factor (DF Eq. 71) is I(q) = int psi^2 e^{i q.r} d^3r, the
two-centre overlap (DF Eq. 70) S(R) = int psi(r) psi(r - R) d^3r; both are sums over primitive pairs of the
closed forms generated from ``derive/sto.py`` (``slowion.generated.sto_form_factor``, ``sto_overlap``), no SymPy.
"""

from __future__ import annotations

import functools
import importlib.util
import math
import re
import tarfile
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from slowion.evaluate.constants import KOGA_REFERENCE, metal_data
from slowion.generated import sto_form_factor, sto_overlap

_ANGULAR = "SPDF"
_FLOAT = r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eEdD][-+]?\d+)?"


class SlaterFormatError(ValueError):
    """A Koga ``.slater`` file that does not have the expected layout; the message names the file and line."""

    def __init__(self, source: str, line_number: int, message: str) -> None:
        super().__init__(f"{source}, line {line_number}: {message}")
        self.source = source
        self.line_number = line_number


@dataclass(frozen=True)
class SlaterOrbital:
    """One RHF orbital as a Slater-type expansion (only s orbitals are used by the stopping evaluation).

    ``n``: principal quantum numbers of the primitives; ``zeta``: exponents (1/bohr); ``coefficients``: c_i for
    normalised primitives; ``energy``: orbital energy (hartree) from the ``BASIS/ORB.ENERGY`` row; ``l``: angular
    momentum of the block the orbital came from; ``file_norm``: <psi|psi> with the coefficients as printed (the
    7-decimal rounding leaves it 1 +- few 1e-8); ``normalised`` tells whether the coefficients were rescaled
    by 1/sqrt(file_norm).
    """

    element: str
    label: str
    n: np.ndarray
    zeta: np.ndarray
    coefficients: np.ndarray
    energy: float
    l: int = 0
    file_norm: float = float("nan")
    normalised: bool = False

    def _require_s(self) -> None:
        if self.l != 0:
            raise ValueError(f"{self.element} {self.label}: only s orbitals (l = 0) are supported here")

    def radial(self, r: np.ndarray | float) -> np.ndarray:
        """R(r) = sum_i c_i N_i r^(n_i - 1) exp(-zeta_i r) (bohr^-3/2); psi(r) = R(r) Y00 for s orbitals."""
        r = np.asarray(r, dtype=float)
        norms = (2.0 * self.zeta) ** (self.n + 0.5) / np.sqrt([math.factorial(2 * int(k)) for k in self.n])
        rr = r[..., None]
        terms = self.coefficients * norms * rr ** (self.n - 1) * np.exp(-self.zeta * rr)
        return terms.sum(axis=-1)

    def value(self, r: np.ndarray | float) -> np.ndarray:
        """psi at distance r from its centre (s orbital): R(r) / sqrt(4 pi)."""
        self._require_s()
        return self.radial(r) / math.sqrt(4.0 * math.pi)

    def norm(self) -> float:
        """<psi|psi> = S(R = 0) from the generated two-centre overlaps (DF Eq. 70 at R = 0)."""
        return float(self.overlap(np.array([0.0]))[0])

    def form_factor(self, q: np.ndarray | float) -> np.ndarray:
        """I(q) = int psi^2 e^{i q.r} d^3r (DF Eq. 71), from the generated pair form factors."""
        self._require_s()
        return _pair_sum(self, "form_factor", q)

    def overlap(self, R: np.ndarray | float) -> np.ndarray:
        """S(R) = int psi(r) psi(r - R) d^3r (DF Eq. 70), from the generated pair overlaps."""
        self._require_s()
        return _pair_sum(self, "overlap", R)

    def integral(self) -> float:
        """int psi d^3r = sqrt(4 pi) sum_i c_i N_i (n_i + 1)! / zeta_i^(n_i + 2) (enters V0' of DF Eq. 44)."""
        self._require_s()
        total = 0.0
        for n, z, c in zip(self.n, self.zeta, self.coefficients, strict=True):
            n = int(n)
            norm = (2.0 * z) ** (n + 0.5) / math.sqrt(math.factorial(2 * n))
            total += c * norm * math.factorial(n + 1) / z ** (n + 2)
        return math.sqrt(4.0 * math.pi) * total


@functools.cache
def _generated_pair(kind: str, n1: int, n2: int):
    """The generated closed form for primitives (n1 <= n2): ``sto_<kind>_<n1>_<n2>(x, z1, z2)``."""
    sto = {"form_factor": sto_form_factor, "overlap": sto_overlap}[kind]
    name = f"sto_{kind}_{n1}_{n2}"
    try:
        return getattr(sto, name)
    except AttributeError:
        raise NotImplementedError(f"{sto.__name__} has no {name}; run `slowion generate`") from None


def _pair_sum(orb: SlaterOrbital, kind: str, x: np.ndarray | float) -> np.ndarray:
    """sum_ij c_i c_j f_{n_i n_j}(x; zeta_i, zeta_j), with the pair closed forms taken for n_i <= n_j (both
    DF Eq. 70 and Eq. 71 are symmetric under exchanging the two primitives)."""
    x = np.atleast_1d(np.asarray(x, dtype=float))
    groups: dict[tuple[int, int], list[tuple[float, float, float]]] = {}
    m = len(orb.n)
    for i in range(m):
        for j in range(i, m):
            ni, nj, zi, zj = int(orb.n[i]), int(orb.n[j]), float(orb.zeta[i]), float(orb.zeta[j])
            if ni > nj:
                ni, nj, zi, zj = nj, ni, zj, zi
            weight = orb.coefficients[i] * orb.coefficients[j] * (1.0 if i == j else 2.0)
            groups.setdefault((ni, nj), []).append((zi, zj, weight))
    total = np.zeros(x.shape)
    flat = x.reshape(-1, 1)
    for (n1, n2), rows in sorted(groups.items()):
        z1, z2, w = (np.array(col) for col in zip(*rows, strict=True))
        values = _generated_pair(kind, n1, n2)(flat, z1[None, :], z2[None, :])
        total += (np.asarray(values) @ w).reshape(x.shape)
    return total


# --------------------------------------------------------------------------------------------------- parser


@dataclass(frozen=True)
class SlaterFile:
    """Parsed content of one ``.slater`` file: title, total energy, orbitals by label (e.g. ``"3S"``)."""

    source: str
    title: str
    total_energy: float
    orbitals: dict[str, SlaterOrbital]


def _floats(text: str, source: str, lineno: int, what: str) -> list[float]:
    out = []
    for tok in text.split():
        if not re.fullmatch(_FLOAT, tok):
            raise SlaterFormatError(source, lineno, f"{what}: expected a number, got {tok!r}")
        value = float(tok.replace("D", "E").replace("d", "e"))
        if not math.isfinite(value):
            raise SlaterFormatError(source, lineno, f"{what}: non-finite number {tok!r}")
        out.append(value)
    return out


def parse_slater(text: str, source: str = "<string>", element: str = "") -> SlaterFile:
    """Parse the Koga ``.slater`` layout; any deviation raises :class:`SlaterFormatError` (file, line).

    Layout: title line; ``E = <total energy>``; a ``T = ... V = ...`` line; ``ORBITAL ENERGIES AND EXPANSION
    COEFFICIENTS``; then one block per angular momentum: a header ``<L> <label> <label> ...`` (L in S, P, D, F),
    ``BASIS/ORB.ENERGY e1 e2 ...``, ``CUSP c1 c2 ...``, and rows ``<n><L> zeta c1 c2 ...``; blank lines end the data.
    """
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise SlaterFormatError(source, 1, "expected a title line (element and configuration)")
    title = lines[0].strip()
    i = 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i >= len(lines) or not re.fullmatch(rf"\s*E\s*=\s*({_FLOAT})\s*", lines[i]):
        raise SlaterFormatError(source, i + 1, "expected the total energy line 'E = <number>'")
    total_energy = _floats(lines[i].split("=", 1)[1], source, i + 1, "total energy")[0]
    i += 1
    while i < len(lines) and "ORBITAL ENERGIES AND EXPANSION COEFFICIENTS" not in lines[i]:
        if not lines[i].lstrip().startswith("T ="):
            raise SlaterFormatError(source, i + 1, "expected 'ORBITAL ENERGIES AND EXPANSION COEFFICIENTS'")
        i += 1
    if i >= len(lines):
        raise SlaterFormatError(source, i, "missing 'ORBITAL ENERGIES AND EXPANSION COEFFICIENTS'")
    i += 1
    orbitals: dict[str, SlaterOrbital] = {}
    while i < len(lines) and lines[i].strip():
        header = lines[i].split()
        if header[0] not in _ANGULAR or len(header) < 2:
            raise SlaterFormatError(source, i + 1, f"expected a block header '<S|P|D|F> <labels>', got {lines[i]!r}")
        letter, labels = header[0], header[1:]
        l = _ANGULAR.index(letter)
        for lab in labels:
            if not re.fullmatch(rf"\d+{letter}", lab):
                raise SlaterFormatError(source, i + 1, f"orbital label {lab!r} does not match block {letter}")
        i += 1
        if i >= len(lines) or not lines[i].strip().startswith("BASIS/ORB.ENERGY"):
            raise SlaterFormatError(source, i + 1, "expected the 'BASIS/ORB.ENERGY' row")
        energies = _floats(lines[i].strip()[len("BASIS/ORB.ENERGY") :], source, i + 1, "orbital energies")
        if len(energies) != len(labels):
            raise SlaterFormatError(source, i + 1, f"{len(energies)} orbital energies for {len(labels)} orbitals")
        i += 1
        if i >= len(lines) or not lines[i].strip().startswith("CUSP"):
            raise SlaterFormatError(source, i + 1, "expected the 'CUSP' row")
        if len(_floats(lines[i].strip()[len("CUSP") :], source, i + 1, "cusp values")) != len(labels):
            raise SlaterFormatError(source, i + 1, "number of cusp values differs from the number of orbitals")
        i += 1
        ns, zetas, coeffs = [], [], []
        while i < len(lines) and lines[i].strip() and lines[i].split()[0] not in _ANGULAR:
            tokens = lines[i].split()
            m = re.fullmatch(rf"(\d+){letter}", tokens[0])
            if m is None:
                raise SlaterFormatError(
                    source, i + 1, f"expected a basis row '<n>{letter} zeta c...', got {tokens[0]!r}"
                )
            n = int(m.group(1))
            if n < l + 1:
                raise SlaterFormatError(source, i + 1, f"principal quantum number {n} < l + 1 = {l + 1}")
            numbers = _floats(" ".join(tokens[1:]), source, i + 1, "basis row")
            if len(numbers) != 1 + len(labels):
                raise SlaterFormatError(
                    source, i + 1, f"expected exponent and {len(labels)} coefficients, got {len(numbers)} numbers"
                )
            if numbers[0] <= 0:
                raise SlaterFormatError(source, i + 1, f"exponent must be > 0, got {numbers[0]}")
            ns.append(n)
            zetas.append(numbers[0])
            coeffs.append(numbers[1:])
            i += 1
        if not ns:
            raise SlaterFormatError(source, i + 1, f"block {letter} has no basis rows")
        table = np.array(coeffs)
        for k, lab in enumerate(labels):
            orbitals[lab] = SlaterOrbital(
                element=element,
                label=lab,
                n=np.array(ns, dtype=int),
                zeta=np.array(zetas),
                coefficients=table[:, k].copy(),
                energy=energies[k],
                l=l,
            )
    if not orbitals:
        raise SlaterFormatError(source, i + 1, "no orbital blocks found")
    return SlaterFile(source=source, title=title, total_energy=total_energy, orbitals=orbitals)


def _bfit_data_dir() -> Path:
    """``bfit/data`` of the installed qc-BFit distribution, located without importing (executing) the package."""
    spec = importlib.util.find_spec("bfit")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"PyPI package qc-BFit is not installed (it ships the orbitals of {KOGA_REFERENCE})")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


@functools.cache
def _koga_text(symbol: str) -> tuple[str, str]:
    """Text of ``./neutral/<symbol>.slater`` from the installed qc-BFit package, and a source name for errors."""
    data = _bfit_data_dir()
    member = f"./neutral/{symbol}.slater"
    tar_path = data / "data.tar"
    if tar_path.is_file():
        with tarfile.open(tar_path) as tar:
            try:
                handle = tar.extractfile(member)
            except KeyError:
                handle = None
            if handle is not None:
                return handle.read().decode("utf-8"), f"qc-BFit data.tar:{member}"
    path = data / "neutral" / f"{symbol}.slater"
    if path.is_file():
        return path.read_text(encoding="utf-8"), f"qc-BFit data/neutral/{symbol}.slater"
    raise FileNotFoundError(f"no Koga orbital file for {symbol!r} in the installed qc-BFit package ({KOGA_REFERENCE})")


@functools.cache
def load_file(symbol: str) -> SlaterFile:
    """Parsed Koga file of the neutral atom ``symbol`` (e.g. ``"na"``), cached."""
    text, source = _koga_text(symbol.lower())
    return parse_slater(text, source=source, element=symbol.capitalize())


def normalise(orb: SlaterOrbital) -> SlaterOrbital:
    """Copy of ``orb`` with the coefficients scaled so that <psi|psi> = 1; ``file_norm`` keeps the printed norm."""
    norm = orb.norm()
    return replace(orb, coefficients=orb.coefficients / math.sqrt(norm), file_norm=norm, normalised=True)


@functools.cache
def load_orbital(element: str, label: str, normalised: bool = True) -> SlaterOrbital:
    """Orbital ``label`` (e.g. ``"3S"``) of the neutral atom ``element``; by default rescaled to unit norm
    (the printed 7-decimal coefficients are normalised only to a few 1e-8)."""
    f = load_file(element.lower())
    if label not in f.orbitals:
        raise KeyError(f"{element}: no orbital {label!r}; the file has {', '.join(f.orbitals)}")
    orb = f.orbitals[label]
    if normalised:
        return normalise(orb)
    return replace(orb, file_norm=orb.norm())


def valence_orbital(metal: str) -> SlaterOrbital:
    """The valence ns orbital of Li (2S), Na (3S), K (4S), Rb (5S), unit-normalised."""
    d = metal_data(metal)
    return load_orbital(d.koga_symbol, d.valence)


def helium_1s() -> SlaterOrbital:
    """The RHF 1s orbital of He, unit-normalised."""
    return load_orbital("he", "1S")
