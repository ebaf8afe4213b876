"""A table whose whole grid is one path object: every border a thin filled rectangle
(``re ... re f``) or a line (``m l m l ... S``) of one fill or one stroke, as some
producers write it. The path's bounding box is the whole table; its edges are the rules.

The PDF is written here, by hand: a ruled table of three columns and three rows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from handmade_pdf import A4, pdf_of_pages

from checker.readers._pdf_doc import read_pages
from checker.readers._pdf_tables import find_tables
from checker.readers.pdf import pdf_layer

_WIDTH, _HEIGHT = A4
_COLUMNS = (57.0, 90.0, 330.0, 500.0)
_ROWS = (760.0, 740.0, 720.0, 700.0)
_THICK = 0.6
_ROWS_TEXT = (("No", "Program", "Anggaran"), ("1", "Program Penunjang", "6.072.090.000"),
              ("2", "Program Persampahan", "957.700.000"))


def _filled_rectangles() -> str:
    left, right, top, bottom = _COLUMNS[0], _COLUMNS[-1], _ROWS[0], _ROWS[-1]
    boxes = [f"{left} {y} {right - left} {_THICK} re" for y in _ROWS]
    boxes += [f"{x} {bottom} {_THICK} {top - bottom} re" for x in _COLUMNS]
    return "0 0 0 rg " + " ".join(boxes) + " f"


def _stroked_lines() -> str:
    left, right, top, bottom = _COLUMNS[0], _COLUMNS[-1], _ROWS[0], _ROWS[-1]
    lines = [f"{left} {y} m {right} {y} l" for y in _ROWS]
    lines += [f"{x} {top} m {x} {bottom} l" for x in _COLUMNS]
    return "0.5 w " + " ".join(lines) + " S"


def _content(grid: str) -> bytes:
    parts = [grid]
    for row, texts in zip(_ROWS, _ROWS_TEXT, strict=False):
        for x, text in zip(_COLUMNS, texts, strict=False):
            parts.append(f"BT /F1 10 Tf {x + 3} {row - 14} Td ({text}) Tj ET")
    return "\n".join(parts).encode("latin-1")


@pytest.mark.parametrize("grid", [_filled_rectangles, _stroked_lines],
                         ids=["filled-rectangles", "stroked-lines"])
def test_a_grid_drawn_as_one_path_is_read_as_a_table(tmp_path: Path,
                                                     grid: Callable[[], str]) -> None:
    path = tmp_path / "satu-path.pdf"
    data = pdf_of_pages([_content(grid())])
    path.write_bytes(data)
    page = next(read_pages(path, data))
    tables = find_tables(page.number, page.rules, page.glyphs)
    # Read as a ruled table (not as columns aligned without lines): its grid is the drawing's.
    assert [table.columns for table in tables] == [pytest.approx(_COLUMNS, abs=1.0)]
    assert [tuple(cell.text for cell in row if cell) for row in tables[0].rows] == list(
        _ROWS_TEXT)
    lines = [line for line in pdf_layer(path, data).lines if line]
    assert lines == ["\t".join(texts) for texts in _ROWS_TEXT]
