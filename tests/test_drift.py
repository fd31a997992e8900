"""The drift check sees every byte of generated/: line endings, the final newline, and files the generator does not
write (any extension, in mp/ too); ``slowion generate`` puts back exactly the rendered bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from slowion.codegen.driver import check_generated, render_all, run_generate, stale_files, write_generated

#: the same quick subset as tests/test_codegen.py (render_all is cached, so the two share one render)
SUBSET = ("slowion.derive.wind", "slowion.derive.three_state")


@pytest.fixture(scope="module")
def rendered() -> dict[str, bytes]:
    return {rel: text.encode("utf-8") for rel, text in render_all(SUBSET).items()}


@pytest.fixture
def copy(rendered: dict[str, bytes], tmp_path: Path) -> Path:
    """A generated/ holding exactly the rendered bytes, plus Python's byte-code cache, which is not ours to check."""
    d = tmp_path / "generated"
    for rel, data in rendered.items():
        (d / rel).parent.mkdir(parents=True, exist_ok=True)
        (d / rel).write_bytes(data)
    (d / "__pycache__").mkdir()
    (d / "__pycache__" / "wind.cpython-311.pyc").write_bytes(b"\x00\x01 byte code")
    return d


def _tree(directory: Path) -> dict[str, bytes]:
    return {
        p.relative_to(directory).as_posix(): p.read_bytes()
        for p in sorted(directory.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_an_exact_copy_is_up_to_date(copy: Path) -> None:
    assert stale_files(copy, SUBSET) == {}
    assert check_generated(copy, SUBSET) == (True, "")


@pytest.mark.parametrize(
    ("edit", "reason"),
    [
        (lambda b: b.replace(b"\n", b"\r\n"), "line endings differ"),
        (lambda b: b.replace(b"\n", b"\r"), "line endings differ"),
        (lambda b: b.replace(b"\n", b"\r\n", 1), "line endings differ"),  # one line only
        (lambda b: b.rstrip(b"\n"), "newline at end of file differs"),
    ],
    ids=["crlf", "cr", "one-crlf", "no-final-newline"],
)
def test_an_edit_of_line_endings_alone_is_stale_and_generate_restores_the_bytes(
    copy: Path, rendered: dict[str, bytes], edit, reason: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = copy / "wind.py"
    target.write_bytes(edit(target.read_bytes()))
    assert target.read_bytes() != rendered["wind.py"]
    stale = stale_files(copy, SUBSET)
    assert list(stale) == ["wind.py"] and stale["wind.py"].startswith(reason)
    ok, report = check_generated(copy, SUBSET)
    assert not ok and f"# generated/wind.py: {reason}" in report
    assert run_generate(check=True, directory=copy, modules=SUBSET) == 1
    assert reason in capsys.readouterr().out
    assert run_generate(check=False, directory=copy, modules=SUBSET) == 0
    assert _tree(copy) == rendered
    assert check_generated(copy, SUBSET) == (True, "")


def test_files_the_generator_does_not_write_are_listed_and_removed(copy: Path, rendered: dict[str, bytes]) -> None:
    extra = {
        "notes.txt": b"my notes\n",
        "mp/x.so": b"\x7fELF\x00\x00binary",
        "mp/.wind.py.k3j2.tmp": b"half a file",  # what a killed write leaves behind
        "__pycache__/leftover.txt": b"not byte code",
    }
    for rel, data in extra.items():
        (copy / rel).write_bytes(data)
    stale = stale_files(copy, SUBSET)
    assert sorted(stale) == sorted(extra)
    assert all(why.startswith("unexpected file") for why in stale.values())
    ok, report = check_generated(copy, SUBSET)
    assert not ok
    for rel in extra:
        assert f"# generated/{rel}: unexpected file" in report
    assert "ELF" not in report  # a binary file is named, not printed
    write_generated(copy, modules=SUBSET)
    assert _tree(copy) == rendered
    assert check_generated(copy, SUBSET) == (True, "")


def test_a_missing_file_and_a_content_edit_still_show_a_diff(copy: Path) -> None:
    (copy / "mp" / "wind.py").unlink()
    target = copy / "three_state.py"
    target.write_bytes(target.read_bytes().replace(b"return ", b"return -", 1).replace(b"\n", b"\r\n"))
    stale = stale_files(copy, SUBSET)
    assert stale["mp/wind.py"] == "missing"
    assert stale["three_state.py"].startswith("content differs; line endings differ too")
    ok, report = check_generated(copy, SUBSET)
    assert not ok
    assert "+++ generated/mp/wind.py (regenerated)" in report
    assert "--- generated/three_state.py" in report and "return -" in report
    block = report.split("# generated/three_state.py")[1].split("\n# generated/")[0]
    changed = [line for line in block.splitlines() if line.startswith(("-", "+")) and line[1:3] not in ("--", "++")]
    assert len(changed) == 2, changed  # the one edited line, not every line of the CRLF file


def test_an_entry_that_is_not_a_regular_file_is_stale_and_never_opened(copy: Path) -> None:
    import os

    (copy / "wind.py").unlink()
    os.mkfifo(copy / "wind.py")  # reading it would block forever
    (copy / "link.py").symlink_to(copy / "three_state.py")
    stale = stale_files(copy, SUBSET)
    assert stale["wind.py"].startswith("not a regular file")
    assert stale["link.py"].startswith("unexpected file")
    write_generated(copy, modules=SUBSET)
    assert check_generated(copy, SUBSET) == (True, "")
