"""A sasaran's capaian the Ikhtisar Eksekutif names by its number, against the body.

"Capaian Sasaran 2 sebesar 114,33%" in the Ikhtisar quotes the capaian the body gives
that sasaran: the summary row of a capaian table ("Capaian Sasaran 2"), which is
commonly the mean of its indicators. The number is the sasaran's place in the report's
own order (the plan's, else the PK's, as the cascade graph counts it); a table is read
only when it lists its sasaran in that same order. A figure taken another way (weighted,
another year's, a target) says so and is left alone, and so is every figure of a report
that weighs its indicators anywhere: its sasaran capaian is then no plain mean.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import NamedTuple

from checker.context import Context
from checker.graph import node_finder, numbered_sasaran
from checker.model import AchievementTable, Number
from checker.numbers import NumberFormatError, parse_number
from rules._figures import percent_matches, value_of
from rules._sasaran_sentences import sasaran_in_order, weighs_indicators
from rules._structure_outline import main_span

__all__ = ["SasaranFigure", "SasaranQuote", "ikhtisar_sasaran_capaian"]

# "capaian Sasaran 2 sebesar 114,33%", "Capaian kinerja sasaran strategis ke-2 (Meningkatnya
# ...) mencapai 99,10 persen", "capaian Sasaran II: 101,5%".
_STATED = re.compile(
    r"\bcapaian(?:\s+kinerja)?\s+sasaran(?:\s+strategis)?\s+(?:ke\s*-?\s*)?"
    r"(?P<number>\d{1,2}|[IVX]{1,4})\b(?![.,]\d)"
    r"(?:\s*\([^()]{0,200}\))?\s*(?:adalah|sebesar|mencapai|yaitu|yakni|:|=)\s*"
    r"(?:sebesar\s+)?(?P<value>\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|persen\b)",
    re.IGNORECASE,
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9,
          "x": 10}
# The sentence says the figure is taken another way, or is another figure: weighted, by a
# stated method or formula, a target's, an earlier year's.
_ANOTHER_WAY = re.compile(
    r"\bbobot|tertimbang|\bweight|\bdihitung\b|\bperhitungan\b|\bmetode\b|\brumus\b"
    r"|\bmedian\b|\bkomposit\b|\btarget\b|\b(?:sebelumnya|lalu)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SENTENCE_END = re.compile(r"[.;!?](?=\s|$)")


class SasaranFigure(NamedTuple):
    """A capaian the body gives one sasaran: a table's summary row, or the mean of the
    table's indicators of that sasaran."""

    table: str
    line: int | None
    value: Decimal
    summary: bool  # the table's own summary row (else the mean, computed)


class SasaranQuote(NamedTuple):
    """A sasaran's capaian stated in the Ikhtisar that no figure of the body matches."""

    number: int
    stated: Number
    line: int
    body: list[SasaranFigure]


def ikhtisar_sasaran_capaian(context: Context) -> Iterator[SasaranQuote]:
    """The sasaran capaian the Ikhtisar names by number that differ from the body's."""
    report = context.report
    span = main_span(report, "ikhtisar_eksekutif")
    if span is None or not report.achievements:
        return
    text = "\n".join(report.text[span.start - 1:span.end])
    if "sasaran" not in text.casefold():
        return
    matches = list(_STATED.finditer(text))
    # The whole text is searched for a weighted mean only when the Ikhtisar states a
    # sasaran's capaian at all: most do not.
    if not matches or weighs_indicators(report.text):
        return
    order = numbered_sasaran(report)
    for match in matches:
        number = _number(match.group("number"))
        stated = _percent(match.group("value"))
        if number is None or stated is None or not 1 <= number <= len(order):
            continue
        if _taken_another_way(_sentence(text, match.start(), match.end()), report.meta.year):
            continue
        body = _body_figures(context, order, number)
        if not any(figure.summary for figure in body) or any(
            percent_matches(stated.value, stated.decimals, figure.value,
                            context.percent_tolerance)
            for figure in body
        ):
            continue
        yield SasaranQuote(number, stated, span.start + text.count("\n", 0, match.start("value")),
                           body)


def _taken_another_way(sentence: str, year: int | None) -> bool:
    """Whether the sentence says its figure is no plain capaian of the reporting year:
    a method, a target, or a year other than the report's ("capaian tahun 2022")."""
    if _ANOTHER_WAY.search(sentence):
        return True
    return any(int(found) != year for found in _YEAR.findall(sentence))


def _number(token: str) -> int | None:
    return int(token) if token.isdigit() else _ROMAN.get(token.casefold())


def _percent(raw: str) -> Number | None:
    try:
        value = parse_number(raw)
    except NumberFormatError:
        return None
    return Number(raw, value) if value is not None else None


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence that holds ``text[start:end]``: from the stop before it to the next."""
    stops = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return text[stops[-1] if stops else 0:after.end() if after else len(text)]


def _body_figures(context: Context, order: list[str], number: int) -> list[SasaranFigure]:
    """The capaian the body's tables give the ``number``-th sasaran: each table that
    lists the report's sasaran in the report's order, its summary row and the mean of
    its indicators (as printed, and as corrected where the table corrects them)."""
    finder = node_finder(context.graph, "sasaran")
    wanted = finder(order[number - 1])
    found: list[SasaranFigure] = []
    for table in context.report.achievements:
        listed = [finder(name) for name in sasaran_in_order(table)]
        if len(listed) < number or listed[number - 1] != wanted:
            continue
        for summary in table.summaries:
            value = value_of(summary.capaian)
            if value is not None and finder(summary.sasaran) == wanted:
                found.append(SasaranFigure(table.name, summary.where.line, value, True))
        found += _means(table, wanted, finder)
    return found


def _means(table: AchievementTable, wanted: str,
           finder: Callable[[str], str]) -> list[SasaranFigure]:
    rows = [row for row in table.rows
            if row.sasaran is not None and finder(row.sasaran) == wanted]
    means = []
    for values in ([value_of(row.capaian) for row in rows],
                   [value_of(row.corrected) for row in rows]):
        if values and None not in values:
            total = sum((value for value in values if value is not None), Decimal(0))
            means.append(SasaranFigure(table.name, None, total / len(values), False))
    return means
