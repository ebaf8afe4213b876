"""Figures of a report that are not the agency's own budget:

- the APBD summary of the whole region (Pendapatan Daerah, Belanja Daerah, Pembiayaan,
  SiLPA) an SKPKD shows beside its own budget is no table of programs (BUD001, BUD002,
  BUD006, BUD007, CAS003, CAS004);
- a sentence on the region's belanja daerah, an earlier year's rate "91,86% (2022)" or a
  national average quotes no table of the agency's budget (CON002);
- rows named in what a fund was "digunakan untuk" are its uses, not the subject of the
  realisasi after them (CON002).

Each with the real defect of its kind still reported.
"""

from __future__ import annotations

import pytest

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.text import parse_source

RULES = ("BUD001", "BUD002", "BUD006", "BUD007", "CAS003", "CAS004", "CON002")


@pytest.fixture
def run(registry):
    """(report, findings as (rule, line)) of a text report."""
    rules = [rule for rule in registry.rules if rule.code in RULES]

    def check(text: str):
        report = extract_report(parse_source(text, "laporan.txt"))
        findings = [(f.rule, f.location.line)
                    for f in check_report(report, rules, Config()).findings]
        return report, findings

    return check


HEAD = """\
LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023

BAB I PENDAHULUAN

"""
APBD = """\
Tabel 1.2 Ringkasan APBD Kabupaten Tahun Anggaran 2023 (Rp)

Uraian\tAnggaran Setelah Perubahan\tRealisasi\t%
PENDAPATAN DAERAH\t1.000.000.000\t1.050.000.000\t105,00
Pendapatan Asli Daerah\t400.000.000\t450.000.000\t112,50
Pendapatan Transfer\t600.000.000\t600.000.000\t100,00
BELANJA DAERAH\t1.100.000.000\t990.000.000\t90,00
Belanja Operasi\t800.000.000\t720.000.000\t90,00
Belanja Modal\t300.000.000\t270.000.000\t90,00
PEMBIAYAAN NETTO\t100.000.000\t100.000.000\t100,00
Penerimaan Pembiayaan\t130.000.000\t130.000.000\t100,00
Pengeluaran Pembiayaan\t30.000.000\t30.000.000\t100,00
SISA LEBIH PEMBIAYAAN ANGGARAN\t0\t160.000.000\t-

"""
BUDGET = """\
BAB III AKUNTABILITAS KINERJA

Tabel 3.5 Realisasi Anggaran per Program dan Kegiatan Tahun 2023

Kode\tProgram/Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%
1.04.01\tProgram Penunjang Urusan Pemerintahan Daerah\t300.000.000\t290.000.000\t96,67
1.04.01.2.01\tPerencanaan, Penganggaran, dan Evaluasi Kinerja\t100.000.000\t95.000.000\t95,00
1.04.01.2.02\tAdministrasi Keuangan Perangkat Daerah\t200.000.000\t195.000.000\t97,50
\tJumlah\t300.000.000\t290.000.000\t96,67

"""
SUMBER_DANA = """\
Tabel 3.6 Realisasi Anggaran menurut Sumber Dana Tahun 2023

No\tSumber Dana\tPagu (Rp)\tRealisasi (Rp)\t%
1\tDana Alokasi Khusus (DAK) Fisik\t100.000.000\t95.000.000\t95,00
2\tDana Alokasi Umum (DAU)\t200.000.000\t195.000.000\t97,50
\tJumlah\t300.000.000\t290.000.000\t96,67

"""


def test_the_apbd_summary_is_no_budget_of_programs(run):
    report, findings = run(HEAD + APBD + BUDGET)
    assert [table.name for table in report.budgets] == [
        "Tabel 3.5 Realisasi Anggaran per Program dan Kegiatan Tahun 2023"]
    assert findings == []


def test_a_wrong_kegiatan_sum_beside_the_apbd_summary_is_still_reported(run):
    wrong = BUDGET.replace("Daerah\t300.000.000\t290.000.000", "Daerah\t350.000.000\t290.000.000")
    report, findings = run(HEAD + APBD + wrong)
    assert len(report.budgets) == 1
    assert ("BUD001", 24) in findings  # the program row


def test_a_table_of_programs_and_belanja_is_still_a_budget(run):
    # Belanja rows without any pendapatan row: the agency's own split, still read.
    belanja = APBD.replace("PENDAPATAN DAERAH", "Belanja Pegawai").replace(
        "Pendapatan Asli Daerah", "Belanja Barang").replace("Pendapatan Transfer", "Belanja Jasa")
    report, _ = run(HEAD + belanja + BUDGET)
    assert len(report.budgets) == 2


REGION = ("Belanja daerah terealisasi Rp 990.000.000 dari anggaran Rp 1.100.000.000 "
          "(90,00%). Persentase realisasi belanja naik dari 91,86% (2022) menjadi 96,67%. "
          "Rata-rata nasional realisasi anggaran tahun 2023 sebesar 91,74%.\n\n")
OWN_WRONG = "Realisasi anggaran dinas sebesar Rp 280.000.000 (93,33%).\n\n"


def test_region_year_and_benchmark_rates_are_no_quote_of_the_budget(run):
    _, findings = run(HEAD + APBD + BUDGET + REGION)
    assert findings == []


def test_a_wrong_quote_of_the_agencys_own_budget_is_still_reported(run):
    _, findings = run(HEAD + APBD + BUDGET + REGION + OWN_WRONG)
    assert [rule for rule, _ in findings] == ["CON002", "CON002"]
    assert {line for _, line in findings} == {31}


def _purpose(realisasi: str) -> str:
    return (f"DAK Fisik sebesar Rp 100.000.000 digunakan untuk administrasi keuangan perangkat "
            f"daerah dan perencanaan, dengan realisasi Rp {realisasi} (95,00%).\n")


def test_rows_a_fund_was_used_for_are_not_the_subject_of_its_realisasi(run):
    _, findings = run(HEAD + BUDGET + SUMBER_DANA + _purpose("95.000.000"))
    assert findings == []


def test_a_wrong_realisasi_of_a_fund_is_still_reported(run):
    _, findings = run(HEAD + BUDGET + SUMBER_DANA + _purpose("91.000.000"))
    assert [rule for rule, _ in findings] == ["CON002"]
