"""False findings on reports written in ways the checker had not seen, and the defects of
the same kind that must still be found.

- HYG002: a comparative ("lebih tinggi dari capaian tahun 2023 sebesar 99,67%") sets the
  earlier year against the year reported on, as "daripada" does.
- CNT002: "2 (dua) indikator tujuan" counts the Renstra's indicators of the tujuan, a level
  above the sasaran, not the indicators of the Perjanjian Kinerja.
- STR004: a result set against a national target named in full ("telah mendekati target
  universal akses nasional") is the comparison with a national standard.
"""

from __future__ import annotations

import pytest
from conftest import edited, flatten

# -- HYG002 -----------------------------------------------------------------------------------

_CONCLUSION = """LAPORAN KINERJA INSTANSI PEMERINTAH
KECAMATAN CONTOH
TAHUN 2024

BAB IV PENUTUP

A. Kesimpulan

{paragraph}
"""


def _hyg002(check_inline, paragraph: str) -> list[tuple]:
    return check_inline(_CONCLUSION.format(paragraph=paragraph), "HYG002", path="laporan.txt")


@pytest.mark.parametrize("comparative", ["lebih tinggi dari", "lebih rendah dari",
                                         "lebih baik dari"])
def test_hyg002_an_earlier_year_after_a_comparative_is_a_comparison(check_inline,
                                                                    comparative):
    paragraph = ("Kinerja Kecamatan Contoh Tahun 2024 tergolong sangat baik. Sasaran "
                 "tercapai dengan rata-rata capaian 100,33% dan predikat sangat tinggi, "
                 f"{comparative} capaian tahun 2023 sebesar 99,67%. Anggaran terserap "
                 "97,38% dari pagu Rp 3.118.050.000,00.")
    assert _hyg002(check_inline, paragraph) == []


def test_hyg002_the_years_capaian_left_from_an_earlier_report_is_still_found(check_inline):
    # The same sentence with no comparative: the capaian of 2023 told as the year's own.
    paragraph = ("Kinerja Kecamatan Contoh tergolong sangat baik. Sasaran tercapai dengan "
                 "rata-rata capaian tahun 2023 sebesar 99,67% dan predikat sangat tinggi. "
                 "Anggaran terserap 97,38% dari pagu Rp 3.118.050.000,00.")
    findings = _hyg002(check_inline, paragraph)
    assert [(rule, line) for rule, line, _ in findings] == [("HYG002", 9)]
    assert '"2023" tidak sesuai dengan tahun laporan 2024' in findings[0][2]


# -- CNT002 -----------------------------------------------------------------------------------

# A PK of two sasaran and three indicators; the Renstra's tujuan has two indicators.
_COUNTS = """\
# LAPORAN KINERJA DINAS CONTOH PROVINSI SUKAMAJU TAHUN 2024

## IKHTISAR EKSEKUTIF

{ikhtisar}

## BAB II PERENCANAAN KINERJA

**Tabel 2.1 Indikator Tujuan Renstra**

| No | Tujuan | Indikator Tujuan | Satuan | Target 2024 |
|---|---|---|---|---|
| 1 | Meningkatkan derajat kesehatan masyarakat | Usia harapan hidup | Tahun | 71,20 |
|  |  | Prevalensi stunting | % | 18,00 |

**Tabel 2.3 Perjanjian Kinerja Tahun 2024**

| No | Sasaran Strategis | Indikator Kinerja | Satuan | Target |
|---|---|---|---|---|
| 1 | Meningkatnya akses layanan kesehatan | Cakupan imunisasi dasar lengkap | % | 95,00 |
|  |  | Persentase persalinan di fasilitas kesehatan | % | 92,00 |
| 2 | Meningkatnya mutu layanan kesehatan | Indeks kepuasan masyarakat | Indeks | 82,00 |
"""


def _cnt002(check_inline, ikhtisar: str) -> list[tuple]:
    return check_inline(_COUNTS.format(ikhtisar=ikhtisar), "CNT002", lang="en")


@pytest.mark.parametrize("ikhtisar", [
    "Perjanjian Kinerja Tahun 2024 memuat 2 (dua) sasaran strategis yang diukur dengan "
    "3 (tiga) indikator kinerja. Di atas sasaran tersebut, Renstra menetapkan 2 (dua) "
    "indikator tujuan, yaitu usia harapan hidup dan prevalensi stunting.",
    "Tujuan Renstra adalah meningkatkan derajat kesehatan masyarakat, yang diukur dengan "
    "2 (dua) indikator tujuan:",
    "Tujuan tersebut diukur dengan dua indikator kinerja tujuan.",
])
def test_cnt002_a_count_of_the_tujuans_indicators_is_no_count_of_the_pk(check_inline,
                                                                          ikhtisar):
    assert _cnt002(check_inline, ikhtisar) == []


@pytest.mark.parametrize(("ikhtisar", "claimed"), [
    # The PK's count is still read beside a count of the tujuan's indicators.
    ("Renstra menetapkan 2 (dua) indikator tujuan, sedangkan Perjanjian Kinerja memuat "
     "4 (empat) indikator kinerja.", "4"),
    ("Perjanjian Kinerja memuat 2 (dua) indikator sasaran.", "2"),
    ("Kinerja Dinas diukur dengan 5 (lima) indikator kinerja utama.", "5"),
])
def test_cnt002_a_wrong_count_of_the_pks_indicators_is_still_found(check_inline, ikhtisar,
                                                                   claimed):
    findings = _cnt002(check_inline, ikhtisar)
    assert len(findings) == 1
    assert f"states {claimed} indikator" in findings[0][2] and "lists 3 indikator" in \
        findings[0][2]


# -- STR004 -----------------------------------------------------------------------------------

# One sasaran with every analysis but the fourth, which each test writes.
_SASARAN = """\
[[agreements]]
sasaran = "Meningkatnya kualitas layanan prasarana permukiman kota"
indikator = "Persentase rumah tangga dengan akses air minum layak"
target = "90"

[[outline]]
kind = "bab_3"
text = "BAB III AKUNTABILITAS KINERJA"
# Sasaran 1: Meningkatnya kualitas layanan prasarana permukiman kota
# Target dan realisasi tahun 2024: 91,35 dari target 90.
# Realisasi tahun lalu 88,90.
# Terhadap target akhir Renstra 94 capaiannya 97,18%.
# ANALYSIS_4
# Penyebab keberhasilan adalah pembangunan jaringan distribusi.
# Efisiensi: anggaran terserap 97,45%.
# Sasaran ini ditunjang Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum.

[[outline]]
kind = "bab_4"
text = "BAB IV PENUTUP"
"""


def _str004(check, fourth: str) -> list[str]:
    body = edited(_SASARAN, ("ANALYSIS_4", fourth))
    return [message for _, _, message in flatten(check(body, "STR004").findings)]


@pytest.mark.parametrize("fourth", [
    "Akses air minum layak sebesar 91,35 telah mendekati target universal akses nasional.",
    "Kualitas air minum yang disalurkan memenuhi standar mutu air minum nasional.",
])
def test_str004_a_result_set_against_a_named_national_target_is_the_fourth_analysis(
        check, fourth):
    assert _str004(check, fourth) == []


@pytest.mark.parametrize("fourth", [
    # No comparison with the nation's target, or the nation named with no target.
    "Akses air minum layak sebesar 91,35 telah mendekati target akhir periode.",
    "Program ini merupakan bagian dari program strategis nasional.",
])
def test_str004_without_a_national_comparison_the_fourth_analysis_is_missing(check, fourth):
    found = _str004(check, fourth)
    assert len(found) == 1 and "(4) perbandingan dengan standar nasional" in found[0]
