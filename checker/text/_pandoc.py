"""Pandoc's plain-text tables: "simple tables" and "multiline tables".

Pandoc writes a table whose cells are plain text as columns aligned with spaces, and
says where each column lies with a line of dash runs, one run per column, apart by
spaces ('---  ----------  ------'). A reader takes a column to run from the start of its
dashes to the start of the next column's (the last one to the end of the line), and
reads each line's words into the column they stand in. The two kinds:

- a *simple table*: one line of column names, the dash runs under it, then one row a
  line up to a blank line (or to a closing line of dashes followed by a blank line);
- a *multiline table*: a line of dashes over the whole width opens it, the column names
  may wrap over several lines above the dash runs, rows are separated by blank lines (a
  cell wraps over several lines within its column), and a line of dashes over the whole
  width closes it.

Either may have no header: then the dash runs open the table and a line of dashes
closes it; rows separated by blank lines are multiline rows, else each line is a row.
A caption is a paragraph that opens with 'Table:' (or 'table:', or ':') right before
the table or right after it, blank lines apart; a caption before is the table's own,
one after is taken when there is none before.

Such a table has a visible frame, so its lines are claimed before the tab, pipe and
space-aligned readers look (as a grid's are): the dash lines are no cell text and no
table title, and the blank line between two rows does not end the table.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import NamedTuple

from ._markup import strip_markup
from ._source import Row, Table
from ._tables import header_row_count
from ._wrapped import PhysicalLine, merged_row

__all__ = ["PandocTables", "pandoc_tables"]

# One dash run per column, apart by spaces; at least two columns. A run of single
# dashes ('- - -') is a markdown rule, not a table.
_COLUMN_DASHES = re.compile(r"^ *-+(?: +-+)+ *$")
# The full-width line that opens and closes a multiline table.
_FULL_DASHES = re.compile(r"^ *-{3,} *$")
_DASH_RUN = re.compile(r"-+")
_WORD = re.compile(r"\S+")
_CAPTION = re.compile(r"^\s*(?:table:|:(?=\s))\s*", re.IGNORECASE)
# Wider than any table a page holds (the text layer names a table of more than its
# column limit, 200, without reading it); more dash runs are not read as columns.
_MAX_COLUMNS = 256
# Column names wrap over a few lines; more lines before the dash runs are no header.
_MAX_HEADER_LINES = 6
# Rows are separated by one blank line; a longer gap ends the text the table holds.
_MAX_BLANKS = 2
_CAPTION_GAP = 2


class PandocTables(NamedTuple):
    """The pandoc tables of a text and the lines they take (frame and captions)."""

    tables: list[Table]
    lines: frozenset[int]


class _Frame(NamedTuple):
    """Where a table lies (0-based indexes): its first line, the lines of its header,
    its dash runs, its body lines and the index after its last line; ``multiline`` when
    blank lines separate its rows (a row's cells wrap over the lines between)."""

    start: int
    head: range
    dashes: int
    body: range
    stop: int
    multiline: bool


def pandoc_tables(lines: Sequence[str], blocked: Callable[[int], bool]) -> PandocTables:
    """Every pandoc simple or multiline table of ``lines`` no other reader has taken
    (``blocked`` says so of a 1-based line)."""
    frames: list[_Frame] = []
    index = 0
    while index < len(lines):
        frame = _frame_at(lines, index, blocked)
        if frame is None:
            index += 1
            continue
        frames.append(frame)
        index = frame.stop
    return _read(lines, frames)


def _read(lines: Sequence[str], frames: Sequence[_Frame]) -> PandocTables:
    tables: list[Table] = []
    taken: set[int] = set()
    for position, frame in enumerate(frames):
        table = _table(lines, frame)
        if table is None:
            continue
        # A caption lies between this table and its neighbours, none of whose lines it takes.
        floor = frames[position - 1].stop if position else 0
        ceiling = frames[position + 1].start if position + 1 < len(frames) else len(lines)
        caption = _caption(lines, frame, floor, ceiling, taken)
        if caption is not None:
            text, first, last = caption
            table = replace(table, caption=text, caption_line=first + 1)
            taken.update(range(first + 1, last + 2))
        tables.append(table)
        taken.update(range(frame.start + 1, frame.stop + 1))
    return PandocTables(tables, frozenset(taken))


# --- where a table lies --------------------------------------------------------------


def _free(lines: Sequence[str], index: int, blocked: Callable[[int], bool]) -> bool:
    return 0 <= index < len(lines) and "\t" not in lines[index] and not blocked(index + 1)


def _blank(lines: Sequence[str], index: int) -> bool:
    """Out of the text, or a blank line: what stands before and after a table."""
    return not 0 <= index < len(lines) or not lines[index].strip()


def _is_column_dashes(raw: str) -> bool:
    return "-" in raw and bool(_COLUMN_DASHES.match(raw)) and "--" in raw


def _is_dash_line(raw: str) -> bool:
    return "-" in raw and (bool(_FULL_DASHES.match(raw)) or _is_column_dashes(raw))


def _frame_at(lines: Sequence[str], index: int, blocked: Callable[[int], bool]) -> _Frame | None:
    """The table that opens at line ``index`` (after a blank line), if one does."""
    raw = lines[index]
    if not raw.strip() or not _blank(lines, index - 1) or not _free(lines, index, blocked):
        return None
    if _FULL_DASHES.match(raw):
        return _multiline(lines, index, blocked)
    if _is_column_dashes(raw):
        return _headerless(lines, index, blocked)
    if _is_column_dashes_at(lines, index + 1, blocked):
        return _simple(lines, index, blocked)
    return None


def _is_column_dashes_at(lines: Sequence[str], index: int, blocked: Callable[[int], bool]) -> bool:
    return _free(lines, index, blocked) and _is_column_dashes(lines[index])


def _simple(lines: Sequence[str], index: int, blocked: Callable[[int], bool]) -> _Frame | None:
    """A simple table: column names on ``index``, dash runs under them, a row a line."""
    dashes = index + 1
    end = dashes + 1
    while end < len(lines) and lines[end].strip() and _free(lines, end, blocked):
        if _is_dash_line(lines[end]):
            # A closing line of dashes is followed by a blank line.
            if not _blank(lines, end + 1):
                return None
            return _frame(index, range(index, index + 1), dashes, end, end + 1, False)
        end += 1
    if end < len(lines) and lines[end].strip():
        return None  # another reader's line right under the rows
    return _frame(index, range(index, index + 1), dashes, end, end, False)


def _multiline(lines: Sequence[str], index: int, blocked: Callable[[int], bool]) -> _Frame | None:
    """A multiline table: the full-width dashes on ``index``, column names over the dash
    runs, rows apart by blank lines, full-width dashes closing it."""
    dashes = index + 1
    while dashes < len(lines) and dashes - index <= _MAX_HEADER_LINES:
        if not _free(lines, dashes, blocked) or not lines[dashes].strip():
            return None
        if _is_column_dashes(lines[dashes]):
            break
        if _is_dash_line(lines[dashes]):
            return None
        dashes += 1
    else:
        return None
    if dashes == index + 1:
        return None  # full-width dashes right over the dash runs: no names between
    closing = _closing(lines, dashes, blocked)
    if closing is None or not _FULL_DASHES.match(lines[closing]):
        return None
    return _frame(index, range(index + 1, dashes), dashes, closing, closing + 1, True)


def _headerless(lines: Sequence[str], index: int, blocked: Callable[[int], bool]) -> _Frame | None:
    """A table without a header: dash runs on ``index``, rows, a line of dashes."""
    if _blank(lines, index + 1):
        return None
    closing = _closing(lines, index, blocked)
    if closing is None:
        return None
    # Without blank lines between its rows, pandoc reads it as a simple table.
    multiline = any(not lines[number].strip() for number in range(index + 1, closing))
    return _frame(index, range(index, index), index, closing, closing + 1, multiline)


def _closing(lines: Sequence[str], dashes: int, blocked: Callable[[int], bool]) -> int | None:
    """The line of dashes that closes the body under the dash runs on ``dashes``,
    followed by a blank line; None when the body runs into other text first."""
    index = dashes + 1
    blanks = 0
    while index < len(lines) and _free(lines, index, blocked):
        raw = lines[index]
        if not raw.strip():
            blanks += 1
            if blanks > _MAX_BLANKS:
                return None
        elif _is_dash_line(raw):
            if index == dashes + 1 or not _blank(lines, index + 1):
                return None  # no body, or text right under the closing dashes
            return index
        else:
            blanks = 0
        index += 1
    return None


def _frame(
    start: int, head: range, dashes: int, body_end: int, stop: int, multiline: bool
) -> _Frame | None:
    body = range(dashes + 1, body_end)
    return _Frame(start, head, dashes, body, stop, multiline) if len(body) else None


# --- what a table holds --------------------------------------------------------------


def _columns(raw: str) -> list[int]:
    """Where each column starts: at its dash run."""
    return [match.start() for match in _DASH_RUN.finditer(raw)]


def _cut(raw: str, number: int, starts: Sequence[int]) -> PhysicalLine:
    """The line's words by column: each word goes to the column it stands in most (a
    column runs from its dash run to the next one's start)."""
    texts: list[list[str]] = [[] for _ in starts]
    for match in _WORD.finditer(raw):
        texts[_column_of(match.start(), match.end(), starts)].append(match.group())
    return PhysicalLine(number, tuple(" ".join(words) for words in texts))


def _column_of(start: int, end: int, starts: Sequence[int]) -> int:
    first = max(bisect_right(starts, start) - 1, 0)
    last = max(bisect_right(starts, end - 1) - 1, 0)
    best, most = first, -1
    for column in range(first, last + 1):
        right = starts[column + 1] if column + 1 < len(starts) else end
        overlap = min(end, right) - max(start, starts[column])
        if overlap > most:
            best, most = column, overlap
    return best


def _table(lines: Sequence[str], frame: _Frame) -> Table | None:
    starts = _columns(lines[frame.dashes])
    if not 2 <= len(starts) <= _MAX_COLUMNS:
        return None
    width = len(starts)
    head = [_cut(lines[index], index + 1, starts) for index in frame.head]
    rows: list[Row] = [merged_row(head, width)] if head else []
    rows += [merged_row(group, width) for group in _body_groups(lines, frame, starts)]
    header_rows = 1 if head else header_row_count(rows)
    return Table(
        rows=tuple(rows), header_rows=header_rows, line=frame.start + 1, end_line=frame.stop,
        shape="pandoc",
    )


def _body_groups(
    lines: Sequence[str], frame: _Frame, starts: Sequence[int]
) -> list[list[PhysicalLine]]:
    """The body's lines by row: in a multiline table rows apart by blank lines, in a
    simple one a row a line."""
    body = [index for index in frame.body if lines[index].strip()]
    cut = {index: _cut(lines[index], index + 1, starts) for index in body}
    if not frame.multiline:
        return [[cut[index]] for index in body]
    groups: list[list[PhysicalLine]] = [[]]
    for index in frame.body:
        if index in cut:
            groups[-1].append(cut[index])
        elif groups[-1]:
            groups.append([])
    return [group for group in groups if group]


# --- captions ------------------------------------------------------------------------


def _caption(
    lines: Sequence[str], frame: _Frame, floor: int, ceiling: int, taken: set[int]
) -> tuple[str, int, int] | None:
    """The table's caption (its text, first and last line, 0-based): the 'Table: ...'
    paragraph right before it, else the one right after it."""
    before = _paragraph_before(lines, frame.start, floor)
    if before is not None and (before[0] + 1) not in taken:
        found = _caption_text(lines, *before)
        if found is not None:
            return found
    after = _paragraph_after(lines, frame.stop, ceiling)
    return _caption_text(lines, *after) if after is not None else None


def _paragraph_before(lines: Sequence[str], start: int, floor: int) -> tuple[int, int] | None:
    last = start - 1
    while last >= floor and start - last <= _CAPTION_GAP and not lines[last].strip():
        last -= 1
    if last < floor or not lines[last].strip() or last == start - 1:
        return None
    first = last
    while first - 1 >= floor and lines[first - 1].strip():
        first -= 1
    return first, last


def _paragraph_after(lines: Sequence[str], stop: int, ceiling: int) -> tuple[int, int] | None:
    first = stop
    while first < ceiling and first - stop < _CAPTION_GAP and not lines[first].strip():
        first += 1
    if first >= ceiling or not lines[first].strip() or first == stop:
        return None
    last = first
    while last + 1 < ceiling and lines[last + 1].strip():
        last += 1
    return first, last


def _caption_text(lines: Sequence[str], first: int, last: int) -> tuple[str, int, int] | None:
    opening = _CAPTION.match(lines[first])
    if opening is None:
        return None
    parts = [lines[first][opening.end() :], *lines[first + 1 : last + 1]]
    text = strip_markup(" ".join(part.strip() for part in parts)).text
    return (text, first, last) if text else None
