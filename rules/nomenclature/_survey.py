"""What the NOM rules share: the survey of a report's budget tables against the edition
of its year, and the wording of the findings."""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from checker.context import Context, location
from checker.graph import node_finder
from checker.model import BudgetItem, Level, Report
from checker.rule import Location, Text
from rules._per_report import per_report
from rules.nomenclature._editions import Choice, choose, pemda_of
from rules.nomenclature._match import (
    Found,
    Match,
    Official,
    code_level,
    edition_code,
    fold,
    index,
    match,
)

__all__ = [
    "CODE_ISSUES",
    "FIRST_YEAR",
    "LEVELS",
    "REGULATION",
    "Checked",
    "CodeIssue",
    "Survey",
    "code_meaning",
    "edition_text",
    "in_force",
    "item_location",
    "renumbering_note",
    "same_row",
    "survey",
]

REGULATION = ("Permendagri 90/2019 (klasifikasi, kodefikasi dan nomenklatur perencanaan "
              "pembangunan dan keuangan daerah) dan pemutakhirannya (Kepmendagri "
              "050-5889/2021, seri 900)")
FIRST_YEAR = 2021  # Permendagri 90/2019 first shaped the budgets of 2021
# More than this share of the printed codes, and at least this many, disagreeing with the
# edition is a renumbering rather than slips.
_ISOLATED = 0.1
_RENUMBERED_CODES = 3
LEVELS = {Level.PROGRAM: {"id": "Program", "en": "Program"},
          Level.KEGIATAN: {"id": "Kegiatan", "en": "Kegiatan"},
          Level.SUB_KEGIATAN: {"id": "Sub kegiatan", "en": "Sub kegiatan"}}


class CodeIssue(enum.Enum):
    """How a printed nomenclature code disagrees with the edition."""

    OTHER_CODE = "other_code"  # the name is official, and its code is another (NOM003)
    ABSENT = "absent"  # the edition has no such code (NOM004)
    OTHER_ITEM = "other_item"  # the code is another item's, the name not official (NOM004)


CODE_ISSUES = (CodeIssue.ABSENT, CodeIssue.OTHER_ITEM)  # NOM004's


@dataclass(frozen=True)
class Checked:
    """One item of the budget tables and how it fits the edition."""

    item: BudgetItem
    match: Match
    coded: bool  # it prints a nomenclature code of its own level
    issue: CodeIssue | None  # how that code disagrees, if it does


@dataclass(frozen=True)
class Survey:
    """The edition a report is held against and each distinct item of its budget tables."""

    choice: Choice
    official: Official
    items: tuple[Checked, ...]

    @property
    def named(self) -> Iterator[Checked]:
        """Each distinct name once: the name rules do not repeat a name printed with its
        code in one table and without it in another."""
        seen: set[tuple[Level, str]] = set()
        for checked in self.items:
            key = _key(checked.item)[:2]
            if key not in seen:
                seen.add(key)
                yield checked

    @cached_property  # asked once per finding: counted once per survey
    def disagreeing(self) -> tuple[int, int]:
        """How many printed codes disagree with the edition, of how many printed."""
        coded = [checked for checked in self.items if checked.coded]
        return sum(checked.issue is not None for checked in coded), len(coded)

    @property
    def renumbered(self) -> bool:
        """Whether so many codes disagree that the report likely follows the numbering of
        another edition: one mistyped code is a slip, a dozen are a renumbering (the 900
        update renumbered whole kegiatan), which the data cannot confirm."""
        wrong, coded = self.disagreeing
        return wrong >= _RENUMBERED_CODES and wrong > coded * _ISOLATED


# The four NOM rules run one after the other on one report and each asks for its survey.
@per_report
def survey(report: Report) -> Survey | None:
    """Every program, kegiatan and sub kegiatan of the budget tables, each once (the same
    row printed in Bab II and Bab III is one item), matched against the chosen edition."""
    return _survey(report)


def _survey(report: Report) -> Survey | None:
    choice = choose(report.meta.year, pemda_of(report.meta))
    if choice is None:
        return None
    official = index(choice)
    matched: dict[tuple[Level, str, str | None], Match] = {}
    items = []
    for table in report.main_budgets():
        for item, parent in _with_parents(table.items, None):
            key = _key(item)
            if item.level not in LEVELS or not key[1] or key in matched:
                continue
            above = matched.get(_key(parent)) if parent is not None else None
            under = above.rows[0].code if above is not None and above.rows else None
            found = matched[key] = match(official, item.level.value, item.name, item.code,
                                         under)
            coded = code_level(item.code) == item.level.value
            items.append(Checked(item, found, coded,
                                 _issue(official, item, found) if coded else None))
    return Survey(choice, official, tuple(items))


def _issue(official: Official, item: BudgetItem, found: Match) -> CodeIssue | None:
    level = item.level.value
    if found.found is Found.EXACT:
        codes = [row.code for row in found.rows if row.level == level]
        return CodeIssue.OTHER_CODE if codes and edition_code(item.code) not in codes else None
    row = official.at_code(item.code, level)
    if row is None:
        return CodeIssue.ABSENT
    return None if row in found.rows else CodeIssue.OTHER_ITEM


def _key(item: BudgetItem) -> tuple[Level, str, str | None]:
    return item.level, fold(item.name).replace(" ", ""), edition_code(item.code)


def _with_parents(
    items: tuple[BudgetItem, ...], parent: BudgetItem | None
) -> Iterator[tuple[BudgetItem, BudgetItem | None]]:
    """Each item in document order with the item the table prints it under."""
    for item in items:
        yield item, parent
        yield from _with_parents(item.children, item)


def in_force(report: Report) -> Survey | None:
    """The survey when an edition governs the report's year. Against the nearest edition
    only a close name is told (NOM001): codes are renumbered between editions (the 900
    update moved whole kegiatan: Satpol PP's 1.05.02.2.01 begins at 0003 and lists old
    items under 0015-0016) and names dropped, so a code that differs or a name missing
    there says little about the edition the report did follow."""
    found = survey(report)
    return found if found is not None and found.choice.in_force else None


def edition_text(choice: Choice) -> Text:
    """The edition as the messages cite it, saying when it is only the nearest one."""
    label, year = choice.edition.label, choice.year
    if choice.in_force:
        return {"id": f"nomenklatur {label} (berlaku untuk tahun {year})",
                "en": f"the nomenclature {label} (in force for {year})"}
    why = ({"id": f"tidak ada edisi dalam data pemeriksa yang berlaku untuk tahun {year}",
            "en": f"no edition in the checker's data governs {year}"} if year is not None else
           {"id": "tahun laporan tidak diketahui", "en": "the report's year is unknown"})
    return {"id": f"nomenklatur {label} (edisi terdekat; {why['id']})",
            "en": f"the nomenclature {label} (the nearest edition; {why['en']})"}


def renumbering_note(found: Survey) -> Text:
    """Said of a code finding when many codes disagree (see :attr:`Survey.renumbered`)."""
    if not found.renumbered:
        return {"id": "", "en": ""}
    wrong, coded = found.disagreeing
    return {"id": f"; {wrong} dari {coded} kode di laporan ini tidak sesuai edisi ini, "
                  "mungkin laporan mengikuti penomoran edisi lain",
            "en": f"; {wrong} of the {coded} codes of this report disagree with this edition, "
                  "the report may follow another edition's numbering"}


def item_location(context: Context, item: BudgetItem) -> Location:
    return location(item.where, node=node_finder(context.graph, item.level.value)(item.name))


def same_row(item: BudgetItem, when: bool) -> frozenset[str]:
    """The finding on this very row that one of the row's findings folds into (the engine
    keys each finding by its line)."""
    return frozenset({f"line:{item.where.line}"}) if when and item.where.line else frozenset()


def code_meaning(official: Official, code: str, level: str) -> Text:
    """What the edition says of a printed code."""
    row = official.at_code(code, level)
    if row is None:
        return {"id": "tidak ada", "en": "does not exist"}
    return {"id": f"adalah '{row.name}'", "en": f"is '{row.name}'"}
