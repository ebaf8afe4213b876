"""Budget tables that are parts of one budget, split by jenis belanja.

Some reports print the realisasi anggaran as one table per jenis belanja ("Realisasi
Belanja Operasi per Program ..." and "Realisasi Belanja Modal per Program ..."): a
program or kegiatan with both kinds of spending appears in each, with its part of the
money. Each table is checked on its own arithmetic, but the agency's budget, a
program's pagu or the number of kegiatan is the parts taken together. The parts are
told by their titles: consecutive whole-budget tables of one kind, each naming one
jenis belanja, no two the same. The budget they make is the items of every part, those
of one code (or name) added up.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from checker.budget_parts import joined_budget
from checker.model import BudgetTable

__all__ = ["BudgetParts", "join_parts"]

# The jenis belanja a title names (Permendagri 77/2020: operasi, modal, tidak terduga,
# transfer; the older split: pegawai, barang dan jasa).
_JENIS = re.compile(r"\bbelanja\s+(operasi|modal|tidak\s+terduga|transfer|pegawai"
                    r"|barang\s+dan\s+jasa)\b", re.IGNORECASE)
_PART_KINDS = ("realisasi", "alokasi")


class BudgetParts(NamedTuple):
    tables: tuple[BudgetTable, ...]  # as read, the parts marked with the budget they make
    joined: tuple[BudgetTable, ...]  # one budget per group of parts


def join_parts(tables: Sequence[BudgetTable]) -> BudgetParts:
    """The tables with each group of parts marked, and the budget each group makes."""
    marked = list(tables)
    joined: list[BudgetTable] = []
    for group in _groups(tables):
        whole = joined_budget([tables[index] for index in group])
        joined.append(whole)
        for index in group:
            marked[index] = replace(tables[index], part_of=whole.name)
    return BudgetParts(tuple(marked), tuple(joined))


def _jenis(table: BudgetTable) -> str | None:
    """The one jenis belanja a whole-budget table's title names, if it names one."""
    if table.kind not in _PART_KINDS or table.per_sasaran:
        return None
    named = {" ".join(found.lower().split()) for found in _JENIS.findall(table.name)}
    return named.pop() if len(named) == 1 else None


def _groups(tables: Sequence[BudgetTable]) -> list[list[int]]:
    """Runs of whole-budget tables of one kind, each naming its own jenis belanja
    (per-sasaran and belanja tables between them do not break a run)."""
    groups: list[list[int]] = []
    run: list[int] = []
    seen: set[str] = set()
    for index, table in enumerate(tables):
        if table.per_sasaran or table.kind == "belanja":
            continue
        jenis = _jenis(table)
        fits = (jenis is not None and jenis not in seen
                and (not run or tables[run[0]].kind == table.kind))
        if not fits:
            if len(run) > 1:
                groups.append(run)
            run, seen = [], set()
            if jenis is None:
                continue
        run.append(index)
        seen.add(jenis)
    if len(run) > 1:
        groups.append(run)
    return groups
