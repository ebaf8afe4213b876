"""CAS005: what a per-sasaran table or a link names is in the budget."""

from __future__ import annotations

from collections.abc import Iterator

from checker.context import Context, location
from checker.graph import node_finder
from checker.model import BudgetItem, Level
from checker.rule import Category, Severity, Violation, rule
from rules.cascade._budget import (
    LEVEL_NAMES,
    in_main,
    items_by_node,
    listed_levels,
    main_tables,
    unbudgeted_items,
)
from rules.cascade._links import LINK_REGULATION

__all__ = ["CAS005"]


@rule(
    code="CAS005",
    slug="cascade-per-sasaran-item-missing",
    fix={
        "id": "Tambahkan butir ini ke tabel anggaran utama, atau perbaiki namanya di tabel per "
              "sasaran agar sama.",
        "en": "Add the item to the main budget table, or correct its name in the per-sasaran "
              "table so that they match.",
    },
    title={"id": "Item pendukung sasaran tidak ada di tabel anggaran",
           "en": "Item supporting a sasaran is missing from the budget table"},
    category=Category.CASCADE,
    severity=Severity.WARNING,
    regulation=LINK_REGULATION,
    message={
        "id": "{level} '{name}' tercantum di {table} sebagai pendukung sasaran {sasaran}, "
        "tetapi tidak ada di {main}.",
        "en": "{level} '{name}' is listed in {table} as supporting sasaran {sasaran}, but is "
        "missing from {main}.",
    },
    rationale={
        "id": "Tabel program pendukung per sasaran adalah bagian dari anggaran perangkat daerah; "
        "program, kegiatan atau sub kegiatan yang tidak ada di tabel realisasi anggaran "
        "menandakan salah salin atau tabel anggaran yang tidak lengkap.",
        "en": "The table of the programs supporting one sasaran is a part of the agency's "
        "budget; an item missing from the budget table means a miscopy or an incomplete "
        "budget table.",
    },
)
def CAS005(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 asks Bab III to name the programs and kegiatan that supported
    each sasaran and to report the budget used: what a per-sasaran table lists is part of
    the budget the report realises, so it must be in the overall budget table."""
    report = context.report
    tables = main_tables(report)
    main = items_by_node(context, tables)
    if not main:
        return
    for table, item in unbudgeted_items(context):
        yield Violation(
            location(item.where, node=node_finder(context.graph, item.level.value)(item.name)),
            {"level": LEVEL_NAMES[item.level][0], "name": item.name,
             "table": table.name, "sasaran": table.sasaran, "main": tables[0].name},
            expected=item.name,
        )
    if Level.PROGRAM in listed_levels(tables):
        # A budget of kegiatan only (a UPTD spends under its Dinas's programs) cannot
        # miss a program: as for the per-sasaran tables, only the levels it lists count.
        yield from _unbudgeted_links(context, main, tables[0].name)


def _unbudgeted_links(
    context: Context, main: dict[str, BudgetItem], main_name: str
) -> Iterator[Violation]:
    """Programs a link table or the narrative ties to a sasaran but the budget lacks.
    Programs only: the narrative names kegiatan loosely ("kegiatan perencanaan")."""
    node = node_finder(context.graph, "program")
    seen: set[str] = set()
    for link in context.report.links:
        key = node(link.name)
        if link.level is not Level.PROGRAM or key in seen:
            continue
        seen.add(key)
        if not in_main(Level.PROGRAM, link.name, key, main):
            where = link.where.table or {"id": f"uraian baris {link.where.line}",
                                         "en": f"the text at line {link.where.line}"}
            yield Violation(
                location(link.where, node=key),
                {"level": "Program", "name": link.name, "table": where,
                 "sasaran": link.sasaran, "main": main_name},
                expected=link.name,
            )
