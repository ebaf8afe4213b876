"""The immutable result of reading a text report: lines, headings and tables.

Every position is a 1-based line number of the input file, so a finding can point a
reviewer at the exact line they will see in their editor.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from ._markup import strip_markup

__all__ = ["Cell", "Heading", "Oversized", "Row", "Source", "Table", "within_tables"]


# A report's tables hold thousands of cells and hundreds of rows. The ``__init__`` a
# frozen dataclass generates sets each field through ``object.__setattr__``; Cell and Row
# write their fields into the instance's ``__dict__`` instead, in the order of the fields,
# at a fraction of the cost. Everything else (frozen, repr, equality, hash,
# ``dataclasses.replace``) is the dataclass's own.


@dataclass(frozen=True, init=False)
class Cell:
    """One cell of a table; ``raw`` is the file's text, ``text`` the readable value."""

    text: str
    raw: str
    line: int
    bold: bool = False
    colspan: int = 1
    spanned: bool = False
    rowspan: int = 1

    def __init__(self, text: str, raw: str, line: int, bold: bool = False, colspan: int = 1,
                 spanned: bool = False, rowspan: int = 1) -> None:
        fields = self.__dict__
        fields["text"] = text
        fields["raw"] = raw
        fields["line"] = line
        fields["bold"] = bold
        fields["colspan"] = colspan
        fields["spanned"] = spanned
        fields["rowspan"] = rowspan


@dataclass(frozen=True, init=False)
class Row:
    """A table row; ``bold`` marks a row printed wholly in bold (a subtotal signal)."""

    cells: tuple[Cell, ...]
    line: int
    end_line: int
    bold: bool

    def __init__(self, cells: tuple[Cell, ...], line: int, end_line: int, bold: bool) -> None:
        fields = self.__dict__
        fields["cells"] = cells
        fields["line"] = line
        fields["end_line"] = end_line
        fields["bold"] = bold

    @property
    def texts(self) -> tuple[str, ...]:
        return tuple(cell.text for cell in self.cells)

    def cell(self, index: int) -> Cell | None:
        """The cell at ``index`` or None when the row is shorter (ragged tab rows)."""
        return self.cells[index] if -len(self.cells) <= index < len(self.cells) else None


@dataclass(frozen=True)
class Table:
    """A table in one of the shapes converters produce: 'tab', 'pipe' or 'html'."""

    rows: tuple[Row, ...]
    header_rows: int
    line: int
    end_line: int
    shape: str
    caption: str | None = None
    caption_line: int | None = None
    # True when the table was assembled from several fragments (page break, blank line,
    # repeated header row); ``dropped_lines`` lists repeated header rows left out.
    continued_from_page_break: bool = False
    dropped_lines: tuple[int, ...] = ()

    @property
    def width(self) -> int:
        return max((len(row.cells) for row in self.rows), default=0)

    @property
    def header(self) -> tuple[Row, ...]:
        return self.rows[: self.header_rows]

    @property
    def body(self) -> tuple[Row, ...]:
        return self.rows[self.header_rows :]

    def column(self, index: int) -> list[Cell]:
        """The cells of column ``index``; rows too short to reach it are skipped."""
        return [cell for row in self.rows if (cell := row.cell(index)) is not None]


@dataclass(frozen=True)
class Heading:
    """A section heading; ``level`` 1 is a chapter (BAB) or front/back matter."""

    text: str
    line: int
    level: int
    style: str
    number: str | None = None
    end_line: int = 0

    def __post_init__(self) -> None:
        if self.end_line < self.line:
            # A frozen dataclass needs object.__setattr__ to default a field to another.
            object.__setattr__(self, "end_line", self.line)


@dataclass(frozen=True)
class Oversized:
    """A table beyond the limits of :mod:`checker.text._limits`, left unread: its lines,
    its rows and its widest row."""

    line: int
    end_line: int
    rows: int
    columns: int


@dataclass(frozen=True)
class Source:
    """The whole document: its lines exactly as read, plus the structure found in them."""

    path: str
    lines: tuple[str, ...]
    headings: tuple[Heading, ...] = ()
    tables: tuple[Table, ...] = ()
    page_header_lines: frozenset[int] = frozenset()
    formula_lines: frozenset[int] = frozenset()
    # Stripped text of every line, computed once by the parser (same length as lines).
    stripped: tuple[str, ...] = field(default=(), repr=False, compare=False)
    # Doubts the reader had about the input (for findings of category `input`).
    problems: tuple[str, ...] = ()
    # Tables beyond the limits of :mod:`checker.text._limits`, left as plain lines.
    oversized: tuple[Oversized, ...] = ()

    def line(self, number: int) -> str:
        """The raw text of 1-based line ``number`` ('' when out of range)."""
        return self.lines[number - 1] if 1 <= number <= len(self.lines) else ""

    def text(self, number: int) -> str:
        """The markup-stripped text of 1-based line ``number`` ('' when out of range)."""
        if not 1 <= number <= len(self.lines):
            return ""
        if number <= len(self.stripped):
            return self.stripped[number - 1]
        return strip_markup(self.lines[number - 1]).text

    def table_at(self, number: int) -> Table | None:
        """The table whose line span contains line ``number``, if any (the first of the
        tables, in order, when spans overlap)."""
        return self._table_by_line.get(number)

    def caption_at(self, number: int) -> Table | None:
        """The table whose caption stands on line ``number``, if any."""
        return self._table_by_caption_line.get(number)

    @cached_property
    def _table_by_caption_line(self) -> dict[int, Table]:
        return {table.caption_line: table for table in reversed(self.tables)
                if table.caption_line is not None}

    @cached_property
    def _table_by_line(self) -> dict[int, Table]:
        # Built once: a scan of every table for each line asked about grew with the
        # square of the document's size.
        by_line: dict[int, Table] = {}
        for table in self.tables:
            for number in range(table.line, table.end_line + 1):
                by_line.setdefault(number, table)
        return by_line

    def text_lines(self) -> Iterator[tuple[int, str]]:
        """(line, markup-stripped text) of non-blank lines outside tables and page headers.

        An oversized table is no narrative either: its rows are named, never read."""
        return iter(self._text_lines)

    @cached_property
    def _text_lines(self) -> tuple[tuple[int, str], ...]:
        # Built once: the meta, claims, links and scale readers each walk the narrative.
        inside = within_tables((*self.tables, *self.oversized))
        return tuple(
            (number, text)
            for number in range(1, len(self.lines) + 1)
            if not inside(number) and number not in self.page_header_lines
            and (text := self.text(number))
        )


def within_tables(tables: Sequence[Table | Oversized]) -> Callable[[int], bool]:
    """Whether a line lies within one of ``tables`` (in any order, overlapping or not): a
    search of their merged spans, so a table of a million lines needs no set of a million
    lines. Shared by the narrative lines here and the table search of the parser."""
    starts: list[int] = []
    ends: list[int] = []
    for table in sorted(tables, key=lambda table: table.line):
        if ends and table.line <= ends[-1] + 1:
            ends[-1] = max(ends[-1], table.end_line)  # overlapping or adjacent spans
        else:
            starts.append(table.line)
            ends.append(table.end_line)

    def within(number: int) -> bool:
        index = bisect_right(starts, number) - 1
        return index >= 0 and number <= ends[index]

    return within
