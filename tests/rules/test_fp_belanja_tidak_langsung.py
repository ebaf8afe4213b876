"""A budget split into Belanja Tidak Langsung and Belanja Langsung (Permendagri 13/2006,
the structure before 2021): only Belanja Langsung is budgeted by program, the gaji of
Belanja Tidak Langsung lies outside every program. The program table therefore totals
the Belanja Langsung row, not the whole split (BUD006). A Belanja Langsung row that
differs from the program table, and a split that does not add up to its own total, are
still reported.
"""

from __future__ import annotations

import pytest

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.text import parse_source


@pytest.fixture
def run(registry):
    """(report, findings as (line, expected, actual)) of BUD006 on a text report."""
    rules = [rule for rule in registry.rules if rule.code == "BUD006"]

    def check(text: str):
        report = extract_report(parse_source(text, "laporan.txt"))
        findings = [(f.location.line, f.expected, f.actual)
                    for f in check_report(report, rules, Config()).findings]
        return report, findings

    return check


HEAD = """\
LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2020

BAB III AKUNTABILITAS KINERJA

"""
SPLIT = """\
Tabel 3.4 Anggaran dan Realisasi menurut Kelompok Belanja Tahun 2020 (Rp)

No\tUraian\tPagu\tRealisasi\t%
1\tBelanja Tidak Langsung\t3.000.000.000\t2.900.000.000\t96,67
2\tBelanja Langsung\t{langsung}\t950.000.000\t95,00
\tJumlah\t{jumlah}\t3.850.000.000\t96,25

"""
PROGRAMS = """\
Tabel 3.5 Realisasi Belanja Langsung per Program dan Kegiatan Tahun 2020 (Rp)

Kode\tProgram/Kegiatan\tPagu\tRealisasi\t%
1.01\tProgram Pelayanan Administrasi Perkantoran\t600.000.000\t570.000.000\t95,00
1.01.01\tPenyediaan Jasa Surat Menyurat\t600.000.000\t570.000.000\t95,00
1.02\tProgram Peningkatan Sarana dan Prasarana Aparatur\t400.000.000\t380.000.000\t95,00
1.02.01\tPemeliharaan Rutin/Berkala Gedung Kantor\t400.000.000\t380.000.000\t95,00
\tJumlah Belanja Langsung\t1.000.000.000\t950.000.000\t95,00

"""


def _report(langsung: str = "1.000.000.000", jumlah: str = "4.000.000.000") -> str:
    return HEAD + SPLIT.format(langsung=langsung, jumlah=jumlah) + PROGRAMS


def test_the_program_table_totals_the_belanja_langsung_row(run):
    report, findings = run(_report())
    assert [table.kind for table in report.budgets] == ["belanja", "realisasi"]
    assert [item.name for item in report.budgets[0].items] == [
        "Belanja Tidak Langsung", "Belanja Langsung"]
    assert findings == []


def test_a_belanja_langsung_row_unlike_the_programs_is_still_reported(run):
    # The split still adds up to its own total; only the by-program part is wrong.
    _, findings = run(_report(langsung="1.100.000.000", jumlah="4.100.000.000"))
    assert findings == [(9, "1000000000", "1100000000")]  # the Belanja Langsung row


def test_a_split_unlike_its_own_total_is_still_reported(run):
    _, findings = run(_report(jumlah="4.200.000.000"))
    assert findings == [(10, "4200000000", "4000000000")]  # the Jumlah row
