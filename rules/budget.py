"""Budget rules: the realisasi anggaran tables add up, and their % and sisa are right.

Permenpan RB 53/2014 asks Bab III of the LKjIP to show the budget used to reach
the performance agreed in the Perjanjian Kinerja. A reviewer recomputes each
table: sub kegiatan add up to their kegiatan, kegiatan to their program,
programs to the grand total; % realisasi = realisasi / pagu x 100; sisa =
pagu - realisasi; the split by jenis belanja adds up to the same total.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Literal, NamedTuple

from checker.context import Context, location
from checker.display import Rupiah
from checker.graph import node_finder, node_key
from checker.hookspecs import hookimpl
from checker.model import (
    AgreementProgram,
    AgreementTotal,
    BudgetItem,
    BudgetTable,
    Level,
    Number,
    Provenance,
    Report,
)
from checker.pack import pack_rules
from checker.rule import Category, Rule, Severity, Violation, rule
from rules._figures import (
    HUNDRED,
    percent_matches,
    percent_text,
    same_amount,
    sum_of,
    value_of,
)

__all__ = ["BUD001", "BUD002", "BUD003", "BUD004", "BUD005", "BUD006", "BUD007", "rollup_key"]

Column = Literal["pagu", "realisasi"]
COLUMNS: tuple[Column, ...] = ("pagu", "realisasi")
# Tables whose rows form the program -> kegiatan -> sub kegiatan tree; a belanja
# table splits the same money by type of spending instead (BUD006).
_TREE_KINDS = ("realisasi", "alokasi")
_REGULATION = "Permenpan RB 53/2014, Lampiran II (Realisasi Anggaran)"
# Before 2021 (Permendagri 13/2006) only Belanja Langsung was budgeted by program; Belanja
# Tidak Langsung (gaji and tunjangan) lies outside every program (BUD006).
_TIDAK_LANGSUNG = re.compile(r"\bbelanja\s+tidak\s+langsung\b", re.IGNORECASE)
# A split whose rows are not 'Belanja ...' splits the money by source (DAU, BOS, DAK):
# the finding names the split by what its rows are.
_BELANJA_ROW = re.compile(r"^belanja\b", re.IGNORECASE)


# -- helpers -------------------------------------------------------------------------------

def _word(level: Level) -> str:
    """The Indonesian name of a level, as a reviewer writes it: ``sub kegiatan``."""
    return level.value.replace("_", " ")


def _describe(item: BudgetItem) -> str:
    return f'{_word(item.level)} "{item.name}"'


def _node(item: BudgetItem) -> str | None:
    # Belanja types are not part of the cascade graph, so they have no node to name.
    return None if item.level is Level.JENIS_BELANJA else node_key(item.level.value, item.name)


def _figure(item: BudgetItem, column: Column) -> Number | None:
    return item.pagu if column == "pagu" else item.realisasi


def _stated_total(table: BudgetTable, column: Column) -> Number | None:
    return table.total_pagu if column == "pagu" else table.total_realisasi


def _table_total(table: BudgetTable, column: Column) -> Decimal | None:
    """The grand total the table states; if it states none, the sum of its top rows."""
    stated = _stated_total(table, column)
    if stated is not None:
        return stated.value
    return sum_of(_figure(item, column) for item in table.items)


def _main_realisasi(report: Report) -> BudgetTable | None:
    return next((table for table in report.main_budgets() if table.kind == "realisasi"), None)


class _Row(NamedTuple):
    """An item or a table's total line, as BUD004/BUD005 see it."""

    what: str
    where: Provenance
    node: str | None
    pagu: Decimal | None
    realisasi: Decimal | None
    persen: Number | None
    sisa: Number | None


def _rows(report: Report) -> Iterator[_Row]:
    for table in report.budgets:
        for item in table.walk():
            yield _Row(_describe(item), item.where, _node(item), value_of(item.pagu),
                       value_of(item.realisasi), item.persen, item.sisa)
        yield _Row(f"total {table.name}", table.total_where, None,
                   _table_total(table, "pagu"), _table_total(table, "realisasi"),
                   table.total_persen, table.total_sisa)


def rollup_key(table: BudgetTable, item: BudgetItem, column: Column) -> str:
    """The fold key of one parent's roll-up of one column (BUD001/BUD002 and BUD003)."""
    return f"rollup:{table.name}:{table.where.line}:{column}:{item.where.line}:{item.name}"


class _Rollup(NamedTuple):
    """A parent whose ``column`` is not the sum of its children's."""

    item: BudgetItem
    stated: Decimal
    total: Decimal


def _failed_rollups(table: BudgetTable, column: Column, tolerance: Decimal) -> list[_Rollup]:
    """The parents of ``table`` whose ``column`` is not the sum of their rows, in order."""
    failed = []
    for item in table.walk():
        if not item.children:
            continue  # a row without rows sums nothing (most rows are such leaves)
        stated = value_of(_figure(item, column))
        total = sum_of(_figure(child, column) for child in item.children)
        if stated is not None and total is not None and not same_amount(total, stated, tolerance):
            failed.append(_Rollup(item, stated, total))
    return failed


def _from_rows(item: BudgetItem, column: Column) -> Decimal | None:
    """``column`` of an item added up from its lowest rows (a parent whose rows all carry
    the figure is their sum, whatever it states), else as stated."""
    parts = [_from_rows(child, column) for child in item.children]
    if parts and None not in parts:
        return sum((part for part in parts if part is not None), Decimal(0))
    return value_of(_figure(item, column))


def _whole_over_part(context: Context, item: BudgetItem, column: Column) -> bool:
    """Whether a per-sasaran table prints the item's whole amount over a part of its
    rows: it lists only the kegiatan that support its sasaran, under the program's
    amount as the overall budget table gives it. That is no roll-up to check. The whole
    is the item of the overall table whose rows include these rows and more, with that
    very amount (found by its rows, so a misnamed program, CAS005's finding, is found
    too)."""
    def key(row: BudgetItem) -> str:
        return node_finder(context.graph, row.level.value)(row.name)

    part = {key(child) for child in item.children}
    stated = value_of(_figure(item, column))
    if stated is None or not part:
        return False
    for table in context.report.main_budgets():
        for whole in table.walk():
            if whole.level is not item.level:
                continue
            rows = {key(child) for child in whole.children}
            if part < rows and value_of(_figure(whole, column)) == stated:
                return True
    return False


def _rollups(context: Context, column: Column, kinds: tuple[str, ...]) -> Iterator[Violation]:
    """Each parent's ``column`` against the sum of its children's."""
    for table in context.report.budgets:
        if table.kind not in kinds:
            continue
        for rollup in _failed_rollups(table, column, context.rupiah_tolerance):
            item, stated, total = rollup.item, rollup.stated, rollup.total
            if table.per_sasaran and _whole_over_part(context, item, column):
                continue
            last = list(item.walk())[-1]  # the finding spans the parent and all its rows
            yield Violation(
                location(item.where, _node(item), end=last.where),
                {
                    "level": _word(item.level),
                    "name": item.name,
                    "count": len(item.children),
                    "child_level": _word(item.children[0].level),
                    "total": Rupiah(total),
                    "stated": Rupiah(stated),
                },
                expected=total,
                actual=stated,
                keys=frozenset({rollup_key(table, item, column)}),
            )


_ROLLUP_RATIONALE = {
    "id": "Angka anggaran di tingkat atas hanyalah jumlah dari rinciannya; selisih berarti "
    "ada rincian yang salah ketik, terlewat, atau disalin dari versi DPA yang lain.",
    "en": "A parent's budget is only the sum of its rows; a difference means a row was "
    "mistyped, left out, or copied from another version of the DPA.",
}


# -- rules ----------------------------------------------------------------------------------

@rule(
    code="BUD001",
    slug="budget-rollup-pagu",
    fix={
        "id": "Samakan pagu baris induk dengan jumlah pagu baris di bawahnya: periksa angka "
              "yang salah ketik atau baris yang terlewat, lalu perbaiki angka yang keliru.",
        "en": "Make the parent row's pagu equal the sum of the rows under it: look for a "
              "mistyped figure or a missing row and correct the wrong one.",
    },
    title={"id": "Jumlah pagu rincian tidak sama dengan induknya",
           "en": "Pagu of the rows does not add up to their parent"},
    category=Category.BUDGET,
    severity=Severity.ERROR,
    regulation=_REGULATION,
    message={
        "id": 'Jumlah pagu {count} {child_level} di bawah {level} "{name}" adalah {total}, '
        "tidak sama dengan pagu {level} yang tertulis ({stated}).",
        "en": 'The pagu of the {count} {child_level} under {level} "{name}" adds up to '
        "{total}, not to the pagu the {level} states ({stated}).",
    },
    rationale=_ROLLUP_RATIONALE,
)
def BUD001(context: Context) -> Iterator[Violation]:
    """The realisasi anggaran of Bab III shows the budget per program, kegiatan and sub
    kegiatan; the pagu of the sub kegiatan add up to their kegiatan, and the pagu of
    the kegiatan to their program."""
    yield from _rollups(context, "pagu", _TREE_KINDS)


@rule(
    code="BUD002",
    slug="budget-rollup-realisasi",
    fix={
        "id": "Samakan realisasi baris induk dengan jumlah realisasi baris di bawahnya: cari "
              "angka yang salah ketik atau baris yang terlewat.",
        "en": "Make the parent row's realisasi equal the sum of the rows under it: look for a "
              "mistyped figure or a missing row.",
    },
    title={"id": "Jumlah realisasi rincian tidak sama dengan induknya",
           "en": "Realisasi of the rows does not add up to their parent"},
    category=Category.BUDGET,
    severity=Severity.ERROR,
    regulation=_REGULATION,
    message={
        "id": 'Jumlah realisasi {count} {child_level} di bawah {level} "{name}" adalah '
        "{total}, tidak sama dengan realisasi {level} yang tertulis ({stated}).",
        "en": 'The realisasi of the {count} {child_level} under {level} "{name}" adds up '
        "to {total}, not to the realisasi the {level} states ({stated}).",
    },
    rationale=_ROLLUP_RATIONALE,
)
def BUD002(context: Context) -> Iterator[Violation]:
    """The realisasi of the sub kegiatan add up to their kegiatan, and the realisasi of
    the kegiatan to their program (tables of realisasi anggaran)."""
    yield from _rollups(context, "realisasi", ("realisasi",))


@rule(
    code="BUD003",
    slug="budget-total",
    fix={
        "id": "Hitung ulang baris jumlah tabel dari baris-baris programnya dan perbaiki total "
              "atau baris yang keliru.",
        "en": "Recompute the table's total row from its program rows and correct the total or "
              "the wrong row.",
    },
    title={"id": "Total tabel anggaran tidak sama dengan jumlah barisnya",
           "en": "Budget table total does not match its rows"},
    category=Category.BUDGET,
    severity=Severity.ERROR,
    regulation=_REGULATION,
    # A total that is the sum of the detail rows, but not of the programs because a
    # roll-up above them is wrong (BUD001/BUD002), is that roll-up's defect, not a second.
    knock_on_of=("BUD001", "BUD002", "CON006"),
    message={
        "id": "Total {column} {table} tertulis {stated}, tidak sama dengan jumlah {column} "
        "{count} {level} di dalamnya ({total}).",
        "en": "The {column} total of {table} is stated as {stated}, but its {count} {level} "
        "add up to {total}.",
    },
    rationale={
        "id": "Total anggaran adalah angka yang dikutip di Ikhtisar Eksekutif dan narasi; "
        "total yang tidak sama dengan jumlah programnya membuat semua kutipan itu diragukan.",
        "en": "The grand total is the figure quoted in the executive summary and the "
        "narrative; a total that is not the sum of its programs puts every quote in doubt.",
    },
)
def BUD003(context: Context) -> Iterator[Violation]:
    """The stated grand total (JUMLAH) of a budget table is the sum of its programs,
    for the pagu and for the realisasi; so is the total of the program budget the
    Perjanjian Kinerja states."""
    yield from _agreement_totals(context)
    for table in context.report.budgets:
        if table.kind not in _TREE_KINDS or not table.items:
            continue
        for column in COLUMNS:
            stated = value_of(_stated_total(table, column))
            total = sum_of(_figure(item, column) for item in table.items)
            if stated is None or total is None:
                continue
            if same_amount(total, stated, context.rupiah_tolerance):
                continue
            yield Violation(
                location(table.total_where),
                {
                    "column": column,
                    "table": table.name,
                    "count": len(table.items),
                    "level": _word(table.items[0].level),
                    "stated": Rupiah(stated),
                    "total": Rupiah(total),
                },
                expected=total,
                actual=stated,
                causes=_total_follows_rows(table, column, stated, context.rupiah_tolerance),
            )


def _agreement_totals(context: Context) -> Iterator[Violation]:
    """The Jumlah of each PK program budget table against its program rows."""
    report = context.report
    for total in report.agreement_totals:
        stated = value_of(total.pagu)
        rows = [program.pagu for program in _programs_of(report, total)]
        added = sum_of(rows) if rows else None
        if stated is None or added is None or same_amount(added, stated,
                                                         context.rupiah_tolerance):
            continue
        yield Violation(
            location(total.where),
            {"column": "pagu", "table": total.where.table or "Perjanjian Kinerja",
             "count": len(rows), "level": "program", "stated": Rupiah(stated),
             "total": Rupiah(added)},
            expected=added,
            actual=stated,
            causes=_rows_off_the_budget(context, total, stated),
        )


def _rows_off_the_budget(
    context: Context, total: AgreementTotal, stated: Decimal
) -> frozenset[str]:
    """When the PK's total is the realisasi table's pagu, its rows are what is wrong (the
    CON006 findings at those rows), not the total."""
    table = _main_realisasi(context.report)
    budget = value_of(_stated_total(table, "pagu")) if table is not None else None
    if budget is None or not same_amount(budget, stated, context.rupiah_tolerance):
        return frozenset()
    return frozenset(f"line:{program.where.line}"
                     for program in _programs_of(context.report, total)
                     if program.where.line)


def _programs_of(report: Report, total: AgreementTotal) -> list[AgreementProgram]:
    """The program rows ``total`` adds up: those of its table and PK version. A PK
    reprinted in the Lampiran under the same caption is a second table, not more rows
    of the first: with several totals of one caption, each adds up the rows printed
    after the one before it (or, for a total printed above its rows, those below it)."""
    same = [program for program in report.agreement_programs
            if program.where.table == total.where.table
            and program.document == total.document]
    line = total.where.line
    others = [other.where.line for other in report.agreement_totals
              if other is not total and other.where.line is not None
              and other.where.table == total.where.table
              and other.document == total.document]
    if line is None or not others:
        return same
    before = max((other for other in others if other < line), default=0)
    after = min((other for other in others if other > line), default=None)
    above = [program for program in same
             if program.where.line is not None and before < program.where.line < line]
    return above or [program for program in same if program.where.line is not None
                     and line < program.where.line and (after is None
                                                       or program.where.line < after)]


def _total_follows_rows(
    table: BudgetTable, column: Column, stated: Decimal, tolerance: Decimal
) -> frozenset[str]:
    """The roll-ups a wrong table total follows from: the parents of the same table and
    column that are not the sum of their rows (BUD001/BUD002), when the stated total is
    the sum of the lowest rows. The total was then added up from the detail, and only
    those parents keep it from matching the programs. Otherwise none: the total is
    wrong whatever its rows say, a defect of its own."""
    failed = _failed_rollups(table, column, tolerance)
    parts = [_from_rows(item, column) for item in table.items]
    if not failed or None in parts:
        return frozenset()
    from_rows = sum((part for part in parts if part is not None), Decimal(0))
    if not same_amount(from_rows, stated, tolerance):
        return frozenset()
    return frozenset(rollup_key(table, rollup.item, column) for rollup in failed)


@rule(
    code="BUD004",
    slug="budget-percent",
    fix={
        "id": "Hitung ulang persentase: realisasi / pagu x 100, dibulatkan ke jumlah desimal "
              "yang dicetak.",
        "en": "Recompute the percentage: realisasi / pagu x 100, rounded to the decimals "
              "printed.",
    },
    title={"id": "Persentase realisasi anggaran salah hitung",
           "en": "Budget realisasi percentage miscomputed"},
    category=Category.BUDGET,
    severity=Severity.ERROR,
    regulation=_REGULATION,
    message={
        "id": "Persentase realisasi {what} tertulis {stated}, padahal realisasi {realisasi} "
        "dari pagu {pagu} adalah {computed}.",
        "en": "The realisasi percentage of {what} is stated as {stated}, but realisasi "
        "{realisasi} of pagu {pagu} is {computed}.",
    },
    rationale={
        "id": "Persentase serapan anggaran dipakai untuk menilai efisiensi; angkanya harus "
        "sama dengan realisasi dibagi pagu, pada ketelitian yang dicetak.",
        "en": "The share of the budget spent is used to judge efficiency; it must equal "
        "realisasi divided by pagu at the precision printed.",
    },
)
def BUD004(context: Context) -> Iterator[Violation]:
    """% realisasi = realisasi / pagu x 100, rounded (or truncated) to the decimals the
    report prints; a row with pagu 0 has no percentage to check."""
    for row in _rows(context.report):
        stated = value_of(row.persen)
        if stated is None or row.persen is None or row.realisasi is None or not row.pagu:
            continue
        computed = row.realisasi / row.pagu * HUNDRED
        decimals = row.persen.decimals
        if percent_matches(stated, decimals, computed, context.percent_tolerance):
            continue
        # A dash read as zero is shown as the dash the reviewer sees on the page.
        printed = row.persen.raw if not any(ch.isdigit() for ch in row.persen.raw) else None
        yield Violation(
            location(row.where, row.node),
            {
                "what": row.what,
                "stated": f'"{printed}"' if printed else percent_text(stated, decimals),
                "realisasi": Rupiah(row.realisasi),
                "pagu": Rupiah(row.pagu),
                # At least two decimals, so the reviewer sees why it rounds the way it does.
                "computed": percent_text(computed, max(decimals, 2)),
            },
            # The figure the message names, at the message's precision.
            expected=percent_text(computed, max(decimals, 2)),
            actual=printed or row.persen,
        )


@rule(
    code="BUD005",
    slug="budget-sisa",
    fix={
        "id": "Hitung ulang sisa anggaran: pagu dikurangi realisasi.",
        "en": "Recompute the sisa: pagu minus realisasi.",
    },
    title={"id": "Sisa anggaran salah hitung", "en": "Unspent budget (sisa) miscomputed"},
    category=Category.BUDGET,
    severity=Severity.ERROR,
    regulation=_REGULATION,
    message={
        "id": "Sisa anggaran {what} tertulis {stated}, padahal pagu {pagu} dikurangi "
        "realisasi {realisasi} adalah {computed}.",
        "en": "The sisa (unspent budget) of {what} is stated as {stated}, but pagu {pagu} "
        "minus realisasi {realisasi} is {computed}.",
    },
    rationale={
        "id": "Sisa anggaran adalah pagu dikurangi realisasi; selisih menunjukkan salah "
        "ketik pada salah satu dari ketiga angka itu.",
        "en": "The sisa is pagu minus realisasi; a difference shows a typing error in one "
        "of the three figures.",
    },
)
def BUD005(context: Context) -> Iterator[Violation]:
    """sisa anggaran = pagu - realisasi, for every row and for the table's total."""
    for row in _rows(context.report):
        stated = value_of(row.sisa)
        if stated is None or row.pagu is None or row.realisasi is None:
            continue
        computed = row.pagu - row.realisasi
        if same_amount(computed, stated, context.rupiah_tolerance):
            continue
        yield Violation(
            location(row.where, row.node),
            {
                "what": row.what,
                "stated": Rupiah(stated),
                "pagu": Rupiah(row.pagu),
                "realisasi": Rupiah(row.realisasi),
                "computed": Rupiah(computed),
            },
            expected=computed,
            actual=stated,
        )


@rule(
    code="BUD006",
    slug="budget-belanja-split",
    fix={
        "id": "Samakan rincian belanja (per jenis belanja atau per sumber dana) dengan total "
              "anggaran: jumlahkan lagi baris-barisnya.",
        "en": "Make the split of the budget (by jenis belanja or by sumber dana) add up to "
              "the budget total: add up its rows again.",
    },
    title={"id": "Rincian belanja tidak sama dengan total anggaran",
           "en": "Split of the budget does not match the budget total"},
    category=Category.BUDGET,
    severity=Severity.ERROR,
    regulation=_REGULATION,
    message={
        "id": "Jumlah {column} {count} {split_word} di {table} adalah {total}, tidak sama "
        "dengan total {column} {source} ({stated}).",
        "en": "The {column} of the {count} {split_word} in {table} adds up to {total}, "
        "not to the {column} total of {source} ({stated}).",
    },
    rationale={
        "id": "Rincian per jenis belanja (pegawai, barang dan jasa, modal) atau per sumber "
        "dana (DAU, DAK, BOS) membagi anggaran yang sama dengan tabel realisasi per program; "
        "jumlahnya harus sama dengan total tabel itu.",
        "en": "A split by jenis belanja (personnel, goods and services, capital) or by "
        "sumber dana (DAU, DAK, BOS) divides the same budget as the realisasi table by "
        "program; it must add up to that table's total.",
    },
)
def BUD006(context: Context) -> Iterator[Violation]:
    """The split by jenis belanja (or by sumber dana) adds up to its own stated total and
    to the grand total of the realisasi anggaran table (its stated total, else its
    programs).
    Belanja Tidak Langsung is not budgeted by program, so the realisasi table is
    compared with the rest of the split (Belanja Langsung)."""
    main = _main_realisasi(context.report)
    for table in context.report.budgets:
        if table.kind != "belanja":
            continue
        # A split that adds up to one row of the realisasi table (a BLUD's spending, all
        # of one sub kegiatan) splits that row's money, not the agency's whole budget.
        whole = main is not None and _splits_one_item(context, table, main) is None
        for column in COLUMNS:
            yield from _split_differs(
                context, table, table.items, table.name,
                value_of(_stated_total(table, column)), column)
            if main is not None and whole:
                yield from _split_differs(
                    context, table, _by_program(table), main.name,
                    _table_total(main, column), column)


def _splits_one_item(context: Context, table: BudgetTable,
                     main: BudgetTable) -> BudgetItem | None:
    """The row of ``main`` (program, kegiatan or sub kegiatan) whose pagu and realisasi
    the split's rows add up to, in every column both print; None when there is none."""
    totals = {column: sum_of(_figure(item, column) for item in table.items)
              for column in COLUMNS}
    if all(total is None for total in totals.values()):
        return None
    for item in main.walk():
        compared = [(total, value_of(_figure(item, column)))
                    for column, total in totals.items() if total is not None]
        if all(figure is not None and same_amount(total, figure, context.rupiah_tolerance)
               for total, figure in compared):
            return item
    return None


def _by_program(table: BudgetTable) -> list[BudgetItem]:
    """The rows of a belanja split that the programs spend: all but Belanja Tidak Langsung."""
    return [item for item in table.items if not _TIDAK_LANGSUNG.search(item.name)]


def _split_word(table: BudgetTable) -> dict[str, str]:
    """What the rows of a split are: 'jenis belanja' (Belanja Pegawai, Barang dan Jasa,
    Modal), else 'sumber dana' (DAU, BOS, DAK), by what most of them are. A word of the
    message only: it stays out of the fingerprint (``checker.fingerprint``)."""
    belanja = sum(1 for item in table.items if _BELANJA_ROW.match(item.name))
    if belanja * 2 > len(table.items):
        return {"id": "jenis belanja", "en": "jenis belanja (types of spending)"}
    return {"id": "sumber dana", "en": "sumber dana (sources of funds)"}


def _split_differs(context: Context, table: BudgetTable, items: list[BudgetItem],
                   source: str, stated: Decimal | None, column: Column) -> Iterator[Violation]:
    """A finding if ``items`` of the split do not add up to ``stated`` of ``source``."""
    total = sum_of(_figure(item, column) for item in items)
    if total is None or stated is None or same_amount(total, stated, context.rupiah_tolerance):
        return
    # The whole split is summed on its total line; a part of it is shown on its own row.
    where = items[0].where if len(items) == 1 < len(table.items) else table.total_where
    yield Violation(
        location(where),
        {
            "column": column,
            "count": len(items),
            "split_word": _split_word(table),
            "table": table.name,
            "total": Rupiah(total),
            "source": source,
            "stated": Rupiah(stated),
        },
        expected=stated,
        actual=total,
    )


@rule(
    code="BUD007",
    slug="budget-realisasi-exceeds-pagu",
    fix={
        "id": "Periksa realisasi dan pagu baris itu di DPA/DPPA; realisasi tidak boleh melebihi"
              " pagu, jadi salah satu angkanya keliru.",
        "en": "Check the row's realisasi and pagu against the DPA/DPPA; realisasi cannot exceed"
              " pagu, so one of the figures is wrong.",
    },
    title={"id": "Realisasi melebihi pagu", "en": "Realisasi exceeds pagu"},
    category=Category.BUDGET,
    severity=Severity.WARNING,
    regulation=_REGULATION,
    message={
        "id": "Realisasi {what} ({realisasi}) melebihi pagunya ({pagu}) sebesar {excess}.",
        "en": "The realisasi of {what} ({realisasi}) exceeds its pagu ({pagu}) by {excess}.",
    },
    rationale={
        "id": "Belanja tidak boleh melampaui pagu DPA; realisasi di atas pagu biasanya "
        "berarti angka tertukar atau salah ketik, dan perlu diklarifikasi.",
        "en": "Spending may not exceed the DPA ceiling; realisasi above pagu usually means "
        "swapped or mistyped figures and needs to be clarified.",
    },
)
def BUD007(context: Context) -> Iterator[Violation]:
    """Realisasi anggaran cannot exceed the pagu it was spent from."""
    for table in context.report.budgets:
        for item in table.walk():
            pagu, realisasi = value_of(item.pagu), value_of(item.realisasi)
            if pagu is None or realisasi is None:
                continue
            if realisasi - pagu <= context.rupiah_tolerance:
                continue
            yield Violation(
                location(item.where, _node(item)),
                {
                    "what": _describe(item),
                    "realisasi": Rupiah(realisasi),
                    "pagu": Rupiah(pagu),
                    "excess": Rupiah(realisasi - pagu),
                },
                expected=pagu,
                actual=realisasi,
            )


@hookimpl
def lkjip_rules() -> list[Rule]:
    return pack_rules(__name__)  # every rule this module defines (see checker.pack)
