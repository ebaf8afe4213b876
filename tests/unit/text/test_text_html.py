"""HTML tables: rowspan/colspan expanded into a rectangular grid with source lines."""

from __future__ import annotations

from pathlib import Path

from checker.text import Source, parse_source

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _parse() -> Source:
    path = FIXTURES / "html_table.txt"
    return parse_source(path.read_text(encoding="utf-8"), str(path))


def test_html_table_grid_is_rectangular() -> None:
    table = _parse().tables[0]
    assert (table.shape, table.line, table.end_line, table.width) == ("html", 2, 15, 5)
    assert {len(row.cells) for row in table.rows} == {5}
    assert [row.texts for row in table.rows] == [
        ("No", "Indikator", "Tahun 2030", "Tahun 2030", "Tahun 2030"),
        ("No", "Indikator", "Target", "Realisasi", "%"),
        ("1", "Indeks & kepuasan masyarakat", "80", "84", "105"),
        ("2", "Nilai AKIP", "B", "B", "100"),
        ("2", "Desa tertib", "10", "9", "90"),
        ("Jumlah", "3", "", "", "98"),
    ]


def test_html_spans_are_marked() -> None:
    table = _parse().tables[0]
    top, second = table.rows[0], table.rows[1]
    assert [(cell.colspan, cell.spanned) for cell in top.cells[2:]] == [
        (3, False),
        (3, True),
        (3, True),
    ]
    assert (second.cells[0].spanned, second.cells[0].rowspan, second.cells[0].line) == (True, 2, 4)
    assert (table.rows[4].cells[0].text, table.rows[4].cells[0].spanned) == ("2", True)
    assert table.rows[3].cells[3].spanned and table.rows[3].cells[3].colspan == 2


def test_html_header_rows_lines_and_bold() -> None:
    table = _parse().tables[0]
    assert table.header_rows == 2
    row = table.rows[2]
    assert (row.line, row.end_line) == (7, 11)
    assert [cell.line for cell in row.cells] == [8, 9, 10, 10, 10]
    assert "<br>" in row.cells[1].raw and "&amp;" in row.cells[1].raw
    total = table.rows[5]
    assert total.bold and total.cells[0].bold and not total.cells[2].bold
    assert table.caption == "Tabel 3.1 Capaian Kinerja" and table.caption_line == 1


def test_unclosed_html_table_does_not_swallow_text() -> None:
    source = _parse()
    unclosed = source.tables[1]
    assert (unclosed.line, unclosed.end_line) == (17, 18)
    assert [row.texts for row in unclosed.rows] == [("a", "b"), ("c", "d")]
    assert list(source.text_lines()) == [
        (1, "Tabel 3.1 Capaian Kinerja"),
        (16, "Teks sesudah tabel."),
        (19, "paragraf biasa sesudah tabel yang tidak ditutup"),
    ]


def test_html_caption_element_and_nested_table() -> None:
    text = (
        "<table><caption>Tabel 9 <b>Uji</b></caption>\n"
        "<tr><td>a<table><tr><td>dalam</td></tr></table></td><td>b</td></tr>\n"
        "<tr><td>c</td><td>d</td></tr></table>\n"
    )
    table = parse_source(text).tables[0]
    assert (table.caption, table.caption_line) == ("Tabel 9 Uji", 1)
    assert [row.texts for row in table.rows] == [("a dalam", "b"), ("c", "d")]


def test_hostile_spans_are_capped() -> None:
    text = '<table><tr><td colspan="100000" rowspan="0">x</td></tr><tr><td>y</td></tr></table>'
    table = parse_source(text).tables[0]
    # colspan capped at 64; rowspan="0" runs to the last row, pushing 'y' to column 64.
    assert table.width == 65
    assert table.rows[0].cells[0].colspan == 64 and table.rows[0].cells[-1].text == ""
    assert table.rows[1].cells[0].spanned and table.rows[1].cells[0].text == "x"
    assert table.rows[1].cells[-1].text == "y"
