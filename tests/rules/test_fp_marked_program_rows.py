"""Kegiatan printed under a bold program row, a Daftar Gambar that also lists charts, and
a hospital named after a person.

A "Program / Kegiatan" table of one sasaran may print its program in bold, "**Program
X**", and the kegiatan under it by name alone, without the word "Kegiatan": those rows are
the program's kegiatan (found among the budget's kegiatan), not programs missing from the
budget (CAS005). A plain row under a plain program row is still a program, and a kegiatan
the budget does not hold is still reported.

A Daftar Gambar may list "Grafik 3.1 ..." between its "Gambar" entries: each such line is
an entry of its own, never the wrapped title of the "Gambar" entry above it (STR014).

"RSUD dr. H. Abdul Manap": the dotted titles belong to the hospital's name.
"""

from __future__ import annotations

from checker.extract import extract_report
from checker.model import Level
from checker.text import parse_source

BUDGET = (
    "**Tabel 3.9 Realisasi Anggaran per Program dan Kegiatan Tahun 2023**\n\n"
    "| Kode | Program / Kegiatan | Anggaran (Rp) | Realisasi (Rp) | % |\n"
    "|---|---|--:|--:|--:|\n"
    "| **1.04.05** | **Program Penataan Ruang Terbuka Hijau Kota** | **300.000.000** "
    "| **270.000.000** | **90,00** |\n"
    "| 1.04.05.2.01 | Pembangunan Ruang Terbuka Hijau Publik | 100.000.000 | 90.000.000 "
    "| 90,00 |\n"
    "| 1.04.05.2.02 | Pemeliharaan Taman Kota | 200.000.000 | 180.000.000 | 90,00 |\n"
    "| | **Jumlah** | **300.000.000** | **270.000.000** | **90,00** |\n"
)


def _report(program: str = "**Program Penataan Ruang Terbuka Hijau Kota**",
            kegiatan: str = "Pemeliharaan Taman Kota") -> str:
    """A sasaran's table of its program (row 7) and kegiatan (rows 8, 9), then the budget."""
    return (
        "## Sasaran 1: Meningkatnya kualitas ruang terbuka hijau\n\n"
        "**Tabel 3.6 Kegiatan Pendukung Sasaran 1**\n\n"
        "| Program / Kegiatan | Anggaran (Rp) | Realisasi (Rp) | % |\n"
        "|---|--:|--:|--:|\n"
        f"| {program} | 300.000.000 | 270.000.000 | 90,00 |\n"
        "| Pembangunan Ruang Terbuka Hijau Publik | 100.000.000 | 90.000.000 | 90,00 |\n"
        f"| {kegiatan} | 200.000.000 | 180.000.000 | 90,00 |\n\n"
        "## Realisasi Anggaran\n\n" + BUDGET
    )


def _levels(text: str) -> list[tuple[Level, str]]:
    report = extract_report(parse_source(text, "laporan.md"))
    table = next(budget for budget in report.budgets if budget.sasaran == "1")
    rows = [row for item in table.items for row in (item, *item.children)]
    return [(row.level, row.name) for row in rows]


def test_plain_rows_under_a_bold_program_row_are_its_kegiatan():
    assert _levels(_report()) == [
        (Level.PROGRAM, "Program Penataan Ruang Terbuka Hijau Kota"),
        (Level.KEGIATAN, "Pembangunan Ruang Terbuka Hijau Publik"),
        (Level.KEGIATAN, "Pemeliharaan Taman Kota"),
    ]


def test_kegiatan_under_a_bold_program_row_are_found_in_the_budget(check_inline):
    assert check_inline(_report(), "CAS005") == []


def test_plain_rows_under_a_plain_program_row_stay_programs():
    """Without the bold there is no parent row: every row is a program, as before."""
    levels = _levels(_report(program="Program Penataan Ruang Terbuka Hijau Kota"))
    assert [level for level, _ in levels] == [Level.PROGRAM] * 3


def test_a_kegiatan_missing_from_the_budget_is_still_reported(check_inline):
    findings = check_inline(_report(kegiatan="Pengadaan Bibit Tanaman Hias"), "CAS005")
    assert [(rule, line) for rule, line, _ in findings] == [("CAS005", 9)]
    assert "Pengadaan Bibit Tanaman Hias" in findings[0][2]


# -- a Daftar Gambar listing charts -------------------------------------------------------

def _figures(second_caption: str = "Gambar 3.3 Perolehan Medali Porprov 2022") -> str:
    return (
        "# DAFTAR GAMBAR\n\n"
        "Gambar 1.1 Struktur Organisasi Dinas .................. 3\n"
        "Grafik 3.1 Kunjungan Wisatawan 2020-2022 .............. 14\n"
        "Grafik 3.2 PAD Sektor Pariwisata 2020-2022 ............ 15\n"
        "Gambar 3.3 Perolehan Medali Porprov 2022 .............. 21\n\n"
        "# BAB I PENDAHULUAN\n\n"
        "Gambar 1.1 Struktur Organisasi Dinas\n\n"
        "Susunan organisasi dinas ditetapkan dengan peraturan bupati.\n\n"
        "# BAB III AKUNTABILITAS KINERJA\n\n"
        "Grafik 3.1 Kunjungan Wisatawan 2020-2022\n\n"
        "Grafik 3.2 PAD Sektor Pariwisata 2020-2022\n\n"
        f"{second_caption}\n"
    )


def test_a_chart_entry_is_not_glued_to_the_figure_entry_above(check_inline):
    assert check_inline(_figures(), "STR014") == []


def test_a_figure_entry_after_the_charts_is_still_compared(check_inline):
    findings = check_inline(_figures("Gambar 3.3 Jumlah Atlet Berprestasi 2022"), "STR014")
    assert [(rule, line) for rule, line, _ in findings] == [("STR014", 6)]
    assert "'Gambar 3.3 Jumlah Atlet Berprestasi 2022'" in findings[0][2]


def test_a_figure_entry_unlike_its_caption_is_still_reported(check_inline):
    text = _figures().replace("Gambar 1.1 Struktur Organisasi Dinas\n\n",
                              "Gambar 1.1 Peta Wilayah Kabupaten\n\n")
    findings = check_inline(text, "STR014")
    assert [(rule, line) for rule, line, _ in findings] == [("STR014", 3)]
    assert "'Gambar 1.1 Struktur Organisasi Dinas'" in findings[0][2]


# -- a hospital named after a person -------------------------------------------------------

def test_a_hospital_name_keeps_the_titles_of_its_namesake():
    text = ("LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2024\n\n"
            "RUMAH SAKIT UMUM DAERAH dr. H. ABDUL MANAP\n\nKOTA PINANG SEBATANG\n\n"
            "Laporan Kinerja RSUD dr. H. Abdul Manap Kota Pinang Sebatang Tahun 2024 "
            "disusun sebagai pertanggungjawaban kinerja.\n")
    meta = extract_report(parse_source(text, "laporan.txt")).meta
    assert meta.agency == "Rumah Sakit Umum Daerah dr. H. Abdul Manap"
    assert meta.region == "Kota Pinang Sebatang"


def test_a_title_after_another_agency_name_is_not_taken_into_it():
    """Only a hospital bears a person's name: "Dinas Kesehatan dr. Budi" is the head."""
    text = ("LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2024\n\n"
            "DINAS KESEHATAN\n\nKOTA PINANG SEBATANG\n\n"
            "Kepala Dinas Kesehatan dr. Budi Santoso menetapkan laporan ini.\n")
    meta = extract_report(parse_source(text, "laporan.txt")).meta
    assert meta.agency == "Dinas Kesehatan"
