"""Performance tables of an LKjIP: Renstra, IKU, Perjanjian Kinerja, capaian, scale.

Each table of the :class:`~checker.text.Source` is classified by the words of its
header and the content of its columns (the caption only supports a decision that
the header leaves open: Perjanjian Kinerja or Renstra, PK or PK Perubahan):

* **capaian**: an indicator (or sasaran) column with realisasi, or target and
  capaian; comparisons with earlier years keep only the reporting year's columns,
  and a table measured against another target (Target Akhir Renstra) keeps only
  its realisasi of the year. 'Rata-rata' rows, a 'Capaian Sasaran' column beside the
  indicators' capaian, and the rows of a table of sasaran capaian (sasaran | capaian
  | predikat) are the sasaran's :class:`~checker.model.AchievementSummary` (the latter
  joining the indicator table whose sasaran they sum up); the mean over every sasaran
  at the foot of a table of sasaran capaian is no one sasaran's, and is left alone;
* **IKU**: indicators with a formula, data source or person in charge;
* **Perjanjian Kinerja** (``pk``, or ``pk_perubahan`` when its caption says so, or the
  heading of the Lampiran it stands in): sasaran, indikator and target, and the program
  / anggaran table printed under it; a table that prints the PK's figures beside the
  PK Perubahan's ('Target PK Awal | Target PK Perubahan') is read as both;
* **Renstra**: indicators with targets for several years (or one dated Target
  column in a table with a tujuan column, or captioned Renstra / jangka menengah);
  columns headed by bare years are its targets when the years run past the
  reporting year (no realisasi exists yet) or the title names the Renstra;
* **scale**: one column of ranges (``86-100``, ``>= 91``, ``< 50``) beside labels.

Everything else (budget tables are read elsewhere, per-village detail, staff tables,
RKT) is left alone.

A 'Polaritas' (or 'Sifat') column of the IKU, capaian or Renstra table states whether
lower is better; what the report states wins over the guess from the indicator's name,
in every table that prints the indicator. A sentence that names an indicator and its
polarity ("Indikator ... berpolaritas negatif") states it too, after the tables.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from checker.model import (
    AchievementRow,
    AchievementSummary,
    AchievementTable,
    AgreementProgram,
    AgreementRow,
    AgreementTotal,
    Doubt,
    IkuRow,
    Indikator,
    Number,
    Plan,
    Polarity,
    Provenance,
    Sasaran,
    Scale,
    Tujuan,
)
from checker.names import fold_name as normalise_name
from checker.numbers import NumberStyle
from checker.text import Source, Table

from ._budget_cells import leading_label, level_word, nomenclature_level
from ._context import context_lines, table_name, table_titles, title_lines
from ._figures import FigureReader, infer_style
from ._listed_rows import split_listed_rows
from ._money_scale import header_scale, scaled, stated_scale
from ._perf_columns import Column, Layout, analyse, bare_years, with_targets
from ._perf_earlier import earlier_columns, read_earlier
from ._perf_polarity import prose_polarities
from ._perf_rows import (
    Block,
    LogicalRow,
    clean_name,
    figure_and_label,
    is_summary,
    logical_rows,
    polarity_of,
    sasaran_blocks,
    sasaran_heading,
    stated_polarity,
    unit_of,
)
from ._perf_scale import read_scale, scale_in_text
from ._pk_holder import subordinate_pk
from ._pk_lists import read_pk_lists

__all__ = ["PerformanceExtraction", "extract_performance"]

_PK_HINT = re.compile(r"perjanjian\s+kinerja|\bpk\b", re.IGNORECASE)
_PERUBAHAN = re.compile(r"perubahan", re.IGNORECASE)
# A line of prose, not a title, though short: a sentence ends inside it (a full stop
# after a word of two or more letters, then a capital: not "No." or "Rp."), or it says
# the PK was *not* changed ("PK tidak mengalami perubahan", "tanpa perubahan").
_PROSE_LINE = re.compile(r"[a-z0-9)]{2}[.!?]\s+[A-Z]"
                         r"|\b(?:tidak|tanpa|belum)\s+(?:\w+\s+){0,2}perubahan", re.IGNORECASE)
_RENSTRA_HINT = re.compile(r"renstra|rencana\s+strategis|jangka\s+menengah", re.IGNORECASE)
# A cascading lampiran (pohon kinerja): its one year's targets are that year's cascade,
# which the cascading reader reads (indicator by indicator), not the Renstra's.
_CASCADING_HINT = re.compile(r"\bcascad(?:ing|e)\b|\bpohon\s+kinerja\b", re.IGNORECASE)
_RKT_HINT = re.compile(r"rencana\s+kinerja\s+tahunan|\brkt\b|\brenja\b|rencana\s+kerja", re.I)
_SASARAN_TITLE = re.compile(
    # Each run of spaces belongs to one part only (cubic backtracking on a long run).
    r"\b(?i:sasaran)\s*(?:ke\s*)?(?:\d+(?:\.\d+)*\s*)?(?:[.:]\s*)?(?P<name>[A-Z][^:]{8,})"
)

_TOTAL = re.compile(r"^(?:jumlah|total)\b", re.IGNORECASE)
_PROGRAM_GAP = 6


class PerformanceExtraction(NamedTuple):
    plan: Plan
    agreements: tuple[AgreementRow, ...]
    agreement_programs: tuple[AgreementProgram, ...]
    agreement_totals: tuple[AgreementTotal, ...]
    iku: tuple[IkuRow, ...]
    achievements: tuple[AchievementTable, ...]
    scale: Scale | None
    used: frozenset[int]  # Table.line of every source table used


@dataclass
class _State:
    """What the extraction has found so far, and the ids handed out."""

    source: Source
    year: int | None
    figures: FigureReader
    tujuan: list[Tujuan] = field(default_factory=list)
    sasaran: list[Sasaran] = field(default_factory=list)
    indikator: list[Indikator] = field(default_factory=list)
    agreements: list[AgreementRow] = field(default_factory=list)
    programs: list[AgreementProgram] = field(default_factory=list)
    totals: list[AgreementTotal] = field(default_factory=list)
    iku: list[IkuRow] = field(default_factory=list)
    achievements: list[AchievementTable] = field(default_factory=list)
    scale: Scale | None = None
    used: set[int] = field(default_factory=set)
    last_pk: tuple[Table, str] | None = None  # the latest PK table and its document
    # (normalised indicator name, polarity, line) of every polarity a table states
    polarities: list[tuple[str, Polarity, int]] = field(default_factory=list)


def extract_performance(
    source: Source, year: int | None, figures: FigureReader, skip: frozenset[int]
) -> PerformanceExtraction:
    """Read the performance tables of ``source`` (tables whose line is in ``skip``
    were taken as budget tables and are left alone)."""
    state = _State(source, year, figures)
    for table in source.tables:
        if table.line not in skip and _guarded(state, table):
            state.used.add(table.line)
    if state.scale is None:  # no scale table: the report may print its scale as a sentence
        state.scale = scale_in_text(source)
    _add_pk_lists(state)
    # After every table's 'Polaritas' cell: what a table states wins over a sentence.
    state.polarities.extend(prose_polarities(source, _indicator_names(state)))
    _apply_stated_polarity(state)
    return PerformanceExtraction(
        plan=Plan(tuple(state.tujuan), tuple(state.sasaran), tuple(state.indikator)),
        agreements=tuple(state.agreements),
        agreement_programs=tuple(state.programs),
        agreement_totals=tuple(state.totals),
        iku=tuple(state.iku),
        achievements=tuple(state.achievements),
        scale=state.scale,
        used=frozenset(state.used),
    )


def _add_pk_lists(state: _State) -> None:
    """The PK written as lists, in the PK sections whose PK no table gave."""
    read_lines = (row.where.line for row in (*state.agreements, *state.programs))
    lists = read_pk_lists(state.source, state.figures, read_lines)
    state.agreements.extend(lists.agreements)
    state.programs.extend(lists.programs)
    state.totals.extend(lists.totals)


def _guarded(state: _State, table: Table) -> bool:
    """Read one table; a table this reader trips over becomes a doubt, not a crash,
    and leaves nothing half-read behind."""
    kept = {name: len(getattr(state, name)) for name in _LISTS}
    scale, last_pk, doubts = state.scale, state.last_pk, len(state.figures.doubts)
    try:
        return _read_table(state, table, analyse(table))
    except Exception as error:  # a reader must degrade, never crash on a document
        for name, count in kept.items():
            del getattr(state, name)[count:]
        del state.figures.doubts[doubts:]
        state.scale, state.last_pk = scale, last_pk
        name = table_name(table)
        state.figures.doubts.append(Doubt(
            "internal", name,  # the reader tripped: a program error, not the document's
            {"id": f"tabel kinerja tidak terbaca ({type(error).__name__}: {error})",
             "en": f"performance table could not be read ({type(error).__name__}: {error})"},
            Provenance(table.line, table.end_line, name),
        ))
        return False


_LISTS = ("tujuan", "sasaran", "indikator", "agreements", "programs", "iku", "achievements",
          "polarities")


# -- classification ---------------------------------------------------------------------


def _read_table(state: _State, table: Table, layout: Layout) -> bool:
    """Read ``table`` into the state if it is a performance table; whether it was."""
    name = table_name(table)
    if state.scale is None and not layout.has("indikator"):
        scale = read_scale(table, layout, name)
        if scale is not None:
            state.scale = scale
            return True
    if not layout.columns:
        return False
    if _is_capaian(layout):
        return _read_capaian(state, table, layout, name)
    if not _textual(table, layout):
        return False  # an 'indikator' column of counts: a tally, not indicators
    if layout.has("indikator") and any(layout.has(r) for r in ("formula", "sumber", "pj")):
        return _read_iku(state, table, layout, name)
    context = _context(state.source, table)
    layout = _year_targets(layout, context, _report_year(state, layout))
    staged = _pk_stage_targets(layout)
    if staged is not None:
        return _read_agreement(state, table, staged, name)
    if _is_agreement(layout, context, _headed(table, layout)):
        if subordinate_pk(state.source, table, _section_headings(state.source, table)):
            return True  # an official's PK below the head: it supports the agency's PK
        return _read_agreement(state, table, layout, name)
    if _is_renstra(layout, context):
        return _read_renstra(state, table, layout, name)
    if _is_program_part(state, table, layout):
        return _read_programs(state, table, layout, name)
    return False


def _is_capaian(layout: Layout) -> bool:
    """Realisasi, or target and capaian, of indicators or sasaran; or the capaian of
    each sasaran alone (sasaran | capaian | predikat), a summary of the indicators'."""
    if not (layout.has("indikator") or layout.has("sasaran")):
        return False
    figures = {c.role for c in layout.columns if c.role in ("target", "realisasi", "capaian")}
    if "realisasi" in figures or {"target", "capaian"} <= figures:
        return True
    return figures == {"capaian"} and not any(
        layout.has(role) for role in ("indikator", "program", "money")
    )


def _textual(table: Table, layout: Layout) -> bool:
    """Whether the indicator column holds names (not counts such as '2', '3')."""
    column = layout.first("indikator")
    if column is None:
        return True
    texts = [
        " ".join(cell.text.split())
        for row in table.rows[layout.body_start:]
        if (cell := row.cell(column.index)) is not None and cell.text.strip()
    ]
    named = sum(1 for text in texts if any(map(str.isalpha, text)))
    return not texts or named * 2 > len(texts)


def _headed(table: Table, layout: Layout) -> bool:
    """Whether rows such as 'Sasaran 1: Meningkatnya ...' name the sasaran of the rows
    below them (a table with no sasaran column)."""
    if layout.has("sasaran") or not layout.has("indikator"):
        return False
    return any(sasaran_heading(row) for row in logical_rows(table, layout))


def _is_agreement(layout: Layout, context: str, headed: bool = False) -> bool:
    if not ((layout.has("sasaran") or headed) and layout.has("indikator")
            and layout.has("target")):
        return False
    if _RKT_HINT.search(context) and not _PK_HINT.search(context):
        return False  # an RKT lays out sasaran, indikator and target alike
    if layout.has("program") and not _PK_HINT.search(context):
        return False  # sasaran beside program and kegiatan: a cascade or an RKT
    dated = {c.year for c in layout.all("target") if c.year is not None}
    if len(dated) > 1 or (layout.has("tujuan") and dated and not _PK_HINT.search(context)):
        return False  # targets over several years: the Renstra
    return not (_RENSTRA_HINT.search(context) and not _PK_HINT.search(context))


def _year_targets(layout: Layout, context: str, year: int | None) -> Layout:
    """A Renstra matrix often heads its target columns with bare years ('2022 | 2023
    | ... | 2026'). Such columns are targets when a year runs past the reporting year
    (there is no realisasi of a year to come) or the title names the Renstra; a table
    of bare years that may be past realisasi is left alone."""
    years = bare_years(layout)
    if len(years) < 2 or not layout.has("indikator"):
        return layout
    if any(layout.has(role) for role in ("target", "realisasi", "capaian")):
        return layout  # the years are something else beside the table's own figures
    ahead = year is not None and max(c.year or 0 for c in years) > year
    if ahead or _RENSTRA_HINT.search(context):
        return with_targets(layout, years)
    return layout


def _is_renstra(layout: Layout, context: str) -> bool:
    if not layout.has("indikator"):
        return False
    dated = {c.year for c in layout.all("target") if c.year is not None and not c.flags}
    if len(dated) > 1:
        return True
    if _CASCADING_HINT.search(context):
        return False
    return len(dated) == 1 and (layout.has("tujuan") or bool(_RENSTRA_HINT.search(context)))


def _is_program_part(state: _State, table: Table, layout: Layout) -> bool:
    """A program / anggaran table of a Perjanjian Kinerja: printed right under the PK's
    sasaran table, or captioned as the PK's."""
    if layout.has("indikator") or not layout.has("program") or not layout.has("money"):
        return False
    if table.caption and _PK_HINT.search(table.caption):
        return True
    return state.last_pk is not None and (
        0 < table.line - state.last_pk[0].end_line <= _PROGRAM_GAP
    )


# -- helpers ----------------------------------------------------------------------------


def _context(source: Source, table: Table) -> str:
    """The table's titles: what names it a PK, a Renstra or an RKT (the prose of a PK form
    above its table may mention the Renstra's 'target jangka menengah')."""
    return " ".join(title_lines(source, table))


def _where(row: LogicalRow, name: str) -> Provenance:
    return Provenance(row.line, row.end_line, name)


def _pick(layout: Layout, role: str, year: int | None) -> Column | None:
    """The column of ``role`` for the reporting year: named for it, else undated.

    A column of another year, or flagged (end of the Renstra period, national,
    last year, baseline), is never the year's."""
    return _choose(layout.all(role), year)


def _choose(columns: Sequence[Column], year: int | None) -> Column | None:
    """Of ``columns``, the reporting year's (see :func:`_pick`)."""
    candidates = [c for c in columns if not c.flags]
    if year is not None:
        dated = [c for c in candidates if c.year == year]
        if dated:
            return dated[0]
    undated = [c for c in candidates if c.year is None]
    return undated[0] if undated else None


def _report_year(state: _State, layout: Layout) -> int | None:
    """The reporting year; without one, the latest year the table's header names."""
    return state.year if state.year is not None else (max(layout.years) if layout.years else None)


class _Reader:
    """Reads the figure cells of one table, each column in its own number style
    (``63,075`` beside ``88,33`` is a decimal, not sixty-three thousand)."""

    def __init__(self, figures: FigureReader, rows: Sequence[LogicalRow]) -> None:
        self.figures = figures
        self.rows = rows
        self.styles: dict[int, NumberStyle | None] = {}

    def read(self, row: LogicalRow, column: Column | None, where: Provenance,
             field_name: str) -> Number | None:
        if column is None:
            return None
        return self.read_text(row.text(column.index), column, where, field_name)

    def read_text(self, text: str, column: Column, where: Provenance,
                  field_name: str) -> Number | None:
        """``text`` (part of a cell of ``column``) in the column's number style."""
        if column.index not in self.styles:
            self.styles[column.index] = infer_style(r.text(column.index) for r in self.rows)
        return self.figures.read(text, where, field_name, self.styles[column.index])


def _text(row: LogicalRow, column: Column | None) -> str:
    return row.text(column.index) if column is not None else ""


def _indikator(row: LogicalRow, column: Column | None, layout: Layout) -> str:
    """The indicator a row names: none on a 'Sasaran 1: ...' heading row."""
    if not layout.has("sasaran") and sasaran_heading(row):
        return ""
    return clean_name(_text(row, column))


def _indicator_column(layout: Layout) -> Column | None:
    """The sasaran's indicator column: one that says 'sasaran', else the first."""
    columns = layout.all("indikator")
    return next((c for c in columns if "sasaran" in c.words), columns[0] if columns else None)


# -- capaian ----------------------------------------------------------------------------


class _CapaianColumns(NamedTuple):
    sasaran: Column | None
    indikator: Column | None
    satuan: Column | None
    target: Column | None
    realisasi: Column | None
    capaian: Column | None
    predikat: Column | None
    sasaran_capaian: Column | None = None  # 'Capaian Sasaran' beside the indicators'
    polaritas: Column | None = None
    corrected: Column | None = None  # 'Capaian Terkoreksi' beside the computed capaian
    bobot: Column | None = None  # the indicator's weight in its sasaran's capaian


# Words by which a second capaian column says it holds the capaian after a correction
# (the cap a pemda sets), not the one computed from target and realisasi.
_CORRECTED = frozenset({"terkoreksi", "koreksi", "dikoreksi", "disesuaikan"})


def _corrected_apart(columns: list[Column]) -> tuple[list[Column], list[Column]]:
    """The capaian columns split into the computed ones and the corrected ones; a table
    whose only capaian is a corrected one has nothing to set it beside: it is the capaian."""
    corrected = [c for c in columns if c.words & _CORRECTED]
    computed = [c for c in columns if not c.words & _CORRECTED]
    return (computed, corrected) if computed else (columns, [])


def _bobot_column(layout: Layout) -> Column | None:
    """A 'Bobot' column: a header of no other role that names the indicator's weight."""
    return next((c for c in layout.columns
                 if "bobot" in c.words and c.role in (None, "other")), None)


def _of_sasaran(column: Column) -> bool:
    """A capaian column of the sasaran ('Capaian Sasaran (%)', 'Capaian (%)' over
    'Sasaran'), not of its indicators ('Capaian Indikator Sasaran' is theirs)."""
    return "sasaran" in column.words and "indikator" not in column.words


def _capaian_columns(state: _State, layout: Layout) -> _CapaianColumns:
    year = _report_year(state, layout)
    target = _pick(layout, "target", year)
    capaian_columns = layout.all("capaian")
    sasaran_capaian = None
    if layout.has("indikator"):  # beside indicators, a sasaran's column sums them up
        sasaran_capaian = _choose([c for c in capaian_columns if _of_sasaran(c)], year)
        capaian_columns = [c for c in capaian_columns if not _of_sasaran(c)]
    elif any(_of_sasaran(c) for c in capaian_columns):
        # Rows of sasaran only: their capaian is the sasaran's column, not the one that
        # lists their indicators' ('Capaian Indikator (%)': "105,00 dan 106,06").
        capaian_columns = [c for c in capaian_columns if "indikator" not in c.words]
    capaian_columns, corrected_columns = _corrected_apart(capaian_columns)
    capaian = _choose(capaian_columns, year)
    corrected = _choose(corrected_columns, year) if capaian is not None else None
    if target is None and layout.has("target"):
        # measured against another target (Renstra end, another year)
        capaian = sasaran_capaian = corrected = None
    return _CapaianColumns(
        sasaran=layout.first("sasaran"),
        indikator=_indicator_column(layout),
        satuan=layout.first("satuan"),
        target=target,
        realisasi=_pick(layout, "realisasi", year),
        capaian=capaian,
        predikat=layout.first("predikat"),
        sasaran_capaian=sasaran_capaian,
        polaritas=layout.first("polaritas"),
        corrected=corrected,
        bobot=_bobot_column(layout),
    )


def _predikat(row: LogicalRow, column: Column | None) -> str | None:
    text = _text(row, column)
    return text if text and text.strip().casefold() not in ("-", "n/a", "na") else None


def _read_capaian(state: _State, table: Table, layout: Layout, name: str) -> bool:
    columns = _capaian_columns(state, layout)
    if columns.target is None and columns.realisasi is None and columns.capaian is None:
        return False
    rows = logical_rows(table, layout)
    blocks = sasaran_blocks(rows, layout)
    if columns.sasaran_capaian is not None and not any(blocks):
        blocks = _merged_cell_blocks(state, table, layout, rows, columns)
    reader = _Reader(state.figures, rows)
    earlier = earlier_columns(layout, _report_year(state, layout))
    result: list[AchievementRow] = []
    summaries: list[AchievementSummary] = []
    summed: set[str] = set()  # sasaran whose 'Capaian Sasaran' cell was read
    title: str | None = None
    whole_table = _table_summaries(rows, blocks, columns)
    for index, (row, block) in enumerate(zip(rows, blocks, strict=True)):
        where = _where(row, name)
        label = _row_label(row, columns)
        if is_summary(label):
            if index in whole_table:
                continue  # the mean over every sasaran: no one sasaran's capaian
            capaian = reader.read(row, columns.capaian, where, "capaian")
            if capaian is None and not _text(row, columns.predikat):
                continue
            if block is not None:
                sasaran = block.name
            else:
                title = title or _title_sasaran(state.source, table) or name
                sasaran = title
            summaries.append(
                AchievementSummary(sasaran, capaian, _predikat(row, columns.predikat), where)
            )
            continue
        if columns.indikator is None or not _text(row, columns.indikator):
            # A table per sasaran, or a sasaran's own row above its indicators.
            summary = _sasaran_row(row, block, columns, reader, where)
            if summary is not None:
                summaries.append(summary)
        else:
            achievement = _achievement(row, block, columns, reader, where)
            if achievement is not None and earlier:
                achievement = replace(achievement, earlier=read_earlier(row, earlier, rows))
            if achievement is not None:
                result.append(_polarised(state, achievement, _text(row, columns.polaritas)))
        summary = _summed_column(row, block, columns, reader, where, summed)
        if summary is not None:
            summaries.append(summary)
    if not result and not summaries:
        return False
    if not result and _attach(state, summaries):
        return True
    where = Provenance(table.line, table.end_line, name)
    state.achievements.append(AchievementTable(name, tuple(result), tuple(summaries), where))
    return True


def _row_label(row: LogicalRow, columns: _CapaianColumns) -> str:
    """What names a row: its indicator, else its sasaran, else its first filled cell."""
    label = _text(row, columns.indikator) or _text(row, columns.sasaran)
    return label or next((text for text in row.cells if text), "")


def _table_summaries(rows: Sequence[LogicalRow], blocks: Sequence[Block | None],
                     columns: _CapaianColumns) -> set[int]:
    """The indexes of the summary rows ('Rata-rata', 'Jumlah') that sum up the whole
    table rather than the sasaran above them.

    In a table of sasaran capaian (no indicator column) each sasaran's row already
    states its capaian, so a summary row at its foot is the mean over all of them, not
    the capaian of the last sasaran. In a table of indicators, a summary row right under
    another one ('Rata-rata Capaian Sasaran 2', then 'Rata-rata Keseluruhan') is the
    table's too, and so is one under the rows of several sasaran that no summary row
    closed one by one (sasaran 1, 2 and 3, then 'Rata-rata capaian'): a reader takes it
    for the mean of them all, not for the last sasaran's, unless it names a sasaran."""
    labels = [_row_label(row, columns) for row in rows]
    summary = [is_summary(label) for label in labels]
    indexes = [index for index, flag in enumerate(summary) if flag]
    if columns.indikator is None:
        return {index for index in indexes if blocks[index] is not None}
    return {index for index in indexes if index > 0 and (
        summary[index - 1] or _sums_several(blocks, summary, index, labels[index]))}


# A summary label naming one sasaran: 'Rata-rata Capaian Sasaran 2', '... Sasaran
# Meningkatnya ...'. 'Rata-rata capaian sasaran' or '... Sasaran Strategis (%)' names the
# word only: the mean over every sasaran above it.
_NAMES_SASARAN = re.compile(r"\bsasaran\b(?!(?:\s+strategis)?\s*(?:\(\s*%\s*\)|%)?\s*:?\s*$)",
                            re.IGNORECASE)


def _sums_several(blocks: Sequence[Block | None], summary: Sequence[bool], index: int,
                  label: str) -> bool:
    """Whether the summary row at ``index``, whose label names no sasaran, follows the
    rows of more than one sasaran since the previous summary row (or the table's top)."""
    if _NAMES_SASARAN.search(label):
        return False
    start = max((i for i in range(index) if summary[i]), default=-1) + 1
    summed = {id(block) for block in blocks[start:index] if block is not None}
    return len(summed) > 1


def _attach(state: _State, summaries: list[AchievementSummary]) -> bool:
    """Give a table of sasaran capaian to the indicator table it sums up.

    A report often prints the capaian of each indicator, then a table of the capaian of
    each sasaran ('Capaian Indikator Kinerja Sasaran'). The sasaran's capaian is the
    mean of its indicators', and only the indicator table holds them: the summaries
    join the latest capaian table whose rows name every one of their sasaran (each
    summary keeps its own line and table name)."""
    wanted = {normalise_name(summary.sasaran) for summary in summaries}
    for index in range(len(state.achievements) - 1, -1, -1):
        table = state.achievements[index]
        named = {normalise_name(row.sasaran) for row in table.rows if row.sasaran}
        if wanted <= named:
            state.achievements[index] = replace(
                table, summaries=(*table.summaries, *summaries)
            )
            return True
    return False


def _achievement(row: LogicalRow, block: Block | None, columns: _CapaianColumns,
                 reader: _Reader, where: Provenance) -> AchievementRow | None:
    indikator = clean_name(_text(row, columns.indikator))
    if not indikator or not any(map(str.isalpha, indikator)):
        return None
    target = reader.read(row, columns.target, where, "target")
    realisasi = reader.read(row, columns.realisasi, where, "realisasi")
    capaian = reader.read(row, columns.capaian, where, "capaian")
    if target is None and realisasi is None and capaian is None:
        return None  # a row this table prints no figure for (a national comparison)
    return AchievementRow(
        sasaran=block.name if block is not None else None,
        indikator=indikator,
        unit=unit_of(_text(row, columns.satuan), _text(row, columns.target),
                     _text(row, columns.realisasi)),
        polarity=polarity_of(indikator),
        target=target,
        realisasi=realisasi,
        capaian=capaian,
        predikat=_predikat(row, columns.predikat),
        where=where,
        corrected=reader.read(row, columns.corrected, where, "capaian terkoreksi"),
        bobot=reader.read(row, columns.bobot, where, "bobot"),
    )


def _summed_column(row: LogicalRow, block: Block | None, columns: _CapaianColumns,
                   reader: _Reader, where: Provenance,
                   summed: set[str]) -> AchievementSummary | None:
    """The sasaran's capaian printed in its own column beside its indicators' (a cell
    merged over the sasaran's rows): read once, from the first row that shows it."""
    if block is None or not _text(row, columns.sasaran_capaian):
        return None
    key = normalise_name(block.name)
    if key in summed:
        return None  # the merged cell repeated on the sasaran's other rows
    summed.add(key)
    figure, predikat = figure_and_label(_text(row, columns.sasaran_capaian))
    capaian = reader.read_text(figure, columns.sasaran_capaian, where, "capaian sasaran")
    if capaian is None:
        return None
    return AchievementSummary(block.name, capaian, predikat, where)


def _merged_cell_blocks(state: _State, table: Table, layout: Layout,
                        rows: Sequence[LogicalRow], columns: _CapaianColumns,
                        ) -> list[Block | None]:
    """The sasaran of each row of a table that names no sasaran but prints a 'Capaian
    Sasaran' cell merged over each sasaran's indicator rows: the merged cell marks the
    rows of one sasaran, named by the Perjanjian Kinerja read before that lists all
    their indicators under one sasaran. ``None`` for every row when a group cannot be
    named, or an indicator lies outside every merged cell: no capaian is credited to
    the wrong sasaran."""
    found: list[Block | None] = [None] * len(rows)
    if columns.sasaran_capaian is None or columns.indikator is None:
        return found
    index = columns.sasaran_capaian.index
    spans: list[tuple[int, int]] = []  # first and last line of each merged cell
    body = table.rows[layout.body_start:]
    for position, raw in enumerate(body):
        cell = raw.cell(index)
        if cell is None or cell.spanned or not cell.text.strip():
            continue
        last = body[min(position + cell.rowspan, len(body)) - 1]
        spans.append((raw.line, last.end_line))
    agreed = {normalise_name(row.indikator): row.sasaran
              for row in state.agreements if row.indikator}
    for first, last in spans:
        members = [i for i, row in enumerate(rows) if first <= row.line <= last]
        names = {agreed.get(normalise_name(clean_name(_text(rows[i], columns.indikator))))
                 for i in members}
        if len(members) < 2 or len(names) != 1 or None in names:
            return [None] * len(rows)  # an unknown or mixed group: no sasaran is sure
        block = Block([str(names.pop())], first, True)
        for member in members:
            found[member] = block
    if any(block is None and _text(row, columns.indikator) and not is_summary(_text(
            row, columns.indikator)) for row, block in zip(rows, found, strict=True)):
        return [None] * len(rows)  # an indicator outside every merged cell
    return found


def _polarised(state: _State, row: AchievementRow, stated: str) -> AchievementRow:
    """The row with the polarity its own 'Polaritas' cell states, if it states one."""
    polarity = _note_polarity(state, row.indikator, stated, row.where)
    return row if polarity is None else replace(row, polarity=polarity)


def _note_polarity(state: _State, indikator: str, stated: str,
                   where: Provenance) -> Polarity | None:
    """The polarity a 'Polaritas' cell states, noted for the indicator wherever else it
    is printed; None when the cell states none."""
    polarity = stated_polarity(stated)
    if polarity is not None and where.line is not None:
        state.polarities.append((normalise_name(indikator), polarity, where.line))
    return polarity


def _indicator_names(state: _State) -> set[str | None]:
    """The name of every indicator the tables read print."""
    names: set[str | None] = {row.indikator for table in state.achievements
                              for row in table.rows}
    names.update(item.name for item in state.indikator)
    names.update(row.indikator for row in state.agreements)
    return names


def _apply_stated_polarity(state: _State) -> None:
    """Give every indicator the polarity a table of the report states for it (an IKU
    column 'Polaritas: Negatif'), over the guess from its name; a row that states its
    own keeps it."""
    stated: dict[str, Polarity] = {}
    for name, polarity, _line in state.polarities:
        stated.setdefault(name, polarity)
    own = {line for _name, _polarity, line in state.polarities}

    def polarity(name: str, line: int | None, guess: Polarity) -> Polarity:
        return guess if line in own else stated.get(normalise_name(name), guess)

    state.achievements = [
        replace(table, rows=tuple(
            replace(row, polarity=polarity(row.indikator, row.where.line, row.polarity))
            for row in table.rows
        ))
        for table in state.achievements
    ]
    state.indikator = [
        replace(item, polarity=polarity(item.name, item.where.line, item.polarity))
        for item in state.indikator
    ]


def _sasaran_row(row: LogicalRow, block: Block | None, columns: _CapaianColumns,
                 reader: _Reader, where: Provenance) -> AchievementSummary | None:
    """A row of a table per sasaran (no indicator column): the sasaran's capaian."""
    if block is None or not _text(row, columns.sasaran):
        return None  # a row with no sasaran of its own belongs to no summary
    capaian = reader.read(row, columns.capaian, where, "capaian")
    predikat = _predikat(row, columns.predikat)
    if capaian is None and predikat is None:
        return None
    return AchievementSummary(block.name, capaian, predikat, where)


def _title_sasaran(source: Source, table: Table) -> str | None:
    """The sasaran a per-sasaran table is about, from its caption or the lines above
    ('Analisis Pencapaian Sasaran 1 Meningkatnya ...'); a title cut short by the
    converter gives way to a longer one above that starts alike."""
    candidates = []
    for text in [table.caption or "", *context_lines(source, table)]:
        match = _SASARAN_TITLE.search(text)
        if match:
            candidates.append(" ".join(match.group("name").split()).rstrip(" .:"))
    if not candidates:
        return None
    chosen = candidates[0]
    longer = [c for c in candidates[1:] if c.startswith(chosen) and len(c) > len(chosen)]
    return max(longer, key=len) if longer else chosen


# -- IKU, Perjanjian Kinerja, Renstra ---------------------------------------------------


def _read_iku(state: _State, table: Table, layout: Layout, name: str) -> bool:
    indikator_column = _indicator_column(layout)
    if indikator_column is None:
        return False
    year = _report_year(state, layout)
    target_column = _pick(layout, "target", year)
    formula_column = layout.first("formula")
    satuan = layout.first("satuan")
    polaritas = layout.first("polaritas")
    rows = logical_rows(table, layout)
    blocks = sasaran_blocks(rows, layout)
    reader = _Reader(state.figures, rows)
    found = 0
    for row, block in zip(rows, blocks, strict=True):
        indikator = _indikator(row, indikator_column, layout)
        if not indikator or is_summary(indikator):
            continue
        where = _where(row, name)
        target = reader.read(row, target_column, where, "target")
        formula = " ".join(_text(row, formula_column).split()) or None
        _note_polarity(state, indikator, _text(row, polaritas), where)
        state.iku.append(IkuRow(
            sasaran=block.name if block is not None else None,
            indikator=indikator,
            unit=unit_of(_text(row, satuan), _text(row, target_column)),
            target=target,
            formula=formula,
            where=where,
        ))
        found += 1
    return found > 0


def _agreement_target(state: _State, layout: Layout) -> Column | None:
    """The PK's target column: the year's; a PK prints one target column, so a lone
    one dated otherwise (a year left from last year's PK) is still the PK's target."""
    column = _pick(layout, "target", _report_year(state, layout))
    targets = [c for c in layout.all("target") if not c.flags]
    return column if column is not None or len(targets) != 1 else targets[0]


def _read_agreement(state: _State, table: Table, layout: Layout, name: str) -> bool:
    document = _perubahan_document(state.source, table)
    indikator_column = _indicator_column(layout)
    targets = _by_document(layout, "target", document, _agreement_target(state, layout))
    satuan = layout.first("satuan")
    program_column = layout.first("program")
    rows = split_listed_rows(
        table, logical_rows(table, layout),
        indikator_column.index if indikator_column is not None else None,
        [column.index for column in layout.all("target")],
        [satuan.index] if satuan is not None else [])
    blocks = sasaran_blocks(rows, layout)
    if not any(blocks):
        blocks = _known_sasaran(state, rows, indikator_column)
    reader = _Reader(state.figures, rows)
    found = False
    for version, target_column in targets:
        agreed = _agreement_rows(rows, blocks, _AgreementColumns(
            indikator_column, target_column, satuan), layout, reader, version, name)
        state.agreements.extend(agreed)
        found = found or bool(agreed)
    if program_column is not None:
        for version, money_column in _by_document(layout, "money", document,
                                                  layout.first("money")):
            state.programs.extend(_sasaran_programs(
                rows, blocks, (program_column, money_column), reader, version, name,
                _money_unit(state, table, money_column)))
    if found:
        state.last_pk = (table, targets[-1][0])
    return found


class _AgreementColumns(NamedTuple):
    indikator: Column | None
    target: Column | None
    satuan: Column | None


def _agreement_rows(rows: Sequence[LogicalRow], blocks: Sequence[Block | None],
                    columns: _AgreementColumns, layout: Layout, reader: _Reader,
                    document: str, name: str) -> list[AgreementRow]:
    """The indicators and targets of one version of the PK that ``columns`` print."""
    found: dict[int, list[AgreementRow]] = {}  # rows of each sasaran, by id of its block
    for row, block in zip(rows, blocks, strict=True):
        if block is None:
            continue
        where = _where(row, name)
        indikator = _indikator(row, columns.indikator, layout) or None
        target = reader.read(row, columns.target, where, "target")
        rows_of = found.setdefault(id(block), [])
        if indikator is not None or target is not None or not rows_of:
            rows_of.append(AgreementRow(
                sasaran=block.name,
                indikator=indikator,
                target=target,
                unit=unit_of(_text(row, columns.satuan), _text(row, columns.target)),
                document=document,
                where=where,
            ))
    agreed: list[AgreementRow] = []
    for rows_of in found.values():
        # The sasaran's own row (a heading, or its first line) stays only when the
        # sasaran has no indicator at all: that is what CAS001 must see.
        measured = [row for row in rows_of if row.indikator is not None or row.target is not None]
        agreed.extend(measured or rows_of[:1])
    return agreed


def _sasaran_programs(rows: Sequence[LogicalRow], blocks: Sequence[Block | None],
                      columns: tuple[Column, Column | None], reader: _Reader,
                      document: str, name: str, unit: int = 1) -> list[AgreementProgram]:
    """The programs a PK table prints beside its sasaran, with the pagu of ``columns``
    (in Rupiah: its cells are in units of ``unit``)."""
    program_column, money_column = columns
    found: list[AgreementProgram] = []
    for row, block in zip(rows, blocks, strict=True):
        program = clean_name(_text(row, program_column))
        if block is None or not program:
            continue
        where = _where(row, name)
        pagu = scaled(reader.read(row, money_column, where, "pagu"), unit)
        found.append(AgreementProgram(program, pagu, block.name, document, where))
    return found


# A column of the signed PK printed beside its Perubahan: 'Target PK Awal', 'Anggaran
# Murni', 'Sebelum Perubahan'. 'Kondisi Awal' is the Renstra's baseline, not a PK.
_AWAL = frozenset({"awal", "murni", "induk", "sebelum"})
# Its column of the PK Perubahan: 'Target PK Perubahan', and beside 'Anggaran Murni' the
# budget after the year's change ('Setelah Refocusing', 'Setelah Pergeseran'): the one
# the PK Perubahan signs, as the budget tables' final stage.
_REVISED = frozenset({"perubahan", "refocusing", "refokusing", "pergeseran"})


def _by_document(layout: Layout, role: str, document: str,
                 chosen: Column | None) -> list[tuple[str, Column | None]]:
    """The columns of ``role`` with the version of the PK each prints: the PK's and the
    PK Perubahan's when the table prints both side by side ('Target PK Awal | Target PK
    Perubahan'), the PK Perubahan's last (the one in force); else ``chosen``, of the
    version the table's title names."""
    columns = layout.all(role)
    perubahan = [c for c in columns if c.words & _REVISED and not c.words & _AWAL]
    awal = [c for c in columns if c.words & _AWAL and "kondisi" not in c.words]
    if len(perubahan) == 1 and len(awal) == 1:
        return [("pk", awal[0]), ("pk_perubahan", perubahan[0])]
    if len(perubahan) > 1 and len(awal) == 1 and _stages(perubahan):
        # 'PK Perubahan I | PK Perubahan II': the last one is in force; the ones between
        # were replaced within the year, and no other table is held against them.
        return [("pk", awal[0]), ("pk_perubahan", perubahan[-1])]
    return [(document, chosen)]


# The number of a Perubahan: 'Perubahan I', 'Perubahan II', 'Perubahan 2'.
_STAGE_NUMBERS = frozenset({"i", "ii", "iii", "iv"})


def _stages(perubahan: Sequence[Column]) -> bool:
    """Whether the Perubahan columns are numbered stages of one year's PK, in order."""
    numbers = [c.words & _STAGE_NUMBERS or set(re.findall(r"perubahan\s*(\d)", c.header.lower()))
               for c in perubahan]
    return all(len(found) == 1 for found in numbers) and len({
        next(iter(found)) for found in numbers}) == len(numbers)


# A column named by the version of the PK it prints: 'PK Awal', 'PK Perubahan II'.
_PK_COLUMN = frozenset({"pk"})


def _pk_stage_targets(layout: Layout) -> Layout | None:
    """A table of the targets of each version of the year's PK, with no sasaran column and
    no word 'Target' ('Indikator | Satuan | PK Awal | PK Perubahan I | PK Perubahan II'):
    its version columns as target columns; None for any other table."""
    if not layout.has("indikator") or any(
            layout.has(role) for role in ("sasaran", "target", "realisasi", "capaian", "money")):
        return None
    versions = [c for c in layout.columns if c.role in (None, "other")
                and (c.words & _PK_COLUMN or {"perjanjian", "kinerja"} <= c.words)
                and c.words & (_AWAL | _REVISED)]
    staged = with_targets(layout, versions)
    if len(_by_document(staged, "target", "pk", None)) != 2:
        return None  # not the signed PK beside the one in force
    return staged


def _known_sasaran(state: _State, rows: Sequence[LogicalRow],
                   indikator_column: Column | None) -> list[Block | None]:
    """The sasaran of each row of a PK table that prints no sasaran: the one the tables
    read before (the Renstra, an earlier PK) place the row's indicator under."""
    names = {sasaran.id: sasaran.name for sasaran in state.sasaran}
    known: dict[str, str] = {}
    for indikator in state.indikator:
        if indikator.sasaran in names:
            known.setdefault(normalise_name(indikator.name), names[indikator.sasaran])
    for row in state.agreements:
        if row.indikator is not None:
            known.setdefault(normalise_name(row.indikator), row.sasaran)
    blocks: dict[str, Block] = {}
    found: list[Block | None] = []
    for row in rows:
        sasaran = known.get(normalise_name(clean_name(_text(row, indikator_column))))
        if sasaran is not None and sasaran not in blocks:
            blocks[sasaran] = Block([sasaran], row.line, False)
        found.append(blocks[sasaran] if sasaran is not None else None)
    return found


def _perubahan_document(source: Source, table: Table) -> str:
    """'pk_perubahan' when the caption or a title just above says 'Perjanjian Kinerja
    Perubahan' (the PK that replaces the signed one during the year), else 'pk'. A
    table whose titles name no PK at all (the PK in a Lampiran, under its heading and
    the parties' names) is of the PK the nearest heading of its section names."""
    titles = table_titles(source, table)
    if any(_PERUBAHAN.search(text) and _PK_HINT.search(text) and not _PROSE_LINE.search(text)
           for text in titles):
        return "pk_perubahan"
    if not any(_PK_HINT.search(text) for text in titles):
        named = next((text for text in _section_headings(source, table)
                      if _PK_HINT.search(text)), "")
        if _PERUBAHAN.search(named):
            return "pk_perubahan"
    return "pk"


def _section_headings(source: Source, table: Table) -> list[str]:
    """The headings above ``table``, nearest first, up to its chapter's (level 1)."""
    found: list[str] = []
    for heading in sorted(source.headings, key=lambda h: h.line, reverse=True):
        if heading.line >= table.line:
            continue
        found.append(heading.text)
        if heading.level <= 1:
            break
    return found


def _read_programs(state: _State, table: Table, layout: Layout, name: str) -> bool:
    follows = state.last_pk is not None and (
        0 < table.line - state.last_pk[0].end_line <= _PROGRAM_GAP
    )
    document = state.last_pk[1] if follows and state.last_pk else _perubahan_document(
        state.source, table
    )
    program_column = layout.first("program")
    rows = logical_rows(table, layout)
    reader = _Reader(state.figures, rows)
    levels = [_nesting(row, layout, program_column) for row in rows]
    top = min((level for level in levels if level is not None), default=None)
    found = 0
    for version, money_column in _by_document(layout, "money", document,
                                              layout.first("money")):
        unit = _money_unit(state, table, money_column)
        for row, level in zip(rows, levels, strict=True):
            program = clean_name(_text(row, program_column))
            if not program or (level is not None and top is not None and level > top):
                continue  # a kegiatan or sub kegiatan of the program above: part of its pagu
            where = _where(row, name)
            pagu = scaled(reader.read(row, money_column, where, "pagu"), unit)
            if _TOTAL.match(program):
                state.totals.append(AgreementTotal(pagu, version, where))
                continue
            state.programs.append(AgreementProgram(program, pagu, None, version, where))
            found += 1
    return found > 0


def _nesting(row: LogicalRow, layout: Layout, program_column: Column | None) -> int | None:
    """0/1/2 (program / kegiatan / sub kegiatan) as the row's Kepmendagri code says (in a
    'Kode' column or leading the name: '2.17.01', '2.17.01.2.01', '2.17.01.2.01.0001'),
    else the first word of its name ('Kegiatan ...'); None when neither says. A PK that
    lists each program's kegiatan and sub kegiatan with their pagu under it repeats the
    program's budget at every level."""
    for column in layout.columns:
        if "kode" in column.words:
            level = nomenclature_level(row.text(column.index).strip())
            if level is not None:
                return level
    label, name = leading_label(" ".join(_text(row, program_column).split()))
    level = nomenclature_level(label) if label else None
    return level if level is not None else level_word(name)


def _money_unit(state: _State, table: Table, column: Column | None) -> int:
    """How many Rupiah a unit of a PK's money column is ("Anggaran (Rp ribu)", a caption
    "dalam ribuan rupiah"): :mod:`._money_scale`."""
    stated = header_scale(column.header) if column is not None else None
    return stated or stated_scale(table_titles(state.source, table)) or 1


def _read_renstra(state: _State, table: Table, layout: Layout, name: str) -> bool:
    indikator_column = _indicator_column(layout)
    years = [c for c in layout.all("target") if c.year is not None and not c.flags]
    satuan = layout.first("satuan")
    polaritas = layout.first("polaritas")
    rows = logical_rows(table, layout)
    tujuan_blocks = sasaran_blocks(rows, layout, "tujuan")
    blocks = sasaran_blocks(rows, layout)
    reader = _Reader(state.figures, rows)
    tujuan_ids: dict[int, str] = {}
    sasaran_ids: dict[int, str] = {}
    found = 0
    for row, tujuan, block in zip(rows, tujuan_blocks, blocks, strict=True):
        tujuan_id = _plan_tujuan(state, tujuan, tujuan_ids, name)
        sasaran_id = _plan_sasaran(state, block, tujuan_id, sasaran_ids, name)
        indikator = _indikator(row, indikator_column, layout)
        if not indikator or is_summary(indikator):
            continue
        where = _where(row, name)
        targets = {}
        for column in years:
            value = reader.read(row, column, where, f"target {column.year}")
            if value is not None and column.year is not None:
                targets[column.year] = value
        stated = _note_polarity(state, indikator, _text(row, polaritas), where)
        state.indikator.append(Indikator(
            id=f"I{len(state.indikator) + 1}",
            name=indikator,
            sasaran=sasaran_id,
            unit=unit_of(_text(row, satuan), *(n.raw for n in targets.values())),
            polarity=stated if stated is not None else polarity_of(indikator),
            targets=targets,
            where=where,
        ))
        found += 1
    return found > 0


def _plan_tujuan(state: _State, block: Block | None, ids: dict[int, str],
                 name: str) -> str | None:
    if block is None:
        return None
    key = id(block)
    if key not in ids:
        ids[key] = f"T{len(state.tujuan) + 1}"
        state.tujuan.append(Tujuan(ids[key], block.name, Provenance(block.line, block.line, name)))
    return ids[key]


def _plan_sasaran(state: _State, block: Block | None, tujuan: str | None,
                  ids: dict[int, str], name: str) -> str | None:
    if block is None:
        return None
    key = id(block)
    if key not in ids:
        ids[key] = f"S{len(state.sasaran) + 1}"
        where = Provenance(block.line, block.line, name)
        state.sasaran.append(Sasaran(ids[key], block.name, tujuan, where))
    return ids[key]
