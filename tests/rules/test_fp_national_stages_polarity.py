"""False findings on reports written in ways the checker had not seen, and the defects of
the same kind that must still be found.

- STR004: a figure set above or below the national one is the comparison with a national
  standard; "ditunjang (oleh) Program ..." names the supporting program; a change told
  year by year ("dari X pada 2022 menjadi Y pada 2023") or a table of year columns over
  Target | Realisasi compares with the years before.
- STR010: "belum mencapai target karena ..." names the problem; a plan for the coming
  year anywhere after it, or "Untuk tahun 2025 ... telah menyusun ...", is the step.
- CAP001: an indicator the narrative says is "berpolaritas negatif" is recomputed as one.
- CON006: a table printing each program's pagu at each stage of the year (APBD Murni |
  Setelah Refocusing | APBD Perubahan) states the final one as the program's pagu, and
  the narrative may still quote the original total.
"""

from __future__ import annotations

import pytest
from conftest import edited, flatten

# One sasaran; the analyses (2), (4) and (7) are the lines each STR004 test rewrites.
BODY = """\
[[agreements]]
sasaran = "Meningkatnya akses masyarakat terhadap energi listrik"
indikator = "Rasio elektrifikasi"
target = "99"

[[outline]]
kind = "bab_3"
text = "BAB III AKUNTABILITAS KINERJA"
# Sasaran 1: Meningkatnya akses masyarakat terhadap energi listrik
# Target dan realisasi tahun 2024: 99,24 dari target 99,10.
# ANALYSIS_2
# Terhadap target akhir Renstra 99,60 capaiannya 99,64%.
# ANALYSIS_4
# Penyebab keberhasilan adalah perluasan jaringan listrik perdesaan.
# Efisiensi: anggaran terserap 96,95%.
# ANALYSIS_7

[[outline]]
kind = "bab_4"
text = "BAB IV PENUTUP"
"""

_SECOND = "Realisasi tahun lalu 98,86."
_FOURTH = "Angka ini masih di bawah rasio elektrifikasi nasional 99,79% pada tahun yang sama."
_SEVENTH = "Sasaran ini ditunjang Program Pengelolaan Ketenagalistrikan."


def _str004(check, second: str = _SECOND, fourth: str = _FOURTH,
            seventh: str = _SEVENTH) -> list[str]:
    body = edited(BODY, ("ANALYSIS_2", second), ("ANALYSIS_4", fourth),
                  ("ANALYSIS_7", seventh))
    return [message for _, _, message in flatten(check(body, "STR004").findings)]


@pytest.mark.parametrize("fourth", [
    _FOURTH,
    "NTN di atas NTN nasional tahun 2024 sebesar 104,88.",
    "Menurut kategori nasional Kementerian PANRB, nilai di atas 70 termasuk kategori BB.",
])
def test_str004_a_figure_against_the_national_one_is_the_fourth_analysis(check, fourth):
    assert _str004(check, fourth=fourth) == []


@pytest.mark.parametrize("fourth", [
    # A figure against this year's target, and a national event with a year: no
    # comparison with the nation's figure.
    "Angka ini masih di bawah target 99,50% pada tahun yang sama.",
    "Kegiatan digelar di atas panggung Hari Listrik Nasional tahun 2024.",
])
def test_str004_without_a_national_figure_the_fourth_analysis_is_missing(check, fourth):
    found = _str004(check, fourth=fourth)
    assert len(found) == 1 and "(4) perbandingan dengan standar nasional" in found[0]


@pytest.mark.parametrize("seventh", [
    _SEVENTH,
    "Sasaran ini ditunjang oleh Program Pengelolaan Ketenagalistrikan dengan pagu Rp 5.000.000.",
    "Capaian ini didukung oleh kegiatan Pembinaan Usaha Ketenagalistrikan.",
])
def test_str004_a_sasaran_supported_by_a_program_names_the_seventh(check, seventh):
    assert _str004(check, seventh=seventh) == []


def test_str004_without_a_program_the_seventh_analysis_is_missing(check):
    found = _str004(check, seventh="Sasaran ini ditunjang kerja keras seluruh pegawai.")
    assert len(found) == 1 and "(7) program/kegiatan yang menunjang" in found[0]


@pytest.mark.parametrize("second", [
    "Rasio elektrifikasi meningkat dari 98,41 pada 2022 menjadi 99,24 pada 2024.",
    "Bauran EBT naik dari 11,85% pada tahun 2023 menjadi 13,92%.",
])
def test_str004_a_change_over_the_years_is_the_second_analysis(check, second):
    assert _str004(check, second=second) == []


# A table of year columns over the target and realisasi of each (ANALYSIS_2 and the
# line after it, which BODY leaves as the (3) analysis).
_YEARS = "Indikator | Tahun 2023 | Tahun 2024"
_UNDER = "Target | Realisasi | Target | Realisasi"


def _years(check, years: str, under: str) -> list[str]:
    body = edited(BODY, ("ANALYSIS_2", years), ("ANALYSIS_4", _FOURTH),
                  ("ANALYSIS_7", _SEVENTH),
                  ("# Terhadap target akhir Renstra 99,60 capaiannya 99,64%.",
                   f"# {under}"))
    body = body.replace("# Target dan realisasi tahun 2024",
                        "# Terhadap target akhir Renstra 99,60; target dan realisasi 2024")
    return [message for _, _, message in flatten(check(body, "STR004").findings)]


def test_str004_a_table_of_the_years_realisasi_is_the_second_analysis(check):
    assert _years(check, _YEARS, _UNDER) == []


@pytest.mark.parametrize(("years", "under"), [
    ("Indikator | Tahun 2024 | Tahun 2025", _UNDER),  # no earlier year
    # The earlier year with its target only: no earlier realisasi to compare.
    ("Indikator | Tahun 2024 | % | Tahun 2023", "Target | Realisasi | Target"),
    # Figures: a body row, no header over the realisasi.
    ("Rasio 2023 98,86 2024 99,24", _UNDER),
])
def test_str004_a_table_without_earlier_realisasi_is_no_second_analysis(check, years, under):
    found = _years(check, years, under)
    assert len(found) == 1 and "(2) perbandingan dengan tahun lalu" in found[0]


def test_str004_years_printed_under_their_realisasi_columns_are_the_second_analysis(check):
    # A header a PDF laid out with spaces wraps over two lines.
    assert _years(check, "Indikator   Realisasi   Realisasi   Capaian",
                  "2023        2024        2024 (%)") == []


@pytest.mark.parametrize(("names", "years"), [
    ("Indikator   Realisasi   Realisasi", "2024        2025"),  # no earlier year
    ("Indikator   Realisasi   Capaian", "2023   98,86   100,52"),  # a body row
])
def test_str004_years_under_realisasi_need_an_earlier_year_and_nothing_else(
        check, names, years):
    found = _years(check, names, years)
    assert len(found) == 1 and "(2) perbandingan dengan tahun lalu" in found[0]


@pytest.mark.parametrize("second", [
    # This year's figures only: no earlier year.
    "Rasio elektrifikasi meningkat dari 98,41 pada Juni 2024 menjadi 99,24.",
    "Rasio elektrifikasi tahun 2024 meningkat menjadi 99,24.",
])
def test_str004_without_an_earlier_year_the_second_analysis_is_missing(check, second):
    found = _str004(check, second=second)
    assert len(found) == 1 and "(2) perbandingan dengan tahun lalu" in found[0]


# -- STR010 -----------------------------------------------------------------------------------

REPORT = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH DINAS CONTOH KABUPATEN SUKAMAJU TAHUN 2023

## IKHTISAR EKSEKUTIF

{ikhtisar}

## BAB I PENDAHULUAN

Dinas Contoh melaksanakan urusan pelayanan.
"""

_IKHTISAR = ("Dinas menetapkan 2 (dua) sasaran strategis. Capaian kinerja rata-rata 98,50%. "
             "Satu indikator belum mencapai target karena lonjakan permohonan pada triwulan "
             "IV yang memerlukan verifikasi lintas perangkat daerah.")
# A budget paragraph between the problem and the plan.
_BUDGET = ("Kinerja didukung 6 (enam) program dengan pagu anggaran Rp 6.652.430.000 yang "
           "terealisasi Rp 6.432.507.270 atau 96,69%, sehingga terdapat sisa anggaran Rp "
           "219.922.730 yang terutama berasal dari efisiensi belanja pegawai, belanja jasa "
           "kantor, belanja perjalanan dinas dan belanja pemeliharaan kendaraan operasional "
           "yang dapat ditekan karena sebagian kegiatan koordinasi dilaksanakan secara daring "
           "dan sebagian pengadaan memperoleh harga lebih rendah dari harga perkiraan.")


def _str010(check_inline, ikhtisar: str) -> list[str]:
    return [message for _, _, message in check_inline(REPORT.format(ikhtisar=ikhtisar),
                                                      "STR010", path="laporan.txt")]


@pytest.mark.parametrize("plan", [
    "Pada tahun 2024 dinas akan menambah petugas verifikasi teknis melalui tim bersama.",
    "Untuk tahun 2024 dinas telah menyusun jadwal verifikasi bergilir dan melibatkan "
    "tenaga teknis dari perangkat daerah lain.",
])
def test_str010_a_plan_after_a_target_missed_because_of_a_cause_is_a_step(check_inline, plan):
    assert _str010(check_inline, f"{_IKHTISAR}\n\n{_BUDGET}\n\n{plan}") == []


@pytest.mark.parametrize("after", [
    "",  # no step at all
    "Pada tahun 2024 target dinas telah ditetapkan sebesar 95%.",  # a target, no act
    "Untuk tahun 2024 dinas telah mencapai kesepakatan jadwal.",  # done, nothing against it
])
def test_str010_still_reports_a_problem_without_a_step(check_inline, after):
    found = _str010(check_inline, f"{_IKHTISAR}\n\n{_BUDGET}\n\n{after}")
    assert len(found) == 1 and found[0].endswith("tidak memuat langkah mengatasi kendala.")


def test_str010_still_reports_an_ikhtisar_without_problem_or_step(check_inline):
    ikhtisar = "Dinas menetapkan 2 (dua) sasaran strategis. Capaian kinerja rata-rata 98,50%."
    found = _str010(check_inline, f"{ikhtisar}\n\n{_BUDGET}")
    assert len(found) == 1 and "kendala yang dihadapi dan langkah mengatasi kendala" in found[0]


# -- CAP001 -----------------------------------------------------------------------------------

CAPAIAN = """\
# LAPORAN KINERJA DINAS CONTOH TAHUN 2022

## BAB II PERENCANAAN KINERJA

{polarity}

## BAB III AKUNTABILITAS KINERJA

**Tabel 3.1 Capaian Kinerja Tahun 2022**

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Persentase pelanggaran pemanfaatan ruang di kawasan konservasi | % | 8,00 | 6,40 | {capaian} |
| 2 | Persentase kawasan konservasi yang dikelola efektif | % | 61,00 | 62,50 | 102,46 |
"""

_STATED = ("Indikator persentase pelanggaran pemanfaatan ruang di kawasan konservasi "
           "berpolaritas negatif: semakin rendah realisasinya semakin baik. Indikator "
           "lainnya berpolaritas positif.")


def _cap001(check_inline, polarity: str, capaian: str) -> list[str]:
    text = CAPAIAN.format(polarity=polarity, capaian=capaian)
    return [message for _, _, message in check_inline(text, "CAP001")]


@pytest.mark.parametrize("polarity", [
    _STATED,
    "Untuk indikator berpolaritas negatif, yaitu persentase pelanggaran pemanfaatan ruang "
    "di kawasan konservasi, capaian dihitung dengan rumus (2 x target - realisasi) / target.",
])
def test_cap001_a_polarity_stated_in_a_sentence_is_the_indicators(check_inline, polarity):
    assert _cap001(check_inline, polarity, "120,00") == []


def test_cap001_a_stated_negative_indicator_computed_wrongly_is_reported(check_inline):
    found = _cap001(check_inline, _STATED, "80,00")
    assert found == ["Capaian indikator 'Persentase pelanggaran pemanfaatan ruang di kawasan "
                     "konservasi' tertulis 80,00, sedangkan hasil hitung (2 x 8,00 - 6,40) / "
                     "8,00 x 100 = 120,00%."]


@pytest.mark.parametrize("polarity", [
    "Seluruh indikator dinas diukur setiap triwulan.",  # no polarity stated
    # Stated, but denied for this indicator.
    "Indikator persentase pelanggaran pemanfaatan ruang di kawasan konservasi tidak "
    "berpolaritas negatif.",
])
def test_cap001_without_a_statement_the_name_decides(check_inline, polarity):
    found = _cap001(check_inline, polarity, "120,00")
    assert len(found) == 1 and "6,40 / 8,00 x 100 = 80,00%" in found[0]


# -- CON006 -----------------------------------------------------------------------------------

STAGES = """\
# LAPORAN KINERJA DINAS CONTOH TAHUN 2021

## IKHTISAR EKSEKUTIF

Pagu anggaran dinas semula Rp 7.140.300.000 dan menjadi Rp 6.226.230.000 setelah \
Perubahan APBD.

## BAB II PERENCANAAN KINERJA

<table>
<caption>Tabel 2.3 Perubahan Pagu Anggaran per Program Tahun 2021</caption>
<tr><th rowspan="2">No</th><th rowspan="2">Program</th><th colspan="3">Pagu (Rp)</th></tr>
<tr><th>APBD Murni</th><th>Setelah Refocusing</th><th>APBD Perubahan</th></tr>
<tr><td>1</td><td>Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota</td>\
<td>5.612.400.000</td><td>5.498.200.000</td><td>5.437.930.000</td></tr>
<tr><td>2</td><td>Program Pengendalian Penduduk</td><td>1.527.900.000</td>\
<td>965.850.000</td><td>{final}</td></tr>
<tr><td></td><td><b>Jumlah</b></td><td><b>7.140.300.000</b></td><td><b>6.464.050.000</b>\
</td><td><b>6.226.230.000</b></td></tr>
</table>

## BAB III AKUNTABILITAS KINERJA

<table>
<caption>Tabel 3.6 Realisasi Anggaran per Program Tahun 2021</caption>
<tr><th>Kode</th><th>Program</th><th>Pagu APBD Perubahan (Rp)</th><th>Realisasi (Rp)</th>\
<th>%</th></tr>
<tr><td>2.14.01</td><td>Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota</td>\
<td>5.437.930.000</td><td>5.317.090.520</td><td>97,78</td></tr>
<tr><td>2.14.02</td><td>Program Pengendalian Penduduk</td><td>788.300.000</td>\
<td>766.587.350</td><td>97,25</td></tr>
<tr><td></td><td><b>Jumlah</b></td><td><b>6.226.230.000</b></td><td><b>6.083.677.870</b>\
</td><td><b>97,71</b></td></tr>
</table>
"""


def _con(check_inline, final: str) -> list[tuple]:
    return check_inline(STAGES.format(final=final), "CON006", "CON005", "CON002")


def test_con006_the_final_stage_is_the_pagu_and_the_original_may_be_quoted(check_inline):
    assert _con(check_inline, "788.300.000") == []


def test_con006_a_final_pagu_that_differs_is_reported(check_inline):
    found = [(rule, message) for rule, _, message in _con(check_inline, "798.300.000")
             if rule == "CON006"]
    assert found == [("CON006", "Pagu program 'Program Pengendalian Penduduk' tertulis Rp "
                      "798.300.000 di Tabel 2.3 Perubahan Pagu Anggaran per Program Tahun "
                      "2021 (baris 14), tetapi Rp 788.300.000 di Tabel 3.6 Realisasi Anggaran "
                      "per Program Tahun 2021 (baris 24).")]


REFOCUSED = """\
# LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2021

## BAB III AKUNTABILITAS KINERJA

Tabel 3.6 Realisasi Anggaran Tahun 2021
Kode\tProgram/Kegiatan/Sub Kegiatan\tAnggaran Murni (Rp)\tAnggaran Setelah Refocusing (Rp)\t\
Realisasi (Rp)\t%\tSisa (Rp)
7.01.01\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t1.200.000.000\t\
1.000.000.000\t{realisasi}\t95,00\t50.000.000
\tJumlah\t1.200.000.000\t1.000.000.000\t{realisasi}\t95,00\t50.000.000
"""


def test_a_budget_after_refocusing_is_the_pagu_its_rate_and_sisa_are_of():
    from checker.extract import extract_report
    from checker.text import parse_source

    report = extract_report(parse_source(REFOCUSED.format(realisasi="950.000.000")))
    (table,) = report.budgets
    assert table.total_pagu is not None and table.total_pagu.value == 1_000_000_000


def test_a_rate_that_fits_neither_stage_is_still_reported(check_inline):
    found = check_inline(REFOCUSED.format(realisasi="940.000.000"), "BUD004", "BUD005")
    # The program row (line 7) and the total (line 8), each against the refocused pagu.
    assert sorted((code, line) for code, line, _ in found) == [
        ("BUD004", 7), ("BUD004", 8), ("BUD005", 7), ("BUD005", 8)]
    assert all("Rp 1.000.000.000" in message for _, _, message in found
               if message.startswith("Sisa"))
