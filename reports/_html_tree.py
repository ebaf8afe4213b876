"""The pohon kinerja laid out for the HTML report: a forest drawn left to right.

The cascade graph may give a node several parents (a program supporting two
sasaran); the drawing is a tree, so each node hangs under its first parent of an
earlier column and the other parents are named in its tooltip. Columns are fixed
by kind (tujuan, sasaran, indikator and program, kegiatan, sub kegiatan) so a
reviewer reads one level per column whatever the report left out.

The layout is a simple tidy tree: visible leaves take one row each in order and a
parent sits midway between its first and last visible child. The report's script
repeats the same computation when a level is collapsed or expanded; the layout
made here is the one shown before any script runs.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from checker.graph import KINDS

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "COLUMN",
    "COLUMN_WIDTH",
    "NODE_HEIGHT",
    "NODE_WIDTH",
    "ROW_HEIGHT",
    "DrawnNode",
    "Forest",
    "TreeNode",
    "initially_collapsed",
    "lay_out",
    "spanning_forest",
]

# The column of each kind: indikator and program are both what a sasaran holds.
COLUMN = {"tujuan": 0, "sasaran": 1, "indikator": 2, "program": 2, "kegiatan": 3,
          "sub_kegiatan": 4}
COLUMN_WIDTH = 248
NODE_WIDTH = 220
NODE_HEIGHT = 22
ROW_HEIGHT = 28
MARGIN = 8


@dataclass(frozen=True)
class TreeNode:
    """One graph node in the drawn tree: its key, its drawn parent, its other parents."""

    key: str
    kind: str
    name: str
    parent: str | None
    children: tuple[str, ...]
    other_parents: tuple[str, ...]


@dataclass(frozen=True)
class Forest:
    """Every graph node once, in drawing (depth-first) order."""

    nodes: tuple[TreeNode, ...]

    @cached_property
    def _index(self) -> dict[str, TreeNode]:
        return {node.key: node for node in self.nodes}

    def by_key(self) -> dict[str, TreeNode]:
        return dict(self._index)

    def subtree(self, key: str) -> list[str]:
        """``key`` and every node drawn below it."""
        index = self._index
        found, stack = [], [key]
        while stack:
            current = stack.pop()
            found.append(current)
            stack.extend(reversed(index[current].children))
        return found


@dataclass(frozen=True)
class DrawnNode:
    """A node's place in the initial drawing; ``visible`` is False under a collapsed node."""

    key: str
    x: int
    y: int
    visible: bool


def _column(kind: str) -> int:
    return COLUMN.get(kind, len(KINDS))


def _kind_order(kind: str) -> int:
    return KINDS.index(kind) if kind in KINDS else len(KINDS)


def spanning_forest(graph: nx.DiGraph) -> Forest:
    """The graph as a forest: each node under its first parent of an earlier column.

    Only parents of an earlier column are taken, so the result has no cycle whatever
    edges the graph holds; a node without one is a root."""
    order = {key: index for index, key in enumerate(graph.nodes)}
    parents: dict[str, list[str]] = {}
    for key, data in graph.nodes(data=True):
        column = _column(data["kind"])
        parents[key] = [p for p in graph.predecessors(key)
                        if _column(graph.nodes[p]["kind"]) < column]
    children: dict[str, list[str]] = {key: [] for key in graph.nodes}
    for key, found in parents.items():
        if found:
            children[found[0]].append(key)

    def ranked(keys: Sequence[str]) -> list[str]:
        return sorted(keys, key=lambda k: (_kind_order(graph.nodes[k]["kind"]), order[k]))

    roots = ranked([key for key, found in parents.items() if not found])
    drawn: list[TreeNode] = []

    def visit(key: str) -> None:
        data = graph.nodes[key]
        kids = ranked(children[key])
        drawn.append(TreeNode(key, data["kind"], data["name"],
                              parents[key][0] if parents[key] else None, tuple(kids),
                              tuple(parents[key][1:])))
        for kid in kids:
            visit(kid)

    for root in roots:
        visit(root)
    return Forest(tuple(drawn))


def lay_out(forest: Forest, collapsed: Collection[str]) -> tuple[dict[str, DrawnNode], int, int]:
    """Each node's place with the nodes in ``collapsed`` folded, and the drawing's size.

    The script in the report's template (``layOut``) is this function again."""
    index = forest.by_key()
    places: dict[str, DrawnNode] = {}
    next_row = [0]

    def place(key: str, visible: bool) -> int:
        node = index[key]
        shown_children = visible and key not in collapsed and bool(node.children)
        child_ys = [place(kid, shown_children) for kid in node.children]
        if shown_children:
            y = (child_ys[0] + child_ys[-1]) // 2
        elif visible:
            y = MARGIN + next_row[0] * ROW_HEIGHT
            next_row[0] += 1
        else:
            y = 0
        places[key] = DrawnNode(key, MARGIN + _column(node.kind) * COLUMN_WIDTH, y, visible)
        return y

    for node in forest.nodes:
        if node.parent is None:
            place(node.key, True)
    columns = max((_column(node.kind) for node in forest.nodes), default=0) + 1
    width = 2 * MARGIN + (columns - 1) * COLUMN_WIDTH + NODE_WIDTH
    height = 2 * MARGIN + max(next_row[0], 1) * ROW_HEIGHT
    return places, width, height


def initially_collapsed(forest: Forest) -> frozenset[str]:
    """The nodes folded when the report opens: every kegiatan, so sub kegiatan start hidden."""
    return frozenset(node.key for node in forest.nodes
                     if node.kind == "kegiatan" and node.children)

