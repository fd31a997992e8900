"""Bad input gets one line on stderr naming the argument, exit code 2, and no output files."""

import subprocess
import sys

import pytest


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "slowion", *args], capture_output=True, text=True, timeout=120, check=False
    )


@pytest.mark.parametrize(
    ("args", "argument"),
    [
        (["evaluate", "wind", "--rs", "-1"], "--rs"),
        (["evaluate", "wind", "--rs", "0"], "--rs"),
        (["evaluate", "wind", "--rs", "nan"], "--rs"),
        (["evaluate", "wind", "--rs", "abc"], "--rs"),
        (["evaluate", "wind", "--rs", "3", "--Z", "inf"], "--Z"),
        (["evaluate", "stopping", "--metal", "Cs", "--model", "feg"], "--metal"),
        (["evaluate", "stopping", "--metal", "Na", "--model", "dft"], "--model"),
        (["evaluate", "stopping", "--metal", "Na", "--model", "lcao2", "--shells", "-3"], "--shells"),
        (["frobnicate"], "COMMAND"),
    ],
)
def test_bad_input_is_one_line_exit_2(args, argument):
    proc = run(*args)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert argument in lines[0]
    assert proc.stdout == ""
