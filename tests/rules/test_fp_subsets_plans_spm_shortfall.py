"""False findings on reports written in ways the checker had not seen, and the defects of
the same kind that must still be found.

- CNT002: a count whose members are named between commas without "yaitu" ("Dua
  indikator, A dan B, bersifat negatif") counts a part, not the Perjanjian Kinerja.
- CNT001: programs "perangkat daerah dalam RKPD" are every agency's programs in the
  region's plan, and "program yang belum selaras" are those a property they lack sets
  apart: neither is the agency's own number of programs.
- STR004: the standar pelayanan minimal (SPM) is a national standard, and "pembanding
  nasional" names the comparison with the nation's reference.
- STR010: a figure short of its target with its cause ("baru 3,42 dari target 3,50,
  karena ...") names the problem.
"""

from __future__ import annotations

import pytest
from conftest import edited, flatten

# Two sasaran (two and three indicators), two programs with two kegiatan each.
REPORT = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH DINAS CONTOH KABUPATEN SUKAMAJU TAHUN 2023

## BAB II PERENCANAAN KINERJA

**Tabel 2.2 Perjanjian Kinerja Tahun 2023**

| No | Sasaran Strategis | Indikator Kinerja | Satuan | Target |
|---|---|---|---|---|
| 1 | Meningkatnya ketahanan pangan daerah | Cadangan pangan pemerintah | Ton | 300 |
|  |  | Luas lahan pangan yang terairi | Ha | 120 |
| 2 | Meningkatnya kualitas layanan | Indeks kepuasan masyarakat | Indeks | 80,00 |
|  |  | Persentase waktu tunggu layanan | % | 95,00 |
|  |  | Persentase pengaduan yang diselesaikan | % | 90,00 |

{bab2}

## BAB III AKUNTABILITAS KINERJA

### B. Realisasi Anggaran

**Tabel 3.3 Realisasi Anggaran per Program dan Kegiatan Tahun 2023**

| Kode | Program/Kegiatan | Pagu (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
|3.27.02|Program Penyediaan dan Pengembangan Sarana Pertanian|500.000.000|480.000.000|96,00|
| 3.27.02.1.01 | Pengawasan Peredaran Sarana Pertanian | 200.000.000 | 190.000.000 | 95,00 |
| 3.27.02.1.02 | Pengawasan Mutu dan Peredaran Benih Tanaman | 300.000.000 | 290.000.000 | 96,67 |
|3.27.03|Program Penyediaan dan Pengembangan Prasarana Pertanian|300.000.000|270.000.000|90,00|
| 3.27.03.1.01 | Penataan Prasarana Pertanian | 200.000.000 | 180.000.000 | 90,00 |
| 3.27.03.1.02 | Pembangunan Prasarana Pertanian | 100.000.000 | 90.000.000 | 90,00 |
|  | Jumlah | 800.000.000 | 750.000.000 | 93,75 |
"""


@pytest.fixture
def run(check_inline):
    """``run("CNT002", bab2=...)``: the rules' findings on REPORT, in English."""

    def check(*codes: str, bab2: str = "") -> list[tuple]:
        return check_inline(REPORT.format(bab2=bab2), *codes, lang="en")

    return check


# -- CNT002: members named between commas -------------------------------------------------


def test_a_part_named_between_commas_is_no_count_of_the_pk(run):
    bab2 = ("Perjanjian Kinerja memuat 2 (dua) sasaran dengan 5 (lima) indikator. Dua "
            "indikator, luas lahan pangan yang terairi dan waktu tunggu layanan, bersifat "
            "negatif (semakin rendah realisasi, semakin baik).")
    assert run("CNT002", bab2=bab2) == []


@pytest.mark.parametrize("bab2", [
    # The same subset, but the total stated wrongly beside it.
    "Perjanjian Kinerja memuat 4 indikator. Dua indikator, luas lahan dan waktu tunggu "
    "layanan, bersifat negatif.",
    # Counts listed between commas are other counts, not names: the total stays a claim.
    "Dinas menetapkan 4 indikator, 2 sasaran dan 2 program, seluruhnya berpolaritas positif.",
])
def test_a_wrong_total_beside_a_named_part_is_still_found(run, bab2):
    findings = run("CNT002", bab2=bab2)
    assert [rule for rule, _, _ in findings] == ["CNT002"]
    assert "states 4 indikator" in findings[0][2]
    assert "lists 5 indikator" in findings[0][2]


# -- CNT001: programs of every agency in the RKPD, and those set apart --------------------


def test_programs_of_the_rkpd_and_those_not_aligned_are_not_the_agencys(run):
    bab2 = ("Dari 249 program perangkat daerah dalam RKPD, 240 program selaras dengan "
            "sasaran RPJMD.\n\nRealisasi tahun 2023 sebesar 96,40.\n\nSembilan program yang "
            "belum selaras umumnya merupakan program penunjang.")
    assert run("CNT001", bab2=bab2) == []


@pytest.mark.parametrize("bab2", [
    "Pada tahun 2023 Dinas melaksanakan 3 (tiga) program dengan pagu Rp 800.000.000.",
    # Its own programs, called programs of a perangkat daerah but of no plan of others.
    "Dinas melaksanakan 3 program perangkat daerah dengan pagu Rp 800.000.000.",
])
def test_a_wrong_count_of_the_agencys_programs_is_still_found(run, bab2):
    findings = run("CNT001", bab2=bab2)
    assert [rule for rule, _, _ in findings] == ["CNT001"]
    assert "states 3 program" in findings[0][2]
    assert ": 2)" in findings[0][2]


# -- STR004: the SPM and "pembanding nasional" --------------------------------------------

# One sasaran; ANALYSIS_4 is the line each STR004 test rewrites.
BODY = """\
[[agreements]]
sasaran = "Meningkatnya kualitas layanan rawat jalan"
indikator = "Waktu tunggu rawat jalan"
target = "60"

[[outline]]
kind = "bab_3"
text = "BAB III AKUNTABILITAS KINERJA"
# Sasaran 1: Meningkatnya kualitas layanan rawat jalan
# Target dan realisasi tahun 2024: 57 menit dari target 60 menit.
# Realisasi tahun lalu 66 menit.
# Terhadap target akhir Renstra 50 menit capaiannya 87,72%.
# ANALYSIS_4
# Penyebab keberhasilan adalah pendaftaran daring.
# Efisiensi: anggaran terserap 96,95%.
# Sasaran ini ditunjang Program Pemenuhan Upaya Kesehatan Perorangan.

[[outline]]
kind = "bab_4"
text = "BAB IV PENUTUP"
"""


def _str004(check, fourth: str) -> list[str]:
    body = edited(BODY, ("ANALYSIS_4", fourth))
    return [message for _, _, message in flatten(check(body, "STR004").findings)]


@pytest.mark.parametrize("fourth", [
    "Standar pelayanan minimal rumah sakit menetapkan waktu tunggu rawat jalan paling lama "
    "60 menit, dan rumah sakit memenuhi standar tersebut.",
    "Waktu tunggu rawat jalan telah memenuhi SPM rumah sakit.",
    "Sebagai pembanding nasional, nilai 86,70 termasuk kategori mutu pelayanan B (baik).",
])
def test_str004_the_spm_or_a_national_reference_is_the_fourth_analysis(check, fourth):
    assert _str004(check, fourth) == []


@pytest.mark.parametrize("fourth", [
    # The SPM named as a program's work, with its money: no comparison.
    "Kegiatan Penerapan Standar Pelayanan Minimal menyerap Rp 120.000.000.",
    "Waktu tunggu rawat jalan terus dipantau setiap bulan.",
])
def test_str004_without_a_national_standard_the_fourth_analysis_is_missing(check, fourth):
    found = _str004(check, fourth)
    assert len(found) == 1 and "(4) perbandingan dengan standar nasional" in found[0]


# -- STR010: a figure short of its target, and why ----------------------------------------

IKHTISAR = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH BAPPEDA PROVINSI CONTOH TAHUN 2023

## IKHTISAR EKSEKUTIF

Bappeda menetapkan 3 (tiga) sasaran strategis dengan capaian rata-rata 101,82%. {problem}
Bappeda mengelola pagu anggaran Rp 18.888.760.000 dengan realisasi 97,91%.

## BAB I PENDAHULUAN

Bappeda melaksanakan urusan perencanaan.
"""

_STEP = ("Untuk mengatasinya, Bappeda akan memberikan pendampingan penyusunan indikator "
         "kepada perangkat daerah.")


def _str010(check_inline, problem: str) -> list[str]:
    return [message for _, _, message in check_inline(IKHTISAR.format(problem=problem),
                                                      "STR010", path="laporan.txt")]


@pytest.mark.parametrize("shortfall", [
    "Indeks kualitas perencanaan baru 3,42 dari target 3,50, karena sebagian Renja "
    "perangkat daerah masih memuat indikator yang belum terukur.",
    "Cakupan layanan hanya 88% terhadap target 95% akibat keterlambatan pengadaan.",
    "Belum tercapainya target cadangan pangan disebabkan oleh keterlambatan pengadaan "
    "beras akibat kenaikan harga gabah.",
])
def test_str010_a_shortfall_with_its_cause_names_the_problem(check_inline, shortfall):
    assert _str010(check_inline, f"{shortfall} {_STEP}") == []


@pytest.mark.parametrize("problem", [
    # A figure above its target, with the reason for it: no problem.
    "Indeks kualitas perencanaan mencapai 3,62 dari target 3,50, karena pendampingan "
    "berjalan baik.",
    # A figure short of its target with no cause told.
    "Indeks kualitas perencanaan baru 3,42 dari target 3,50.",
    "Belum tercapainya target cadangan pangan akan dievaluasi.",  # no cause told
])
def test_str010_without_a_problem_named_it_is_still_reported(check_inline, problem):
    found = _str010(check_inline, problem)
    assert len(found) == 1 and "kendala yang dihadapi" in found[0]
