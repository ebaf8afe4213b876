"""CON002: a sasaran's efficiency sentence that names no program ("Sasaran 2 ditunjang oleh
dua program dengan anggaran seluruhnya Rp ... dan realisasi Rp ...") quotes the sum of
the programs the report links to that sasaran, when no per-sasaran table prints it.

The fixture links a support program to both sasaran (Tabel 2.2): the sum is taken with
and without it. A sentence about a part of the budget no table prints (a sub kegiatan
named in ordinary words) is not compared with the sasaran's sum.
"""

from __future__ import annotations

from pathlib import Path

from conftest import edited, flatten

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.text import parse_source

REPORT = (Path(__file__).parent / "fixtures" / "sasaran_linked_budget.md").read_text(
    encoding="utf-8")
TABLE = "Tabel 3.4 Realisasi Anggaran Tahun 2024"


def _con002(text: str, registry) -> list[tuple]:
    rules = [rule for rule in registry.rules if rule.code == "CON002"]
    report = extract_report(parse_source(text, "laporan.md"))
    return flatten(check_report(report, rules, Config()).findings)


def test_the_sums_of_the_linked_programs_are_silent(registry):
    assert _con002(REPORT, registry) == []


def test_a_mistyped_realisasi_of_the_sasaran_is_reported_against_its_programs(registry):
    text = edited(REPORT, ("realisasi Rp285.000.000", "realisasi Rp258.000.000"))
    assert _con002(text, registry) == [
        ("CON002", 23, "Realisasi anggaran tertulis Rp258.000.000 (baris 23), tidak sama "
         "dengan angka tabel mana pun yang semestinya dikutip: realisasi program 'Program "
         "Pemberdayaan Masyarakat Desa dan Kelurahan' + program 'Program Pembinaan dan "
         f"Pengawasan Pemerintahan Desa' di {TABLE} (baris 33) Rp 285.000.000; realisasi "
         "program 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota' + program "
         "'Program Pemberdayaan Masyarakat Desa dan Kelurahan' + program 'Program Pembinaan "
         f"dan Pengawasan Pemerintahan Desa' di {TABLE} (baris 31) Rp 1.255.000.000."),
    ]


def test_a_mistyped_pagu_of_a_sasaran_with_the_support_program_is_reported(registry):
    text = edited(REPORT, ("seluruhnya Rp1.400.000.000", "seluruhnya Rp1.040.000.000"))
    found = _con002(text, registry)
    assert [(rule, line) for rule, line, _ in found] == [("CON002", 19)]
    assert "Rp 1.400.000.000" in found[0][2]


def test_a_part_named_in_words_is_not_compared_with_the_sasaran_sum(registry):
    # "Pada Sasaran 2, sub kegiatan ... menyerap Rp48.000.000 dari pagu Rp50.000.000":
    # the sub kegiatan's own figures, which no table row prints.
    text = edited(REPORT, ("menyerap Rp48.000.000", "menyerap Rp84.000.000"))
    assert _con002(text, registry) == []


def test_a_pagu_read_as_spent_is_not_compared(registry):
    # "menggunakan pagu Rp ...": the reader takes the amount for spending; the words before
    # it name the pagu, so which figure it is stays unsure.
    text = edited(REPORT, ("dua program dengan anggaran seluruhnya Rp300.000.000 dan",
                           "dua program menggunakan pagu Rp300.000.000 dengan"))
    assert _con002(text, registry) == []
