"""CAS003: every program of the budget reaches a sasaran, where the report links any."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from checker.context import Context, location
from checker.graph import node_finder
from checker.model import BudgetItem, Level
from checker.rule import Category, Severity, Violation, rule
from rules._figures import value_of
from rules.cascade._budget import budget_tables, unbudgeted_items
from rules.cascade._links import links_in_doubt, links_items

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["CAS003"]


def _reaches_sasaran(graph: nx.DiGraph, key: str) -> bool:
    """A program reaches a sasaran directly, or through a kegiatan or sub kegiatan of its
    own that the report links to one."""
    if key not in graph:
        return False
    import networkx as nx  # the graph was built with it: importing it here costs nothing

    for node in [key, *nx.descendants(graph, key)]:
        if any(graph.nodes[parent]["kind"] == "sasaran" for parent in graph.predecessors(node)):
            return True
    return False


@rule(
    code="CAS003",
    slug="cascade-program-sasaran",
    fix={
        "id": "Tunjukkan sasaran yang didukung program ini (tabel program per sasaran atau "
              "narasi), atau jelaskan mengapa program ini tidak mendukung sasaran.",
        "en": "Show which sasaran this program supports (a program-per-sasaran table or the "
              "text), or explain why it supports none.",
    },
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
    for table in budget_tables(report):
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
