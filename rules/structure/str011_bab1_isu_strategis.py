"""STR011: a Bab I that never speaks of the agency's strategic issues.

Permenpan RB 53/2014 (Lampiran II) describes Bab I: "Pada bab ini disajikan penjelasan
umum organisasi, dengan penekanan kepada aspek strategis organisasi serta permasalahan
utama (strategic issued) yang sedang dihadapi organisasi." A Bab I that gives the
history, the duties and the organisation chart but not the issues the agency faces
leaves the reader without the yardstick Bab III's analysis is read against.

Looked for anywhere in Bab I (headings and narrative): "isu strategis" (or "isu-isu
strategis"), "aspek strategis", "permasalahan utama", "masalah utama", "permasalahan
yang dihadapi", "tantangan", "strategic issue(d)". Any one of them is enough: the rule
reports a Bab I that has none, not the quality of what it says. A report without Bab I
is STR001's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.context import Context
from checker.rule import Category, Severity, Violation, rule
from rules._structure_outline import main_span, prose_lines
from rules.structure._parts import at

__all__ = ["STR011"]

_FACED = r"\s+(?:utama(?:nya)?|pokok(?:nya)?|yang\s+(?:sedang\s+)?dihadapi)\b"
# The phrases, each with the word it begins with. A phrase is tried only where a plain
# search finds its word: one pattern of them all, searched over a long Bab I, was tried
# at every position, a millisecond on a long one.
_PHRASES = tuple((word, re.compile(rf"\b{phrase}")) for word, phrase in (
    ("isu", r"isu(?:-isu)?\s+(?:strategis|utama)(?:nya)?\b"),
    ("aspek", r"aspek\s+strategis\b"),
    ("permasalahan", rf"permasalahan{_FACED}"),
    ("masalahan", rf"masalahan{_FACED}"),
    ("masalah", r"masalah\s+(?:utama|pokok)(?:nya)?\b"),
    ("tantangan", r"tantangan\b"),
    ("strategic", r"strategic\s+issue"),
))


def _mentions_issues(text: str) -> bool:
    """Whether a casefolded ``text`` speaks of strategic issues or main problems."""
    return any(phrase.match(text, at) for word, phrase in _PHRASES
               for at in _places(text, word))


def _places(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


@rule(
    code="STR011",
    slug="structure-bab1-isu-strategis",
    title={"id": "Bab I tidak menguraikan isu strategis atau permasalahan utama",
           "en": "Bab I gives no strategic issue or main problem"},
    category=Category.STRUCTURE,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran II (Bab I Pendahuluan: aspek strategis "
    "organisasi serta permasalahan utama)",
    message={
        "id": "Bab I (baris {start}-{end}) tidak menguraikan aspek strategis, isu strategis "
        "atau permasalahan utama organisasi.",
        "en": "Bab I (lines {start}-{end}) gives no strategic aspect, strategic issue or "
        "main problem of the organisation.",
    },
    fix={
        "id": "Tambahkan di Bab I uraian aspek strategis organisasi dan permasalahan utama "
        "(isu strategis) yang sedang dihadapi.",
        "en": "Add to Bab I the organisation's strategic aspects and the main problems "
        "(strategic issues) it faces.",
    },
    rationale={
        "id": "Permenpan RB 53/2014 meminta Bab I menekankan aspek strategis organisasi serta "
        "permasalahan utama yang sedang dihadapi; tanpa itu, analisis capaian di Bab III "
        "tidak punya tolok ukur. Satu penyebutan sudah cukup; mutu uraian tidak dinilai.",
        "en": "Permenpan RB 53/2014 asks Bab I to stress the organisation's strategic aspects "
        "and the main problems it faces; without them Bab III's analysis has no yardstick. "
        "One mention is enough; the quality of what is written is not judged.",
    },
)
def STR011(context: Context) -> Iterator[Violation]:
    """Bab I presents the organisation "dengan penekanan kepada aspek strategis
    organisasi serta permasalahan utama (strategic issued) yang sedang dihadapi
    organisasi" (Permenpan RB 53/2014, Lampiran II)."""
    report = context.report
    span = main_span(report, "bab_1")
    if span is None:
        return
    lines = [text for _, text in prose_lines(report, span.start, span.end)]
    if not lines:
        return
    # Not collapsed to single spaces: the pattern spans words with \s+ only, and a split
    # into words would hold every word of a long Bab I as a string at once.
    folded = " ".join(lines).casefold()
    if not _mentions_issues(folded):
        yield Violation(at(span.start, span.end), {"start": span.start, "end": span.end})
