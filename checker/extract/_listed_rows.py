"""Rows of a performance table that list several indicators in one cell, one a line.

A report exported from a word processor to markdown may print all the indicators of a
sasaran in ONE cell, one a line (``<br>``), with their targets in the next cell, line for
line: 'Indeks A<br>Jumlah B' beside '55,00 skor<br>60 inovasi'. The sasaran cell spans
them. Such a row is read as that many rows, the sasaran (and its number) on the first.

A ``<br>`` in one cell only is a long name wrapped in its cell and stays one cell. The
lines are taken apart only when each indicator line reads as a name of its own (not a
continuation in lower case) and each target line holds a figure: a name wrapped over
two lines beside a figure wrapped from its unit ('100<br>%') keeps its one row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from checker.text import Row, Table, cell_lines

from ._perf_rows import LogicalRow

__all__ = ["split_listed_rows"]


def split_listed_rows(table: Table, rows: Sequence[LogicalRow], indikator: int | None,
                      figures: Sequence[int], others: Sequence[int]) -> list[LogicalRow]:
    """``rows`` with each row that lists its indicators one a line (``indikator``) beside
    as many figure lines in the ``figures`` columns taken apart, one row per line; the
    ``others`` columns (a satuan) are taken apart with them when they list as many."""
    if indikator is None or not figures:
        return list(rows)
    printed = {row.line: row for row in table.rows}
    result: list[LogicalRow] = []
    for row in rows:
        physical = printed.get(row.line)
        lines = None if physical is None or row.end_line != physical.end_line else (
            _listed_lines(physical, indikator, figures, others))
        result.extend(_apart(row, lines) if lines else [row])
    return result


def _listed_lines(physical: Row, indikator: int, figures: Sequence[int],
                  others: Sequence[int]) -> dict[int, tuple[str, ...]] | None:
    """The lines of each listed column of ``physical`` when its indicator cell lists
    several names and every figure (or other) cell that is not empty lists as many."""
    names = _lines(physical, indikator)
    count = len(names)
    if count < 2 or not all(_begins_name(name) for name in names):
        return None
    found = {indikator: names}
    for index in (*figures, *others):
        listed = _lines(physical, index)
        if not listed:
            continue
        if len(listed) != count:
            return None
        if index in figures and not all(any(map(str.isdigit, line)) for line in listed):
            return None
        found[index] = listed
    # Some figure column must list the targets, else the names are one wrapped name.
    return found if any(index in found for index in figures) else None


def _lines(physical: Row, index: int) -> tuple[str, ...]:
    cell = physical.cell(index)
    return cell_lines(cell) if cell is not None and not cell.spanned else ()


def _begins_name(line: str) -> bool:
    """A line that starts a name: not the lower-case rest of the line above."""
    first = next((char for char in line if char.isalnum()), "")
    return bool(first) and not first.islower()


def _apart(row: LogicalRow, lines: dict[int, tuple[str, ...]]) -> list[LogicalRow]:
    """One row per listed line; the cells that list nothing stay on the first."""
    count = len(next(iter(lines.values())))
    result: list[LogicalRow] = []
    for at in range(count):
        cells = list(row.cells) if at == 0 else [""] * len(row.cells)
        for index, listed in lines.items():
            if index < len(cells):
                cells[index] = listed[at]
        filled = {index for index, text in enumerate(cells) if text}
        result.append(replace(row, cells=cells, filled=filled))
    return result
