"""STR012: an analysis table with an empty cause or solution cell, on small text reports
of Kecamatan Sukamaju on 2024 written for the project: ``analysis_cells_defects.txt``
leaves the solution of an indicator below target and the cause of another empty;
``analysis_cells_clean.txt`` holds what must pass (a row continued after a page break, a
solution left empty where the capaian is 100%, a second indicator under a merged
sasaran, a row the converter cut short, a follow-up table that is not an analysis)."""

from __future__ import annotations

from pathlib import Path

from conftest import flatten

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.text import parse_source

FIXTURES = Path(__file__).parent / "fixtures"


def _run(registry, name: str, lang: str = "id") -> list[tuple]:
    path = FIXTURES / name
    report = extract_report(parse_source(path.read_text(encoding="utf-8"), str(path)))
    rules = [rule for rule in registry.rules if rule.code == "STR012"]
    return flatten(check_report(report, rules, Config()).findings, lang)


def test_str012_reports_each_empty_cause_or_solution(registry):
    assert _run(registry, "analysis_cells_defects.txt") == [
        ("STR012", 10, "Baris 10: kolom 'Solusi yang Dilakukan' kosong untuk 'Indeks "
         "Kepuasan Masyarakat'."),
        ("STR012", 11, "Baris 11: kolom 'Analisis Penyebab' kosong untuk 'Persentase desa "
         "tertib administrasi'."),
    ]
    assert _run(registry, "analysis_cells_defects.txt", "en")[0][2] == (
        "Line 10: the 'Solusi yang Dilakukan' column is empty for 'Indeks Kepuasan "
        "Masyarakat'.")


def test_str012_leaves_continued_met_and_cut_rows_alone(registry):
    assert _run(registry, "analysis_cells_clean.txt") == []
