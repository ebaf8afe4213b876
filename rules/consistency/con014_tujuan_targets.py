"""CON014: a tujuan's table printed twice gives the same indicators, units and targets.

Reports print the tujuan with its indicators and targets (the Renstra's for each year,
or the year's) in Bab II and again in Bab III or a lampiran. The reader keeps the
tujuan's own rows of every such table (:class:`~checker.model.TargetTable`, kind
``tujuan``, and the tujuan rows of the cascading lampiran). The sasaran's rows are
CON001's and CON009's.

The copies are paired row by row:

* the same indicator (by the graph's name policy, :mod:`checker.names`) printed in an
  earlier table is the row it must agree with: the first printing is the reference
  (the finding's expected value), though the message names both figures alike, since
  the order of printing does not say which copy is wrong;
* a later table with as many tujuan rows as an earlier one, most of them the same
  indicators in the same order, is a copy of it: a row whose indicator matches no row
  of the earlier table, printed where the earlier table prints an indicator the later
  one lacks, is that indicator renamed.

Each pair must give the same targets for the years both print (compared as printed
values: ``100%`` is ``100``, ``56 (CC)`` is ``CC``, ``70,2`` is not ``70,15``), the same
unit where both state one, and the same name. One finding per row that differs, at the
later printing, naming both places. When the reporting year's target is all that
differs and another reader took the rows too, the difference is CON001's as well and is
folded into its finding.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

from checker.context import Context, location
from checker.graph import node_finder, normalise_name
from checker.model import LevelTarget, Report, TargetTable
from checker.names import NameIndex
from checker.rule import Category, Severity, Violation, rule
from rules._figures import same_figure
from rules._predikat import is_blank

__all__ = ["CON014"]


class _Printed(NamedTuple):
    """One tujuan row of one table, with the table's place in the report's order."""

    table: TargetTable
    order: int
    position: int
    row: LevelTarget
    key: str


def _tujuan_tables(report: Report) -> list[tuple[TargetTable, list[LevelTarget]]]:
    """The tables that print tujuan rows, in document order, with those rows."""
    tables = [(table, [row for row in table.rows if row.level == "tujuan"])
              for table in report.target_tables]
    found = [(table, rows) for table, rows in tables if rows]
    found.sort(key=lambda pair: (pair[0].where.line is None, pair[0].where.line or 0))
    return found


def _keyer(context: Context) -> Callable[[str], str]:
    """An indicator's key: its graph node (the spellings the graph folded into one), and
    the names no table of the graph holds by the same policy among themselves."""
    node = node_finder(context.graph, "indikator")
    index = NameIndex()

    def key(name: str) -> str:
        folded = node(name).partition(":")[2] or normalise_name(name)
        match = index.closest(folded)
        if match is None:
            index.add(folded)
            return folded
        return match

    return key


def _printings(context: Context) -> list[list[_Printed]]:
    key = _keyer(context)
    return [
        [_Printed(table, order, position, row, key(row.indikator))
         for position, row in enumerate(rows)]
        for order, (table, rows) in enumerate(_tujuan_tables(context.report))
    ]


def _copy_of(rows: Sequence[_Printed], earlier: Sequence[list[_Printed]]) -> list[_Printed]:
    """The earliest table ``rows`` copies: as many tujuan rows, at least half of them the
    same indicator at the same place; empty when there is none."""
    for candidate in earlier:
        if len(candidate) != len(rows):
            continue
        same = sum(1 for a, b in zip(candidate, rows, strict=True) if a.key == b.key)
        if same and same * 2 >= len(rows):
            return candidate
    return []


def _pairs(tables: list[list[_Printed]]) -> Iterator[tuple[_Printed, _Printed, bool]]:
    """(reference, later printing, renamed) for every tujuan row printed before."""
    first: dict[str, _Printed] = {}
    for index, rows in enumerate(tables):
        original = _copy_of(rows, tables[:index])
        keys = {printed.key for printed in rows}
        for printed in rows:
            reference = first.get(printed.key)
            renamed = False
            if reference is None and original:
                counterpart = original[printed.position]
                if counterpart.key not in keys and counterpart.key in first:
                    reference, renamed = first[counterpart.key], True
            if reference is not None:
                yield reference, printed, renamed
        for printed in rows:
            first.setdefault(printed.key, printed)


def _tujuan(row: LevelTarget) -> dict[str, str] | str:
    return {"id": f" (tujuan '{row.item}')", "en": f" (tujuan '{row.item}')"} if row.item else ""


def _line(printed: _Printed) -> str:
    line = printed.row.where.line
    return str(line) if line is not None else "?"


def _target_details(reference: LevelTarget, later: LevelTarget) -> list[tuple[int, str, str]]:
    """(year, reference figure, later figure) of each year both print differently."""
    found = []
    for year in sorted(set(reference.targets) & set(later.targets)):
        first, second = reference.targets[year], later.targets[year]
        if is_blank(first) or is_blank(second) or same_figure(first, second):
            continue
        found.append((year, first.raw, second.raw))
    return found


def _unit_differs(reference: LevelTarget, later: LevelTarget) -> bool:
    if not reference.unit or not later.unit:
        return False  # a unit only one copy states is no contradiction
    return normalise_name(reference.unit) != normalise_name(later.unit)


def _details(reference: LevelTarget, later: LevelTarget, renamed: bool,
             targets: list[tuple[int, str, str]]) -> dict[str, str]:
    """What differs, each as printed here and there: which copy is wrong is for the
    Renstra to say, not for the order of printing."""
    parts_id: list[str] = []
    parts_en: list[str] = []
    if renamed:
        parts_id.append(f"nama indikatornya '{later.indikator}', di sana "
                        f"'{reference.indikator}'")
        parts_en.append(f"the indicator is named '{later.indikator}' here, "
                        f"'{reference.indikator}' there")
    for year, first, second in targets:
        parts_id.append(f"target {year} tertulis {second}, di sana {first}")
        parts_en.append(f"the {year} target is {second} here, {first} there")
    if _unit_differs(reference, later):
        parts_id.append(f"satuannya {later.unit}, di sana {reference.unit}")
        parts_en.append(f"its unit is {later.unit} here, {reference.unit} there")
    return {"id": "; ".join(parts_id), "en": "; ".join(parts_en)}


def _violation(reference: _Printed, later: _Printed, renamed: bool,
               year: int | None) -> Violation | None:
    targets = _target_details(reference.row, later.row)
    if not (renamed or targets or _unit_differs(reference.row, later.row)):
        return None
    # The reporting year's target of rows another reader also took is CON001's too:
    # when it is the only difference, fixing the odd one there clears this finding.
    only_this_year = [y for y, _, _ in targets] == [year] and not renamed and not (
        _unit_differs(reference.row, later.row))
    causes = frozenset(
        f"line:{printed.row.where.line}" for printed in (reference, later)
        if printed.row.where.line is not None
    ) if only_this_year else frozenset()
    expected, actual = ((targets[0][1], targets[0][2]) if targets
                        else (reference.row.indikator, later.row.indikator) if renamed
                        else (reference.row.unit, later.row.unit))
    return Violation(
        location(later.row.where, node=f"indikator:{later.key}"),
        {"indikator": later.row.indikator, "tujuan": _tujuan(later.row),
         "table": later.table.name, "line": _line(later),
         "reference": reference.table.name, "reference_line": _line(reference),
         "details": _details(reference.row, later.row, renamed, targets)},
        expected=expected,
        actual=actual,
        severity=None if targets else Severity.WARNING,
        keys=frozenset({f"tujuan-target:{later.key}:{later.order}"}),
        causes=causes,
    )


@rule(
    code="CON014",
    slug="consistency-tujuan-targets",
    fix={
        "id": "Samakan indikator, satuan dan target tujuan di setiap tabel yang mencetaknya, "
              "sesuai Renstra.",
        "en": "Print the tujuan's indicators, units and targets alike in every table, as the "
              "Renstra sets them.",
    },
    title={"id": "Tabel target tujuan yang dicetak ulang berbeda",
           "en": "Tujuan target table printed twice differs"},
    category=Category.CONSISTENCY,
    severity=Severity.ERROR,
    regulation="Permenpan RB 53/2014, Lampiran II (Perencanaan Kinerja: ringkasan Renstra, "
    "tujuan dengan indikator dan targetnya); Lampiran III (reviu: keandalan informasi "
    "kinerja)",
    knock_on_of=("CON001",),
    message={
        "id": "Indikator tujuan '{indikator}'{tujuan} di {table} (baris {line}) berbeda dari "
        "cetakan sebelumnya di {reference} (baris {reference_line}): {details}.",
        "en": "Tujuan indikator '{indikator}'{tujuan} in {table} (line {line}) differs from "
        "its earlier printing in {reference} (line {reference_line}): {details}.",
    },
    rationale={
        "id": "Tujuan beserta indikator dan targetnya sering dicetak di Bab II lalu diulang di "
        "Bab III atau lampiran. Kedua salinan harus sama: nama indikator, satuan, dan target "
        "setiap tahun. Dua angka untuk satu target menandakan salah satunya keliru; temuan "
        "menunjuk cetakan yang lebih akhir dan menyebut keduanya, Renstra yang menentukan "
        "mana yang benar.",
        "en": "The tujuan with its indicators and targets is often printed in Bab II and again "
        "in Bab III or a lampiran. Both copies must agree: indicator names, units and each "
        "year's target. Two figures for one target mean one of them is wrong; the finding "
        "points at the later printing and names both, and the Renstra tells which is right.",
    },
)
def CON014(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 asks Bab II to summarise the Renstra (tujuan, sasaran, their
    indicators and targets) and the reviewer to check that the performance information
    is reliable: a table of the tujuan printed twice must say the same both times."""
    tables = _printings(context)
    if len(tables) < 2:
        return
    year = context.report.meta.year
    for reference, later, renamed in _pairs(tables):
        violation = _violation(reference, later, renamed, year)
        if violation is not None:
            yield violation
