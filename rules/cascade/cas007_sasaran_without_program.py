"""CAS007: every sasaran of the Perjanjian Kinerja in force has a program."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from checker.context import Context, location
from checker.graph import node_finder
from checker.rule import Category, Severity, Violation, rule
from rules.cascade._agreements import pk_sasaran
from rules.cascade._budget import ITEM_KINDS
from rules.cascade._links import LINK_REGULATION, links_in_doubt

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["CAS007"]


@rule(
    code="CAS007",
    slug="cascade-sasaran-without-program",
    fix={
        "id": "Sebutkan program atau kegiatan yang mendukung sasaran ini.",
        "en": "Name the programs or kegiatan that support this sasaran.",
    },
    title={"id": "Sasaran PK tanpa program pendukung",
           "en": "PK sasaran without a supporting program"},
    category=Category.CASCADE,
    severity=Severity.WARNING,
    regulation=LINK_REGULATION,
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
    agreed = [(sasaran, where, node(sasaran)) for sasaran, where in pk_sasaran(report)]
    linked = {key for key, data in graph.nodes(data=True)
              if data["kind"] == "sasaran" and _supported(graph, key)}
    if not linked or not linked <= {key for _, _, key in agreed}:
        return
    unsupported = [(sasaran, where, key) for sasaran, where, key in agreed
                   if key in graph and key not in linked]
    for sasaran, where, key in unsupported:
        yield Violation(location(where, node=key), {"sasaran": sasaran}, expected="program")


def _supported(graph: nx.DiGraph, key: str) -> bool:
    return any(graph.nodes[child]["kind"] in ITEM_KINDS for child in graph.successors(key))
