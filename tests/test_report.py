"""``slowion report`` writes results.json, report.md, a self-contained report.html and the plots, atomically.

The heavy upstream parts are replaced by tiny stand-ins (a fake module in ``sys.modules`` whose functions the
report's ``plan.TARGETS`` point to) so that these tests check the report itself: its files, keys, arithmetic, exit
code and its honesty about parts that were not computed. One slow test runs the real report end to end.
"""

import json
import math
import os
import re
import subprocess
import sys
import time
import types
from pathlib import Path

import numpy as np
import pytest
import sympy as sp

from slowion.audit import audit_records
from slowion.derive import registry
from slowion.derive.coverage import not_checked
from slowion.derive.identity import STATUSES, ChainCheck, Identity
from slowion.evaluate import paper
from slowion.report import audit_part, html, plan, run
from slowion.report.mathml import to_mathml
from slowion.report.task import Task, jsonable, run_task

FAKE = "slowion_fake_upstream"
MODEL_FACTOR = {"feg": 2.0, "lcao1": 0.1, "lcao2": 0.8, "exact": 1.2}
METAL_SCALE = {"Li": 0.3, "Na": 0.1, "K": 0.03, "Rb": 0.02}


def fake_s0(metal, model):
    return METAL_SCALE[metal] * MODEL_FACTOR[model]


_V, _KF, _X = sp.symbols("V k_F x", positive=True)
#: the stand-in records' forms: key -> (printed, derived), SymPy expressions as the registry carries them
FAKE_FORMS = {
    "DF-77": (_V**2 * _KF**4 / (3 * sp.pi**3), sp.Matrix([[_X]])),
    "DF-99": (2 * _X, _X),
}


def _fake_module(consistent=True, generate_ok=True):
    m = types.ModuleType(FAKE)

    def audit_part(module):
        assert module == "fake.derive"
        records = [
            {"key": "DF-77", "title": "FEG stopping", "status": "verified", "note": "see https://example.org/x"},
            {"key": "DF-99", "title": "a broken one", "status": "erratum", "difference": "factor 2", "corrected": "x"},
        ]
        formulas = {}
        for r in records:
            printed, derived = FAKE_FORMS[r["key"]]
            r.update(printed_latex=sp.latex(printed), derived_latex=sp.latex(derived), method="symbolic")
            formulas[r["key"]] = {
                "printed": to_mathml(printed, label=sp.latex(printed)),
                "derived": to_mathml(derived, label=sp.latex(derived)),
            }
        doc = {
            "identities": records,
            "summary": {"verified": 1, "conditional": 0, "erratum": 1, "open": 0},
            "statuses": {"verified": 1, "erratum": 1},
            "not_checked": [],
            "chain_checks": [{"name": "a = b", "holds": consistent, "method": "symbolic", "witness": ""}],
            "consistent": consistent,
        }
        return {"audit": doc, "formulas": formulas}

    def generate_check():
        return {
            "exit_code": 0 if generate_ok else 1,
            "ok": generate_ok,
            "output": "" if generate_ok else "--- a\n+++ b",
        }

    def stopping_result(metal, model, shells):
        return {
            "metal": metal,
            "model": model,
            "shells": shells,
            "S0": fake_s0(metal, model),
            "error": 1e-9,
            "ratio_to_feg": MODEL_FACTOR[model] / MODEL_FACTOR["feg"],
            "V0": 0.5,
            "V0_prime": 0.4,
            "inputs": {
                "rs": 3.93,
                "kF": 0.49,
                "lattice_constant": 8.0,
                "E_M": -0.18,
                "E_He": -0.9,
                "beta": 1.6,
                "beta_choice": "fit",
                "J0": 0.3,
                "seconds": time.perf_counter(),  # a wall-clock figure, as the real evaluator reports one
            },
        }

    def mean_stopping(metal, model, **overrides):
        ((name, value),) = overrides.items()
        s = fake_s0(metal, model) * (1.5 if name == "beta" else 1.1)
        return {"S0": s, "inputs": {name: 1.6875 if value == "27/16" else value}}

    def shell_convergence(metal):
        return [
            {"shells": n, "S0": fake_s0(metal, "lcao2") * (1 + 0.5 / n**2), "seconds": time.perf_counter()}
            for n in range(1, 9)
        ]

    m.audit_part = audit_part
    m.generate_check = generate_check
    m.accuracy_table = lambda: [
        {"name": "sto_overlap_1_1", "max_rel_error": 2e-15, "passed": True},
        {"name": "sto_overlap_1_2", "max_rel_error": 3e-9, "passed": False},
    ]
    m.stopping_result = stopping_result
    m.mean_stopping = mean_stopping
    m.shell_convergence = shell_convergence
    m.mpmath_checks = lambda: [{"metal": "Na", "model": "lcao1", "relative_difference": 1e-14, "digits": 30}]
    m.eq69_accuracy = lambda metal, shells, with_S0: {"metal": metal, "shells": 40, "eq69_max_error_rel_S_R_all": 0.1}
    m.channelling = lambda path: {
        "result": {"range": 1.0, "half_plane_mean": 0.55, "seconds": time.perf_counter()},
        "plot": None,
    }
    m.wind = lambda path: {"table": [{"rs": 2.0, "Q": 0.1}, {"rs": 4.0, "Q": 0.05}], "plot": None}
    m.he_friction = lambda metal: {
        "ks": {"Z1": 2.0, "rs": 3.93, "Q": 0.05 * METAL_SCALE[metal], "Q_error": 1e-6, "friedel_sum": 1.98},
        "wind_Z2": 0.35 * METAL_SCALE[metal],
    }
    return _published(m)


def _published(m: types.ModuleType) -> types.ModuleType:
    """Name each function after its attribute of the fake module, so that it pickles by reference to the worker
    processes (which find the module in ``sys.modules``: they are forked after it is put there)."""
    for name, fn in vars(m).items():
        if callable(fn):
            fn.__module__, fn.__qualname__ = m.__name__, name
    return m


#: the stand-in's attribute for each role of plan.TARGETS whose function has another name
_FAKE_NAMES = {"channelling": "channelling", "wind": "wind"}


def fake_targets(module: types.ModuleType) -> dict:
    """role -> the stand-in function of ``module`` for every role of the report's plan (also used by crash_helper)."""
    return {role: getattr(module, _FAKE_NAMES.get(role, fn.__name__)) for role, fn in plan.TARGETS.items()}


def _point_targets_at(monkeypatch, module):
    monkeypatch.setitem(sys.modules, FAKE, module)
    monkeypatch.setattr(audit_part, "audit_module_names", lambda: ("fake.derive",))
    for role, fn in fake_targets(module).items():
        monkeypatch.setitem(plan.TARGETS, role, fn)
    monkeypatch.setenv("SLOWION_EXECUTOR", "serial")


def _no_such_module(*args, **kwargs):
    """A part whose machinery is missing (what an absent upstream module looks like to the report)."""
    raise ModuleNotFoundError("No module named 'slowion_no_such_module'")


@pytest.fixture
def fake_upstream(monkeypatch):
    _point_targets_at(monkeypatch, _fake_module())


def test_report_writes_every_file_with_the_documented_keys(fake_upstream, tmp_path):
    out = tmp_path / "rep"
    assert run.run_report(str(out)) == 0
    names = {p.name for p in out.iterdir()}
    assert {"results.json", "report.md", "report.html", "stopping.png", "shell_convergence.png"} <= names
    assert names <= set(plan.REPORT_FILES)
    assert os.listdir(tmp_path) == ["rep"], "staging leftovers beside the report"
    res = json.loads((out / "results.json").read_text())
    assert tuple(res) == plan.RESULT_KEYS
    assert res["schema"] == "slowion-report/2"
    assert res["exit_code"] == 0 and res["problems"] == [] and res["not_computed"] == {}
    assert res["stopping"]["K"]["lcao1"]["S0"] == fake_s0("K", "lcao1")
    assert res["timing"]["total_seconds"] > 0
    md = (out / "report.md").read_text()
    assert "1/2 generated functions within their tolerance of the mpmath twin: **FAILING** sto_overlap_1_2" in md


def test_table_ratios_are_ours_over_the_paper(fake_upstream, tmp_path):
    run.run_report(str(tmp_path))
    c = json.loads((tmp_path / "results.json").read_text())["comparisons"]
    lcao2 = next(r for r in c["table_I"] if r["model"] == "lcao2")
    assert lcao2["ratio"] == pytest.approx(fake_s0("Na", "lcao2") / paper.TABLE_I["lcao2"].value)
    li = next(r for r in c["table_II"] if r["metal"] == "Li")
    assert li["ratio_exact_to_paper_a"] == pytest.approx(fake_s0("Li", "exact") / paper.TABLE_II_A["Li"].value)
    # DF's recipe: LCAO-II times the Na factor Eq. 63 / LCAO-II, here with our own factor
    assert c["na_correction_factor"]["ours"] == pytest.approx(MODEL_FACTOR["exact"] / MODEL_FACTOR["lcao2"])
    assert li["ours_lcao2_times_na_factor"] == pytest.approx(fake_s0("Li", "exact"))
    assert c["eq81"]["factor_Li_assuming_ns_Rb_1"] == pytest.approx(0.52**2)
    assert c["eq81"]["not_sourced"] == ["Na", "K", "Rb"]


def test_the_friction_section_names_the_model_nearest_the_ks_lda_value(fake_upstream, tmp_path):
    """Stand-ins: KS-LDA Q = 0.05 x scale, models S0 = factor x scale, so LCAO-I (0.1/0.05 = 2) is nearest."""
    run.run_report(str(tmp_path / "rep"))
    res = json.loads((tmp_path / "rep" / "results.json").read_text())
    comp = res["friction_comparison"]
    for metal in ("Li", "Na", "K", "Rb"):
        assert comp["nearest_to_ks"][metal]["model"] == "LCAO-I"
        assert comp["nearest_to_ks"][metal]["ratio"] == pytest.approx(MODEL_FACTOR["lcao1"] / 0.05)
    na = next(r for r in comp["rows"] if r["metal"] == "Na")
    assert na["ratio_to_enr"] == pytest.approx(0.005 / paper.ENR["Na"].value)
    assert na["linear response Z=2/KS"] == pytest.approx(0.35 / 0.05)
    assert "KS-LDA friction of He" in (tmp_path / "rep" / "report.md").read_text()


def test_sensitivity_rows_name_the_input_the_value_and_the_change(fake_upstream, tmp_path):
    run.run_report(str(tmp_path))
    rows = json.loads((tmp_path / "results.json").read_text())["sensitivity"]
    assert rows[0]["input"] == "baseline"
    inputs = {r["input"] for r in rows[1:]}
    assert inputs == {"E_M", "J0", "lattice_constant", "beta"}
    beta = [r for r in rows if r["input"] == "beta"]
    assert [r["value"] for r in beta] == [1.6875]  # only the other choice: the baseline already used "fit"
    assert beta[0]["change"] == pytest.approx(0.5)
    e_m = [r for r in rows if r["input"] == "E_M"]
    assert sorted(r["value"] for r in e_m) == pytest.approx(sorted([-0.18 * 0.9, -0.18 * 1.1]))


def test_html_is_self_contained(fake_upstream, tmp_path):
    run.run_report(str(tmp_path))
    text = (tmp_path / "report.html").read_text()
    refs = re.findall(r"""(?:src|href)\s*=\s*["']([^"']*)["']""", text)
    assert refs, "expected embedded images and internal links"
    for ref in refs:
        assert ref.startswith(("data:", "#")), ref
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", text)
    assert "<script" not in text and "@import" not in text
    assert "<img" not in text.replace('<img class="plot"', ""), "only the plots are images"


def test_html_shows_each_form_as_one_math_element_from_its_sympy_expression(fake_upstream, tmp_path):
    """One <math> per printed and derived form, written from the SymPy expression (its MathML, not an image of its
    LaTeX); the Markdown keeps the LaTeX source."""
    run.run_report(str(tmp_path))
    text = (tmp_path / "report.html").read_text()
    forms = [f for pair in FAKE_FORMS.values() for f in pair]
    assert text.count("<math ") == text.count("</math>") == len(forms) == 4
    for form in forms:
        assert to_mathml(form, label=sp.latex(form)) in text
    assert "<mtable>" in text  # the matrix of DF-77's derived form, as a MathML table
    audit = text.split('id="audit-of-the-printed-equations"')[1].split("<h2")[0]
    assert "<img" not in audit and not re.search(r'class="form"><span class="label">\w+:</span> <code>', audit)
    md = (tmp_path / "report.md").read_text()
    assert f"printed: `{sp.latex(FAKE_FORMS['DF-99'][0])}`" in md and "<math" not in md


def test_a_form_without_mathml_is_shown_as_its_latex_source():
    doc = html.Document("t")
    doc.add(html.Equation("DF-1", "open", "a record", [("printed", r"\alpha", None), ("derived", "", None)]))
    text = html.to_html(doc)
    assert r"<code>\alpha</code>" in text and "<math" not in text and "derived:" not in text


def test_every_status_has_its_colour():
    """The HTML marks each record by its computed status: every status of derive.identity, and the equations
    without a record, have a CSS rule."""
    for status in (*STATUSES, "not_checked"):
        assert re.search(rf"\.status\.{status}\{{background:#[0-9a-f]{{6}}\}}", html._CSS), status


def _snapshot(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


def test_an_exception_midway_leaves_the_previous_report_as_it_was(fake_upstream, tmp_path, monkeypatch):
    out = tmp_path / "rep"
    run.run_report(str(out))
    before = _snapshot(out)

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(run, "to_html", broken)  # report.md is already staged when this raises
    with pytest.raises(RuntimeError, match="disk on fire"):
        run.run_report(str(out))
    assert _snapshot(out) == before
    assert os.listdir(tmp_path) == ["rep"]


def test_a_new_report_drops_the_files_of_the_previous_one(fake_upstream, tmp_path, monkeypatch):
    """The directory is replaced as a whole: a plot the new run does not draw does not stay beside it."""
    out = tmp_path / "rep"
    run.run_report(str(out))
    assert (out / "shell_convergence.png").exists()
    monkeypatch.setitem(plan.TARGETS, "shell_convergence", _no_such_module)
    run.run_report(str(out))
    assert not (out / "shell_convergence.png").exists()
    assert os.listdir(tmp_path) == ["rep"]


def test_leftovers_of_a_killed_run_are_removed_by_the_next(fake_upstream, tmp_path):
    out = tmp_path / "rep"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)  # a process that has ended
    stage = tmp_path / f".rep.slowion-stage-{pid}-abcd_123"
    (stage / "sub").mkdir(parents=True)
    (stage / "sub" / "results.json").write_text("{}")
    alive = tmp_path / f".rep.slowion-stage-{os.getppid()}-abcd_123"  # a live run's: not ours to remove
    alive.mkdir()
    unrelated = [tmp_path / ".rep.slowion-stage-x", tmp_path / f".other.slowion-stage-{pid}-abcd_123"]
    for p in unrelated:
        p.mkdir()
    run.run_report(str(out))
    assert sorted(os.listdir(tmp_path)) == sorted(["rep", alive.name, *(p.name for p in unrelated)])


def test_a_killed_fallback_publish_is_undone_by_the_next_run(fake_upstream, tmp_path):
    """Died between 'old -> backup' and 'stage -> target' of the two-rename fallback: the backup comes back."""
    out = tmp_path / "rep"
    run.run_report(str(out))
    before = _snapshot(out)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    backup = tmp_path / f".rep.slowion-old-{int(dead.stdout)}-abcd_123"
    out.rename(backup)
    from slowion.base import atomic

    assert atomic.clean_leftovers(out) == [backup]
    assert _snapshot(out) == before and os.listdir(tmp_path) == ["rep"]


def test_missing_upstream_parts_are_reported_not_invented(monkeypatch, tmp_path):
    _point_targets_at(monkeypatch, _fake_module())
    monkeypatch.setitem(plan.TARGETS, "stopping", _no_such_module)
    monkeypatch.setitem(plan.TARGETS, "generate_check", _no_such_module)
    assert run.run_report(str(tmp_path)) == 1  # a check that could not run is not a pass
    res = json.loads((tmp_path / "results.json").read_text())
    assert res["stopping"]["Na"]["lcao2"] is None
    assert all(r["ours"] is None and r["ratio"] is None for r in res["comparisons"]["table_I"])
    assert "stopping/Na/lcao2" in res["not_computed"] and "generate_check" in res["not_computed"]
    assert res["sensitivity"] is None
    md = (tmp_path / "report.md").read_text()
    assert "Not computed" in md and "slowion_no_such_module" in md
    assert not (tmp_path / "stopping.png").exists()


@pytest.mark.parametrize(("consistent", "generate_ok"), [(False, True), (True, False)])
def test_failing_chain_check_or_stale_generated_code_exits_1(monkeypatch, tmp_path, consistent, generate_ok):
    _point_targets_at(monkeypatch, _fake_module(consistent=consistent, generate_ok=generate_ok))
    assert run.run_report(str(tmp_path)) == 1
    res = json.loads((tmp_path / "results.json").read_text())
    assert res["exit_code"] == 1 and len(res["problems"]) == 1
    md = (tmp_path / "report.md").read_text()
    assert "Checks FAIL" in md
    if not generate_ok:
        assert "+++ b" in md  # the diff is shown


def test_an_existing_file_as_out_is_refused(tmp_path):
    from slowion.base.errors import InputError

    f = tmp_path / "report"
    f.write_text("not a directory")
    with pytest.raises(InputError, match="--out"):
        run.run_report(str(f))
    assert f.read_text() == "not a directory"


def _refusals(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "a_file").write_text("x")
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("not a report")
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    return {
        "": "empty",
        str(tmp_path / "a_file" / "sub"): "not a directory",
        str(tmp_path / "mine"): "notes.txt",
        str(tmp_path / "dangling"): "symbolic link",
        str(tmp_path / ("x" * 250)): "too long",  # no room for the staging sibling's name
        str(tmp_path / ("y" * 300) / "sub"): "too long",  # an operating-system error, as one line
        ".": "current directory",
    }


def test_bad_out_is_refused_before_anything_is_created(fake_upstream, tmp_path, monkeypatch):
    from slowion.base.errors import InputError

    cases = _refusals(tmp_path)
    (tmp_path / "here").mkdir()
    monkeypatch.chdir(tmp_path / "here")
    cases[str(tmp_path)] = "current directory"  # holds the current directory
    before = sorted(str(p) for p in tmp_path.rglob("*"))
    for out, reason in cases.items():
        with pytest.raises(InputError, match="--out") as info:
            run.run_report(out)
        assert reason in str(info.value), (out, str(info.value))
    assert sorted(str(p) for p in tmp_path.rglob("*")) == before


def test_an_unknown_executor_is_refused_before_the_directory_is_created(fake_upstream, tmp_path, monkeypatch):
    from slowion.base.errors import InputError

    monkeypatch.setenv("SLOWION_EXECUTOR", "bogus")
    with pytest.raises(InputError, match="SLOWION_EXECUTOR"):
        run.run_report(str(tmp_path / "new" / "rep"))
    assert os.listdir(tmp_path) == []


def test_a_symlink_to_a_report_stays_a_symlink(fake_upstream, tmp_path):
    real = tmp_path / "real"
    link = tmp_path / "link"
    real.mkdir()
    link.symlink_to(real, target_is_directory=True)
    run.run_report(str(link))
    run.run_report(str(link))
    assert link.is_symlink() and (real / "results.json").exists()
    assert sorted(os.listdir(tmp_path)) == ["link", "real"]


def test_the_audit_parts_merge_into_one_document():
    def part(key, status, holds):
        return {
            "identities": [{"key": key, "status": status}],
            "summary": {"verified": int(status == "verified"), "erratum": int(status == "erratum")},
            "statuses": {"verified": int(status == "verified"), "erratum": int(status == "erratum")},
            "not_checked": not_checked({key}, strict=False),
            "chain_checks": [{"name": key + " chain", "holds": holds}],
            "consistent": holds,
        }

    doc = audit_part.merge_audit([part("DF-1", "verified", True), part("Das-2", "erratum", False)])
    assert list(doc) == ["identities", "summary", "statuses", "not_checked", "chain_checks", "consistent"]
    assert [r["key"] for r in doc["identities"]] == ["DF-1", "Das-2"]
    assert doc["summary"] == doc["statuses"] == {"verified": 1, "erratum": 1}
    # the equations without a record are those of neither part: DF-1 and Das-2 are recorded, so not listed
    listed = [x["key"] for x in doc["not_checked"]]
    assert listed == [x["key"] for x in not_checked({"DF-1", "Das-2"}, strict=False)]
    assert "DF-2" in listed and "DF-1" not in listed and "Das-2" not in listed
    assert [c["name"] for c in doc["chain_checks"]] == ["DF-1 chain", "Das-2 chain"]
    assert doc["consistent"] is False
    with pytest.raises(RuntimeError, match="duplicate"):
        audit_part.merge_audit([part("DF-1", "verified", True), part("DF-1", "verified", True)])


def test_one_audit_part_equals_the_audit_of_that_module(monkeypatch):
    """audit_part runs slowion.audit's own function on one module (the registry is not changed), and writes each
    form of each record as MathML from its SymPy expression."""
    x = sp.Symbol("x", positive=True)
    tiny = types.ModuleType("slowion_fake_derive")
    tiny.identities = lambda: [Identity("X-99", "a square", printed=(x + 1) ** 2, derived=x**2 + 2 * x + 1)]
    tiny.chain_checks = lambda: [ChainCheck("2x = x + x", 2 * x, x + x)]
    monkeypatch.setitem(sys.modules, "slowion_fake_derive", tiny)
    before = registry.DERIVATION_MODULES
    part = audit_part.audit_part("slowion_fake_derive")
    assert registry.DERIVATION_MODULES == before
    doc = part["audit"]
    assert [r["key"] for r in doc["identities"]] == ["X-99"] and doc["consistent"] is True
    assert doc == audit_records(("slowion_fake_derive",))
    assert doc["statuses"]["verified"] == 1 and doc["not_checked"]
    assert part["formulas"] == {
        "X-99": {
            "printed": to_mathml((x + 1) ** 2, label=sp.latex((x + 1) ** 2)),
            "derived": to_mathml(x**2 + 2 * x + 1, label=sp.latex(x**2 + 2 * x + 1)),
        }
    }
    assert "<msup><mrow><mo>(</mo>" in part["formulas"]["X-99"]["printed"]  # (x + 1)^2 as written, not expanded


def test_the_parts_of_the_whole_registry_join_with_the_coverage_check(monkeypatch):
    """Joined from every module of the registry, the audit is checked as ``slowion audit`` checks it: a numbered
    equation with neither a record nor a reason makes it "not computed" (and so the report fail), not a pass."""
    names = registry.DERIVATION_MODULES
    empty = {"identities": [], "summary": {}, "statuses": {}, "not_checked": [], "chain_checks": [], "consistent": True}
    results = {"audit_parts": {n: {"audit": empty, "formulas": {}} for n in names}}
    not_computed: dict = {}
    audit_part.join_audit(results, not_computed)
    assert "audit" not in results and "neither a record nor a reason" in not_computed["audit"]
    # the same parts under another module list are a part of the registry: listed, not checked for completeness
    monkeypatch.setattr(audit_part, "audit_module_names", lambda: names[:-1])
    results = {"audit_parts": {n: {"audit": empty, "formulas": {}} for n in names[:-1]}}
    audit_part.join_audit(results, not_computed := {})
    assert not_computed == {} and results["audit"]["not_checked"] == not_checked(set(), strict=False)


def _walk_keys(x, at=""):
    if isinstance(x, dict):
        for k, v in x.items():
            yield f"{at}/{k}", k
            yield from _walk_keys(v, f"{at}/{k}")
    elif isinstance(x, list):
        for i, v in enumerate(x):
            yield from _walk_keys(v, f"{at}/{i}")


def _strict_json(text: str):
    def refuse(name):
        raise ValueError(f"not strict JSON: {name}")

    return json.loads(text, parse_constant=refuse)


def test_every_wall_clock_figure_is_in_timing_and_none_in_the_physics(fake_upstream, tmp_path):
    run.run_report(str(tmp_path))
    res = _strict_json((tmp_path / "results.json").read_text())
    from slowion.report.provenance import is_timing_key

    physics = {k: v for k, v in res.items() if k != "timing"}
    assert [p for p, k in _walk_keys(physics) if is_timing_key(k)] == []
    fields = res["timing"]["fields"]
    for pointer in (
        "/stopping/Na/exact/inputs/seconds",
        "/shell_convergence/Li/0/seconds",
        "/channelling/result/seconds",
    ):
        assert isinstance(fields[pointer], float), pointer
    assert len(fields) == 16 + 4 * 8 + 1  # every stand-in figure: 16 stopping, 4 x 8 shell rows, the channelling map
    assert {"stopping/Na/exact", "audit_parts/fake.derive", "sensitivity/beta choice 27/16"} <= set(
        res["timing"]["tasks"]
    )


def test_split_timing_takes_out_seconds_keys_by_json_pointer():
    from slowion.report.provenance import split_timing

    value = {"a/b": {"seconds": 1.5, "S0": 2.0, "seconds_exact": 3, "setup_seconds": None}, "rows": [{"seconds": 4}]}
    clean, found = split_timing(value)
    assert clean == {"a/b": {"S0": 2.0}, "rows": [{}]}
    assert found == {"/a~1b/seconds": 1.5, "/a~1b/seconds_exact": 3, "/a~1b/setup_seconds": None, "/rows/0/seconds": 4}
    assert value["rows"] == [{"seconds": 4}], "the input is not modified"
    # a key that only looks like one but holds no number stays: it is not a figure
    assert split_timing({"seconds": "n/a", "seconds_per_point": [1]}) == (
        {"seconds": "n/a", "seconds_per_point": [1]},
        {},
    )


def test_provenance_names_the_code_the_libraries_and_the_machine(fake_upstream, tmp_path):
    import datetime
    import platform
    import shutil
    from importlib import metadata

    import slowion

    run.run_report(str(tmp_path))
    prov = json.loads((tmp_path / "results.json").read_text())["provenance"]
    assert prov["slowion_version"] == slowion.__version__
    for dist in ("numpy", "scipy", "sympy", "mpmath", "qc-BFit"):
        assert prov["packages"][dist] == metadata.version(dist)
    assert prov["python"] == platform.python_version() and prov["platform"] == platform.platform()
    assert prov["executor"] == {"kind": "serial", "workers": 1}
    date = datetime.datetime.fromisoformat(prov["date_utc"].replace("Z", "+00:00"))
    assert prov["date_utc"].endswith("Z")
    assert abs(datetime.datetime.now(datetime.UTC) - date) < datetime.timedelta(minutes=10)
    root = Path(slowion.__file__).resolve().parent.parent
    if (root / ".git").exists() and shutil.which("git"):
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True).stdout
        assert prov["git_revision"] == head.strip() and isinstance(prov["git_dirty"], bool)
    else:
        assert prov["git_revision"] is None and prov["git_dirty"] is None
    md = (tmp_path / "report.md").read_text()
    assert f"slowion {slowion.__version__}" in md and f"numpy {metadata.version('numpy')}" in md


def test_git_state_gives_the_revision_and_whether_tracked_files_changed(tmp_path):
    import shutil

    from slowion.report.provenance import git_state

    if not shutil.which("git"):
        pytest.skip("git is not installed")
    repo = tmp_path / "repo"
    repo.mkdir()
    assert git_state(repo) == (None, None)  # not a checkout

    def git(*args):
        return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True).stdout

    git("init", "-q")
    (repo / "a.txt").write_text("1\n")
    git("add", "a.txt")
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "one")
    head = git("rev-parse", "HEAD").strip()
    assert git_state(repo) == (head, False)
    (repo / "untracked.txt").write_text("x")
    assert git_state(repo) == (head, False)  # untracked files (a report written in the clone) do not count
    (repo / "a.txt").write_text("2\n")
    assert git_state(repo) == (head, True)


def _without_run_specific(text: str) -> str:
    doc = _strict_json(text)
    for key in plan.RUN_SPECIFIC_KEYS:
        del doc[key]
    return json.dumps(doc, indent=2, allow_nan=False)


def test_two_runs_give_the_same_results_json_apart_from_provenance_and_timing(fake_upstream, tmp_path, monkeypatch):
    """Serial, then worker processes: the same bytes once the two run-specific blocks are set aside."""
    run.run_report(str(tmp_path / "a"))
    monkeypatch.setenv("SLOWION_EXECUTOR", "processes")
    run.run_report(str(tmp_path / "b"))
    a, b = ((tmp_path / d / "results.json").read_text() for d in "ab")
    assert a != b  # the wall-clock figures differ ...
    assert _without_run_specific(a) == _without_run_specific(b)  # ... and nothing else


def _real_small_pieces():
    """Real evaluations, made small: S0 from the real evaluator (LCAO-II and Eq. 63 slots with 2-shell LCAO-II,
    which runs in ~0.1 s), the real shell scan over 1-2 shells, the real sensitivity at 2 shells."""
    from slowion.evaluate import stopping

    m = _fake_module()

    def stopping_result(metal, model, shells):
        if model in ("lcao2", "exact"):
            return stopping.stopping_result(metal, "lcao2", 2)
        return stopping.stopping_result(metal, model, shells)

    m.stopping_result = stopping_result
    m.shell_convergence = lambda metal: stopping.shell_convergence(metal, shells=(1, 2))
    m.mean_stopping = lambda metal, model, **overrides: stopping.mean_stopping(metal, model, shells=2, **overrides)
    return _published(m)


@pytest.mark.slow
def test_two_runs_of_real_small_pieces_give_the_same_results_json(monkeypatch, tmp_path):
    _point_targets_at(monkeypatch, _real_small_pieces())
    run.run_report(str(tmp_path / "a"))
    monkeypatch.setenv("SLOWION_EXECUTOR", "processes")
    run.run_report(str(tmp_path / "b"))
    a, b = ((tmp_path / d / "results.json").read_text() for d in "ab")
    res = json.loads(a)
    assert res["stopping"]["Na"]["lcao2"]["S0"] > 0 and "/stopping/Na/lcao2/inputs/seconds" in res["timing"]["fields"]
    assert _without_run_specific(a) == _without_run_specific(b)


def test_jsonable_makes_plain_strict_json():
    x = {"a": np.float64(1.5), "b": np.arange(3), "c": math.nan, "d": (1, np.inf), 3: complex(1, 2)}
    got = jsonable(x)
    assert got == {"a": 1.5, "b": [0, 1, 2], "c": None, "d": [1, None], "3": {"re": 1.0, "im": 2.0}}
    json.dumps(got, allow_nan=False)


def test_run_task_turns_failures_into_reasons():
    ok = run_task(Task(("x",), math.sqrt, (4.0,)))
    assert ok["ok"] and ok["value"] == 2.0
    bad = run_task(Task(("x",), math.sqrt, (-1.0,)))
    assert not bad["ok"] and bad["reason"].startswith("math:sqrt failed: ValueError")
    missing = run_task(Task(("x",), _no_such_module))
    assert not missing["ok"] and "not available" in missing["reason"] and "slowion_no_such_module" in missing["reason"]


@pytest.mark.slow
def test_the_real_report_end_to_end(tmp_path, monkeypatch):
    monkeypatch.delenv("SLOWION_EXECUTOR", raising=False)
    code = run.run_report(str(tmp_path))
    res = json.loads((tmp_path / "results.json").read_text())
    assert code == res["exit_code"] == 0  # audit chains consistent, generated/ up to date
    assert tuple(res) == plan.RESULT_KEYS
    for name in ("report.md", "report.html"):
        assert (tmp_path / name).stat().st_size > 1000
    # every printed and derived form of every record is one MathML element written from its SymPy expression
    text = (tmp_path / "report.html").read_text()
    forms = sum(bool(r[f"{k}_latex"]) for r in res["audit"]["identities"] for k in ("printed", "derived"))
    assert forms > 100 and text.count("<math ") == forms
    audit = text.split('id="audit-of-the-printed-equations"')[1].split("<h2")[0]
    assert "<img" not in audit and not re.search(r'class="form"><span class="label">\w+:</span> <code>', audit)
    # run time is measured by `slowion report` itself (results.json "timing"), not asserted here


def test_bench_says_so_when_vegas_is_missing(monkeypatch):
    from slowion.evaluate import bench

    monkeypatch.setitem(sys.modules, "vegas", None)  # import vegas -> ImportError
    rows = bench.rows(1000)
    assert len(rows) == 1 and "vegas is not importable" in rows[0]["status"]


def test_sigterm_midway_leaves_no_staging_directory(tmp_path):
    import signal

    out = tmp_path / "rep"
    script = (
        "import sys\n"
        "import time\n"
        "from slowion.report import plan, run, task\n"
        "plan.phase1_tasks = lambda stage: [task.Task(('wind',), time.sleep, (60,))]\n"
        "run.run_report(sys.argv[1])\n"
    )
    env = dict(os.environ, SLOWION_EXECUTOR="serial")
    proc = subprocess.Popen([sys.executable, "-c", script, str(out)], env=env, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not os.listdir(tmp_path):  # the staging directory appears beside the target
            assert time.monotonic() < deadline and proc.poll() is None, "the report never started staging"
            time.sleep(0.1)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 128 + signal.SIGTERM
    finally:
        proc.kill()
    assert os.listdir(tmp_path) == []
