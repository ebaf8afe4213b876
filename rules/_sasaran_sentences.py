"""The capaian of a sasaran stated in the sentences right below a capaian table.

A table that lists the indicators of several sasaran often leaves out the sasaran's own
capaian and states it in the paragraph that follows ("Rata-rata capaian Sasaran 1
adalah 101,03%"). Such a sentence names the sasaran by its number, which is its place
in the table; it is read as the summary the table itself did not print.
"""

from __future__ import annotations

import re
from decimal import Decimal

from checker.model import AchievementSummary, AchievementTable, Number, Provenance

__all__ = ["sasaran_in_order", "sasaran_sentences", "weighs_indicators"]

# "Rata-rata capaian Sasaran 1 adalah 101,30%", "capaian Sasaran 2 (Meningkatnya ...)
# sebesar 101,70 persen", "Capaian sasaran ke-2 mencapai 99,10%".
_STATED = re.compile(
    r"\bcapaian(?:\s+kinerja)?\s+sasaran(?:\s+strategis)?\s+(?:ke-?\s*)?(?P<number>\d)\b"
    r"(?:\s*\([^()]{0,200}\))?\s*(?:adalah|sebesar|mencapai|yaitu|yakni|:|=)\s*"
    r"(?:sebesar\s+)?(?P<value>\d{1,3}(?:,\d{1,2})?)\s*(?:%|persen)",
    re.IGNORECASE,
)
# A sentence on another year, a target, or a mean taken another way (weighted) is not
# the plain mean of this table's indicators.
_ANOTHER_FIGURE = re.compile(
    r"\b(?:19|20)\d{2}\b|\btarget|\bbobot|tertimbang|\bweighted", re.IGNORECASE)
# The paragraph below a table ends at the next heading, caption or table.
_BREAK = re.compile(r"^\s*(?:#|<|\*\*\s*tabel\b|tabel\s+\d|\|)|\t", re.IGNORECASE)
_LINES_READ = 3  # a paragraph further down speaks of something else
# A report that weighs its indicators anywhere: its sasaran mean is not the plain one.
_WEIGHS = re.compile(r"\bbobot|tertimbang", re.IGNORECASE)


def weighs_indicators(text: tuple[str, ...]) -> bool:
    """Whether the report speaks of weights (bobot) or a weighted mean anywhere: then a
    sasaran's capaian is not the plain mean of its indicators'."""
    return _WEIGHS.search("\n".join(text)) is not None


def sasaran_sentences(table: AchievementTable, text: tuple[str, ...]
                      ) -> list[AchievementSummary]:
    """The sasaran capaian stated in the lines right below ``table`` for the sasaran it
    lists (Sasaran n is the n-th sasaran of its rows) and does not sum up itself; none
    when the report weighs its indicators (its mean is then not the plain one)."""
    names = sasaran_in_order(table)
    end = table.where.end_line
    if len(names) < 2 or end is None:
        return []
    summed = {summary.sasaran.casefold() for summary in table.summaries}
    found: list[AchievementSummary] = []
    for number in range(end + 1, min(end + 1 + _LINES_READ, len(text) + 1)):
        line = text[number - 1]
        if _BREAK.search(line):
            break
        found += _stated_in(line, number, names, summed, table.name)
    # The whole text is searched only when a sentence was found: most tables have none.
    if found and weighs_indicators(text):
        return []
    return found


def sasaran_in_order(table: AchievementTable) -> list[str]:
    """The sasaran of ``table``'s rows in their order ("Sasaran 2" is the second); none
    when a row states no sasaran, as the numbering cannot be followed then."""
    names: list[str] = []
    for row in table.rows:
        if row.sasaran is None:
            return []  # a row of no stated sasaran: the numbering cannot be followed
        if row.sasaran not in names:
            names.append(row.sasaran)
    return names


def _stated_in(line: str, number: int, names: list[str], summed: set[str],
               table: str) -> list[AchievementSummary]:
    found = []
    for match in _STATED.finditer(line):
        place = int(match.group("number"))
        if not 1 <= place <= len(names) or names[place - 1].casefold() in summed:
            continue
        if _ANOTHER_FIGURE.search(match.group(0)):
            continue
        raw = match.group("value")
        capaian = Number(raw, Decimal(raw.replace(",", ".")))  # the pattern's own form
        where = Provenance(number, number, table)
        found.append(AchievementSummary(names[place - 1], capaian, None, where))
    return found
