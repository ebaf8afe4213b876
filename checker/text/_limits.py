"""The limits of a table the text layer reads: beyond them a table is named, not read.

A converted LKjIP has tables of a few hundred rows and a dozen columns. A table far
beyond that is a damaged conversion or a hostile file: reading it as a table would hand
every extractor and rule millions of cells for nothing a reviewer could use. Such a
table is left as plain lines and recorded as :class:`Oversized`, which the extractor
turns into an ``INP002`` input finding (a table not understood).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ._source import Oversized, Table

__all__ = ["DEFAULT_LIMITS", "Limits", "within_limits"]


@dataclass(frozen=True)
class Limits:
    """The most rows of one table and cells of one row the text layer reads."""

    table_rows: int = 20_000
    columns: int = 200


DEFAULT_LIMITS = Limits()


def within_limits(
    tables: Sequence[Table], limits: Limits
) -> tuple[list[Table], list[Oversized]]:
    """``tables`` split into those within ``limits`` and the oversized ones."""
    kept: list[Table] = []
    oversized: list[Oversized] = []
    for table in tables:
        widest = max((len(row.cells) for row in table.rows), default=0)
        if len(table.rows) > limits.table_rows or widest > limits.columns:
            oversized.append(Oversized(table.line, table.end_line, len(table.rows), widest))
        else:
            kept.append(table)
    return kept, oversized
