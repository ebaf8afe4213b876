"""Inline markup left by PDF/DOCX converters: strip it, but remember what was bold.

Converters mix HTML tags (``<b>``, ``<i>``, ``<br>``), markdown emphasis (``**``, ``__``,
``*``) and HTML entities. Bold is kept as a signal because reports print subtotal rows and
headings in bold. Every pattern here is bounded or anchored on a literal so that a
pathological line (thousands of asterisks) still strips in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

__all__ = ["NOT_PLAIN_CHARS", "Markup", "collapse", "formula_lines", "is_plain", "strip_markup"]

# Private-use sentinels mark where bold starts and ends while the rest is cleaned.
_ON = "\ue000"
_OFF = "\ue001"
_FLIP = "\ue002"
# The sentinels are adjacent code points: one range, and the split keeps each of them.
_SENTINEL = re.compile("([\ue000-\ue002])")
# What str.isalnum finds, and the other characters that are not spaces.
_ALNUM = re.compile(r"[^\W_]")
_SYMBOL = re.compile(r"[^\w\s]|_")

_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_BOLD_OPEN = re.compile(r"<(?:b|strong)(?:\s[^<>]{0,200})?>", re.IGNORECASE)
_BOLD_CLOSE = re.compile(r"</(?:b|strong)\s*>", re.IGNORECASE)
_OTHER_TAG = re.compile(
    r"</?(?:i|em|u|s|strike|del|ins|mark|small|big|sup|sub|span|font|p|div|a)"
    r"(?:\s[^<>]{0,200})?\s*/?>",
    re.IGNORECASE,
)
# `__x__` is markdown bold and `*x*` italics; bounded, no nested markers.
_UNDERSCORE_BOLD = re.compile(r"(?<![\w_])__(?=\S)([^_\n]{1,500}?)(?<=\S)__(?![\w_])")
_STAR_ITALIC = re.compile(r"(?<![\w*\\])\*(?=[^\s*])([^*\n]{1,500}?)(?<=[^\s*\\])\*(?![\w*])")
_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# Characters without which a text is plain: stripping it is collapsing its spaces.
NOT_PLAIN_CHARS = "<*_&\ue000\ue001\ue002" + _ZERO_WIDTH_CHARS
# Those beyond ASCII are looked for only in a text that is not ASCII. A test for each
# character is a fast scan of the text, where a pattern of them all tries every position
# (and, mixing ASCII with others, costs a large table to compile at every start).
_NOT_PLAIN_WIDE = tuple(char for char in NOT_PLAIN_CHARS if not char.isascii())
_SENTINELS = (_ON, _OFF, _FLIP)


class Markup(NamedTuple):
    """Readable text of a fragment, whether all of it was bold, and the open-bold state.

    ``bold_open`` tells the caller that a ``**`` or ``<b>`` opened on this line is still
    open, so the next line of the same paragraph starts bold (multi-line bold titles).
    """

    text: str
    bold: bool
    bold_open: bool


def collapse(text: str) -> str:
    """Collapse every run of whitespace (tabs, NBSP, newlines) to one space and trim."""
    if not text.isascii():
        # Every zero-width character is beyond ASCII. A search for each is a fast scan,
        # where a translation looks up every character of the text.
        for char in _ZERO_WIDTH_CHARS:
            text = text.replace(char, "")
    return " ".join(text.split())


def is_plain(text: str) -> bool:
    """Whether ``text`` holds none of :data:`NOT_PLAIN_CHARS` (no markup can match)."""
    # The test of _has_ascii_markup, written out: this runs on every line and cell.
    if "<" in text or "*" in text or "_" in text or "&" in text:
        return False
    # An ASCII text (a flag Python keeps on the string) holds none of the others.
    return text.isascii() or not any(char in text for char in _NOT_PLAIN_WIDE)


def _has_ascii_markup(text: str) -> bool:
    """Whether ``text`` holds one of the ASCII characters of :data:`NOT_PLAIN_CHARS`."""
    return "<" in text or "*" in text or "_" in text or "&" in text


def strip_markup(raw: str, bold_open: bool = False) -> Markup:
    """Strip inline markup from ``raw``; ``bold_open`` says the fragment starts in bold."""
    if is_plain(raw):
        # Most lines and cells carry no markup and no zero-width character: a few scans
        # and a split instead of the passes keeps a file of a million lines fast.
        text = " ".join(raw.split())
        return Markup(text, bold_open and bool(text), bold_open)
    if not _has_ascii_markup(raw) and not any(mark in raw for mark in _SENTINELS):
        text = collapse(raw)
        return Markup(text, bold_open and bool(text), bold_open)
    # Each pattern below needs a literal character ('*', '<', '&') to match: testing for
    # it first spares a fragment the passes its markup cannot need.
    marked = _mark_bold(raw)
    if "*" in marked:
        marked = _STAR_ITALIC.sub(r"\1", marked)
    if "<" in marked:
        marked = _OTHER_TAG.sub("", marked)
    if "&" in marked:
        # Imported here: most reports hold no entity, and the table of names is large.
        from html import unescape

        marked = unescape(marked)
    return _bold_text(marked, bold_open)


def _bold_text(marked: str, bold_open: bool) -> Markup:
    """The text of ``marked`` without its bold sentinels, and whether it was all bold."""
    parts: list[str] = []
    bold_parts: list[str] = []
    plain_parts: list[str] = []
    state = bold_open
    after_sentinel = False
    for position, part in enumerate(_SENTINEL.split(marked)):
        if position % 2:
            # The split puts each sentinel at an odd position.
            state = not state if part == _FLIP else part == _ON
            after_sentinel = True
            continue
        if not part:
            continue
        if after_sentinel and parts and _glued(parts[-1][-1], part[0]):
            # "Tabel 3.3**Judul**": the marker was the only separator the converter kept.
            parts.append(" ")
        after_sentinel = False
        parts.append(part)
        (bold_parts if state else plain_parts).append(part)
    in_bold = "".join(bold_parts)
    outside = "".join(plain_parts)
    # Letters and digits decide ('<b>Jumlah</b>:' is bold); a cell of symbols only
    # ('<b>%</b>', '<b>-</b>') is bold when its symbols are.
    visible = _ALNUM if _ALNUM.search(in_bold) or _ALNUM.search(outside) else _SYMBOL
    bold = visible.search(in_bold) is not None and visible.search(outside) is None
    return Markup(collapse("".join(parts)), bold, state)


def _glued(before: str, after: str) -> bool:
    """A digit directly against a letter across a bold marker (a lost space)."""
    return (before.isdigit() and after.isalpha()) or (before.isalpha() and after.isdigit())


def _mark_bold(raw: str) -> str:
    """Replace every bold marker by a sentinel; ``**`` toggles, tags open or close."""
    # A sentinel in the text itself is dropped, as no marker; replacing what is absent
    # costs a scan, far less than a translation of a long line that is not ASCII.
    text = raw.replace(_ON, "").replace(_OFF, "").replace(_FLIP, "")
    # Every tag opens with '<' (see strip_markup).
    if "<" in text:
        text = _BR.sub(" ", text)
        text = _BOLD_OPEN.sub(_ON, text)
        text = _BOLD_CLOSE.sub(_OFF, text)
    if "__" in text:
        text = _UNDERSCORE_BOLD.sub(_ON + r"\1" + _OFF, text)
    # `**` is a toggle, not an open/close pair: a line that continues a multi-line bold
    # title starts bold and its first `**` closes it, as markdown renders it.
    # `***x***` (bold italic) flips once per marker too.
    return text.replace("***", _FLIP).replace("**", _FLIP)


_DISPLAY_OPEN = re.compile(r"^\s*(?:\$\$|\\\[|\\begin\{(?:equation|align|math)\*?\})")
_DISPLAY_CLOSE = re.compile(r"(?:\$\$|\\\]|\\end\{(?:equation|align|math)\*?\})\s*$")
_INLINE_ONLY = re.compile(r"^\s*\$[^$]+\$\s*$")
# A display formula longer than this is a stray '$$', not a formula.
_MAX_FORMULA_LINES = 40


def formula_lines(lines: Sequence[str]) -> frozenset[int]:
    """1-based lines of LaTeX display blocks ('$$ ... $$', '\\[ ... \\]') and lines that
    hold only an inline '$...$' formula; they are text, never tables or headings."""
    found: set[int] = set()
    index = 0
    while index < len(lines):
        line = lines[index]
        if "$" not in line and "\\" not in line:
            # Every formula opens with '$' or a backslash: most lines need no pattern.
            index += 1
            continue
        if _INLINE_ONLY.match(line):
            found.add(index + 1)
        elif _DISPLAY_OPEN.match(line):
            end = _display_end(lines, index)
            found.update(range(index + 1, end + 2))
            index = end
        index += 1
    return frozenset(found)


def _display_end(lines: Sequence[str], start: int) -> int:
    """Index of the line closing the display block opened on ``start``."""
    opening = _DISPLAY_OPEN.match(lines[start])
    rest = lines[start][opening.end() :] if opening else ""
    if _DISPLAY_CLOSE.search(rest):
        return start
    for index in range(start + 1, min(start + _MAX_FORMULA_LINES, len(lines))):
        if _DISPLAY_CLOSE.search(lines[index]):
            return index
    return start
