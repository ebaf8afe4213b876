"""STR005: the Perjanjian Kinerja in the Lampiran."""

from __future__ import annotations

from collections.abc import Iterator

from checker.context import Context
from checker.rule import Category, Severity, Violation, rule
from rules.structure._lampiran import attachments, lampiran_has_pk
from rules.structure._parts import LAMPIRAN_PK, at, part_key

__all__ = ["STR005"]


@rule(
    code="STR005",
    slug="structure-lampiran-pk",
    fix={
        "id": "Lampirkan Perjanjian Kinerja yang telah ditandatangani.",
        "en": "Attach the signed Perjanjian Kinerja.",
    },
    title={"id": "Lampiran tidak memuat Perjanjian Kinerja",
           "en": "The Lampiran does not hold the Perjanjian Kinerja"},
    category=Category.STRUCTURE,
    severity=Severity.ERROR,
    regulation="Permenpan RB 53/2014, Lampiran II (Lampiran: Perjanjian Kinerja)",
    message={
        "id": "{where}, padahal Perjanjian Kinerja yang ditandatangani harus dilampirkan.",
        "en": "{where}, but the signed Perjanjian Kinerja must be attached.",
    },
    rationale={
        "id": "Laporan kinerja mempertanggungjawabkan Perjanjian Kinerja; dokumen PK yang "
        "ditandatangani dilampirkan agar target yang diukur dapat dicocokkan.",
        "en": "The performance report accounts for the Perjanjian Kinerja; the signed PK is "
        "attached so the targets measured can be checked against it.",
    },
)
def STR005(context: Context) -> Iterator[Violation]:
    """The Lampiran of the Laporan Kinerja holds at least the Perjanjian Kinerja: a heading
    of that kind, PK rows, or a line titled "Perjanjian Kinerja" after the Lampiran
    heading; without a Lampiran heading, a PK heading or PK rows after Bab IV."""
    report = context.report
    if not report.outline:
        return
    span, start, end = attachments(report)
    if start is None or lampiran_has_pk(report) is not False:
        return
    if span is not None:
        place = {"id": f"Lampiran (baris {span.start}\u2013{end}) tidak memuat Perjanjian "
                       "Kinerja",
                 "en": f"The Lampiran (lines {span.start}\u2013{end}) does not hold the "
                       "Perjanjian Kinerja"}
        yield Violation(at(span.start, end), {"where": place}, expected="Perjanjian Kinerja",
                        keys=frozenset({part_key(LAMPIRAN_PK)}))
    else:
        place = {"id": f"Laporan tidak memiliki Lampiran dan tidak ada Perjanjian Kinerja "
                       f"sesudah Bab IV (baris {start})",
                 "en": f"The report has no Lampiran and no Perjanjian Kinerja after Bab IV "
                       f"(line {start})"}
        yield Violation(at(start), {"where": place}, expected="Perjanjian Kinerja",
                        keys=frozenset({part_key("lampiran"), part_key(LAMPIRAN_PK)}))
