"""The outline: which heading stands for which part of Permenpan RB 53/2014, and its span.

The text layer finds headings in every style converters leave ('# BAB I', '**BAB II**' with
its title on the next line, '<b>BAB III</b>', bare capitals, 'A. Capaian Kinerja Organisasi',
'3.1 ...'). This module names the part each one stands for, tolerating the names reports
use ("Ringkasan Eksekutif" for the Ikhtisar, "Perencanaan Strategis dan Penetapan Kinerja"
for Bab II, "Akuntabilitas Keuangan" for the Realisasi Anggaran), and leaves out what only
*looks* like a part:

* the entries of a Daftar Isi (dotted leaders, page numbers, or plain lines naming parts
  printed again elsewhere) and the chapter list of a
  "Sistematika Penulisan", which names Bab I..IV, A./B. and Lampiran a few lines apart before
  the real chapter starts again at a lower number;
* running page headers.

Levels: 1 for the parts a report is made of (Kata Pengantar, Daftar Isi, Ikhtisar, Bab I-IV,
Lampiran, Pernyataan Telah Direviu, other front matter and unknown chapters), 2 for the
sub-parts of a chapter (Perjanjian Kinerja, Capaian Kinerja, Realisasi Anggaran) and for
numbered or lettered sections, 3 or deeper for the rest (an unnumbered bold or capital line
inside a chapter is a caption or a signature more often than a section). A heading's span
ends where the next heading of the same or a higher level starts.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from typing import NamedTuple

from checker.model import Heading, Provenance
from checker.text import Heading as TextHeading
from checker.text import Source

from ._cues import lazy

__all__ = ["extract_outline"]

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8}

_SPACE = re.compile(r"\s+")
_BAB = re.compile(r"^bab\s+([ivxl]{1,6}|\d{1,2})\b\s*[.:\-\u2013]?\s*(.*)$", re.IGNORECASE)
# A section number in front of a title: '3.1.', 'A.', 'b)', 'IV.'. Titles are matched
# case-folded, so a roman numeral is read in either case ('ii. perencanaan kinerja').
_NUMBERING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Za-z][.)]|[IVXivx]{1,4}\.)\s+")

_FRONT = (
    ("kata_pengantar", re.compile(r"^kata\s+pengantar\b")),
    ("daftar_isi", re.compile(r"^daftar\s+isi\b")),
    ("ikhtisar_eksekutif",
     re.compile(r"^(?:ikhtisar|ringkasan)\s+eksekutif\b|^executive\s+summary\b")),
    ("pernyataan_reviu", re.compile(r"pernyataan\s+(?:telah\s+)?(?:di)?reviu|^lembar\s+reviu")),
    ("lampiran", re.compile(r"^lampiran\b")),
)
# Other front matter: a part of its own (level 1), but none the regulation names.
_OTHER_FRONT = re.compile(r"^daftar\s+(?:tabel|gambar|grafik|diagram|lampiran|singkatan|istilah)")

# Chapter titles, for 'BAB II <title>' and for chapters printed without the word BAB.
_CHAPTER_TITLES = (
    ("bab_1", re.compile(r"^pendahuluan\b")),
    ("bab_2", re.compile(r"^(?:perencanaan|rencana\s+strategis|perjanjian\s+kinerja"
                         r"|penetapan\s+kinerja)\b")),
    ("bab_3", re.compile(r"^(?:akuntabilitas\s+kinerja|capaian\s+kinerja"
                         r"|pengukuran\s+kinerja)\b")),
    ("bab_4", re.compile(r"^(?:penutup|kesimpulan)\b")),
)

# A whole title that is a chapter even without 'BAB' ('I. PENDAHULUAN', 'PENUTUP').
_BARE_CHAPTER = re.compile(
    r"^(?:pendahuluan|perencanaan(?:\s+strategis)?(?:\s+dan\s+(?:perjanjian|penetapan))?"
    r"\s+kinerja|akuntabilitas\s+kinerja|penutup)$"
)

_PK = re.compile(r"\b(?:perjanjian|penetapan)\s+kinerja\b")
_SUB_PARTS = (
    ("perjanjian_kinerja", _PK),
    ("realisasi_anggaran", re.compile(
        r"\brealisasi\s+(?:anggaran|keuangan|belanja)\b|\bakuntabilitas\s+(?:keuangan|anggaran)\b"
        r"|\bpenyerapan\s+anggaran\b"
    )),
    ("capaian_kinerja", re.compile(
        r"\b(?:capaian|pencapaian)\s+kinerja(?:\s+(?:organisasi|instansi|sasaran|tahun|\d{4})\b|$)"
        r"|\bpengukuran\s+(?:(?:capaian|pencapaian)\s+)?kinerja\b"
        r"|\b(?:analisis|evaluasi)\b.*\bcapaian\s+kinerja\b"
        r"|\bcapaian\s+indikator\s+kinerja\b"
    )),
)

# What starts the attachments when the report prints no 'LAMPIRAN' heading: after Bab IV,
# an unnumbered title naming a planning document or an official letterhead.
_ATTACHMENT = lazy(
    r"^(?:rencana\s+strategis|renstra|perjanjian\s+kinerja|penetapan\s+kinerja"
    r"|rencana\s+kinerja|indikator\s+kinerja\s+utama|keputusan|surat\s+keputusan"
    r"|pohon\s+kinerja|cascading|matriks?|pengukuran\s+kinerja|formulir"
    r"|pemerintah\s+(?:kabupaten|kota|provinsi))\b"
)

_SISTEMATIKA = re.compile(r"\bsistematika\b")
_LEADERS = re.compile(r"(?:\.\s*){4,}|\u2026|_{4,}")
# A page number after a Daftar Isi entry: '17', or 'iii' (front matter pages are lower case;
# 'BAB II' is a chapter, not page two).
_PAGE_AT_END = re.compile(r"\s(?:\d{1,3}|[ivxl]{1,6})\s*$")
_MARKUP = re.compile(r"</?[a-zA-Z][^>]*>|\*\*|__|^\s{0,3}#{1,6}\s*")
_NON_WORD = re.compile(r"[^\w]+")

# How many non-blank lines may separate two entries of a chapter list (Sistematika).
_LIST_GAP = 20
_REPEATED_LIST_MIN = 3


class _Item(NamedTuple):
    heading: TextHeading
    kind: str
    level: int
    bab: int | None  # the chapter number, for bab_N and unknown numbered chapters

    @property
    def top(self) -> bool:
        return self.level == 1


def extract_outline(source: Source) -> tuple[Heading, ...]:
    """The headings of ``source`` with their part kind, level and line span."""
    headers = {_key(source.stripped[n - 1]) for n in source.page_header_lines
               if 0 < n <= len(source.stripped)}
    items = [
        _classify(heading) for heading in source.headings
        if heading.line not in source.page_header_lines and _key(heading.text) not in headers
    ]
    items = _without_listings(items, source)
    items = _with_attachments(items)
    items = _nested_attachments(items)
    return _with_spans(items, source)


# -- classification ----------------------------------------------------------------------


def _norm(text: str) -> str:
    text = _MARKUP.sub(" ", text)
    return _SPACE.sub(" ", text).strip(" .:;,-\u2013").casefold()


def _key(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", text.casefold()).split())


def _chapter_by_title(title: str) -> str | None:
    for kind, pattern in _CHAPTER_TITLES:
        if pattern.match(title):
            return kind
    return None


def _bab_number(text: str) -> int | None:
    text = text.upper()
    if text.isdigit():
        return int(text)
    return _ROMAN.get(text)


def _classify(heading: TextHeading) -> _Item:
    text = _norm(heading.text)
    if match := _BAB.match(text):
        number = _bab_number(match.group(1))
        title = match.group(2).strip(" .:;-\u2013")
        kind = _chapter_by_title(title) if title else None
        if kind is None and number is not None and 1 <= number <= 4:
            kind = f"bab_{number}"
        if kind is not None:
            return _Item(heading, kind, 1, int(kind[-1]))
        return _Item(heading, "other", 1, number)
    for kind, pattern in _FRONT:
        if pattern.search(text):
            return _Item(heading, kind, 1, 5 if kind == "lampiran" else None)
    if _OTHER_FRONT.match(text):
        return _Item(heading, "other", 1, None)
    title = _NUMBERING.sub("", text, count=1)
    roman = heading.number is not None and heading.number.upper() in _ROMAN
    if (heading.number is None or roman) and _BARE_CHAPTER.match(title):
        kind = _chapter_by_title(title) or "other"
        return _Item(heading, kind, 1, int(kind[-1]) if kind != "other" else None)
    for kind, pattern in _SUB_PARTS:
        if pattern.search(title):
            return _Item(heading, kind, max(2, heading.level), None)
    if heading.number is None:
        # An unnumbered bold or capital line: a caption, a name, a cover line.
        return _Item(heading, "other", max(3, heading.level), None)
    return _Item(heading, "other", max(2, heading.level), None)


# -- listings that name the parts: Daftar Isi and Sistematika Penulisan ---------------------


def _nonblank_between(source: Source, first: int, last: int) -> int:
    """Non-blank lines strictly between lines ``first`` and ``last``."""
    texts = source.stripped
    return sum(1 for n in range(first + 1, min(last, len(texts) + 1)) if texts[n - 1])


def _toc_line(text: str) -> bool:
    """A Daftar Isi entry: dotted leaders or a page number after the title."""
    return bool(_LEADERS.search(text) or _PAGE_AT_END.search(text))


def _toc_entry(item: _Item, source: Source) -> bool:
    """A heading that is a Daftar Isi entry, read on its line as printed."""
    line = item.heading.line
    text = (source.stripped[line - 1] if line <= len(source.stripped) else "") or item.heading.text
    return _toc_line(text)


def _toc_run(items: Sequence[_Item], start: int, source: Source) -> list[int]:
    """The Daftar Isi entries that follow its heading as lines of their own."""
    run: list[int] = []
    for index in range(start + 1, len(items)):
        if not _toc_entry(items[index], source):
            break
        run.append(index)
    return run


# What a chapter entry names: its kind and number (its title for unnumbered ones).
_Key = tuple[str, int | str | None]


def _plain_toc_run(
    items: Sequence[_Item], start: int, source: Source, printed: Callable[[], Counter[_Key]]
) -> list[int]:
    """The Daftar Isi entries printed as plain lines (no page numbers, no leaders) right
    under its heading: a run of headings with no prose between them, each part of which
    the document prints again elsewhere ("IKHTISAR EKSEKUTIF", "BAB I PENDAHULUAN", "A.
    Latar Belakang", ... "LAMPIRAN"). The run ends at prose, or where a part it has
    already named comes again (the document itself starts there); it holds the entries up
    to the first part printed nowhere else (a real part that follows the list at once).
    ``printed``: how often each part is printed as a top heading (asked only of a run)."""
    run: list[int] = []
    named: set[_Key] = set()
    last_line = items[start].heading.end_line
    for index in range(start + 1, len(items)):
        item = items[index]
        if _nonblank_between(source, last_line, item.heading.line) > 0:
            break
        if item.top:
            if _list_key(item) in named:
                break
            named.add(_list_key(item))
        run.append(index)
        last_line = item.heading.end_line
    if len(named) < _REPEATED_LIST_MIN:
        return []
    # Each part the run names stands in it once: printed more often, it is printed
    # elsewhere too (the Daftar Isi's own heading counts for its entry "DAFTAR ISI").
    counts = printed()
    kept: list[int] = []
    for index in run:
        item = items[index]
        if item.top and counts[_list_key(item)] < 2:
            break
        kept.append(index)
    return kept if sum(items[index].top for index in kept) >= _REPEATED_LIST_MIN else []


def _list_key(item: _Item) -> _Key:
    """What a chapter entry names: its kind and number (its title for unnumbered ones)."""
    return (item.kind, item.bab if item.bab is not None else _key(item.heading.text))


def _printed_elsewhere(
    items: Sequence[_Item], index: int, start: int, holder: int, dropped: set[int]
) -> bool:
    """Whether the part a chapter entry names is printed as a part of its own: before the
    list when it is front matter or the chapter holding the list (Bab I), after the entry
    when it comes later (Bab II..IV, Lampiran). The real chapters that follow a list the
    reader did not recognise as headings are printed nowhere else, so they end it."""
    item = items[index]
    key = _list_key(item)
    later = item.bab is not None and item.bab > holder
    places = range(index + 1, len(items)) if later else range(start)
    return any(items[i].top and i not in dropped and _list_key(items[i]) == key
               for i in places)


def _holder(items: Sequence[_Item], start: int, dropped: set[int]) -> int:
    """The number of the chapter a list stands in (0 in the front matter)."""
    chapter = next((items[i] for i in range(start - 1, -1, -1)
                    if items[i].top and i not in dropped), None)
    return (chapter.bab or 0) if chapter is not None else 0


def _list_after(
    items: Sequence[_Item], start: int, after_line: int, source: Source, dropped: set[int]
) -> list[int]:
    """Indexes of the chapter list that follows a "Sistematika Penulisan" heading or
    sentence ending at ``after_line``; ``start`` is the index of the first item after it.

    The list is a run of closely spaced headings naming chapters; it ends at a chapter that
    starts the numbering again (the real Bab II after a list that named Bab I..IV and
    Lampiran), at a numbered section such as '1.7', or at a wide gap. A list names parts
    the document prints elsewhere; with the restart that confirms it, it may also name one
    the report lacks. Without a restart, the list holds only its leading entries that
    name a part printed elsewhere: the chapters after a list written as plain numbered
    lines (no headings) are the real ones. What follows the last chapter entry is the
    document again (the next section of Bab I), not the list.
    """
    holder = _holder(items, start, dropped)
    run: list[int] = []
    chapters: list[int] = []  # positions in ``run`` of the chapter entries
    restarted = False
    highest = 0
    last_line = after_line
    for index in range(start, len(items)):
        item = items[index]
        if _nonblank_between(source, last_line, item.heading.line) > _LIST_GAP:
            break
        if item.top:
            if item.bab is not None and item.bab <= highest:
                restarted = True
                break
            highest = max(highest, item.bab or 0)
            chapters.append(len(run))
        elif item.heading.number is not None and "." in item.heading.number:
            break
        run.append(index)
        last_line = item.heading.end_line
    elsewhere = [_printed_elsewhere(items, run[p], start, holder, dropped) for p in chapters]
    if restarted and any(elsewhere):
        named = chapters  # the restart confirms the whole list, parts the report lacks too
    else:
        named = chapters[:elsewhere.index(False) if False in elsewhere else len(chapters)]
    return run[:named[-1] + 1] if named else []


def _sistematika_sentence(items: Sequence[_Item], index: int, source: Source) -> int | None:
    """The line of a sentence that announces a chapter list ("Sistematika penulisan
    laporan ini sebagai berikut:") between the item before ``index`` and this one, if any.
    Table rows and Daftar Isi entries ("1.6 Sistematika Penulisan .... 12") announce none."""
    first = items[index - 1].heading.end_line + 1 if index > 0 else 1
    found = None
    for number in range(first, items[index].heading.line):
        text = source.text(number)
        if "sistematika" not in text.casefold():
            continue  # spares most lines the normalising (which only ever adds spaces)
        if not _SISTEMATIKA.search(_norm(text)) or _toc_line(text):
            continue
        if "\t" not in source.line(number) and source.table_at(number) is None:
            found = number
    return found


def _positions(items: Sequence[_Item]) -> dict[str, list[int]]:
    """The indexes of the items of each kind, in order."""
    positions: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        positions.setdefault(item.kind, []).append(index)
    return positions


def _kept_after(positions: list[int], after: int, dropped: set[int]) -> bool:
    """Whether an index of ``positions`` beyond ``after`` is not dropped."""
    # Walked, not sliced: a slice would copy the rest of the list at every call.
    return any(positions[at] not in dropped
               for at in range(bisect_right(positions, after), len(positions)))


def _repeated_run(
    items: Sequence[_Item], start: int, source: Source, dropped: set[int],
    positions: dict[str, list[int]],
) -> list[int]:
    """A dense run of chapters (Bab I, II, III ...) that the document prints again after
    it: a chapter list whose "Sistematika" heading was not recognised."""
    run = [start]
    highest = items[start].bab or 0
    for index in range(start + 1, len(items)):
        item = items[index]
        gap = _nonblank_between(source, items[run[-1]].heading.end_line, item.heading.line)
        if gap > _LIST_GAP:
            break
        if item.top:
            if item.bab is None or item.bab <= highest:
                break
            highest = item.bab
        run.append(index)
    chapters = [i for i in run if items[i].top]
    # Looked up per kind among the items after the run: a set of every later kind, built
    # at each chapter, made a hundred thousand chapter lines quadratic.
    repeated = sum(1 for i in chapters
                   if _kept_after(positions[items[i].kind], run[-1], dropped))
    if repeated >= _REPEATED_LIST_MIN and repeated * 2 >= len(chapters):
        return run
    return []


def _without_listings(items: list[_Item], source: Source) -> list[_Item]:
    dropped: set[int] = set()
    positions = _positions(items)
    counted: list[Counter[_Key]] = []  # the parts printed, counted on the first ask only

    def printed() -> Counter[_Key]:
        if not counted:
            counted.append(Counter(_list_key(item) for item in items if item.top))
        return counted[0]

    for index, item in enumerate(items):
        if index in dropped:
            continue
        if item.kind == "daftar_isi":
            dropped.update(_toc_run(items, index, source)
                           or _plain_toc_run(items, index, source, printed))
            continue
        if _SISTEMATIKA.search(_norm(item.heading.text)):
            dropped.update(_list_after(items, index + 1, item.heading.end_line, source,
                                       dropped))
            continue
        sentence = _sistematika_sentence(items, index, source)
        if sentence is not None:
            dropped.update(_list_after(items, index, sentence, source, dropped))
        if index not in dropped and item.top and item.bab is not None:
            dropped.update(_repeated_run(items, index, source, dropped, positions))
    return [item for index, item in enumerate(items) if index not in dropped]


# -- attachments without a heading ---------------------------------------------------------


def _with_attachments(items: list[_Item]) -> list[_Item]:
    """After Bab IV, the first unnumbered document title starts the Lampiran when the
    report prints no 'LAMPIRAN' heading (it goes straight from Penutup to the Renstra
    matrix or the signed Perjanjian Kinerja)."""
    last_bab4 = max((i for i, item in enumerate(items) if item.kind == "bab_4"), default=None)
    if last_bab4 is None or any(item.kind == "lampiran" for item in items[last_bab4:]):
        return items
    for index in range(last_bab4 + 1, len(items)):
        item = items[index]
        if item.top:
            return items
        if item.heading.number is None and _ATTACHMENT().match(_norm(item.heading.text)):
            result = list(items)
            result[index] = _Item(item.heading, "lampiran", 1, 5)
            return result
    return items


def _nested_attachments(items: list[_Item]) -> list[_Item]:
    """'Lampiran 3 Perjanjian Kinerja' inside the Lampiran is one of its documents."""
    result: list[_Item] = []
    open_lampiran = False
    for item in items:
        if item.kind == "lampiran" and open_lampiran:
            title = _norm(item.heading.text)
            pk = _PK.search(title) is not None
            item = _Item(item.heading, "perjanjian_kinerja" if pk else "other", 2, None)
        elif item.kind == "lampiran":
            open_lampiran = True
        elif item.top:
            open_lampiran = False
        result.append(item)
    return result


# -- spans -------------------------------------------------------------------------------


def _with_spans(items: Sequence[_Item], source: Source) -> tuple[Heading, ...]:
    last = len(source.lines)
    outline: list[Heading] = []
    for index, item in enumerate(items):
        end = last
        for later in items[index + 1:]:
            if later.level <= item.level:
                end = later.heading.line - 1
                break
        end = _trim(source, item.heading.end_line, end)
        outline.append(Heading(
            kind=item.kind,
            text=item.heading.text,
            level=item.level,
            where=Provenance(line=item.heading.line, end_line=end),
        ))
    return tuple(outline)


def _trim(source: Source, start: int, end: int) -> int:
    """``end`` moved up over blank lines and page furniture, never above ``start``."""
    while end > start and (
        not source.stripped[end - 1] or end in source.page_header_lines
    ):
        end -= 1
    return max(end, start)
