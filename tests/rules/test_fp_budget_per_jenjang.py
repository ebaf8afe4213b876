"""A report written like this one is consistent:

- a table that splits the BOS sub kegiatan by school level ("Jenjang", rows SMA, SMK,
  Pendidikan Khusus, no code) is no budget by program: its rows are not cross-checked
  against the program budget nor the sasaran (CAS003, CAS004), its totals may be quoted.

The same rows headed by a program level, by a header that says nothing ('Uraian'), or
opening with 'Program' are still a budget by program, and their programs missing from the
program budget are reported.
"""

from __future__ import annotations

import pytest

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.text import parse_source

RULES = ("CAS003", "CAS004")

REPORT = """\
BAB II PERENCANAAN KINERJA

Tabel 2.1 Perjanjian Kinerja Tahun 2024

No\tSasaran\tIndikator Kinerja\tSatuan\tTarget 2024
1\tMeningkatnya mutu pendidikan menengah\tRata-rata nilai rapor\tNilai\t80,00

Sasaran pertama ditunjang oleh Program Pengelolaan Pendidikan.

BAB III AKUNTABILITAS KINERJA

Tabel 3.1 Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun 2024

Kode\tProgram / Kegiatan / Sub Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%
1.01.02\tProgram Pengelolaan Pendidikan\t300.000.000\t294.000.000\t98,00
1.01.02.2.01\tPengelolaan Pendidikan Sekolah Menengah Atas\t200.000.000\t196.000.000\t98,00
1.01.02.2.01.0026\tPengelolaan Dana BOS Sekolah Menengah Atas\t200.000.000\t196.000.000\t98,00
1.01.02.2.02\tPengelolaan Pendidikan Sekolah Menengah Kejuruan\t100.000.000\t98.000.000\t98,00
1.01.02.2.02.0027\tPengelolaan Dana BOS Sekolah Menengah Kejuruan\t100.000.000\t98.000.000\t98,00
\tJumlah\t300.000.000\t294.000.000\t98,00

Dana BOS sebesar Rp 300.000.000 terealisasi Rp 294.000.000 (98,00%). Rinciannya:

Tabel 3.2 Realisasi Dana BOS per Jenjang

{header}\tPagu (Rp)\tRealisasi (Rp)\tRealisasi (%)
{sma}\t200.000.000\t196.000.000\t98,00
{smk}\t100.000.000\t98.000.000\t98,00
Jumlah\t300.000.000\t294.000.000\t98,00
"""


def report_text(header: str = "Jenjang", sma: str = "Sekolah Menengah Atas",
                smk: str = "Sekolah Menengah Kejuruan") -> str:
    return REPORT.format(header=header, sma=sma, smk=smk)


@pytest.fixture
def run(registry):
    """The report and its findings (rule, line) of the cross-table rules."""
    rules = [rule for rule in registry.rules if rule.code in RULES]

    def check(text: str):
        report = extract_report(parse_source(text, "laporan.txt"))
        found = [(f.rule, f.location.line)
                 for f in check_report(report, rules, Config()).findings]
        return report, found

    return check


def test_split_per_jenjang_is_no_program_budget(run) -> None:
    report, found = run(report_text())
    assert found == []
    kinds = {table.name.split()[1]: table.kind for table in report.budgets}
    assert kinds == {"3.1": "realisasi", "3.2": "pekerjaan"}


def test_split_per_jenjang_keeps_its_totals(run) -> None:
    report, _ = run(report_text())
    split = next(table for table in report.budgets if table.kind == "pekerjaan")
    assert split.total_pagu is not None and split.total_realisasi is not None
    assert (split.total_pagu.value, split.total_realisasi.value) == (300000000, 294000000)


@pytest.mark.parametrize("header", ["Program", "Uraian"])
def test_rows_under_a_program_or_generic_header_are_still_checked(run, header: str) -> None:
    # These rows could be programs printed without code: missing from Tabel 3.1, reported.
    report, found = run(report_text(header=header))
    assert {table.kind for table in report.budgets} == {"realisasi"}
    assert ("CAS004", 27) in found  # the first row of Tabel 3.2


def test_program_rows_under_any_header_are_still_checked(run) -> None:
    report, found = run(report_text(sma="Program Wajib Belajar", smk="Program Beasiswa"))
    assert {table.kind for table in report.budgets} == {"realisasi"}
    assert ("CAS004", 27) in found  # the first row of Tabel 3.2
