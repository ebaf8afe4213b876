"""Grid tables drawn with Unicode box-drawing characters are read as ASCII grids are.

A report typed in a plain-text editor, or converted by a tool that draws tables with
'┌─┬─┐', '│', '├─┼─┤', '└─┴─┘' (and the double '╞═╪═╡' or heavy '┏━┓' variants), holds
the same table as one drawn with '+---+' and '|': same cells, same wrapped rows, and the
lines numbered as in the file.
"""

from __future__ import annotations

from checker.text import Source, Table, parse_source

ASCII_GRID = """\
Tabel 2.2 Perjanjian Kinerja Tahun 2024
+----+------------------------+----------------------+--------+--------+
| No | Sasaran Strategis      | Indikator Kinerja    | Satuan | Target |
+====+========================+======================+========+========+
| 1  | Meningkatnya kualitas  | Indeks Kepuasan      | Nilai  |  82,00 |
|    | pelayanan publik       | Masyarakat           |        |        |
+----+------------------------+----------------------+--------+--------+
| 2  | Meningkatnya tata      | Nilai evaluasi       | Nilai  |  75,00 |
|    | kelola kelurahan       | kelurahan            |        |        |
+----+------------------------+----------------------+--------+--------+

Teks sesudah tabel.
"""

LIGHT_BOX_GRID = """\
Tabel 2.2 Perjanjian Kinerja Tahun 2024
┌────┬────────────────────────┬──────────────────────┬────────┬────────┐
│ No │ Sasaran Strategis      │ Indikator Kinerja    │ Satuan │ Target │
╞════╪════════════════════════╪══════════════════════╪════════╪════════╡
│ 1  │ Meningkatnya kualitas  │ Indeks Kepuasan      │ Nilai  │  82,00 │
│    │ pelayanan publik       │ Masyarakat           │        │        │
├────┼────────────────────────┼──────────────────────┼────────┼────────┤
│ 2  │ Meningkatnya tata      │ Nilai evaluasi       │ Nilai  │  75,00 │
│    │ kelola kelurahan       │ kelurahan            │        │        │
└────┴────────────────────────┴──────────────────────┴────────┴────────┘

Teks sesudah tabel.
"""

DOUBLE_BOX_GRID = """\
Tabel 2.2 Perjanjian Kinerja Tahun 2024
╔════╦════════════════════════╦══════════════════════╦════════╦════════╗
║ No ║ Sasaran Strategis      ║ Indikator Kinerja    ║ Satuan ║ Target ║
╠════╬════════════════════════╬══════════════════════╬════════╬════════╣
║ 1  ║ Meningkatnya kualitas  ║ Indeks Kepuasan      ║ Nilai  ║  82,00 ║
║    ║ pelayanan publik       ║ Masyarakat           ║        ║        ║
╟────╫────────────────────────╫──────────────────────╫────────╫────────╢
║ 2  ║ Meningkatnya tata      ║ Nilai evaluasi       ║ Nilai  ║  75,00 ║
║    ║ kelola kelurahan       ║ kelurahan            ║        ║        ║
╚════╩════════════════════════╩══════════════════════╩════════╩════════╝

Teks sesudah tabel.
"""

HEAVY_HEAD_GRID = """\
Tabel 2.2 Perjanjian Kinerja Tahun 2024
┏━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━┳━━━━━━━━┓
┃ No ┃ Sasaran Strategis      ┃ Indikator Kinerja    ┃ Satuan ┃ Target ┃
┡━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━╇━━━━━━━━┩
│ 1  │ Meningkatnya kualitas  │ Indeks Kepuasan      │ Nilai  │  82,00 │
│    │ pelayanan publik       │ Masyarakat           │        │        │
├────┼────────────────────────┼──────────────────────┼────────┼────────┤
│ 2  │ Meningkatnya tata      │ Nilai evaluasi       │ Nilai  │  75,00 │
│    │ kelola kelurahan       │ kelurahan            │        │        │
└────┴────────────────────────┴──────────────────────┴────────┴────────┘

Teks sesudah tabel.
"""

EXPECTED_CELLS = [
    ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"],
    ["1", "Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan Masyarakat", "Nilai",
     "82,00"],
    ["2", "Meningkatnya tata kelola kelurahan", "Nilai evaluasi kelurahan", "Nilai",
     "75,00"],
]


def _only_table(text: str) -> Table:
    source: Source = parse_source(text, "<fixture>")
    [table] = source.tables
    return table


def _texts(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def _shape(table: Table) -> tuple:
    return (table.shape, table.line, table.end_line, table.width, table.header_rows,
            table.caption, [(row.line, row.end_line) for row in table.rows])


def test_the_ascii_grid_reads_as_expected() -> None:
    table = _only_table(ASCII_GRID)
    assert _texts(table) == EXPECTED_CELLS
    assert _shape(table) == ("grid", 2, 10, 5, 1, "Tabel 2.2 Perjanjian Kinerja Tahun 2024",
                             [(3, 3), (5, 6), (8, 9)])


def test_a_light_box_grid_is_the_ascii_grid() -> None:
    table = _only_table(LIGHT_BOX_GRID)
    assert _texts(table) == EXPECTED_CELLS
    assert _shape(table) == _shape(_only_table(ASCII_GRID))


def test_a_double_box_grid_is_the_ascii_grid() -> None:
    table = _only_table(DOUBLE_BOX_GRID)
    assert _texts(table) == EXPECTED_CELLS
    assert _shape(table) == _shape(_only_table(ASCII_GRID))


def test_a_heavy_header_box_grid_is_the_ascii_grid() -> None:
    table = _only_table(HEAVY_HEAD_GRID)
    assert _texts(table) == EXPECTED_CELLS
    assert _shape(table) == _shape(_only_table(ASCII_GRID))


def test_the_lines_of_a_box_grid_are_no_headings() -> None:
    source = parse_source(LIGHT_BOX_GRID, "<fixture>")
    assert not any(2 <= heading.line <= 10 for heading in source.headings)


def test_a_box_rule_alone_is_no_table() -> None:
    text = "Judul bagian\n────────────────────\nParagraf biasa sesudah garis.\n"
    assert parse_source(text, "<fixture>").tables == ()
