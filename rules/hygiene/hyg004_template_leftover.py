"""HYG004: template instructions and blanks left in."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from checker.context import Context, location
from checker.rule import Category, Severity, Text, Violation, rule
from rules.hygiene._index import text_index
from rules.hygiene._lazy import LazyPattern
from rules.hygiene._text import REVIEW, clean, excerpt, where

__all__ = ["HYG004"]


class _Leftover(NamedTuple):
    pattern: re.Pattern[str]
    what: Text
    # What a line holds (case-folded) wherever the pattern matches it: most lines hold
    # none, and are passed over without running the pattern.
    marks: tuple[str, ...]
    # Words before the match that make it legitimate (the regulation's own wording).
    unless_after: re.Pattern[str] | None = None


_LEFTOVERS = (
    _Leftover(
        re.compile(r"\((?i:\s*(?:diisi|isi(?:kan)?|isi\s+dengan|sebutkan|uraikan|jelaskan|"
                   r"tuliskan)\b)[^()]{0,120}\)?"),
        {"id": "petunjuk pengisian", "en": "filling instruction"},
        marks=("(",),
    ),
    _Leftover(
        re.compile(r"\((?i:\s*(?:jika|bila|apabila|kalau)\s+ada\s*)\)"),
        {"id": "isian bersyarat", "en": "conditional entry"},
        marks=("(",),
        # Permenpan RB 53/2014 itself asks to compare "dengan standar nasional (jika ada)".
        unless_after=re.compile(r"(?i)standar\s+nasional\s*$"),
    ),
    _Leftover(
        re.compile(r"\b(?i:ke)(?:-|\s)?(?:\.{2,}|…+)"),
        {"id": "nomor belum diisi", "en": "number not filled in"},
        marks=("..", "…"),
    ),
    _Leftover(
        re.compile(r"[\[<]\s*(?i:isi|diisi|isikan|nama|masukkan|tuliskan|sebutkan)\b[^\]>]{0,80}"
                   r"[\]>]"),
        {"id": "isian dalam kurung", "en": "bracketed entry"},
        marks=("[", "<"),
    ),
    _Leftover(
        re.compile(r"(?<![\w.])(?:[xX]{3,}|(?:19|20)[xX]{2})(?![\w])"),
        {"id": "tanda tempat", "en": "placeholder"},
        marks=("xx",),
    ),
)
_DOTS = re.compile(r"[.…]{2,}")
_DOT_MARKS = ("..", "…")  # two dots or an ellipsis: a line without either has no run
# A line without any mark holds no leftover: most lines are passed over at once.
_ANY_MARK = tuple(sorted({*_DOT_MARKS, *(mark for one in _LEFTOVERS for mark in one.marks)}))
# A table of contents' dot leader: dots, then a page number (arabic or roman), then the
# end of the line or the next entry.
_PAGE_NUMBER = LazyPattern(r"\s*(?:\d{1,3}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})(?:\s*$|\s+(?=[A-Z0-9]))")
# Words after which dots at the end of a line are a blank to fill, not an ellipsis.
_BLANK_BEFORE = LazyPattern(r"(?i)(?:\brp\.?|:|\bsebanyak|\bsebesar|\btanggal|\bnomor|\bno\.)\s*$")


def _dot_blanks(line: str) -> Iterator[re.Match[str]]:
    for match in _DOTS.finditer(line):
        run = match.group()
        if run.count(".") + 3 * run.count("…") < 4:
            continue
        after = line[match.end():]
        if _PAGE_NUMBER.match(after):
            continue  # a dot leader of a table of contents
        if not after.strip(" \t*_:;,") and not _BLANK_BEFORE.search(line[: match.start()]):
            continue  # an ellipsis or a leader at the end of a line
        yield match


@rule(
    code="HYG004",
    slug="hygiene-template-leftover",
    fix={
        "id": "Ganti teks templat dengan isi yang sebenarnya, atau hapus.",
        "en": "Replace the template text with the actual content, or remove it.",
    },
    title={"id": "Sisa templat dalam laporan", "en": "Template text left in the report"},
    category=Category.HYGIENE,
    severity=Severity.WARNING,
    regulation=REVIEW.format("kelengkapan dan kelayakan penyajian laporan"),
    message={
        "id": 'Sisa templat tertinggal ({what}) "{found}": "{excerpt}".',
        "en": 'Template text left in ({what}) "{found}": "{excerpt}".',
    },
    rationale={
        "id": "Petunjuk pengisian (\"(diisi ...)\", \"(jika ada)\"), tanda tempat (\"xxx\", "
        "\"yang ke...\") dan titik-titik yang belum diisi menunjukkan bagian laporan yang "
        "belum ditulis. Titik-titik daftar isi yang diikuti nomor halaman tidak dilaporkan.",
        "en": "Filling instructions (\"(diisi ...)\", \"(jika ada)\"), placeholders (\"xxx\", "
        "\"yang ke...\") and dots left to fill show a part of the report that was not "
        "written. Table-of-contents dot leaders followed by a page number are not reported.",
    },
)
def HYG004(context: Context) -> Iterator[Violation]:
    """The reviu checks that the report is complete and properly presented: the
    instructions and blanks of the template it was written on are filled in or removed."""
    dots = {"id": "titik-titik sebagai isian kosong", "en": "dots as a blank"}
    text = text_index(context.report)
    for index in text.lines_with(_ANY_MARK):
        line = text.lines[index]
        hits: list[tuple[re.Match[str], Text]] = []
        for leftover in _LEFTOVERS:
            if not text.mentions(index, leftover.marks):
                continue
            for match in leftover.pattern.finditer(line):
                if leftover.unless_after and leftover.unless_after.search(line[: match.start()]):
                    continue
                hits.append((match, leftover.what))
        covered = [(m.start(), m.end()) for m, _ in hits]
        blanks = _dot_blanks(line) if text.mentions(index, _DOT_MARKS) else ()
        for match in blanks:
            if not any(start <= match.start() < end for start, end in covered):
                hits.append((match, dots))
        for match, what in sorted(hits, key=lambda hit: hit[0].start()):
            found = clean(match.group())
            yield Violation(
                location(where(index)),
                {"what": what, "found": found,
                 "excerpt": excerpt(line, match.start(), match.end())},
                actual=found,
            )
