"""The parts of the report as the structure rules name, find and fold them.

What several structure rules share: the regulation they cite, the parts every LKjIP
has and their order, a location, the key a missing part's finding folds by, and the
phrases that name the two parts of Bab III (STR003 looks for them, STR004 ends the
per-sasaran analyses at the Realisasi Anggaran).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checker.model import Heading, Report
from checker.rule import Location
from rules._structure_outline import clean, main_span, prose_lines

__all__ = [
    "BAB3_PARTS",
    "CONTENT",
    "LAMPIRAN_PK",
    "ORDERED",
    "REQUIRED",
    "at",
    "first_heading",
    "heading_line",
    "part_key",
    "search_prose",
]

CONTENT = "Permenpan RB 53/2014, Lampiran II (Format Laporan Kinerja)"
# The parts every LKjIP has, in the order the regulation lists them.
REQUIRED = ("ikhtisar_eksekutif", "bab_1", "bab_2", "bab_3", "bab_4")
ORDERED = (*REQUIRED, "lampiran")


def at(line: int | None, end: int | None = None) -> Location:
    """Where a structure finding points: ``line`` (to ``end``)."""
    return Location(line=line, end_line=end)


# The fold keys of a missing part: STR001 and STR005 report the part, STR007 an entry of
# the Daftar Isi pointing at it (a knock-on of the same missing part).
LAMPIRAN_PK = "lampiran_perjanjian_kinerja"  # the PK attached in the Lampiran


def part_key(kind: str) -> str:
    return f"part:{kind}"


def heading_line(heading: Heading | None) -> str:
    return "?" if heading is None or heading.where.line is None else str(heading.where.line)


def first_heading(report: Report, kind: str) -> Heading | None:
    span = main_span(report, kind)
    if span is not None:
        return span.heading
    return next((h for h in report.outline if h.kind == kind), None)


def search_prose(
    report: Report, start: int, end: int, patterns: Sequence[re.Pattern[str]]
) -> int | None:
    """The first line from ``start`` to ``end`` whose prose matches one of ``patterns``."""
    for number, text in prose_lines(report, start, end):
        line = clean(text).casefold()
        if any(pattern.search(line) for pattern in patterns):
            return number
    return None


# Phrases that name the two parts of Bab III where a report does not give them a
# heading the outline recognised (e.g. "C. AKUNTABILITAS KEUANGAN").
BAB3_PARTS = {
    "capaian_kinerja": tuple(re.compile(p) for p in (
        r"\bcapaian\s+kinerja\b",                  # "Capaian Kinerja Organisasi"
        r"\bpengukuran\s+(?:pen)?capaian\b",       # "Pengukuran (Pen)capaian Kinerja"
        r"\banalisis\s+capaian\b",                 # "Analisis Capaian Kinerja"
    )),
    "realisasi_anggaran": tuple(re.compile(p) for p in (
        r"\brealisasi\s+anggaran\b",               # "Realisasi Anggaran"
        r"\bakuntabilitas\s+keuangan\b",           # "Akuntabilitas Keuangan"
        r"\brealisasi\s+(?:keuangan|belanja)\b",   # "Realisasi Keuangan/Belanja"
        r"\b(?:capaian|serapan|penyerapan)\s+anggaran\b",  # "Capaian Anggaran Program"
    )),
}
