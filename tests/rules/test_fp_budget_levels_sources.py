"""What a budget table's rows are, where a leading word or a column says otherwise:

- a row whose Kepmendagri code is a kegiatan's ("1.04.05.2.01 Urusan Penyelenggaraan PSU
  Perumahan") is that kegiatan, though its name opens with "Urusan" like an urusan heading
  (BUD003, CNT001);
- a table "Realisasi Anggaran menurut Sumber Dana" (rows DAK, DAU) splits the same total by
  source of funds: its rows are no programs (CAS003, CAS004);
- the short sentence "Sasaran 3 ditunjang oleh Program X." is no heading of a sasaran's part:
  it links its program (CAS003, CAS007).

Each with the real defect of its kind still reported.
"""

from __future__ import annotations

import pytest

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.model import Level
from checker.text import parse_source

RULES = ("BUD003", "CNT001", "CAS003", "CAS004", "CAS007")


@pytest.fixture
def run(registry):
    """(report, findings as (rule, line, actual)) of a text report."""
    rules = [rule for rule in registry.rules if rule.code in RULES]

    def check(text: str):
        report = extract_report(parse_source(text, "laporan.txt"))
        findings = [(f.rule, f.location.line, f.actual)
                    for f in check_report(report, rules, Config()).findings]
        return report, findings

    return check


PK = """\
BAB II PERENCANAAN KINERJA

Tabel 2.2 Perjanjian Kinerja Tahun 2023

No\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget 2023
1\tMeningkatnya kualitas hunian masyarakat\tPersentase rumah layak huni\t%\t80,00
2\tMeningkatnya akuntabilitas kinerja dinas\tNilai SAKIP dinas\tNilai\t70,00

BAB III AKUNTABILITAS KINERJA

Sasaran 1: Meningkatnya kualitas hunian masyarakat

Sasaran 1 ditunjang oleh Program Peningkatan Prasarana, Sarana dan Utilitas Umum (PSU).

Sasaran 2: Meningkatnya akuntabilitas kinerja dinas

"""
# Line 17: short enough for a heading, but a sentence that links sasaran 2's program.
SUPPORTED = "Sasaran 2 ditunjang oleh Program Penunjang Urusan Pemerintahan Daerah.\n\n"
NOT_SUPPORTED = "Nilai SAKIP dinas naik berkat pemantauan triwulanan.\n\n"

# Line 19 onwards (the total on line 29): 2 program, 3 kegiatan.
BUDGET = """\
Dinas melaksanakan 2 (dua) program dan 3 (tiga) kegiatan.

Tabel 3.5 Realisasi Anggaran per Program dan Kegiatan Tahun 2023

Kode\tProgram/Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%
1.04.01\tProgram Penunjang Urusan Pemerintahan Daerah\t300.000.000\t290.000.000\t96,67
1.04.01.2.01\tPerencanaan, Penganggaran, dan Evaluasi Kinerja\t100.000.000\t95.000.000\t95,00
1.04.01.2.02\tAdministrasi Keuangan Perangkat Daerah\t200.000.000\t195.000.000\t97,50
1.04.05\tProgram Peningkatan Prasarana, Sarana dan Utilitas Umum (PSU)\t500.000.000\t\
490.000.000\t98,00
1.04.05.2.01\tUrusan Penyelenggaraan PSU Perumahan\t500.000.000\t490.000.000\t98,00
\tJumlah\t800.000.000\t780.000.000\t97,50

"""
SUMBER_DANA = """\
Tabel 3.6 Realisasi Anggaran menurut Sumber Dana Tahun 2023

No\tSumber Dana\tPagu (Rp)\tRealisasi (Rp)\t%
1\tDana Alokasi Khusus (DAK)\t450.000.000\t445.000.000\t98,89
2\tDana Alokasi Umum (DAU)\t350.000.000\t335.000.000\t95,71
\tJumlah\t800.000.000\t780.000.000\t97,50
"""
PSU = "Peningkatan Prasarana, Sarana dan Utilitas Umum (PSU)"


def _levels(report) -> list[tuple[str, Level]]:
    return [(item.name, item.level) for item in report.budgets[0].walk()]


def test_a_kegiatan_code_decides_over_a_leading_urusan(run):
    report, findings = run(PK + SUPPORTED + BUDGET)
    assert ("Urusan Penyelenggaraan PSU Perumahan", Level.KEGIATAN) in _levels(report)
    assert [level for _, level in _levels(report)].count(Level.PROGRAM) == 2
    assert findings == []


def test_an_urusan_heading_without_a_code_stays_above_the_programs(run):
    # "Urusan Pemerintahan Bidang Perumahan" without a program's code heads the table.
    headed = BUDGET.replace(
        "1.04.01\tProgram Penunjang",
        "\tUrusan Pemerintahan Bidang Perumahan\t800.000.000\t780.000.000\t97,50\n"
        "1.04.01\tProgram Penunjang")
    report, findings = run(PK + SUPPORTED + headed)
    assert "Urusan Pemerintahan Bidang Perumahan" not in [name for name, _ in _levels(report)]
    assert findings == []


def test_a_wrong_total_and_a_wrong_count_are_still_reported(run):
    wrong = BUDGET.replace("\tJumlah\t800.000.000", "\tJumlah\t850.000.000").replace(
        "3 (tiga) kegiatan", "4 (empat) kegiatan")
    _, findings = run(PK + SUPPORTED + wrong)
    assert sorted((rule, line) for rule, line, _ in findings) == [("BUD003", 29),
                                                                  ("CNT001", 19)]


def test_a_table_by_source_of_funds_lists_no_programs(run):
    report, findings = run(PK + SUPPORTED + BUDGET + SUMBER_DANA)
    sumber = report.budgets[-1]
    assert sumber.name.startswith("Tabel 3.6")
    assert sumber not in report.main_budgets()
    assert findings == []


def test_a_second_program_table_missing_a_program_is_still_reported(run):
    by_program = f"""\
Tabel 3.6 Realisasi Anggaran per Program Tahun 2023

No\tProgram\tPagu (Rp)\tRealisasi (Rp)\t%
1\tProgram {PSU}\t500.000.000\t490.000.000\t98,00
\tJumlah\t500.000.000\t490.000.000\t98,00
"""
    _, findings = run(PK + SUPPORTED + BUDGET + by_program)
    assert [(rule, line) for rule, line, _ in findings] == [("CAS004", 24)]


def test_a_short_supported_by_sentence_links_its_sasaran(run):
    report, findings = run(PK + SUPPORTED + BUDGET)
    links = [(link.sasaran, link.name, link.where.line) for link in report.links]
    assert ("2", "Penunjang Urusan Pemerintahan Daerah", 17) in links
    assert findings == []


def test_a_sasaran_that_names_no_program_is_still_reported(run):
    _, findings = run(PK + NOT_SUPPORTED + BUDGET)
    assert sorted((rule, line) for rule, line, _ in findings) == [("CAS003", 24),
                                                                  ("CAS007", 7)]


def test_a_short_count_sentence_with_the_programs_below_reads_without_failing(run):
    # "Sasaran 2 ditunjang oleh 2 (dua) program." ends its paragraph: no name follows it.
    counted = SUPPORTED.replace("Program Penunjang Urusan Pemerintahan Daerah.",
                                "2 (dua) program.")
    report, _ = run(PK + counted + BUDGET)
    assert [link.sasaran for link in report.links] == ["1"]
