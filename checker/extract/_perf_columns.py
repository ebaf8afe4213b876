"""What each column of a performance table holds, read from its header rows.

Performance tables name their columns with a handful of words (``Sasaran Strategis``,
``Indikator Kinerja``, ``Target``, ``Realisasi``, ``Capaian (%)``, ``Formulasi``), often
over two header rows: a group cell (``Tahun 2022``, ``TARGET KINERJA PADA TAHUN``,
``ANGGARAN``) spans the sub-columns below it, and the converter writes the span as
empty cells to its right. Each column gets one :class:`Column`: its role, the year its
header names and flags for targets that are not the year's (``Target Akhir Renstra``,
``Realisasi Nasional``, ``Tahun Lalu``).

The lowest header cell of a column decides its role, since it is the most specific;
an upper cell decides only when the lower ones are empty or say nothing but a year or
``Uraian`` (``SASARAN`` over ``Uraian``). Upper cells always add their year and flags.
One exception: ``Indikator`` and ``Sasaran`` under a ``Capaian (%)`` group that spans
nothing else name whose capaian the column holds, not a column of names.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from checker.text import Row, Table

__all__ = [
    "FIGURE_ROLES",
    "Column",
    "Layout",
    "analyse",
    "bare_years",
    "is_numbering_row",
    "padded",
    "with_targets",
]

# Roles whose cells hold figures rather than names.
FIGURE_ROLES = frozenset({"target", "realisasi", "capaian", "money"})

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_ONLY_YEAR = re.compile(r"^(?:th\.?|tahun|thn\.?)?\s*(?:(?:19|20)\d\d)?\s*$", re.IGNORECASE)
_NUMBER_CELL = re.compile(r"^\(?\d{1,2}\)?$")
_THRESHOLD = re.compile(r"[<>\u2264\u2265=]")
_COLUMN_NUMBER = re.compile(r"\(\d{1,2}\)")
_WORD = re.compile(r"[a-z%]+")
_MAX_HEADER_ROWS = 4
_HEADER_SCAN = 6

# Words that name no role of their own: ``Uraian``, a year, or the sub-header under a group
# cell that says only "the figure" (``Target 2023`` over ``Nilai`` | ``Satuan``).
_GENERIC = frozenset({"uraian", "nama", "deskripsi", "th", "tahun", "thn",
                      "nilai", "angka", "besaran", "volume", "kuantitas"})
_MONEY = frozenset({"anggaran", "pagu", "rp", "keuangan", "dana", "biaya"})
_PREDIKAT = frozenset({"predikat", "kategori", "kriteria", "interpretasi", "interprestasi"})
_FORMULA = frozenset({"formula", "formulasi", "rumus", "penjelasan", "perhitungan", "definisi"})
_PJ = frozenset({"penanggung", "penanggungjawab", "pj"})
_PROGRAM = frozenset({"program", "kegiatan"})
# 'Polaritas', 'Sifat Indikator': how the report says an indicator is measured.
_POLARITAS = frozenset({"polaritas", "polarisasi", "sifat"})
# 'Jumlah Indikator' counts the indicators of a sasaran: figures, not their names.
_COUNT = frozenset({"jumlah", "banyaknya", "banyak"})
# What a sub-header under a capaian group may say: whose capaian it is.
_OWNERS = ("indikator", "sasaran")
_FLAGS = {
    "akhir": "akhir",  # Target Akhir Renstra / Target Akhir 2024: the period's end target
    "nasional": "nasional",  # Realisasi Nasional: a national benchmark
    "lalu": "lalu",  # Tahun Lalu
    "sebelumnya": "lalu",  # Tahun Sebelumnya
    "awal": "awal",  # Kondisi Awal: the baseline
    "baseline": "awal",
}


class Column(NamedTuple):
    """One column: ``role`` is None for a column this reader has no use for."""

    index: int
    role: str | None
    year: int | None
    flags: frozenset[str]
    words: frozenset[str]  # every word of the column's header cells, lower case
    header: str


class Layout(NamedTuple):
    """The columns of a table and where its body starts (index into ``table.rows``)."""

    columns: tuple[Column, ...]
    body_start: int
    years: tuple[int, ...]

    def first(self, role: str) -> Column | None:
        return next((column for column in self.columns if column.role == role), None)

    def all(self, role: str) -> list[Column]:
        return [column for column in self.columns if column.role == role]

    def has(self, role: str) -> bool:
        return self.first(role) is not None


def bare_years(layout: Layout) -> list[Column]:
    """Columns headed by a year and nothing else ('2022', 'Th. 2023'): what they hold
    is for the table as a whole to tell (the targets of a Renstra matrix)."""
    return [
        column for column in layout.columns
        if column.role is None and column.year is not None and not column.flags
        and column.words <= {"th", "tahun", "thn"}
    ]


def with_targets(layout: Layout, columns: Sequence[Column]) -> Layout:
    """The layout with ``columns`` taken as target columns of their year."""
    chosen = {column.index for column in columns}
    return layout._replace(columns=tuple(
        column._replace(role="target") if column.index in chosen else column
        for column in layout.columns
    ))


def padded(row: Row, width: int) -> list[str]:
    """The row's cell texts, one per column, empty where the row is short."""
    texts = [" ".join(cell.text.split()) for cell in row.cells[:width]]
    return texts + [""] * (width - len(texts))


# A header text is judged once per table and reader (rows tried as headers, columns,
# capaian groups), and the same few texts head most tables: kept for the recent ones.
@lru_cache(maxsize=2048)
def cell_role(text: str) -> str | None:
    """The role a single header cell names; ``"generic"`` for ``Uraian`` or a year."""
    lowered = " ".join(text.lower().split())
    if not lowered:
        return None
    if _ONLY_YEAR.match(lowered):
        return "generic"
    words = set(_WORD.findall(lowered))
    if re.match(r"^no\b\.?(?:\s*\(\d+\))?$", lowered) or lowered in ("nomor", "no urut"):
        return "no"
    if _THRESHOLD.search(lowered):
        return "threshold"  # 'Melampaui target (>100%)': a class of results, not a target
    if words & _MONEY:
        return "money"
    if "realisasi" in words:
        return "realisasi"
    if "target" in words:
        return "target"
    if words & _POLARITAS:
        return "polaritas"
    if _names_capaian(lowered):
        return "capaian"  # 'Capaian Indikator (%)', 'Capaian Sasaran': whose capaian
    if words & _COUNT and words & {"indikator", "sasaran"}:
        return "other"
    if "indikator" in words or lowered == "iku":
        if "sasaran" in words or not words & (_PROGRAM | {"tujuan", "sub"}):
            return "indikator"
        return "other"
    if "capaian" in words or lowered.strip("() ") == "%":
        return "capaian"
    if words & _PREDIKAT:
        return "predikat"
    if "satuan" in words:
        return "satuan"
    if words & _FORMULA:
        return "formula"
    if "sumber" in words:
        return "sumber"
    if words & _PJ:
        return "pj"
    if "sasaran" in words:
        return "other" if words & _PROGRAM else "sasaran"
    if "tujuan" in words:
        return "tujuan"
    if words & _PROGRAM:
        return "program"
    if words <= _GENERIC:
        return "generic"
    return None


def _names_capaian(lowered: str) -> bool:
    """'Capaian Indikator (%)': capaian comes before the owner it names, so the column
    holds the indicator's capaian (an 'Indikator Capaian ...' would be a name)."""
    words = _WORD.findall(lowered)
    if "capaian" not in words:
        return False
    owners = [words.index(owner) for owner in _OWNERS if owner in words]
    return bool(owners) and words.index("capaian") < min(owners)


def is_numbering_row(texts: Sequence[str]) -> bool:
    """The '1 2 3 4' / '(1) (2) (3)' row that numbers the columns."""
    filled = [text for text in texts if text]
    if len(filled) < 3 or not all(_NUMBER_CELL.match(text) for text in filled):
        return False
    numbers = [int(text.strip("()")) for text in filled]
    return numbers[0] <= 2 and all(b > a for a, b in itertools.pairwise(numbers))


def _header_like(texts: Sequence[str]) -> bool:
    """Short cells, most of them column names or years, none holding data."""
    filled = [text for text in texts if text]
    if not filled:
        return False
    if any(_has_data(text) for text in filled):
        return False
    named = sum(
        1 for text in filled
        if (len(text.split()) <= 8 and cell_role(text) not in (None, "threshold"))
        or _YEAR.search(text)
    )
    return named * 5 >= len(filled) * 3


def _has_data(text: str) -> bool:
    """Digits other than a year or a column number '(3)': a figure, or a numbered item."""
    rest = _COLUMN_NUMBER.sub(" ", _YEAR.sub(" ", text))
    return any(map(str.isdigit, rest))


def _roles_of(texts: Sequence[str]) -> int:
    return sum(1 for text in texts if cell_role(text) not in (None, "generic", "threshold"))


def _head_texts(table: Table, width: int) -> list[list[str]]:
    """The padded texts of the rows a header can reach (:func:`_header_rows`): the rows
    scanned for it, up to four header rows after them and the row after those. The body
    below is read elsewhere; padding it here was most of the work."""
    reach = max(_HEADER_SCAN, table.header_rows) + _MAX_HEADER_ROWS + 1
    return [padded(row, width) for row in table.rows[:reach]]


def _header_rows(table: Table, rows: list[list[str]]) -> tuple[int, int]:
    """(first header row, first body row), as indexes into ``table.rows``; ``rows`` are
    the texts of its first rows (:func:`_head_texts`)."""
    start = 0
    count = table.header_rows
    if count == 0:
        # Some tables carry a title or garbage above their header row (VISI/Misi lines).
        found = next(
            (i for i, texts in enumerate(rows[:_HEADER_SCAN])
             if _roles_of(texts) >= 2 and _header_like(texts)),
            None,
        )
        if found is None:
            return 0, 0
        start, count = found, 1
    end = start + count
    while end < len(rows) and end - start < _MAX_HEADER_ROWS:
        texts = rows[end]
        if is_numbering_row(texts):
            end += 1
            break
        if _header_like(texts):
            end += 1
            continue
        break
    return start, end


def _year_row_tail(rows: list[list[str]], columns: list[Column]) -> bool:
    """A first body row whose figure columns hold only bare years: a header the
    converter garbled (its other cells unreadable), whose years still count."""
    figures = [rows[0][c.index] for c in columns if c.role in FIGURE_ROLES]
    filled = [text for text in figures if text]
    return bool(filled) and all(_YEAR.fullmatch(text.strip()) for text in filled)


def _carried(header: list[list[str]], width: int) -> list[list[str]]:
    """Upper header rows with each group cell copied over the empty cells it spans.

    A cell spans to the right while the row below has sub-headers under it."""
    result = [list(texts) for texts in header]
    for level in range(len(result) - 1):
        below = header[level + 1]
        texts = result[level]
        for index in range(1, width):
            if texts[index] or not below[index]:
                continue
            left = index - 1
            if texts[left] and below[left]:
                texts[index] = texts[left]
    return result


def _column(index: int, cells: list[str]) -> Column:
    """Role, year and flags of one column from its header cells (top to bottom)."""
    return Column(index, *_header(tuple(cells)))


# What a column's header cells say: (role, year, flags, words, header). The tables of a
# report repeat their headers (a capaian table per sasaran): each is read once.
_Header = tuple[str | None, int | None, frozenset[str], frozenset[str], str]


@lru_cache(maxsize=1024)
def _header(cells: tuple[str, ...]) -> _Header:
    role: str | None = None
    for text in reversed(cells):
        found = cell_role(text)
        if found is None and text:
            role = "other"  # the most specific header names something else
            break
        if found not in (None, "generic"):
            role = found
            break
    year = next((int(m.group()) for text in reversed(cells) if (m := _YEAR.search(text))), None)
    words = frozenset(word for text in cells for word in _WORD.findall(text.lower()))
    flags = frozenset(flag for word, flag in _FLAGS.items() if word in words)
    if "renstra" in words and year is None:
        flags |= {"akhir"}
    if role == "threshold":
        role = "other"
    return role, year, flags, words, " / ".join(text for text in cells if text)


def _runs(texts: Sequence[str]) -> list[range]:
    """Runs of two or more neighbouring cells with one text: a group cell's span."""
    runs: list[range] = []
    start = 0
    for index in range(1, len(texts) + 1):
        if index == len(texts) or texts[index] != texts[start]:
            if texts[start] and index - start >= 2:
                runs.append(range(start, index))
            start = index
    return runs


def _owned_capaian(columns: list[Column], carried: list[list[str]]) -> list[Column]:
    """Columns under a 'Capaian (%)' group whose sub-headers say only whose capaian
    they hold ('Indikator' | 'Sasaran'): capaian columns, not names. A group that also
    spans targets or names of its own ('Capaian Kinerja' over the whole measurement)
    is a title, and its sub-headers keep their roles."""
    result = list(columns)
    for texts in carried[:-1]:
        for span in _runs(texts):
            under = [columns[index] for index in span]
            if cell_role(texts[span[0]]) != "capaian":
                continue
            roles = {column.role for column in under}
            if roles & set(_OWNERS) and roles <= {*_OWNERS, "capaian"}:
                for column in under:
                    result[column.index] = column._replace(role="capaian")
    return result


def analyse(table: Table) -> Layout:
    """The layout of ``table``: columns from its header rows, and where its body starts."""
    width = table.width
    rows = _head_texts(table, width)
    start, end = _header_rows(table, rows)
    header = [texts for texts in rows[start:end] if not is_numbering_row(texts)]
    if not header:
        return Layout((), end, ())
    carried = _carried(header, width)
    columns = [_column(i, [texts[i] for texts in carried]) for i in range(width)]
    columns = _owned_capaian(columns, carried)
    if end < len(rows) and _year_row_tail(rows[end:], columns):
        extra = rows[end]
        columns = [
            _column(c.index, [*(texts[c.index] for texts in carried), extra[c.index]])
            if _YEAR.fullmatch(extra[c.index].strip()) else c
            for c in columns
        ]
        end += 1
    columns = _renstra_beside_agreement(columns)
    years = tuple(sorted({c.year for c in columns if c.year is not None}))
    return Layout(tuple(columns), end, years)


# Words by which a target column names the Perjanjian Kinerja as its source.
_AGREEMENT = frozenset({"pk", "perjanjian"})


def _renstra_beside_agreement(columns: list[Column]) -> list[Column]:
    """A table that sets the Renstra's target of the year beside the PK's ('Target
    Renstra 2022 | Target PK 2022 | Realisasi'): the PK's is the year's target (what
    capaian is measured against), the Renstra's is flagged as the plan's, like the
    Renstra's end target. A table of Renstra targets alone keeps them as they are."""
    targets = [column for column in columns if column.role == "target"]
    agreement_years = {column.year for column in targets
                       if column.words & _AGREEMENT and "renstra" not in column.words}
    if not agreement_years:
        return columns
    return [
        column._replace(flags=column.flags | {"renstra"})
        if column.role == "target" and "renstra" in column.words
        and column.year in agreement_years else column
        for column in columns
    ]
