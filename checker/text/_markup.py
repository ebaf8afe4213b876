"""Inline markup left by PDF/DOCX converters: strip it, but remember what was bold.

Converters mix HTML tags (``<b>``, ``<i>``, ``<br>``), markdown emphasis (``**``, ``__``,
``*``) and HTML entities. Bold is kept as a signal because reports print subtotal rows and
headings in bold. Every pattern here is bounded or anchored on a literal so that a
pathological line (thousands of asterisks) still strips in linear time.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import NamedTuple

__all__ = ["NOT_PLAIN_CHARS", "Markup", "collapse", "formula_lines", "strip_markup"]

# Private-use sentinels mark where bold starts and ends while the rest is cleaned.
_ON = "\ue000"
_OFF = "\ue001"
_FLIP = "\ue002"
_MARKERS = frozenset((_ON, _OFF, _FLIP))
_NO_SENTINELS = {ord(_ON): None, ord(_OFF): None, ord(_FLIP): None}

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
_ZERO_WIDTH = re.compile(f"[{_ZERO_WIDTH_CHARS}]")
# Characters without which no markup pattern can match.
_MARKUP_CHARS = re.compile("[<*_&\ue000\ue001\ue002]")
# Characters without which a text is plain: stripping it is collapsing its spaces.
NOT_PLAIN_CHARS = "<*_&\ue000\ue001\ue002" + _ZERO_WIDTH_CHARS
_NOT_PLAIN = re.compile(f"[{NOT_PLAIN_CHARS}]")


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
    return " ".join(_ZERO_WIDTH.sub("", text).split())


def strip_markup(raw: str, bold_open: bool = False) -> Markup:
    """Strip inline markup from ``raw``; ``bold_open`` says the fragment starts in bold."""
    if not _NOT_PLAIN.search(raw):
        # Most lines and cells carry no markup and no zero-width character: one search
        # and a split instead of the passes keeps a file of a million lines fast.
        text = " ".join(raw.split())
        return Markup(text, bold_open and bool(text), bold_open)
    if not _MARKUP_CHARS.search(raw):
        text = collapse(raw)
        return Markup(text, bold_open and bool(text), bold_open)
    marked = _mark_bold(raw)
    marked = _STAR_ITALIC.sub(r"\1", marked)
    marked = _OTHER_TAG.sub("", marked)
    marked = html.unescape(marked)
    text_chars: list[str] = []
    state = bold_open
    boundary = False
    # Counts of (all, bold) alphanumeric and (all, bold) other visible characters.
    alnum = [0, 0]
    other = [0, 0]
    for char in marked:
        if char in _MARKERS:
            state = not state if char == _FLIP else char == _ON
            boundary = True
            continue
        if boundary and text_chars and _glued(text_chars[-1], char):
            # "Tabel 3.3**Judul**": the marker was the only separator the converter kept.
            text_chars.append(" ")
        boundary = False
        text_chars.append(char)
        if not char.isspace():
            counts = alnum if char.isalnum() else other
            counts[0] += 1
            counts[1] += state
    text = collapse("".join(text_chars))
    # Letters and digits decide ('<b>Jumlah</b>:' is bold); a cell of symbols only
    # ('<b>%</b>', '<b>-</b>') is bold when its symbols are.
    counts = alnum if alnum[0] else other
    return Markup(text, counts[0] > 0 and counts[0] == counts[1], state)


def _glued(before: str, after: str) -> bool:
    """A digit directly against a letter across a bold marker (a lost space)."""
    return (before.isdigit() and after.isalpha()) or (before.isalpha() and after.isdigit())


def _mark_bold(raw: str) -> str:
    """Replace every bold marker by a sentinel; ``**`` toggles, tags open or close."""
    text = _BR.sub(" ", raw.translate(_NO_SENTINELS))
    text = _BOLD_OPEN.sub(_ON, text)
    text = _BOLD_CLOSE.sub(_OFF, text)
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
