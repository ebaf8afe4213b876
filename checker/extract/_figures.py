"""Reading table cells into figures, with the column's number style and doubts.

A column that prints ``2.584.957.568`` groups thousands with dots, so a ``1.500``
in it is fifteen hundred; a column that prints ``86.53`` and ``70,15`` side by
side has no single style and each cell is read on its own. A cell that holds
digits but no readable number becomes a ``number`` :class:`Doubt`; a cell with
no digits at all (``"B"``, ``"N/A"``, ``"-"``) is simply no figure. A rate keeps its
unit in the raw text (``125 per 100.000 KH``); the unit's number is neither the figure
nor a clue to the column's style. A target may be a range (a hospital's BOR ``60-85``
%, ALOS ``6-9`` hari: the ideal band): a legitimate target the model holds no figure for,
so it is left unchecked without a doubt. A target may be a bound (``≥ 85%``, ``≤ 3
hari``, ``min. 80%``): the report computes its capaian against the figure in the bound,
so that figure is the target's value; the raw text keeps the sign as printed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from checker.doubts import negative_money
from checker.model import Doubt, Number, Provenance
from checker.numbers import (
    NumberFormatError,
    NumberStyle,
    bound_figure,
    parse_number,
    split_rate_unit,
)

from ._cues import lazy

__all__ = ["FigureReader", "infer_style"]

_DOT_GROUPS = re.compile(r"\d\.\d{3}(?:\.\d{3})+(?!\d)|\d\.\d{3},\d")
_COMMA_GROUPS = re.compile(r"\d,\d{3}(?:,\d{3})+(?!\d)|\d,\d{3}\.\d")
_DOT_DECIMAL = re.compile(r"(?<![\d.,])\d+\.\d{1,2}(?![\d.,])")
_COMMA_DECIMAL = re.compile(r"(?<![\d.,])\d+,\d{1,2}(?![\d.,])")
# A target band: two figures joined by a dash or "s.d." ("60-85", "6 - 9 hari", "60 s.d.
# 85 %"), each read on its own; the unit may follow the band.
_RANGE = lazy(
    r"^(?P<low>\d[\d.,]*)\s*(?:[-\u2013\u2014]|s\.?\s?d\.?|s/d|sampai)\s*(?P<high>\d[\d.,]*)"
    r"(?P<unit>\s*[%A-Za-z][A-Za-z./ ]*)?$",
    re.IGNORECASE,
)


def infer_style(texts: Iterable[str]) -> NumberStyle | None:
    """The column's style when its unambiguous cells agree, else ``None``."""
    dots = commas = 0
    for cell in texts:
        if "." not in cell and "," not in cell:
            continue  # every pattern below needs a separator: this cell tells nothing
        text, _unit = split_rate_unit(cell)  # 'per 1.000.000': the unit's, not the figure's
        if _DOT_GROUPS.search(text) or _COMMA_DECIMAL.search(text):
            dots += 1
        if _COMMA_GROUPS.search(text) or _DOT_DECIMAL.search(text):
            commas += 1
    if dots and not commas:
        return NumberStyle.DOT_THOUSANDS
    if commas and not dots:
        return NumberStyle.COMMA_THOUSANDS
    return None


class FigureReader:
    """Reads cells into :class:`Number` and collects the doubts met on the way."""

    def __init__(self) -> None:
        self.doubts: list[Doubt] = []

    def read(
        self,
        text: str | None,
        where: Provenance,
        field: str,
        style: NumberStyle | None = None,
        negative_allowed: bool = True,
    ) -> Number | None:
        """``None`` for an empty cell; a :class:`Number` (value ``None`` if unreadable).

        With ``negative_allowed=False`` (a pagu, a realisasi) a negative amount is no
        figure the table can hold: it is reported, not summed."""
        if text is None or not text.strip():
            return None
        raw = " ".join(text.split())
        try:
            value = parse_number(raw, style)
        except NumberFormatError as exc:
            if field.startswith("target"):
                if _is_range(raw, style):
                    return Number(raw, None)  # a band, not a figure: nothing to compare
                bound = _read_bound(raw, style)
                if bound is not None:
                    return Number(raw, bound)
            problem = {lang: f"{field}: {reason}" for lang, reason in exc.reason.items()}
            self.doubts.append(Doubt("number", raw, problem, where))
            return Number(raw, None)
        if value is not None and value < 0 and not negative_allowed:
            self.doubts.append(negative_money(raw, field, where))
            return Number(raw, None)
        return Number(raw, value)


def _read_bound(raw: str, style: NumberStyle | None) -> Decimal | None:
    """The figure of a target written as a bound ("≥ 85%" -> 85); ``None`` when ``raw``
    is no bound or its figure is unreadable (then the whole cell is reported)."""
    figure = bound_figure(raw)
    if figure is None:
        return None
    try:
        return parse_number(figure, style)
    except NumberFormatError:
        return None


def _is_range(raw: str, style: NumberStyle | None) -> bool:
    """Whether ``raw`` is a band of two figures, the lower first ("60-85", "6 - 9 hari")."""
    match = _RANGE().match(raw)
    if match is None:
        return False
    try:
        low = parse_number(match.group("low"), style)
        high = parse_number(match.group("high"), style)
    except NumberFormatError:
        return False
    return low is not None and high is not None and low < high
