"""Tables cut by a page break, joined again.

A table that ends one page and a table with the same columns that opens the next are
one table: the header rows the new page repeats are dropped (a repeated header may lose
the end of a tall cell, clipped by the row under it), a row the break cut in two is made
whole, and a tall cell the break cut goes on as tall. A header row cut by the break over
a row that splits its cells opens the next page with more columns: the part above goes
onto them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from checker.readers._pdf_tables import GridCell, GridTable

__all__ = ["TableItem", "continues", "joined_table"]

_SAME_EDGE = 3.0
_WHOLE_FIGURE = re.compile(r"^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?%?$")


@dataclass(frozen=True)
class TableItem:
    """A ruled table in reading order: the page it starts on, and for each row its page
    and its line on that page."""

    page: int
    table: GridTable
    page_lines: tuple[int, ...]  # one per row
    pages: tuple[int, ...]  # one per row (a joined table spans pages)
    repeated: int = 0  # header rows the next page repeated



def continues(first: TableItem, after: TableItem) -> bool:
    """Does ``after``, met right after ``first`` (nothing but furniture between), open the
    next page with the same columns (or finer ones under a row the break cut)?"""
    if after.page != first.pages[-1] + 1:
        return False
    a, b = first.table, after.table
    if a.width != b.width:
        return _finer_below(a, b)
    left = [x - a.x0 for x in a.columns]
    right = [x - b.x0 for x in b.columns]
    return all(abs(x - y) <= _SAME_EDGE for x, y in zip(left, right, strict=True))


def _edge_map(a: GridTable, b: GridTable) -> list[int] | None:
    """For each column edge of ``a``, the column edge of ``b`` at the same place."""
    right = [x - b.x0 for x in b.columns]
    found: list[int] = []
    for x in (x - a.x0 for x in a.columns):
        index = next((i for i, y in enumerate(right) if abs(x - y) <= _SAME_EDGE), None)
        if index is None:
            return None
        found.append(index)
    return found


def _finer_below(a: GridTable, b: GridTable) -> bool:
    """A header row the page break cut, over a row that splits its cells ('Tahun 2023'
    over Target / Realisasi / Capaian): the page before shows only the cut row, with
    fewer columns. The next page goes on with the rest of that row, empty, its cells on
    the same edges, the finer columns starting under it."""
    edges = _edge_map(a, b)
    if edges is None or a.width >= b.width or edges[0] != 0 or edges[-1] != b.width:
        return False
    starts = {col for col, cell in enumerate(b.rows[0]) if cell is not None}
    ends = {col + cell.colspan for col, cell in enumerate(b.rows[0]) if cell is not None}
    return (starts | ends) <= set(edges) and not any(_texts(b.rows[0]))


def _widened(a: GridTable, b: GridTable) -> GridTable:
    """``a`` on the columns of ``b`` (each cell spanning the finer columns it covers)."""
    edges = _edge_map(a, b)
    if edges is None or a.width == b.width:
        return a
    rows: list[tuple[GridCell | None, ...]] = []
    for row in a.rows:
        cells: list[GridCell | None] = [None] * b.width
        for col, cell in enumerate(row):
            if cell is not None:
                start, end = edges[col], edges[col + cell.colspan]
                cells[start] = replace(cell, colspan=end - start)
        rows.append(tuple(cells))
    return replace(a, rows=tuple(rows), x1=a.x0 + b.x1 - b.x0,
                   columns=tuple(x - b.x0 + a.x0 for x in b.columns))


def _texts(row: Sequence[GridCell | None]) -> tuple[str, ...]:
    return tuple(cell.text.casefold() if cell else "" for cell in row)


def joined_table(first: TableItem, after: TableItem) -> TableItem:
    a, b = _widened(first.table, after.table), after.table
    repeated = 0
    while (repeated < min(3, len(a.rows) - 1, len(b.rows))
           and _same_header(a.rows[repeated], b.rows[repeated])):
        repeated += 1
    rows = list(b.rows[repeated:])
    lines, pages = list(after.page_lines[repeated:]), list(after.pages[repeated:])
    head_rows = [list(row) for row in a.rows]
    rows = _continue_spans(head_rows, rows)
    going_on = _spans_going_on(head_rows, rows[0], repeated) if rows else 0
    if going_on:
        rows[0] = _under_cut_spans(head_rows, rows[0], going_on)
    elif rows and _split_row(a.rows, rows[0], repeated):
        _grow_covering_spans(head_rows, rows[0])
        head_rows[-1] = _merged_row(a.rows[-1], rows[0])
        rows, lines, pages = rows[1:], lines[1:], pages[1:]
    table = replace(a, rows=(*map(tuple, head_rows), *rows), bottom=b.bottom)
    return TableItem(first.page, table, (*first.page_lines, *lines), (*first.pages, *pages),
                      max(first.repeated, repeated))


def _continue_spans(head: list[list[GridCell | None]],
                    rows: list[tuple[GridCell | None, ...]]) -> list[tuple[GridCell | None, ...]]:
    """The rows after the page break, under a tall cell the break cut.

    The new page draws the rest of the cell under the repeated header, where it reads as
    part of the header's own tall cell; once the header is dropped, the rows it covers
    belong to the cell above the break: its rowspan grows by them (``head`` is changed).
    """
    width = len(rows[0]) if rows else 0
    for column in range(width):
        if rows[0][column] is not None or _covered_from_left(rows[0], column):
            continue
        depth = 0
        while (depth < len(rows) and rows[depth][column] is None
               and not _covered_from_left(rows[depth], column)):
            depth += 1
        origin = _origin_above(head, column)
        if origin is None:
            for index in range(depth):
                cells = list(rows[index])
                cells[column] = GridCell((), (), False)
                rows[index] = tuple(cells)
            continue
        row, col = origin
        cell = head[row][col]
        if cell is not None and col == column:
            head[row][col] = replace(cell, rowspan=cell.rowspan + depth)
    return rows


def _spans_going_on(head: Sequence[Sequence[GridCell | None]],
                    row: Sequence[GridCell | None], header: int) -> int:
    """How many leading columns of ``row``, the first on a new page, go on with tall
    cells the break cut, beside a row of its own; 0 when ``row`` is not such a row.

    A sasaran merged over its indikator rows may be cut between them: the new page
    draws the rest of the sasaran (and the empty rest of its 'No') beside the next
    indikator, whole. That row is no rest of the row above: a one-line figure is never
    cut in two, so a whole figure on both sides of the break in one column means a new
    row. The tall cells are the leading columns whose rest is empty or goes on in lower
    case, left of that figure.
    """
    if len(head) <= header:
        return 0
    going_on = 0
    while going_on < len(row) and _goes_on(row[going_on]):
        going_on += 1
    figures = [column for column in range(going_on, len(row))
               if _whole_figure(head[-1][column]) and _whole_figure(row[column])
               and not _may_end_figure(row[column])]
    # Only text going on in lower case shows a tall cell cut: an empty cell alone may be
    # a row's own empty 'No'.
    text_going_on = any(cell is not None and cell.text for cell in row[:going_on])
    if not text_going_on or not figures or any(
            _origin_above(head, column) is None for column in range(going_on)):
        return 0
    return going_on


def _goes_on(cell: GridCell | None) -> bool:
    if cell is None or cell.colspan > 1:
        return False
    return not cell.text or cell.text[:1].islower()


def _whole_figure(cell: GridCell | None) -> bool:
    return cell is not None and len(cell.lines) == 1 and bool(
        _WHOLE_FIGURE.match(cell.lines[0]))


def _may_end_figure(cell: GridCell | None) -> bool:
    """Digits alone may be the end of a figure a narrow cell cut ('100,0' / '0')."""
    return cell is not None and cell.text.isdigit()


def _under_cut_spans(head: list[list[GridCell | None]], row: Sequence[GridCell | None],
                     going_on: int) -> tuple[GridCell | None, ...]:
    """``row`` as a row of its own: its first ``going_on`` cells are the rest of the
    tall cells above the break, which grow over it (``head`` is changed)."""
    cells = list(row)
    for column in range(going_on):
        rest = cells[column]
        origin = _origin_above(head, column)
        if rest is None or origin is None:
            continue
        top, col = origin
        cell = head[top][col]
        if cell is not None and col == column:
            head[top][col] = _grown(cell, rest)
        cells[column] = None
    return tuple(cells)


def _grown(cell: GridCell, rest: GridCell) -> GridCell:
    """A tall cell the break cut, over the rows its rest covers, its text whole."""
    if not rest.text:
        return replace(cell, rowspan=cell.rowspan + rest.rowspan)
    if not cell.lines:
        return replace(cell, lines=rest.lines, breaks=rest.breaks,
                       rowspan=cell.rowspan + rest.rowspan)
    cut = len(cell.lines[-1].split()) == 1  # the break may have cut a word
    return replace(cell, lines=(*cell.lines, *rest.lines),
                   breaks=(*cell.breaks, cut, *rest.breaks),
                   rowspan=cell.rowspan + rest.rowspan, bold=cell.bold and rest.bold)


def _grow_covering_spans(head: list[list[GridCell | None]],
                         rest: Sequence[GridCell | None]) -> None:
    """The row the break cut lies under a tall cell (a sasaran over its indikator rows):
    on the new page the rest of that tall cell is drawn again, as tall as the rows it
    still covers there. The cut row is made one, so the cell above grows by the rows
    after it (``head`` is changed)."""
    for column, theirs in enumerate(rest):
        if (theirs is None or theirs.rowspan < 2 or theirs.text
                or head[-1][column] is not None or _covered_from_left(rest, column)):
            continue
        origin = _origin_above(head, column)
        if origin is None:
            continue
        row, col = origin
        cell = head[row][col]
        if cell is not None and col == column:
            head[row][col] = replace(cell, rowspan=cell.rowspan + theirs.rowspan - 1)


def _covered_from_left(row: Sequence[GridCell | None], column: int) -> bool:
    for left in range(column - 1, -1, -1):
        cell = row[left]
        if cell is not None:
            return left + cell.colspan > column
    return False


def _origin_above(head: Sequence[Sequence[GridCell | None]], column: int
                  ) -> tuple[int, int] | None:
    """The cell that covers ``column`` in the last row of ``head``."""
    last = len(head) - 1
    for row in range(last, -1, -1):
        for col in range(column, -1, -1):
            cell = head[row][col]
            if cell is not None:
                if col + cell.colspan > column and row + cell.rowspan > last:
                    return row, col
                break
    return None


def _raw_texts(row: Sequence[GridCell | None]) -> tuple[str, ...]:
    return tuple(cell.text if cell else "" for cell in row)


def _same_header(first: Sequence[GridCell | None], again: Sequence[GridCell | None]) -> bool:
    """Does ``again`` repeat the header row ``first``? A repeated header may lose the end
    of a tall cell (clipped by the row under it), so a cell may be the start of its twin."""
    pairs = list(zip(_texts(first), _texts(again), strict=True))
    return any(b for _, b in pairs) and all(
        a == b or (b and a.startswith(b)) or (a and b.startswith(a)) for a, b in pairs)


def _split_row(before: Sequence[Sequence[GridCell | None]], row: Sequence[GridCell | None],
               header: int) -> bool:
    """Is ``row``, the first on a new page, the rest of the row the page break cut?

    Such a row is incomplete: it holds text only in columns where the row before it
    holds text too (the rest of a name, the last digits of an amount), and leaves some of
    them empty (the figures printed whole above it). A row that only leaves its first
    columns empty is a row of its own (one more indikator of the same sasaran), unless
    it opens in lower case, in the middle of a sentence.
    """
    if len(before) <= header:
        return False
    above = {index for index, text in enumerate(_texts(before[-1])) if text}
    here = {index for index, text in enumerate(_texts(row)) if text}
    if not here and _same_cells(before[-1], row):
        return True  # the empty rest of a row whose text the page before holds whole
    if not here or not here <= above:
        return False
    missing = above - here
    if missing and missing != set(range(len(missing))):
        return True
    # Every cell goes on: a row of its own starts with a number or a capital, the rest
    # of a sentence cut by the page break in lower case.
    first = next(text for text in _raw_texts(row) if text)
    return first[:1].islower()


def _same_cells(first: Sequence[GridCell | None], again: Sequence[GridCell | None]) -> bool:
    return [(cell is None, cell.colspan if cell else 0) for cell in first] == [
        (cell is None, cell.colspan if cell else 0) for cell in again]


def _merged_row(top: Sequence[GridCell | None], rest: Sequence[GridCell | None]
                ) -> tuple[GridCell | None, ...]:
    merged: list[GridCell | None] = []
    for mine, theirs in zip(top, rest, strict=True):
        if mine is None or theirs is None:
            merged.append(mine)
        elif not theirs.text:
            # A tall cell cut by the break goes on as tall below it.
            merged.append(replace(mine, rowspan=mine.rowspan + theirs.rowspan - 1))
        else:
            # The break may have cut a word or an amount, as a narrow cell does.
            cut = bool(mine.lines) and len(mine.lines[-1].split()) == 1
            merged.append(replace(
                mine, lines=(*mine.lines, *theirs.lines),
                rowspan=mine.rowspan + theirs.rowspan - 1,
                breaks=(*mine.breaks, cut, *theirs.breaks) if mine.lines else theirs.breaks,
                bold=mine.bold and theirs.bold))
    return tuple(merged)
