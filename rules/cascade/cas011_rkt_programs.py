"""CAS011: every program of the realisation table is in the RKT (Renja) the report prints."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from checker.context import Context, location
from checker.graph import node_finder
from checker.model import BudgetItem, CascadeLink, Level, Report
from checker.names import abbreviates, same_name
from checker.rule import Category, Severity, Violation, rule

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["CAS011"]

_RKT = re.compile(r"rencana\s+kinerja\s+tahunan|\brkt\b|\brenja\b|rencana\s+kerja\b", re.I)


def _rkt_programs(report: Report) -> list[CascadeLink]:
    """The programs of the link tables the report titles as its RKT or Renja."""
    return [link for link in report.links
            if link.level is Level.PROGRAM and link.where.table
            and _RKT.search(link.where.table)]


def _realised_programs(report: Report) -> list[BudgetItem]:
    """The programs of the overall realisation tables, each name once."""
    seen: dict[str, BudgetItem] = {}
    for table in report.main_budgets():
        if table.kind == "realisasi":
            for item in table.at_level(Level.PROGRAM):
                seen.setdefault(item.name, item)
    return list(seen.values())


def _linked(graph: nx.DiGraph, node: str) -> bool:
    """Whether the report links the program to a sasaran anywhere (elsewhere than the RKT)."""
    return node in graph and any(
        graph.nodes[parent]["kind"] == "sasaran" for parent in graph.predecessors(node))


@rule(
    code="CAS011",
    slug="cascade-rkt-programs",
    fix={
        "id": "Cantumkan program ini di RKT, atau periksa apakah program dan namanya memang "
              "benar.",
        "en": "List the program in the RKT, or check that the program and its name are right.",
    },
    title={"id": "Program realisasi anggaran tidak ada di RKT",
           "en": "Program of the realisation table not in the RKT"},
    category=Category.CASCADE,
    severity=Severity.INFO,
    regulation="Permenpan RB 53/2014, Lampiran I (Rencana Kinerja Tahunan memuat sasaran, "
    "program dan kegiatan tahun berjalan); Lampiran II (Realisasi Anggaran)",
    message={
        "id": "Program '{program}' direalisasikan di {budget}, tetapi tidak tercantum di "
        "{rkt}.",
        "en": "Program '{program}' is spent on in {budget}, but not listed in {rkt}.",
    },
    rationale={
        "id": "Rencana Kinerja Tahunan (Renja) menetapkan program yang akan dilaksanakan tahun "
        "itu; program yang dibelanjakan tanpa tercantum di RKT tidak terencana dalam "
        "dokumen kinerja, atau RKT yang dicetak tidak lengkap.",
        "en": "The Rencana Kinerja Tahunan (Renja) sets the programs of the year; a program "
        "spent on but absent from the RKT was not planned in the performance documents, "
        "or the RKT printed is incomplete.",
    },
)
def CAS011(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 has the Rencana Kinerja Tahunan set the programs and kegiatan of
    the year and Bab III B account for their budget: the realisation table and the RKT
    the report prints list the same programs. An RKT program missing from the budget is
    CAS005's finding, and a program linked to no sasaran at all is CAS003's; this rule
    reports a program the report ties to a sasaran elsewhere but leaves out of its RKT."""
    report = context.report
    rkt = _rkt_programs(report)
    if not rkt or {link.where.table for link in rkt} & report.tables_in_doubt():
        return
    program, listed = node_finder(context.graph, "program"), [link.name for link in rkt]
    keys = {program(name) for name in listed}
    graph = context.graph
    for item in _realised_programs(report):
        if not _linked(graph, program(item.name)):
            continue  # a program linked to no sasaran at all is CAS003's finding
        if program(item.name) in keys or any(
            same_name(item.name, name) or abbreviates(item.name, name, glued=True)
            for name in listed
        ):
            continue
        yield Violation(
            location(item.where, node=program(item.name)),
            {"program": item.name, "budget": item.where.table or "tabel realisasi anggaran",
             "rkt": rkt[0].where.table},
            expected=item.name,
        )
