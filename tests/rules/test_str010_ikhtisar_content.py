"""STR010: an Ikhtisar Eksekutif that leaves out what Permenpan RB 53/2014 asks it to
hold, on small text reports of Kecamatan Sukamaju on 2024 written for the project:
``ikhtisar_defects.txt`` gives the sasaran, the capaian and the budget but no problem
and no step; ``ikhtisar_clean.txt`` gives all five, in other words than the regulation's
("hambatan", "realisasi keuangan", "upaya")."""

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
    rules = [rule for rule in registry.rules if rule.code == "STR010"]
    return flatten(check_report(report, rules, Config()).findings, lang)


def test_str010_names_every_element_missing(registry):
    assert _run(registry, "ikhtisar_defects.txt") == [
        ("STR010", 5, "Ikhtisar Eksekutif (baris 5-9) tidak memuat kendala yang dihadapi dan "
         "langkah mengatasi kendala."),
    ]
    assert _run(registry, "ikhtisar_defects.txt", "en")[0][2] == (
        "The Ikhtisar Eksekutif (lines 5-9) does not give the problems met and the steps "
        "taken against them.")


def test_str010_takes_the_elements_in_other_words(registry):
    assert _run(registry, "ikhtisar_clean.txt") == []
