"""``python -m checker``, ``-V`` and the ``serve`` command's wiring."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from checker import __version__

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("flag", ["-V", "--version"])
def test_python_m_checker_prints_the_version(flag, tmp_path):
    done = subprocess.run([sys.executable, "-m", "checker", flag], capture_output=True,
                          text=True, cwd=tmp_path, timeout=60)
    assert done.returncode == 0
    assert done.stdout.strip() == f"lkjip {__version__}"


def test_python_m_checker_checks(tmp_path):
    report = REPO / "tests" / "library" / "consistent" / "rsud-batu-layang-2024.md"
    done = subprocess.run([sys.executable, "-m", "checker", "check", str(report)],
                          capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "rsud-batu-layang-2024.md" in done.stdout


def test_check_does_not_import_the_workflow_modules_it_does_not_use(tmp_path):
    code = ("import sys; from checker.cli import main; main(['check', sys.argv[1]]); "
            "print(sorted(m for m in sys.modules if m in ('checker.baseline', "
            "'reports.summary', 'checker.serve', 'checker.catalogue')))")
    report = REPO / "tests" / "library" / "consistent" / "rsud-batu-layang-2024.md"
    done = subprocess.run([sys.executable, "-c", code, str(report)], capture_output=True,
                          text=True, cwd=tmp_path, timeout=120)
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stderr


def test_serve_is_wired_or_says_it_is_missing(capsys):
    from checker.cli import main

    if importlib.util.find_spec("checker.serve") is not None:
        with pytest.raises(SystemExit):
            main(["serve", "--help"])
        assert "serve" in capsys.readouterr().out
    else:
        assert main(["serve"]) == 2
        err = capsys.readouterr().err
        assert len(err.splitlines()) == 1 and "serve" in err


def test_a_reader_that_goes_away_ends_the_run_quietly(tmp_path):
    """``lkjip check ... | head -1``: no error line when the pipe closes early."""
    reports = [str(path) for path in sorted(
        (Path(__file__).resolve().parents[1] / "library" / "defects").glob("*.txt"))]
    process = subprocess.Popen(
        [sys.executable, "-m", "checker", "check", "--jobs", "1", *reports],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()  # the reader goes away, as head does
    error = process.stderr.read().decode()
    process.wait(timeout=120)
    assert process.returncode == 141
    assert error == ""
