"""CON008: the signature blocks agree: the signer's title, name, NIP, place and date.

A report prints its head's signature several times: under the Kata Pengantar, the
Ikhtisar Eksekutif and the Penutup (the report's own), and as pihak pertama of the
Perjanjian Kinerja and the PK Perubahan (beside the superior, pihak kedua); the
inspectorate signs the Pernyataan Telah Direviu. A block is the place-and-date line
("Sukamaju, 20 Februari 2025"), then the title line(s), the name and the NIP; in a
PK table the two signers stand side by side in tab-separated columns.

Like is compared with like, because some differences are expected:

* the report's own blocks: one signing of one document, so title, name and place
  are the same (a warning) and so is the date (an info: a foreword may be dated a
  day apart from the closing, which is odd but not wrong);
* each PK role (pihak pertama, pihak kedua) between the PK and the PK Perubahan:
  title and name the same (a warning); the dates differ by design, never compared;
* the report's signer and the PK's pihak pertama: the head may have changed during the
  year, so only a name that is *almost* the same (one person spelled two ways) is told;
* the place of every block, against the others: a spelling that is almost, but not,
  the same ("Tungkal V" and "Tunggal V") is one place misspelt; two different places
  (the kecamatan and the kabupaten's capital) are not compared;
* the NIP (18 digits, printed with or without spaces: "19760312 200112 1 004") of every
  block, against the other blocks signed by the same name, whatever their part: one
  civil servant has one NIP. The NIP most blocks print is the right one (on a tie, the
  first block's); a NIP not of 18 digits (cut, or two signers' on one line) is not read.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from difflib import SequenceMatcher
from functools import cache
from typing import NamedTuple

from checker.context import Context, location
from checker.rule import Category, Severity, Violation, rule
from checker.text import PackedLines
from rules.hygiene._text import MONTHS, clean, clean_lines, where

__all__ = ["CON008"]

_MONTH = "|".join(MONTHS)
_DATE_LINE = re.compile(
    rf"^(?:(?P<place>[A-Za-z][\w .'-]{{1,40}}?)\s*,\s*)?(?P<date>(?:\d{{1,2}}\s+)?"
    rf"(?i:{_MONTH})\s+(?:19|20)\d\d)\s*[,.]?$"
)
_NIP = re.compile(r"(?i)^\W*NIP\b")
# The NIP's digits after the label: 18 of them, spaced or dotted ("NIP. 19760312 200112 1 004").
_NIP_DIGITS = re.compile(r"(?i)^\W*NIP\W*(?P<digits>\d[\d .]*?)[\s*|]*$")
_NIP_LENGTH = 18
_PIHAK = re.compile(r"(?i)\bpihak\s+(?P<role>pertama|kedua)\b")
# Civil-service ranks printed between the name and the NIP ("Pembina", "Penata Tk. I").
_RANK = re.compile(r"(?i)^(?:pembina|penata|pengatur|juru)\b|^\(?[IV]+/[a-e]\)?$")
_SUPERIOR = re.compile(
    r"(?i)\b(?:bupati|walikota|wali\s+kota|gubernur|sekretaris\s+daerah|menteri)\b"
)
_REVIEWER = re.compile(r"(?i)\b(?:inspektur|inspektorat|auditor|apip)\b")
_OWN_HEAD = re.compile(
    r"(?i)^\W*(?:kata\s+pengantar|ikhtisar|ringkasan\s+eksekutif|bab\s+iv\b|penutup)"
)
_PK_HEAD = re.compile(r"(?i)^\W*(?:perjanjian|penetapan)\s+kinerja")
_OTHER_HEAD = re.compile(
    r"(?i)^\W*(?:bab\s+(?:i|ii|iii)\b|lampiran|daftar\s+isi|rencana|keputusan|pernyataan|"
    r"indikator\s+kinerja\s+utama|matriks|renstra|rkt)"
)
_LONG = 90  # a line longer than this is prose, not a signature line
# A PDF's text lays the two signers of a PK side by side with spaces: three or more part
# the columns, one or two stand between the words of one line ("NIP 19741108 199403").
_SPACED_CELL = re.compile(r"\S+(?: {1,2}\S+)*")
# A markdown table's rule row ("|---|:--:|"): it parts the header from the rows, no signer.
_RULE_ROW = re.compile(r"^[\s|:-]*-[\s|:-]*$")
# What a page break leaves inside a block: the page number ("13", "- 13 -") and the next
# page's running title ("LKjIP Kecamatan ... Tahun 2020"); never a signer's title or name.
_FURNITURE = re.compile(
    r"^(?:[-\u2013\u2014]\s*)?\d{1,3}(?:\s*[-\u2013\u2014])?$"
    r"|^(?i:laporan\s+kinerja|lkjip|lakip|lkip)\b"
)
# An HTML tag alone on its line ("<table>", "</tr>"): the next part's markup, no signer.
_TAG = re.compile(r"^</?[A-Za-z][^<>]*>$")
_SIMILAR = 0.8  # two spellings this close are one thing misspelt


class _Block(NamedTuple):
    group: str  # "own", "pk", "reviu" or "other"
    role: str  # "head", "pertama", "kedua", "reviewer"
    place: str | None
    date: str
    title: str
    name: str
    line: int  # 0-based index of the place-and-date line
    nip: str | None = None  # the 18 digits, when printed whole
    nip_line: int | None = None  # 0-based index of the NIP's line


def _fold(text: str) -> str:
    """Upper case, no punctuation, single spaces: "S.IP" and "S.I.P" are one degree."""
    return " ".join(re.sub(r"[^\w\s]", "", text).upper().split())


def _similar(one: str, other: str) -> bool:
    return SequenceMatcher(None, _fold(one), _fold(other)).ratio() >= _SIMILAR


def _part(cleaned: tuple[str, ...], index: int) -> str:
    """The kind of part line ``index`` stands in, from the nearest heading above
    (``cleaned``: the report's lines through :func:`clean`)."""
    for back in range(index - 1, max(index - 400, -1), -1):
        heading = cleaned[back].lstrip("#").strip()
        if not heading or len(heading) > 80:
            continue
        if _PK_HEAD.match(heading):
            return "pk"
        if _OWN_HEAD.match(heading):
            return "own"
        if _OTHER_HEAD.match(heading):
            return "reviu" if "direviu" in heading.lower() else "other"
    return "other"


def _cells(line: str, starts: list[int]) -> tuple[list[str], bool]:
    """The cells of one line of a signature, each in its column, and whether they stand
    in a table (tab-separated or a markdown pipe row), where a blank line ends the block.

    Columns laid out with spaces are told apart by where they start: a line holding one
    of them (the NIP under the right-hand signer) goes to the column it stands under.
    ``starts``: where the columns of the block's earlier lines start, updated here.
    """
    if "\t" in line:
        return [clean(cell) for cell in line.split("\t")], True
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
        if _RULE_ROW.match(stripped):
            return [], True
        return [clean(cell) for cell in stripped[1:-1].split("|")], True
    pieces = [(found.start(), found[0]) for found in _SPACED_CELL.finditer(line)]
    if len(pieces) > 1:
        starts[:] = [start for start, _ in pieces]
        return [clean(piece) for _, piece in pieces], False
    if not pieces or not starts:
        return [clean(line)], False
    start, piece = pieces[0]
    column = min(range(len(starts)), key=lambda number: abs(starts[number] - start))
    return [""] * column + [clean(piece)], False


def _columns(text: tuple[str, ...], index: int) -> list[list[str]] | None:
    """The lines of the signature under the date line at ``index``, per column, up to
    and with the NIP; ``None`` when what follows is no signature."""
    columns: list[list[str]] = []
    seen = 0
    side_by_side = False  # the last row held two signers (a PK table): a blank ends it
    starts: list[int] = []  # where the columns laid out with spaces start
    for line in text[index + 1: index + 16]:
        cells, tabled = _cells(line, starts)
        if tabled and not cells:
            continue  # a markdown table's rule row
        # Page furniture is passed over: the block goes on on the next page.
        cells = ["" if _FURNITURE.match(cell) else cell for cell in cells]
        if not any(cells):
            if side_by_side:
                break
            continue
        side_by_side = tabled and sum(1 for cell in cells if cell) > 1
        if len(" ".join(cells)) > _LONG or line.lstrip().startswith("#"):
            break
        if _DATE_LINE.match(next(cell for cell in cells if cell)) or any(
            _TAG.match(cell) for cell in cells
        ):
            break
        seen += 1
        for number, cell in enumerate(cells):
            while len(columns) <= number:
                columns.append([])
            if cell:
                columns[number].append(cell)
        if any(_NIP.match(cell) for cell in cells) or seen >= 8:
            break
    signed = [c for c in columns if any(_NIP.match(cell) for cell in c)
              or any(_PIHAK.search(cell) for cell in c)]
    return signed or None


def _nip(cell: str) -> str | None:
    """The 18 digits of a NIP line, or ``None`` for a NIP cut or not alone on it."""
    found = _NIP_DIGITS.match(cell)
    digits = re.sub(r"\D", "", found["digits"]) if found else ""
    return digits if len(digits) == _NIP_LENGTH else None


def _read_column(cells: list[str]) -> tuple[str, str, str | None, str | None] | None:
    """(title, name, pihak, NIP) of one column of a signature."""
    pihak = None
    nip = None
    lines = []
    for cell in cells:
        found = _PIHAK.search(cell)
        if found and len(cell) < 20:
            pihak = found["role"].lower()
            continue
        if _NIP.match(cell):
            nip = _nip(cell)
            break
        if not _RANK.match(cell):
            lines.append(cell)
    if len(lines) < 2:
        return None  # no title, or no name: a cut or garbled block
    return " ".join(lines[:-1]).rstrip(","), lines[-1], pihak, nip


def _blocks(text: tuple[str, ...]) -> Iterator[_Block]:
    cleaned = clean_lines(text)  # cleaned once per report, shared with the hygiene rules
    for index in _with_year(cleaned):
        date = _DATE_LINE.match(cleaned[index].split("\t")[0].strip("* "))
        if date is None:
            continue
        columns = _columns(text, index)
        if columns is None:
            continue
        part = _part(cleaned, index)
        for cells in columns:
            read = _read_column(cells)
            if read is None:
                continue
            title, name, pihak, nip = read
            yield _Block(part, _role(part, title, pihak), date["place"], date["date"],
                         title, name, index, nip, _nip_line(text, index, nip))


def _with_year(cleaned: PackedLines) -> list[int]:
    """The indexes, in order, of the lines that may print a year ("19.." or "20.."), as
    every date line does: most lines are passed over without the pattern, and found by a
    search of the whole text rather than a test of each line."""
    return sorted({*cleaned.lines_holding("19"), *cleaned.lines_holding("20")})


def _nip_line(text: tuple[str, ...], index: int, nip: str | None) -> int | None:
    """The index of the line under the date line at ``index`` that prints ``nip``."""
    if nip is None:
        return None
    return next((number for number in range(index + 1, min(index + 16, len(text)))
                 if nip in re.sub(r"\D", "", text[number])), None)


def _role(part: str, title: str, pihak: str | None) -> str:
    if _REVIEWER.search(title) and part != "own":
        return "reviewer"
    if part == "own" and pihak is None:
        # The report's own signature is its head's, whatever the title: a Sekretaris
        # Daerah heads the Sekretariat Daerah, and signs its report as its head.
        return "head"
    if pihak is not None:
        return pihak  # the PK names each signer's part ("Pihak Pertama,")
    if _SUPERIOR.search(title):
        return "kedua"
    if part == "pk":
        return "pertama"
    return "head"


def _group(block: _Block) -> str:
    """Blocks compared with each other in full: the report's own, and each PK role."""
    if block.role == "head" and block.group == "own":
        return "own"
    if block.role in ("pertama", "kedua") and (block.group == "pk" or block.role == "kedua"):
        return f"pk:{block.role}"
    return f"{block.group}:{block.role}"


_WHAT = {
    "title": {"id": "Jabatan penanda tangan", "en": "The signer's title"},
    "name": {"id": "Nama penanda tangan", "en": "The signer's name"},
    "date": {"id": "Tanggal penandatanganan", "en": "The signing date"},
    "place": {"id": "Tempat penandatanganan", "en": "The signing place"},
    "nip": {"id": "NIP penanda tangan", "en": "The signer's NIP"},
}


def _violation(block: _Block, reference: _Block, what: str, found: str, expected: str,
               severity: Severity | None = None, line: int | None = None) -> Violation:
    """``line``: the 0-based index of the line told (the block's date line unless given)."""
    return Violation(
        location(where(block.line if line is None else line)),
        {"what": _WHAT[what], "found": found, "expected": expected,
         "other": reference.line + 1},
        expected=expected,
        actual=found,
        severity=severity,
        keys=frozenset({f"signature:{what}:{_fold(found)}"}),
    )


def _reference(members: list[_Block], value: str, body: str) -> _Block:
    """The block whose ``value`` (title, name, date) the report prints most often: the
    odd one out is the block to correct. On a tie, the first block."""
    # Counted once for each spelling: the blocks print a few, each many times.
    counts = {spelled: body.count(spelled) for spelled in {getattr(b, value) for b in members}}
    return max(members, key=lambda b: (counts[getattr(b, value)], -b.line))


def _within_group(blocks: list[_Block], body: str) -> Iterator[Violation]:
    groups: dict[str, list[_Block]] = {}
    for block in blocks:
        groups.setdefault(_group(block), []).append(block)
    for key, members in groups.items():
        if len(members) < 2 or (key != "own" and not key.startswith("pk:")):
            continue
        values = ("title", "name", "date") if key == "own" else ("title", "name")
        for value in values:
            reference = _reference(members, value, body)
            for block in members:
                found, expected = getattr(block, value), getattr(reference, value)
                if _fold(found) != _fold(expected):
                    # Dates of the report's parts may fall a day apart: told, not warned.
                    severity = Severity.INFO if value == "date" else None
                    yield _violation(block, reference, value, found, expected, severity)


def _head_against_pk(blocks: list[_Block]) -> Iterator[Violation]:
    """The report's signer and the PK's pihak pertama: one person spelled two ways."""
    own = [b for b in blocks if _group(b) == "own"]
    pk = [b for b in blocks if _group(b) == "pk:pertama"]
    if not own or not pk:
        return
    for block in pk:
        name, reference = _fold(block.name), own[0]
        if name != _fold(reference.name) and _similar(block.name, reference.name):
            yield _violation(block, reference, "name", block.name, reference.name)


def _spaced(nip: str) -> str:
    """A NIP as printed: birth date, appointment month, sex, number."""
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"


def _nips(blocks: list[_Block]) -> Iterator[Violation]:
    """Blocks signed by one name with another NIP than the one most of them print."""
    by_name: dict[str, list[_Block]] = {}
    for block in blocks:
        if block.nip is not None:
            by_name.setdefault(_fold(block.name), []).append(block)
    for members in by_name.values():
        counts = Counter(block.nip for block in members)
        right = max(members, key=lambda b: (counts[b.nip], -b.line))
        for block in members:
            if block.nip != right.nip:
                yield _violation(block, right, "nip", _spaced(block.nip or ""),
                                 _spaced(right.nip or ""), line=block.nip_line)


def _places(blocks: list[_Block], text: tuple[str, ...]) -> Iterator[Violation]:
    """A place spelled almost, but not, like another block's; the spelling the report
    prints more often is the right one."""
    body = "\n".join(text)
    placed = [b for b in blocks if b.place]
    # A report prints a few places, each in many blocks: each pair is compared once, each
    # place counted once.
    printed = cache(body.count)

    @cache
    def similar(one: str, other: str) -> bool:
        return _fold(one) != _fold(other) and _similar(one, other)

    for block in placed:
        for other in placed:
            if not similar(block.place, other.place):
                continue
            mine, theirs = printed(block.place), printed(other.place)
            if mine > theirs or (mine == theirs and block.line < other.line):
                continue
            yield _violation(block, other, "place", block.place, other.place)
            break


@rule(
    code="CON008",
    slug="consistency-signature-block",
    fix={
        "id": "Samakan nama, jabatan, NIP, tempat dan tanggal di semua blok tanda tangan.",
        "en": "Make the name, position, NIP, place and date the same in every signature block.",
    },
    title={"id": "Blok tanda tangan berbeda antarbagian",
           "en": "Signature blocks differ between parts"},
    category=Category.CONSISTENCY,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran II (Laporan Kinerja ditandatangani pimpinan) "
    "dan Lampiran III (reviu)",
    message={
        "id": '{what} "{found}" berbeda dari "{expected}" pada blok tanda tangan baris {other}.',
        "en": '{what} "{found}" differs from "{expected}" in the signature block on line '
        '{other}.',
    },
    rationale={
        "id": "Kata Pengantar, Ikhtisar Eksekutif dan Penutup ditandatangani pimpinan yang "
        "sama, dengan jabatan, nama, tempat dan tanggal yang sama; pihak pertama dan pihak "
        "kedua PK dan PK Perubahan juga. Jabatan atau nama yang berbeda (\"Pt.\" dan "
        "\"Plt.\") dan nama tempat yang salah eja adalah peringatan; tanggal yang berbeda "
        "antarbagian laporan hanya info. Tanggal PK tidak dibandingkan dengan tanggal "
        "laporan, dan nama pimpinan yang sama sekali lain di PK tidak dilaporkan (pimpinan "
        "dapat berganti dalam tahun berjalan). Satu nama yang ditulis dengan NIP berbeda "
        "di dua blok adalah peringatan: seorang pegawai hanya punya satu NIP.",
        "en": "The Kata Pengantar, the Ikhtisar Eksekutif and the Penutup are signed by the "
        "same head, with the same title, name, place and date; so are pihak pertama and "
        "pihak kedua of the PK and the PK Perubahan. A different title or name (\"Pt.\" "
        "and \"Plt.\") and a misspelt place are warnings; a different date between the "
        "report's parts only an info. The PK's date is never compared with the report's, "
        "and an entirely different head in the PK is not reported (the head may change "
        "during the year). One name printed with two different NIPs is a warning: a "
        "civil servant has one NIP.",
    },
)
def CON008(context: Context) -> Iterator[Violation]:
    """The head of the agency signs the LKjIP (Permenpan RB 53/2014, Lampiran II) and
    the Perjanjian Kinerja; the reviu checks that what the report presents is reliable,
    so one signer is printed one way wherever the report prints the signature."""
    text = context.report.text
    blocks = list(_blocks(text))
    told: set[tuple[int, str]] = set()  # one finding per block and attribute
    for violation in (*_within_group(blocks, "\n".join(text)), *_head_against_pk(blocks),
                      *_places(blocks, text), *_nips(blocks)):
        key = (violation.location.line or 0, str(violation.args["what"]["en"]))
        if key not in told:
            told.add(key)
            yield violation
