"""HYG003: spreadsheet and word-processor errors left in the text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.context import Context, location
from checker.rule import Category, Severity, Violation, rule
from rules.hygiene._lazy import LazyPattern
from rules.hygiene._text import REVIEW, excerpt, where

__all__ = ["HYG003"]


def _loose(phrase: str) -> str:
    """A pattern for ``phrase`` that tolerates the spaces and tabs a PDF conversion
    puts inside words (``"Error! Bookmark not define\\ted."``)."""
    parts = []
    for char in phrase:
        parts.append(r"\s+" if char == " " else re.escape(char) + r"\s*")
    return "".join(parts).removesuffix(r"\s*")


# Each error as it is named in a finding, and the words that identify it: a PDF
# conversion may cut the end ("Error! Bookmark not define\ted.").
_ERRORS = (
    ("#DIV/0!", "#DIV/0!"), ("#REF!", "#REF!"), ("#N/A", "#N/A"), ("#VALUE!", "#VALUE!"),
    ("#NAME?", "#NAME?"), ("#NUM!", "#NUM!"), ("#NULL!", "#NULL!"),
    ("Error! Bookmark not defined", "Error! Bookmark not defin"),
    ("Error! Reference source not found", "Error! Reference source not"),
    ("Error! No text of specified style", "Error! No text of specified"),
    ("Kesalahan! Bookmark tidak ditentukan", "Kesalahan! Bookmark tidak"),
    ("Kesalahan! Sumber referensi tidak ditemukan", "Kesalahan! Sumber referensi"),
)
_REST_OF_WORD = r"\w*"
_ERROR = LazyPattern(
    "(?:"
    + "|".join(
        # A word anchor takes the rest of its last word ("defin" + "ed").
        f"(?P<e{number}>{_loose(words)}{'' if words.startswith('#') else _REST_OF_WORD})"
        for number, (_, words) in enumerate(_ERRORS)
    )
    + r")(?![\w/])",
    re.IGNORECASE,
)
# What every error shown holds, as loosely spaced as in _ERROR: "#" and the start of its
# name ("#DIV", "#N/", "#NAM", "#NUL"; not "# DINAS", a Markdown heading), or the last
# letter of "Error" / "Kesalahan" before its "!". Far cheaper to compile and to run than
# the errors' pattern, which most reports then never need.
_MAY_HOLD_ERROR = re.compile(
    r"#\s*(?:d\s*i\s*v|r\s*e\s*f|n\s*(?:/|a\s*m|u\s*[ml])|v\s*a\s*l)|[rn]\s*!", re.IGNORECASE)


@rule(
    code="HYG003",
    slug="hygiene-spreadsheet-error",
    fix={
        "id": "Perbaiki rumus atau tautan di lembar kerja atau dokumen sumber, lalu tempel "
              "ulang angkanya.",
        "en": "Fix the formula or link in the source spreadsheet or document, then paste the "
              "figure again.",
    },
    title={"id": "Galat lembar kerja atau pengolah kata",
           "en": "Spreadsheet or word-processor error"},
    category=Category.HYGIENE,
    severity=Severity.ERROR,
    regulation=REVIEW.format("keakuratan data kinerja"),
    message={
        "id": 'Galat lembar kerja/pengolah kata {found} tertinggal di teks: "{excerpt}".',
        "en": 'Spreadsheet/word-processor error {found} left in the text: "{excerpt}".',
    },
    rationale={
        "id": "Galat seperti #DIV/0! atau \"Error! Bookmark not defined\" berarti angka atau "
        "rujukan yang seharusnya ada tidak terisi; nilainya tidak dapat diperiksa.",
        "en": "An error such as #DIV/0! or \"Error! Bookmark not defined\" means a figure or a "
        "reference that should be there is missing; it cannot be checked.",
    },
)
def HYG003(context: Context) -> Iterator[Violation]:
    """The reviu checks that the performance data is accurate: a cell that shows a
    spreadsheet error, or a cross-reference Word could not resolve, holds no value."""
    for index, line in enumerate(context.report.text):
        # Every error shown carries a "#" or a "!": most lines need no pattern at all.
        if ("#" not in line and "!" not in line) or not _MAY_HOLD_ERROR.search(line):
            continue
        matches = list(_ERROR.finditer(line))
        if not matches:
            continue
        names = []
        for match in matches:
            group = next(key for key, value in match.groupdict().items() if value)
            name = _ERRORS[int(group[1:])][0]
            if name not in names:
                names.append(name)
        found = ", ".join(names)
        yield Violation(
            location(where(index)),
            {"found": found, "excerpt": excerpt(line, matches[0].start(), matches[-1].end())},
            actual=found,
        )
