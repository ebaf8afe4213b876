"""CON012: "N/A" in one table, 0 in another, for the same indicator's realisasi or capaian.

The capaian tables repeat each indicator's target, realisasi and capaian for the reporting
year. When one table prints "N/A" (or "-", "NA", "tidak ada data") where another prints
"0" or "0%", the two say different things: "not measured" against "measured, and
nothing achieved". A reviewer has to know which is true, since a capaian of 0 counts in
the agency's average and an unmeasured one does not. CON001 and CON009 compare numbers
only, and leave a value that is not a number to this rule.

One finding per indicator and value, at the row that prints the later of the two, naming
the other row. Only the reporting year's columns are compared (the rows' own target,
realisasi and capaian, never the earlier years a comparison table prints beside them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from checker.context import Context, location
from checker.model import AchievementRow, Number, Report
from checker.numbers import is_pending
from checker.rule import Category, Severity, Violation, rule

__all__ = ["CON012"]

# What a table prints for "no value": not a number, and meant as such (a blank cell or a
# figure the reader could not read is not this rule's concern).
_NOT_AVAILABLE = re.compile(
    "^(?:n\\s*/\\s*a|n\\.a\\.?|na|-|\u2013|\u2014|"
    r"tidak\s+ada(?:\s+data)?|belum\s+ada(?:\s+data)?|"
    r"tidak\s+terukur|belum\s+terukur)$")
_FIELDS = {"realisasi": {"id": "Realisasi", "en": "realisasi"},
           "capaian": {"id": "Capaian", "en": "capaian"}}


class _Printed(NamedTuple):
    """One table's value of one indicator: the row and what it printed."""

    row: AchievementRow
    table: str
    number: Number


def _not_available(number: Number) -> bool:
    """"N/A", or a value the report says is not available yet ("belum tersedia")."""
    folded = " ".join(number.raw.casefold().split())
    return number.value is None and (bool(_NOT_AVAILABLE.match(folded)) or is_pending(folded))


def _zero(number: Number) -> bool:
    return number.value is not None and number.value == 0


def _printed(report: Report, field: str) -> dict[str, list[_Printed]]:
    """Each indicator's printed ``field`` in every capaian table, by folded name."""
    found: dict[str, list[_Printed]] = {}
    for table in report.achievements:
        for row in table.rows:
            number = getattr(row, field)
            if number is not None and (_zero(number) or _not_available(number)):
                key = " ".join(row.indikator.casefold().split())
                found.setdefault(key, []).append(_Printed(row, table.name, number))
    return found


def _pair(printed: list[_Printed]) -> tuple[_Printed, _Printed] | None:
    """The first "N/A" and the first 0 of one indicator, in report order."""
    missing = next((p for p in printed if _not_available(p.number)), None)
    zero = next((p for p in printed if _zero(p.number)), None)
    if missing is None or zero is None or missing.table == zero.table:
        return None
    return missing, zero


@rule(
    code="CON012",
    slug="consistency-na-against-zero",
    title={"id": "\"N/A\" di satu tabel, 0 di tabel lain",
           "en": "\"N/A\" in one table, 0 in another"},
    category=Category.CONSISTENCY,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran II (Bab III: capaian kinerja organisasi)",
    message={
        "id": "{field} indikator '{indikator}' tertulis \"{na}\" pada baris {na_line} "
        "({na_table}) tetapi {zero} pada baris {zero_line} ({zero_table}).",
        "en": "The {field} of indicator '{indikator}' is \"{na}\" on line {na_line} "
        "({na_table}) but {zero} on line {zero_line} ({zero_table}).",
    },
    fix={
        "id": "Pastikan apakah indikator diukur: tulis 0 di semua tabel bila diukur dan tidak "
        "tercapai, atau \"N/A\" di semua tabel beserta alasannya bila tidak diukur.",
        "en": "Settle whether the indicator was measured: print 0 in every table if it was "
        "and nothing was achieved, or \"N/A\" in every table with the reason if it was not.",
    },
    rationale={
        "id": "\"N/A\" berarti tidak diukur, 0 berarti diukur dan tidak tercapai; capaian 0 "
        "ikut dalam rata-rata capaian, yang tidak diukur tidak. Tabel yang mengulang "
        "capaian tahun berjalan harus menyatakan hal yang sama.",
        "en": "\"N/A\" means not measured, 0 means measured and not achieved; a capaian of "
        "0 counts in the average, an unmeasured one does not. Tables repeating the year's "
        "capaian must say the same thing.",
    },
)
def CON012(context: Context) -> Iterator[Violation]:
    """The capaian of every indicator is stated in Bab III (Permenpan RB 53/2014,
    Lampiran II); the tables that repeat it must state the same value, and "not
    measured" is not the same value as zero."""
    report = context.report
    for field, words in _FIELDS.items():
        for printed in _printed(report, field).values():
            pair = _pair(printed)
            if pair is None:
                continue
            missing, zero = pair
            later = max(pair, key=lambda p: p.row.where.line or 0)
            yield Violation(
                location(later.row.where),
                {"field": words, "indikator": zero.row.indikator, "na": missing.number.raw,
                 "na_line": missing.row.where.line, "na_table": missing.table,
                 "zero": zero.number.raw, "zero_line": zero.row.where.line,
                 "zero_table": zero.table},
                expected=missing.number.raw if later is zero else zero.number.raw,
                actual=later.number.raw,
            )
