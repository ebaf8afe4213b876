"""The pohon kinerja as the report prints it: which program, kegiatan or sub kegiatan
supports which sasaran.

Reports print the link in three ways, and each is read here with its provenance:

- **per-sasaran budget tables** ("Tabel 3.5 Program dan Kegiatan Pendukung Sasaran 2"):
  the budget extractor has read them as budget tables; here they are marked with their
  sasaran (:attr:`BudgetTable.sasaran`), which makes them a *subset* of the budget;
- **link tables**: any table with a sasaran column and, to its right, a program,
  kegiatan or sub kegiatan column (the analysis table "Sasaran | Indikator |
  Program/Kegiatan | Menunjang", a Renstra or RKT matrix "Sasaran | Strategi | Kebijakan |
  Program", a cascading lampiran "Tujuan | Sasaran | Program | Kegiatan"), or a column
  right of the programs that says they support it (the PK's "Program | Anggaran | Sasaran
  yang Ditunjang", a cell "Sasaran 1 dan Sasaran 2" naming two), or whose header is
  "Sasaran" or "Mendukung" alone and whose cells name sasaran by code ("S1", "Sasaran 3",
  "Semua sasaran": every sasaran of the report). Blank cells
  continue the name above (a merged cell); a cell may list its names one a line
  (``<br>``); a total row ("Jumlah") names nothing. When a new sasaran begins on a row that
  continues a program (a converter stacked a merged cell's text), the columns no longer
  line up: the links read so far are kept and a ``table`` doubt says where reading stopped.
  A new sasaran may begin on a kegiatan of another program than the one above (the budget
  says which): a program shared between two sasaran, one kegiatan each;
- **narrative**: "Program dan kegiatan ... guna mendukung sasaran 2 terdiri dari 3
  (tiga) program ... sebagai berikut:" followed by "Program : ...", "Kegiatan : ..." lines
  or a list, and the same list under a "Sasaran 2" heading (a list that begins on its
  sentence's line is read over the lines that sentence wraps onto); and the sentence
  "Sasaran ini didukung oleh Program A serta Program B" (or "... oleh 2 (dua) program.
  Program A ..., sedangkan Program B ...", or "ditunjang Program A" without "oleh")
  however its lines wrap.

A sasaran is written as the report writes it (a name, or its number); the graph resolves
numbers to the plan's (else the Perjanjian Kinerja's) n-th sasaran.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from checker.model import BudgetTable, CascadeLink, Doubt, Level, LinkSource, Provenance
from checker.names import fold_name, fold_word, same_name
from checker.text import Cell, Row, Source, Table, cell_lines

from ._budget_cells import leading_label, nomenclature_level, total_word, without_note
from ._context import table_name, table_titles
from ._cues import lazy, may_hold
from ._narrative import NarrativeCues

__all__ = ["LinkExtraction", "extract_links", "mark_per_sasaran", "sasaran_number"]

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9,
          "x": 10}
_NUMBER = r"(?:strategis\s+)?(?:ke\s*-?\s*)?(\d{1,2}|[ivx]{1,4})\b"
# "capaian sasaran 98,07%" is a figure, not the 98th sasaran.
_SASARAN_N = re.compile(r"\bsasaran\s+" + _NUMBER + r"(?![.,]\d|\s*%)", re.IGNORECASE)
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
    r"|\b(?:menunjang|mendukung)\b"
    # A verb of the sentence: "Program X menjadi penunjang utama", "Program X merupakan
    # ..."; a name may hold "yang Menjadi Kewenangan ..." (Kepmendagri), never these.
    r"|\bmerupakan\b|(?<!\byang\s)\bmenjadi\b(?!\s+kewenangan\b)"
    # A comma before a clause closes a list of names ("yaitu Program A dan Program B,
    # memiliki pagu ..."): the clause opens with a verb or an auxiliary in lower case,
    # where a name's own comma is followed by a capitalised noun ("Pajak, dan Perizinan")
    # or a noun of a lower-case list ("media", "diskusi": no verb's prefix).
    r"|,\s*(?-i:me[mnlr][a-z]{3,}|ber[a-z]{3,}|di[a-z]{2,}kan|ter[a-z]{3,}"
    r"|telah|sudah|masih|akan|yang|dengan)\b).*$",
    re.IGNORECASE,
)
# A full stop before a capital: where a sentence ends inside what follows a level word
# ("g) Program pendukung. Sasaran ini didukung oleh ..." is a label, then a sentence), unless
# the word before it is an initial or an abbreviation ("Kab. Sleman").
_FULL_STOP = re.compile(r"(\w+)\.\s+(?=[A-Z])")
_ABBREVIATIONS = frozenset({"kab", "kec", "kel", "prov", "ds", "jl", "no", "nomor", "dr", "drs",
                            "ir", "hj", "st", "pt", "cv", "tbk", "dll", "dsb", "dkk", "sd"})
# Needed by few reports: compiled on first use.
_INLINE_SPLIT = lazy(
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
        sasaran = None
        if table is not None:
            sasaran = _titled_sasaran(source, table) or _section_sasaran(source, table)
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


def _section_sasaran(source: Source, table: Table) -> str | None:
    """The sasaran whose part of the report holds a table titled only as its supporting
    items ("g. Program dan kegiatan yang menunjang" under "Sasaran 2: ..."): each sasaran's
    analysis prints its own such table under the same label, the sasaran is named by the
    part's heading. A chapter heading between them ends the part. The label must be the
    table's own caption: a table captioned otherwise ("Tabel 3.7 Realisasi Fisik Dana
    Kelurahan") below such a label lists something else."""
    caption = table.caption or ""
    if not (_ITEM_WORD.search(caption) and _SUPPORT.search(caption)):
        return None
    chapters = {heading.line for heading in source.headings if heading.level <= 2}
    for number in range(table.line - 1, 0, -1):
        heading = _sasaran_heading(source.text(number).strip())
        if heading is not None:
            return heading
        if number in chapters:
            return None
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
    if _SUPPORT_ONLY.match(text):
        return "supported"  # "Mendukung": what the row's program supports
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


# A sasaran column right of the programs names what each row's program supports only
# when its header says so ("Sasaran yang Ditunjang", "Mendukung Sasaran") or its cells
# name the sasaran by code (below).
_SUPPORTED_HEADER = re.compile(r"\b(?:di|men|pen)(?:dukung|tunjang)\b", re.IGNORECASE)
# A header that is only the support word ("Mendukung", "Yang Ditunjang"): it says what the
# row supports without naming it; "Faktor Pendukung" is another matter.
_SUPPORT_ONLY = re.compile(r"^(?:yang\s+)?(?:di|men)(?:dukung|tunjang)$")
# A cell that names sasaran by number or code only: "Sasaran 3", "S1", "SS-2", "Sasaran 1
# dan 2", "Semua sasaran". A program's own outcome is written out, never so.
_SASARAN_CODE = re.compile(r"^(?:sasaran(?:\s+strategis)?\s*|ss?\s*-?\s*)(\d{1,2})$",
                           re.IGNORECASE)
_EVERY_SASARAN = re.compile(r"^(?:semua|seluruh)\s+sasaran(?:\s+strategis)?$", re.IGNORECASE)


def _link_columns(table: Table) -> _Columns | None:
    if table.header_rows < 1:
        return None
    sasaran: int | None = None
    items: list[tuple[int, Level | None]] = []
    before: list[tuple[int, Level | None]] = []  # item columns left of the sasaran's
    for index, header in enumerate(_header_texts(table)):
        role = _column_role(header)
        if role == "sasaran" and sasaran is None:
            sasaran = index
            if _SUPPORTED_HEADER.search(header) or (before and _names_sasaran(table, index)):
                items, before = before, []
        elif role == "supported" and sasaran is None and before and _names_sasaran(table, index):
            sasaran, items, before = index, before, []
        elif isinstance(role, Level) or role == "mixed":
            column = (index, role if isinstance(role, Level) else None)
            (items if sasaran is not None else before).append(column)
    if sasaran is None or not items:
        return None
    return _Columns(sasaran, tuple(items))


def _names_sasaran(table: Table, index: int) -> bool:
    """Whether column ``index`` names a sasaran on some row and, wherever it is filled,
    names sasaran by number or code only ("S1", "Sasaran 3", "Semua sasaran")."""
    named = False
    for row in table.body:
        cell = row.cell(index)
        text = " ".join(cell.text.split()) if cell is not None else ""
        if not text or total_word(text) is not None:
            continue
        parts = [part.strip(" .") for part in _ITEM_SEPARATOR.split(text)]
        if not all(_SASARAN_NUMBERS.match(part) or _SASARAN_CODE.match(part)
                   or _EVERY_SASARAN.match(part) for part in parts if part):
            return False
        named = True
    return named


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
# Needed by few reports: compiled on first use.
_OPEN_END = lazy(
    r"(?:[,/&\-]|\b(?:dan|serta|atau|di|ke|dari|untuk|pada|dengan|yang|dalam|oleh|bagi))$",
    re.IGNORECASE,
)


def _cell_names(cell: Cell) -> list[str]:
    """The names a cell lists one a line (``<br>``): a cascading lampiran prints the
    kegiatan of a program so. A line that starts in lower case, or follows one left
    open, is the same name wrapped."""
    names: list[str] = []
    for line in cell_lines(cell):
        if names and (line[:1].islower() or _OPEN_END().search(names[-1])):
            names[-1] = f"{names[-1]} {line}"
        else:
            names.append(line)
    return names


# "Program A dan Program B" in one cell: two programs that support the sasaran together.
# No program's name holds another "Program" after a list word, while many hold "dan"
# ("Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup"): only a part
# that opens on "Program" again starts a second name.
_NEXT_PROGRAM_IN_CELL = re.compile(r"\s*(?:,|&|\bdan\b|\bserta\b)\s*(?=Program\s)")


def _cell_items(text: str) -> list[str]:
    """The names one cell lists, each whole: 'Kegiatan A; Kegiatan B' is two, and so is
    'Program A dan Program B'."""
    parts = _ITEM_SEPARATOR.split(" ".join(text.split()))
    parts = [name for part in parts for name in _programs_listed(part)]
    return [without_note(part) for part in parts if part.strip(" .")]


def _programs_listed(part: str) -> list[str]:
    """The programs a part lists when it opens on "Program" ("Program A, Program B dan
    Program C"), else the part whole."""
    if not part.startswith("Program "):
        return [part]
    return _NEXT_PROGRAM_IN_CELL.split(part)


def _read_link_table(
    table: Table, columns: _Columns, budgets: Sequence[BudgetTable] = (),
    every: Sequence[str] = (),
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
            for sasaran in _sasaran_references(walk.sasaran or "", every):
                walk.links.append(CascadeLink(
                    sasaran, level, item, walk.parent(level), LinkSource.LINK_TABLE,
                    Provenance(row.line, row.end_line, walk.name)))
            walk.enter(level, item)
    return walk.links, None


# A cell naming several sasaran by number: "Sasaran 1 dan Sasaran 2", "Sasaran 1, 2 dan 3".
_SASARAN_NUMBERS = re.compile(
    r"^(?:sasaran\s+)?\d{1,2}(?:\s*(?:,|&|\bdan\b|\bserta\b)\s*(?:sasaran\s+)?\d{1,2})+$",
    re.IGNORECASE,
)


def _sasaran_references(cell: str, every: Sequence[str] = ()) -> list[str]:
    """The sasaran a link table's cell names: each of those it lists ("Sasaran 1: ...;
    Sasaran 3: ..."; no sasaran's name holds a semicolon), each of the numbers it lists,
    the one its code names ("S2"), or ``every`` sasaran of the report ("Semua sasaran":
    the overhead program serves them all)."""
    references: list[str] = []
    for part in _ITEM_SEPARATOR.split(cell):
        part = part.strip(" .")
        code = _SASARAN_CODE.match(part)
        if _SASARAN_NUMBERS.match(part):
            references += [f"Sasaran {number}" for number in re.findall(r"\d{1,2}", part)]
        elif code is not None:
            references.append(f"Sasaran {code.group(1)}")
        elif every and _EVERY_SASARAN.match(part):
            references += every
        elif part:
            references.append(part)
    return references


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

_SASARAN_WORDS = ("sasaran",)


def _sasaran_heading(text: str) -> str | None:
    """The number of a short line that opens a sasaran's part ("Sasaran 2", "Sasaran
    Strategis 2 : Meningkatnya ...")."""
    if len(text.split()) > 25 or not may_hold(text, _SASARAN_WORDS):
        return None
    # "sasaran 97,53% sedikit lebih tinggi ..." is a wrapped sentence's line, not a heading.
    match = re.match(r"^[#*\s\-\u2022.]*(?:[a-z0-9]{1,3}[.)]\s*)?sasaran\s+" + _NUMBER
                     + r"(?![.,]\d|\s*%)", text, re.IGNORECASE)
    if match is None or _SAYS_SUPPORTED.match(text, match.end()):
        return None  # "Sasaran 3 ditunjang oleh Program X.": a short sentence, no heading
    number = sasaran_number(match.group(1))
    return str(number) if number is not None else None


# What follows the number of a sasaran in a sentence that names its programs.
_SAYS_SUPPORTED = re.compile(r"\s*(?:juga\s+)?(?:didukung|ditunjang)(?:\s+oleh)?\b",
                             re.IGNORECASE)


def _inline_items(
    text: str, programs: frozenset[str] = frozenset()
) -> Iterator[tuple[Level, str]]:
    """The items a sentence lists after "yaitu" / ":" ("... yaitu Program A dan Program B")."""
    opener = _LIST_OPENER.search(text)
    if opener is None:
        return
    for part in _INLINE_SPLIT().split(text[opener.end():]):
        yield from _item(part, programs)


# "Program dan kegiatan yang menunjang atau menghambat": no program's name begins with
# "dan kegiatan"; the words are the label of an analysis point, not an item.
_LABEL_NAME = re.compile(r"^\s*dan\s+(?:sub\s*)?kegiatan\b", re.IGNORECASE)


def _item(text: str, programs: frozenset[str] = frozenset()) -> Iterator[tuple[Level, str]]:
    """The items a line names; a program's name is the budget's (``programs``, folded)
    it starts with, else its words up to what ends a name in a sentence."""
    match = _ITEM_LINE.match(text.strip())
    if match is None:
        return
    sentence = _first_sentence(match.group("name"))
    if _OPENER_NAME.match(sentence.strip(" .,;:")) or _LABEL_NAME.match(sentence):
        return  # a label ("7) Program dan kegiatan yang menunjang."), not an item
    name = _NAME_END.sub("", sentence).strip(" .,;:")
    name = re.sub(r"\s+dan$", "", name)
    level = _level_of(match.group("level"))
    # "Program A dan Program B menjadi penunjang ...": two programs, as in a cell.
    names = (_NEXT_PROGRAM_IN_CELL.split(name) if level is Level.PROGRAM else [name])
    for part in names:
        part = part.removeprefix("Program ").strip(" .,;:")
        if level is Level.PROGRAM:
            part = _known_program(part, programs) or _before_verb(part)
        if len(part.split()) >= 2 and not _OPENER_NAME.match(part):
            yield level, part


# A verb of the sentence after a program's name, in lower case: "Program Rehabilitasi
# Sosial dilaksanakan melalui ...", "... didukung oleh ...", "... ditempuh dengan ...".
# No program of the nomenclature holds a lower-case verb (a kegiatan may, after "yang":
# "... yang diterbitkan oleh ..."), so it ends a program's name.
_PROGRAM_VERB = re.compile(
    r"(?<!\byang)\s+(?:di[a-z]{2,}(?:kan|i)|didukung|ditunjang|ditempuh|dikelola|terdiri"
    r"|mendukung|menunjang)\b.*$",
    re.DOTALL,
)


def _before_verb(name: str) -> str:
    """``name`` up to a lower-case verb of the sentence it stands in."""
    return _PROGRAM_VERB.sub("", name)


def _known_program(words: str, programs: frozenset[str]) -> str | None:
    """The longest name of the budget's ``programs`` (folded) that ``words`` start with."""
    if not programs:
        return None
    split = words.split(" ", _NAME_WORDS)[:_NAME_WORDS]
    for count in range(len(split), 1, -1):
        name = " ".join(split[:count]).rstrip(" .,;:")
        if fold_name(name) in programs:
            return name
    return None


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
    programs: frozenset[str] = frozenset()  # the budget's program names, folded
    sasaran: str | None = None  # the sasaran whose list is open
    reach: int = 0  # the last line the open list may still run to
    heading_sasaran: str | None = None  # the sasaran whose part of the report this is
    program: str | None = None
    kegiatan: str | None = None
    joined: int = 0  # the last line read with the sentence that opened the list

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


def _narrative_links(
    source: Source, budgets: Sequence[BudgetTable] = (), cues: NarrativeCues | None = None,
    every: Sequence[str] = (),
) -> list[CascadeLink]:
    cues = cues or NarrativeCues(source)
    state = _Narrative(programs=_budget_programs(budgets))
    chapters = {heading.line for heading in source.headings if heading.level <= 2}
    lines = cues.lines
    # The lines that may name a sasaran, a link word or an item: the others are tested
    # for none of them (the same answer as may_hold on each line).
    naming_sasaran = cues.lines_holding(_SASARAN_WORDS)
    naming_support = cues.lines_holding(_SUPPORTED_BY_WORDS)
    naming_items = cues.lines_holding(_ITEM_WORDS)
    paragraphs: _Paragraphs | None = None  # built when a sentence first needs it

    def wrapped(index: int) -> tuple[str, int]:
        nonlocal paragraphs
        paragraphs = paragraphs or _paragraphs(source, lines, budgets, every)
        return _opening_sentence(paragraphs, index)

    for index, (number, text) in enumerate(lines):
        heading = _sasaran_heading(text) if number in naming_sasaran else None
        if heading is not None:
            state.heading_sasaran, state.sasaran = heading, None
            continue
        if number in chapters:
            state.heading_sasaran = state.sasaran = None
            continue
        if number in naming_support:
            paragraphs = paragraphs or _paragraphs(source, lines, budgets, every)
            state.links += _supported_by(paragraphs, index, state.heading_sasaran)
        _read_line(state, index, lines, wrapped, number in naming_items)
    return state.links


def _opening_sentence(paragraphs: _Paragraphs, index: int) -> tuple[str, int]:
    """Narrative line ``index`` joined with the lines its sentence wraps onto, and the
    last line wholly read so: a line where the sentence ends before the line does is
    joined up to that end only, and read again on its own."""
    lines, headings = paragraphs.lines, paragraphs.headings
    last, text = lines[index]
    for number, following in lines[index + 1:index + _SENTENCE_LINES]:
        if (text.rstrip().endswith((".", ":")) or _sasaran_heading(following) is not None
                or not _continues(last, (number, following), headings)):
            break
        head = _first_sentence(following)
        text = f"{text} {head}"
        if head != following:
            break
        last = number
    return text, last


# -- "Sasaran ini didukung oleh Program A serta Program B" ---------------------------------

# "menunjang" for the link written program first ("Program X menunjang Sasaran 1").
_SUPPORTED_BY_WORDS = ("dukung", "tunjang", "menunjang")
# A sasaran named by its ordinal word: "Sasaran pertama ditunjang oleh ...", "sasaran kedua".
_ORDINAL_WORDS = {"pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "keempat": 4,
                  "kelima": 5, "keenam": 6, "ketujuh": 7, "kedelapan": 8, "kesembilan": 9,
                  "kesepuluh": 10}
# The sasaran (this part's, or the one it names) whose supporting programs the sentence
# names after "oleh" (or with none: "Sasaran ini ditunjang Program A"): only a sasaran is
# so supported ("Keberhasilan didukung oleh patroli" and "Dinas didukung oleh 64 pegawai"
# name no program).
_SUPPORTED_BY = re.compile(
    r"\b(?:sasaran(?:\s+strategis)?|SS)\s*(?P<which>ini|tersebut|(?:ke\s*-?\s*)?\d{1,2}\b"
    rf"|[IVX]{{1,4}}\b|(?:{'|'.join(_ORDINAL_WORDS)})\b)\s*(?:juga\s+)?"
    r"(?P<verb>didukung|ditunjang)\s+(?:oleh\s+)?"
    r"(?=(?:Program|PROGRAM)\s|(?P<count>\d{1,2})\s*(?:\([a-z\s]+\)\s*)?program\b)",
    re.IGNORECASE,
)
# "Program X": where the next name of a program begins.
_PROGRAM_START = re.compile(r"\b(?:Program|PROGRAM)\s+(?=[A-Z])")
# Where one program of the list ends and the next begins: ", Program", "dan Program",
# "serta Program" (a name holds "dan" and "serta", never "Program" before a capital).
# Tried only where a run of spaces starts, as :data:`_NAME_END`.
_NEXT_PROGRAM = re.compile(
    r"(?<!\s)\s*(?:[,;]\s*(?:(?:dan|serta)\s+)?|\s(?:dan|serta)\s+)(?=(?:Program|PROGRAM)\s+[A-Z])"
)
# A semicolon not followed by a program ends the list's clause: "Sasaran 1 ditunjang oleh
# Program A; Sasaran 2 ditunjang oleh Program B" names B for Sasaran 2 only.
_CLAUSE_END = re.compile(r"\s*;(?!\s*(?:(?:dan|serta)\s+)?(?:Program|PROGRAM)\s+[A-Z])")
_PROGRAM_NAME = re.compile(r"^(?:Program|PROGRAM)\s+(?P<name>[A-Z].*)$", re.DOTALL)
# How far a sentence may wrap: a PDF's lines of 80 columns hold the longest program name
# in three.
_SENTENCE_LINES = 6
# A line that opens a list item ("h. ...", "2) ...", "- ..."): the sentence above ended.
_ITEM_START = re.compile(r"^\s*(?:[a-z0-9]{1,2}[.)]\s|[-\u2022*\u2013]\s)", re.IGNORECASE)


# "Program X dari Dinas Kesehatan": whose program it is (a UPTD quotes its Dinas's); no
# program of the nomenclature has "dari" in its name.
_OWNER = re.compile(r"\s+dari\s.*$", re.DOTALL)
# The longest name of a program (Kepmendagri 050-5889 holds none of more than 20 words).
_NAME_WORDS = 30


class _Paragraphs(NamedTuple):
    """What a sentence wrapped over lines is read with."""

    lines: Sequence[tuple[int, str]]  # the narrative's (line, text)
    headings: frozenset[int]  # the lines of headings: a paragraph ends before one
    programs: frozenset[str]  # the budget's program names, folded
    every: tuple[str, ...] = ()  # the report's sasaran: "seluruh sasaran" names them all


def _paragraphs(
    source: Source, lines: Sequence[tuple[int, str]], budgets: Sequence[BudgetTable],
    every: Sequence[str] = (),
) -> _Paragraphs:
    headings = frozenset(line for heading in source.headings
                         for line in range(heading.line, heading.end_line + 1))
    return _Paragraphs(lines, headings, _budget_programs(budgets), tuple(every))


def _budget_programs(budgets: Sequence[BudgetTable]) -> frozenset[str]:
    return frozenset(fold_name(item.name) for budget in budgets for item in budget.items
                     if item.level is Level.PROGRAM)


def _supported_by(
    paragraphs: _Paragraphs, index: int, heading_sasaran: str | None
) -> list[CascadeLink]:
    """The links of a sentence whose "didukung/ditunjang" stands on line ``index`` of the
    narrative and that says which programs support a sasaran, read across the lines it
    wraps over (its subject may stand at the end of the line above)."""
    programs = paragraphs.programs
    text, starts, verb_line = _wrapped_sentence(paragraphs, index)
    line_end = starts[verb_line + 1][0] if verb_line + 1 < len(starts) else len(text)
    # One sentence may name the programs of several sasaran, a clause each ("Sasaran 1
    # ditunjang oleh Program A; Sasaran 2 ditunjang oleh Program B").
    links: list[CascadeLink] = []
    for match in _SUPPORTED_BY.finditer(text):
        if starts[verb_line][0] <= match.start("verb") < line_end:
            links += _supported_links(match, text, starts, heading_sasaran, programs)
    for match in _SUPPORTS_SASARAN.finditer(text):
        if starts[verb_line][0] <= match.start() < line_end:
            links += _program_first_links(match, text, starts, programs, paragraphs.every)
    return links


# The link written program first: "Program X menunjang Sasaran 1, Sasaran 2 dan Sasaran
# 3", "Program X mendukung seluruh sasaran (Sasaran 1, Sasaran 2 dan Sasaran 3)": the
# sasaran it supports, named by number right after the verb (the generic support program
# serves them all), or all of them named by a word that counts them ("menunjang kedua
# sasaran", "mendukung seluruh sasaran strategis"). A verb followed by anything else
# ("menunjang ketepatan laporan desa") names no sasaran here. A word for what of the
# sasaran is supported may stand between ("menunjang pelaksanaan seluruh sasaran",
# "mendukung pencapaian Sasaran 1 dan 2"): the sasaran are still the ones named.
_SUPPORTED_PART = r"(?:(?:pelaksanaan|pencapaian|capaian|keberhasilan|tercapainya)\s+)?"
_SASARAN_REF = r"sasaran(?:\s+strategis)?\s+(?:ke\s*-?\s*)?\d{1,2}\b(?![.,]\d|\s*%)"
# How many sasaran the word before "sasaran" counts ("kedua sasaran": both of two);
# None: all of them, however many.
_EVERY_COUNT = {"seluruh": None, "semua": None, "kedua": 2, "ketiga": 3, "keempat": 4,
                "kelima": 5}
_SUPPORTS_SASARAN = re.compile(
    rf"(?<!\byang\s)\b(?:menunjang|mendukung)\s+{_SUPPORTED_PART}"
    rf"(?:(?P<every>{'|'.join(_EVERY_COUNT)})\s+sasaran(?:\s+strategis)?\b(?:\s*\(\s*)?)?"
    rf"(?P<list>{_SASARAN_REF}(?:\s*(?:,|dan|serta)\s*(?:{_SASARAN_REF}|\d{{1,2}}\b))*)?",
    re.IGNORECASE,
)


def _program_first_links(
    match: re.Match[str], text: str, starts: Sequence[tuple[int, int]],
    programs: frozenset[str], every: Sequence[str] = (),
) -> list[CascadeLink]:
    """The links of "Program X menunjang Sasaran 1, Sasaran 2 dan Sasaran 3": X, the
    last program named before the verb in the same sentence, to each sasaran listed, or
    to ``every`` sasaran of the report when the sentence counts them all ("menunjang
    kedua sasaran" in a report of two sasaran; of three, which two is not known)."""
    supported = _supported_sasaran(match, every)
    if not supported:
        return []
    opened = [found.start() for found in _PROGRAM_START.finditer(text, 0, match.start())]
    if not opened:
        return []
    subject = text[opened[-1]:match.start()]
    if _first_sentence(subject) != subject:
        return []  # the program is named in an earlier sentence
    name = _program_name(subject, programs)
    if name is None:
        return []
    where = Provenance(_line_at(starts, opened[-1]), _line_at(starts, opened[-1]))
    return [CascadeLink(sasaran, Level.PROGRAM, name, None, LinkSource.NARRATIVE, where)
            for sasaran in supported]


def _supported_sasaran(match: re.Match[str], every: Sequence[str]) -> list[str]:
    """The sasaran a program-first sentence names: the numbers it lists, else every
    sasaran of the report when its word counts as many as there are."""
    if match.group("list"):
        return list(dict.fromkeys(re.findall(r"\d{1,2}", match.group("list"))))
    word = match.group("every")
    if word is None or not every:
        return []
    count = _EVERY_COUNT[fold_word(word)]
    return list(every) if count in (None, len(every)) else []


def _supported_links(
    match: re.Match[str], text: str, starts: Sequence[tuple[int, int]],
    heading_sasaran: str | None, programs: frozenset[str],
) -> list[CascadeLink]:
    """The links of one "Sasaran N didukung oleh ..." clause of a sentence."""
    which = match.group("which").lower()
    number = None if which in ("ini", "tersebut") else _ORDINAL_WORDS.get(which) or (
        sasaran_number(re.sub(r"^ke\s*-?\s*", "", which)))
    sasaran = heading_sasaran if number is None else str(number)
    if sasaran is None:
        return []
    named = (_counted_programs(text, match.end(), int(match.group("count")), programs)
             if match.group("count") else _listed_programs(text, match.end(), programs))
    return [CascadeLink(sasaran, Level.PROGRAM, name, None, LinkSource.NARRATIVE,
                        Provenance(_line_at(starts, offset), _line_at(starts, offset)))
            for offset, name in named]


def _listed_programs(text: str, offset: int, programs: frozenset[str]) -> list[tuple[int, str]]:
    """(offset, name) of the programs the sentence lists from ``offset`` on: "Program A,
    Program B dan Program C", up to the first part that is no program or the end of
    the clause."""
    found = []
    for part in _NEXT_PROGRAM.split(_CLAUSE_END.split(_first_sentence(text[offset:]), 1)[0]):
        name = _program_name(part, programs)
        if name is None:
            break
        offset = text.index(part, offset)
        found.append((offset, name))
        offset += len(part)
    return found


def _counted_programs(
    text: str, offset: int, count: int, programs: frozenset[str]
) -> list[tuple[int, str]]:
    """(offset, name) of the ``count`` programs a count ("ditunjang oleh 2 (dua) program.")
    announces: the first ones the paragraph names after it, each up to the next."""
    starts = [found.start() for found in _PROGRAM_START.finditer(text, offset)]
    if not starts:
        return []  # the count ends the paragraph: the programs are listed below it
    found: list[tuple[int, str]] = []
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        name = _program_name(_first_sentence(text[start:end]), programs)
        if name is not None and not any(same_name(name, known) for _, known in found):
            found.append((start, name))
        if len(found) == count:
            break
    return found


def _wrapped_sentence(
    paragraphs: _Paragraphs, index: int
) -> tuple[str, list[tuple[int, int]], int]:
    """Narrative line ``index`` joined with the line of its paragraph above and the lines
    it wraps onto; where each begins (offset in the text, source line); which of them is
    line ``index``."""
    lines, headings = paragraphs.lines, paragraphs.headings
    first = index
    if index > 0 and _continues(lines[index - 1][0], lines[index], headings):
        first = index - 1
    number, text = lines[first]
    starts = [(0, number)]
    for following in lines[first + 1:index + _SENTENCE_LINES]:
        if not _continues(starts[-1][1], following, headings):
            break
        text += " "
        starts.append((len(text), following[0]))
        text += following[1]
    return text, starts, index - first


def _continues(previous: int, line: tuple[int, str], headings: frozenset[int]) -> bool:
    """Whether ``line`` goes on with the paragraph of line ``previous``."""
    number, text = line
    return (number == previous + 1 and number not in headings and previous not in headings
            and not _ITEM_START.match(text))


def _line_at(starts: Sequence[tuple[int, int]], offset: int) -> int:
    return next(line for start, line in reversed(starts) if start <= offset)


def _program_name(part: str, programs: frozenset[str]) -> str | None:
    """The name of the program ``part`` opens ("Program Penunjang Urusan ... melalui
    kegiatan ..."): the longest name of the budget it starts with, since a name may hold
    "melalui" ("... Lembaga Pendidikan melalui Pendidikan Politik ..."); else the words
    up to what ends a name in a sentence."""
    match = _PROGRAM_NAME.match(" ".join(part.split()))
    if match is None:
        return None
    known = _known_program(match.group("name"), programs)
    if known is not None:
        return known
    name = _before_verb(_OWNER.sub("", _NAME_END.sub("", match.group("name")))).strip(" .,;:")
    return name if len(name.split()) >= 2 else None


def _read_line(
    state: _Narrative, index: int, lines: Sequence[tuple[int, str]],
    wrapped: Callable[[int], tuple[str, int]], may_name_item: bool,
) -> None:
    """Read narrative line ``index``; ``may_name_item`` is false where the line holds no
    item word (program, kegiatan), so it opens no list."""
    number, text = lines[index]
    if number <= state.joined:
        return  # read with the sentence that opened the list
    opened = _opens_list(text, state.heading_sasaran) if may_name_item else None
    if opened is not None:
        state.open(opened, number)
        if next(_inline_items(text, state.programs), None) is not None:
            # The list begins on this line and may wrap onto the next: a name cut at the
            # line's end ("Program Pengelolaan Aspek" / "Kegeologian (pagu ...)") is read whole.
            text, state.joined = wrapped(index)
        for level, name in _inline_items(text, state.programs):
            state.add(level, name, number)
        return
    if state.sasaran is None:
        return
    if number > state.reach:
        state.sasaran = None
        return
    for level, name in _item(text, state.programs):
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


def extract_links(
    source: Source, budgets: Sequence[BudgetTable] = (), sasaran: Sequence[str] = (),
    cues: NarrativeCues | None = None,
) -> LinkExtraction:
    """The links printed in link tables and in the narrative, in document order;
    ``budgets`` tell which program a kegiatan that starts a sasaran belongs to;
    ``sasaran`` are the report's sasaran, which a cell "Semua sasaran" names."""
    links: list[CascadeLink] = []
    doubts: list[Doubt] = []
    for table in source.tables:
        columns = _link_columns(table)
        if columns is None:
            continue
        found, doubt = _read_link_table(table, columns, budgets, sasaran)
        links.extend(found)
        if doubt is not None:
            doubts.append(doubt)
    links.extend(_narrative_links(source, budgets, cues, sasaran))
    links.sort(key=lambda link: link.where.line or 0)
    return LinkExtraction(tuple(links), tuple(doubts))
