"""Sections on the mean stopping power S0 of He (DF Eqs. 63, 72, 75, 77): the table by metal and model,
LCAO-II convergence in neighbour shells, the accuracy of Eq. 69, and the sensitivity to the inputs DF leave open."""

from __future__ import annotations

from pathlib import Path

from slowion.base.choices import METALS, MODELS
from slowion.evaluate import paper
from slowion.evaluate.paper import NA
from slowion.evaluate.paper_compare import our_s0, ratio, shells_used
from slowion.report.html import Document, Heading, Image, Paragraph, Table, fmt
from slowion.report.plots import shell_series
from slowion.report.sections_common import missing, records_block


def stopping_section(doc: Document, results: dict, stage: Path, plots: dict) -> None:
    def _error_parts_text(r: dict) -> str | None:
        """'quadrature 1e-16 + shells 2.7e-08 + ...' from a result's ``error_parts`` (None if absent)."""
        parts = r.get("error_parts")
        if not isinstance(parts, dict) or not parts:
            return None
        return " + ".join(f"{k} {fmt(v, 2)}" for k, v in parts.items())

    doc.add(Heading("Mean stopping power S0 of He"))
    rows, inputs, warnings = [], [], []
    for m in METALS:
        for model in MODELS:
            r = results["stopping"].get(m, {}).get(model)
            if isinstance(r, dict):
                rows.append(
                    [
                        m,
                        model,
                        r.get("shells"),
                        r.get("S0"),
                        r.get("error"),
                        _error_parts_text(r),
                        r.get("converged"),
                        r.get("ratio_to_feg"),
                    ]
                )
                warnings += [f"{m} {model}: {w}" for w in r.get("warnings") or []]
                if model == "lcao2":
                    inputs.append(
                        [m, r.get("V0"), r.get("V0_prime")]
                        + [
                            r.get("inputs", {}).get(k)
                            for k in ("rs", "kF", "lattice_constant", "E_M", "E_He", "beta", "J0")
                        ]
                    )
            else:
                rows.append([m, model, None, None, None, None, None, None])
    doc.add(
        Table(
            ["metal", "model", "shells", "S0 (a.u.)", "error estimate", "error parts", "converged", "S0/S0_FEG"],
            rows,
            "FEG: Eq. 77; LCAO-I: Eq. 75; LCAO-II: Eq. 72; exact: multi-centre Eq. 63 (deterministic). The error is "
            "the sum of its parts: quadrature, neighbour-shell truncation (shells), Ibar^R tables (exact) and the "
            "<J0> cell quadrature (coupling); converged: error <= tolerance x S0 (tolerance in each result)",
        )
    )
    if warnings:
        doc.add(Paragraph("Warnings: " + "; ".join(warnings) + "."))
    if inputs:
        doc.add(
            Table(
                ["metal", "V0", "V0'", "r_s", "k_F", "a (bohr)", "E_M", "E_He", "beta", "<J0>"],
                inputs,
                "Inputs (a.u.), from the LCAO-II evaluation",
            )
        )
    doc.add(missing(results, "stopping") or Paragraph("All 16 (metal, model) evaluations computed."))
    if plots.get("stopping") == "stopping.png":
        doc.add(
            Image(
                stage / "stopping.png",
                "Our S0 by metal and model (bars) against DF Table II (a), ENR (LDA) and DF Table I for Na (crosses)",
            )
        )


def convergence_section(doc: Document, results: dict, stage: Path, plots: dict) -> None:
    doc.add(Heading("LCAO-II convergence in neighbour shells"))
    doc.add(Paragraph("DF: " + paper.STATEMENTS["shell_convergence"] + "."))
    rows = []
    for m in METALS:
        conv = results["shell_convergence"].get(m)
        s = shell_series(conv)
        if not s:
            continue
        shells, s0 = s
        within = next(
            (n for i, n in enumerate(shells) if all(abs(w / s0[-1] - 1) <= 0.05 for w in s0[i:])),
            None,
        )
        refused = (
            [r["shells"] for r in conv if isinstance(r, dict) and r.get("S0") is None] if isinstance(conv, list) else []
        )
        full = (results["stopping"].get(m) or {}).get("lcao2") or {}
        last = conv[-1] if isinstance(conv, list) and conv and isinstance(conv[-1], dict) else {}
        rows.append(
            [
                m,
                " ".join(f"{n}:{fmt(v / s0[-1], 3)}" for n, v in zip(shells, s0, strict=True)),
                " ".join(str(n) for n in refused) or None,
                shells[-1],
                s0[-1],
                (last.get("error_parts") or {}).get("shells"),
                within,
                full.get("shells"),
                ratio(s0[-1], full.get("S0")),
                (full.get("error_parts") or {}).get("shells"),
            ]
        )
    if rows:
        doc.add(
            Table(
                [
                    "metal",
                    "N:S0(N)/S0(N_max)",
                    "N refused (S(k) <= 0)",
                    "N_max",
                    "S0(N_max)",
                    "shell error of S0(N_max)",
                    "first N within 5 % of S0(N_max) from there on",
                    "default shells",
                    "S0(N_max)/S0(default)",
                    "shell error of S0(default)",
                ],
                rows,
                "S0(N_max)/S0(default) says whether N_max is converged: it compares with LCAO-II at the evaluator's "
                "default number of shells (the S0 of the tables above). Shell error: the largest change of S0 over "
                "the truncations up to 1.5 pi/k_F further out in radius (the error part 'shells').",
            )
        )
    doc.add(missing(results, "shell_convergence"))
    for m in METALS:
        conv = results["shell_convergence"].get(m)
        if conv is not None and shell_series(conv) is None:
            doc.add(*records_block(conv, f"{m}: shell convergence (raw)"))
    if plots.get("shell_convergence") == "shell_convergence.png":
        doc.add(Image(stage / "shell_convergence.png", "LCAO-II S0 against the number of neighbour shells"))


def eq69_section(doc: Document, results: dict) -> None:
    doc.add(Heading("How good is Eq. 69 (Ibar^R(q) ~ S(R) I(q))?"))
    doc.add(
        Paragraph(
            "DF approximate the two-centre transforms Ibar^R(q) of Eq. 66 by S(R) I(q) (Eq. 69), which turns the "
            "full Eq. 63 into LCAO-II (Eq. 72); DF's Monte Carlo evaluation of Eq. 63 for Na gave 0.085 against "
            "0.056 (a factor 1.52). Here Eq. 66 is computed deterministically."
        )
    )
    acc = results["eq69_accuracy"]
    summary, per_shell = [], None
    for m in METALS:
        v = acc.get(m)
        if not isinstance(v, dict):
            continue
        shells = v.get("per_shell") or []
        l2, ex = our_s0(results, m, "lcao2"), our_s0(results, m, "exact")
        summary.append(
            [
                m,
                v.get("shells"),
                v.get("eq69_max_error_rel_S_R_shell1"),
                v.get("eq69_max_error_rel_S_R_all"),
                v.get("transform_quadrature_error"),
                l2,
                ex,
                ratio(ex, l2),
            ]
        )
        if m == NA:
            per_shell = shells
    if summary:
        doc.add(
            Table(
                [
                    "metal",
                    "shells",
                    "max |Ibar - S I| / S(R), shell 1",
                    "same, all shells",
                    "transform quadrature error",
                    "S0 LCAO-II (Eq. 72)",
                    "S0 Eq. 63",
                    "Eq. 63 / Eq. 72",
                ],
                summary,
                "Errors over 0 <= q <= 2 k_F; S0 from the stopping evaluations above, each with its model's "
                f"default shells (Eq. 72: {shells_used(results, 'lcao2')}, Eq. 63: {shells_used(results, 'exact')}). "
                f"DF's factor for Na: 0.085/0.056 = {fmt(paper.EQ80_NA.value / paper.TABLE_I['lcao2'].value)}",
            )
        )
    if per_shell:
        doc.add(*records_block(per_shell, f"{NA}: Eq. 69 error shell by shell"))
    doc.add(missing(results, "eq69_accuracy"))


def sensitivity_section(doc: Document, results: dict) -> None:
    doc.add(Heading(f"Sensitivity of LCAO-II S0 ({NA}) to the inputs the paper leaves open"))
    rows = results.get("sensitivity")
    if rows is None:
        doc.add(missing(results, "sensitivity"))
        return
    doc.add(
        Table(
            ["input", "change", "baseline value", "value", "S0 LCAO-II (a.u.)", "S0 change"],
            [
                [
                    r["input"],
                    r["how"],
                    r.get("baseline_value"),
                    r["value"],
                    r["S0_lcao2"],
                    r["change"] and f"{r['change'] * 100:+.1f} %",
                ]
                for r in rows
            ],
        )
    )
    doc.add(missing(results, "sensitivity"))
