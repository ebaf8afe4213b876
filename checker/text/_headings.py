"""Section headings in every style converters leave behind.

'# BAB I', '## A.', '**BAB II**', '<b>BAB III ...</b>', a bare upper-case line, 'A. Capaian
Kinerja', '3.1 ...', '2.4. Alokasi Anggaran'. The level comes from the numbering when
there is one (the converters' '#' counts are unreliable), from the '#' count otherwise.
A heading is short and is not a sentence: list items ending in ';' or ',' are not taken.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from ._markup import Markup
from ._source import Heading

__all__ = ["find_headings"]

_MARKDOWN = re.compile(r"^\s{0,3}(#{1,6})(?=\s|\*|<|$)")
_HASHES = re.compile(r"^#{1,6}\s*")
_BULLET = re.compile(r"^\s*(?:#{1,6}\s*)?(?:[-\u2022\u2013\u25cf\u27a2]|\*(?!\*))\s")
# What a line opening with a bullet opens with, after its spaces (which str.lstrip and
# the pattern's \s take alike): a line opening with anything else needs no pattern.
_BULLET_STARTS = frozenset("#-\u2022\u2013\u25cf\u27a2*")
_BAB = re.compile(r"^BAB\s+([IVXL]{1,6}|\d{1,2})\b\.?\s*[:.\-\u2013]?\s*(.*)$", re.IGNORECASE)
_MULTI = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,4})\.?\s*(?=[^\W\d_])(.*)$")
_ROMAN = re.compile(r"^(I{2,3}|IV|VI{0,3}|IX|XI{0,3})\.\s+(.*)$")
_UPPER = re.compile(r"^([A-Z])[.)]\s+(.*)$")
_LOWER = re.compile(r"^([a-z])[.)]\s+(.*)$")
_SINGLE = re.compile(r"^(\d{1,2})[.)]\s*(?=[^\W\d_])(.*)$")
_FRONT = re.compile(
    r"^(?:KATA\s+PENGANTAR|DAFTAR\s+(?:ISI|TABEL|GAMBAR|GRAFIK|LAMPIRAN|SINGKATAN)"
    r"|(?:IKHTISAR|RINGKASAN)\s+EKSEKUTIF|EXECUTIVE\s+SUMMARY|LAMPIRAN\b.*"
    r"|PERNYATAAN\s+TELAH\s+DIREVIU.*)$",
    re.IGNORECASE,
)
_NOT_HEADING = re.compile(
    r"^(?:tabel|table|gambar|grafik|diagram|bagan|sumber|keterangan|catatan|ket\.)\b",
    re.IGNORECASE,
)

# Signature blocks and letterheads: a name with a degree or title, an NIP, an address.
_NOT_TITLE = re.compile(
    r"(?:^|\s)(?:Ir|Dr|Drs|Dra|Prof|Hj?)\.\s|,\s*[SMAD]\.\s?[A-Za-z]{1,5}\b|\bNIP\b"
    r"|^(?:JL|JLN|JALAN)\.?\s|\u260e",
    re.IGNORECASE,
)

_MAX_WORDS = 12
# A printed section number is strong evidence, so numbered headings may run longer; so is a
# '#' mark, the writer's own word that the line is a heading ('#### Sasaran 3: <a sasaran's
# full name>').
_MAX_WORDS_NUMBERED = 16
_MAX_WORDS_LIST_LIKE = 8
_MAX_DIGIT_SHARE = 0.4
_CAPS_SHARE = 0.8


class _Kind(NamedTuple):
    name: str | None
    number: str | None
    level: int
    title: str


def _classify(text: str) -> _Kind:
    """What the numbering of ``text`` says: kind, number as printed, level, title."""
    if match := _BAB.match(text):
        return _Kind("bab", match.group(1).upper(), 1, match.group(2))
    if _FRONT.match(text) and len(text.split()) <= 6:
        return _Kind("front", None, 1, text)
    if match := _MULTI.match(text):
        number = match.group(1)
        return _Kind("multi", number, min(number.count(".") + 1, 6), match.group(2))
    for name, pattern, level in (
        ("roman", _ROMAN, 2),
        ("upper", _UPPER, 2),
        ("lower", _LOWER, 3),
        ("single", _SINGLE, 3),
    ):
        if match := pattern.match(text):
            return _Kind(name, match.group(1), level, match.group(2))
    return _Kind(None, None, 2, text)


def _is_caps(text: str) -> bool:
    # Some upper-case characters are no letters ('Ⅳ', a numeral): count letters only.
    letters = "".join(filter(str.isalpha, text))
    if len(letters) < 4:
        return False
    return sum(map(str.isupper, letters)) >= _CAPS_SHARE * len(letters)


def _may_be_heading(text: str) -> bool:
    """What :func:`_shape_ok` asks of any heading, whatever its numbering: most lines
    are prose, and this spares them the numbering patterns."""
    return text[-1] not in ";,:" and len(text.split()) <= _MAX_WORDS_NUMBERED


def _shape_ok(text: str, kind: _Kind, hashed: bool = False) -> bool:
    """Short, not a sentence fragment, mostly words rather than digits."""
    words = text.split()
    numbered = kind.name in ("bab", "multi")
    limit = _MAX_WORDS_NUMBERED if numbered or hashed else _MAX_WORDS
    if not words or len(words) > limit or text[-1] in ";,:":
        return False
    if _NOT_HEADING.match(text):
        return False
    alnum = sum(map(str.isalnum, text))
    letters = sum(map(str.isalpha, text))  # every letter is alphanumeric
    return letters >= 2 and (alnum - letters) <= _MAX_DIGIT_SHARE * alnum


class _Candidate(NamedTuple):
    text: str
    line: int
    end_line: int
    bold: bool
    hashes: int


def find_headings(
    lines: Sequence[str], marks: Sequence[Markup], blocked: Callable[[int], bool]
) -> tuple[Heading, ...]:
    """Every heading outside tables, page furniture and formulas, in document order."""
    headings: list[Heading] = []
    index = 0
    while index < len(lines):
        candidate = _candidate(lines, marks, blocked, index)
        if candidate is None:
            index += 1
            continue
        heading = _heading(candidate, lines, marks, blocked)
        if heading is not None:
            headings.append(heading)
            index = heading.end_line
        else:
            index = candidate.end_line
    return tuple(headings)


def _usable(
    lines: Sequence[str], marks: Sequence[Markup], blocked: Callable[[int], bool], index: int
) -> bool:
    return bool(marks[index].text) and "\t" not in lines[index] and not blocked(index + 1)


def _candidate(
    lines: Sequence[str], marks: Sequence[Markup], blocked: Callable[[int], bool], index: int
) -> _Candidate | None:
    """The line at ``index``, extended over a multi-line bold title ('**A\\nB**')."""
    line = lines[index]
    if not _usable(lines, marks, blocked, index) or _is_bullet(line):
        return None
    # Most lines hold no '#': the test spares them the pattern.
    hashes = _MARKDOWN.match(line) if "#" in line else None
    hash_count = len(hashes.group(1)) if hashes else 0
    first = marks[index]
    if not first.bold_open:
        # The common case, a title of one line: its text and bold are the line's own.
        return _Candidate(_without_hashes(first.text), index + 1, index + 1, first.bold,
                          hash_count)
    end = index
    while (
        marks[end].bold_open
        and end + 1 < len(lines)
        and _usable(lines, marks, blocked, end + 1)
        and end - index < 4
    ):
        end += 1
    title = marks[index : end + 1]
    parts = [_without_hashes(mark.text) for mark in title]
    return _Candidate(
        text=" ".join(filter(None, parts)),
        line=index + 1,
        end_line=end + 1,
        bold=all(mark.bold for mark in title),
        hashes=hash_count,
    )


def _is_bullet(line: str) -> bool:
    """A list item ('- ...', '• ...', '* ...'), which is never a heading."""
    return line.lstrip()[:1] in _BULLET_STARTS and _BULLET.match(line) is not None


def _without_hashes(text: str) -> str:
    """``text`` without the '#' marks that open it."""
    # Most lines open with no '#': a test of the first character spares the pattern.
    return _HASHES.sub("", text) if text.startswith("#") else text


def _heading(
    candidate: _Candidate,
    lines: Sequence[str],
    marks: Sequence[Markup],
    blocked: Callable[[int], bool],
) -> Heading | None:
    if not candidate.text or not _may_be_heading(candidate.text):
        return None
    kind = _classify(candidate.text)
    shaped = _shape_ok(candidate.text, kind, candidate.hashes > 0)
    if not shaped or not _evidence(candidate, kind, marks):
        return None
    text, end_line = candidate.text, candidate.end_line
    if kind.name == "bab" and not kind.title:
        # 'BAB II' on one line and its title on the next: one heading.
        title = _bab_title(lines, marks, blocked, end_line)
        if title is not None:
            text, end_line = f"{text} {title[0]}", title[1]
    level = kind.level if kind.name else (min(candidate.hashes, 6) or 2)
    return Heading(
        text=text,
        line=candidate.line,
        level=level,
        style=_style(candidate, kind),
        number=kind.number,
        end_line=end_line,
    )


def _evidence(candidate: _Candidate, kind: _Kind, marks: Sequence[Markup]) -> bool:
    """Is there enough visual or numbering evidence that this line is a heading?"""
    if kind.name is None:
        # A visual mark, and no signature block or letterhead: the costly search last.
        marked = bool(candidate.hashes or candidate.bold) or _is_caps(candidate.text)
        return marked and not _NOT_TITLE.search(candidate.text)
    if candidate.hashes or candidate.bold:
        return True
    if kind.name in ("single", "lower"):
        # '1. melakukan ...' is a list item unless it stands alone as a paragraph.
        words = len(candidate.text.split())
        standalone = _blank(marks, candidate.line - 2) and _blank(marks, candidate.end_line)
        short = words <= _MAX_WORDS_LIST_LIKE
        return standalone and short and (candidate.text[-1] not in ".!?" or words <= 3)
    return True


def _blank(marks: Sequence[Markup], index: int) -> bool:
    return not 0 <= index < len(marks) or not marks[index].text


def _bab_title(
    lines: Sequence[str], marks: Sequence[Markup], blocked: Callable[[int], bool], after: int
) -> tuple[str, int] | None:
    """The chapter title on the next non-blank line, if it looks like one."""
    for index in range(after, min(after + 4, len(lines))):
        if not marks[index].text:
            continue
        if not _usable(lines, marks, blocked, index):
            return None
        text = _without_hashes(marks[index].text)
        words = text.split()
        kind = _classify(text)
        fits = kind.name is None and 0 < len(words) <= 10 and text[-1] not in ";,:."
        if fits and (_is_caps(text) or marks[index].bold):
            return text, index + 1
        return None
    return None


def _style(candidate: _Candidate, kind: _Kind) -> str:
    if candidate.hashes:
        return "markdown"
    if candidate.bold:
        return "bold"
    if kind.name in ("multi", "single", "roman"):
        return "numbered"
    if kind.name in ("upper", "lower"):
        return "lettered"
    if kind.name == "bab" and not _is_caps(candidate.text):
        return "numbered"
    return "caps"
