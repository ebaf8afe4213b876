"""False CNT002, CON002 and CON005 findings on reports written in ways the checker had not
seen, and the defects of the same kind that must still be found.

- "Pagu anggaran Dinas dalam APBD murni sebesar Rp A. Setelah refocusing, pagu menjadi Rp
  B": the pagu named as the one before the change is an earlier stage. It is compared
  with the earlier-stage column of the tables when they print one; where they print only
  the pagu in force, no table figure is the one it repeats.
- "Pagu ... sebesar Rp A, terdiri atas Dana Alokasi Umum (DAU) Rp B dan Dana Alokasi
  Khusus (DAK) Rp C": the sources written out, their short name in brackets, are parts
  of the pagu, not the pagu.
- "Lima indikator dapat diukur, sedangkan satu indikator belum", "Empat indikator
  mencapai atau mendekati target, satu ... dan satu ...": the indicators a predicate
  sets apart are a part of those of the Perjanjian Kinerja, not their number.
"""

# The reports below print each table row on one line, as the reports do.
# ruff: noqa: E501

from __future__ import annotations

import pytest

_BUDGET_MURNI = """\
| Kode | Program | Pagu Murni (Rp) | Pagu Setelah Refocusing (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|---|
| 1.02.01 | Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | 900.000.000 | 800.000.000 | 760.000.000 | 95,00 |
| 1.02.02 | Program Penguatan Ideologi Pancasila dan Karakter Kebangsaan | 400.000.000 | 300.000.000 | 280.000.000 | 93,33 |
|  | Jumlah | 1.300.000.000 | 1.100.000.000 | 1.040.000.000 | 94,55 |"""

_BUDGET_FINAL = """\
| Kode | Program | Pagu (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
| 1.02.01 | Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | 800.000.000 | 760.000.000 | 95,00 |
| 1.02.02 | Program Penguatan Ideologi Pancasila dan Karakter Kebangsaan | 300.000.000 | 280.000.000 | 93,33 |
|  | Jumlah | 1.100.000.000 | 1.040.000.000 | 94,55 |"""

REPORT = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH DINAS CONTOH TAHUN 2021

## IKHTISAR EKSEKUTIF

{ikhtisar}

## BAB III AKUNTABILITAS KINERJA

### 3.1 Capaian Kinerja

{narrative}

### 3.2 Realisasi Anggaran

**Tabel 3.2 Realisasi Anggaran per Program Tahun 2021**

{budget}

## BAB IV PENUTUP

Demikian laporan ini disusun.
"""
_IKHTISAR_LINE = 5
_NARRATIVE_LINE = 11


def _report(ikhtisar: str = "Kinerja Dinas Contoh tahun 2021 baik.",
            narrative: str = "Capaian sasaran 100,00%.", budget: str = _BUDGET_FINAL) -> str:
    return REPORT.format(ikhtisar=ikhtisar, narrative=narrative, budget=budget)


def _where(findings: list[tuple]) -> list[tuple]:
    return [(rule, line) for rule, line, _ in findings]


# -- the pagu before the refocusing -------------------------------------------------------

_MURNI = ("Pagu anggaran Dinas Contoh dalam APBD murni Tahun 2021 sebesar Rp {murni}. "
          "Setelah refocusing dan realokasi untuk penanganan COVID-19, pagu menjadi "
          "Rp {final} dan terealisasi Rp 1.040.000.000 atau 94,55%.")


def test_a_pagu_murni_beside_a_table_of_the_final_pagu_is_no_claim_on_it(check_inline) -> None:
    text = _MURNI.format(murni="1.300.000.000", final="1.100.000.000")
    report = _report(ikhtisar=text, narrative=text)
    assert check_inline(report, "CON002", "CON005") == []


def test_a_pagu_murni_equal_to_the_murni_column_is_consistent(check_inline) -> None:
    text = _MURNI.format(murni="1.300.000.000", final="1.100.000.000")
    report = _report(ikhtisar=text, narrative=text, budget=_BUDGET_MURNI)
    assert check_inline(report, "CON002", "CON005") == []


def test_a_pagu_murni_that_differs_from_the_murni_column_is_still_found(check_inline) -> None:
    text = _MURNI.format(murni="1.350.000.000", final="1.100.000.000")
    findings = check_inline(_report(ikhtisar=text, narrative=text, budget=_BUDGET_MURNI),
                            "CON002", "CON005")
    assert sorted(_where(findings)) == [("CON002", _NARRATIVE_LINE), ("CON005", _IKHTISAR_LINE)]
    for _, _, message in findings:
        assert "Rp 1.350.000.000" in message
        assert "pagu tahap sebelumnya" in message and "Rp 1.300.000.000" in message


def test_a_wrong_final_pagu_beside_the_murni_one_is_still_found(check_inline) -> None:
    text = _MURNI.format(murni="1.300.000.000", final="1.150.000.000")
    findings = check_inline(_report(ikhtisar=text), "CON005")
    assert _where(findings) == [("CON005", _IKHTISAR_LINE)]
    assert "Rp 1.150.000.000" in findings[0][2] and "Rp 1.100.000.000" in findings[0][2]


def test_the_size_of_the_cut_is_no_pagu(check_inline) -> None:
    text = ("Refocusing dan realokasi untuk penanganan COVID-19 mengurangi pagu sebesar "
            "Rp 200.000.000 menjadi Rp 1.100.000.000.")
    assert check_inline(_report(narrative=text), "CON002") == []


# -- a pagu broken down by the sources written out -----------------------------------------

_SOURCES = ("Pagu anggaran Dinas Contoh Tahun 2021 sebesar Rp {total}, terdiri atas Dana "
            "Alokasi Umum (DAU) Rp 700.000.000 dan Dana Alokasi Khusus (DAK) Rp 400.000.000.")


@pytest.mark.parametrize("ikhtisar", [
    _SOURCES.format(total="1.100.000.000"),
    "Pagu anggaran sebesar Rp 1.100.000.000 terdiri dari Dana Bagi Hasil Rp 700.000.000 "
    "serta Dana Alokasi Khusus Fisik Rp 400.000.000.",
])
def test_the_parts_of_each_source_are_no_pagu(check_inline, ikhtisar: str) -> None:
    assert check_inline(_report(ikhtisar=ikhtisar), "CON005") == []


def test_a_wrong_total_before_its_sources_is_still_found(check_inline) -> None:
    findings = check_inline(_report(ikhtisar=_SOURCES.format(total="1.200.000.000")), "CON005")
    assert _where(findings) == [("CON005", _IKHTISAR_LINE)]
    assert "Rp 1.200.000.000" in findings[0][2]


def test_a_source_figure_stated_as_the_pagu_is_still_found(check_inline) -> None:
    ikhtisar = "Pagu anggaran Dana Alokasi Umum (DAU) Dinas Contoh sebesar Rp 700.000.000."
    findings = check_inline(_report(ikhtisar=ikhtisar), "CON005")
    assert _where(findings) == [("CON005", _IKHTISAR_LINE)]
    assert "Rp 700.000.000" in findings[0][2]


# -- the indicators a predicate sets apart --------------------------------------------------

_AGREEMENT = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH DINAS CONTOH KABUPATEN SUKAMAJU TAHUN 2021

## BAB II PERENCANAAN KINERJA

**Tabel 2.2 Perjanjian Kinerja Tahun 2021**

| No | Sasaran Strategis | Indikator Kinerja | Satuan | Target |
|---|---|---|---|---|
| 1 | Meningkatnya kualitas lingkungan hidup | Indeks kualitas air | Indeks | 55,00 |
|  |  | Indeks kualitas udara | Indeks | 85,00 |
|  |  | Indeks perilaku ketidakpedulian lingkungan hidup | Indeks | 0,48 |
| 2 | Meningkatnya pengelolaan sampah | Persentase sampah tertangani | % | 75,00 |
|  |  | Jumlah TPST yang beroperasi | Unit | 1 |
|  |  | Persentase sampah terkurangi | % | 20,00 |

{bab2}
"""


@pytest.mark.parametrize("bab2", [
    "Perjanjian Kinerja memuat 2 (dua) sasaran dengan 6 (enam) indikator kinerja. Lima "
    "indikator dapat diukur pada saat laporan ini disusun, sedangkan satu indikator belum "
    "dapat diukur karena datanya baru dirilis tahun depan.",
    "Empat indikator mencapai atau mendekati target, satu indikator (jumlah TPST yang "
    "beroperasi) tidak terealisasi, dan satu indikator belum dapat diukur.",
    "Empat indikator mencapai bahkan melampaui target.",
    "Empat indikator mendekati target.",
])
def test_the_indicators_a_predicate_sets_apart_are_a_part(check_inline, bab2: str) -> None:
    assert check_inline(_AGREEMENT.format(bab2=bab2), "CNT002") == []


@pytest.mark.parametrize("bab2", [
    "Renstra menetapkan 5 (lima) indikator kinerja untuk kedua sasaran tersebut.",
    # Measurable is what every indicator is to be: the count of them stays a total.
    "Perjanjian Kinerja memuat 5 indikator yang dapat diukur.",
    "Perjanjian Kinerja memuat 5 (lima) indikator kinerja. Empat indikator mencapai atau "
    "mendekati target.",
])
def test_a_wrong_number_of_indicators_is_still_found(check_inline, bab2: str) -> None:
    findings = check_inline(_AGREEMENT.format(bab2=bab2), "CNT002", lang="en")
    assert [rule for rule, _, _ in findings] == ["CNT002"]
    assert "states 5 indikator" in findings[0][2] and "lists 6 indikator" in findings[0][2]
