"""The lines of a table cell as the file breaks them (``<br>``).

A cell's ``text`` joins its lines with a space, which is how most cells are read: a long
name wrapped inside its cell is one name. Some tables list several items in one cell,
one a line (the indicators of a sasaran and their targets in a cascading lampiran, the
kegiatan of a program); the readers of such tables ask for the lines themselves.
"""

from __future__ import annotations

import re

from ._html import strip_tags
from ._markup import strip_markup
from ._source import Cell

__all__ = ["cell_lines"]

_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def cell_lines(cell: Cell) -> tuple[str, ...]:
    """The readable lines of ``cell``, without the empty ones: one per ``<br>`` its raw
    text holds, else its text alone."""
    if "<" not in cell.raw or _BREAK.search(cell.raw) is None:
        return (cell.text,) if cell.text else ()
    parts = (strip_markup(strip_tags(part)).text for part in _BREAK.split(cell.raw))
    return tuple(part for part in parts if part)
