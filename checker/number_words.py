"""Indonesian numbers written in words: "Dua Belas" -> 12, "seribu" -> 1000.

Reports print counts twice, "12 (Dua Belas) kegiatan"; the reader keeps the words
and a rule compares them with the digits, so both need one exact reading of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["parse_number_words"]

_UNITS = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4,
    "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
}
_IN_GROUP = {"puluh": 10, "ratus": 100}  # multipliers inside a group of three digits
_GROUPS = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "milyar": 10**9, "triliun": 10**12}
# "se" + one of these means "satu" + it: sepuluh, sebelas, seratus, seribu, sejuta.
_SE_WORDS = {"belas", *_IN_GROUP, *_GROUPS}


def _word_tokens(text: str) -> list[str]:
    tokens: list[str] = []
    for word in re.findall(r"[a-z]+", text.lower()):
        if word.startswith("se") and word[2:] in _SE_WORDS:
            tokens.extend(("satu", word[2:]))
        else:
            tokens.append(word)
    return tokens


@dataclass
class _Reading:
    """The state of reading number words left to right."""

    total: int = 0  # the finished ribu/juta groups
    group: int = 0  # the group being read (below one thousand)
    below: int = 1000  # the next multiplier in the group must be smaller than this
    unit: int | None = None  # a digit word still waiting for its multiplier
    last_group: int | None = None  # ribu/juta must come in decreasing order

    def read(self, token: str) -> bool:
        if token in _UNITS:
            return self._unit(_UNITS[token])
        if token == "belas":
            return self._belas()
        if token in _IN_GROUP:
            return self._multiply(_IN_GROUP[token])
        if token in _GROUPS:
            return self._close_group(_GROUPS[token])
        return False

    def _unit(self, value: int) -> bool:
        # "dua tiga" and "dua belas tiga" are not numbers.
        if self.unit is not None or self.below == 1:
            return False
        self.unit = value
        return True

    def _belas(self) -> bool:
        # "dua puluh dua belas" is not a number: belas needs room for 11..19.
        if not self.unit or self.below <= 10:
            return False
        self.group, self.below, self.unit = self.group + 10 + self.unit, 1, None
        return True

    def _multiply(self, step: int) -> bool:
        if not self.unit or step >= self.below:
            return False
        self.group, self.below, self.unit = self.group + self.unit * step, step, None
        return True

    def _close_group(self, step: int) -> bool:
        group = self.group + (self.unit or 0)
        if not group or (self.last_group is not None and step >= self.last_group):
            return False
        self.total += group * step
        self.group, self.below, self.unit, self.last_group = 0, 1000, None, step
        return True

    def value(self) -> int:
        return self.total + self.group + (self.unit or 0)


def parse_number_words(text: str) -> int | None:
    """Read an Indonesian number in words ("Dua Belas" -> 12, "seribu" -> 1000).

    Knows satu..sembilan, sepuluh, sebelas, X belas, X puluh, X ratus, X ribu (and
    juta, miliar, triliun), the "se" prefix, any case. Returns ``None`` for text that
    is not such a number, so a rule never guesses.
    """
    tokens = _word_tokens(text)
    if not tokens:
        return None
    reading = _Reading()
    if not all(reading.read(token) for token in tokens):
        return None
    return reading.value()
