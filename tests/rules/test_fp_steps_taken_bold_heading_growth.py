"""Three readings of consistent reports, each beside the defect of its kind that is still
reported. Small reports of a fictional Dinas Contoh.

* STR010: a step already taken, in the active voice, tied to the problem just named
  ("Untuk itu Dinas menambah patroli ...") is the step the Ikhtisar must give.
* HYG002: a lettered point's title on its own bold line ("**b. Perbandingan dengan tahun
  sebelumnya.**") is a heading even though it ends in a full stop: an earlier year named
  under it (why its column holds "-") belongs to the comparison.
* CON015: a figure introduced as a growth ("pertumbuhan kunjungan sebesar 41,03%") is a
  change from an earlier year, not the realisasi; nor is a percentage the realisasi of an
  indicator counted in orang.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Check = Callable[..., list[tuple]]

# -- STR010 ---------------------------------------------------------------------------

_IKHTISAR = """LAPORAN KINERJA INSTANSI PEMERINTAH
DINAS CONTOH
TAHUN 2025

IKHTISAR EKSEKUTIF

Dinas Contoh menetapkan 2 (dua) sasaran strategis dalam Renstra.
Capaian kinerja rata-rata sebesar 101,20% dengan realisasi anggaran 96,40%.
{problems}

BAB I PENDAHULUAN

Latar belakang laporan.
"""


@pytest.mark.parametrize("problems", [
    "Permasalahan utama adalah kerusakan fasilitas taman akibat vandalisme. Untuk itu "
    "Dinas menambah patroli bersama Satpol PP dan memperbaiki pagar taman.",
    "Kendala yang dihadapi adalah terbatasnya lahan makam. Oleh karena itu, pada tahun "
    "2025 Dinas telah mengalihkan pemakaman baru ke TPU yang diperluas.",
])
def test_str010_takes_a_step_taken_after_untuk_itu_as_the_step(
    check_inline: Check, problems: str,
) -> None:
    report = _IKHTISAR.format(problems=problems)
    assert check_inline(report, "STR010", path="laporan.txt") == []


@pytest.mark.parametrize("problems", [
    # Problems, and no step at all.
    "Permasalahan utama adalah kerusakan fasilitas taman akibat vandalisme.",
    # "Untuk itu" followed by a state, not by an act of the agency.
    "Permasalahan utama adalah kerusakan fasilitas taman akibat vandalisme. Oleh karena "
    "itu capaian indikator taman menurun dan mempengaruhi kepuasan pengunjung.",
    # An act denied is no step taken.
    "Kendala yang dihadapi adalah terbatasnya lahan makam. Untuk itu Dinas belum "
    "melaksanakan perluasan TPU.",
])
def test_str010_still_reports_problems_without_a_step(check_inline: Check,
                                                      problems: str) -> None:
    report = _IKHTISAR.format(problems=problems)
    assert check_inline(report, "STR010", path="laporan.txt") == [
        ("STR010", 5, "Ikhtisar Eksekutif (baris 5-10) tidak memuat langkah mengatasi kendala."),
    ]


# -- HYG002 ---------------------------------------------------------------------------

_COMPARISON = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH DINAS CONTOH KABUPATEN SUKAMAJU TAHUN 2022

## BAB III AKUNTABILITAS KINERJA

**a. Target dan realisasi.** Perolehan medali tahun 2022 sebanyak 46 medali.
{heading}

| Indikator | Realisasi 2020 | Realisasi 2021 | Realisasi 2022 |
|---|--:|--:|--:|
| Jumlah medali yang diraih | - | 31 | 46 |

Perolehan 46 medali menuju target akhir Renstra 55 medali.

{missing}
"""
# Why the 2020 column holds "-".
_MISSING = ("Pekan Olahraga Provinsi tidak diselenggarakan pada tahun 2020, sehingga "
            "realisasi tahun tersebut tidak tersedia.")


def test_hyg002_an_earlier_year_under_a_bold_comparison_title_is_the_comparison(
    check_inline: Check,
) -> None:
    heading = "**b. Perbandingan dengan tahun sebelumnya dan target Renstra.**"
    assert check_inline(_COMPARISON.format(heading=heading, missing=_MISSING), "HYG002") == []


@pytest.mark.parametrize("heading", [
    # The same title as the run-in head of a paragraph: a sentence, not a heading.
    "**b. Realisasi kegiatan.** Kegiatan dilaksanakan sesuai rencana.",
    # A bold title on its own line that names no comparison.
    "**b. Realisasi kegiatan.**",
])
def test_hyg002_an_earlier_year_outside_a_comparison_is_still_told(
    check_inline: Check, heading: str,
) -> None:
    found = check_inline(_COMPARISON.format(heading=heading, missing=_MISSING), "HYG002")
    assert [(rule, line) for rule, line, _ in found] == [("HYG002", 14)]
    assert 'Tahun kegiatan dan kinerja "2020" tidak sesuai dengan tahun laporan 2022' in (
        found[0][2])


# -- CON015 ---------------------------------------------------------------------------

_VISITS = """LAPORAN KINERJA INSTANSI PEMERINTAH
DINAS CONTOH
TAHUN 2022

BAB III AKUNTABILITAS KINERJA

A. Capaian Kinerja Organisasi

Tabel 3.1 Capaian Kinerja Tahun 2022

No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)
1\tJumlah kunjungan wisatawan\t{unit}\t120.000\t125.430\t104,53
2\tPersentase organisasi kepemudaan aktif\t%\t75,00\t72,50\t96,67

B. Analisis Capaian

{sentence}

BAB IV PENUTUP
"""
_GROWTH = ("Belum terdapat standar nasional untuk jumlah kunjungan wisatawan tingkat "
           "kabupaten; sebagai gambaran, pertumbuhan kunjungan kabupaten sebesar 41,03% "
           "lebih tinggi dari pertumbuhan tingkat provinsi.")


@pytest.mark.parametrize("unit", ["orang", "kali"])
def test_con015_a_growth_rate_is_not_the_realisasi(check_inline: Check, unit: str) -> None:
    # "kali" is no unit of people: the growth word alone keeps the figure out.
    report = _VISITS.format(unit=unit, sentence=_GROWTH)
    assert check_inline(report, "CON015", path="laporan.txt") == []


def test_con015_a_percentage_is_not_the_realisasi_of_a_count_of_people(
    check_inline: Check,
) -> None:
    sentence = "Jumlah kunjungan wisatawan tingkat kabupaten sebesar 41,03% dari total."
    report = _VISITS.format(unit="orang", sentence=sentence)
    assert check_inline(report, "CON015", path="laporan.txt") == []


@pytest.mark.parametrize("sentence", [
    "Jumlah kunjungan wisatawan mencapai 152.430 orang.",
    # The realisasi named after the change word is the realisasi.
    "Jumlah kunjungan wisatawan mengalami peningkatan, realisasinya sebesar 152.430 orang.",
])
def test_con015_still_reports_a_realisasi_unlike_the_table(check_inline: Check,
                                                           sentence: str) -> None:
    report = _VISITS.format(unit="orang", sentence=sentence)
    assert check_inline(report, "CON015", path="laporan.txt") == [
        ("CON015", 17, "Uraian menyebut realisasi indikator 'Jumlah kunjungan wisatawan' "
         "152.430, sedangkan Tabel 3.1 Capaian Kinerja Tahun 2022 (baris 12) memuat 125430."),
    ]


def test_con015_a_growth_indicator_keeps_its_own_figure_checked(check_inline: Check) -> None:
    # The change word is in the indicator's name: the figure is its realisasi.
    report = _VISITS.format(unit="%", sentence="").replace(
        "Persentase organisasi kepemudaan aktif", "Laju pertumbuhan ekonomi").replace(
        "\n\n\nBAB IV", "\nLaju pertumbuhan ekonomi sebesar 7,25%.\n\nBAB IV")
    found = check_inline(report, "CON015", path="laporan.txt")
    assert [(rule, line) for rule, line, _ in found] == [("CON015", 17)]
    assert "'Laju pertumbuhan ekonomi' 7,25%" in found[0][2]
