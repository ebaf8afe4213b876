"""Whether a list of printed indicators (a capaian table, the IKU) names a PK indicator.

Shared by the coverage rules (CAS009, CAS010). An indicator is listed when its graph
node is the same (the graph folds spellings and typos into one node), or when one of
the two names is the other shortened (:func:`checker.names.abbreviates`): tables often
shorten "Nilai rata-rata Indeks Desa Membangun (IDM)" to "Nilai rata-rata IDM" and
such a row measures the same indicator; it must never be called missing. The
lenient reading (``glued``: only the words, not the length, of the shorter name
count) is on purpose: these rules report an *absence*, so a doubtful match keeps
them silent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from checker.graph import node_finder
from checker.names import abbreviates, same_name

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["IndicatorMatcher", "indicator_matcher"]

IndicatorMatcher = Callable[[str, Iterable[str]], bool]


def indicator_matcher(graph: nx.DiGraph) -> IndicatorMatcher:
    """``listed(name, names)``: whether ``names`` holds the indicator ``name``."""
    node = node_finder(graph, "indikator")

    def listed(name: str, names: Iterable[str]) -> bool:
        key = node(name)
        return any(
            node(other) == key or same_name(name, other)
            or abbreviates(name, other, glued=True)
            for other in names
        )

    return listed
