"""CAS008: a report that links no program to a sasaran is told once."""

from __future__ import annotations

from collections.abc import Iterator

from checker.context import Context, location
from checker.graph import node_finder
from checker.model import Level
from checker.rule import Category, Severity, Violation, rule
from rules.cascade._links import LINK_REGULATION, links_in_doubt, links_items

__all__ = ["CAS008"]


@rule(
    code="CAS008",
    slug="cascade-not-printed",
    fix={
        "id": "Tambahkan tabel atau uraian yang mengaitkan setiap program dengan sasaran yang "
              "didukungnya.",
        "en": "Add a table or text that links each program to the sasaran it supports.",
    },
    title={"id": "Laporan tidak menghubungkan program ke sasaran",
           "en": "The report links no program to a sasaran"},
    category=Category.CASCADE,
    severity=Severity.INFO,
    regulation=LINK_REGULATION,
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
    program = node_finder(graph, "program")  # one program however often it is printed
    yield Violation(location(first.where), {"table": first.name, "count": len(
        {program(item.name) for item in programs})}, expected="sasaran")
