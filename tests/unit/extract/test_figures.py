"""Cells into figures: the column's number style decides what '1.500' means."""

from __future__ import annotations

from decimal import Decimal

import pytest

from checker.extract._figures import FigureReader, infer_style
from checker.model import Provenance
from checker.numbers import NumberStyle

WHERE = Provenance(line=7, table="Tabel 3.4")


@pytest.mark.parametrize(("column", "style"), [
    (["2.584.957.568", "12.000.000", "1.500"], NumberStyle.DOT_THOUSANDS),
    (["70,15", "100", "0,62"], NumberStyle.DOT_THOUSANDS),
    (["2,503,637,568", "14,000,000", "1,500"], NumberStyle.COMMA_THOUSANDS),
    (["86.53", "100"], NumberStyle.COMMA_THOUSANDS),
    (["2.584.957.568", "2,503,637,568"], None),  # both conventions in one column
    (["100", "85", "B"], None),  # nothing tells
])
def test_infer_style_from_the_unambiguous_cells(column, style):
    assert infer_style(column) is style


def test_the_column_style_reads_an_ambiguous_cell():
    reader = FigureReader()
    assert reader.read("1,500", WHERE, "pagu", NumberStyle.DOT_THOUSANDS).value == Decimal("1.5")
    assert reader.read("1,500", WHERE, "pagu", NumberStyle.COMMA_THOUSANDS).value == 1500
    assert reader.read("1,500", WHERE, "pagu").value == 1500  # money-shaped by default
    assert reader.doubts == []


def test_blank_is_no_figure_and_text_is_no_value():
    reader = FigureReader()
    assert reader.read("  ", WHERE, "target") is None
    grade = reader.read("CC", WHERE, "target")
    assert (grade.raw, grade.value) == ("CC", None)
    assert reader.doubts == []


def test_unreadable_cell_is_a_doubt_with_its_place():
    reader = FigureReader()
    figure = reader.read("7 Desa/ 1 Kel", WHERE, "target")
    assert (figure.raw, figure.value) == ("7 Desa/ 1 Kel", None)
    [doubt] = reader.doubts
    assert (doubt.kind, doubt.raw, doubt.where) == ("number", "7 Desa/ 1 Kel", WHERE)
    assert doubt.problem["id"].startswith("target: ")
    assert doubt.problem["en"] == "target: '7 Desa/ 1 Kel' holds 2 numbers, not one"


def test_a_negative_pagu_is_a_doubt_but_a_negative_change_is_a_figure():
    reader = FigureReader()
    assert reader.read("-200.000", WHERE, "pagu", negative_allowed=False).value is None
    assert reader.read("-2,5", WHERE, "perubahan").value == Decimal("-2.5")
    [doubt] = reader.doubts
    assert (doubt.raw, doubt.problem["en"]) == (
        "-200.000", "pagu: a negative amount is no possible pagu or realisasi")
