"""Tables written with ' | ' between cells only: no outer pipes, no '|---|' line."""

from __future__ import annotations

from collections.abc import Callable

from checker.text import Table, parse_source

BARE = """\
BAB III AKUNTABILITAS KINERJA

Tabel 3.2 Pengukuran Kinerja Tahun 2022

No | Sasaran | Indikator | Target | Realisasi | Capaian (%)
1 | Meningkatnya kunjungan wisatawan | Jumlah wisatawan | 400 orang | 436 orang | {capaian}
 |  | Lama tinggal wisatawan | 2,00 hari | 1,90 hari | 95,00
2 | Meningkatnya akuntabilitas | Nilai SAKIP | 70,00 | 70,00 | 100,00
 | Rata-rata |  |  |  |
"""

PROSE = """\
Pilihan layanan: daring | luring.
Kanal pengaduan tersedia | via aplikasi | via telepon kantor.
Jam layanan pagi | siang | sore sesuai jadwal piket.
"""

MARKDOWN = """\
Tabel 2.1 Perjanjian Kinerja

| No | Sasaran | Target |
|----|---------|-------:|
|  | Meningkatnya mutu | 80,5 |
| 2 | Tertib administrasi | 100% |

Program | Anggaran | Realisasi
---|---|---
Program A | Rp 5.000 | Rp 4.000
Program B | Rp 7.000 | Rp 6.000
"""


def _texts(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_bare_pipe_table_is_read_with_its_empty_cells_and_lines() -> None:
    source = parse_source(BARE.format(capaian="109,00"))
    (table,) = source.tables
    assert (table.shape, table.line, table.end_line, table.header_rows) == ("pipe", 5, 9, 1)
    assert table.caption == "Tabel 3.2 Pengukuran Kinerja Tahun 2022"
    assert [row.line for row in table.rows] == [5, 6, 7, 8, 9]
    texts = _texts(table)
    assert texts[0] == ["No", "Sasaran", "Indikator", "Target", "Realisasi", "Capaian (%)"]
    # A row opening with ' | ' has an empty first cell; every row keeps all six columns.
    assert texts[2] == ["", "", "Lama tinggal wisatawan", "2,00 hari", "1,90 hari", "95,00"]
    assert texts[4] == ["", "Rata-rata", "", "", "", ""]
    assert {len(row) for row in texts} == {6}


def test_wrong_capaian_in_a_bare_pipe_table_is_found(
    check_inline: Callable[..., list[tuple]],
) -> None:
    assert check_inline(BARE.format(capaian="109,00"), "CAP001", path="laporan.txt") == []
    found = check_inline(BARE.format(capaian="119,00"), "CAP001", path="laporan.txt")
    assert [(rule, line) for rule, line, _ in found] == [("CAP001", 6)]
    assert "119" in found[0][2] and "109" in found[0][2]


def test_sentences_with_stray_pipes_are_no_table() -> None:
    # Lines with the same number of '|' but no header row among them are prose.
    assert parse_source(PROSE).tables == ()


def test_a_single_bare_line_or_a_changing_cell_count_is_no_table() -> None:
    lone = "Teks pembuka.\nNo | Indikator | Target\nTeks penutup.\n"
    assert parse_source(lone).tables == ()
    # The header has three cells, the next lines two: no run of equal rows holds it.
    ragged = "No | Indikator | Target\nIKM | 80\nIKU | 90\n"
    assert parse_source(ragged).tables == ()


def test_markdown_pipe_tables_are_read_as_before() -> None:
    outer, delimited = parse_source(MARKDOWN).tables
    assert (outer.line, outer.end_line, outer.header_rows) == (3, 6, 1)
    # With outer pipes the leading '|' opens the row; it is no empty cell.
    assert _texts(outer) == [
        ["No", "Sasaran", "Target"],
        ["", "Meningkatnya mutu", "80,5"],
        ["2", "Tertib administrasi", "100%"],
    ]
    assert (delimited.line, delimited.end_line, delimited.header_rows) == (8, 11, 1)
    assert _texts(delimited)[1] == ["Program A", "Rp 5.000", "Rp 4.000"]
