"""Cascade rules on the sasaran -> program links the report prints.

A per-sasaran table ("Program dan Kegiatan Pendukung Sasaran 2") is a *subset* of the
budget: what it lists must be in the overall budget table, with the same amounts where
both print them; it is never expected to list everything, and two per-sasaran tables are
never compared with each other. Every sasaran of the Perjanjian Kinerja needs a program,
and a report that links nothing at all is told so once.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

import networkx as nx

from checker.context import Context, location
from checker.graph import node_finder, normalise_name
from checker.model import BudgetItem, BudgetTable, Level, Number, Provenance, Report
from checker.numbers import format_rupiah
from checker.rule import Category, Severity, Violation, rule
from rules._figures import plain, same_amount, sum_of, value_of
from rules.budget import Column, rollup_key

__all__ = [
    "CAS005", "CAS006", "CAS007", "CAS008", "links_in_doubt", "links_items", "unbudgeted_items",
]

_LEVEL_NAMES = {Level.PROGRAM: ("Program", "Program"), Level.KEGIATAN: ("Kegiatan", "Kegiatan"),
                Level.SUB_KEGIATAN: ("Sub kegiatan", "Sub kegiatan")}
_ITEM_KINDS = frozenset(level.value for level in _LEVEL_NAMES)
_REGULATION = ("Permenpan RB 53/2014, Lampiran II (Capaian Kinerja Organisasi: program dan "
               "kegiatan yang menunjang capaian sasaran; Realisasi Anggaran)")


def _main_tables(report: Report) -> list[BudgetTable]:
    """The overall budget tables a per-sasaran table is a part of; one the reader could
    not fully read (glued rows) may hold any item in what it could not decode."""
    damaged = report.tables_in_doubt()
    return [table for table in report.main_budgets()
            if table.kind in ("realisasi", "alokasi") and table.name not in damaged]


def _per_sasaran(report: Report) -> list[BudgetTable]:
    return [table for table in report.budgets if table.per_sasaran]


def _index(context: Context, tables: list[BudgetTable]) -> dict[str, BudgetItem]:
    """The items of the main tables by graph node; the first table printing one wins."""
    return {key: row.item for key, row in _rows(context, tables).items()}


@dataclass(frozen=True)
class _Row:
    """An item of a main table with the parent it is printed under."""

    item: BudgetItem
    parent: BudgetItem | None
    table: BudgetTable


def _with_parents(table: BudgetTable) -> Iterator[_Row]:
    for parent in [None, *table.walk()]:
        for item in table.items if parent is None else parent.children:
            if item.level in _LEVEL_NAMES:
                yield _Row(item, parent, table)


def _rows(context: Context, tables: list[BudgetTable]) -> dict[str, _Row]:
    found: dict[str, _Row] = {}
    for table in tables:
        for row in _with_parents(table):
            found.setdefault(node_finder(context.graph, row.item.level.value)(row.item.name), row)
    return found


def _listed_levels(tables: list[BudgetTable]) -> set[Level]:
    return {item.level for table in tables for item in table.walk()}


def _words(name: str) -> set[str]:
    return set(normalise_name(name).split())


def _in_main(level: Level, name: str, key: str, main: dict[str, BudgetItem]) -> bool:
    """Whether the main tables list the item: the same node, or a name whose words hold
    the other's (a longer or shorter spelling is CON003's concern, not a missing row)."""
    if key in main:
        return True
    wanted = _words(name)
    for other in main.values():
        words = _words(other.name)
        if other.level is level and min(len(wanted), len(words)) >= 3 and (
            wanted <= words or words <= wanted
        ):
            return True
    return False


@rule(
    code="CAS005",
    slug="cascade-per-sasaran-item-missing",
    title={"id": "Item pendukung sasaran tidak ada di tabel anggaran",
           "en": "Item supporting a sasaran is missing from the budget table"},
    category=Category.CASCADE,
    severity=Severity.WARNING,
    regulation=_REGULATION,
    message={
        "id": "{level} '{name}' tercantum di {table} sebagai pendukung sasaran {sasaran}, "
        "tetapi tidak ada di {main}.",
        "en": "{level} '{name}' is listed in {table} as supporting sasaran {sasaran}, but is "
        "missing from {main}.",
    },
    rationale={
        "id": "Tabel program pendukung per sasaran adalah bagian dari anggaran perangkat daerah; "
        "program, kegiatan atau sub kegiatan yang tidak ada di tabel realisasi anggaran "
        "menandakan salah salin atau tabel anggaran yang tidak lengkap.",
        "en": "The table of the programs supporting one sasaran is a part of the agency's "
        "budget; an item missing from the budget table means a miscopy or an incomplete "
        "budget table.",
    },
)
def CAS005(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 asks Bab III to name the programs and kegiatan that supported
    each sasaran and to report the budget used: what a per-sasaran table lists is part of
    the budget the report realises, so it must be in the overall budget table."""
    report = context.report
    tables = _main_tables(report)
    main = _index(context, tables)
    if not main:
        return
    for table, item in unbudgeted_items(context):
        yield Violation(
            location(item.where, node=node_finder(context.graph, item.level.value)(item.name)),
            {"level": _LEVEL_NAMES[item.level][0], "name": item.name,
             "table": table.name, "sasaran": table.sasaran, "main": tables[0].name},
            expected=item.name,
        )
    yield from _unbudgeted_links(context, main, tables[0].name)


def unbudgeted_items(context: Context) -> list[tuple[BudgetTable, BudgetItem]]:
    """The items of per-sasaran tables that the overall budget tables do not list (at
    the levels those tables list: one that stops above a level is not missing rows)."""
    tables = _main_tables(context.report)
    main, levels = _index(context, tables), _listed_levels(tables)
    if not main:
        return []
    found = []
    for table in _per_sasaran(context.report):
        for item in table.walk():
            if item.level in _LEVEL_NAMES and item.level in levels:
                key = node_finder(context.graph, item.level.value)(item.name)
                if not _in_main(item.level, item.name, key, main):
                    found.append((table, item))
    return found


def _unbudgeted_links(
    context: Context, main: dict[str, BudgetItem], main_name: str
) -> Iterator[Violation]:
    """Programs a link table or the narrative ties to a sasaran but the budget lacks.
    Programs only: the narrative names kegiatan loosely ("kegiatan perencanaan")."""
    node = node_finder(context.graph, "program")
    seen: set[str] = set()
    for link in context.report.links:
        key = node(link.name)
        if link.level is not Level.PROGRAM or key in seen:
            continue
        seen.add(key)
        if not _in_main(Level.PROGRAM, link.name, key, main):
            where = link.where.table or {"id": f"uraian baris {link.where.line}",
                                         "en": f"the text at line {link.where.line}"}
            yield Violation(
                location(link.where, node=key),
                {"level": "Program", "name": link.name, "table": where,
                 "sasaran": link.sasaran, "main": main_name},
                expected=link.name,
            )


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
    title={"id": "Anggaran item pendukung sasaran berbeda dengan tabel anggaran",
           "en": "Amount of an item supporting a sasaran differs from the budget table"},
    category=Category.CASCADE,
    severity=Severity.ERROR,
    regulation=_REGULATION,
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
    main = _rows(context, _main_tables(report))
    for table in _per_sasaran(report):
        for part in _with_parents(table):
            item = part.item
            key = node_finder(context.graph, item.level.value)(item.name)
            row = main.get(key)
            if row is None or not _comparable(context, item, row.item):
                continue
            whole = row.item
            for column, found, expected in _amount_differences(context, item, whole):
                yield Violation(
                    location(item.where, node=key),
                    {"column": column, "level": _LEVEL_NAMES[item.level][0].lower(),
                     "name": item.name, "table": table.name, "found": format_rupiah(found),
                     "main": whole.where.table or "?", "expected_text": format_rupiah(expected),
                     "main_line": whole.where.line if whole.where.line is not None else "?"},
                    expected=plain(expected),
                    actual=plain(found),
                    causes=_mistyped(context, row, column, found)
                    | _mistyped(context, part, column, expected),
                )


def _mistyped(context: Context, row: _Row, column: Column, other: Decimal) -> frozenset[str]:
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


def _pk_sasaran(report: Report) -> list[tuple[str, Provenance]]:
    """(sasaran, where) of the Perjanjian Kinerja in force, each sasaran once."""
    perubahan = [row for row in report.agreements if row.document == "pk_perubahan"]
    rows = perubahan or [row for row in report.agreements if row.document == "pk"]
    seen: dict[str, Provenance] = {}
    for row in rows:
        seen.setdefault(row.sasaran, row.where)
    return list(seen.items())


def links_items(graph: nx.DiGraph) -> bool:
    """Whether the report says, anywhere, which sasaran an item of its budget serves."""
    return any(graph.nodes[a]["kind"] == "sasaran" and graph.nodes[b]["kind"] in _ITEM_KINDS
               for a, b in graph.edges)


def links_in_doubt(report: Report) -> bool:
    """Whether a table that prints links could not be read to its end: the items it
    links below that point are not known to be unlinked."""
    linking = {link.where.table for link in report.links if link.where.table}
    return bool(linking & report.tables_in_doubt())


@rule(
    code="CAS007",
    slug="cascade-sasaran-without-program",
    title={"id": "Sasaran PK tanpa program pendukung",
           "en": "PK sasaran without a supporting program"},
    category=Category.CASCADE,
    severity=Severity.WARNING,
    regulation=_REGULATION,
    message={
        "id": "Sasaran '{sasaran}' dari Perjanjian Kinerja tidak dihubungkan ke program atau "
        "kegiatan mana pun, padahal laporan menghubungkan sasaran lain ke programnya.",
        "en": "Sasaran '{sasaran}' of the Perjanjian Kinerja is linked to no program or "
        "kegiatan, while the report links other sasaran to their programs.",
    },
    rationale={
        "id": "Setiap sasaran yang diperjanjikan dicapai melalui program dan kegiatan; analisis "
        "ketujuh Bab III menyebut program/kegiatan yang menunjang setiap sasaran.",
        "en": "Every agreed sasaran is reached through programs and kegiatan; the seventh "
        "analysis of Bab III names the programs/kegiatan that supported each sasaran.",
    },
)
def CAS007(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 asks, for each sasaran, an analysis of the programs and
    kegiatan that supported it; where the report links the sasaran of its Perjanjian
    Kinerja to programs, every sasaran of the PK in force must have one.

    Reports often link the Renstra's wording of a sasaran while the PK words it
    otherwise. The links are held against the PK only when every sasaran they reach is
    one the PK names: a linked sasaran under another wording may well be the PK's, and
    a differing name is CON003's concern, not a missing program."""
    report, graph = context.report, context.graph
    if links_in_doubt(report):
        return
    node = node_finder(graph, "sasaran")
    agreed = [(sasaran, where, node(sasaran)) for sasaran, where in _pk_sasaran(report)]
    linked = {key for key, data in graph.nodes(data=True)
              if data["kind"] == "sasaran" and _supported(graph, key)}
    if not linked or not linked <= {key for _, _, key in agreed}:
        return
    unsupported = [(sasaran, where, key) for sasaran, where, key in agreed
                   if key in graph and key not in linked]
    for sasaran, where, key in unsupported:
        yield Violation(location(where, node=key), {"sasaran": sasaran}, expected="program")


def _supported(graph: nx.DiGraph, key: str) -> bool:
    return any(graph.nodes[child]["kind"] in _ITEM_KINDS for child in graph.successors(key))


@rule(
    code="CAS008",
    slug="cascade-not-printed",
    title={"id": "Laporan tidak menghubungkan program ke sasaran",
           "en": "The report links no program to a sasaran"},
    category=Category.CASCADE,
    severity=Severity.INFO,
    regulation=_REGULATION,
    message={
        "id": "Tidak ditemukan tabel atau uraian yang menghubungkan program di {table} ke "
        "sasarannya ({count} program tanpa sasaran).",
        "en": "No table or text was found that links the programs of {table} to their "
        "sasaran ({count} programs without a sasaran).",
    },
    rationale={
        "id": "Pohon kinerja menghubungkan sasaran ke program, kegiatan dan sub kegiatan; tanpa "
        "hubungan itu anggaran tidak dapat dikaitkan dengan capaian sasaran. Bisa juga "
        "hubungan itu dicetak dalam bentuk yang belum dikenali pemeriksa.",
        "en": "The pohon kinerja links sasaran to programs, kegiatan and sub kegiatan; without "
        "it the budget cannot be tied to the results. The link may also be printed in a "
        "form the checker does not recognise yet.",
    },
)
def CAS008(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 asks Bab III to analyse the programs and kegiatan that
    supported each sasaran; a report that ties none of its budget to a sasaran is told
    so once (not once per program)."""
    report, graph = context.report, context.graph
    tables = report.main_budgets()
    programs = [item for table in tables for item in table.at_level(Level.PROGRAM)]
    if not programs or links_items(graph) or links_in_doubt(report):
        return
    first = next(table for table in tables if table.at_level(Level.PROGRAM))
    yield Violation(location(first.where), {"table": first.name, "count": len(
        {normalise_name(item.name) for item in programs})}, expected="sasaran")
