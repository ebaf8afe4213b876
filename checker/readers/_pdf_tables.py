"""Tables drawn with ruling lines: the grid, its merged cells and the text of each cell.

The ruling lines that touch each other make one table. Their positions give the grid's
column and row edges; a missing inner edge inside a cell is a merged cell (colspan or
rowspan). Each glyph goes to the cell its middle falls in.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from checker.readers._pdf_doc import Glyph, Segment
from checker.readers._pdf_lines import Line, group_lines

__all__ = ["GridCell", "GridTable", "cell_text", "cell_words", "find_tables"]

_TOUCH = 2.5  # points: lines closer than this meet (borders are drawn with overlap)
_SAME_EDGE = 2.5  # edges closer than this are one (double borders)
_MIN_ROW_HEIGHT = 4.0
_SLACK = 3.0
_FIGURE = re.compile(r"^[\d.,]+$")
_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$")
_HYPHENATED = re.compile(r"[^\W\d_]-$")  # 'Rata-' / 'rata': the layout's own break
_PUNCTUATION = ".,;:()[]\"'!?/"


@dataclass(frozen=True)
class GridCell:
    """A cell's lines as printed; ``breaks[i]`` says whether a word may have been broken
    between line ``i`` and line ``i + 1`` (the layout's doing, when a word is longer
    than the cell). :func:`cell_text` settles the text once the document's words are known."""

    lines: tuple[str, ...]
    breaks: tuple[bool, ...]
    bold: bool
    colspan: int = 1
    rowspan: int = 1

    @property
    def text(self) -> str:
        return cell_text(self, frozenset())


@dataclass(frozen=True)
class GridTable:
    """A ruled table on one page; a row holds its origin cells only (spans cover the rest)."""

    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    columns: tuple[float, ...]  # column edges, left to right
    rows: tuple[tuple[GridCell | None, ...], ...]  # grid positions; None under a span
    row_tops: tuple[float, ...]
    # Glyphs past the right edge that end a word of the last column (see _overflow).
    overflow: frozenset[Glyph] = frozenset()

    @property
    def width(self) -> int:
        return len(self.columns) - 1

    def contains(self, glyph: Glyph) -> bool:
        x, y = (glyph.x0 + glyph.x1) / 2, (glyph.top + glyph.bottom) / 2
        return (self.x0 <= x <= self.x1 and self.top <= y <= self.bottom) or (
            bool(self.overflow) and glyph in self.overflow)


def find_tables(page: int, rules: Sequence[Segment], glyphs: Sequence[Glyph]) -> list[GridTable]:
    """The ruled tables of a page, top to bottom."""
    horizontal = [s for s in rules if s.horizontal]
    vertical = [s for s in rules if not s.horizontal]
    tables = []
    for group_h, group_v in _components(horizontal, vertical):
        for band_h, band_v in _bands(group_h, group_v, glyphs):
            table = _table(page, band_h, band_v, glyphs)
            if table is not None:
                tables.append(table)
    return sorted(tables, key=lambda t: t.top)


def _meets(h: Segment, v: Segment) -> bool:
    y, x = (h.top + h.bottom) / 2, (v.x0 + v.x1) / 2
    return (h.x0 - _TOUCH <= x <= h.x1 + _TOUCH) and (v.top - _TOUCH <= y <= v.bottom + _TOUCH)


def _components(horizontal: list[Segment], vertical: list[Segment]
                ) -> list[tuple[list[Segment], list[Segment]]]:
    """Groups of lines that touch: each group is one table."""
    parent = list(range(len(horizontal) + len(vertical)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, h in enumerate(horizontal):
        for j, v in enumerate(vertical):
            if _meets(h, v):
                parent[find(i)] = find(len(horizontal) + j)
    groups: dict[int, tuple[list[Segment], list[Segment]]] = {}
    for i, h in enumerate(horizontal):
        groups.setdefault(find(i), ([], []))[0].append(h)
    for j, v in enumerate(vertical):
        groups.setdefault(find(len(horizontal) + j), ([], []))[1].append(v)
    return [group for group in groups.values() if group[0] and group[1]]


def _bands(horizontal: list[Segment], vertical: list[Segment], glyphs: Sequence[Glyph]
           ) -> list[tuple[list[Segment], list[Segment]]]:
    """Tables drawn right under each other (a signature block under the table above it)
    touch and make one group of lines; they part at a full-width line where the column
    lines change: none crosses it (no row of one table shares a column edge with the
    row of the other), or the row under it opens a table of its own (see _new_table)."""
    xs = _edges([(v.x0 + v.x1) / 2 for v in vertical])
    ys = _edges([(h.top + h.bottom) / 2 for h in horizontal])
    inner = [_inner_edges(vertical, xs, (top + bottom) / 2) for top, bottom in pairwise(ys)]
    seams = [ys[k] for k in range(1, len(ys) - 1)
             if inner[k - 1] and inner[k] and _full_width(horizontal, ys[k], xs) and (
                 not inner[k - 1] & inner[k]
                 or _new_table(inner[k - 1], inner[k],
                               lambda row: _row_letters(glyphs, xs, ys, row), k, xs))]
    if not seams:
        return [(horizontal, vertical)]
    limits = [ys[0], *seams, ys[-1]]
    return [([h for h in horizontal if top - _SAME_EDGE <= (h.top + h.bottom) / 2
              <= bottom + _SAME_EDGE],
             [v for v in vertical if v.top < bottom - _TOUCH and v.bottom > top + _TOUCH])
            for top, bottom in pairwise(limits)]


def _new_table(above: set[int], below: set[int], letters: Callable[[int], list[Glyph]],
               row: int, xs: list[float]) -> bool:
    """Does ``row``, under a full-width line, open a table of its own, on a column line
    the two happen to share (the 'No' column)?

    Merged cells only leave out column lines of the grid: one row's lines are then among
    the other's. Where each row has a line the other lacks (the columns themselves
    change), a row under the line that is a header (all bold) under a row of data (not
    all bold) opens a second table with its own header, printed right under the first.
    The second table's lines may also all fall on lines of the first (its 'Program' and
    'Anggaran' columns ending where a column of the first ends): then only a header of
    column names opens it (see _column_names), not a bold row of merged cells inside one
    table ('Jumlah' and its sum, a sasaran over its indikator rows).
    """
    if above == below:
        return False
    header = letters(row)  # the glyphs are looked at only where the columns change
    if not header or not all(g.bold for g in header) or all(
            g.bold for g in letters(row - 1)):
        return False
    return bool(above - below and below - above) or _column_names(header, below, xs)


def _column_names(header: list[Glyph], edges: set[int], xs: list[float]) -> bool:
    """Is the row of ``header`` (its letters) a header of column names: three cells or
    more between its column lines ``edges``, each named, no figure among them?"""
    bounds = [xs[0], *(xs[e] for e in sorted(edges)), xs[-1]]
    named = {bisect_right(bounds, (g.x0 + g.x1) / 2) for g in header}
    return (len(bounds) > 3 and len(named) == len(bounds) - 1
            and not any(g.char.isdigit() for g in header))


def _row_letters(glyphs: Sequence[Glyph], xs: list[float], ys: list[float],
                 row: int) -> list[Glyph]:
    """The letters and digits printed in the grid row ``row``."""
    return [g for g in glyphs if g.char.isalnum()
            and ys[row] <= (g.top + g.bottom) / 2 <= ys[row + 1]
            and xs[0] <= (g.x0 + g.x1) / 2 <= xs[-1]]


def _inner_edges(vertical: list[Segment], xs: list[float], y: float) -> set[int]:
    """The inner column edges a vertical line draws at height ``y``."""
    return {e for e in range(1, len(xs) - 1) if any(
        abs((v.x0 + v.x1) / 2 - xs[e]) <= _SAME_EDGE and v.top - _TOUCH <= y
        <= v.bottom + _TOUCH for v in vertical)}


def _full_width(horizontal: list[Segment], y: float, xs: list[float]) -> bool:
    return all(any(abs((h.top + h.bottom) / 2 - y) <= _SAME_EDGE
                   and h.x0 - _TOUCH <= (left + right) / 2 <= h.x1 + _TOUCH
                   for h in horizontal) for left, right in pairwise(xs))


def _edges(values: list[float]) -> list[float]:
    edges: list[float] = []
    for value in sorted(values):
        if edges and value - edges[-1] <= _SAME_EDGE:
            continue
        edges.append(value)
    return edges


def _table(page: int, horizontal: list[Segment], vertical: list[Segment],
           glyphs: Sequence[Glyph]) -> GridTable | None:
    xs = _edges([(v.x0 + v.x1) / 2 for v in vertical])
    ys = _edges([(h.top + h.bottom) / 2 for h in horizontal])
    if len(xs) < 3 or len(ys) < 2:
        return None  # one column or no row: a frame around text, not a table

    def vertical_at(col_edge: int, row: int) -> bool:
        x, y = xs[col_edge], (ys[row] + ys[row + 1]) / 2
        return any(abs((v.x0 + v.x1) / 2 - x) <= _SAME_EDGE and v.top - _TOUCH <= y
                   <= v.bottom + _TOUCH for v in vertical)

    def horizontal_at(row_edge: int, col: int) -> bool:
        y, x = ys[row_edge], (xs[col] + xs[col + 1]) / 2
        return any(abs((h.top + h.bottom) / 2 - y) <= _SAME_EDGE and h.x0 - _TOUCH <= x
                   <= h.x1 + _TOUCH for h in horizontal)

    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    # Each glyph in its grid position, once: a cell then gathers the positions it covers.
    positions: dict[tuple[int, int], list[Glyph]] = {}
    overflow: list[Glyph] = []
    last: tuple[Glyph, int, int] | None = None  # the glyph placed last, its row and column
    for glyph in glyphs:
        x, y = (glyph.x0 + glyph.x1) / 2, (glyph.top + glyph.bottom) / 2
        if xs[0] <= x <= xs[-1] and ys[0] <= y <= ys[-1]:
            row = min(bisect_right(ys, y) - 1, n_rows - 1)
            col = min(bisect_right(xs, x) - 1, n_cols - 1)
        elif last is not None and x > xs[-1] and _overflow(last[0], glyph):
            _, row, col = last
            overflow.append(glyph)
        else:
            last = None
            continue
        positions.setdefault((row, col), []).append(glyph)
        last = glyph, row, col
    taken = [[False] * n_cols for _ in range(n_rows)]
    found: list[tuple[int, int, _Found]] = []
    for row in range(n_rows):
        for col in range(n_cols):
            if taken[row][col]:
                continue
            colspan = 1
            while col + colspan < n_cols and not vertical_at(col + colspan, row):
                colspan += 1
            rowspan = 1
            while row + rowspan < n_rows and not any(
                    horizontal_at(row + rowspan, c) for c in range(col, col + colspan)):
                rowspan += 1
            for r in range(row, row + rowspan):
                for c in range(col, col + colspan):
                    taken[r][c] = True
            mine = [g for r in range(row, row + rowspan) for c in range(col, col + colspan)
                    for g in positions.get((r, c), ())]
            found.append((row, col, _found(mine, xs[col], xs[col + colspan], colspan,
                                           rowspan)))
    # The cell padding: how far the left-aligned text stands from its cell's left edge.
    padding = min((cell.lines[0].x0 - cell.x0 for _, _, cell in found if cell.lines),
                  default=0.0)
    grid: list[list[GridCell | None]] = [[None] * n_cols for _ in range(n_rows)]
    for row, col, cell in found:
        grid[row][col] = cell.grid_cell(max(padding, 0.0))
    return _without_slivers(page, xs, ys, grid, frozenset(overflow))


def _overflow(last: Glyph, glyph: Glyph) -> bool:
    """Does ``glyph``, past the table's right edge, go on with the word of ``last``?

    A table wider than its page puts the end of a figure of its last column past the
    border ('6.072.090.00|0'): the figure is the cell's, whole.
    """
    return (not glyph.char.isspace() and abs(glyph.x0 - last.x1) <= _TOUCH
            and abs(glyph.bottom - last.bottom) <= _TOUCH)


@dataclass(frozen=True)
class _Found:
    """A cell's place in the grid and its lines, before its text is settled."""

    x0: float
    x1: float
    lines: tuple[Line, ...]
    bold: bool
    colspan: int
    rowspan: int

    def grid_cell(self, padding: float) -> GridCell:
        right = self.x1 - padding
        breaks = tuple(_broken_word(above, line, right)
                       for above, line in zip(self.lines, self.lines[1:], strict=False))
        return GridCell(tuple(" ".join(line.text.split()) for line in self.lines), breaks,
                        self.bold, self.colspan, self.rowspan)


def _found(mine: list[Glyph], x0: float, x1: float, colspan: int, rowspan: int) -> _Found:
    lines = sorted(group_lines(mine), key=lambda line: line.top)
    letters = [g for g in mine if g.char.isalnum()]
    bold = bool(letters) and all(g.bold for g in letters)
    return _Found(x0, x1, tuple(lines), bold, colspan, rowspan)


def cell_text(cell: GridCell, words: frozenset[str]) -> str:
    """The lines of a cell as one text; a word the layout broke over two lines
    ('PEMERINTA' / 'HAN', '1.416.080.0' / '00') is made whole again.

    Where the geometry allows a break, ``words`` (the words the document prints whole,
    in lower case) decide: 'Sangat' / 'Tinggi' are two words as 'sangat' is known,
    'pembanguna' / 'n' one as 'pembanguna' is not; a figure split inside is always one.
    """
    text = cell.lines[0] if cell.lines else ""
    for line, broken in zip(cell.lines[1:], cell.breaks, strict=False):
        if _HYPHENATED.search(text) or (
                broken and _glue(text.rsplit(" ", 1)[-1], line.split(" ", 1)[0], words)):
            text += line
        else:
            text = f"{text} {line}" if text else line
    return text


def _glue(end: str, start: str, words: frozenset[str]) -> bool:
    if _FIGURE.match(end) and _FIGURE.match(start):
        # '1.416.080.0' / '00' and '100,0' / '0' are one figure cut; '80,00' / '15,00' two.
        return not _NUMBER.match(end) or start[0] in ".," or start.isdigit()
    if _word_key(end + start) in words:
        return True
    if start[:1].isupper() and not end.isupper():
        return False  # a capital starts a word ('Peningkatan' / 'Efektifitas')
    # A whole word of the document ('Pelaporan') ends where it ends; a fragment
    # ('pembanguna', 'ujudn') goes on, unless what follows is a word of its own ('atas').
    start_key = _word_key(start)
    return _word_key(end) not in words and (start_key not in words or len(start_key) <= 2)


def _word_key(text: str) -> str:
    return text.strip(_PUNCTUATION).casefold()


def cell_words(cell: GridCell) -> set[str]:
    """Words of the cell that no break can have cut: not at a line end next to a break."""
    found: set[str] = set()
    for index, line in enumerate(cell.lines):
        words = line.split()
        if index > 0 and cell.breaks[index - 1]:
            words = words[1:]
        if index < len(cell.breaks) and cell.breaks[index]:
            words = words[:-1]
        found.update(_word_key(word) for word in words)
    return found


def _broken_word(above: Line, line: Line, right: float) -> bool:
    """Did the layout break a word at the end of ``above``? Only a word longer than the
    cell is broken: it fills ``above`` alone, up to where the next letter no longer fits
    before the cell's right edge (``right``, inside the padding)."""
    if len(above.words) != 1 or not line.words:
        return False
    rest_start, rest_end = line.words[0]
    first_word = line.text.split()[0]
    letter = (rest_end - rest_start) / max(len(first_word), 1)
    return above.x1 + letter > right - _SLACK


def _without_slivers(page: int, xs: list[float], ys: list[float],
                     grid: list[list[GridCell | None]],
                     overflow: frozenset[Glyph]) -> GridTable | None:
    """Drop empty rows thinner than text (the gap of a double border)."""
    kept = [r for r in range(len(grid)) if ys[r + 1] - ys[r] >= _MIN_ROW_HEIGHT or any(
        cell is not None and cell.text for cell in grid[r])]
    if not kept:
        return None
    return GridTable(
        page=page, top=ys[0], bottom=ys[-1], x0=xs[0], x1=xs[-1], columns=tuple(xs),
        rows=tuple(tuple(grid[r]) for r in kept), row_tops=tuple(ys[r] for r in kept),
        overflow=overflow,
    )
