"""Which narrative lines may hold a cue word, found once per report.

The meta, links and claims readers each walk every narrative line and test it for their
cue words (:func:`~checker.extract._cues.may_hold`) before a costly pattern; most lines
hold none. Here the narrative is lowered once and each cue word is looked for in the
whole text, so a reader asks a set which lines to read instead of testing every line.

The answer is the one :func:`~checker.extract._cues.may_hold` gives line by line: a line
of non-ASCII text may always hold a match (case folding there is more than lowering), an
ASCII line holds one when one of the words is in its lowered text. The lines are joined
by a line break, which no cue word holds, so no word is found across two lines.
"""

from __future__ import annotations

from bisect import bisect_right

from checker.text import Source

__all__ = ["NarrativeCues"]


class NarrativeCues:
    """The narrative lines of one source (``Source.text_lines()``), and for a tuple of
    cue words the numbers of the lines that may hold one of them."""

    def __init__(self, source: Source) -> None:
        self.lines: tuple[tuple[int, str], ...] = tuple(source.text_lines())
        self._lowered: str | None = None  # the ASCII lines lowered, joined: built on need
        self._starts: list[int] = []  # where each line starts in the joined text
        self._not_ascii: frozenset[int] = frozenset()
        self._holding: dict[tuple[str, ...], frozenset[int]] = {}

    def lines_holding(self, words: tuple[str, ...]) -> frozenset[int]:
        """The numbers of the lines for which ``may_hold(text, words)`` is true."""
        found = self._holding.get(words)
        if found is None:
            found = self._holding[words] = self._find(words)
        return found

    def _find(self, words: tuple[str, ...]) -> frozenset[int]:
        lowered = self._joined()
        starts = self._starts
        found = set(self._not_ascii)
        for word in words:
            at = lowered.find(word)
            while at >= 0:
                index = bisect_right(starts, at) - 1
                found.add(self.lines[index][0])
                # The line is found: go on from the next one.
                following = starts[index + 1] if index + 1 < len(starts) else len(lowered)
                at = lowered.find(word, following)
        return frozenset(found)

    def _joined(self) -> str:
        if self._lowered is None:
            pieces: list[str] = []
            offset = 0
            for _, text in self.lines:
                self._starts.append(offset)
                # A non-ASCII line is in the answer whatever it holds: left empty here.
                piece = text.lower() if text.isascii() else ""
                pieces.append(piece)
                offset += len(piece) + 1
            self._not_ascii = frozenset(number for number, text in self.lines
                                        if not text.isascii())
            self._lowered = "\n".join(pieces)
        return self._lowered
