"""lkjip-timeliness: an example third-party rule pack for lkjip.

One rule, TML001: the LKjIP is signed within its submission window, after the
reporting year has ended and no later than the deadline. It shows what a pack can
bring of its own, all through ``checker.sdk``:

- a category (``timeliness``, "Ketepatan waktu" / "Timeliness"), which the reports
  print as a heading and ``select``/``ignore`` take like a built-in one;
- an option, ``due-months``, set in ``[tool.lkjip.rules.timeliness]`` (or
  ``[rules.timeliness]`` in an ``lkjip.toml``) and checked before any rule runs;
- a period in force: reports for 2014 onwards (Perpres 29/2014).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.sdk import (
    Category,
    Context,
    Location,
    Option,
    Report,
    Rule,
    Severity,
    Violation,
    hookimpl,
    location,
    rule,
)

__all__ = ["DUE_MONTHS", "TIMELINESS", "TML001", "lkjip_rules", "signed_month"]

TIMELINESS = Category("timeliness", {"id": "Ketepatan waktu", "en": "Timeliness"})

DUE_MONTHS = Option(
    pack="timeliness",
    name="due-months",
    kind=int,
    default=2,
    minimum=1,
    maximum=12,
    help={
        "id": "Batas penyampaian, dalam bulan setelah tahun pelaporan berakhir (2 untuk "
              "perangkat daerah; pedoman daerah dapat menetapkan lain).",
        "en": "The deadline, in months after the reporting year ends (2 for a perangkat "
              "daerah; a region's own guideline may set another).",
    },
)

_MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "maret": 3,
    "mar": 3, "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12,
}
_MONTH_NAMES = {
    "id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-\d{1,2}\b")
_NUMERIC = re.compile(r"\b\d{1,2}[-/.](\d{1,2})[-/.](\d{4})\b")
_WORDS = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{4})\b")


def signed_month(text: str) -> tuple[int, int] | None:
    """(year, month) of a signing date as reports print it: ``2025-02-17``,
    ``17/02/2025``, ``25 Februari 2022``, ``Januari 2023``; ``None`` if none is there."""
    iso = _ISO.search(text)
    numeric = _NUMERIC.search(text)
    words = next((found for found in _WORDS.finditer(text)
                  if found.group(1).lower() in _MONTHS), None)
    if iso:
        year, month = int(iso.group(1)), int(iso.group(2))
    elif numeric:
        year, month = int(numeric.group(2)), int(numeric.group(1))
    elif words:
        year, month = int(words.group(2)), _MONTHS[words.group(1).lower()]
    else:
        return None
    return (year, month) if 1 <= month <= 12 else None


def _signature_line(report: Report, signed: str) -> int | None:
    """The first line that prints the signing date (the report's lines)."""
    return next((number for number, line in enumerate(report.text, start=1) if signed in line),
                None)


@rule(
    code="TML001",
    slug="timeliness-signed-in-window",
    title={"id": "Laporan tidak ditandatangani dalam masa penyampaian",
           "en": "Report not signed within its submission window"},
    category=TIMELINESS,
    severity=Severity.WARNING,
    regulation="Perpres 29/2014 tentang SAKIP (penyampaian Laporan Kinerja)",
    message={
        "id": "Laporan kinerja tahun {year} ditandatangani {signed}, {problem}; laporan ini "
              "disampaikan paling lambat akhir {deadline}.",
        "en": "The {year} performance report is signed {signed}, {problem}; it is due by the "
              "end of {deadline}.",
    },
    rationale={
        "id": "Laporan Kinerja disampaikan setelah tahun anggaran berakhir dan paling lambat "
              "dua bulan sesudahnya. Tanggal tanda tangan sebelum tahun pelaporan berakhir "
              "biasanya sisa salinan laporan tahun lalu; tanggal sesudah batas menandakan "
              "laporan terlambat.",
        "en": "The performance report is submitted after the budget year ends and at the "
              "latest two months later. A signing date before the reporting year ended is "
              "usually left over from last year's report; a date past the deadline means the "
              "report is late.",
    },
    effective_from=2014,
    options=(DUE_MONTHS,),
)
def TML001(context: Context) -> Iterator[Violation]:
    """Perpres 29/2014: the performance report of a perangkat daerah is submitted at the
    latest two months after the budget year ends (``due-months`` sets another deadline)."""
    meta = context.report.meta
    signed = signed_month(meta.signed_date or "")
    if meta.year is None or signed is None or meta.signed_date is None:
        return
    due = context.option(DUE_MONTHS)
    first, last = (meta.year + 1, 1), (meta.year + 1, due)
    if first <= signed <= last:
        return
    if signed < first:
        problem = {"id": f"sebelum tahun {meta.year} berakhir", "en": f"before {meta.year} ended"}
    else:
        problem = {"id": "setelah batas penyampaian", "en": "after the deadline"}
    deadline = {lang: f"{names[due - 1]} {meta.year + 1}" for lang, names in _MONTH_NAMES.items()}
    line = _signature_line(context.report, meta.signed_date)
    yield Violation(
        location(meta.where) if line is None else Location(line=line),
        {"year": meta.year, "signed": meta.signed_date, "problem": problem, "deadline": deadline},
        expected=f"{first[0]}-{first[1]:02d}..{last[0]}-{last[1]:02d}",
        actual=meta.signed_date,
    )


@hookimpl
def lkjip_rules() -> list[Rule]:
    return [TML001]
