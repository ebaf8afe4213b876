"""CON013: a count and its percentage in the narrative do not agree.

The narrative often breaks a whole into parts with a count and its share: villages by
status, employees by rank, complaints by kind::

    - Desa Maju : 1 Desa (5,88%)
    - Desa Berkembang : 11 Desa (58,82%)
    - Desa Tertinggal : 5 Desa (35,29%)

or in one sentence, "11 desa berkembang (64,71%) dari 17 desa". The share is the count
over the whole; when it is not, either the count or the percentage was copied from
another year or miscounted, and the figure a reader remembers is wrong.

Two shapes are read, and nothing else:

* **one sentence** naming its whole, in one of the ways reports write it, the
  percentage standing right beside the part or the whole:

  - ``N <unit> (P%) dari M`` (``dari total M``, ``dari jumlah M``), or
    ``sebanyak N (P%) ... dari total M``;
  - ``N dari M <unit> (P%)`` ("3.214 dari 4.286 ASN (74,99%)");
  - ``Dari M <unit> ..., N <unit> (P%)`` at the start of a sentence, the part counted
    in the whole's unit ("Dari 2.874 layanan ..., 2.681 layanan (93,28%) ...");

  P must be N / M x 100. Counts may carry thousands separators (``3.214``). A figure
  with decimals is no count, a part larger than its whole is no share, and a "whole"
  that reads as a year ("dari 2022") is none. A percentage introduced by a word
  ("capaian 80%") or written loose ("atau 63,40% dari target 72,00%") may be a capaian
  against a target rather than the share, and is not read; nor is a whole introduced
  as a target ("12 desa dari target 15 desa");
* **a list**: two or more consecutive list lines ``<label> : N <unit> (P%)`` with the
  same unit word, whose percentages add up to 100 (within a point, the rounding of
  each): the whole is then the sum of the counts, and each P must be N / sum x 100.
  A list whose percentages do not add up to 100 may not be a whole broken into parts,
  and is left alone.

The percentage is compared as every capaian is (:meth:`Context.percent_mismatch`):
rounded or truncated to the decimals printed, within the configured tolerance.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from checker.context import Context
from checker.model import Number, Report
from checker.numbers import NumberFormatError, format_percent, parse_number
from checker.rule import Category, Location, Severity, Violation, rule
from rules._structure_outline import prose_lines

__all__ = ["CON013"]

# A count: plain digits or with thousands separators ("3.214"), never part of a
# figure with decimals ("1.284,65 km", "69,45").
_COUNT = r"(?<![\d.,])(?P<count>\d{1,3}(?:\.\d{3}){1,2}|\d{1,7})(?![.,]?\d)"
_WHOLE = r"(?<![\d.,])(?P<whole>\d{1,3}(?:\.\d{3}){1,2}|\d{1,7})(?![.,]?\d)"
_UNIT = r"(?P<unit>[a-z][a-z/-]{1,20})"
# A word qualifying a unit ("desa berkembang", "anak terlantar"): never one that brings
# in another figure the percentage could belong to.
_QUALIFIER = (r"(?!(?:target|capaian|realisasi|sebesar|atau|rata-rata|dari|terhadap|"
              r"dengan|sebanyak|naik|turun|menjadi)\b)[a-z][a-z/-]{1,20}")
_PERCENT = r"\(\s*(?P<percent>\d{1,3}(?:[.,]\d{1,4})?)\s*%\s*[),;]"
_OF_WHOLE = r"dari\s+(?:total\s+|jumlah\s+|keseluruhan\s+)?"
_SENTENCES = (
    # "11 desa berkembang (64,71%) dari 17 desa"
    re.compile(rf"\b{_COUNT}\s+{_UNIT}(?:\s+{_QUALIFIER}){{0,3}}\s*{_PERCENT}\s*"
               rf"(?:{_QUALIFIER}\s+){{0,3}}{_OF_WHOLE}{_WHOLE}"),
    # "sebanyak 45 (75,00%) pegawai dari total 60"
    re.compile(rf"\bsebanyak\s+{_COUNT}\s*{_PERCENT}\s*(?P<unit>{_QUALIFIER})"
               rf"(?:\s+{_QUALIFIER}){{0,2}}\s+{_OF_WHOLE}{_WHOLE}"),
    # "3.214 dari 4.286 ASN (74,99%)", "41.275 ton dari 62.236 ton sampah (66,32%)"
    re.compile(rf"{_COUNT}(?:\s+{_QUALIFIER})?\s+{_OF_WHOLE}{_WHOLE}\s+{_UNIT}"
               rf"(?:\s+{_QUALIFIER}){{0,4}}\s*{_PERCENT}"),
    # "Dari 2.874 layanan administrasi, 2.681 layanan (93,28%) selesai tepat waktu"
    re.compile(rf"(?:^|[.;:!?]\s)\W*{_OF_WHOLE}{_WHOLE}\s+(?P<unit>[a-z][a-z/-]{{1,20}})"
               rf"[^\d.;:()%]{{0,160}}?,\s*(?:sebanyak\s+)?{_COUNT}\s+(?P=unit)"
               rf"(?:\s+{_QUALIFIER}){{0,4}}\s*{_PERCENT}"),
)
_YEARS = range(1900, 2101)
_LIST_ITEM = re.compile(
    rf"^\s*(?:[-*\u2022]|\d{{1,2}}[.)]|[a-z][.)])?\s*[^:()\d]{{1,60}}?\s*[:=]\s*{_COUNT}\s+"
    rf"{_UNIT}\s*\(\s*(?P<percent>\d{{1,3}}(?:[.,]\d{{1,4}})?)\s*%\s*\)\s*[.;,]?\s*$")
_HUNDRED = Decimal(100)
_SUM_SLACK = Decimal(1)  # each share is rounded: a list of them adds up to 100 within this


class _Share(NamedTuple):
    """A count and the percentage printed for it, on one line."""

    line: int
    count: int
    unit: str
    percent: Number


def _percent(raw: str) -> Number | None:
    try:
        value = parse_number(raw)
    except (NumberFormatError, InvalidOperation):
        return None
    return Number(raw, value) if value is not None else None


def _folded(report: Report) -> list[tuple[int, str]]:
    """Lines of narrative, case-folded with single spaces (table rows left out). A line
    without a percent sign holds no share: it is given empty, unfolded."""
    return [(number, " ".join(text.casefold().split()) if "%" in text else "")
            for number, text in prose_lines(report, 1, len(report.text))
            if "\t" not in text and not text.lstrip().startswith(("|", "<"))]


def _count(raw: str) -> int:
    """A count as printed, its thousands separators dropped ("3.214" -> 3214)."""
    return int(raw.replace(".", ""))


def _is_share(count: int, whole: int, raw_whole: str) -> bool:
    """A part of a whole: no larger than it, and the whole no year ("dari 2022")."""
    is_year = "." not in raw_whole and whole in _YEARS
    return whole > 0 and count <= whole and not is_year


def _in_sentences(folded: list[tuple[int, str]]) -> Iterator[tuple[_Share, int]]:
    """Shares that name their whole in the same sentence: (share, whole), once each
    even when two of the shapes read it (``folded``: :func:`_folded`)."""
    for number, text in folded:
        if "dari" not in text:
            continue  # every shape names its whole with "dari" (and needs a "%")
        seen: set[tuple[int, int, str]] = set()
        for pattern in _SENTENCES:
            for match in pattern.finditer(text):
                percent = _percent(match["percent"])
                if percent is None:
                    continue
                count, whole = _count(match["count"]), _count(match["whole"])
                key = (count, whole, percent.raw)
                if key in seen or not _is_share(count, whole, match["whole"]):
                    continue
                seen.add(key)
                yield _Share(number, count, match["unit"], percent), whole


def _lists(folded: list[tuple[int, str]]) -> Iterator[list[_Share]]:
    """Runs of consecutive list lines with a count, a unit and a share (blank lines
    between items allowed; ``folded``: :func:`_folded`)."""
    run: list[_Share] = []
    last = 0
    for number, text in folded:
        # A line without "%" (given empty) is no list item: not worth the pattern.
        match = _LIST_ITEM.match(text) if text else None
        percent = _percent(match["percent"]) if match else None
        if match is None or percent is None:
            if len(run) >= 2:
                yield run
            run = []
            continue
        share = _Share(number, _count(match["count"]), match["unit"], percent)
        if run and (number - last > 2 or share.unit != run[0].unit):
            if len(run) >= 2:
                yield run
            run = []
        run.append(share)
        last = number
    if len(run) >= 2:
        yield run


def _in_lists(folded: list[tuple[int, str]]) -> Iterator[tuple[_Share, int]]:
    """Shares of a list whose percentages add up to 100: (share, sum of the counts)."""
    for run in _lists(folded):
        total = sum(share.count for share in run)
        printed = sum(share.percent.value or 0 for share in run)
        if total > 0 and abs(printed - _HUNDRED) <= _SUM_SLACK:
            for share in run:
                yield share, total


def _shown(count: int) -> dict[str, str]:
    """A count as each language groups its thousands: "3.214", "3,214"."""
    grouped = f"{count:,}"
    return {"id": grouped.replace(",", "."), "en": grouped}


@rule(
    code="CON013",
    slug="consistency-narrative-shares",
    title={"id": "Jumlah dan persentase dalam uraian tidak sesuai",
           "en": "A count and its percentage in the text disagree"},
    category=Category.CONSISTENCY,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran II (Bab III: analisis capaian kinerja)",
    message={
        "id": "{count} {unit} dari {whole} adalah {computed}, bukan {stated} seperti tertulis.",
        "en": "{count} {unit} out of {whole} is {computed}, not {stated} as printed.",
    },
    fix={
        "id": "Hitung ulang persentase dari jumlah bagian dan jumlah keseluruhan, atau "
        "perbaiki jumlah yang salah tulis.",
        "en": "Recompute each share from the part's count and the whole, or correct the "
        "count that was mistyped.",
    },
    rationale={
        "id": "Persentase bagian dari keseluruhan (desa menurut status, pegawai menurut "
        "golongan) adalah jumlah bagian dibagi jumlah keseluruhan. Persentase yang tidak "
        "sesuai menandakan jumlah atau persentase disalin dari tahun lain atau salah hitung. "
        "Daftar dinilai hanya bila persentasenya berjumlah 100%.",
        "en": "The share of a part (villages by status, employees by rank) is its count "
        "over the whole. A share that does not match shows a count or a percentage copied "
        "from another year or miscounted. A list is judged only when its shares add up "
        "to 100%.",
    },
)
def CON013(context: Context) -> Iterator[Violation]:
    """Bab III analyses the capaian with the data behind it (Permenpan RB 53/2014,
    Lampiran II); a share the narrative prints must be the count over the whole it
    names."""
    folded = _folded(context.report)  # read once for both shapes
    for share, whole in (*_in_sentences(folded), *_in_lists(folded)):
        computed = Decimal(share.count) * _HUNDRED / Decimal(whole)
        if not context.percent_mismatch(share.percent, computed):
            continue
        shown = format_percent(computed, max(share.percent.decimals, 2))
        yield Violation(
            Location(line=share.line),
            {"count": _shown(share.count), "unit": share.unit, "whole": _shown(whole),
             "computed": shown,
             "stated": f"{share.percent.raw}%"},
            expected=shown,
            actual=f"{share.percent.raw}%",
        )
