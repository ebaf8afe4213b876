"""ASCII grid tables: '+----+----+' borders around '| a | b |' rows.

Some converters (and people typing a report in a plain-text editor) draw a table with
borders: a '+---+' line above, between groups of rows and below; a '+===+' line under
the header; cells padded to the column's width and a long cell wrapped onto more lines
inside its box. The rows between two borders may be one row with wrapped cells, or
several rows one a line; ``_wrapped`` tells them apart by the columns of figures.

The same grid drawn with Unicode box-drawing characters ('┌─┬─┐', '│', '╞═╪═╡', '┏━┓')
is read the same way: each box character stands for its ASCII role (a corner or junction
is '+', a light rule '-', a double or heavy rule '=', a vertical '|'). Each is one
character wide, so the columns of the box lines do not move.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import NamedTuple

from ._source import Row, Table
from ._tables import header_row_count
from ._wrapped import PhysicalLine, figure_columns, merged_row, wrapped_rows

__all__ = ["GridTables", "grid_tables"]

_BORDER = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
_ROW = re.compile(r"^\s*\|.*\|\s*$")
_BAR = re.compile(r"(?<!\\)\|")
# Wider than any table a page holds (the text layer names a table of more than its
# column limit, 200, without reading it); a wider grid is not cut into cells at all.
_MAX_COLUMNS = 256


def _box_roles() -> dict[int, str]:
    """The ASCII role of every box-drawing character that draws a grid."""
    corners = [*range(0x250C, 0x254C), *range(0x2552, 0x2571)]  # junctions and arcs
    roles = dict.fromkeys(corners, "+")
    roles.update(dict.fromkeys(map(ord, "─┄┈╌┅┉╍╴╶╸╺╼╾"), "-"))
    # Tables drawn in box characters mark the rule under the header with a double or
    # heavy line, as '+===+' does in ASCII.
    roles.update(dict.fromkeys(map(ord, "═━"), "="))
    roles.update(dict.fromkeys(map(ord, "│┃║┆┇┊┋╎╏╵╷╹╻╽╿"), "|"))
    return roles


_BOX_ROLES = _box_roles()


def _as_ascii(line: str) -> str:
    return line if line.isascii() else line.translate(_BOX_ROLES)


class GridTables(NamedTuple):
    """The grid tables of a text and the lines they take, borders included."""

    tables: list[Table]
    lines: frozenset[int]


def grid_tables(lines: Sequence[str], blocked: Callable[[int], bool]) -> GridTables:
    """Every grid in ``lines``: a border, rows and borders, up to its last border."""
    lines = [_as_ascii(line) for line in lines]
    tables: list[Table] = []
    taken: set[int] = set()
    index = 0
    while index < len(lines):
        if blocked(index + 1) or not _BORDER.match(lines[index]):
            index += 1
            continue
        if len(_corners(lines[index].rstrip())) > _MAX_COLUMNS + 1:
            index += 1  # no table a page holds: its lines are left as they are
            continue
        stop = _grid_end(lines, index, blocked)
        table = _grid(lines, index, stop)
        if table is not None:
            tables.append(table)
            taken.update(range(index + 1, stop + 1))
        index = stop
    return GridTables(tables, frozenset(taken))


def _corners(border: str) -> tuple[int, ...]:
    return tuple(position for position, char in enumerate(border) if char == "+")


def _grid_end(lines: Sequence[str], start: int, blocked: Callable[[int], bool]) -> int:
    """The index after the grid opened by the border at ``start``.

    A grid ends at a line that is neither a row nor a border, at a border whose corners
    stand elsewhere (another grid drawn right under it), or at a second border in a row
    (a border closing one grid and another opening the next).
    """
    corners = _corners(lines[start].rstrip())
    last_border = start
    index = start + 1
    while index < len(lines) and not blocked(index + 1):
        raw = lines[index]
        if _BORDER.match(raw):
            if _corners(raw.rstrip()) != corners or last_border == index - 1:
                break
            last_border = index
        elif not _ROW.match(raw):
            break
        index += 1
    # A grid left open (no border under its last row) ends at that row.
    return index


def _cells(raw: str, corners: tuple[int, ...]) -> tuple[str, ...]:
    """The cells of a row line: the text between the corners of the border above it,
    or between its bars when the row is not drawn to the border's measure."""
    if len(raw) > corners[-1] and all(raw[position] == "|" for position in corners):
        parts = [raw[left + 1 : right] for left, right in pairwise(corners)]
    else:
        body = raw.strip()[1:]
        body = body[:-1] if body.endswith("|") else body
        parts = _BAR.split(body)
    texts = [" ".join(part.split()) for part in parts]
    width = len(corners) - 1
    return tuple((texts + [""] * width)[:width])


def _grid(lines: Sequence[str], start: int, stop: int) -> Table | None:
    """The table of the grid on lines ``start`` to ``stop`` (0-based, ``stop`` excluded)."""
    corners = _corners(lines[start].rstrip())
    width = len(corners) - 1
    bands: list[list[PhysicalLine]] = [[]]
    header_bands: int | None = None
    for index in range(start + 1, stop):
        raw = lines[index]
        if _BORDER.match(raw):
            if "=" in raw and header_bands is None:
                header_bands = len(bands)
            bands.append([])
            continue
        bands[-1].append(PhysicalLine(index + 1, _cells(raw, corners)))
    bands = [band for band in bands if band]
    if header_bands is not None:
        header_bands = min(header_bands, len(bands))
    head = [line for band in bands[: header_bands or 0] for line in band]
    body_bands = bands[header_bands or 0 :]
    keys = figure_columns(line for band in body_bands for line in band)
    rows: list[Row] = [merged_row(head, width)] if head else []
    for band in body_bands:
        rows += wrapped_rows(band, keys, width)
    if not rows:
        return None
    header_rows = 1 if head else header_row_count(rows)
    return Table(
        rows=tuple(rows),
        header_rows=header_rows,
        line=start + 1,
        end_line=stop,
        shape="grid",
    )
