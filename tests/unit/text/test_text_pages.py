"""Running headers, page numbers, and tables joined across page breaks."""

from __future__ import annotations

from pathlib import Path

from checker.text import Source, parse_source

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _parse() -> Source:
    path = FIXTURES / "page_break.txt"
    return parse_source(path.read_text(encoding="utf-8"), str(path))


def test_running_headers_and_page_numbers_are_furniture() -> None:
    source = _parse()
    # The title repeats (case and '##' aside) four times; '- 7 -' and '12' are page numbers.
    assert source.page_header_lines == frozenset({1, 8, 10, 22, 27, 29})
    assert [line for line, _ in source.text_lines()] == [3, 16, 30]


def test_table_rejoined_after_page_break_with_repeated_header() -> None:
    table = _parse().tables[0]
    assert (table.line, table.end_line, table.header_rows) == (4, 14, 1)
    assert table.continued_from_page_break
    assert table.dropped_lines == (12,)
    assert [row.texts[0] for row in table.rows] == ["No", "1", "1.1", "2", "2.1"]
    assert table.caption == "Tabel 3.8 Anggaran per Program"


def test_table_rejoined_when_numbering_runs_on_despite_shifted_columns() -> None:
    table = _parse().tables[1]
    assert (table.line, table.end_line) == (18, 25)
    assert table.continued_from_page_break
    assert [row.line for row in table.rows] == [18, 19, 20, 24, 25]
    assert table.rows[3].texts == ("c", "", "Indikator ketiga", "5", "5", "100")
    assert table.width == 6


def test_repeated_short_lines_without_report_title_are_kept() -> None:
    text = "\n".join(
        ["TUGAS POKOK DAN FUNGSI :", "isi", ""] * 4 + ["Sumber Data: LKIP tahunan"] * 3
    )
    assert parse_source(text).page_header_lines == frozenset()


def test_single_title_line_between_table_fragments_is_furniture() -> None:
    text = "No\tUraian\tNilai\n1\tsatu\t10\n\nLKjIP KECAMATAN CONTOH 2030\n\n2\tdua\t20\n"
    source = parse_source(text)
    assert source.page_header_lines == frozenset({4})
    assert len(source.tables) == 1
    assert [row.line for row in source.tables[0].rows] == [1, 2, 6]


def test_new_table_after_blank_line_is_not_joined() -> None:
    text = "No\tSasaran\tTarget\n1\tsatu\t10\n\nNo\tProgram\tPagu\n1\tdua\t20\n"
    source = parse_source(text)
    assert [(table.line, table.end_line) for table in source.tables] == [(1, 2), (4, 5)]
    assert not any(table.continued_from_page_break for table in source.tables)
