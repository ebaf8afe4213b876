"""HYG001-HYG006: copy-paste leftovers found in the report's text, each shown with its line.

Two fixtures written for the project describe a small report of Kecamatan Sukamaju
on 2024: ``hygiene_defects.txt`` holds one defect of each kind (beside a border and a
history mention that must stay silent), ``hygiene_clean.txt`` only the legitimate
look-alikes a careless rule would report: borders, history, legal citations, a
comparison with the previous year, a budget planned for next year, dot leaders of
the table of contents, a list restarting at 1, misi cited by their numbers, "N/A".
Inline cases pin down one edge each. The rules are loaded as a plugin of their own,
so the tests do not depend on the built-in plugin list.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from conftest import META, flatten

from checker.config import Config
from checker.engine import check_report
from checker.model import Meta, Report
from checker.plugins import load_registry
from checker.readers.structured import read_toml
from checker.rule import Category, Severity

FIXTURES = Path(__file__).parent / "fixtures"
CODES = ("HYG001", "HYG002", "HYG003", "HYG004", "HYG005", "HYG006", "HYG007", "HYG008",
         "HYG009")


@pytest.fixture(scope="module")
def hygiene():
    registry = load_registry(
        builtins=["rules.hygiene", "checker.readers.structured"], entry_points=False
    )
    return {rule.code: rule for rule in registry.rules}


def _report(lines, agency="Kecamatan Sukamaju", year=2024, kind="kecamatan"):
    meta = Meta(agency=agency, agency_kind=kind, region="Kabupaten Contoh", year=year)
    return Report(path="laporan.txt", format="text", meta=meta, text=tuple(lines))


@pytest.fixture
def run(hygiene):
    """``run(lines, "HYG001")``: the flattened findings of one rule on these lines."""

    def run(lines, code, *, lang="id", **meta):
        result = check_report(_report(lines, **meta), [hygiene[code]], Config())
        return flatten(result.findings, lang)

    return run


def _fixture(name):
    return (FIXTURES / name).read_text(encoding="utf-8").splitlines()


DEFECTS = _fixture("hygiene_defects.txt")
CLEAN = _fixture("hygiene_clean.txt")


# -- the pack ------------------------------------------------------------------------------

def test_the_pack_registers_every_hygiene_rule(hygiene):
    assert tuple(hygiene) == CODES
    for rule in hygiene.values():
        assert rule.category is Category.HYGIENE
        assert rule.regulation.startswith("Permenpan RB 53/2014, Lampiran I")
        assert rule.rationale["id"] and rule.rationale["en"]
    assert hygiene["HYG003"].severity is Severity.ERROR
    assert hygiene["HYG006"].severity is Severity.INFO
    assert hygiene["HYG001"].slug == "hygiene-other-agency"


@pytest.mark.parametrize("code", CODES)
def test_the_clean_fixture_has_no_finding(run, code):
    assert run(CLEAN, code) == []


# -- HYG001 other agency -------------------------------------------------------------------

def test_hyg001_reports_another_agency_where_the_report_speaks_of_itself(run):
    # Line 27 (a border) and line 33 (pemekaran dari ...) name other kecamatan on purpose.
    assert run(DEFECTS, "HYG001") == [(
        "HYG001", 31,
        'Nama instansi lain "Kecamatan Mekarsari" dipakai di tempat laporan menyebut dirinya '
        "sendiri (instansi laporan ini: Kecamatan Sukamaju): \"Kecamatan Mekarsari selaku "
        'pengemban amanah masyarakat menyajikan Laporan…".',
    )]
    assert run(DEFECTS, "HYG001", lang="en") == [(
        "HYG001", 31,
        'Another agency\'s name "Kecamatan Mekarsari" is used where the report speaks of '
        "itself (this report's agency: Kecamatan Sukamaju): \"Kecamatan Mekarsari selaku "
        'pengemban amanah masyarakat menyajikan Laporan…".',
    )]


def test_hyg001_reads_the_name_up_to_the_region_and_tolerates_the_kind_prefix(run):
    lines = [
        "LAPORAN KINERJA INSTANSI PEMERINTAH (LKJIP) KANTOR KECAMATAN SUKAMAJU TAHUN 2024",
        "Sesuai visi dan misi Kecamatan Pasirjaya Kota Contoh, kegiatan dilaksanakan.",
        "Hal ini menjadi tugas aparat Kecamatan Sukamaju Kabupaten Contoh.",
    ]
    assert run(lines, "HYG001", agency="KANTOR KECAMATAN SUKAMAJU") == [(
        "HYG001", 2,
        'Nama instansi lain "Kecamatan Pasirjaya" dipakai di tempat laporan menyebut dirinya '
        "sendiri (instansi laporan ini: KANTOR KECAMATAN SUKAMAJU): \"Sesuai visi dan misi "
        'Kecamatan Pasirjaya Kota Contoh, kegiatan dilaksanakan.".',
    )]


def test_hyg001_another_kind_of_agency_needs_the_report_speaking_of_itself(run):
    lines = [
        "Laporan Kinerja Dinas Pendidikan ini disusun sebagai bentuk akuntabilitas.",
        "Vaksinasi dilaksanakan bersama aparat Dinas Kesehatan di setiap desa.",
        "Pendataan dibantu pegawai Dinas Sosial.",
    ]
    assert [line for _, line, _ in run(lines, "HYG001")] == [1]


def test_hyg001_is_silent_on_citations_signatures_and_villages(run):
    lines = [
        "Berdasarkan Peraturan Daerah Nomor 8 Tahun 2008 tentang Pembentukan Kecamatan "
        "Pasirjaya selaku kecamatan induk, wilayah dibagi.",
        "Mengetahui, Camat Pasirjaya",
        "Desa Sukamaju, Desa Pasirjaya, Kelurahan Pasirjaya",
        "Sebelah barat berbatasan dengan Kecamatan Pasirjaya selaku tetangga terdekat.",
        "Visi Dan Misi Kecamatan Dalam Dokumen Renstra",
    ]
    assert run(lines, "HYG001") == []


def test_hyg001_needs_the_reports_own_agency(run):
    assert run(DEFECTS, "HYG001", agency=None) == []


# -- HYG002 stale period -------------------------------------------------------------------

def test_hyg002_reports_years_and_periods_of_another_year(run):
    assert run(DEFECTS, "HYG002") == [
        ("HYG002", 7,
         'Tahun pada judul "2025" tidak sesuai dengan tahun laporan 2024; judul yang sama '
         'menyebut tahun 2024 di baris 5: "TAHUN 2025".'),
        ("HYG002", 13,
         'Tanggal penandatanganan "Desember 2024" tidak sesuai dengan tahun laporan 2024; '
         "laporan atas tahun 2024 baru dapat ditandatangani setelah tahun itu berakhir: "
         '"Sukamaju, Desember 2024".'),
        ("HYG002", 37,
         'Periode Renstra/RPJMD "2015-2020" tidak sesuai dengan tahun laporan 2024; periode '
         'itu tidak mencakup tahun yang dilaporkan: "…dalam Renstra Kecamatan Sukamaju Tahun '
         '2015-2020 dan Rencana Kerja Tahun…".'),
        ("HYG002", 37,
         'Tahun rencana kerja "2019" tidak sesuai dengan tahun laporan 2024; teks ini '
         "menyajikannya sebagai tahun yang dilaporkan, bukan sebagai pembanding: \"…dalam "
         'Renstra Kecamatan Sukamaju Tahun 2015-2020 dan Rencana Kerja Tahun 2019.".'),
        ("HYG002", 39,
         'Tahun anggaran "2023" tidak sesuai dengan tahun laporan 2024; teks ini menyajikannya '
         "sebagai tahun yang dilaporkan, bukan sebagai pembanding: \"Ada 3 (tiga) sasaran pada "
         'Tahun Anggaran 2023 yaitu:".'),
    ]


def test_hyg002_in_english(run):
    lines = ["Laporan Kinerja Kecamatan Sukamaju Tahun 2023 ini disusun oleh sekretariat."]
    assert run(lines, "HYG002", lang="en") == [(
        "HYG002", 1,
        'The year in the report\'s name "2023" does not fit the reporting year 2024; the text '
        "presents it as the year reported on, not as a comparison: \"Laporan Kinerja Kecamatan "
        'Sukamaju Tahun 2023 ini disusun oleh sekretariat.".',
    )]


def test_hyg002_is_silent_on_citations_comparisons_and_plans(run):
    lines = [
        "Sesuai UU No. 23 Tahun 2014 dan Peraturan Daerah Nomor 6 Tahun 2016.",
        "Perda Nomor 2 Tahun 2016 tentang RPJMD Kabupaten Contoh Tahun 2016-2021.",
        "Realisasi Tahun Anggaran 2023 sebesar 90% dan tahun 2024 sebesar 95%.",
        "Capaian kinerja tahun 2023 lebih rendah dibanding tahun berjalan.",
        "Perjanjian Kinerja Tahun 2025 akan memuat target yang lebih tinggi.",
        "Renstra Kecamatan Sukamaju periode 2019-2024 berakhir tahun ini.",
        "Perjanjian Kinerja Tahun 2023 sebelumnya memuat 5 indikator.",
        "Hasil evaluasi menjadi bahan penyusunan LKjIP Tahun 2025.",
    ]
    assert run(lines, "HYG002") == []


def test_hyg002_dates_of_other_documents_may_fall_inside_the_year(run):
    lines = [
        "PERJANJIAN KINERJA TAHUN 2024",
        "Sukamaju, 2 Januari 2024",
        "CAMAT SUKAMAJU",
        "NIP. 19800101 200501 1 001",
    ]
    assert run(lines, "HYG002") == []


def test_hyg002_needs_the_reporting_year(run):
    assert run(DEFECTS, "HYG002", year=None) == []


# -- HYG003 spreadsheet error --------------------------------------------------------------

def test_hyg003_reports_spreadsheet_and_word_errors(run):
    assert run(DEFECTS, "HYG003") == [
        ("HYG003", 62,
         'Galat lembar kerja/pengolah kata #DIV/0! tertinggal di teks: "1. Indeks Kepuasan '
         'Masyarakat 80 0 #DIV/0!".'),
        ("HYG003", 63,
         'Galat lembar kerja/pengolah kata #REF! tertinggal di teks: "2. Persentase desa '
         'tertib administrasi 100 95 #REF!".'),
        ("HYG003", 65,
         "Galat lembar kerja/pengolah kata Error! Reference source not found tertinggal di "
         'teks: "Rincian disajikan pada Tabel 3.5 Error! Reference source not found.".'),
    ]


def test_hyg003_reads_errors_a_conversion_cut_and_names_each_once_per_line(run):
    lines = [
        "\t1.5.\tDasar Hukum Error! Bookmark not define\ted.",
        "Total\t#N/A\t#N/A\t#VALUE!",
        "Nilai\tN/A\t-",
    ]
    assert run(lines, "HYG003", lang="en") == [
        ("HYG003", 1,
         'Spreadsheet/word-processor error Error! Bookmark not defined left in the text: '
         '"1.5. Dasar Hukum Error! Bookmark not define ed.".'),
        ("HYG003", 2,
         'Spreadsheet/word-processor error #N/A, #VALUE! left in the text: '
         '"Total #N/A #N/A #VALUE!".'),
    ]


# -- HYG004 template leftover --------------------------------------------------------------

def test_hyg004_reports_template_instructions_and_blanks(run):
    assert run(DEFECTS, "HYG004") == [
        ("HYG004", 25,
         'Sisa templat tertinggal (isian bersyarat) "(jika ada)": "Lampiran 4. Penghargaan yang '
         'diterima (jika ada)".'),
        ("HYG004", 53,
         'Sisa templat tertinggal (nomor belum diisi) "ke...": "…mendukung sasaran strategis '
         'Kabupaten yang ke... yaitu tata kelola pemerintahan.".'),
        ("HYG004", 55,
         'Sisa templat tertinggal (petunjuk pengisian) "(diisi uraian capaian sasaran '
         'strategis sesuai PK)": "(diisi uraian capaian sasaran strategis sesuai PK)".'),
        ("HYG004", 57,
         'Sisa templat tertinggal (titik-titik sebagai isian kosong) "....": "Anggaran sub '
         'kegiatan ini sebesar Rp. .... dengan realisasi XXX.".'),
        ("HYG004", 57,
         'Sisa templat tertinggal (tanda tempat) "XXX": "Anggaran sub kegiatan ini sebesar '
         'Rp. .... dengan realisasi XXX.".'),
    ]


def test_hyg004_dots_before_a_page_number_are_a_leader_not_a_blank(run):
    lines = [
        "IKHTISAR EKSEKUTIF.....\tiii",
        "BAB III AKUNTABILITAS KINERJA .......... 14",
        "Kegiatan berjalan lancar dan seterusnya....",
        "Jumlah peserta sebanyak .... orang dari 12 desa.",
        "[isi nama sasaran strategis]",
        "Tahun 20XX",
    ]
    assert [(line, message.split('"')[1]) for _, line, message in run(lines, "HYG004")] == [
        (4, "...."), (5, "[isi nama sasaran strategis]"), (6, "20XX"),
    ]


# -- HYG005 blank count --------------------------------------------------------------------

def test_hyg005_reports_a_count_without_its_number(run):
    assert run(DEFECTS, "HYG005") == [
        ("HYG005", 45,
         'Jumlah kegiatan tidak diisi: tidak ada angka setelah "sebanyak": "Kegiatan yang '
         'dilaksanakan selama tahun 2024 sebanyak kegiatan yaitu:".'),
        ("HYG005", 51,
         'Jumlah indikator tidak diisi: tidak ada angka setelah "terdiri dari": "Sasaran '
         'tersebut terdiri dari indikator yang diukur setiap triwulan.".'),
    ]


def test_hyg005_sejumlah_means_several_unless_a_number_was_cut_out(run):
    lines = [
        "Sejumlah kegiatan tertunda karena cuaca.",
        "Dilaksanakan sejumlah  program prioritas.",
        "Terdapat 12 sub kegiatan sebanyak 3 kali.",
    ]
    assert run(lines, "HYG005", lang="en") == [(
        "HYG005", 2,
        'The number of program is left blank: no figure after "sejumlah": "Dilaksanakan '
        'sejumlah program prioritas.".',
    )]


# -- HYG006 numbering ----------------------------------------------------------------------

def test_hyg006_reports_numbering_that_skips_or_repeats(run):
    assert run(DEFECTS, "HYG006") == [
        ("HYG006", 43,
         'Penomoran daftar tidak berurutan: setelah "2." (baris 42) seharusnya "3.", tertulis '
         '"4.": "4. Meningkatnya ketentraman dan ketertiban umum.".'),
        ("HYG006", 49,
         'Penomoran daftar tidak berurutan: setelah "b." (baris 48) seharusnya "c.", tertulis '
         '"b.": "b. Ketentraman dan ketertiban umum.".'),
        ("HYG006", 75,
         'Penomoran daftar tidak berurutan: setelah "KEDUA" (baris 73) seharusnya "KETIGA", '
         'tertulis "KEEMPAT": "KEEMPAT : Keputusan ini mulai berlaku pada tanggal '
         'ditetapkan.".'),
    ]


def test_hyg006_a_table_row_numbers_its_cells_in_their_own_column(run):
    lines = [
        "1.\tSasaran pertama\t1. Indikator satu\t80",
        "\t\t2. Indikator dua\t90",
        "2.\tSasaran kedua\t1. Indikator tiga\t70",
        "\t\t2. Indikator empat\t60",
        "3.\tSasaran ketiga\tIndikator lima\t100",
        "",
        "(1) pertama;",
        "(2) kedua;",
        "(2) kedua lagi;",
    ]
    assert run(lines, "HYG006") == [(
        "HYG006", 9,
        'Penomoran daftar tidak berurutan: setelah "(2)" (baris 8) seharusnya "(3)", tertulis '
        '"(2)": "(2) kedua lagi;".',
    )]


# -- a structured report: the TOML's own lines ---------------------------------------------

def test_a_toml_report_is_checked_on_its_own_lines(tmp_path, hygiene):
    body = textwrap.dedent("""\
        # Catatan penyusun: angka capaian IKM masih #DIV/0! di lembar kerja.
        # Kecamatan Mekarsari selaku pengemban amanah menyusun laporan ini.
        """)
    path = tmp_path / "laporan.toml"
    path.write_text(META + body, encoding="utf-8")
    report = read_toml(path, path.read_bytes())
    rules = [hygiene[code] for code in CODES]
    findings = flatten(check_report(report, rules, Config()).findings)
    offset = META.count("\n")
    assert [(code, line) for code, line, _ in findings] == [
        ("HYG003", offset + 1), ("HYG001", offset + 2),
    ]


def test_hyg002_looks_past_an_agency_name_with_dan_and_its_acronym(run):
    lines = ["Laporan Kinerja Dinas Pekerjaan Umum dan Penataan Ruang (Dinas PUPR) Kabupaten "
             "Contoh Tahun 2023 dapat diselesaikan.",
             "Laporan Kinerja Dinas Pekerjaan Umum dan Penataan Ruang (Dinas PUPR) Kabupaten "
             "Contoh Tahun 2024 dapat diselesaikan."]
    assert [(code, line) for code, line, _ in run(lines, "HYG002")] == [("HYG002", 1)]
