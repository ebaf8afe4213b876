"""CAS005 on the programs the narrative names under "Program dan kegiatan yang menunjang":
in "Program Rehabilitasi Sosial dilaksanakan melalui kegiatan ..." the name is the
budget's "Rehabilitasi Sosial", the verb after it is the sentence's; a program that the
budget lacks is still reported, by its name without the verb."""

from __future__ import annotations

import pytest

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.text import parse_source

BUDGET = (
    "\nTabel 3.10\nRealisasi Anggaran per Program Tahun 2022\n\n"
    "No\tProgram/Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%\n"
    "1\tProgram Rehabilitasi Sosial\t100.000.000\t90.000.000\t90,00\n"
    "\tRehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar\t100.000.000\t90.000.000"
    "\t90,00\n"
    "2\tProgram Penanganan Bencana\t50.000.000\t45.000.000\t90,00\n"
    "\tPerlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota\t50.000.000"
    "\t45.000.000\t90,00\n"
    "\tJumlah\t150.000.000\t135.000.000\t90,00\n"
)
SASARAN = (
    "Sasaran 1: Meningkatnya pelayanan kesejahteraan sosial\n\n"
    "6) Program dan kegiatan yang menunjang\n\n"
)


@pytest.fixture
def cas005(registry):
    rules = [rule for rule in registry.rules if rule.code == "CAS005"]

    def run(text: str) -> list[tuple[int | None, str | None]]:
        report = extract_report(parse_source(text, "laporan.txt"))
        return [(f.location.line, f.expected)
                for f in check_report(report, rules, Config()).findings]

    return run


@pytest.mark.parametrize("sentence", [
    "Program Rehabilitasi Sosial dilaksanakan melalui kegiatan Rehabilitasi Sosial Dasar "
    "Penyandang Disabilitas Terlantar.",
    "Program Penanganan Bencana dijalankan melalui kegiatan Perlindungan Sosial Korban "
    "Bencana Alam dan Sosial Kabupaten/Kota.",
    # Words that are neither the name nor a verb stand between: the budget's name is
    # what the sentence starts with.
    "Program Rehabilitasi Sosial pada tahun 2022 dilaksanakan melalui satu kegiatan.",
])
def test_cas005_a_budgeted_program_followed_by_its_verb_is_found(cas005, sentence):
    assert cas005(SASARAN + sentence + "\n" + BUDGET) == []


def test_cas005_a_program_missing_from_the_budget_is_reported_without_the_verb(cas005):
    sentence = ("Program Pemberdayaan Sosial dilaksanakan melalui kegiatan Pengembangan "
                "Potensi Sumber Kesejahteraan Sosial.")
    assert cas005(SASARAN + sentence + "\n" + BUDGET) == [(5, "Pemberdayaan Sosial")]


def test_cas005_a_program_named_before_a_verb_is_cut_at_it_without_a_budget_name(cas005):
    # "didukung": the budget names no program this sentence starts with, so the verb ends it.
    sentence = "Program Perlindungan Khusus Anak didukung oleh dua kegiatan."
    assert cas005(SASARAN + sentence + "\n" + BUDGET) == [(5, "Perlindungan Khusus Anak")]
