"""The budget tables as the cascade rules read them.

The overall tables (realisasi, alokasi) list the whole budget by program; a per-sasaran
table ("Program dan Kegiatan Pendukung Sasaran 2") is a *subset* of it: what it lists
must be in the overall table, it is never expected to list everything, and two
per-sasaran tables are never compared with each other. Items are matched by their node
in the cascade graph, which folds spelling differences.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from checker.context import Context
from checker.graph import node_finder
from checker.model import BudgetItem, BudgetTable, Level, Report
from checker.names import abbreviates

__all__ = [
    "ITEM_KINDS",
    "LEVEL_NAMES",
    "Row",
    "budget_tables",
    "in_main",
    "items_by_node",
    "listed_levels",
    "main_tables",
    "per_sasaran_tables",
    "rows_by_node",
    "unbudgeted_items",
    "with_parents",
]

LEVEL_NAMES = {Level.PROGRAM: ("Program", "Program"), Level.KEGIATAN: ("Kegiatan", "Kegiatan"),
               Level.SUB_KEGIATAN: ("Sub kegiatan", "Sub kegiatan")}
ITEM_KINDS = frozenset(level.value for level in LEVEL_NAMES)
_BUDGET_KINDS = ("realisasi", "alokasi")  # belanja tables split by type, not by program


def budget_tables(report: Report) -> list[BudgetTable]:
    """The tables that list the whole budget by program (not a per-sasaran subset)."""
    return [table for table in report.main_budgets() if table.kind in _BUDGET_KINDS]


def main_tables(report: Report) -> list[BudgetTable]:
    """The overall budget tables a per-sasaran table is a part of; one the reader could
    not fully read (glued rows) may hold any item in what it could not decode."""
    damaged = report.tables_in_doubt()
    return [table for table in report.main_budgets()
            if table.kind in ("realisasi", "alokasi") and table.name not in damaged]


def per_sasaran_tables(report: Report) -> list[BudgetTable]:
    return [table for table in report.budgets if table.per_sasaran]


def items_by_node(context: Context, tables: list[BudgetTable]) -> dict[str, BudgetItem]:
    """The items of the main tables by graph node; the first table printing one wins."""
    return {key: row.item for key, row in rows_by_node(context, tables).items()}


class Row(NamedTuple):
    """An item of a main table with the parent it is printed under."""

    item: BudgetItem
    parent: BudgetItem | None
    table: BudgetTable


def with_parents(table: BudgetTable) -> Iterator[Row]:
    for parent in [None, *table.walk()]:
        for item in table.items if parent is None else parent.children:
            if item.level in LEVEL_NAMES:
                yield Row(item, parent, table)


def rows_by_node(context: Context, tables: list[BudgetTable]) -> dict[str, Row]:
    found: dict[str, Row] = {}
    for table in tables:
        for row in with_parents(table):
            found.setdefault(node_finder(context.graph, row.item.level.value)(row.item.name), row)
    return found


def listed_levels(tables: list[BudgetTable]) -> set[Level]:
    return {item.level for table in tables for item in table.walk()}


def in_main(level: Level, name: str, key: str, main: dict[str, BudgetItem]) -> bool:
    """Whether the main tables list the item: the same node, or a longer or shorter
    spelling of it (:func:`checker.names.abbreviates`; the spelling is CON003's concern,
    not a missing row)."""
    if key in main:
        return True
    return any(other.level is level and abbreviates(name, other.name, glued=True)
               for other in main.values())


def unbudgeted_items(context: Context) -> list[tuple[BudgetTable, BudgetItem]]:
    """The items of per-sasaran tables that the overall budget tables do not list (at
    the levels those tables list: one that stops above a level is not missing rows)."""
    tables = main_tables(context.report)
    main, levels = items_by_node(context, tables), listed_levels(tables)
    if not main:
        return []
    found = []
    for table in per_sasaran_tables(context.report):
        for item in table.walk():
            if item.level in LEVEL_NAMES and item.level in levels:
                key = node_finder(context.graph, item.level.value)(item.name)
                if not in_main(item.level, item.name, key, main):
                    found.append((table, item))
    return found
