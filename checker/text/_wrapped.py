"""Rows of a plain-text table whose cells wrap onto several physical lines.

A fixed-width table (an ASCII grid, or columns aligned with spaces) cannot widen a cell,
so a long name goes on under itself on the next line, with every other column blank.
A reader tells a new row from such a continuation by its figures: a line that holds a
value in a column of figures (a target, an amount, a numbering label, a kode) opens a
row; a line with text only in the other columns finishes the cells of the row above.
A line blank in the first columns but holding figures is a row of its own, under a
sasaran written once for several indikator (a rowspan).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from ._markup import is_plain, strip_markup
from ._source import Cell, Row
from ._tables import make_row

__all__ = ["PhysicalLine", "figure_columns", "merged_row", "wrapped_rows"]

# A figure as a cell holds it: '95,00', '3.433.570.000', '(12)', '1', '2.08.01', '98 %'.
_FIGURE = re.compile(r"^[(\-+]?\s*(?:rp\.?\s*)?\d[\d.,]*\s*%?\)?$", re.IGNORECASE)


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
    return [merged_row(group, width) for group in groups]


def merged_row(group: Sequence[PhysicalLine], width: int) -> Row:
    """One row of the lines in ``group``: each cell their texts in that column, joined."""
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
    return make_row(cells, group[0].number, group[-1].number)
