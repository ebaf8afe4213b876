"""The standard library's HTML parser, collecting the rows and cells of one ``<table>``.

Kept apart from :mod:`checker.text._html` so that ``html.parser`` is imported only by a
report that holds an HTML table (most hold none, and the import costs milliseconds).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser

__all__ = ["RawCell", "RawRow", "TableParser"]

# Spans beyond this are converter noise; capping keeps a hostile file from
# allocating a huge grid.
_MAX_SPAN = 64


@dataclass
class RawCell:
    """A cell as the parser met it: where it starts and ends, and its spans."""

    line: int
    start: int
    header: bool
    colspan: int
    rowspan: int
    end: int = -1


@dataclass
class RawRow:
    """A row as the parser met it, with its cells."""

    line: int
    header: bool
    cells: list[RawCell] = field(default_factory=list)
    end_line: int = 0


class TableParser(HTMLParser):
    """Collects rows and cells with their source offsets; nested tables are flattened."""

    def __init__(self, offsets: Sequence[int]) -> None:
        super().__init__(convert_charrefs=False)
        self._offsets = offsets
        self.rows: list[RawRow] = []
        self.caption: tuple[int, int] | None = None
        self._depth = 0
        self._in_head = False
        self._caption_start = -1
        self._cell: RawCell | None = None

    def close(self) -> None:
        """Parse what is left; a cell still open at the end of the text ends there."""
        super().close()
        self._close_cell()

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._offsets[min(line, len(self._offsets)) - 1] + column

    def _tag_end(self) -> int:
        return self._offset() + len(self.get_starttag_text() or "")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._depth += 1
        if self._depth != 1:
            return
        if tag == "thead":
            self._in_head = True
        elif tag == "caption":
            self._caption_start = self._tag_end()
        elif tag == "tr":
            self._close_cell()
            self.rows.append(RawRow(self.getpos()[0], self._in_head))
        elif tag in ("td", "th"):
            self._open_cell(tag, dict(attrs))

    def handle_endtag(self, tag: str) -> None:
        if self._depth == 1:
            if tag in ("td", "th", "tr"):
                self._close_cell()
                if tag == "tr" and self.rows:
                    self.rows[-1].end_line = self.getpos()[0]
            elif tag == "thead":
                self._in_head = False
            elif tag == "caption" and self._caption_start >= 0:
                self.caption = (self._caption_start, self._offset())
                self._caption_start = -1
        if tag == "table":
            self._depth -= 1
            if self._depth == 0:
                self._close_cell()

    def _open_cell(self, tag: str, attrs: dict[str, str | None]) -> None:
        self._close_cell()
        if not self.rows:
            # A cell before any <tr>: converters do drop the first <tr>.
            self.rows.append(RawRow(self.getpos()[0], self._in_head))
        cell = RawCell(
            line=self.getpos()[0],
            start=self._tag_end(),
            header=tag == "th",
            colspan=_span(attrs.get("colspan")),
            rowspan=_span(attrs.get("rowspan")),
        )
        self.rows[-1].cells.append(cell)
        self._cell = cell

    def _close_cell(self) -> None:
        if self._cell is not None:
            self._cell.end = self._offset()
            self._cell = None


def _span(value: str | None) -> int:
    digits = re.match(r"\s*(\d+)", value or "")
    # rowspan="0" means "to the end of the section": the grid clips it to the last row.
    number = int(digits.group(1)) if digits else 1
    return _MAX_SPAN if number == 0 else max(1, min(number, _MAX_SPAN))
