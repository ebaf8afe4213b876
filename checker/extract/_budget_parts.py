"""Budget tables that are parts of one budget, split by jenis belanja.

Some reports print the realisasi anggaran as one table per jenis belanja ("Realisasi
Belanja Operasi per Program ..." and "Realisasi Belanja Modal per Program ..."): a
program or kegiatan with both kinds of spending appears in each, with its part of the
money. Each table is checked on its own arithmetic, but the agency's budget, a
program's pagu or the number of kegiatan is the parts taken together. The parts are
told by their titles: consecutive whole-budget tables of one kind, each naming one
jenis belanja, no two the same. The budget they make is the items of every part, those
of one code (or name) added up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import NamedTuple

from checker.model import BudgetItem, BudgetTable, Number

__all__ = ["BudgetParts", "join_parts"]

# The jenis belanja a title names (Permendagri 77/2020: operasi, modal, tidak terduga,
# transfer; the older split: pegawai, barang dan jasa).
_JENIS = re.compile(r"\bbelanja\s+(operasi|modal|tidak\s+terduga|transfer|pegawai"
                    r"|barang\s+dan\s+jasa)\b", re.IGNORECASE)
_PART_KINDS = ("realisasi", "alokasi")


class BudgetParts(NamedTuple):
    tables: tuple[BudgetTable, ...]  # as read, the parts marked with the budget they make
    joined: tuple[BudgetTable, ...]  # one budget per group of parts


def join_parts(tables: Sequence[BudgetTable]) -> BudgetParts:
    """The tables with each group of parts marked, and the budget each group makes."""
    marked = list(tables)
    joined: list[BudgetTable] = []
    for group in _groups(tables):
        whole = _joined([tables[index] for index in group])
        joined.append(whole)
        for index in group:
            marked[index] = replace(tables[index], part_of=whole.name)
    return BudgetParts(tuple(marked), tuple(joined))


def _jenis(table: BudgetTable) -> str | None:
    """The one jenis belanja a whole-budget table's title names, if it names one."""
    if table.kind not in _PART_KINDS or table.per_sasaran:
        return None
    named = {" ".join(found.lower().split()) for found in _JENIS.findall(table.name)}
    return named.pop() if len(named) == 1 else None


def _groups(tables: Sequence[BudgetTable]) -> list[list[int]]:
    """Runs of whole-budget tables of one kind, each naming its own jenis belanja
    (per-sasaran and belanja tables between them do not break a run)."""
    groups: list[list[int]] = []
    run: list[int] = []
    seen: set[str] = set()
    for index, table in enumerate(tables):
        if table.per_sasaran or table.kind == "belanja":
            continue
        jenis = _jenis(table)
        fits = (jenis is not None and jenis not in seen
                and (not run or tables[run[0]].kind == table.kind))
        if not fits:
            if len(run) > 1:
                groups.append(run)
            run, seen = [], set()
            if jenis is None:
                continue
        run.append(index)
        seen.add(jenis)
    if len(run) > 1:
        groups.append(run)
    return groups


def _joined(parts: Sequence[BudgetTable]) -> BudgetTable:
    """The budget the parts make: their items merged, their totals added up."""
    first = parts[0]
    return BudgetTable(
        name=" + ".join(part.name for part in parts),
        kind=first.kind,
        items=_merged([part.items for part in parts]),
        total_pagu=_sum(_total(part, "pagu") for part in parts),
        total_realisasi=_sum(_total(part, "realisasi") for part in parts),
        total_persen=None,  # no table prints it: rules compute realisasi over pagu
        total_sisa=None,
        where=first.where,
        total_where=parts[-1].total_where,
        parts=tuple(part.name for part in parts),
    )


def _total(table: BudgetTable, column: str) -> Number | None:
    """The part's stated total of ``column``, else the sum of its top rows."""
    stated: Number | None = getattr(table, f"total_{column}")
    if stated is not None:
        return stated
    return _sum(getattr(item, column) for item in table.items)


def _key(item: BudgetItem) -> tuple[str, str]:
    """An item is the same across parts by its code, else by its name at its level."""
    return (item.level.value, item.code or " ".join(item.name.lower().split()))


def _merged(listings: Iterable[Sequence[BudgetItem]]) -> tuple[BudgetItem, ...]:
    """The items of every listing, in first-seen order, those of one key merged."""
    same: dict[tuple[str, str], list[BudgetItem]] = {}
    for items in listings:
        for item in items:
            same.setdefault(_key(item), []).append(item)
    return tuple(_merged_item(group) for group in same.values())


def _merged_item(group: Sequence[BudgetItem]) -> BudgetItem:
    first = group[0]
    if len(group) == 1:
        return first
    return replace(
        first,
        pagu=_sum(item.pagu for item in group),
        realisasi=_sum(item.realisasi for item in group),
        persen=None,  # a share of the whole is printed nowhere
        sisa=_sum(item.sisa for item in group) if all(i.sisa for i in group) else None,
        children=_merged([item.children for item in group]),
    )


def _sum(numbers: Iterable[Number | None]) -> Number | None:
    """The sum of the readable figures, as a Number; None when none is readable."""
    values = [number.value for number in numbers
              if number is not None and number.value is not None]
    if not values:
        return None
    total = sum(values, Decimal(0))
    return Number(_printed(total), total)


def _printed(value: Decimal) -> str:
    """The amount as the reports print it: dots between thousands, comma decimals."""
    whole = value == value.to_integral_value()
    text = f"{value:,.0f}" if whole else f"{value:,.2f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")
