"""The pohon kinerja as the report prints it: which program, kegiatan or sub kegiatan
supports which sasaran.

Reports print the link in three ways, and each is read here with its provenance:

- **per-sasaran budget tables** ("Tabel 3.5 Program dan Kegiatan Pendukung Sasaran 2"):
  the budget extractor has read them as budget tables; here they are marked with their
  sasaran (:attr:`BudgetTable.sasaran`), which makes them a *subset* of the budget;
- **link tables**: any table with a sasaran column and, to its right, a program,
  kegiatan or sub kegiatan column (the analysis table "Sasaran | Indikator |
  Program/Kegiatan | Menunjang", a Renstra or RKT matrix "Sasaran | Strategi | Kebijakan |
  Program", a cascading lampiran "Tujuan | Sasaran | Program | Kegiatan"). Blank cells
  continue the name above (a merged cell); a cell may list its names one a line
  (``<br>``); a total row ("Jumlah") names nothing. When a new sasaran begins on a row that
  continues a program (a converter stacked a merged cell's text), the columns no longer
  line up: the links read so far are kept and a ``table`` doubt says where reading stopped.
  A new sasaran may begin on a kegiatan of another program than the one above (the budget
  says which): a program shared between two sasaran, one kegiatan each;
- **narrative**: "Program dan kegiatan ... guna mendukung sasaran 2 terdiri dari 3
  (tiga) program ... sebagai berikut:" followed by "Program : ...", "Kegiatan : ..." lines
  or a list, and the same list under a "Sasaran 2" heading.

A sasaran is written as the report writes it (a name, or its number); the graph resolves
numbers to the plan's (else the Perjanjian Kinerja's) n-th sasaran.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from checker.model import BudgetTable, CascadeLink, Doubt, Level, LinkSource, Provenance
from checker.names import fold_word, same_name
from checker.text import Cell, Row, Source, Table, cell_lines

from ._budget_cells import leading_label, nomenclature_level, total_word
from ._context import table_name, table_titles
from ._cues import may_hold

__all__ = ["LinkExtraction", "extract_links", "mark_per_sasaran", "sasaran_number"]

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9,
          "x": 10}
_NUMBER = r"(?:strategis\s+)?(?:ke\s*-?\s*)?(\d{1,2}|[ivx]{1,4})\b"
_SASARAN_N = re.compile(r"\bsasaran\s+" + _NUMBER, re.IGNORECASE)
_ITEM_WORDS = ("program", "kegiatan")
_ITEM_WORD = re.compile(r"\b(?:program|kegiatan)\b", re.IGNORECASE)
# A sentence that says the programs below support a sasaran: the support word is followed
# by what is supported ("mendukung tercapainya kinerja sasaran 1", "pendukung sasaran",
# "yang menunjang:"), never by a name ("Program Penunjang Urusan Pemerintahan Daerah").
_SUPPORTED = (r"\b(?:mendukung|menunjang|pendukung|penunjang)\b\s*"
              r"(?:$|:|\(?sasaran\b|(?:ter)?capai|pencapaian|keberhasilan|kinerja|terwujud)")
_SUPPORT = re.compile(_SUPPORTED, re.IGNORECASE)
# "Program dan kegiatan pendukung sasaran ...", "Program yang menunjang:": the words after
# a level word that make the line a list's sentence rather than an item of it.
_OPENER_NAME = re.compile(
    r"^(?:dan\s+(?:sub\s*)?kegiatan\s+)?(?:yang\s+(?:dilaksanakan\s+)?"
    r"(?:guna\s+|untuk\s+|dalam\s+rangka\s+)?)?" + _SUPPORTED,
    re.IGNORECASE,
)
_LIST_OPENER = re.compile(
    r"(?:\byaitu\b|\bialah\b|\badalah\b|\bmeliputi\b|\bantara\s+lain\b"
    r"|\bsebagai\s+berikut\b|:)",
    re.IGNORECASE,
)
# "1. Program : X", "- Kegiatan X", "b) Sub Kegiatan: X"
_ITEM_LINE = re.compile(
    r"^\W{0,3}(?:\d{1,2}[.)]|[a-z][.)]|[-\u2022*\u00b7\u2013])?\s*"
    r"(?P<level>sub\s*-?\s*kegiatan|kegiatan|program)\b\s*[:\-\u2013]?\s*(?P<name>.+)$",
    re.IGNORECASE,
)
# Where an item's name ends inside a sentence: the amount or the explanation after it.
# Tried only where a run of spaces starts (or at a non-space): from every space of a long
# run in turn, the leading ``\s*`` made the search quadratic.
_NAME_END = re.compile(
    r"(?<!\s)\s*(?:\(|;|\bterdiri\b|\bdengan\s+(?:anggaran|pagu|realisasi)\b|\bsebesar\b|\bsenilai\b"
    r"|\bdengan\s+capaian\b|\bmelalui\b|\bsedangkan\b|\bsehingga\b|\bRp\.?\s*\d"
    r"|\b(?:menunjang|mendukung)\b).*$",
    re.IGNORECASE,
)
# A full stop before a capital: where a sentence ends inside what follows a level word
# ("g) Program pendukung. Sasaran ini didukung oleh ..." is a label, then a sentence), unless
# the word before it is an initial or an abbreviation ("Kab. Sleman").
_FULL_STOP = re.compile(r"(\w+)\.\s+(?=[A-Z])")
_ABBREVIATIONS = frozenset({"kab", "kec", "kel", "prov", "ds", "jl", "no", "nomor", "dr", "drs",
                            "ir", "hj", "st", "pt", "cv", "tbk", "dll", "dsb", "dkk", "sd"})
_INLINE_SPLIT = re.compile(
    r"(?:\s*;\s*|\s*,\s*(?:(?:dan|khususnya|terutama|yaitu)\s+)?(?=(?:program|kegiatan|sub)\b)"
    r"|\s+dan\s+(?=(?:program|kegiatan|sub\s*kegiatan)\b)|\s+\d{1,2}[.)]\s+)",
    re.IGNORECASE,
)
# How far below its sentence a list of supporting items may run (the tables and
# explanations between items are skipped); a heading or the next sasaran ends it sooner.
_LIST_REACH = 40
_LEVELS = {"program": Level.PROGRAM, "kegiatan": Level.KEGIATAN}


def sasaran_number(text: str) -> int | None:
    """3 for "3", "III" or "ke-3"; None for anything else."""
    token = text.strip().lower()
    if token.isdigit():
        return int(token)
    return _ROMAN.get(token)


def _level_of(word: str) -> Level:
    folded = re.sub(r"[\s\-]+", " ", fold_word(word)).strip()
    return Level.SUB_KEGIATAN if folded.startswith("sub") else _LEVELS[folded]


# -- per-sasaran budget tables ------------------------------------------------------------

def mark_per_sasaran(source: Source, budgets: Sequence[BudgetTable]) -> tuple[BudgetTable, ...]:
    """``budgets`` with every per-sasaran table marked with the sasaran its title names."""
    by_line = {table.line: table for table in source.tables}
    marked = []
    for budget in budgets:
        table = by_line.get(budget.where.line or -1)
        sasaran = _titled_sasaran(source, table) if table is not None else None
        marked.append(replace(budget, sasaran=sasaran) if sasaran else budget)
    return tuple(marked)


def _titled_sasaran(source: Source, table: Table) -> str | None:
    """The sasaran number a title line gives ("... Pendukung Sasaran 2"), only when the
    same line speaks of programs or kegiatan: a "Sasaran 3" heading above the overall
    budget table is not its title."""
    for title in table_titles(source, table):
        match = _SASARAN_N.search(title)
        if match and _ITEM_WORD.search(title):
            number = sasaran_number(match.group(1))
            if number is not None:
                return str(number)
    return None


# -- link tables ---------------------------------------------------------------------------

class _Columns(NamedTuple):
    sasaran: int
    items: tuple[tuple[int, Level | None], ...]  # None: a "Program/Kegiatan" column


_NOT_A_NAME = re.compile(
    r"indikator|target|satuan|anggaran|pagu|realisasi|capaian|%|kode|keterangan|nilai",
)


def _column_role(header: str) -> str | Level | None:
    text = " ".join(header.lower().replace("-", " ").split())
    if not text or _NOT_A_NAME.search(text):
        return None
    item = "program" in text or "kegiatan" in text
    if "sasaran" in text:
        # "Sasaran Program" is the program's own outcome, not the sasaran it supports.
        return None if item else "sasaran"
    if "sub kegiatan" in text or "subkegiatan" in text:
        return Level.SUB_KEGIATAN
    if "program" in text:
        return "mixed" if "kegiatan" in text else Level.PROGRAM
    return Level.KEGIATAN if "kegiatan" in text else None


def _header_texts(table: Table) -> list[str]:
    width = table.width
    texts = [""] * width
    for row in table.header:
        for index, cell in enumerate(row.cells[:width]):
            if cell.text and cell.text not in texts[index]:
                texts[index] = f"{texts[index]} {cell.text}".strip()
    return texts


def _link_columns(table: Table) -> _Columns | None:
    if table.header_rows < 1:
        return None
    sasaran: int | None = None
    items: list[tuple[int, Level | None]] = []
    for index, header in enumerate(_header_texts(table)):
        role = _column_role(header)
        if role == "sasaran" and sasaran is None:
            sasaran = index
        elif sasaran is not None and isinstance(role, Level):
            items.append((index, role))
        elif sasaran is not None and role == "mixed":
            items.append((index, None))
    if sasaran is None or not items:
        return None
    return _Columns(sasaran, tuple(items))


def _item_level(
    text: str, column_level: Level | None, bold: bool, program_open: bool
) -> tuple[Level, str]:
    """The level and name of an item cell: its "Program"/"Kegiatan" prefix, its
    Kepmendagri code, else the column's level. In a mixed "Program/Kegiatan" column a
    name in capitals or in bold is a program, and another name under an open program
    is one of its kegiatan."""
    label, rest = leading_label(text)
    match = _ITEM_LINE.match(rest)
    if match is not None and match.group("name").strip():
        return _level_of(match.group("level")), rest
    code_level = nomenclature_level(label) if label else None
    if code_level is not None:
        return (Level.PROGRAM, Level.KEGIATAN, Level.SUB_KEGIATAN)[code_level], rest
    if column_level is not None:
        return column_level, rest
    if bold or rest.isupper() or not program_open:
        return Level.PROGRAM, rest
    return Level.KEGIATAN, rest


_FIGURES_ONLY = re.compile(r"^[\d\s().,%-]*$")


def _is_numbering(row: Row) -> bool:
    texts = [text for text in row.texts if text]
    return bool(texts) and all(_FIGURES_ONLY.match(text) for text in texts)


@dataclass
class _Walk:
    """The names a link table's rows continue: a blank cell repeats the one above."""

    name: str
    sasaran: str | None = None
    program: str | None = None
    kegiatan: str | None = None
    links: list[CascadeLink] = field(default_factory=list)

    def parent(self, level: Level) -> str | None:
        return {Level.KEGIATAN: self.program, Level.SUB_KEGIATAN: self.kegiatan}.get(level)

    def enter(self, level: Level, item: str) -> None:
        if level is Level.PROGRAM:
            self.program, self.kegiatan = item, None
        elif level is Level.KEGIATAN:
            self.kegiatan = item


# "Program X / Kegiatan Y" in one Program/Kegiatan cell: the program and its kegiatan.
_PAIR = re.compile(r"\s+/\s+")
# "Kegiatan A; Kegiatan B" in one cell: the items it lists. No nomenclature name holds a
# semicolon, so one always separates two names.
_ITEM_SEPARATOR = re.compile(r"\s*;\s*")


def _row_items(row: Row, columns: _Columns, program_open: bool) -> list[tuple[Level, str]]:
    found: list[tuple[Level, str]] = []
    for index, column_level in columns.items:
        cell = row.cell(index)
        if cell is None or not cell.text.strip() or _FIGURES_ONLY.match(cell.text):
            continue
        for text in (item for line in _cell_names(cell) for item in _cell_items(line)):
            parts = _PAIR.split(text)
            if column_level is None and len(parts) == 2:
                level, program = _item_level(parts[0], None, cell.bold, False)
                if level is Level.PROGRAM:
                    found += [(Level.PROGRAM, program), (Level.KEGIATAN, parts[1])]
                    continue
            opened = program_open or any(level is Level.PROGRAM for level, _ in found)
            found.append(_item_level(text, column_level, cell.bold, opened))
    return found


# How a line of a cell ends when the name goes on on the next line ("Pengelolaan
# Informasi dan<br>Komunikasi Publik"): a connector, a comma, a slash or a hyphen.
_OPEN_END = re.compile(
    r"(?:[,/&\-]|\b(?:dan|serta|atau|di|ke|dari|untuk|pada|dengan|yang|dalam|oleh|bagi))$",
    re.IGNORECASE,
)


def _cell_names(cell: Cell) -> list[str]:
    """The names a cell lists one a line (``<br>``): a cascading lampiran prints the
    kegiatan of a program so. A line that starts in lower case, or follows one left
    open, is the same name wrapped."""
    names: list[str] = []
    for line in cell_lines(cell):
        if names and (line[:1].islower() or _OPEN_END.search(names[-1])):
            names[-1] = f"{names[-1]} {line}"
        else:
            names.append(line)
    return names


def _cell_items(text: str) -> list[str]:
    """The names one cell lists, each whole: 'Kegiatan A; Kegiatan B' is two."""
    parts = _ITEM_SEPARATOR.split(" ".join(text.split()))
    return [part for part in parts if part.strip(" .")]


def _read_link_table(
    table: Table, columns: _Columns, budgets: Sequence[BudgetTable] = ()
) -> tuple[list[CascadeLink], Doubt | None]:
    walk = _Walk(table_name(table))
    for row in table.body:
        if _is_numbering(row) or _is_total(row, columns):
            continue
        cell = row.cell(columns.sasaran)
        sasaran = " ".join(cell.text.split()) if cell is not None else ""
        starts = bool(sasaran) and sasaran != walk.sasaran
        items = _row_items(row, columns, walk.program is not None and not starts)
        if starts:
            program = None
            if walk.program is not None and items and items[0][0] is not Level.PROGRAM:
                program = _other_program(items[0], walk.program, budgets)
                if program is None:
                    return walk.links, _misaligned(table, row, walk.name)
            walk.sasaran, walk.program, walk.kegiatan = sasaran, program, None
        for level, item in items:
            if walk.sasaran is not None:
                walk.links.append(CascadeLink(
                    walk.sasaran, level, item, walk.parent(level), LinkSource.LINK_TABLE,
                    Provenance(row.line, row.end_line, walk.name)))
            walk.enter(level, item)
    return walk.links, None


def _other_program(
    item: tuple[Level, str], open_program: str, budgets: Sequence[BudgetTable]
) -> str | None:
    """The program of the budget that holds the kegiatan a new sasaran starts on, when it
    is not the program open above: one kegiatan of a program shared between two sasaran
    ("Kegiatan Pengelolaan Perpustakaan" supports Sasaran 2 while its program's other
    kegiatan supports Sasaran 1). A kegiatan the budget puts under the open program, or
    does not hold, continues that program: the sasaran cells were stacked (``None``)."""
    level, name = item
    if level is not Level.KEGIATAN:
        return None
    for budget in budgets:
        for program in budget.items:
            if program.level is not Level.PROGRAM:
                continue
            if any(child.level is Level.KEGIATAN and same_name(child.name, name)
                   for child in program.children):
                return None if same_name(program.name, open_program) else program.name
    return None


def _is_total(row: Row, columns: _Columns) -> bool:
    """A total row ("Jumlah", "Total"): its first name cell, whether under the sasaran
    or under an item (the sasaran cell of a total is often left blank), is a total."""
    for index in (columns.sasaran, *(index for index, _ in columns.items)):
        cell = row.cell(index)
        if cell is not None and cell.text.strip():
            return total_word(cell.text) is not None
    return False


def _misaligned(table: Table, row: Row, name: str) -> Doubt:
    return Doubt(
        "table", name,
        {"id": f"kolom sasaran tidak sejajar dengan kolom program/kegiatan (sasaran baru "
               f"dimulai pada baris kegiatan, baris {row.line}); hubungan sasaran-program "
               f"sesudah baris {row.line - 1} tidak dibaca",
         "en": f"the sasaran column does not line up with the program/kegiatan column (a "
               f"new sasaran begins on a kegiatan row, line {row.line}); the sasaran-program "
               f"links after line {row.line - 1} were not read"},
        Provenance(row.line, row.end_line, name),
    )


# -- narrative -----------------------------------------------------------------------------

def _sasaran_heading(text: str) -> str | None:
    """The number of a short line that opens a sasaran's part ("Sasaran 2", "Sasaran
    Strategis 2 : Meningkatnya ...")."""
    if len(text.split()) > 25 or not may_hold(text, ("sasaran",)):
        return None
    match = re.match(r"^[#*\s\-\u2022.]*(?:[a-z0-9]{1,3}[.)]\s*)?sasaran\s+" + _NUMBER,
                     text, re.IGNORECASE)
    number = sasaran_number(match.group(1)) if match else None
    return str(number) if number is not None else None


def _inline_items(text: str) -> Iterator[tuple[Level, str]]:
    """The items a sentence lists after "yaitu" / ":" ("... yaitu Program A dan Program B")."""
    opener = _LIST_OPENER.search(text)
    if opener is None:
        return
    for part in _INLINE_SPLIT.split(text[opener.end():]):
        yield from _item(part)


def _item(text: str) -> Iterator[tuple[Level, str]]:
    match = _ITEM_LINE.match(text.strip())
    if match is None:
        return
    sentence = _first_sentence(match.group("name"))
    if _OPENER_NAME.match(sentence.strip(" .,;:")):
        return  # a label ("7) Program dan kegiatan yang menunjang."), not an item
    name = _NAME_END.sub("", sentence).strip(" .,;:")
    name = re.sub(r"\s+dan$", "", name)
    if len(name.split()) >= 2 and not _OPENER_NAME.match(name):
        yield _level_of(match.group("level")), name


def _first_sentence(text: str) -> str:
    """``text`` up to the end of its first sentence: no name runs across a full stop."""
    for stop in _FULL_STOP.finditer(text):
        word = stop.group(1)
        if len(word) > 1 and word.isalpha() and word.lower() not in _ABBREVIATIONS:
            return text[:stop.start() + len(word)]
    return text


@dataclass
class _Narrative:
    """The list of supporting items being read, and the sasaran it belongs to."""

    links: list[CascadeLink] = field(default_factory=list)
    sasaran: str | None = None  # the sasaran whose list is open
    reach: int = 0  # the last line the open list may still run to
    heading_sasaran: str | None = None  # the sasaran whose part of the report this is
    program: str | None = None
    kegiatan: str | None = None

    def add(self, level: Level, name: str, line: int) -> None:
        assert self.sasaran is not None
        parent = {Level.KEGIATAN: self.program,
                  Level.SUB_KEGIATAN: self.kegiatan}.get(level)
        self.links.append(CascadeLink(self.sasaran, level, name, parent, LinkSource.NARRATIVE,
                                      Provenance(line, line)))
        if level is Level.PROGRAM:
            self.program, self.kegiatan = name, None
        elif level is Level.KEGIATAN:
            self.kegiatan = name
        self.reach = line + _LIST_REACH

    def open(self, sasaran: str, line: int) -> None:
        self.sasaran, self.reach = sasaran, line + _LIST_REACH
        self.program = self.kegiatan = None


def _narrative_links(source: Source) -> list[CascadeLink]:
    state = _Narrative()
    chapters = {heading.line for heading in source.headings if heading.level <= 2}
    for number, text in source.text_lines():
        heading = _sasaran_heading(text)
        if heading is not None:
            state.heading_sasaran, state.sasaran = heading, None
            continue
        if number in chapters:
            state.heading_sasaran = state.sasaran = None
            continue
        _read_line(state, number, text)
    return state.links


def _read_line(state: _Narrative, number: int, text: str) -> None:
    opened = _opens_list(text, state.heading_sasaran)
    if opened is not None:
        state.open(opened, number)
        for level, name in _inline_items(text):
            state.add(level, name, number)
        return
    if state.sasaran is None:
        return
    if number > state.reach:
        state.sasaran = None
        return
    for level, name in _item(text):
        state.add(level, name, number)


def _opens_list(text: str, heading_sasaran: str | None) -> str | None:
    """The sasaran whose supporting programs the sentence introduces, if it does: the
    sasaran it names, else the one whose part of the report this is."""
    if text.lower().startswith("indikator") or not (
        may_hold(text, _ITEM_WORDS) and _ITEM_WORD.search(text) and _SUPPORT.search(text)
    ):
        return None
    item = _ITEM_LINE.match(text)
    if item and not _OPENER_NAME.match(item.group("name")):
        return None  # an item of a list ("1. Program Penunjang ..."), not its sentence
    match = _SASARAN_N.search(text)
    if match is not None:
        number = sasaran_number(match.group(1))
        return str(number) if number is not None else None
    return heading_sasaran


# -- all of it -----------------------------------------------------------------------------

class LinkExtraction(NamedTuple):
    links: tuple[CascadeLink, ...]
    doubts: tuple[Doubt, ...]


def extract_links(source: Source, budgets: Sequence[BudgetTable] = ()) -> LinkExtraction:
    """The links printed in link tables and in the narrative, in document order;
    ``budgets`` tell which program a kegiatan that starts a sasaran belongs to."""
    links: list[CascadeLink] = []
    doubts: list[Doubt] = []
    for table in source.tables:
        columns = _link_columns(table)
        if columns is None:
            continue
        found, doubt = _read_link_table(table, columns, budgets)
        links.extend(found)
        if doubt is not None:
            doubts.append(doubt)
    links.extend(_narrative_links(source))
    links.sort(key=lambda link: link.where.line or 0)
    return LinkExtraction(tuple(links), tuple(doubts))
