"""HYG005: a count left blank."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.context import Context, location
from checker.rule import Category, Severity, Violation, rule
from rules.hygiene._index import text_index
from rules.hygiene._text import REVIEW, clean, excerpt, where

__all__ = ["HYG005"]

_COUNTED = (
    r"sub\s*-?\s*kegiatan|program|kegiatan|sasaran(?:\s+strategis)?|indikator|tujuan|desa|"
    r"kelurahan|orang|pegawai|asn|unit|buah|dokumen|paket|lembaga|jenis|laporan|dusun|rt|rw|"
    r"jiwa|kk|item"
)
_BLANK_COUNT = re.compile(
    # "sebanyak kegiatan", "berjumlah desa": never grammatical without a number.
    rf"\b(?P<word>(?i:sebanyak|berjumlah))(?:\s+|\s*\(\s*\)\s*)(?P<noun>(?i:{_COUNTED}))\b"
    # "sejumlah program" is fine ("a number of programs"); a double space or empty
    # parentheses after it, or after "terdiri dari", is where a number was deleted.
    rf"|\b(?P<word2>(?i:sejumlah|terdiri\s+(?:dari|atas)))(?:[ \t]{{2,}}|\t|\s*\(\s*\)\s*)"
    rf"(?P<noun2>(?i:{_COUNTED}))\b"
)
# The words that start a blank count, case-folded: a line without one is passed over.
_COUNTING_WORDS = ("sebanyak", "berjumlah", "sejumlah", "terdiri")


@rule(
    code="HYG005",
    slug="hygiene-blank-count",
    fix={
        "id": "Isi angka yang kosong, misalnya \"5 (lima) program\".",
        "en": "Fill in the missing figure, as in \"5 (lima) program\".",
    },
    title={"id": "Jumlah yang tidak diisi", "en": "Count left blank"},
    category=Category.HYGIENE,
    severity=Severity.WARNING,
    regulation=REVIEW.format("kelengkapan data kinerja"),
    message={
        "id": 'Jumlah {noun} tidak diisi: tidak ada angka setelah "{word}": "{excerpt}".',
        "en": 'The number of {noun} is left blank: no figure after "{word}": "{excerpt}".',
    },
    rationale={
        "id": "Kalimat yang menghitung (\"sebanyak ... kegiatan\") tetapi tidak memuat angka "
        "menunjukkan angka yang terhapus atau belum diisi; pembaca tidak tahu berapa jumlahnya.",
        "en": "A sentence that counts (\"sebanyak ... kegiatan\") but holds no number shows a "
        "figure deleted or never filled in; the reader cannot tell how many there are.",
    },
)
def HYG005(context: Context) -> Iterator[Violation]:
    """The reviu checks that the performance data is complete: where the narrative counts
    programs, kegiatan or indicators, the number is written."""
    text = text_index(context.report)
    for index in text.lines_with(_COUNTING_WORDS):
        line = text.lines[index]
        for match in _BLANK_COUNT.finditer(line):
            word = match["word"] or match["word2"]
            noun = match["noun"] or match["noun2"]
            yield Violation(
                location(where(index)),
                {"noun": " ".join(noun.lower().split()), "word": " ".join(word.split()),
                 "excerpt": excerpt(line, match.start(), match.end())},
                actual=clean(match.group()),
            )
