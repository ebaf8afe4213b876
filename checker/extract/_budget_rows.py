"""The rows of a budget table: what each one is, and its level in the tree.

Private helper of :mod:`checker.extract._budget`. Levels come from every cue a table
prints, strongest first: the words Program / Kegiatan / Sub Kegiatan and Kepmendagri
codes; then the numbering ladder (roman, letters, numbers, dotted codes, in the order the
table uses them, Greek/Cyrillic look-alikes folded); then, in a table that numbers
nothing, upper case, bold and indentation; the sums decide only when nothing else does.

A table with separate Program / Kegiatan / Sub Kegiatan columns needs none of those
cues: a row's level is the right-most of those columns that opens a new item (a cell
neither blank nor the name of the item already open in that column).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from checker.numbers import NumberFormatError, parse_number

from ._budget_cells import (
    bare_label,
    fold_label,
    is_multi_number,
    label_style,
    label_tokens,
    leading_label,
    level_word,
    nomenclature_level,
    total_word,
    without_note,
)
from ._budget_layout import FIGURE_ROLES, MONEY_ROLES, Aligned, Layout
from ._cues import lazy

__all__ = [
    "Flat",
    "Gap",
    "Line",
    "assign_levels",
    "classify",
    "ladder_for",
    "resolve_gaps",
    "without_children_of",
]

PROGRAM, KEGIATAN, SUB = 0, 1, 2
# Words that cannot end a name: a row after one holds the rest of the name.
_CONNECTORS = frozenset(
    ("dan", "atau", "serta", "di", "ke", "dari", "yang", "untuk", "dengan", "pada", "dalam",
     "terhadap", "bagi", "oleh", "&", "/", "-", ",")
)


@dataclass
class Line:
    """One body row as the extractor understands it."""

    kind: str  # item, total, subtotal, glued, skip
    aligned: Aligned
    label: str = ""  # folded, as printed ('I.', 'A', '1.1.1')
    name: str = ""
    end_line: int = 0
    style: str = ""  # numbering style of the label ('' for none)
    word: int | None = None  # level from the words / code
    caps: bool = False
    bold: bool = False
    indent: int = 0
    level: int | None = None
    money_column: int | None = None  # which complementary pagu column holds the amount

    @property
    def line(self) -> int:
        return self.aligned.row.line


def _has_figures(aligned: Aligned, layout: Layout) -> bool:
    columns = [layout.roles.get(role) for role in FIGURE_ROLES] + list(layout.pagu_columns)
    return any(aligned.text(column) for column in columns if column is not None)


def _has_money(aligned: Aligned, layout: Layout) -> bool:
    columns = [layout.roles.get(role) for role in MONEY_ROLES] + list(layout.pagu_columns)
    return any(aligned.text(column) for column in columns if column is not None)


def _is_glued(aligned: Aligned, layout: Layout) -> bool:
    if len(label_tokens(aligned.label)) > 1:
        return True
    columns = [layout.roles.get(role) for role in FIGURE_ROLES] + list(layout.pagu_columns)
    return any(is_multi_number(aligned.text(c)) for c in columns if c is not None)


def _indent(aligned: Aligned) -> int:
    raw = aligned.row.cells
    for index, cell in enumerate(raw):
        if cell.text == aligned.name and cell.text:
            return index * 4 + len(cell.raw) - len(cell.raw.lstrip(" \u00a0"))
    return 0


def _continues_name(previous: Line | None, aligned: Aligned) -> bool:
    """A row holding only the rest of the name above it (a wrapped cell)."""
    if previous is None or previous.kind != "item" or aligned.label or not aligned.name:
        return False
    if aligned.parent_only or aligned.level != previous.aligned.level:
        return False  # a parent opened in its child's row, or another level's column
    last = previous.name.split()[-1].lower() if previous.name.split() else ""
    return last in _CONNECTORS or previous.name.endswith(("-", ",", "/")) or (
        aligned.name[:1].islower()
    )


_URUSAN = re.compile(r"^(?:bidang\s+)?urusan\b", re.IGNORECASE)


def classify(rows: Sequence[Aligned], layout: Layout) -> list[Line]:
    """Decide what every body row is; wrapped names are joined to their row."""
    if layout.hierarchy:
        rows = _by_level_columns(rows, layout)
    lines: list[Line] = []
    previous: Line | None = None
    glued_before = False
    last_filled = max(
        (i for i, row in enumerate(rows) if any(cell.text for cell in row.row.cells)), default=-1
    )
    for index, aligned in enumerate(rows):
        texts = [cell.text for cell in aligned.row.cells if cell.text]
        if not texts or all(not any(map(str.isalnum, text)) for text in texts):
            continue  # a blank row or a stray ',' the converter left
        figures = _has_figures(aligned, layout)
        glued = _is_glued(aligned, layout)
        total = None if glued else total_word(aligned.name) or total_word(aligned.label)
        if total is not None:
            kind = "total" if total == "grand" else "subtotal"
            lines.append(Line(kind, aligned, end_line=aligned.row.end_line))
            previous, glued_before = None, False
            continue
        if not glued and not aligned.name and not aligned.label and figures:
            # Figures without a name: the grand total when it closes the table, unless
            # its level cells print the open items again (a row repeated, not a sum).
            kind = "total" if index == last_filled and not aligned.repeated else "skip"
            lines.append(Line(kind, aligned, end_line=aligned.row.end_line))
            previous, glued_before = None, False
            continue
        # A row right after a glued one, without a number and without an amount of its
        # own, holds the rest of the glued text.
        if glued or (glued_before and not aligned.label and not aligned.parent_only
                     and not _has_money(aligned, layout)):
            lines.append(Line("glued", aligned, end_line=aligned.row.end_line))
            previous, glued_before = None, True
            continue
        glued_before = False
        if (_URUSAN.match(aligned.name) and not aligned.label.strip(".").isdigit()
                and nomenclature_level(aligned.label) is None):
            # An urusan / bidang urusan heads the programs: above the tree, not in it.
            # A Kepmendagri program/kegiatan code says otherwise: kegiatan names such as
            # 'Urusan Penyelenggaraan PSU Perumahan' open with the word too.
            lines.append(Line("subtotal", aligned, end_line=aligned.row.end_line))
            previous = None
            continue
        if not figures and _continues_name(previous, aligned):
            assert previous is not None
            previous.name = f"{previous.name} {aligned.name}"
            previous.end_line = aligned.row.end_line
            continue
        if not aligned.name:
            lines.append(Line("skip", aligned, end_line=aligned.row.end_line))
            previous = None
            continue
        line = _item(aligned, layout)
        lines.append(line)
        previous = line
    return lines


def _by_level_columns(rows: Sequence[Aligned], layout: Layout) -> list[Aligned]:
    """Each row named and levelled by the right-most level column that opens an item.

    A cell opens an item when it is not blank and not the name of the item open in its
    column: a program name repeated on every row (typed again, or a merged cell the HTML
    reader expanded) opens nothing. Cells further left that open items too are parents
    printed only in this row: they become items without figures, because the table does
    not print theirs. A row that opens nothing keeps no name (a total in the label cells
    stays readable from the label) and, when its level cells print the open items again,
    is marked ``repeated`` so that it is never taken for the total; a total opens nothing.
    """
    opened: dict[int, str] = {}  # column -> folded name of the item open in it
    read: list[Aligned] = []
    for row in rows:
        state = dict(opened)
        new = _opened_cells(row, layout, state)
        aligned = _without_level_columns(row, layout)
        if not new:
            repeated = any(_level_text(row, column, layout) for column, _ in layout.hierarchy)
            read.append(aligned._replace(name="", repeated=repeated))
            continue
        _, level, name = new[-1]
        if total_word(name) is not None:
            read.append(aligned._replace(name=name))
            continue
        opened = state
        read.extend(
            Aligned(aligned.row, "", parent, {}, level=parent_level, parent_only=True)
            for _, parent_level, parent in new[:-1]
        )
        read.append(aligned._replace(name=name, level=level))
    return read


def _opened_cells(
    aligned: Aligned, layout: Layout, opened: dict[int, str]
) -> list[tuple[int, int, str]]:
    """(column, level, name) of the cells of ``aligned`` that open an item, left to right;
    ``opened`` is updated as they open (an item closes the ones right of it)."""
    found: list[tuple[int, int, str]] = []
    for column, level in layout.hierarchy:
        name = _level_text(aligned, column, layout)
        if not name or opened.get(column) == name.casefold():
            continue
        for later in [c for c in opened if c > column]:
            del opened[later]
        opened[column] = name.casefold()
        found.append((column, level, name))
    return found


def _level_text(aligned: Aligned, column: int, layout: Layout) -> str:
    """The name in a level column; '' for a blank cell, a dash or stray punctuation."""
    text = aligned.name if column == layout.name else aligned.text(column)
    name = " ".join(text.split())
    return name if any(map(str.isalnum, name)) else ""


def _without_level_columns(aligned: Aligned, layout: Layout) -> Aligned:
    """Once read, the level columns are the row's name, not values to show beside it."""
    columns = {column for column, _ in layout.hierarchy}
    values = {column: cell for column, cell in aligned.values.items() if column not in columns}
    return aligned._replace(values=values)


def _item(aligned: Aligned, layout: Layout) -> Line:
    label = fold_label(aligned.label)
    name = aligned.name.strip()
    if not label:
        label, name = leading_label(name)
        label = fold_label(label)
    name = without_note(name.lstrip("-\u2013\u2022* ").rstrip(" :"))
    style = label_style(label) if label else ""
    word = nomenclature_level(label) if style == "K" else None
    if word is None:
        word = level_word(name)
    letters = list(filter(str.isalpha, name))
    caps = bool(letters) and all(map(str.isupper, letters))
    money_column = None
    for column in layout.pagu_columns:
        if aligned.text(column):
            money_column = column
            break
    row = aligned.row
    bold = row.bold or any(cell.bold for cell in row.cells if cell.text == aligned.name)
    return Line(
        "item", aligned, label=label, name=name, end_line=row.end_line, style=style or "",
        word=word, caps=caps, bold=bold, indent=_indent(aligned), money_column=money_column,
    )


# -- levels ---------------------------------------------------------------------------


def _resolve_letters(items: list[Line]) -> None:
    """A lone I, V or X is a letter when it continues the letters before it ('I' after
    'H'), a numeral when it continues the numerals ('V' after 'IV'); small 'i' opens
    small roman numbering unless it follows 'h'."""
    last_letter: dict[bool, str] = {}
    last_roman = ""
    last_small = ""
    for line in items:
        token = bare_label(line.label)
        if line.style == "a" and (
            (token == "i" and last_letter.get(False, "") != "h")
            or _roman_follows(last_small.upper(), token.upper())
        ):
            line.style = "r"
        if line.style == "r":
            last_small = token
        elif line.style in ("A", "a"):
            last_letter[token.isupper()] = token
        elif line.style == "R":
            previous = last_letter.get(True, "")
            follows_letter = bool(previous) and ord(token[0]) == ord(previous) + 1
            # 'C' after 'B' is a letter; so is a lone V, X, L or C that does not continue
            # the roman numbering ('V' after 'IV').
            if len(token) == 1 and (follows_letter or (
                    token != "I" and not _roman_follows(last_roman, token))):
                line.style = "A"
                last_letter[True] = token
            else:
                last_roman = token


def _roman_follows(previous: str, token: str) -> bool:
    numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
    return previous in numerals[:-1] and numerals[numerals.index(previous) + 1] == token


def _ladder(items: list[Line]) -> dict[str, int]:
    """Level of each numbering style: votes of the words, else the outline order."""
    votes: dict[str, Counter[int]] = {}
    depth: dict[str, int] = {}
    stack: list[str] = []
    for line in items:
        style = line.style
        if line.word is not None:
            votes.setdefault(style, Counter())[line.word] += 1
        if style in stack:
            del stack[stack.index(style) + 1 :]
        else:
            stack.append(style)
            depth.setdefault(style, len(stack) - 1)
    levels = {style: counter.most_common(1)[0][0] for style, counter in votes.items()}
    anchored = [(style, levels[style] - depth[style]) for style in depth if style in levels]
    offset = anchored[0][1] if anchored else 0
    for style, at in depth.items():
        levels.setdefault(style, at + offset)
    return levels


def _fallback_levels(items: list[Line]) -> None:
    """A table that numbers nothing and names no level: upper case, bold and
    indentation rank the rows (a deeper indent, then plain type, is a lower level)."""
    keys = sorted({(line.indent, not line.caps, not line.bold) for line in items})
    if len(keys) > 1:
        rank = {key: min(index, SUB) for index, key in enumerate(keys)}
        for line in items:
            line.level = rank[(line.indent, not line.caps, not line.bold)]
        return
    for line in items:
        line.level = PROGRAM


def _amount(line: Line, column: int | None) -> Decimal | None:
    text = line.aligned.text(column)
    try:
        return parse_number(text) if text else None
    except (NumberFormatError, InvalidOperation):
        return None


def _by_sums(items: list[Line], pagu: int | None) -> bool:
    """Last resort for a flat list whose header says it holds several levels: a row
    whose pagu is exactly the sum of the two or more rows after it is their parent."""
    amounts = [_amount(line, pagu) for line in items]
    if not amounts or any(amount is None for amount in amounts):
        return False
    levels = [KEGIATAN] * len(items)
    index = 0
    while index < len(items):
        total = Decimal(0)
        end = None
        for later in range(index + 1, len(items)):
            total += amounts[later] or Decimal(0)
            if total == amounts[index] and later > index + 1:
                end = later
                break
            if total > (amounts[index] or Decimal(0)):
                break
        if end is None:
            index += 1
            continue
        levels[index] = PROGRAM
        index = end + 1
    if levels[0] != PROGRAM:
        return False
    for line, level in zip(items, levels, strict=True):
        line.level = level
    return True


def assign_levels(lines: list[Line], layout: Layout, belanja: bool) -> None:
    """Set ``level`` (0 program, 1 kegiatan, 2 sub kegiatan) on every item line;
    for a belanja table, 0 is a group of types and 1 a type within it."""
    _levels_by_cues(lines, layout, belanja)
    items = [line for line in lines if line.kind == "item"]
    if belanja or not items or {line.level for line in items} != {PROGRAM}:
        return
    # A flat list under a name column headed by one level ('Kegiatan', 'Sub Kegiatan')
    # lists that level: the kegiatan a sasaran's table lists are not programs.
    named = _header_level(layout)
    for line in items:
        line.level = named


def _levels_by_cues(lines: list[Line], layout: Layout, belanja: bool) -> None:
    """The levels the rows' codes, words, numbering, marks or sums say."""
    items = [line for line in lines if line.kind == "item"]
    if not items:
        return
    _resolve_letters(items)
    if belanja:
        _belanja_levels(items)
        return
    if layout.hierarchy and all(line.aligned.level is not None for line in items):
        for line in items:
            line.level = line.aligned.level  # the column of its name says it
        return
    numbered = any(line.style for line in items)
    worded = any(line.word is not None for line in items)
    if numbered or worded:
        ladder = _ladder(items)
        for line in items:
            level = line.word if line.word is not None else ladder.get(line.style, SUB)
            line.level = max(PROGRAM, min(level, SUB))
        _below_marked_rows(items)
        return
    if any(line.caps or line.bold for line in items) or len({x.indent for x in items}) > 1:
        _fallback_levels(items)
        if len({line.level for line in items}) > 1:
            return
    header = " ".join(layout.header_texts).lower()
    if "kegiatan" in header and _by_sums(items, layout.roles.get("pagu")):
        return
    for line in items:
        line.level = PROGRAM


_LEVEL_WORDS = lazy(r"\b(sub\s*)?kegiatan\b|\b(program)\b", re.IGNORECASE)


def _header_level(layout: Layout) -> int:
    """The one level the name column's header names ('Kegiatan' 1, 'Sub Kegiatan' 2);
    a program (0) when it names none or several ('Program / Kegiatan', 'Uraian')."""
    if layout.name >= len(layout.header_texts):
        return PROGRAM
    levels = {SUB if match.group(1) else KEGIATAN if match.group(2) is None else PROGRAM
              for match in _LEVEL_WORDS().finditer(layout.header_texts[layout.name])}
    return levels.pop() if len(levels) == 1 else PROGRAM


def _below_marked_rows(items: list[Line]) -> None:
    """A plain row that names no level and numbers nothing, under a row that names its
    level in bold or capitals, is one level below it: "Program / Kegiatan" tables print
    the program as "**Program X**" and its kegiatan under it by name alone. Without the
    contrast (every row plain, or every row bold) the names stay at the ladder's level."""
    parent: Line | None = None  # the last row naming its level, printed marked
    for line in items:
        if line.word is not None or line.style:
            parent = line if line.word is not None and not line.style and (
                line.bold or line.caps) else None
        elif (parent is not None and parent.level is not None and not line.bold
              and not line.caps and line.level is not None and line.level <= parent.level):
            line.level = min(parent.level + 1, SUB)


_BELANJA_GROUPS = lazy(
    r"^belanja\s+(?:operasi|modal|tidak\s+terduga|transfer|langsung|tidak\s+langsung)\b",
    re.IGNORECASE,
)


def _belanja_levels(items: list[Line]) -> None:
    """Groups (a. Belanja Operasi) over types (Belanja Pegawai): by numbering, by the
    column the amount is printed in, else by the names of the groups."""
    styles = {line.style for line in items}
    if "" in styles and len(styles) > 1:
        for line in items:
            line.level = 1 if line.style in ("", "-") else 0
        return
    columns = {line.money_column for line in items if line.money_column is not None}
    if len(columns) > 1:
        outer = max(columns)
        for line in items:
            line.level = 0 if line.money_column == outer else 1
        return
    groups = [bool(_BELANJA_GROUPS().match(line.name)) for line in items]
    if any(groups) and not all(groups) and groups[0]:
        for line, group in zip(items, groups, strict=True):
            line.level = 0 if group else 1
        return
    for line in items:
        line.level = 0


# -- glued rows -----------------------------------------------------------------------


@dataclass
class Gap:
    """A run of rows the converter glued together: what they hide."""

    lines: list[Line]
    phantoms: list[tuple[int, str]] = field(default_factory=list)  # (level, label) opened
    program_names: list[str] = field(default_factory=list)

    @property
    def line(self) -> int:
        return self.lines[0].line

    @property
    def end_line(self) -> int:
        return self.lines[-1].end_line


@dataclass
class Flat:
    """What becomes the items of one table: kept lines and placeholders, in order."""

    entries: list[Line | Gap]
    touched: set[int]  # ids of item lines whose children are unknown
    dropped: list[Line]  # clean rows whose parent is unknown


_PROGRAM_CAPS = re.compile(r"\bPROGRAM(?:\s+[A-Z][A-Z/,.&()\-]*(?=\s|$))+")


def _program_names(gap: Gap, known: set[str]) -> list[str]:
    found: list[str] = []
    for line in gap.lines:
        for match in _PROGRAM_CAPS.finditer(line.aligned.name):
            name = " ".join(match.group(0).split()).rstrip(" ,.")
            if name in known:
                continue
            found = [n for n in found if not name.startswith(n)]
            if not any(n.startswith(name) for n in found):
                found.append(name)
    return found


def resolve_gaps(lines: list[Line], ladder_of: dict[str, int]) -> Flat:
    """Walk the rows with the stack of open items; a glued run closes and opens items
    according to the labels it holds ('1 2 II.' closes the kegiatan and the program and
    opens program II). An open item that gets rows inside the run has unknown children;
    a program opened inside it becomes a placeholder without figures; clean rows whose
    parent opened inside the run are left out."""
    entries: list[Line | Gap] = []
    touched: set[int] = set()
    dropped: list[Line] = []
    # The stack holds (level, label, line or None for a row hidden in a run).
    stack: list[tuple[int, str, Line | None]] = []
    index = 0
    known_programs: set[str] = set()
    while index < len(lines):
        line = lines[index]
        if line.kind == "item" and line.level is not None:
            while stack and stack[-1][0] >= line.level:
                stack.pop()
            if any(entry is None for _, _, entry in stack):
                dropped.append(line)
                stack.append((line.level, bare_label(line.label), None))
            else:
                entries.append(line)
                stack.append((line.level, bare_label(line.label), line))
                if line.level == PROGRAM:
                    known_programs.add(line.name.upper())
            index += 1
            continue
        if line.kind != "glued":
            entries.append(line)
            index += 1
            continue
        run: list[Line] = []
        while index < len(lines) and lines[index].kind == "glued":
            run.append(lines[index])
            index += 1
        gap = Gap(run)
        _walk_gap(gap, stack, touched, ladder_of)
        gap.program_names = _program_names(gap, known_programs)
        entries.append(gap)
    return Flat(entries, touched, dropped)


def _walk_gap(
    gap: Gap, stack: list[tuple[int, str, Line | None]], touched: set[int],
    ladder_of: dict[str, int],
) -> None:
    tokens: list[str] = []
    for line in gap.lines:
        tokens.extend(label_tokens(line.aligned.label))
    levels = []
    for token in tokens:
        style = label_style(token) or ""
        if style == "R" and bare_label(token) in ("V", "X") and "A" in ladder_of:
            style = "A"  # a lone V or X among glued labels: read as the letter
        level = nomenclature_level(token) if style == "K" else ladder_of.get(style)
        if level is not None:
            levels.append((level, bare_label(token)))
    if not levels:
        # Nothing tells what the run holds: the innermost open item (or, when that is a
        # sub kegiatan, its kegiatan) gets rows we cannot read.
        for level, _, entry in reversed(stack):
            if entry is not None and level < SUB:
                touched.add(id(entry))
                break
        return
    for level, token in levels:
        same = [i for i, (lv, _, _) in enumerate(stack) if lv == level]
        if same and stack[same[-1]][1] == token:
            del stack[same[-1] + 1 :]  # the row itself repeated ('F' of 'F 1')
            continue
        while stack and stack[-1][0] >= level:
            stack.pop()
        parent = stack[-1][2] if stack else None
        if parent is not None:
            touched.add(id(parent))
        stack.append((level, token, None))
        if level == PROGRAM:
            gap.phantoms.append((level, token))


def ladder_for(lines: list[Line]) -> dict[str, int]:
    """The level each numbering style took in the table (for the labels of glued rows)."""
    found: dict[str, Counter[int]] = {}
    for line in lines:
        if line.kind == "item" and line.level is not None and line.style:
            found.setdefault(line.style, Counter())[line.level] += 1
    return {style: counter.most_common(1)[0][0] for style, counter in found.items()}


def without_children_of(items: list[Line], touched: set[int]) -> list[Line]:
    """Leave out every row below an item whose children are unknown."""
    kept: list[Line] = []
    cut: int | None = None
    for line in items:
        level = line.level if line.level is not None else SUB
        if cut is not None and level > cut:
            continue
        cut = level if id(line) in touched else None
        kept.append(line)
    return kept

