"""CON011 (a claim that every target was met), CON012 ("N/A" in one table, 0 in another)
and CON013 (a count and its share in the narrative), on small text reports of Kecamatan
Sukamaju on 2024 written for the project: ``narrative_figures_defects.txt`` holds each
defect, ``narrative_figures_clean.txt`` the look-alikes the rules must leave alone (a
limited claim, a claim about one sasaran, a hope, a claim about the schedule, "N/A" for
the reporting year beside a 0 of an earlier year, a list whose shares do not add up to
100, a share truncated rather than rounded)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import flatten

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.text import parse_source

FIXTURES = Path(__file__).parent / "fixtures"
CODES = ("CON011", "CON012", "CON013")


@pytest.fixture
def run(registry):
    def run(name: str, lang: str = "id"):
        path = FIXTURES / name
        report = extract_report(parse_source(path.read_text(encoding="utf-8"), str(path)))
        rules = [rule for rule in registry.rules if rule.code in CODES]
        return check_report(report, rules, Config()).findings

    return run


def test_con011_a_claim_that_every_target_was_met_against_the_capaian(run):
    findings = [f for f in run("narrative_figures_defects.txt") if f.rule == "CON011"]
    assert flatten(findings) == [
        ("CON011", 33, "Baris 33 menyatakan seluruh target tercapai, tetapi 2 indikator "
         "capaiannya di bawah 100%: Indeks Kepuasan Masyarakat (98,78%); Persentase desa "
         "mandiri (0%)."),
    ]
    assert flatten(findings, "en")[0][2].startswith("Line 33 says every target was met, but 2")


def test_con012_na_in_one_table_and_zero_in_another(run):
    findings = [f for f in run("narrative_figures_defects.txt") if f.rule == "CON012"]
    assert [(f.location.line, f.args["field"]["id"], f.expected, f.actual)
            for f in findings] == [(21, "Realisasi", "N/A", "0"), (21, "Capaian", "N/A", "0")]
    assert findings[0].text("en") == (
        "The realisasi of indicator 'Persentase desa mandiri' is \"N/A\" on line 14 "
        "(Tabel 3.1 Capaian Kinerja Tahun 2024) but 0 on line 21 (Tabel 3.2 Perbandingan "
        "Capaian Kinerja dengan Tahun Sebelumnya).")


def test_con013_a_share_that_is_not_the_count_over_the_whole(run):
    findings = [f for f in run("narrative_figures_defects.txt") if f.rule == "CON013"]
    assert flatten(findings) == [
        ("CON013", 26, "11 desa dari 17 adalah 64,71%, bukan 58,82% seperti tertulis."),
        ("CON013", 27, "5 desa dari 17 adalah 29,41%, bukan 35,29% seperti tertulis."),
        ("CON013", 29, "12 desa dari 17 adalah 70,59%, bukan 75,00% seperti tertulis."),
    ]
    assert (findings[0].expected, findings[0].actual) == ("64,71%", "58,82%")


def test_the_look_alikes_are_left_alone(run):
    assert flatten(run("narrative_figures_clean.txt")) == []
