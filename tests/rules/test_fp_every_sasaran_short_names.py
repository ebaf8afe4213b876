"""Two readings a reviewer makes where CAS003 and CON002 made another:

- "Program X menunjang kedua sasaran" (or "seluruh sasaran", "ketiga sasaran" in a report
  of three) links X to every sasaran of the report, as a "Semua sasaran" cell does; a
  count that is not the report's ("kedua sasaran" of three) says not which, and links
  nothing;
- "Program Pendaftaran Penduduk dan Program Pencatatan Sipil ... memiliki pagu Rp ..."
  at the start of a sentence names both programs, though the first name is short (two
  words, known by its "Program"): the figures are the two programs' sum.

Each with the real defect of its kind still reported.
"""

from __future__ import annotations

import pytest

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.extract._links import _narrative_links
from checker.text import parse_source

SASARAN_1 = "Meningkatnya kepemilikan dokumen kependudukan"
SASARAN_2 = "Meningkatnya pemanfaatan data kependudukan"
PENUNJANG = "Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"

PK = f"""\
BAB II PERENCANAAN KINERJA

Tabel 2.1 Perjanjian Kinerja Tahun 2023

No\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget 2023
1\t{SASARAN_1}\tCakupan akta kelahiran\t%\t90,00
2\t{SASARAN_2}\tJumlah lembaga pengguna data\tlembaga\t10

Sasaran 1 ditunjang oleh Program Pendaftaran Penduduk dan Program Pencatatan Sipil.
Sasaran 2 ditunjang oleh Program Pengelolaan Profil Kependudukan. Program {PENUNJANG}
menunjang kedua sasaran.

BAB III AKUNTABILITAS KINERJA

Sasaran 1: {SASARAN_1}

Efisiensi. Program Pendaftaran Penduduk dan Program Pencatatan Sipil yang menunjang sasaran
ini memiliki pagu Rp 900.000.000 dan terealisasi Rp 873.000.000 atau 97,00%.

Sasaran 2: {SASARAN_2}

Efisiensi. Program Pengelolaan Profil Kependudukan menyerap anggaran sesuai rencana.

"""
BUDGET = f"""\
Tabel 3.5 Realisasi Anggaran per Program Tahun 2023

Kode\tProgram\tPagu (Rp)\tRealisasi (Rp)\t%
2.12.01\tProgram {PENUNJANG}\t4.000.000.000\t3.900.000.000\t97,50
2.12.02\tProgram Pendaftaran Penduduk\t600.000.000\t585.000.000\t97,50
2.12.03\tProgram Pencatatan Sipil\t300.000.000\t288.000.000\t96,00
2.12.04\tProgram Pengelolaan Profil Kependudukan\t100.000.000\t98.000.000\t98,00
\tJumlah\t5.000.000.000\t4.871.000.000\t97,42
"""
# The budget row of the support program, where CAS003 reports it.
PENUNJANG_ROW = next(number for number, line in enumerate((PK + BUDGET).splitlines(), 1)
                     if line.startswith("2.12.01"))


@pytest.fixture
def run(registry):
    """The findings of CAS003 and CON002 on a report, as (rule, line, expected)."""
    rules = [rule for rule in registry.rules if rule.code in ("CAS003", "CON002")]

    def check(text: str) -> list[tuple[str, int | None, str | None]]:
        report = extract_report(parse_source(text, "laporan.txt"))
        return [(f.rule, f.location.line, f.expected)
                for f in check_report(report, rules, Config()).findings]

    return check


def test_the_report_as_written_is_silent(run):
    assert run(PK + BUDGET) == []


def test_a_support_program_linked_to_nothing_is_still_reported(run):
    text = (PK + BUDGET).replace("menunjang kedua sasaran.", "menunjang tugas sekretariat.")
    assert [(rule, line) for rule, line, _ in run(text)] == [("CAS003", PENUNJANG_ROW)]


def test_a_wrong_sum_of_the_two_programs_is_still_reported(run):
    text = (PK + BUDGET).replace("terealisasi Rp 873.000.000", "terealisasi Rp 837.000.000")
    assert run(text) == [("CON002", 18, "873000000")]


def _links(text: str, every: tuple[str, ...]) -> set[tuple[str, str]]:
    source = parse_source(text, "laporan.txt")
    return {(link.sasaran, link.name) for link in _narrative_links(source, every=every)}


THREE = ("Sasaran A", "Sasaran B", "Sasaran C")


@pytest.mark.parametrize(("words", "every", "linked"), [
    ("menunjang kedua sasaran.", THREE[:2], THREE[:2]),
    ("mendukung seluruh sasaran strategis.", THREE, THREE),
    ("menunjang semua sasaran melalui layanan umum.", THREE[:2], THREE[:2]),
    ("mendukung ketiga sasaran.", THREE, THREE),
    # Two of three: which two the sentence does not say.
    ("menunjang kedua sasaran.", THREE, ()),
    # No sasaran known to the report: none to link.
    ("menunjang seluruh sasaran.", (), ()),
])
def test_a_count_of_the_sasaran_links_every_one(words, every, linked):
    text = f"Program {PENUNJANG} {words}\n"
    assert _links(text, every) == {(sasaran, PENUNJANG) for sasaran in linked}
