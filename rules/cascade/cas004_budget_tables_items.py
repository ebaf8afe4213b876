"""CAS004: the overall budget tables list the same programs, kegiatan and sub kegiatan."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from checker.context import Context, location
from checker.graph import node_finder
from checker.model import BudgetItem, BudgetTable, Level
from checker.names import abbreviates
from checker.rule import Category, Severity, Violation, rule
from rules.cascade._budget import budget_tables

__all__ = ["CAS004"]

_LEVELS = {Level.PROGRAM: "Program", Level.KEGIATAN: "Kegiatan",
           Level.SUB_KEGIATAN: "Sub kegiatan"}


@dataclass(frozen=True)
class _Listing:
    """The items of one budget table at one level, by graph node (first row wins)."""

    table: BudgetTable
    items: dict[str, BudgetItem]


def _listings(context: Context, level: Level) -> list[_Listing]:
    node = node_finder(context.graph, level.value)
    listings = []
    for table in budget_tables(context.report):
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
    fix={
        "id": "Cantumkan butir ini di kedua tabel anggaran dengan nama yang sama, atau hapus "
              "dari tabel yang keliru.",
        "en": "List the item in both budget tables under the same name, or remove it from the "
              "table where it is wrong.",
    },
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
    """Whether ``other`` lists the item under a longer or shorter spelling
    (:func:`checker.names.abbreviates`: "Perencanaan dan Evaluasi Kinerja ..." against
    "Perencanaan, Penganggaran dan Evaluasi Kinerja ..."). The spelling is CON003's
    concern, not a missing row. "Administrasi Umum" and "Administrasi Keuangan Perangkat
    Daerah" are two kegiatan."""
    return any(abbreviates(item.name, candidate.name, glued=True)
               for candidate in other.items.values())


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
