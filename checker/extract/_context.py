"""What a table says about itself: its caption and the short title lines above it.

A report names a table's purpose in its caption ("Tabel 3.5 Program dan Kegiatan
Pendukung Sasaran 2") or in a title line just above it; prose further up may mention any
document, so only short lines that do not end a sentence count as titles.
"""

from __future__ import annotations

from collections.abc import Sequence

from checker.text import Source, Table

__all__ = ["context_lines", "table_name", "table_titles", "title_lines"]

CONTEXT_LINES = 12  # how far above a table its title may stand
HINT_LINES = 4  # how many of the nearest lines may be its title
TITLE_WORDS = 15  # a title longer than this is prose
# A line ending so closes its sentence or announces what follows: the next line is no
# continuation of it.
_CLOSED = (".", ":", ";", "!", "?")


def table_name(table: Table) -> str:
    caption = " ".join((table.caption or "").split())
    return caption or f"Tabel di baris {table.line}"


def context_lines(source: Source, table: Table) -> list[str]:
    """Non-blank text lines just above the table, nearest first, stopping at a table."""
    texts = source.stripped or tuple(source.lines)
    return [texts[number - 1].strip().strip("#* ") for number in _numbers_above(source, table)]


def _numbers_above(source: Source, table: Table) -> list[int]:
    """The numbers of the lines of :func:`context_lines`, nearest first."""
    found: list[int] = []
    texts = source.stripped or tuple(source.lines)
    number = table.line - 1
    while number >= 1 and table.line - number <= CONTEXT_LINES:
        other = source.table_at(number)
        if other is not None and other is not table:
            break
        text = texts[number - 1].strip() if number - 1 < len(texts) else ""
        if text and number not in source.page_header_lines:
            found.append(number)
        number -= 1
    return found


def table_titles(source: Source, table: Table) -> list[str]:
    """The caption and the short lines just above (titles, not prose that may mention
    any document): where a table says it is a PK Perubahan, a Renstra, an RKT, or the
    programs of one sasaran."""
    texts = source.stripped or tuple(source.lines)
    titles = [texts[number - 1].strip().strip("#* ")
              for number in _numbers_above(source, table)[:HINT_LINES]
              if not _another_caption(source, table, number)]
    return [table.caption or "", *(line for line in titles
                                   if len(line.split()) <= TITLE_WORDS
                                   and not line.endswith("."))]


def _another_caption(source: Source, table: Table, number: int) -> bool:
    """Whether line ``number`` is another table's caption: where a report prints each
    caption under its table, the line just above a table is the previous table's
    caption, not its title."""
    captioned = source.caption_at(number)
    return captioned is not None and captioned is not table


def title_lines(source: Source, table: Table) -> list[str]:
    """:func:`table_titles` without the lines of a paragraph the page wrapped: a short
    line of prose ('rangka mencapai target kinerja jangka menengah. Pihak kedua ...', in
    the text of a PK form) names no table, though no full stop ends it."""
    texts = source.stripped or tuple(source.lines)
    numbers = _numbers_above(source, table)[:HINT_LINES]
    titles = [
        texts[number - 1].strip().strip("#* ") for number in numbers
        if not (_runs_on(texts, number) or _runs_on(texts, number - 1)
                or _another_caption(source, table, number))
    ]
    return [table.caption or "",
            *(line for line in titles if len(line.split()) <= TITLE_WORDS
              and not line.endswith("."))]


def _runs_on(texts: Sequence[str], number: int) -> bool:
    """Does line ``number`` (1-based) run on into the next, a sentence cut by the page's
    width: it closes nothing and the next line goes on in lower case?"""
    if not 1 <= number < len(texts):
        return False
    upper, lower = texts[number - 1].strip(), texts[number].strip()
    return bool(upper) and not upper.endswith(_CLOSED) and lower[:1].islower()
