"""HYG007: a sasaran, indicator, program, kegiatan or sub kegiatan whose name is cut off.

A name copied from a spreadsheet cell that was too narrow, or typed over two cells of
which one was lost, ends mid-phrase: "Persentase desa yang", "Meningkatnya kualitas
pelayanan dan". Indonesian names of this kind never end on a conjunction or a
preposition, so the last word tells.

Read: the names the reader took from the tables (sasaran and indicators of the plan,
the PK, the IKU and the capaian tables; the items of the budget tables). The reader
joins a cell wrapped over two rows before this rule sees it, so a name split by the
converter is whole here. One finding per name and table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from checker.context import Context, location
from checker.model import BudgetItem, Provenance, Report
from checker.rule import Category, Severity, Violation, rule
from rules.hygiene._text import REVIEW

__all__ = ["HYG007"]

# The words no name ends on: conjunctions and prepositions (and "yang").
_CUT = re.compile(
    r"\b(?:dan|yang|atau|serta|dengan|di|ke|dari|untuk|pada|terhadap|dalam|bagi|oleh|"
    r"melalui|antara|sebagai|bahwa|karena|agar|maupun|tentang|sesuai)\s*[,;:/-]?\s*$",
    re.IGNORECASE)
_KINDS = {"sasaran": {"id": "Sasaran", "en": "Sasaran"},
          "indikator": {"id": "Indikator", "en": "Indicator"},
          "program": {"id": "Program", "en": "Program"},
          "kegiatan": {"id": "Kegiatan", "en": "Kegiatan"},
          "sub_kegiatan": {"id": "Sub kegiatan", "en": "Sub kegiatan"}}


class _Name(NamedTuple):
    kind: str
    name: str
    where: Provenance


def _names(report: Report) -> Iterator[_Name]:
    for sasaran in report.plan.sasaran:
        yield _Name("sasaran", sasaran.name, sasaran.where)
    for indikator in report.plan.indikator:
        yield _Name("indikator", indikator.name, indikator.where)
    for row in report.agreements:
        yield _Name("sasaran", row.sasaran, row.where)
        if row.indikator:
            yield _Name("indikator", row.indikator, row.where)
    for iku in report.iku:
        yield _Name("indikator", iku.indikator, iku.where)
    for table in report.achievements:
        for capaian in table.rows:
            yield _Name("indikator", capaian.indikator, capaian.where)
    for budget in report.budgets:
        if budget.kind == "belanja":
            continue  # belanja types are account names, not cascade items
        for item in budget.walk():
            yield _item(item)


def _item(item: BudgetItem) -> _Name:
    return _Name(item.level.value, item.name, item.where)


@rule(
    code="HYG007",
    slug="hygiene-cut-off-name",
    title={"id": "Nama terpotong", "en": "Name cut off"},
    category=Category.HYGIENE,
    severity=Severity.WARNING,
    regulation=REVIEW.format("keandalan data kinerja"),
    message={
        "id": "{kind} '{name}' terpotong: namanya berakhir dengan \"{last}\".",
        "en": "{kind} '{name}' is cut off: it ends on \"{last}\".",
    },
    fix={
        "id": "Lengkapi nama sesuai dokumen sumbernya (Renstra, PK, DPA).",
        "en": "Complete the name as its source document (Renstra, PK, DPA) prints it.",
    },
    rationale={
        "id": "Nama sasaran, indikator atau kegiatan yang berakhir dengan kata sambung atau "
        "kata depan (\"yang\", \"dan\", \"untuk\") terpotong saat disalin dari sel yang "
        "sempit; pembaca tidak tahu apa yang diukur atau dikerjakan.",
        "en": "A sasaran, indicator or kegiatan name ending on a conjunction or a "
        "preposition (\"yang\", \"dan\", \"untuk\") was cut when copied from a narrow cell; "
        "the reader cannot tell what is measured or done.",
    },
)
def HYG007(context: Context) -> Iterator[Violation]:
    """The reviu checks that the performance information is reliable and complete: each
    sasaran, indicator and item is named in full."""
    told: set[tuple[str, str | None]] = set()
    for kind, name, where in _names(context.report):
        text = " ".join(name.split())
        match = _CUT.search(text)
        if match is None or (text, where.table) in told:
            continue
        told.add((text, where.table))
        yield Violation(
            location(where),
            {"kind": _KINDS[kind], "name": text, "last": match.group().strip(" ,;:/-")},
            actual=text,
        )
