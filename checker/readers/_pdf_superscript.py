"""Superscript markers on a PDF page: a footnote's "1" is no part of the word it follows.

A marker is printed smaller than its line and raised above the line's baseline. Read as
a glyph of the page, its middle sits between two lines: grouped with them it splits the
word it follows over two lines ("b l 1" and "eru ang" for "berulang¹"), or it sticks to
the word ("berulang1"); either way the name no longer matches the same name written
elsewhere. Such a marker is left out. The power of a unit (m², km³) is part of the
unit: it is kept, set on its unit's line, and reads "m2".

The glyphs are weighed in the order the page draws them, where a marker comes right
after the word it marks (or, opening a footnote's text, right before its first word).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from checker.readers._pdf_doc import Glyph

__all__ = ["settle_superscripts"]

# A marker is at most this many glyphs ("1", "12", "*)"); a longer raised run is text.
_MARKER_GLYPHS = 4
# The neighbour's font is at least this much larger than the marker's.
_SMALLER = 1.15
# The marker's bottom is above the neighbour's baseline by at least this share of the
# neighbour's size (a superscript is raised by about a third of it).
_RAISED = 0.2
# The marker touches its neighbour, or is one space away (x the neighbour's size).
_NEAR = 0.5
_OVERLAP = 0.2
_POWERS = frozenset("23")
# A unit of length whose square or cube is written with a superscript: m², km³.
_UNIT = re.compile(r"[kKcCdDmM]?[mM]")


def settle_superscripts(glyphs: Sequence[Glyph]) -> tuple[Glyph, ...]:
    """The glyphs without superscript markers; a unit's power set on its unit's line."""
    settled: list[Glyph] = []
    for start, end in _runs(glyphs):
        run = glyphs[start:end]
        before = _neighbour(glyphs, start - 1, -1)
        after = _neighbour(glyphs, end, 1)
        if before is not None and _marks(run, glyphs[before], after=True):
            if _is_power(run, glyphs, before):
                anchor = glyphs[before]
                settled.extend(replace(g, top=anchor.top, bottom=anchor.bottom) for g in run)
            continue
        if after is not None and _marks(run, glyphs[after], after=False):
            continue
        settled.extend(run)
    return tuple(settled)


def _runs(glyphs: Sequence[Glyph]) -> Iterator[tuple[int, int]]:
    """[start, end) of each stretch of glyphs drawn one after another in one font size;
    a space is a stretch of its own."""
    start = 0
    while start < len(glyphs):
        end = start + 1
        if not glyphs[start].char.isspace():
            while (end < len(glyphs) and not glyphs[end].char.isspace()
                   and glyphs[end].size == glyphs[start].size):
                end += 1
        yield start, end
        start = end


def _neighbour(glyphs: Sequence[Glyph], index: int, step: int) -> int | None:
    """The glyph drawn next to a run, past at most one space: its index."""
    if 0 <= index < len(glyphs) and glyphs[index].char.isspace():
        index += step
    if 0 <= index < len(glyphs) and not glyphs[index].char.isspace():
        return index
    return None


def _marks(run: Sequence[Glyph], neighbour: Glyph, after: bool) -> bool:
    """Is the run a marker printed raised beside ``neighbour`` (after or before it)?"""
    if run[0].char.isspace() or len(run) > _MARKER_GLYPHS:
        return False
    size = neighbour.size
    if size < run[0].size * _SMALLER:
        return False
    gap = run[0].x0 - neighbour.x1 if after else neighbour.x0 - run[-1].x1
    if not -_OVERLAP * size <= gap <= _NEAR * size:
        return False
    # Raised above the neighbour's baseline, yet beside it, not on a line above.
    return all(neighbour.top < g.bottom <= neighbour.bottom - _RAISED * size for g in run)


def _is_power(run: Sequence[Glyph], glyphs: Sequence[Glyph], last: int) -> bool:
    """Is the run a "2" or "3" raised after a unit of length (the word that ends at
    ``last``)?"""
    if len(run) != 1 or run[0].char not in _POWERS:
        return False
    first = last
    while (first > 0 and not glyphs[first - 1].char.isspace()
           and glyphs[first - 1].size == glyphs[last].size
           and abs(glyphs[first - 1].bottom - glyphs[last].bottom) <= _OVERLAP * glyphs[last].size):
        first -= 1
    word = "".join(g.char for g in glyphs[first:last + 1]).lstrip("0123456789.,")
    return _UNIT.fullmatch(word) is not None
