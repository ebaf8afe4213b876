"""Cascade rules: the Perjanjian Kinerja, the capaian tables and the budget tables
must describe one pohon kinerja.

Every sasaran of the signed PK needs indicators with targets; every PK indicator
needs its realisasi and capaian in Bab III; every program spent on needs a
sasaran it serves; and the overall budget tables of one report must list the same
programs, kegiatan and sub kegiatan (a per-sasaran table is a subset, checked by the
rules of :mod:`rules._cascade_sasaran`). Names are matched through the cascade
graph, which folds spelling differences into one node.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import networkx as nx

from checker.context import Context, location
from checker.graph import node_finder, normalise_name
from checker.hookspecs import hookimpl
from checker.model import AchievementRow, AgreementRow, BudgetItem, BudgetTable, Level, Report
from checker.rule import Category, Rule, Severity, Violation, rule
from rules._cascade_sasaran import (
    CAS005,
    CAS006,
    CAS007,
    CAS008,
    links_in_doubt,
    links_items,
    unbudgeted_items,
)
from rules._figures import value_of
from rules._predikat import is_blank

__all__ = ["CAS001", "CAS002", "CAS003", "CAS004", "CAS005", "CAS006", "CAS007", "CAS008"]

_DOCUMENTS = {"pk": "Perjanjian Kinerja", "pk_perubahan": "Perjanjian Kinerja Perubahan"}
_LEVELS = {Level.PROGRAM: "Program", Level.KEGIATAN: "Kegiatan",
           Level.SUB_KEGIATAN: "Sub kegiatan"}
_BUDGET_KINDS = ("realisasi", "alokasi")  # belanja tables split by type, not by program


def _pk_in_force(report: Report) -> list[AgreementRow]:
    """The agreement Bab III must answer to: a PK Perubahan replaces the PK."""
    perubahan = [row for row in report.agreements if row.document == "pk_perubahan"]
    return perubahan or [row for row in report.agreements if row.document == "pk"]


def _by_sasaran(rows: Iterable[AgreementRow]) -> dict[tuple[str, str], list[AgreementRow]]:
    """Rows of each (document, sasaran), in document order."""
    groups: dict[tuple[str, str], list[AgreementRow]] = {}
    for row in rows:
        groups.setdefault((row.document, normalise_name(row.sasaran)), []).append(row)
    return groups


@rule(
    code="CAS001",
    slug="cascade-pk-indikator-target",
    title={"id": "Sasaran PK tanpa indikator atau target",
           "en": "PK sasaran without indicator or target"},
    category=Category.CASCADE,
    severity=Severity.ERROR,
    regulation="Permenpan RB 53/2014, Lampiran II (Perjanjian Kinerja: sasaran, indikator "
    "kinerja dan target)",
    message={
        "id": "{document} tidak mencantumkan {missing} untuk {item}.",
        "en": "The {document} gives no {missing} for {item}.",
    },
    rationale={
        "id": "Perjanjian Kinerja memuat sasaran, indikator kinerja dan target yang akan dicapai; "
        "sasaran tanpa indikator atau indikator tanpa target tidak dapat diukur capaiannya.",
        "en": "The Perjanjian Kinerja states sasaran, indicators and the targets to reach; a "
        "sasaran without an indicator, or an indicator without a target, cannot be measured.",
    },
)
def CAS001(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 asks each Perjanjian Kinerja to state, for every sasaran, the
    indikator kinerja and its target for the year."""
    graph = context.graph
    indikator, sasaran = node_finder(graph, "indikator"), node_finder(graph, "sasaran")
    for (document, _), rows in _by_sasaran(context.report.agreements).items():
        label = _DOCUMENTS.get(document, document)
        if all(row.indikator is None for row in rows):
            first = rows[0]  # one finding per sasaran, however many rows name it
            yield Violation(
                location(first.where, node=sasaran(first.sasaran)),
                {"document": label, "missing": "indikator", "item": f"sasaran '{first.sasaran}'"},
                expected="indikator",
            )
        else:
            yield from _without_target(label, rows, indikator)


def _without_target(
    label: str, rows: list[AgreementRow], node: Callable[[str], str]
) -> Iterator[Violation]:
    for row in rows:
        if row.indikator is not None and is_blank(row.target):
            yield Violation(
                location(row.where, node=node(row.indikator)),
                {"document": label, "missing": "target",
                 "item": f"indikator '{row.indikator}' (sasaran '{row.sasaran}')"},
                expected="target",
                actual=row.target.raw if row.target is not None else None,
            )


def _best_rows(context: Context) -> dict[str, AchievementRow]:
    """For each indicator node, its capaian row with the most of realisasi and capaian."""
    node = node_finder(context.graph, "indikator")
    best: dict[str, AchievementRow] = {}
    for table in context.report.achievements:
        for row in table.rows:
            key = node(row.indikator)
            if key not in best or len(_missing(row)) < len(_missing(best[key])):
                best[key] = row
    return best


def _missing(row: AchievementRow | None) -> list[str]:
    if row is None:
        return ["realisasi", "capaian"]
    figures = {"realisasi": row.realisasi, "capaian": row.capaian}
    return [name for name, figure in figures.items() if is_blank(figure)]


@rule(
    code="CAS002",
    slug="cascade-pk-realisasi",
    title={"id": "Indikator PK tanpa realisasi dan capaian",
           "en": "PK indicator without realisasi and capaian"},
    category=Category.CASCADE,
    severity=Severity.ERROR,
    regulation="Permenpan RB 53/2014, Lampiran II (Capaian Kinerja Organisasi: "
    "perbandingan target dan realisasi kinerja)",
    message={
        "id": "Indikator '{indikator}' (sasaran '{sasaran}') dari {document} tidak memiliki "
        "{missing} di tabel capaian kinerja mana pun.",
        "en": "Indikator '{indikator}' (sasaran '{sasaran}') of the {document} has no "
        "{missing} in any capaian kinerja table.",
    },
    rationale={
        "id": "Laporan kinerja mempertanggungjawabkan Perjanjian Kinerja: setiap indikator yang "
        "diperjanjikan harus dilaporkan realisasi dan capaiannya di Bab III.",
        "en": "The performance report accounts for the Perjanjian Kinerja: every indicator "
        "agreed must have its realisasi and capaian reported in Bab III.",
    },
)
def CAS002(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 asks Bab III to compare, for every indicator of the Perjanjian
    Kinerja in force, the target with the realisasi and to state the capaian."""
    node, best = node_finder(context.graph, "indikator"), _best_rows(context)
    seen: set[str] = set()
    for row in _pk_in_force(context.report):
        if row.indikator is None:
            continue  # a sasaran without indicators is CAS001's finding
        key = node(row.indikator)
        missing = _missing(best.get(key))
        if key in seen or not missing:
            continue
        seen.add(key)
        yield Violation(
            location(row.where, node=key),
            {"indikator": row.indikator, "sasaran": row.sasaran,
             "document": _DOCUMENTS.get(row.document, row.document),
             "missing": "/".join(missing)},
            expected="/".join(missing),
        )


def _budget_tables(report: Report) -> list[BudgetTable]:
    """The tables that list the whole budget by program (not a per-sasaran subset)."""
    return [table for table in report.main_budgets() if table.kind in _BUDGET_KINDS]


def _reaches_sasaran(graph: nx.DiGraph, key: str) -> bool:
    """A program reaches a sasaran directly, or through a kegiatan or sub kegiatan of its
    own that the report links to one."""
    if key not in graph:
        return False
    for node in [key, *nx.descendants(graph, key)]:
        if any(graph.nodes[parent]["kind"] == "sasaran" for parent in graph.predecessors(node)):
            return True
    return False


@rule(
    code="CAS003",
    slug="cascade-program-sasaran",
    title={"id": "Program tidak terhubung ke sasaran", "en": "Program reaches no sasaran"},
    category=Category.CASCADE,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran II (Capaian Kinerja Organisasi: program dan "
    "kegiatan yang menunjang capaian sasaran); Permendagri 86/2017 (cascading Renstra)",
    knock_on_of=("CAS005",),
    message={
        "id": "Program '{program}' di {table} tidak terhubung ke sasaran mana pun, padahal "
        "laporan menghubungkan program lain ke sasarannya.",
        "en": "Program '{program}' in {table} reaches no sasaran, while the report links "
        "other programs to their sasaran.",
    },
    rationale={
        "id": "Dalam pohon kinerja setiap program menunjang sebuah sasaran; anggaran program yang "
        "tidak menunjang sasaran mana pun tidak dapat dikaitkan dengan kinerja.",
        "en": "In the pohon kinerja every program supports a sasaran; the budget of a program "
        "that supports none cannot be tied to any performance.",
    },
)
def CAS003(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 asks the report to show which programs and kegiatan supported
    each sasaran; where the report links programs to sasaran (a per-sasaran table, an
    analysis table, a matrix, a list under the sasaran), every program it spends on must
    be linked."""
    report, graph = context.report, context.graph
    if not links_items(graph) or links_in_doubt(report):
        return  # nothing to hold one program against, or links that could not be read
    node = node_finder(graph, "program")
    renamed = [item for _, item in unbudgeted_items(context) if item.level is Level.PROGRAM]
    seen: set[str] = set()
    for table in _budget_tables(report):
        for item in table.at_level(Level.PROGRAM):
            key = node(item.name)
            if key not in seen and not _reaches_sasaran(graph, key):
                yield Violation(
                    location(item.where, node=key),
                    {"program": item.name, "table": table.name},
                    expected="sasaran",
                    causes=_renamed(item, renamed),
                )
            seen.add(key)  # one finding per program, at its first row


def _renamed(program: BudgetItem, unbudgeted: list[BudgetItem]) -> frozenset[str]:
    """A per-sasaran table that names, with this program's very amounts, a program the
    budget lacks has renamed it (CAS005's finding): naming it right links it."""
    pagu, realisasi = value_of(program.pagu), value_of(program.realisasi)
    return frozenset(
        f"line:{other.where.line}" for other in unbudgeted
        if pagu is not None and value_of(other.pagu) == pagu
        and value_of(other.realisasi) == realisasi and other.where.line is not None
    )


@dataclass(frozen=True)
class _Listing:
    """The items of one budget table at one level, by graph node (first row wins)."""

    table: BudgetTable
    items: dict[str, BudgetItem]


def _listings(context: Context, level: Level) -> list[_Listing]:
    node = node_finder(context.graph, level.value)
    listings = []
    for table in _budget_tables(context.report):
        items: dict[str, BudgetItem] = {}
        for item in table.at_level(level):
            items.setdefault(node(item.name), item)
        # A table that stops above this level (programs only) is not missing its rows.
        if items:
            listings.append(_Listing(table, items))
    return listings


@rule(
    code="CAS004",
    slug="cascade-budget-tables-items",
    title={"id": "Tabel anggaran memuat item berbeda",
           "en": "Budget tables list different items"},
    category=Category.CASCADE,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran II (Realisasi Anggaran)",
    message={
        "id": "{level} '{name}' tercantum di {table} tetapi tidak ada di {other}.",
        "en": "{level} '{name}' is listed in {table} but missing from {other}.",
    },
    rationale={
        "id": "Alokasi anggaran (Bab II) dan realisasinya (Bab III) menyangkut program, kegiatan "
        "dan sub kegiatan yang sama; item yang hanya ada di satu tabel menandakan salah "
        "satunya tidak lengkap atau salah salin.",
        "en": "The budget allocation (Bab II) and its realisation (Bab III) concern the same "
        "programs, kegiatan and sub kegiatan; an item in only one table means one of them is "
        "incomplete or miscopied.",
    },
)
def CAS004(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 asks the report to state the budget used for the performance
    of the Perjanjian Kinerja; every budget table of the report must then cover the same
    programs, kegiatan and sub kegiatan, compared at each level both tables list."""
    damaged = context.report.tables_in_doubt()
    for level, label in _LEVELS.items():
        listings = _listings(context, level)
        for listing in listings:
            for other in listings:
                # A table the reader could not fully read (glued rows) may well hold the
                # item in the rows it could not decode: no claim that it is missing.
                if other is not listing and other.table.name not in damaged:
                    yield from _absent(label, listing, other)


def _spelled_differently(item: BudgetItem, other: _Listing) -> bool:
    """Whether ``other`` lists the item under a longer or shorter spelling: every word of
    one name is in the other ("Perencanaan dan Evaluasi Kinerja ..." against "Perencanaan,
    Penganggaran dan Evaluasi Kinerja ..."). The spelling is CON003's concern, not a
    missing row. Word sets, not similarity scores: "Administrasi Umum" and "Administrasi
    Keuangan Perangkat Daerah" score 92 but are two kegiatan."""
    wanted = set(normalise_name(item.name).split())
    for candidate in other.items.values():
        words = set(normalise_name(candidate.name).split())
        if min(len(wanted), len(words)) >= 3 and (wanted <= words or words <= wanted):
            return True
    return False


def _absent(label: str, listing: _Listing, other: _Listing) -> Iterator[Violation]:
    """The items of ``listing`` that ``other`` lacks, each once, at its own row."""
    for key, item in listing.items.items():
        if key not in other.items and not _spelled_differently(item, other):
            yield Violation(
                location(item.where, node=key),
                {"level": label, "name": item.name, "table": listing.table.name,
                 "other": other.table.name},
                expected=item.name,
            )


@hookimpl
def lkjip_rules() -> list[Rule]:
    return [CAS001, CAS002, CAS003, CAS004, CAS005, CAS006, CAS007, CAS008]
