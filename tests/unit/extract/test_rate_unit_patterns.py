"""A figure whose unit holds a number ('125 per 100.000 KH') is one figure with its unit.

Health and population indicators are rates: the number in 'per 100.000 KH' (kelahiran
hidup) or 'per 1.000 penduduk' is the size of the population counted in, part of the
unit. The figure is the number before it; the raw text keeps the unit. Text with two
figures of its own stays unreadable (INP001), unit or not.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import flatten

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.extract._figures import FigureReader, infer_style
from checker.model import Provenance
from checker.numbers import NumberFormatError, NumberStyle, parse_number, split_rate_unit
from checker.text import parse_source

WHERE = Provenance(line=5, table="Tabel 3.1")


@pytest.mark.parametrize(
    ("raw", "value", "unit"),
    [
        ("125 per 100.000 KH", "125", "per 100.000 KH"),
        ("12 per 1.000 kelahiran hidup", "12", "per 1.000 kelahiran hidup"),
        ("3,5 per 1.000 penduduk", "3.5", "per 1.000 penduduk"),
        ("0,8 per 1000", "0.8", "per 1000"),
        ("1.250 Per 100.000 Penduduk", "1250", "Per 100.000 Penduduk"),
        ("125 (per 100.000 KH)", "125", "per 100.000 KH"),
    ],
)
def test_the_figure_before_a_rates_unit(raw: str, value: str, unit: str) -> None:
    assert parse_number(raw) == Decimal(value)
    assert split_rate_unit(raw)[1] == unit


@pytest.mark.parametrize(
    "raw",
    [
        "7 Desa/ 1 Kel",  # two counts, no rate
        "125 110 per 100.000 KH",  # two figures glued before one unit
        "125 per 100.000 KH 2023",  # a year after the unit
        "per 1.000 lebih dari 5",  # a figure after the unit, none before it
    ],
)
def test_two_figures_stay_unreadable(raw: str) -> None:
    with pytest.raises(NumberFormatError):
        parse_number(raw)


def test_a_unit_alone_is_no_figure() -> None:
    assert parse_number("per 1.000 penduduk") is None


def test_figures_without_a_rate_read_as_before() -> None:
    assert parse_number("12 Bulan") == 12
    assert parse_number("56 (CC Kategori)") == 56
    with pytest.raises(NumberFormatError):
        parse_number("super 100")  # 'per' inside a word is no rate


def test_the_figure_keeps_its_unit_in_the_raw_text_and_raises_no_doubt() -> None:
    reader = FigureReader()
    figure = reader.read("125 per 100.000 KH", WHERE, "target")
    assert (figure.raw, figure.value) == ("125 per 100.000 KH", Decimal(125))
    assert reader.doubts == []


def test_the_units_number_tells_nothing_of_the_columns_style() -> None:
    # '86.53' alone says: dots are decimals. '1.000.000' belongs to a unit.
    assert infer_style(["86.53", "12 per 1.000.000 penduduk"]) is NumberStyle.COMMA_THOUSANDS


# A capaian table of rates with no Satuan column. Both rows are computed right.
REPORT = """\
Tabel 3.1 Capaian Kinerja Dinas Kesehatan Tahun 2024

No\tSasaran Strategis\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)
1\tMenurunnya kematian\tAngka kematian ibu\t125 per 100.000 KH\t110 per 100.000 KH\t112,00
2\t\tAngka kematian bayi\t12 per 1.000 kelahiran hidup\t12 per 1.000 kelahiran hidup\t100,00
"""


def _findings(text: str, registry, *codes: str) -> list[tuple]:
    report = extract_report(parse_source(text, "laporan.txt"))
    rules = [rule for rule in registry.rules if rule.code in codes]
    return flatten(check_report(report, rules, Config()).findings)


def test_rates_in_a_capaian_table_are_read_with_their_unit() -> None:
    report = extract_report(parse_source(REPORT, "laporan.txt"))
    [table] = report.achievements
    assert [(r.indikator, r.target.value, r.realisasi.value, r.unit) for r in table.rows] == [
        ("Angka kematian ibu", Decimal(125), Decimal(110), "per 100.000 KH"),
        ("Angka kematian bayi", Decimal(12), Decimal(12), "per 1.000 kelahiran hidup"),
    ]


def test_rates_raise_no_unreadable_value_and_their_capaian_is_checked(registry) -> None:
    assert _findings(REPORT, registry, "INP001", "CAP001") == []
    wrong = REPORT.replace("\t112,00\n", "\t88,00\n")
    assert [(rule, line) for rule, line, _ in _findings(wrong, registry, "CAP001")] == [
        ("CAP001", 4)
    ]


def test_two_figures_in_a_rate_cell_are_still_reported(registry) -> None:
    glued = REPORT.replace("\t110 per 100.000 KH\t", "\t110 115 per 100.000 KH\t")
    found = _findings(glued, registry, "INP001")
    assert [line for _, line, message in found if "'110 115 per 100.000 KH'" in message] == [4]
