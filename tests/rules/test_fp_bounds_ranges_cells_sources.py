"""False findings on reports written in ways the checker had not seen, and the defects of
the same kind that must still be found.

- CON002: a percentage after a bound ("penyerapan anggaran di bawah 100%") compares with
  a threshold; it states no rate of absorption.
- CON015: a national range ("batas ... sebesar 5,00 % sampai 9,00 %") is a standard, not
  the indicator's realisasi.
- CON010: a link-table cell that lists two programs ("Program A dan Program B") names
  each of them, not one program spelt differently; a name holding "dan" stays whole.
- HYG002: a source line citing the reports of earlier years ("Sumber: LKjIP DLH Tahun
  2020 dan 2021, diolah") is no stale title; a PK of an earlier year signed in the
  reporting year, and a realisasi cut off at the end of an earlier year, are stale.
"""

from __future__ import annotations

import pytest

# -- CON002: a bound before a percentage -----------------------------------------------------

BUDGET_REPORT = """\
LAPORAN KINERJA INSTANSI PEMERINTAH
DINAS CONTOH KABUPATEN SUKAMAJU
TAHUN 2023

BAB III AKUNTABILITAS KINERJA

B. Realisasi Anggaran

Tabel 3.5 Realisasi Anggaran Tahun 2023

No\tProgram/Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%
1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t400.000.000\t380.000.000\t95,00
\tJumlah\t400.000.000\t380.000.000\t95,00

Realisasi anggaran Dinas sebesar Rp 380.000.000 dari pagu Rp 400.000.000 atau 95,00%. {sentence}
"""


@pytest.mark.parametrize("sentence", [
    "Dengan penyerapan anggaran di bawah 100% tersebut, seluruh target kinerja tercapai.",
    "Penyerapan anggaran yang kurang dari 100% berasal dari efisiensi belanja.",
    "Serapan anggaran mencapai hampir 100% tanpa mengurangi hasil kegiatan.",
    "Realisasi anggaran lebih dari 90% menunjukkan perencanaan yang baik.",
])
def test_con002_a_bound_before_a_percentage_is_no_stated_rate(check_inline, sentence):
    assert check_inline(BUDGET_REPORT.format(sentence=sentence), "CON002",
                        path="laporan.txt") == []


def test_con002_still_reports_a_stated_rate_unlike_the_table(check_inline):
    sentence = "Dengan penyerapan anggaran sebesar 100% tersebut, seluruh target tercapai."
    found = check_inline(BUDGET_REPORT.format(sentence=sentence), "CON002", path="laporan.txt")
    assert [(rule, line) for rule, line, _ in found] == [("CON002", 15)]
    assert "tertulis 100%" in found[0][2]


# -- CON015: a national range named after the indicator ---------------------------------------

INDICATOR_REPORT = """\
LAPORAN KINERJA INSTANSI PEMERINTAH
DINAS PERDAGANGAN KOTA CONTOH
TAHUN 2023

BAB III AKUNTABILITAS KINERJA

A. Capaian Kinerja Organisasi

Tabel 3.2 Pengukuran Kinerja Tahun 2023

No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)
1\tKoefisien variasi harga barang pokok\t4,50\t4,05\t110,00

B. Analisis Capaian

{sentence}
"""


@pytest.mark.parametrize("sentence", [
    "Kementerian Perdagangan menetapkan batas koefisien variasi harga barang pokok "
    "antarwaktu sebesar 5,00 % sampai 9,00 % sebagai rentang harga yang masih wajar.",
    "Rentang wajar koefisien variasi harga barang pokok sebesar 5 - 9 persen.",
])
def test_con015_a_range_is_a_standard_not_the_realisasi(check_inline, sentence):
    assert check_inline(INDICATOR_REPORT.format(sentence=sentence), "CON015",
                        path="laporan.txt") == []


@pytest.mark.parametrize("sentence", [
    "Realisasi koefisien variasi harga barang pokok sebesar 5,00 %.",
    # A cut-off date after the figure is no upper end of a range.
    "Realisasi koefisien variasi harga barang pokok sebesar 5,00 % sampai dengan 31 "
    "Desember 2023.",
])
def test_con015_still_reports_a_realisasi_unlike_the_table(check_inline, sentence):
    found = check_inline(INDICATOR_REPORT.format(sentence=sentence), "CON015",
                         path="laporan.txt")
    assert [(rule, line) for rule, line, _ in found] == [("CON015", 16)]
    assert "5,00%" in found[0][2] and "4,05" in found[0][2]


# -- CON010: two programs in one cell of a link table -----------------------------------------

PROGRAM_A = "Program Pengelolaan Persampahan"
PROGRAM_B = ("Program Peningkatan Pendidikan, Pelatihan dan Penyuluhan Lingkungan Hidup untuk "
             "Masyarakat")
# An official name holding "dan": it must not be split.
PROGRAM_C = "Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup"
LINK_REPORT = f"""\
LAPORAN KINERJA INSTANSI PEMERINTAH
DINAS LINGKUNGAN HIDUP KABUPATEN SUKAMAJU
TAHUN 2022

BAB III AKUNTABILITAS KINERJA

B. Realisasi Anggaran

Tabel 3.5 Realisasi Anggaran Tahun 2022

No\tProgram/Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%
1\t{PROGRAM_A}\t500.000.000\t490.000.000\t98,00
2\t{PROGRAM_B}\t100.000.000\t90.000.000\t90,00
3\t{PROGRAM_C}\t200.000.000\t190.000.000\t95,00
\tJumlah\t800.000.000\t770.000.000\t96,25

Tabel 3.6 Anggaran per Sasaran Strategis Tahun 2022

No\tSasaran Strategis\tProgram\tAnggaran (Rp)\tRealisasi (Rp)\t%
1\tMeningkatnya kualitas lingkungan hidup\t{PROGRAM_C}\t200.000.000\t190.000.000\t95,00
2\tMeningkatnya pengelolaan sampah\t{{cell}}\t600.000.000\t580.000.000\t96,67
"""


@pytest.mark.parametrize("cell", [
    f"{PROGRAM_A} dan {PROGRAM_B}",
    f"{PROGRAM_A}, {PROGRAM_B}",
])
def test_con010_a_cell_listing_two_programs_names_each(check_inline, cell):
    assert check_inline(LINK_REPORT.format(cell=cell), "CON010", "CAS003",
                        path="laporan.txt") == []


def test_con010_still_reports_a_listed_program_spelt_differently(check_inline):
    misspelt = PROGRAM_B.replace("Lingkungan Hidup", "Lingkungan")
    found = check_inline(LINK_REPORT.format(cell=f"{PROGRAM_A} dan {misspelt}"), "CON010",
                         path="laporan.txt")
    assert [(rule, line) for rule, line, _ in found] == [("CON010", 21)]
    assert f"'{misspelt}'" in found[0][2] and PROGRAM_A not in found[0][2]


def test_con010_a_name_holding_dan_stays_whole(check_inline):
    # Were "dan/atau" a list word, "Kerusakan Lingkungan" would be a second name.
    misspelt = PROGRAM_C.replace("Lingkungan Hidup", "Lingkungan")
    report = LINK_REPORT.format(cell=f"{PROGRAM_A} dan {PROGRAM_B}").replace(
        f"hidup\t{PROGRAM_C}", f"hidup\t{misspelt}")
    found = check_inline(report, "CON010", path="laporan.txt")
    assert [(rule, line) for rule, line, _ in found] == [("CON010", 20)]
    assert f"'{misspelt}'" in found[0][2]


# -- HYG002: sources, signing dates and cut-off dates -----------------------------------------

YEAR_REPORT = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH DINAS CONTOH KABUPATEN SUKAMAJU TAHUN {year}

## BAB III AKUNTABILITAS KINERJA

Tabel 3.3 Perbandingan Realisasi Indeks Kualitas Lingkungan Hidup

| Indikator | 2020 | 2021 | {year} |
|---|---|---|---|
| Indeks Kualitas Lingkungan Hidup | 66,10 | 67,40 | 69,13 |

{text}
"""


def _hyg002(check_inline, text: str, year: int = 2022) -> list[tuple[int | None, str]]:
    found = check_inline(YEAR_REPORT.format(year=year, text=text), "HYG002")
    return [(line, message) for _, line, message in found]


@pytest.mark.parametrize("text", [
    "Sumber: LKjIP DLH Tahun 2020 dan 2021, Renstra DLH 2021-2026, diolah",
    "*Sumber data: Laporan Kinerja Dinas Contoh Tahun 2021*",
])
def test_hyg002_a_source_line_citing_earlier_reports_is_no_stale_title(check_inline, text):
    assert _hyg002(check_inline, text) == []


def test_hyg002_still_reports_the_report_named_with_an_earlier_year(check_inline):
    found = _hyg002(check_inline, "Laporan Kinerja Dinas Contoh Tahun 2021 ini disusun "
                    "sebagai pertanggungjawaban kinerja.")
    assert [line for line, _ in found] == [11]
    assert 'Tahun pada nama laporan "2021"' in found[0][1]


def test_hyg002_reports_an_earlier_pk_signed_in_the_reporting_year(check_inline):
    text = ("Perjanjian Kinerja Tahun 2022 ditandatangani pada tanggal 4 Januari 2023 oleh "
            "Kepala Dinas Contoh dan Bupati Sukamaju.")
    found = _hyg002(check_inline, text, year=2023)
    assert [line for line, _ in found] == [11]
    assert 'Tahun Perjanjian Kinerja "2022"' in found[0][1]
    # The PK of the year, signed at its start, is right.
    assert _hyg002(check_inline, text.replace("Tahun 2022", "Tahun 2023"), year=2023) == []


@pytest.mark.parametrize("text", [
    "Realisasi anggaran sampai dengan 31 Desember 2022 sebesar Rp 46.090.725.000 atau "
    "97,05%.",
    # The date wrapped onto the next line.
    "Pada Tahun Anggaran 2023 pagu Dinas Rp 47.493.250.000. Realisasi sampai dengan 31 "
    "Desember\n2022 sebesar Rp 46.090.725.000 atau 97,05%.",
])
def test_hyg002_reports_a_realisasi_cut_off_at_an_earlier_year_end(check_inline, text):
    found = _hyg002(check_inline, text, year=2023)
    assert [line for line, _ in found] == [11]
    assert 'Tanggal batas realisasi "2022"' in found[0][1]


@pytest.mark.parametrize("text", [
    "Realisasi anggaran sampai dengan 31 Desember 2023 sebesar Rp 46.090.725.000.",
    # Last year's realisasi as the comparison.
    "Realisasi tahun ini lebih tinggi dibandingkan realisasi sampai dengan 31 Desember 2022 "
    "sebesar Rp 40.000.000.000.",
    # Data of the end of the year before, not the year's realisasi.
    "Jumlah penduduk per 31 Desember 2022 sebanyak 120.000 jiwa.",
])
def test_hyg002_a_cut_off_of_the_year_or_a_comparison_is_right(check_inline, text):
    assert _hyg002(check_inline, text, year=2023) == []
