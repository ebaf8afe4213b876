"""The nomenclature survey of a report is made once for the four NOM rules, and a new
report gets its own."""

from __future__ import annotations

from dataclasses import replace

from checker.model import BudgetItem, BudgetTable, Level, Meta, Provenance, Report
from rules.nomenclature import _survey


def _report(name: str) -> Report:
    item = BudgetItem(Level.PROGRAM, name, "1.05.01", None, None, None, None, None, None, (),
                      Provenance(line=3))
    table = BudgetTable("Tabel 3.5", "realisasi", (item,), None, None, None, None,
                        Provenance(), Provenance(line=2))
    return Report(path="x.toml", format="toml", meta=Meta(agency="Kecamatan Sukamaju",
                  year=2024), budgets=(table,))


def test_one_survey_per_report(monkeypatch):
    made = []
    real = _survey._survey
    monkeypatch.setattr(_survey, "_survey", lambda report: made.append(report) or real(report))
    report = _report("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota")
    first = _survey.survey(report)
    assert first is not None and _survey.survey(report) is first
    other = replace(report, path="y.toml")
    assert _survey.survey(other) is not first
    assert made == [report, other]
