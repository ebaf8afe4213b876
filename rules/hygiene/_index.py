"""One index of a report's lines, made once per report and shared by the hygiene rules.

Every hygiene rule scans all of ``report.text``: each would otherwise clean every line,
case-fold it for its keyword tests and split it into sentences again. The index holds
the lines as printed, cleaned (:func:`rules.hygiene._text.clean`) and case-folded, and
splits a line into sentences the first time a rule asks, so that the work is done once
per report whatever the number of rules that read it. Which lines hold a keyword is
found by one scan of the case-folded text per keyword set, not by a test of each line.

A rule asks :func:`text_index` for the index of ``context.report``: the index is made
once per report and dropped with it (:func:`rules._per_report.per_report`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from checker.model import Report
from checker.text import PackedLines
from rules._per_report import per_report
from rules.hygiene._text import SENTENCE_END, clean_lines

__all__ = ["TextIndex", "text_index"]

_LETTERS = re.compile(r"[a-z]+")


@dataclass(frozen=True, eq=False)  # one index per report: compared by identity
class TextIndex:
    """A report's lines three ways (as printed, cleaned, case-folded), each at the same
    position as in ``report.text``, and the sentences of each line on demand."""

    lines: tuple[str, ...]
    # Packed (one string a block of lines, not one a line): the index lives as long as
    # its report, and a string object per line would cost more than a short line's text.
    cleaned: Sequence[str]
    # Each printed line case-folded, for cheap keyword tests (``"tahun" in ...``) before a
    # case-insensitive pattern: a line without the word cannot match. Only for such
    # tests: offsets may differ from the printed line where folding lengthens a character.
    folded: PackedLines
    # Per line read so far: where its sentence boundaries (the spaces after . ! ? ;)
    # start and end.
    _boundaries: dict[int, tuple[tuple[int, ...], tuple[int, ...]]] = field(
        default_factory=dict, repr=False, compare=False)
    # The words asked of :meth:`writes_in_lower_case`, and the answers.
    _lower_case: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)
    # The keywords asked of :meth:`lines_with`, and the lines that hold them.
    _with: dict[tuple[str, ...], tuple[int, ...]] = field(
        default_factory=dict, repr=False, compare=False)

    @classmethod
    def of(cls, lines: tuple[str, ...]) -> TextIndex:
        return cls(lines, clean_lines(lines), PackedLines(line.casefold() for line in lines))

    def lines_with(self, words: tuple[str, ...]) -> tuple[int, ...]:
        """The lines, in order, whose case-folded text contains one of ``words`` (lower
        case, no newline in them): one search of the text per word, not one per line."""
        found = self._with.get(words)
        if found is None:
            found = tuple(sorted({index for word in words
                                  for index in self.folded.lines_holding(word)}))
            self._with[words] = found
        return found

    def mentions(self, index: int, words: tuple[str, ...]) -> bool:
        """Whether line ``index``, case-folded, contains one of ``words`` (lower case): for
        the lines a rule has already chosen, where a scan of the whole text would cost more."""
        folded = self.folded[index]
        return any(word in folded for word in words)

    def sentence_of(self, index: int, start: int, end: int) -> str:
        """The sentence of line ``index`` that holds ``line[start:end]`` (as
        :func:`rules.hygiene._text.sentence_of`)."""
        first, last = self.sentence_span(index, start, end)
        return self.lines[index][first:last]

    def sentence_span(self, index: int, start: int, end: int) -> tuple[int, int]:
        """Where the sentence of line ``index`` that holds ``line[start:end]`` begins and
        ends: a sentence ends before the first boundary after the match."""
        begins, ends = self._boundaries_of(index)
        after = bisect_left(begins, end)
        last = begins[after] if after < len(begins) else len(self.lines[index])
        return self._sentence_start(ends, start), last

    def sentence_before(self, index: int, start: int) -> str:
        """The words of ``start``'s sentence on line ``index`` that come before it."""
        _, ends = self._boundaries_of(index)
        return self.lines[index][self._sentence_start(ends, start):start]

    def writes_in_lower_case(self, word: str) -> bool:
        """Whether the report writes ``word`` (lower-case letters) somewhere as a word of
        its own in lower case ("tugas" in "camat mempunyai tugas")."""
        known = self._lower_case.get(word)
        if known is None:
            known = bool(_LETTERS.fullmatch(word)) and self._holds_word(word)
            self._lower_case[word] = known
        return known

    def _holds_word(self, word: str) -> bool:
        """Whether ``word`` stands in the text with no letter, digit or "_" either side
        (a plain search for the word, much faster than a pattern that looks behind)."""
        text = self._joined
        found = text.find(word)
        while found >= 0:
            end = found + len(word)
            if not (found and _in_word(text[found - 1])) and not (
                    end < len(text) and _in_word(text[end])):
                return True
            found = text.find(word, found + 1)
        return False

    @cached_property
    def _joined(self) -> str:
        return "\n".join(self.lines)

    def _boundaries_of(self, index: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
        found = self._boundaries.get(index)
        if found is None:
            spans = [boundary.span() for boundary in SENTENCE_END.finditer(self.lines[index])]
            found = (tuple(begin for begin, _ in spans), tuple(end for _, end in spans))
            self._boundaries[index] = found
        return found

    @staticmethod
    def _sentence_start(ends: tuple[int, ...], start: int) -> int:
        """Where the sentence that holds ``start`` begins: after the last boundary before."""
        before = bisect_right(ends, start)
        return ends[before - 1] if before else 0


def _in_word(char: str) -> bool:
    """Whether ``char`` is what ``\\w`` matches: a letter, a digit or "_"."""
    return char.isalnum() or char == "_"


@per_report  # every hygiene rule asks for it: made once for a report, dropped with it
def text_index(report: Report) -> TextIndex:
    """The index of ``report.text``, made on the first call for this report."""
    return TextIndex.of(report.text)
