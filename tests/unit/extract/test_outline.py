"""The outline: Permenpan RB 53/2014 parts from headings in every converter style."""

from __future__ import annotations

import textwrap

from checker.extract._outline import extract_outline
from checker.text import parse_source

# A report written for these tests: every heading style converters leave, a Daftar Isi
# with dotted leaders, a Sistematika Penulisan that names every chapter, running headers.
REPORT = """\
LAPORAN KINERJA INSTANSI PEMERINTAH
KECAMATAN SUKAMAJU
KABUPATEN CONTOH
TAHUN 2023

KATA PENGANTAR

Puji syukur kami panjatkan atas tersusunnya laporan ini.

Sukamaju, 20 Februari 2024

CAMAT SUKAMAJU

BUDI SANTOSO, S.Sos
NIP. 19700101 199001 1 001

DAFTAR ISI

KATA PENGANTAR ........ i
RINGKASAN EKSEKUTIF ........ ii
BAB I PENDAHULUAN ........ 1
BAB II PERENCANAAN KINERJA ........ 5
BAB III AKUNTABILITAS KINERJA ........ 9
A. Capaian Kinerja Organisasi ........ 9
BAB IV PENUTUP ........ 20
LAMPIRAN ........ 21

## RINGKASAN EKSEKUTIF

Ringkasan laporan kinerja tahun 2023.

# BAB I PENDAHULUAN

1.1 Latar Belakang

Kecamatan Sukamaju adalah perangkat daerah.

1.2 Sistematika Penulisan

Laporan ini disusun dengan sistematika sebagai berikut.

BAB I PENDAHULUAN

Menjelaskan gambaran umum organisasi.

BAB II PERENCANAAN KINERJA

Menguraikan perjanjian kinerja.

BAB III AKUNTABILITAS KINERJA

A. Capaian Kinerja Organisasi

Menyajikan capaian kinerja.

B. Realisasi Anggaran

Menyajikan realisasi anggaran.

BAB IV PENUTUP

Menyajikan simpulan.

LAMPIRAN

**BAB II**
**PERENCANAAN STRATEGIS DAN PENETAPAN KINERJA**

2.1 Rencana Strategis

Renstra ditetapkan untuk lima tahun.

2.2 Perjanjian Kinerja

Perjanjian kinerja ditandatangani.

LAPORAN KINERJA KECAMATAN SUKAMAJU TAHUN 2023

<b>BAB III AKUNTABILITAS KINERJA</b>

A. Capaian Kinerja Organisasi

Capaian kinerja diuraikan per sasaran.

LAPORAN KINERJA KECAMATAN SUKAMAJU TAHUN 2023

3.2 Realisasi Anggaran

Realisasi anggaran diuraikan.

BAB IV

PENUTUP

Demikian laporan ini.

LAPORAN KINERJA KECAMATAN SUKAMAJU TAHUN 2023

LAMPIRAN

Perjanjian Kinerja terlampir.
"""


def _outline(text: str):
    return extract_outline(parse_source(textwrap.dedent(text)))


def _parts(text: str) -> list[tuple[str, int, int | None, int]]:
    """(kind, line, end_line, level) of every heading that is a part of the regulation."""
    return [
        (h.kind, h.where.line, h.where.end_line, h.level)
        for h in _outline(text) if h.kind != "other"
    ]


def _line(text: str, wanted: str, occurrence: int = 1) -> int:
    seen = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if line == wanted:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(f"{wanted!r} not in fixture")


def test_outline_reads_every_heading_style_into_its_part():
    line = lambda wanted, n=1: _line(REPORT, wanted, n)  # noqa: E731
    assert _parts(REPORT) == [
        ("kata_pengantar", line("KATA PENGANTAR"), 15, 1),
        ("daftar_isi", line("DAFTAR ISI"), line("LAMPIRAN ........ 21"), 1),
        ("ikhtisar_eksekutif", line("## RINGKASAN EKSEKUTIF"), 30, 1),
        # The chapter list of the Sistematika belongs to Bab I.
        ("bab_1", line("# BAB I PENDAHULUAN"), line("LAMPIRAN"), 1),
        ("bab_2", line("**BAB II**"), 75, 1),
        ("perjanjian_kinerja", line("2.2 Perjanjian Kinerja"), 75, 2),
        ("bab_3", line("<b>BAB III AKUNTABILITAS KINERJA</b>"), 89, 1),
        ("capaian_kinerja", line("A. Capaian Kinerja Organisasi", 2), 83, 2),
        ("realisasi_anggaran", line("3.2 Realisasi Anggaran"), 89, 2),
        ("bab_4", line("BAB IV"), 95, 1),
        ("lampiran", line("LAMPIRAN", 2), 101, 1),
    ]


def test_bab_number_and_title_on_the_next_line_are_one_heading():
    outline = _outline(REPORT)
    bab_2 = next(h for h in outline if h.kind == "bab_2")
    assert bab_2.text == "BAB II PERENCANAAN STRATEGIS DAN PENETAPAN KINERJA"
    assert not any(h.text == "PERENCANAAN STRATEGIS DAN PENETAPAN KINERJA" for h in outline)
    bab_4 = next(h for h in outline if h.kind == "bab_4")
    assert bab_4.text == "BAB IV PENUTUP"


def test_daftar_isi_entries_and_sistematika_list_make_no_parts():
    lines = {h.where.line for h in _outline(REPORT)}
    first_entry = _line(REPORT, "KATA PENGANTAR ........ i")
    toc = range(first_entry, _line(REPORT, "LAMPIRAN ........ 21") + 1)
    listing = range(_line(REPORT, "BAB I PENDAHULUAN"), _line(REPORT, "LAMPIRAN") + 1)
    assert not lines & set(toc)
    assert not lines & set(listing)


def test_running_page_headers_are_not_headings():
    assert not any("TAHUN 2023" in h.text for h in _outline(REPORT))


def test_chapter_list_without_a_sistematika_heading_is_not_the_chapters():
    text = """\
    BAB I PENDAHULUAN

    1.1 Latar Belakang

    Laporan disusun sebagai berikut.

    BAB I. PENDAHULUAN

    Gambaran umum.

    BAB II. PERENCANAAN KINERJA

    Ringkasan perjanjian kinerja.

    BAB III. AKUNTABILITAS KINERJA

    Capaian dan anggaran.

    BAB IV. PENUTUP

    Simpulan.

    BAB II PERENCANAAN KINERJA

    2.1 Rencana Strategis

    BAB III AKUNTABILITAS KINERJA

    BAB IV PENUTUP
    """
    chapters = [(h.kind, h.where.line) for h in _outline(text) if h.level == 1]
    assert chapters == [("bab_1", 1), ("bab_2", 23), ("bab_3", 27), ("bab_4", 29)]


def test_ringkasan_and_ikhtisar_are_the_same_part():
    for title in ("IKHTISAR EKSEKUTIF", "RINGKASAN EKSEKUTIF", "**Ringkasan Eksekutif**"):
        outline = _outline(f"{title}\n\nIsi ringkasan.\n")
        assert [(h.kind, h.level) for h in outline] == [("ikhtisar_eksekutif", 1)], title


def test_naming_variants_of_the_sub_parts():
    text = """\
    BAB III AKUNTABILITAS KINERJA

    A. PENGUKURAN CAPAIAN KINERJA TAHUN 2023

    Uraian.

    B. EVALUASI DAN ANALISIS CAPAIAN KINERJA

    Uraian.

    C. AKUNTABILITAS KEUANGAN.

    Uraian.

    3.4 Penetapan Kinerja

    Uraian.
    """
    assert [h.kind for h in _outline(text)] == [
        "bab_3", "capaian_kinerja", "capaian_kinerja", "realisasi_anggaran",
        "perjanjian_kinerja",
    ]


def test_a_part_ends_where_the_next_part_of_its_level_starts():
    text = """\
    BAB II PERENCANAAN KINERJA

    2.1 Perjanjian Kinerja

    Tabel perjanjian kinerja.

    **Uraian Tambahan Bagian Ini**

    Isi tabel.

    2.2 Alokasi Anggaran

    Alokasi.

    BAB III AKUNTABILITAS KINERJA

    Isi.
    """
    spans = {h.text: (h.where.line, h.where.end_line, h.level) for h in _outline(text)}
    assert spans["BAB II PERENCANAAN KINERJA"] == (1, 13, 1)
    # An unnumbered bold caption inside the section does not end it.
    assert spans["2.1 Perjanjian Kinerja"] == (3, 9, 2)
    assert spans["Uraian Tambahan Bagian Ini"][2] > 2
    assert spans["2.2 Alokasi Anggaran"] == (11, 13, 2)
    assert spans["BAB III AKUNTABILITAS KINERJA"] == (15, 17, 1)


def test_other_chapter_names_and_numbers():
    text = """\
    BAB 1 PENDAHULUAN

    Isi.

    BAB V PENUTUP

    Isi.

    BAB VI DAFTAR RUJUKAN

    Isi.
    """
    assert [(h.kind, h.level) for h in _outline(text)] == [
        ("bab_1", 1), ("bab_4", 1), ("other", 1),
    ]


def test_attachments_without_a_lampiran_heading_start_after_bab_iv():
    text = """\
    BAB IV
    PENUTUP

    Demikian laporan kinerja ini disusun.

    PERJANJIAN KINERJA TAHUN 2023

    Pihak pertama dan pihak kedua.

    INDIKATOR KINERJA UTAMA

    Daftar indikator.
    """
    assert [(h.kind, h.where.line, h.where.end_line, h.level) for h in _outline(text)] == [
        ("bab_4", 1, 4, 1),
        ("lampiran", 6, 12, 1),
        ("other", 10, 12, 3),
    ]


def test_documents_inside_the_lampiran_are_its_sub_parts():
    text = """\
    LAMPIRAN

    Lampiran 1 Perjanjian Kinerja Tahun 2023

    Isi.

    Lampiran 2 Pohon Kinerja

    Isi.

    PERNYATAAN TELAH DIREVIU

    Isi.
    """
    assert [(h.kind, h.level) for h in _outline(text)] == [
        ("lampiran", 1), ("perjanjian_kinerja", 2), ("other", 2), ("pernyataan_reviu", 1),
    ]


def test_missing_parts_stay_missing():
    text = """\
    BAB I PENDAHULUAN

    Isi.

    BAB IV PENUTUP

    Isi.
    """
    kinds = {h.kind for h in _outline(text)}
    assert kinds == {"bab_1", "bab_4"}


def test_empty_and_headingless_sources():
    assert extract_outline(parse_source("")) == ()
    assert extract_outline(parse_source("Hanya satu kalimat biasa tanpa judul.\n")) == ()
