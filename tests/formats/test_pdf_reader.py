"""The PDF reader: reading order, bold, tables (ruled, merged, without lines, split over
pages), page furniture, landscape and rotated pages, and the page of every line.

``pdf/features.pdf`` is written by ``make_pdf_samples.py`` (python-docx and LibreOffice);
see that script for what each page holds.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from checker.cli import main
from checker.readers._layer import TextLayer
from checker.readers._pdf_join import TableItem, joined_table
from checker.readers._pdf_tables import GridCell, GridTable, cell_text
from checker.readers.pdf import pdf_layer, read_pdf
from checker.text import parse_source

SAMPLE = Path(__file__).resolve().parent / "pdf" / "features.pdf"


@pytest.fixture(scope="module")
def layer() -> TextLayer:
    return pdf_layer(SAMPLE, SAMPLE.read_bytes())


def _index(layer: TextLayer, start: str) -> int:
    return next(i for i, line in enumerate(layer.lines) if line.startswith(start))


def test_lines_come_in_reading_order_with_headings_marked(layer: TextLayer) -> None:
    order = [_index(layer, text) for text in (
        "# BAB I PENDAHULUAN", "Dinas Contoh menetapkan", "# 1.1 Latar Belakang",
        "Tabel 1.1", "Tabel 1.2", "# BAB II PERENCANAAN KINERJA", "Setelah tabel panjang",
        "# BAB III AKUNTABILITAS KINERJA")]
    assert order == sorted(order)
    source = parse_source(layer.text())
    titles = [heading.text for heading in source.headings]
    assert any("PENDAHULUAN" in title for title in titles)
    assert any("AKUNTABILITAS" in title for title in titles)


def test_a_paragraph_wrapped_by_the_layout_is_one_line(layer: TextLayer) -> None:
    line = layer.lines[_index(layer, "Dinas Contoh menetapkan")]
    assert line.endswith("membungkusnya ke baris berikutnya.")


def test_bold_runs_are_marked(layer: TextLayer) -> None:
    line = layer.lines[_index(layer, "Dinas Contoh menetapkan")]
    assert line.startswith("Dinas Contoh menetapkan **3 (tiga) sasaran strategis** pada")
    assert line.count("**") == 2


def test_a_ruled_table_keeps_its_merged_header(layer: TextLayer) -> None:
    source = parse_source(layer.text())
    table = next(t for t in source.tables if any(
        c.text == "Persentase dokumen tepat waktu" for row in t.rows for c in row.cells))
    head = table.rows[0].cells
    assert [c.text for c in head] == ["No", "Indikator", "Tahun 2023", "Tahun 2023",
                                      "Capaian (%)"]
    assert head[2].colspan == 2 and head[3].spanned
    assert [c.text for c in table.rows[1].cells][2:4] == ["Target", "Realisasi"]
    assert table.header_rows == 2
    assert [c.text for c in table.rows[3].cells] == [
        "2", "Indeks kepuasan masyarakat", "85", "80,5", "94,71"]


def test_a_table_without_lines_is_read_by_its_aligned_columns(layer: TextLayer) -> None:
    source = parse_source(layer.text())
    table = next(t for t in source.tables if t.rows[0].cells[0].text == "Uraian")
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["Uraian", "Pagu", "Realisasi"],
        ["Belanja Pegawai", "1.000.000", "900.000"],
        ["Belanja Modal", "2.500.000", "2.400.000"],
    ]


def test_page_numbers_and_footers_are_removed(layer: TextLayer) -> None:
    assert not any("Dokumen uji pembaca PDF" in line for line in layer.lines)
    assert not any(re.fullmatch(r"\s*\d{1,3}\s*", line) for line in layer.lines)


def test_the_running_title_is_kept_only_above_a_heading_that_opens_a_page(layer: TextLayer) -> None:
    title = "LKjIP Dinas Contoh Kabupaten Uji Tahun 2023"
    pages = [place.page for line, place in zip(layer.lines, layer.places, strict=True)
             if line == title]
    # Pages 1 and 5 open with a BAB heading; pages 2-4 with the rest of the long table.
    assert pages == [1, 5]


def test_a_table_split_over_pages_is_one_table_without_its_repeated_header(
        layer: TextLayer) -> None:
    assert sum(line.startswith("No\tSub Kegiatan") for line in layer.lines) == 1
    source = parse_source(layer.text())
    table = next(t for t in source.tables if t.rows[0].cells[1].text == "Sub Kegiatan")
    assert [row.cells[0].text for row in table.rows[1:]] == [str(n) for n in range(1, 61)]
    pages = {place.page for line, place in zip(layer.lines, layer.places, strict=True)
             if line.split("\t")[0].isdigit() and "Sub kegiatan nomor" in line}
    assert pages == {1, 2, 3, 4}


def test_every_line_has_its_page_and_line_on_the_page(layer: TextLayer) -> None:
    assert len(layer.places) == len(layer.lines)
    text_places = [p for line, p in zip(layer.lines, layer.places, strict=True) if line]
    assert all(p.page is not None and p.page_line and p.page_line > 0 for p in text_places)
    pages = [p.page for p in layer.places]
    assert pages == sorted(pages)
    row = layer.places[_index(layer, "57\tSub kegiatan nomor 57")]
    assert (row.page, row.page_line) == (4, 4)  # after the title and the repeated header


def test_the_report_model_names_the_page_of_a_line() -> None:
    report = read_pdf(SAMPLE, SAMPLE.read_bytes())
    number = next(i + 1 for i, line in enumerate(report.text) if line.startswith("Kolom 1"))
    assert report.page_of(number) == 5


def test_a_landscape_page_is_read_left_to_right(layer: TextLayer) -> None:
    row = _index(layer, "Kolom 1")
    assert layer.lines[row].split("\t") == [f"Kolom {c}" for c in range(1, 9)]
    assert layer.lines[row + 1].split("\t") == [str(c * 11) for c in range(1, 9)]
    assert layer.places[row].page == 5


def test_a_turned_page_reads_as_shown(layer: TextLayer) -> None:
    """A landscape page stored upright in a portrait page, drawn turned a quarter and
    shown with /Rotate 90 (as some printers and scanners write it), reads as the
    landscape page does: ruled table included."""
    source = pdfium.PdfDocument(SAMPLE.read_bytes())
    turned = pdfium.PdfDocument.new()
    content = source.page_as_xobject(4, turned).as_pageobject()
    width, height = source[4].get_size()
    content.transform(pdfium.PdfMatrix(0, 1, -1, 0, height, 0))
    page = turned.new_page(height, width)
    page.insert_obj(content)
    page.gen_content()
    page.set_rotation(90)
    buffer = io.BytesIO()
    turned.save(buffer)
    lines = pdf_layer(SAMPLE, buffer.getvalue()).lines
    start = _index(layer, "# BAB III")
    expected = [line for line in layer.lines[start:] if line]
    assert [line for line in lines if line][1:1 + len(expected)] == expected


def _cell(*lines: str, breaks: tuple[bool, ...] | None = None) -> GridCell:
    return GridCell(lines, breaks if breaks is not None else (True,) * (len(lines) - 1),
                    False)


def test_a_word_broken_in_a_narrow_cell_is_made_whole() -> None:
    words = frozenset({"daerah", "sangat", "tinggi", "atas"})
    assert cell_text(_cell("PEMERINTA", "HAN DAERAH"), words) == "PEMERINTAHAN DAERAH"
    assert cell_text(_cell("1.416.080.0", "00"), words) == "1.416.080.000"
    assert cell_text(_cell("100,0", "0"), words) == "100,00"
    assert cell_text(_cell("Rata-", "rata waktu", breaks=(False,)), words) == "Rata-rata waktu"
    # Whole words and whole figures stay apart.
    assert cell_text(_cell("Sangat", "Tinggi"), words) == "Sangat Tinggi"
    assert cell_text(_cell("80,00", "15,00"), words) == "80,00 15,00"
    assert cell_text(_cell("Penindakan", "atas"), words) == "Penindakan atas"
    assert cell_text(_cell("Peningkatan", "Efektivitas"), words) == "Peningkatan Efektivitas"
    assert cell_text(_cell("Koordinasi", "dan", breaks=(False,)), words) == "Koordinasi dan"


def _table(page: int, rows: list[list[str]]) -> TableItem:
    cells = tuple(tuple(_cell(text) if text else _cell() for text in row) for row in rows)
    grid = GridTable(page, 0.0, 100.0, 0.0, 300.0, (0.0, 100.0, 200.0, 300.0), cells,
                     tuple(float(i) for i in range(len(rows))))
    return TableItem(page, grid, tuple(range(1, len(rows) + 1)), (page,) * len(rows))


def _rows(item: TableItem) -> list[list[str]]:
    return [[cell.text if cell else "" for cell in row] for row in item.table.rows]


def test_a_row_cut_by_the_page_break_is_made_whole() -> None:
    first = _table(1, [["Kegiatan", "Pagu", "Realisasi"],
                       ["Penyediaan Gaji", "10", "9"],
                       ["Rapat Koordinasi dan", "20", "18"]])
    rest = _table(2, [["Kegiatan", "Pagu", "Realisasi"], ["Konsultasi SKPD", "", ""],
                      ["Bahan Logistik", "30", "27"]])
    joined = joined_table(first, rest)
    assert _rows(joined) == [["Kegiatan", "Pagu", "Realisasi"], ["Penyediaan Gaji", "10", "9"],
                             ["Rapat Koordinasi dan Konsultasi SKPD", "20", "18"],
                             ["Bahan Logistik", "30", "27"]]
    assert joined.pages == (1, 1, 1, 2)


def test_a_row_of_its_own_after_the_page_break_stays_a_row() -> None:
    first = _table(1, [["Sasaran", "Indikator", "Target"], ["Meningkatnya mutu", "Indeks A", "80"]])
    rest = _table(2, [["", "Indeks B", "15"]])
    assert _rows(joined_table(first, rest))[-1] == ["", "Indeks B", "15"]


def test_check_gives_the_page_of_each_finding(capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(SAMPLE), "--format", "json"])
    document = json.loads(capsys.readouterr().out)["documents"][0]
    assert document["format"] == "pdf"
    located = [f["location"] for f in document["findings"] if f["location"].get("line")]
    assert located and all(isinstance(where.get("page"), int) for where in located)
    assert {where["page"] for where in located} >= {1, 5}
    main(["check", str(SAMPLE)])
    assert re.search(r"hal\. \d+, baris \d+", capsys.readouterr().out)
