"""Code generation: deterministic bytes, the drift check, the header, the series engine and the log rewrites."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest
import sympy as sp

from slowion.codegen.driver import check_generated, render_all, run_generate, write_generated
from slowion.codegen.printer import xlnratio, xlogabs
from slowion.codegen.rewrite import accuracy_rewrites
from slowion.codegen.series import taylor
from slowion.codegen.spec import Target
from slowion.codegen.targets import _producer, collect_targets

#: a quick subset for the default tests: series branches + xlogabs (wind), Piecewise-free algebra (three_state)
SUBSET = ("slowion.derive.wind", "slowion.derive.three_state")

_GENERATE = (
    "import sys; from slowion.codegen.driver import write_generated; "
    "write_generated(sys.argv[1], modules=tuple(sys.argv[2:]))"
)


def _generate_in_subprocess(directory: Path, seed: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    return subprocess.Popen([sys.executable, "-c", _GENERATE, str(directory), *SUBSET], env=env)


def _tree(directory: Path) -> dict[str, bytes]:
    return {p.relative_to(directory).as_posix(): p.read_bytes() for p in sorted(directory.rglob("*.py"))}


def test_generation_gives_the_same_bytes_under_different_hash_seeds(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    procs = [_generate_in_subprocess(a, "1"), _generate_in_subprocess(b, "2718")]
    assert [p.wait(timeout=300) for p in procs] == [0, 0]
    tree_a, tree_b = _tree(a), _tree(b)
    assert set(tree_a) == {
        "__init__.py",
        "mp/__init__.py",
        "_helpers.py",
        "mp/_helpers.py",
        "wind.py",
        "mp/wind.py",
        "three_state.py",
        "mp/three_state.py",
        "fast/__init__.py",
        "fast/wind.py",
        "fast/three_state.py",
    }
    assert tree_a == tree_b


@pytest.fixture(scope="module")
def subset_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("generated")
    write_generated(d, modules=SUBSET)
    return d


def test_check_passes_on_a_fresh_generation(subset_dir: Path) -> None:
    ok, diff = check_generated(subset_dir, modules=SUBSET)
    assert ok and diff == ""


def test_check_fails_with_a_diff_after_one_byte_changes(subset_dir: Path, tmp_path: Path, capsys) -> None:
    copy = tmp_path / "copy"
    for rel, data in _tree(subset_dir).items():
        (copy / rel).parent.mkdir(parents=True, exist_ok=True)
        (copy / rel).write_bytes(data)
    target = copy / "wind.py"
    data = bytearray(target.read_bytes())
    i = data.index(b"return ")
    data[i] = ord("R")  # one byte
    target.write_bytes(bytes(data))
    ok, diff = check_generated(copy, modules=SUBSET)
    assert not ok
    assert "--- generated/wind.py" in diff and "-    Return " in diff and "+    return " in diff
    before = _tree(copy)
    assert run_generate(check=True, directory=copy, modules=SUBSET) == 1
    assert "generated/wind.py" in capsys.readouterr().out
    assert _tree(copy) == before, "--check must change nothing"
    assert run_generate(check=False, directory=copy, modules=SUBSET) == 0
    assert check_generated(copy, modules=SUBSET)[0]


def test_check_reports_missing_and_extra_files(subset_dir: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    for rel, data in _tree(subset_dir).items():
        if rel != "mp/wind.py":
            (copy / rel).parent.mkdir(parents=True, exist_ok=True)
            (copy / rel).write_bytes(data)
    (copy / "stray.py").write_text("x = 1\n")
    ok, diff = check_generated(copy, modules=SUBSET)
    assert not ok
    assert "generated/mp/wind.py (regenerated)" in diff  # missing
    assert "--- generated/stray.py" in diff and "+++ /dev/null" in diff  # extra
    write_generated(copy, modules=SUBSET)
    assert check_generated(copy, modules=SUBSET)[0] and not (copy / "stray.py").exists()


def test_header_names_generator_hash_and_sympy_version_without_paths_or_times() -> None:
    files = render_all(SUBSET)
    text = files["wind.py"]
    assert text.startswith("# ---")
    assert "GENERATED FILE - DO NOT EDIT" in text and "slowion generate" in text
    assert f"SymPy {sp.__version__}" in text
    (target,) = collect_targets(("slowion.derive.wind",))["wind"]
    assert target.expr_hash in text
    for needle in ("/work", "/tmp", "/home", "2025", "2026", "UTC"):
        assert needle not in text
    assert "import sympy" not in text and "from sympy" not in text


def test_a_listed_module_without_targets_fails_loudly() -> None:
    with pytest.raises(RuntimeError, match="codegen_expressions"):
        collect_targets(("slowion.derive.hamiltonian",))


def test_every_target_is_named_after_the_derive_function_that_produces_it() -> None:
    targets = [t for ts in collect_targets(SUBSET).values() for t in ts]
    assert {t.name for t in targets} >= {"wind_integrand", "lowdin_t_kkprime_mean_level", "effective_coupling_v0"}
    for t in targets:
        module, function = t.source.rsplit(".", 1)
        assert t.name == function and getattr(importlib.import_module(module), function)() == t.expr


def test_a_target_named_after_no_derive_function_or_another_one_fails_loudly() -> None:
    fake = types.ModuleType("slowion.derive.fake")
    q = sp.Symbol("q", positive=True)

    def kernel():
        return q**2

    def family(n1, n2):
        return q**n1 + q**n2

    fake.kernel, fake.family = kernel, family
    assert _producer(fake, "kernel", q**2) == "kernel"
    assert _producer(fake, "family_1_3", q + q**3) == "family"
    with pytest.raises(RuntimeError, match="not named after a function"):
        _producer(fake, "renamed_kernel", q**2)
    with pytest.raises(RuntimeError, match="not what"):
        _producer(fake, "kernel", q**3)  # the name of one derivation on the expression of another
    with pytest.raises(RuntimeError, match="not what"):
        _producer(fake, "family_1_2", q + q**3)


@pytest.mark.parametrize("keys", [(), ("Das 12",), ("DF34",), ("das-12",), ("Das-12 ",)])
def test_a_target_without_keys_in_the_audit_s_spelling_is_refused(keys) -> None:
    q = sp.Symbol("q", positive=True)
    with pytest.raises(ValueError, match="keys"):
        Target("f", "m", q, (q,), "doc", keys=keys)


def test_keys_are_written_into_the_kernel_and_the_twin_docstrings() -> None:
    files = render_all(SUBSET)
    for rel in ("wind.py", "mp/wind.py"):
        assert "Keys: Das-12, X-1. Derived by slowion.derive.wind.wind_integrand()." in files[rel]
        assert "#   wind_integrand (Das-12, X-1): " in files[rel]
    assert (
        "Keys: DF-34. Derived by slowion.derive.three_state.lowdin_t_kkprime_mean_level()." in files["three_state.py"]
    )


def test_helpers_are_written_once_and_imported() -> None:
    files = render_all(SUBSET)
    assert "def asarrays(" in files["_helpers.py"] and "def xlogabs(" in files["_helpers.py"]
    assert "def xlogabs(" in files["mp/_helpers.py"]
    for rel, text in files.items():
        if not rel.endswith("_helpers.py"):
            for helper in ("asarrays", "shaped", "blocked", "blocked_into", "xlogabs", "xlnratio", "xlnratio_pos"):
                assert f"def {helper}(" not in text, (rel, helper)
    assert "def xlnratio_pos(" in files["_helpers.py"]
    # wind's dispatcher calls the block helpers (its q -> 0 branch: blocked_into for the closed form), no more
    assert "from slowion.generated._helpers import asarrays, blocked, blocked_into, xlnratio_pos" in files["wind.py"]
    assert "xlnratio" not in files["mp/wind.py"], "the twin is the derive expression unrewritten"


def test_generated_code_has_one_cse_with_numbered_temporaries_and_an_op_count() -> None:
    text = render_all(SUBSET)["wind.py"]
    assert "    _t0 = " in text
    assert "# closed: " in text and " operations" in text
    assert "def _wind_integrand_tiny_q(q, kF):" in text


x, a = sp.symbols("x a", positive=True)


@pytest.mark.parametrize(
    "expr",
    [
        sp.log(1 + x / a) / x,
        (sp.exp(a * x) - 1) / x**2 - a / x,
        (a**2 - x**2) / x**3 * sp.log((a + x) / (a - x)) - 2 / (a * x**2),
        1 / (1 + x / a) ** sp.Rational(3, 2),
    ],
)
def test_series_engine_agrees_with_sympy_series(expr: sp.Expr) -> None:
    ours = sum(c * x**k for k, c in taylor(expr, x, 6))
    reference = sp.series(expr, x, 0, 6).removeO()
    assert sp.simplify(sp.expand(ours - reference)) == 0


def test_large_argument_series_cancels_the_log_of_the_variable() -> None:
    w = sp.Symbol("w", positive=True)
    expr = (x + a) * sp.log(x + a) - (x - a) * sp.log(x - a)  # ~ 2a log x + 2a + ...
    with pytest.raises(ValueError, match="log"):
        taylor(expr.subs(x, 1 / w), w, 4)
    fine = (a**2 - x**2) / (4 * a * x) * sp.log((x + a) / (x - a)) + sp.Rational(1, 2)  # Lindhard F, ~ a^2/3x^2
    terms = dict(taylor(fine.subs(x, 1 / w), w, 6))
    assert sp.simplify(terms[2] - a**2 / 3) == 0 and 0 not in terms


def test_x_log_x_terms_become_xlogabs_and_the_log_disappears() -> None:
    k = sp.Symbol("k", positive=True)
    single = (x - 2 * k) ** 2 / (8 * k * x) * sp.log(sp.Abs(2 * k - x)) + 1 / x
    out = accuracy_rewrites(single)
    assert out.has(xlogabs) and not out.has(sp.log)
    for value in (sp.Rational(1, 3), sp.Rational(5, 2)):
        assert abs(sp.N((out.rewrite(sp.log) - single).subs({k: 1, x: value}), 50)) < 1e-40


def test_a_log_pair_becomes_one_xlnratio_and_keeps_the_value() -> None:
    k = sp.Symbol("k", positive=True)
    lindhard = (4 * k**2 - x**2) / (8 * k * x) * sp.log(sp.Abs((2 * k + x) / (2 * k - x)))
    out = accuracy_rewrites(lindhard)
    assert out.has(xlnratio) and not out.has(sp.log) and not out.has(xlogabs)
    for value in (sp.Rational(1, 3), sp.Rational(5, 2), sp.Rational(-7, 3)):
        assert abs(sp.N((out.rewrite(sp.log) - lindhard).subs({k: 1, x: value}), 50)) < 1e-40


@pytest.mark.parametrize("helper", ["xlnratio", "xlnratio_pos"])
def test_xlnratio_helper_matches_mpmath_and_is_zero_at_a_equal_b(helper: str) -> None:
    import mpmath
    import numpy as np

    from slowion.codegen.printer import NUMPY_HELPERS

    namespace = {"numpy": np}
    exec(NUMPY_HELPERS[helper], namespace)  # our own constant source text, not user input
    fn = namespace[helper]
    pairs = [(2.0, 1e-9), (2.0, 0.5), (2.0, 1.999999), (2.0, 2.0), (2.0, 2.000001), (2.0, 7.0), (3e-3, 40.0)]
    if helper == "xlnratio":
        pairs += [(-2.0, 0.5), (2.0, -2.0), (-1.0, 3.0), (0.0, 0.0)]
    a, b = (np.array(v) for v in zip(*pairs, strict=True))
    with np.errstate(all="raise"):
        got = fn(a, b)
    for ai, bi, g in zip(a, b, got, strict=True):
        with mpmath.workdps(40):
            A, B = mpmath.mpf(ai), mpmath.mpf(bi)
            m = (A - B) * (A + B)
            ref = m * mpmath.log(abs((A + B) / (A - B))) if m != 0 else 0
        # _xlnratio_pos (log1p): a few ulps relative; _xlnratio (log of the ratio): a few ulps of max(a, b)^2 absolute
        scale = abs(ref) if helper == "xlnratio_pos" else abs(ref) + max(ai * ai, bi * bi)
        assert abs(g - ref) <= 4e-16 * scale, (ai, bi, g, ref)



@pytest.mark.slow
def test_committed_generated_tree_is_up_to_date() -> None:
    ok, diff = check_generated()
    assert ok, diff[:4000]
