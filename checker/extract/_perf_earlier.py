"""Earlier years of a capaian table: the columns of a comparison with past years.

Bab III compares this year's realisasi and capaian with last year's and earlier
years' (Permenpan RB 53/2014, Lampiran II): "2019 | 2020 | 2021" over "Target |
Realisasi | Capaian %", "REALISASI" over "Th. 2017 ... Th. 2021", "Realisasi Tahun
Lalu". The capaian reader keeps the reporting year's columns; this module reads the
others into :class:`~checker.model.EarlierYear` records of the row.

Precision first: a column is read only when both its year and its role are certain.

* its role is target, realisasi or capaian (not a capaian of the sasaran);
* its header names exactly one year, before the reporting year; or it says
  "Tahun Lalu" / "Tahun Sebelumnya" and names no year (then it is the year before);
* it carries no other flag (Target Akhir Renstra, Realisasi Nasional, Kondisi Awal);
* no other column of the table has the same role and year;
* a capaian column counts only beside a realisasi column of the same year (a
  "Capaian 2020" column alone often holds the realisasi, not a percentage).

A cell that cannot be read as a number is kept as printed (its value ``None``) and
compared with nothing; it is not reported again, since earlier years are a
comparison, not the report's own measurement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checker.model import EarlierYear, Number
from checker.numbers import NumberFormatError, NumberStyle, parse_number

from ._figures import infer_style
from ._perf_columns import Column, Layout
from ._perf_rows import LogicalRow

__all__ = ["EarlierColumns", "earlier_columns", "read_earlier"]

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_ROLES = ("target", "realisasi", "capaian")

# {year: {role: column}}
EarlierColumns = dict[int, dict[str, Column]]


def _year_of(column: Column, year: int) -> int | None:
    """The earlier year ``column`` holds, or None when it is not certainly one."""
    if column.flags - {"lalu"}:
        return None
    named = {int(found) for found in _YEAR.findall(column.header)}
    if len(named) > 1:
        return None  # 'Realisasi 2020 s.d. 2021': a span, not one year
    if "lalu" in column.flags:
        held = year - 1 if not named else next(iter(named))
    elif named:
        held = next(iter(named))
    else:
        return None
    return held if held < year else None


def _of_sasaran(column: Column) -> bool:
    return "sasaran" in column.words and "indikator" not in column.words


def earlier_columns(layout: Layout, year: int | None) -> EarlierColumns:
    """The columns of earlier years in ``layout``, by year and role (see module doc)."""
    if year is None:
        return {}
    found: dict[tuple[int, str], list[Column]] = {}
    for column in layout.columns:
        if column.role not in _ROLES:
            continue
        if column.role == "capaian" and _of_sasaran(column):
            continue
        held = _year_of(column, year)
        if held is not None:
            found.setdefault((held, column.role), []).append(column)
    result: EarlierColumns = {}
    for (held, role), columns in sorted(found.items()):
        if len(columns) == 1:
            result.setdefault(held, {})[role] = columns[0]
    for roles in result.values():
        if "capaian" in roles and "realisasi" not in roles:
            del roles["capaian"]
    return {held: roles for held, roles in result.items() if roles}


def _number(text: str, style: NumberStyle | None) -> Number | None:
    raw = " ".join(text.split())
    if not raw:
        return None
    try:
        return Number(raw, parse_number(raw, style))
    except NumberFormatError:
        return Number(raw, None)


def read_earlier(row: LogicalRow, columns: EarlierColumns,
                 rows: Sequence[LogicalRow]) -> tuple[EarlierYear, ...]:
    """The earlier years ``row`` prints, each column read in its own number style
    (inferred from all of ``rows``)."""
    result = []
    for held in sorted(columns):
        figures: dict[str, Number | None] = {}
        for role, column in columns[held].items():
            style = infer_style(r.text(column.index) for r in rows)
            figures[role] = _number(row.text(column.index), style)
        if any(figure is not None for figure in figures.values()):
            result.append(EarlierYear(held, **figures))
    return tuple(result)
