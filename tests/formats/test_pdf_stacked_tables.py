"""Two ruled tables printed one right under the other, their borders shared.

A signed Perjanjian Kinerja prints its sasaran/indikator table and, right under it, the
table of its programs and their anggaran, each with its own header row. The second
table's top border is the first one's bottom border, and the 'No' column of both has
(nearly) the same line, so the lines of the two make one grid. What tells them apart:
at that border the other column lines change (each side has lines the other lacks) and
the row under it is a header (bold) under a row of data. Read as one table, the
programs became PK indicators, their anggaran targets.

A table whose merged cells change its column lines partway, with no header starting
there, stays one table.
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
    rules = [_horizontal(700), _horizontal(680), _horizontal(660, 292, _RIGHT),
             _horizontal(_SEAM)]
    rules += [_vertical(x, 700, _SEAM) for x in (_LEFT, 77.0, 292.0, 496.0, 535.0, _RIGHT)]
    texts: list[_Text] = [
        (60, 686, "No", True), (80, 686, "Sasaran Strategis", True),
        (295, 686, "Indikator Kinerja", True), (499, 686, "Satuan", True),
        (538, 686, "Target", True),
        (60, 666, "1", False), (80, 666, "Meningkatnya kualitas koperasi", False),
        (295, 666, "Persentase koperasi aktif", False), (499, 666, "%", False),
        (538, 666, "62,00", False),
        (295, 646, "Persentase koperasi yang RAT", False), (499, 646, "%", False),
        (538, 646, "55,00", False),
    ]
    return rules, texts


def _program_rows(header_bold: bool) -> tuple[list[_Rule], list[_Text]]:
    """No | Program | Anggaran under the seam; its 'No' line 2 points off the first's."""
    rules = [_horizontal(620), _horizontal(600), _horizontal(580)]
    rules += [_vertical(x, _SEAM, 580) for x in (_LEFT, 79.0, 488.0, _RIGHT)]
    texts: list[_Text] = [
        (60, 626, "No", header_bold), (82, 626, "Program", header_bold),
        (491, 626, "Anggaran (Rp)", header_bold),
        (60, 606, "1", False), (82, 606, "Program Penunjang Urusan", False),
        (491, 606, "7.549.900.000", False),
        (60, 586, "2", False), (82, 586, "Program Pengawasan Koperasi", False),
        (491, 586, "418.200.000", False),
    ]
    return rules, texts


def _page(header_bold: bool) -> bytes:
    rules, texts = _indikator_table()
    more_rules, more_texts = _program_rows(header_bold)
    return _content(rules + more_rules, texts + more_texts)


def test_a_table_with_its_own_header_under_a_table_is_a_table_of_its_own(
        tmp_path: Path) -> None:
    lines = _lines(tmp_path, _page(header_bold=True))
    assert lines.count("<table>") == 1  # the indikator table, its sasaran spanning rows
    end = lines.index("</table>")
    indikator = lines[:end + 1]
    assert not any("Program" in line or "Anggaran" in line for line in indikator)
    assert '<td rowspan="2">Meningkatnya kualitas koperasi</td>' in indikator[2]
    assert lines[end + 1:] == [
        "**No**\t**Program**\t**Anggaran (Rp)**",
        "1\tProgram Penunjang Urusan\t7.549.900.000",
        "2\tProgram Pengawasan Koperasi\t418.200.000",
    ]


def test_column_lines_changing_without_a_header_stay_one_table(tmp_path: Path) -> None:
    # The same lines, the row under the border plain text: merged cells of one table.
    lines = _lines(tmp_path, _page(header_bold=False))
    assert lines.count("<table>") == 1
    assert lines[-1] == "</table>"
    rows = [line for line in lines if line.startswith("<tr>")]
    assert len(rows) == 6
    assert "Program Pengawasan Koperasi" in rows[-1]
