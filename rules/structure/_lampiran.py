"""Where a report's attachments are, and whether they hold the Perjanjian Kinerja.

Shared by STR005 (the PK is attached) and STR007 (a Daftar Isi entry for the Lampiran
or its PK points at something that is there).
"""

from __future__ import annotations

import re

from checker.model import Report
from rules._structure_outline import Span, clean, main_span, prose_lines, text_end

__all__ = ["attachments", "lampiran_has_pk"]

_PK_TITLE = re.compile(r"^(?:lampiran\s*\w*\W*)?perjanjian\s+kinerja\b")
_TITLE_WORDS = 12


def _is_pk_title(line: str) -> bool:
    """"PERJANJIAN KINERJA TAHUN 2024", "Lampiran 3. Perjanjian Kinerja": a title, not a
    sentence that happens to start with the words."""
    return bool(_PK_TITLE.match(line)) and len(line.split()) <= _TITLE_WORDS and not (
        line.endswith((".", ",", ";", ":")))


_BODY = ("ikhtisar_eksekutif", "bab_1", "bab_2", "bab_3", "bab_4")


def attachments(report: Report) -> tuple[Span | None, int | None, int | None]:
    """(the Lampiran heading's span, first, last line of the attachments). Without a
    Lampiran heading, what follows Bab IV's last heading may still be attachments."""
    span = main_span(report, "lampiran")
    last = text_end(report)
    if span is not None:
        body = [h.where.line for h in report.outline if h.kind in _BODY
                and h.where.line is not None and h.where.line > span.start]
        return span, span.start, (min(body) - 1) if body else last
    bab4 = main_span(report, "bab_4")
    return None, (bab4.start if bab4 is not None else None), last


def _pk_in(report: Report, start: int, end: int, titles: bool) -> int | None:
    """The first line from ``start`` to ``end`` holding the Perjanjian Kinerja: its
    heading, one of its rows, or (``titles``) a line titled "Perjanjian Kinerja"."""
    lines = [h.where.line for h in report.outline
             if h.kind == "perjanjian_kinerja" and h.where.line is not None
             and start <= h.where.line <= end]
    lines += [row.where.line for row in (*report.agreements, *report.agreement_programs)
              if row.where.line is not None and start <= row.where.line <= end]
    if titles:
        # "perjanjian" stands whole in the raw line wherever it does in the cleaned one
        # (cleaning only puts spaces in): the cheap test spares cleaning the others.
        lines += [number for number, text in prose_lines(report, start, end)
                  if "perjanjian" in text.casefold()
                  and _is_pk_title(clean(text).casefold())][:1]
    return min(lines) if lines else None


def lampiran_has_pk(report: Report) -> bool | None:
    """Whether the attachments hold the PK; ``None`` when there is nothing to judge."""
    span, start, end = attachments(report)
    if start is None or end is None:
        return None
    # After Bab IV without a Lampiran heading, only a heading or PK rows count: Bab IV's
    # own text may well mention the Perjanjian Kinerja.
    return _pk_in(report, start, end, titles=span is not None) is not None
