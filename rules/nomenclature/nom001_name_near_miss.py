"""NOM001: a name close to an official one, with the official name as a suggestion."""

from __future__ import annotations

from collections.abc import Iterator

from checker.context import Context
from checker.rule import Category, Severity, Violation, rule
from rules.nomenclature._match import Found, printed_code
from rules.nomenclature._survey import (
    FIRST_YEAR,
    LEVELS,
    REGULATION,
    edition_text,
    item_location,
    survey,
)

__all__ = ["NOM001"]


@rule(
    code="NOM001",
    slug="nomenclature-name-near-miss",
    fix={
        "id": "Tulis nama sesuai nomenklatur resmi (Kepmendagri seri 900) yang disarankan.",
        "en": "Write the name as the official nomenclature (Kepmendagri series 900) gives it.",
    },
    title={"id": "Nama tidak persis sama dengan nomenklatur",
           "en": "Name not exactly as in the nomenclature"},
    category=Category.CONSISTENCY,
    severity=Severity.INFO,
    regulation=REGULATION,
    effective_from=FIRST_YEAR,
    message={
        "id": "{level} '{name}' tidak persis sama dengan {edition}; {basis}: '{suggestion}' "
        "({official_code}).",
        "en": "{level} '{name}' is not exactly as in {edition}; {basis}: '{suggestion}' "
        "({official_code}).",
    },
    rationale={
        "id": "Program, kegiatan dan sub kegiatan dianggarkan dengan nama dan kode "
        "nomenklatur nasional; laporan kinerja yang menyalinnya dengan ejaan lain menyulitkan "
        "penelusuran ke DPA. Nama resmi terdekat disarankan untuk perbaikan.",
        "en": "Programs, kegiatan and sub kegiatan are budgeted under the names and codes of "
        "the national nomenclature; a performance report that copies them spelled otherwise "
        "is harder to trace to the DPA. The closest official name is suggested.",
    },
)
def NOM001(context: Context) -> Iterator[Violation]:
    """Permendagri 90/2019 gives every program, kegiatan and sub kegiatan one name in the
    nomenclature, updated by Kepmendagri; a name of the budget tables that is close to an
    official name but not the same (a misspelling, a shortening, an older wording) is
    told with the official name as the suggestion."""
    found = survey(context.report)
    if found is None:
        return
    for checked in found.named:
        if checked.match.found is Found.CLOSE:
            item, official = checked.item, checked.match.rows[0]
            basis = ({"id": f"nama resmi kode {item.code}", "en": f"official name of {item.code}"}
                     if checked.match.by_code else
                     {"id": "nama resmi terdekat", "en": "closest official name"})
            yield Violation(
                item_location(context, item),
                {"level": LEVELS[item.level], "name": item.name.strip(),
                 "edition": edition_text(found.choice), "basis": basis,
                 "suggestion": official.name, "official_code": printed_code(official.code,
                                                                            item.code)},
                expected=official.name,
                actual=item.name.strip(),
            )
