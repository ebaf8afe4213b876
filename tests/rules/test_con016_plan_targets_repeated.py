"""CON016 (a Renstra target matrix printed twice gives the same targets for the other
years), on small text reports of Dinas Perikanan Kabupaten Karang Sembilan on 2023
written for the project: ``plan_targets_repeated_defects.txt`` prints its Renstra matrix
in Bab II and again in a lampiran, with a year to come changed in one row, an earlier
year and a year to come in another, the reporting year in a third (CON001's) and a year
to come in the tujuan's own row (CON014's too); ``plan_targets_repeated_clean.txt`` holds
the look-alikes the rule must leave alone (the same figures written otherwise, a blank,
one indicator under two sasaran, a Renstra Perubahan beside the Renstra it revises)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CORPUS

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.severity import Severity
from checker.text import parse_source

FIXTURES = Path(__file__).parent / "fixtures"
TABLE_2_1 = "Tabel 2.1 Tujuan, Sasaran, Indikator dan Target Renstra 2021-2026"
LAMPIRAN_1 = "Lampiran 1 Matriks Tujuan, Sasaran dan Target Renstra Dinas Perikanan 2021-2026"


def _differs(indikator: str, sasaran: str, line: int, reference_line: int,
             detail: str) -> tuple:
    return ("CON016", line, f"Target Renstra indikator '{indikator}' (sasaran '{sasaran}') "
            f"di {LAMPIRAN_1} (baris {line}) berbeda dari cetakan pertamanya di {TABLE_2_1} "
            f"(baris {reference_line}): {detail}.")


def _run(name: str, registry, *codes: str):
    path = FIXTURES / name
    report = extract_report(parse_source(path.read_text(encoding="utf-8"), str(path)))
    rules = [rule for rule in registry.rules if rule.code in codes]
    assert len(rules) == len(codes)
    return check_report(report, rules, Config()).findings


def test_con016_reports_each_later_row_that_differs(check_text):
    assert check_text("plan_targets_repeated_defects.txt", "CON016") == [
        ("CON016", 33, f"Target Renstra indikator 'Nilai Tukar Pembudidaya Ikan' di "
         f"{LAMPIRAN_1} (baris 33) berbeda dari cetakan pertamanya di {TABLE_2_1} (baris 13): "
         "target 2024 tertulis 102,05, di sana 102,50."),
        _differs("Jumlah produksi perikanan budidaya", "Meningkatnya produksi perikanan "
                 "budidaya", 34, 14, "target 2025 tertulis 1.450, di sana 1.400"),
        _differs("Angka konsumsi ikan per kapita", "Meningkatnya konsumsi ikan masyarakat",
                 36, 16, "target 2021 tertulis 30,50, di sana 32,50; target 2026 tertulis "
                 "35,50, di sana 35,00"),
    ]


def test_con016_expected_is_the_first_printing_and_found_this_one(registry):
    findings = _run("plan_targets_repeated_defects.txt", registry, "CON016")
    by_line = {finding.location.line: finding for finding in findings}
    assert [(by_line[34].expected, by_line[34].actual)] == [("1.400", "1.450")]
    assert by_line[36].expected == "2021: 32,50; 2026: 35,00"
    assert by_line[36].actual == "2021: 30,50; 2026: 35,50"
    assert {finding.severity for finding in findings} == {Severity.ERROR}
    assert by_line[34].location.table == LAMPIRAN_1


def test_con016_leaves_the_reporting_year_to_con001(check_text):
    # Line 35 prints 52,00 for 2023, the reporting year, where Bab II prints 50,00.
    con016 = check_text("plan_targets_repeated_defects.txt", "CON016")
    con001 = check_text("plan_targets_repeated_defects.txt", "CON001")
    assert 35 not in [line for _, line, _ in con016]
    assert [line for _, line, _ in con001] == [35]


def test_con016_folds_into_con014_on_a_tujuan_row(registry):
    # Line 33 is the tujuan's own row: CON014 reports the same 2024 target.
    findings = _run("plan_targets_repeated_defects.txt", registry, "CON014", "CON016")
    assert [(f.rule, f.location.line) for f in findings] == [
        ("CON014", 33), ("CON016", 34), ("CON016", 36)]
    assert [(r.rule, r.location.line) for r in findings[0].related] == [("CON016", 33)]


def test_con016_speaks_english(check_text):
    messages = [m for _, _, m in check_text("plan_targets_repeated_defects.txt", "CON016",
                                             lang="en")]
    assert messages[2] == (
        "Renstra targets of indikator 'Angka konsumsi ikan per kapita' (sasaran 'Meningkatnya "
        f"konsumsi ikan masyarakat') in {LAMPIRAN_1} (line 36) differ from its first printing "
        f"in {TABLE_2_1} (line 16): the 2021 target is 30,50 here, 32,50 there; the 2026 "
        "target is 35,50 here, 35,00 there.")


def test_con016_leaves_the_look_alikes_alone(check_text):
    assert check_text("plan_targets_repeated_clean.txt", "CON016") == []


def test_the_clean_report_prints_four_plan_tables():
    # The clean report must hold what the rule compares, or its silence proves nothing.
    path = FIXTURES / "plan_targets_repeated_clean.txt"
    report = extract_report(parse_source(path.read_text(encoding="utf-8"), str(path)))
    tables = [indikator.where.table for indikator in report.plan.indikator]
    assert sorted({table: tables.count(table) for table in tables}.values()) == [3, 3, 5, 5]


# The reporting year of these reports is 2024 (conftest.META): 2025 is a year to come.
_PLAN = """\
[[plan.indikator]]
id = "I1"
name = "Indeks Kepuasan Masyarakat"
targets = {{ "2023" = "78", "2024" = "80", "2025" = "82" }}
line = 10
table = "{first}"

[[plan.indikator]]
id = "I2"
name = "Indeks Kepuasan Masyarakat"
targets = {{ "2023" = "78", "2024" = "80", "2025" = "83" }}
line = 40
table = "{second}"
"""


@pytest.mark.parametrize(("first", "second", "reported"), [
    ("Tabel 2.1 Renstra 2021-2026", "Lampiran 1 Renstra 2021-2026", True),
    ("Tabel 2.1 Target Renstra", "Lampiran 1 Indikator Kinerja Utama", True),
    # Two editions or two periods of the plan: the targets may differ by right.
    ("Tabel 2.1 Renstra 2021-2026", "Tabel 2.2 Renstra Perubahan 2021-2026", False),
    ("Tabel 2.1 Renstra 2019-2024", "Tabel 2.2 Renstra 2021-2026", False),
])
def test_con016_compares_tables_of_one_plan(check, first, second, reported):
    result = check(_PLAN.format(first=first, second=second), "CON016")
    found = [(f.location.line, f.expected, f.actual) for f in result.findings]
    assert found == ([(40, "82", "83")] if reported else [])


@pytest.mark.skipif(not (CORPUS / "seberang-kota-2022.txt").exists(), reason="no corpus")
def test_con016_on_seberang_kota(registry):
    path = CORPUS / "seberang-kota-2022.txt"
    report = extract_report(parse_source(path.read_text(encoding="utf-8"), str(path)))
    rules = [rule for rule in registry.rules if rule.code == "CON016"]
    findings = check_report(report, rules, Config()).findings
    # The sasaran Renstra matrix printed twice: IKM 2026 71,8 / 71,9, AKIP 2024 60,10 / 60,01.
    assert [(f.location.line, f.expected, f.actual) for f in findings] == [
        (761, "71,8", "71,9"), (762, "60,10", "60,01")]
