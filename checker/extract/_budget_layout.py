"""Which column of a budget table holds what: header words first, then cell content.

Private helper of :mod:`checker.extract._budget`. A :class:`Layout` names the column of
the name, of each figure (pagu, realisasi, persen, sisa) and of the output target; every
body row is then read through :func:`read_row`, which undoes the column shift converters
introduce after a page break (an extra empty cell between the number and the name).

Some tables print the levels in separate columns (Program | Kegiatan | Sub Kegiatan):
the layout then names those columns (``hierarchy``) and their rows are read cell by cell
in the header's columns, since there the empty cells before a name are the hierarchy
itself, not a shift.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from checker.text import Cell, Row, Table

from ._budget_cells import (
    header_words,
    is_dash,
    is_money,
    is_multi_number,
    is_name_text,
    is_percent,
    label_tokens,
)
from ._money_scale import header_scale

__all__ = [
    "Aligned",
    "Layout",
    "align",
    "column_types",
    "find_layout",
    "header_rows_of",
    "is_numbering_row",
    "prints_amount",
    "read_row",
]

MONEY_ROLES = ("pagu", "realisasi", "sisa")
FIGURE_ROLES = (*MONEY_ROLES, "persen")

_PAGU = {"pagu", "anggaran", "alokasi", "dpa", "plafon", "apbd", "dianggarkan"}
_REALISASI = {"realisasi", "keuangan", "terealisasi", "penyerapan", "serapan"}
_PERSEN = {"%", "persen", "persentase", "prosentase", "capaian"}
_SISA = {"sisa", "selisih", "saldo"}
_TARGET = {"target", "output", "keluaran", "volume"}
_KINERJA = {"kinerja", "fisik"}
_NAME = {"program", "kegiatan", "uraian", "nama", "jenis", "belanja", "rincian", "urusan"}
_LABEL = {"no", "nomor", "kode", "rekening"}
_NOT_BUDGET = {"sasaran", "tujuan"}  # RKT, PK, capaian and efficiency tables
# A pagu column of the budget after its change during the year ('APBD Perubahan', 'Pagu
# APBD-P', 'Setelah Refocusing', 'Setelah Pergeseran'), and the words of a column holding
# only the change's amount.
_FINAL_STAGE = {"perubahan", "p", "refocusing", "refokusing", "pergeseran"}
_CHANGE_AMOUNT = {"bertambah", "berkurang", "kenaikan", "penurunan", "tambah", "kurang"}
# The sources of funds an amount is split by ('Pagu (Rp)' over 'APBD | Danais | Jumlah'):
# a source's column holds a part of the amount, its 'Jumlah' or 'Total' column the amount.
_SOURCE = {"apbd", "apbn", "danais", "keistimewaan", "dak", "dau", "dbh", "did", "blud",
           "otsus", "bankeu", "hibah", "pad", "bos", "kapitasi"}
_SUM = {"jumlah", "total"}
# 'Kegiatan' and 'Sub Kegiatan' (also 'Sub-Kegiatan', 'Subkegiatan') in a header text.
# A figure with at most two decimals and no '%' sign: '84,70', '0,93', '385'.
_PLAIN_FIGURE = re.compile(r"^\d{1,3}(?:[.,]\d{1,2})?$")
_KEGIATAN = re.compile(r"(sub\s*-?\s*)?kegiatan", re.IGNORECASE)


def is_numbering_row(row: Row) -> bool:
    """The '1 2 3 4' row under a header (also '(1) (2)')."""
    tokens = [t.strip("()") for cell in row.cells for t in cell.text.split()]
    if len(tokens) < 3 or not all(t.isdigit() and len(t) <= 2 for t in tokens):
        return False
    numbers = [int(t) for t in tokens]
    return numbers[0] <= 2 and all(b > a for a, b in itertools.pairwise(numbers))


def _has_header_words(row: Row) -> bool:
    words: set[str] = set()
    for cell in row.cells:
        words |= header_words(cell.text)
    money = any(is_money(cell.text) and any(map(str.isdigit, cell.text)) for cell in row.cells)
    return not money and bool(words & (_PAGU | _REALISASI | _NAME | _PERSEN | _SISA | _TARGET))


def header_rows_of(table: Table) -> int:
    """The text layer's header rows, or the first rows that hold column names when it
    found none (a header the converter wrote in an unusual way)."""
    rows = table.rows
    count = table.header_rows
    if count == 0:
        while count < min(4, len(rows)) and _has_header_words(rows[count]):
            count += 1
    while count < len(rows) and count < 5 and is_numbering_row(rows[count]):
        count += 1
    return count


def _column_headers(rows: Sequence[Row], width: int) -> list[str]:
    """Each column's header text, a group header ('REALISASI' over 'Kinerja | Keuangan')
    carried over the sub-columns printed under it."""
    texts = [[row.cell(i).text if row.cell(i) else "" for i in range(width)] for row in rows
             if not is_numbering_row(row)]
    for upper, lower in itertools.pairwise(texts):
        for i in range(width - 1):
            if not upper[i]:
                continue
            j = i + 1
            while j < width and not upper[j] and lower[j]:
                upper[j] = upper[i]
                j += 1
    return [" ".join(filter(None, (column[i] for column in texts))) for i in range(width)]


def _role(text: str) -> str | None:
    words = header_words(text)
    if not words:
        return None
    if words & _SISA:
        return "sisa"
    if words & _TARGET:
        return "target"
    if "%" in words or (words & _PERSEN and not words & {"rp"}):
        # '% Fisik', 'Capaian Kinerja (%)' measure the work done, not the money spent.
        money = {"keuangan", "anggaran", "rp", "dana"} | _PAGU
        return "kinerja" if words & _KINERJA and not words & money else "persen"
    if words & _REALISASI:
        if words & _KINERJA and not words & ({"keuangan", "rp", "anggaran"} | _PAGU):
            return "kinerja"
        return "realisasi"
    if words & _PAGU:
        return "pagu"
    if "indikator" in words:
        return "indikator"
    if words & _NAME:
        return "name"
    if words & _LABEL:
        return "label"
    if words & _KINERJA:
        return "kinerja"
    return None


class Aligned(NamedTuple):
    """A body row read through the layout: label, name and the cells after the name."""

    row: Row
    label: str
    name: str
    values: dict[int, Cell]  # header column -> cell, for the columns after the name
    # Set only in a table with separate Program / Kegiatan / Sub Kegiatan columns: the
    # level (0 program, 1 kegiatan, 2 sub kegiatan) given by the column of ``name``;
    # whether the row is a parent printed only in its child's row (no figures of its
    # own); whether its level cells only repeat the items already open (it opens none).
    level: int | None = None
    parent_only: bool = False
    repeated: bool = False

    def text(self, column: int | None) -> str:
        if column is None:
            return ""
        cell = self.values.get(column)
        return cell.text if cell is not None else ""


@dataclass(frozen=True)
class Layout:
    """Where the parts of a budget table's rows are, in the header's columns."""

    width: int
    header_rows: int
    name: int  # the column of the item names (labels sit left of it)
    first_value: int  # the first column the header names after the name
    roles: dict[str, int]  # pagu, realisasi, persen, sisa, target, indikator -> column
    pagu_columns: tuple[int, ...] = ()  # one figure printed in a column per level (belanja)
    header_texts: tuple[str, ...] = ()
    excluded: bool = False  # a sasaran/tujuan column: an RKT, PK or capaian table
    # (column, level) of separate Program / Kegiatan / Sub Kegiatan columns, left to
    # right, the first one being ``name``; empty for a table with one name column.
    hierarchy: tuple[tuple[int, int], ...] = ()
    # The pagu columns of the earlier stages when the table prints the pagu at each
    # stage of the year (``roles['pagu']`` is the final one).
    earlier_pagu: tuple[int, ...] = ()
    # The body rows read through this layout (:func:`read_row`): read once, to find the
    # layout, and kept for the table's reader.
    body: tuple[Aligned, ...] = field(default=(), repr=False, compare=False)


def _name_index(cells: Sequence[Cell], stop: int) -> int | None:
    for index in range(min(len(cells), stop)):
        if is_name_text(cells[index].text):
            return index
    return None


def read_row(row: Row, layout: Layout) -> Aligned:
    """``row`` read through ``layout``: in the header's columns when the levels have
    columns of their own, else with :func:`align`."""
    return align(row, layout.name, layout.width, layout.first_value,
                 by_column=bool(layout.hierarchy))


def align(
    row: Row, name: int, width: int, first_value: int | None = None, by_column: bool = False
) -> Aligned:
    """Read ``row`` against a header of ``width`` columns whose name column is ``name``.

    The name may sit anywhere before ``first_value`` (the first column the header names
    after the name: a staircase of empty cells indents the levels). A row wider than the
    header whose name sits right of the name column is shifted: its cells after the name
    are read ``offset`` places further right. ``by_column`` reads every cell in its own
    column instead (the name is the cell of column ``name``, the label the cells before).
    """
    # A copy of a spanning cell (HTML colspan/rowspan) is not a value of its own.
    cells = tuple(replace(cell, text="") if cell.spanned else cell for cell in row.cells)
    if by_column:
        return _by_column(row, cells, name, width)
    extra = len(cells) - width
    stop = max(first_value if first_value is not None else name + 1, name + max(extra, 0) + 1)
    found = _name_index(cells, stop)
    offset = 0
    if found is not None and found > name and extra > 0:
        offset = min(found - name, extra)
    elif found is not None and found < name and extra < 0:
        offset = max(found - name, extra)
    if found is not None and found != name + offset:
        found_name = cells[found].text
        label_cells = cells[:found]
    else:
        position = name + offset
        found_name = cells[position].text if 0 <= position < len(cells) else ""
        label_cells = cells[: max(position, 0)]
    label = " ".join(cell.text for cell in label_cells if cell.text)
    values = {
        column: cells[column + offset]
        for column in range(name + 1, width)
        if 0 <= column + offset < len(cells)
    }
    return Aligned(row, label, found_name, values)


def _by_column(row: Row, cells: tuple[Cell, ...], name: int, width: int) -> Aligned:
    label = " ".join(cell.text for cell in cells[:name] if cell.text)
    own = cells[name].text if name < len(cells) else ""
    values = {column: cells[column] for column in range(name + 1, min(width, len(cells)))}
    return Aligned(row, label, own, values)


def _is_amount(text: str) -> bool:
    """An amount of four digits or more: a money column holds one (see
    :func:`_content_type`)."""
    return is_money(text) and sum(map(str.isdigit, text)) >= 4


def prints_amount(table: Table) -> bool:
    """Whether a cell of ``table`` holds an amount of four digits or more. Without one
    no column is money, so no layout of it names a pagu or realisasi column: a cheap
    test that spares aligning every row of the many tables that are no budget."""
    return any(_is_amount(cell.text) for row in table.rows for cell in row.cells)


def _content_type(texts: list[str]) -> str:
    """'money', 'percent', 'text' or 'empty' for the non-empty cells of a column."""
    filled = [text for text in texts if text and not is_dash(text)]
    if not filled:
        return "empty"
    money = sum(1 for t in filled if is_money(t) or is_multi_number(t))
    # One amount of four digits or more is enough: the others need not be counted.
    if money * 2 >= len(filled) and any(_is_amount(t) for t in filled):
        return "money"
    percent = sum(1 for t in filled if is_percent(t))
    if percent * 2 >= len(filled):
        return "percent"
    return "text"


def column_types(rows: Sequence[Aligned], width: int, name: int) -> dict[int, str]:
    return {
        column: _content_type([row.text(column) for row in rows])
        for column in range(name + 1, width)
    }


def find_layout(table: Table, in_units: bool = False) -> Layout | None:
    """The layout of ``table`` if it has a name column; ``None`` otherwise. ``in_units``:
    the caption or a title line states the unit of the amounts ("dalam jutaan rupiah")."""
    header_count = header_rows_of(table)
    header = table.rows[:header_count]
    width = max((len(row.cells) for row in header), default=table.width) or table.width
    texts = _column_headers(header, width)
    roles: dict[str, list[int]] = {}
    for index, text in enumerate(texts):
        role = _role(text)
        if role is not None:
            roles.setdefault(role, []).append(index)
    split = _split_by_source(texts, roles)
    body = table.rows[header_count:]
    name = _pick_name(roles, body, width)
    if name is None:
        return None
    hierarchy = _hierarchy(texts, name)
    last_name = hierarchy[-1][0] if hierarchy else name
    # A sasaran or tujuan column before the items (or as their column, or among the
    # columns of their levels): the rows are sasaran, so this is an RKT, PK, capaian or
    # efficiency table, not a budget table.
    excluded = any(header_words(text) & _NOT_BUDGET for text in texts[: last_name + 1])
    first_value = min(
        (i for i, text in enumerate(texts) if i > name and _role(text) not in (None, "name")),
        default=name + 1,
    )
    aligned = [align(row, name, width, first_value, by_column=bool(hierarchy)) for row in body]
    types = column_types(aligned, width, name)
    _money_in_units(types, roles, texts, aligned, in_units)
    chosen: dict[str, int] = {}
    roles["pagu"] = _final_pagu_first(roles.get("pagu", []), texts)
    for role in ("pagu", "realisasi", "sisa"):
        for index in roles.get(role, []):
            if index > name and types.get(index) == "money" and index not in chosen.values():
                chosen[role] = index
                break
    for index in roles.get("persen", []):
        if index <= name:
            continue
        if types.get(index) in ("percent", "empty"):
            chosen["persen"] = index
            break
        left = index - 1
        if _only_percent_signs(aligned, index) and types.get(left) == "percent" and (
            left not in chosen.values()
        ):
            chosen["persen"] = left  # '%' printed in its own cell under the header
            break
    for role in ("target", "indikator"):
        for index in roles.get(role, []):
            if index > name and types.get(index) != "money":
                chosen[role] = index
                break
    pagu_columns: tuple[int, ...] = ()
    if "pagu" not in chosen and "realisasi" not in chosen:
        # No header names the amounts (a header row the converter left empty): the
        # money columns are one figure printed in a column per level.
        money = [c for c, kind in types.items()
                 if kind == "money" and c not in chosen.values() and c not in split]
        if money:
            pagu_columns = tuple(money)
            chosen["pagu"] = money[0]
    return Layout(
        width=width,
        header_rows=header_count,
        name=name,
        first_value=first_value,
        roles=chosen,
        pagu_columns=pagu_columns,
        header_texts=tuple(texts),
        excluded=excluded,
        hierarchy=hierarchy,
        earlier_pagu=_earlier_stages(chosen.get("pagu"), roles.get("pagu", []), texts, types),
        body=tuple(aligned),
    )


def _money_in_units(types: dict[int, str], roles: dict[str, list[int]], texts: Sequence[str],
                    rows: Sequence[Aligned], in_units: bool) -> None:
    """Mark as money the columns the header names pagu, realisasi or sisa that print
    plain figures in a stated unit: under "(dalam jutaan rupiah)" or "Anggaran (Rp
    juta)" a reviewer reads '84,70' as Rp 84.700.000, though it looks like a percentage
    and has fewer than four digits."""
    for role in MONEY_ROLES:
        for index in roles.get(role, []):
            if types.get(index) in ("money", "empty", None):
                continue
            if (in_units or header_scale(texts[index])) and _plain_figures(rows, index):
                types[index] = "money"


def _plain_figures(rows: Sequence[Aligned], column: int) -> bool:
    """Every filled cell of ``column`` is a figure without a '%' sign."""
    filled = [row.text(column) for row in rows if row.text(column)]
    return bool(filled) and all(
        is_money(text) or (_PLAIN_FIGURE.match(text) is not None) for text in filled
    )


def _final_pagu_first(columns: list[int], texts: Sequence[str]) -> list[int]:
    """The pagu columns, the final stage of the year's budget first: a table that
    prints a program's pagu at each stage ('Pagu (Rp)' over 'APBD Murni | Setelah
    Refocusing | APBD Perubahan') is spent and closed against the last one, the APBD
    Perubahan; the first, the original budget, is history. Of several columns naming
    the change, the last ('Perubahan' before 'Setelah Perubahan'); a column of the
    change's amount ('Bertambah/Berkurang') is no pagu of its own."""
    final = [index for index in columns
             if header_words(texts[index]) & _FINAL_STAGE
             and not header_words(texts[index]) & _CHANGE_AMOUNT]
    if not final or len(columns) < 2:
        return columns
    chosen = final[-1]
    return [chosen, *(index for index in columns if index != chosen)]


def _is_source(text: str) -> bool:
    """A column of one source of funds: 'APBD', 'Pagu (Rp) Danais'; not a stage of the
    year's budget ('APBD Perubahan') nor the sum of the sources."""
    words = header_words(text)
    return bool(words & _SOURCE) and not words & (_FINAL_STAGE | _SUM | {"murni", "induk"})


def _split_by_source(texts: Sequence[str], roles: dict[str, list[int]]) -> set[int]:
    """Read an amount split by source of funds as its sum: two or more adjacent source
    columns are parts, not the pagu (or realisasi); the 'Jumlah' or 'Total' column beside
    them takes their role. Without such a column no part is read as the whole. Returns
    the source columns of every split (``roles`` is updated in place)."""
    split: set[int] = set()
    for run in _source_runs(texts):
        # The sum is printed after its parts, or before them.
        total = next((i for i in (run[-1] + 1, run[0] - 1)
                      if 0 <= i < len(texts) and header_words(texts[i]) & _SUM), None)
        group = [total, *run] if total is not None else run
        # The group header ('Pagu (Rp)' carried over its sub-columns) names the role; a
        # bare 'APBD | Danais | Jumlah' is the budget as set.
        role = next((found for found in (_role(texts[i]) for i in group)
                     if found in MONEY_ROLES), None)
        for columns in roles.values():
            columns[:] = [i for i in columns if i not in group]
        if role is not None and total is not None:
            roles.setdefault(role, []).insert(0, total)
        split.update(run)
    return split


def _source_runs(texts: Sequence[str]) -> list[list[int]]:
    """The runs of two or more adjacent source-of-funds columns."""
    runs: list[list[int]] = []
    current: list[int] = []
    for index, text in enumerate(texts):
        if _is_source(text):
            current.append(index)
            continue
        if len(current) >= 2:
            runs.append(current)
        current = []
    if len(current) >= 2:
        runs.append(current)
    return runs


def _earlier_stages(final: int | None, columns: list[int], texts: Sequence[str],
                    types: dict[int, str]) -> tuple[int, ...]:
    """The money columns of the pagu's earlier stages, when the pagu read is the final
    stage's (:func:`_final_pagu_first`)."""
    if final is None or not header_words(texts[final]) & _FINAL_STAGE:
        return ()
    return tuple(index for index in columns
                 if index != final and types.get(index) == "money")


def _column_level(text: str) -> int | None:
    """0, 1 or 2 for a name column whose header names one level only ('Program', 'Nama
    Kegiatan', 'Sub Kegiatan'); ``None`` for 'Program/Kegiatan/Sub Kegiatan', a code, an
    indicator or a sasaran column."""
    words = header_words(text)
    # 'Subkegiatan' written as one word is no name word of its own: no role either.
    if _role(text) not in ("name", None) or words & (_LABEL | _NOT_BUDGET):
        return None
    levels = {2 if match.group(1) else 1 for match in _KEGIATAN.finditer(text)}
    if "program" in words:
        levels.add(0)
    return levels.pop() if len(levels) == 1 else None


def _hierarchy(texts: Sequence[str], name: int) -> tuple[tuple[int, int], ...]:
    """The separate level columns, when the header prints two or more of them, each
    level once and in the cascade's order, starting at the name column."""
    found = tuple(
        (index, level) for index, text in enumerate(texts)
        if (level := _column_level(text)) is not None
    )
    levels = [level for _, level in found]
    if len(found) < 2 or found[0][0] != name or levels != sorted(set(levels)):
        return ()
    return found


def _only_percent_signs(rows: Sequence[Aligned], column: int) -> bool:
    texts = [row.text(column) for row in rows if row.text(column)]
    return bool(texts) and all(text == "%" for text in texts)


def _pick_name(roles: dict[str, list[int]], body: Sequence[Row], width: int) -> int | None:
    for index in roles.get("name", []):
        return index
    # No header word: the first column whose cells are mostly names.
    for index in range(width):
        cells = [row.cell(index) for row in body]
        filled = [cell.text for cell in cells if cell is not None and cell.text]
        names = [text for text in filled if is_name_text(text)]
        if filled and len(names) * 2 > len(filled) and not label_tokens(" ".join(filled[:1])):
            return index
    return None
