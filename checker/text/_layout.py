"""Tables whose columns are aligned with spaces (``pdftotext -layout`` and the like).

Such a converter writes each line of the page at its place: a table row is its cells
side by side, separated by runs of spaces, with no tab or bar to say where a cell ends.
A reader sees the columns as the strips of the page that no row writes in. So does
this module: a table opens at a line of column names (three or more, apart by two
spaces at least), takes the lines under it up to a blank line, and its columns are the
spans its rows write in, split where every row leaves two spaces or more blank. A
paragraph never opens one (its words are no column names), nor does a table of
contents (its dot leaders join title and page into one text).

The header may wrap onto a second line ('Target' over '2023', 'Capaian' over '(%)');
cells of the body wrap as ``_wrapped`` reads them. A table cut by a page break is two
fragments here, joined later by ``_pages`` (a repeated header is dropped there), unless
the next page goes on without a header: then no column names open a fragment there, and
the rows at the top of that page, after its furniture, are taken into the table here
when they write in its column strips.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import NamedTuple

from ._pages import is_page_edge
from ._source import Cell, Row, Table
from ._tables import is_header_row, is_numbering_row
from ._wrapped import PhysicalLine, figure_columns, merged_row, wrapped_rows

__all__ = ["layout_tables"]

# A run of text in which no two spaces meet: one cell's text on one line.
_SEGMENT = re.compile(r"\S+(?: \S+)*")
_DOT_LEADER = re.compile(r"(?:\.\s?){4,}")
_PARENTHESISED = re.compile(r"\([^)]*\)")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_MIN_COLUMNS = 3
_MIN_GUTTER = 2
# Wider than any table a page holds (the text layer names a table of more than its
# column limit, 200, without reading it); a wider block is not cut into cells at all.
_MAX_COLUMNS = 256
# A header wraps onto two lines, three at most; more lines without figures are rows.
_MAX_HEADER_LINES = 4
# Lines a page break puts between a table's last row on one page and its next row on
# the next: blank lines, a page number, a running title (as ``_pages`` allows).
_MAX_PAGE_GAP = 12


class _Segment(NamedTuple):
    start: int
    end: int
    text: str


def _segments(raw: str) -> list[_Segment]:
    return [_Segment(match.start(), match.end(), match.group()) for match in _SEGMENT.finditer(raw)]


def _is_column_names(raw: str) -> bool:
    """A line of three or more column names apart by two spaces or more."""
    # Each gap between two names holds two spaces: most lines (prose) have too few gaps.
    if raw.strip().count("  ") < _MIN_COLUMNS - 1 or _DOT_LEADER.search(raw):
        return False
    segments = _segments(raw)
    if len(segments) < _MIN_COLUMNS:
        return False
    row = Row(tuple(Cell(segment.text, segment.text, 0) for segment in segments), 0, 0, False)
    return is_header_row(row) and not is_numbering_row(row)


def layout_tables(
    lines: Sequence[str],
    blocked: Callable[[int], bool],
    furniture: Callable[[int], bool],
) -> list[Table]:
    """Every space-aligned table of ``lines`` that no other reader has taken, as one
    fragment per run of its lines (a run going on, headerless, past a page break
    included; ``furniture`` tells the lines of page furniture, 1-based)."""
    tables: list[Table] = []
    index = 0
    while index < len(lines):
        if not _free(lines, index, blocked) or not _is_column_names(lines[index]):
            index += 1
            continue
        stop = _block_end(lines, index, blocked)
        numbers = list(range(index, stop))
        while (carried := _carried_over(lines, numbers, blocked, furniture)) is not None:
            numbers += carried
        table = _table(lines, numbers)
        if table is not None:
            tables.append(table)
        index = numbers[-1] + 1
    return tables


def _free(lines: Sequence[str], index: int, blocked: Callable[[int], bool]) -> bool:
    raw = lines[index]
    return bool(raw.strip()) and "\t" not in raw and not blocked(index + 1)


def _block_end(lines: Sequence[str], start: int, blocked: Callable[[int], bool]) -> int:
    """The index after the table opened at ``start``: its lines run to a blank line, a
    line another reader took, a dot leader, or the column names of the next table."""
    index = start + 1
    body_seen = False
    while index < len(lines) and _free(lines, index, blocked):
        raw = lines[index]
        if _DOT_LEADER.search(raw):
            break
        if _is_column_names(raw):
            if body_seen:
                break
        else:
            body_seen = True
        index += 1
    return index


def _carried_over(
    lines: Sequence[str],
    numbers: Sequence[int],
    blocked: Callable[[int], bool],
    furniture: Callable[[int], bool],
) -> list[int] | None:
    """The lines (0-based) at the top of the next page that go on with the table of
    lines ``numbers``, else None.

    Only a page break lies between (blank lines and page furniture, one of them at
    least), no column names open the lines (those are a new table, or a repeated
    header that ``_pages`` joins), every text of theirs stands in one column strip of
    the table, and one of them opens a row (a figure column filled, beside another
    cell): a paragraph or a note written across the strips is no row of the table.
    """
    index, page_break = numbers[-1] + 1, False
    while index < len(lines) and index - numbers[-1] <= _MAX_PAGE_GAP:
        raw = lines[index]
        if furniture(index + 1) or is_page_edge(raw):
            page_break = True
        elif raw.strip():
            break
        index += 1
    if not page_break or index >= len(lines) or index - numbers[-1] > _MAX_PAGE_GAP:
        return None
    if not _free(lines, index, blocked) or _is_column_names(lines[index]):
        return None
    # Its run ends at column names, as a table's body does (they open the next table).
    carried = list(range(index, _block_end(lines, index, blocked)))
    return carried if _fits(lines, numbers, carried) else None


def _fits(lines: Sequence[str], numbers: Sequence[int], carried: Sequence[int]) -> bool:
    """Do the ``carried`` lines write in the column strips of the table of ``numbers``?"""
    head_count = _header_lines(lines, numbers[0], _first_run_end(numbers))
    head = [_segments(lines[number]) for number in numbers[:head_count]]
    body = [_segments(lines[number]) for number in numbers[head_count:]]
    if not body:
        return False
    columns = _columns(body, head)
    added = [_segments(lines[number]) for number in carried]
    if len(_columns([*body, *added], head)) != len(columns):
        return False
    if any(
        sum(1 for span in columns if _overlap(segment, span)) != 1
        for segments in added
        for segment in segments
    ):
        return False
    keys = figure_columns(
        PhysicalLine(number, _cut(segments, columns)) for number, segments in enumerate(body)
    )
    cut = [_cut(segments, columns) for segments in added]
    return any(
        sum(1 for text in texts if text) >= 2 and any(texts[key] for key in keys)
        for texts in cut
    )


def _table(lines: Sequence[str], numbers: Sequence[int]) -> Table | None:
    """The table of lines ``numbers`` (0-based, in order; a page's furniture left out),
    if its lines fall into three columns or more."""
    segmented = [(index + 1, _segments(lines[index])) for index in numbers]
    head_count = _header_lines(lines, numbers[0], _first_run_end(numbers))
    head, body = segmented[:head_count], segmented[head_count:]
    if not body:
        return None
    columns = _columns([segments for _, segments in body], [segments for _, segments in head])
    if not _MIN_COLUMNS <= len(columns) <= _MAX_COLUMNS:
        return None
    width = len(columns)
    head_lines = [PhysicalLine(number, _cut(segments, columns)) for number, segments in head]
    body_lines = [PhysicalLine(number, _cut(segments, columns)) for number, segments in body]
    rows = [merged_row(head_lines, width)]
    rows += wrapped_rows(body_lines, figure_columns(body_lines), width)
    return Table(
        rows=tuple(rows), header_rows=1, line=numbers[0] + 1, end_line=numbers[-1] + 1,
        shape="layout",
    )


def _first_run_end(numbers: Sequence[int]) -> int:
    """The index after the lines of the table's first page: its header is among them."""
    for at in range(1, len(numbers)):
        if numbers[at] != numbers[at - 1] + 1:
            return numbers[at - 1] + 1
    return numbers[-1] + 1


def _header_lines(lines: Sequence[str], start: int, stop: int) -> int:
    """How many lines the header takes: its first line, and the lines under it that
    name columns too ('2021  2022', '2023 (%)', 'Ditunjang'), holding no figure."""
    count = 1
    while start + count < stop and count < _MAX_HEADER_LINES:
        segments = _segments(lines[start + count])
        cells = tuple(Cell(segment.text, segment.text, 0) for segment in segments)
        names = all(_names_a_column(cell.text) for cell in cells)
        if not (names or is_header_row(Row(cells, 0, 0, False))):
            break
        count += 1
    return count


def _names_a_column(text: str) -> bool:
    """No figure but a year: '(%)', 'Ditunjang', '2023', '2023 (%)'."""
    bare = _PARENTHESISED.sub(" ", text).split()
    return all(_YEAR.match(word) or not any(char.isdigit() for char in word) for word in bare)


def _columns(
    body: Sequence[Sequence[_Segment]], head: Sequence[Sequence[_Segment]]
) -> list[tuple[int, int]]:
    """The spans the body writes in, split at gutters of two blank places or more; a
    header name standing over no span of the body (a column left blank on this
    page but for its name) is a column of its own."""
    written: set[int] = set()
    for segments in body:
        for segment in segments:
            written.update(range(segment.start, segment.end))
    spans: list[tuple[int, int]] = []
    for position in sorted(written):
        if spans and position - spans[-1][1] < _MIN_GUTTER:
            spans[-1] = (spans[-1][0], position + 1)
        else:
            spans.append((position, position + 1))
    for segments in head:
        for segment in segments:
            if not any(_overlap(segment, span) for span in spans):
                spans.append((segment.start, segment.end))
    return sorted(spans)


def _overlap(segment: _Segment, span: tuple[int, int]) -> int:
    return max(0, min(segment.end, span[1]) - max(segment.start, span[0]))


def _cut(segments: Sequence[_Segment], columns: Sequence[tuple[int, int]]) -> tuple[str, ...]:
    """The line's texts by column: each run of text goes to the column it overlaps most
    (to the nearest one when it overlaps none, as a header name wider than its column)."""
    starts = [start for start, _ in columns]
    texts: list[list[str]] = [[] for _ in columns]
    for segment in segments:
        texts[_column_of(segment, columns, starts)].append(segment.text)
    return tuple(" ".join(parts) for parts in texts)


def _column_of(segment: _Segment, columns: Sequence[tuple[int, int]], starts: list[int]) -> int:
    """The column ``segment`` overlaps most, the leftmost of equals; else the nearest."""
    after = bisect_left(starts, segment.end)  # the first column starting after it
    best, most = -1, 0
    index = after - 1
    while index >= 0 and columns[index][1] > segment.start:
        overlap = _overlap(segment, columns[index])
        if overlap >= most:
            best, most = index, overlap
        index -= 1
    if best >= 0:
        return best
    # Columns do not overlap one another, so the nearest lies right before or after.
    near = [index for index in (after - 1, after) if 0 <= index < len(columns)]
    return min(near, key=lambda index: _distance(segment, columns[index]))


def _distance(segment: _Segment, span: tuple[int, int]) -> int:
    if segment.end <= span[0]:
        return span[0] - segment.end
    if segment.start >= span[1]:
        return segment.start - span[1]
    return 0
