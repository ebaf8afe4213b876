"""Tab-separated and markdown pipe tables: cells, empty cells, header rows, bold rows."""

from __future__ import annotations

from pathlib import Path

from checker.text import Source, Table, parse_source

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _parse(name: str) -> Source:
    path = FIXTURES / name
    return parse_source(path.read_text(encoding="utf-8"), str(path))


def _texts(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_tab_table_cells_lines_and_empty_cells() -> None:
    source = _parse("tab_table.txt")
    budget = source.tables[0]
    assert (budget.shape, budget.line, budget.end_line, budget.width) == ("tab", 6, 15, 5)
    assert [row.line for row in budget.rows] == [6, 7, 8, 9, 10, 11, 14, 15]
    assert _texts(budget)[4] == ["1", "Sub kegiatan alat tulis", "600.000", "", "0,00"]
    # Runs of spaces collapse; an empty last cell is kept so '%' stays column 4.
    assert _texts(budget)[5] == ["2", "Sub kegiatan rapat", "400.000", "900.000", ""]
    assert budget.rows[5].cells[1].raw == "Sub kegiatan  rapat"
    assert [cell.text for cell in budget.column(2)][2:5] == ["1.500.000", "1.000.000", "600.000"]
    assert all(cell.line == 10 for cell in budget.rows[4].cells)


def test_tab_table_header_and_numbering_row() -> None:
    budget = _parse("tab_table.txt").tables[0]
    assert budget.header_rows == 2
    assert [row.texts for row in budget.header] == [
        ("No", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "%"),
        ("1", "2", "3", "4", "5"),
    ]
    assert budget.body[0].texts[0] == "I"


def test_tab_table_bold_rows_and_markup() -> None:
    budget = _parse("tab_table.txt").tables[0]
    program, kegiatan, sub = budget.rows[2], budget.rows[3], budget.rows[4]
    assert program.bold and kegiatan.bold and not sub.bold
    # The plain label 'I' beside bold amounts does not stop the row being bold.
    assert not program.cells[0].bold and program.cells[1].bold
    assert program.cells[1].text == "PROGRAM PENUNJANG CONTOH"
    assert program.cells[1].raw == "<b>PROGRAM PENUNJANG CONTOH</b>"
    # A word in bold inside a cell is stripped but does not make the cell bold.
    perjalanan = budget.rows[6].cells[1]
    assert (perjalanan.text, perjalanan.bold) == ("Sub kegiatan perjalanan", False)


def test_symbol_only_bold_cell_keeps_a_subtotal_row_bold() -> None:
    source = parse_source("No\tUraian\tNilai\t\n\t<b>Total</b>\t<b>90</b>\t<b>%</b>\n")
    total = source.tables[0].rows[1]
    assert total.bold and total.cells[3].text == "%" and total.cells[3].bold
    assert not total.cells[0].bold and total.cells[0].text == ""


def test_blank_and_comma_lines_inside_a_run_do_not_split_the_table() -> None:
    budget = _parse("tab_table.txt").tables[0]
    assert budget.continued_from_page_break
    assert budget.rows[6].line == 14 and budget.rows[6].texts[0] == "3"


def test_tables_laid_out_differently_stay_apart() -> None:
    source = _parse("tab_table.txt")
    assert [(table.line, table.end_line) for table in source.tables] == [
        (6, 15),
        (19, 20),
        (22, 23),
    ]
    assert _texts(source.tables[2]) == [["Jabatan", "Nama"], ["Camat", "Fulan"]]
    assert source.tables[1].header_rows == 1


def test_single_tab_line_is_text_not_table() -> None:
    source = _parse("tab_table.txt")
    assert source.table_at(25) is None
    assert (25, "Satu baris saja bukan tabel") in list(source.text_lines())


def test_caption_above_spans_two_lines() -> None:
    budget = _parse("tab_table.txt").tables[0]
    assert budget.caption == "Tabel 3.4 Realisasi Anggaran Kecamatan Contoh Tahun 2030"
    assert budget.caption_line == 3


def test_pipe_table_with_separator() -> None:
    table = _parse("pipe_table.md").tables[0]
    assert (table.shape, table.line, table.end_line, table.header_rows) == ("pipe", 5, 9, 1)
    assert [row.line for row in table.rows] == [5, 7, 8, 9]
    assert _texts(table) == [
        ["No", "Sasaran", "Indikator", "Target"],
        ["1", "Meningkatnya mutu layanan", "IKM", "80,5"],
        ["2", "Tertib administrasi", "", "100%"],
        ["3", "Nilai a|b", "Persentase", "90"],
    ]
    assert table.caption == "Tabel 2.1 Perjanjian Kinerja"


def test_pipe_table_without_separator_and_without_outer_pipes() -> None:
    source = _parse("pipe_table.md")
    plain, bare, bulleted = source.tables[1:]
    assert (plain.line, plain.end_line, plain.header_rows) == (13, 14, 0)
    assert _texts(plain) == [["a", "b"], ["c", "d"]]
    assert (bare.line, bare.end_line, bare.header_rows) == (16, 19, 1)
    assert _texts(bare) == [
        ["Program", "Anggaran"],
        ["Program A", "Rp 5.000"],
        ["Program B", "Rp 7.000"],
    ]
    # '- | | |' is a converter's bullet in front of an (empty) header row.
    assert (bulleted.line, bulleted.header_rows, _texts(bulleted)) == (
        21,
        1,
        [["", ""], ["x", "y"]],
    )


def test_text_lines_skip_tables() -> None:
    source = _parse("pipe_table.md")
    assert [line for line, _ in source.text_lines()] == [1, 3, 11]
    assert source.line(7) == "| 1 | Meningkatnya **mutu** layanan | IKM | 80,5 |"
    assert source.text(7) == "| 1 | Meningkatnya mutu layanan | IKM | 80,5 |"
    assert (source.line(99), source.text(0)) == ("", "")
