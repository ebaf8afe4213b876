"""CAS006: an item of a per-sasaran table has the budget table's amounts."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from checker.context import Context, location
from checker.display import Rupiah
from checker.graph import node_finder
from checker.model import BudgetItem, Number
from checker.rule import Category, Severity, Violation, rule
from rules._figures import same_amount, sum_of, value_of
from rules.budget import Column, rollup_key
from rules.cascade._budget import (
    LEVEL_NAMES,
    Row,
    main_tables,
    per_sasaran_tables,
    rows_by_node,
    with_parents,
)
from rules.cascade._links import LINK_REGULATION

__all__ = ["CAS006"]


def _children(context: Context, item: BudgetItem) -> set[str]:
    return {node_finder(context.graph, child.level.value)(child.name) for child in item.children}


def _comparable(context: Context, part: BudgetItem, whole: BudgetItem) -> bool:
    """A per-sasaran row's amount is the main row's amount when it stands for the whole
    item: printed alone, or over the same rows. A program of which a per-sasaran table
    lists some kegiatan only may print the subtotal of those kegiatan."""
    return not part.children or _children(context, part) == _children(context, whole)


def _amount_differences(
    context: Context, part: BudgetItem, whole: BudgetItem
) -> Iterator[tuple[Column, Decimal, Decimal]]:
    columns: tuple[Column, ...] = ("pagu", "realisasi")
    for column in columns:
        printed: Number | None = getattr(part, column)
        main: Number | None = getattr(whole, column)
        here, there = value_of(printed), value_of(main)
        if here is not None and there is not None and not same_amount(
            here, there, context.rupiah_tolerance
        ):
            yield column, here, there


@rule(
    code="CAS006",
    slug="cascade-per-sasaran-amount",
    fix={
        "id": "Samakan angka butir ini dengan tabel anggaran utama; tabel per sasaran mengutip "
              "angka yang sama.",
        "en": "Make the item's amount match the main budget table; the per-sasaran table quotes"
              " the same figure.",
    },
    title={"id": "Anggaran item pendukung sasaran berbeda dengan tabel anggaran",
           "en": "Amount of an item supporting a sasaran differs from the budget table"},
    category=Category.CASCADE,
    severity=Severity.ERROR,
    regulation=LINK_REGULATION,
    knock_on_of=("BUD001", "BUD002"),
    message={
        "id": "{column} {level} '{name}' di {table} adalah {found}, sedangkan di {main} "
        "(baris {main_line}) {expected_text}.",
        "en": "The {column} of {level} '{name}' in {table} is {found}, while {main} (line "
        "{main_line}) gives {expected_text}.",
    },
    rationale={
        "id": "Satu program, kegiatan atau sub kegiatan memiliki satu pagu dan satu realisasi; "
        "tabel per sasaran harus mengulang angka tabel realisasi anggaran.",
        "en": "A program, kegiatan or sub kegiatan has one pagu and one realisasi; the "
        "per-sasaran table must repeat the figures of the budget table.",
    },
)
def CAS006(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 asks the report to state the budget used for each result; the
    same item printed in a per-sasaran table and in the budget table must carry the same
    pagu and realisasi (compared only where both rows cover the same rows below them)."""
    report = context.report
    main = rows_by_node(context, main_tables(report))
    for table in per_sasaran_tables(report):
        for part in with_parents(table):
            item = part.item
            key = node_finder(context.graph, item.level.value)(item.name)
            row = main.get(key)
            if row is None or not _comparable(context, item, row.item):
                continue
            for column, found, expected in _amount_differences(context, item, row.item):
                yield _difference(context, part, row, column, (found, expected), key)


def _difference(context: Context, part: Row, row: Row, column: Column,
                figures: tuple[Decimal, Decimal], key: str) -> Violation:
    """The finding for one column of ``part`` (per-sasaran row) against ``row`` (the main
    table's row). It points at the per-sasaran row, unless only the main row is the
    mistyped one: its parent there does not add up with its figure but does with the
    per-sasaran one. The finding then points at the main row, where the fix is (and the
    roll-up it folds into is of that table), quoting the per-sasaran row as the other."""
    found, expected = figures
    main_mistyped = _mistyped(context, row, column, found)
    part_mistyped = _mistyped(context, part, column, expected)
    here, there = part, row
    if main_mistyped and not part_mistyped:
        here, there, found, expected = row, part, expected, found
    return Violation(
        location(here.item.where, node=key),
        {"column": column, "level": LEVEL_NAMES[here.item.level][0].lower(),
         "name": here.item.name, "table": here.table.name, "found": Rupiah(found),
         "main": there.item.where.table or "?", "expected_text": Rupiah(expected),
         "main_line": there.item.where.line if there.item.where.line is not None else "?"},
        expected=expected,
        actual=found,
        causes=main_mistyped | part_mistyped,
    )


def _mistyped(context: Context, row: Row, column: Column, other: Decimal) -> frozenset[str]:
    """The roll-up that fails because ``row`` was mistyped: the other table's figure is
    what the row's parent implies, so fixing the row (the BUD001/BUD002 finding on its
    parent) clears this difference too."""
    parent = row.parent
    if parent is None:
        return frozenset()
    stated = value_of(getattr(parent, column))
    others = [getattr(child, column) for child in parent.children if child is not row.item]
    siblings = sum_of(others) if others else Decimal(0)
    if stated is None or siblings is None or not same_amount(
        stated - siblings, other, context.rupiah_tolerance
    ):
        return frozenset()
    return frozenset({rollup_key(row.table, parent, column)})
