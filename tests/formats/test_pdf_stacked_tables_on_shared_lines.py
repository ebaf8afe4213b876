"""Two ruled tables printed one right under the other, whose column lines all fall on
lines of the first.

A signed Perjanjian Kinerja prints its sasaran/indikator table (No | Sasaran | Indikator |
Satuan | Target) and, with no text between, its program table (No | Program | Anggaran).
When the program table's 'Anggaran' column starts where the first table's 'Satuan' column
starts, every column line of the second is a line of the first: the lines look like
merged cells of one table. Its own header row (bold column names, no figure) under a row
of data still opens a table of its own; read as one table, 'Program' became a sasaran of
the PK with the target 'Anggaran (Rp)'.

A bold row of merged cells inside one table ('Jumlah' and its sum) or a plain row stays
in the table.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from handmade_pdf import pdf_of_pages

from checker.readers.pdf import pdf_layer

# A line: ((x0, y0), (x1, y1)) in PDF space (y up); a text: (x, y, text, bold).
_Rule = tuple[tuple[float, float], tuple[float, float]]
_Text = tuple[float, float, str, bool]

_LEFT, _RIGHT = 57.0, 575.0
_NO, _SASARAN, _SATUAN, _TARGET = 77.0, 292.0, 496.0, 535.0
_SEAM = 640.0  # the first table's bottom border, the second's top border


def _content(rules: Sequence[_Rule], texts: Sequence[_Text]) -> bytes:
    lines = ["0.5 w"]
    lines += [f"{a[0]} {a[1]} m {b[0]} {b[1]} l S" for a, b in rules]
    lines += [f"BT /{'F2' if bold else 'F1'} 9 Tf {x} {y} Td ({text}) Tj ET"
              for x, y, text, bold in texts]
    return "\n".join(lines).encode("latin-1")


def _lines(tmp_path: Path, page: bytes) -> list[str]:
    path = tmp_path / "pk.pdf"
    data = pdf_of_pages([page])
    path.write_bytes(data)
    return [line for line in pdf_layer(path, data).lines if line]


def _vertical(x: float, top: float, bottom: float) -> _Rule:
    return ((x, top), (x, bottom))


def _horizontal(y: float, left: float = _LEFT, right: float = _RIGHT) -> _Rule:
    return ((left, y), (right, y))


def _indikator_table() -> tuple[list[_Rule], list[_Text]]:
    """No | Sasaran | Indikator | Satuan | Target; the sasaran spans its two indikator."""
    rules = [_horizontal(700), _horizontal(680), _horizontal(660, _SASARAN, _RIGHT),
             _horizontal(_SEAM)]
    rules += [_vertical(x, 700, _SEAM)
              for x in (_LEFT, _NO, _SASARAN, _SATUAN, _TARGET, _RIGHT)]
    texts: list[_Text] = [
        (60, 686, "No", True), (80, 686, "Sasaran Strategis", True),
        (295, 686, "Indikator Kinerja", True), (499, 686, "Satuan", True),
        (538, 686, "Target", True),
        (60, 666, "1", False), (80, 666, "Meningkatnya kualitas perencanaan", False),
        (295, 666, "Persentase konsistensi program", False), (499, 666, "%", False),
        (538, 666, "90,00", False),
        (295, 646, "Nilai evaluasi SAKIP", False), (499, 646, "nilai", False),
        (538, 646, "65,00", False),
    ]
    return rules, texts


def _program_rows(first_row: Sequence[str], bold: bool) -> tuple[list[_Rule], list[_Text]]:
    """Three columns under the seam, each line on a line of the table above (a hair off,
    as a word processor draws two tables), the first row ``first_row``."""
    rules = [_horizontal(620), _horizontal(600), _horizontal(580)]
    rules += [_vertical(x, _SEAM, 580) for x in (_LEFT, _NO + 0.5, _SATUAN - 1.2, _RIGHT)]
    texts: list[_Text] = [
        (60, 626, first_row[0], bold), (80, 626, first_row[1], bold),
        (499, 626, first_row[2], bold),
        (60, 606, "1", False), (80, 606, "Program Penunjang Urusan", False),
        (499, 606, "6.610.150.000", False),
        (60, 586, "2", False), (80, 586, "Program Perencanaan Pembangunan", False),
        (499, 586, "3.713.800.000", False),
    ]
    return rules, texts


def _page(first_row: Sequence[str], bold: bool = True) -> bytes:
    rules, texts = _indikator_table()
    more_rules, more_texts = _program_rows(first_row, bold)
    return _content(rules + more_rules, texts + more_texts)


def _table_rows(lines: list[str]) -> list[str]:
    return [line for line in lines if line.startswith("<tr>")]


def test_a_header_of_column_names_on_shared_lines_opens_a_table_of_its_own(
        tmp_path: Path) -> None:
    lines = _lines(tmp_path, _page(("No", "Program", "Anggaran (Rp)")))
    end = lines.index("</table>")
    indikator = lines[:end + 1]
    assert lines.count("<table>") == 1  # the indikator table, its sasaran spanning rows
    assert len(_table_rows(indikator)) == 3
    assert not any("Program" in line or "Anggaran" in line for line in indikator)
    assert lines[end + 1:] == [
        "**No**\t**Program**\t**Anggaran (Rp)**",
        "1\tProgram Penunjang Urusan\t6.610.150.000",
        "2\tProgram Perencanaan Pembangunan\t3.713.800.000",
    ]


def test_a_bold_row_with_a_figure_on_shared_lines_stays_in_the_table(
        tmp_path: Path) -> None:
    # A bold row of merged cells holding a sum is a row of the table, not a header.
    lines = _lines(tmp_path, _page(("A", "Jumlah", "10.324.000.000")))
    assert lines.count("<table>") == 1
    rows = _table_rows(lines)
    assert len(rows) == 6
    assert "10.324.000.000" in rows[3]


def test_a_plain_row_on_shared_lines_stays_in_the_table(tmp_path: Path) -> None:
    lines = _lines(tmp_path, _page(("No", "Program", "Anggaran (Rp)"), bold=False))
    assert lines.count("<table>") == 1
    rows = _table_rows(lines)
    assert len(rows) == 6
    assert "Anggaran (Rp)" in rows[3]
