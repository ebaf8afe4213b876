"""STR012: a table of causes and solutions with an empty cell where an explanation belongs.

Bab III analyses each indicator's capaian: why it succeeded or failed ("Analisis
Penyebab Keberhasilan/Kegagalan") and what was done about it ("Solusi yang dilakukan",
"Upaya", "Tindak Lanjut"). Reports often put this in a table with one row per indicator.
A row whose explanation cell is empty is an analysis left undone, however complete the
rest of the table looks.

Read from the report's text, table by table: runs of tab-separated or markdown pipe
rows (a table starts after a line that is not a row), and HTML ``<table>`` blocks as the
text layer reads them (merged cells repeated over the rows and columns they cover, so a
cause written once for a merged sasaran counts for each of its rows):

* the header is the first row (of an HTML table, its header rows, a column titled by
  the words of each of them); the explanation columns are those whose title names a
  cause, an analysis of success or failure, a problem, or a solution or step taken;
* the rows judged are the numbered ones ("1", "2."), with as many cells as the header
  (a row the converter cut short is not judged); the unnumbered rows below a numbered
  one, before the next, continue it (a row split by a page break, a second line of a
  merged cell) and their text counts for it; an HTML row missing its last cells shows
  them empty, as a reader sees it;
* a solution column (solusi, upaya, langkah, tindak lanjut, pemecahan) may stay empty
  on a row whose capaian is 100% or more: there was nothing to solve.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import NamedTuple

from checker.context import Context
from checker.model import Report
from checker.numbers import NumberFormatError, parse_number
from checker.rule import Category, Severity, Violation, rule
from checker.text import Table, html_tables
from rules._structure_outline import prose, prose_lines
from rules.structure._parts import at

__all__ = ["STR012"]

_CAUSE = re.compile(r"\b(?:penyebab|analisis|keberhasilan|kegagalan|kendala|hambatan|"
                    r"permasalahan|masalah)\b", re.IGNORECASE)
_SOLUTION = re.compile(r"\b(?:solusi|upaya|langkah|tindak\s*lanjut|pemecahan)\b",
                       re.IGNORECASE)
_CAPAIAN = re.compile(r"\bcapaian\b", re.IGNORECASE)
_NAMED = (re.compile(r"\bindikator\b", re.IGNORECASE),
          re.compile(r"\b(?:sasaran|program|kegiatan|uraian)\b", re.IGNORECASE))
_NUMBERED = re.compile(r"^\d{1,2}[.)]?$")
_SEPARATOR = re.compile(r"^[\s|:-]+$")
_TABLE_OPEN = re.compile(r"<table\b", re.IGNORECASE)
_TABLE_CLOSE = re.compile(r"</table\s*>", re.IGNORECASE)
# A cell holding a row number ("<td rowspan="2">1</td>", "<th><b>2.</b></th>"). At
# most three tags around the number: unbounded, a line of a thousand "<td>" would be
# tried from each of them to its end (quadratic).
_NUMBERED_CELL = re.compile(
    r"<t[dh]\b[^<>]{0,200}>\s*(?:<[^<>]{0,50}>\s*){0,3}\d{1,2}[.)]?\s*"
    r"(?:<[^<>]{0,50}>\s*){0,3}</t[dh]", re.IGNORECASE)
_FULL = Decimal(100)


class _Column(NamedTuple):
    index: int
    title: str
    solution: bool


class _Row(NamedTuple):
    line: int
    cells: list[str]


def _is_row(line: str) -> bool:
    """Whether a line is a row of a tab or a pipe table."""
    if "\t" in line:
        return True
    stripped = line.strip()
    return stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1


def _cells(row: str) -> list[str]:
    """The cells of a line :func:`_is_row` takes for a row."""
    if "\t" in row:
        return [cell.strip() for cell in row.split("\t")]
    return [cell.strip() for cell in row.strip()[1:-1].split("|")]


def _text_tables(report: Report) -> Iterator[list[_Row]]:
    """Runs of tab or pipe rows (blank lines inside a run allowed), each a table; of a
    table without an analysis column, its header alone. The rows of an HTML table are
    no such lines: a converter writes no tab inside them. A run the reader left unread
    (beyond its limits, ``INP002``) is passed over whole: keeping a row of it per line
    would hold a million-row table in memory again."""
    unread = _unread(report)
    run: list[_Row] = []
    skipping = False
    analysis = False  # the run's header titles a cause or a solution column
    for number, text in prose_lines(report, 1, len(report.text)):
        if not _is_row(text):
            if run:
                yield run
            run, skipping = [], False
        elif not run and not skipping and number in unread:
            skipping = True
        elif skipping or _SEPARATOR.match(text):
            continue
        elif not run:
            run = [_Row(number, _cells(text))]
            analysis = bool(_columns(run[0].cells))
        elif analysis:
            # The rows of other tables are not read: their header alone says they hold
            # nothing to report (:func:`_empty_cells`), and most tables are such.
            run.append(_Row(number, _cells(text)))
    if run:
        yield run


def _html_blocks(lines: Sequence[str]) -> Iterator[tuple[int, int]]:
    """``(first, last)`` 1-based lines of each outermost ``<table>`` block, nested
    tables counted; a block never closed runs to the end of the text."""
    depth, first = 0, 0
    for number, line in enumerate(lines, start=1):
        if not depth and "<" not in line:
            continue  # most lines hold no tag: no pattern run on them
        opened = len(_TABLE_OPEN.findall(line))
        if not opened and not depth:
            continue
        if not depth:
            first = number
        depth += opened - len(_TABLE_CLOSE.findall(line))
        if depth <= 0:
            depth = 0
            yield first, number
    if depth:
        yield first, len(lines)


def _may_analyse(block: str) -> bool:
    """Whether an HTML block's header (what comes before its first numbered cell) may
    title a cause or a solution column. The text layer reads only the blocks that may:
    parsing every table of a report to find the one analysis table cost more than the
    rest of this rule."""
    numbered = _NUMBERED_CELL.search(block)
    header = html.unescape(block[:numbered.start()] if numbered else block)
    return bool(_CAUSE.search(header) or _SOLUTION.search(header))


def _header_titles(table: Table) -> list[str]:
    """A column's title from each header row: the words of a merged title ("Capaian
    (%)" over "Indikator" and "Sasaran") once, then the row's own."""
    header = table.header or table.rows[:1]
    titles: list[list[str]] = [[] for _ in range(table.width)]
    for row in header:
        for index, cell in enumerate(row.cells):
            if cell.text and cell.text not in titles[index]:
                titles[index].append(cell.text)
    return [" ".join(words) for words in titles]


def _html_rows(table: Table, offset: int) -> list[_Row]:
    """An HTML table read from the text after line ``offset`` as rows of cell texts,
    its header rows read as one."""
    body = table.body if table.header_rows else table.rows[1:]
    return [_Row(offset + table.rows[0].line, _header_titles(table)),
            *(_Row(offset + row.line, list(row.texts)) for row in body)]


def _unread(report: Report) -> frozenset[int]:
    """The first lines of the tables the reader left unread, beyond the text layer's
    limits (their ``INP002`` doubt names no table, only its lines)."""
    return frozenset(doubt.where.line for doubt in report.doubts
                     if doubt.kind == "table" and doubt.where.table is None
                     and doubt.where.line is not None)


def _html_tables(report: Report) -> Iterator[list[_Row]]:
    """The HTML tables of the report's prose that may be analyses, read by the text
    layer block by block; not those it left unread."""
    unread = _unread(report)
    for first, last in _html_blocks(report.text):
        if first in unread or prose(report, first) is None:
            continue
        block = report.text[first - 1:last]
        if not _may_analyse("\n".join(block)):
            continue
        tables, _ = html_tables(block)
        yield from (_html_rows(table, first - 1) for table in tables if table.rows)


def _tables(report: Report) -> Iterator[list[_Row]]:
    """The report's tables as rows, in the order of the text."""
    found = [*_html_tables(report), *_text_tables(report)]
    yield from sorted(found, key=lambda rows: rows[0].line)


def _columns(header: Sequence[str]) -> list[_Column]:
    """The explanation columns of a header row (a header holds no figures)."""
    if len(header) < 4 or any(any(ch.isdigit() for ch in cell) for cell in header):
        return []
    return [_Column(index, title, bool(_SOLUTION.search(title)))
            for index, title in enumerate(header)
            if len(title) <= 60 and (_CAUSE.search(title) or _SOLUTION.search(title))]


def _met(cells: Sequence[str], capaian: int | None) -> bool:
    """The row's capaian is 100% or more."""
    if capaian is None or capaian >= len(cells):
        return False
    try:
        value = parse_number(cells[capaian].replace("%", ""))
    except (NumberFormatError, ArithmeticError):
        return False
    return value is not None and value >= _FULL


def _item(header: Sequence[str], row: _Row) -> str:
    """What the row is about: its indicator, else its sasaran or program, else the first
    cell after the number."""
    for pattern in _NAMED:
        for index, title in enumerate(header):
            if pattern.search(title) and row.cells[index]:
                return row.cells[index]
    return next((cell for cell in row.cells[1:] if cell), row.cells[0])


def _empty_cells(table: list[_Row]) -> Iterator[tuple[_Row, _Column, str]]:
    header, body = table[0].cells, table[1:]
    columns = _columns(header)
    if not columns:
        return
    capaian = next((i for i, title in enumerate(header) if _CAPAIAN.search(title)), None)
    numbered = [i for i, row in enumerate(body) if _NUMBERED.match(row.cells[0])]
    for position, start in enumerate(numbered):
        row = body[start]
        if len(row.cells) != len(header):
            continue
        end = numbered[position + 1] if position + 1 < len(numbered) else len(body)
        continued = body[start + 1:end]
        for column in columns:
            if row.cells[column.index] or any(
                    len(other.cells) > column.index and other.cells[column.index]
                    for other in continued):
                continue
            if column.solution and _met(row.cells, capaian):
                continue
            yield row, column, _item(header, row)


@rule(
    code="STR012",
    slug="structure-analysis-empty-cell",
    title={"id": "Sel analisis penyebab atau solusi kosong",
           "en": "An analysis or solution cell left empty"},
    category=Category.STRUCTURE,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran II (Bab III: analisis penyebab keberhasilan/"
    "kegagalan serta alternatif solusi yang telah dilakukan)",
    message={
        "id": "Baris {line}: kolom '{column}' kosong untuk '{item}'.",
        "en": "Line {line}: the '{column}' column is empty for '{item}'.",
    },
    fix={
        "id": "Isi analisis penyebab atau solusi untuk baris ini (atau tulis alasan bila "
        "memang tidak ada yang perlu diuraikan).",
        "en": "Write the cause or the solution for this row (or say why there is nothing "
        "to explain).",
    },
    rationale={
        "id": "Permenpan RB 53/2014 meminta analisis penyebab keberhasilan atau kegagalan "
        "serta alternatif solusi untuk setiap sasaran. Sel yang kosong pada tabel analisis "
        "berarti analisis itu tidak dibuat; kolom solusi boleh kosong bila capaian baris "
        "itu 100% atau lebih.",
        "en": "Permenpan RB 53/2014 asks, for each sasaran, why it succeeded or failed and "
        "what alternative solutions were taken. An empty cell in the analysis table means "
        "that analysis was not made; a solution column may stay empty where the row's "
        "capaian is 100% or more.",
    },
)
def STR012(context: Context) -> Iterator[Violation]:
    """Bab III analyses each performance statement: "analisis penyebab keberhasilan/
    kegagalan atau peningkatan/penurunan kinerja serta alternatif solusi yang telah
    dilakukan" (Permenpan RB 53/2014, Lampiran II)."""
    for table in _tables(context.report):
        for row, column, item in _empty_cells(table):
            yield Violation(
                at(row.line),
                {"line": row.line, "column": column.title, "item": item},
            )
