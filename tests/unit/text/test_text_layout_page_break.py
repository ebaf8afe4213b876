"""A space-aligned table (``pdftotext -layout``) going on past a page break without
repeating its header: the rows at the top of the next page belong to it.

The page break is written as that converter writes it: the page number, a form feed
and the next page's running title on one line.
"""

from __future__ import annotations

from checker.text import Source, Table, parse_source

# Page 7's number, the form feed, page 8's running title: one line of the text.
_PAGE_EDGE = " " * 34 + "7" + " " * 24 + "\f" + " " * 11 + "LKjIP Dinas Contoh Tahun 2023\n"

_HEAD = """\
Tabel 3.6 Realisasi Anggaran per Sub Kegiatan

   Kode          Uraian                      Pagu (Rp)   Realisasi (Rp)       %
   1.01.01       Program Penunjang         300.000.000      290.000.000   96,67
   1.01.01.0001  Penyediaan Gaji ASN       200.000.000      195.000.000   97,50
   1.01.01.0002  Penyediaan Bahan           60.000.000       57.000.000   95,00
                 Logistik Kantor


""" + _PAGE_EDGE + "\n"

_ROWS_AFTER_BREAK = """\
   1.01.01.0003  Pemeliharaan Kendaraan     40.000.000       38.000.000   95,00
                 Dinas Operasional
                 Jumlah                    300.000.000      290.000.000   96,67

Paragraf sesudah tabel.
"""

_PARAGRAPH_AFTER_BREAK = """\
Menurut jenis belanja, realisasi tersebut terdiri dari belanja pegawai dan belanja barang
dan jasa sebagai berikut.
"""

_NEW_TABLE_AFTER_BREAK = """\
   Jenis Belanja              Pagu (Rp)   Realisasi (Rp)        %
   Belanja Pegawai          200.000.000      195.000.000    97,50
   Belanja Barang dan Jasa  100.000.000       95.000.000    95,00
"""

# The same rows after a mere blank line, no page break: a reader sees a new block.
_ROWS_AFTER_BLANK = _HEAD.replace(_PAGE_EDGE, "")


def _tables(text: str) -> list[Table]:
    source: Source = parse_source(text, "<fixture>")
    return list(source.tables)


def _texts(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_rows_after_the_page_break_join_the_table() -> None:
    tables = _tables(_HEAD + _ROWS_AFTER_BREAK)
    assert len(tables) == 1
    table = tables[0]
    rows = _texts(table)
    assert rows[-2] == [
        "1.01.01.0003", "Pemeliharaan Kendaraan Dinas Operasional",
        "40.000.000", "38.000.000", "95,00",
    ]
    assert rows[-1] == ["", "Jumlah", "300.000.000", "290.000.000", "96,67"]
    # The row before the break keeps its wrapped name; the page's furniture is no row.
    assert rows[-3][1] == "Penyediaan Bahan Logistik Kantor"
    assert not any("LKjIP" in cell for row in rows for cell in row)
    assert table.end_line == _HEAD.count("\n") + 3
    assert table.rows[-1].line == table.end_line


def test_paragraph_after_the_page_break_is_not_joined() -> None:
    tables = _tables(_HEAD + _PARAGRAPH_AFTER_BREAK)
    assert len(tables) == 1
    assert _texts(tables[0])[-1][0] == "1.01.01.0002"
    assert tables[0].end_line == 7


def test_new_table_after_the_page_break_is_not_joined() -> None:
    tables = _tables(_HEAD + _NEW_TABLE_AFTER_BREAK)
    assert len(tables) == 2
    assert _texts(tables[0])[-1][0] == "1.01.01.0002"
    assert _texts(tables[1])[0] == ["Jenis Belanja", "Pagu (Rp)", "Realisasi (Rp)", "%"]


def test_rows_after_a_blank_line_without_page_break_are_not_joined() -> None:
    tables = _tables(_ROWS_AFTER_BLANK + _ROWS_AFTER_BREAK)
    assert len(tables) == 1
    assert _texts(tables[0])[-1][0] == "1.01.01.0002"


def test_text_beside_the_form_feed_is_no_page_edge() -> None:
    # A form feed before a heading of the next page is a page break, but the line holds
    # text of the page: no table runs on across it.
    text = _HEAD.replace("LKjIP Dinas Contoh Tahun 2023", "BAB IV PENUTUP") + _ROWS_AFTER_BREAK
    tables = _tables(text)
    assert _texts(tables[0])[-1][0] == "1.01.01.0002"
