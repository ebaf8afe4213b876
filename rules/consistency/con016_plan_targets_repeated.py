"""CON016: a Renstra target matrix printed twice gives the same targets for every year.

Reports print the sasaran with their indicators and the Renstra's target for each year
of the period in Bab II, and again in a lampiran (or Bab III). The reader keeps the rows
of every such table in the plan (:class:`~checker.model.Indikator`, each with the table
it came from), so each printing can be held against the first.

* The reporting year's target is CON001's (it is held against the PK, the IKU and the
  capaian tables too); this rule compares every other year: the years still to come of
  the Renstra period and the earlier years. CON009 compares earlier years' figures of
  the capaian tables only, never a plan table's, so no year is compared twice.
* The same indicator is the graph's node (:func:`checker.graph.node_finder`, the name
  policy of :func:`checker.graph.normalise_name` and its fuzzy match). An indicator
  printed more than once in one table (under two sasaran) is paired with the other
  table's printings in order, and only when both tables print it as often.
* Two tables of different plans are left alone: both name a Renstra and only one of
  them the revised one ("Renstra Perubahan"), or both print a period and the periods
  differ ("2016-2021" against "2021-2026"). Their targets may differ by right.
* Figures compare as printed values (``100%`` is ``100``, ``56 (CC)`` is ``CC``,
  ``60,10`` is not ``60,01``); a blank or "N/A" is nothing to compare.

One finding per row that differs, at the later printing, naming both tables and lines,
each year that differs, the first printing's figure (expected) and this one's (found).
When the same rows were also read as a tujuan's table and CON014 reports the same
difference, this finding is folded into CON014's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

from checker.context import Context, location
from checker.graph import node_finder
from checker.model import Indikator, LevelTarget, Number, Report
from checker.rule import Category, Severity, Violation, rule
from rules._figures import same_figure
from rules._predikat import is_blank

__all__ = ["CON016"]

_RENSTRA = re.compile(r"renstra|rencana\s+strategis|jangka\s+menengah", re.IGNORECASE)
_REVISED = re.compile(r"\bperubahan\b", re.IGNORECASE)
_PERIOD = re.compile(r"\b(20\d\d)\s*[-\u2013\u2014/]\s*(20\d\d)\b")


class _PlanTable(NamedTuple):
    """The plan rows of one printed table, with its place in the report's order."""

    name: str | None
    order: int
    rows: tuple[Indikator, ...]


class _Printed(NamedTuple):
    """One indicator row of one plan table, keyed by its graph node."""

    table: _PlanTable
    row: Indikator
    key: str


class _Difference(NamedTuple):
    """One year whose target two printings of one indicator give differently."""

    year: int
    reference: Number
    found: Number


def _plan_tables(report: Report) -> list[_PlanTable]:
    """The plan rows cut into their tables: a run of rows read from one table. The plan
    holds them in the order the tables were read, which is the document's."""
    runs: list[list[Indikator]] = []
    for indikator in report.plan.indikator:
        if runs and runs[-1][0].where.table == indikator.where.table:
            runs[-1].append(indikator)
        else:
            runs.append([indikator])
    return [_PlanTable(rows[0].where.table, order, tuple(rows))
            for order, rows in enumerate(runs)]


def _period(name: str | None) -> tuple[str, str] | None:
    found = _PERIOD.search(name or "")
    return (found.group(1), found.group(2)) if found else None


def _same_plan(first: _PlanTable, second: _PlanTable) -> bool:
    """Whether two tables may print one plan: not when their titles name two editions
    of it (the Renstra and the Renstra Perubahan) or two periods."""
    names = (first.name or "", second.name or "")
    revised = {bool(_REVISED.search(name)) for name in names}
    if all(_RENSTRA.search(name) for name in names) and len(revised) == 2:
        return False
    periods = _period(first.name), _period(second.name)
    return None in periods or periods[0] == periods[1]


def _printings(table: _PlanTable, node: Callable[[str], str]) -> dict[str, list[_Printed]]:
    """The rows of ``table`` by indicator node, in the table's order."""
    found: dict[str, list[_Printed]] = {}
    for row in table.rows:
        key = node(row.name)
        found.setdefault(key, []).append(_Printed(table, row, key))
    return found


def _reference(later: list[_Printed], earlier: list[list[_Printed]]) -> list[_Printed]:
    """The first earlier printing of one indicator that ``later`` copies: a table of the
    same plan printing it as often (an indicator printed twice in a table, under two
    sasaran, pairs in order; with another count which is which is a guess). Empty when
    there is none."""
    return next((rows for rows in earlier
                 if len(rows) == len(later) and _same_plan(rows[0].table, later[0].table)),
                [])


def _pairs(tables: Sequence[_PlanTable],
           node: Callable[[str], str]) -> Iterator[tuple[_Printed, _Printed]]:
    """(first printing, later printing) of every indicator a later table prints again."""
    earlier: dict[str, list[list[_Printed]]] = {}
    for table in tables:
        printed = _printings(table, node)
        for key, later in printed.items():
            yield from zip(_reference(later, earlier.get(key, [])), later, strict=False)
        for key, rows in printed.items():
            earlier.setdefault(key, []).append(rows)


def _differences(reference: Indikator, later: Indikator,
                 year: int | None) -> list[_Difference]:
    """The years other than the reporting year (CON001's) both print differently."""
    found = []
    for other in sorted(set(reference.targets) & set(later.targets)):
        first, second = reference.targets[other], later.targets[other]
        if other == year or is_blank(first) or is_blank(second) or same_figure(first, second):
            continue
        found.append(_Difference(other, first, second))
    return found


def _tujuan_rows(report: Report) -> dict[int, LevelTarget]:
    """The tujuan rows of the tujuan's tables (CON014's), by line."""
    return {row.where.line: row for table in report.target_tables for row in table.rows
            if row.level == "tujuan" and row.where.line is not None}


def _told_by_con014(reference: Indikator, later: Indikator, differences: list[_Difference],
                    tujuan_rows: dict[int, LevelTarget]) -> bool:
    """Whether both printings are also tujuan rows that print the same differing
    figures, so CON014 compares them too: fixing its finding clears this one."""
    first = tujuan_rows.get(reference.where.line or 0)
    second = tujuan_rows.get(later.where.line or 0)
    if first is None or second is None:
        return False
    return all(
        difference.year in first.targets and difference.year in second.targets
        and same_figure(first.targets[difference.year], difference.reference)
        and same_figure(second.targets[difference.year], difference.found)
        for difference in differences
    )


def _sasaran_names(report: Report) -> dict[str, str]:
    return {sasaran.id: sasaran.name for sasaran in report.plan.sasaran}


def _sasaran(row: Indikator, names: dict[str, str]) -> str:
    name = names.get(row.sasaran or "")
    return f" (sasaran '{name}')" if name else ""


def _line(row: Indikator) -> str:
    return str(row.where.line) if row.where.line is not None else "?"


def _details(differences: list[_Difference]) -> dict[str, str]:
    return {
        "id": "; ".join(f"target {d.year} tertulis {d.found.raw}, di sana {d.reference.raw}"
                        for d in differences),
        "en": "; ".join(f"the {d.year} target is {d.found.raw} here, {d.reference.raw} there"
                        for d in differences),
    }


def _figures(differences: list[_Difference], reference: bool) -> str:
    """The figures of one printing: one year's as printed, several as 'year: figure'."""
    figures = [d.reference if reference else d.found for d in differences]
    if len(differences) == 1:
        return figures[0].raw
    return "; ".join(f"{d.year}: {figure.raw}" for d, figure in zip(differences, figures,
                                                                    strict=True))


def _violation(reference: _Printed, later: _Printed, differences: list[_Difference],
               names: dict[str, str], folded: bool) -> Violation:
    return Violation(
        location(later.row.where, node=later.key),
        {"indikator": later.row.name,
         "sasaran": _sasaran(later.row, names),
         "table": later.table.name or "?", "line": _line(later.row),
         "reference": reference.table.name or "?", "reference_line": _line(reference.row),
         "details": _details(differences)},
        expected=_figures(differences, reference=True),
        actual=_figures(differences, reference=False),
        keys=frozenset({f"plan-target:{later.key}:{later.table.order}:{_line(later.row)}"}),
        causes=frozenset({f"line:{later.row.where.line}"}) if folded else frozenset(),
    )


@rule(
    code="CON016",
    slug="consistency-plan-targets-repeated",
    fix={
        "id": "Samakan target setiap tahun di setiap tabel yang mencetak ulang matriks target "
              "Renstra, sesuai dokumen Renstra.",
        "en": "Print each year's target alike in every table that repeats the Renstra target "
              "matrix, as the Renstra sets it.",
    },
    title={"id": "Target Renstra tahun lain berbeda antara dua cetakan",
           "en": "Renstra targets of other years differ between two printings"},
    category=Category.CONSISTENCY,
    severity=Severity.ERROR,
    regulation="Permenpan RB 53/2014, Lampiran II (Perencanaan Kinerja: ringkasan Renstra, "
    "sasaran dengan indikator dan targetnya); Lampiran III (reviu: keandalan informasi "
    "kinerja)",
    knock_on_of=("CON014",),
    message={
        "id": "Target Renstra indikator '{indikator}'{sasaran} di {table} (baris {line}) "
        "berbeda dari cetakan pertamanya di {reference} (baris {reference_line}): {details}.",
        "en": "Renstra targets of indikator '{indikator}'{sasaran} in {table} (line {line}) "
        "differ from its first printing in {reference} (line {reference_line}): {details}.",
    },
    rationale={
        "id": "Matriks target Renstra (sasaran, indikator, target setiap tahun) sering dicetak "
        "di Bab II lalu diulang di lampiran. Kedua salinan harus memberi target yang sama "
        "untuk setiap tahun, termasuk tahun-tahun mendatang yang menjadi ukuran capaian "
        "jangka menengah. Target tahun pelaporan diperiksa CON001; aturan ini memeriksa "
        "tahun-tahun lainnya. Temuan menunjuk cetakan yang lebih akhir dan menyebut "
        "keduanya; dokumen Renstra yang menentukan mana yang benar.",
        "en": "The Renstra target matrix (sasaran, indicators, each year's target) is often "
        "printed in Bab II and again in a lampiran. Both copies must give the same target "
        "for every year, the years to come included: they measure the medium-term progress. "
        "The reporting year's target is CON001's; this rule checks the other years. The "
        "finding points at the later printing and names both; the Renstra tells which is "
        "right.",
    },
)
def CON016(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 asks Bab II to summarise the Renstra (sasaran, indicators and
    their targets) and Bab III to set the realisation so far against the medium-term
    target, and the reviewer to check that the performance information is reliable: a
    Renstra target printed twice must be the same figure both times."""
    tables = _plan_tables(context.report)
    if len(tables) < 2:
        return
    node = node_finder(context.graph, "indikator")
    year = context.report.meta.year
    names = _sasaran_names(context.report)
    tujuan_rows = _tujuan_rows(context.report)
    for reference, later in _pairs(tables, node):
        differences = _differences(reference.row, later.row, year)
        if differences:
            folded = _told_by_con014(reference.row, later.row, differences, tujuan_rows)
            yield _violation(reference, later, differences, names, folded)
