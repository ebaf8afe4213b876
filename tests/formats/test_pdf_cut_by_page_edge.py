"""A table wider than its page: the figures of its last column run past the table's
right border and past the paper's edge (the page clips them). A figure cut so is read
whole, as the text layer holds it; a line the clip hides whole is still left out.

The PDF is written here, by hand: a ruled table of three columns whose right border is
the page's edge, its 'Anggaran' figures starting inside the last column.
"""

from __future__ import annotations

from pathlib import Path

from handmade_pdf import A4, pdf_of_pages

from checker.readers._pdf_doc import Glyph, Segment
from checker.readers._pdf_tables import find_tables
from checker.readers.pdf import pdf_layer

_WIDTH, _HEIGHT = A4
_COLUMNS = (57.0, 300.0, 533.0, 595.3)  # the last border on the page's edge
_ROWS = (760.0, 740.0, 720.0, 700.0)


def _text(x: float, y: float, text: str, clip: str = "") -> str:
    return f"q {clip} BT /F1 10 Tf {x} {y} Td ({text}) Tj ET Q"


def _content(figures: tuple[str, str], hidden: str) -> bytes:
    page_clip = f"0 0 {_WIDTH} {_HEIGHT} re W n"
    lines = ["0.5 w"]
    for y in _ROWS:
        lines.append(f"{_COLUMNS[0]} {y} m {_COLUMNS[-1]} {y} l S")
    for x in _COLUMNS:
        lines.append(f"{x} {_ROWS[0]} m {x} {_ROWS[-1]} l S")
    header, first, second = (y - 14 for y in _ROWS[:3])
    lines += [
        _text(60, header, "No", page_clip), _text(303, header, "Program", page_clip),
        _text(536, header, "Anggaran", page_clip),
        _text(60, first, "1", page_clip), _text(303, first, "Program Penunjang", page_clip),
        _text(536, first, figures[0], page_clip),
        _text(60, second, "2", page_clip), _text(303, second, "Program Persampahan", page_clip),
        _text(536, second, figures[1], page_clip),
        # A line below its cell's clip (a row too short for its text): hidden whole.
        _text(303, second - 12, hidden, f"300 {_ROWS[-1]} 233 20 re W n"),
    ]
    return "\n".join(lines).encode("latin-1")


def _lines(tmp_path: Path, figures: tuple[str, str], hidden: str = "Tersembunyi") -> list[str]:
    path = tmp_path / "lebar.pdf"
    data = pdf_of_pages([_content(figures, hidden)])
    path.write_bytes(data)
    return [line for line in pdf_layer(path, data).lines if line]


def test_a_figure_cut_by_the_page_edge_is_read_whole(tmp_path: Path) -> None:
    lines = _lines(tmp_path, ("6.072.090.000", "12.741.190.000"))
    assert "1\tProgram Penunjang\t6.072.090.000" in lines
    assert "2\tProgram Persampahan\t12.741.190.000" in lines
    # No piece of a figure is left over as a line of its own.
    assert not [line for line in lines if line.strip("0.") == ""]


def test_a_figure_that_differs_is_still_read_as_printed(tmp_path: Path) -> None:
    lines = _lines(tmp_path, ("6.072.000.000", "957.700.000"))
    assert "1\tProgram Penunjang\t6.072.000.000" in lines
    assert "2\tProgram Persampahan\t957.700.000" in lines


def test_a_line_hidden_whole_by_its_clip_stays_out(tmp_path: Path) -> None:
    lines = _lines(tmp_path, ("6.072.090.000", "957.700.000"), hidden="Tersembunyi")
    assert not [line for line in lines if "Tersembunyi" in line]


def _glyphs(x: float, top: float, text: str) -> list[Glyph]:
    return [Glyph(char, x + 6 * i, top, x + 6 * (i + 1), top + 11, 10.0, False)
            for i, char in enumerate(text)]


def _grid() -> list[Segment]:
    xs, ys = (0.0, 100.0, 200.0), (0.0, 20.0, 40.0)
    return ([Segment(xs[0], y, xs[-1], y) for y in ys]
            + [Segment(x, ys[0], x, ys[-1]) for x in xs])


def test_only_the_rest_of_a_word_past_the_right_border_is_the_cells() -> None:
    # '1.250.000' starts at 150 and ends at 204, past the border at 200.
    cut = _glyphs(150, 24, "1.250.000")
    # Text past the border that does not go on with a word of the cell is not the table's.
    apart = _glyphs(210, 4, "catatan")
    table = find_tables(1, _grid(), [*_glyphs(103, 4, "Pagu"), *apart, *cut])[0]
    last = table.rows[1][1]
    assert last is not None and last.text == "1.250.000"
    assert all(table.contains(glyph) for glyph in cut)
    assert not any(table.contains(glyph) for glyph in apart)
