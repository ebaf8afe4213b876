"""A pipe table whose header and '|---|' line stand a blank line above its body is one
table: its capaian rows are read (no CAS002). A target band printed with its unit in the
cell ("60-85 %") is the same target as the band under a Satuan column ("60-85"): no
CON001. Real defects of each kind are still reported."""

from __future__ import annotations

from conftest import flatten

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.text import parse_source

CAPAIAN = """\
LAPORAN KINERJA DINAS CONTOH TAHUN 2020

# BAB II PERENCANAAN KINERJA

Tabel 2.3 Perjanjian Kinerja Perubahan Tahun 2020

| No | Sasaran Strategis | Indikator Kinerja | Satuan | Target |
|----|----|----|----|----|
| 1 | Meningkatnya keselamatan jalan | Persentase kendaraan lulus uji | % | 70,00 |
|  |  | Jumlah kecelakaan lalu lintas | kejadian | 165 |

# BAB III AKUNTABILITAS KINERJA

Tabel 3.1 Capaian Indikator Kinerja terhadap Perjanjian Kinerja Perubahan

| No | Sasaran Strategis | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|----|----|----|----|----|----|----|

| 1 | Meningkatnya keselamatan jalan | Persentase kendaraan lulus uji | % | 70,00 | 72,40 | 103,43 |
{second}
"""
_SECOND = "|  |  | Jumlah kecelakaan lalu lintas | kejadian | 165 | 153 | 107,27 |"


def _findings(registry, text: str, code: str) -> list[tuple]:
    report = extract_report(parse_source(text, "laporan.md"))
    rules = [rule for rule in registry.rules if rule.code == code]
    return flatten(check_report(report, rules, Config()).findings)


def test_a_header_a_blank_line_above_its_body_is_one_table():
    source = parse_source(CAPAIAN.format(second=_SECOND), "laporan.md")
    table = next(t for t in source.tables if t.caption and t.caption.startswith("Tabel 3.1"))
    assert table.caption == (
        "Tabel 3.1 Capaian Indikator Kinerja terhadap Perjanjian Kinerja Perubahan")
    assert [row.cells[5].text for row in table.rows] == ["Realisasi", "72,40", "153"]


def test_capaian_rows_under_a_parted_header_are_read(registry):
    assert _findings(registry, CAPAIAN.format(second=_SECOND), "CAS002") == []


def test_an_indicator_missing_from_that_table_is_still_reported(registry):
    found = _findings(registry, CAPAIAN.format(second=""), "CAS002")
    assert [(rule, line) for rule, line, _ in found] == [("CAS002", 10)]
    assert "Jumlah kecelakaan lalu lintas" in found[0][2]


def test_a_new_header_after_a_blank_line_starts_a_new_table():
    text = CAPAIAN.format(second="\n| No | Program | Pagu |\n|----|----|----|\n| 1 | A | 5 |")
    source = parse_source(text, "laporan.md")
    assert [(t.line, t.end_line) for t in source.tables][-2:] == [(16, 19), (21, 23)]


RANGES = """\
LAPORAN KINERJA RUMAH SAKIT UMUM DAERAH KOTA CONTOH TAHUN 2024

# BAB II PERENCANAAN KINERJA

Tabel 2.1 Target Renstra Tahun 2022-2024

| No | Sasaran Strategis | Indikator Kinerja | Satuan | 2022 | 2023 | 2024 |
|----|----|----|----|----|----|----|
| 1 | Meningkatnya mutu pelayanan rujukan | Bed Occupancy Rate (BOR) | % | 60-85 | 60-85 | {bor} |
| 2 | Meningkatnya efisiensi rawat inap | Average Length of Stay (ALOS) | hari | 4-6 | 4-6 | 4-6 |

Tabel 2.2 Perjanjian Kinerja Tahun 2024

| No | Sasaran Strategis | Indikator Kinerja | Target |
|----|----|----|----|
| 1 | Meningkatnya mutu pelayanan rujukan | Bed Occupancy Rate (BOR) | 60-85 % |
| 2 | Meningkatnya efisiensi rawat inap | Average Length of Stay (ALOS) | 4-6 hari |
"""


def test_a_band_with_its_unit_in_the_cell_is_the_same_target(registry):
    assert _findings(registry, RANGES.format(bor="60-85"), "CON001") == []


def test_a_band_that_really_differs_is_still_reported(registry):
    found = _findings(registry, RANGES.format(bor="60-80"), "CON001")
    assert [(rule, line) for rule, line, _ in found] == [("CON001", 9)]
    assert "60-80" in found[0][2] and "60-85 %" in found[0][2]
