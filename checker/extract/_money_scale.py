"""The unit a table states for its amounts: "(dalam ribuan rupiah)", "Anggaran (Rp ribu)".

Budget tables of large agencies often print their amounts in thousands or millions of
Rupiah and say so once, in the caption or a title line ("Tabel 3.5 ... (dalam ribuan
rupiah)", "(dalam jutaan rupiah)", "(dalam Rp 1.000)") or in the header of the money
column ("Anggaran (Rp ribu)", "Pagu (Rp 000)", "Realisasi (000)"). A reviewer reads
``47.493.250`` under such a caption as Rp 47.493.250.000, the figure the narrative quotes;
so does the reader, or every narrative amount would differ from the table a thousandfold.

Only the forms a reviewer reads one way are taken: a word of scale joined to the currency
("ribuan rupiah", "Rp juta") or the currency with its thousands ("Rp 000", "dalam Rp
1.000"), and a bare "(000)" only in the header of a money column. A scale word after a
figure ("Rp 500 ribu") is an amount, not a unit. The value read keeps its exact digits
(an integer stays an integer); the raw text stays as printed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from checker.model import Number

__all__ = ["header_scale", "scaled", "stated_scale"]

_THOUSAND = 1_000
_MILLION = 1_000_000
_WORDS = {"ribu": _THOUSAND, "ribuan": _THOUSAND, "juta": _MILLION, "jutaan": _MILLION}
# "ribuan rupiah", "juta Rp", "Rp ribu", "Rp. 000", "Rp'000", "dalam Rp 1.000",
# "dalam Rp 1.000.000".
_STATED = re.compile(
    r"\b(?P<before>ribuan|ribu|jutaan|juta)\s+(?:rupiah|rp)\b"
    r"|\b(?:rupiah|rp)\.?\s*(?:(?P<after>ribuan|ribu|jutaan|juta)\b"
    r"|'?(?P<zeros>000(?:\.000)?)(?![\d.,]))"
    r"|\bdalam\s+rp\.?\s*(?P<unit>1\.000(?:\.000)?)(?![\d.,])",
    re.IGNORECASE,
)
# A money column's header may say only "(000)" ("Pagu (000)").
_BARE_THOUSANDS = re.compile(r"\(\s*000\s*\)")
_FIGURE_BEFORE = re.compile(r"\d[\d.,]*\s*$")


def _factor(match: re.Match[str]) -> int:
    word = match.group("before") or match.group("after")
    if word:
        return _WORDS[word.casefold()]
    digits = match.group("zeros") or match.group("unit") or ""
    return _MILLION if digits.count("000") == 2 else _THOUSAND


def stated_scale(texts: Iterable[str]) -> int | None:
    """The factor the first text that states a unit of amounts gives (1.000 for
    thousands, 1.000.000 for millions); None when none states one."""
    for text in texts:
        folded = " ".join(text.casefold().split())
        for match in _STATED.finditer(folded):
            if match.group("before") and _FIGURE_BEFORE.search(folded, 0, match.start()):
                continue  # "Rp 500 ribu rupiah": an amount, not a unit
            return _factor(match)
    return None


def header_scale(header: str) -> int | None:
    """The unit the header of a money column states, "(000)" included."""
    found = stated_scale([header])
    if found is None and _BARE_THOUSANDS.search(header):
        return _THOUSAND
    return found


def scaled(number: Number | None, factor: int) -> Number | None:
    """``number`` in Rupiah, its cell printed in units of ``factor`` Rupiah."""
    if number is None or number.value is None or factor == 1:
        return number
    value = number.value * factor
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    return Number(number.raw, value)
