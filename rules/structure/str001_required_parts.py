"""STR001: the parts Permenpan RB 53/2014 requires."""

from __future__ import annotations

from collections.abc import Iterator

from checker.context import Context
from checker.rule import Category, Severity, Violation, rule
from rules._structure_outline import PART_NAMES
from rules.structure._parts import CONTENT, REQUIRED, at, first_heading, heading_line, part_key

__all__ = ["STR001"]


@rule(
    code="STR001",
    slug="structure-required-parts",
    fix={
        "id": "Tambahkan bagian wajib ini sesuai sistematika LKjIP Permenpan RB 53/2014.",
        "en": "Add this required part, following the LKjIP outline of Permenpan RB 53/2014.",
    },
    title={"id": "Bagian wajib laporan kinerja tidak ada",
           "en": "Required part of the performance report is missing"},
    category=Category.STRUCTURE,
    severity=Severity.ERROR,
    regulation=CONTENT,
    message={
        "id": "Bagian wajib {part} tidak ditemukan dalam laporan{position}.",
        "en": "The required part {part} is not in the report{position}.",
    },
    rationale={
        "id": "Format laporan kinerja ditetapkan: Ikhtisar Eksekutif, Bab I Pendahuluan, Bab II "
        "Perencanaan Kinerja, Bab III Akuntabilitas Kinerja dan Bab IV Penutup. Bagian yang "
        "hilang berarti informasi yang diminta tidak disajikan.",
        "en": "The format of the performance report is set: Ikhtisar Eksekutif, Bab I "
        "Pendahuluan, Bab II Perencanaan Kinerja, Bab III Akuntabilitas Kinerja and Bab IV "
        "Penutup. A missing part means the information asked for is not given.",
    },
)
def STR001(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 sets the format of the Laporan Kinerja: Ikhtisar Eksekutif (also
    written Ringkasan Eksekutif), Bab I Pendahuluan, Bab II Perencanaan Kinerja, Bab III
    Akuntabilitas Kinerja and Bab IV Penutup.

    A structured report without an outline gives nothing to judge. A report read as text
    whose reader found no part at all is judged: every part is missing, so an unreadable
    outline never looks like a complete one."""
    report = context.report
    if not report.outline and report.format != "text":
        return
    present = {kind: first_heading(report, kind) for kind in REQUIRED}
    for index, kind in enumerate(REQUIRED):
        if present[kind] is not None:
            continue
        after = next((present[k] for k in REQUIRED[index + 1:] if present[k] is not None), None)
        before = next((present[k] for k in reversed(REQUIRED[:index]) if present[k] is not None),
                      None)
        if after is not None:
            name = PART_NAMES[after.kind]
            position = {"id": f"; seharusnya sebelum {name} (baris {heading_line(after)})",
                        "en": f"; it belongs before {name} (line {heading_line(after)})"}
            where = after.where.line
        elif before is not None:
            name = PART_NAMES[before.kind]
            position = {"id": f"; seharusnya sesudah {name} (baris {heading_line(before)})",
                        "en": f"; it belongs after {name} (line {heading_line(before)})"}
            where = before.where.line
        else:
            position, where = {"id": "", "en": ""}, None
        yield Violation(at(where), {"part": PART_NAMES[kind], "position": position},
                        expected=PART_NAMES[kind], keys=frozenset({part_key(kind)}))
