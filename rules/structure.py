"""Structure rules: the parts Permenpan RB 53/2014 asks an LKjIP to have, in order.

The report has an Ikhtisar Eksekutif, Bab I Pendahuluan, Bab II Perencanaan
Kinerja, Bab III Akuntabilitas Kinerja (A. Capaian Kinerja Organisasi, with seven
analyses for each sasaran strategis; B. Realisasi Anggaran), Bab IV Penutup and a
Lampiran holding at least the Perjanjian Kinerja; the reviewer adds a Pernyataan
Telah Direviu. These rules read the outline (headings with their kind and line)
and the text of the lines each part spans.

A report whose outline is empty (a structured TOML/JSON report that lists no
headings) gives these rules nothing to judge, so they report nothing: absence of
an outline is not evidence that the parts are missing, only that the writer of
the structured file did not describe them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from checker.context import Context
from checker.graph import node_finder, normalise_name
from checker.hookspecs import hookimpl
from checker.model import Heading, Report
from checker.rule import Category, Location, Rule, Severity, Violation, rule
from rules._structure_outline import (
    PART_NAMES,
    TOP_KINDS,
    Span,
    clean,
    headings_in,
    main_span,
    prose_lines,
    text_end,
)

__all__ = ["STR001", "STR002", "STR003", "STR004", "STR005", "STR006", "STR007"]

_CONTENT = "Permenpan RB 53/2014, Lampiran II (Format Laporan Kinerja)"
# The parts every LKjIP has, in the order the regulation lists them.
_REQUIRED = ("ikhtisar_eksekutif", "bab_1", "bab_2", "bab_3", "bab_4")
_ORDERED = (*_REQUIRED, "lampiran")


def _where(line: int | None, end: int | None = None) -> Location:
    return Location(line=line, end_line=end)


# The fold keys of a missing part: STR001 and STR005 report the part, STR007 an entry of
# the Daftar Isi pointing at it (a knock-on of the same missing part).
_LAMPIRAN_PK = "lampiran_perjanjian_kinerja"  # the PK attached in the Lampiran


def _part_key(kind: str) -> str:
    return f"part:{kind}"


def _line(heading: Heading | None) -> str:
    return "?" if heading is None or heading.where.line is None else str(heading.where.line)


def _first(report: Report, kind: str) -> Heading | None:
    span = main_span(report, kind)
    if span is not None:
        return span.heading
    return next((h for h in report.outline if h.kind == kind), None)


def _search(
    report: Report, start: int, end: int, patterns: Sequence[re.Pattern[str]]
) -> int | None:
    """The first line from ``start`` to ``end`` whose prose matches one of ``patterns``."""
    for number, text in prose_lines(report, start, end):
        line = clean(text).casefold()
        if any(pattern.search(line) for pattern in patterns):
            return number
    return None


# -- STR001 --------------------------------------------------------------------------------

@rule(
    code="STR001",
    slug="structure-required-parts",
    title={"id": "Bagian wajib laporan kinerja tidak ada",
           "en": "Required part of the performance report is missing"},
    category=Category.STRUCTURE,
    severity=Severity.ERROR,
    regulation=_CONTENT,
    message={
        "id": "Bagian wajib {part} tidak ditemukan dalam laporan{position}.",
        "en": "The required part {part} is not in the report{position}.",
    },
    rationale={
        "id": "Format laporan kinerja ditetapkan: Ikhtisar Eksekutif, Bab I Pendahuluan, Bab II "
        "Perencanaan Kinerja, Bab III Akuntabilitas Kinerja dan Bab IV Penutup. Bagian yang "
        "hilang berarti informasi yang diminta tidak disajikan.",
        "en": "The format of the performance report is set: Ikhtisar Eksekutif, Bab I "
        "Pendahuluan, Bab II Perencanaan Kinerja, Bab III Akuntabilitas Kinerja and Bab IV "
        "Penutup. A missing part means the information asked for is not given.",
    },
)
def STR001(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 sets the format of the Laporan Kinerja: Ikhtisar Eksekutif (also
    written Ringkasan Eksekutif), Bab I Pendahuluan, Bab II Perencanaan Kinerja, Bab III
    Akuntabilitas Kinerja and Bab IV Penutup.

    A structured report without an outline gives nothing to judge. A report read as text
    whose reader found no part at all is judged: every part is missing, so an unreadable
    outline never looks like a complete one."""
    report = context.report
    if not report.outline and report.format != "text":
        return
    present = {kind: _first(report, kind) for kind in _REQUIRED}
    for index, kind in enumerate(_REQUIRED):
        if present[kind] is not None:
            continue
        after = next((present[k] for k in _REQUIRED[index + 1:] if present[k] is not None), None)
        before = next((present[k] for k in reversed(_REQUIRED[:index]) if present[k] is not None),
                      None)
        if after is not None:
            name = PART_NAMES[after.kind]
            position = {"id": f"; seharusnya sebelum {name} (baris {_line(after)})",
                        "en": f"; it belongs before {name} (line {_line(after)})"}
            where = after.where.line
        elif before is not None:
            name = PART_NAMES[before.kind]
            position = {"id": f"; seharusnya sesudah {name} (baris {_line(before)})",
                        "en": f"; it belongs after {name} (line {_line(before)})"}
            where = before.where.line
        else:
            position, where = {"id": "", "en": ""}, None
        yield Violation(_where(where), {"part": PART_NAMES[kind], "position": position},
                        expected=PART_NAMES[kind], keys=frozenset({_part_key(kind)}))


# -- STR002 --------------------------------------------------------------------------------

def _longest_in_order(positions: list[int]) -> set[int]:
    """Indexes of the longest subsequence of ``positions`` that increases (the parts
    that are in order); the others are the ones out of place."""
    best: list[list[int]] = []
    for index, position in enumerate(positions):
        chain = max((c for c in best if positions[c[-1]] < position), key=len, default=[])
        best.append([*chain, index])
    return set(max(best, key=len, default=[]))


@rule(
    code="STR002",
    slug="structure-order",
    title={"id": "Urutan bagian laporan tidak sesuai", "en": "Parts of the report out of order"},
    category=Category.STRUCTURE,
    severity=Severity.WARNING,
    regulation=_CONTENT,
    message={
        "id": "{part} (baris {line}) tidak pada urutannya: {expected}.",
        "en": "{part} (line {line}) is out of order: {expected}.",
    },
    rationale={
        "id": "Pembaca dan penilai laporan mencari bagian-bagian laporan pada urutan yang "
        "ditetapkan: Ikhtisar Eksekutif, Bab I sampai Bab IV, kemudian Lampiran.",
        "en": "Readers and evaluators look for the parts in the prescribed order: Ikhtisar "
        "Eksekutif, Bab I to Bab IV, then the Lampiran.",
    },
)
def STR002(context: Context) -> Iterator[Violation]:
    """The Laporan Kinerja presents Ikhtisar Eksekutif, Bab I, Bab II, Bab III, Bab IV and
    the Lampiran in that order. The parts that break the order are those outside the
    longest run of parts that are in order."""
    report = context.report
    found = [(kind, span) for kind in _ORDERED if (span := main_span(report, kind)) is not None]
    keep = _longest_in_order([span.start for _, span in found])
    for index, (kind, span) in enumerate(found):
        if index in keep:
            continue
        previous = next((found[i] for i in sorted(keep, reverse=True) if i < index), None)
        following = next((found[i] for i in sorted(keep) if i > index), None)
        parts_id, parts_en = [], []
        if previous is not None:
            parts_id.append(f"seharusnya sesudah {PART_NAMES[previous[0]]} "
                            f"(baris {previous[1].start})")
            parts_en.append(f"it belongs after {PART_NAMES[previous[0]]} "
                            f"(line {previous[1].start})")
        if following is not None:
            parts_id.append(f"sebelum {PART_NAMES[following[0]]} (baris {following[1].start})")
            parts_en.append(f"before {PART_NAMES[following[0]]} (line {following[1].start})")
        if not parts_id:
            continue
        joined = {"id": " dan ".join(parts_id), "en": " and ".join(parts_en)}
        if previous is None:
            joined = {"id": "seharusnya " + joined["id"], "en": "it belongs " + joined["en"]}
        yield Violation(_where(span.start), {"part": PART_NAMES[kind], "line": span.start,
                                             "expected": joined})


# -- STR003 --------------------------------------------------------------------------------

# Phrases that name the two parts of Bab III where a report does not give them a
# heading the outline recognised (e.g. "C. AKUNTABILITAS KEUANGAN").
_BAB3_PARTS = {
    "capaian_kinerja": tuple(re.compile(p) for p in (
        r"\bcapaian\s+kinerja\b",                  # "Capaian Kinerja Organisasi"
        r"\bpengukuran\s+(?:pen)?capaian\b",       # "Pengukuran (Pen)capaian Kinerja"
        r"\banalisis\s+capaian\b",                 # "Analisis Capaian Kinerja"
    )),
    "realisasi_anggaran": tuple(re.compile(p) for p in (
        r"\brealisasi\s+anggaran\b",               # "Realisasi Anggaran"
        r"\bakuntabilitas\s+keuangan\b",           # "Akuntabilitas Keuangan"
        r"\brealisasi\s+(?:keuangan|belanja)\b",   # "Realisasi Keuangan/Belanja"
        r"\b(?:capaian|serapan|penyerapan)\s+anggaran\b",  # "Capaian Anggaran Program"
    )),
}


def _bab3_part(report: Report, bab3: Span, kind: str) -> bool:
    if headings_in(report, bab3, kind):
        return True
    if kind == "capaian_kinerja" and any(
        row.where.line in bab3 for table in report.achievements for row in table.rows
    ):
        return True
    if kind == "realisasi_anggaran" and any(
        table.kind == "realisasi" and table.where.line in bab3 for table in report.budgets
    ):
        return True
    return _search(report, bab3.start + 1, bab3.end, _BAB3_PARTS[kind]) is not None


@rule(
    code="STR003",
    slug="structure-bab3-parts",
    title={"id": "Bab III tidak memuat Capaian Kinerja atau Realisasi Anggaran",
           "en": "Bab III lacks Capaian Kinerja or Realisasi Anggaran"},
    category=Category.STRUCTURE,
    severity=Severity.ERROR,
    regulation="Permenpan RB 53/2014, Lampiran II (Bab III Akuntabilitas Kinerja: "
    "A. Capaian Kinerja Organisasi, B. Realisasi Anggaran)",
    message={
        "id": "Bab III (baris {span}) tidak memuat {part}: tidak ada judul, tabel atau "
        "uraian tentang {topic}.",
        "en": "Bab III (lines {span}) has no {part}: no heading, table or text about {topic}.",
    },
    rationale={
        "id": "Bab III menyajikan capaian kinerja organisasi untuk setiap sasaran strategis dan "
        "realisasi anggaran yang digunakan untuk mewujudkan kinerja sesuai Perjanjian Kinerja.",
        "en": "Bab III presents the organisation's achievement for each sasaran strategis and "
        "the budget spent to reach the performance agreed in the Perjanjian Kinerja.",
    },
)
def STR003(context: Context) -> Iterator[Violation]:
    """Bab III Akuntabilitas Kinerja has two parts: A. Capaian Kinerja Organisasi and
    B. Realisasi Anggaran, recognised by a heading of that kind inside Bab III, a capaian
    or realisasi table inside it, or their usual phrasing in its lines."""
    report = context.report
    bab3 = main_span(report, "bab_3")
    if bab3 is None:
        return  # STR001 reports a missing Bab III
    topics = {
        "capaian_kinerja": {"id": "capaian kinerja sasaran strategis",
                            "en": "the achievement of the sasaran strategis"},
        "realisasi_anggaran": {"id": "realisasi anggaran", "en": "budget realisation"},
    }
    for kind, topic in topics.items():
        if not _bab3_part(report, bab3, kind):
            yield Violation(_where(bab3.start, bab3.end),
                            {"span": bab3.label, "part": PART_NAMES[kind], "topic": topic},
                            expected=PART_NAMES[kind])


# -- STR004 --------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Analysis:
    number: int
    name: dict[str, str]
    patterns: tuple[re.Pattern[str], ...]


def _compile(*patterns: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(pattern) for pattern in patterns)


# The seven analyses Permenpan RB 53/2014 asks for each sasaran strategis, and the
# phrases (matched on the lower-cased line, markup removed) that show one is there.
ANALYSES = (
    _Analysis(1, {"id": "target dan realisasi tahun ini",
                  "en": "this year's target against realisasi"}, _compile(
        # a table header "Target | Realisasi", "TARGET 2021 REALISASI 2021", "target dan
        # realisasi" (not "Target Akhir Renstra ... Realisasi", which is analysis 3)
        r"\btarget\s+(?:(?:tahun|th\.?)?\s*\d{4}\s+)?(?:(?:dan|dengan|&)\s+|/\s*)?realisasi\b",
        r"\brealisasi\b[^.;]*\bdari\s+(?:target|yang\s+ditargetkan)\b",  # "90 dari target 100"
    )),  # also: a row of a capaian table of this sasaran inside Bab III
    _Analysis(2, {"id": "perbandingan dengan tahun lalu",
                  "en": "comparison with last year"}, _compile(
        r"\btahun\s+(?:yang\s+)?lalu\b",          # "dengan tahun lalu"
        r"\btahun(?:-tahun)?\s+sebelum(?:nya)?\b",  # "Realisasi Tahun Sebelumnya"
        r"\bbeberapa\s+tahun\s+terakhir\b",       # "... dan beberapa tahun terakhir"
    )),  # also: a "Realisasi <earlier year>" column
    _Analysis(3, {"id": "perbandingan dengan target jangka menengah (Renstra)",
                  "en": "comparison with the medium-term (Renstra) target"}, _compile(
        r"\btarget\s+akhir\b",                    # "Target Akhir Renstra", "Target Akhir 2024"
        r"\bakhir\s+(?:periode\s+)?renstra\b",    # "s.d. Akhir Periode RENSTRA"
        r"\btarget\s+jangka\s+menengah\b",        # "target jangka menengah"
        r"\btingkat\s+kemajuan\b",                # the column of that comparison
    )),
    _Analysis(4, {"id": "perbandingan dengan standar nasional",
                  "en": "comparison with a national standard"}, _compile(
        r"\bstandar\s+nasional\b",                # "standar nasional"
        # "realisasi nasional", "capaian nasional", "rata-rata nasional", "target nasional"
        # ("Ketahanan Nasional", "Tentara Nasional" are names, not comparisons)
        r"\b(?:realisasi|capaian|rata-rata|target|angka|tingkat)\s+nasional\b",
        r"\bsecara\s+nasional\b",                 # "tidak terdapat pengukuran secara nasional"
    )),
    _Analysis(5, {"id": "penyebab keberhasilan/kegagalan dan solusinya",
                  "en": "causes of success or failure and the solutions"}, _compile(
        r"\bpenyebab\b",                          # "Faktor Penyebab", "Analisis Penyebab"
        r"\bdisebabkan\b",                        # "... disebabkan oleh"
        r"\bkendala\b",                           # "kendala yang dihadapi"
        r"\bhambatan\b",                          # "hambatan capaian"
        r"\bsolusi\b",                            # "Solusi yang dilakukan"
        # "Faktor pendorong keberhasilan capaian", "faktor penghambat"
        r"\bfaktor\s+(?:pendorong|penghambat|pendukung|keberhasilan|kegagalan)\b",
        # "upaya pemecahan masalah" (not "Koordinasi Upaya Penyelenggaraan ...", a kegiatan)
        r"\bupaya\s+(?:pemecahan|perbaikan|peningkatan|yang\s+(?:telah\s+)?dilakukan)\b",
        r"\brencana\s+aksi\b",                    # "Rencana aksi untuk meningkatkan capaian"
    )),
    _Analysis(6, {"id": "efisiensi penggunaan sumber daya",
                  "en": "efficiency of the use of resources"}, _compile(
        r"\befisien",                             # "efisiensi", "efisien"
        r"\bpenghematan\b",                       # "penghematan anggaran"
        r"\bmasukan\s*/\s*input\b",               # an input/output table per sub kegiatan
    )),
    _Analysis(7, {"id": "program/kegiatan yang menunjang atau menghambat",
                  "en": "programs/kegiatan that supported or hindered it"}, _compile(
        # "Program dan kegiatan yang dilaksanakan guna mendukung tercapainya kinerja"
        r"\b(?:program|kegiatan)\b(?:\W+\w+){0,8}?\W+(?:menunjang|mendukung|menghambat)\b",
        r"\bmenunjang\s*/\s*tidak\s+menunjang\b",  # the column of that analysis
        # The noun form: "Program pendukung", "Kegiatan penunjang", "Program dan kegiatan
        # pendukung sasaran"; not the nomenclature's "Program Penunjang Urusan
        # Pemerintahan Daerah", which is a program's name.
        r"\b(?:program|(?:sub\s+)?kegiatan)(?:\s*(?:/|,|&|\bdan\b|\batau\b)\s*(?:sub\s+)?"
        r"kegiatan)*\s+(?:pendukung|penunjang|penghambat)\b(?!\W*urusan\b)",
        # "... yang mendukung pencapaian sasaran ini adalah Program ..." (a factor that
        # supports it is analysis 5's: "faktor yang mendukung pencapaian")
        r"(?<!faktor\s)\byang\s+(?:mendukung|menunjang|menghambat)\s+(?:pencapaian"
        r"|keberhasilan|kegagalan|tercapainya)\b(?:\W+\w+){0,12}?\W+(?:program|kegiatan)\b",
    )),
)

# "Sasaran 1", "3.3.1 Sasaran 1. <name>", "Sasaran Strategis 2 :", "Sasaran ke-3"
_MARKER = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s*)?(?:[a-z][.)]\s*)?sasaran(?:\s+strategis)?\s*"
    r"(?:ke\s*-?\s*)?(\d{1,2}|i{1,3}|iv|v|vi{1,3}|pertama|kesatu|kedua|ketiga|keempat|kelima"
    r"|keenam)\b\s*[.:)\-\u2013]?\s*(.*)$"
)
_ORDINALS = {"pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5,
             "keenam": 6, "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7,
             "viii": 8}
_BULLET = re.compile(r"^\s*(?:[-\u2022\u25cf\u27a2]|\*(?!\*))\s")
_MARKER_WORDS = 20  # a marker is a heading, not a sentence
# "Sasaran 1 terdiri dari 2 indikator" is a sentence about the sasaran, not its heading.
_SENTENCE = re.compile(r"^(?:terdiri|adalah|yaitu|yakni|mendapat|memiliki|sebanyak|sebesar"
                       r"|dengan|dapat|mencapai|berhasil|tercapai)\b")
_NAME_MATCH = 85  # a marker naming its sasaran at least this similar (token set) names it
_EARLIER_REALISASI = re.compile(r"\brealisasi\W+(?:tahun|th\.?)?\s*((?:19|20)\d\d)\b")


@dataclass(frozen=True)
class _Marker:
    line: int
    number: int
    name: str


def _markers(report: Report, bab3: Span) -> list[_Marker]:
    found = []
    for number, text in prose_lines(report, bab3.start + 1, bab3.end):
        if "\t" in text or _BULLET.match(text):
            continue
        line = clean(text).casefold()
        match = _MARKER.match(line)
        if match is None or len(line.split()) > _MARKER_WORDS or _SENTENCE.match(match.group(2)):
            continue
        token = match.group(1)
        index = int(token) if token.isdigit() else _ORDINALS[token]
        found.append(_Marker(number, index, match.group(2).strip(" .:")))
    return found


def _sasaran_list(report: Report) -> list[str]:
    """The sasaran strategis: of the PK in force, else the Renstra, else the capaian tables."""
    perubahan = [r.sasaran for r in report.agreements if r.document == "pk_perubahan"]
    names = perubahan or [r.sasaran for r in report.agreements if r.document == "pk"]
    if not names:
        names = [s.name for s in report.plan.sasaran]
    if not names:
        names = [row.sasaran for t in report.achievements for row in t.rows if row.sasaran]
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(normalise_name(name), name)
    return list(seen.values())


def _capaian_end(report: Report, bab3: Span, after: int) -> int:
    """Where the per-sasaran analyses stop: the Realisasi Anggaran part, else Bab III's end."""
    for heading in headings_in(report, bab3):
        line = heading.where.line or 0
        if line <= after:
            continue
        text = clean(heading.text).casefold()
        if heading.kind == "realisasi_anggaran" or any(
            p.search(text) for p in _BAB3_PARTS["realisasi_anggaran"]
        ):
            return line - 1
    return bab3.end


def _sections(
    report: Report, bab3: Span, sasaran: list[str]
) -> dict[int, list[tuple[int, int]]] | None:
    """Line ranges of each sasaran (by index) when Bab III separates them by a marker
    ("Sasaran 1 ..."), else ``None``. A marker that names its sasaran is matched by name;
    one that only numbers it, by the sasaran its section's capaian rows name, else by its
    position in the list. A section whose rows name a sasaran the list lacks (the PK
    Perubahan replaced it) belongs to none."""
    markers = _markers(report, bab3)
    if not markers:
        return None
    end = _capaian_end(report, bab3, markers[-1].line)
    keys = [normalise_name(name) for name in sasaran]
    sections: dict[int, list[tuple[int, int]]] = {}
    for index, marker in enumerate(markers):
        stop = markers[index + 1].line - 1 if index + 1 < len(markers) else max(end, marker.line)
        by_marker = len(marker.name.split()) >= 3
        named = [marker.name] if by_marker else [
            # A marker that only numbers its sasaran ("Sasaran 2."): the capaian rows of
            # its section say which sasaran it is about, when they name one.
            row.sasaran for table in report.achievements for row in table.rows
            if row.sasaran and row.where.line is not None and marker.line < row.where.line <= stop
        ]
        owner: int | None = marker.number - 1
        if named and keys:
            scores = [max(fuzz.token_set_ratio(normalise_name(name), key) for name in named)
                      for key in keys]
            best = max(scores)
            if best >= _NAME_MATCH:
                owner = scores.index(best)
            elif not by_marker:
                owner = None  # its rows are about a sasaran the list does not have
        if owner is not None and 0 <= owner < len(sasaran):
            sections.setdefault(owner, []).append((marker.line, stop))
    return sections


def _table_rows(report: Report, context: Context, bab3: Span, name: str) -> bool:
    """A row of a capaian table inside Bab III measures this sasaran (by its sasaran, or by
    an indicator the PK gives this sasaran)."""
    graph = context.graph
    sasaran_node = node_finder(graph, "sasaran")(name)
    indikator_node = node_finder(graph, "indikator")
    own = set(graph.successors(sasaran_node)) if sasaran_node in graph else set()
    for table in report.achievements:
        for row in table.rows:
            if row.where.line not in bab3:
                continue
            if row.sasaran and node_finder(graph, "sasaran")(row.sasaran) == sasaran_node:
                return True
            if indikator_node(row.indikator) in own:
                return True
    return False


def _starts_in(pattern: re.Pattern[str], window: str, first: int) -> bool:
    """Whether ``pattern`` matches ``window`` starting in its first ``first`` characters."""
    match = pattern.search(window)
    return match is not None and match.start() < first


def _found(report: Report, ranges: Iterable[tuple[int, int]]) -> set[int]:
    """The analyses (by number) whose phrases occur in ``ranges``."""
    year = report.meta.year
    found: set[int] = set()
    for start, end in ranges:
        lines = [clean(text).casefold() for _, text in prose_lines(report, start, end)]
        for index, line in enumerate(lines):
            # A phrase the converter wrapped onto the next line ("Program dan Kegiatan" /
            # "yang mendukung pencapaian sasaran") is read across the break; a phrase
            # counts on the line where it starts, so each is read with what follows it.
            window = " ".join(lines[index:index + 2])
            for analysis in ANALYSES:
                if analysis.number not in found and any(
                    _starts_in(pattern, window, len(line)) for pattern in analysis.patterns
                ):
                    found.add(analysis.number)
            if year is not None and any(
                int(m.group(1)) < year for m in _EARLIER_REALISASI.finditer(line)
            ):
                found.add(2)
    return found


@rule(
    code="STR004",
    slug="structure-sasaran-analyses",
    title={"id": "Analisis capaian sasaran tidak lengkap",
           "en": "Analysis of a sasaran's achievement is incomplete"},
    category=Category.STRUCTURE,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran II (Bab III.A Capaian Kinerja Organisasi: "
    "analisis untuk setiap sasaran strategis)",
    message={
        "id": "Uraian sasaran '{sasaran}' ({scope}) belum memuat {count} dari 7 analisis yang "
        "diminta: {missing}.",
        "en": "The text on sasaran '{sasaran}' ({scope}) lacks {count} of the 7 analyses "
        "asked for: {missing}.",
    },
    rationale={
        "id": "Untuk setiap sasaran strategis, Bab III membandingkan target dan realisasi, "
        "realisasi dengan tahun lalu, dengan target jangka menengah dan dengan standar "
        "nasional, menganalisis penyebab dan solusi, efisiensi sumber daya, dan program/"
        "kegiatan yang menunjang; tanpa itu capaian tidak dapat dinilai.",
        "en": "For each sasaran strategis, Bab III compares target and realisasi, realisasi "
        "with last year, with the medium-term target and with a national standard, and "
        "analyses causes and solutions, efficiency and the supporting programs; without "
        "them the achievement cannot be judged.",
    },
)
def STR004(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 asks Bab III to analyse each sasaran strategis: (1) target vs
    realisasi this year; (2) vs last year and earlier years; (3) vs the medium-term target
    of the Renstra; (4) vs a national standard; (5) causes of success or failure and the
    solutions taken; (6) efficiency of the use of resources; (7) the programs/kegiatan
    that supported or hindered it.

    Where the report separates the sasaran (a heading or paragraph "Sasaran 1 ..." up to
    the next one, the last up to the Realisasi Anggaran), each sasaran is judged on its
    own text only, so a general paragraph listing the comparisons in the abstract does
    not count for them; a report that does not separate them is judged on the whole of
    Bab III, the same for every sasaran. A capaian table inside Bab III counts for (1)
    wherever it stands. Bab III without any prose (a structured report that carries no
    narrative) gives nothing to judge."""
    report = context.report
    bab3 = main_span(report, "bab_3")
    if bab3 is None or not any(True for _ in prose_lines(report, bab3.start + 1, bab3.end)):
        return
    sasaran = _sasaran_list(report)
    sections = _sections(report, bab3, sasaran)
    for index, name in enumerate(sasaran):
        if sections is None:
            ranges = [(bab3.start, bab3.end)]
            scope = {"id": f"seluruh Bab III, baris {bab3.label}, karena uraian tidak "
                           "dipisah per sasaran",
                     "en": f"the whole of Bab III, lines {bab3.label}, as the text is not "
                           "split by sasaran"}
            where = _where(bab3.start, bab3.end)
        else:
            ranges = sections.get(index, [])
            shown = ", ".join(f"{a}\u2013{b}" for a, b in ranges)
            scope = ({"id": f"Bab III baris {shown}", "en": f"Bab III lines {shown}"} if ranges
                     else {"id": "tidak ada uraian tersendiri di Bab III",
                           "en": "no text of its own in Bab III"})
            where = (_where(ranges[0][0], ranges[-1][1]) if ranges
                     else _where(bab3.start, bab3.end))
        found = _found(report, ranges)
        if _table_rows(report, context, bab3, name):
            found.add(1)
        missing = [a for a in ANALYSES if a.number not in found]
        if not missing:
            continue
        listed = {lang: "; ".join(f"({a.number}) {a.name[lang]}" for a in missing)
                  for lang in ("id", "en")}
        yield Violation(where, {"sasaran": name, "scope": scope, "count": len(missing),
                                "missing": listed},
                        expected="7", actual=str(7 - len(missing)))


# -- STR005 --------------------------------------------------------------------------------

_PK_TITLE = re.compile(r"^(?:lampiran\s*\w*\W*)?perjanjian\s+kinerja\b")
_TITLE_WORDS = 12


def _is_pk_title(line: str) -> bool:
    """"PERJANJIAN KINERJA TAHUN 2024", "Lampiran 3. Perjanjian Kinerja": a title, not a
    sentence that happens to start with the words."""
    return bool(_PK_TITLE.match(line)) and len(line.split()) <= _TITLE_WORDS and not (
        line.endswith((".", ",", ";", ":")))
_BODY = ("ikhtisar_eksekutif", "bab_1", "bab_2", "bab_3", "bab_4")


def _lampiran(report: Report) -> tuple[Span | None, int | None, int | None]:
    """(the Lampiran heading's span, first, last line of the attachments). Without a
    Lampiran heading, what follows Bab IV's last heading may still be attachments."""
    span = main_span(report, "lampiran")
    last = text_end(report)
    if span is not None:
        body = [h.where.line for h in report.outline if h.kind in _BODY
                and h.where.line is not None and h.where.line > span.start]
        return span, span.start, (min(body) - 1) if body else last
    bab4 = main_span(report, "bab_4")
    return None, (bab4.start if bab4 is not None else None), last


def _pk_in(report: Report, start: int, end: int, titles: bool) -> int | None:
    """The first line from ``start`` to ``end`` holding the Perjanjian Kinerja: its
    heading, one of its rows, or (``titles``) a line titled "Perjanjian Kinerja"."""
    lines = [h.where.line for h in report.outline
             if h.kind == "perjanjian_kinerja" and h.where.line is not None
             and start <= h.where.line <= end]
    lines += [row.where.line for row in (*report.agreements, *report.agreement_programs)
              if row.where.line is not None and start <= row.where.line <= end]
    if titles:
        lines += [number for number, text in prose_lines(report, start, end)
                  if _is_pk_title(clean(text).casefold())][:1]
    return min(lines) if lines else None


def lampiran_has_pk(report: Report) -> bool | None:
    """Whether the attachments hold the PK; ``None`` when there is nothing to judge."""
    span, start, end = _lampiran(report)
    if start is None or end is None:
        return None
    # After Bab IV without a Lampiran heading, only a heading or PK rows count: Bab IV's
    # own text may well mention the Perjanjian Kinerja.
    return _pk_in(report, start, end, titles=span is not None) is not None


@rule(
    code="STR005",
    slug="structure-lampiran-pk",
    title={"id": "Lampiran tidak memuat Perjanjian Kinerja",
           "en": "The Lampiran does not hold the Perjanjian Kinerja"},
    category=Category.STRUCTURE,
    severity=Severity.ERROR,
    regulation="Permenpan RB 53/2014, Lampiran II (Lampiran: Perjanjian Kinerja)",
    message={
        "id": "{where}, padahal Perjanjian Kinerja yang ditandatangani harus dilampirkan.",
        "en": "{where}, but the signed Perjanjian Kinerja must be attached.",
    },
    rationale={
        "id": "Laporan kinerja mempertanggungjawabkan Perjanjian Kinerja; dokumen PK yang "
        "ditandatangani dilampirkan agar target yang diukur dapat dicocokkan.",
        "en": "The performance report accounts for the Perjanjian Kinerja; the signed PK is "
        "attached so the targets measured can be checked against it.",
    },
)
def STR005(context: Context) -> Iterator[Violation]:
    """The Lampiran of the Laporan Kinerja holds at least the Perjanjian Kinerja: a heading
    of that kind, PK rows, or a line titled "Perjanjian Kinerja" after the Lampiran
    heading; without a Lampiran heading, a PK heading or PK rows after Bab IV."""
    report = context.report
    if not report.outline:
        return
    span, start, end = _lampiran(report)
    if start is None or lampiran_has_pk(report) is not False:
        return
    if span is not None:
        place = {"id": f"Lampiran (baris {span.start}\u2013{end}) tidak memuat Perjanjian "
                       "Kinerja",
                 "en": f"The Lampiran (lines {span.start}\u2013{end}) does not hold the "
                       "Perjanjian Kinerja"}
        yield Violation(_where(span.start, end), {"where": place}, expected="Perjanjian Kinerja",
                        keys=frozenset({_part_key(_LAMPIRAN_PK)}))
    else:
        place = {"id": f"Laporan tidak memiliki Lampiran dan tidak ada Perjanjian Kinerja "
                       f"sesudah Bab IV (baris {start})",
                 "en": f"The report has no Lampiran and no Perjanjian Kinerja after Bab IV "
                       f"(line {start})"}
        yield Violation(_where(start), {"where": place}, expected="Perjanjian Kinerja",
                        keys=frozenset({_part_key("lampiran"), _part_key(_LAMPIRAN_PK)}))


# -- STR006 --------------------------------------------------------------------------------

_REVIU = re.compile(r"\btelah\s+di\s*reviu\b")


@rule(
    code="STR006",
    slug="structure-pernyataan-reviu",
    title={"id": "Tidak ada Pernyataan Telah Direviu", "en": "No Pernyataan Telah Direviu"},
    category=Category.STRUCTURE,
    severity=Severity.INFO,
    regulation="Permenpan RB 53/2014, Lampiran III (reviu: Pernyataan Telah Direviu)",
    message={
        "id": "Laporan tidak memuat Pernyataan Telah Direviu dari APIP (bagian yang ada: "
        "{parts}).",
        "en": "The report holds no Pernyataan Telah Direviu by the APIP (parts present: "
        "{parts}).",
    },
    rationale={
        "id": "Laporan kinerja direviu oleh APIP sebelum ditandatangani; pernyataan telah "
        "direviu dilampirkan sebagai bukti bahwa reviu dilaksanakan.",
        "en": "The performance report is reviewed by the APIP before it is signed; the "
        "statement that it was reviewed is attached as evidence of the review.",
    },
)
def STR006(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 has the APIP review the Laporan Kinerja and sign a Pernyataan
    Telah Direviu, which the report carries."""
    report = context.report
    if not report.outline or any(h.kind == "pernyataan_reviu" for h in report.outline):
        return
    contents = main_span(report, "daftar_isi")  # listing the statement is not making it
    if any(_REVIU.search(clean(text).casefold()) for number, text
           in prose_lines(report, 1, len(report.text)) if number not in (contents or ())):
        return
    tops = [h for h in report.outline if h.kind in TOP_KINDS]
    parts = {
        "id": ", ".join(f"{PART_NAMES[h.kind]} baris {_line(h)}" for h in tops) or "-",
        "en": ", ".join(f"{PART_NAMES[h.kind]} line {_line(h)}" for h in tops) or "-",
    }
    # Pointed at the Lampiran, where the statement belongs, else at the last part.
    lampiran = next((h for h in report.outline if h.kind == "lampiran"), None)
    anchor = lampiran or (tops[-1] if tops else None)
    yield Violation(_where(anchor.where.line if anchor else None), {"parts": parts},
                    expected="Pernyataan Telah Direviu")


# -- STR007 --------------------------------------------------------------------------------

_ENTRY_BAB = re.compile(r"^bab\s+(iv|iii|ii|i|[1-4])\b")
_ENTRY_LAMPIRAN = re.compile(r"^lampiran\b")
_ENTRY_PK = re.compile(r"\bperjanjian\s+kinerja\b")
_ENTRY_OTHER_LIST = re.compile(r"^daftar\s+(?:tabel|gambar|grafik|lampiran|singkatan)\b")
_PAGE_DIGITS = re.compile(r"\d{1,3}")
_PAGE_ROMAN = re.compile(r"[ivxl]+", re.IGNORECASE)


def _without_page(entry: str) -> str:
    """An entry without its page number: digits, or a roman numeral after a title of two
    words or more ("DAFTAR ISI ii", but not the "IV" of a bare "BAB IV")."""
    words = entry.split()
    last = words[-1] if words else ""
    if len(words) > 1 and (_PAGE_DIGITS.fullmatch(last)
                           or (len(words) > 2 and _PAGE_ROMAN.fullmatch(last))):
        return " ".join(words[:-1])
    return entry
_BAB_KINDS = {"i": "bab_1", "1": "bab_1", "ii": "bab_2", "2": "bab_2", "iii": "bab_3",
              "3": "bab_3", "iv": "bab_4", "4": "bab_4"}


def _daftar_isi_lines(report: Report) -> Iterator[tuple[int, str]]:
    """The entries of the Daftar Isi: its lines up to the next part or the next list
    (Daftar Tabel, Daftar Gambar)."""
    span = main_span(report, "daftar_isi")
    if span is None:
        return
    stops = [h.where.line for h in headings_in(report, span)
             if h.where.line is not None and _ENTRY_OTHER_LIST.match(clean(h.text).casefold())]
    end = min([span.end, *(line - 1 for line in stops)])
    for number, text in prose_lines(report, span.start + 1, end):
        entry = clean(text)
        if _ENTRY_OTHER_LIST.match(entry.casefold()):
            return
        if entry:
            yield number, entry


@dataclass(frozen=True)
class _Target:
    """The part a Daftar Isi entry names: as a reviewer reads it, its kind, and whether
    the report has it."""

    name: str
    kind: str
    present: bool


def _entry_target(report: Report, entry: str, in_lampiran: bool) -> _Target | None:
    """The part an entry names, or ``None`` for other entries."""
    folded = entry.casefold()
    if match := _ENTRY_BAB.match(folded):
        kind = _BAB_KINDS[match.group(1)]
        return _Target(PART_NAMES[kind], kind, any(h.kind == kind for h in report.outline))
    if _ENTRY_LAMPIRAN.match(folded) and not _ENTRY_PK.search(folded):
        _, start, _ = _lampiran(report)
        has = main_span(report, "lampiran") is not None or (
            start is not None and lampiran_has_pk(report) is True)
        return _Target(PART_NAMES["lampiran"], "lampiran", has)
    if _ENTRY_PK.search(folded):
        if in_lampiran or _ENTRY_LAMPIRAN.match(folded):
            return _Target("Perjanjian Kinerja (Lampiran)", _LAMPIRAN_PK,
                           lampiran_has_pk(report) is True)
        has = any(h.kind == "perjanjian_kinerja" for h in report.outline) or bool(
            report.agreements)
        return _Target(PART_NAMES["perjanjian_kinerja"], "perjanjian_kinerja", has)
    return None


@rule(
    code="STR007",
    slug="structure-daftar-isi-dangling",
    title={"id": "Daftar Isi menunjuk bagian yang tidak ada",
           "en": "Daftar Isi lists a part that does not exist"},
    category=Category.STRUCTURE,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran II (Format Laporan Kinerja: Daftar Isi)",
    # An entry pointing at a part STR001 or STR005 already reports missing is that
    # part's defect seen from the Daftar Isi: folded into it.
    knock_on_of=("STR001", "STR005"),
    message={
        "id": "Daftar Isi (baris {line}) mencantumkan '{entry}', tetapi {part} tidak ada "
        "dalam laporan.",
        "en": "The Daftar Isi (line {line}) lists '{entry}', but the report has no {part}.",
    },
    rationale={
        "id": "Daftar Isi yang mencantumkan bagian yang tidak ada menandakan bagian itu "
        "hilang atau Daftar Isi disalin dari laporan lain.",
        "en": "A Daftar Isi listing a part that is not there shows the part went missing or "
        "the Daftar Isi was copied from another report.",
    },
)
def STR007(context: Context) -> Iterator[Violation]:
    """The Daftar Isi lists the parts of the report; an entry naming a BAB, the Lampiran
    or the Perjanjian Kinerja (under the Lampiran: the attached PK) must point to a part
    the report has."""
    report = context.report
    in_lampiran = False
    for number, entry in _daftar_isi_lines(report):
        folded = entry.casefold()
        if _ENTRY_BAB.match(folded):
            in_lampiran = False
        target = _entry_target(report, entry, in_lampiran)
        if _ENTRY_LAMPIRAN.match(folded):
            in_lampiran = True
        if target is None or target.present:
            continue
        shown = _without_page(entry)
        yield Violation(_where(number), {"line": number, "entry": shown, "part": target.name},
                        expected=target.name, causes=frozenset({_part_key(target.kind)}))


@hookimpl
def lkjip_rules() -> list[Rule]:
    return [STR001, STR002, STR003, STR004, STR005, STR006, STR007]
