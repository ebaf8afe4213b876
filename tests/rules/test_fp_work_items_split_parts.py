"""A kelurahan report written like this one is consistent:

- a table of the works of two sub kegiatan ("Uraian Pekerjaan", volume, pagu, realisasi,
  fisik) is no budget by program: its rows are not cross-checked against the budget
  table nor the nomenclature (CAS003, CAS004, NOM002), its totals may still be quoted;
- "Dua sub kegiatan terakhir dibiayai Dana Kelurahan" picks the last two of those just
  listed: no count of the report's sub kegiatan (CNT001);
- "Sasaran pertama ditunjang oleh Program A serta Program B" links both programs to
  sasaran 1 (CAS003);
- the total split by source of funds in one sentence ("belanja operasional Rp A
  terealisasi Rp B (p%), sedangkan Dana Kelurahan Rp C terealisasi Rp D (q%)") quotes
  parts that add up to the table's total (CON002).

Each with the real defect of its kind still reported.
"""

from __future__ import annotations

import pytest

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.text import parse_source

RULES = ("CAS003", "CAS004", "NOM002", "CNT001", "CON002")

PLAN = """\
BAB II PERENCANAAN KINERJA

Tabel 2.1 Perjanjian Kinerja Tahun 2024

No\tSasaran\tIndikator Kinerja\tSatuan\tTarget 2024
1\tMeningkatnya kualitas pelayanan administrasi kelurahan\tIndeks Kepuasan Masyarakat\tIndeks\t82,00
2\tMeningkatnya partisipasi masyarakat dalam pembangunan\tPersentase usulan Musrenbang \
terealisasi\t%\t60,00

{support}

BAB III AKUNTABILITAS KINERJA

A. Capaian Kinerja

Program Pemberdayaan Masyarakat Desa dan Kelurahan dilaksanakan melalui Kegiatan \
Pemberdayaan Kelurahan dengan tiga sub kegiatan: Peningkatan Partisipasi Masyarakat dalam \
Forum Musyawarah Perencanaan Pembangunan di Kelurahan, Pembangunan Sarana dan Prasarana \
Kelurahan, serta Pemberdayaan Masyarakat di Kelurahan. {count}

Tabel 3.1 Realisasi Fisik dan Keuangan Dana Kelurahan Tahun 2024

No\t{works}\tVolume\tPagu (Rp)\tRealisasi (Rp)\tFisik (%)
A\tPembangunan Sarana dan Prasarana Kelurahan\t\t285.000.000\t276.418.600\t
1\tSemenisasi jalan lingkungan Gang Melati RW 04\t210 m\t164.500.000\t162.870.000\t100
2\tPembangunan saluran drainase lingkungan RW 07\t145 m\t120.500.000\t113.548.600\t100
B\tPemberdayaan Masyarakat di Kelurahan\t\t115.000.000\t109.655.000\t
1\tPelatihan pengolahan hasil perikanan bagi kelompok perempuan pesisir\t3 kelompok\t\
115.000.000\t109.655.000\t100
\tJumlah Dana Kelurahan\t\t400.000.000\t386.073.600\t

B. Realisasi Anggaran

Tabel 3.2 Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun 2024

Kode\tProgram / Kegiatan / Sub Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%
7.01.01\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t134.850.000\t\
132.624.250\t98,35
7.01.01.2.06\tAdministrasi Umum Perangkat Daerah\t134.850.000\t132.624.250\t98,35
7.01.01.2.06.0004\tPenyediaan Bahan Logistik Kantor\t134.850.000\t132.624.250\t98,35
7.01.02\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\t36.800.000\t35.912.000\t97,59
7.01.02.2.02\tPenyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja \
Perangkat Daerah yang Ada di Kecamatan\t36.800.000\t35.912.000\t97,59
7.01.02.2.02.0003\tPeningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah \
Kecamatan\t36.800.000\t35.912.000\t97,59
7.01.03\tProgram Pemberdayaan Masyarakat Desa dan Kelurahan\t414.250.000\t400.053.600\t96,57
7.01.03.2.02\tKegiatan Pemberdayaan Kelurahan\t414.250.000\t400.053.600\t96,57
7.01.03.2.02.0001\tPeningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan \
Pembangunan di Kelurahan\t14.250.000\t13.980.000\t98,11
7.01.03.2.02.0002\tPembangunan Sarana dan Prasarana Kelurahan\t285.000.000\t276.418.600\t96,99
7.01.03.2.02.0003\tPemberdayaan Masyarakat di Kelurahan\t115.000.000\t109.655.000\t95,35
\tJumlah\t585.900.000\t568.589.850\t97,05

{split}
"""
SUPPORT_BOTH = (
    "Sasaran pertama ditunjang oleh Program Penyelenggaraan Pemerintahan dan Pelayanan Publik "
    "serta Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota. Sasaran kedua "
    "ditunjang oleh Program Pemberdayaan Masyarakat Desa dan Kelurahan."
)
SUPPORT_ONE = (
    "Sasaran pertama ditunjang oleh Program Penyelenggaraan Pemerintahan dan Pelayanan "
    "Publik. Sasaran kedua ditunjang oleh Program Pemberdayaan Masyarakat Desa dan Kelurahan."
)
LAST_TWO = "Dua sub kegiatan terakhir dibiayai Dana Kelurahan."
# The table lists five sub kegiatan.
FOUR_IN_ALL = "\n\nAnggaran kelurahan digunakan untuk 3 program, 3 kegiatan dan 4 sub kegiatan."
SPLIT = (
    "Dilihat dari sumber dananya, belanja operasional kelurahan sebesar Rp 185.900.000 "
    "terealisasi Rp {operasional} ({persen}), sedangkan Dana Kelurahan sebesar Rp 400.000.000 "
    "terealisasi Rp 386.073.600 (96,52%)."
)


def report_text(*, support: str = SUPPORT_BOTH, count: str = LAST_TWO,
                works: str = "Uraian Pekerjaan", operasional: str = "182.516.250",
                persen: str = "98,18%") -> str:
    split = SPLIT.format(operasional=operasional, persen=persen)
    return PLAN.format(support=support, count=count, works=works, split=split)


@pytest.fixture
def run(registry):
    """The findings (rule, line, actual) of the report, and the report."""
    rules = [rule for rule in registry.rules if rule.code in RULES]

    def check(text: str):
        report = extract_report(parse_source(text, "laporan.txt"))
        found = [(f.rule, f.location.line, f.actual)
                 for f in check_report(report, rules, Config()).findings]
        return report, found

    return check


def test_consistent_report_is_silent(run) -> None:
    report, found = run(report_text())
    assert found == []
    kinds = {table.name.split()[1]: table.kind for table in report.budgets}
    assert kinds == {"3.1": "pekerjaan", "3.2": "realisasi"}


def test_work_items_keep_their_totals(run) -> None:
    report, _ = run(report_text())
    works = next(table for table in report.budgets if table.kind == "pekerjaan")
    assert works.total_realisasi is not None
    assert str(works.total_realisasi.value) == "386073600"


def test_a_second_program_table_is_still_cross_checked(run) -> None:
    # Headed by programs and kegiatan, the same rows are a budget by program: its rows
    # missing from Tabel 3.2 are reported.
    _, found = run(report_text(works="Program / Kegiatan"))
    assert "CAS004" in {rule for rule, _, _ in found}


def test_count_of_the_last_two_is_no_total(run) -> None:
    _, found = run(report_text(count=LAST_TWO))
    assert not [f for f in found if f[0] == "CNT001"]


def test_wrong_count_of_sub_kegiatan_is_reported(run) -> None:
    _, found = run(report_text(count=FOUR_IN_ALL))
    assert [f[0] for f in found if f[0] == "CNT001"] == ["CNT001"]


def test_program_after_serta_is_linked_to_ordinal_sasaran(run) -> None:
    report, found = run(report_text(support=SUPPORT_BOTH))
    linked = {(link.sasaran, link.name) for link in report.links}
    assert ("1", "Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota") in linked
    assert ("2", "Pemberdayaan Masyarakat Desa dan Kelurahan") in linked
    assert not [f for f in found if f[0] == "CAS003"]


def test_program_named_for_no_sasaran_is_reported(run) -> None:
    _, found = run(report_text(support=SUPPORT_ONE))
    assert [f[0] for f in found if f[0] == "CAS003"] == ["CAS003"]


def test_wrong_part_of_split_is_reported(run) -> None:
    _, found = run(report_text(operasional="182.516.000", persen="98,18%"))
    # The part no longer adds up, nor does its percentage of its pagu.
    assert [(rule, actual) for rule, _, actual in found if rule == "CON002"] == [
        ("CON002", "182516000"), ("CON002", "98.18")]


def test_wrong_percent_of_split_is_reported(run) -> None:
    _, found = run(report_text(persen="98,81%"))
    assert [(rule, actual) for rule, _, actual in found if rule == "CON002"] == [
        ("CON002", "98.81")]
