"""HTML ``<table>`` blocks, with colspan/rowspan expanded into a rectangular grid.

Some converters emit a whole table as HTML, spread over many lines. Only the standard
library parser is used. After expansion every grid position holds a cell; a position
covered by a span repeats the origin cell's text with ``spanned=True`` so that column
``i`` of every row means the same column of the printed table.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ._markup import strip_markup
from ._source import Cell, Row, Table
from ._tables import header_row_count, make_row

if TYPE_CHECKING:
    from ._html_parser import RawCell, RawRow

__all__ = ["html_tables", "strip_tags"]

_OPEN = re.compile(r"<table\b", re.IGNORECASE)
_CLOSE = re.compile(r"</table\s*>", re.IGNORECASE)
_ROW_TAG = re.compile(r"</?(?:tr|td|th)\b", re.IGNORECASE)
# Columns beyond this are converter noise; capping keeps a hostile file from
# allocating a huge grid.
_MAX_WIDTH = 256


def _html_regions(lines: Sequence[str]) -> list[tuple[int, int]]:
    """(first, last) 1-based line spans of top-level <table> ... </table> blocks."""
    # Some </table> occurs on line k or later exactly when k <= last_close. It lets an
    # unclosed table stop at the next opening instead of rescanning to the end of the
    # file each time.
    last_close = _last_close(lines)
    regions: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        if not _has_tag(_OPEN, lines[index]):
            index += 1
            continue
        end = _region_end(lines, index, last_close)
        regions.append((index + 1, end + 1))
        index = end + 1
    return regions


def _has_tag(tag: re.Pattern[str], line: str) -> bool:
    # Most lines hold no '<' at all: testing for it spares them the case-blind search.
    return "<" in line and tag.search(line) is not None


def _last_close(lines: Sequence[str]) -> int:
    """Index of the last line holding a </table>, -1 when none does."""
    for index in range(len(lines) - 1, -1, -1):
        if _has_tag(_CLOSE, lines[index]):
            return index
    return -1


def _region_end(lines: Sequence[str], start: int, last_close: int) -> int:
    """Index of the line closing the table opened on ``start`` (nesting counted)."""
    depth = 0
    last_tag = start
    for index in range(start, len(lines)):
        line = lines[index]
        if index > last_close and index > start and _OPEN.search(line):
            break
        depth += len(_OPEN.findall(line)) - len(_CLOSE.findall(line))
        if _ROW_TAG.search(line):
            last_tag = index
        if depth <= 0:
            return index
    # Never closed: end at the last line that still looked like table markup so the
    # prose after a truncated table is not swallowed.
    return last_tag


def html_tables(lines: Sequence[str]) -> tuple[list[Table], list[tuple[int, int]]]:
    """Parse every HTML table; also return all regions so they are not read as text."""
    tables: list[Table] = []
    regions = _html_regions(lines)
    for first, last in regions:
        table = _parse_region(lines, first, last)
        if table is not None:
            tables.append(table)
    return tables, regions


def _parse_region(lines: Sequence[str], first: int, last: int) -> Table | None:
    chunk = "\n".join(lines[first - 1 : last])
    offsets = [0]
    for line in lines[first - 1 : last]:
        offsets.append(offsets[-1] + len(line) + 1)
    # Imported here: only a report with an HTML table needs the standard parser.
    from ._html_parser import TableParser

    parser = TableParser(offsets)
    parser.feed(chunk)
    parser.close()
    raw_rows = [row for row in parser.rows if row.cells]
    if not raw_rows:
        return None
    rows = _grid(raw_rows, chunk, first, offsets)
    caption = None
    if parser.caption is not None:
        caption = strip_markup(chunk[parser.caption[0] : parser.caption[1]]).text or None
    head = sum(1 for _ in _leading(raw_rows))
    header_rows = head + header_row_count(rows[head:]) if head < len(rows) else head
    return Table(
        rows=tuple(rows),
        header_rows=header_rows,
        line=first,
        end_line=last,
        shape="html",
        caption=caption,
        caption_line=first if caption else None,
    )


def _leading(rows: list[RawRow]) -> Iterator[RawRow]:
    """Leading rows marked as header by <thead> or made only of <th> cells."""
    for row in rows:
        if not (row.header or all(cell.header for cell in row.cells)):
            return
        yield row


def _grid(raw_rows: list[RawRow], chunk: str, first: int, offsets: Sequence[int]) -> list[Row]:
    """Place cells on a grid, repeating spanned cells, and pad rows to one width."""
    grid: list[dict[int, Cell]] = [{} for _ in raw_rows]
    for row_index, raw_row in enumerate(raw_rows):
        column = 0
        for raw_cell in raw_row.cells:
            while column in grid[row_index]:
                column += 1
            if column >= _MAX_WIDTH:
                break
            cell = _cell(raw_cell, chunk, first, offsets)
            _place(grid, row_index, column, cell)
            column += cell.colspan
    width = min(_MAX_WIDTH, max((max(row) + 1 for row in grid if row), default=0))
    rows: list[Row] = []
    for raw_row, placed in zip(raw_rows, grid, strict=True):
        line = first + raw_row.line - 1
        end_line = first + max(raw_row.end_line, raw_row.line) - 1
        cells = [placed.get(index) or Cell("", "", line) for index in range(width)]
        rows.append(_row(cells, line, end_line))
    return rows


def _row(cells: list[Cell], line: int, end_line: int) -> Row:
    # Spanned copies do not vote on boldness: the origin cell already did.
    row = make_row([cell for cell in cells if not cell.spanned], line, end_line)
    return Row(tuple(cells), line, end_line, row.bold)


def _place(grid: list[dict[int, Cell]], row: int, column: int, cell: Cell) -> None:
    for down in range(min(cell.rowspan, len(grid) - row)):
        for across in range(cell.colspan):
            if column + across >= _MAX_WIDTH:
                break
            copy = cell if down == across == 0 else replace(cell, spanned=True)
            grid[row + down].setdefault(column + across, copy)


def _cell(raw_cell: RawCell, chunk: str, first: int, offsets: Sequence[int]) -> Cell:
    end = raw_cell.end if raw_cell.end >= 0 else len(chunk)
    raw = chunk[raw_cell.start : end]
    marked = strip_markup(strip_tags(raw))
    # The line of the cell's text, which may sit below its <td> tag.
    lead = len(raw) - len(raw.lstrip())
    line = first + bisect_right(offsets, raw_cell.start + lead) - 1
    return Cell(
        text=marked.text,
        raw=raw,
        line=line,
        bold=marked.bold,
        colspan=raw_cell.colspan,
        rowspan=raw_cell.rowspan,
    )


_ANY_TAG = re.compile(r"<(?!/?(?:b|strong)\b)[^<>]{0,500}>", re.IGNORECASE)


def strip_tags(raw: str) -> str:
    """Remove every tag but bold (kept for the bold signal); nested tables become text."""
    return _ANY_TAG.sub(" ", raw)
