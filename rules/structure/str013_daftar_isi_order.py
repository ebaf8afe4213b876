"""STR013: headings printed in another order than the Daftar Isi lists them.

A chapter or a section moved while the report was put together, or a Daftar Isi copied
from another report, lists the parts in one order while the body prints them in another:
the Daftar Isi lists Bab II before Bab III and the body prints Bab III first, or lists
"2.2 Indikator Kinerja Utama" before "2.3 Perjanjian Kinerja" and the chapter prints
the Perjanjian Kinerja first. A reader following the Daftar Isi looks in the wrong place.

Compared, as STR007 and STR008 read the Daftar Isi and the outline:

* only what is listed after the Daftar Isi's own entry and printed after the Daftar Isi:
  front matter printed before it (the Kata Pengantar) is where every report puts it,
  and front matter listed before the Daftar Isi but printed after it (an Ikhtisar
  Eksekutif after the Daftar Isi) is a habit of layout, not a misplaced part;
* the parts (Kata Pengantar, Ikhtisar Eksekutif, Bab I to IV, Lampiran, Pernyataan
  Telah Direviu) by the main heading of their kind, among themselves;
* the numbered sections listed under a part ("2.1 ...", "A. ...", and the attachments
  "Lampiran 1. ..." under the Lampiran), among themselves, each with a heading of the
  same title inside that part's span (numbers, page numbers, leaders and case aside;
  failing that, a title alike). A section found nowhere in its part is not judged:
  whether it is missing, retitled or printed under another part is no order.

The headings out of order are those outside the longest run that keeps the Daftar Isi's
order, so one misplaced heading makes one finding, not one for every heading after it.
A part that also breaks the regulation's order is STR002's finding; this one folds into it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from checker.context import Context
from checker.model import Heading, Report
from checker.rule import Category, Severity, Text, Violation, rule
from rules._structure_outline import Span, clean, headings_in, main_span
from rules.structure._daftar_isi import groups, number_and_letters, same_title
from rules.structure._daftar_isi import listed as listed_entries
from rules.structure._parts import ORDERED, at

__all__ = ["STR013"]

# Fewer letters than this name no section ("A. B"): a prefix of too many titles.
_MIN_LETTERS = 4
# A heading shorter than this (in letters) is no beginning of an entry's title: "Sasaran"
# begins many titles, "Perjanjian Kinerja Tahun" names one part.
_MIN_PREFIX = 20
# Titles alike (not the same letters) are looked for while a chapter's entries times
# its headings stay within this many pairs (a report has a few hundred): beyond, in a
# chapter no reader pages through by its Daftar Isi, the work would grow with its square.
_LIKENESS_PAIRS = 50_000


@dataclass(frozen=True)
class _Entry:
    """A Daftar Isi entry (its line and title) and the heading it names in the body."""

    line: int
    title: str
    heading: Heading

    @property
    def printed(self) -> int:
        return self.heading.where.line or 0


@dataclass(frozen=True)
class _Chapter:
    """A part listed in the Daftar Isi, with the sections listed under it."""

    entry: _Entry
    span: Span
    sections: tuple[tuple[int, str], ...]


def _chapters(report: Report, listed: Sequence[tuple[int, str, str | None]],
              after: int) -> list[_Chapter]:
    """The parts listed, each with its sections, whose main heading is printed after
    line ``after``; the first entry of each kind only."""
    chapters: list[_Chapter] = []
    seen: set[str] = set()
    for (number, title, kind), sections in groups(listed):
        span = None if kind in seen else main_span(report, kind)
        seen.add(kind)
        if span is not None and span.start > after:
            chapters.append(_Chapter(_Entry(number, title, span.heading), span,
                                     tuple(sections)))
    return chapters


def _alike(listed: str, printed: str) -> bool:
    """Two titles (as letters) alike: as STR008 judges an entry and its heading, or the
    heading is the beginning of a longer entry ("Lampiran 3. Perjanjian Kinerja Tahun
    2024 dan Perjanjian Kinerja Perubahan" for the attachment titled "PERJANJIAN KINERJA
    TAHUN 2024"), when it is long enough to name one part only."""
    return same_title(listed, printed) or (
        len(printed) >= _MIN_PREFIX and listed.startswith(printed))


class _Headings:
    """The headings of a chapter that section entries may name, each named once.

    An entry names the first heading not yet named with the same letters (a heading
    that also carries the entry's number first: a caption or a list item repeating a
    section's title is not the section); failing that, once every entry had its turn,
    the first one alike (:func:`_alike`), while the pairs compared stay within
    :data:`_LIKENESS_PAIRS`."""

    def __init__(self, headings: Sequence[Heading], entries: int) -> None:
        self._headings = headings
        keys = [number_and_letters(h.text) for h in headings]
        self._letters = [letters for _, letters in keys]
        self._numbered: dict[tuple[str, str], deque[int]] = {}
        self._same: dict[str, deque[int]] = {}
        for index, key in enumerate(keys):
            self._numbered.setdefault(key, deque()).append(index)
            self._same.setdefault(key[1], deque()).append(index)
        self._used: set[int] = set()
        self._alike = len(headings) * entries <= _LIKENESS_PAIRS

    def _first_free(self, queue: deque[int] | None) -> int | None:
        """The first index of ``queue`` not named yet (named ones are dropped)."""
        while queue and queue[0] in self._used:
            queue.popleft()
        return queue[0] if queue else None

    def _taken(self, index: int | None) -> Heading | None:
        if index is None:
            return None
        self._used.add(index)
        return self._headings[index]

    def take_same(self, title: str) -> Heading | None:
        """The heading ``title`` names by the same letters, if any."""
        number, letters = number_and_letters(title)
        if len(letters) < _MIN_LETTERS:
            return None
        found = self._first_free(self._numbered.get((number, letters)))
        return self._taken(found if found is not None
                           else self._first_free(self._same.get(letters)))

    def take_alike(self, title: str) -> Heading | None:
        """The heading ``title`` names by a title alike, if any (and looked for)."""
        _, letters = number_and_letters(title)
        if len(letters) < _MIN_LETTERS or not self._alike:
            return None
        return self._taken(next((i for i, printed in enumerate(self._letters)
                                 if i not in self._used and _alike(letters, printed)), None))


def _sections(report: Report, chapter: _Chapter) -> list[_Entry]:
    """The sections listed under ``chapter`` with the heading each names inside its
    span: by the same title first, then, for the entries left, by a title alike."""
    headings = _Headings([h for h in headings_in(report, chapter.span) if h.level >= 2],
                         len(chapter.sections))
    named = {number: heading for number, title in chapter.sections
             if (heading := headings.take_same(title)) is not None}
    named |= {number: heading for number, title in chapter.sections if number not in named
              and (heading := headings.take_alike(title)) is not None}
    return [_Entry(number, title, named[number]) for number, title in chapter.sections
            if number in named]


def _longest_in_order(positions: Sequence[int]) -> set[int]:
    """Indexes of the longest subsequence of ``positions`` that increases, chosen as
    STR002 chooses (of equal runs the one ending first, each step on the earliest
    index), so that a part both rules find out of place is the same part; in
    O(n log n) (patience sorting) for a Daftar Isi of any length.

    ``piles[k]`` holds, in index order, the indexes whose longest run ending there has
    k + 1 items; their positions never increase, so the earliest one below a position
    is found by bisection."""
    piles: list[list[int]] = []
    tails: list[int] = []  # the lowest position of each pile: increasing
    before: dict[int, int] = {}
    for index, position in enumerate(positions):
        length = bisect_left(tails, position)
        if length:
            pile = piles[length - 1]
            below = bisect_right(pile, -position, key=lambda i: -positions[i])
            before[index] = pile[below]
        if length == len(piles):
            piles.append([index])
            tails.append(position)
        else:
            piles[length].append(index)
            tails[length] = position
    run: set[int] = set()
    index = piles[-1][0] if piles else None
    while index is not None:
        run.add(index)
        index = before.get(index)
    return run


def _placement(previous: _Entry | None, following: _Entry | None) -> Text:
    """Where the Daftar Isi puts an entry: after ``previous``, before ``following``."""
    parts_id, parts_en = [], []
    if previous is not None:
        parts_id.append(f"sesudah '{previous.title}' (dicetak pada baris {previous.printed})")
        parts_en.append(f"after '{previous.title}' (printed on line {previous.printed})")
    if following is not None:
        parts_id.append(f"sebelum '{following.title}' (dicetak pada baris "
                        f"{following.printed})")
        parts_en.append(f"before '{following.title}' (printed on line {following.printed})")
    return {"id": " dan ".join(parts_id), "en": " and ".join(parts_en)}


def _out_of_order(entries: Sequence[_Entry], first: _Entry | None = None
                  ) -> Iterator[tuple[_Entry, Text]]:
    """The entries printed out of the listed order, with where the list puts them;
    ``first`` (a chapter's own heading) stands before entries with no kept one before."""
    keep = sorted(_longest_in_order([entry.printed for entry in entries]))
    for index, entry in enumerate(entries):
        place = bisect_left(keep, index)
        if place < len(keep) and keep[place] == index:
            continue
        previous = entries[keep[place - 1]] if place else first
        following = entries[keep[place]] if place < len(keep) else None
        yield entry, _placement(previous, following)


def _violation(entry: _Entry, placement: Text, causes: frozenset[str]) -> Violation:
    heading = " ".join(clean(entry.heading.text).split())
    return Violation(
        at(entry.printed),
        {"heading": heading, "line": entry.printed, "entry_line": entry.line,
         "placement": placement},
        expected=placement,
        actual={"id": f"dicetak pada baris {entry.printed}",
                "en": f"printed on line {entry.printed}"},
        causes=causes,
    )


@rule(
    code="STR013",
    slug="structure-daftar-isi-order",
    title={"id": "Urutan judul berbeda dari Daftar Isi",
           "en": "Headings printed in another order than the Daftar Isi"},
    category=Category.STRUCTURE,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran II (Format Laporan Kinerja: Daftar Isi)",
    # A part out of the regulation's order is STR002's finding; the same part out of
    # the Daftar Isi's order (listed in the regulation's order) folds into it.
    knock_on_of=("STR002",),
    message={
        "id": "'{heading}' (baris {line}) tidak dicetak sesuai urutan Daftar Isi: "
        "Daftar Isi (baris {entry_line}) mencantumkannya {placement}.",
        "en": "'{heading}' (line {line}) is not printed in the order of the Daftar Isi: "
        "the Daftar Isi (line {entry_line}) lists it {placement}.",
    },
    fix={
        "id": "Pindahkan bagian itu ke tempat yang dicantumkan Daftar Isi, atau perbarui "
        "Daftar Isi menurut urutan bagian di badan laporan.",
        "en": "Move the part to where the Daftar Isi lists it, or update the Daftar Isi "
        "to the order of the body.",
    },
    rationale={
        "id": "Daftar Isi menunjukkan kepada pembaca di mana setiap bagian berada. Bila "
        "urutan bab atau subbab di badan laporan berbeda dari Daftar Isi, pembaca mencari "
        "di tempat yang salah, dan perbedaan itu menandakan bagian yang dipindahkan atau "
        "Daftar Isi yang disalin dari laporan lain.",
        "en": "The Daftar Isi shows readers where each part is. When the chapters or "
        "sections of the body come in another order than it lists, readers look in the "
        "wrong place, and the difference shows a part moved or a Daftar Isi copied from "
        "another report.",
    },
)
def STR013(context: Context) -> Iterator[Violation]:
    """The Daftar Isi lists the parts of the report (Permenpan RB 53/2014, Lampiran II,
    Format Laporan Kinerja); the chapters and sections must come in the body in the order
    it lists them."""
    report = context.report
    listed = listed_entries(report)
    if not listed:
        return
    chapters = _chapters(report, listed, after=listed[-1][0])
    for entry, placement in _out_of_order([chapter.entry for chapter in chapters]):
        kind = entry.heading.kind
        causes = frozenset({f"line:{entry.printed}"}) if kind in ORDERED else frozenset()
        yield _violation(entry, placement, causes)
    for chapter in chapters:
        for entry, placement in _out_of_order(_sections(report, chapter), chapter.entry):
            yield _violation(entry, placement, frozenset())
