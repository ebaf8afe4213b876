"""checker.numbers: every way DOMAIN.md says a figure is printed, read exactly."""

from __future__ import annotations

from decimal import Decimal

import pytest

from checker.numbers import (
    NumberFormatError,
    NumberStyle,
    format_percent,
    format_rupiah,
    parse_number,
)


def _same(actual: Decimal | None, expected: str) -> None:
    """Exact comparison: the value, and that it is a Decimal (never a float)."""
    assert isinstance(actual, Decimal), f"{actual!r} is not a Decimal"
    assert actual == Decimal(expected)


# -- the formats of DOMAIN.md "Numbers as they appear" -------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2.655.353.658", "2655353658"),  # dots group thousands
        ("2.584.957.568", "2584957568"),
        ("70,15", "70.15"),  # comma decimal
        ("Rp. 5,547,036,498,00", "5547036498.00"),  # commas group thousands, ,00 cents
        ("86.53", "86.53"),  # dot decimal
        ("Rp -", "0"),  # accounting zero
        ("Rp. -", "0"),
        ("56 (CC Kategori)", "56"),
        ("0,65%", "0.65"),
        ("12 Bulan", "12"),
        ("100 %", "100"),
        ("Rp. 2.584.957.568", "2584957568"),
        ("Rp2.655.353.658", "2655353658"),
        ("1.234.567,89", "1234567.89"),  # both separators: the last one is decimal
        ("1,234,567.89", "1234567.89"),
        ("96,80", "96.80"),
        ("-5,5", "-5.5"),
        ("0,650", "0.650"),  # integer part 0: a fraction, not 650
        ("3 (tiga)", "3"),
        ("  70,15  ", "70.15"),
    ],
)
def test_formats_are_read_exactly(raw: str, expected: str) -> None:
    _same(parse_number(raw), expected)


def test_values_keep_the_printed_precision() -> None:
    # "96,80" must keep two decimals: rules compare at the precision the document prints.
    value = parse_number("96,80")
    assert value is not None
    assert value.as_tuple().exponent == -2
    cents = parse_number("Rp. 5,547,036,498,00")
    assert cents is not None and cents.as_tuple().exponent == -2


def test_money_is_exact_beyond_float_precision() -> None:
    # 9.999.999.999.999.999 is not representable as a float; a Decimal keeps every digit.
    value = parse_number("9.999.999.999.999.999")
    _same(value, "9999999999999999")
    assert float(value) != 9999999999999999  # the float would have lost the last digit


@pytest.mark.parametrize("raw", ["N/A", "B", "", "   ", "CC", "-"])
def test_text_without_digits_is_no_number(raw: str) -> None:
    assert parse_number(raw) is None


@pytest.mark.parametrize("raw", ["#DIV/0!", "#REF!", "#VALUE!", "Error! Bookmark not defined"])
def test_spreadsheet_errors_are_refused(raw: str) -> None:
    with pytest.raises(NumberFormatError, match="spreadsheet error"):
        parse_number(raw)


def test_two_numbers_in_one_cell_are_refused() -> None:
    with pytest.raises(NumberFormatError, match="2 numbers"):
        parse_number("7 Desa/ 1 Kel")


@pytest.mark.parametrize("raw", ["1.2.3", "1,5,0", "12.34.567"])
def test_badly_grouped_digits_are_refused(raw: str) -> None:
    with pytest.raises(NumberFormatError):
        parse_number(raw)


def test_number_format_error_is_a_value_error() -> None:
    # Callers that only know ValueError still catch it.
    with pytest.raises(ValueError):
        parse_number("#DIV/0!")


# -- NumberStyle: a column's convention decides the ambiguous 1.500 / 1,500 ---------------


def test_ambiguous_three_digit_group_defaults_to_thousands() -> None:
    _same(parse_number("1.500"), "1500")
    _same(parse_number("1,500"), "1500")


def test_dot_thousands_style() -> None:
    _same(parse_number("1.500", NumberStyle.DOT_THOUSANDS), "1500")
    _same(parse_number("1,500", NumberStyle.DOT_THOUSANDS), "1.500")


def test_comma_thousands_style() -> None:
    _same(parse_number("1,500", NumberStyle.COMMA_THOUSANDS), "1500")
    _same(parse_number("1.500", NumberStyle.COMMA_THOUSANDS), "1.500")


def test_bug_zero_integer_part_is_a_fraction_whatever_the_style() -> None:
    """The module's rule: a three-digit group groups thousands "unless ... the integer
    part is 0 (0,650 is a fraction)". No one writes 650 as "0.650", yet with the
    column's style set, _is_thousands returns the style's answer before looking at
    the integer part: an IDM of "0.650" in a dot-thousands column becomes 650."""
    _same(parse_number("0.650", NumberStyle.DOT_THOUSANDS), "0.650")
    _same(parse_number("0,650", NumberStyle.COMMA_THOUSANDS), "0.650")


def test_style_does_not_change_unambiguous_numbers() -> None:
    for style in (None, NumberStyle.DOT_THOUSANDS, NumberStyle.COMMA_THOUSANDS):
        _same(parse_number("70,15", style), "70.15")
        _same(parse_number("86.53", style), "86.53")
        _same(parse_number("2.655.353.658", style), "2655353658")


# -- formatting -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("2655353658", "Rp 2.655.353.658"),
        ("0", "Rp 0"),
        ("999", "Rp 999"),
        ("1000", "Rp 1.000"),
        ("5547036498.00", "Rp 5.547.036.498"),  # zero cents are not printed
        ("5547036498.5", "Rp 5.547.036.498,50"),  # cents kept, two digits
        ("-1500", "-Rp 1.500"),
    ],
)
def test_format_rupiah(amount: str, expected: str) -> None:
    assert format_rupiah(Decimal(amount)) == expected


def test_format_rupiah_round_trips_through_parse() -> None:
    for amount in ("2655353658", "81154008", "5547036498.50"):
        _same(parse_number(format_rupiah(Decimal(amount))), amount)


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        ("96.8", 2, "96,80%"),
        ("77.2551", 2, "77,26%"),
        ("100", 0, "100%"),
        ("0.65", 2, "0,65%"),
        ("90", 2, "90,00%"),
    ],
)
def test_format_percent(value: str, decimals: int, expected: str) -> None:
    assert format_percent(Decimal(value), decimals) == expected


def test_bug_format_percent_rounds_half_to_even() -> None:
    """The documents are computed in spreadsheets, which round half away from zero
    (Excel/LibreOffice print 77,265 as 77,27 and 0,65 at one decimal as 0,7). A
    message that says the expected capaian is "77,26%" while the sheet shows 77,27%
    is a false finding. format_percent uses Decimal's default ROUND_HALF_EVEN."""
    assert format_percent(Decimal("77.265"), 2) == "77,27%"
    assert format_percent(Decimal("0.65"), 1) == "0,7%"


@pytest.mark.parametrize(("raw", "value"), [
    ("Rp 2.655.353.658,-", "2655353658"),
    ("Rp. 1.500.000,-", "1500000"),
    ("12.000.000.-", "12000000"),
])
def test_a_dash_after_the_amount_means_no_cents(raw, value):
    assert parse_number(raw) == Decimal(value)


def test_a_level_written_before_its_figure_is_read_as_the_figure():
    # The APIP capability level and the SPIP maturity level are written "Level 3".
    assert parse_number("Level 3") == Decimal("3")
    assert parse_number("level 3,5") == Decimal("3.5")
    assert parse_number("Level") is None
    with pytest.raises(NumberFormatError):
        parse_number("Level 3 dan 4")
    with pytest.raises(NumberFormatError):
        parse_number("Tingkat 3")  # only the level's own word comes before a figure
