"""False findings on reports written another way, and the real defect still reported:

- CON006: a PK signed at the start of the year states each program's pagu murni (or
  pagu awal); the realisasi table prints it beside the pagu after the APBD Perubahan (or
  the refocusing). The PK, or a table copying it, equals the earlier stage of the same
  program: no inconsistency. A PK amount that equals no stage is still reported.
- CAS002, CNT003, INP001: a space-aligned PK table whose sasaran cell is merged down over
  its indikator (the sasaran text wrapping beside them, the No column filled once) holds
  one row per indikator, each with its own target; not one row gluing them.
"""

from __future__ import annotations

# -- CON006 -----------------------------------------------------------------------------------

PK_MURNI = """\
# LAPORAN KINERJA DINAS CONTOH TAHUN 2023

## BAB II PERENCANAAN KINERJA

**Tabel 2.3 Program dan Anggaran dalam Perjanjian Kinerja Tahun 2023**

| No | Program | Anggaran (Rp) |
|---|---|---|
| 1 | Program Pengelolaan Hutan | {pk} |
| 2 | Program Konservasi Sumber Daya Alam | 5.170.000.000 |

## BAB III AKUNTABILITAS KINERJA

**Tabel 3.4 Realisasi Anggaran per Program Tahun 2023**

| No | Program | Pagu Murni (Rp) | Pagu Perubahan (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|---|
| 1 | Program Pengelolaan Hutan | 35.580.000.000 | 36.330.000.000 | 35.000.000.000 | 96,34 |
| 2 | Program Konservasi Sumber Daya Alam | 5.170.000.000 | 5.010.000.000 | 4.900.000.000 | 97,80 |
| | Jumlah | 40.750.000.000 | 41.340.000.000 | 39.900.000.000 | 96,52 |
"""


def test_con006_a_pk_stating_the_pagu_murni_is_consistent(check_inline):
    assert check_inline(PK_MURNI.format(pk="35.580.000.000"), "CON006") == []


def test_con006_a_pk_amount_at_no_stage_of_the_program_is_reported(check_inline):
    found = check_inline(PK_MURNI.format(pk="35.850.000.000"), "CON006")
    assert [(code, line) for code, line, _ in found] == [("CON006", 9)]
    assert "Rp 36.330.000.000" in found[0][2] and "Rp 35.850.000.000" in found[0][2]


def test_con006_the_budget_rows_keep_their_earlier_pagu(check_inline):
    from checker.extract import extract_report
    from checker.text import parse_source

    report = extract_report(parse_source(PK_MURNI.format(pk="35.580.000.000"), "laporan.md"))
    [table] = report.budgets
    earlier = [[str(number.value) for number in item.earlier_pagu] for item in table.items]
    assert earlier == [["35580000000"], ["5170000000"]]


# A Lampiran copy of the PK's program table, titled without 'Perjanjian Kinerja' (read as
# an alokasi table), beside a realisasi table in thousands with a pagu awal column.
LAYOUT_BUDGETS = """\
BAB II PERENCANAAN KINERJA

Program dan Anggaran

No   Program                                       Anggaran (Rp)   Sasaran
 1   Program Peningkatan Produksi Perkebunan       {alokasi}   Sasaran 1
 2   Program Perlindungan Tanaman Perkebunan       1.189.100.000   Sasaran 2
     Jumlah                                        6.344.800.000

BAB III AKUNTABILITAS KINERJA

Tabel 3.7 Pagu Awal, Pagu setelah Refocusing dan Realisasi Anggaran Tahun 2020
(dalam ribuan rupiah)

Kode        Program/Kegiatan                           Pagu Awal   Pagu setelah    Realisasi      %
                                                                    Refocusing
1.2.03.15   Program Peningkatan Produksi Perkebunan    5.155.700      3.364.950    3.289.726  97,76
1.2.03.17   Program Perlindungan Tanaman Perkebunan    1.189.100        857.250      840.176  98,01
            JUMLAH                                     6.344.800      4.222.200    4.129.902  97,81
"""


def test_con006_a_table_stating_the_pagu_awal_is_consistent(check_inline):
    text = LAYOUT_BUDGETS.format(alokasi="5.155.700.000")
    assert check_inline(text, "CON006", path="laporan.txt") == []


def test_con006_a_table_stating_neither_pagu_is_reported(check_inline):
    text = LAYOUT_BUDGETS.format(alokasi="5.515.700.000")
    found = check_inline(text, "CON006", path="laporan.txt")
    # Reported at the later table's row: Tabel 3.7, line 17.
    assert [(code, line) for code, line, _ in found] == [("CON006", 17)]
    assert "Rp 5.515.700.000" in found[0][2] and "Rp 3.364.950.000" in found[0][2]


# -- a sasaran merged over its indikator, laid out with spaces ---------------------------------

SPANNED_PK = """\
BAB II PERENCANAAN KINERJA

Tabel 2.2 Perjanjian Kinerja Dinas Contoh Tahun 2020

No   Sasaran Strategis             Indikator Kinerja                         Target 2020
 1   Meningkatnya produksi dan     Produksi kelapa sawit perkebunan rakyat   412.500 ton TBS
     produktivitas komoditas       Produktivitas kelapa sawit perkebunan       14.200 kg/ha
     perkebunan unggulan           rakyat
                                   Produktivitas karet perkebunan rakyat          980 kg/ha
 2   Meningkatnya kesejahteraan    Nilai Tukar Petani subsektor perkebunan      101,50 poin
     dan kemandirian pekebun       rakyat
                                   Persentase kelompok tani pekebun kelas           32,00 %
                                   madya ke atas

BAB III AKUNTABILITAS KINERJA

Sasaran 1 diukur dengan {count} indikator kinerja.
"""


def _agreements(text: str) -> list[tuple[int, str, str, str]]:
    from checker.extract import extract_report
    from checker.text import parse_source

    report = extract_report(parse_source(text, "laporan.txt"))
    return [(row.where.line, row.sasaran or "", row.indikator or "",
             row.target.raw if row.target else "") for row in report.agreements]


def test_a_merged_sasaran_cell_holds_one_row_per_indikator():
    assert _agreements(SPANNED_PK.format(count="3 (tiga)")) == [
        (6, "Meningkatnya produksi dan produktivitas komoditas perkebunan unggulan",
         "Produksi kelapa sawit perkebunan rakyat", "412.500 ton TBS"),
        (7, "Meningkatnya produksi dan produktivitas komoditas perkebunan unggulan",
         "Produktivitas kelapa sawit perkebunan rakyat", "14.200 kg/ha"),
        (9, "Meningkatnya produksi dan produktivitas komoditas perkebunan unggulan",
         "Produktivitas karet perkebunan rakyat", "980 kg/ha"),
        (10, "Meningkatnya kesejahteraan dan kemandirian pekebun",
         "Nilai Tukar Petani subsektor perkebunan rakyat", "101,50 poin"),
        (12, "Meningkatnya kesejahteraan dan kemandirian pekebun",
         "Persentase kelompok tani pekebun kelas madya ke atas", "32,00 %"),
    ]


def test_a_merged_sasaran_cell_gives_no_glued_target(check_inline):
    text = SPANNED_PK.format(count="3 (tiga)")
    assert check_inline(text, "INP001", "CNT003", path="laporan.txt") == []


def test_a_wrong_count_under_a_merged_sasaran_is_still_reported(check_inline):
    found = check_inline(SPANNED_PK.format(count="4 (empat)"), "CNT003", path="laporan.txt")
    assert [(code, line) for code, line, _ in found] == [("CNT003", 17)]
    assert "memuat 3 indikator" in found[0][2]


def test_two_targets_in_one_row_of_a_numbered_table_are_still_unreadable(check_inline):
    # A row that writes two figures on one line is one cell holding two numbers.
    text = SPANNED_PK.format(count="3 (tiga)").replace("412.500 ton TBS", "412.500 / 9 ton")
    found = check_inline(text, "INP001", path="laporan.txt")
    assert [(code, line) for code, line, _ in found] == [("INP001", 6)]
