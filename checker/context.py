"""The read-only view a rule gets: the report model, its cascade graph, the config."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from checker.model import Provenance, Report
from checker.rule import Location

if TYPE_CHECKING:
    import networkx as nx

    from checker.config import Config

__all__ = ["Context", "location"]


@dataclass(frozen=True)
class Context:
    report: Report
    graph: nx.DiGraph
    config: Config

    @property
    def rupiah_tolerance(self) -> Decimal:
        return self.config.tolerances.rupiah

    @property
    def percent_tolerance(self) -> Decimal:
        return self.config.tolerances.percent


def location(
    where: Provenance, node: str | None = None, *, end: Provenance | None = None
) -> Location:
    """A finding's location from a model provenance (optionally spanning to ``end``)."""
    end_line = (end.end_line or end.line) if end is not None else where.end_line
    return Location(line=where.line, end_line=end_line, table=where.table, node=node)
