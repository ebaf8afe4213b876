"""Pandoc's plain-text tables ("simple tables" and "multiline tables") are read as tables.

A report converted with pandoc to markdown or plain text writes a table as columns
aligned with spaces under a line of dash runs, one run per column. A multiline table is
framed by full-width dash lines, its header may wrap over lines, and its rows are
separated by blank lines, a cell wrapping within its column. Read as space-aligned text,
the frame line joined the table's title and the whole table was one row: a Perjanjian
Kinerja of two sasaran and three indicators "held one of each", and CNT002/CNT003
reported the narrative's true counts as wrong.
"""

from __future__ import annotations

import pytest

from checker.text import Table, parse_source

PK_MULTILINE = """\
  ---------------------------------------------------------------------
  No   Sasaran Strategis        Indikator Kinerja        Satuan   Target
                                                                Tahunan
  ---  -----------------------  -----------------------  ------  -------
  1    Meningkatnya             Cadangan pangan          Ton      300,00
       ketahanan pangan         pemerintah daerah
       daerah

                                Luas lahan pangan yang   Ha       120,00
                                terairi

  2    Meningkatnya kualitas    Indeks kepuasan          Indeks    80,00
       layanan publik           masyarakat
  ---------------------------------------------------------------------
"""

PROGRAM_SIMPLE = """\
  No  Program                                        Anggaran (Rp)
  --  -------------------------------------------  ---------------
  1   Program Penyediaan Sarana Pertanian              500.000.000
  2   Program Penunjang Urusan Pemerintahan Daerah     300.000.000
      Jumlah                                           800.000.000
"""

REPORT = f"""\
# LAPORAN KINERJA INSTANSI PEMERINTAH DINAS CONTOH KABUPATEN SUKAMAJU TAHUN 2024

## BAB II PERENCANAAN KINERJA

{{claim}}

Tabel 2.2 Perjanjian Kinerja Tahun 2024

{PK_MULTILINE}
Anggaran program yang diperjanjikan:

{PROGRAM_SIMPLE}
## BAB III AKUNTABILITAS KINERJA
"""

TRUE_CLAIM = ("Perjanjian Kinerja memuat 2 (dua) sasaran strategis dan 3 (tiga) indikator "
              "kinerja. Sasaran 1 terdiri dari 2 indikator.")

PK_CELLS = [
    ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target Tahunan"],
    ["1", "Meningkatnya ketahanan pangan daerah", "Cadangan pangan pemerintah daerah", "Ton",
     "300,00"],
    ["", "", "Luas lahan pangan yang terairi", "Ha", "120,00"],
    ["2", "Meningkatnya kualitas layanan publik", "Indeks kepuasan masyarakat", "Indeks",
     "80,00"],
]


def _cells(table: Table) -> list[list[str]]:
    return [list(row.texts) for row in table.rows]


def _only_table(text: str) -> Table:
    tables = parse_source(text).tables
    assert len(tables) == 1, [table.line for table in tables]
    return tables[0]


# -- reading ------------------------------------------------------------------------------


def test_multiline_table_rows_are_separated_by_blank_lines():
    source = parse_source(REPORT.format(claim=TRUE_CLAIM))
    pk, program = source.tables
    assert _cells(pk) == PK_CELLS
    assert pk.header_rows == 1
    # The frame lines belong to the table, not to its title; rows keep their lines.
    assert (pk.line, pk.end_line) == (9, 22)
    assert pk.caption == "Tabel 2.2 Perjanjian Kinerja Tahun 2024"
    assert [(row.line, row.end_line) for row in pk.body] == [(13, 15), (17, 18), (20, 21)]
    assert _cells(program)[0] == ["No", "Program", "Anggaran (Rp)"]
    assert (program.line, program.end_line) == (26, 30)


def test_simple_table_header_has_no_dashes_and_each_line_is_a_row():
    table = _only_table("Teks.\n\n" + PROGRAM_SIMPLE + "\nTeks sesudah tabel.\n")
    assert _cells(table) == [
        ["No", "Program", "Anggaran (Rp)"],
        ["1", "Program Penyediaan Sarana Pertanian", "500.000.000"],
        ["2", "Program Penunjang Urusan Pemerintahan Daerah", "300.000.000"],
        ["", "Jumlah", "800.000.000"],
    ]
    assert table.header_rows == 1


def test_headerless_multiline_table_and_caption_after_it():
    text = (
        "Teks.\n\n"
        "---------  ----------------------  -------\n"
        "1          Meningkatnya ketahanan   300,00\n"
        "           pangan daerah\n"
        "\n"
        "2          Meningkatnya kualitas     80,00\n"
        "           layanan publik\n"
        "---------  ----------------------  -------\n"
        "\n"
        ": Target sasaran tahun 2024\n"
    )
    table = _only_table(text)
    assert _cells(table) == [
        ["1", "Meningkatnya ketahanan pangan daerah", "300,00"],
        ["2", "Meningkatnya kualitas layanan publik", "80,00"],
    ]
    assert table.header_rows == 0
    assert (table.caption, table.caption_line) == ("Target sasaran tahun 2024", 11)


def test_headerless_simple_table_and_caption_before_it():
    text = (
        "Table: Jumlah pegawai\n"
        "\n"
        "--  -----------  ---\n"
        "1   Sekretariat   38\n"
        "2   Bidang A      27\n"
        "--  -----------  ---\n"
    )
    table = _only_table(text)
    assert _cells(table) == [["1", "Sekretariat", "38"], ["2", "Bidang A", "27"]]
    assert (table.caption, table.caption_line) == ("Jumlah pegawai", 1)


@pytest.mark.parametrize("text", [
    # A thematic break between two paragraphs.
    "Paragraf satu.\n\n---\n\nParagraf dua.\n",
    # A setext heading's underline.
    "Judul Bagian\n------------\n\nIsi bagian.\n",
    # A rule of single dashes.
    "Paragraf.\n\n- - - -\n\nParagraf.\n",
    # A multiline frame never closed.
    "Teks.\n\n--------------\nNo  Nama\n--  ----------\n1   Satu\n\nTeks tanpa penutup.\n",
])
def test_dash_lines_that_frame_no_table_are_left_alone(text):
    assert parse_source(text).tables == ()


# -- the counts the rules compare --------------------------------------------------------


def test_true_counts_against_a_multiline_pk_are_silent(check_inline):
    assert check_inline(REPORT.format(claim=TRUE_CLAIM), "CNT002", "CNT003") == []


def test_wrong_counts_against_a_multiline_pk_are_still_found(check_inline):
    claim = ("Perjanjian Kinerja memuat 2 (dua) sasaran strategis dan 4 (empat) indikator "
             "kinerja. Sasaran 1 terdiri dari 3 indikator.")
    findings = check_inline(REPORT.format(claim=claim), "CNT002", "CNT003", lang="en")
    assert sorted(rule for rule, _, _ in findings) == ["CNT002", "CNT003"]
    by_rule = {rule: message for rule, _, message in findings}
    assert "states 4 indikator" in by_rule["CNT002"]
    assert "lists 3 indikator" in by_rule["CNT002"]
    assert "lists 2 for that sasaran" in by_rule["CNT003"]
    assert all(line == 5 for _, line, _ in findings)
