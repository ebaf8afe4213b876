"""Every reading limit can be set by the config's ``[limits]`` and by ``--limit NAME=VALUE``
(which wins), on ``check``, ``extract`` and ``graph``; a bad setting is one line and exit
code 2; without a setting the documented defaults hold (SECURITY.md, "Limits").

Most runs are in process (``main``); stdin and the worker processes of a batch run the
command line as a user does.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from checker.cli import main

REPO = Path(__file__).resolve().parents[2]
PDF = REPO / "tests" / "formats" / "pdf" / "features.pdf"  # five pages
DOCX = REPO / "tests" / "formats" / "fixtures" / "consistent" / "bappeda-lereng-jati-2023.docx"
MODEL = REPO / "examples" / "tanjung-harapan-2024.toml"
HANG = 60  # seconds: a subprocess run that takes longer has hung
ONLY_INPUT_RULES = ("--select", "INP")

HEADER = (
    "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)\n"
    "Kecamatan Sukamaju Tahun 2024\n\n"
    "BAB I PENDAHULUAN\n\n"
    "Laporan Kinerja Kecamatan Sukamaju Tahun 2024 disusun sebagai pertanggungjawaban "
    "kinerja.\n\n"
)
TABLE_LINE = HEADER.count("\n") + 1  # the line of the table's header row
ROWS = 25


def _report(folder: Path, name: str = "laporan.md") -> Path:
    """A small text report: a header and a table of ROWS rows of 4 columns."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    rows = "".join(f"| {i} | Program {i} | 1.000 | 900 |\n" for i in range(1, ROWS + 1))
    path.write_text(HEADER + "| No | Program | Pagu | Realisasi |\n|---|---|---|---|\n" + rows,
                    encoding="utf-8")
    return path


def _config(folder: Path, body: str, name: str = "lkjip.toml") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(body, encoding="utf-8")


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """``main(args)``: (exit code, stdout, stderr). ``check`` runs the input rules only:
    what is tested here is the reading, and INP002 is the finding of a table not read."""
    code = main([*args, *ONLY_INPUT_RULES] if args[0] == "check" else args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _inp002_lines(out: str) -> list[int]:
    findings = json.loads(out)["documents"][0]["findings"]
    return [f["location"]["line"] for f in findings if f["rule"] == "INP002"]


def _refused(code: int, err: str, *words: str) -> None:
    assert code == 2, err
    assert err.count("\n") == 1 and err.startswith("lkjip: error: "), err
    assert "Traceback" not in err
    for word in words:
        assert word in err, err


# -- table rows and columns: the table is named by INP002, not read ---------------------------

def test_by_default_the_table_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(["check", str(_report(tmp_path)), "--format", "json"], capsys)
    assert code in (0, 1) and err == ""
    assert _inp002_lines(out) == []


def test_table_rows_lowered_on_the_command_line_names_the_table(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = _report(tmp_path)
    code, out, err = _run(["check", str(report), "--format", "json",
                           "--limit", f"table-rows={ROWS - 1}"], capsys)
    assert code in (0, 1) and err == ""
    assert _inp002_lines(out) == [TABLE_LINE]
    code, out, _ = _run(["check", str(report), "--format", "json",
                         "--limit", f"table-rows={ROWS + 2}"], capsys)
    assert code in (0, 1) and _inp002_lines(out) == []


def test_table_rows_lowered_in_the_config_names_the_table(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = _report(tmp_path)
    _config(tmp_path, f"[limits]\ntable-rows = {ROWS - 1}\n")
    code, out, err = _run(["check", str(report), "--format", "json"], capsys)
    assert code in (0, 1) and err == ""
    assert _inp002_lines(out) == [TABLE_LINE]


def test_the_command_line_wins_over_the_config(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = _report(tmp_path)
    _config(tmp_path, '[limits]\ntable-rows = 3\nmax-bytes = "1 KB"\n')
    code, _, err = _run(["check", str(report)], capsys)
    _refused(code, err, "too large (more than 1,024 bytes)")
    code, out, err = _run(["check", str(report), "--format", "json",
                           "--limit", "max-bytes=1MB", "--limit", "table-rows=1000"], capsys)
    assert code in (0, 1) and err == ""
    assert _inp002_lines(out) == []


def test_columns_lowered_in_pyproject_names_the_table(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = _report(tmp_path / "laporan")
    _config(tmp_path, "[tool.lkjip.limits]\ncolumns = 3\n", "pyproject.toml")
    code, out, err = _run(["check", str(report), "--format", "json"], capsys)
    assert code in (0, 1) and err == ""
    assert _inp002_lines(out) == [TABLE_LINE]


def test_a_repeated_limit_takes_its_last_value(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = _report(tmp_path)
    code, out, _ = _run(["check", str(report), "--format", "json",
                         "--limit", "table-rows=3", "--limit", "table-rows=100"], capsys)
    assert code in (0, 1) and _inp002_lines(out) == []


# -- limits that refuse the input: one line, exit code 2 --------------------------------------

@pytest.mark.parametrize("command", ["check", "extract", "graph"])
def test_max_bytes_and_max_lines_on_each_command(
        command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = _report(tmp_path)
    code, _, err = _run([command, str(report), "--limit", "max-bytes=100"], capsys)
    _refused(code, err, str(report), "more than 100 bytes")
    code, _, err = _run([command, str(report), "--limit", "max-lines=10"], capsys)
    _refused(code, err, str(report), "too many lines (more than 10)")
    code, _, err = _run([command, str(report)], capsys)
    assert code in (0, 1) and err == ""


@pytest.mark.parametrize("command", ["extract", "graph"])
def test_extract_and_graph_read_the_config_of_their_file(
        command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = _report(tmp_path / "laporan")
    _config(tmp_path, "[limits]\nmax-lines = 10\n")
    code, _, err = _run([command, str(report)], capsys)
    _refused(code, err, "too many lines (more than 10)")
    code, _, err = _run([command, str(report), "--limit", "max-lines=1000"], capsys)
    assert code == 0 and err == ""


def test_max_depth_refuses_a_nested_model(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["check", str(MODEL), "--limit", "max-depth=2"], capsys)
    _refused(code, err, "nested too deeply (more than 2 levels)")
    code, _, err = _run(["check", str(MODEL)], capsys)
    assert code in (0, 1) and err == ""


def test_max_depth_bounds_a_budget_items_depth_too(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    items = [{"level": "program", "name": "Program A", "pagu": "100", "realisasi": "90"}]
    items += [{"level": "jenis_belanja", "name": f"Belanja {i}", "depth": i, "pagu": "100",
               "realisasi": "90"} for i in range(12)]
    model = tmp_path / "model.json"
    model.write_text(json.dumps({
        "schema_version": 1,
        "meta": {"agency": "Kecamatan Sukamaju", "agency_kind": "kecamatan", "year": 2024},
        "budgets": [{"table": "Tabel 3.1", "kind": "belanja", "items": items}]}),
        encoding="utf-8")
    # The JSON nests 5 levels; the deepest item is at depth 11.
    code, _, err = _run(["check", str(model), "--limit", "max-depth=8"], capsys)
    _refused(code, err, "depth 11 nests more than 8 levels")
    code, _, err = _run(["check", str(model), "--limit", "max-depth=12"], capsys)
    assert code in (0, 1) and err == ""


def test_the_limits_reach_the_source_document_of_a_model(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _report(tmp_path)
    model = tmp_path / "model.toml"
    model.write_text(
        'schema_version = 1\nmeta = { agency = "Kecamatan Sukamaju", agency_kind = '
        '"kecamatan", year = 2024 }\nsource = { path = "laporan.md", format = "text" }\n',
        encoding="utf-8")
    code, _, err = _run(["check", str(model), "--limit", "max-lines=20"], capsys)
    _refused(code, err, "[source] path 'laporan.md'", "too many lines (more than 20)")
    code, _, err = _run(["check", str(model)], capsys)
    assert code in (0, 1) and err == ""


def test_pdf_pages(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["check", str(PDF), "--limit", "pdf-pages=4"], capsys)
    _refused(code, err, "the PDF has 5 pages; at most 4 are read")
    code, _, err = _run(["extract", str(PDF), "--limit", "pdf-pages=5"], capsys)
    assert code == 0 and err == ""


@pytest.mark.parametrize(("setting", "words"), [
    ("docx-parts=2", "too many parts in the package"),
    ("docx-bytes=2KB", "the package unpacks to more than 2 KB (a zip bomb?)"),
])
def test_word_package_limits(setting: str, words: str,
                             capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["graph", str(DOCX), "--limit", setting], capsys)
    _refused(code, err, words)


def test_word_package_limits_in_the_config(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / DOCX.name
    report.write_bytes(DOCX.read_bytes())
    _config(tmp_path, '[limits]\ndocx-bytes = "2 KB"\n')
    code, _, err = _run(["check", str(report)], capsys)
    _refused(code, err, "more than 2 KB")
    code, _, err = _run(["check", str(report), "--limit", "docx-bytes=200MB"], capsys)
    assert code in (0, 1) and err == ""


def test_each_folder_of_a_batch_keeps_its_own_limits_in_worker_processes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    strict, usual = _report(tmp_path / "ketat"), _report(tmp_path / "biasa")
    _config(tmp_path / "ketat", "[limits]\nmax-lines = 10\n")
    code, _, err = _run(["check", "--jobs", "2", str(strict), str(usual)], capsys)
    _refused(code, err, str(strict), "too many lines (more than 10)")
    assert str(usual) not in err
    code, _, err = _run(["check", "--jobs", "2", str(strict), str(usual),
                         "--limit", "max-lines=12"], capsys)
    assert code == 2 and err.count("lkjip: error: ") == 2, err


# -- stdin ------------------------------------------------------------------------------------

def _stdin(args: list[str], data: bytes, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "checker.cli", *args, *ONLY_INPUT_RULES],
                          input=data, cwd=cwd, capture_output=True, timeout=HANG)


def test_stdin_is_read_with_the_limits_of_the_command_line_and_the_config(
        tmp_path: Path) -> None:
    data = _report(tmp_path).read_bytes()
    done = _stdin(["check", "-", "--limit", "max-bytes=100"], data, tmp_path)
    err = done.stderr.decode()
    _refused(done.returncode, err, "stdin is larger than 100 bytes")
    _config(tmp_path, "[limits]\nmax-lines = 10\n")
    done = _stdin(["check", "-", "--stdin-filename", "laporan.md"], data, tmp_path)
    _refused(done.returncode, done.stderr.decode(), "laporan.md", "too many lines")
    done = _stdin(["check", "-", "--stdin-filename", "laporan.md", "--limit", "max-lines=100"],
                  data, tmp_path)
    assert done.returncode in (0, 1) and done.stderr == b""


# -- bad settings: one line, exit code 2 ------------------------------------------------------

@pytest.mark.parametrize("setting", [
    "max-bytez=1", "max-bytes", "max-bytes=", "max-bytes=abc", "max-lines=1.5",
    "max-lines=0", "max-lines=-4", "max-depth=100000", "max-bytes=99GB", "max-lines=5MB",
    "pdf-pages=" + "9" * 60, "columns=1e3", "=5",
])
@pytest.mark.parametrize("command", ["check", "extract", "graph"])
def test_a_bad_limit_is_one_line_and_exit_2(
        command: str, setting: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run([command, str(_report(tmp_path)), "--limit", setting], capsys)
    _refused(code, err, f"--limit {setting}:")
    assert out == ""


def test_a_limit_of_thousands_of_digits_is_one_short_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["check", str(_report(tmp_path)), "--limit",
                         "max-lines=" + "9" * 5_000], capsys)
    _refused(code, err, "max-lines must be at most 20,000,000")
    assert len(err) < 500


@pytest.mark.parametrize("command", ["check", "extract", "graph"])
def test_a_bad_limit_in_the_config_is_one_line_and_exit_2(
        command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = _report(tmp_path)
    _config(tmp_path, "[limits]\nmax-lines = 0\n")
    code, out, err = _run([command, str(report)], capsys)
    _refused(code, err, str(tmp_path / "lkjip.toml"), "limits.max-lines",
             "must be at least 1, not 0")
    assert out == ""
