"""CAS005 on what the narrative and the link tables name as supporting a sasaran, read as
a reviewer reads it: an analysis's label ("g. Program dan kegiatan pendukung.", "7)
Program dan kegiatan yang menunjang.") is no program, a name ends with its sentence, and
the total row of a link table is no program; a program missing from the budget is still
reported, in a list and in a link table."""

from __future__ import annotations

import pytest

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.text import parse_source

BUDGET = (
    "\nTabel 3.9\nRealisasi Anggaran Tahun 2024\n\n"
    "No\tProgram/Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%\n"
    "1\tProgram Penanggulangan Bencana\t100.000.000\t90.000.000\t90,00\n"
    "\tPelayanan Informasi Rawan Bencana Kabupaten/Kota\t100.000.000\t90.000.000\t90,00\n"
    "\tJumlah\t100.000.000\t90.000.000\t90,00\n"
)
# The efficiency analysis speaks of "kegiatan pendukung sasaran ini": the sentence of a
# list of supporting items, whose items are then read on the lines below it.
SASARAN = (
    "Sasaran 1: Meningkatnya ketahanan daerah terhadap bencana\n\n"
    "f. Efisiensi penggunaan sumber daya. Kegiatan pendukung sasaran ini menyerap Rp "
    "90.000.000 dari anggaran Rp 100.000.000.\n\n"
)
PROGRAM = "Program Penanggulangan Bencana"


@pytest.fixture
def cas005(registry):
    rules = [rule for rule in registry.rules if rule.code == "CAS005"]

    def run(text: str) -> list[tuple[int | None, str | None]]:
        report = extract_report(parse_source(text, "laporan.txt"))
        return [(f.location.line, f.expected)
                for f in check_report(report, rules, Config()).findings]

    return run


@pytest.mark.parametrize("label", [
    f"g. Program dan kegiatan pendukung. Sasaran ini ditunjang oleh {PROGRAM} melalui satu "
    "kegiatan.",
    f"g) Program pendukung. Sasaran ini didukung oleh {PROGRAM}, melalui",
    "**7) Program dan kegiatan yang menunjang.**",
])
def test_cas005_the_label_of_the_seventh_analysis_is_no_program(cas005, label):
    assert cas005(SASARAN + label + "\n" + BUDGET) == []


def test_cas005_a_listed_program_missing_from_the_budget_is_still_reported(cas005):
    # The name ends with its sentence: what follows the full stop is not part of it.
    item = "1. Program Pembinaan dan Pengawasan Pemerintahan Desa. Program ini membina desa."
    assert cas005(SASARAN + item + "\n" + BUDGET) == [
        (5, "Pembinaan dan Pengawasan Pemerintahan Desa")]


LINK_TABLE = (
    "Tabel 3.5 Realisasi Anggaran per Sasaran Strategis Tahun 2024\n\n"
    "Sasaran Strategis\tProgram\tPagu (Rp)\tRealisasi (Rp)\t%\n"
    f"Meningkatnya ketahanan daerah terhadap bencana\t{PROGRAM}\t100.000.000\t90.000.000\t90,00\n"
    "\tJumlah\t100.000.000\t90.000.000\t90,00\n"
)


def test_cas005_the_total_row_of_a_link_table_is_no_program(cas005):
    assert cas005(LINK_TABLE + BUDGET) == []


def test_cas005_a_program_of_a_link_table_missing_from_the_budget_is_still_reported(cas005):
    text = LINK_TABLE.replace(f"\t{PROGRAM}\t", "\tProgram Pembinaan Kelembagaan Desa\t")
    assert cas005(text + BUDGET) == [(4, "Program Pembinaan Kelembagaan Desa")]
