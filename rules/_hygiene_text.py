"""Reading the report's lines for the hygiene rules: excerpts, sentences, names.

The hygiene rules work on ``report.text`` (the lines of the input file). These
helpers show a reviewer *what* was found (a short excerpt of the line around the
match, without conversion markup), find the sentence a match stands in (so a
guard such as "is this a comparison?" looks at the right words), and reduce an
agency's name to what tells two agencies apart.
"""

from __future__ import annotations

import re

from checker.graph import fold_text

__all__ = [
    "MONTHS",
    "agency_key",
    "clean",
    "excerpt",
    "name_tokens",
    "same_agency",
    "sentence_before",
    "sentence_of",
]

EXCERPT_WIDTH = 80
_MARKUP = re.compile(r"</?(?:b|i|u|strong|em)>|\*\*|__|\\")
_SPACE = re.compile(r"\s+")
# A sentence ends at . ! ? ; followed by space and a capital, a quote or a parenthesis
# ("No. 23" and "Rp. 3.000" do not end one: a digit follows).
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z\"“(])")

MONTHS = (
    "januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli",
    "agustus", "september", "oktober", "nopember", "november", "desember",
)

# Agency kinds that may stand before a name: "Kantor Kecamatan X", "Camat X", "Dinas X".
KIND_WORDS = ("kantor", "kecamatan", "camat", "dinas", "badan", "kelurahan", "lurah")
# Words that end an agency's name: the region, the year, a citation, a role, and the
# small words of a Title Case heading ("Visi Dan Misi Kecamatan Dalam ...").
_NAME_STOP = {
    "kabupaten", "kab", "provinsi", "prov", "tahun", "selaku", "sebagai", "nomor", "no",
    "tentang", "periode", "bupati", "walikota", "gubernur", "yang", "nip", "tanggal",
    "dalam", "dan", "di", "ke", "dari", "untuk", "pada", "serta", "dengan", "adalah",
    "merupakan", "ini", "itu", "tersebut", "secara", "oleh", "atas", "terhadap", "melalui",
    "sesuai", "berdasarkan", "telah", "akan", "juga",
}


def clean(text: str) -> str:
    """``text`` without conversion markup (``<b>``, ``**``) and with single spaces."""
    return _SPACE.sub(" ", _MARKUP.sub("", text)).strip()


def excerpt(line: str, start: int, end: int, width: int = EXCERPT_WIDTH) -> str:
    """The part of ``line`` around ``line[start:end]``, cleaned, about ``width`` long.

    Cut ends are marked with an ellipsis; cuts fall between words.
    """
    found = clean(line[start:end])
    before = clean(line[:start])
    after = clean(line[end:])
    room = max(width - len(found), 0)
    keep_before = min(len(before), room // 3)
    keep_after = min(len(after), room - keep_before)
    keep_before = min(len(before), room - keep_after)  # give unused room back to the left
    head = _tail(before, keep_before)
    tail = _head(after, keep_after)
    # Keep the line's own spacing at the joins ("AKIP." stays "AKIP.").
    text = found
    if head:
        text = head + (" " if start > 0 and line[start - 1].isspace() else "") + text
    if tail:
        text = text + (" " if end < len(line) and line[end].isspace() else "") + tail
    return text


def _tail(text: str, size: int) -> str:
    if size >= len(text):
        return text
    if size <= 0:
        return "…"
    cut = text[len(text) - size:]
    space = cut.find(" ")
    if 0 <= space < len(cut) - 1:
        cut = cut[space + 1:]
    return "…" + cut


def _head(text: str, size: int) -> str:
    if size >= len(text):
        return text
    if size <= 0:
        return "…"
    cut = text[:size]
    space = cut.rfind(" ")
    if space > 0:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def sentence_of(line: str, start: int, end: int) -> str:
    """The sentence of ``line`` that holds ``line[start:end]``."""
    begin = 0
    for boundary in _SENTENCE_END.finditer(line):
        if boundary.end() <= start:
            begin = boundary.end()
        elif boundary.start() >= end:
            return line[begin:boundary.start()]
    return line[begin:]


def sentence_before(line: str, start: int) -> str:
    """The words of ``start``'s sentence that come before it."""
    begin = 0
    for boundary in _SENTENCE_END.finditer(line):
        if boundary.end() <= start:
            begin = boundary.end()
    return line[begin:start]


def name_tokens(name: str) -> list[str]:
    """The words of an agency's name as printed, up to the region, year or role.

    ``"Sukamaju Utara Kota Lembah"`` -> ``["Sukamaju", "Utara"]`` (``Kota Lembah`` is the
    region), but ``"Tanjung Kota Kabupaten ..."`` -> ``["Tanjung", "Kota"]``.
    """
    words = name.split()
    kept: list[str] = []
    for index, word in enumerate(words):
        folded = fold_text(word)
        if folded in _NAME_STOP:
            break
        following = fold_text(words[index + 1]) if index + 1 < len(words) else ""
        if folded == "kota" and following and following not in _NAME_STOP and kept:
            break  # "... Kota Lembah": the town the kecamatan lies in
        kept.append(word.strip(",.;:"))
    return kept


def agency_key(name: str) -> str:
    """An agency's name folded for comparison, without its kind and its region:
    ``"KANTOR KECAMATAN SUKAMAJU"`` and ``"Kecamatan Sukamaju Kabupaten ..."`` -> ``"sukamaju"``."""
    words = fold_text(name).split()
    while words and words[0] in KIND_WORDS:
        words = words[1:]
    return "".join(fold_text(" ".join(name_tokens(" ".join(words)))).split())


def same_agency(found: str, own: str) -> bool:
    """Whether a name found in the text is the report's own agency (``own`` is an
    :func:`agency_key`). A name that is a shortened or lengthened form of the other
    ("Tanjung" / "Tanjung Kota") is taken as the same: only a different name counts."""
    key = agency_key(found)
    if not key or not own:
        return True
    return key.startswith(own) or own.startswith(key)
