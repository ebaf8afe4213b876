"""False findings on consistent reports written in ways the checker had not met, each
beside the real defect of its kind, which must still be reported:

* STR010: an Ikhtisar that names its problem as the cause of a shortfall ("Penyebab
  utamanya adalah terbatasnya ...", "Kendalanya adalah ..."); a Daftar Isi printed as
  plain lines (no page numbers) whose "IKHTISAR EKSEKUTIF" entry was taken for the part;
* CON007: two laws that share a number, cited side by side in one sentence;
* INP002: a link table where a sasaran starts on one kegiatan of a program shared with
  another sasaran;
* HYG002: earlier years under the heading of the comparison with earlier years, or in a
  sentence that goes on with the comparison of the one before;
* HYG001: the short form a report declares for itself ("selanjutnya disebut Dinas X").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.model import Report
from checker.text import parse_source
from rules._structure_outline import main_span


def _report(text: str) -> Report:
    return extract_report(parse_source(text, "laporan.txt"))


@pytest.fixture
def run(registry) -> Callable[..., list[tuple[str, int | None, str]]]:
    """``run(text, "STR010")``: the named rules on an inline text report."""

    def check(text: str, *codes: str) -> list[tuple[str, int | None, str]]:
        rules = [rule for rule in registry.rules if rule.code in codes]
        assert len(rules) == len(codes), f"unknown rule in {codes}"
        return [(f.rule, f.location.line, f.text("id"))
                for f in check_report(_report(text), rules, Config()).findings]

    return check


# -- STR010: the problem named as a shortfall's cause ---------------------------------------

IKHTISAR = """\
LAPORAN KINERJA INSTANSI PEMERINTAH
DINAS PERPUSTAKAAN KABUPATEN CONTOH
TAHUN 2023

IKHTISAR EKSEKUTIF

Perjanjian Kinerja memuat 2 (dua) sasaran strategis dengan capaian rata-rata 101,09%.
Indikator yang belum mencapai target adalah persentase perpustakaan desa yang memenuhi \
standar (capaian 88,20%). {problem}langkah perbaikannya adalah pendampingan oleh pustakawan.
Pagu anggaran Rp 9.969.990.000 terealisasi 96,26%.

BAB I PENDAHULUAN

Latar belakang laporan.
"""


@pytest.mark.parametrize("problem", [
    "Penyebab utamanya adalah terbatasnya tenaga pengelola perpustakaan; ",
    "Kendalanya adalah tenaga pengelola yang sedikit; ",
])
def test_str010_takes_the_cause_of_a_shortfall_as_the_problem(run, problem):
    assert run(IKHTISAR.format(problem=problem), "STR010") == []


def test_str010_a_target_missed_alone_names_no_problem(run):
    assert run(IKHTISAR.format(problem=""), "STR010") == [
        ("STR010", 5, "Ikhtisar Eksekutif (baris 5-10) tidak memuat kendala yang dihadapi."),
    ]


# -- STR010 and the outline: a Daftar Isi of plain lines -----------------------------------

PLAIN_CONTENTS = """\
LAPORAN KINERJA INSTANSI PEMERINTAH
BADAN PENDAPATAN DAERAH KOTA CONTOH
TAHUN 2024

DAFTAR ISI

KATA PENGANTAR
DAFTAR ISI
IKHTISAR EKSEKUTIF
BAB I PENDAHULUAN
A. Latar Belakang
BAB II PERENCANAAN KINERJA
BAB III AKUNTABILITAS KINERJA
BAB IV PENUTUP
LAMPIRAN


IKHTISAR EKSEKUTIF

Tujuan Badan dalam Renstra adalah meningkatnya pendapatan daerah; Perjanjian Kinerja \
memuat 4 (empat) sasaran strategis dengan capaian rata-rata 102,76%.
{problem}
Pagu belanja Rp 20.710.220.000 terealisasi 94,18%.


KATA PENGANTAR

Puji syukur atas tersusunnya laporan ini.

BAB I PENDAHULUAN

A. Latar Belakang

Latar belakang laporan.

BAB II PERENCANAAN KINERJA

Rencana strategis.

BAB III AKUNTABILITAS KINERJA

Capaian kinerja.

BAB IV PENUTUP

Kesimpulan.

LAMPIRAN

Perjanjian kinerja.
"""
ALL_ELEMENTS = ("Kendalanya adalah wajib pajak yang masih membayar tunai. Upaya yang telah "
                "dilakukan adalah penambahan kanal pembayaran.")


def test_plain_contents_lines_are_not_the_ikhtisar(run):
    text = PLAIN_CONTENTS.format(problem=ALL_ELEMENTS)
    span = main_span(_report(text), "ikhtisar_eksekutif")
    assert span is not None and span.start == 18
    assert run(text, "STR010") == []


def test_str010_still_reads_the_real_ikhtisar_after_plain_contents(run):
    text = PLAIN_CONTENTS.format(problem="Seluruh indikator diukur setiap triwulan.")
    assert run(text, "STR010") == [
        ("STR010", 18, "Ikhtisar Eksekutif (baris 18-24) tidak memuat kendala yang dihadapi "
         "dan langkah mengatasi kendala."),
    ]


# -- CON007: two laws sharing a number ------------------------------------------------------

CITATIONS = """\
LAPORAN KINERJA INSTANSI PEMERINTAH
DINAS PERPUSTAKAAN DAN KEARSIPAN KABUPATEN CONTOH
TAHUN 2023

BAB I PENDAHULUAN

{first}
Laporan ini disusun setiap tahun.
{second}
"""


def test_con007_two_laws_side_by_side_in_one_sentence_are_two_laws(run):
    text = CITATIONS.format(
        first="Urusan perpustakaan (Undang-Undang Nomor 43 Tahun 2007) dan urusan kearsipan "
              "(Undang-Undang Nomor 43 Tahun 2009) diselenggarakan oleh satu perangkat daerah.",
        second="")
    assert run(text, "CON007") == []


def test_con007_one_law_cited_with_two_years_apart_is_still_reported(run):
    text = CITATIONS.format(
        first="Urusan perpustakaan diatur dalam Undang-Undang Nomor 43 Tahun 2007.",
        second="Dinas menyelenggarakan urusan perpustakaan menurut Undang-Undang Nomor 43 "
               "Tahun 2009.")
    found = run(text, "CON007")
    assert [(rule, line) for rule, line, _ in found] == [("CON007", 9)]
    assert '"Nomor 43 Tahun 2009" berbeda dari "Nomor 43 Tahun 2007" (baris 7)' in found[0][2]


# -- INP002: a sasaran starting on a kegiatan of a shared program --------------------------

BUDGET = """\
Tabel 3.6 Realisasi Anggaran Tahun 2023

No\tProgram/Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%
1\tProgram Pembinaan Perpustakaan\t300.000.000\t290.000.000\t96,67
\tKegiatan Pembudayaan Gemar Membaca\t100.000.000\t95.000.000\t95,00
\tKegiatan Pengelolaan Perpustakaan\t200.000.000\t195.000.000\t97,50
2\tProgram Pelestarian Koleksi Nasional dan Naskah Kuno\t50.000.000\t45.000.000\t90,00
\tKegiatan Pelestarian Naskah Kuno\t50.000.000\t45.000.000\t90,00
\tJumlah\t350.000.000\t335.000.000\t95,71

"""
LINKS = """\
Tabel 2.5 Keterkaitan Sasaran dengan Program dan Kegiatan

Sasaran Strategis\tProgram / Kegiatan\tAnggaran (Rp)
Meningkatnya budaya literasi\tKegiatan Pembudayaan Gemar Membaca\t100.000.000
\tProgram Pelestarian Koleksi Nasional dan Naskah Kuno\t50.000.000
Meningkatnya layanan perpustakaan\t{kegiatan}\t200.000.000
"""


def test_a_sasaran_starting_on_a_kegiatan_of_another_program_is_read(run):
    report = _report(BUDGET + LINKS.format(kegiatan="Kegiatan Pengelolaan Perpustakaan"))
    assert [d for d in report.doubts if d.kind == "table"] == []
    assert [(link.sasaran, link.name, link.parent, link.where.line)
            for link in report.links][-1] == (
        "Meningkatnya layanan perpustakaan", "Kegiatan Pengelolaan Perpustakaan",
        "Program Pembinaan Perpustakaan", 16)


def test_a_sasaran_starting_on_a_kegiatan_of_the_open_program_is_still_doubted(run):
    # The budget puts the kegiatan under the program open above: the sasaran cells were
    # stacked, and the columns no longer line up.
    text = BUDGET + LINKS.format(kegiatan="Kegiatan Pelestarian Naskah Kuno")
    found = run(text, "INP002")
    assert [(rule, line) for rule, line, _ in found] == [("INP002", 16)]
    assert "sasaran baru dimulai pada baris kegiatan, baris 16" in found[0][2]


# -- HYG002: the comparison with earlier years ----------------------------------------------

COMPARISON = """\
LAPORAN KINERJA INSTANSI PEMERINTAH
BADAN PENDAPATAN DAERAH KOTA CONTOH
TAHUN 2024

BAB III AKUNTABILITAS KINERJA

{heading}
Persentase realisasi pajak daerah pada tahun 2022 sebesar 98,74% dan pada tahun 2023 \
sebesar 101,36%.
"""


def test_hyg002_leaves_earlier_years_under_a_comparison_heading(run):
    text = COMPARISON.format(heading="2) Perbandingan dengan tahun sebelumnya")
    assert run(text, "HYG002") == []


def test_hyg002_reports_earlier_years_under_another_heading(run):
    text = COMPARISON.format(heading="1) Perbandingan target dan realisasi")
    assert [(rule, line) for rule, line, _ in run(text, "HYG002")] == [
        ("HYG002", 8), ("HYG002", 8)]


FOLLOWING = """\
LAPORAN KINERJA INSTANSI PEMERINTAH
DINAS PEMBERDAYAAN MASYARAKAT DAN DESA KABUPATEN CONTOH
TAHUN 2022

BAB III AKUNTABILITAS KINERJA

{previous} Capaian tahun 2021 sebesar 102,08%.
"""


def test_hyg002_a_sentence_goes_on_with_the_comparison_before_it(run):
    text = FOLLOWING.format(previous="Nilai SAKIP naik dari 61,45 pada tahun 2020 menjadi "
                                     "63,80 pada tahun 2021 dan 66,12 pada tahun 2022.")
    assert run(text, "HYG002") == []


def test_hyg002_reports_an_earlier_year_after_a_sentence_that_compares_nothing(run):
    text = FOLLOWING.format(previous="Nilai SAKIP diperoleh dari evaluasi Inspektorat.")
    assert run(text, "HYG002") == [
        ("HYG002", 7, 'Tahun kegiatan dan kinerja "2021" tidak sesuai dengan tahun laporan '
         '2022; kalimat ini menguraikan pelaksanaan tugas, anggaran atau kinerja tahun yang '
         'dilaporkan, bukan perbandingan: "…SAKIP diperoleh dari evaluasi Inspektorat. '
         'Capaian tahun 2021 sebesar 102,08%.".'),
    ]


# -- HYG001: a short form the report declares ---------------------------------------------

SHORT_FORM = """\
LAPORAN KINERJA INSTANSI PEMERINTAH
DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN KOTA CONTOH
TAHUN 2024

BAB I PENDAHULUAN

{declaration} menyelenggarakan sub urusan kebakaran.
Rencana Strategis Dinas Damkar Tahun 2021-2026 ditetapkan dengan Peraturan Wali Kota.
"""


@pytest.mark.parametrize("declaration", [
    "Dinas Pemadam Kebakaran dan Penyelamatan Kota Contoh (selanjutnya disebut Dinas Damkar)",
    "Dinas Pemadam Kebakaran dan Penyelamatan Kota Contoh, yang selanjutnya disingkat "
    "Dinas Damkar,",
])
def test_hyg001_takes_the_declared_short_form_as_the_agency_itself(run, declaration):
    assert run(SHORT_FORM.format(declaration=declaration), "HYG001") == []


def test_hyg001_reports_an_undeclared_name_where_the_report_speaks_of_itself(run):
    text = SHORT_FORM.format(declaration="Dinas Pemadam Kebakaran dan Penyelamatan Kota Contoh")
    found = run(text, "HYG001")
    assert [(rule, line) for rule, line, _ in found] == [("HYG001", 8)]
    assert 'Nama instansi lain "Dinas Damkar"' in found[0][2]
