"""A Word document's body as a text layer: paragraphs and tables in document order.

Each body paragraph becomes one line: a Heading n style (or an outline level) as a
markdown heading (``## 1.1 Latar Belakang``), a Title as its plain text, bold runs as
``**...**``, a paragraph Word numbers itself (``w:numPr``) with the number Word would
print. An empty paragraph is an empty line, as a converter writes it. A table without
merged cells becomes tab-separated rows between blank lines (``**`` around a bold
cell), the plainest shape and the one whose lines read best when a finding quotes
them. A table with merged cells becomes an HTML ``<table>`` block, one ``<tr>`` per
line, with ``colspan`` for a horizontal merge (``w:gridSpan``), ``rowspan`` for a
vertical one (``w:vMerge``), ``<th>`` for a repeated header row and ``<b>`` for a bold
cell: the shape the text parser reads merged headers from. A table nested in a cell
is flattened into that cell's text, in reading order, as the HTML reader does with
nested tables.

A text box (``w:txbxContent``, as on a cover) is read where it is anchored, its
paragraphs before the text of the paragraph that holds it; when a drawing carries both
a modern and a legacy copy (``mc:AlternateContent``), only the first is read. Deleted
text of tracked changes, field codes, footnote and endnote references, a marker typed
as a superscript (a footnote's "1", not the power of "m²") and comments are left out;
headers and footers are not part of the body.

Pages are Word's *stored* layout, not a rendering: when the file records where Word
last broke the pages (``w:lastRenderedPageBreak``) those breaks are counted; otherwise
the explicit ones (``w:br w:type="page"``, "page break before", a section break).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from checker.model import Place
from checker.readers._docx_styles import Numbering, StyleInfo, Styles, is_on, numbering_of, w
from checker.readers._layer import TextLayer

__all__ = ["BodyReader", "plain_lines"]

_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_ALTERNATE = f"{{{_MC}}}AlternateContent"
_CHOICE = f"{{{_MC}}}Choice"
# Containers whose content is part of the text (a hyperlink, an inserted change, a
# content control, a simple field's result, custom markup).
_TRANSPARENT = frozenset(w(tag) for tag in (
    "hyperlink", "ins", "smartTag", "sdt", "sdtContent", "fldSimple", "customXml",
    "moveTo", "dir", "bdo",
))
_BODY_CONTAINERS = frozenset(w(tag) for tag in ("sdt", "sdtContent", "customXml"))
_BOX = w("txbxContent")
_NOT_A_PAGE = frozenset(("continuous", "nextColumn"))
# A superscript this short, without a space, is a marker (a footnote's "1", "*)", "a"),
# not text set raised.
_MARKER = re.compile(r"\S{1,6}")
# A unit of length whose square or cube is written with a superscript: m², km³.
_UNIT_BEFORE = re.compile(r"(?<![^\W\d_])[kKcCdDmM]?[mM]$")
_POWERS = frozenset(("2", "3"))
# A run raised by at least this share of its own size is set as a superscript (a
# converter writes one as a raised, smaller run instead of w:vertAlign).
_RAISED_SHARE = 1 / 3


@dataclass
class _Piece:
    """What a paragraph's runs hold, in order: text (bold or not), breaks, text boxes."""

    kind: str  # "text", "line" (a line break), "page", "rendered", "box"
    text: str = ""
    bold: bool = False
    element: Any = None
    superscript: bool = False


@dataclass
class _Cell:
    text: str
    bold: bool
    header: bool
    colspan: int = 1
    rowspan: int = 1


@dataclass
class BodyReader:
    """Reads a ``w:body`` into a :class:`TextLayer`, one line per paragraph or table row."""

    styles: Styles
    numbering: Numbering
    rendered: bool  # whether the file records Word's own page breaks
    layer: TextLayer = field(default_factory=TextLayer)
    page: int = 1
    paragraphs: int = 0
    tables: int = 0
    started: bool = False

    def read(self, body: Any) -> TextLayer:
        for child in _body_children(body):
            if child.tag == w("p"):
                self._paragraph(child, self.paragraphs)
                self.paragraphs += 1
            elif child.tag == w("tbl"):
                self._table(child, self.tables)
                self.tables += 1
        return self.layer

    # Paragraphs --------------------------------------------------------------------

    def _paragraph(self, element: Any, index: int) -> None:
        properties = element.find(w("pPr"))
        style = self.styles.paragraph(_style_id(properties))
        if not self.rendered and self.started and _page_break_before(properties, style):
            self.page += 1
        pieces = list(_pieces(element, self.styles, style.bold))
        page = self._page_of_text(pieces)
        for piece in pieces:
            if piece.kind == "box":
                for inner in piece.element.iter(w("p")):
                    self._paragraph(inner, index)
        text = _joined(pieces)
        boxes_only = not text.strip() and any(piece.kind == "box" for piece in pieces)
        if not boxes_only:
            for line in self._decorated_lines(text, pieces, properties, style):
                self.layer.add(line, Place(page=page, paragraph=index))
            self.started = True
        if not self.rendered and properties is not None and _ends_page(properties):
            self.page += 1

    def _page_of_text(self, pieces: list[_Piece]) -> int:
        """Count the paragraph's breaks; its page is the one its first text is on."""
        page: int | None = None
        for piece in pieces:
            if piece.kind == ("rendered" if self.rendered else "page"):
                self.page += 1
            elif piece.kind == "text" and piece.text.strip() and page is None:
                page = self.page
        return self.page if page is None else page

    def _decorated_lines(self, text: str, pieces: list[_Piece], properties: Any,
                         style: StyleInfo) -> list[str]:
        """The paragraph as the lines Word shows: a line break (Shift+Enter) starts a new
        line, as in a Daftar Isi or a list typed in one paragraph; a heading or a title
        stays one line, a line break in it read as a space."""
        text = text.strip()
        label = self._number_label(properties, style)
        if label:
            text = f"{label} {text}"
        level = _outline_level(properties) or style.level
        if level and text:
            return [f"{'#' * min(level, 6)} {text}"]
        if style.title or not text:
            return [text]
        lines = [piece_line for piece_line in _split_at_line_breaks(pieces)
                 if _joined(piece_line).strip()]
        return [_with_bold(line, "" if index else label) for index, line in enumerate(lines)]

    def _number_label(self, properties: Any, style: StyleInfo) -> str:
        """The number Word prints before this paragraph, from its own list or its style's."""
        direct = properties.find(w("numPr")) if properties is not None else None
        num_id, level = numbering_of(direct) if direct is not None else (None, 0)
        if direct is None:
            num_id, level = style.num_id, style.num_level
        elif direct.find(w("ilvl")) is None and num_id == style.num_id:
            level = style.num_level
        return self.numbering.label(num_id, level) if num_id else ""

    # Tables ------------------------------------------------------------------------

    def _table(self, element: Any, index: int) -> None:
        rows = list(self._rows(element))
        if not rows:
            return
        if any(cell.colspan > 1 or cell.rowspan > 1 for cells, _ in rows for cell in cells):
            self._html_table(rows, index)
        else:
            self._tab_table(rows, index)
        self.started = True

    def _html_table(self, rows: list[tuple[list[_Cell], int]], index: int) -> None:
        self.layer.add("<table>", Place(page=rows[0][1], table=index))
        for cells, page in rows:
            self.layer.add(_html_row(cells), Place(page=page, table=index))
        self.layer.add("</table>", Place(page=rows[-1][1], table=index))

    def _tab_table(self, rows: list[tuple[list[_Cell], int]], index: int) -> None:
        # A blank line on each side, as converters write one, so that no paragraph
        # is read as a row of the table.
        if self.layer.lines and self.layer.lines[-1].strip():
            self.layer.add("", Place(page=rows[0][1], table=index))
        for cells, page in rows:
            self.layer.add("\t".join(_tab_cell(cell) for cell in cells),
                           Place(page=page, table=index))
        self.layer.add("", Place(page=rows[-1][1], table=index))

    def _rows(self, table: Any) -> Iterator[tuple[list[_Cell], int]]:
        """Each row's cells (vertical merges folded into rowspans) and its page."""
        grid: list[list[_Cell]] = []
        pages: list[int] = []
        origin: dict[int, _Cell] = {}  # grid column -> the cell a vMerge continues
        for row in table.iter(w("tr")):
            if _enclosing_table(row) is not table:
                continue
            header = _is_header_row(row)
            cells: list[_Cell] = []
            column = _grid_before(row)
            cells.extend(_Cell("", False, header) for _ in range(column))
            for cell_element in _row_cells(row):
                cell_properties = cell_element.find(w("tcPr"))
                span = _grid_span(cell_properties)
                merge = _vertical_merge(cell_properties)
                if merge == "continue" and column in origin:
                    origin[column].rowspan += 1
                    self._count_breaks(cell_element)
                    column += span
                    continue
                text, bold = self._cell_text(cell_element)
                cell = _Cell(text, bold, header, colspan=span)
                cells.append(cell)
                for covered in range(column, column + span):
                    origin.pop(covered, None)
                if merge == "restart":
                    origin[column] = cell
                column += span
            grid.append(cells)
            pages.append(self.page)
        yield from zip(grid, pages, strict=True)

    def _cell_text(self, cell: Any) -> tuple[str, bool]:
        """The cell's paragraphs, nested tables flattened in, as one line; bold or not."""
        texts: list[str] = []
        bold_parts: list[bool] = []
        for paragraph in cell.iter(w("p")):
            properties = paragraph.find(w("pPr"))
            style = self.styles.paragraph(_style_id(properties))
            pieces = list(_pieces(paragraph, self.styles, style.bold, boxes=False))
            self._count_pieces(pieces)
            label = self._number_label(properties, style)
            text = " ".join(_joined(pieces).split())
            if text:
                texts.append(f"{label} {text}" if label else text)
                bold_parts.extend(p.bold for p in pieces if p.kind == "text" and p.text.strip())
        return " ".join(texts), bool(bold_parts) and all(bold_parts)

    def _count_breaks(self, cell: Any) -> None:
        for paragraph in cell.iter(w("p")):
            self._count_pieces(list(_pieces(paragraph, self.styles, False, boxes=False)))

    def _count_pieces(self, pieces: list[_Piece]) -> None:
        wanted = "rendered" if self.rendered else "page"
        self.page += sum(1 for piece in pieces if piece.kind == wanted)


def plain_lines(root: Any) -> list[str]:
    """The text of every paragraph of a header or footer part, fields' codes left out."""
    lines = []
    for paragraph in root.iter(w("p")):
        text = " ".join(_joined(list(_pieces(paragraph, None, False, boxes=False))).split())
        if text:
            lines.append(text)
    return lines


# Helpers -----------------------------------------------------------------------------


def _body_children(container: Any) -> Iterator[Any]:
    for child in container:
        if child.tag in _BODY_CONTAINERS:
            yield from _body_children(child)
        elif child.tag == _ALTERNATE:
            choice = child.find(_CHOICE)
            if choice is not None:
                yield from _body_children(choice)
        else:
            yield child


def _pieces(container: Any, styles: Styles | None, style_bold: bool,
            boxes: bool = True) -> Iterator[_Piece]:
    """The container's pieces, its superscript markers left out (see _without_markers)."""
    return _without_markers(_all_pieces(container, styles, style_bold, boxes))


def _all_pieces(container: Any, styles: Styles | None, style_bold: bool,
                boxes: bool) -> Iterator[_Piece]:
    for child in container:
        tag = child.tag
        if tag == w("r"):
            yield from _run(child, styles, style_bold, boxes)
        elif tag in _TRANSPARENT:
            yield from _all_pieces(child, styles, style_bold, boxes)
        elif tag == _ALTERNATE:
            choice = child.find(_CHOICE)
            if choice is not None:
                yield from _all_pieces(choice, styles, style_bold, boxes)


def _without_markers(pieces: Iterator[_Piece]) -> Iterator[_Piece]:
    """The pieces with each superscript marker (a footnote's "1" typed raised) left out.

    A marker is no part of the word it follows: read into it, "berulang¹" would become
    "berulang1", a name that no longer matches the same name written elsewhere. The
    power of a unit (m², km³) is part of the unit and stays ("m2"). Consecutive
    superscript runs are weighed together, as the one marker they print.
    """
    before = ""
    raised: list[_Piece] = []
    for piece in pieces:
        if piece.superscript:
            raised.append(piece)
            continue
        if raised:
            yield from _settled(raised, before)
            before += "".join(part.text for part in raised)
            raised = []
        if piece.kind in ("text", "line"):
            before = piece.text if piece.kind == "line" else before + piece.text
        yield piece
    if raised:
        yield from _settled(raised, before)


def _settled(raised: list[_Piece], before: str) -> Iterator[_Piece]:
    """Superscript runs as read: kept when text or a unit's power, else only their spaces."""
    text = "".join(piece.text for piece in raised)
    core = text.strip()
    if not _MARKER.fullmatch(core) or (core in _POWERS and _UNIT_BEFORE.search(before)):
        yield from raised
        return
    # The spaces around the marker still part the words on either side of it.
    spacing = " " if core != text else ""
    yield _Piece("text", spacing, raised[0].bold)


def _run(run: Any, styles: Styles | None, style_bold: bool, boxes: bool) -> Iterator[_Piece]:
    properties = run.find(w("rPr"))
    bold = _run_bold(properties, styles, style_bold)
    superscript = _is_superscript(properties)
    for child in run:
        tag = child.tag
        if tag == w("t"):
            yield _Piece("text", child.text or "", bold, superscript=superscript)
        elif tag == w("tab"):
            yield _Piece("text", "\t", bold)
        elif tag == w("br"):
            if child.get(w("type")) == "page":
                yield _Piece("page")
            else:
                yield _Piece("line", " ", bold)
        elif tag == w("cr"):
            yield _Piece("line", " ", bold)
        elif tag == w("noBreakHyphen"):
            yield _Piece("text", "-", bold)
        elif tag == w("lastRenderedPageBreak"):
            yield _Piece("rendered")
        elif boxes:
            yield from _boxes(child)


def _boxes(element: Any) -> Iterator[_Piece]:
    """The text boxes of a drawing, only the first choice of alternate content."""
    if element.tag == _BOX:
        yield _Piece("box", element=element)
        return
    if element.tag == _ALTERNATE:
        choice = element.find(_CHOICE)
        if choice is not None:
            yield from _boxes(choice)
        return
    for child in element:
        yield from _boxes(child)


def _is_superscript(properties: Any) -> bool:
    """Is the run set as a superscript: w:vertAlign, or raised and smaller (w:position)?"""
    if properties is None:
        return False
    align = properties.find(w("vertAlign"))
    if align is not None:
        return align.get(w("val")) == "superscript"
    position, size = properties.find(w("position")), properties.find(w("sz"))
    if position is None or size is None:
        return False
    try:
        raised, half_points = float(position.get(w("val"), "")), float(size.get(w("val"), ""))
    except ValueError:
        return False
    return half_points > 0 and raised >= half_points * _RAISED_SHARE


def _run_bold(properties: Any, styles: Styles | None, style_bold: bool) -> bool:
    if properties is not None:
        direct = properties.find(w("b"))
        if direct is not None:
            return is_on(direct)
        character = properties.find(w("rStyle"))
        if character is not None and styles is not None:
            return styles.run_bold(character.get(w("val"))) or style_bold
    return style_bold


def _joined(pieces: list[_Piece]) -> str:
    # A line break reads as a space where the text is one line (a cell, a heading).
    return "".join(piece.text for piece in pieces if piece.kind in ("text", "line"))


def _split_at_line_breaks(pieces: list[_Piece]) -> list[list[_Piece]]:
    lines: list[list[_Piece]] = [[]]
    for piece in pieces:
        if piece.kind == "line":
            lines.append([])
        else:
            lines[-1].append(piece)
    return lines


def _with_bold(pieces: list[_Piece], label: str) -> str:
    """The paragraph's text with bold spans in ``**``, or wholly in ``**`` if all bold."""
    spans: list[tuple[str, bool]] = []
    for piece in pieces:
        if piece.kind != "text":
            continue
        if spans and spans[-1][1] == piece.bold:
            spans[-1] = (spans[-1][0] + piece.text, piece.bold)
        else:
            spans.append((piece.text, piece.bold))
    text = "".join(part for part, _ in spans).strip()
    if not any(bold and part.strip() for part, bold in spans):
        return f"{label} {text}" if label else text
    if all(bold for part, bold in spans if part.strip()):
        return f"**{label} {text}**" if label else f"**{text}**"
    out = []
    for part, bold in spans:
        core = part.strip()
        if bold and core:
            lead = part[: len(part) - len(part.lstrip())]
            trail = part[len(part.rstrip()):]
            out.append(f"{lead}**{core}**{trail}")
        else:
            out.append(part)
    text = "".join(out).strip()
    return f"{label} {text}" if label else text


def _style_id(properties: Any) -> str | None:
    if properties is None:
        return None
    style = properties.find(w("pStyle"))
    return style.get(w("val")) if style is not None else None


def _page_break_before(properties: Any, style: Any) -> bool:
    direct = properties.find(w("pageBreakBefore")) if properties is not None else None
    return is_on(direct) if direct is not None else style.page_break_before


def _ends_page(properties: Any) -> bool:
    """A section break in this paragraph starts the next section on a new page."""
    section = properties.find(w("sectPr"))
    if section is None:
        return False
    kind = section.find(w("type"))
    return kind is None or kind.get(w("val"), "nextPage") not in _NOT_A_PAGE


def _outline_level(properties: Any) -> int:
    level = properties.find(w("outlineLvl")) if properties is not None else None
    if level is None:
        return 0
    try:
        value = int(level.get(w("val"), ""))
    except ValueError:
        return 0
    return value + 1 if 0 <= value < 9 else 0


def _enclosing_table(element: Any) -> Any:
    parent = element.getparent()
    while parent is not None and parent.tag != w("tbl"):
        parent = parent.getparent()
    return parent


def _row_cells(row: Any) -> Iterator[Any]:
    for child in row:
        if child.tag == w("tc"):
            yield child
        elif child.tag in _BODY_CONTAINERS:
            yield from _row_cells(child)


def _is_header_row(row: Any) -> bool:
    properties = row.find(w("trPr"))
    return properties is not None and is_on(properties.find(w("tblHeader")))


def _grid_before(row: Any) -> int:
    properties = row.find(w("trPr"))
    before = properties.find(w("gridBefore")) if properties is not None else None
    return _positive(before.get(w("val")) if before is not None else None, 0)


def _grid_span(properties: Any) -> int:
    span = properties.find(w("gridSpan")) if properties is not None else None
    return _positive(span.get(w("val")) if span is not None else None, 1)


def _vertical_merge(properties: Any) -> str | None:
    merge = properties.find(w("vMerge")) if properties is not None else None
    if merge is None:
        return None
    return "restart" if merge.get(w("val")) == "restart" else "continue"


def _positive(value: str | None, default: int) -> int:
    try:
        number = int(value or "")
    except ValueError:
        return default
    # A span wider than any real table is a damaged or hostile file.
    return max(default, min(number, 64))


def _tab_cell(cell: _Cell) -> str:
    text = " ".join(cell.text.split())
    return f"**{text}**" if cell.bold and text else text


def _html_row(cells: list[_Cell]) -> str:
    parts = []
    for cell in cells:
        tag = "th" if cell.header else "td"
        spans = (f' colspan="{cell.colspan}"' if cell.colspan > 1 else "") + (
            f' rowspan="{cell.rowspan}"' if cell.rowspan > 1 else "")
        text = html.escape(" ".join(cell.text.split()), quote=False)
        if cell.bold and text:
            text = f"<b>{text}</b>"
        parts.append(f"<{tag}{spans}>{text}</{tag}>")
    return "<tr>" + "".join(parts) + "</tr>"
