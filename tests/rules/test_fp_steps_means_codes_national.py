"""False findings on consistent reports written in ways the checker had not met, each
beside the real defect of its kind, which must still be reported:

* STR010: the step named by a word that points back at the problem ("Untuk
  mengatasinya Dinas akan ...");
* CAP002: a 'Rata-rata capaian' row (a Word cell merged over the No, Sasaran and
  Indikator columns) under the rows of several sasaran, read as the last sasaran's;
* CON010: two sub kegiatan of the nomenclature whose names differ by one word, each
  under its own code, taken for one item spelled two ways;
* STR004: the comparison with the nation's figure headed "capaian provinsi dan
  nasional", or stated after the indicator's name ("... nasional tahun 2023 sebesar").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import flatten

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.text import parse_source


@pytest.fixture
def run(registry) -> Callable[..., list[tuple]]:
    """``run(text, "STR010")``: the named rules on an inline text report."""

    def check(text: str, *codes: str) -> list[tuple]:
        rules = [rule for rule in registry.rules if rule.code in codes]
        assert len(rules) == len(codes), f"unknown rule in {codes}"
        report = extract_report(parse_source(text, "laporan.txt"))
        return flatten(check_report(report, rules, Config()).findings)

    return check


TITLE = """\
LAPORAN KINERJA INSTANSI PEMERINTAH
DINAS PEKERJAAN UMUM KABUPATEN CONTOH
TAHUN 2022

"""

# -- STR010: "Untuk mengatasinya ..." ----------------------------------------------------

IKHTISAR = TITLE + """\
IKHTISAR EKSEKUTIF

Perjanjian Kinerja memuat 3 (tiga) sasaran dengan rata-rata capaian 100,50%.
Kendala utama adalah curah hujan tinggi sehingga kemantapan jalan belum mencapai target. \
{step}
Pagu anggaran Rp 60.414.100.000 terealisasi 97,07%.

BAB I PENDAHULUAN

Latar belakang laporan.
"""


@pytest.mark.parametrize("step", [
    "Untuk mengatasinya Dinas akan memprioritaskan penanganan drainase jalan.",
    "Solusinya adalah penanganan drainase jalan pada ruas yang rusak berulang.",
])
def test_str010_takes_a_step_word_pointing_back_at_the_problem(run, step):
    assert run(IKHTISAR.format(step=step), "STR010") == []


def test_str010_still_reports_a_problem_left_without_a_step(run):
    text = IKHTISAR.format(step="Ruas yang rusak berulang berada di wilayah hulu.")
    assert run(text, "STR010") == [
        ("STR010", 5, "Ikhtisar Eksekutif (baris 5-10) tidak memuat langkah mengatasi kendala."),
    ]


# -- CAP002: a mean row under several sasaran --------------------------------------------

HEADER = """\
BAB III AKUNTABILITAS KINERJA

Tabel 3.2 Pengukuran Kinerja Tahun 2022
<table>
<tr><td rowspan="2">No</td><td rowspan="2">Sasaran</td><td rowspan="2">Indikator Kinerja</td>\
<td rowspan="2">Satuan</td><td colspan="3">Tahun 2022</td><td rowspan="2">Predikat</td></tr>
<tr><td>Target</td><td>Realisasi</td><td>Capaian (%)</td></tr>
"""
JALAN = ("<tr><td>1</td><td>Meningkatnya kemantapan jalan</td><td>Persentase jalan mantap"
         "</td><td>%</td><td>70,00</td><td>68,80</td><td>98,29</td><td>Sangat Baik</td></tr>\n")
AIR = ("<tr><td>{no}</td><td>{sasaran}</td><td>Persentase rumah tangga dengan air minum layak"
       "</td><td>%</td><td>74,00</td><td>75,15</td><td>101,55</td><td>Sangat Baik</td></tr>\n")
RUANG = ("<tr><td>3</td><td>Meningkatnya ketertiban tata ruang</td><td>Persentase "
         "pemanfaatan ruang yang sesuai</td><td>%</td><td>85,00</td><td>86,40</td>"
         "<td>101,65</td><td>Sangat Baik</td></tr>\n")
MEAN = ('<tr><td colspan="6">Rata-rata capaian</td><td>{mean}</td><td>Sangat Baik</td>'
        "</tr>\n")


def test_cap002_leaves_the_mean_under_several_sasaran_to_the_table(run):
    rows = JALAN + AIR.format(no=2, sasaran="Meningkatnya akses air minum") + RUANG
    text = TITLE + HEADER + rows + MEAN.format(mean="100,50") + "</table>\n"
    assert run(text, "CAP002") == []


def test_cap002_still_reports_a_wrong_mean_under_one_sasaran(run):
    # Two indicators of one sasaran (the second row carries the sasaran down): their
    # mean is 99,92, not 100,50.
    rows = JALAN + AIR.format(no="", sasaran="")
    text = TITLE + HEADER + rows + MEAN.format(mean="100,50") + "</table>\n"
    found = run(text, "CAP002")
    assert [(code, line) for code, line, _ in found] == [("CAP002", 13)]
    assert "tertulis 100,50" in found[0][2] and "99,92%" in found[0][2]


# -- CON010: two coded items whose names differ by one word -------------------------------

BUDGET = """\
[[budgets]]
table = "Tabel 3.5 Realisasi Anggaran"
kind = "realisasi"

[[budgets.items]]
level = "sub_kegiatan"
code = "1.03.03.2.01.0028"
name = "Pembangunan Sistem Penyediaan Air Minum (SPAM) Jaringan Perpipaan"

[[budgets.items]]
level = "sub_kegiatan"
code = "{code}"
name = "Pembangunan Sistem Penyediaan Air Minum (SPAM) Bukan Jaringan Perpipaan"
"""


def test_con010_leaves_two_items_under_their_own_codes_alone(check):
    assert flatten(check(BUDGET.format(code="1.03.03.2.01.0022"), "CON010").findings) == []


@pytest.mark.parametrize("code", ["1.03.03.2.01.0028", ""])
def test_con010_still_reports_one_code_or_no_code_written_two_ways(check, code):
    found = flatten(check(BUDGET.format(code=code), "CON010").findings)
    assert [(rule, line) for rule, line, _ in found] == [("CON010", 17)]
    assert "Bukan Jaringan Perpipaan" in found[0][2]


# -- STR004: the nation's figure beside the province's ------------------------------------

SECTION = """\
[[agreements]]
sasaran = "Meningkatnya mutu pendidikan"
indikator = "Rata-rata Lama Sekolah"
target = "8,15"

[[outline]]
kind = "bab_3"
text = "BAB III AKUNTABILITAS KINERJA"
# Sasaran 1: Meningkatnya mutu pendidikan
# 1) Rata-rata lama sekolah sebesar 8,12 tahun dari target 8,15 tahun (capaian 99,63%).
# 2) Dibanding tahun lalu realisasi naik dari 8,03 tahun.
# 3) Realisasi mencapai 96,09% dari target akhir Renstra 8,45 tahun.
# 4) {heading}
# {comparison}
# 5) Kendala utama adalah penduduk dewasa yang tidak menamatkan SD; solusinya Paket A.
# 6) Efisiensi: anggaran terserap 95,32% untuk capaian 99,63%.
# 7) Sasaran ini didukung oleh Program Pengelolaan Pendidikan.

[[outline]]
kind = "bab_4"
text = "BAB IV PENUTUP"
"""


def _str004(check, heading: str, comparison: str) -> list[str]:
    body = SECTION.format(heading=heading, comparison=comparison)
    return [text for _, _, text in flatten(check(body, "STR004").findings)]


@pytest.mark.parametrize(("heading", "comparison"), [
    ("Perbandingan dengan capaian provinsi dan nasional",
     "Angka provinsi 8,64 tahun, sehingga kabupaten masih tertinggal."),
    ("Perbandingan dengan daerah lain",
     "Rata-rata lama sekolah nasional tahun 2022 sebesar 8,69 tahun dan provinsi 8,64."),
])
def test_str004_takes_the_nations_figure_beside_the_provinces(check, heading, comparison):
    assert _str004(check, heading, comparison) == []


def test_str004_still_reports_a_comparison_with_the_province_alone(check):
    found = _str004(check, "Perbandingan dengan capaian provinsi",
                    "Angka provinsi tahun 2022 sebesar 8,64 tahun.")
    assert len(found) == 1 and found[0].endswith("(4) perbandingan dengan standar nasional.")
