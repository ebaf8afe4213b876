"""False findings on reports written another way, and the real defect still reported:

- CON006: a PK Perubahan program table printing 'Anggaran Murni | Anggaran Setelah
  Refocusing' signs the refocused budget; the murni column is the earlier stage (the PK
  awal's), so the PK Perubahan is compared with the realisasi table by its refocused pagu.
- CAP001: an indicator whose name states its polarity in brackets ('Jumlah kasus ...
  (polaritas negatif)') is recomputed as lower-is-better.
- CAS005: "Program A dan Program B menjadi penunjang ..." names two programs, not one.
"""

from __future__ import annotations

import pytest

# -- CON006 -----------------------------------------------------------------------------------

PK_AND_BUDGET = """\
# LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2021

## BAB II PERENCANAAN KINERJA

**Tabel 2.3 Program dan Anggaran dalam Perjanjian Kinerja Perubahan**

| No | Program | Anggaran Murni (Rp) | Anggaran Setelah Refocusing (Rp) | Sasaran |
|---|---|---|---|---|
| 1 | Program Pelayanan Publik Kecamatan | 235.700.000 | {refocused} | Sasaran 1 |
| 2 | Program Ketertiban Umum | 74.600.000 | 304.700.000 | Sasaran 2 |

## BAB III AKUNTABILITAS KINERJA

**Tabel 3.6 Realisasi Anggaran per Program Tahun 2021**

| No | Program | Anggaran Murni (Rp) | Anggaran Setelah Refocusing (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|---|
| 1 | Program Pelayanan Publik Kecamatan | 235.700.000 | 161.650.000 | 150.000.000 | 92,79 |
| 2 | Program Ketertiban Umum | 74.600.000 | 304.700.000 | 300.000.000 | 98,46 |
"""


def _con006(check_inline, refocused: str) -> list[tuple]:
    return check_inline(PK_AND_BUDGET.format(refocused=refocused), "CON006")


def test_con006_a_pk_perubahan_is_compared_by_its_refocused_pagu(check_inline):
    assert _con006(check_inline, "161.650.000") == []


def test_con006_a_pk_perubahan_refocused_pagu_that_differs_is_reported(check_inline):
    found = _con006(check_inline, "171.650.000")
    assert [(code, line) for code, line, _ in found] == [("CON006", 9)]
    assert "Rp 161.650.000" in found[0][2] and "Rp 171.650.000" in found[0][2]


def test_con006_the_murni_column_is_read_as_the_pk_awal(check_inline):
    from checker.extract import extract_report
    from checker.text import parse_source

    report = extract_report(parse_source(PK_AND_BUDGET.format(refocused="161.650.000"),
                                         "laporan.md"))
    pagu = {(program.document, program.program.split()[1]): str(program.pagu.value)
            for program in report.agreement_programs}
    assert pagu[("pk", "Pelayanan")] == "235700000"
    assert pagu[("pk_perubahan", "Pelayanan")] == "161650000"


# -- CAP001 -----------------------------------------------------------------------------------

CAPAIAN = """\
# LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2021

## BAB III AKUNTABILITAS KINERJA

**Tabel 3.1 Pengukuran Kinerja Tahun 2021**

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Jumlah kasus gangguan ketertiban umum {bracket} | kasus | 42 | 37 | {capaian} |
| 2 | Persentase dokumen layanan yang selesai tepat waktu | % | 95,00 | 96,80 | 101,89 |
"""


def _cap001(check_inline, bracket: str, capaian: str) -> list[str]:
    text = CAPAIAN.format(bracket=bracket, capaian=capaian)
    return [message for _, _, message in check_inline(text, "CAP001")]


@pytest.mark.parametrize("bracket", ["(polaritas negatif)", "(semakin kecil semakin baik)"])
def test_cap001_a_polarity_stated_in_the_name_is_the_indicators(check_inline, bracket):
    assert _cap001(check_inline, bracket, "111,90") == []


def test_cap001_a_named_negative_indicator_computed_wrongly_is_reported(check_inline):
    found = _cap001(check_inline, "(polaritas negatif)", "88,10")
    assert len(found) == 1 and "(2 x 42 - 37) / 42 x 100 = 111,90%" in found[0]


def test_cap001_a_bracket_that_states_no_polarity_leaves_the_name_to_decide(check_inline):
    found = _cap001(check_inline, "(kejadian)", "111,90")
    assert len(found) == 1 and "37 / 42 x 100 = 88,10%" in found[0]


# -- CAS005 -----------------------------------------------------------------------------------

BUDGET = (
    "\nTabel 3.9\nRealisasi Anggaran Tahun 2024\n\n"
    "No\tProgram/Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%\n"
    "1\tProgram Pemberdayaan Sosial\t100.000.000\t90.000.000\t90,00\n"
    "2\tProgram Rehabilitasi Sosial\t200.000.000\t180.000.000\t90,00\n"
    "\tJumlah\t300.000.000\t270.000.000\t90,00\n"
)
SUPPORT = (
    "Sasaran 1: Meningkatnya kemandirian penyandang masalah kesejahteraan sosial\n\n"
    "g. Program dan kegiatan penunjang\n\n"
    "Program Pemberdayaan Sosial dan Program {second} menjadi penunjang utama sasaran ini, "
    "terutama sub kegiatan Penyediaan Permakanan.\n"
)


def _cas005(check_inline, second: str) -> list[tuple]:
    text = SUPPORT.format(second=second) + BUDGET
    return check_inline(text, "CAS005", path="laporan.txt")


def test_cas005_two_programs_joined_by_dan_program_are_two(check_inline):
    assert _cas005(check_inline, "Rehabilitasi Sosial") == []


def test_cas005_the_second_program_missing_from_the_budget_is_still_reported(check_inline):
    found = _cas005(check_inline, "Perlindungan dan Jaminan Sosial")
    assert len(found) == 1
    assert "'Perlindungan dan Jaminan Sosial'" in found[0][2]
    assert "Pemberdayaan Sosial dan" not in found[0][2]
