"""Whether the report links its budget to its sasaran, and whether those links could be read.

Shared by the rules on the sasaran -> program links the report prints (CAS003,
CAS005-CAS008).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.model import Report
from rules.cascade._budget import ITEM_KINDS

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["LINK_REGULATION", "links_in_doubt", "links_items"]

# The regulation of the rules on the links (CAS005-CAS008).
LINK_REGULATION = ("Permenpan RB 53/2014, Lampiran II (Capaian Kinerja Organisasi: program "
                   "dan kegiatan yang menunjang capaian sasaran; Realisasi Anggaran)")


def links_items(graph: nx.DiGraph) -> bool:
    """Whether the report says, anywhere, which sasaran an item of its budget serves."""
    return any(graph.nodes[a]["kind"] == "sasaran" and graph.nodes[b]["kind"] in ITEM_KINDS
               for a, b in graph.edges)


def links_in_doubt(report: Report) -> bool:
    """Whether a table that prints links could not be read to its end: the items it
    links below that point are not known to be unlinked."""
    linking = {link.where.table for link in report.links if link.where.table}
    return bool(linking & report.tables_in_doubt())
