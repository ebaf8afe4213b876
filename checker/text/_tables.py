"""Tab-separated and markdown pipe tables, header rows and captions.

PDF converters write a table row as one line with a tab between cells, or as a markdown
pipe row. A run of such lines is a *fragment*; ``_pages`` later joins fragments that a
page break or a stray blank line cut apart. Empty cells are kept because column positions
carry meaning (``\t\t`` is an empty target column, not nothing).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import pairwise, repeat
from typing import NamedTuple

from ._markup import is_plain, strip_markup
from ._source import Cell, Row, Table

__all__ = [
    "TabFragments",
    "caption_under",
    "captions_below",
    "find_caption",
    "header_row_count",
    "is_header_row",
    "is_label",
    "is_numbering_row",
    "make_row",
    "pipe_fragments",
    "tab_fragments",
]

# Words that name columns in LKjIP tables (lower case, compared per word).
_HEADER_WORDS_TEXT = """
no no. nomor uraian sasaran strategis indikator target realisasi capaian pagu anggaran
program kegiatan sub satuan tahun th th. tujuan kinerja keterangan ket ket. formulasi
formula sumber data penanggung jawab kategori predikat status nama kode keuangan fisik
output outcome iku jabatan eselon rp rp. % bidang urusan analisis solusi skala kriteria
nilai strategi kebijakan sisa selisih bobot kondisi awal akhir renstra rpjmd tingkat
kemajuan efisiensi penilaian klasifikasi persentase prosentase misi visi keluaran
masukan hasil dampak rencana aksi triwulan tw semester periode lokasi pelaksana volume
harga alokasi belanja penanggungjawab jumlah golongan
"""
_HEADER_WORDS = frozenset(_HEADER_WORDS_TEXT.split())
_STOPWORDS = frozenset(
    ("dan", "atau", "yang", "pada", "di", "ke", "dari", "per", "untuk", "dengan")
)
_MAX_HEADER_CELL_WORDS = 8
_HEADER_CELL_WORD = re.compile(r"[\w%.]+")
_YEAR = re.compile(r"^(?:th\.?\s*|tahun\s*)?(?:19|20)\d\d$", re.IGNORECASE)
_DATA = re.compile(r"^[(\-+]?\s*\d")
_NUMBER_TOKEN = re.compile(r"^\(?(\d{1,2})\)?$")
_LABEL_TEXT = r"(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]?|\(?[A-Za-z][.)]?|\(?[IVXLivxl]{1,6}[.)]?)"
_LABEL = re.compile(rf"^{_LABEL_TEXT}$")
# A tab row whose first cell is a label with no markup around it: only a row whose first
# cell is not plain (markup, zero-width) needs that cell stripped to tell whether it
# opens with a label.
_PLAIN_LABEL_ROW = re.compile(rf"\s*{_LABEL_TEXT}\s*\t")
_DASHES = re.compile(r"^[\s\-=:|]*-{2,}[\s\-=:|]*$")
_BULLET = re.compile(r"^\s*(?:[-*+\u2022]\s+)?")
_PIPE_SPLIT = re.compile(r"(?<!\\)\|")
# No two parts can take the same spaces (quadratic backtracking on a long run of them).
_PIPE_SEPARATOR = re.compile(
    r"^\s*(?:[-*+]\s+)?(?:\|\s*)?:?-{2,}:?(?:\s*\|\s*:?-{2,}:?)*\s*(?:\|\s*)?$"
)
# A table with only ' | ' between cells: at least two rows of at least two separators
# (one '|' in a sentence, or one such line, is no table).
_MIN_BARE_SEPARATORS = 2
_MIN_BARE_ROWS = 2
_CAPTION = re.compile(r"^(?:tabel|table)\b", re.IGNORECASE)
_SOURCE_NOTE = re.compile(r"^(?:sumber|source)\b", re.IGNORECASE)
_HASHES = re.compile(r"^#{1,6}\s*")
_MAX_HEADER_ROWS = 4


def is_label(text: str) -> bool:
    """A numbering label such as '1', '1.2.', 'A', 'b)', 'IV.' (not data)."""
    return bool(_LABEL.match(text))


def make_row(cells: Sequence[Cell], line: int, end_line: int | None = None) -> Row:
    """Build a row; it is bold when every non-empty cell but a plain label is bold."""
    filled = [cell for cell in cells if cell.text]
    # A subtotal row often prints its label ('E', 'II.') unbolded beside bold amounts.
    core = [cell for cell in filled if cell.bold or not is_label(cell.text)]
    bold = bool(core) and all(cell.bold for cell in core)
    return Row(tuple(cells), line, line if end_line is None else end_line, bold)


def _cell(raw: str, line: int) -> Cell:
    marked = strip_markup(raw)
    return Cell(text=marked.text, raw=raw, line=line, bold=marked.bold)


# --- tab-separated -----------------------------------------------------------------


def _is_tab_row(raw: str) -> bool:
    return "\t" in raw and bool(raw.strip())


def _is_dash_row(cells: Iterable[Cell]) -> bool:
    """A markdown separator the converter turned into tabs ('--\t---\t--')."""
    texts = [cell.text for cell in cells if cell.text]
    return bool(texts) and all(_DASHES.match(text) for text in texts)


def _may_be_dashes(raw: str) -> bool:
    # A separator needs a '-' in its text, which only '-' or an entity ('&#45;') writes.
    return "-" in raw or "&" in raw


def _is_dash_line(raw: str, number: int) -> bool:
    if not _may_be_dashes(raw):
        return False
    return _is_dash_row(_cell(part, number) for part in raw.split("\t"))


def _tab_row(raw: str, number: int) -> Row:
    parts = raw.split("\t")
    if is_plain(raw):
        # No markup in any cell: each cell's text is its spaces collapsed, and neither a
        # cell nor the row is bold (what stripping each cell would find, at a fraction).
        texts = [" ".join(part.split()) for part in parts]
        return Row(tuple(map(Cell, texts, parts, repeat(number))), number, number, False)
    return make_row(tuple(_cell(part, number) for part in parts), number)


class TabFragments(NamedTuple):
    """The tab fragments of a text, and how many rows each sketch of one leaves out.

    ``unread`` maps the first line of a sketched fragment to the rows left out of it.
    """

    tables: list[Table]
    unread: dict[int, int]


def tab_fragments(
    lines: Sequence[str], blocked: Callable[[int], bool], row_limit: int | None = None
) -> TabFragments:
    """Every run of consecutive tab-separated lines, as one table fragment each.

    A fragment of more than ``row_limit`` rows can only end in a table beyond that limit
    (joining fragments adds rows, and drops no more than the header rows it repeats), and
    such a table is named, never read: the fragment is a sketch of the rows that joining
    looks at (see :func:`_sketch`), so a million rows are never split into cells.
    """
    tables: list[Table] = []
    unread: dict[int, int] = {}
    for numbers in _tab_runs(lines, blocked):
        if row_limit is not None and len(numbers) > row_limit:
            # Separator lines are no rows: only a count without them tells.
            numbers = [n for n in numbers if not _is_dash_line(lines[n - 1], n)]
        if row_limit is not None and len(numbers) > row_limit:
            sketch = _sketch(lines, numbers)
            tables.append(sketch)
            unread[sketch.line] = len(numbers) - len(sketch.rows)
            continue
        rows = [_tab_row(lines[number - 1], number) for number in numbers]
        rows = [
            row for row in rows
            if not (_may_be_dashes(lines[row.line - 1]) and _is_dash_row(row.cells))
        ]
        if rows:
            tables.append(_fragment(rows, "tab"))
    return TabFragments(tables, unread)


def _tab_runs(lines: Sequence[str], blocked: Callable[[int], bool]) -> Iterator[list[int]]:
    """The 1-based line numbers of each run of consecutive tab-separated lines."""
    run: list[int] = []
    for number, raw in enumerate(lines, 1):
        if _is_tab_row(raw) and not blocked(number):
            run.append(number)
        elif run:
            yield run
            run = []
    if run:
        yield run


# Rows a sketch keeps from the top: the header rows (at most four), which a repeated
# header is compared with, and the row under them.
_SKETCH_HEAD = _MAX_HEADER_ROWS + 1


def _sketch(lines: Sequence[str], numbers: Sequence[int]) -> Table:
    """A fragment of the rows on ``numbers`` that joining reads the same as the whole:
    its first rows (header, repeated header, the first row a previous fragment is
    compared with), its widest row (its width) and the last row numbered by a label
    (the numbering a next fragment continues). Its span is the whole fragment's."""
    chosen = set(numbers[:_SKETCH_HEAD])
    chosen.add(max(numbers, key=lambda number: lines[number - 1].count("\t")))
    labelled = _last_labelled(lines, numbers)
    if labelled is not None:
        chosen.add(labelled)
    rows = [_tab_row(lines[number - 1], number) for number in sorted(chosen)]
    return Table(
        rows=tuple(rows),
        header_rows=header_row_count(rows),
        line=numbers[0],
        end_line=numbers[-1],
        shape="tab",
    )


def _last_labelled(lines: Sequence[str], numbers: Sequence[int]) -> int | None:
    """The last of ``numbers`` whose row opens with a numbering label, if any."""
    for number in reversed(numbers):
        raw = lines[number - 1]
        if _PLAIN_LABEL_ROW.match(raw):
            return number
        first_cell = raw.partition("\t")[0]
        if not is_plain(first_cell) and is_label(strip_markup(first_cell).text):
            return number
    return None


def _fragment(rows: list[Row], shape: str, header_rows: int | None = None) -> Table:
    count = header_row_count(rows) if header_rows is None else header_rows
    return Table(
        rows=tuple(rows),
        header_rows=count,
        line=rows[0].line,
        end_line=rows[-1].end_line,
        shape=shape,
    )


# --- markdown pipe -----------------------------------------------------------------


def _is_pipe_row(raw: str) -> bool:
    body = raw[_BULLET.match(raw).end() :] if raw else raw
    return body.startswith("|") and body.count("|") >= 2


def _pipe_cells(raw: str, line: int) -> tuple[Cell, ...]:
    body = raw[_BULLET.match(raw).end() :].strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    cells = (_cell(part.strip(), line) for part in _PIPE_SPLIT.split(body))
    # '\|' is a literal bar inside a cell; the raw keeps the escape, the text does not.
    return tuple(
        replace(cell, text=cell.text.replace("\\|", "|")) if "\\|" in cell.text else cell
        for cell in cells
    )


def _pipe_candidates(lines: Sequence[str], blocked: Callable[[int], bool]) -> list[bool]:
    """Which lines belong to pipe tables, including tables written without outer pipes."""
    marks = [False] * len(lines)
    for index, raw in enumerate(lines):
        if "|" not in raw or blocked(index + 1):
            continue
        if _is_pipe_row(raw):
            marks[index] = True
        elif _PIPE_SEPARATOR.match(raw):
            marks[index] = True
            _mark_bare_pipe_rows(lines, marks, index, blocked)
    return marks


def _mark_bare_pipe_rows(
    lines: Sequence[str], marks: list[bool], separator: int, blocked: Callable[[int], bool]
) -> None:
    """'a | b' over '---|---': the header above and the '|' lines below are the table."""
    if separator > 0 and "|" in lines[separator - 1] and not blocked(separator):
        marks[separator - 1] = True
    below = separator + 1
    while below < len(lines) and "|" in lines[below] and not blocked(below + 1):
        marks[below] = True
        below += 1


def pipe_fragments(lines: Sequence[str], blocked: Callable[[int], bool]) -> list[Table]:
    """Every run of markdown pipe rows; the rows above a '|---|' line are header rows.

    A table written with only ' | ' between cells (no outer pipes, no '|---|' line) is
    read too (see :func:`_bare_tables`); its lines are no markdown rows.
    """
    marks = _pipe_candidates(lines, blocked)
    fragments = _bare_tables(lines, blocked)
    for table in fragments:
        marks[table.line - 1 : table.end_line] = [False] * (table.end_line - table.line + 1)
    index = 0
    while index < len(lines):
        if not marks[index]:
            index += 1
            continue
        start = index
        while index < len(lines) and marks[index]:
            index += 1
        fragment = _pipe_fragment(lines, start, index)
        if fragment is not None:
            fragments.append(fragment)
    return fragments


def _pipe_fragment(lines: Sequence[str], start: int, stop: int) -> Table | None:
    rows: list[Row] = []
    header_rows: int | None = None
    for index in range(start, stop):
        raw = lines[index]
        if _PIPE_SEPARATOR.match(raw):
            # Only a separator near the top delimits the header; later ones are noise.
            if header_rows is None and len(rows) <= _MAX_HEADER_ROWS:
                header_rows = len(rows)
            continue
        rows.append(make_row(_pipe_cells(raw, index + 1), index + 1))
    if not rows:
        return None
    fragment = _fragment(rows, "pipe", header_rows)
    if _PIPE_SEPARATOR.match(lines[stop - 1]):
        # A header whose '|---|' line is followed by a blank line before the body: the
        # fragment ends at its separator, so only the blank line parts it from its body.
        return replace(fragment, end_line=stop)
    return fragment


def _bare_separators(raw: str) -> int:
    """How many unescaped '|' a line holds, as a candidate row of a bare pipe table."""
    if "|" not in raw or _PIPE_SEPARATOR.match(raw):
        return 0
    return len(_PIPE_SPLIT.split(raw)) - 1


def _bare_tables(lines: Sequence[str], blocked: Callable[[int], bool]) -> list[Table]:
    """Tables written 'No | Sasaran | Target' with no outer pipes and no '|---|' line.

    A run of two or more consecutive lines with the same number (two or more) of '|' is
    one when a header row is among them. Every '|' separates two cells, so a row that
    opens with ' | ' has an empty first cell (which a markdown row would not). A run that
    only holds markdown rows, or sits on a '|---|' line, is the markdown reader's.
    """
    tables: list[Table] = []
    index = 0
    while index < len(lines):
        # A line without '|' has no separator: most lines need no test of being blocked.
        raw = lines[index]
        count = 0 if "|" not in raw or blocked(index + 1) else _bare_separators(raw)
        stop = index + 1
        if count < _MIN_BARE_SEPARATORS:
            index = stop
            continue
        while (
            stop < len(lines)
            and not blocked(stop + 1)
            and _bare_separators(lines[stop]) == count
        ):
            stop += 1
        table = _bare_table(lines, index, stop)
        if table is not None:
            tables.append(table)
        index = stop
    return tables


def _bare_table(lines: Sequence[str], start: int, stop: int) -> Table | None:
    """The bare pipe table on lines ``start`` to ``stop`` (0-based, end excluded), if so."""
    if stop - start < _MIN_BARE_ROWS or _touches_separator(lines, start, stop):
        return None
    if all(_is_pipe_row(lines[index]) for index in range(start, stop)):
        return None
    rows = [
        make_row(_bare_cells(lines[index], index + 1), index + 1)
        for index in range(start, stop)
    ]
    if not any(is_header_row(row) for row in rows):
        return None
    return _fragment(rows, "pipe")


def _touches_separator(lines: Sequence[str], start: int, stop: int) -> bool:
    """Is the run right under or over a '|---|' line (a table the markdown reader reads)?"""
    above = lines[start - 1] if start > 0 else ""
    below = lines[stop] if stop < len(lines) else ""
    return any("|" in raw and _PIPE_SEPARATOR.match(raw) for raw in (above, below))


def _bare_cells(raw: str, line: int) -> tuple[Cell, ...]:
    cells = (_cell(part.strip(), line) for part in _PIPE_SPLIT.split(raw))
    # '\|' is a literal bar inside a cell; the raw keeps the escape, the text does not.
    return tuple(
        replace(cell, text=cell.text.replace("\\|", "|")) if "\\|" in cell.text else cell
        for cell in cells
    )


# --- header rows ---------------------------------------------------------------------


def _is_header_cell(text: str) -> bool:
    """A column name: short, and at least half of its words are column-name words.

    'Sasaran Program' is a name; 'Program Penunjang Urusan Pemerintah Daerah' is a value
    that happens to contain one (key/value tables put such pairs side by side).
    """
    if _YEAR.match(text):
        return True
    words = [word for word in _HEADER_CELL_WORD.findall(text.lower()) if word not in _STOPWORDS]
    if not words or len(words) > _MAX_HEADER_CELL_WORDS:
        return False
    named = sum(1 for word in words if word in _HEADER_WORDS or word.rstrip(".") in _HEADER_WORDS)
    return named * 2 >= len(words)


def is_numbering_row(row: Row) -> bool:
    """The '1 2 3 4' (or '(1) (2) (3)') row that numbers the columns under a header."""
    tokens = [token for cell in row.cells for token in cell.text.split()]
    numbers: list[int] = []
    for token in tokens:
        match = _NUMBER_TOKEN.match(token)
        if match is None:
            return False
        numbers.append(int(match.group(1)))
    if len(numbers) < 3 or numbers[0] > 2:
        return False
    return all(later > earlier for earlier, later in pairwise(numbers))


def is_header_row(row: Row) -> bool:
    """Most filled cells are column names (or years) and none holds data."""
    texts = [cell.text for cell in row.cells if cell.text]
    if not texts:
        return False
    if any(_DATA.match(text) and not _YEAR.match(text) for text in texts):
        return False
    named = sum(1 for text in texts if _is_header_cell(text))
    return named * 5 >= len(texts) * 3


def header_row_count(rows: Sequence[Row]) -> int:
    """How many leading rows are header rows; a column-number row closes the header."""
    count = 0
    for row in rows[:_MAX_HEADER_ROWS]:
        if is_numbering_row(row):
            return count + 1
        if not is_header_row(row):
            break
        count += 1
    return count


# --- captions ------------------------------------------------------------------------

_CAPTION_LOOKBACK = 10
_CAPTION_GAP = 3  # blank lines between a table and its caption, at most
_CAPTION_PARTS = 4
_CAPTION_WORDS = 20
_TITLE_WORDS = 15
# The number of a list item ("7)", "7.", "(7)") before the words it labels: a report
# numbers the points of each sasaran's analysis so, the last being the title of a table.
_ITEM_NUMBER = re.compile(r"^(?:\(?\d{1,2}\)|\d{1,2}\.)\s+(?=[^\W\d_])")


def captions_below(
    tables: Sequence[Table], texts: Sequence[str], skip: Callable[[int], bool],
    occupied: Callable[[int], bool],
) -> bool:
    """Does the report caption its tables below them (the 'Tabel ...' line, often with a
    'Sumber: ...' line, under the table)? It does when more of its tables have a caption
    right under them than right above them: its habit decides whose a caption between
    two tables is."""
    under = over = 0
    for table in tables:
        below = _next_text(table.end_line, 1, texts, skip, occupied)
        caption_below = below is not None and bool(_CAPTION.match(below[1]))
        caption_above = _captioned_above(table.line, texts, skip, occupied)
        under += caption_below and not caption_above
        over += caption_above and not caption_below
    return under > over


def _captioned_above(
    line: int, texts: Sequence[str], skip: Callable[[int], bool],
    occupied: Callable[[int], bool],
) -> bool:
    """Is the table on ``line`` headed by a 'Tabel ...' caption: that line, then only
    the rest of its title (no source note, no sentence) down to the table?"""
    number = line
    for _ in range(_CAPTION_PARTS):
        found = _next_text(number, -1, texts, skip, occupied)
        if found is None:
            return False
        number, text = found
        text = _HASHES.sub("", text)
        if _CAPTION.match(text):
            return True
        if not _is_title(text) or _SOURCE_NOTE.match(text):
            return False
    return False


def _next_text(
    line: int, step: int, texts: Sequence[str], skip: Callable[[int], bool],
    occupied: Callable[[int], bool],
) -> tuple[int, str] | None:
    """The first non-blank line from ``line`` on (``step`` 1: down, -1: up), within a few
    blank lines; None at another table."""
    number = line + step
    while 1 <= number <= len(texts) and abs(number - line) <= _CAPTION_GAP:
        if occupied(number):
            return None
        if texts[number - 1] and not skip(number):
            return number, texts[number - 1]
        number += step
    return None


def caption_under(
    table: Table, texts: Sequence[str], skip: Callable[[int], bool],
    occupied: Callable[[int], bool],
) -> tuple[str, int] | None:
    """In a report that captions below: the line right under the table when it is a
    'Tabel ...' caption, or a short title with its 'Sumber: ...' note under it."""
    below = _next_text(table.end_line, 1, texts, skip, occupied)
    if below is None:
        return None
    number, text = below
    if _CAPTION.match(text):
        return text, number
    note = _next_text(number, 1, texts, skip, occupied)
    if _is_title(text) and note is not None and _SOURCE_NOTE.match(note[1]):
        return text, number
    return None


def find_caption(
    table: Table,
    texts: Sequence[str],
    skip: Callable[[int], bool],
    occupied: Callable[[int], bool],
) -> tuple[str | None, int | None]:
    """The 'Tabel ...' caption above the table (or just below it), else a title above.

    ``texts`` are the stripped lines; ``skip`` says a line is a page header to look
    through; ``occupied`` says a line belongs to a table (a caption below this table that
    is followed by another table belongs to that one). In a report that captions below
    (:func:`captions_below`), the caption under a table is looked for first
    (:func:`caption_under`) and ``occupied`` also holds the captions taken so.
    """
    above = [
        (number, _HASHES.sub("", text))
        for number, text in _lines_above(table.line, texts, skip, occupied)
    ]
    for position, (number, text) in enumerate(above):
        if _CAPTION.match(text):
            parts = [text] + [part for _, part in reversed(above[:position])]
            if all(len(part.split()) <= _CAPTION_WORDS for part in parts):
                return " ".join(parts), number
            return text, number
    below = _caption_below(table.end_line, texts, skip, occupied)
    if below is not None:
        return below
    return _title_above(above)


def _title_above(above: list[tuple[int, str]]) -> tuple[str | None, int | None]:
    """The block of adjacent short title lines right above the table, if any."""
    if not above or not _is_title(above[0][1]):
        return None, None
    block = [above[0]]
    for number, text in above[1:]:
        if number != block[-1][0] - 1 or not _is_title(text):
            break
        block.append((number, text))
    block.reverse()
    return " ".join(text for _, text in block), block[0][0]


def _lines_above(
    line: int, texts: Sequence[str], skip: Callable[[int], bool], occupied: Callable[[int], bool]
) -> list[tuple[int, str]]:
    """Up to four non-blank lines above ``line``, nearest first, stopping at prose."""
    found: list[tuple[int, str]] = []
    number = line - 1
    while number >= 1 and line - number <= _CAPTION_LOOKBACK and len(found) < _CAPTION_PARTS:
        text = texts[number - 1]
        if occupied(number):
            break
        if text and not skip(number):
            if len(text.split()) > 25:
                break
            found.append((number, text))
        number -= 1
    return found


def _caption_below(
    end_line: int,
    texts: Sequence[str],
    skip: Callable[[int], bool],
    occupied: Callable[[int], bool],
) -> tuple[str, int] | None:
    seen = 0
    number = end_line + 1
    while number <= len(texts) and seen < 2 and number - end_line <= 4:
        text = texts[number - 1]
        if occupied(number):
            return None
        if text and not skip(number):
            seen += 1
            if _CAPTION.match(text) and not _table_follows(number, texts, occupied):
                return text, number
        number += 1
    return None


def _table_follows(line: int, texts: Sequence[str], occupied: Callable[[int], bool]) -> bool:
    seen = 0
    number = line + 1
    while number <= len(texts) and seen < 4:
        if occupied(number):
            return True
        if texts[number - 1]:
            seen += 1
        number += 1
    return False


def _is_title(text: str) -> bool:
    """A short line that names what follows, not a sentence leading into it. A line
    starting with a number is a table row ("1   Program ..."), unless the number is the
    item label of a numbered list ("7) Program dan kegiatan yang menunjang")."""
    words = text.split()
    named = _ITEM_NUMBER.sub("", text, count=1)
    return 0 < len(words) <= _TITLE_WORDS and text[-1] not in ":;,." and not named[0].isdigit()
