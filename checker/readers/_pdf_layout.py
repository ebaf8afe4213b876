"""A PDF's pages as the lines of a text report, each with the page it came from.

Per page the text lines and the ruled tables are put in reading order (top to bottom).
Then, across pages: the running header and footer (a line repeated at the same place on
many pages) and lone page numbers are dropped, the report's running title kept only
above a heading that opens a page; a table cut by a page break is joined again (its
repeated header rows dropped, a row or a tall cell the break cut made whole); lines
wrapped by the layout are joined back into their paragraph; a heading (a larger font)
is written as a ``#`` line and bold as ``**...**``; a ruled table becomes tab rows, or
an HTML ``<table>`` when it has merged cells; columns aligned without lines become tab
rows. Each line keeps the page it came from and its line on that page.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from checker.model import Place
from checker.readers._layer import TextLayer
from checker.readers._pdf_doc import PageContent
from checker.readers._pdf_join import TableItem, continues, joined_table
from checker.readers._pdf_lines import Line, Piece, group_lines
from checker.readers._pdf_superscript import settle_superscripts
from checker.readers._pdf_tables import GridCell, GridTable, cell_text, cell_words, find_tables

__all__ = ["layer_of_pages"]

_BAND = 0.12  # share of the page height where running headers and footers sit
_FURNITURE_SHARE = 0.4
_HEADING_SIZE = 1.15
_HEADING_WORDS = 16
_PARAGRAPH_GAP = 0.45  # a gap above a line larger than this (x font size) starts a paragraph
_BLANK_GAP = 1.5  # ... and one larger than this holds an empty line
# Rows of a table without lines sit further apart than lines of a paragraph (cell
# padding), yet closer than this.
_ROW_GAP = 1.6
_ANCHOR = 6.0
_PAGE_NUMBER = re.compile(
    r"^(?:[-\u2013\u2014]\s*)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s*[-\u2013\u2014])?$"
    r"|^(?:halaman|hal\.?|page)\s*\d{1,4}(?:\s*(?:dari|of|/)\s*\d{1,4})?$",
    re.IGNORECASE,
)
_REPORT_TITLE = re.compile(r"^\W*(?:\w+\W+)?(?:laporan|lkjip|lkip|lakip|lkj)\b", re.IGNORECASE)
_LIST_START = re.compile(r"^(?:\d{1,2}[.)]|[a-zA-Z][.)]|[-\u2022\u2013\u25cf\u27a2*])\s")
_DIGITS = re.compile(r"\d+")
_HYPHENATED = re.compile(r"[^\W\d_]-$")


@dataclass(frozen=True)
class _TextItem:
    page: int
    page_line: int
    line: Line


_Item = _TextItem | TableItem


@dataclass(frozen=True)
class _RunningTitle:
    """The report's title repeated at the top of the pages ('LKjIP Dinas ... Tahun 2023').

    It is kept as a line above a heading that opens a page: the text parser knows such a
    line for page furniture, and the extractor reads the agency's name in it, as in a
    report converted to text. Elsewhere it is dropped: a page break may fall inside a
    table, a sentence or a signature block.
    """

    page: int
    page_line: int
    text: str


@dataclass(frozen=True)
class _Page:
    number: int
    height: float
    items: tuple[_Item, ...]


def layer_of_pages(pages: Iterable[PageContent]) -> TextLayer:
    """The text layer of the pages, furniture removed, tables and paragraphs whole."""
    read = [_read_page(page) for page in pages]
    furniture = _furniture(read)
    items: list[_Item | _RunningTitle] = []
    for page in read:
        for item in page.items:
            if id(item) not in furniture:
                items.append(item)
            elif isinstance(item, _TextItem) and _running_title(item, page.height):
                items.append(_RunningTitle(item.page, item.page_line, item.line.text))
    items = _join_tables(items)
    texts = [item.line for item in items if isinstance(item, _TextItem)]
    layout = _Layout(_body_size(texts), _right_margin(texts), _words(items))
    layer = TextLayer()
    _write(layer, items, layout)
    return layer


@dataclass(frozen=True)
class _Layout:
    """What the whole document says about its own layout."""

    body: float  # the font size of the body text
    margin: float  # where the body text's lines end
    words: frozenset[str]  # words printed whole, to mend words broken in narrow cells


def _words(items: Sequence[_Item | _RunningTitle]) -> frozenset[str]:
    found: set[str] = set()
    for item in items:
        if isinstance(item, _TextItem):
            found.update(_word_key(word) for word in item.line.text.split())
        elif isinstance(item, TableItem):
            for row in item.table.rows:
                for cell in row:
                    if cell is not None:
                        found.update(cell_words(cell))
    return frozenset(found)


# --- one page ------------------------------------------------------------------------


def _read_page(page: PageContent) -> _Page:
    glyphs = settle_superscripts(page.glyphs)
    tables = find_tables(page.number, page.rules, glyphs)
    flow = [g for g in glyphs if not any(t.contains(g) for t in tables)]
    blocks: list[tuple[float, Line | GridTable]] = [(line.top, line) for line in
                                                    group_lines(flow)]
    blocks += [(table.top, table) for table in tables]
    blocks.sort(key=lambda block: block[0])
    items: list[_Item] = []
    counter = 0
    for _, block in blocks:
        if isinstance(block, GridTable):
            numbers = tuple(range(counter + 1, counter + 1 + len(block.rows)))
            counter += len(block.rows)
            items.append(TableItem(page.number, block, numbers, (page.number,) * len(numbers)))
        else:
            counter += 1
            items.append(_TextItem(page.number, counter, block))
    return _Page(page.number, page.height, tuple(items))


# --- running headers, footers, page numbers ---------------------------------------------


def _furniture(pages: Sequence[_Page]) -> set[int]:
    """ids of the items that are page furniture."""
    candidates: list[tuple[int, str, _TextItem]] = []
    for page in pages:
        texts = [item for item in page.items if isinstance(item, _TextItem)]
        edge = [*texts[:3], *texts[-3:]]
        for item in dict.fromkeys(edge):
            line = item.line
            band = ("top" if line.bottom <= page.height * _BAND
                    else "bottom" if line.top >= page.height * (1 - _BAND) else None)
            if band is not None:
                key = band + ":" + _DIGITS.sub("#", " ".join(line.text.casefold().split()))
                candidates.append((page.number, key, item))
    pages_per_key = Counter(key for key in {(n, k) for n, k, _ in candidates})
    counts = Counter(key for _, key in pages_per_key)
    needed = max(2, round(len(pages) * _FURNITURE_SHARE))
    found: set[int] = set()
    for _, key, item in candidates:
        if counts[key] >= needed or _PAGE_NUMBER.match(item.line.text.strip()):
            found.add(id(item))
    return found


# --- running titles, tables cut by a page break -----------------------------------------


def _running_title(item: _TextItem, height: float) -> bool:
    line = item.line
    return (line.bottom <= height * _BAND and not _PAGE_NUMBER.match(line.text.strip())
            and bool(_REPORT_TITLE.match(line.text)))


def _join_tables(items: list[_Item | _RunningTitle]) -> list[_Item | _RunningTitle]:
    joined: list[_Item | _RunningTitle] = []
    for item in items:
        if (isinstance(item, TableItem) and len(joined) >= 2
                and isinstance(joined[-1], _RunningTitle)
                and isinstance(joined[-2], TableItem) and continues(joined[-2], item)):
            joined.pop()  # the title at the top of a page the table goes on over
        previous = joined[-1] if joined else None
        if (isinstance(item, TableItem) and isinstance(previous, TableItem)
                and continues(previous, item)):
            joined[-1] = joined_table(previous, item)
        else:
            joined.append(item)
    return joined


# --- writing the layer ----------------------------------------------------------------


def _body_size(lines: Sequence[Line]) -> float:
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _right_margin(lines: Sequence[Line]) -> float:
    ends = sorted(line.x1 for line in lines if len(line.pieces) == 1 and len(
        line.text.split()) >= 6)
    return ends[int(len(ends) * 0.9)] if ends else max((ln.x1 for ln in lines), default=0.0)


def _write(layer: TextLayer, items: Sequence[_Item | _RunningTitle], layout: _Layout) -> None:
    previous: _TextItem | None = None
    paragraph: list[_TextItem] = []
    grid: list[_TextItem] = []
    title: _RunningTitle | None = None

    def flush() -> None:
        if paragraph:
            _write_paragraph(layer, paragraph, layout.body)
            paragraph.clear()
        if grid:
            _write_grid(layer, grid)
            grid.clear()

    for item in items:
        if isinstance(item, _RunningTitle):
            title = item
            continue
        if title is not None:
            # Kept only above a heading that opens the page: elsewhere a page break may
            # fall inside a sentence, a signature block, a run of tables.
            if isinstance(item, _TextItem) and _heading(item.line, layout.body):
                flush()
                _blank(layer, title.page)
                # Plain text: a stray '#' must not make the page's title a heading.
                layer.add(title.text.lstrip("#* "), Place(page=title.page,
                                                          page_line=title.page_line))
                _blank(layer, title.page)
            title = None
        if isinstance(item, TableItem):
            flush()
            _blank(layer, item.page)
            _write_table(layer, item, layout.words)
            _blank(layer, item.pages[-1])
            previous = None
            continue
        line = item.line
        row_gap = previous is None or item.page != previous.page or (
            line.top - previous.line.bottom > _ROW_GAP * line.size)
        # An empty line in the original: a gap with room for a line, or a new page.
        blank = previous is not None and (item.page != previous.page or (
            line.top - previous.line.bottom > _BLANK_GAP * line.size))
        if len(line.pieces) > 1 or (grid and not row_gap and _continues_grid(grid, line)):
            if paragraph or (grid and row_gap):
                flush()
                if blank:
                    _blank(layer, item.page)
            grid.append(item)
        elif paragraph and _wraps(paragraph[-1], item, layout.body, layout.margin):
            paragraph.append(item)
        else:
            flush()
            if blank:
                _blank(layer, item.page)
            paragraph.append(item)
        previous = item
    flush()


def _blank(layer: TextLayer, page: int) -> None:
    if layer.lines and layer.lines[-1] != "":
        layer.add("", Place(page=page))


def _heading(line: Line, body: float) -> bool:
    return line.size >= body * _HEADING_SIZE and len(line.text.split()) <= _HEADING_WORDS


def _wraps(last: _TextItem, item: _TextItem, body: float, margin: float) -> bool:
    """Is ``item`` the rest of the paragraph ``last`` ends, wrapped by the layout?"""
    above, line = last.line, item.line
    if len(above.pieces) > 1 or abs(above.size - line.size) > 0.6 or above.bold != line.bold:
        return False
    if _heading(above, body) != _heading(line, body) or _LIST_START.match(line.text):
        return False
    if item.page == last.page:
        if line.top - above.bottom > _PARAGRAPH_GAP * line.size:
            return False
    elif item.page != last.page + 1 or above.text.endswith((".", ":", ";", "?", "!")):
        return False
    first_word = line.text.split()[0] if line.text else ""
    room = (len(first_word) + 2) * line.size * 0.6
    return above.x1 >= margin - room


def _write_paragraph(layer: TextLayer, items: Sequence[_TextItem], body: float) -> None:
    first = items[0]
    lines = [item.line for item in items]
    if _heading(first.line, body):
        text = "# " + _joined_lines([line.text for line in lines])
    else:
        text = _joined_lines([line.marked for line in lines]).replace("** **", " ")
    layer.add(text, Place(page=first.page, page_line=first.page_line))


def _joined_lines(texts: Sequence[str]) -> str:
    """Wrapped lines as one; a dot leader the layout cut ('.....' / '.... 12') and a
    word broken at its hyphen ('Rata-' / 'rata') stay whole."""
    joined = ""
    for text in texts:
        dots = joined.endswith("..") and text.startswith("..")
        glue = "" if dots or _HYPHENATED.search(joined) else " "
        joined = f"{joined}{glue}{text}" if joined else text
    return joined


# --- columns aligned without ruling lines ------------------------------------------------


def _anchors(grid: Sequence[_TextItem]) -> list[float]:
    starts = sorted(piece.x0 for item in grid for piece in item.line.pieces)
    anchors: list[float] = []
    for x in starts:
        if not anchors or x - anchors[-1] > _ANCHOR:
            anchors.append(x)
    return anchors


def _continues_grid(grid: Sequence[_TextItem], line: Line) -> bool:
    """A one-piece line under aligned columns, starting at a column other than the first:
    the wrapped rest of a cell."""
    anchors = _anchors(grid)
    return len(anchors) > 1 and line.x0 > anchors[0] + _ANCHOR and any(
        abs(line.x0 - x) <= _ANCHOR for x in anchors[1:])


def _write_grid(layer: TextLayer, grid: Sequence[_TextItem]) -> None:
    if len(grid) == 1:
        item = grid[0]
        layer.add("\t".join(p.marked for p in item.line.pieces),
                  Place(page=item.page, page_line=item.page_line))
        return
    anchors = _anchors(grid)
    rows: list[tuple[_TextItem, list[str]]] = []
    for item in grid:
        cells = _cells(item.line.pieces, anchors)
        if rows and len(item.line.pieces) == 1 and not cells[0]:
            previous = rows[-1][1]
            rows[-1] = (rows[-1][0], [f"{a} {b}".strip() for a, b in zip(previous, cells,
                                                                          strict=True)])
        else:
            rows.append((item, cells))
    for item, cells in rows:
        while len(cells) > 1 and not cells[-1]:
            cells.pop()
        layer.add("\t".join(cells), Place(page=item.page, page_line=item.page_line))


def _cells(pieces: Sequence[Piece], anchors: Sequence[float]) -> list[str]:
    cells = [""] * len(anchors)
    for piece in pieces:
        column = max(i for i, x in enumerate(anchors) if x <= piece.x0 + _ANCHOR)
        cells[column] = f"{cells[column]} {piece.marked}".strip()
    return cells


# --- ruled tables -----------------------------------------------------------------------


def _write_table(layer: TextLayer, item: TableItem, words: frozenset[str]) -> None:
    table = item.table
    spans = any(cell is None or cell.colspan > 1 or cell.rowspan > 1
                for row in table.rows for cell in row)
    places = [Place(page=page, page_line=number)
              for page, number in zip(item.pages, item.page_lines, strict=True)]
    if not spans:
        for row, place in zip(table.rows, places, strict=True):
            layer.add("\t".join(_tab_cell(cell, words) for cell in row), place)
        return
    header = max(item.repeated, _header_rows(table))
    layer.add("<table>", places[0])
    for index, (row, place) in enumerate(zip(table.rows, places, strict=True)):
        tag = "th" if index < header else "td"
        cells = "".join(_html_cell(cell, tag, words) for cell in row if cell)
        layer.add(f"<tr>{cells}</tr>", place)
    layer.add("</table>", places[-1])


def _header_rows(table: GridTable) -> int:
    """The first row, and the rows its tall (rowspan) cells reach down to."""
    return max((cell.rowspan for cell in table.rows[0] if cell), default=1)


def _tab_cell(cell: GridCell | None, words: frozenset[str]) -> str:
    text = cell_text(cell, words) if cell else ""
    return f"**{text}**" if text and cell and cell.bold else text


def _html_cell(cell: GridCell, tag: str, words: frozenset[str]) -> str:
    spans = (f' colspan="{cell.colspan}"' if cell.colspan > 1 else "") + (
        f' rowspan="{cell.rowspan}"' if cell.rowspan > 1 else "")
    text = html.escape(cell_text(cell, words), quote=False)
    return f"<{tag}{spans}>{f'<b>{text}</b>' if cell.bold and text else text}</{tag}>"


def _word_key(text: str) -> str:
    return text.strip(".,;:()[]\"'!?/").casefold()
