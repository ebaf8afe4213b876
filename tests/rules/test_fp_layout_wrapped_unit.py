"""A space-aligned table (``pdftotext -layout``) whose target cell is too narrow for its
unit: '104,00' on one line, 'indeks' alone under it on the next
(``fixtures/fp_layout_wrapped_unit.txt``, a capaian table and the signed PK in the
lampiran). The unit is the rest of the cell above; each indikator of the sasaran stays
a row of its own with its one target, so CAS002 finds each in the capaian table and
INP001 reads each target. A long indikator name wrapped over lines still joins its row,
and an indikator left out of the capaian table or a target holding two figures is still
reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.text import Table, parse_source

REPORT = (Path(__file__).parent / "fixtures" / "fp_layout_wrapped_unit.txt").read_text(
    encoding="utf-8")
RULES = ("CAS002", "INP001")
NTN_TARGET = "Nilai Tukar Nelayan (NTN)            104,00\n"
NTN_CAPAIAN = "3     Nilai Tukar Nelayan (NTN)            104,00        105,04             101,00\n"


@pytest.fixture
def found(registry):
    rules = [rule for rule in registry.rules if rule.code in RULES]

    def run(text: str) -> list[tuple[str, int | None, str | None]]:
        report = extract_report(parse_source(text, "laporan.txt"))
        return [(f.rule, f.location.line, f.actual)
                for f in check_report(report, rules, Config()).findings]

    return run


def _edited(old: str, new: str) -> str:
    assert REPORT.count(old) == 1
    return REPORT.replace(old, new)


def _pk_table() -> Table:
    [table] = [table for table in parse_source(REPORT, "laporan.txt").tables
               if table.line == 27]
    return table


def test_a_wrapped_unit_joins_its_value_and_each_indikator_keeps_its_row():
    rows = [[cell.text for cell in row.cells] for row in _pk_table().rows]
    assert [(row[2], row[3]) for row in rows[1:]] == [
        ("Produksi perikanan tangkap", "18.500 ton"),
        ("Produksi perikanan budidaya", "4.200 ton"),
        ("Nilai Tukar Nelayan (NTN)", "104,00 indeks"),
        ("Skor Pola Pangan Harapan (PPH)", "86,50 skor"),
        ("Persentase sampel pangan segar yang tidak memenuhi syarat keamanan pangan", "5,00 %"),
    ]


def test_the_wrapped_unit_line_belongs_to_the_row_of_its_value():
    ntn = _pk_table().rows[3]
    assert (ntn.line, ntn.end_line) == (32, 33)


def test_wrapped_sasaran_and_indikator_names_still_join_their_rows():
    rows = _pk_table().rows
    assert rows[1].cells[1].text == (
        "Meningkatnya produksi dan kesejahteraan pelaku usaha perikanan")
    assert (rows[5].line, rows[5].end_line) == (36, 38)


def test_a_consistent_pk_with_a_wrapped_unit_is_silent(found):
    assert found(REPORT) == []


def test_an_indikator_missing_from_the_capaian_table_is_still_reported(found):
    # The row goes (a blank line would end the table), so the PK moves up one line.
    text = _edited(NTN_CAPAIAN, "")
    assert [(rule, line) for rule, line, _ in found(text)] == [("CAS002", 31)]


def test_a_target_holding_two_figures_is_still_reported(found):
    text = _edited(NTN_TARGET, NTN_TARGET.replace("104,00", "104,00 / 106,00"))
    assert found(text) == [("INP001", 32, "104,00 / 106,00 indeks")]
