"""NOM004: a code the edition in force lacks, or gives to another item."""

from __future__ import annotations

from collections.abc import Iterator

from checker.context import Context
from checker.rule import Category, Severity, Violation, rule
from rules.nomenclature._match import Found
from rules.nomenclature._survey import (
    CODE_ISSUES,
    FIRST_YEAR,
    LEVELS,
    REGULATION,
    code_meaning,
    edition_text,
    in_force,
    item_location,
    renumbering_note,
    same_row,
)

__all__ = ["NOM004"]


@rule(
    code="NOM004",
    slug="nomenclature-code-unknown",
    fix={
        "id": "Gunakan kode dari edisi nomenklatur yang berlaku untuk tahun laporan.",
        "en": "Use a code from the nomenclature edition in force for the reporting year.",
    },
    title={"id": "Kode tidak ada dalam edisi yang berlaku",
           "en": "Code not in the edition in force"},
    category=Category.CONSISTENCY,
    severity=Severity.INFO,
    regulation=REGULATION,
    effective_from=FIRST_YEAR,
    knock_on_of=("NOM001",),
    message={
        "id": "Kode {code} ({level} '{name}') {meaning} dalam {edition}{note}.",
        "en": "Code {code} ({level} '{name}') {meaning} in {edition}{note}.",
    },
    rationale={
        "id": "Kode yang tidak ada dalam edisi yang berlaku, atau yang di sana milik item "
        "lain, biasanya berasal dari edisi sebelumnya; nama dan kode perlu disesuaikan.",
        "en": "A code the edition in force lacks, or gives to another item, usually comes "
        "from an earlier edition; the name and the code need updating.",
    },
)
def NOM004(context: Context) -> Iterator[Violation]:
    """The Kepmendagri updating Permendagri 90/2019 in force for the report's year fixes
    the codes; a code it lacks, or gives to an item other than the one named (when the
    name is not official either, else NOM003 tells it), is told."""
    found = in_force(context.report)
    if found is None:
        return
    for checked in found.items:
        if checked.issue in CODE_ISSUES:
            item, level = checked.item, checked.item.level.value
            coded = found.official.at_code(item.code, level)
            yield Violation(
                item_location(context, item),
                {"level": LEVELS[item.level], "name": item.name.strip(), "code": item.code,
                 "meaning": code_meaning(found.official, item.code or "", level),
                 "edition": edition_text(found.choice), "note": renumbering_note(found)},
                expected=coded.name if coded is not None else None,
                actual=item.code,
                causes=same_row(item, checked.match.found is Found.CLOSE),
            )
