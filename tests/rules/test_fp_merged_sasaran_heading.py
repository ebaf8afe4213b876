"""A sasaran written as one merged cell across the whole table ('Sasaran 1: ...' over
the indicators grouped below it, ``<td colspan>`` as the Word and PDF readers write it)
is a heading, read as the same row typed with the sasaran in its first cell only: not
an indicator whose unit, targets and capaian are the sasaran's name (INP001), nor one
more indicator in the Renstra's count (CNT002). A narrative count that really differs
from the indicator rows, and a value cell that really holds no figure, are still
reported."""

from __future__ import annotations

import pytest

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.model import Report
from checker.text import parse_source

RULES = ("CNT002", "INP001")

HEADER = ("<tr><th>No</th><th>Indikator</th><th>Satuan</th><th>Target 2025</th>"
          "<th>Target 2026</th></tr>")


def _heading_html(text: str) -> str:
    return f'<tr><td colspan="5"><b>{text}</b></td></tr>'


def _heading_first_cell(text: str) -> str:
    return f"<tr><td><b>{text}</b></td><td></td><td></td><td></td><td></td></tr>"


def _indicator(no: int, name: str, unit: str, first: str, second: str) -> str:
    return (f"<tr><td>{no}</td><td>{name}</td><td>{unit}</td><td>{first}</td>"
            f"<td>{second}</td></tr>")


def _report_text(heading, indicators: int = 3, target: str = "85,00") -> str:
    rows = [
        heading("Sasaran 1: Meningkatnya pelestarian warisan budaya daerah"),
        _indicator(1, "Persentase situs budaya yang terpelihara", "%", "70,00", "75,00"),
        _indicator(2, "Jumlah pengunjung galeri daerah", "orang", "4.000", "4.500"),
        heading("Sasaran 2: Meningkatnya kualitas pelayanan publik dinas"),
        _indicator(3, "Indeks Kepuasan Masyarakat", "nilai", target, "87,00"),
    ]
    return "\n".join([
        "# BAB II PERENCANAAN KINERJA",
        "# A. Rencana Strategis",
        f"Tujuan dijabarkan ke dalam 2 (dua) sasaran strategis dan {indicators} indikator.",
        "",
        "**Tabel 2.1 Sasaran, Indikator dan Target Renstra 2021-2026**",
        "",
        "<table>",
        HEADER,
        *rows,
        "</table>",
        "",
    ])


def _read(text: str) -> Report:
    return extract_report(parse_source(text, "laporan.md"))


@pytest.fixture
def findings(registry):
    """(rule, line) of CNT002 and INP001 on a report written in the test."""
    rules = [rule for rule in registry.rules if rule.code in RULES]

    def run(text: str) -> list[tuple[str, int | None]]:
        result = check_report(_read(text), rules, Config())
        return [(f.rule, f.location.line) for f in result.findings]

    return run


def _plan(report: Report) -> list[tuple[str, str | None, str | None, dict]]:
    return [(item.name, item.sasaran and report_sasaran(report, item.sasaran), item.unit,
             {year: number.value for year, number in item.targets.items()})
            for item in report.plan.indikator]


def report_sasaran(report: Report, ident: str) -> str:
    return next(s.name for s in report.plan.sasaran if s.id == ident)


def test_merged_sasaran_row_is_read_as_a_heading() -> None:
    report = _read(_report_text(_heading_html))
    names = [item.name for item in report.plan.indikator]
    assert names == ["Persentase situs budaya yang terpelihara",
                     "Jumlah pengunjung galeri daerah", "Indeks Kepuasan Masyarakat"]
    sasaran = {item.name: report_sasaran(report, item.sasaran)
               for item in report.plan.indikator if item.sasaran}
    assert sasaran["Jumlah pengunjung galeri daerah"] == (
        "Meningkatnya pelestarian warisan budaya daerah")
    assert sasaran["Indeks Kepuasan Masyarakat"] == (
        "Meningkatnya kualitas pelayanan publik dinas")


def test_merged_cell_reads_as_the_sasaran_in_the_first_cell() -> None:
    merged = _read(_report_text(_heading_html))
    typed = _read(_report_text(_heading_first_cell))
    assert _plan(merged) == _plan(typed)
    assert len(_plan(merged)) == 3


def test_no_false_count_or_unreadable_value(findings) -> None:
    assert findings(_report_text(_heading_html)) == []


def test_a_wrong_count_is_still_reported(findings) -> None:
    found = findings(_report_text(_heading_html, indicators=4))
    assert found == [("CNT002", 3)]


def test_a_value_without_a_figure_is_still_reported(findings) -> None:
    found = findings(_report_text(_heading_html, target="7 Desa/ 1 Kel"))
    assert [rule for rule, _ in found] == ["INP001"]
    assert found[0][1] == 13  # the row of indicator 3, not a heading
