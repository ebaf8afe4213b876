"""The Daftar Isi as the structure rules read it: its entries, their titles and numbers.

Shared by STR007 (an entry naming a part the report lacks), STR008 (an entry worded
unlike its heading), STR013 (headings printed in another order than listed) and STR014
(the Daftar Tabel against the captions):

* :func:`daftar_isi_lines`: the entries of the Daftar Isi, up to the next part or the
  next list (Daftar Tabel, Daftar Gambar);
* :func:`entry_title`: an entry as a reader sees it (no list mark, no table pipes, no
  leaders, no page number), and :func:`same_title`: an entry and a heading compared as
  letters only;
* :func:`listed` and :func:`groups`: the entries after the Daftar Isi's own entry, each
  part with the numbered section entries under it, and :func:`number_and_letters`: a
  section title's number and its letters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from rapidfuzz import fuzz

from checker.model import Report
from rules._structure_outline import clean, headings_in, main_span, prose_lines

__all__ = [
    "SECTION_NUMBER",
    "daftar_isi_lines",
    "entry_title",
    "groups",
    "listed",
    "number_and_letters",
    "part_kind",
    "same_title",
    "without_page",
]

_ENTRY_OTHER_LIST = re.compile(r"^daftar\s+(?:tabel|gambar|grafik|lampiran|singkatan)\b")
_PAGE_DIGITS = re.compile(r"\d{1,3}")
_PAGE_ROMAN = re.compile(r"[ivxl]+", re.IGNORECASE)

# The parts an entry names by its first words (STR008 compares their wording).
_ENTRY_KINDS = (
    (re.compile(r"^bab\s*(?:iv|4)\b"), "bab_4"),
    (re.compile(r"^bab\s*(?:iii|3)\b"), "bab_3"),
    (re.compile(r"^bab\s*(?:ii|2)\b"), "bab_2"),
    (re.compile(r"^bab\s*(?:i|1)\b"), "bab_1"),
    (re.compile(r"^kata\s*p\s*e\s*n\s*g\s*a\s*n\s*t\s*a\s*r\b"), "kata_pengantar"),
    (re.compile(r"^(?:ikhtisar|ringka\s*san)\s+eksekutif\b"), "ikhtisar_eksekutif"),
)
# Parts named by a whole entry (its page number aside): "LAMPIRAN", "Lampiran-lampiran";
# not "Lampiran 1. Perjanjian Kinerja", an attachment.
_OTHER_PARTS = (
    (re.compile(r"^daftar\s*isi$"), "daftar_isi"),
    (re.compile(r"^lampiran(?:\s*[-\u2013]\s*lampiran)?$"), "lampiran"),
    (re.compile(r"^(?:lembar\s+)?pernyataan\s+telah\s+direviu$"), "pernyataan_reviu"),
)
_LIST_MARK = re.compile(r"^\s*(?:[-*\u2022]\s+|\|\s*)")
# Left out of a title: Word's broken cross-reference (HYG's finding, not a wording; a
# converter may split its last word, "not define ed.") and a page number glued to the
# leaders (".17").
_NOT_TITLE = re.compile(r"error!\s*bookmark\b.*$|\s*\.+\s*\d{1,3}\s*$", re.IGNORECASE)
_NOT_LETTER = re.compile(r"[^a-z]+")
_ALIKE = 85  # percent of letters alike (rapidfuzz ratio) for one title
# The number of a section: "1.1", "2.3.", "A.", "b)", "IV.", and of an attachment:
# "Lampiran 2.", "LAMPIRAN II".
SECTION_NUMBER = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Za-z][.)]|[IVX]{1,4}[.)]"
    r"|lampiran\s+(?:\d{1,2}|[ivx]{1,4})\b\s*[.:]?)\s*(?=[^\W\d_])", re.IGNORECASE)


def without_page(entry: str) -> str:
    """An entry without its page number: digits, or a roman numeral after a title of two
    words or more ("DAFTAR ISI ii", but not the "IV" of a bare "BAB IV")."""
    words = entry.split()
    last = words[-1] if words else ""
    if len(words) > 1 and (_PAGE_DIGITS.fullmatch(last)
                           or (len(words) > 2 and _PAGE_ROMAN.fullmatch(last))):
        return " ".join(words[:-1])
    return entry


def daftar_isi_lines(report: Report) -> Iterator[tuple[int, str]]:
    """The entries of the Daftar Isi: its lines up to the next part or the next list
    (Daftar Tabel, Daftar Gambar)."""
    span = main_span(report, "daftar_isi")
    if span is None:
        return
    stops = [h.where.line for h in headings_in(report, span)
             if h.where.line is not None and _ENTRY_OTHER_LIST.match(clean(h.text).casefold())]
    end = min([span.end, *(line - 1 for line in stops)])
    for number, text in prose_lines(report, span.start + 1, end):
        line = clean(text)
        if _ENTRY_OTHER_LIST.match(line.casefold()):
            return
        for entry in _inline_entries(line):
            yield number, entry


def _inline_entries(line: str) -> list[str]:
    """The entries of one line: a Daftar Isi written as one paragraph lists its parts
    separated by semicolons ("Kata Pengantar; Ikhtisar Eksekutif; Bab I ..."), each an
    entry of its own; any other line is one entry."""
    parts = [part.strip(" .") for part in line.split(";")]
    entries = [part for part in parts if part]
    return entries if len(entries) > 1 else [line] if line else []


def part_kind(entry: str) -> str | None:
    """The part (a chapter, the Kata Pengantar, the Ikhtisar) an entry names by its
    first words, or ``None``."""
    folded = _LIST_MARK.sub("", entry.casefold())
    return next((kind for pattern, kind in _ENTRY_KINDS if pattern.match(folded)), None)


def _letters(title: str) -> str:
    return _NOT_LETTER.sub("", title.casefold())


def entry_title(entry: str) -> str:
    """An entry as a reader sees it: no list mark, no table pipes, no page number."""
    text = " ".join(part.strip() for part in entry.split("|") if part.strip()) if (
        "|" in entry) else _LIST_MARK.sub("", entry)
    return without_page(_NOT_TITLE.sub(" ", text).strip(" .:")).strip(" .:")


def same_title(entry: str, heading: str) -> bool:
    """The entry names the heading: the same letters, a converter's split aside, or the
    beginning of it."""
    listed, printed = _letters(entry), _letters(heading)
    if not listed or not printed:
        return True
    return printed.startswith(listed) or fuzz.ratio(listed, printed) >= _ALIKE


def _whole_part(entry: str, title: str) -> str | None:
    """The part a whole entry names, or ``None`` for a section or another line."""
    kind = part_kind(entry)
    if kind is not None:
        return kind
    folded = title.casefold()
    return next((kind for pattern, kind in _OTHER_PARTS if pattern.match(folded)), None)


def listed(report: Report) -> list[tuple[int, str, str | None]]:
    """``(line, title, part kind)`` of the entries after the Daftar Isi's own entry."""
    titles = [(number, entry, entry_title(entry))
              for number, entry in daftar_isi_lines(report)]
    entries = [(number, title, _whole_part(entry, title)) for number, entry, title in titles]
    own = next((index for index, (_, _, kind) in enumerate(entries)
                if kind == "daftar_isi"), -1)
    return entries[own + 1:]


def groups(listed: Sequence[tuple[int, str, str | None]]
           ) -> Iterator[tuple[tuple[int, str, str], list[tuple[int, str]]]]:
    """Each part entry with the numbered section entries under it (up to the next part
    entry); entries before the first part entry belong to none."""
    part: tuple[int, str, str] | None = None
    sections: list[tuple[int, str]] = []
    for number, title, kind in listed:
        if kind is None:
            if SECTION_NUMBER.match(title):
                sections.append((number, title))
            continue
        if part is not None:
            yield part, sections
        part, sections = (number, title, kind), []
    if part is not None:
        yield part, sections


def number_and_letters(title: str) -> tuple[str, str]:
    """A section title's number ("2.3", "a") and the letters of the rest, to compare."""
    text = clean(title)
    match = SECTION_NUMBER.match(text)
    number = match.group(0).strip().rstrip(".):").casefold() if match else ""
    rest = text[match.end():] if match else text
    return number, _NOT_LETTER.sub("", rest.casefold())
