"""Plain-text tables without tabs or markdown: ASCII grids and space-aligned columns.

Each fixture is small and written as a converter (``pdftotext -layout``) or a plain-text
editor lays such a table out; line numbers are those of the text.
"""

from __future__ import annotations

from checker.text import Source, Table, parse_source


def _parse(text: str) -> Source:
    return parse_source(text, "<fixture>")


def _texts(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


# --- ASCII grid ------------------------------------------------------------------------

GRID = """\
Tabel 2.2 Perjanjian Kinerja Tahun 2024
+----+------------------------+----------------------+--------+--------+
| No | Sasaran Strategis      | Indikator Kinerja    | Satuan | Target |
|    |                        |                      |        | 2024   |
+====+========================+======================+========+========+
| 1  | Meningkatnya kualitas  | Indeks Kepuasan      | Nilai  |  82,00 |
|    | pelayanan publik       | Masyarakat           |        |        |
|    |                        | Persentase layanan   | %      |  95,00 |
|    |                        | tepat waktu          |        |        |
+----+------------------------+----------------------+--------+--------+
| 2  | Meningkatnya tata      | Nilai evaluasi       | Nilai  |  75,00 |
|    | kelola kelurahan       | kelurahan            |        |        |
+----+------------------------+----------------------+--------+--------+
|    | Jumlah indikator       |                      |        |      3 |
+----+------------------------+----------------------+--------+--------+

Teks sesudah tabel.
"""


def test_grid_rows_join_wrapped_cells_and_keep_the_first_line() -> None:
    source = _parse(GRID)
    [table] = source.tables
    assert (table.shape, table.line, table.end_line, table.width) == ("grid", 2, 15, 5)
    assert table.header_rows == 1
    assert _texts(table) == [
        ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target 2024"],
        ["1", "Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan Masyarakat",
         "Nilai", "82,00"],
        ["", "", "Persentase layanan tepat waktu", "%", "95,00"],
        ["2", "Meningkatnya tata kelola kelurahan", "Nilai evaluasi kelurahan", "Nilai",
         "75,00"],
        ["", "Jumlah indikator", "", "", "3"],
    ]
    assert [(row.line, row.end_line) for row in table.rows] == [
        (3, 4), (6, 7), (8, 9), (11, 12), (14, 14)
    ]
    assert table.rows[2].cells[2].line == 8
    assert table.caption == "Tabel 2.2 Perjanjian Kinerja Tahun 2024"


def test_grid_lines_are_no_pipe_rows_nor_headings() -> None:
    source = _parse(GRID)
    assert [table.shape for table in source.tables] == ["grid"]
    assert not any(2 <= heading.line <= 15 for heading in source.headings)


def test_two_grids_drawn_one_under_the_other_are_two_tables() -> None:
    text = (
        "+----+----------------+--------+\n"
        "| No | Program        | Target |\n"
        "+====+================+========+\n"
        "| 1  | Program A      |  10,00 |\n"
        "| 2  | Program B      |  20,00 |\n"
        "+----+----------------+--------+\n"
        "+----+-----------+---------------+\n"
        "| No | Program   | Anggaran (Rp) |\n"
        "+====+===========+===============+\n"
        "| 1  | Program A |     1.000.000 |\n"
        "| 2  | Program B |     2.000.000 |\n"
        "+----+-----------+---------------+\n"
    )
    first, second = _parse(text).tables
    assert (first.line, first.end_line, second.line, second.end_line) == (1, 6, 7, 12)
    assert _texts(second)[2] == ["2", "Program B", "2.000.000"]


# --- space-aligned columns -------------------------------------------------------------

LAYOUT = """\
Tabel 3.2 Pengukuran Kinerja Tahun 2023
No   Sasaran                    Indikator Kinerja               Target   Realisasi   Capaian
                                                                                       (%)
 1   Meningkatnya kesetaraan    Indeks Pembangunan Gender        91,20       91,46    100,29
     gender dan keberdayaan     (IPG)
     perempuan
                                Indeks Pemberdayaan Gender       70,50       71,13    100,89
 2   Meningkatnya pemenuhan     Jumlah desa layak anak              24          26    108,33
     hak anak
     Rata-rata capaian                                                                102,83

Paragraf sesudah tabel.
"""


def test_layout_columns_wrapped_cells_rowspan_and_two_line_header() -> None:
    source = _parse(LAYOUT)
    [table] = source.tables
    assert (table.shape, table.line, table.end_line, table.header_rows) == ("layout", 2, 10, 1)
    assert _texts(table) == [
        ["No", "Sasaran", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
        ["1", "Meningkatnya kesetaraan gender dan keberdayaan perempuan",
         "Indeks Pembangunan Gender (IPG)", "91,20", "91,46", "100,29"],
        ["", "", "Indeks Pemberdayaan Gender", "70,50", "71,13", "100,89"],
        ["2", "Meningkatnya pemenuhan hak anak", "Jumlah desa layak anak", "24", "26",
         "108,33"],
        ["", "Rata-rata capaian", "", "", "", "102,83"],
    ]
    assert [(row.line, row.end_line) for row in table.rows] == [
        (2, 3), (4, 6), (7, 7), (8, 9), (10, 10)
    ]
    assert table.caption == "Tabel 3.2 Pengukuran Kinerja Tahun 2023"


def test_layout_table_without_a_numbering_column_wraps_its_first_column() -> None:
    text = (
        "Indikator                          Realisasi   Realisasi   Capaian\n"
        "                                      2022        2023     2023 (%)\n"
        "Persentase kasus kekerasan             91,60       95,16     100,17\n"
        "terhadap perempuan yang\n"
        "tertangani\n"
        "Jumlah desa layak anak                    18          26     108,33\n"
    )
    [table] = _parse(text).tables
    assert _texts(table) == [
        ["Indikator", "Realisasi 2022", "Realisasi 2023", "Capaian 2023 (%)"],
        ["Persentase kasus kekerasan terhadap perempuan yang tertangani", "91,60", "95,16",
         "100,17"],
        ["Jumlah desa layak anak", "18", "26", "108,33"],
    ]
    assert [row.line for row in table.rows] == [1, 3, 6]


PAGED = """\
Tabel 3.11 Realisasi Anggaran Tahun 2023
Kode           Program/Kegiatan                Anggaran (Rp)   Realisasi (Rp)       %
2.08.01        Program Penunjang Urusan            3.000.000        2.900.000   96,67
               Pemerintahan Daerah
2.08.01.2.01   Perencanaan dan Evaluasi            1.000.000          950.000   95,00

                                 12
\f                 LKjIP Dinas Contoh Kabupaten Contoh Tahun 2023

Kode           Program/Kegiatan                Anggaran (Rp)   Realisasi (Rp)       %
2.08.01.2.02   Administrasi Keuangan               2.000.000        1.950.000   97,50
               JUMLAH                              3.000.000        2.900.000   96,67

                                 13
\f                 LKjIP Dinas Contoh Kabupaten Contoh Tahun 2023

Uraian penutup laporan.
                                 14
\f                 LKjIP Dinas Contoh Kabupaten Contoh Tahun 2023
"""


def test_layout_table_cut_by_a_page_break_is_one_table_without_its_repeated_header() -> None:
    source = _parse(PAGED)
    [table] = source.tables
    assert (table.line, table.end_line) == (2, 12)
    assert table.continued_from_page_break
    assert table.dropped_lines == (10,)
    assert [row.line for row in table.rows] == [2, 3, 5, 11, 12]
    assert _texts(table)[1][1] == "Program Penunjang Urusan Pemerintahan Daerah"
    assert _texts(table)[4] == ["", "JUMLAH", "3.000.000", "2.900.000", "96,67"]
    assert {7, 8, 14, 15} <= source.page_header_lines


def test_paragraph_with_double_spaces_is_no_table() -> None:
    text = (
        "Target  kinerja  tahun  ini  telah  dicapai  dengan  baik  oleh  seluruh  bidang\n"
        "dan  realisasi  anggaran  mencapai  97,42%  dari  pagu  yang  tersedia  pada\n"
        "tahun  2023  sesuai  dengan  rencana  kerja.\n"
    )
    assert _parse(text).tables == ()


def test_table_of_contents_with_dot_leaders_is_no_table() -> None:
    text = (
        "DAFTAR ISI\n"
        "\n"
        "KATA PENGANTAR ...............................................    i\n"
        "BAB I PENDAHULUAN ............................................    1\n"
        "   A. Latar Belakang .........................................    1\n"
        "BAB II PERENCANAAN KINERJA ...................................    4\n"
        "   A. Rencana Strategis ......................................    4\n"
        "   B. Perjanjian Kinerja .....................................    5\n"
        "BAB III AKUNTABILITAS KINERJA ................................    6\n"
        "   A. Capaian Kinerja Organisasi .............................    6\n"
        "   B. Realisasi Anggaran .....................................   12\n"
    )
    assert _parse(text).tables == ()


def test_signature_columns_are_no_table() -> None:
    text = (
        "                                          Tanjung Seruni, 5 Januari 2023\n"
        "Pihak Kedua,                              Pihak Pertama,\n"
        "Bupati Contoh,                            Kepala Dinas,\n"
        "Ir. H. Nama Contoh, M.M.                  Dra. Nama Contoh, M.Si.\n"
    )
    assert _parse(text).tables == ()
