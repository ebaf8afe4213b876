"""A target written as a bound ("≥ 85%", "≤ 3 hari", "> 90", "min. 80%", "maks. 3
hari") is an ordinary LKjIP target, not an unreadable number: no INP001. The report
computes its capaian against the figure in the bound, so that figure is the target's
value and the capaian and target comparisons run on it (CAP001, CON001), while the raw
text keeps the sign as printed. A cell that is really unreadable is still reported."""

from __future__ import annotations

from decimal import Decimal

import pytest

from checker.extract import extract_report
from checker.extract._figures import FigureReader
from checker.model import Provenance
from checker.numbers import bound_figure
from checker.text import parse_source

REPORT = """\
LAPORAN KINERJA DINAS PEKERJAAN UMUM KOTA CONTOH TAHUN 2024

# BAB II PERENCANAAN KINERJA

**Tabel 2.1 Target Renstra Tahun 2021-2026**

| No | Sasaran Strategis | Indikator Kinerja | Target 2023 | Target 2024 | Target 2025 |
|---|---|---|---|---|---|
| 1 | Jalan kota mantap | Persentase jalan mantap | ≥ 82% | {renstra} | ≥ 87% |
| 2 | Drainase kota baik | Persentase drainase baik | min. 77% | min. 80% | min. 83% |

**Tabel 2.2 Perjanjian Kinerja Tahun 2024**

| No | Sasaran Strategis | Indikator Kinerja | Target |
|---|---|---|---|
| 1 | Jalan kota mantap | Persentase jalan mantap | {pk} |
| 2 | Drainase kota baik | Persentase drainase baik | min. 80% |

# BAB III AKUNTABILITAS KINERJA

**Tabel 3.1 Pengukuran Kinerja Tahun 2024**

| No | Sasaran Strategis | Indikator Kinerja | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Jalan kota mantap | Persentase jalan mantap | {pk} | 87,40% | {capaian} |
| 2 | Drainase kota baik | Persentase drainase baik | min. 80% | 82,60% | 103,25 |
"""
RENSTRA_LINE, PK_LINE, CAPAIAN_LINE = 9, 16, 25
CODES = ("INP001", "CAP001", "CON001")


def _report(renstra: str = "≥ 85%", pk: str = "≥ 85%", capaian: str = "102,82") -> str:
    return REPORT.format(renstra=renstra, pk=pk, capaian=capaian)


def _rules_and_lines(findings: list[tuple]) -> list[tuple[str, int]]:
    return sorted((rule, line) for rule, line, _message in findings)


@pytest.mark.parametrize("cell, figure", [
    ("≥ 85%", "85%"), ("≤ 3 hari", "3 hari"), ("> 90", "90"), ("< 5", "5"),
    ("min. 80%", "80%"), ("maks. 3 hari", "3 hari"), ("minimal 80%", "80%"),
    (">= 75", "75"), ("paling sedikit 95%", "95%"),
])
def test_the_figure_of_a_bound_is_the_target(cell, figure):
    assert bound_figure(cell) == figure
    reader = FigureReader()
    number = reader.read(cell, Provenance(line=1), "target")
    assert number is not None and number.raw == cell
    assert number.value == Decimal(figure.split()[0].rstrip("%"))
    assert reader.doubts == []


@pytest.mark.parametrize("cell", ["85%", "min", "minggu 3", "± 85%", "90 hari"])
def test_text_without_a_bound_gives_no_bound_figure(cell):
    assert bound_figure(cell) is None


def test_a_bound_is_read_only_for_a_target():
    # A realisasi is measured, not bounded: "≥ 85%" there is still no figure.
    reader = FigureReader()
    number = reader.read("≥ 85%", Provenance(line=1), "realisasi")
    assert number is not None and number.value is None
    assert [doubt.raw for doubt in reader.doubts] == ["≥ 85%"]


def test_bound_targets_are_read_and_consistent_targets_are_silent(check_inline):
    assert check_inline(_report(), *CODES) == []
    report = extract_report(parse_source(_report(), "laporan.md"))
    targets = {(row.indikator, row.target.raw, row.target.value)
               for table in report.achievements for row in table.rows
               if row.target is not None}
    assert ("Persentase jalan mantap", "≥ 85%", Decimal(85)) in targets
    assert ("Persentase drainase baik", "min. 80%", Decimal(80)) in targets


def test_a_capaian_miscomputed_against_a_bound_is_reported(check_inline):
    findings = check_inline(_report(capaian="112,82"), *CODES, lang="en")
    assert _rules_and_lines(findings) == [("CAP001", CAPAIAN_LINE)]
    assert "112,82" in findings[0][2] and "102.82" in findings[0][2]


def test_a_pk_bound_differing_from_the_renstra_bound_is_reported(check_inline):
    findings = check_inline(_report(renstra="≥ 80%"), *CODES, lang="en")
    assert _rules_and_lines(findings) == [("CON001", RENSTRA_LINE)]
    assert "≥ 80%" in findings[0][2] and "≥ 85%" in findings[0][2]


def test_a_really_unreadable_target_is_still_reported(check_inline):
    findings = check_inline(_report(pk="≥ 85/90%"), "INP001")
    assert _rules_and_lines(findings) == [("INP001", PK_LINE), ("INP001", CAPAIAN_LINE)]
