"""What a PDF page holds for the reader: its glyphs and its ruling lines, via pdfium.

Everything that touches pypdfium2 is here, so the layout code works on plain value
objects. Coordinates are turned into the page as a reader sees it: the origin at the
top left, ``y`` growing downwards, a page with ``/Rotate`` already turned.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checker.errors import InputError
from checker.limits import DEFAULT_READ_LIMITS, current_limits

__all__ = ["MAX_PAGES", "Glyph", "PageContent", "Segment", "read_pages"]

# The default page limit (its reason is in checker.limits); a run may set another
# (ReadLimits.pdf_pages).
MAX_PAGES = DEFAULT_READ_LIMITS.pdf_pages
# Borders are drawn as thin lines or thin filled rectangles; anything thicker than
# this is a shaded area or a picture frame, not a rule.
_RULE_THICKNESS = 3.0
_MIN_RULE_LENGTH = 4.0
_FONT_NAME_BUFFER = 128
_BOLD_WEIGHT = 600
_CLIP_SLACK = 1.0
# Two glyphs of one word touch: the next starts where the last ends (loose boxes).
_TOUCH = 1.0
# PDFium reports a hyphen that ends a line as U+0002.
_LINE_END_HYPHEN = 0x02


@dataclass(frozen=True)
class Glyph:
    """One character with its box (top-left origin), font size and boldness."""

    char: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool


@dataclass(frozen=True)
class Segment:
    """A horizontal or vertical ruling line: from (x0, top) to (x1, bottom)."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return (self.x1 - self.x0) >= (self.bottom - self.top)


@dataclass(frozen=True)
class PageContent:
    number: int  # 1-based
    width: float
    height: float
    glyphs: tuple[Glyph, ...]
    rules: tuple[Segment, ...]


def read_pages(path: Path, data: bytes, max_pages: int | None = None) -> Iterator[PageContent]:
    """Every page of the PDF in ``data``; :class:`InputError` when it cannot be read or
    has more than ``max_pages`` pages (default: the current limits' ``pdf_pages``)."""
    most = current_limits().pdf_pages if max_pages is None else max_pages
    import pypdfium2 as pdfium  # imported when a PDF is read, not at registration

    if b"%PDF-" not in data[:1024]:
        raise InputError(str(path), "not a PDF file (no %PDF- header)",
                         "bukan berkas PDF (tidak ada kepala %PDF-)")
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise _open_error(path, error) from None
    try:
        count = len(document)
        if count == 0:
            raise InputError(str(path), "the PDF has no pages", "PDF tidak memiliki halaman")
        if count > most:
            raise InputError(
                str(path), f"the PDF has {count} pages; at most {most} are read",
                f"PDF berisi {count} halaman; paling banyak {most} halaman dibaca",
            )
        for index in range(count):
            yield _page(path, document, index)
    finally:
        document.close()


def _open_error(path: Path, error: Exception) -> InputError:
    message = str(error).lower()
    if "password" in message:
        return InputError(
            str(path), "the PDF is password-protected (encrypted): save an unprotected copy",
            "PDF dilindungi kata sandi (terenkripsi): simpan salinan tanpa kata sandi",
        )
    return InputError(str(path), f"damaged or unreadable PDF: {error}",
                      "PDF rusak atau tidak dapat dibaca")


def _page(path: Path, document: Any, index: int) -> PageContent:
    import pypdfium2 as pdfium

    try:
        page = document[index]
    except pdfium.PdfiumError as error:
        raise _page_error(path, index, error) from None
    try:
        return _content(page, index)
    except pdfium.PdfiumError as error:
        raise _page_error(path, index, error) from None
    finally:
        page.close()


def _page_error(path: Path, index: int, error: Exception) -> InputError:
    return InputError(str(path), f"page {index + 1} cannot be read: {error}",
                      f"halaman {index + 1} tidak dapat dibaca")


def _content(page: Any, index: int) -> PageContent:
    # The crop box is the page in user space; get_size() would give it turned.
    left, bottom, right, top = page.get_cropbox()
    turn = _Turn(page.get_rotation() % 360, right - left, top - bottom, left, bottom)
    text_page = page.get_textpage()
    try:
        glyphs = tuple(_glyphs(text_page, turn))
    finally:
        text_page.close()
    rules = tuple(_rules(page, turn))
    shown_width, shown_height = turn.size
    return PageContent(index + 1, shown_width, shown_height, glyphs, rules)


@dataclass(frozen=True)
class _Turn:
    """PDF user space (origin bottom left) to the page as shown (origin top left)."""

    rotation: int
    width: float
    height: float
    left: float = 0.0
    bottom: float = 0.0

    @property
    def size(self) -> tuple[float, float]:
        return (self.height, self.width) if self.rotation in (90, 270) else (self.width,
                                                                             self.height)

    def box(self, left: float, bottom: float, right: float, top: float
            ) -> tuple[float, float, float, float]:
        """(x0, top, x1, bottom) on the shown page of a user-space box."""
        left, right = left - self.left, right - self.left
        bottom, top = bottom - self.bottom, top - self.bottom
        # /Rotate turns the page clockwise for display.
        if self.rotation == 90:
            return bottom, left, top, right
        if self.rotation == 180:
            return self.width - right, bottom, self.width - left, top
        if self.rotation == 270:
            return self.height - top, self.width - right, self.height - bottom, self.width - left
        return left, self.height - top, right, self.height - bottom


@dataclass(frozen=True)
class _Run:
    """What a text object says of all its glyphs: its clip area and whether it is bold."""

    clip: tuple[float, float, float, float] | None
    bold: bool


def _glyphs(text_page: Any, turn: _Turn) -> Iterator[Glyph]:
    import pypdfium2.raw as pdfium_c

    handle = text_page.raw
    runs: dict[int, _Run] = {}
    box = pdfium_c.FS_RECTF()
    # The glyph kept last: its index, its right and its bottom on the shown page.
    kept = (-2, 0.0, 0.0)
    for index in range(pdfium_c.FPDFText_CountChars(handle)):
        code = pdfium_c.FPDFText_GetUnicode(handle, index)
        if code == _LINE_END_HYPHEN:
            code = ord("-")
        if code < 0x20 or code in (0xFFFE, 0xFFFF) or pdfium_c.FPDFText_IsGenerated(
                handle, index) == 1:
            continue
        pdfium_c.FPDFText_GetLooseCharBox(handle, index, ctypes.byref(box))
        run = _run(handle, index, runs)
        x0, y0, x1, y1 = turn.box(box.left, box.bottom, box.right, box.top)
        if run.clip is not None and _outside(run.clip, (box.left + box.right) / 2,
                                             (box.bottom + box.top) / 2) and not (
                code != 0x20 and _goes_on(kept, index, x0, y1)):
            continue
        kept = (index, x1, y1)
        size = pdfium_c.FPDFText_GetFontSize(handle, index)
        yield Glyph(chr(code), x0, y0, x1, y1, round(size, 1), run.bold)


def _run(handle: Any, index: int, runs: dict[int, _Run]) -> _Run:
    import pypdfium2.raw as pdfium_c

    obj = pdfium_c.FPDFText_GetTextObject(handle, index)
    key = ctypes.cast(obj, ctypes.c_void_p).value or 0
    found = runs.get(key)
    if found is None:
        name = ctypes.create_string_buffer(_FONT_NAME_BUFFER)
        pdfium_c.FPDFText_GetFontInfo(handle, index, name, _FONT_NAME_BUFFER, None)
        font = name.value.decode("latin-1", "replace").lower()
        bold = "bold" in font or "black" in font or "heavy" in font or (
            pdfium_c.FPDFText_GetFontWeight(handle, index) >= _BOLD_WEIGHT)
        found = _Run(_clip_box(obj) if key else None, bold)
        if key:
            runs[key] = found
    return found


def _goes_on(kept: tuple[int, float, float], index: int, x0: float, bottom: float) -> bool:
    """Does the glyph at ``index`` go on with the word of the glyph kept just before it?

    A clip that cuts through a word (a table wider than the page, its last column's
    figures running past the paper's edge: '6.072.090.00|0') hides part of a printed
    word, not a word: the word is read whole, as the text layer holds it.
    """
    last, right, last_bottom = kept
    # The bottoms of a line's boxes are level; their tops follow each letter's height.
    return last == index - 1 and abs(x0 - right) <= _TOUCH and abs(bottom - last_bottom) <= _TOUCH


def _outside(clip: tuple[float, float, float, float], x: float, y: float) -> bool:
    """Is the glyph's middle outside its text object's clip area (hidden text, such as the
    overflow of a table cell too short for its text)?"""
    left, bottom, right, top = clip
    return not (left - _CLIP_SLACK <= x <= right + _CLIP_SLACK
                and bottom - _CLIP_SLACK <= y <= top + _CLIP_SLACK)


def _clip_box(obj: Any) -> tuple[float, float, float, float] | None:
    """The bounding box (user space) of a page object's clip path, if it has one."""
    import pypdfium2.raw as pdfium_c

    clip = pdfium_c.FPDFPageObj_GetClipPath(obj)
    if not clip:
        return None
    xs: list[float] = []
    ys: list[float] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    for path in range(pdfium_c.FPDFClipPath_CountPaths(clip)):
        for number in range(pdfium_c.FPDFClipPath_CountPathSegments(clip, path)):
            segment = pdfium_c.FPDFClipPath_GetPathSegment(clip, path, number)
            if segment and pdfium_c.FPDFPathSegment_GetPoint(segment, ctypes.byref(x),
                                                             ctypes.byref(y)):
                xs.append(x.value)
                ys.append(y.value)
    if not xs:
        return None
    return min(xs), min(ys), max(xs), max(ys)


def _rules(page: Any, turn: _Turn) -> Iterator[Segment]:
    """Ruling lines: thin path objects, and the four sides of outlined rectangles, also
    inside form XObjects (a page placed on a page, as when it was turned)."""
    import pypdfium2.raw as pdfium_c

    handle = page.raw
    top_level = [pdfium_c.FPDFPage_GetObject(handle, i)
                 for i in range(pdfium_c.FPDFPage_CountObjects(handle))]
    for left, bottom, right, top, segments in _paths(top_level, _IDENTITY, 0):
        x0, y0, x1, y1 = turn.box(left, bottom, right, top)
        yield from _sides(x0, y0, x1, y1, segments)


_Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: _Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_MAX_DEPTH = 8
# A path object of at most this many segments and one subpath is one shape: a line, or
# a rectangle (move, three lines, a closing line) whose sides are rules.
_WHOLE_PATH_SEGMENTS = 6


def _paths(objects: list[Any], matrix: _Matrix, depth: int
           ) -> Iterator[tuple[float, float, float, float, int]]:
    """(left, bottom, right, top, segment count) of each path, in page space."""
    import pypdfium2.raw as pdfium_c

    for obj in objects:
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            count = pdfium_c.FPDFPath_CountSegments(obj)
            if count > _WHOLE_PATH_SEGMENTS or _subpaths(obj, count) > 1:
                yield from _edges(obj, count, matrix)
                continue
            left, bottom, right, top = (ctypes.c_float() for _ in range(4))
            if pdfium_c.FPDFPageObj_GetBounds(obj, ctypes.byref(left), ctypes.byref(bottom),
                                              ctypes.byref(right), ctypes.byref(top)):
                box = _apply(matrix, left.value, bottom.value, right.value, top.value)
                yield (*box, count)
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < _MAX_DEPTH:
            form = pdfium_c.FS_MATRIX()
            pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(form))
            inner = _compose((form.a, form.b, form.c, form.d, form.e, form.f), matrix)
            children = [pdfium_c.FPDFFormObj_GetObject(obj, i)
                        for i in range(pdfium_c.FPDFFormObj_CountObjects(obj))]
            yield from _paths(children, inner, depth + 1)


def _subpaths(obj: Any, count: int) -> int:
    """How many subpaths (each opened by a move) the path object holds."""
    import pypdfium2.raw as pdfium_c

    return sum(1 for number in range(count) if pdfium_c.FPDFPathSegment_GetType(
        pdfium_c.FPDFPath_GetPathSegment(obj, number)) == pdfium_c.FPDF_SEGMENT_MOVETO)


def _edges(obj: Any, count: int, matrix: _Matrix
           ) -> Iterator[tuple[float, float, float, float, int]]:
    """Each straight edge of a path object that holds many shapes, as a box of its own.

    Producers that write a table's whole grid in one path object (every border a
    ``re`` or an ``m ... l`` of one fill or stroke) give it one bounding box, the whole
    table: only its edges are the rules. A curve is no rule; it only moves the pen.
    """
    import pypdfium2.raw as pdfium_c

    own = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(own)):
        return
    to_page = _compose((own.a, own.b, own.c, own.d, own.e, own.f), matrix)
    x, y = ctypes.c_float(), ctypes.c_float()
    start = last = (0.0, 0.0)
    for number in range(count):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, number)
        if not segment or not pdfium_c.FPDFPathSegment_GetPoint(segment, ctypes.byref(x),
                                                                ctypes.byref(y)):
            continue
        point = (x.value, y.value)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            start = point
        elif kind == pdfium_c.FPDF_SEGMENT_LINETO:
            yield from _edge(to_page, last, point)
        if kind != pdfium_c.FPDF_SEGMENT_MOVETO and pdfium_c.FPDFPathSegment_GetClose(segment):
            yield from _edge(to_page, point, start)
            point = start
        last = point


def _edge(matrix: _Matrix, start: tuple[float, float], end: tuple[float, float]
          ) -> Iterator[tuple[float, float, float, float, int]]:
    """The edge from ``start`` to ``end`` in page space, when it is level or upright (a
    slanted edge is a drawing's, not a border)."""
    left, bottom, right, top = _apply(matrix, min(start[0], end[0]), min(start[1], end[1]),
                                      max(start[0], end[0]), max(start[1], end[1]))
    if min(right - left, top - bottom) <= _RULE_THICKNESS:
        yield left, bottom, right, top, 1


def _compose(first: _Matrix, then: _Matrix) -> _Matrix:
    a, b, c, d, e, f = first
    a2, b2, c2, d2, e2, f2 = then
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _apply(matrix: _Matrix, left: float, bottom: float, right: float, top: float
           ) -> tuple[float, float, float, float]:
    a, b, c, d, e, f = matrix
    points = [(a * x + c * y + e, b * x + d * y + f) for x in (left, right) for y in (bottom, top)]
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    return min(xs), min(ys), max(xs), max(ys)


def _sides(x0: float, top: float, x1: float, bottom: float, segments: int
           ) -> Iterator[Segment]:
    width, height = x1 - x0, bottom - top
    if max(width, height) < _MIN_RULE_LENGTH:
        return
    if min(width, height) <= _RULE_THICKNESS:
        yield Segment(x0, top, x1, bottom)
    elif segments <= _WHOLE_PATH_SEGMENTS:
        # A stroked or filled rectangle: a cell drawn whole. Its sides are rules.
        yield Segment(x0, top, x1, top)
        yield Segment(x0, bottom, x1, bottom)
        yield Segment(x0, top, x0, bottom)
        yield Segment(x1, top, x1, bottom)
