"""The tree of a budget table, rebuilt from its rows in document order.

A budget table prints its rows flat (program, its kegiatan, their sub kegiatan, the
next program ...); the model holds them as a tree of
:class:`~checker.model.BudgetItem`. Both ways into the model nest rows alike: the
extractor (:mod:`checker.extract`) from a table of the text, the structured reader
(:mod:`checker.readers.structured`) from the ``items`` of a TOML/JSON report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from checker.model import BudgetItem, Level

__all__ = ["nest", "nest_by_depth"]

# The depth a row of each level has when a structured report does not say (belanja
# types head a split of their own, like programs).
_LEVEL_DEPTH = {Level.PROGRAM: 0, Level.KEGIATAN: 1, Level.SUB_KEGIATAN: 2,
                Level.JENIS_BELANJA: 0}


def nest(items: Sequence[BudgetItem]) -> tuple[BudgetItem, ...]:
    """The tree rebuilt from document order: a row belongs to the nearest row above it
    whose level is its parent's level. The rows' own ``children`` are replaced."""

    def take(position: int, level: Level | None) -> tuple[list[BudgetItem], int]:
        found: list[BudgetItem] = []
        while position < len(items):
            item = items[position]
            if level is not None and item.level is not level:
                break
            position += 1
            child_level = item.level.child
            children: list[BudgetItem] = []
            if child_level is not None:
                children, position = take(position, child_level)
            found.append(replace(item, children=tuple(children)))
        return found, position

    top: list[BudgetItem] = []
    position = 0
    while position < len(items):
        # A table may start below program level (only kegiatan, or a belanja split).
        found, position = take(position, items[position].level)
        top.extend(found)
    return tuple(top)


def nest_by_depth(
    items: Sequence[BudgetItem], depths: Sequence[int | None]
) -> tuple[BudgetItem, ...]:
    """The tree rebuilt from explicit depths (0 is the top), one per row; a missing
    depth is its level's usual one. The rows' own ``children`` are replaced."""
    top: list[list] = []  # [item, children] pairs, frozen at the end
    stack: list[list] = []
    for item, depth in zip(items, depths, strict=True):
        depth = _LEVEL_DEPTH[item.level] if depth is None else depth
        del stack[depth:]
        node: list = [item, []]
        (stack[-1][1] if stack else top).append(node)
        stack.append(node)

    def freeze(node: list) -> BudgetItem:
        return replace(node[0], children=tuple(freeze(child) for child in node[1]))

    return tuple(freeze(node) for node in top)
