"""STR008: a Daftar Isi entry worded differently from the heading it points at.

The Daftar Isi is made once and the chapters are retitled later, or the Daftar Isi is
copied from last year's report or from the regulation's outline: "BAB II PERENCANAAN
KINERJA" in the Daftar Isi, "BAB II PERENCANAAN STRATEGIS DAN PENETAPAN KINERJA" on
the chapter's first page. A reader looking for the chapter by its title does not find it.

Compared: the entries naming a chapter (BAB I to IV), the Kata Pengantar and the
Ikhtisar Eksekutif (under either of its names), against the heading of that part; and
the section entries listed under a chapter ("3.1 Capaian Kinerja Organisasi", "A.
Capaian Kinerja Organisasi"), against the section heading of that chapter carrying the
same number or letter. Both are read as letters only, so the number, the page number,
the dotted leaders, the spacing and the punctuation never count, nor does a converter's
split word ("PENI DAHULUAN" for "PENDAHULUAN": the letters are 96% alike, and a split
word leaves them at least 85% alike). An entry that is the beginning of its heading (a
long title wrapped onto the next line of the Daftar Isi) is the same title.

Not compared: a section entry whose number no heading of its chapter carries (missing or
renumbered: no wording to compare), a section entry matching any heading of its number
in the chapter (a number repeated by nested lists), and the Lampiran (its entries list
the attachments, not headings).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple

from checker.context import Context
from checker.model import Heading, Report
from checker.rule import Category, Severity, Text, Violation, rule
from rules._structure_outline import PART_NAMES, Span, clean, headings_in, main_span
from rules.structure._daftar_isi import (
    SECTION_NUMBER,
    daftar_isi_lines,
    entry_title,
    groups,
    listed,
    number_and_letters,
    part_kind,
    same_title,
)
from rules.structure._parts import at

__all__ = ["STR008", "same_title"]

# The chapters whose section entries are compared (the Lampiran lists attachments).
_CHAPTERS = frozenset({"bab_1", "bab_2", "bab_3", "bab_4"})


class _Pair(NamedTuple):
    """A Daftar Isi entry (its line and title), the heading it points at and how a
    message names that heading."""

    line: int
    title: str
    heading: Heading
    part: str | Text


def _parts(report: Report) -> Iterator[_Pair]:
    """Each entry naming a part that is compared, worded unlike the part's main heading;
    the first entry of each kind only. A part that is missing is STR001's and STR007's."""
    seen: set[str] = set()
    for number, entry in daftar_isi_lines(report):
        kind = part_kind(entry)
        if kind is None or kind in seen:
            continue
        seen.add(kind)
        span = main_span(report, kind)
        title = entry_title(entry)
        if span is not None and not same_title(title, span.heading.text):
            yield _Pair(number, title, span.heading, PART_NAMES[kind])


def _printed_number(title: str) -> str:
    """A section's number as printed ("3.1", "A"), without its trailing dot."""
    match = SECTION_NUMBER.match(clean(title))
    return match.group(0).strip().rstrip(".):") if match else ""


class _Sections:
    """The section headings of one chapter by number. A number may be printed more than
    once (nested lists number their items again): an entry matching any heading of its
    number is that heading; otherwise it is compared with the first heading of its
    number after the one the previous entry named, the same letter case first ("A."
    before "a.")."""

    def __init__(self, headings: Sequence[Heading]) -> None:
        self._numbered: dict[str, list[tuple[Heading, str]]] = {}
        for heading in headings:
            number, letters = number_and_letters(heading.text)
            if number:
                self._numbered.setdefault(number, []).append((heading, letters))
        self._after = 0  # the line of the heading the previous entry named

    def _next(self, headings: Sequence[Heading]) -> Heading:
        """The first of ``headings`` after the previous entry's, else the first."""
        return next((h for h in headings if (h.where.line or 0) > self._after), headings[0])

    def unlike(self, title: str) -> Heading | None:
        """The heading the entry names when it is worded otherwise; ``None`` when a
        heading of its number has its title, or none carries its number."""
        number, letters = number_and_letters(title)
        candidates = self._numbered.get(number, [])
        if not candidates:
            return None
        same = [heading for heading, printed in candidates if same_title(letters, printed)]
        printed = _printed_number(title)
        ranked = sorted((h for h, _ in candidates),
                        key=lambda h: _printed_number(h.text) != printed)
        chosen = self._next(same) if same else self._next(ranked)
        self._after = chosen.where.line or self._after
        return None if same else chosen


def _section_name(number: str, chapter: str) -> Text:
    return {"id": f"subbab {number} {chapter}", "en": f"section {number} of {chapter}"}


def _chapter_sections(report: Report) -> Iterator[tuple[Span, list[tuple[int, str]]]]:
    """Each chapter listed (the first entry of each), its span and its section entries."""
    seen: set[str] = set()
    for (_, _, kind), sections in groups(listed(report)):
        if kind not in _CHAPTERS or kind in seen:
            continue
        seen.add(kind)
        span = main_span(report, kind)
        if span is not None and sections:
            yield span, sections


def _sections(report: Report) -> Iterator[_Pair]:
    """Each section entry worded unlike the heading of its number in its chapter."""
    for span, sections in _chapter_sections(report):
        chapter = PART_NAMES[span.heading.kind]
        headings = _Sections([h for h in headings_in(report, span) if h.level >= 2])
        for number, title in sections:
            if SECTION_NUMBER.match(title)[0].casefold().startswith("lampiran"):
                continue  # an attachment listed under a chapter: no heading of its own
            heading = headings.unlike(title)
            if heading is not None:
                yield _Pair(number, title, heading,
                            _section_name(_printed_number(title), chapter))


@rule(
    code="STR008",
    slug="structure-daftar-isi-wording",
    title={"id": "Judul di Daftar Isi berbeda dari judul bagiannya",
           "en": "A Daftar Isi entry is worded unlike its heading"},
    category=Category.STRUCTURE,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran II (Format Laporan Kinerja: Daftar Isi)",
    message={
        "id": "Daftar Isi (baris {line}) menulis '{entry}', tetapi judul {part} pada baris "
        "{heading_line} adalah '{heading}'.",
        "en": "The Daftar Isi (line {line}) reads '{entry}', but the heading of the "
        "{part} on line {heading_line} is '{heading}'.",
    },
    fix={
        "id": "Samakan judul di Daftar Isi dengan judul bagian di badan laporan (atau "
        "perbarui Daftar Isi otomatis setelah judul diubah).",
        "en": "Word the Daftar Isi entry as the heading in the body (or regenerate the "
        "Daftar Isi after retitling a part).",
    },
    rationale={
        "id": "Daftar Isi yang judulnya berbeda dari judul bab atau subbab menandakan "
        "Daftar Isi tidak diperbarui setelah bab atau subbab diberi judul baru, atau "
        "disalin dari laporan lain; pembaca tidak menemukan bagian dengan judul yang "
        "dicarinya.",
        "en": "A Daftar Isi titled unlike the chapters or sections shows it was not "
        "updated after a chapter or section was retitled, or was copied from another "
        "report; a reader does not find the part by the title they look for.",
    },
)
def STR008(context: Context) -> Iterator[Violation]:
    """The Daftar Isi lists the parts and sections of the report (Permenpan RB 53/2014,
    Lampiran II): each entry must carry the title the part or section is printed under."""
    report = context.report
    for pair in (*_parts(report), *_sections(report)):
        heading = " ".join(pair.heading.text.split())
        yield Violation(
            at(pair.line),
            {"line": pair.line, "entry": pair.title, "part": pair.part,
             "heading_line": pair.heading.where.line, "heading": heading},
            expected=heading,
            actual=pair.title,
        )
