"""Reading the pohon kinerja the report prints: per-sasaran tables, link tables and the
narrative's lists of supporting programs."""

from __future__ import annotations

from checker.extract import extract_report
from checker.model import Level, LinkSource
from checker.text import parse_source


def _report(text: str):
    return extract_report(parse_source(text, "laporan.txt"))


def _links(text: str) -> list[tuple[str, str, str, str | None, int | None]]:
    return [(link.sasaran, link.level.value, link.name, link.parent, link.where.line)
            for link in _report(text).links]


BUDGET_ROWS = (
    "No\tProgram/Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%\n"
    "1\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\t100.000.000\t90.000.000\t90,00\n"
    "\tKoordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan\t100.000.000\t"
    "90.000.000\t90,00\n"
    "\tJumlah\t100.000.000\t90.000.000\t90,00\n"
)


def test_a_table_titled_for_a_sasaran_is_marked_as_its_subset():
    text = ("Tabel 3.3\nProgram dan Kegiatan Pendukung Sasaran 2\n\n" + BUDGET_ROWS
            + "\nTabel 3.9\nRealisasi Anggaran Tahun 2024\n\n" + BUDGET_ROWS)
    budgets = _report(text).budgets
    assert [(table.name, table.sasaran) for table in budgets] == [
        ("Tabel 3.3 Program dan Kegiatan Pendukung Sasaran 2", "2"),
        ("Tabel 3.9 Realisasi Anggaran Tahun 2024", None),
    ]


def test_a_sasaran_heading_above_the_overall_table_is_not_its_title():
    text = "Sasaran 3\n\nB. Realisasi Anggaran\n\n" + BUDGET_ROWS
    assert [table.sasaran for table in _report(text).budgets] == [None]


ANALYSIS = (
    "Tabel 3.7\nAnalisis Program dan Kegiatan yang Menunjang\n\n"
    "No\tSasaran\tIndikator Kinerja\tProgram/Kegiatan\t% Capaian\tMenunjang/Tidak\n"
    "1\tMeningkatnya kualitas pelayanan publik\tIKM\tProgram Penyelenggaraan Pemerintahan "
    "dan Pelayanan Publik\t98,00\tMenunjang\n"
    "\t\t\tKegiatan Koordinasi Penyelenggaraan Kegiatan Pemerintahan\t97,00\tMenunjang\n"
    "2\tMeningkatnya tertib administrasi desa\tPersentase desa tertib\tProgram Pembinaan dan "
    "Pengawasan Pemerintahan Desa\t100,00\tMenunjang\n"
)


def test_an_analysis_table_links_each_row_to_the_sasaran_above():
    assert _links(ANALYSIS) == [
        ("Meningkatnya kualitas pelayanan publik", "program",
         "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", None, 5),
        ("Meningkatnya kualitas pelayanan publik", "kegiatan",
         "Kegiatan Koordinasi Penyelenggaraan Kegiatan Pemerintahan",
         "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", 6),
        ("Meningkatnya tertib administrasi desa", "program",
         "Program Pembinaan dan Pengawasan Pemerintahan Desa", None, 7),
    ]
    report = _report(ANALYSIS)
    assert {link.source for link in report.links} == {LinkSource.LINK_TABLE}
    assert report.links[0].where.table == "Tabel 3.7 Analisis Program dan Kegiatan yang Menunjang"
    assert report.doubts == () or all(d.kind != "table" for d in report.doubts)


def test_a_sasaran_starting_on_a_kegiatan_row_stops_the_reading_with_a_doubt():
    # A converter stacked the merged sasaran cells: the columns no longer line up.
    text = ANALYSIS.replace("\t\t\tKegiatan Koordinasi",
                            "\tMeningkatnya tertib administrasi desa\t\tKegiatan Koordinasi")
    report = _report(text)
    assert [link.where.line for link in report.links] == [5]
    doubts = [d for d in report.doubts if d.kind == "table"]
    assert [(d.where.line, d.where.table) for d in doubts] == [
        (6, "Tabel 3.7 Analisis Program dan Kegiatan yang Menunjang")]
    assert "tidak sejajar" in doubts[0].problem["id"]


def test_a_renstra_matrix_pairs_the_sasaran_and_program_of_a_row():
    text = ("Sasaran\tStrategi\tKebijakan\tProgram\n"
            "1 Meningkatnya kualitas pelayanan\tPeningkatan SDM\tPenyusunan SOP\t"
            "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\n"
            "2 Meningkatnya ketertiban umum\tSinergi\tPatroli rutin\t"
            "Program Koordinasi Ketenteraman dan Ketertiban Umum\n")
    assert [(s, level, name) for s, level, name, _, _ in _links(text)] == [
        ("1 Meningkatnya kualitas pelayanan", "program",
         "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"),
        ("2 Meningkatnya ketertiban umum", "program",
         "Program Koordinasi Ketenteraman dan Ketertiban Umum"),
    ]


def test_a_sasaran_program_column_is_not_a_link():
    # "Sasaran Program" is the program's own outcome, not a sasaran strategis.
    text = ("Program\tSasaran Program\tIndikator Program\n"
            "Program Penunjang Urusan\tMeningkatnya layanan\tIKM\n")
    assert _links(text) == []


NARRATIVE = """\
Sasaran 1 : Meningkatnya kualitas pelayanan publik

Capaian sasaran ini sebesar 100%.

Program dan kegiatan yang dilaksanakan guna mendukung tercapainya kinerja sasaran 2 \
terdiri dari 1 (satu) program dan 1 (satu) kegiatan, sebagai berikut :

1. Program : Pembinaan dan Pengawasan Pemerintahan Desa
 Kegiatan : Fasilitasi, Rekomendasi dan Koordinasi Pembinaan Pemerintahan Desa
 Sub Kegiatan : Fasilitasi Administrasi Tata Pemerintahan Desa
"""


def test_a_sentence_names_the_sasaran_its_list_supports():
    assert _links(NARRATIVE) == [
        ("2", "program", "Pembinaan dan Pengawasan Pemerintahan Desa", None, 7),
        ("2", "kegiatan", "Fasilitasi, Rekomendasi dan Koordinasi Pembinaan Pemerintahan Desa",
         "Pembinaan dan Pengawasan Pemerintahan Desa", 8),
        ("2", "sub_kegiatan", "Fasilitasi Administrasi Tata Pemerintahan Desa",
         "Fasilitasi, Rekomendasi dan Koordinasi Pembinaan Pemerintahan Desa", 9),
    ]


def test_a_sentence_under_a_sasaran_heading_lists_inline():
    text = ("Sasaran Strategis 3 : Meningkatnya akuntabilitas kinerja\n\n"
            "Program yang mendukung sasaran ini adalah Program Penunjang Urusan Pemerintahan "
            "Daerah Kabupaten/Kota melalui kegiatan perencanaan.\n")
    assert _links(text) == [
        ("3", "program", "Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", None, 3)]


def test_a_list_of_programs_that_names_no_sasaran_links_nothing():
    # "Program Penunjang Urusan ..." is a name, not a sentence about support; and a list of
    # the agency's programs in Bab II is not tied to a sasaran.
    text = ("Program yang dilaksanakan pada tahun 2024 adalah sebagai berikut:\n"
            "- a. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\n"
            "Indikator Kegiatan : Jumlah dokumen penunjang pencapaian kinerja\n"
            "- b. Program Penyelenggaraan Pemerintahan dan Pelayanan Publik\n")
    assert _links(text) == []


def test_the_level_of_a_mixed_column_comes_from_the_prefix_or_the_code():
    text = ("Sasaran\tProgram/Kegiatan\n"
            "Meningkatnya pelayanan\t7.01.02 Penyelenggaraan Pemerintahan dan Pelayanan Publik\n"
            "\t7.01.02.2.01 Koordinasi Penyelenggaraan Kegiatan Pemerintahan\n")
    assert [link.level for link in _report(text).links] == [Level.PROGRAM, Level.KEGIATAN]


def test_a_program_and_kegiatan_in_one_cell_are_both_linked():
    text = ("| Sasaran | Program/Kegiatan | Menunjang |\n|---|---|---|\n"
            "| Sasaran 1: Meningkatnya mutu layanan | Program Peningkatan Mutu / "
            "Pengembangan Mutu Layanan Kesehatan | Menunjang |\n")
    assert [(s, level, name, parent) for s, level, name, parent, _ in _links(text)] == [
        ("Sasaran 1: Meningkatnya mutu layanan", "program", "Program Peningkatan Mutu", None),
        ("Sasaran 1: Meningkatnya mutu layanan", "kegiatan",
         "Pengembangan Mutu Layanan Kesehatan", "Program Peningkatan Mutu"),
    ]


def test_a_mixed_column_takes_capitals_as_programs_and_names_under_them_as_kegiatan():
    text = ("Sasaran\tProgram/Kegiatan\tMenunjang\n"
            "Meningkatnya ketertiban\tPROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM\tYa\n"
            "\tPenanganan Gangguan Ketenteraman dan Ketertiban Umum\tYa\n")
    assert [(link.level, link.parent) for link in _report(text).links] == [
        (Level.PROGRAM, None),
        (Level.KEGIATAN, "PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM")]
