"""Headings in every style, and the lines that must not be taken for headings."""

from __future__ import annotations

from pathlib import Path

from checker.text import Heading, parse_source

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _headings() -> list[Heading]:
    path = FIXTURES / "headings.md"
    return list(parse_source(path.read_text(encoding="utf-8"), str(path)).headings)


def test_every_heading_style() -> None:
    found = [(h.line, h.end_line, h.level, h.style, h.number, h.text) for h in _headings()]
    assert found == [
        (1, 1, 1, "bold", None, "KATA PENGANTAR"),
        (3, 3, 1, "caps", None, "IKHTISAR EKSEKUTIF"),
        (5, 6, 1, "markdown", "I", "BAB I PENDAHULUAN"),
        (8, 8, 2, "numbered", "1.1", "1.1 Latar Belakang"),
        (16, 16, 1, "bold", "II", "BAB II PERENCANAAN KINERJA"),
        (18, 18, 2, "numbered", "2.4", "2.4. Alokasi Anggaran"),
        (20, 22, 1, "caps", "III", "BAB III AKUNTABILITAS KINERJA"),
        (24, 24, 2, "lettered", "A", "A. Capaian Kinerja Organisasi"),
        (26, 26, 3, "numbered", "3.3.1", "3.3.1 Sasaran 1 Meningkatnya Kualitas Pelayanan"),
        (28, 28, 3, "markdown", None, "Analisis Efisiensi"),
        (34, 35, 2, "bold", None, "LAPORAN KINERJA INSTANSI PEMERINTAH"),
        (40, 40, 1, "caps", "IV", "BAB IV PENUTUP"),
        (42, 42, 3, "numbered", "2", "2. Misi"),
    ]


def test_list_items_tables_captions_and_signatures_are_not_headings() -> None:
    lines = {heading.line for heading in _headings()}
    # ';' / ',' list items, a '- ' bullet, a caption, a table row, a name, an NIP, a label.
    assert lines.isdisjoint({10, 12, 13, 14, 30, 31, 32, 37, 38, 44})


def test_markdown_bold_and_html_bold_headings() -> None:
    text = "## **A. PENGUKURAN KINERJA**\n\n<b>BAB III   AKUNTABILITAS</b>\n\n#### **1. Camat**\n"
    headings = parse_source(text).headings
    assert [(h.line, h.level, h.style, h.number, h.text) for h in headings] == [
        (1, 2, "markdown", "A", "A. PENGUKURAN KINERJA"),
        (3, 1, "bold", "III", "BAB III AKUNTABILITAS"),
        (5, 3, "markdown", "1", "1. Camat"),
    ]


def test_running_header_styled_as_heading_is_not_a_heading() -> None:
    title = "## LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2030"
    text = "\n\n".join([title, "isi satu", title, "isi dua", title, "A. Bagian"])
    source = parse_source(text)
    assert [h.text for h in source.headings] == ["A. Bagian"]
