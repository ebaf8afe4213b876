"""Structure rules on text reports whose Bab I lists the chapters: the list is not the
chapters, whether the reader leaves it out of the outline or the rules see past it."""

from __future__ import annotations

import textwrap
from pathlib import Path

from conftest import flatten

from checker.config import Config
from checker.engine import check_report
from checker.readers.text import read_text
from checker.result import DocumentResult

# Bab I lists the chapters as numbered lines, no headings; no Lampiran is wanted here.
NUMBERED = """\
IKHTISAR EKSEKUTIF

Laporan kinerja tahun 2023 disusun.

BAB I
PENDAHULUAN

A. Sistematika Penulisan

Sistematika penulisan laporan kinerja ini adalah sebagai berikut :
1. Bab I Pendahuluan, menjelaskan gambaran umum organisasi;
2. Bab II Perencanaan Kinerja, menjelaskan ringkasan perjanjian kinerja;
3. Bab III Akuntabilitas Kinerja, menjelaskan capaian kinerja dan realisasi anggaran;
4. Bab IV Penutup, menjelaskan simpulan umum.

BAB II
PERENCANAAN KINERJA

A. Rencana Strategis

BAB III
AKUNTABILITAS KINERJA

A. Capaian Kinerja Organisasi

B. Realisasi Anggaran

BAB IV
PENUTUP

Demikian laporan ini.
"""

# Bab I names two chapters in lines the converter kept as headings, with no word saying
# they are a list; the real Bab IV is short.
LISTED = """\
IKHTISAR EKSEKUTIF

Laporan kinerja tahun 2023 disusun.

BAB I PENDAHULUAN

Laporan ini disusun sebagai berikut:

BAB II : Perencanaan Kinerja, berisi ringkasan perjanjian kinerja.

BAB IV : Penutup, berisi simpulan umum.

Kecamatan dipimpin oleh camat dan dibantu sekretaris.

BAB II PERENCANAAN KINERJA

Renstra ditetapkan untuk lima tahun dan perjanjian kinerja ditandatangani.

BAB III AKUNTABILITAS KINERJA

Capaian kinerja dan realisasi anggaran diuraikan per sasaran.

BAB IV PENUTUP

Demikian.
"""


def _check(tmp_path: Path, registry, text: str, *codes: str) -> DocumentResult:
    path = tmp_path / "laporan.txt"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    report = read_text(path, path.read_bytes())
    rules = [r for r in registry.rules if r.code in codes]
    return check_report(report, rules, Config())


def test_str001_finds_the_chapters_after_a_list_of_numbered_lines(tmp_path, registry):
    assert flatten(_check(tmp_path, registry, NUMBERED, "STR001", "STR002").findings) == []


def test_str002_takes_the_chapter_in_order_not_its_mention_in_bab_i(tmp_path, registry):
    assert flatten(_check(tmp_path, registry, LISTED, "STR002").findings) == []


def test_str002_still_reports_a_chapter_that_is_out_of_order(tmp_path, registry):
    # Bab III moved after Bab IV: no heading of Bab IV stands in order, so the chapter
    # itself is judged and reported.
    misplaced = LISTED.replace("BAB IV : Penutup, berisi simpulan umum.", "")
    misplaced = misplaced.replace("BAB III AKUNTABILITAS KINERJA\n\nCapaian kinerja dan "
                                  "realisasi anggaran diuraikan per sasaran.\n\n", "")
    misplaced += "\nBAB III AKUNTABILITAS KINERJA\n\nCapaian kinerja diuraikan.\n"
    assert flatten(_check(tmp_path, registry, misplaced, "STR002").findings) == [
        ("STR002", 19, "Bab IV (Penutup) (baris 19) tidak pada urutannya: seharusnya sesudah "
         "Bab III (Akuntabilitas Kinerja) (baris 23)."),
    ]
