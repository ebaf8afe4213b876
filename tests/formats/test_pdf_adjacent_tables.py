"""Ruled tables whose borders touch, read as the tables they are.

Two layouts a word processor prints this way, written here by hand:

- a signature block laid out as a ruled two-column table right under the table above it
  (a signed Perjanjian Kinerja: the 'Program dan Anggaran' table, then the place and
  date and the two signatories). The borders meet, yet no column line crosses from one
  to the other: two tables, the signatures no rows of the program table;
- a two-row header ('Tahun 2023' over Target / Realisasi) whose first row the page break
  cuts: the page before shows that row alone, with fewer columns; the next page goes on
  with its empty rest, the finer columns starting under it. One table, its header whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from handmade_pdf import A4, pdf_of_pages

from checker.readers.pdf import pdf_layer

_WIDTH, _HEIGHT = A4

# A line: ((x0, y0), (x1, y1)) in PDF space (y up); a text: (x, y, text).
_Rule = tuple[tuple[float, float], tuple[float, float]]
_Text = tuple[float, float, str]


def _content(rules: Sequence[_Rule], texts: Sequence[_Text]) -> bytes:
    lines = ["0.5 w"]
    lines += [f"{a[0]} {a[1]} m {b[0]} {b[1]} l S" for a, b in rules]
    lines += [f"BT /F1 9 Tf {x} {y} Td ({text}) Tj ET" for x, y, text in texts]
    return "\n".join(lines).encode("latin-1")


def _lines(tmp_path: Path, pages: Sequence[bytes]) -> list[str]:
    path = tmp_path / "tabel.pdf"
    data = pdf_of_pages(pages)
    path.write_bytes(data)
    return [line for line in pdf_layer(path, data).lines if line]


def _grid(columns: Sequence[float], top: float, bottom: float) -> list[_Rule]:
    return [((x, top), (x, bottom)) for x in columns]


def _across(left: float, right: float, *ys: float) -> list[_Rule]:
    return [((left, y), (right, y)) for y in ys]


# --- a signature block right under the program table -------------------------------------

_PROGRAM_COLUMNS = (57.0, 80.0, 340.0, 420.0, 510.0)
_PROGRAM_ROWS = (700.0, 680.0, 660.0, 640.0)


def _program_table(extra_row: bool) -> tuple[list[_Rule], list[_Text], float]:
    rows = [*_PROGRAM_ROWS, 620.0] if extra_row else list(_PROGRAM_ROWS)
    rules = _across(57, 510, *rows) + _grid(_PROGRAM_COLUMNS, rows[0], rows[-1])
    texts: list[_Text] = [
        (60, 686, "No"), (83, 686, "Program"), (343, 686, "Anggaran"), (423, 686, "Sasaran"),
        (60, 666, "1"), (83, 666, "PROGRAM PENUNJANG"), (343, 666, "2.084.770.000"),
        (423, 666, "Sasaran 1"),
        (83, 646, "Jumlah"), (343, 646, "2.084.770.000"),
    ]
    if extra_row:
        texts += [(60, 626, "2"), (83, 626, "PROGRAM PELAYANAN"), (343, 626, "229.100.000"),
                  (423, 626, "Sasaran 1")]
    return rules, texts, rows[-1]


def _signature_page(extra_row: bool = False) -> bytes:
    rules, texts, top = _program_table(extra_row)
    # The signature table: two columns, its top border on the program table's bottom.
    rules += _across(57, 510, top, top - 20, top - 80) + _grid((57.0, 266.0, 510.0), top,
                                                               top - 80)
    texts += [(60, top - 14, "Tanjung Laut, 4 Januari 2023"),
              (60, top - 34, "Pihak Kedua,"), (60, top - 46, "BUPATI PESISIR INDAH,"),
              (269, top - 34, "Pihak Pertama,"), (269, top - 46, "CAMAT TANJUNG LAUT,")]
    return _content(rules, texts)


def test_a_signature_table_under_a_table_is_no_row_of_it(tmp_path: Path) -> None:
    lines = _lines(tmp_path, [_signature_page()])
    assert lines[:3] == ["No\tProgram\tAnggaran\tSasaran",
                         "1\tPROGRAM PENUNJANG\t2.084.770.000\tSasaran 1",
                         "\tJumlah\t2.084.770.000\t"]
    assert lines[3:] == ["Tanjung Laut, 4 Januari 2023\t",
                         "Pihak Kedua, BUPATI PESISIR INDAH,\t"
                         "Pihak Pertama, CAMAT TANJUNG LAUT,"]
    assert not any("<table>" in line or "colspan" in line for line in lines)


def test_a_row_on_the_columns_of_its_table_stays_in_it(tmp_path: Path) -> None:
    lines = _lines(tmp_path, [_signature_page(extra_row=True)])
    rows = lines[:lines.index("Tanjung Laut, 4 Januari 2023\t")]
    assert rows[-1] == "2\tPROGRAM PELAYANAN\t229.100.000\tSasaran 1"
    assert len(rows) == 4


def test_a_header_splitting_its_columns_stays_one_table(tmp_path: Path) -> None:
    # 'Tahun 2023' over Target / Realisasi: the finer columns share the table's edges.
    rules = _across(57, 510, 700, 660, 640) + _across(200, 510, 680)
    rules += _grid((57.0, 200.0, 510.0), 700, 640) + _grid((350.0,), 680, 640)
    texts: list[_Text] = [(60, 686, "Indikator"), (203, 686, "Tahun 2023"),
                          (203, 666, "Target"), (353, 666, "Realisasi"),
                          (60, 646, "IKM"), (203, 646, "85,00"), (353, 646, "86,70")]
    lines = _lines(tmp_path, [_content(rules, texts)])
    assert lines == [
        "<table>",
        '<tr><th rowspan="2">Indikator</th><th colspan="2">Tahun 2023</th></tr>',
        "<tr><th>Target</th><th>Realisasi</th></tr>",
        "<tr><td>IKM</td><td>85,00</td><td>86,70</td></tr>",
        "</table>",
    ]


# --- a header row cut by the page break ----------------------------------------------------

_COARSE = (57.0, 100.0, 300.0, 500.0)


def _cut_header_pages(rest_text: str = "") -> list[bytes]:
    first = _content(_across(57, 500, 120, 90) + _grid(_COARSE, 120, 90),
                     [(57, 150, "Tabel 3.1 Pengukuran Kinerja"),
                      (60, 100, "No"), (103, 100, "Indikator"), (303, 100, "Tahun 2023")])
    rules = _across(57, 500, 800, 750, 720) + _across(300, 500, 780)
    rules += _grid(_COARSE, 800, 720) + _grid((400.0,), 780, 720)
    texts: list[_Text] = [(303, 760, "Target"), (403, 760, "Realisasi"),
                          (60, 730, "1"), (103, 730, "Indeks Kepuasan"),
                          (303, 730, "85,00"), (403, 730, "86,70")]
    if rest_text:
        texts.append((103, 786, rest_text))
    return [first, _content(rules, texts)]


def test_a_header_row_cut_by_the_page_break_is_made_whole(tmp_path: Path) -> None:
    lines = _lines(tmp_path, _cut_header_pages())
    start = lines.index("<table>")
    assert lines[start:] == [
        "<table>",
        '<tr><th rowspan="2">No</th><th rowspan="2">Indikator</th>'
        '<th colspan="2">Tahun 2023</th></tr>',
        "<tr><th>Target</th><th>Realisasi</th></tr>",
        "<tr><td>1</td><td>Indeks Kepuasan</td><td>85,00</td><td>86,70</td></tr>",
        "</table>",
    ]


def test_a_table_with_other_columns_on_the_next_page_stays_apart(tmp_path: Path) -> None:
    # The next page's first row holds text of its own: a table of its own.
    lines = _lines(tmp_path, _cut_header_pages(rest_text="Sasaran lain"))
    assert "No\tIndikator\tTahun 2023" in lines
    assert lines.count("<table>") == 1
    assert not any("Tahun 2023</th>" in line for line in lines)
