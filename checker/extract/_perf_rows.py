"""Logical rows of a performance table: wrapped cells joined, sasaran carried down.

A PDF converter writes one printed row over several lines when a cell wraps:

* the whole row continues on the next line(s) with every figure cell empty
  (``Persentase laporan Kejadian`` / ``Ketentraman, Ketertiban dan`` / ...);
* only the sasaran cell continues, on the line of the sasaran's next indicator
  (``Meningkatnya Kinerja Pelayanan Perangkat`` over ``Daerah, Keuangan dan ...``);
* a sasaran is written once and the rows of its other indicators leave it blank.

:func:`logical_rows` undoes the first; :func:`sasaran_blocks` the other two.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from checker.model import Polarity
from checker.numbers import split_rate_unit
from checker.text import Row, Table

from ._cues import lazy
from ._perf_columns import FIGURE_ROLES, Layout, is_numbering_row, padded

__all__ = [
    "Block",
    "LogicalRow",
    "clean_name",
    "figure_and_label",
    "is_summary",
    "logical_rows",
    "polarity_of",
    "sasaran_blocks",
    "sasaran_heading",
    "stated_polarity",
    "unit_of",
]

# '1.', '2. ', '1.1', '1)', '(2)', 'a.' before a name; '3.Meningkatnya' without a space.
_NUMBERING = re.compile(r"^\s*(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]?|[a-zA-Z][.)])(?:\s+|(?=[A-Z]))")
_ONLY_NUMBERING = re.compile(r"^\s*\(?\d{1,2}(?:\.\d{1,2})*[.)]?\s*$")
# 'Rata-rata Capaian Kinerja', 'Rata-rata', 'Rata-rata Keseluruhan', 'Capaian Sasaran 1',
# 'Jumlah'; not an indicator named 'Rata-rata nilai IDM'.
_SUMMARY = re.compile(
    r"^(?:rata[\s-]*rata|rerata)(?:\s+(?:persentase\s+|nilai\s+)?capaian\b.*"
    r"|\s+(?:keseluruhan|seluruhnya))?$"
    r"|^(?:nilai\s+)?capaian\s+(?:kinerja\s+)?sasaran\b"
    r"|^(?:jumlah|total)(?:\s+capaian)?$",
    re.IGNORECASE,
)

# How a sasaran statement starts ('Meningkatnya ...', 'Terwujudnya ...'): such a text
# on an unnumbered row is a new sasaran, never the wrapped end of the one above.
_SASARAN_START = lazy(
    r"^(?:meningkat|menurun|terwujud|tersedia|terselenggara|terpenuhi|tercapai|terlaksana"
    r"|peningkatan|penurunan|berkurang|bertambah|optimal)",
    re.IGNORECASE,
)
# Indicators where lower is better. Kept short on purpose: only names that say so
# outright. 'penurunan' is left out: 'Persentase penurunan stunting' is a rate of
# reduction, where higher is better.
_NEGATIVE = re.compile(
    r"\bmenurunnya\b"  # 'Menurunnya angka ...': the indicator names a reduction to reach
    r"|\bangka\s+kemiskinan\b"  # a poverty rate: lower is better
    r"|\btingkat\s+pengangguran\b"  # an unemployment rate: lower is better
    r"|\btidak\s+tertangani\b"  # share of cases not handled
    r"|\bpengaduan\s+yang\s+tidak\b"  # complaints not resolved
    r"|\b(?:angka|persentase|jumlah|rasio|tingkat)\s+(?:anak\s+)?putus\s+sekolah\b"  # dropouts
    r"|\bangka\s+kematian\b"  # mortality rates (AKI, AKB)
    r"|\bprevalensi\b"  # prevalence of stunting, of a disease
    r"|\bangka\s+kesakitan\b",  # morbidity
    re.IGNORECASE,
)
# What a 'Polaritas' / 'Sifat' cell says: 'Negatif', 'Minimize', 'semakin kecil semakin
# baik', an arrow. Only words that say the direction outright; 'Stabil' or a target
# range says neither, and the indicator's name decides.
_STATED_NEGATIVE = re.compile(
    r"\bnegati[fv]e?\b|\bminimi[sz]|\blower\s+is\s+better\b|[\u2193\u2198]"
    r"|\b(?:semakin|makin|lebih)\s+(?:kecil|rendah|sedikit)\s+(?:\w+\s+)?"
    r"(?:semakin|makin|lebih)\s+baik\b",
    re.IGNORECASE,
)
_STATED_POSITIVE = re.compile(
    r"\bpositi[fv]e?\b|\bmaximi[sz]|\bhigher\s+is\s+better\b|[\u2191\u2197]"
    r"|\b(?:semakin|makin|lebih)\s+(?:besar|tinggi|banyak)\s+(?:\w+\s+)?"
    r"(?:semakin|makin|lebih)\s+baik\b",
    re.IGNORECASE,
)
# A figure with its predikat in one cell: '99,16 (Sangat Tinggi)', '97,22 Memuaskan'.
_FIGURE_LABEL = lazy(
    r"^(?P<figure>[-+]?\d[\d.,]*\s*%?)\s*(?:\((?P<inner>[^()\d]*[a-z][^()\d]*)\)"
    r"|(?P<bare>[^()\d]*[a-z][^()\d]*))$",
    re.IGNORECASE,
)
# A row that names the sasaran of the rows below it, in a table without a sasaran
# column: 'Sasaran 1: Meningkatnya ...', 'SASARAN STRATEGIS 2. Meningkatnya ...'.
_SASARAN_HEADING = re.compile(
    # Each run of spaces belongs to one part only (cubic backtracking on a long run).
    r"^sasaran(?:\s+strategis)?\s*(?:ke\s*)?(?:(?:\d+(?:\.\d+)*|(?:\.\d+)+)\s*)?"
    r"(?:[:.\-]\s*)?(?P<name>\S.*)$",
    re.IGNORECASE,
)
_PERCENT_UNITS = frozenset({"%", "persen", "persentase", "prosentase", "(%)"})


@dataclass
class LogicalRow:
    """One printed row: cell texts by column, first and last line of the file."""

    cells: list[str]
    line: int
    end_line: int
    filled: set[int] = field(default_factory=set)

    def text(self, index: int | None) -> str:
        return self.cells[index] if index is not None and index < len(self.cells) else ""


@dataclass
class Block:
    """A sasaran (or tujuan) written once over the rows that belong to it."""

    parts: list[str]
    line: int
    numbered: bool

    @property
    def name(self) -> str:
        return clean_name(_join(self.parts))


def _join(parts: Sequence[str]) -> str:
    text = ""
    for part in parts:
        if not text:
            text = part
        elif text.endswith("-") and part[:1].islower():
            text = text + part  # 'Perundang-' + 'undangan'
        else:
            text = f"{text} {part}"
    return text


def clean_name(text: str) -> str:
    """A name without its numbering ('2. Nilai AKIP' -> 'Nilai AKIP') or stray spaces."""
    text = " ".join(text.split())
    if _ONLY_NUMBERING.match(text):
        return ""
    return _NUMBERING.sub("", text, count=1).strip(" :;") if text else ""


def has_numbering(text: str) -> bool:
    return bool(text) and (bool(_NUMBERING.match(text)) or bool(_ONLY_NUMBERING.match(text)))


def is_summary(label: str) -> bool:
    """'Rata-rata Capaian Kinerja', 'Jumlah', 'Capaian Sasaran': not an indicator."""
    return bool(_SUMMARY.match(clean_name(label)))


# A polarity the name itself states in brackets: 'Jumlah kasus ... (polaritas negatif)',
# '... (semakin kecil semakin baik)'. The report's own word, as a 'Polaritas' cell is.
_BRACKETED = re.compile(r"\(([^()]*)\)")
_STATES_POLARITY = re.compile(r"polaritas|\b(?:semakin|makin|lebih)\s", re.IGNORECASE)


def polarity_of(name: str) -> Polarity:
    for bracket in _BRACKETED.finditer(name):
        inner = bracket.group(1)
        stated = stated_polarity(inner) if _STATES_POLARITY.search(inner) else None
        if stated is not None:
            return stated
    return Polarity.NEGATIVE if _NEGATIVE.search(name) else Polarity.POSITIVE


def stated_polarity(text: str) -> Polarity | None:
    """The polarity a 'Polaritas' cell states; None when it states none, or both."""
    negative = bool(_STATED_NEGATIVE.search(text))
    positive = bool(_STATED_POSITIVE.search(text))
    if negative == positive:
        return None
    return Polarity.NEGATIVE if negative else Polarity.POSITIVE


def figure_and_label(text: str) -> tuple[str, str | None]:
    """A cell split into its figure and the predikat printed beside it ('99,16 (Sangat
    Tinggi)' -> '99,16', 'Sangat Tinggi'); the cell itself when it holds no such pair."""
    text = " ".join(text.split())
    match = _FIGURE_LABEL().match(text)
    if match is None:
        return text, None
    label = (match.group("inner") or match.group("bare") or "").strip(" .,;:-")
    if label.lower() in _PERCENT_UNITS:
        return match.group("figure").strip(), None  # '95,00 persen': a unit, no predikat
    return match.group("figure").strip(), label or None


def unit_of(satuan: str, *figures: str) -> str | None:
    """The unit: the Satuan column, else the rate a figure prints ('per 100.000 KH'),
    else '%' when a figure prints one."""
    text = " ".join(satuan.split())
    if text:
        return "%" if text.lower() in _PERCENT_UNITS else text
    rates = [unit for figure in figures if figure and (unit := split_rate_unit(figure)[1])]
    if rates:
        return rates[0]
    if any("%" in figure for figure in figures if figure):
        return "%"
    return None


def _continues(texts: list[str], previous: LogicalRow | None, layout: Layout) -> bool:
    """Is this line the wrapped rest of the row above (no figures, no numbering)?"""
    if previous is None:
        return False
    filled = {i for i, text in enumerate(texts) if text}
    if not filled:
        return False
    no = layout.first("no")
    if no is not None and texts[no.index]:
        return False
    value_roles = FIGURE_ROLES | {"predikat", "satuan", "polaritas"}
    if any(c.role in value_roles and texts[c.index] for c in layout.columns):
        return False
    first = texts[min(filled)]
    if has_numbering(first) or is_summary(first) or _SASARAN_HEADING.match(first):
        return False
    # A wrap continues some of the cells that had text, never all of them: the row it
    # continues also had its number or its figures.
    return filled < previous.filled


def _group_heading_texts(row: Row, width: int) -> list[str] | None:
    """A row that is one merged cell across the whole table ('Sasaran 1: ...' over the
    indicators grouped below it), read once, in its first column: the reader repeats a
    merged cell's text in every column it covers, which would make the heading look
    like an indicator whose figures are its name. ``None`` for any other row."""
    cells = row.cells
    if width < 2 or not cells or cells[0].spanned or cells[0].colspan < min(width, len(cells)):
        return None
    if not all(cell.spanned for cell in cells[1:]):
        return None
    return [" ".join(cells[0].text.split())] + [""] * (width - 1)


def logical_rows(table: Table, layout: Layout) -> list[LogicalRow]:
    """The body rows of ``table`` with wrapped lines joined to the row they continue."""
    width = len(layout.columns)
    result: list[LogicalRow] = []
    for row in table.rows[layout.body_start:]:
        texts = _group_heading_texts(row, width) or padded(row, width)
        if not any(texts) or is_numbering_row(texts):
            continue
        previous = result[-1] if result else None
        if previous is not None and _continues(texts, previous, layout):
            for index, text in enumerate(texts):
                if text:
                    previous.cells[index] = _join([previous.cells[index], text]).strip()
            previous.end_line = row.end_line
            continue
        filled = {i for i, text in enumerate(texts) if text}
        result.append(LogicalRow(texts, row.line, row.end_line, filled))
    return result


def sasaran_heading(row: LogicalRow) -> str | None:
    """The sasaran a heading row names ('Sasaran 2: Meningkatnya ...'), if it is one:
    its only text, beside at most a number."""
    texts = [text for text in row.cells if text]
    if not texts or len(texts) > 2 or (len(texts) == 2 and not has_numbering(texts[0])):
        return None
    match = _SASARAN_HEADING.match(texts[-1])
    return clean_name(match.group("name")) if match else None


def sasaran_blocks(
    rows: Sequence[LogicalRow], layout: Layout, role: str = "sasaran"
) -> list[Block | None]:
    """The block (sasaran or tujuan) each row belongs to, carried down blank cells.

    A sasaran cell on a row without a number continues the sasaran above when the
    table numbers its sasaran (the number is only on the sasaran's first row) and the
    text does not start like a sasaran statement, or when it starts in lower case."""
    column = layout.first(role)
    no = layout.first("no")
    tujuan = layout.first("tujuan")
    if role == "sasaran" and tujuan is not None and column is not None and (
        tujuan.index < column.index
    ):
        no = None  # the numbers in the No column count the tujuan, not the sasaran
    found: list[Block | None] = []
    current: Block | None = None
    for row in rows:
        if column is None and role == "sasaran":
            heading = sasaran_heading(row)
            if heading:
                current = Block([heading], row.line, True)
            found.append(current)
            continue
        text = row.text(column.index) if column is not None else ""
        if text and (not clean_name(text) or is_summary(text)):
            text = ""  # a bare '1.1' names nothing; 'Rata-rata Capaian' is no sasaran
        if text:
            numbered = no is not None and bool(row.text(no.index))
            wraps = current is not None and not numbered and (
                text[:1].islower() or (current.numbered and not _SASARAN_START().match(text))
            )
            if wraps and current is not None:
                current.parts.append(text)
            else:
                current = Block([text], row.line, numbered)
        found.append(current)
    return found
