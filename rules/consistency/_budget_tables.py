"""CON006: one program's pagu in two budget tables, and in the Perjanjian Kinerja.

The PK states the budget of each program it commits to. Which table must it equal: the
realisasi table's pagu (Bab III), the DPA the year was spent and closed against. Not an
alokasi table: an alokasi table is compared with the realisasi table already, so a PK
that differs from both would be reported twice for one wrong figure. A PK Perubahan
replaces the PK when the budget changed during the year (APBD Perubahan), so where the
report has one, only the PK Perubahan must equal the realisasi table; the original PK
legitimately states the budget before the change (CON004 compares the two PK). A PK that
states what an alokasi table states, against a realisasi table that says otherwise, is
not reported: the realisasi row is then the odd one, reported against the alokasi table.
Where the budget table prints a program's pagu at each stage of the year (APBD murni,
after refocusing, APBD Perubahan), a PK or a table that states an earlier stage's pagu
of the same program is consistent with it: it was drawn up before the change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal

from checker.context import Context, location
from checker.display import Rupiah
from checker.graph import node_finder
from checker.model import (
    AgreementProgram,
    BudgetItem,
    BudgetTable,
    Level,
    Number,
    Report,
)
from checker.rule import Category, Severity, Violation, rule
from rules._figures import (
    same_amount,
    sum_of,
    value_of,
)
from rules.consistency._values import SOURCES

__all__ = ["CON006"]

_Places = dict[str, list[tuple[BudgetItem, BudgetTable]]]


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


def _explained_by_rows(pagu: Decimal, item: BudgetItem, tolerance: Decimal) -> bool:
    """The PK's pagu is what the table's rows under the program add up to: the program's
    own row is the mistyped one, and BUD001 reports it."""
    if _rolls_up(item, tolerance):
        return False
    sums = (_leaf_pagu(item), sum_of(child.pagu for child in item.children))
    return any(total is not None and same_amount(pagu, total, tolerance) for total in sums)


def _at_earlier_stage(pagu: Decimal, item: BudgetItem, tolerance: Decimal) -> bool:
    """Whether ``pagu`` is the row's pagu at an earlier stage its table prints beside
    the final one (the APBD murni before the refocusing or the APBD Perubahan): a
    table or a PK drawn up at the start of the year states that one, and the budget
    table itself shows where the final pagu comes from."""
    return any(same_amount(pagu, value, tolerance) for number in item.earlier_pagu
               if (value := value_of(number)) is not None)


def _places(report: Report, kinds: tuple[str, ...], node: Callable[[str], str]) -> _Places:
    """Each program's rows with a pagu in the overall budget tables of ``kinds``, in
    document order. A per-sasaran table may print a program's subtotal of the kegiatan
    it lists only; CAS006 compares it where both rows cover the same rows."""
    places: _Places = {}
    for table in report.main_budgets():
        if table.kind not in kinds:
            continue
        for item in table.at_level(Level.PROGRAM):
            if value_of(item.pagu) is not None:
                places.setdefault(node(item.name), []).append((item, table))
    return places


def _line(where_line: int | None) -> int | str:
    return where_line if where_line is not None else "?"


def _between_tables(places: _Places, tolerance: Decimal) -> Iterator[Violation]:
    """A program whose pagu differs between two budget tables, at the later one."""
    for key, found in places.items():
        first, first_table = found[0]
        for second, second_table in found[1:]:
            if second_table is first_table:
                continue
            a, b = value_of(first.pagu), value_of(second.pagu)
            assert a is not None and b is not None
            if (same_amount(a, b, tolerance) or _explained(first, second, tolerance)
                    or _at_earlier_stage(a, second, tolerance)
                    or _at_earlier_stage(b, first, tolerance)):
                continue
            yield Violation(
                location(second.where, node=key),
                {"program": second.name, "first": Rupiah(a),
                 "first_table": first_table.name, "first_line": _line(first.where.line),
                 "second": Rupiah(b), "second_table": second_table.name,
                 "second_line": _line(second.where.line)},
                expected=a,
                actual=b,
            )


def _agreement_in_force(report: Report) -> list[AgreementProgram]:
    """The programs of the PK in force at the end of the year: the PK Perubahan's where
    the report has one (its indicators or its programs), else the PK's."""
    revised = any(row.document == "pk_perubahan"
                  for row in (*report.agreements, *report.agreement_programs))
    document = "pk_perubahan" if revised else "pk"
    return [program for program in report.agreement_programs
            if program.document == document and value_of(program.pagu) is not None]


def _agreement_name(program: AgreementProgram) -> str:
    name = SOURCES.get(program.document, program.document)
    return f"{name} ({program.where.table})" if program.where.table else name


def _as_allocated(pagu: Decimal, allocated: list[tuple[BudgetItem, BudgetTable]],
                  tolerance: Decimal) -> bool:
    """Whether an alokasi table states the PK's pagu for the program: the realisasi row
    that differs from both is the one to report, and the tables' comparison does."""
    return any(same_amount(pagu, value, tolerance) for item, _ in allocated
               if (value := value_of(item.pagu)) is not None)


def _against_agreement(report: Report, realised: _Places, allocated: _Places,
                       node: Callable[[str], str], tolerance: Decimal
                       ) -> Iterator[Violation]:
    """A program whose pagu in the PK in force differs from the realisasi table, once at
    the PK's row."""
    for program in _agreement_in_force(report):
        key = node(program.program)
        if key not in realised:
            continue  # a program the budget lacks is a cascade finding, not a figure
        item, table = realised[key][0]
        a, b = value_of(item.pagu), value_of(program.pagu)
        assert a is not None and b is not None
        if (same_amount(a, b, tolerance) or _explained_by_rows(b, item, tolerance)
                or _as_allocated(b, allocated.get(key, []), tolerance)):
            continue
        if program.document == "pk" and _at_earlier_stage(b, item, tolerance):
            continue  # signed before the budget changed; a PK Perubahan states the final
        yield Violation(
            location(program.where, node=key),
            {"program": program.program, "first": Rupiah(a),
             "first_table": table.name, "first_line": _line(item.where.line),
             "second": Rupiah(b), "second_table": _agreement_name(program),
             "second_line": _line(program.where.line)},
            expected=a,
            actual=b,
        )


@rule(
    code="CON006",
    slug="consistency-budget-tables",
    fix={
        "id": "Gunakan pagu yang sama untuk program ini di semua tabel anggaran dan di PK.",
        "en": "Use the same pagu for this program in every budget table and in the PK.",
    },
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
        "id": "Alokasi anggaran (Bab II), realisasinya (Bab III) dan anggaran program dalam "
        "Perjanjian Kinerja menyangkut pagu DPA yang sama; pagu program yang berbeda berarti "
        "salah satu tabel keliru atau memakai DPA versi lain. PK dibandingkan dengan pagu "
        "tabel realisasi; bila ada PK Perubahan, hanya PK Perubahan yang dibandingkan.",
        "en": "The allocation (Bab II), its realisation (Bab III) and the program budget of "
        "the Perjanjian Kinerja are about the same DPA ceiling; a program with two pagu means "
        "one table is wrong or uses another version of the DPA. The PK is compared with the "
        "realisasi table's pagu; where there is a PK Perubahan, only that one is compared.",
    },
)
def CON006(context: Context) -> Iterator[Violation]:
    """The budget of each program is one figure: the alokasi table of Bab II and the
    realisasi table of Bab III state the same pagu for it, and the Perjanjian Kinerja in
    force at the year's end states the realisasi table's pagu. A difference that comes
    from a row under the program that does not add up is left to BUD001, which reports
    the row."""
    node = node_finder(context.graph, "program")
    tolerance = context.rupiah_tolerance
    report = context.report
    yield from _between_tables(_places(report, ("alokasi", "realisasi"), node), tolerance)
    realised = _places(report, ("realisasi",), node)
    allocated = _places(report, ("alokasi",), node)
    yield from _against_agreement(report, realised, allocated, node, tolerance)
