"""The limits of SECURITY.md: a table too long or too wide is an input finding (INP002),
a text of too many lines is one line on stderr and exit code 2; each limit can be set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.cli import main
from checker.errors import InputError
from checker.extract import extract_report
from checker.readers import MAX_LINES, decode_text
from checker.text import DEFAULT_LIMITS, Limits, parse_source


def tab_table(rows: int, columns: int = 4) -> str:
    return "".join("\t".join(f"c{row}.{column}" for column in range(columns)) + "\n"
                   for row in range(rows))


def test_a_table_within_the_limits_is_read() -> None:
    source = parse_source(tab_table(50), "t.txt")
    assert len(source.tables) == 1 and source.oversized == ()


def test_a_table_of_too_many_rows_is_named_not_read() -> None:
    limits = Limits(table_rows=40)
    source = parse_source(tab_table(50), "t.txt", limits)
    assert source.tables == ()
    [oversized] = source.oversized
    assert (oversized.line, oversized.end_line, oversized.rows) == (1, 50, 50)


def test_a_row_of_too_many_columns_is_named_not_read() -> None:
    source = parse_source(tab_table(5, DEFAULT_LIMITS.columns + 1), "t.txt")
    assert source.tables == ()
    assert source.oversized[0].columns == DEFAULT_LIMITS.columns + 1


def test_an_oversized_table_becomes_a_table_doubt() -> None:
    report = extract_report(parse_source(tab_table(50), "t.txt", Limits(table_rows=10)))
    [doubt] = [doubt for doubt in report.doubts if doubt.kind == "table"]
    assert doubt.where.line == 1 and doubt.where.end_line == 50
    assert "50 rows" in doubt.problem["en"]


def test_a_wide_table_is_an_inp002_finding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "wide.txt"
    path.write_text("LAPORAN KINERJA\n\n" + tab_table(3, 5_000), encoding="utf-8")
    code = main(["check", str(path), "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 1 and err == ""
    findings = json.loads(out)["documents"][0]["findings"]
    assert [f["location"]["line"] for f in findings if f["rule"] == "INP002"] == [3]


def test_too_many_lines_is_one_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "lines.txt"
    path.write_bytes(b"x\n" * (MAX_LINES + 1))
    code = main(["check", str(path)])
    _out, err = capsys.readouterr()
    assert code == 2
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert "lines.txt" in err and "2.000.000" in err


@pytest.mark.parametrize("newline", [b"\n", b"\r", b"\r\n"])
def test_the_line_limit_counts_every_newline(newline: bytes) -> None:
    decode_text(Path("ok.txt"), newline * 9, max_lines=10)
    with pytest.raises(InputError, match="too many lines"):
        decode_text(Path("many.txt"), newline * 10, max_lines=10)
