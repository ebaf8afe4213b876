"""``lkjip check --jobs N``: worker processes give the same output and exit code as one."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.cli import main

TESTS = Path(__file__).resolve().parents[1]
CORPUS = TESTS.parents[1] / "shared" / "corpus"


def _reports() -> list[Path]:
    """The corpus when present, else the reports shipped with the tests; some of each
    kind of input (text, markdown, TOML, JSON)."""
    corpus = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    shipped = [
        *sorted((TESTS / "integration" / "fixtures").glob("*.txt")),
        *sorted((TESTS / "integration" / "fixtures").glob("*.md")),
        *sorted((TESTS / "library" / "consistent").iterdir())[:3],
        TESTS / "fixtures" / "core" / "report.toml",
        TESTS / "fixtures" / "core" / "report.json",
    ]
    return [*corpus, *shipped]


@pytest.fixture(autouse=True)
def _isolated_cwd(tmp_path, monkeypatch):
    """Run from an empty folder, so no lkjip.toml of the checkout applies."""
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)


def run(capsys, *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("fmt", ["text", "json", "markdown"])
def test_parallel_output_is_the_serial_output(capsys, fmt):
    files = _reports()
    assert len(files) >= 4
    serial = run(capsys, "check", *files, "--format", fmt)
    parallel = run(capsys, "check", *files, "--format", fmt, "--jobs", "2")
    assert parallel == serial
    assert serial[0] == 1  # the reports carry findings
    assert serial[1]


def test_all_cores_and_more_jobs_than_files(capsys):
    files = _reports()[:2]
    serial = run(capsys, "check", *files, "--format", "json")
    assert run(capsys, "check", *files, "--format", "json", "--jobs", "0") == serial
    assert run(capsys, "check", *files, "--format", "json", "--jobs", "16") == serial


def test_an_unusable_file_in_a_batch_is_one_line_and_exit_code_2(capsys, tmp_path):
    empty = tmp_path / "kosong.txt"
    empty.write_text("", encoding="utf-8")
    files = [*_reports()[:2], empty, tmp_path / "tidak-ada.toml", *_reports()[2:4]]
    serial = run(capsys, "check", *files)
    parallel = run(capsys, "check", *files, "-j", "2")
    assert parallel == serial
    code, out, err = parallel
    assert code == 2
    assert out
    lines = err.splitlines()
    assert len(lines) == 2
    assert "kosong.txt" in lines[0] and "tidak-ada.toml" in lines[1]
    assert "Traceback" not in err


def test_output_file_is_the_same(capsys, tmp_path):
    files = _reports()[:3]
    serial, parallel = tmp_path / "serial.md", tmp_path / "parallel.md"
    assert run(capsys, "check", *files, "--format", "markdown", "-o", serial)[0] == 1
    assert run(capsys, "check", *files, "--format", "markdown", "-o", parallel, "-j", "3")[0] == 1
    assert parallel.read_bytes() == serial.read_bytes()


@pytest.mark.parametrize("jobs", ["-1", "dua", ""])
def test_a_bad_number_of_jobs_is_a_usage_error(capsys, jobs):
    code, out, err = run(capsys, "check", _reports()[0], "--jobs", jobs)
    assert code == 2
    assert not out
    assert err.startswith("lkjip: error: ") and len(err.splitlines()) == 1


def test_jobs_is_documented_in_help(capsys):
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    assert "--jobs" in capsys.readouterr().out


def test_results_keep_the_whole_report_for_the_reporters(capsys):
    """A reporter plugin may draw on the model (tables, text), not only on the findings."""
    from checker.cli import _Checker
    from checker.config import Config
    from checker.engine import select_rules
    from checker.plugins import load_registry

    registry = load_registry()
    config = Config()
    checker = _Checker(registry, tuple(select_rules(registry.rules, config)), config)
    result = checker.check(_reports()[0])
    assert not isinstance(result, str)
    assert result.report.meta.year is not None
    assert result.report.text != ()
