"""A page break inside a tall (rowspan) cell of a ruled table: the joined table keeps
one row per indikator and the sasaran cell over all of them."""

from __future__ import annotations

from checker.readers._pdf_join import TableItem, joined_table
from checker.readers._pdf_tables import GridCell, GridTable

_HEADER = ("No", "Sasaran", "Indikator", "Satuan", "Target")


def _cell(text: str = "", rowspan: int = 1) -> GridCell:
    lines = tuple(text.split(" / ")) if text else ()
    return GridCell(lines, (False,) * max(len(lines) - 1, 0), False, rowspan=rowspan)


def _item(page: int, rows: list[list[GridCell | None]]) -> TableItem:
    columns = tuple(float(x) for x in range(0, 600, 100))
    grid = GridTable(page, 0.0, 100.0, 0.0, 500.0, columns, tuple(map(tuple, rows)),
                     tuple(float(i) for i in range(len(rows))))
    return TableItem(page, grid, tuple(range(1, len(rows) + 1)), (page,) * len(rows))


def _header() -> list[GridCell | None]:
    return [_cell(text) for text in _HEADER]


def _html_like(item: TableItem) -> list[list[tuple[str, int]]]:
    """Each row's cells as (text, rowspan), the covered positions left out."""
    return [[(cell.text, cell.rowspan) for cell in row if cell is not None]
            for row in item.table.rows]


def test_a_sasaran_cut_between_its_indikator_rows_spans_both() -> None:
    # The break falls after the first indikator of sasaran 2: the new page draws the
    # rest of the sasaran beside the second indikator, whole, with its own figures.
    first = _item(1, [_header(),
                      [_cell("2"), _cell("Meningkatnya kualitas"),
                       _cell("Persentase kawasan kumuh"), _cell("%"), _cell("3,20")]])
    rest = _item(2, [[_cell(), _cell("lingkungan permukiman"),
                      _cell("Persentase drainase baik"), _cell("%"), _cell("62,00")],
                     [_cell("3"), _cell("Meningkatnya ketertiban"), _cell("Persentase RTRW"),
                      _cell("%"), _cell("86,00")]])
    joined = joined_table(first, rest)
    assert _html_like(joined)[1:] == [
        [("2", 2), ("Meningkatnya kualitas lingkungan permukiman", 2),
         ("Persentase kawasan kumuh", 1), ("%", 1), ("3,20", 1)],
        [("Persentase drainase baik", 1), ("%", 1), ("62,00", 1)],
        [("3", 1), ("Meningkatnya ketertiban", 1), ("Persentase RTRW", 1), ("%", 1),
         ("86,00", 1)]]
    assert joined.pages == (1, 1, 2, 2)


def test_a_row_cut_in_two_under_a_sasaran_still_becomes_one_row() -> None:
    # The real cut: the indikator name goes on, its figures stay whole above the break.
    first = _item(1, [_header(),
                      [_cell("2"), _cell("Meningkatnya kualitas"),
                       _cell("Persentase kawasan"), _cell("%"), _cell("3,20")]])
    rest = _item(2, [[_cell(), _cell("lingkungan permukiman"), _cell("kumuh"), _cell(),
                      _cell()]])
    assert _html_like(joined_table(first, rest))[1:] == [
        [("2", 1), ("Meningkatnya kualitas lingkungan permukiman", 1),
         ("Persentase kawasan kumuh", 1), ("%", 1), ("3,20", 1)]]


def test_a_figure_cut_by_the_break_is_not_read_as_a_new_row() -> None:
    # '100,0' / '0' is one figure a narrow cell cut, not two rows.
    first = _item(1, [_header(),
                      [_cell("1"), _cell("Meningkatnya mutu"), _cell("Indeks"), _cell("%"),
                       _cell("100,0")]])
    rest = _item(2, [[_cell(), _cell("layanan"), _cell("kepuasan"), _cell(), _cell("0")]])
    rows = _html_like(joined_table(first, rest))
    assert len(rows) == 2
    assert rows[1][1] == ("Meningkatnya mutu layanan", 1)


def _rows_under_sasaran_3(rest_rowspan: int) -> TableItem:
    # Sasaran 3 covers two rows on page 1; the second row (an indikator) is cut by the
    # break, and the repeated header opens page 2 above the rest of it.
    first = _item(1, [_header(),
                      [_cell("3", 2), _cell("Meningkatnya mutu", 2),
                       _cell("Persentase puskesmas"), _cell("%"), _cell("50,00")],
                      [None, None, _cell("Cakupan kepesertaan jaminan"), _cell("%"),
                       _cell("98,00")]])
    after_cut: list[list[GridCell | None]] = [
        [_cell("", rest_rowspan), _cell("", rest_rowspan),
         _cell("kesehatan (Universal Health Coverage)"), _cell(), _cell()]]
    if rest_rowspan == 2:
        after_cut.append([None, None, _cell("Indeks Kepuasan Masyarakat"), _cell("nilai"),
                          _cell("85,00")])
    after_cut.append([_cell("4"), _cell("Meningkatnya akuntabilitas"), _cell("Nilai SAKIP"),
                      _cell("nilai"), _cell("75,00")])
    return joined_table(first, _item(2, [_header(), *after_cut]))


def test_a_sasaran_cell_cut_inside_a_cut_row_covers_the_rows_after_the_break() -> None:
    rows = _html_like(_rows_under_sasaran_3(rest_rowspan=2))
    assert rows[1][:2] == [("3", 3), ("Meningkatnya mutu", 3)]
    assert rows[2] == [("Cakupan kepesertaan jaminan kesehatan (Universal Health Coverage)", 1),
                       ("%", 1), ("98,00", 1)]
    assert rows[3] == [("Indeks Kepuasan Masyarakat", 1), ("nilai", 1), ("85,00", 1)]
    assert rows[4][:2] == [("4", 1), ("Meningkatnya akuntabilitas", 1)]


def test_a_sasaran_cell_ending_with_the_cut_row_does_not_grow() -> None:
    rows = _html_like(_rows_under_sasaran_3(rest_rowspan=1))
    assert rows[1][:2] == [("3", 2), ("Meningkatnya mutu", 2)]
    assert rows[3][:2] == [("4", 1), ("Meningkatnya akuntabilitas", 1)]
