"""Numbers as people write them, in each language, and the machine text beside them.

One formatting path serves the message arguments and a finding's ``expected`` and
``actual``, so that the figure a message names and the figure in the *expected* column
are the same digits: ``109,23`` and ``Rp 81.154.008`` in Bahasa Indonesia, ``109.23``
and ``Rp 81,154,008`` in English.

A rule gives ``expected``/``actual`` as

* a :class:`~decimal.Decimal` or ``int``: shown grouped (``81.154.008``), as many
  decimals as the value carries; its machine text is :func:`plain` (``81154008``);
* a :class:`Percent`: a computed percentage at the precision the message shows it;
* a :class:`~checker.model.Number`: a figure the report printed, shown as printed;
* a ``str``, or a text per language (``{"id": ..., "en": ...}``): words, shown as given.

:class:`Rupiah` and :class:`Percent` may also be message arguments: the message of each
language shows them in that language's notation (see :func:`checker.rule.localise`).
Their ``str()`` is the Bahasa Indonesia text, what such an argument held before.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Protocol

from checker.model import Number
from checker.numbers import MAX_DIGITS, is_sane

__all__ = [
    "Percent",
    "Rupiah",
    "Shown",
    "actual_text",
    "display_text",
    "expected_text",
    "format_number",
    "machine_text",
    "plain",
]

# (thousands separator, decimal separator) of each language.
_SEPARATORS = {"id": (".", ","), "en": (",", ".")}
_LANGUAGES = ("id", "en")


def _separators(lang: str) -> tuple[str, str]:
    return _SEPARATORS.get(lang, _SEPARATORS["id"])


def _scientific(value: Decimal) -> str:
    """A short text for a value no report prints: ``9.99999E+199999``, ``NaN``."""
    return f"{value:.5E}" if value.is_finite() else str(value)


def _rounded(value: Decimal, decimals: int) -> Decimal:
    # Half-up, as the spreadsheets behind the reports round; the precision is widened
    # because the default 28 digits make ``quantize`` fail on a long ratio.
    with localcontext() as context:
        context.prec = max(context.prec, value.adjusted() + decimals + 10)
        return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def format_number(value: Decimal | int, lang: str = "id", decimals: int | None = None) -> str:
    """``Decimal("81154008")`` -> ``81.154.008`` (id) or ``81,154,008`` (en);
    ``Decimal("109.23")`` -> ``109,23`` / ``109.23``. ``decimals`` rounds half-up first;
    without it the value keeps the decimals it carries. Never raises: a value beyond
    :data:`~checker.numbers.MAX_DIGITS` digits or not finite is shown in scientific notation."""
    number = Decimal(value) if isinstance(value, int) else value
    if not is_sane(number):
        return _scientific(number)
    if decimals is not None:
        number = _rounded(number, decimals)
    thousands, point = _separators(lang)
    integer, _, fraction = f"{abs(number):f}".partition(".")
    integer = integer.lstrip("0") or "0"
    head = len(integer) % 3 or 3
    grouped = thousands.join(
        [integer[:head], *(integer[i : i + 3] for i in range(head, len(integer), 3))])
    sign = "-" if number < 0 and (integer != "0" or fraction.strip("0")) else ""
    return sign + grouped + (point + fraction if fraction else "")


def plain(value: Decimal | int) -> str:
    """The machine text of a value: ``81154008``, ``5547036498.5`` (no grouping, a dot)."""
    number = Decimal(value) if isinstance(value, int) else value
    if not is_sane(number):
        return _scientific(number)
    if number == number.to_integral_value():
        return f"{number.to_integral_value():f}"
    return f"{number.normalize():f}"


@dataclass(frozen=True)
class Rupiah:
    """An amount of money for a message: ``Rp 81.154.008`` / ``Rp 81,154,008``; cents
    shown (two digits) only when there are any."""

    value: Decimal

    def text(self, lang: str = "id") -> str:
        if not is_sane(self.value) or self.value.adjusted() >= MAX_DIGITS:
            return f"Rp {_scientific(self.value)}"
        whole = self.value == self.value.to_integral_value()
        decimals = 0 if whole else max(2, -int(self.value.normalize().as_tuple().exponent))
        amount = format_number(abs(self.value), lang, decimals)
        return ("-" if self.value < 0 else "") + f"Rp {amount}"

    @property
    def machine(self) -> str:
        return plain(self.value)

    def __str__(self) -> str:
        return self.text("id")


@dataclass(frozen=True)
class Percent:
    """A computed percentage at the precision a message shows it: ``103,91%`` /
    ``103.91%``, rounded half-up; its machine text is ``103.91``."""

    value: Decimal
    decimals: int = 2

    def text(self, lang: str = "id") -> str:
        return format_number(self.value, lang, self.decimals) + "%"

    @property
    def machine(self) -> str:
        if not is_sane(self.value) or self.value.adjusted() >= MAX_DIGITS:
            return _scientific(self.value)
        return f"{_rounded(self.value, self.decimals):f}"

    def __str__(self) -> str:
        return self.text("id")


Shown = str | int | Decimal | Number | Rupiah | Percent | Mapping[str, str]
"""What a rule may give as ``expected`` or ``actual``."""


def _is_text(value: object) -> bool:
    return isinstance(value, Mapping) and bool(value) and set(value) <= set(_LANGUAGES)


def machine_text(value: Shown | None) -> str | None:
    """The JSON ``expected``/``actual``: the exact value without grouping (``81154008``,
    ``95.00``), the printed text of a figure that is no number, words as given."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (Rupiah, Percent)):
        return value.machine
    if isinstance(value, Number):
        return value.raw if value.value is None else f"{value.value:f}"
    if isinstance(value, (int, Decimal)):
        return plain(value)
    if _is_text(value):
        return value.get("id") or next(iter(value.values()))
    return str(value)


def _one_language(value: Shown, lang: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, (Rupiah, Percent)):
        return value.text(lang)
    if isinstance(value, Number):
        return value.raw.strip()  # what the report printed stays what it printed
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return format_number(value, lang)
    if _is_text(value):
        return value.get(lang) or value.get("id") or ""
    return str(value)


def display_text(value: Shown | None) -> dict[str, str] | None:
    """The text people read for ``value``, per language: ``{"id": "81.154.008",
    "en": "81,154,008"}``."""
    if value is None:
        return None
    return {lang: _one_language(value, lang) for lang in _LANGUAGES}


class _Shows(Protocol):
    """What a finding has for :func:`expected_text` and :func:`actual_text`."""

    expected: str | None
    actual: str | None


def _pick(text: Mapping[str, str] | None, machine: str | None, lang: str) -> str | None:
    if text:
        return text.get(lang) or text.get("id") or machine
    return machine


def expected_text(finding: _Shows, lang: str) -> str | None:
    """The finding's expected value as people write it in ``lang`` (its machine text
    for a finding made without display text)."""
    return _pick(getattr(finding, "expected_text", None), finding.expected, lang)


def actual_text(finding: _Shows, lang: str) -> str | None:
    """The finding's found value as people write it in ``lang``."""
    return _pick(getattr(finding, "actual_text", None), finding.actual, lang)
