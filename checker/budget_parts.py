"""A budget printed in parts, one table per jenis belanja, made whole.

The extractor tells which tables are parts of one budget (``checker.extract``) and marks
each with ``BudgetTable.part_of``; the whole is the items of every part, those of one
code (or name) added up, and the parts' totals added up. A structured report keeps the
marks, not the whole: :func:`rejoin_parts` makes it again when the report is read.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from decimal import Decimal

from checker.model import BudgetItem, BudgetTable, Number

__all__ = ["joined_budget", "rejoin_parts"]


def rejoin_parts(tables: Sequence[BudgetTable]) -> tuple[BudgetTable, ...]:
    """The budget each group of tables marked as parts of one makes, in order."""
    groups: dict[str, list[BudgetTable]] = {}
    for table in tables:
        if table.part_of is not None:
            groups.setdefault(table.part_of, []).append(table)
    return tuple(joined_budget(parts) for parts in groups.values())


def joined_budget(parts: Sequence[BudgetTable]) -> BudgetTable:
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
