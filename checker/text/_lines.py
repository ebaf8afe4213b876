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
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import accumulate, islice
from typing import overload

__all__ = ["PackedLines", "cleaned_lines"]

# Reports checked side by side (``--jobs`` in threads) each keep their table; a few
# entries are enough, and an old report's table is dropped with the entry.
_KEEP = 4
# Lines per stored string: small enough that one line of wide characters (an emoji
# makes a Python string four bytes a character) widens only its own block.
_BLOCK = 1024


class PackedLines(Sequence[str]):
    """An immutable sequence of lines stored as a few long strings and their ends, so
    that a million lines cost their characters, not a million string objects; a line
    is cut out of its block when asked for."""

    __slots__ = ("_blocks", "_ends", "_length")

    def __init__(self, lines: Iterable[str]) -> None:
        blocks: list[str] = []
        # Where each line ends within its block (a block is its lines joined as they are).
        ends = array("Q")
        iterator = iter(lines)
        while block := list(islice(iterator, _BLOCK)):
            blocks.append("".join(block))
            ends.extend(accumulate(map(len, block)))
        self._blocks = tuple(blocks)
        self._ends = ends
        self._length = len(ends)

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
        ends = self._ends
        for first, block in zip(range(0, self._length, _BLOCK), self._blocks, strict=True):
            start = 0
            for end in ends[first : first + _BLOCK]:
                yield block[start:end]
                start = end

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PackedLines):
            return self._ends == other._ends and self._blocks == other._blocks
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._blocks)

    def __repr__(self) -> str:
        return f"PackedLines({len(self)} lines)"

    def _line(self, index: int) -> str:
        block, within = divmod(index, _BLOCK)
        start = self._ends[index - 1] if within else 0
        return self._blocks[block][start : self._ends[index]]


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
