"""Page furniture (running headers/footers, page numbers) and tables cut by page breaks.

A PDF page break leaves, in the middle of a table, blank lines, the report's running
title ("LAPORAN KINERJA ... TAHUN 2022") and a page number; sometimes the converter also
repeats the table's header row on the new page. Those lines are recognised here so the
two fragments can be joined back into the one table the reader sees.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from ._source import Row, Table
from ._tables import is_label

__all__ = ["is_page_edge", "join_fragments", "page_header_lines"]

# '12', '- 5 -', 'iii' (front matter; lower case only, 'II' may be a heading number),
# 'Halaman 3 dari 40'. Four digits are left alone: a bare '2021' is a year on a cover.
_PAGE_NUMBER = re.compile(
    r"^(?:[-\u2013\u2014]\s*)?(?:\d{1,3}|(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))"
    r"(?:\s*[-\u2013\u2014])?$"
    r"|^(?i:halaman|hal\.?|page)\s*\d{1,4}(?:\s*(?i:dari|of|/)\s*\d{1,4})?$"
)
# Words that make a repeated line a running title of the report.
_REPORT_WORDS = re.compile(r"\b(?:laporan|lkjip|lkip|lakip|lkj|lppd|lkpj)\b", re.IGNORECASE)
# A cheap test a line must pass to name the report: in its lower case, a word starting
# like one of those words up to its 'i' (the only one of their letters that the case-
# blind pattern also finds in characters lower-casing to something else, U+0130 and
# U+0131). Lower-casing keeps every match whole, and no character outside a word
# lower-cases into one, so a word start stays a word start. The literal 'l' leads so
# the search skips from one 'l' to the next; the look-behind then asks what '\b' would
# before it (no letter, digit or '_'). This costs a fraction of the case-blind search.
_REPORT_WORD_STARTS = re.compile(r"l(?<!\w.)(?:aporan|ak|k|ppd)")
_NON_WORD = re.compile(r"[^\w]+")
_REPEATS = 3
_MIN_WORDS = 3
_MAX_WORDS = 25
_MAX_GAP = 12
# Texts on one line apart by two spaces or more (a page number beside a running title).
_PIECES = re.compile(r"\s{2,}")


def _key(text: str) -> str:
    """Compare running titles loosely: 'LKjIP' and 'LKJIP', stray '#'/'**' are one."""
    return " ".join(_NON_WORD.sub(" ", text.casefold()).split())


def _title_key(raw: str, text: str) -> str | None:
    """The key of a line shaped like a running title, else None: short, not a table
    row, and opening with the report's name ('LAPORAN ...').

    'Sumber Data: LKIP tahunan' mentions the report but is a note: a running title
    carries no label colon.
    """
    # Most lines name no report at all: the search is cheaper than building the key.
    if "\t" in raw or ":" in text or not _names_report(text):
        return None
    key = _key(text)
    words = key.split()
    if _MIN_WORDS <= len(words) <= _MAX_WORDS and _REPORT_WORDS.search(" ".join(words[:2])):
        return key
    return None


def _names_report(text: str) -> bool:
    if not _REPORT_WORD_STARTS.search(text.lower()):
        return False
    return bool(_REPORT_WORDS.search(text))


def page_header_lines(
    lines: Sequence[str], texts: Sequence[str], tabular: Callable[[int], bool]
) -> frozenset[int]:
    """Lines that are page furniture: page numbers and repeated running titles.

    A running title is a short line naming the report that repeats at least three
    times, or that occurs once but interrupts a table (``tabular`` lines on both sides).
    Other repeated lines (signature blocks, 'TUGAS POKOK DAN FUNGSI :') are left alone.
    """
    # A blank line is no page number (the pattern needs a digit, a numeral or a word).
    found = {index + 1 for index, text in enumerate(texts) if text and _PAGE_NUMBER.match(text)}
    titles = {
        index + 1: key
        for index, (raw, text) in enumerate(zip(lines, texts, strict=True))
        if (key := _title_key(raw, text)) is not None
    }
    counts = Counter(titles.values())
    for number, key in titles.items():
        if counts[key] >= _REPEATS or _between_tables(number, texts, tabular):
            found.add(number)
    return frozenset(found)


def is_page_edge(raw: str) -> bool:
    """Is ``raw`` the line where a page ends and the next begins: a form feed, with on
    either side of it nothing but page numbers and running titles?

    A converter writing pages one after the other (``pdftotext``) puts the form feed
    before the next page's first line, often right after the last page's number: both
    pages' furniture on one line, which no other test here sees as furniture.
    """
    if "\f" not in raw:
        return False
    pieces = (piece for side in raw.split("\f") for piece in _PIECES.split(side.strip()))
    return all(_is_furniture_piece(piece) for piece in pieces if piece)


def _is_furniture_piece(piece: str) -> bool:
    text = " ".join(piece.split())
    return bool(_PAGE_NUMBER.match(text)) or _title_key(piece, text) is not None


def _between_tables(number: int, texts: Sequence[str], tabular: Callable[[int], bool]) -> bool:
    return _neighbour_is_table(number, texts, tabular, -1) and _neighbour_is_table(
        number, texts, tabular, 1
    )


def _neighbour_is_table(
    number: int, texts: Sequence[str], tabular: Callable[[int], bool], step: int
) -> bool:
    """Is the nearest non-blank line in direction ``step`` (within a few) a table row?"""
    current = number + step
    while 1 <= current <= len(texts) and abs(current - number) <= 4:
        if texts[current - 1]:
            return tabular(current)
        current += step
    return False


# --- joining fragments ---------------------------------------------------------------


@dataclass
class _Run:
    """A table being assembled from fragments; kept mutable so joining stays linear."""

    first: Table
    rows: list[Row]
    end_line: int
    width: int
    last_label: str | None
    dropped: list[int] = field(default_factory=list)

    @classmethod
    def start(cls, table: Table) -> _Run:
        label = _last_label(table.rows[table.header_rows :])
        return cls(table, list(table.rows), table.end_line, table.width, label)

    def add(self, fragment: Table, skip: int) -> None:
        self.dropped.extend(row.line for row in fragment.rows[:skip])
        kept = fragment.rows[skip:]
        self.rows.extend(kept)
        self.end_line = fragment.end_line
        self.width = max(self.width, fragment.width)
        self.last_label = _last_label(kept) or self.last_label

    def table(self) -> Table:
        if len(self.rows) == len(self.first.rows):
            return self.first
        return replace(
            self.first,
            rows=tuple(self.rows),
            end_line=self.end_line,
            continued_from_page_break=True,
            dropped_lines=tuple(self.dropped),
        )


def join_fragments(
    fragments: Sequence[Table],
    texts: Sequence[str],
    furniture: Callable[[int], bool],
    is_header: Callable[[Row], bool],
) -> list[Table]:
    """Join consecutive fragments separated only by blank lines and page furniture."""
    runs: list[_Run] = []
    for fragment in sorted(fragments, key=lambda table: table.line):
        gap = _gap(runs[-1], fragment, texts, furniture) if runs else None
        if gap is not None:
            skip = _joinable(runs[-1], fragment, is_header, page_break=gap)
            if skip is not None:
                runs[-1].add(fragment, skip)
                continue
        runs.append(_Run.start(fragment))
    return [run.table() for run in runs]


def _gap(
    run: _Run, after: Table, texts: Sequence[str], furniture: Callable[[int], bool]
) -> bool | None:
    """None if something real separates the fragments; else whether furniture does."""
    if run.first.shape != after.shape or not 0 <= after.line - run.end_line - 1 <= _MAX_GAP:
        return None
    between = range(run.end_line + 1, after.line)
    if not all(_blankish(texts[number - 1]) or furniture(number) for number in between):
        return None
    return any(furniture(number) for number in between)


def _blankish(text: str) -> bool:
    """Blank, or a lone punctuation mark the converter left (',', '.', '-')."""
    return len(text) <= 3 and not any(char.isalnum() for char in text)


def _joinable(
    run: _Run, after: Table, is_header: Callable[[Row], bool], page_break: bool
) -> int | None:
    """None if ``after`` is a new table; else how many repeated header rows to drop."""
    repeated = _repeated_header(run.first, after)
    if repeated:
        return repeated
    # A fragment with its own header (a '|---|' line, header words) starts a new table.
    if after.header_rows or is_header(after.rows[0]):
        return None
    if not _continues(run, after, page_break):
        return None
    return 0


def _texts(row: Row) -> tuple[str, ...]:
    texts = [cell.text.casefold() for cell in row.cells]
    while texts and not texts[-1]:
        texts.pop()
    return tuple(texts)


def _repeated_header(first: Table, after: Table) -> int:
    """How many leading rows of ``after`` repeat the header rows of ``first``."""
    count = 0
    for mine, theirs in zip(first.rows[: max(first.header_rows, 1)], after.rows, strict=False):
        texts = _texts(theirs)
        if texts != _texts(mine) or sum(1 for text in texts if text) < 2:
            break
        count += 1
    return count


def _continues(run: _Run, after: Table, page_break: bool) -> bool:
    """Does ``after`` read as more rows of the table being assembled?

    Running numbering ('f' then 'g') is enough on its own: after a page break converters
    often shift the columns. Otherwise the column count must match; across a mere blank
    line the next row must also start like a row of the table (empty first cell, as in
    a wrapped row, or a numbering label), else it is a new table laid out alike.
    """
    first = after.rows[0].cells[0].text if after.rows[0].cells else ""
    if run.last_label is not None and first and _norm(first) in _successors(run.last_label):
        return True
    if run.width != after.width:
        return False
    return page_break or not first or is_label(first)


def _last_label(rows: Sequence[Row]) -> str | None:
    for row in reversed(rows):
        text = row.cells[0].text if row.cells else ""
        if text and is_label(text):
            return text
    return None


def _norm(label: str) -> str:
    return label.strip("().").upper()


_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _successors(label: str) -> set[str]:
    """Labels that may follow ``label`` in a numbered table: next sibling, first child,
    or the next sibling of a parent ('1.5.3' -> '1.5.4', '1.5.3.1', '1.6', '2')."""
    norm = _norm(label)
    found: set[str] = set()
    if norm in _ROMAN[:-1]:
        found.add(_ROMAN[_ROMAN.index(norm) + 1])
    if len(norm) == 1 and norm.isalpha():
        found.add(chr(ord(norm) + 1))
    if found:
        return found
    parts = norm.split(".")
    if not all(part.isdigit() for part in parts):
        return set()
    found.add(norm + ".1")
    for depth in range(len(parts)):
        head = [*parts[:depth], str(int(parts[depth]) + 1)]
        found.add(".".join(head))
    return found
