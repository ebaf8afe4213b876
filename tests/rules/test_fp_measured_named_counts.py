"""False findings of CNT002 on reports written in ways the checker had not seen, and the
defects of the same kind that must still be found.

- A count of the indicators measured so far ("realisasi 4 indikator telah dapat diukur,
  sedangkan realisasi 1 indikator belum tersedia", "Dari 4 indikator yang terukur") is a
  part of the Perjanjian Kinerja when a realisation is not yet known for all of them.
- A count whose noun words that say which they are follow, and then a bracketed list
  naming them ("Tiga indikator cakupan dokumen (akta kelahiran, KTP-el dan KIA) berada di
  atas target"), counts those named, a part of the Perjanjian Kinerja.
"""

from __future__ import annotations

import pytest

# Two sasaran with five indicators.
REPORT = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH DINAS CONTOH KABUPATEN SUKAMAJU TAHUN 2023

## BAB II PERENCANAAN KINERJA

**Tabel 2.2 Perjanjian Kinerja Tahun 2023**

| No | Sasaran Strategis | Indikator Kinerja | Satuan | Target |
|---|---|---|---|---|
| 1 | Meningkatnya cakupan dokumen kependudukan | Cakupan akta kelahiran | % | 95,00 |
|  |  | Cakupan KTP elektronik | % | 98,00 |
|  |  | Cakupan kartu identitas anak | % | 40,00 |
| 2 | Meningkatnya kualitas layanan | Indeks kepuasan masyarakat | Indeks | 80,00 |
|  |  | Indeks pembangunan statistik sektoral | Indeks | 2,50 |

{bab2}
"""


@pytest.fixture
def run(check_inline):
    """``run(bab2)``: the CNT002 findings on REPORT."""

    def check(bab2: str) -> list[tuple]:
        return check_inline(REPORT.format(bab2=bab2), "CNT002", lang="en")

    return check


def test_the_report_reads_its_agreement(run):
    findings = run("Perjanjian Kinerja memuat 7 indikator.")
    assert [rule for rule, _, _ in findings] == ["CNT002"]
    assert "lists 5 indikator" in findings[0][2]


# -- those measured so far ------------------------------------------------------------


@pytest.mark.parametrize("bab2", [
    # The total stated rightly, then the part measured so far in a sentence of its own.
    "Perjanjian Kinerja memuat 2 (dua) sasaran strategis yang diukur dengan 5 (lima) "
    "indikator kinerja. Sampai dengan laporan ini disusun, realisasi 4 (empat) indikator "
    "telah dapat diukur, sedangkan realisasi 1 (satu) indikator, yaitu Indeks pembangunan "
    "statistik sektoral, belum tersedia.",
    # The measured ones, divided further.
    "Dari 4 (empat) indikator yang terukur, 2 (dua) indikator melampaui target.",
    "Realisasi 4 indikator sudah terukur.",
    "Dari 4 indikator yang telah diukur, seluruhnya mencapai target.",
])
def test_a_count_of_the_measured_ones_is_no_count_of_the_pk(run, bab2):
    assert run(bab2) == []


@pytest.mark.parametrize("bab2", [
    # A wrong total beside the measured part is still found.
    "Perjanjian Kinerja memuat 7 (tujuh) indikator kinerja. Realisasi 4 (empat) indikator "
    "telah dapat diukur.",
    # Measurable is what every indicator is to be: the count of them stays a total.
    "Perjanjian Kinerja memuat 7 indikator kinerja yang terukur.",
    "Perjanjian Kinerja memuat 7 indikator yang dapat diukur.",
])
def test_a_wrong_total_beside_the_measured_ones_is_still_found(run, bab2):
    findings = run(bab2)
    assert [rule for rule, _, _ in findings] == ["CNT002"]
    assert "states 7 indikator" in findings[0][2]


# -- those named by a bracketed list ----------------------------------------------------


@pytest.mark.parametrize("bab2", [
    "Perjanjian Kinerja memuat 2 (dua) sasaran strategis dengan 5 (lima) indikator kinerja. "
    "Tiga indikator cakupan dokumen (akta kelahiran, KTP elektronik dan kartu identitas "
    "anak) berada di atas target tahunan.",
    "Tiga indikator cakupan (akta kelahiran, KTP elektronik, kartu identitas anak) "
    "melampaui target.",
])
def test_a_count_of_the_named_ones_is_no_count_of_the_pk(run, bab2):
    assert run(bab2) == []


@pytest.mark.parametrize("bab2", [
    # An aside in brackets names none of them: the total is still read.
    "Tujuh indikator kinerja utama (IKU) berada di atas target tahunan.",
    "Perjanjian Kinerja memuat 7 indikator kinerja (lihat Tabel 2.2).",
    # A list with no predicate that sets them apart is the whole.
    "Perjanjian Kinerja memuat 7 indikator kinerja (cakupan, indeks dan tingkat layanan).",
])
def test_a_wrong_total_with_a_bracket_is_still_found(run, bab2):
    findings = run(bab2)
    assert [rule for rule, _, _ in findings] == ["CNT002"]
    assert "states 7 indikator" in findings[0][2]
