"""The low-level text layer: a report's text as lines, headings and tables.

``parse_source`` reads the text of a .txt/.md report (as converted from PDF/DOCX) into a
:class:`Source`. It recognises structure only; deciding what a table *means* (capaian,
budget, PK) is the extractor's job. Every position is a 1-based line of the input.

Order of the passes matters: HTML tables and LaTeX blocks are claimed first so their
lines are never read as tab/pipe rows; page furniture is found before tables are joined,
because a running header between two fragments is what marks a page break.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import replace

from ._cell_lines import cell_lines
from ._grid import grid_tables
from ._headings import find_headings
from ._html import html_tables
from ._layout import layout_tables
from ._limits import DEFAULT_LIMITS, Limits, within_limits
from ._lines import PackedLines
from ._markup import Markup, formula_lines, strip_markup
from ._pages import join_fragments, page_header_lines
from ._pandoc import pandoc_tables
from ._source import Cell, Heading, Oversized, Row, Source, Table, within_tables
from ._tables import (
    caption_under,
    captions_below,
    find_caption,
    is_header_row,
    pipe_fragments,
    tab_fragments,
)

__all__ = [
    "DEFAULT_LIMITS", "Cell", "Heading", "Limits", "Oversized", "PackedLines", "Row", "Source",
    "Table",
    "cell_lines", "html_tables", "parse_source", "split_lines",
]

# Universal newlines, as Python's text mode reads files: \r\n, \r and \n.
_NEWLINE = re.compile(r"\r\n|\r|\n")
_MIN_ROWS = 2
_BLANK = Markup("", False, False)


def split_lines(text: str) -> tuple[str, ...]:
    """The file's lines without their newline; a final newline does not add a line."""
    if not text:
        return ()
    # Without a carriage return the only newline is '\n', which str.split finds faster.
    lines = _NEWLINE.split(text) if "\r" in text else text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return tuple(lines)


def parse_source(text: str, path: str = "<string>", limits: Limits = DEFAULT_LIMITS) -> Source:
    """Read ``text`` into a :class:`Source`. Never raises on any text. A table beyond
    ``limits`` is left as plain lines and listed in ``Source.oversized``."""
    lines = split_lines(text if isinstance(text, str) else str(text))
    try:
        return _parse(lines, _marks(lines), path, limits)
    except Exception as error:  # a reader must degrade to plain lines, not crash
        return Source(
            path=path,
            lines=lines,
            stripped=tuple(" ".join(line.split()) for line in lines),
            problems=(f"{type(error).__name__}: {error}",),
        )


def _marks(lines: Sequence[str]) -> list[Markup]:
    """Markup-stripped text of every line, carrying multi-line bold across a paragraph."""
    marks: list[Markup] = []
    bold_open = False
    for raw in lines:
        if not raw or raw.isspace():
            # Bold never spans a blank line, and a blank line strips to nothing.
            marks.append(_BLANK)
            bold_open = False
            continue
        if "\t" in raw:
            # Table rows are read cell by cell.
            bold_open = False
        mark = strip_markup(raw, bold_open)
        marks.append(mark)
        bold_open = mark.bold_open and "\t" not in raw
    return marks


def _parse(lines: tuple[str, ...], marks: list[Markup], path: str, limits: Limits) -> Source:
    texts = [mark.text for mark in marks]
    formulas = formula_lines(lines)
    html, regions = html_tables(lines)
    claimed = set(formulas)
    for first, last in regions:
        claimed.update(range(first, last + 1))
    grids = grid_tables(lines, claimed.__contains__)
    claimed |= grids.lines
    # A pandoc table's dash lines frame it: it is whole, never a fragment to join.
    pandoc = pandoc_tables(lines, claimed.__contains__)
    claimed |= pandoc.lines

    def tabular(number: int) -> bool:
        raw = lines[number - 1]
        return number not in claimed and ("\t" in raw or raw.lstrip().startswith("|"))

    furniture = page_header_lines(lines, texts, tabular)
    blocked = claimed | furniture
    tab = tab_fragments(lines, blocked.__contains__, limits.table_rows)
    in_tab = within_tables(tab.tables)
    fragments = tab.tables + pipe_fragments(
        lines, lambda number: number in blocked or in_tab(number)
    )
    fragments += grids.tables + _layout_fragments(lines, blocked, fragments, furniture)
    joined = join_fragments(fragments, texts, furniture.__contains__, is_header_row)
    readable, oversized = _limited([*joined, *html, *pandoc.tables], limits, tab.unread)
    tables = sorted(
        [table for table in readable if len(table.rows) >= _MIN_ROWS or table.shape == "html"],
        key=lambda table: table.line,
    )
    tables = _with_captions(tables, texts, furniture, claimed)
    occupied = claimed | furniture | _lines_of(tables)
    return Source(
        path=path,
        lines=lines,
        headings=find_headings(lines, marks, occupied.__contains__),
        tables=tuple(tables),
        page_header_lines=furniture,
        formula_lines=formulas,
        stripped=tuple(texts),
        oversized=tuple(oversized),
    )


def _layout_fragments(
    lines: Sequence[str],
    blocked: set[int] | frozenset[int],
    fragments: Sequence[Table],
    furniture: frozenset[int],
) -> list[Table]:
    """Space-aligned tables, among the lines no other reader took (``furniture`` tells
    where a page breaks)."""
    in_fragment = within_tables(fragments)
    return layout_tables(
        lines, lambda number: number in blocked or in_fragment(number), furniture.__contains__
    )


def _limited(
    tables: Sequence[Table], limits: Limits, unread: Mapping[int, int]
) -> tuple[list[Table], list[Oversized]]:
    """``tables`` split into those within ``limits`` and the oversized ones.

    A table holding a sketched tab fragment is beyond the row limit: its rows are those
    it holds plus those the sketch left out.
    """
    starts = sorted(unread)
    readable: list[Table] = []
    oversized: list[Oversized] = []
    for table in tables:
        held = starts[bisect_left(starts, table.line) : bisect_right(starts, table.end_line)]
        if held:
            rows = len(table.rows) + sum(unread[line] for line in held)
            oversized.append(Oversized(table.line, table.end_line, rows, table.width))
            continue
        kept, beyond = within_limits([table], limits)
        readable += kept
        oversized += beyond
    return readable, oversized


def _lines_of(tables: Sequence[Table]) -> set[int]:
    covered: set[int] = set()
    for table in tables:
        covered.update(range(table.line, table.end_line + 1))
    return covered


def _with_captions(
    tables: list[Table], texts: Sequence[str], furniture: frozenset[int], claimed: set[int]
) -> list[Table]:
    # A caption search stops at another table or a formula: neither names this table.
    occupied = _lines_of(tables) | claimed
    under: dict[int, tuple[str, int]] = {}
    if captions_below(tables, texts, furniture.__contains__, occupied.__contains__):
        # Each table takes the caption under it; no other table takes that one.
        for table in tables:
            found = caption_under(table, texts, furniture.__contains__, occupied.__contains__)
            if found is not None:
                under[table.line] = found
        occupied |= {line for _, line in under.values()}
    result: list[Table] = []
    for table in tables:
        if table.caption is None:
            caption, line = under.get(table.line) or find_caption(
                table, texts, furniture.__contains__, occupied.__contains__
            )
            table = replace(table, caption=caption, caption_line=line)
        result.append(table)
    return result
