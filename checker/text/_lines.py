"""A report's lines, cleaned once and shared by every rule that reads them.

Several rules read every line of ``report.text`` after the same cleaning (markup out,
single spaces). Cleaning is the costly part of their scan, so each cleaning function
gets one table per text: :func:`cleaned_lines` wraps a ``str -> str`` cleaner into a
``lines -> sequence`` function that remembers its last few results by the identity of
the lines. A report's ``text`` is an immutable tuple that lives as long as the report, so
identity is the right key: hashing a whole report's text would cost a scan itself.

The table is a :class:`PackedLines`: a string object per line costs some fifty bytes
beyond its text, which for a file of a million short lines is more than the text itself.
"""

from __future__ import annotations

import threading
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice, pairwise
from typing import overload

__all__ = ["PackedLines", "cleaned_lines"]

# Reports checked side by side (``--jobs`` in threads) each keep their table; a few
# entries are enough, and an old report's table is dropped with the entry.
_KEEP = 4
# Lines per stored string: small enough that one line of wide characters (an emoji
# makes a Python string four bytes a character) widens only its own block.
_BLOCK = 1024


class PackedLines(Sequence[str]):
    """An immutable sequence of lines stored as a few long strings and where each line
    starts, so that a million lines cost their characters, not a million string objects;
    a line is cut out of its block when asked for. A block is its lines joined by
    newlines, so the lines that hold a word are found by one plain search of each block
    (:meth:`lines_holding`) rather than a test of every line."""

    __slots__ = ("_blocks", "_length", "_starts")

    def __init__(self, lines: Iterable[str]) -> None:
        blocks: list[str] = []
        # Where each line starts within its block, and one entry more per block: where
        # the block ends (past its last newline), so that a line ends where the next starts.
        starts = array("Q")
        iterator = iter(lines)
        while block := list(islice(iterator, _BLOCK)):
            blocks.append("\n".join(block) + "\n")
            start = 0
            for line in block:
                starts.append(start)
                start += len(line) + 1
            starts.append(start)
        self._blocks = tuple(blocks)
        self._starts = starts
        self._length = len(starts) - len(blocks)

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[str, ...]: ...

    def __getitem__(self, index: int | slice) -> str | tuple[str, ...]:
        if isinstance(index, slice):
            return tuple(self._line(number) for number in range(self._length)[index])
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("line index out of range")
        return self._line(index)

    def __iter__(self) -> Iterator[str]:
        for number, block in enumerate(self._blocks):
            for start, end in pairwise(self._block_starts(number)):
                yield block[start : end - 1]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PackedLines):
            return self._starts == other._starts and self._blocks == other._blocks
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._blocks)

    def __repr__(self) -> str:
        return f"PackedLines({len(self)} lines)"

    def lines_holding(self, word: str) -> Iterator[int]:
        """The indexes, in order, of the lines that contain ``word`` (not empty, without a
        newline): a plain search of each block finds the next line that holds it, and
        goes on from the start of the line after."""
        for number, block in enumerate(self._blocks):
            starts = self._block_starts(number)
            first = number * _BLOCK
            found = block.find(word)
            while found >= 0:
                within = bisect_right(starts, found) - 1
                yield first + within
                found = block.find(word, starts[within + 1])

    def _block_starts(self, number: int) -> array[int]:
        """Where the lines of block ``number`` start, and where it ends (each block
        before has one entry more than its lines: its end)."""
        at = number * (_BLOCK + 1)
        return self._starts[at : at + _BLOCK + 1]

    def _line(self, index: int) -> str:
        block = index // _BLOCK
        at = index + block
        return self._blocks[block][self._starts[at] : self._starts[at + 1] - 1]


def cleaned_lines(
    clean: Callable[[str], str],
) -> Callable[[Sequence[str]], PackedLines]:
    """A function that returns ``PackedLines(clean(line) for line in lines)``, computed
    once per sequence of lines (by identity) among the last few it was given."""
    kept: list[tuple[Sequence[str], PackedLines]] = []
    lock = threading.Lock()

    def lines_cleaned(lines: Sequence[str]) -> PackedLines:
        with lock:
            for held, cleaned in kept:
                if held is lines:
                    return cleaned
        cleaned = PackedLines(map(clean, lines))
        with lock:
            # Holding ``lines`` itself keeps its identity from being reused by another.
            kept.insert(0, (lines, cleaned))
            del kept[_KEEP:]
        return cleaned

    lines_cleaned.__doc__ = f"Every line cleaned by {clean.__qualname__}, once per text."
    return lines_cleaned
