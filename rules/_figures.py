"""Comparing the figures of a report: amounts in Rupiah and stated percentages.

Shared by the rule packs so that every rule judges "equal" the same way:
amounts are equal within ``context.rupiah_tolerance``; a printed percentage is
right when it equals the computed one rounded half-up *or* truncated to the
decimals the document printed (both conventions occur), within
``context.percent_tolerance``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, localcontext

from checker.display import Percent
from checker.model import Number
from checker.numbers import is_pending, is_sane

__all__ = [
    "HUNDRED",
    "at_precision",
    "percent_matches",
    "percent_text",
    "plain",
    "plain_percent",
    "same_amount",
    "same_figure",
    "sum_of",
    "value_of",
]

HUNDRED = Decimal(100)


def value_of(number: Number | None) -> Decimal | None:
    """The parsed value, or ``None`` when absent or unreadable (already an input finding).

    A value no report can hold (not finite, or more than ``MAX_DIGITS`` digits, as a
    ``{raw, value}`` figure or a JSON integer can carry) is unreadable too: summing or
    dividing it would only overflow the ``Decimal`` context and crash the rule.
    """
    if number is None or number.value is None or not is_sane(number.value):
        return None
    return number.value


def sum_of(numbers: Iterable[Number | None]) -> Decimal | None:
    """The sum, or ``None`` if any figure is missing: a partial sum proves nothing."""
    total = Decimal(0)
    found = False
    for number in numbers:
        value = value_of(number)
        if value is None:
            return None
        total += value
        found = True
    return total if found else None


def same_amount(first: Decimal, second: Decimal, tolerance: Decimal) -> bool:
    return abs(first - second) <= tolerance


def at_precision(value: Decimal, decimals: int, rounding: str = ROUND_HALF_UP) -> Decimal:
    # A ratio with a tiny target can have more digits than the default context
    # holds; quantize would raise InvalidOperation and the rule would crash.
    with localcontext() as exact:
        exact.prec = max(60, value.adjusted() + decimals + 10)
        return value.quantize(Decimal(1).scaleb(-decimals), rounding=rounding)


def percent_matches(stated: Decimal, decimals: int, computed: Decimal, tolerance: Decimal) -> bool:
    """Rounded half-up or truncated to the printed decimals, with ``tolerance`` slack."""
    return any(
        abs(stated - at_precision(computed, decimals, rounding)) <= tolerance
        for rounding in (ROUND_HALF_UP, ROUND_DOWN)
    )


def plain(value: Decimal) -> str:
    """The exact value for ``expected``/``actual``: ``81154008``, ``5547036498.5``."""
    if value == value.to_integral_value():
        return f"{value.to_integral_value():f}"  # no quantize: no 28-digit limit
    return f"{value.normalize():f}"


def plain_percent(value: Decimal, decimals: int) -> str:
    """A percentage at the printed precision, for ``expected``/``actual``: ``77.26``."""
    return f"{at_precision(value, decimals):f}"


def percent_text(value: Decimal, decimals: int) -> Percent:
    """A computed percentage for a message or ``expected``, rounded half-up as the
    spreadsheets behind the reports round (77,265 -> "77,27%"): ``str()`` gives the
    Bahasa Indonesia text, a message in English shows ``77.27%``."""
    return Percent(value, decimals)


_GRADE = re.compile(r"(?<![A-Za-z])(AA|BB|CC|A|B|C|D|E)(?![A-Za-z])")


def _grade(raw: str) -> str | None:
    """The letter grade a figure prints ("B", "56 (CC Kategori)"), if any."""
    found = _GRADE.search(raw)
    return found.group(1) if found else None


def same_figure(first: Number, second: Number) -> bool:
    """Equal figures: "CC" and "56 (CC Kategori)" agree (same grade), "56,00 (C)" and
    "56 (CC)" do not (same score, another grade); plain numbers compare as numbers; two
    values declared not available yet agree, whatever note says when they will be."""
    if first.value is None and second.value is None and is_pending(first.raw) \
            and is_pending(second.raw):
        return True  # "belum tersedia" and "belum tersedia (rilis BPS 2025)": no figure yet
    grades = _grade(first.raw), _grade(second.raw)
    if None not in grades and grades[0] != grades[1]:
        return False
    if first.value is not None and second.value is not None:
        return first.value == second.value
    if None not in grades:
        return True  # one of them prints only the grade, and the grades agree
    return _text(first.raw) == _text(second.raw)


def _text(raw: str) -> str:
    """Non-numeric figures ("BB", "7 Desa/ 1 Kel") compared without case or spacing."""
    return "".join(raw.split()).casefold()
