"""The read-only view a rule gets: the report model, its cascade graph, the config.

Besides the three, the context carries the comparisons every rule makes the same way
(:mod:`checker.compare`) with the configured tolerances already applied, and the
values of pack options (:mod:`checker.options`), so that a rule never passes a
tolerance or reads the config by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING, TypeVar

from checker import compare
from checker.location import Location
from checker.model import Number, Provenance, Report

if TYPE_CHECKING:
    import networkx as nx

    from checker.config import Config
    from checker.options import Option

__all__ = ["Context", "location"]

# The kinds an option may have (see checker.options.Option).
V = TypeVar("V", bool, int, str, Decimal)


@dataclass(frozen=True)
class Context:
    """What a rule reads: the report, its cascade graph and the config."""

    report: Report
    graph: nx.DiGraph
    config: Config

    @property
    def rupiah_tolerance(self) -> Decimal:
        return self.config.tolerances.rupiah

    @property
    def percent_tolerance(self) -> Decimal:
        return self.config.tolerances.percent

    def same_amount(self, first: Decimal, second: Decimal) -> bool:
        """Two amounts are equal within the configured Rupiah tolerance."""
        return compare.same_amount(first, second, self.rupiah_tolerance)

    def percent_mismatch(self, stated: Number, computed: Decimal) -> bool:
        """The percentage the report prints (``stated``) disagrees with ``computed``:
        it is neither the computed value rounded half-up nor truncated to the decimals
        printed, within the configured percent tolerance. A printed value that could
        not be read is no mismatch (``INP001`` reports it)."""
        if stated.value is None:
            return False
        return not compare.percent_matches(
            stated.value, stated.decimals, computed, self.percent_tolerance)

    def same_name(self, kind: str, first: str, second: str) -> bool:
        """Two names of items of ``kind`` (``program``, ``kegiatan``, ``sub_kegiatan``,
        ``sasaran``, ``indikator``, ``tujuan``) name the same item. Where the report's
        graph holds both spellings, they are the same when they are one node there;
        otherwise the graph's matching rule decides (:func:`checker.compare.same_name`)."""
        nodes = self._nodes_by_name
        here, there = nodes.get((kind, first.strip())), nodes.get((kind, second.strip()))
        if here is not None and there is not None:
            return here == there
        return compare.same_name(kind, first, second)

    def option(self, option: Option[V]) -> V:
        """The value the config sets for a pack option, else the option's default."""
        return option.value_in(self.config.pack_options)

    @cached_property
    def _nodes_by_name(self) -> dict[tuple[str, str], str]:
        """Every spelling the graph recorded, by (kind, spelling): its node."""
        return {
            (data["kind"], name): key
            for key, data in self.graph.nodes(data=True)
            for name in data.get("names", ())
        }


def location(
    where: Provenance, node: str | None = None, *, end: Provenance | None = None
) -> Location:
    """A finding's location from a model provenance (optionally spanning to ``end``)."""
    end_line = (end.end_line or end.line) if end is not None else where.end_line
    return Location(line=where.line, end_line=end_line, table=where.table, node=node)
