"""Glyphs into lines of text: words from the gaps between glyphs, bold runs kept.

A line is split into *pieces* wherever a gap is wider than a few spaces: aligned
columns printed without ruling lines are told apart by those gaps.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from checker.readers._pdf_doc import Glyph

__all__ = ["Line", "Piece", "group_lines", "words_text"]

# Gaps in multiples of the font size: a space is about a quarter of it; a column gap is
# several spaces wide, wider than the stretch of justified text.
_SPACE_GAP = 0.18
_COLUMN_GAP = 1.6
_SAME_LINE = 0.5


@dataclass(frozen=True)
class Piece:
    """Words printed together on one line, with the bold runs marked."""

    x0: float
    x1: float
    text: str  # plain
    marked: str  # bold runs as **...**
    bold: bool  # every letter bold
    words: tuple[tuple[float, float], ...] = ()  # left and right edge of each word


@dataclass(frozen=True)
class Line:
    top: float
    bottom: float
    size: float
    pieces: tuple[Piece, ...]

    @property
    def x0(self) -> float:
        return self.pieces[0].x0

    @property
    def x1(self) -> float:
        return self.pieces[-1].x1

    @property
    def text(self) -> str:
        return " ".join(piece.text for piece in self.pieces)

    @property
    def marked(self) -> str:
        return " ".join(piece.marked for piece in self.pieces)

    @property
    def bold(self) -> bool:
        return all(piece.bold for piece in self.pieces)

    @property
    def words(self) -> tuple[tuple[float, float], ...]:
        return tuple(word for piece in self.pieces for word in piece.words)


def group_lines(glyphs: Iterable[Glyph]) -> list[Line]:
    """The glyphs as lines, top to bottom; a glyph joins the line its middle falls in."""
    rows: list[list[Glyph]] = []
    for glyph in sorted(glyphs, key=lambda g: ((g.top + g.bottom) / 2, g.x0)):
        middle = (glyph.top + glyph.bottom) / 2
        if rows and _fits(rows[-1], middle):
            rows[-1].append(glyph)
        else:
            rows.append([glyph])
    lines = [_line(row) for row in rows]
    return [line for line in lines if line.pieces]


def _fits(row: Sequence[Glyph], middle: float) -> bool:
    first = row[0]
    height = first.bottom - first.top
    return abs(middle - (first.top + first.bottom) / 2) <= height * _SAME_LINE


def _line(row: list[Glyph]) -> Line:
    row.sort(key=lambda g: g.x0)
    size = max((g.size for g in row if not g.char.isspace()), default=row[0].size)
    pieces: list[list[Glyph]] = []
    previous: Glyph | None = None
    for glyph in row:
        if glyph.char.isspace():
            continue
        if previous is None or glyph.x0 - previous.x1 > _COLUMN_GAP * max(size, 1.0):
            pieces.append([glyph])
        else:
            pieces[-1].append(glyph)
        previous = glyph
    top = min(g.top for g in row)
    bottom = max(g.bottom for g in row)
    return Line(top, bottom, size, tuple(_piece(piece, size) for piece in pieces))


def words_text(glyphs: Sequence[Glyph]) -> tuple[str, str, bool]:
    """(plain text, text with **bold** runs, all bold) of glyphs sorted left to right."""
    size = max((g.size for g in glyphs), default=1.0)
    plain: list[str] = []
    marked: list[str] = []
    bold_open = False
    previous: Glyph | None = None
    for glyph in glyphs:
        if glyph.char.isspace():
            continue
        gap = previous is not None and glyph.x0 - previous.x1 > _SPACE_GAP * max(size, 1.0)
        if bold_open and not glyph.bold:
            marked.append("**")
            bold_open = False
        if gap:
            plain.append(" ")
            marked.append(" ")
        if glyph.bold and not bold_open and glyph.char.isalnum():
            marked.append("**")
            bold_open = True
        plain.append(glyph.char)
        marked.append(glyph.char)
        previous = glyph
    if bold_open:
        marked.append("**")
    text = "".join(plain)
    letters = [g for g in glyphs if g.char.isalnum()]
    all_bold = bool(letters) and all(g.bold for g in letters)
    return text, _tidy_marks("".join(marked)), all_bold


def _tidy_marks(marked: str) -> str:
    """'**a** **b**' -> '**a b**': one run per stretch of bold words."""
    return marked.replace("** **", " ")


def _piece(glyphs: list[Glyph], size: float) -> Piece:
    text, marked, bold = words_text(glyphs)
    words: list[tuple[float, float]] = []
    previous: Glyph | None = None
    for glyph in glyphs:
        if previous is None or glyph.x0 - previous.x1 > _SPACE_GAP * max(size, 1.0):
            words.append((glyph.x0, glyph.x1))
        else:
            words[-1] = (words[-1][0], max(words[-1][1], glyph.x1))
        previous = glyph
    return Piece(glyphs[0].x0, max(g.x1 for g in glyphs), text, marked, bold, tuple(words))
