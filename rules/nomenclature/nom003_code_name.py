"""NOM003: an official name printed with a code that is not its own."""

from __future__ import annotations

from collections.abc import Iterator

from checker.context import Context
from checker.rule import Category, Severity, Violation, rule
from rules.nomenclature._match import printed_code
from rules.nomenclature._survey import (
    FIRST_YEAR,
    LEVELS,
    REGULATION,
    CodeIssue,
    code_meaning,
    edition_text,
    in_force,
    item_location,
    renumbering_note,
)

__all__ = ["NOM003"]


@rule(
    code="NOM003",
    slug="nomenclature-code-name",
    fix={
        "id": "Perbaiki kode atau nama agar sesuai pasangan kode-nama di nomenklatur.",
        "en": "Correct the code or the name so that they form a pair of the nomenclature.",
    },
    title={"id": "Kode tidak sesuai nama resmi", "en": "Code does not fit the official name"},
    category=Category.CONSISTENCY,
    severity=Severity.WARNING,
    regulation=REGULATION,
    effective_from=FIRST_YEAR,
    message={
        "id": "{level} '{name}' dicetak dengan kode {code}, sedangkan dalam {edition} nama "
        "ini berkode {official_code} (kode {code} di sana {meaning}){note}.",
        "en": "{level} '{name}' is printed with code {code}, while {edition} codes this "
        "name {official_code} (there, code {code} {meaning}){note}.",
    },
    rationale={
        "id": "Kode dan nama nomenklatur menunjuk satu program, kegiatan atau sub kegiatan; "
        "kode yang milik item lain membuat tabel anggaran tidak dapat ditelusuri ke DPA.",
        "en": "A code and a name of the nomenclature point at one program, kegiatan or sub "
        "kegiatan; a code that belongs to another item makes the budget table untraceable "
        "to the DPA.",
    },
)
def NOM003(context: Context) -> Iterator[Violation]:
    """Permendagri 90/2019 gives each program, kegiatan and sub kegiatan one code; a row
    whose name is exactly an official name but whose code is not that name's code (under
    the report's own bidang for the generic Program Penunjang X.XX.01) is told, where an
    edition governs the year: a warning for an isolated slip, an indication when so many
    codes disagree that the report likely follows another edition's numbering."""
    found = in_force(context.report)
    if found is None:
        return
    severity = Severity.INFO if found.renumbered else None
    for checked in found.items:
        if checked.issue is CodeIssue.OTHER_CODE:
            item, level = checked.item, checked.item.level.value
            official = printed_code(checked.match.rows[0].code, item.code)
            yield Violation(
                item_location(context, item),
                {"level": LEVELS[item.level], "name": item.name.strip(),
                 "code": item.code, "edition": edition_text(found.choice),
                 "official_code": official,
                 "meaning": code_meaning(found.official, item.code or "", level),
                 "note": renumbering_note(found)},
                expected=official,
                actual=item.code,
                severity=severity,
            )
