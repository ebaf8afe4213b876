"""A realisasi the report declares not available yet ("belum tersedia (rilis BPS 2024)":
the figure is published after the report is due, and the text says so) is no number and
no reader failure (``fixtures/fp_pending_realisasi.md``): no INP001 for the note's year,
no CAS002 for the capaian that cannot be computed yet, no CON001 between two tables that
both say "not available". An unreadable cell, a missing capaian with nothing stated in
its place, a figure in one table where another says "belum tersedia", and "belum
tersedia" against 0 are still reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.numbers import NumberFormatError, is_pending, parse_number
from checker.text import parse_source

REPORT = (Path(__file__).parent / "fixtures" / "fp_pending_realisasi.md").read_text(
    encoding="utf-8")
RULES = ("INP001", "CAS002", "CON001", "CON012")
MAIN_ROW = "| indeks | 2,60 | belum tersedia<br>(rilis BPS 2024) | - | - |"
RENSTRA_ROW = "| belum tersedia | 3,00 | - |"


@pytest.fixture
def found(registry):
    rules = [rule for rule in registry.rules if rule.code in RULES]

    def run(text: str) -> list[tuple[str, int | None, str | None]]:
        report = extract_report(parse_source(text, "laporan.md"))
        return [(f.rule, f.location.line, f.actual)
                for f in check_report(report, rules, Config()).findings]

    return run


def _edited(old: str, new: str) -> str:
    assert REPORT.count(old) == 1
    return REPORT.replace(old, new)


@pytest.mark.parametrize("text", [
    "belum tersedia", "belum tersedia (rilis BPS 2025)", "Data belum tersedia",
    "belum dirilis, terbit Juni 2025", "menunggu rilis BPS 2025"])
def test_a_value_declared_pending_is_no_number(text):
    assert is_pending(text)
    assert parse_number(text) is None


@pytest.mark.parametrize("text", ["belum tercapai 80%", "80 (belum tersedia)", "B", "12,5"])
def test_other_cells_are_not_pending(text):
    assert not is_pending(text)


def test_a_cell_with_two_figures_stays_unreadable():
    with pytest.raises(NumberFormatError):
        parse_number("belum 2024 2025")


def test_the_pending_realisasi_is_read_as_no_figure():
    report = extract_report(parse_source(REPORT, "laporan.md"))
    pending = [row.realisasi for table in report.achievements for row in table.rows
               if row.indikator == "Indeks Pembangunan Statistik Sektoral"]
    assert [(number.raw, number.value) for number in pending] == [
        ("belum tersedia (rilis BPS 2024)", None), ("belum tersedia", None)]
    assert not report.doubts


def test_a_report_with_a_declared_pending_realisasi_is_silent(found):
    assert found(REPORT) == []


def test_an_unreadable_realisasi_is_still_reported(found):
    text = _edited(MAIN_ROW, MAIN_ROW.replace("belum tersedia<br>(rilis BPS 2024)", "2,4 / 2,5"))
    assert ("INP001", 25, "2,4 / 2,5") in found(text)


def test_a_missing_capaian_with_nothing_stated_is_still_reported(found):
    text = _edited(MAIN_ROW, MAIN_ROW.replace("belum tersedia<br>(rilis BPS 2024)", "-"))
    text = text.replace(RENSTRA_ROW, RENSTRA_ROW.replace("belum tersedia", "-"))
    assert found(text) == [("CAS002", 14, None)]


def test_a_missing_capaian_beside_a_realisasi_figure_is_still_reported(found):
    text = _edited(MAIN_ROW, MAIN_ROW.replace("belum tersedia<br>(rilis BPS 2024)", "2,50"))
    assert ("CAS002", 14, None) in found(text)


def test_a_figure_where_another_table_says_pending_is_still_reported(found):
    text = _edited(RENSTRA_ROW, RENSTRA_ROW.replace("belum tersedia", "2,40"))
    # A figure printed makes the capaian computable: its absence is reported again.
    assert found(text) == [("CAS002", 14, None), ("CON001", 34, "2,40")]


def test_two_different_realisasi_figures_are_still_reported(found):
    text = _edited(MAIN_ROW, MAIN_ROW.replace("belum tersedia<br>(rilis BPS 2024)", "2,50"))
    text = text.replace(RENSTRA_ROW, RENSTRA_ROW.replace("belum tersedia", "2,40"))
    assert [(rule, line, actual) for rule, line, actual in found(text)
            if rule == "CON001"] == [("CON001", 34, "2,40")]


def test_pending_against_zero_is_reported(found):
    text = _edited(RENSTRA_ROW, RENSTRA_ROW.replace("belum tersedia", "0"))
    assert [(rule, line) for rule, line, _ in found(text)] == [
        ("CAS002", 14), ("CON001", 34), ("CON012", 34)]

