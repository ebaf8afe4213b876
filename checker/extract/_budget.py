"""Budget tables of a text report: realisasi, alokasi and belanja, as model trees.

``extract_budgets`` looks at every table of a :class:`~checker.text.Source` and keeps
those whose header names money columns (Pagu / Anggaran, Realisasi) over program,
kegiatan and sub kegiatan rows, or whose rows are jenis belanja. Tables with a sasaran
or tujuan column (RKT, PK, capaian, efficiency) and the program budget printed under a
Perjanjian Kinerja are left to the other extractors.

For each table it finds the columns (``_budget_layout``), decides what every row is and
its level (``_budget_rows``), reads the figures with the column's number style, and
nests the rows into program -> kegiatan -> sub kegiatan. A table that prints Program,
Kegiatan and Sub Kegiatan in columns of their own is read as the same one hierarchy: the
layout names those columns once and a row's level is the column of its own name.

A row that holds the text of several rows (a conversion glued them) is never decoded:
its figures are skipped, a ``table`` doubt says so, and the items whose children it
hides get no children, so the rules cannot report a roll-up they cannot see. A program
that only appears inside such a row is kept as an item without figures, so that the sum
of the programs is unknown rather than wrong.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from typing import NamedTuple

from checker.model import BudgetItem, BudgetTable, Doubt, Level, Number, Provenance
from checker.numbers import NumberFormatError, NumberStyle, parse_number
from checker.text import Source, Table
from checker.tree import nest

from ._budget_cells import bare_label, header_words, is_dash, is_name_text
from ._budget_layout import (
    MONEY_ROLES,
    Aligned,
    Layout,
    align,
    column_types,
    find_layout,
    header_rows_of,
    prints_amount,
    read_row,
)
from ._budget_rows import (
    PROGRAM,
    Flat,
    Gap,
    Line,
    assign_levels,
    classify,
    ladder_for,
    resolve_gaps,
    without_children_of,
)
from ._context import table_titles
from ._cues import lazy
from ._figures import FigureReader, infer_style
from ._money_scale import header_scale, scaled, stated_scale

__all__ = ["BudgetExtraction", "extract_budgets"]

_LEVELS = (Level.PROGRAM, Level.KEGIATAN, Level.SUB_KEGIATAN)
_MAX_GAP = 12
_GLUED_PROBLEM = {
    "id": "baris {lines} memuat teks beberapa baris tabel yang tergabung saat konversi "
    "(beberapa nomor atau beberapa angka dalam satu sel); angkanya tidak dibaca{detail_id}",
    "en": "lines {lines} hold the text of several table rows glued together by the "
    "conversion (several numbers or amounts in one cell); their figures were not read"
    "{detail_en}",
}


class BudgetExtraction(NamedTuple):
    tables: tuple[BudgetTable, ...]  # in document order
    used: frozenset[int]  # Table.line of every source table turned into a BudgetTable


def extract_budgets(source: Source, figures: FigureReader) -> BudgetExtraction:
    """Every budget table of ``source``, with the figures read by ``figures``."""
    tables: list[BudgetTable] = []
    used: set[int] = set()
    consumed: set[int] = set()
    for position, table in enumerate(source.tables):
        if table.line in consumed:
            continue
        mark = len(figures.doubts)
        try:
            found = _read_table(source, position, figures)
        except Exception as error:  # a reader reports what it cannot read, never crashes
            del figures.doubts[mark:]
            figures.doubts.append(_unreadable(table, error))
            continue
        if found is None:
            continue
        built, fragments = found
        tables.append(built)
        used.add(table.line)
        used.update(fragment.line for fragment in fragments)
        consumed.update(fragment.line for fragment in fragments)
    return BudgetExtraction(tuple(tables), frozenset(used))


def _read_table(
    source: Source, position: int, figures: FigureReader
) -> tuple[BudgetTable, list[Table]] | None:
    table = source.tables[position]
    titles = table_titles(source, table)
    # Under a stated unit ("dalam jutaan rupiah") amounts may be small figures ('84,70').
    in_units = stated_scale(titles) is not None
    if not in_units and not prints_amount(table):
        return None  # no amount: no money column, so no layout could make it a budget
    previous = source.tables[position - 1] if position else None
    layout = find_layout(table, in_units)
    if layout is None or not _names_money(layout):
        return None  # most tables of a report: nothing below could make them budgets
    if _belongs_to_agreement(table, previous, source):
        return None
    fragments = _continuations(source, position, layout)
    rows = list(layout.body)  # the body as find_layout read it, through the layout
    for _, mapped in fragments:
        rows.extend(mapped)
    pieces = [fragment for fragment, _ in fragments]
    built = _Builder(table, layout, figures, titles).build(rows, pieces)
    return None if built is None else (built, pieces)


def _names_money(layout: Layout) -> bool:
    """Whether the layout found a pagu or realisasi column: a table without either is
    never a budget table (:meth:`_Builder._kind`), so its rows need not be classified."""
    return "pagu" in layout.roles or "realisasi" in layout.roles


def _is_apbd_summary(names: Sequence[str]) -> bool:
    """Rows of the APBD's structure: a pendapatan group beside belanja, pembiayaan or
    SiLPA rows. An agency's own budget lists programs or jenis belanja, never revenue."""
    revenue = any(_APBD_REVENUE.match(name) for name in names)
    return revenue and any(_APBD_OTHER().match(name) for name in names)


def _unreadable(table: Table, error: Exception) -> Doubt:
    name = table.caption or f"Tabel di baris {table.line}"
    return Doubt(
        "internal",  # the reader tripped: a program error, not the document's fault
        name,
        {"id": f"tabel anggaran tidak terbaca ({type(error).__name__}: {error})",
         "en": f"the budget table could not be read ({type(error).__name__}: {error})"},
        Provenance(table.line, table.end_line, name),
    )


# -- which tables ------------------------------------------------------------------------


def _header_words_of(table: Table) -> set[str]:
    words: set[str] = set()
    for row in table.rows[: max(header_rows_of(table), 1)]:
        for cell in row.cells:
            words |= header_words(cell.text)
    return words


def _belongs_to_agreement(table: Table, previous: Table | None, source: Source) -> bool:
    """The program budget of a Perjanjian Kinerja: captioned so, or printed right under
    the PK's sasaran / indikator / target table."""
    if table.caption and "perjanjian kinerja" in table.caption.lower():
        return True
    if previous is None or table.line - previous.end_line > 3:
        return False
    if not _quiet(source, previous.end_line + 1, table.line):
        return False
    words = _header_words_of(previous)
    money = {"pagu", "anggaran", "realisasi"} & words
    return {"sasaran", "indikator", "target"} <= words and not money


def _quiet(source: Source, start: int, stop: int) -> bool:
    """Lines ``start`` .. ``stop - 1`` are blank, stray punctuation or page furniture."""
    return all(
        number in source.page_header_lines
        or not any(map(str.isalnum, source.line(number)))
        for number in range(start, stop)
    )


def _continuations(
    source: Source, position: int, layout: Layout
) -> list[tuple[Table, list[Aligned]]]:
    """Headerless fragments after the table, across a page break the text layer did not
    join (the columns differ: target and realisasi kinerja fused into one, for instance)."""
    found: list[tuple[Table, list[Aligned]]] = []
    end = source.tables[position].end_line
    for later in source.tables[position + 1 :]:
        if later.line - end - 1 > _MAX_GAP or not _quiet(source, end + 1, later.line):
            break
        if header_rows_of(later):
            break
        mapped = _map_fragment(later, layout)
        if mapped is None:
            break
        found.append((later, mapped))
        end = later.end_line
    return found


def _map_fragment(fragment: Table, layout: Layout) -> list[Aligned] | None:
    """The fragment's rows keyed by the main table's columns, matched by content in
    column order (name, then target, pagu, realisasi, persen as the header orders them)."""
    width = fragment.width
    if width == layout.width:
        rows = [read_row(row, layout) for row in fragment.rows]
        return rows if _has_money(rows, layout) else None
    if layout.hierarchy:
        return None  # the level of a row is its column: other columns cannot tell it
    name = _fragment_name(fragment)
    if name is None:
        return None
    rows = [align(row, name, width) for row in fragment.rows]
    types = column_types(rows, width, name)
    mapping: dict[int, int] = {}
    cursor = name + 1
    wanted = sorted((column, role) for role, column in layout.roles.items())
    for column, role in wanted:
        kind = "money" if role in MONEY_ROLES else "percent" if role == "persen" else "text"
        match = next((c for c in range(cursor, width) if types.get(c) == kind), None)
        if match is None:
            if role in ("pagu", "realisasi"):
                return None
            continue
        mapping[column] = match
        cursor = match + 1
    remapped = [
        Aligned(row.row, row.label, row.name,
                {main: row.values[own] for main, own in mapping.items() if own in row.values})
        for row in rows
    ]
    return remapped if _has_money(remapped, layout) else None


def _fragment_name(fragment: Table) -> int | None:
    for index in range(fragment.width):
        texts = [row.cell(index).text for row in fragment.rows if row.cell(index)]
        filled = [text for text in texts if text]
        if filled and sum(1 for text in filled if is_name_text(text)) * 2 > len(filled):
            return index
    return None


def _has_money(rows: Sequence[Aligned], layout: Layout) -> bool:
    column = layout.roles.get("pagu")
    return any(row.text(column) for row in rows) if column is not None else False


# -- one table ---------------------------------------------------------------------------


_BELANJA = re.compile(r"^belanja\b", re.IGNORECASE)
# The header of a name column whose rows are sources of funds (DAU, DAK, PAD): the same
# total split by source, not a listing of programs.
_SUMBER = frozenset({"sumber"})
_PROGRAM_WORDS = frozenset({"program", "kegiatan", "urusan"})
# The account groups of a whole APBD / LRA summary (Pendapatan Daerah, Belanja Daerah,
# Pembiayaan, SiLPA): the region's budget structure, which an SKPKD or Bappeda report
# shows beside its own. Revenue above target and a net financing row (receipts less
# payments) are no program spending, so such a table is not the agency's budget.
_APBD_REVENUE = re.compile(r"^(?:jumlah |total )?pendapatan\b", re.IGNORECASE)
# A row of revenue: 'Pendapatan jasa layanan ...', 'Lain-lain pendapatan BLUD yang sah'.
_REVENUE_ROW = re.compile(r"^(?:lain[\s\-]*lain\s+)?pendapatan\b", re.IGNORECASE)
# Needed by few reports: compiled on first use.
_APBD_OTHER = lazy(
    r"^(?:jumlah |total )?(?:belanja\b|pembiayaan\b|(?:penerimaan|"
    r"pengeluaran) pembiayaan\b|sisa lebih\b|silpa\b|surplus\b|defisit\b)",
    re.IGNORECASE,
)
# The header of a name column whose rows are work items ('Uraian Pekerjaan', 'Paket
# Pekerjaan'): the physical works of a sub kegiatan (a Dana Kelurahan or DAK report),
# with volume and physical progress, not a budget by program, kegiatan and sub kegiatan.
_PEKERJAAN = frozenset({"pekerjaan", "paket"})
# Headers that say nothing of what a name column lists ('Uraian', 'Nama'): the rows may
# then still be kegiatan or sub kegiatan printed without code.
_GENERIC_NAME_WORDS = frozenset({"uraian", "nama", "rincian", "no", "nomor", "sub"})


class _Builder:
    def __init__(self, table: Table, layout: Layout, figures: FigureReader,
                 titles: Sequence[str] = ()) -> None:
        self.table = table
        self.layout = layout
        self.figures = figures
        self.name = table.caption or f"Tabel di baris {table.line}"
        self.scales = self._scales(titles)

    def build(self, rows: list[Aligned], fragments: list[Table]) -> BudgetTable | None:
        layout = self.layout
        lines = classify(rows, layout)
        kind = self._kind(lines)
        if kind is None:
            return None
        belanja = kind == "belanja"
        assign_levels(lines, layout, belanja)
        self.styles = self._styles(lines)
        if belanja:
            items = self._belanja_items(lines)
        else:
            flat = resolve_gaps(lines, ladder_for(lines))
            items = self._tree_items(flat)
        totals = [line for line in lines if line.kind == "total"]
        total = totals[-1] if totals else None
        end_line = max([self.table.end_line] + [fragment.end_line for fragment in fragments])
        total_where = (
            Provenance(total.line, total.end_line, self.name)
            if total is not None
            else Provenance(table=self.name)
        )
        return BudgetTable(
            name=self.name,
            kind=kind,
            items=items,
            total_pagu=self._read(total, "pagu", total_where) if total else None,
            total_realisasi=self._read(total, "realisasi", total_where) if total else None,
            total_persen=self._read(total, "persen", total_where) if total else None,
            total_sisa=self._read(total, "sisa", total_where) if total else None,
            where=Provenance(self.table.line, end_line, self.name),
            total_where=total_where,
            earlier_pagu=self._earlier_pagu(total, total_where) if total else (),
        )

    # -- kind --------------------------------------------------------------------------

    def _kind(self, lines: list[Line]) -> str | None:
        layout = self.layout
        names = [line.name for line in lines if line.kind == "item"]
        if not names or ("pagu" not in layout.roles and "realisasi" not in layout.roles):
            return None
        if _is_apbd_summary(names):
            return None
        if sum(1 for name in names if _REVENUE_ROW.match(name)) * 2 > len(names):
            return None  # revenue by source (a BLUD's pendapatan): no spending at all
        if sum(1 for name in names if _BELANJA.match(name)) * 2 > len(names):
            return "belanja"
        if layout.excluded or layout.pagu_columns:
            return None  # no header names the money (or a sasaran column): not ours
        if self._lists_work_items():
            # The works of one or two sub kegiatan: their totals may be quoted, but the
            # rows are no program, kegiatan or sub kegiatan of the budget.
            return "pekerjaan"
        if self._by_sumber_dana():
            # Rows are sources of funds (DAU, DAK): like the belanja split, the same
            # total split another way, not programs.
            return "belanja"
        if "pagu" in layout.roles and self._lists_other_units(lines):
            # Rows are school levels, regions or units (a BOS split per jenjang): a detail
            # of part of the budget like the work items, whose totals may be quoted.
            return "pekerjaan"
        if "pagu" in layout.roles and "realisasi" in layout.roles:
            return "realisasi"
        if "pagu" in layout.roles:
            return "alokasi"
        return None

    def _lists_work_items(self) -> bool:
        """The name column's header says 'Uraian Pekerjaan' or 'Paket' and names no
        program level: its rows are work items, which no nomenclature or DPA lists."""
        return bool(self._name_words() & _PEKERJAAN) and not self._name_words() & _PROGRAM_WORDS

    def _lists_other_units(self, lines: list[Line]) -> bool:
        """The name column's header names what its rows are ('Jenjang', 'Kabupaten'), and
        that is no program level; no row carries a code or number or opens with Program,
        Kegiatan or Sub Kegiatan: the rows name no program, kegiatan or sub kegiatan."""
        words = self._name_words()
        if not words - _GENERIC_NAME_WORDS or words & _PROGRAM_WORDS:
            return False
        items = [line for line in lines if line.kind == "item"]
        return all(not line.style and line.word is None for line in items)

    def _name_words(self) -> set[str]:
        layout = self.layout
        if layout.name >= len(layout.header_texts):
            return set()
        return header_words(layout.header_texts[layout.name])

    def _by_sumber_dana(self) -> bool:
        """The name column's header says 'Sumber Dana' and names no program level."""
        layout = self.layout
        if layout.name >= len(layout.header_texts):
            return False
        words = header_words(layout.header_texts[layout.name])
        return bool(words & _SUMBER) and not words & _PROGRAM_WORDS

    # -- figures -----------------------------------------------------------------------

    def _styles(self, lines: list[Line]) -> dict[str, NumberStyle | None]:
        layout = self.layout
        styles: dict[str, NumberStyle | None] = {}
        for role in ("pagu", "realisasi", "persen", "sisa"):
            if role == "pagu" and layout.pagu_columns:
                columns = list(layout.pagu_columns)
            else:
                columns = [layout.roles[role]] if role in layout.roles else []
            texts = [
                line.aligned.text(column)
                for line in lines
                if line.kind in ("item", "total")
                for column in columns
            ]
            styles[role] = infer_style(texts)
        return styles

    def _scales(self, titles: Sequence[str]) -> dict[str, int]:
        """How many Rupiah a unit of each money column is: the column's header says it
        ("Anggaran (Rp ribu)"), else the caption or a title line ("dalam ribuan rupiah")."""
        layout = self.layout
        of_table = stated_scale(titles) or 1
        scales: dict[str, int] = {}
        for role in MONEY_ROLES:
            if role == "pagu" and layout.pagu_columns:
                column: int | None = layout.pagu_columns[0]
            else:
                column = layout.roles.get(role)
            header = (layout.header_texts[column]
                      if column is not None and column < len(layout.header_texts) else "")
            scales[role] = header_scale(header) or of_table
        return scales

    def _text(self, line: Line, role: str) -> str:
        layout = self.layout
        if role == "pagu" and layout.pagu_columns:
            for column in layout.pagu_columns:
                text = line.aligned.text(column)
                if text:
                    return text
            return ""
        return line.aligned.text(layout.roles.get(role))

    def _earlier_pagu(self, total: Line, where: Provenance) -> tuple[Number, ...]:
        """The total row's pagu of each earlier stage the table prints, in Rupiah."""
        found = []
        for column in self.layout.earlier_pagu:
            text = " ".join(total.aligned.text(column).split())
            number = self.figures.read(text, where, "pagu", self.styles.get("pagu"),
                                       negative_allowed=False) if text else None
            if number is not None and number.value is not None:
                # In Rupiah, as the final pagu is: a table "dalam ribuan rupiah" prints
                # every stage in thousands.
                found.append(scaled(number, self.scales.get("pagu", 1)))
        return tuple(number for number in found if number is not None)

    def _read(self, line: Line, role: str, where: Provenance) -> Number | None:
        text = " ".join(self._text(line, role).split())
        if not text:
            return None
        if is_dash(text):
            return Number(text, Decimal(0))  # '-' and 'Rp -' print zero
        number = self.figures.read(text, where, role, self.styles.get(role),
                                   negative_allowed=role not in ("pagu", "realisasi"))
        return scaled(number, self.scales.get(role, 1))

    def _output(self, line: Line) -> str | None:
        target = " ".join(line.aligned.text(self.layout.roles.get("target")).split())
        indicator = " ".join(line.aligned.text(self.layout.roles.get("indikator")).split())
        if indicator and target:
            return f"{indicator}: {target}"
        return target or indicator or None

    def _item(self, line: Line, level: Level) -> BudgetItem:
        where = Provenance(line.line, line.end_line, self.name)
        code = bare_label(line.label) if line.style not in ("", "-") else None
        return BudgetItem(
            level=level,
            name=line.name,
            code=code,
            pagu=self._read(line, "pagu", where),
            realisasi=self._read(line, "realisasi", where),
            persen=self._read(line, "persen", where),
            sisa=self._read(line, "sisa", where),
            output=self._output(line),
            sasaran=None,
            children=(),
            where=where,
            earlier_pagu=self._earlier_stages(line),
        )

    def _earlier_stages(self, line: Line) -> tuple[Number, ...]:
        """The row's pagu of each earlier stage the table prints, in Rupiah. Read
        quietly: a cell of history that cannot be read is no figure the table is
        checked on, so it raises no doubt."""
        found = []
        for column in self.layout.earlier_pagu:
            raw = " ".join(line.aligned.text(column).split())
            try:
                value = parse_number(raw, self.styles.get("pagu")) if raw else None
            except NumberFormatError:
                continue
            if value is not None and value >= 0:
                found.append(scaled(Number(raw, value), self.scales.get("pagu", 1)))
        return tuple(number for number in found if number is not None)

    # -- trees -------------------------------------------------------------------------

    def _tree_items(self, flat: Flat) -> tuple[BudgetItem, ...]:
        ordered: list[Line] = []
        placeholders: dict[int, BudgetItem] = {}
        for entry in flat.entries:
            if isinstance(entry, Gap):
                self._doubt(entry, flat)
                for index, (_, label) in enumerate(entry.phantoms):
                    holder = self._placeholder(entry, label, index)
                    marker = Line("item", entry.lines[0].aligned, label=label,
                                  name=holder.name, level=PROGRAM)
                    placeholders[id(marker)] = holder
                    ordered.append(marker)
            elif entry.kind == "item":
                ordered.append(entry)
            elif entry.kind == "skip" and self._figures_of(entry):
                self._doubt_nameless(entry)
        kept = without_children_of(ordered, flat.touched)
        items = [
            placeholders.get(id(line)) or self._item(line, _LEVELS[line.level or 0])
            for line in kept
        ]
        return nest(items)

    def _placeholder(self, gap: Gap, label: str, index: int) -> BudgetItem:
        names = gap.program_names
        name = names[index] if index < len(names) else f"Program {label}"
        return BudgetItem(
            level=Level.PROGRAM, name=name, code=label or None, pagu=None, realisasi=None,
            persen=None, sisa=None, output=None, sasaran=None, children=(),
            where=Provenance(gap.line, gap.end_line, self.name),
        )

    def _belanja_items(self, lines: list[Line]) -> tuple[BudgetItem, ...]:
        groups: list[tuple[BudgetItem, list[BudgetItem]]] = []
        run: list[Line] = []
        for line in [*lines, None]:
            if line is not None and line.kind == "glued":
                run.append(line)
                continue
            if run:
                self._doubt(Gap(run), Flat([], set(), []))
                run = []
            if line is None or line.kind != "item":
                continue
            item = self._item(line, Level.JENIS_BELANJA)
            if line.level == 0 or not groups:
                groups.append((item, []))
            else:
                groups[-1][1].append(item)
        return tuple(replace(item, children=tuple(children)) for item, children in groups)

    def _figures_of(self, line: Line) -> bool:
        return any(self._text(line, role) for role in ("pagu", "realisasi", "persen", "sisa"))

    # -- doubts ------------------------------------------------------------------------

    def _doubt(self, gap: Gap, flat: Flat) -> None:
        lines = f"{gap.line}-{gap.end_line}" if gap.end_line != gap.line else str(gap.line)
        parents = [line for line in _open_items(flat, gap) if id(line) in flat.touched]
        detail_id: list[str] = []
        detail_en: list[str] = []
        if parents:
            named = ", ".join(f'"{line.name}"' for line in parents)
            detail_id.append(f"rincian di bawah {named} tidak diperiksa")
            detail_en.append(f"the rows under {named} were not checked")
        if gap.phantoms:
            named = ", ".join(f'"{name}"' for name in gap.program_names) or ", ".join(
                label for _, label in gap.phantoms)
            detail_id.append(f"program {named} hanya tercetak di baris ini, tanpa angka")
            detail_en.append(f"program {named} is printed only in these lines, without figures")
        dropped = [line.line for line in flat.dropped if _after(line, gap, flat)]
        if dropped:
            shown = ", ".join(str(number) for number in dropped)
            detail_id.append(f"baris {shown} sesudahnya tidak dimasukkan karena induknya tidak "
                             "terbaca")
            detail_en.append(f"the row(s) at line {shown} after them are left out, as their "
                             "parent cannot be read")
        problem = {
            "id": _GLUED_PROBLEM["id"].format(
                lines=lines, detail_id="".join(f"; {text}" for text in detail_id)),
            "en": _GLUED_PROBLEM["en"].format(
                lines=lines, detail_en="".join(f"; {text}" for text in detail_en)),
        }
        first = gap.lines[0].aligned
        values = [cell.text for cell in first.values.values() if cell.text]
        raw = " | ".join(filter(None, [first.label, first.name, *values]))
        if len(raw) > 200:
            raw = raw[:197] + "..."
        self.figures.doubts.append(
            Doubt("table", raw, problem, Provenance(gap.line, gap.end_line, self.name))
        )

    def _doubt_nameless(self, line: Line) -> None:
        raw = " | ".join(cell.text for cell in line.aligned.row.cells if cell.text)
        problem = {
            "id": "baris berisi angka tanpa nama program/kegiatan; angkanya tidak dibaca",
            "en": "a row holds figures without a program/kegiatan name; they were not read",
        }
        self.figures.doubts.append(
            Doubt("table", raw, problem, Provenance(line.line, line.end_line, self.name))
        )


def _open_items(flat: Flat, gap: Gap) -> list[Line]:
    """The items open (not yet closed by a sibling) where the glued run starts."""
    stack: list[Line] = []
    for entry in flat.entries:
        if entry is gap:
            break
        if isinstance(entry, Line) and entry.kind == "item" and entry.level is not None:
            while stack and (stack[-1].level or 0) >= entry.level:
                stack.pop()
            stack.append(entry)
    return stack


def _after(line: Line, gap: Gap, flat: Flat) -> bool:
    """Whether a left-out row comes after ``gap`` and before the next glued run."""
    if line.line <= gap.end_line:
        return False
    later = [e for e in flat.entries if isinstance(e, Gap) and e.line > gap.end_line]
    return not later or line.line < later[0].line
