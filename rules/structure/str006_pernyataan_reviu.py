"""STR006: the Pernyataan Telah Direviu."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.context import Context
from checker.rule import Category, Severity, Violation, rule
from rules._structure_outline import PART_NAMES, TOP_KINDS, clean, main_span, prose_lines
from rules.structure._parts import at, heading_line

__all__ = ["STR006"]

_REVIU = re.compile(r"\btelah\s+di\s*reviu\b")


@rule(
    code="STR006",
    slug="structure-pernyataan-reviu",
    fix={
        "id": "Lampirkan Pernyataan Telah Direviu yang ditandatangani APIP.",
        "en": "Attach the Pernyataan Telah Direviu signed by the APIP.",
    },
    title={"id": "Tidak ada Pernyataan Telah Direviu", "en": "No Pernyataan Telah Direviu"},
    category=Category.STRUCTURE,
    severity=Severity.INFO,
    regulation="Permenpan RB 53/2014, Lampiran III (reviu: Pernyataan Telah Direviu)",
    message={
        "id": "Laporan tidak memuat Pernyataan Telah Direviu dari APIP (bagian yang ada: "
        "{parts}).",
        "en": "The report holds no Pernyataan Telah Direviu by the APIP (parts present: "
        "{parts}).",
    },
    rationale={
        "id": "Laporan kinerja direviu oleh APIP sebelum ditandatangani; pernyataan telah "
        "direviu dilampirkan sebagai bukti bahwa reviu dilaksanakan.",
        "en": "The performance report is reviewed by the APIP before it is signed; the "
        "statement that it was reviewed is attached as evidence of the review.",
    },
)
def STR006(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 has the APIP review the Laporan Kinerja and sign a Pernyataan
    Telah Direviu, which the report carries."""
    report = context.report
    if not report.outline or any(h.kind == "pernyataan_reviu" for h in report.outline):
        return
    contents = main_span(report, "daftar_isi")  # listing the statement is not making it
    # "reviu" stands whole in the raw line wherever it does in the cleaned one (cleaning
    # only puts spaces in), so the cheap test spares cleaning every other line.
    if any(_REVIU.search(clean(text).casefold()) for number, text
           in prose_lines(report, 1, len(report.text))
           if "reviu" in text.casefold() and number not in (contents or ())):
        return
    tops = [h for h in report.outline if h.kind in TOP_KINDS]
    parts = {
        "id": ", ".join(f"{PART_NAMES[h.kind]} baris {heading_line(h)}" for h in tops) or "-",
        "en": ", ".join(f"{PART_NAMES[h.kind]} line {heading_line(h)}" for h in tops) or "-",
    }
    # Pointed at the Lampiran, where the statement belongs, else at the last part.
    lampiran = next((h for h in report.outline if h.kind == "lampiran"), None)
    anchor = lampiran or (tops[-1] if tops else None)
    yield Violation(at(anchor.where.line if anchor else None), {"parts": parts},
                    expected="Pernyataan Telah Direviu")
