"""STR004: the seven analyses Bab III gives each sasaran strategis."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise

from checker.context import Context
from checker.graph import node_finder
from checker.model import AchievementRow, Report
from checker.names import abbreviates, closest, fold_name
from checker.rule import Category, Severity, Violation, rule
from rules._per_report import per_report
from rules._structure_outline import Span, clean, headings_in, main_span, prose_lines
from rules.structure._parts import BAB3_PARTS, at

__all__ = ["STR004"]


@dataclass(frozen=True)
class _Analysis:
    number: int
    name: dict[str, str]
    patterns: tuple[str, ...]
    # Words one of which every match of the phrases holds: a text without any of them
    # is not searched (the search costs far more than the test, and most lines fail it).
    words: tuple[str, ...]

    def found_in(self, window: str, first: int) -> bool:
        """Whether a phrase matches ``window`` starting in its first ``first`` characters."""
        return any(word in window for word in self.words) and _starts_in(
            self.pattern, window, first)

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The phrases as one pattern: its first match starts where the earliest of
        theirs does, and one search of a line costs about what one of theirs did."""
        return re.compile("|".join(f"(?:{pattern})" for pattern in self.patterns))


def _phrases(*patterns: str) -> tuple[str, ...]:
    return patterns


def _words(*words: str) -> tuple[str, ...]:
    return words


# A ministry or central agency by name (folded), not followed by the region of one of its
# regional offices or of a regional agency of the same name.
_CENTRAL_AGENCY = (
    r"(?:kementerian|kemen(?!ang)[a-z]+|badan\s+(?:ketahanan\s+pangan|pangan\s+nasional|pusat\s+"
    r"statistik|pengawas\s+obat\s+dan\s+makanan)|bapanas|bps|bpom|bappenas|pemerintah\s+pusat)"
    r"\b(?!(?:\s+[\w-]+){0,3}?\s+(?:provinsi|kabupaten|kota|kab|daerah)\b)"
)

# The seven analyses Permenpan RB 53/2014 asks for each sasaran strategis, and the
# phrases (matched on the lower-cased line, markup removed) that show one is there.
ANALYSES = (
    _Analysis(1, {"id": "target dan realisasi tahun ini",
                  "en": "this year's target against realisasi"}, _phrases(
        # a table header "Target | Realisasi", "TARGET 2021 REALISASI 2021", "target dan
        # realisasi" (not "Target Akhir Renstra ... Realisasi", which is analysis 3)
        r"\btarget\s+(?:(?:tahun|th\.?)?\s*\d{4}\s+)?(?:(?:dan|dengan|&)\s+|/\s*)?realisasi\b",
        r"\brealisasi\b[^.;]*\bdari\s+(?:target|yang\s+ditargetkan)\b",  # "90 dari target 100"
    ), _words("realisasi")),  # also: a row of a capaian table of this sasaran inside Bab III
    _Analysis(2, {"id": "perbandingan dengan tahun lalu",
                  "en": "comparison with last year"}, _phrases(
        r"\btahun\s+(?:yang\s+)?lalu\b",          # "dengan tahun lalu"
        r"\btahun(?:-tahun)?\s+sebelum(?:nya)?\b",  # "Realisasi Tahun Sebelumnya"
        r"\bbeberapa\s+tahun\s+terakhir\b",       # "... dan beberapa tahun terakhir"
    ), _words("tahun")),  # also: a "Realisasi <earlier year>" column
    _Analysis(3, {"id": "perbandingan dengan target jangka menengah (Renstra)",
                  "en": "comparison with the medium-term (Renstra) target"}, _phrases(
        r"\btarget\s+akhir\b",                    # "Target Akhir Renstra", "Target Akhir 2024"
        r"\bakhir\s+(?:periode\s+)?renstra\b",    # "s.d. Akhir Periode RENSTRA"
        r"\btarget\s+jangka\s+menengah\b",        # "target jangka menengah"
        r"\btingkat\s+kemajuan\b",                # the column of that comparison
        # A heading, caption or column naming the Renstra's target: "Perbandingan ... dan
        # target Renstra", "Target Renstra 2026", "Capaian thd Renstra (%)".
        r"\btarget\s+renstra\b",
        r"\b(?:capaian|realisasi|persentase)\s+(?:thd\.?|terhadap)\s+(?:target\s+)?renstra\b",
    ), _words("akhir", "jangka", "kemajuan", "renstra")),
    _Analysis(4, {"id": "perbandingan dengan standar nasional",
                  "en": "comparison with a national standard"}, _phrases(
        r"\bstandar\s+nasional\b",                # "standar nasional"
        # The same standard by another name: "Menurut Permenpan RB 14/2017 sebagai acuan
        # nasional, nilai 80,34 termasuk mutu B", "mengikuti ketentuan nasional dalam ..."
        r"\b(?:acuan|ketentuan|rujukan|patokan)\s+nasional\b",
        # "realisasi nasional", "capaian nasional", "rata-rata nasional", "target nasional",
        # "capaian provinsi dan nasional" ("Ketahanan Nasional", "Tentara Nasional" are
        # names, not comparisons)
        r"\b(?:realisasi|capaian|rata-rata|target|angka|tingkat)\s+"
        r"(?:(?:provinsi|regional)\s+(?:dan|serta|&|/)\s*)?nasional\b",
        # The nation's figure stated after the indicator's name: "Rata-rata lama sekolah
        # nasional tahun 2023 sebesar 8,77 tahun" (a year is no figure)
        r"\bnasional\s+(?:(?:pada\s+)?tahun\s+\d{4}\s+)?(?:sebesar|adalah|yaitu|mencapai)"
        r"\s+(?!(?:19|20)\d\d\b)\d",
        r"\bsecara\s+nasional\b",                 # "tidak terdapat pengukuran secara nasional"
        r"\bkategori\s+nasional\b",               # "menurut kategori nasional Kementerian PANRB"
        # A figure set against the nation's: "di bawah rasio elektrifikasi nasional
        # 99,79%", "di atas NTN nasional tahun 2022 sebesar 104,88" (a year is no figure)
        r"\b(?:di\s+(?:atas|bawah)|melampaui|melebihi|lebih\s+(?:tinggi|rendah|baik)"
        r"|dibanding(?:kan)?|setara)\b(?:\W+[\w-]+){0,5}?\W+nasional\b"
        r"(?:\W+[\w-]+){0,4}?\W+(?!(?:19|20)\d\d\b)\d",
        # ... or against the nation's trend, a direction and no figure: "tumbuh 1,20% lebih
        # baik daripada produksi padi nasional yang menurun pada tahun 2023"
        r"\b(?:di\s+(?:atas|bawah)|melampaui|melebihi|lebih\s+(?:tinggi|rendah|baik|cepat)"
        r"|dibanding(?:kan)?)\b(?:\W+[\w-]+){0,5}?\W+nasional\s+(?:yang\s+)?(?:justru\s+)?"
        r"(?:menurun|turun|meningkat|naik|melambat|stagnan|tumbuh|terkontraksi)\b",
        r"\bpembanding\s+nasional\b",           # "Sebagai pembanding nasional, nilai ..."
        # A result set against a national target or standard named in full: "91,35 telah
        # mendekati target universal akses nasional", "memenuhi standar mutu nasional".
        r"\b(?:mendekati|mencapai|memenuhi|melampaui|melebihi|di\s+(?:atas|bawah)|sesuai"
        r"|dibanding(?:kan)?)\s+(?:[\w-]+\s+){0,2}?(?:target|standar|batas)\s+"
        r"(?:[\w-]+\s+){1,3}?nasional\b",
        # The standar pelayanan minimal (SPM) is set nationally (PP 2/2018): its figure
        # stated, "SPM rumah sakit menetapkan waktu tunggu paling lama 60 menit", or a
        # result set against it, "memenuhi SPM" (not the program "Penerapan SPM ...").
        r"(?<!penerapan\s)\b(?:standar\s+pelayanan\s+minimal|spm)\b"
        r"(?:\W+[\w-]+){0,10}?\W+(?!(?:19|20)\d\d\b)(?<!rp\s)(?<!rp\.\s)\d",
        r"\b(?:di\s+(?:atas|bawah)|melampaui|melebihi|memenuhi|sesuai)\s+"
        r"(?:standar\s+pelayanan\s+minimal|spm)\b",
        # A limit or standard a ministry or central agency sets or uses is the nation's:
        # "lebih rendah dari batas stabil yang digunakan Badan Ketahanan Pangan, yaitu
        # 10,00%", "standar Kementerian Kesehatan"; a regional office's is not ("Badan
        # Ketahanan Pangan Provinsi ...", "BPS Kabupaten ...").
        rf"\b(?:batas|standar|ambang|acuan|patokan|rujukan)\b(?:\W+[\w-]+){{0,6}}?\W+"
        rf"{_CENTRAL_AGENCY}",
        # ... and the same told from the agency: "Kementerian Kesehatan menetapkan standar
        # ... ", "Badan Pangan Nasional menggunakan batas 10%".
        rf"{_CENTRAL_AGENCY}(?:\W+[\w-]+){{0,3}}?\W+(?:menetapkan|menggunakan|menentukan"
        r"|memakai)\W+(?:[\w-]+\W+){0,2}?(?:batas|standar|ambang|acuan|patokan|rujukan)\b",
    ), _words("nasional", "minimal", "spm", "batas", "standar", "ambang", "acuan", "patokan",
              "rujukan")),
    _Analysis(5, {"id": "penyebab keberhasilan/kegagalan dan solusinya",
                  "en": "causes of success or failure and the solutions"}, _phrases(
        r"\bpenyebab\b",                          # "Faktor Penyebab", "Analisis Penyebab"
        r"\bdisebabkan\b",                        # "... disebabkan oleh"
        r"\bkendala(?:nya)?\b",                   # "kendala yang dihadapi", "Kendalanya, ..."
        r"\bhambatan\b",                          # "hambatan capaian"
        r"\bsolusi(?:nya)?\b",                    # "Solusi yang dilakukan", "serta solusinya"
        # "Analisis keberhasilan dan kegagalan", "keberhasilan/kegagalan": the heading
        # of this analysis in the regulation's own words
        r"\banalisis\s+(?:keberhasilan|kegagalan)\b",
        r"\bkeberhasilan\s*(?:/|\bdan\b|\batau\b)\s*kegagalan\b",
        # "Faktor pendorong keberhasilan capaian", "faktor penghambat"
        r"\bfaktor\s+(?:pendorong|penghambat|pendukung|keberhasilan|kegagalan)\b",
        # "upaya pemecahan masalah" (not "Koordinasi Upaya Penyelenggaraan ...", a kegiatan)
        r"\bupaya\s+(?:pemecahan|perbaikan|peningkatan|yang\s+(?:telah\s+)?dilakukan)\b",
        r"\brencana\s+aksi\b",                    # "Rencana aksi untuk meningkatkan capaian"
        # The cause of a shortfall told as one: "belum mencapai target karena ..."
        r"\b(?:belum|tidak)\s+(?:mencapai|memenuhi)\s+target\s+(?:karena|sebab|akibat)\b",
        r"\buntuk\s+mengatasi(?:nya)?\b",          # the solution: "Untuk mengatasinya, ..."
        # What brought the success: "Keberhasilan (sasaran) ini didukung oleh ..."
        r"\bkeberhasilan\s+(?:sasaran\s+)?(?:ini|tersebut)\s+(?:didukung|ditunjang"
        r"|disebabkan|dipengaruhi)\b",
    ), _words("penyebab", "disebabkan", "kendala", "hambatan", "solusi", "faktor", "upaya",
              "rencana", "keberhasilan", "kegagalan", "karena", "sebab", "akibat", "mengatasi")),
    _Analysis(6, {"id": "efisiensi penggunaan sumber daya",
                  "en": "efficiency of the use of resources"}, _phrases(
        r"\befisien",                             # "efisiensi", "efisien"
        r"\bpenghematan\b",                       # "penghematan anggaran"
        r"\bmasukan\s*/\s*input\b",               # an input/output table per sub kegiatan
    ), _words("efisien", "penghematan", "masukan")),
    _Analysis(7, {"id": "program/kegiatan yang menunjang atau menghambat",
                  "en": "programs/kegiatan that supported or hindered it"}, _phrases(
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
        # The passive: "Sasaran ini ditunjang (oleh) Program ...", "didukung oleh kegiatan"
        r"\b(?:ditunjang|didukung|dihambat)\s+(?:oleh\s+)?(?:program|(?:sub\s+)?kegiatan)\b",
    ), _words("program", "kegiatan", "menunjang")),
)

# "Sasaran 1", "3.3.1 Sasaran 1. <name>", "Sasaran Strategis 2 :", "Sasaran ke-3". A
# number with a decimal part or a percent sign is a figure, never a sasaran's number: a
# wrapped sentence may put "sasaran 97,53% sedikit lebih tinggi ..." at a line's start.
_MARKER = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s*)?(?:[a-z][.)]\s*)?sasaran(?:\s+strategis)?\s*"
    r"(?:ke\s*-?\s*)?(\d{1,2}|i{1,3}|iv|v|vi{1,3}|pertama|kesatu|kedua|ketiga|keempat|kelima"
    r"|keenam)\b(?![.,]\d|\s*(?:%|persen\b))\s*[.:)\-\u2013]?\s*(.*)$"
)
# The same number named inside a sentence: "Sasaran 1 dicapai 101,25%; Sasaran 2 ...".
_NAMED_INLINE = re.compile(
    r"\bsasaran(?:\s+strategis)?\s*(?:ke\s*-?\s*)?(\d{1,2}|i{1,3}|iv|v|vi{1,3}|pertama|kesatu"
    r"|kedua|ketiga|keempat|kelima|keenam)\b(?![.,]\d|\s*(?:%|persen\b))")
_ORDINALS = {"pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5,
             "keenam": 6, "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7,
             "viii": 8}
_BULLET = re.compile(r"^\s*(?:[-\u2022\u25cf\u27a2]|\*(?!\*))\s")
_MARKER_WORDS = 20  # a marker is a heading, not a sentence
# "Sasaran 1 terdiri dari 2 indikator" is a sentence about the sasaran, not its heading.
_SENTENCE = re.compile(r"^(?:terdiri|adalah|yaitu|yakni|mendapat|memiliki|sebanyak|sebesar"
                       r"|dengan|dapat|mencapai|berhasil|tercapai)\b")
_EARLIER_REALISASI = re.compile(r"\brealisasi\W+(?:tahun|th\.?)?\s*((?:19|20)\d\d)\b")
# A figure followed by its year: "82,95 pada 2021", "Rp6,12 triliun pada tahun 2021", or
# the year in brackets, "46,90% (2021)".
_FIGURE_OF_YEAR = (r"(?:rp\.?\s*)?\d[\d.,]*\s*(?:%|[a-z]+)?(?:\s+(?:pada\s+)?(?:tahun\s+)?"
                   r"|\s*\(\s*(?:tahun\s+)?)((?:19|20)\d\d)\b")
# A change told year by year: "meningkat dari 82,95 pada 2021 menjadi 85,10 pada 2022",
# "turun dari 11,20% pada tahun 2020 menjadi ..." (the first year is the earlier one).
_YEAR_TO_YEAR = re.compile(
    rf"\bdari\s+{_FIGURE_OF_YEAR}(?:[^.;]|[.,]\d)*?\bmenjadi\b")
# The same change told from this year's figure back: "naik dari 2,18 pada tahun 2020 dan
# 2,41 pada tahun 2021", "turun dari 11,20% pada 2021" (this year's figure came before).
_CHANGED_FROM_YEAR = re.compile(
    rf"\b(?:naik|turun|meningkat|menurun|bertambah|berkurang|membaik)\s+dari\s+{_FIGURE_OF_YEAR}")
# The year named first, then the change: "Dibandingkan tahun 2023, BOR naik dari 74,60%
# menjadi 78,40%", "dibandingkan dengan realisasi tahun 2022, ...".
_COMPARED_WITH_YEAR = re.compile(
    r"\bdibanding(?:kan)?\s+(?:dengan\s+)?(?:(?:capaian|realisasi|kinerja)\s+)?(?:tahun|ta)"
    r"\s+((?:19|20)\d\d)\b(?P<rest>(?:[^.;]|[.,]\d)*)")
# This year's figure set against the earlier year's, that year named after its figure:
# "capaian 100,15%, dibandingkan dengan 99,84% pada tahun 2021", "dibanding 77,20% (2021)"
# (a year right after "dengan" is the form above, not a figure).
_COMPARED_WITH_FIGURE_OF_YEAR = re.compile(
    r"\bdibanding(?:kan)?\s+(?:dengan\s+)?(?:(?:capaian|realisasi|kinerja)\s+)?"
    rf"(?!(?:19|20)\d\d\b){_FIGURE_OF_YEAR}")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_FIGURE = re.compile(r"\d[.,]\d")
# What a row of years under their column names may hold beside the years.
_YEAR_HEADER_REST = re.compile(r"\(%\)|%|\b(?:tahun|th\.?)")


@dataclass(frozen=True)
class _Marker:
    line: int
    number: int
    name: str


@per_report
def _folded_lines(report: Report) -> dict[int, str]:
    """The prose lines of ``report`` read so far, cleaned and case-folded, by number: the
    markers, the shared parts and each sasaran's analyses read the same lines of Bab III."""
    return {}


def _folded(report: Report, number: int, text: str) -> str:
    """Line ``number`` (whose prose is ``text``) cleaned and case-folded, once per report."""
    known = _folded_lines(report)
    line = known.get(number)
    if line is None:
        line = known[number] = clean(text).casefold()
    return line


def _markers(report: Report, bab3: Span) -> list[_Marker]:
    found = []
    for number, text in prose_lines(report, bab3.start + 1, bab3.end):
        if "\t" in text or _BULLET.match(text):
            continue
        line = _folded(report, number, text)
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
        folded = fold_name(name)
        seen.setdefault(closest(folded, seen) or folded, name)
    return list(seen.values())


def _capaian_end(report: Report, bab3: Span, after: int) -> int:
    """Where the per-sasaran analyses stop: the Realisasi Anggaran part, else Bab III's end."""
    for heading in headings_in(report, bab3):
        line = heading.where.line or 0
        if line <= after:
            continue
        text = clean(heading.text).casefold()
        if heading.kind == "realisasi_anggaran" or any(
            p.search(text) for p in BAB3_PARTS["realisasi_anggaran"]
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
    keys = [fold_name(name) for name in sasaran]
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
            found = _named_sasaran([fold_name(name) for name in named], keys)
            if found is not None:
                owner = found
            elif not by_marker:
                owner = None  # its rows are about a sasaran the list does not have
        if owner is not None and 0 <= owner < len(sasaran):
            sections.setdefault(owner, []).append((marker.line, stop))
    return sections


@dataclass(frozen=True)
class _Shared:
    """What shared analysis sections give each sasaran: ``ranges`` by sasaran index, and
    the ``parts`` (first line, last line, sasaran index) that name one sasaran each."""

    ranges: dict[int, list[tuple[int, int]]]
    parts: list[tuple[int, int, int]]

    def searched(self, index: int, own: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
        """The ranges whose analyses count for sasaran ``index``: its own section's, less
        another sasaran's part of a shared section inside it, and its shares."""
        holes = sorted((first, last) for first, last, owner in self.parts if owner != index)
        kept = [piece for start, end in own
                for piece in _without(start, end, [h for h in holes if start <= h[0] <= end])]
        return tuple([*kept, *self.ranges.get(index, [])])


def _shared_parts(report: Report, bab3: Span, count: int) -> _Shared:
    """Line ranges each sasaran (by index) owns in a shared analysis section: a heading
    among the sasaran's parts that is no sasaran's own ("Analisis Efisiensi Penggunaan
    Sumber Daya" after the last sasaran), whose text gives a paragraph or bullet to each
    sasaran it names ("Sasaran 1: capaian 103,20% dengan realisasi anggaran ..."). A
    sasaran owns its own paragraph and the section's common text (its heading, what
    leads to the paragraphs and what concludes them), never another sasaran's paragraph."""
    own = {marker.line for marker in _markers(report, bab3)}
    shared = _Shared({}, [])
    if not own:
        return shared
    end = _capaian_end(report, bab3, max(own))
    lines = sorted({h.where.line for h in headings_in(report, bab3)
                    if h.where.line is not None} | own | {end + 1})
    for start, stop in pairwise(lines):
        if start in own or not min(own) < start <= end:
            continue
        parts = _named_parts(report, start + 1, stop - 1, count)
        if not parts:
            # No paragraph of its own per sasaran: the section names them in its sentences
            # ("Sasaran 1 dicapai 101,25% dengan penyerapan 92,99%; Sasaran 2 ..."), and
            # all of it counts for each sasaran it names.
            for index in _named_inline(report, start + 1, stop - 1, count):
                shared.ranges.setdefault(index, []).append((start, stop - 1))
            continue
        shared.parts.extend((first, last, index) for first, (index, last) in parts.items())
        for index in {index for index, _ in parts.values()}:
            others = sorted(part for part, (other, _) in parts.items() if other != index)
            shared.ranges.setdefault(index, []).extend(
                _without(start, stop - 1, [(first, parts[first][1]) for first in others]))
    return shared


def _named_parts(report: Report, start: int, end: int, count: int
                 ) -> dict[int, tuple[int, int]]:
    """{first line: (sasaran index, last line)} of each paragraph or bullet from
    ``start`` to ``end`` that opens by naming a sasaran ("- Sasaran 2: ..."); it runs
    over the lines that follow it without a blank, up to the next such part."""
    lines = list(prose_lines(report, start, end))
    parts: dict[int, tuple[int, int]] = {}
    opened: int | None = None
    previous = start - 1
    for number, text in lines:
        match = _MARKER.match(_BULLET.sub("", _folded(report, number, text), count=1))
        index = None
        if match is not None:
            token = match.group(1)
            index = (int(token) if token.isdigit() else _ORDINALS[token]) - 1
        if index is not None and 0 <= index < count:
            parts[number] = (index, number)
            opened = number
        elif opened is not None and number == previous + 1:
            parts[opened] = (parts[opened][0], number)
        else:
            opened = None
        previous = number
    return parts


def _named_inline(report: Report, start: int, end: int, count: int) -> set[int]:
    """The sasaran (by index) the prose from ``start`` to ``end`` names by number inside
    its sentences ("... Sasaran 2 dicapai 103,20% ..."); "sasaran 97,53%" is a figure."""
    named: set[int] = set()
    for number, text in prose_lines(report, start, end):
        line = _folded(report, number, text)
        if "sasaran" not in line:
            continue
        for match in _NAMED_INLINE.finditer(line):
            token = match.group(1)
            index = (int(token) if token.isdigit() else _ORDINALS[token]) - 1
            if 0 <= index < count:
                named.add(index)
    return named


def _without(start: int, end: int, holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges of lines from ``start`` to ``end`` outside the (sorted) ``holes``."""
    ranges = []
    for first, last in holes:
        if start < first:
            ranges.append((start, first - 1))
        start = max(start, last + 1)
    if start <= end:
        ranges.append((start, end))
    return ranges


def _named_sasaran(named: list[str], keys: list[str]) -> int | None:
    """The index of the sasaran (of folded ``keys``) that one of the folded ``named`` names:
    the same name, else a shortened one (:mod:`checker.names`), the first found."""
    for name in named:
        same = closest(name, keys)
        if same is not None:
            return keys.index(same)
    for index, key in enumerate(keys):
        if any(abbreviates(name, key, folded=True) for name in named):
            return index
    return None


def _earlier_realisasi_rows(report: Report, ranges: Iterable[tuple[int, int]]) -> bool:
    """A row of a capaian table in the sasaran's own text prints an earlier year's
    realisasi beside this year's (a header "Realisasi" over "2022 | 2023 | 2024", however
    its cells are laid out): the table compares the years."""
    year = report.meta.year
    if year is None:
        return False
    spans = list(ranges)
    return any(
        earlier.year < year and earlier.realisasi is not None
        and any(start <= (row.where.line or 0) <= end for start, end in spans)
        for table in report.achievements for row in table.rows for earlier in row.earlier)


def _table_rows(report: Report, context: Context, bab3: Span, name: str) -> bool:
    """A row of a capaian table inside Bab III measures this sasaran (by its sasaran, or by
    an indicator the PK gives this sasaran)."""
    return any(True for _ in _own_rows(report, context, bab3, name))


def _earlier_rows_of(report: Report, context: Context, bab3: Span, name: str) -> bool:
    """A row of a capaian table inside Bab III that measures this sasaran prints an earlier
    year's realisasi beside this year's ('Tahun 2021' and 'Tahun 2022' over 'Target |
    Realisasi | Capaian' each), wherever the table stands: a table of every sasaran
    before their sections compares each one's years as much as one inside its section.
    A cell with no figure ('-') compares nothing."""
    year = report.meta.year
    return year is not None and any(
        earlier.year < year and earlier.realisasi is not None
        and earlier.realisasi.value is not None
        for row in _own_rows(report, context, bab3, name) for earlier in row.earlier)


def _own_rows(report: Report, context: Context, bab3: Span, name: str
              ) -> Iterator[AchievementRow]:
    """The rows of the capaian tables inside Bab III that measure this sasaran."""
    graph = context.graph
    sasaran_node = node_finder(graph, "sasaran")(name)
    indikator_node = node_finder(graph, "indikator")
    own = set(graph.successors(sasaran_node)) if sasaran_node in graph else set()
    for table in report.achievements:
        for row in table.rows:
            if row.where.line not in bab3:
                continue
            if ((row.sasaran and node_finder(graph, "sasaran")(row.sasaran) == sasaran_node)
                    or indikator_node(row.indikator) in own):
                yield row


def _starts_in(pattern: re.Pattern[str], window: str, first: int) -> bool:
    """Whether ``pattern`` matches ``window`` starting in its first ``first`` characters."""
    match = pattern.search(window)
    return match is not None and match.start() < first


def _found(report: Report, ranges: Iterable[tuple[int, int]]) -> set[int]:
    """The analyses (by number) whose phrases occur in ``ranges``."""
    year = report.meta.year
    found: set[int] = set()
    for start, end in ranges:
        lines = [_folded(report, number, text)
                 for number, text in prose_lines(report, start, end)]
        for index, line in enumerate(lines):
            # A phrase the converter wrapped onto the next line ("Program dan Kegiatan" /
            # "yang mendukung pencapaian sasaran") is read across the break; a phrase
            # counts on the line where it starts, so each is read with what follows it.
            window = " ".join(lines[index:index + 2])
            for analysis in ANALYSES:
                if analysis.number not in found and analysis.found_in(window, len(line)):
                    found.add(analysis.number)
            # The word every match of the pattern holds, tested first for the same reason.
            if year is not None and "realisasi" in line and any(
                int(m.group(1)) < year for m in _EARLIER_REALISASI.finditer(line)
            ):
                found.add(2)
            below = lines[index + 1] if index + 1 < len(lines) else ""
            if year is not None and (_year_to_year(line, year) or _year_columns(
                    line, below, year) or _years_under_realisasi(line, below, year)):
                found.add(2)
            if len(found) == len(ANALYSES):
                return found  # every analysis is there: the lines left can add none
    return found


def _year_to_year(line: str, year: int) -> bool:
    """A figure of an earlier year told as changed into another ("dari X pada 2022
    menjadi Y", "naik dari X pada tahun 2021"), or an earlier year named as what the
    figures after it are compared with ("Dibandingkan tahun 2023, BOR naik dari X
    menjadi Y"), or set against this year's ("dibandingkan dengan X pada tahun 2021"):
    the comparison with the years before, in words."""
    if "dibanding" in line and (any(
            int(m.group(1)) < year and _FIGURE.search(m.group("rest"))
            for m in _COMPARED_WITH_YEAR.finditer(line)) or any(
            int(m.group(1)) < year for m in _COMPARED_WITH_FIGURE_OF_YEAR.finditer(line))):
        return True
    if "dari" not in line:
        return False
    return ("menjadi" in line and any(
        int(m.group(1)) < year for m in _YEAR_TO_YEAR.finditer(line))) or any(
        int(m.group(1)) < year for m in _CHANGED_FROM_YEAR.finditer(line))


def _year_columns(line: str, below: str, year: int) -> bool:
    """A table header of year columns, an earlier year among them, over a header row
    naming a realisasi under each ('Tahun 2021 | Tahun 2022 | Tahun 2023' over 'Target
    | Realisasi | Capaian' repeated): the table sets the years' realisasi side by side.
    An earlier year with only its target under it ('Tahun 2022: Target | Realisasi',
    'Tahun 2021: Target') compares no realisasi."""
    if "realisasi" not in below or any(ch.isdigit() for ch in below):
        return False
    years = [int(found) for found in _YEAR.findall(line)]
    return (len(years) >= 2 and min(years) < year and not _FIGURE.search(line)
            and below.count("realisasi") >= len(years))


def _years_under_realisasi(line: str, below: str, year: int) -> bool:
    """A header wrapped over two lines with the years under their columns ('Realisasi
    Realisasi Realisasi' over '2021 2022 2023', as a PDF laid out with spaces prints
    it): the realisasi of an earlier year beside this year's."""
    if "realisasi" not in line or _YEAR.search(line):
        return False
    years = [int(found) for found in _YEAR.findall(below)]
    return (len(years) >= 2 and min(years) < year
            and not _YEAR_HEADER_REST.sub("", _YEAR.sub("", below)).strip())


@rule(
    code="STR004",
    slug="structure-sasaran-analyses",
    fix={
        "id": "Lengkapi uraian capaian sasaran dengan analisis yang belum ada.",
        "en": "Complete the text on the sasaran with the missing analyses.",
    },
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
    not count for them; a shared section after them ("Analisis Efisiensi Penggunaan
    Sumber Daya") counts for each sasaran it gives a paragraph of its own ("Sasaran 1:
    ..."), or, without such paragraphs, for each it names in its sentences ("Sasaran 1
    dicapai 101,25% dengan penyerapan 92,99%; Sasaran 2 ...");
    a report that does not separate them is judged on the whole of
    Bab III, the same for every sasaran. A capaian table inside Bab III counts for (1)
    wherever it stands, and for (2) where its row of the sasaran prints an earlier year's
    realisasi. Bab III without any prose (a structured report that carries no
    narrative) gives nothing to judge."""
    report = context.report
    bab3 = main_span(report, "bab_3")
    if bab3 is None or not any(True for _ in prose_lines(report, bab3.start + 1, bab3.end)):
        return
    sasaran = _sasaran_list(report)
    sections = _sections(report, bab3, sasaran)
    shared = (_Shared({}, []) if sections is None
              else _shared_parts(report, bab3, len(sasaran)))
    # What each set of ranges holds, read once: undivided, Bab III is every sasaran's.
    read: dict[tuple[tuple[int, int], ...], frozenset[int]] = {}
    for index, name in enumerate(sasaran):
        if sections is None:
            ranges = [(bab3.start, bab3.end)]
            scope = {"id": f"seluruh Bab III, baris {bab3.label}, karena uraian tidak "
                           "dipisah per sasaran",
                     "en": f"the whole of Bab III, lines {bab3.label}, as the text is not "
                           "split by sasaran"}
            where = at(bab3.start, bab3.end)
        else:
            ranges = sections.get(index, [])
            shown = ", ".join(f"{a}\u2013{b}" for a, b in ranges)
            scope = ({"id": f"Bab III baris {shown}", "en": f"Bab III lines {shown}"} if ranges
                     else {"id": "tidak ada uraian tersendiri di Bab III",
                           "en": "no text of its own in Bab III"})
            where = (at(ranges[0][0], ranges[-1][1]) if ranges
                     else at(bab3.start, bab3.end))
        searched = shared.searched(index, ranges)
        if searched not in read:
            read[searched] = frozenset(_found(report, searched))
        found = set(read[searched])
        if _table_rows(report, context, bab3, name):
            found.add(1)
        if 2 not in found and (_earlier_realisasi_rows(report, ranges)
                               or _earlier_rows_of(report, context, bab3, name)):
            found.add(2)
        missing = [a for a in ANALYSES if a.number not in found]
        if not missing:
            continue
        listed = {lang: "; ".join(f"({a.number}) {a.name[lang]}" for a in missing)
                  for lang in ("id", "en")}
        yield Violation(where, {"sasaran": name, "scope": scope, "count": len(missing),
                                "missing": listed},
                        expected="7", actual=str(7 - len(missing)))
