"""STR003: Bab III's two parts, Capaian Kinerja and Realisasi Anggaran."""

from __future__ import annotations

from collections.abc import Iterator

from checker.context import Context
from checker.model import Report
from checker.rule import Category, Severity, Violation, rule
from rules._structure_outline import PART_NAMES, Span, headings_in, main_span
from rules.structure._parts import BAB3_PARTS, at, search_prose

__all__ = ["STR003"]


def _bab3_part(report: Report, bab3: Span, kind: str) -> bool:
    if headings_in(report, bab3, kind):
        return True
    if kind == "capaian_kinerja" and any(
        row.where.line in bab3 for table in report.achievements for row in table.rows
    ):
        return True
    if kind == "realisasi_anggaran" and any(
        table.kind == "realisasi" and table.where.line in bab3 for table in report.budgets
    ):
        return True
    return search_prose(report, bab3.start + 1, bab3.end, BAB3_PARTS[kind]) is not None


@rule(
    code="STR003",
    slug="structure-bab3-parts",
    fix={
        "id": "Tambahkan subbab Capaian Kinerja atau Realisasi Anggaran ke Bab III.",
        "en": "Add the Capaian Kinerja or Realisasi Anggaran section to Bab III.",
    },
    title={"id": "Bab III tidak memuat Capaian Kinerja atau Realisasi Anggaran",
           "en": "Bab III lacks Capaian Kinerja or Realisasi Anggaran"},
    category=Category.STRUCTURE,
    severity=Severity.ERROR,
    regulation="Permenpan RB 53/2014, Lampiran II (Bab III Akuntabilitas Kinerja: "
    "A. Capaian Kinerja Organisasi, B. Realisasi Anggaran)",
    message={
        "id": "Bab III (baris {span}) tidak memuat {part}: tidak ada judul, tabel atau "
        "uraian tentang {topic}.",
        "en": "Bab III (lines {span}) has no {part}: no heading, table or text about {topic}.",
    },
    rationale={
        "id": "Bab III menyajikan capaian kinerja organisasi untuk setiap sasaran strategis dan "
        "realisasi anggaran yang digunakan untuk mewujudkan kinerja sesuai Perjanjian Kinerja.",
        "en": "Bab III presents the organisation's achievement for each sasaran strategis and "
        "the budget spent to reach the performance agreed in the Perjanjian Kinerja.",
    },
)
def STR003(context: Context) -> Iterator[Violation]:
    """Bab III Akuntabilitas Kinerja has two parts: A. Capaian Kinerja Organisasi and
    B. Realisasi Anggaran, recognised by a heading of that kind inside Bab III, a capaian
    or realisasi table inside it, or their usual phrasing in its lines."""
    report = context.report
    bab3 = main_span(report, "bab_3")
    if bab3 is None:
        return  # STR001 reports a missing Bab III
    topics = {
        "capaian_kinerja": {"id": "capaian kinerja sasaran strategis",
                            "en": "the achievement of the sasaran strategis"},
        "realisasi_anggaran": {"id": "realisasi anggaran", "en": "budget realisation"},
    }
    for kind, topic in topics.items():
        if not _bab3_part(report, bab3, kind):
            yield Violation(at(bab3.start, bab3.end),
                            {"span": bab3.label, "part": PART_NAMES[kind], "topic": topic},
                            expected=PART_NAMES[kind])
