"""The links a reviewer reads where the cascade rules (CAS003, CAS007, CON010) read none:

- the sentence of a sasaran's analysis "Sasaran ini didukung oleh Program A serta Program
  B", wrapped over the lines of a PDF's text and starting mid-line, or announcing a count
  ("ditunjang oleh 2 (dua) program. Program A ..., sedangkan Program B ...");
- a wrapped line "sasaran 97,53% sedikit lebih tinggi ..." is no heading of a "Sasaran 97";
- the Perjanjian Kinerja's program table with a column "Sasaran yang Ditunjang" ("Sasaran 1
  dan Sasaran 2");
- a note after a program's name in a per-sasaran table ("... (LLAJ)</b> (sebagian)") is
  no part of the name.

Each with the real defect of its kind still reported.
"""

from __future__ import annotations

import pytest

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.extract._budget_cells import without_note
from checker.text import parse_source

CASCADE = ("CAS003", "CAS007", "CAS008", "CON010")


@pytest.fixture
def run(registry):
    """(links as (sasaran, name, line), findings as (rule, line, actual)) of a report."""
    rules = [rule for rule in registry.rules if rule.code in CASCADE]

    def check(text: str, path: str = "laporan.txt"):
        report = extract_report(parse_source(text, path))
        links = [(link.sasaran, link.name, link.where.line) for link in report.links]
        findings = [(f.rule, f.location.line, f.actual)
                    for f in check_report(report, rules, Config()).findings]
        return links, findings

    return check


# -- the sentence "Sasaran ini didukung oleh Program A serta Program B" --------------------

PK_TEXT = """\
BAB II PERENCANAAN KINERJA

Tabel 2.2 Perjanjian Kinerja Tahun 2022

No\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget 2022
1\tMeningkatnya kualitas demokrasi di daerah\tIndeks Demokrasi Indonesia\tIndeks\t77,50
2\tMeningkatnya peran serta organisasi kemasyarakatan\tPersentase ormas yang aktif melapor\t%\t55,00

BAB III AKUNTABILITAS KINERJA

Sasaran 1: Meningkatnya kualitas demokrasi di daerah

"""
# Lines 13-15: the names wrap mid-line, the second holds "melalui" and "serta" in its name.
SASARAN_1 = """\
g. Program pendukung. Sasaran ini didukung oleh Program Penguatan Ideologi Pancasila
dan Karakter Kebangsaan serta Program Peningkatan Peran Partai Politik dan Lembaga
Pendidikan melalui Pendidikan Politik dan Pengembangan Etika serta Budaya Politik.

"""
# Line 21 starts with "sasaran 97,53%": a wrapped sentence, not a heading; line 23 is g).
SASARAN_2 = """\
Sasaran 2: Meningkatnya peran serta organisasi kemasyarakatan

f. Efisiensi. Program Pemberdayaan dan Pengawasan Organisasi Kemasyarakatan menyerap
Rp 646.444.750 dari pagu Rp 673.250.000 (96,02%). Capaian
sasaran 97,53% sedikit lebih tinggi daripada penyerapan anggaran.

g. Program pendukung. Sasaran ini didukung oleh Program Pemberdayaan dan Pengawasan
Organisasi Kemasyarakatan.

"""
BUDGET_TEXT = """\
Tabel 3.8 Realisasi Anggaran per Program Tahun 2022

Kode\tProgram/Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%
8.01.02\tPROGRAM PENGUATAN IDEOLOGI PANCASILA DAN KARAKTER KEBANGSAAN\t300.000.000\t290.000.000\t\
96,67
8.01.03\tPROGRAM PENINGKATAN PERAN PARTAI POLITIK DAN LEMBAGA PENDIDIKAN MELALUI PENDIDIKAN \
POLITIK DAN PENGEMBANGAN ETIKA SERTA BUDAYA POLITIK\t200.000.000\t190.000.000\t95,00
8.01.04\tPROGRAM PEMBERDAYAAN DAN PENGAWASAN ORGANISASI KEMASYARAKATAN\t673.250.000\t646.444.750\t\
96,02
\tJumlah\t1.173.250.000\t1.126.444.750\t96,01
"""
IDEOLOGI = "Penguatan Ideologi Pancasila dan Karakter Kebangsaan"
PARTAI = ("Peningkatan Peran Partai Politik dan Lembaga Pendidikan melalui Pendidikan Politik "
          "dan Pengembangan Etika serta Budaya Politik")
ORMAS = "Pemberdayaan dan Pengawasan Organisasi Kemasyarakatan"


def test_a_wrapped_sentence_names_the_programs_of_its_sasaran(run):
    links, findings = run(PK_TEXT + SASARAN_1 + SASARAN_2 + BUDGET_TEXT)
    assert links == [("1", IDEOLOGI, 13), ("1", PARTAI, 14), ("2", ORMAS, 23)]
    assert findings == []


def test_a_sasaran_whose_analysis_names_no_program_is_still_reported(run):
    # Sasaran 2's g) names no program, and nothing else links the budget's third program.
    unnamed = SASARAN_2.replace(
        "didukung oleh Program Pemberdayaan dan Pengawasan\nOrganisasi Kemasyarakatan.",
        "didukung oleh kegiatan rutin\nsekretariat.")
    links, findings = run(PK_TEXT + SASARAN_1 + unnamed + BUDGET_TEXT)
    assert links == [("1", IDEOLOGI, 13), ("1", PARTAI, 14)]
    assert sorted((rule, line) for rule, line, _ in findings) == [("CAS003", 31), ("CAS007", 7)]


@pytest.mark.parametrize("sentence", [
    "g. Keberhasilan didukung oleh Program Pemberdayaan dan Pengawasan Organisasi "
    "Kemasyarakatan.",
    "g. Sasaran ini didukung oleh program dan kegiatan berikut.",
])
def test_a_sentence_that_names_no_program_of_a_sasaran_links_nothing(run, sentence):
    text = PK_TEXT + SASARAN_1 + SASARAN_2.replace(
        "g. Program pendukung. Sasaran ini didukung oleh Program Pemberdayaan dan Pengawasan\n"
        "Organisasi Kemasyarakatan.", sentence + "\n") + BUDGET_TEXT
    links, _ = run(text)
    assert [sasaran for sasaran, _, _ in links] == ["1", "1"]


COUNTED = """\
Sasaran 2 ditunjang oleh 2 (dua) program. Program Penguatan Ideologi Pancasila dan Karakter \
Kebangsaan melalui kegiatan wawasan kebangsaan (pagu Rp 300.000.000), sedangkan Program \
Pemberdayaan dan Pengawasan Organisasi Kemasyarakatan melalui kegiatan pendataan ormas.
"""


def test_a_counted_sentence_names_the_programs_that_follow_it(run):
    links, _ = run(PK_TEXT + COUNTED + "\n" + BUDGET_TEXT)
    assert links == [("2", IDEOLOGI, 13), ("2", ORMAS, 13)]


# -- the PK's program table with a column of the sasaran each program supports -------------

PK_MD = """\
# BAB II PERENCANAAN KINERJA

**Tabel 2.2 Perjanjian Kinerja Tahun 2024**

<table>
<tr><th>No</th><th>Sasaran Strategis</th><th>Indikator Kinerja</th><th>Satuan</th><th>Target 2024</th></tr>
<tr><td>1</td><td>Meningkatnya kelancaran lalu lintas</td><td>Persentase simpang bersinyal yang berfungsi baik</td><td>%</td><td>90,00</td></tr>
<tr><td>2</td><td>Meningkatnya keselamatan lalu lintas</td><td>Persentase kendaraan wajib uji yang lulus uji berkala</td><td>%</td><td>92,00</td></tr>
<tr><td>3</td><td>Meningkatnya akuntabilitas kinerja Dinas Perhubungan</td><td>Nilai SAKIP</td><td>nilai</td><td>70,00</td></tr>
</table>

**Tabel 2.3 Program dan Anggaran Perjanjian Kinerja Tahun 2024**

<table>
<tr><th>No</th><th>Program</th><th>Anggaran (Rp)</th><th>Sasaran yang Ditunjang</th></tr>
<tr><td>1</td><td>Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)</td><td>500.000.000</td><td>Sasaran 1 dan Sasaran 2</td></tr>
<tr><td>2</td><td>Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota</td><td>300.000.000</td><td>Sasaran 3</td></tr>
<tr><td></td><td><b>Jumlah</b></td><td><b>800.000.000</b></td><td></td></tr>
</table>

# BAB III AKUNTABILITAS KINERJA

**Tabel 3.6 Program dan Kegiatan Penunjang Sasaran 1**

<table>
<tr><th>Kode</th><th>Program/Kegiatan</th><th>Pagu (Rp)</th><th>Realisasi (Rp)</th><th>%</th></tr>
<tr><td>2.15.02</td><td colspan="4"><b>Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)</b> (sebagian)</td></tr>
<tr><td>2.15.02.2.06</td><td>Pelaksanaan Manajemen dan Rekayasa Lalu Lintas untuk Jaringan Jalan Kabupaten/Kota</td><td>200.000.000</td><td>190.000.000</td><td>95,00</td></tr>
</table>

**Tabel 3.14 Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun 2024**

<table>
<tr><th>Kode</th><th>Program/Kegiatan</th><th>Pagu (Rp)</th><th>Realisasi (Rp)</th><th>%</th></tr>
<tr><td>2.15.01</td><td><b>Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota</b></td><td><b>300.000.000</b></td><td><b>290.000.000</b></td><td><b>96,67</b></td></tr>
<tr><td>2.15.01.1.01</td><td>Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah</td><td>300.000.000</td><td>290.000.000</td><td>96,67</td></tr>
<tr><td>2.15.02</td><td><b>Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)</b></td><td><b>500.000.000</b></td><td><b>480.000.000</b></td><td><b>96,00</b></td></tr>
<tr><td>2.15.02.2.06</td><td>Pelaksanaan Manajemen dan Rekayasa Lalu Lintas untuk Jaringan Jalan Kabupaten/Kota</td><td>200.000.000</td><td>190.000.000</td><td>95,00</td></tr>
<tr><td>2.15.02.2.08</td><td>Pengujian Berkala Kendaraan Bermotor</td><td>300.000.000</td><td>290.000.000</td><td>96,67</td></tr>
<tr><td></td><td><b>Jumlah</b></td><td><b>800.000.000</b></td><td><b>770.000.000</b></td><td><b>96,25</b></td></tr>
</table>
"""  # noqa: E501 (HTML rows as a converter writes them)
LLAJ = "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)"
PENUNJANG = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"


def test_the_pk_program_table_links_each_program_to_the_sasaran_it_supports(run):
    links, findings = run(PK_MD, "laporan.md")
    assert links == [("Sasaran 1", LLAJ, 16), ("Sasaran 2", LLAJ, 16),
                     ("Sasaran 3", PENUNJANG, 17)]
    assert findings == []


def test_a_budget_program_the_pk_table_links_to_no_sasaran_is_still_reported(run):
    unlinked = PK_MD.replace(
        "<tr><td></td><td><b>Jumlah</b></td><td><b>800.000.000</b></td><td><b>770.000.000",
        "<tr><td>2.15.03</td><td><b>Program Pengelolaan Pelayaran</b></td><td>100.000.000</td>"
        "<td>90.000.000</td><td>90,00</td></tr>\n"
        "<tr><td></td><td><b>Jumlah</b></td><td><b>800.000.000</b></td><td><b>770.000.000")
    _, findings = run(unlinked, "laporan.md")
    assert findings == [("CAS003", 40, None)]


def test_a_plain_sasaran_column_right_of_the_programs_links_nothing(run):
    # "Sasaran" alone, right of the program, may be the program's own outcome: written
    # out, it links nothing (naming the PK's sasaran by number, it does:
    # test_fp_program_sasaran_column.py).
    plain = PK_MD.replace("<th>Sasaran yang Ditunjang</th>", "<th>Sasaran</th>").replace(
        "<td>Sasaran 1 dan Sasaran 2</td>", "<td>Lalu lintas lancar dan selamat</td>").replace(
        "<td>Sasaran 3</td>", "<td>Administrasi dinas tertib</td>")
    links, _ = run(plain, "laporan.md")
    assert links == []


# -- a note after a program's name --------------------------------------------------------

def test_a_note_after_the_name_is_no_part_of_it():
    assert without_note(f"{LLAJ} (sebagian)") == LLAJ
    assert without_note("Program Pengelolaan Arsip (lanjutan)") == "Program Pengelolaan Arsip"
    assert without_note(LLAJ) == LLAJ  # "(LLAJ)" is the name's


def test_a_per_sasaran_name_with_a_word_left_out_is_still_reported(run):
    # The note is read off, the spelling that drops "dan" is still a second spelling.
    misspelt = PK_MD.replace(
        "Lalu Lintas dan Angkutan Jalan (LLAJ)</b> (sebagian)",
        "Lalu Lintas Angkutan Jalan (LLAJ)</b> (sebagian)")
    _, findings = run(misspelt, "laporan.md")
    assert findings == [
        ("CON010", 27, "Program Penyelenggaraan Lalu Lintas Angkutan Jalan (LLAJ)")]
