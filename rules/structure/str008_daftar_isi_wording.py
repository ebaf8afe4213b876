"""STR008: a Daftar Isi entry worded differently from the heading it points at.

The Daftar Isi is made once and the chapters are retitled later, or the Daftar Isi is
copied from last year's report or from the regulation's outline: "BAB II PERENCANAAN
KINERJA" in the Daftar Isi, "BAB II PERENCANAAN STRATEGIS DAN PENETAPAN KINERJA" on
the chapter's first page. A reader looking for the chapter by its title does not find it.

Compared: the entries naming a chapter (BAB I to IV), the Kata Pengantar and the
Ikhtisar Eksekutif (under either of its names), against the heading of that part. Both
are read as letters only, so the page number, the dotted leaders, the spacing and the
punctuation never count, nor does a converter's split word ("PENI DAHULUAN" for
"PENDAHULUAN": the letters are 96% alike, and a split word leaves them at least
:data:`_ALIKE` alike). An entry that is the beginning of its heading (a long title
wrapped onto the next line of the Daftar Isi) is the same title. Sub-entries (1.1,
A., ...) and the Lampiran (its entries list the attachments, not a heading) are not
compared.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rapidfuzz import fuzz

from checker.context import Context
from checker.model import Report
from checker.rule import Category, Severity, Violation, rule
from rules._structure_outline import PART_NAMES, main_span
from rules.structure._parts import at
from rules.structure.str007_daftar_isi_dangling import _daftar_isi_lines, _without_page

__all__ = ["STR008"]

_ENTRY_KINDS = (
    (re.compile(r"^bab\s*(?:iv|4)\b"), "bab_4"),
    (re.compile(r"^bab\s*(?:iii|3)\b"), "bab_3"),
    (re.compile(r"^bab\s*(?:ii|2)\b"), "bab_2"),
    (re.compile(r"^bab\s*(?:i|1)\b"), "bab_1"),
    (re.compile(r"^kata\s*p\s*e\s*n\s*g\s*a\s*n\s*t\s*a\s*r\b"), "kata_pengantar"),
    (re.compile(r"^(?:ikhtisar|ringka\s*san)\s+eksekutif\b"), "ikhtisar_eksekutif"),
)
_LIST_MARK = re.compile(r"^\s*(?:[-*\u2022]\s+|\|\s*)")
# Left out of a title: Word's broken cross-reference (HYG's finding, not a wording) and
# a page number glued to the leaders (".17").
_NOT_TITLE = re.compile(r"error!\s*bookmark\s*not\s*defined\.?|\s*\.+\s*\d{1,3}\s*$",
                        re.IGNORECASE)
_NOT_LETTER = re.compile(r"[^a-z]+")
_ALIKE = 85  # percent of letters alike (rapidfuzz ratio) for one title


def _kind(entry: str) -> str | None:
    folded = _LIST_MARK.sub("", entry.casefold())
    return next((kind for pattern, kind in _ENTRY_KINDS if pattern.match(folded)), None)


def _letters(title: str) -> str:
    return _NOT_LETTER.sub("", title.casefold())


def _title(entry: str) -> str:
    """An entry as a reader sees it: no list mark, no table pipes, no page number."""
    text = " ".join(part.strip() for part in entry.split("|") if part.strip()) if (
        "|" in entry) else _LIST_MARK.sub("", entry)
    return _without_page(_NOT_TITLE.sub(" ", text).strip(" .:")).strip(" .:")


def same_title(entry: str, heading: str) -> bool:
    """The entry names the heading: the same letters, a converter's split aside, or the
    beginning of it."""
    listed, printed = _letters(entry), _letters(heading)
    if not listed or not printed:
        return True
    return printed.startswith(listed) or fuzz.ratio(listed, printed) >= _ALIKE


def _entries(report: Report) -> Iterator[tuple[int, str, str]]:
    """(line, title, kind) of each entry naming a part that is compared; the first
    entry of each kind only."""
    seen: set[str] = set()
    for number, entry in _daftar_isi_lines(report):
        kind = _kind(entry)
        if kind is not None and kind not in seen:
            seen.add(kind)
            yield number, _title(entry), kind


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
        "id": "Daftar Isi yang judulnya berbeda dari judul bab menandakan Daftar Isi tidak "
        "diperbarui setelah bab diberi judul baru, atau disalin dari laporan lain; pembaca "
        "tidak menemukan bab dengan judul yang dicarinya.",
        "en": "A Daftar Isi titled unlike the chapters shows it was not updated after a "
        "chapter was retitled, or was copied from another report; a reader does not find "
        "the chapter by the title they look for.",
    },
)
def STR008(context: Context) -> Iterator[Violation]:
    """The Daftar Isi lists the parts of the report (Permenpan RB 53/2014, Lampiran II):
    each entry must carry the title the part is printed under."""
    report = context.report
    for number, title, kind in _entries(report):
        span = main_span(report, kind)
        if span is None:
            continue  # a part that is missing is STR001's and STR007's
        heading = " ".join(span.heading.text.split())
        if same_title(title, heading):
            continue
        yield Violation(
            at(number),
            {"line": number, "entry": title, "part": PART_NAMES[kind],
             "heading_line": span.start, "heading": heading},
            expected=heading,
            actual=title,
        )
