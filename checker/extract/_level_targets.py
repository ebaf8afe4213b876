"""Indicators printed beside the tujuan or sasaran they measure, with their targets.

Two kinds of table hold them, and the other performance readers leave both alone or read
them only in part:

* **the tujuan's table**: "Tujuan | Indikator Tujuan | Target", or a tujuan's own row in
  a "Tujuan | Sasaran | Indikator | Target 2021 ..." matrix (the row that names the
  tujuan and no sasaran yet). Reports print it in Bab II and again in Bab III or a
  lampiran; only its tujuan rows are kept;
* **the cascading lampiran**: a table titled "cascading" or "pohon kinerja" by its
  caption, a title line just above it or the heading of its section. Its tujuan and
  sasaran rows are kept; the indicators of programs and kegiatan belong to the
  agreements of the echelons below and are left out.

Which indicator a target column belongs to: the nearest indicator column to its left.
Which level an indicator column measures: the one its header names ("Indikator Tujuan",
"Indikator Sasaran"), else the nearest tujuan or sasaran column to its left; in a matrix
with both ("Indikator Kinerja", "Indikator Tujuan/Sasaran") each row decides, as above.
An undated "Target" column is the reporting year's, as everywhere in the reader; a
column flagged as another target (end of the period, baseline, national) is left out,
and so is a target column whose header names another level ("Target Program").

A table read here may also have been read as a Renstra, IKU or PK table: its unreadable
figures were reported there, so only a table no other reader used reports them here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from checker.model import Doubt, LevelTarget, Number, Provenance, TargetTable
from checker.names import fold_name
from checker.numbers import NumberStyle
from checker.text import Row, Source, Table, cell_lines

from ._context import table_name, table_titles
from ._cues import lazy
from ._figures import FigureReader, infer_style
from ._perf_columns import Column, Layout, analyse, bare_years, with_targets
from ._perf_rows import (
    Block,
    LogicalRow,
    clean_name,
    is_summary,
    logical_rows,
    sasaran_blocks,
    unit_of,
)

__all__ = ["extract_level_targets"]

_CASCADING = re.compile(r"\bcascad(?:ing|e)\b|\bpohon\s+kinerja\b", re.IGNORECASE)
# Needed by few reports: compiled on first use.
_RENSTRA = lazy(r"renstra|rencana\s+strategis|jangka\s+menengah", re.IGNORECASE)
_LEVELS = ("tujuan", "sasaran")
# Header words of an indicator or target of the echelons below (program, kegiatan).
_BELOW = frozenset({"program", "kegiatan", "sub"})
# Header words of a count ('Jumlah Indikator'): figures, not names.
_COUNT = frozenset({"jumlah", "banyaknya", "banyak"})
# The rows the layout reader may take as the header: title rows above it, then its rows.
_HEAD_ROWS = 10
_WORD = re.compile(r"[a-z]+")
# Roles that end the columns of one indicator: the next item or indicator begins.
_OWNERS = frozenset({"tujuan", "sasaran", "program"})


class _Pair(NamedTuple):
    """An indicator column, the level it measures (``None``: each row decides) and the
    target columns that belong to it, each with its year."""

    indikator: Column
    level: str | None
    targets: tuple[tuple[Column, int], ...]
    satuan: Column | None


def extract_level_targets(
    source: Source, year: int | None, figures: FigureReader, read: frozenset[int]
) -> tuple[TargetTable, ...]:
    """The tujuan tables and the cascading tables of ``source``; ``read`` holds the
    ``Table.line`` of tables another reader used (their doubts are told there)."""
    found: list[TargetTable] = []
    sections = _Sections(source)
    for table in source.tables:
        result = _guarded(source, sections, table, year, figures, table.line in read)
        if result is not None:
            found.append(result)
    return tuple(found)


def _guarded(source: Source, sections: _Sections, table: Table, year: int | None,
             figures: FigureReader, told_elsewhere: bool) -> TargetTable | None:
    """Read one table (its unreadable figures reported unless ``told_elsewhere``); a
    table this reader trips over becomes a doubt, not a crash, and leaves none of its
    figures' doubts behind."""
    told = len(figures.doubts)
    try:
        own = FigureReader() if told_elsewhere else figures
        return _read_table(source, sections, table, year, own)
    except Exception as error:  # a reader must degrade, never crash on a document
        del figures.doubts[told:]
        name = table_name(table)
        figures.doubts.append(Doubt(
            "internal", name,  # the reader tripped: a program error, not the document's
            {"id": f"tabel target tujuan/cascading tidak terbaca "
                   f"({type(error).__name__}: {error})",
             "en": f"tujuan/cascading target table could not be read "
                   f"({type(error).__name__}: {error})"},
            Provenance(table.line, table.end_line, name),
        ))
        return None


def _read_table(source: Source, sections: _Sections, table: Table, year: int | None,
                figures: FigureReader) -> TargetTable | None:
    head_text = _head_text(table)
    # A substring test first: most headers hold neither word, and then no word of them.
    if "indikator" not in head_text and "iku" not in head_text:
        return None  # no indicator column: nothing here measures a tujuan or a sasaran
    head = set(_WORD.findall(head_text))
    if "indikator" not in head and "iku" not in head:
        return None
    cascading = sections.cascading(table)
    if not cascading and "tujuan" not in head:
        return None  # neither a tujuan column nor an 'Indikator Tujuan' header
    layout = _year_targets(analyse(table), source, table, year)
    pairs = _pairs(layout, year)
    if not pairs:
        return None
    name = table_name(table)
    levels = _LEVELS if cascading else ("tujuan",)
    rows = _rows(table, layout, pairs, levels, figures, name)
    if not rows:
        return None
    kind = "cascading" if cascading else "tujuan"
    return TargetTable(name, kind, tuple(rows), Provenance(table.line, table.end_line, name))


# -- which table ----------------------------------------------------------------------


def _head_text(table: Table) -> str:
    """The text of the rows that may be the header (the layout reader looks no further),
    in lower case: a cheap look before the full reading of the layout, which most tables
    would not pass."""
    cells = (cell.text for row in table.rows[:_HEAD_ROWS] for cell in row.cells)
    return " ".join(cells).lower()


class _Sections:
    """Which table stands in the cascading: titled so by its caption, a title line just
    above it, or the heading of the section it stands in (a lampiran of several pages,
    one table a page)."""

    def __init__(self, source: Source) -> None:
        self.source = source
        headings = sorted(source.headings, key=lambda heading: heading.line)
        self.lines = [heading.line for heading in headings]
        self.texts = [heading.text for heading in headings]

    def section(self, table: Table) -> str:
        """The text of the last heading above ``table`` ('' before the first)."""
        index = bisect_left(self.lines, table.line)
        return self.texts[index - 1] if index else ""

    def cascading(self, table: Table) -> bool:
        titles = (*table_titles(self.source, table), self.section(table))
        return any(_CASCADING.search(text) for text in titles)


def _year_targets(layout: Layout, source: Source, table: Table, year: int | None) -> Layout:
    """Columns headed by bare years ('2022 | ... | 2026') are targets when a year runs
    past the reporting year or the title names the Renstra (the rule of the Renstra
    reader): a table of bare years that may be past realisasi is left alone."""
    years = bare_years(layout)
    if len(years) < 2 or any(
        layout.has(role) for role in ("target", "realisasi", "capaian")
    ):
        return layout
    ahead = year is not None and max(column.year or 0 for column in years) > year
    if ahead or any(_RENSTRA().search(text) for text in table_titles(source, table)):
        return with_targets(layout, years)
    return layout


# -- which columns --------------------------------------------------------------------


def _is_indicator(column: Column) -> bool:
    """'Indikator Kinerja', 'Indikator Tujuan', 'IKU'; not 'Jumlah Indikator'."""
    if column.role == "indikator":
        return True
    return column.role == "other" and "indikator" in column.words and not (
        column.words & _COUNT)


def _ends_pair(column: Column) -> bool:
    return column.role in _OWNERS or _is_indicator(column)


def _header_level(column: Column) -> str | None:
    """The level an indicator's or a target's header names: 'tujuan', 'sasaran', 'below'
    (a program's or kegiatan's), or None when it names none or both."""
    if column.words & _BELOW:
        return "below"
    named = [level for level in _LEVELS if level in column.words]
    return named[0] if len(named) == 1 else None


def _owner_level(layout: Layout, indikator: Column) -> str | None:
    """The level of an indicator whose header names none: the nearest tujuan, sasaran or
    program column to its left; None (each row decides) for a sasaran column with a
    tujuan column further left."""
    owners = [c for c in layout.columns if c.index < indikator.index and c.role in _OWNERS]
    if not owners:
        return "none"
    nearest = owners[-1]
    if nearest.role == "program":
        return "below"
    if nearest.role == "sasaran" and any(c.role == "tujuan" for c in owners):
        return None
    return nearest.role


def _pairs(layout: Layout, year: int | None) -> list[_Pair]:
    pairs = []
    for column in layout.columns:
        if not _is_indicator(column):
            continue
        named = _header_level(column)
        level = named if named is not None else _owner_level(layout, column)
        if level in ("below", "none"):
            continue
        targets = _targets_of(layout, column, level, year)
        if targets:
            pairs.append(_Pair(column, level, targets, _satuan_of(layout, column, targets)))
    return pairs


def _targets_of(layout: Layout, indikator: Column, level: str | None,
                year: int | None) -> tuple[tuple[Column, int], ...]:
    """The target columns right of ``indikator`` up to the next item or indicator, each
    with its year (an undated one is the reporting year's)."""
    found: list[tuple[Column, int]] = []
    for column in layout.columns[indikator.index + 1:]:
        if _ends_pair(column):
            break
        if column.role != "target" or column.flags:
            continue
        named = _header_level(column)
        if named == "below" or (named is not None and level is not None and named != level):
            continue  # 'Target Program', or a sasaran's target beside a tujuan's indicator
        dated = column.year if column.year is not None else year
        if dated is not None and dated not in {y for _, y in found}:
            found.append((column, dated))
    return tuple(found)


def _satuan_of(layout: Layout, indikator: Column,
               targets: Sequence[tuple[Column, int]]) -> Column | None:
    last = max(column.index for column, _ in targets)
    return next((c for c in layout.all("satuan") if indikator.index < c.index < last), None)


# -- which rows -----------------------------------------------------------------------


def _rows(table: Table, layout: Layout, pairs: Sequence[_Pair], levels: Sequence[str],
          figures: FigureReader, name: str) -> list[LevelTarget]:
    rows = logical_rows(table, layout)
    printed = {row.line: row for row in table.rows}
    blocks = {level: sasaran_blocks(rows, layout, level) for level in _LEVELS}
    at_tujuan = _at_tujuan(rows, layout, blocks["tujuan"])
    styles: dict[int, NumberStyle | None] = {}
    found: list[LevelTarget] = []
    seen: set[tuple[str, str | None, str]] = set()
    for index, row in enumerate(rows):
        for pair in pairs:
            level = pair.level or ("tujuan" if at_tujuan[index] else "sasaran")
            if level not in levels:
                continue
            block = blocks[level][index]
            physical = printed.get(row.line)
            if physical is not None and _only_spanned(physical, pair):
                continue  # a merged cell is read once, where it starts
            for line in _per_line(physical, row, pair):
                target = _target(line, pair, level, block, rows, styles, figures, name)
                if target is None:
                    continue
                key = (target.level, target.item, fold_name(target.indikator))
                if key not in seen:  # a merged cell repeated on the rows it spans is one row
                    seen.add(key)
                    found.append(target)
    return found


def _pair_columns(pair: _Pair) -> list[int]:
    return [pair.indikator.index, *(column.index for column, _ in pair.targets)]


def _only_spanned(physical: Row, pair: _Pair) -> bool:
    """Whether the row's indicator and target cells are all copies of merged cells that
    start on a row above or in a column to the left ("Mendukung kedua sasaran" over the
    sasaran, indicator and target columns): no indicator of its own is printed here."""
    cells = [physical.cell(index) for index in _pair_columns(pair)]
    return all(cell is not None and cell.spanned for cell in cells)


def _per_line(physical: Row | None, row: LogicalRow, pair: _Pair) -> list[LogicalRow]:
    """``row`` as one row per indicator when its indicator cell lists several, one a line
    (``<br>``), and each target cell gives as many lines: the cascading lampiran prints a
    sasaran's indicators and their targets so, line for line. Otherwise ``row`` itself."""
    if physical is None:
        return [row]
    columns = _pair_columns(pair)
    cells = [physical.cell(index) for index in columns]
    if any(cell is None or " ".join(cell.text.split()) != row.text(index)
           for cell, index in zip(cells, columns, strict=True)):
        return [row]  # wrapped over several printed rows: read as the row reads
    lines = [cell_lines(cell) for cell in cells if cell is not None]
    count = len(lines[0])
    if count < 2 or any(len(found) != count for found in lines[1:]):
        return [row]
    return [_with_texts(row, columns, [found[at] for found in lines]) for at in range(count)]


def _with_texts(row: LogicalRow, columns: Sequence[int], texts: Sequence[str]) -> LogicalRow:
    cells = list(row.cells)
    for index, text in zip(columns, texts, strict=True):
        cells[index] = text
    return replace(row, cells=cells, filled=set(row.filled))


def _at_tujuan(rows: Sequence[LogicalRow], layout: Layout,
               tujuan_blocks: Sequence[Block | None]) -> list[bool]:
    """Whether each row is a tujuan's own: from the row that begins a tujuan to the first
    row with anything in the sasaran column (a sasaran, or only its number '1.1')."""
    sasaran = layout.first("sasaran")
    result: list[bool] = []
    current: Block | None = None
    own = False
    for row, block in zip(rows, tujuan_blocks, strict=True):
        if block is not current:
            current, own = block, block is not None
        if sasaran is not None and row.text(sasaran.index):
            own = False
        result.append(own)
    return result


def _target(row: LogicalRow, pair: _Pair, level: str, block: Block | None,
            rows: Sequence[LogicalRow], styles: dict[int, NumberStyle | None],
            figures: FigureReader, name: str) -> LevelTarget | None:
    indikator = clean_name(row.text(pair.indikator.index))
    if not indikator or not any(map(str.isalpha, indikator)) or is_summary(indikator):
        return None
    where = Provenance(row.line, row.end_line, name)
    targets: dict[int, Number] = {}
    for column, year in pair.targets:
        if column.index not in styles:
            styles[column.index] = infer_style(r.text(column.index) for r in rows)
        number = figures.read(row.text(column.index), where, f"target {year}",
                              styles[column.index])
        if number is not None:
            targets[year] = number
    if not targets:
        return None
    satuan = row.text(pair.satuan.index) if pair.satuan is not None else ""
    return LevelTarget(
        level=level,
        item=block.name if block is not None else None,
        indikator=indikator,
        unit=unit_of(satuan, *(number.raw for number in targets.values())),
        targets=targets,
        where=where,
    )
