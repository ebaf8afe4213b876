"""CON006: one program's pagu in two budget tables."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from checker.context import Context, location
from checker.graph import node_finder
from checker.model import (
    BudgetItem,
    BudgetTable,
    Level,
    Number,
)
from checker.numbers import format_rupiah
from checker.rule import Category, Severity, Violation, rule
from rules._figures import (
    plain,
    same_amount,
    sum_of,
    value_of,
)

__all__ = ["CON006"]

def _leaf_pagu(item: BudgetItem) -> Decimal | None:
    """The pagu of a row as its lowest rows add it up (its own when it has none)."""
    if not item.children:
        return value_of(item.pagu)
    return sum_of(Number("", _leaf_pagu(child)) for child in item.children)


def _rolls_up(item: BudgetItem, tolerance: Decimal) -> bool:
    """Whether every row under ``item`` (and itself) equals the sum of its children."""
    for row in item.walk():
        if not row.children:
            continue
        total = sum_of(child.pagu for child in row.children)
        stated = value_of(row.pagu)
        if total is not None and stated is not None and not same_amount(total, stated,
                                                                        tolerance):
            return False
    return True


def _explained(first: BudgetItem, second: BudgetItem, tolerance: Decimal) -> bool:
    """The difference comes from a row under one of the programs that does not add up
    (BUD001 reports that row): their rows add up to the same pagu."""
    if _rolls_up(first, tolerance) and _rolls_up(second, tolerance):
        return False
    sums = [_leaf_pagu(first), _leaf_pagu(second)]
    stated = [value_of(first.pagu), value_of(second.pagu)]
    return any(a is not None and b is not None and same_amount(a, b, tolerance)
               for a in sums for b in (*stated, *sums) if a is not b)


@rule(
    code="CON006",
    slug="consistency-budget-tables",
    title={"id": "Pagu program berbeda antartabel anggaran",
           "en": "A program's pagu differs between budget tables"},
    category=Category.CONSISTENCY,
    severity=Severity.ERROR,
    regulation="Permenpan RB 53/2014, Lampiran III (reviu: konsistensi alokasi dan realisasi "
    "anggaran)",
    message={
        "id": "Pagu program '{program}' tertulis {first} di {first_table} (baris {first_line}), "
        "tetapi {second} di {second_table} (baris {second_line}).",
        "en": "The pagu of program '{program}' is {first} in {first_table} (line "
        "{first_line}), but {second} in {second_table} (line {second_line}).",
    },
    rationale={
        "id": "Alokasi anggaran (Bab II) dan realisasinya (Bab III) menyangkut pagu DPA yang "
        "sama; pagu program yang berbeda berarti salah satu tabel keliru atau memakai DPA "
        "versi lain.",
        "en": "The allocation (Bab II) and its realisation (Bab III) are about the same DPA "
        "ceiling; a program with two pagu means one table is wrong or uses another version "
        "of the DPA.",
    },
)
def CON006(context: Context) -> Iterator[Violation]:
    """The budget of each program is one figure: the alokasi table of Bab II and the
    realisasi table of Bab III state the same pagu for it. A difference that comes from a
    row under the program that does not add up is left to BUD001, which reports the row."""
    node = node_finder(context.graph, "program")
    places: dict[str, list[tuple[BudgetItem, BudgetTable]]] = {}
    # A per-sasaran table may print a program's subtotal of the kegiatan it lists only;
    # CAS006 compares it where both rows cover the same rows.
    for table in context.report.main_budgets():
        if table.kind not in ("alokasi", "realisasi"):
            continue
        for item in table.at_level(Level.PROGRAM):
            if value_of(item.pagu) is not None:
                places.setdefault(node(item.name), []).append((item, table))
    tolerance = context.rupiah_tolerance
    for key, found in places.items():
        first, first_table = found[0]
        for second, second_table in found[1:]:
            if second_table is first_table:
                continue
            a, b = value_of(first.pagu), value_of(second.pagu)
            assert a is not None and b is not None
            if same_amount(a, b, tolerance) or _explained(first, second, tolerance):
                continue
            yield Violation(
                location(second.where, node=key),
                {"program": second.name, "first": format_rupiah(a),
                 "first_table": first_table.name,
                 "first_line": first.where.line if first.where.line is not None else "?",
                 "second": format_rupiah(b), "second_table": second_table.name,
                 "second_line": second.where.line if second.where.line is not None else "?"},
                expected=plain(a),
                actual=plain(b),
            )
