"""Input rules: what the reader could not make sense of, reported, never guessed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from checker.context import Context, location
from checker.hookspecs import hookimpl
from checker.model import Doubt, Heading, Plan, Provenance, Report
from checker.pack import pack_rules
from checker.rule import Category, Rule, Severity, Violation, rule

__all__ = ["INP001", "INP002", "INP003", "INP004", "INP005", "INP006"]

# What a spreadsheet prints where its formula failed; the number reader refuses these,
# and HYG003 reports them in the text.
_SPREADSHEET_ERROR = re.compile(r"#(?:DIV/0!|REF!|N/A|VALUE!|NAME\?|NUM!|NULL!)", re.IGNORECASE)


def _spreadsheet_error_lines(doubt: Doubt) -> frozenset[str]:
    """The lines an unreadable value that is a spreadsheet error is printed on, as fold
    keys: HYG003 reports that error on that line, which is the same defect of the same
    cell. A value unreadable for any other reason names no line: a spreadsheet error
    elsewhere on its line is another cell's defect."""
    line = doubt.where.line
    if line is None or not _SPREADSHEET_ERROR.search(doubt.raw):
        return frozenset()
    end = max(doubt.where.end_line or line, line)
    return frozenset(f"line:{number}" for number in range(line, end + 1))


@rule(
    code="INP001",
    slug="input-unreadable-number",
    fix={
        "id": "Perbaiki penulisan angka di dokumen sumber (titik pemisah ribuan, koma desimal),"
              " lalu periksa ulang.",
        "en": "Correct how the figure is written in the source (dots for thousands, a decimal "
              "comma), then check again.",
    },
    title={"id": "Angka tidak terbaca", "en": "Unreadable number"},
    category=Category.INPUT,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran II (data kinerja yang akurat)",
    # A cell unreadable because it holds a spreadsheet error is HYG003's finding.
    knock_on_of=("HYG003",),
    message={
        "id": "Nilai {raw!r} tidak dapat dibaca sebagai angka ({problem}); "
        "nilai ini tidak diperiksa.",
        "en": "Value {raw!r} cannot be read as a number ({problem}); it was not checked.",
    },
    rationale={
        "id": "Angka yang tidak terbaca (misalnya '7 Desa/ 1 Kel' di kolom target atau "
        "'#DIV/0!') tidak dapat diperiksa. Pemeriksa diberi tahu agar memeriksanya sendiri, "
        "bukan ditebak oleh alat.",
        "en": "A figure that cannot be read (e.g. '7 Desa/ 1 Kel' in a target column, or "
        "'#DIV/0!') cannot be checked. The reviewer is told so they can check it by hand, "
        "instead of the tool guessing.",
    },
)
def INP001(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 asks for performance data that can be measured; a value
    the reader cannot read is shown to the reviewer instead of being guessed."""
    for doubt in context.report.doubts:
        if doubt.kind == "number":
            yield Violation(
                location(doubt.where),
                {"raw": doubt.raw, "problem": doubt.problem},
                actual=doubt.raw,
                causes=_spreadsheet_error_lines(doubt),
            )


@rule(
    code="INP002",
    slug="input-table-not-understood",
    fix={
        "id": "Periksa tabel itu di dokumen sumber: baris atau kolom yang tergabung saat "
              "konversi perlu dipisah.",
        "en": "Check that table in the source document: rows or columns merged by the "
              "conversion need to be split.",
    },
    title={"id": "Tabel tidak dapat dipahami", "en": "Table not understood"},
    category=Category.INPUT,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran II (format Laporan Kinerja)",
    message={
        "id": "Bagian {raw!r} tidak dapat dibaca: {problem}; isinya tidak diperiksa.",
        "en": "Part {raw!r} could not be read: {problem}; its content was not checked.",
    },
    rationale={
        "id": "Tabel atau isian yang susunannya tidak dapat dipahami tidak ikut diperiksa; "
        "pemeriksa perlu membacanya sendiri.",
        "en": "A table or field whose layout cannot be understood is left out of the checks; "
        "the reviewer needs to read it.",
    },
)
def INP002(context: Context) -> Iterator[Violation]:
    """A table the reader cannot make sense of is named, so no part of the report is
    silently left unchecked."""
    for doubt in context.report.doubts:
        if doubt.kind == "table":
            yield Violation(location(doubt.where), {"raw": doubt.raw, "problem": doubt.problem})


@rule(
    code="INP003",
    slug="input-missing-field",
    fix={
        "id": "Lengkapi keterangan laporan yang hilang (nama instansi, tahun), atau tulis dalam"
              " bentuk yang dikenali.",
        "en": "Add the missing report detail (agency name, year), or write it in a form the "
              "reader knows.",
    },
    title={"id": "Keterangan laporan tidak ditemukan", "en": "Report detail not found"},
    category=Category.INPUT,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran II (format Laporan Kinerja)",
    message={
        "id": "{raw}: {problem}.",
        "en": "{raw}: {problem}.",
    },
    rationale={
        "id": "Keterangan yang diperlukan pemeriksaan (tahun pelaporan, dokumen sumber) tidak "
        "ditemukan; pemeriksa diberi tahu pemeriksaan mana yang karenanya dilewati.",
        "en": "A detail the checks need (the reporting year, the source document) was not "
        "found; the reviewer is told which checks were skipped because of it.",
    },
)
def INP003(context: Context) -> Iterator[Violation]:
    """A detail the report must state (its year) or a document it refers to could not be
    found: the reviewer learns which checks could not be made."""
    for doubt in context.report.doubts:
        if doubt.kind == "field":
            yield Violation(location(doubt.where), {"raw": doubt.raw, "problem": doubt.problem})


@rule(
    code="INP004",
    slug="input-reader-error",
    fix={
        "id": "Laporkan galat ini kepada pengelola lkjip beserta berkasnya; bagian itu perlu "
              "diperiksa manual.",
        "en": "Report this error to the lkjip maintainers with the file; check that part by "
              "hand meanwhile.",
    },
    title={"id": "Pembaca berhenti karena galat program", "en": "The reader stopped on an error"},
    category=Category.INTERNAL,
    severity=Severity.ERROR,
    regulation="Permenpan RB 53/2014, Lampiran III (reviu: keandalan hasil pemeriksaan)",
    message={
        "id": "Bagian {raw!r} tidak diperiksa: {problem}. Ini galat program, bukan kesalahan "
        "laporan; mohon laporkan.",
        "en": "Part {raw!r} was not checked: {problem}. This is a program error, not a defect "
        "of the report; please report it.",
    },
    rationale={
        "id": "Bila pembaca sendiri gagal (galat program), bagian itu tidak diperiksa sama "
        "sekali; hasil pemeriksaan tidak lengkap dan kode keluar 2 menandainya.",
        "en": "When the reader itself fails (a program error) that part is not checked at "
        "all; the results are incomplete, and exit code 2 says so.",
    },
)
def INP004(context: Context) -> Iterator[Violation]:
    """A part the reader failed on is named, and the run ends with exit code 2, so an
    incomplete check never looks like a clean one."""
    for doubt in context.report.doubts:
        if doubt.kind == "internal":
            yield Violation(location(doubt.where), {"raw": doubt.raw, "problem": doubt.problem})


class _Entry(NamedTuple):
    """One entry of the plan: where it is in the report's data, and where printed."""

    part: str  # 'plan.sasaran'
    index: int
    id: str
    where: Provenance


def _plan_entries(plan: Plan) -> Iterator[list[_Entry]]:
    """The tujuan, the sasaran and the indikator of the plan, each kind a list."""
    for part, entries in (("tujuan", plan.tujuan), ("sasaran", plan.sasaran),
                          ("indikator", plan.indikator)):
        yield [_Entry(f"plan.{part}", index, entry.id, entry.where)
               for index, entry in enumerate(entries)]


def _place(entry: _Entry) -> dict[str, str]:
    """'plan.sasaran[2] (baris 17)': the entry in the data, and its line when known."""
    name = f"{entry.part}[{entry.index}]"
    if entry.where.line is None:
        return {"id": name, "en": name}
    return {"id": f"{name} (baris {entry.where.line})", "en": f"{name} (line {entry.where.line})"}


@rule(
    code="INP005",
    slug="input-duplicate-id",
    fix={
        "id": "Beri setiap tujuan, sasaran dan indikator id-nya sendiri, lalu sesuaikan "
              "rujukan kepadanya (tujuan sebuah sasaran, sasaran sebuah indikator).",
        "en": "Give every tujuan, sasaran and indikator an id of its own, then correct the "
              "references to it (a sasaran's tujuan, an indikator's sasaran).",
    },
    title={"id": "Id dipakai lebih dari sekali", "en": "Id used more than once"},
    category=Category.INPUT,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran II (format Laporan Kinerja)",
    message={
        "id": "Id {id!r} di {second} sudah dipakai di {first}; rujukan ke id ini tidak "
              "jelas menunjuk yang mana.",
        "en": "Id {id!r} at {second} is already used at {first}; a reference to it cannot "
              "tell which one is meant.",
    },
    rationale={
        "id": "Laporan terstruktur menautkan sasaran ke tujuannya dan indikator ke "
        "sasarannya lewat id. Dua isian dengan id yang sama membuat tautan itu ambigu; "
        "keduanya tetap diperiksa, dan pemeriksa diberi tahu kedua tempatnya.",
        "en": "A structured report ties a sasaran to its tujuan and an indikator to its "
        "sasaran by id. Two entries sharing an id make that tie ambiguous; both are still "
        "checked, and the reviewer is told both places.",
    },
)
def INP005(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 asks the report to show which indicators measure which
    sasaran, under which tujuan; in a structured report those ties are ids, so an id
    given to two entries of one kind leaves the tie unknown. Each entry after the first
    with that id is named beside the first; neither is dropped or merged."""
    for entries in _plan_entries(context.report.plan):
        first_of: dict[str, _Entry] = {}
        for entry in entries:
            first = first_of.setdefault(entry.id, entry)
            if first is entry:
                continue
            yield Violation(
                location(entry.where),
                {"id": entry.id, "first": _place(first), "second": _place(entry)},
                expected={"id": "id yang belum dipakai", "en": "an id not used yet"},
                actual=entry.id,
                keys=frozenset({f"{entry.part}[{entry.index}]"}),
            )

# The formats read from a document's text: a structured report states its tables itself.
_DOCUMENT_FORMATS = frozenset({"text", "docx", "pdf"})
_PK_TITLE = re.compile(r"perjanjian\s+kinerja|\bpk\b", re.IGNORECASE)


class _MainTable(NamedTuple):
    """A table the comparison rules need: the part of the outline that should hold it,
    whether it was read, and what it is called in a message."""

    heading: Heading | None
    read: bool
    table: dict[str, str]
    rules: dict[str, str]


# A part must span at least this many non-blank lines before a missing table is reported.
# A part that held a main table is long: in the reports read so far a PK section, Bab III
# or Realisasi Anggaran spans 45 to 290 (a table of a few sasaran is already a score of
# rows, plus its narrative). A part of a handful of lines is a skeleton or an outline sketch
# (the short fixtures' parts span 2 to 23) and never held one, so saying its table was
# not read would be noise. 30 sits between the two, with room on each side.
_MIN_PART_LINES = 30


def _long_enough(report: Report, heading: Heading) -> bool:
    """The part under ``heading`` spans enough non-blank lines to have held its table."""
    start, end = heading.where.line, heading.where.end_line
    if start is None:
        return False
    lines = report.text[start - 1:end or start]
    return sum(1 for text in lines if text.strip()) >= _MIN_PART_LINES


def _first(report: Report, kind: str) -> Heading | None:
    return next((h for h in report.outline if h.kind == kind and h.where.line is not None),
                None)


def _pk_heading(report: Report) -> Heading | None:
    """The Perjanjian Kinerja's section of Bab II, else a Lampiran titled with it."""
    return _first(report, "perjanjian_kinerja") or next(
        (h for h in report.outline if h.kind == "lampiran" and h.where.line is not None
         and _PK_TITLE.search(h.text)), None)


def _main_tables(report: Report) -> tuple[_MainTable, ...]:
    return (
        _MainTable(
            _first(report, "bab_3"), bool(report.achievements),
            {"id": "tabel capaian kinerja (target, realisasi, capaian)",
             "en": "capaian table (target, realisasi, capaian)"},
            {"id": "hitungan capaian, cascading dan perbandingan dengan PK",
             "en": "capaian arithmetic, the cascade and the comparisons with the PK"}),
        _MainTable(
            _first(report, "realisasi_anggaran"), bool(report.main_budgets()),
            {"id": "tabel anggaran per program (pagu, realisasi)",
             "en": "budget table by program (pagu, realisasi)"},
            {"id": "penjumlahan anggaran dan perbandingan pagu dengan PK",
             "en": "budget roll-ups and the comparison of pagu with the PK"}),
        _MainTable(
            _pk_heading(report), bool(report.agreements or report.agreement_programs),
            {"id": "Perjanjian Kinerja (sasaran, indikator, target)",
             "en": "Perjanjian Kinerja (sasaran, indikator, target)"},
            {"id": "jumlah sasaran dan indikator terhadap PK, target PK dan anggaran PK",
             "en": "counts against the PK, the PK's targets and its budget"}),
    )


@rule(
    code="INP006",
    slug="input-main-table-not-read",
    fix={
        "id": "Periksa format tabel itu di dokumen sumber: tabel bergaris, tabel dengan "
              "karakter kotak, atau sel yang digabung dikenali; sesuaikan, lalu periksa "
              "ulang.",
        "en": "Check that table's format in the source: ruled tables, box-drawn grids and "
              "merged cells are known to the reader; adjust it, then check again.",
    },
    title={"id": "Tabel utama tidak terbaca", "en": "Main table not read"},
    category=Category.INPUT,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran II (format Laporan Kinerja)",
    message={
        "id": "Bagian '{heading}' (baris {line}) ada, tetapi {table} tidak terbaca; "
              "pemeriksaan yang membandingkannya ({rules}) tidak dijalankan.",
        "en": "Part '{heading}' (line {line}) is there, but no {table} was read; the checks "
              "that compare it ({rules}) were not run.",
    },
    rationale={
        "id": "Tanpa tabel capaian, tabel anggaran per program atau Perjanjian Kinerja, "
        "aturan yang membandingkannya dilewati dan laporan tampak bersih; pemeriksa "
        "diberi tahu agar tidak menganggap diam sebagai benar.",
        "en": "Without the capaian table, the budget table by program or the Perjanjian "
        "Kinerja, the rules that compare them are skipped and the report looks clean; the "
        "reviewer is told so that silence is not taken for correctness.",
    },
)
def INP006(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014, Lampiran II: Bab III presents "capaian kinerja organisasi"
    and "realisasi anggaran", and the report accounts for the Perjanjian Kinerja. When
    the outline shows such a part, long enough to have held its table, but the reader
    found no table of it, every rule that compares that table was skipped: the reviewer
    learns it, once per part, at its heading. A structured report states its tables
    itself and is not judged here."""
    report = context.report
    if report.format not in _DOCUMENT_FORMATS:
        return
    for main in _main_tables(report):
        if main.heading is None or main.read or not _long_enough(report, main.heading):
            continue
        yield Violation(
            location(Provenance(main.heading.where.line)),  # the heading, not its part
            {"heading": main.heading.text, "line": main.heading.where.line,
             "table": main.table, "rules": main.rules},
            expected=main.table,
        )


@hookimpl
def lkjip_rules() -> list[Rule]:
    return pack_rules(__name__)  # every rule this module defines (see checker.pack)
