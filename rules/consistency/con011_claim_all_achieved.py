"""CON011: the narrative says every target was met while the capaian tables say otherwise.

A Penutup or an analysis often sums the year up in one sentence: "seluruh kegiatan telah
tercapai target capaian kinerja", "semua indikator kinerja sudah mencapai target". The
capaian tables hold the figures that sentence summarises; when one of them is below
100%, the sentence is not true, and a reader who stops at the conclusion is misled.

What counts as such a claim, read with care:

* a word for all (``seluruh``, ``semua``, ``keseluruhan``) and a word for met
  (``tercapai``, ``mencapai target``, ``terpenuhi``, ``berhasil dicapai``) in the same
  line of narrative, with a word saying it happened (``telah``, ``sudah``, ``berhasil``):
  a hope ("agar seluruh target dapat tercapai") or a plan is no claim;
* no word that limits it: ``belum``, ``tidak``, ``kecuali``, ``sebagian``, ``hampir``,
  ``namun``, ``agar``, ``supaya``, ``diharapkan``, ``akan``;
* about the whole report: a sentence that names one sasaran ("seluruh indikator sasaran
  1 tercapai") is left alone, since the rows of one sasaran cannot be told apart from
  the sentence alone.

Against it, every indicator row of the capaian tables whose printed capaian is a number
below 100. The printed capaian already takes the indicator's direction into account
(a negative indicator's capaian is computed the other way), so no polarity is needed
here; a capaian that is not a number (``N/A``) is the input rules' concern.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from checker.context import Context
from checker.model import AchievementRow, Report
from checker.numbers import format_percent
from checker.rule import Category, Location, Severity, Violation, rule
from rules._structure_outline import prose_lines

__all__ = ["CON011"]

_ALL = re.compile(r"\b(?:seluruh(?:nya)?|semua(?:nya)?|keseluruhan)\b")
_MET = re.compile(r"\b(?:tercapai|mencapai\s+target|terpenuhi|berhasil\s+dicapai)\b")
_DONE = re.compile(r"\b(?:telah|sudah|berhasil)\b")
_LIMITED = re.compile(
    r"\b(?:belum|tidak|tak|kecuali|sebagian|hampir|namun|agar|supaya|diharapkan|akan|"
    r"jika|apabila|bila|harus|perlu)\b")
_ONE_SASARAN = re.compile(r"\bsasaran\s+(?:ke[- ]?)?(?:\d+|satu|dua|tiga|empat|lima|"
                          r"pertama|kedua|ketiga|keempat|kelima)\b")
_ABOUT_TARGETS = re.compile(r"\b(?:target|indikator|sasaran|kegiatan|program|kinerja)\b")
_FULL = Decimal(100)
_SHOWN = 3


def _claims(report: Report) -> Iterator[int]:
    """The lines of narrative that claim every target was met."""
    for number, text in prose_lines(report, 1, len(report.text)):
        if "\t" in text or text.lstrip().startswith(("|", "<")):
            continue  # a table row: its cells are figures and labels, not a claim
        lowered = text.casefold()
        # Most lines say no "seluruh" nor "semua" (spacing is no matter here): a plain
        # test for the words skips them faster than the pattern that needs one.
        if ("seluruh" not in lowered and "semua" not in lowered) or not _ALL.search(lowered):
            continue
        folded = " ".join(lowered.split())
        if not (_MET.search(folded) and _DONE.search(folded)
                and _ABOUT_TARGETS.search(folded)):
            continue
        if _LIMITED.search(folded) or _ONE_SASARAN.search(folded):
            continue
        yield number


def _below_target(report: Report) -> list[AchievementRow]:
    """Indicator rows whose printed capaian is a number below 100%, one per indicator."""
    rows: dict[str, AchievementRow] = {}
    for table in report.achievements:
        for row in table.rows:
            capaian = row.capaian.value if row.capaian is not None else None
            if capaian is not None and capaian < _FULL:
                rows.setdefault(" ".join(row.indikator.casefold().split()), row)
    return list(rows.values())


def _shown(rows: list[AchievementRow]) -> str:
    listed = [f"{row.indikator} ({format_percent(row.capaian.value, row.capaian.decimals)})"
              for row in rows[:_SHOWN] if row.capaian is not None
              and row.capaian.value is not None]
    more = len(rows) - len(listed)
    return "; ".join(listed) + (f"; +{more}" if more > 0 else "")


@rule(
    code="CON011",
    slug="consistency-claim-all-achieved",
    title={"id": "Uraian menyatakan seluruh target tercapai, tabel capaian tidak",
           "en": "The text says every target was met; the capaian tables do not"},
    category=Category.CONSISTENCY,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran II (Bab III: capaian kinerja dan analisisnya; "
    "Bab IV: simpulan umum atas capaian kinerja)",
    message={
        "id": "Baris {line} menyatakan seluruh target tercapai, tetapi {count} indikator "
        "capaiannya di bawah 100%: {rows}.",
        "en": "Line {line} says every target was met, but {count} indicator(s) achieved "
        "less than 100%: {rows}.",
    },
    fix={
        "id": "Tulis simpulan sesuai tabel capaian: sebutkan indikator yang belum mencapai "
        "target, atau perbaiki angka capaian bila tabelnya yang keliru.",
        "en": "Write the conclusion to match the capaian tables: name the indicators that "
        "missed their target, or correct the capaian if the table is wrong.",
    },
    rationale={
        "id": "Simpulan dalam uraian merangkum angka pada tabel capaian. Kalimat bahwa "
        "seluruh target tercapai, padahal ada indikator dengan capaian di bawah 100%, "
        "menyesatkan pembaca yang hanya membaca simpulan. Kalimat yang dibatasi "
        "(\"belum seluruh\", \"kecuali\") atau hanya tentang satu sasaran tidak dinilai.",
        "en": "A conclusion in the text sums up the capaian tables. Saying every target "
        "was met while an indicator achieved less than 100% misleads a reader who reads "
        "only the conclusion. Limited sentences (\"belum seluruh\", \"kecuali\") and "
        "sentences about one sasaran are not judged.",
    },
)
def CON011(context: Context) -> Iterator[Violation]:
    """Bab IV (Penutup) "menguraikan simpulan umum atas capaian kinerja organisasi"
    (Permenpan RB 53/2014, Lampiran II): a conclusion that every target was met must
    agree with the capaian the report prints in Bab III."""
    report = context.report
    below = _below_target(report)
    if not below:
        return
    for number in _claims(report):
        yield Violation(
            Location(line=number),
            {"line": number, "count": len(below), "rows": _shown(below)},
            expected="capaian >= 100%",
            actual=_shown(below),
        )
