"""CON010: a program, kegiatan or sub kegiatan written differently from its budget row.

The budget tables print each program, kegiatan and sub kegiatan under its name; the same
item comes back in the other budget table (allocation against realisation), in the
tables of the items supporting each sasaran, in the cascading lampiran and link tables
(Renstra or RKT matrices, analysis tables), in the Perjanjian Kinerja's program list and
in the narrative's lists. Two ways it can be written differently:

* **one node, two spellings**: the graph (:mod:`checker.graph`) folded them into one
  item (:func:`checker.names.same_name`, or a reference that
  :func:`checker.names.abbreviates` exactly one known name), but they differ in more than
  case, punctuation and the converter's or the OCR's noise (CON003's comparison): a word
  more, less or other ("Pemerintah Desa" for "Pemerintahan Desa", a misspelt word);
* **a shortened name**: a per-sasaran table, or one of two overall budget tables, prints
  a name that :func:`checker.names.abbreviates` exactly one item of the overall budget
  table it is not in ("Perencanaan dan Evaluasi Kinerja Perangkat Daerah" for
  "Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah"). CAS004 and CAS005
  take such a row as present and leave its spelling to this rule.

Left alone: an item the overall budget does not list at all (CAS005's, or CAS004's),
sasaran and indicators (CON003's), and a name in the narrative that only runs on into
its sentence or is cut by a line break ("... Kabupaten/Kota, seluruh kegiatannya",
"... Forum Musyawarah" continued on the next line): the narrative is read line by line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from checker.context import Context, location
from checker.graph import node_finder
from checker.model import BudgetTable, Level, Provenance, Report
from checker.names import abbreviates, fold_name
from checker.rule import Category, Severity, Violation, rule
from rules.consistency._names import _noise_only

__all__ = ["CON010"]

_LEVELS = {Level.PROGRAM: {"id": "Program", "en": "Program"},
           Level.KEGIATAN: {"id": "Kegiatan", "en": "Kegiatan"},
           Level.SUB_KEGIATAN: {"id": "Sub kegiatan", "en": "Sub kegiatan"}}
_PARENT = {Level.KEGIATAN: Level.PROGRAM, Level.SUB_KEGIATAN: Level.KEGIATAN}
_BUDGET_KINDS = ("realisasi", "alokasi")
_SOURCES = {
    "budget": {"id": "tabel anggaran", "en": "budget table"},
    "per_sasaran": {"id": "tabel pendukung sasaran", "en": "per-sasaran table"},
    "link_table": {"id": "tabel keterkaitan", "en": "link table"},
    "per_sasaran_table": {"id": "tabel pendukung sasaran", "en": "per-sasaran table"},
    "narrative": {"id": "uraian", "en": "the text"},
    "pk": {"id": "PK", "en": "PK"},
    "pk_perubahan": {"id": "PK Perubahan", "en": "PK Perubahan"},
}
_WORD_LINE = {"id": "baris", "en": "line"}
_PLACES_SHOWN = 3


class _Printed(NamedTuple):
    """One place a program, kegiatan or sub kegiatan is printed."""

    level: Level
    name: str
    source: str  # budget, per_sasaran, link_table, per_sasaran_table, narrative, pk, ...
    where: Provenance

    def place(self, lang: str) -> str:
        label = _SOURCES.get(self.source, {"id": self.source, "en": self.source})[lang]
        if self.where.table and self.source != "narrative":
            label = f"{label} ({self.where.table})"
        line = self.where.line if self.where.line is not None else "?"
        return f"{label} {_WORD_LINE[lang]} {line}"


def _places(printed: list[_Printed]) -> dict[str, str]:
    more = len(printed) - _PLACES_SHOWN
    shown = {lang: ", ".join(p.place(lang) for p in printed[:_PLACES_SHOWN])
             for lang in ("id", "en")}
    return {"id": shown["id"] + (f" dan {more} tempat lain" if more > 0 else ""),
            "en": shown["en"] + (f" and {more} more" if more > 0 else "")}


def _tables(report: Report) -> tuple[list[BudgetTable], list[BudgetTable]]:
    """The overall budget tables and the per-sasaran ones, none the reader left in doubt
    (a glued row's name is two names run together, not a spelling)."""
    damaged = report.tables_in_doubt()
    readable = [t for t in report.budgets if t.kind in _BUDGET_KINDS and t.name not in damaged]
    return ([t for t in readable if not t.per_sasaran], [t for t in readable if t.per_sasaran])


def _in_table(table: BudgetTable, source: str) -> list[_Printed]:
    return [_Printed(item.level, item.name, source, item.where)
            for item in table.walk() if item.level in _LEVELS and item.name.strip()]


def _printed(report: Report, main: list[BudgetTable],
             per_sasaran: list[BudgetTable]) -> list[_Printed]:
    found: list[_Printed] = []
    for table in main:
        found += _in_table(table, "budget")
    for table in per_sasaran:
        found += _in_table(table, "per_sasaran")
    for link in report.links:
        if link.level in _LEVELS:
            found.append(_Printed(link.level, link.name, link.source.value, link.where))
            parent = _PARENT.get(link.level)
            if link.parent and parent is not None:
                found.append(_Printed(parent, link.parent, link.source.value, link.where))
    for program in report.agreement_programs:
        found.append(_Printed(Level.PROGRAM, program.program, program.document, program.where))
    unique = {(p.level, p.name.strip(), p.source, p.where.line): p for p in found}
    return sorted(unique.values(), key=lambda p: (p.where.line is None, p.where.line or 0))


def _runs_on(short: str, long: str) -> bool:
    """Whether one folded name is the other with words added at its end only: a
    narrative name cut by a line break, or run on into its sentence."""
    one, other = sorted((short.split(), long.split()), key=len)
    return other[:len(one)] == one


@dataclass
class _Way:
    """One way an item is written: its spellings that differ only by noise."""

    printed: list[_Printed]

    @property
    def shown(self) -> str:
        return self.printed[0].name.strip()

    @property
    def in_budget(self) -> int:
        return sum(p.source in ("budget", "per_sasaran") for p in self.printed)


def _ways(printed: list[_Printed]) -> list[_Way]:
    ways: list[_Way] = []
    for item in printed:
        home = next((w for w in ways if _noise_only(w.printed[0].name, item.name)), None)
        if home is None:
            ways.append(_Way([item]))
        else:
            home.printed.append(item)
    return ways


def _violation(level: Level, key: str, reference: list[_Printed], other: list[_Printed],
               relation: dict[str, str]) -> Violation:
    return Violation(
        location(other[0].where, node=key),
        {"level": _LEVELS[level], "first": reference[0].name.strip(),
         "first_places": _places(reference), "second": other[0].name.strip(),
         "second_places": _places(other), "relation": relation},
        expected=reference[0].name.strip(),
        actual=other[0].name.strip(),
    )


_SAME_ITEM = {"id": "ditulis berbeda padahal satu item yang sama",
              "en": "are written differently though they are one item"}
_SHORTENED = {"id": "ditulis berbeda: yang kedua adalah yang pertama dengan kata yang "
                    "dihilangkan atau dipotong",
              "en": "are written differently: the second is the first with words left out "
                    "or cut"}


def _finder(context: Context) -> dict[Level, Callable[[str], str]]:
    return {level: node_finder(context.graph, level.value) for level in _LEVELS}


def _two_spellings(context: Context, printed: list[_Printed],
                   budgeted: set[tuple[Level, str]]) -> Iterator[Violation]:
    """Spellings of one node that differ in their words, each against the way the
    budget tables print it (the way printed most often there, else anywhere; the first
    of equals)."""
    node = _finder(context)
    by_node: dict[tuple[Level, str], list[_Printed]] = {}
    for item in printed:
        key = node[item.level](item.name)
        by_node.setdefault((item.level, key), []).append(item)
    for (level, key), items in by_node.items():
        if (level, key) not in budgeted:
            continue  # not in the budget at all: CAS005's, not a spelling
        folded = {fold_name(item.name) for item in items if item.source != "narrative"}
        items = [item for item in items if item.source != "narrative" or not any(
            _runs_on(fold_name(item.name), other) for other in folded)]
        ways = _ways(items)
        if len(ways) < 2:  # one way of writing is no drift
            continue
        reference = max(ways, key=lambda way: (way.in_budget, len(way.printed)))
        if not reference.in_budget:
            continue
        for way in ways:
            if way is not reference:
                yield _violation(level, key, reference.printed, way.printed, _SAME_ITEM)


def _shortened(context: Context, main: list[BudgetTable],
               per_sasaran: list[BudgetTable]) -> Iterator[Violation]:
    """A name of a per-sasaran table, or of one overall budget table, that is not an item
    of an overall table but abbreviates exactly one of its items at its level."""
    node = _finder(context)
    listed = {table.name: {(p.level, node[p.level](p.name)): p
                           for p in _in_table(table, "budget")} for table in main}
    listed_anywhere = {key for rows in listed.values() for key in rows}
    seen: set[frozenset[str]] = set()
    sources = [(table, "budget") for table in main] + [(t, "per_sasaran") for t in per_sasaran]
    for table, source in sources:
        rows_printed = _in_table(table, source)
        own = {(p.level, node[p.level](p.name)) for p in rows_printed}
        for item in rows_printed:
            key = node[item.level](item.name)
            for other in main:
                if other is table:
                    continue
                rows = listed[other.name]
                if (item.level, key) in rows or (
                        source == "per_sasaran" and (item.level, key) in listed_anywhere):
                    continue
                # The full name printed in the same table too: two items, not one twice.
                fits = [(k, p) for (lvl, k), p in rows.items() if lvl is item.level
                        and (lvl, k) not in own and abbreviates(item.name, p.name)
                        and not _noise_only(item.name, p.name)]
                if len(fits) != 1:
                    continue
                full_key, full = fits[0]
                pair = frozenset((key, full_key))
                if pair in seen:
                    continue
                seen.add(pair)
                # The shorter name is the one written differently, at its own row.
                short, long = sorted((item, full), key=lambda p: len(fold_name(p.name)))
                yield _violation(item.level, key if short is item else full_key, [long],
                                 [short], _SHORTENED)
                break


@rule(
    code="CON010",
    slug="consistency-item-names",
    fix={
        "id": "Tulis nama program, kegiatan atau sub kegiatan sama persis di semua tabel, "
              "sesuai nomenklatur.",
        "en": "Write the program, kegiatan or sub kegiatan name the same in every table, as in "
              "the nomenclature.",
    },
    title={"id": "Nama program, kegiatan atau sub kegiatan ditulis berbeda",
           "en": "Program, kegiatan or sub kegiatan name written differently"},
    category=Category.CONSISTENCY,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran II (Capaian Kinerja Organisasi: program dan "
    "kegiatan yang menunjang capaian sasaran; Realisasi Anggaran) dan Lampiran III (reviu: "
    "keandalan informasi yang disajikan)",
    message={
        "id": "{level} '{first}' ({first_places}) dan '{second}' ({second_places}) {relation}.",
        "en": "{level} '{first}' ({first_places}) and '{second}' ({second_places}) {relation}.",
    },
    rationale={
        "id": "Program, kegiatan dan sub kegiatan adalah nomenklatur anggaran: satu item "
        "ditulis dengan nama yang sama di tabel anggaran, tabel pendukung sasaran, lampiran "
        "cascading dan uraian. Nama yang berbeda menyulitkan penelusuran anggaran ke "
        "sasaran dan bisa menandakan salah salin.",
        "en": "Programs, kegiatan and sub kegiatan are budget nomenclature: one item is "
        "written with one name in the budget tables, the per-sasaran tables, the cascading "
        "lampiran and the text. Names that differ make the budget hard to trace to its "
        "sasaran and may mean a miscopy.",
    },
)
def CON010(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 asks Bab III to name the programs and kegiatan that supported
    each sasaran and to report the budget they used, and the reviewer to check that the
    information presented is reliable: one program, kegiatan or sub kegiatan is then
    written alike wherever the report prints it. Reported: two spellings the graph folds
    into one item that differ in their words (not only in case, punctuation or noise),
    each against the budget tables' spelling; and a per-sasaran or budget table name
    that is a shortened form of exactly one item of an overall budget table lacking it."""
    report = context.report
    main, per_sasaran = _tables(report)
    printed = _printed(report, main, per_sasaran)
    # What the budget lists: the overall tables, else (none printed) the per-sasaran ones.
    budget = [p for p in printed if p.source == ("budget" if main else "per_sasaran")]
    node = _finder(context)
    budgeted = {(p.level, node[p.level](p.name)) for p in budget}
    yield from _two_spellings(context, printed, budgeted)
    yield from _shortened(context, main, per_sasaran)
