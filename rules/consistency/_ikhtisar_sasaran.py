"""A sasaran's capaian the Ikhtisar Eksekutif names by its number, against the body.

"Capaian Sasaran 2 sebesar 114,33%" in the Ikhtisar quotes the capaian the body gives
that sasaran: the summary row of a capaian table ("Capaian Sasaran 2"), which is
commonly the mean of its indicators. The number is the sasaran's place in the report's
own order (the plan's, else the PK's, as the cascade graph counts it); a table is read
only when it lists its sasaran in that same order. A table without summary rows gives
a sasaran no figure of its own: an Ikhtisar figure said to be a mean ("sasaran kedua,
"...", tercapai rata-rata 102,63%") is then compared with the mean of its indicators,
and only where the body's text states that mean too. A figure taken another way (weighted,
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
# ...) mencapai 99,10 persen", "capaian Sasaran II: 101,5%", "sasaran kedua, "Meningkatnya
# ...", tercapai rata-rata 102,63%", "Rata-rata capaian ...: Sasaran 1 sebesar 105,19%".
_STATED = re.compile(
    r"\b(?P<capaian>capaian(?:\s+kinerja)?\s+)?sasaran(?:\s+strategis)?\s+(?:ke\s*-?\s*)?"
    r"(?P<number>\d{1,2}|[IVX]{1,4}|ke(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan"
    r"|sembilan|sepuluh)|pertama)\b(?![.,]\d)"
    r"(?:\s*\([^()]{0,200}\))?(?:\s*,\s*[\"\u201c][^\"\u201c\u201d]{1,200}[\"\u201d]\s*,)?"
    r"\s*(?:adalah|sebesar|(?P<reached>mencapai|tercapai)(?P<mean>\s+rata-rata)?|yaitu|yakni|:|=)\s*"
    r"(?:sebesar\s+)?(?P<value>\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|persen\b)",
    re.IGNORECASE,
)
# Without "capaian" before it, "Sasaran 2 sebesar 95,76%" is a capaian where its sentence
# speaks of capaian before it ("Rata-rata capaian ...: Sasaran 1 sebesar ..."), or says
# the sasaran is reached ("tercapai"); never where it speaks of money.
_CAPAIAN_BEFORE = re.compile(r"\bcapaian\b", re.IGNORECASE)
_MONEY = re.compile(r"\b(?:anggaran|pagu|belanja|dana|biaya|rp)\b", re.IGNORECASE)
_ORDINALS = {"pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5,
             "keenam": 6, "ketujuh": 7, "kedelapan": 8, "kesembilan": 9, "kesepuluh": 10}
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


class _Statement(NamedTuple):
    """A sasaran's capaian a sentence states: which sasaran, the figure, where."""

    number: int
    value: Number
    start: int  # of the figure, in the text searched
    mean: bool  # said to be the mean of the indicators ("tercapai rata-rata")


def ikhtisar_sasaran_capaian(context: Context) -> Iterator[SasaranQuote]:
    """The sasaran capaian the Ikhtisar names by number that differ from the body's."""
    report = context.report
    span = main_span(report, "ikhtisar_eksekutif")
    if span is None or not report.achievements:
        return
    text = "\n".join(report.text[span.start - 1:span.end])
    if "sasaran" not in text.casefold() or not _STATED.search(text):
        return
    # The whole text is searched for a weighted mean only when the Ikhtisar states a
    # sasaran's capaian at all: most do not.
    if weighs_indicators(report.text):
        return
    order = numbered_sasaran(report)
    restated: list[_Statement] | None = None  # the body's own statements, read when needed
    for quote in _statements(text, report.meta.year, len(order)):
        body = _body_figures(context, order, quote.number)
        if not any(figure.summary for figure in body):
            if not quote.mean:
                continue
            if restated is None:
                restated = list(_statements("\n".join(report.text[span.end:]),
                                            report.meta.year, len(order)))
            body = _corroborated(context, quote, body, restated)
        if not body or any(_matches(context, quote.value, figure.value) for figure in body):
            continue
        yield SasaranQuote(quote.number, quote.value,
                           span.start + text.count("\n", 0, quote.start), body)


def _statements(text: str, year: int | None, sasaran: int) -> Iterator[_Statement]:
    """The capaian ``text`` states for the report's ``sasaran`` by their number, taken
    as the plain capaian of the reporting year."""
    for match in _STATED.finditer(text):
        number = _number(match.group("number"))
        stated = _percent(match.group("value"))
        if number is None or stated is None or not 1 <= number <= sasaran:
            continue
        if _taken_another_way(_sentence(text, match.start(), match.end()), year):
            continue
        if not _states_capaian(match, text[_sentence_start(text, match.start()):match.start()]):
            continue
        yield _Statement(number, stated, match.start("value"), bool(match["mean"]))


def _corroborated(context: Context, quote: _Statement, means: list[SasaranFigure],
                  restated: list[_Statement]) -> list[SasaranFigure]:
    """The means of the sasaran's indicators that the body also states as its capaian,
    when the body nowhere states the Ikhtisar's figure: without a summary row, a mean is
    the body's figure only where its text gives the same (a report may well take its
    sasaran's capaian another way than the plain mean)."""
    own = [other.value for other in restated if other.number == quote.number]
    if any(_matches(context, quote.value, other.value) for other in own):
        return []
    return [mean for mean in means
            if any(_matches(context, other, mean.value) for other in own)]


def _matches(context: Context, stated: Number, value: Decimal) -> bool:
    return percent_matches(stated.value, stated.decimals, value, context.percent_tolerance)


def _taken_another_way(sentence: str, year: int | None) -> bool:
    """Whether the sentence says its figure is no plain capaian of the reporting year:
    a method, a target, or a year other than the report's ("capaian tahun 2022")."""
    if _ANOTHER_WAY.search(sentence):
        return True
    return any(int(found) != year for found in _YEAR.findall(sentence))


def _states_capaian(match: re.Match[str], before: str) -> bool:
    """Whether the figure is the sasaran's capaian: said so ("capaian Sasaran 2"), or by a
    sentence on capaian, or on the sasaran reached, that speaks of no money before it
    (``before``: the sentence up to the match)."""
    if match["capaian"]:
        return True
    return not _MONEY.search(before) and bool(
        match["reached"] or _CAPAIAN_BEFORE.search(before))


def _number(token: str) -> int | None:
    folded = token.casefold()
    if token.isdigit():
        return int(token)
    return _ROMAN.get(folded) or _ORDINALS.get(folded)


def _percent(raw: str) -> Number | None:
    try:
        value = parse_number(raw)
    except NumberFormatError:
        return None
    return Number(raw, value) if value is not None else None


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence that holds ``text[start:end]``: from the stop before it to the next."""
    after = _SENTENCE_END.search(text, end)
    return text[_sentence_start(text, start):after.end() if after else len(text)]


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence that holds ``text[start]`` starts: after the stop before it."""
    stops = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    return stops[-1] if stops else 0


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
