"""False findings on reports written in ways the checker had not seen, and the defects of
the same kind that must still be found.

- CNT002: a sentence that opens on the whole it divides ("Dari keempat indikator
  tersebut, 3 indikator ..., sedangkan 1 indikator, yaitu ..., belum ...") counts parts.
- CNT001: a count of each of several ("Setiap program terdiri dari dua kegiatan") is no
  count of the agency's total.
- STR010: a step against a problem written as the action itself ("Kendala ... Untuk itu
  ... akan membuka ...").
- STR004: a wrapped line that opens "sasaran 97,53% ..." is a figure, no "Sasaran 97"
  heading that cuts the section of the sasaran short.
"""

from __future__ import annotations

import pytest
from conftest import edited, flatten

# Two sasaran with two indicators each, two programs with two kegiatan each.
REPORT = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH DINAS CONTOH KABUPATEN SUKAMAJU TAHUN 2023

## IKHTISAR EKSEKUTIF

{ikhtisar}

## BAB II PERENCANAAN KINERJA

**Tabel 2.2 Perjanjian Kinerja Tahun 2023**

| No | Sasaran Strategis | Indikator Kinerja | Satuan | Target |
|---|---|---|---|---|
| 1 | Meningkatnya ketahanan pangan daerah | Cadangan pangan pemerintah | Ton | 300 |
|  |  | Luas lahan pangan yang terairi | Ha | 120 |
| 2 | Meningkatnya kualitas layanan | Indeks kepuasan masyarakat | Indeks | 80,00 |
|  |  | Persentase layanan tepat waktu | % | 95,00 |

## BAB III AKUNTABILITAS KINERJA

{narrative}

### 3.2 Realisasi Anggaran

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

# An Ikhtisar with the tujuan/sasaran, the capaian and the budget: problems and steps are
# what each STR010 test adds.
_IKHTISAR = ("Dinas menetapkan 2 (dua) sasaran strategis. Capaian kinerja rata-rata 98,50% "
             "dengan realisasi anggaran 93,75% dari pagu.")


@pytest.fixture
def run(check_inline):
    """``run("CNT001", narrative=..., ikhtisar=...)``: the rules' findings on REPORT."""

    def check(*codes: str, narrative: str = "", ikhtisar: str = _IKHTISAR) -> list[tuple]:
        return check_inline(REPORT.format(narrative=narrative, ikhtisar=ikhtisar), *codes)

    return check


def _codes(findings: list[tuple]) -> list[str]:
    return [rule for rule, _, _ in findings]


# -- CNT002: the parts of a whole the sentence opens on --------------------------------------


@pytest.mark.parametrize("narrative", [
    "Perjanjian Kinerja memuat 2 (dua) sasaran dengan 4 (empat) indikator. Dari keempat "
    "indikator tersebut, 3 (tiga) indikator mencapai atau melampaui target, sedangkan 1 "
    "(satu) indikator, yaitu persentase layanan tepat waktu, belum mencapai target.",
    "Dari seluruh indikator, 2 (dua) indikator melampaui target, sedangkan 2 (dua) "
    "indikator, yaitu indeks kepuasan dan layanan tepat waktu, sama dengan target.",
    "Dari ke-4 indikator itu, 1 (satu) indikator, yaitu indeks kepuasan, paling tinggi.",
])
def test_cnt002_counts_after_the_whole_the_sentence_opens_on_are_parts(run, narrative):
    assert run("CNT002", narrative=narrative) == []


@pytest.mark.parametrize("narrative", [
    # The whole itself is still counted, and is wrong.
    "Perjanjian Kinerja memuat 2 (dua) sasaran dengan 5 (lima) indikator. Dari kelima "
    "indikator tersebut, 4 (empat) indikator mencapai target, sedangkan 1 (satu) "
    "indikator belum mencapai target.",
    # The whole is of other things (sasaran): the indicators counted are all of them.
    "Dari kedua sasaran tersebut, Dinas mengukur 3 (tiga) indikator.",
    # A whole named in the middle of a sentence opens nothing.
    "Dinas mengukur 3 (tiga) indikator dari seluruh indikator Renstra.",
])
def test_cnt002_still_reports_a_wrong_count_of_all_indicators(run, narrative):
    found = run("CNT002", narrative=narrative)
    assert _codes(found) == ["CNT002"]
    assert "Perjanjian Kinerja" in found[0][2] and "memuat 4 indikator" in found[0][2]


# -- CNT001: a count of each of several -------------------------------------------------------


@pytest.mark.parametrize("narrative", [
    "Setiap program terdiri dari dua kegiatan: Program Sarana oleh kegiatan pengawasan "
    "peredaran dan mutu; Program Prasarana oleh penataan dan pembangunan.",
    "Kedua program masing-masing dilaksanakan melalui 2 (dua) kegiatan.",
    "Dinas melaksanakan 2 (dua) kegiatan untuk setiap program.",
    "Dinas melaksanakan 2 (dua) kegiatan per program.",
])
def test_cnt001_a_count_of_each_is_no_count_of_all(run, narrative):
    assert run("CNT001", narrative=narrative) == []


@pytest.mark.parametrize("narrative", [
    "Dinas melaksanakan dua program dengan dua kegiatan.",
    # Every year is a time, not things the count is divided among: the agency's total.
    "Setiap tahun Dinas melaksanakan 3 (tiga) kegiatan.",
    # "per" before the count says how the table is laid out, not what is counted.
    "Tabel realisasi per program memuat 3 (tiga) kegiatan.",
])
def test_cnt001_still_reports_a_wrong_total(run, narrative):
    found = run("CNT001", narrative=narrative)
    assert _codes(found) == ["CNT001"]
    assert "tabel anggaran memuat jumlah kegiatan yang berbeda" in found[0][2]


# -- STR010: a step written as the action that answers the problem ---------------------------


def test_str010_the_action_after_untuk_itu_is_a_step(run):
    ikhtisar = (f"{_IKHTISAR} Masalah utama adalah layanan yang belum dapat diakses secara "
                "daring dari desa di hulu. Untuk itu pada tahun 2024 Dinas akan membuka "
                "layanan jemput bola dua kali sebulan.")
    assert run("STR010", ikhtisar=ikhtisar) == []


@pytest.mark.parametrize(("ikhtisar", "missing"), [
    # A problem, then a conclusion with no action to come.
    (f"{_IKHTISAR} Masalah utama adalah jaringan yang belum merata. Oleh karena itu capaian "
     "tergolong sangat tinggi.", "langkah mengatasi kendala"),
    # "Untuk itu ... harus" with no problem before it: a duty, not a step against one.
    (f"{_IKHTISAR} Untuk itu perangkat daerah harus bekerja berdasarkan visi dan misi.",
     "kendala yang dihadapi dan langkah mengatasi kendala"),
])
def test_str010_still_reports_an_ikhtisar_without_steps(run, ikhtisar, missing):
    found = run("STR010", ikhtisar=ikhtisar)
    assert _codes(found) == ["STR010"]
    assert found[0][2].endswith(f"tidak memuat {missing}.")


# -- STR004: a figure at a wrapped line's start is no sasaran heading ------------------------

BODY = """\
[[agreements]]
sasaran = "Meningkatnya peran serta organisasi kemasyarakatan"
indikator = "Persentase ormas yang aktif melapor"
target = "55"

[[outline]]
kind = "bab_3"
text = "BAB III AKUNTABILITAS KINERJA"
# Sasaran 1: Meningkatnya peran serta organisasi kemasyarakatan
# a. Target dan realisasi: realisasi 53,64% dari target 55,00%.
# b. Perbandingan dengan tahun lalu: 49,38% pada 2021.
# c. Perbandingan dengan target akhir Renstra sebesar 60,00%.
# d. Perbandingan dengan standar nasional: tidak ada standar secara nasional.
# e. Penyebab kegagalan dan solusinya: ormas belum memahami kewajiban pelaporan.
# f. Efisiensi penggunaan sumber daya. Program menyerap 96,02% dari pagu. Capaian
# WRAPPED
# g. Program pendukung. Sasaran ini didukung oleh Program Pemberdayaan Ormas.

[[outline]]
kind = "bab_4"
text = "BAB IV PENUTUP"
"""


@pytest.mark.parametrize("wrapped", [
    "# sasaran 97,53% sedikit lebih tinggi daripada penyerapan anggaran.",
    "# sasaran 97 % sedikit lebih tinggi daripada penyerapan anggaran.",
    "# sasaran 97 persen sedikit lebih tinggi daripada penyerapan anggaran.",
])
def test_str004_a_figure_opening_a_wrapped_line_is_no_sasaran_heading(check, wrapped):
    body = edited(BODY, ("# WRAPPED", wrapped))
    assert flatten(check(body, "STR004").findings) == []


def test_str004_the_section_still_ends_at_the_next_sasaran_heading(check):
    # A real heading after (f) takes (g) into the next sasaran's section: (7) is missing.
    body = edited(BODY, ("# WRAPPED", "# Sasaran 2: Meningkatnya akuntabilitas kinerja"))
    assert flatten(check(body, "STR004").findings) == [
        ("STR004", 16, "Uraian sasaran 'Meningkatnya peran serta organisasi kemasyarakatan' "
         "(Bab III baris 16\u201322) belum memuat 1 dari 7 analisis yang diminta: (7) "
         "program/kegiatan yang menunjang atau menghambat.")]
