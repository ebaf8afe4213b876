"""The outline of a report as line spans, and its text as prose a rule may search.

Shared by the structure rules (STR) and the consistency rules that need to know
which lines belong to the Ikhtisar Eksekutif (CON005).

* A *part* is a top-level heading of Permenpan RB 53/2014 (Kata Pengantar, Daftar
  Isi, Ikhtisar Eksekutif, Bab I-IV, Lampiran, Pernyataan Telah Direviu). Its span
  runs from its heading to the line before the next part's heading (or the end of
  the text); sub-parts (Perjanjian Kinerja, Capaian Kinerja, Realisasi Anggaran,
  other headings) do not end a part.
* When the outline holds one kind twice (a converter may leave a Daftar Isi entry or
  a "Sistematika Penulisan" line that looks like ``BAB II``), the *main* heading of
  that kind is the one with the longest span among those standing in the regulation's
  order: the chapter itself, not its mention.
* *Prose* is what a reader of the document reads: every line of a text document;
  of a TOML report only the comment lines (``# ...``), since its other lines are
  data, not narrative; a JSON report has none.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from checker.model import Heading, Report
from rules._per_report import per_report

__all__ = [
    "PART_NAMES",
    "TOP_KINDS",
    "Span",
    "clean",
    "headings_in",
    "main_span",
    "prose",
    "prose_lines",
    "spans",
    "text_end",
]

TOP_KINDS = frozenset({
    "kata_pengantar", "daftar_isi", "ikhtisar_eksekutif", "bab_1", "bab_2", "bab_3",
    "bab_4", "lampiran", "pernyataan_reviu",
})

# How a message names each part; the regulation's own names serve both languages.
PART_NAMES = {
    "kata_pengantar": "Kata Pengantar",
    "daftar_isi": "Daftar Isi",
    "ikhtisar_eksekutif": "Ikhtisar Eksekutif",
    "bab_1": "Bab I (Pendahuluan)",
    "bab_2": "Bab II (Perencanaan Kinerja)",
    "bab_3": "Bab III (Akuntabilitas Kinerja)",
    "bab_4": "Bab IV (Penutup)",
    "lampiran": "Lampiran",
    "pernyataan_reviu": "Pernyataan Telah Direviu",
    "perjanjian_kinerja": "Perjanjian Kinerja",
    "capaian_kinerja": "Capaian Kinerja Organisasi",
    "realisasi_anggaran": "Realisasi Anggaran",
}

# The parts in the order Permenpan RB 53/2014 lists them.
_ORDER = ("ikhtisar_eksekutif", "bab_1", "bab_2", "bab_3", "bab_4", "lampiran")

_STRUCTURED = frozenset({"toml", "json"})
_MARKUP = re.compile(r"</?[a-zA-Z][^>]*>|\*\*|__|^\s{0,3}#{1,6}\s*|\$")
# The same where no tag can end (after a line's last ">"): there each "<a" of a long run
# would scan to the end of the line in vain (quadratic), so tags are not looked for.
_MARKUP_NO_TAGS = re.compile(r"\*\*|__|^\s{0,3}#{1,6}\s*|\$")
_MARKUP_MIDLINE = re.compile(r"\*\*|__|\$")
# Dotted leaders of a table of contents: three dots or more, spaced or not. The match
# starts at a dot: a leading ``\s*`` would be tried, and backtracked, at every space of a
# long blank run (quadratic); the spaces before the first dot are collapsed anyway.
_LEADERS = re.compile(r"\.(?:\s*\.){2,}|\u2026+")


@dataclass(frozen=True)
class Span:
    """A heading and the lines it governs (both ends inclusive, 1-based)."""

    heading: Heading
    start: int
    end: int

    def __contains__(self, line: object) -> bool:
        return isinstance(line, int) and self.start <= line <= self.end

    @property
    def label(self) -> str:
        return f"{self.start}\u2013{self.end}" if self.end > self.start else str(self.start)


def text_end(report: Report) -> int:
    """The last line of the document (at least the last line any heading names)."""
    known = [h.where.end_line or h.where.line or 0 for h in report.outline]
    return max([len(report.text), *known])


def spans(report: Report, kind: str) -> list[Span]:
    """Every heading of ``kind`` that has a line, with the lines it governs."""
    tops = sorted(h.where.line for h in report.outline
                  if h.kind in TOP_KINDS and h.where.line is not None)
    last = text_end(report)
    found = []
    for heading in report.outline:
        start = heading.where.line
        if heading.kind != kind or start is None:
            continue
        # The next top heading by bisection: a scan of ``tops`` per heading is quadratic
        # in a text of a hundred thousand chapter lines.
        following = bisect_right(tops, start)
        found.append(Span(heading, start, tops[following] - 1 if following < len(tops) else last))
    return found


def _bounds(report: Report) -> dict[str, tuple[int, int]]:
    """The first and last line of a heading of each kind of the regulation's order: read
    in one pass over the outline, not once per kind and heading."""
    bounds: dict[str, tuple[int, int]] = {}
    for heading in report.outline:
        line = heading.where.line
        if heading.kind in _ORDER and line is not None:
            first, last = bounds.get(heading.kind, (line, line))
            bounds[heading.kind] = (min(first, line), max(last, line))
    return bounds


def _in_order(bounds: dict[str, tuple[int, int]], kind: str, line: int) -> bool:
    """Whether a heading of ``kind`` on ``line`` stands where the regulation's order puts
    it: after a heading of every part before it and before one of every part after it. A
    chapter named in a list inside Bab I ("BAB IV : Penutup, berisi ...") stands before
    Bab II and Bab III, so it is the mention, not the chapter. ``bounds``: :func:`_bounds`."""
    if kind not in _ORDER:
        return True
    rank = _ORDER.index(kind)
    for other in _ORDER:
        if other not in bounds or other == kind:
            continue
        first, last = bounds[other]
        if _ORDER.index(other) < rank and first > line:
            return False
        if _ORDER.index(other) > rank and last < line:
            return False
    return True


def main_span(report: Report, kind: str) -> Span | None:
    """The span of the main heading of ``kind``: of those standing in the regulation's
    order (all of them when none does), the longest (the first of equals)."""
    # Asked some forty times per report, each reading the whole outline twice: the
    # answers are kept for the report, as its prose is.
    known = _known_spans(report)
    if kind not in known:
        known[kind] = _main_span(report, kind)
    return known[kind]


def _main_span(report: Report, kind: str) -> Span | None:
    found = spans(report, kind)
    bounds = _bounds(report) if found else {}
    fitting = [span for span in found if _in_order(bounds, kind, span.start)] or found
    return max(fitting, key=lambda span: span.end - span.start) if fitting else None


def headings_in(report: Report, span: Span, *kinds: str) -> list[Heading]:
    """Headings of ``kinds`` (any kind when none is given) inside ``span``, after its own."""
    return [
        h for h in report.outline
        if h.where.line is not None and span.start < h.where.line <= span.end
        and (not kinds or h.kind in kinds)
    ]


def prose(report: Report, number: int) -> str | None:
    """The narrative on line ``number`` (1-based), or ``None`` when it holds none."""
    if not 1 <= number <= len(report.text):
        return None
    raw = report.text[number - 1]
    if _is_data(report):
        stripped = raw.lstrip()
        if report.format != "toml" or not stripped.startswith("#"):
            return None
        raw = stripped.lstrip("#")
    return raw if raw.strip() else None


def prose_lines(report: Report, start: int, end: int) -> Iterator[tuple[int, str]]:
    """``(line, prose)`` for each line from ``start`` to ``end`` that holds prose."""
    lines = _all_prose(report)
    first = bisect_left(lines, start, key=_line_of)
    return iter(lines[first:bisect_right(lines, end, key=_line_of)])


def _line_of(pair: tuple[int, str]) -> int:
    return pair[0]


@per_report  # a dozen rules each read it, some of them part by part
def _all_prose(report: Report) -> tuple[tuple[int, str], ...]:
    """``(line, prose)`` of every line of ``report`` that holds prose, read once."""
    return _read_prose(report)


@per_report
def _known_spans(report: Report) -> dict[str, Span | None]:
    """The main spans of ``report`` found so far, by kind (:func:`main_span`)."""
    return {}


def _read_prose(report: Report) -> tuple[tuple[int, str], ...]:
    if _is_data(report):
        return tuple((number, text) for number in range(1, len(report.text) + 1)
                     if (text := prose(report, number)) is not None)
    # Every line that is not blank, as :func:`prose` reads a document's.
    return tuple((number, text) for number, text in enumerate(report.text, start=1)
                 if text and not text.isspace())


def _is_data(report: Report) -> bool:
    """Whether the report's lines are data (a TOML or JSON report not drawn from a
    document), whose prose is only its comment lines."""
    return report.format in _STRUCTURED and report.source is None


def _without_markup(text: str) -> str:
    """``text`` with its markup replaced by spaces (see :data:`_MARKUP`)."""
    if not _has_marks(text):
        return text  # most lines carry no markup: the test is far cheaper than the patterns
    tags_end = text.rfind(">") + 1
    if not tags_end:
        return _MARKUP_NO_TAGS.sub(" ", text)
    return _MARKUP.sub(" ", text[:tags_end]) + _MARKUP_MIDLINE.sub(" ", text[tags_end:])


def _has_marks(text: str) -> bool:
    """Whether ``text`` holds what each piece of markup of :data:`_MARKUP` holds: a line
    without any of them has none. Spelled out, as a generator cost twice as much."""
    return "<" in text or "**" in text or "__" in text or "#" in text or "$" in text


def clean(text: str) -> str:
    """A line as a reader sees it: no markup, no dotted leaders, single spaces."""
    text = _without_markup(text)
    if text.count(".") >= 3 or "\u2026" in text:  # what every leader holds
        text = _LEADERS.sub(" ", text)
    # ``split()`` cuts at each run of what ``\s`` matches and drops the ends: the same as
    # a single space for each run, stripped.
    return " ".join(text.split())
