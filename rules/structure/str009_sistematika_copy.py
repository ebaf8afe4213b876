"""STR009: a Sistematika Penulisan entry that is a copy of another chapter's entry.

Bab I usually ends with the Sistematika Penulisan: each chapter with a sentence or two on
what it holds. Written by copying the first entry and editing it, an entry is sometimes
left unedited: Bab III "menguraikan rencana strategis dan perjanjian kinerja", word for
word Bab II's. The reader is told two chapters hold the same thing, and one chapter's
content is not described at all.

Two shapes are read: an entry on one line ("2. Bab II Perencanaan Kinerja, menguraikan
...": its description is what follows the first comma, colon or dash) and an entry line
followed by its description as paragraphs, up to the next entry ("BAB II. PERENCANAAN
KINERJA" then "Dalam Bab ini diuraikan ..."). The Sistematika is the part of Bab I from
a heading naming it to the end of Bab I. Descriptions of fewer than :data:`_MIN_WORDS`
words ("Penutup.") are too short to be a copy of anything.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from rapidfuzz import fuzz

from checker.context import Context
from checker.model import Report
from checker.rule import Category, Severity, Violation, rule
from rules._structure_outline import clean, main_span, prose_lines
from rules.structure._parts import at

__all__ = ["STR009"]

_SISTEMATIKA = re.compile(r"^(?:[\divx]{1,4}[.)]?(?:\d{1,2}[.)]?)?\s*|[a-h][.)]\s*)?"
                          r"sistematika\b", re.IGNORECASE)
_ENTRY = re.compile(r"^(?:\d{1,2}[.)]\s*|[-*\u2022]\s*)?bab\s*(iv|iii|ii|i|[1-4])\b[.:]?\s*"
                    r"(.*)$", re.IGNORECASE)
# A part of a chapter's entry ("A. Capaian Kinerja Organisasi" under Bab III), described
# on its own: a copy is looked for part by part.
_PART = re.compile(r"^([A-H])[.)]\s+(\S.{2,80})$")
_SPLIT = re.compile(r"\s*(?:[,:;]|\s[-\u2013\u2014]\s)\s*")
_WORDS = re.compile(r"[a-z]+")
_BAB = {"i": "I", "1": "I", "ii": "II", "2": "II", "iii": "III", "3": "III", "iv": "IV",
        "4": "IV"}
_MIN_WORDS = 6
_ALIKE = 92  # percent alike (rapidfuzz ratio on the words) for one description copied


class _Entry(NamedTuple):
    line: int
    bab: str
    description: str


def _span(report: Report) -> tuple[int, int] | None:
    """The lines of the Sistematika Penulisan: its heading to the end of Bab I."""
    bab_1 = main_span(report, "bab_1")
    if bab_1 is None:
        return None
    for number, text in prose_lines(report, bab_1.start + 1, bab_1.end):
        # The heading's word stands in the printed line as in the cleaned one (cleaning
        # only puts spaces in): the lines without it, nearly all of Bab I, are not
        # cleaned. Tested by its letters "tema", which the pattern's ignored case matches
        # only as ASCII letters (it matches "\u0131" for "i", "\u017f" for "s").
        if "tema" not in text.lower():
            continue
        line = clean(text)
        if len(line) <= 60 and _SISTEMATIKA.match(line.lstrip("#* ")):
            return number + 1, bab_1.end
    return None


def _entries(report: Report, start: int, end: int) -> Iterator[_Entry]:
    """Each chapter's entry, and each part of it ("Bab III.B"), with its description,
    in order."""
    current: list[str] = []
    opened: tuple[int, str] | None = None
    chapter = ""
    for number, text in prose_lines(report, start, end):
        line = clean(text).lstrip("#* ")
        match = _ENTRY.match(line)
        part = _PART.match(line) if match is None and chapter else None
        if match or part:
            if opened is not None:
                yield _Entry(opened[0], opened[1], " ".join(current))
            if match:
                chapter = _BAB[match.group(1).casefold()]
                opened = (number, chapter)
                pieces = _SPLIT.split(match.group(2), maxsplit=1)
            else:
                assert part is not None
                opened = (number, f"{chapter}.{part.group(1).upper()}")
                pieces = _SPLIT.split(part.group(2), maxsplit=1)
            current = [pieces[1]] if len(pieces) > 1 else []
        elif opened is not None:
            current.append(line)
    if opened is not None:
        yield _Entry(opened[0], opened[1], " ".join(current))


def _chapter(label: str) -> str:
    """``III`` of ``III.B``: parts of one chapter may well be described alike."""
    return label.split(".")[0]


def _words(description: str) -> str:
    return " ".join(_WORDS.findall(description.casefold()))


@rule(
    code="STR009",
    slug="structure-sistematika-copy",
    title={"id": "Uraian Sistematika Penulisan disalin dari bab lain",
           "en": "A Sistematika Penulisan entry copies another chapter's"},
    category=Category.STRUCTURE,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran II (Bab I Pendahuluan; sistematika laporan)",
    message={
        "id": "Uraian Bab {bab} pada Sistematika Penulisan sama dengan uraian Bab {other} "
        "(baris {other_line}).",
        "en": "The Sistematika Penulisan describes Bab {bab} as it describes Bab {other} "
        "(line {other_line}).",
    },
    fix={
        "id": "Tulis uraian bab ini sesuai isinya; uraian yang sama menandakan salah satunya "
        "lupa diubah setelah disalin.",
        "en": "Describe what this chapter holds; the same description twice shows one was "
        "not edited after it was copied.",
    },
    rationale={
        "id": "Sistematika Penulisan menjelaskan isi tiap bab. Dua bab dengan uraian yang "
        "sama kata demi kata berarti satu uraian lupa diubah setelah disalin, dan isi salah "
        "satu bab tidak dijelaskan.",
        "en": "The Sistematika Penulisan says what each chapter holds. Two chapters with "
        "word-for-word the same description mean one was not edited after it was copied, "
        "and one chapter's content is not described.",
    },
)
def STR009(context: Context) -> Iterator[Violation]:
    """Bab I Pendahuluan introduces the report (Permenpan RB 53/2014, Lampiran II);
    where it sets out the report's chapters, each chapter is described by its own
    content."""
    report = context.report
    span = _span(report)
    if span is None:
        return
    seen: list[tuple[_Entry, str]] = []
    for entry in _entries(report, *span):
        words = _words(entry.description)
        if len(words.split()) >= _MIN_WORDS:
            copied = next((earlier for earlier, text in seen
                           if _chapter(earlier.bab) != _chapter(entry.bab)
                           and fuzz.ratio(words, text) >= _ALIKE), None)
            if copied is not None:
                yield Violation(
                    at(entry.line),
                    {"bab": entry.bab, "other": copied.bab, "other_line": copied.line},
                    expected=None,
                    actual=entry.description,
                )
                continue
        seen.append((entry, words))
