"""The outline: a Sistematika Penulisan written as plain lines inside Bab I names the
chapters, it is not them; the real chapters that follow keep their lines."""

from __future__ import annotations

import textwrap

from checker.extract._outline import extract_outline
from checker.text import parse_source

# Bab I's Sistematika as numbered lines that are no headings; the real chapters have
# lettered sections only, so no '2.1' stops a list early.
NUMBERED = """\
IKHTISAR EKSEKUTIF

Laporan kinerja tahun 2023 disusun.

BAB I
PENDAHULUAN

A. Latar Belakang

Kecamatan Sukamaju adalah perangkat daerah.

B. Sistematika Penulisan

Sistematika penulisan laporan kinerja ini adalah sebagai berikut :
1. Bab I Pendahuluan, menjelaskan gambaran umum organisasi dan permasalahan utama;
2. Bab II Perencanaan Kinerja, menjelaskan ringkasan perjanjian kinerja;
3. Bab III Akuntabilitas Kinerja, menjelaskan capaian kinerja dan realisasi anggaran;
4. Bab IV Penutup, menjelaskan simpulan umum.

BAB II
PERENCANAAN KINERJA

A. Rencana Strategis

Renstra ditetapkan untuk lima tahun.

B. Perjanjian Kinerja

Perjanjian kinerja ditandatangani.

BAB III
AKUNTABILITAS KINERJA

A. Capaian Kinerja Organisasi

Capaian kinerja diuraikan per sasaran.

B. Realisasi Anggaran

Realisasi anggaran diuraikan.

BAB IV
PENUTUP

Demikian laporan ini.
"""

# The Sistematika announced by a sentence, its chapters as "BAB II : ..." lines of which
# the converter kept only the short ones as headings (a backslash joins a long line of the
# fixture); a section of Bab I follows it.
ANNOUNCED = """\
IKHTISAR EKSEKUTIF

Laporan kinerja tahun 2023 disusun.

BAB I PENDAHULUAN

A. Latar Belakang

Kecamatan Sukamaju adalah perangkat daerah. Sistematika penulisan laporan ini adalah:

BAB I : Pendahuluan, berisi gambaran umum organisasi, aspek strategis organisasi serta \
permasalahan utama yang sedang dihadapi organisasi.

BAB II : Perencanaan Kinerja, berisi ringkasan perjanjian kinerja.

BAB III : Akuntabilitas Kinerja, berisi capaian kinerja organisasi untuk setiap \
pernyataan kinerja sasaran strategis serta realisasi anggaran.

BAB IV : Penutup, berisi simpulan umum.

B. Struktur Organisasi

Kecamatan dipimpin oleh camat dan dibantu sekretaris serta para kepala seksi.

BAB II PERENCANAAN KINERJA

A. Rencana Strategis

Renstra ditetapkan untuk lima tahun.

BAB III AKUNTABILITAS KINERJA

A. Capaian Kinerja Organisasi

Capaian kinerja diuraikan per sasaran.

B. Realisasi Anggaran

Realisasi anggaran diuraikan.

BAB IV PENUTUP

Demikian laporan ini.
"""


def _outline(text: str) -> list[tuple[str, int, int | None]]:
    """(kind, line, end_line) of every heading the outline names a part."""
    return [(h.kind, h.where.line, h.where.end_line)
            for h in extract_outline(parse_source(textwrap.dedent(text))) if h.kind != "other"]


def _line(text: str, wanted: str) -> int:
    return text.splitlines().index(wanted) + 1


def test_a_sistematika_of_numbered_lines_does_not_swallow_the_chapters():
    line = lambda wanted: _line(NUMBERED, wanted)  # noqa: E731
    assert _outline(NUMBERED) == [
        ("ikhtisar_eksekutif", 1, 3),
        ("bab_1", line("BAB I"), line("4. Bab IV Penutup, menjelaskan simpulan umum.")),
        ("bab_2", line("BAB II"), line("Perjanjian kinerja ditandatangani.")),
        ("perjanjian_kinerja", line("B. Perjanjian Kinerja"),
         line("Perjanjian kinerja ditandatangani.")),
        ("bab_3", line("BAB III"), line("Realisasi anggaran diuraikan.")),
        ("capaian_kinerja", line("A. Capaian Kinerja Organisasi"),
         line("Capaian kinerja diuraikan per sasaran.")),
        ("realisasi_anggaran", line("B. Realisasi Anggaran"),
         line("Realisasi anggaran diuraikan.")),
        ("bab_4", line("BAB IV"), line("Demikian laporan ini.")),
    ]


def test_chapter_lines_after_a_sistematika_sentence_are_not_the_chapters():
    line = lambda wanted: _line(ANNOUNCED, wanted)  # noqa: E731
    outline = extract_outline(parse_source(ANNOUNCED))
    assert [(h.kind, h.where.line) for h in outline if h.level == 1] == [
        ("ikhtisar_eksekutif", 1),
        ("bab_1", line("BAB I PENDAHULUAN")),
        ("bab_2", line("BAB II PERENCANAAN KINERJA")),
        ("bab_3", line("BAB III AKUNTABILITAS KINERJA")),
        ("bab_4", line("BAB IV PENUTUP")),
    ]
    # Bab I runs on to its next section, which is no entry of the list.
    bab_1 = next(h for h in outline if h.kind == "bab_1")
    assert bab_1.where.end_line == line("Kecamatan dipimpin oleh camat dan dibantu sekretaris "
                                        "serta para kepala seksi.")
    assert any(h.text == "B. Struktur Organisasi" for h in outline)


def test_a_listed_part_the_report_lacks_is_still_only_listed():
    # The list names a Lampiran the report does not have; the real Bab II starting the
    # numbering again shows where the list ends, so its Lampiran line is no part.
    text = """\
    BAB I PENDAHULUAN

    1.2 Sistematika Penulisan

    BAB I. PENDAHULUAN

    BAB II. PERENCANAAN KINERJA

    BAB III. AKUNTABILITAS KINERJA

    BAB IV. PENUTUP

    LAMPIRAN

    BAB II PERENCANAAN KINERJA

    2.1 Rencana Strategis

    BAB III AKUNTABILITAS KINERJA

    BAB IV PENUTUP
    """
    assert [kind for kind, _, _ in _outline(text)] == ["bab_1", "bab_2", "bab_3", "bab_4"]
    assert [line for _, line, _ in _outline(text)] == [1, 15, 19, 21]


def test_a_sentence_about_the_sistematika_before_the_real_chapters_drops_nothing():
    text = """\
    KATA PENGANTAR

    Laporan ini disusun menurut sistematika Permenpan RB 53/2014.

    BAB I PENDAHULUAN

    Gambaran umum.

    BAB II PERENCANAAN KINERJA

    Ringkasan perjanjian kinerja.
    """
    assert [(kind, line) for kind, line, _ in _outline(text)] == [
        ("kata_pengantar", 1), ("bab_1", 5), ("bab_2", 9)]
