"""Rows of a plain-text table whose cells wrap onto several physical lines.

A fixed-width table (an ASCII grid, or columns aligned with spaces) cannot widen a cell,
so a long name goes on under itself on the next line, with every other column blank.
A reader tells a new row from such a continuation by its figures: a line that holds a
value in a column of figures (a target, an amount, a numbering label, a kode) opens a
row; a line with text only in the other columns finishes the cells of the row above.
A line blank in the first columns but holding figures is a row of its own, under a
sasaran written once for several indikator (a rowspan).

A cell merged down over several rows (a sasaran over its indikator) wraps over their
lines too, so the numbering column opens one row for all of them. Each of them still
brings its own value, on its own line, in a column of values ('412.500 ton TBS', '980
kg/ha'): a line that brings a second value into such a column, which the row already
filled, opens a row of its own. The merged cell's text, written beside them, is the
first of these rows' (the rows under it leave it blank, as under any rowspan).

A value cell too narrow for its unit wraps the unit under the figure ('104,00' over
'indeks'): a lone word with no figure under a value is the rest of that value's cell,
neither a second value nor a sign that the column holds no values.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import NamedTuple

from ._markup import is_plain, strip_markup
from ._source import Cell, Row
from ._tables import make_row

__all__ = ["PhysicalLine", "figure_columns", "merged_row", "wrapped_rows"]

# A figure as a cell holds it: '95,00', '3.433.570.000', '(12)', '1', '2.08.01', '98 %'.
_FIGURE = re.compile(r"^[(\-+]?\s*(?:rp\.?\s*)?\d[\d.,]*\s*%?\)?$", re.IGNORECASE)
# A value a cell opens with, its unit after it: '412.500 ton TBS', '14.200 kg/ha', '32,00 %'.
_VALUE = re.compile(r"^[\-+]?\s*(?:rp\.?\s*)?\d[\d.,]*(?:\s+\S.*|\s*%)?$", re.IGNORECASE)
# A unit word alone, as it wraps out of a narrow value cell: 'indeks', 'ton', 'kg/ha', '%'.
_UNIT_WORD = re.compile(r"^[^\d\s]{1,15}$")


class PhysicalLine(NamedTuple):
    """One line of the file inside a table, cut into the table's columns."""

    number: int
    texts: tuple[str, ...]


def figure_columns(lines: Iterable[PhysicalLine]) -> frozenset[int]:
    """Columns most of whose filled cells are figures; the first column when none is.

    Most, not any: a wrapped name may put a lone year on its own line, and one such
    line must not make a column of names open rows.
    """
    figures: dict[int, int] = {}
    filled: dict[int, int] = {}
    for line in lines:
        for index, text in enumerate(line.texts):
            if text:
                filled[index] = filled.get(index, 0) + 1
                if _FIGURE.match(text):
                    figures[index] = figures.get(index, 0) + 1
    found = frozenset(index for index, count in figures.items() if count * 2 > filled[index])
    return found or frozenset({0})


def wrapped_rows(
    lines: Sequence[PhysicalLine], keys: frozenset[int], width: int
) -> list[Row]:
    """``lines`` grouped into rows: a line with text in one of the ``keys`` columns
    opens a row, any other line continues the row above. A row's line is its first."""
    groups: list[list[PhysicalLine]] = []
    for line in lines:
        opens = any(line.texts[index] for index in keys if index < len(line.texts))
        if opens or not groups:
            groups.append([line])
        else:
            groups[-1].append(line)
    values = _value_columns(lines, keys)
    rows: list[Row] = []
    for group in groups:
        rows += _spanned_rows(group, values, width) if values else [merged_row(group, width)]
    return rows


def _value_columns(lines: Sequence[PhysicalLine], keys: frozenset[int]) -> frozenset[int]:
    """The columns other than ``keys`` each filled line of which opens with a value (a
    figure, its unit after it): a target column whose units are words."""
    filled: dict[int, int] = {}
    valued: dict[int, int] = {}
    above: PhysicalLine | None = None
    for line in lines:
        for index, text in enumerate(line.texts):
            if text and index not in keys and not _wrapped_unit(line, above, index):
                filled[index] = filled.get(index, 0) + 1
                if _VALUE.match(text):
                    valued[index] = valued.get(index, 0) + 1
        above = line
    return frozenset(index for index, count in valued.items() if count == filled[index])


def _spanned_rows(
    group: Sequence[PhysicalLine], values: frozenset[int], width: int
) -> list[Row]:
    """The rows of one numbered ``group``: one, unless its lines bring a second value
    into a value column the row already filled (a merged cell over several rows)."""
    parts: list[list[PhysicalLine]] = [[group[0]]]
    filled = {index for index in values if _text(group[0], index)}
    for above, line in pairwise(group):
        brought = {index for index in values
                   if _text(line, index) and not _wrapped_unit(line, above, index)}
        if brought & filled:
            parts.append([line])
            filled = brought
        else:
            parts[-1].append(line)
            filled |= brought
    if len(parts) == 1:
        return [merged_row(group, width)]
    # A column every row's first line writes in is each row's own (the indikator);
    # another is the merged cell (the sasaran), its text all the first row's.
    merged = {index for index in range(width)
              if index not in values and not all(_text(part[0], index) for part in parts)}
    moved = [PhysicalLine(line.number, tuple(text if index in merged else ""
                                             for index, text in enumerate(line.texts)))
             for part in parts[1:] for line in part]
    rows = [merged_row([*parts[0], *moved], width, end=parts[0][-1].number)]
    for part in parts[1:]:
        kept = [PhysicalLine(line.number, tuple("" if index in merged else text
                                                for index, text in enumerate(line.texts)))
                for line in part]
        rows.append(merged_row(kept, width))
    return rows


def _text(line: PhysicalLine, index: int) -> str:
    return line.texts[index] if index < len(line.texts) else ""


def _wrapped_unit(line: PhysicalLine, above: PhysicalLine | None, index: int) -> bool:
    """Is the text of ``line`` in column ``index`` a unit wrapped out of the value right
    above it: a lone word, no figure in it, under a cell that opens with a value."""
    if above is None or not _UNIT_WORD.match(_text(line, index)):
        return False
    return bool(_VALUE.match(_text(above, index)))


def merged_row(group: Sequence[PhysicalLine], width: int, end: int | None = None) -> Row:
    """One row of the lines in ``group``: each cell their texts in that column, joined.
    The row ends at ``end`` when given (lines after it lend it a merged cell's text)."""
    cells: list[Cell] = []
    for index in range(width):
        parts = [
            (line.number, line.texts[index])
            for line in group
            if index < len(line.texts) and line.texts[index]
        ]
        joined = " ".join(text for _, text in parts)
        line = parts[0][0] if parts else group[0].number
        if is_plain(joined):
            # No markup: the text is the cell as written (what stripping would find).
            cells.append(Cell(joined, "\n".join(text for _, text in parts), line))
            continue
        marked = strip_markup(joined)
        cells.append(Cell(marked.text, "\n".join(text for _, text in parts), line, marked.bold))
    return make_row(cells, group[0].number, group[-1].number if end is None else end)
