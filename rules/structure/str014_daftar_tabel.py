"""STR014: a Daftar Tabel or Daftar Gambar entry unlike the caption of the table it names.

The Daftar Tabel is made once and the tables are retitled or renumbered later, or it is
copied from last year's report: "Tabel 3.1 Capaian Kinerja BKPSDM Tahun 2022" listed,
"Tabel 3.1 Pengukuran Kinerja BKPSDM Tahun 2023" printed above the table. A reader
looking for the table by the list does not find it, or finds another one.

Read:

* the list: the lines under a heading "DAFTAR TABEL" (or Daftar Gambar, Daftar Grafik)
  standing alone on its line (a Daftar Isi entry naming the list carries a page number),
  each entry "Tabel 3.1 <title> <page>" with the lines wrapped under it, up to a line
  that is neither an entry nor the wrap of one;
* the captions: those the text parser (:mod:`checker.text`) puts on the tables it reads
  (a caption line and the title lines between it and the table, joined), and every
  line outside the lists that begins with the same word and a number and reads like a
  title (a figure's caption has no table; a sentence "Tabel 3.1 di atas menunjukkan..."
  is no caption).

An entry is compared with every caption of its number, as letters only (as STR008
compares the Daftar Isi), so the numbers, years, page numbers, leaders and punctuation
never count; an entry alike to one of them is that table. A number no caption carries
is reported only when the report's captions of that kind were read at all (at least one
entry has its caption): otherwise the captions are written in a way not read here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from checker.context import Context
from checker.model import Report
from checker.rule import Category, Severity, Text, Violation, rule
from checker.text import parse_source
from rules._structure_outline import clean, prose
from rules.structure._daftar_isi import same_title
from rules.structure._parts import at

__all__ = ["STR014"]

# A list's own heading, alone on its line: "DAFTAR TABEL", "## Daftar Gambar".
# A markdown heading ("## DAFTAR TABEL") or bold ("**Daftar Gambar**") is still the heading.
_LIST_HEADING = re.compile(r"^[#*_\s]*daftar\s+(tabel|gambar|grafik)\s*:?[*_\s]*$",
                           re.IGNORECASE)
# What each list names: the word its entries and captions begin with.
_KIND_WORDS = {"tabel": r"tabel|table", "gambar": r"gambar|figure", "grafik": r"grafik"}
# A number after the word: "3.1", "2.2.", "3.3.2"; a title may be glued to it ("2.1Tujuan").
_NUMBER = r"(?P<number>\d{1,2}(?:\s?\.\s?\d{1,2}){0,3})\.?"
# The column titles of a list printed as a table ("No", "Judul", "Hal", "Halaman").
_LIST_HEADER = re.compile(r"^(?:no\.?\s*)?(?:(?:judul|uraian|nama)\s*(?:tabel|gambar)?\s*)?"
                          r"(?:hal(?:aman)?\.?)?$", re.IGNORECASE)
# A line referring to a table rather than titling it.
_REFERENCE = re.compile(r"\b(?:di\s?atas|di\s?bawah|berikut|menunjukkan|memperlihatkan|"
                        r"terlihat|dapat\s+dilihat|tersebut)\b", re.IGNORECASE)
# A page number in a cell of its own or after dotted leaders, at the end of a line.
_PAGE = re.compile(r"(?:\.{3,}|\u2026+|\t|\|)\s*\.?(?:\d{1,3}|[ivxl]{1,5})\s*\|?\s*$",
                   re.IGNORECASE)
# A list printed as a table: its rows' own numbers, and the rule under a markdown header.
_ROW_NUMBER = re.compile(r"^\d{1,3}\.?\s+")
_RULE_ROW = re.compile(r"^\s*\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?\s*)?$")
_TITLE_WORDS = 25  # a caption longer than this is a sentence
# An entry of another word ("Grafik 3.1 ..." in a Daftar Gambar): an entry of its own,
# never the wrapped title of the entry above it.
_ANY_ENTRY = re.compile(rf"^(?:{'|'.join(_KIND_WORDS.values())})\s*\d", re.IGNORECASE)
_WRAP_WORDS = 12  # a wrapped line of an entry is short


class _Listed(NamedTuple):
    """An entry of a list: its line, its number and its title (as a reader sees it)."""

    line: int
    number: str
    title: str


class _Caption(NamedTuple):
    line: int
    title: str


class _List(NamedTuple):
    """A list of tables (or figures): its word ("tabel"), its lines and its entries."""

    kind: str
    start: int
    end: int
    entries: tuple[_Listed, ...]


def _entry_pattern(kind: str) -> re.Pattern[str]:
    return re.compile(rf"^(?:{_KIND_WORDS[kind]})\s*{_NUMBER}\s*(?P<title>.*)$",
                      re.IGNORECASE)


def _word_pattern(kind: str) -> re.Pattern[str]:
    """The list's word anywhere in a line, in the case :func:`_entry_pattern` ignores."""
    return re.compile(_KIND_WORDS[kind], re.IGNORECASE)


def _plain(text: str) -> str:
    """A line of a list or a caption as a reader sees it: cells joined, no page number
    (one standing in a cell of its own or after the leaders)."""
    return clean(_PAGE.sub("", text).replace("|", " "))


def _numbered_row(raw: str, text: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The entry of a list printed as a table whose first cell numbers its rows
    ("| 13 | Tabel 3.8 ... | 27 |"): read past that cell."""
    if "|" not in raw and "\t" not in raw:
        return None
    numbered = _ROW_NUMBER.match(text)
    return pattern.match(text[numbered.end():]) if numbered else None


def _key(number: str) -> str:
    return re.sub(r"\s", "", number).rstrip(".")


def _read_list(report: Report, kind: str, start: int) -> _List:
    """The entries under the list heading on line ``start``, wrapped lines joined."""
    pattern = _entry_pattern(kind)
    headings = {h.where.line for h in report.outline}
    entries: list[_Listed] = []
    end = start
    other = False  # the last entry read is of another word, not compared here
    for number in range(start + 1, len(report.text) + 1):
        raw = prose(report, number) or ""
        if _RULE_ROW.match(raw):
            continue  # the rule under a list printed as a markdown table
        text = _plain(raw)
        if not text:
            continue
        found = pattern.match(text) or _numbered_row(raw, text, pattern)
        if found:
            entries.append(_Listed(number, _key(found["number"]), found["title"]))
            other = False
        elif _ANY_ENTRY.match(text) or _numbered_row(raw, text, _ANY_ENTRY):
            other = True  # e.g. "Grafik 3.1" in a Daftar Gambar: its own entry
        elif ((entries or other) and end == number - 1 and number not in headings
              and len(text.split()) <= _WRAP_WORDS):
            # The title wrapped onto the next line, right under its entry.
            if not other:
                entries[-1] = entries[-1]._replace(title=f"{entries[-1].title} {text}")
        elif entries or number in headings or not _LIST_HEADER.match(text):
            break
        end = number
    return _List(kind, start, end, tuple(entries))


def _lists(report: Report) -> list[_List]:
    """Each list of tables or figures the report prints, in order."""
    found = []
    for number, line in enumerate(report.text, start=1):
        if "aftar" not in line and "AFTAR" not in line:
            continue  # most lines: no list heading, and cleaning them all is the cost
        text = prose(report, number)
        heading = _LIST_HEADING.match(clean(text)) if text else None
        if heading:
            found.append(_read_list(report, heading[1].casefold(), number))
    return [found_list for found_list in found if found_list.entries]


def _parsed_captions(report: Report, kind: str, skip: Sequence[range]
                     ) -> Iterator[tuple[str, _Caption]]:
    """The captions the text parser puts on the tables it reads: (number, caption)."""
    if kind != "tabel":
        return
    pattern = _entry_pattern(kind)
    for line, caption in _table_captions(report):
        found = pattern.match(_plain(caption))
        if found and not any(line in lines for lines in skip):
            yield _key(found["number"]), _Caption(line, found["title"])


def _table_captions(report: Report) -> Iterator[tuple[int, str]]:
    """The captions the reader's parse gave the tables; a report that was not read from
    a document (a structured one) has its text parsed here."""
    if report.table_captions is not None:
        yield from report.table_captions
        return
    for table in parse_source("\n".join(report.text)).tables:
        if table.caption and table.caption_line is not None:
            yield table.caption_line, table.caption


def _caption_lines(report: Report, kind: str, skip: Sequence[range]
                   ) -> Iterator[tuple[str, _Caption]]:
    """Lines outside the lists beginning with the list's word and a number, read as a
    title: the rest of the line, or the next line when the number stands alone."""
    pattern, word = _entry_pattern(kind), _word_pattern(kind)
    for number, raw in enumerate(report.text, start=1):
        # A caption begins with the word, which the printed line holds as it is: making
        # it plain only blanks characters out. Most lines lack it, and are not made plain.
        if not word.search(raw) or any(number in lines for lines in skip):
            continue
        found = pattern.match(_plain(prose(report, number) or ""))
        if found is None:
            continue
        title = found["title"] or _plain(prose(report, number + 1) or "") or _plain(
            prose(report, number + 2) or "")
        yield _key(found["number"]), _Caption(number, title)


def _is_title(title: str) -> bool:
    return len(title.split()) <= _TITLE_WORDS and not _REFERENCE.search(title)


def _captions(report: Report, kind: str, skip: Sequence[range]
              ) -> tuple[dict[str, list[_Caption]], set[str]]:
    """The captions by number, parsed first, then the title lines; and every number
    a line outside the lists begins with (a caption read or not)."""
    by_number: dict[str, list[_Caption]] = {}
    for number, caption in _parsed_captions(report, kind, skip):
        by_number.setdefault(number, []).append(caption)
    printed: set[str] = set()
    for number, caption in _caption_lines(report, kind, skip):
        printed.add(number)
        if _is_title(caption.title) and all(c.line != caption.line
                                            for c in by_number.get(number, [])):
            by_number.setdefault(number, []).append(caption)
    return by_number, printed | set(by_number)


_WORDS: dict[str, Text] = {
    "tabel": {"id": "Daftar Tabel", "en": "Daftar Tabel"},
    "gambar": {"id": "Daftar Gambar", "en": "Daftar Gambar"},
    "grafik": {"id": "Daftar Grafik", "en": "Daftar Grafik"},
}


# How a message names one item of each list, in each language.
_ITEM: dict[str, Text] = {
    "tabel": {"id": "tabel", "en": "table"},
    "gambar": {"id": "gambar", "en": "figure"},
    "grafik": {"id": "grafik", "en": "chart"},
}


def _problem(kind: str, number: str, caption: _Caption | None) -> Text:
    item = _ITEM[kind]
    if caption is None:
        return {"id": f"tidak ada {item['id']} bernomor {number} dalam laporan",
                "en": f"the report has no {item['en']} numbered {number}"}
    printed = f"{kind.capitalize()} {number} {caption.title}".strip()
    return {"id": f"judul {item['id']} {number} pada baris {caption.line} adalah "
                  f"'{printed}'",
            "en": f"the caption of {item['en']} {number} on line {caption.line} is "
                  f"'{printed}'"}


def _violation(listing: _List, entry: _Listed, caption: _Caption | None) -> Violation:
    word, item = listing.kind.capitalize(), _ITEM[listing.kind]
    shown = f"{word} {entry.number} {entry.title}".strip()
    expected: str | Text = (
        f"{word} {entry.number} {caption.title}".strip() if caption is not None
        else {"id": f"{item['id']} bernomor {entry.number}",
              "en": f"a {item['en']} numbered {entry.number}"})
    return Violation(
        at(entry.line),
        {"list": _WORDS[listing.kind], "line": entry.line, "entry": shown,
         "problem": _problem(listing.kind, entry.number, caption)},
        expected=expected,
        actual=shown,
    )


def _unlike(listing: _List, captions: dict[str, list[_Caption]], printed: set[str]
            ) -> Iterator[Violation]:
    """The entries of ``listing`` worded unlike every caption of their number, or whose
    number no line of the report begins with."""
    if not any(entry.number in captions for entry in listing.entries):
        return  # no caption of this kind read: written in a way not read here
    for entry in listing.entries:
        of_number = captions.get(entry.number, [])
        if any(same_title(entry.title, caption.title) for caption in of_number):
            continue
        if of_number:
            yield _violation(listing, entry, of_number[0])
        elif entry.number not in printed:
            yield _violation(listing, entry, None)


@rule(
    code="STR014",
    slug="structure-daftar-tabel-caption",
    title={"id": "Daftar Tabel berbeda dari judul tabelnya",
           "en": "A Daftar Tabel entry unlike its table's caption"},
    category=Category.STRUCTURE,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran II (Format Laporan Kinerja: Daftar Isi)",
    message={
        "id": "{list} (baris {line}) mencantumkan '{entry}', tetapi {problem}.",
        "en": "The {list} (line {line}) lists '{entry}', but {problem}.",
    },
    fix={
        "id": "Samakan nomor dan judul di Daftar Tabel (Daftar Gambar) dengan judul tabel "
        "(gambar) di badan laporan, atau perbarui daftar itu otomatis setelah tabel diberi "
        "judul atau nomor baru.",
        "en": "Give each entry of the Daftar Tabel (Daftar Gambar) the number and title "
        "of the caption in the body, or regenerate the list after retitling or "
        "renumbering a table.",
    },
    rationale={
        "id": "Daftar Tabel menunjukkan kepada pembaca di mana setiap tabel berada. Entri "
        "yang judulnya berbeda dari judul tabel, atau yang menunjuk nomor tabel yang tidak "
        "ada, menandakan daftar itu tidak diperbarui setelah tabel diubah atau disalin dari "
        "laporan lain; pembaca tidak menemukan tabel yang dicarinya, atau menemukan tabel "
        "lain.",
        "en": "The Daftar Tabel shows readers where each table is. An entry titled unlike "
        "the table's caption, or naming a table number the report does not have, shows "
        "the list was not updated after the tables changed, or was copied from another "
        "report; readers do not find the table they look for, or find another one.",
    },
)
def STR014(context: Context) -> Iterator[Violation]:
    """The Daftar Isi, with the lists of tables and figures that go with it, leads the
    reader through the report (Permenpan RB 53/2014, Lampiran II, Format Laporan
    Kinerja): each entry of the Daftar Tabel must name a table the report prints, under
    the caption it is printed with."""
    report = context.report
    lists = _lists(report)
    skip = [range(listing.start, listing.end + 1) for listing in lists]
    for kind in dict.fromkeys(listing.kind for listing in lists):
        captions, printed = _captions(report, kind, skip)
        for listing in (listing for listing in lists if listing.kind == kind):
            yield from _unlike(listing, captions, printed)
