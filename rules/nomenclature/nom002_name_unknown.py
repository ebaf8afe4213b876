"""NOM002: a name like no official name of the edition in force."""

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
    edition_text,
    in_force,
    item_location,
    same_row,
)

__all__ = ["NOM002"]


@rule(
    code="NOM002",
    slug="nomenclature-name-unknown",
    fix={
        "id": "Periksa nama di nomenklatur Kepmendagri yang berlaku dan gunakan nama resminya.",
        "en": "Look the name up in the Kepmendagri nomenclature in force and use its official "
              "name.",
    },
    title={"id": "Nama tidak ada dalam nomenklatur", "en": "Name not in the nomenclature"},
    category=Category.CONSISTENCY,
    severity=Severity.INFO,
    regulation=REGULATION,
    effective_from=FIRST_YEAR,
    knock_on_of=("NOM004",),
    message={
        "id": "{level} '{name}' tidak ditemukan dalam {edition}, dan tidak ada nama resmi "
        "yang mirip.",
        "en": "{level} '{name}' is not in {edition}, and no official name is close to it.",
    },
    rationale={
        "id": "Nama yang tidak mirip nama resmi mana pun bisa berasal dari edisi lain, "
        "nomenklatur daerah, atau salah baca; pemeriksa mencocokkannya dengan DPA.",
        "en": "A name like no official name may come from another edition, a regional "
        "list, or a misreading; the reviewer holds it against the DPA.",
    },
)
def NOM002(context: Context) -> Iterator[Violation]:
    """Permendagri 90/2019 lists every program, kegiatan and sub kegiatan a pemda may
    budget; a name of the budget tables that is like none of them in the edition in force
    is told, without a suggestion, since the closest official name would be another item.
    Not against the nearest edition: there it mostly shows an item renamed or dropped
    between editions, and there is no official name to quote."""
    found = in_force(context.report)
    if found is None:
        return
    for checked in found.named:
        if checked.match.found is Found.UNKNOWN:
            item = checked.item
            yield Violation(
                item_location(context, item),
                {"level": LEVELS[item.level], "name": item.name.strip(),
                 "edition": edition_text(found.choice)},
                actual=item.name.strip(),
                causes=same_row(item, checked.issue in CODE_ISSUES),
            )
