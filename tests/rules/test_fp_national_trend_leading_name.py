"""False findings on reports written in ways the checker had not seen, and the defects of
the same kind that must still be found.

- STR004: a figure set against the nation's trend ("1,20% lebih baik daripada produksi
  padi nasional yang menurun") is the comparison with a national standard.
- CAP001: a polarity sentence naming an indicator by its leading words ("rata-rata waktu
  penyelesaian layanan" for the table's longer name) names that indicator, when no other
  indicator's name begins with the same words.
"""

from __future__ import annotations

import pytest
from conftest import edited, flatten

# -- STR004 -----------------------------------------------------------------------------------

# One sasaran with every analysis but the fourth, which each test writes.
BODY = """\
[[agreements]]
sasaran = "Meningkatnya produksi tanaman pangan"
indikator = "Produksi padi"
target = "2380000"

[[outline]]
kind = "bab_3"
text = "BAB III AKUNTABILITAS KINERJA"
# Sasaran 1: Meningkatnya produksi tanaman pangan
# Target dan realisasi tahun 2023: 2.401.375 dari target 2.380.000.
# Realisasi tahun lalu 2.372.915.
# Terhadap target akhir Renstra 2.620.000 capaiannya 91,66%.
# ANALYSIS_4
# Penyebab keberhasilan adalah perluasan areal tanam.
# Efisiensi: anggaran terserap 96,95%.
# Sasaran ini ditunjang Program Penyediaan dan Pengembangan Prasarana Pertanian.

[[outline]]
kind = "bab_4"
text = "BAB IV PENUTUP"
"""


def _str004(check, fourth: str) -> list[str]:
    body = edited(BODY, ("ANALYSIS_4", fourth))
    return [message for _, _, message in flatten(check(body, "STR004").findings)]


@pytest.mark.parametrize("fourth", [
    "Pertumbuhan produksi padi sebesar 1,20% lebih baik daripada produksi padi nasional "
    "yang menurun pada tahun 2023.",
    "Produksi provinsi tetap tumbuh, di atas produksi nasional yang justru turun.",
])
def test_str004_a_figure_against_the_national_trend_is_the_fourth_analysis(check, fourth):
    assert _str004(check, fourth) == []


@pytest.mark.parametrize("fourth", [
    # The nation named with no comparison, or a trend compared with no national figure.
    "Produksi padi nasional menurun pada tahun 2023.",
    "Pertumbuhan produksi padi sebesar 1,20% lebih baik daripada tahun 2022 yang menurun.",
])
def test_str004_without_a_national_comparison_the_fourth_analysis_is_missing(check, fourth):
    found = _str004(check, fourth)
    assert len(found) == 1 and "(4) perbandingan dengan standar nasional" in found[0]


# -- CAP001 -----------------------------------------------------------------------------------

CAPAIAN = """\
# LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2022

## BAB II PERENCANAAN KINERJA

{polarity}

## BAB III AKUNTABILITAS KINERJA

**Tabel 3.1 Pengukuran Kinerja Tahun 2022**

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Indeks Kepuasan Masyarakat terhadap layanan kecamatan | indeks | 82,00 | 84,35 | 102,87 |
| 2 | Rata-rata waktu penyelesaian layanan administrasi kependudukan dan perizinan \
nonberusaha | hari | 3,00 | 2,60 | {capaian} |
| 3 | Rata-rata waktu tanggap pengaduan masyarakat | hari | 2,00 | 1,80 | 90,00 |
"""
_SHORT_NAME = ("Indikator rata-rata waktu penyelesaian layanan berpolaritas negatif: makin "
               "singkat waktu penyelesaian, makin baik kinerjanya.")


def _cap001(check_inline, polarity: str, capaian: str) -> list[str]:
    text = CAPAIAN.format(polarity=polarity, capaian=capaian)
    return [message for _, _, message in check_inline(text, "CAP001")]


def test_cap001_a_polarity_stated_by_the_leading_words_is_the_indicators(check_inline):
    assert _cap001(check_inline, _SHORT_NAME, "113,33") == []


def test_cap001_a_named_negative_indicator_computed_wrongly_is_reported(check_inline):
    found = _cap001(check_inline, _SHORT_NAME, "86,67")
    assert len(found) == 1 and "(2 x 3,00 - 2,60) / 3,00 x 100 = 113,33%" in found[0]


@pytest.mark.parametrize("polarity", [
    # No sentence names the indicator; leading words two indicators share name neither.
    "Seluruh indikator dihitung dengan rumus realisasi / target x 100%.",
    "Indikator rata-rata waktu berpolaritas negatif.",
])
def test_cap001_an_indicator_no_sentence_names_is_recomputed_as_positive(check_inline,
                                                                         polarity):
    found = _cap001(check_inline, polarity, "113,33")
    assert len(found) == 1 and "2,60 / 3,00 x 100 = 86,67%" in found[0]
