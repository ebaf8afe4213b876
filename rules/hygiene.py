"""Hygiene rules: the copy-paste leftovers a reviewer finds by reading the text.

Permenpan RB 53/2014 asks the inspectorate's reviu to make sure the report is
reliable and properly presented before the head of the agency signs it. Reports
are often written over last year's file or another agency's: a reviewer reads for
another agency's name where the report speaks of itself, years and periods that
are not the year reported on, template instructions left in, spreadsheet and
word-processor errors, blanks where a number belongs, and list numbering that
skips or repeats. These rules read ``report.text`` (the lines of the input file)
and show, for every finding, the line and the words found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from checker.context import Context, location
from checker.graph import fold_text
from checker.hookspecs import hookimpl
from checker.model import Provenance, Report
from checker.numbers import parse_number
from checker.rule import Category, Rule, Severity, Text, Violation, rule
from rules._figures import sum_of, value_of
from rules._hygiene_text import (
    AGENCY_KIND,
    MONTHS,
    NAMELESS_KINDS,
    Agency,
    clean,
    excerpt,
    own_agency,
    read_agency,
    same_agency,
    sentence_before,
    sentence_of,
)

__all__ = ["HYG001", "HYG002", "HYG003", "HYG004", "HYG005", "HYG006"]

_REVIEW = "Permenpan RB 53/2014, Lampiran III (reviu: {})"


def _where(index: int) -> Provenance:
    """The provenance of ``text[index]`` (line ``index + 1``)."""
    return Provenance(line=index + 1)


# -- HYG001: another agency's name ---------------------------------------------------------

# Words before a name that make the sentence speak of the report's own agency,
# whatever kind the name has: "Laporan Kinerja Kecamatan X", "visi dan misi Dinas X".
_REPORT_CUE = (
    r"laporan\s+(?:akuntabilitas\s+)?kinerja(?:\s+instansi\s+pemerintah)?"
    r"(?:\s*\((?:lkjip|lakip|lkip|lkj)\))?(?:\s+tahunan)?"
    r"|lkjip|lakip|lkip"
    r"|visi\s*,?\s*(?:dan|&)\s*misi|misi\s+(?:dan|&)\s+visi"
)
# Words before a name that speak of the own agency only when the name is of the same
# kind (a kecamatan's report may well speak of "aparat Dinas Kesehatan").
_OWN_CUE = (
    r"renstra|rencana\s+strategis(?:\s*\(renstra\))?|perjanjian\s+kinerja(?:\s*\(pk\))?"
    r"|wilayah\s+kerja|aparat(?:ur)?|pegawai|(?:di\s+)?lingkungan"
)
_MENTION = re.compile(
    rf"(?:\b(?P<report_cue>(?i:{_REPORT_CUE}))\s+|\b(?P<own_cue>(?i:{_OWN_CUE}))\s+)?"
    rf"(?:(?i:kantor)\s+)?\b(?P<kind>(?i:{AGENCY_KIND}))\b"
    # A name never crosses a tab: the next cell of a table row is another text.
    r"(?:[^\S\t]+(?P<name>[A-Z][\w'\u2019-]*(?: +(?:dan +)?[A-Z][\w'\u2019-]*)*))?"
)
# A role after the name that only the reporting agency fills, whatever kind the name
# has: "Kecamatan X selaku pengemban amanah", "Lurah X, selanjutnya disebut pihak pertama".
_OWN_ROLE = re.compile(
    r"(?i)^\s*,?\s+(?:(?:selaku|sebagai)\s+(?:pengemban|perangkat\s+daerah|opd|unit\s+kerja|"
    r"instansi|penyelenggara|pihak\s+pertama)|(?:selanjutnya\s+)?disebut\s+pihak\s+pertama)\b"
)
# Any other role speaks of the own agency only for a name of its kind: "Inspektorat
# selaku APIP" in a dinas's report is the inspectorate.
_ROLE = re.compile(r"(?i)^\s*,?\s+selaku\b")
# The agency's superior (pihak kedua of its Perjanjian Kinerja: the camat of a kelurahan,
# the bupati of a kecamatan or a dinas) or a partner, introduced as such: never a leftover.
_OTHER_ROLE = re.compile(
    r"(?i)^\s*,?\s+(?:selaku|sebagai|(?:selanjutnya\s+)?disebut)\s+(?:atasan|pihak\s+kedua|"
    r"pembina|koordinator|mitra)\b"
)
_EVALUATED = re.compile(
    r"(?i)^(?:\s+\w+){0,4}?\s+dilakukan\s+evaluasi\s+(?:s?akip|lkjip|akuntabilitas)\b"
)
_IN_PARENTHESES = re.compile(r"\s*\(\s*")  # between a name and the acronym printed after it
# Words a table cell of the nomenclature continues with when a conversion joins cells
# ("... di Wilayah Kerja Kecamatan" + "Peningkatan ..."): never the start of a place's
# name. The name of a dinas or badan is its task and may well start so ("Badan
# Perencanaan Pembangunan Daerah", "Dinas Pemberdayaan Masyarakat dan Desa").
_NOT_A_NAME = {
    "peningkatan", "penyediaan", "penyelenggaraan", "pelaksanaan", "pemeliharaan",
    "pengadaan", "pengelolaan", "pembinaan", "pemberdayaan", "perencanaan", "koordinasi",
    "fasilitasi", "sinkronisasi", "program", "kegiatan", "sub", "jumlah", "persentase",
    "indeks", "tingkat", "urusan", "pelayanan", "pemerintahan", "administrasi",
}
_PLACES = frozenset(("kecamatan", "kelurahan"))  # kinds named after their place
# A "badan" that is no perangkat daerah: the financial status of a unit (BLUD), a regional
# company (BUMD), the village council (BPD).
_NOT_AN_AGENCY = re.compile(r"(?i)^badan\s+(?:layanan\s+umum|usaha\s+milik|permusyawaratan)\b")
# Where another agency is named on purpose: borders, history, cooperation.
_NOT_SELF = re.compile(
    r"(?i)\b(?:berbatas(?:an)?|sebelah|pemekaran|dimekarkan|mekar|sebelumnya|dahulu|semula|"
    r"induk|bersama|kerja\s*sama|(?:ber)?koordinasi|mitra|studi\s+banding|dari\s+kecamatan)\b"
)
_CITED = re.compile(r"(?i)\btentang\b")  # in the title of a cited regulation


@dataclass(frozen=True)
class _Named:
    """An agency named in a line, where (the regex match) and as what."""

    match: re.Match[str]
    agency: Agency
    alias_of: Agency | None  # the name this one follows in parentheses: the same agency


def _named(line: str) -> Iterator[_Named]:
    """The agencies ``line`` names, each with the name it stands in parentheses after."""
    previous: _Named | None = None
    for match in _MENTION.finditer(line):
        agency = read_agency(match["kind"], match["name"] or "")
        first = agency.name[0].lower() if agency.name else ""
        if (
            (not agency.name and agency.family not in NAMELESS_KINDS)
            or (agency.family in _PLACES and first in _NOT_A_NAME)
            or _NOT_AN_AGENCY.match(agency.printed)
        ):
            continue
        alias_of = None
        if previous and _IN_PARENTHESES.fullmatch(line[previous.match.end():match.start()]):
            alias_of = previous.agency
        previous = _Named(match, agency, alias_of)
        yield previous


def _aliases(named: list[list[_Named]]) -> dict[str, Agency]:
    """Each name printed in parentheses after another ("... Penataan Ruang (Dinas PUPR)")
    and the agency it stands for: the report uses it for that agency everywhere."""
    return {fold_text(one.agency.printed): one.alias_of
            for line in named for one in line if one.alias_of is not None}


def _speaks_of_itself(one: _Named, line: str, own: Agency) -> bool:
    """Whether the words around the name make the sentence speak of the reporting agency."""
    match, rest = one.match, line[one.match.end():]
    if _OTHER_ROLE.match(rest):
        return False
    same_kind = own.family is None or one.agency.family == own.family
    return bool(match["report_cue"] or _OWN_ROLE.match(rest)) or (
        same_kind and bool(match["own_cue"] or _ROLE.match(rest) or _EVALUATED.match(rest))
    )


# "Rp 7.418.764.200", "Rp. 5,547,036,498,00": an amount as the narrative prints it.
_RUPIAH = re.compile(r"\bRp\.?\s*(\d[\d.,]*\d)")


def _own_totals(report: Report) -> frozenset[Decimal]:
    """The agency's own budget totals (pagu and realisasi of its overall budget tables):
    a sentence that gives one of them speaks of the agency itself, whatever name it
    carries, since no other agency has that budget."""
    totals: set[Decimal] = set()
    for table in report.main_budgets():
        for stated, column in ((table.total_pagu, "pagu"), (table.total_realisasi, "realisasi")):
            value = value_of(stated)
            if value is None:
                value = sum_of(getattr(item, column) for item in table.items)
            if value:
                totals.add(value)
    return frozenset(totals)


def _gives_own_total(rest: str, totals: frozenset[Decimal]) -> bool:
    sentence = re.split(r"(?<=[a-z0-9%)])\.\s", rest, maxsplit=1)[0]
    return any(parse_number(match.group(1)) in totals for match in _RUPIAH.finditer(sentence))


def _is_own(agency: Agency, own: Agency, aliases: dict[str, Agency]) -> bool:
    """Whether ``agency`` is the reporting agency, by its name or by the name it stands for."""
    alias = aliases.get(fold_text(agency.printed))
    return same_agency(agency, own) or (alias is not None and same_agency(alias, own))


@rule(
    code="HYG001",
    slug="hygiene-other-agency",
    title={"id": "Nama instansi lain dalam laporan", "en": "Another agency's name in the report"},
    category=Category.HYGIENE,
    severity=Severity.WARNING,
    regulation=_REVIEW.format("keandalan isi laporan instansi itu sendiri"),
    message={
        "id": 'Nama instansi lain "{found}" dipakai di tempat laporan menyebut dirinya sendiri '
        '(instansi laporan ini: {agency}): "{excerpt}".',
        "en": 'Another agency\'s name "{found}" is used where the report speaks of itself '
        '(this report\'s agency: {agency}): "{excerpt}".',
    },
    rationale={
        "id": "Laporan yang disusun dari berkas instansi lain sering masih menyebut nama "
        "instansi itu di tempat laporan berbicara tentang dirinya (\"Kecamatan X selaku ...\", "
        "\"Laporan Kinerja RSUD X\", \"Laporan Kinerja Inspektorat Kabupaten Y\"). Setiap jenis "
        "perangkat daerah dikenali (kecamatan, kelurahan, dinas, badan, Bappeda, rumah sakit "
        "daerah, inspektorat, sekretariat DPRD, sekretariat daerah, Satpol PP); nama lengkap dan "
        "singkatannya (\"Dinas PUPR\") adalah satu instansi. Penyebutan batas wilayah, sejarah "
        "pemekaran, kutipan peraturan, daftar desa, mitra kerja dan atasan (pihak kedua "
        "Perjanjian Kinerja) tidak dilaporkan.",
        "en": "A report written over another agency's file often still names that agency "
        "where it speaks of itself (\"Kecamatan X selaku ...\", \"Laporan Kinerja RSUD X\", "
        "\"Laporan Kinerja Inspektorat Kabupaten Y\"). Every kind of perangkat daerah is known "
        "(kecamatan, kelurahan, dinas, badan, Bappeda, regional hospital, inspectorate, DPRD "
        "secretariat, regional secretariat, Satpol PP); a name and its acronym (\"Dinas "
        "PUPR\") are one agency. Borders, history, citations, lists of villages, partners and "
        "the superior (pihak kedua of the Perjanjian Kinerja) are not reported.",
    },
)
def HYG001(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 asks each agency to report its own performance: where the
    report speaks of itself ("Kecamatan X selaku pengemban amanah", "Laporan Kinerja
    Kecamatan X", "visi dan misi Kecamatan X", "pagu anggaran X sebesar" the agency's own
    budget total), X is the reporting agency."""
    meta = context.report.meta
    if not meta.agency:
        return
    own = own_agency(meta.agency, meta.agency_kind, meta.region)
    totals = _own_totals(context.report)
    named = [list(_named(line)) for line in context.report.text]
    aliases = _aliases(named)
    for index, line in enumerate(context.report.text):
        reported: set[tuple[str | None, str]] = set()
        for one in named[index]:
            agency, match = one.agency, one.match
            if one.alias_of is not None or not (
                _speaks_of_itself(one, line, own)
                or _gives_own_total(line[one.match.end():], totals)
            ):
                continue
            if _is_own(agency, own, aliases):
                continue
            before = sentence_before(line, match.start())
            if _NOT_SELF.search(before[-120:]) or _CITED.search(before[-60:]):
                continue
            if (agency.family, agency.key) in reported:
                continue
            reported.add((agency.family, agency.key))
            found = agency.shown()
            yield Violation(
                location(_where(index)),
                {"found": found, "agency": meta.agency,
                 "excerpt": excerpt(line, match.start(), match.end())},
                expected=meta.agency,
                actual=found,
            )


# -- HYG002: years and periods of another year ---------------------------------------------

_YEAR = r"(?:19|20)\d\d"
_DASH = r"[-\u2013\u2014/]"  # hyphen, en dash, em dash, slash
# Capitalised words (a name, "(Renstra)", "(Dinas PUPR)", the "dan" inside an agency's
# name) between a document and its year, never a citation.
_GAP = (
    r"(?:\s+(?!(?i:tahun|nomor|no|tentang|peraturan|keputusan|periode|perubahan\s+atas)\b)"
    r"(?:[A-Z][\w'\u2019/&.-]*|\([A-Za-z][A-Za-z .]{1,20}\)|dan|serta)){0,12}"
)
_PERIOD = re.compile(
    r"\b(?i:renstra|rencana\s+strategis|rpjmd|rpjm|rencana\s+pembangunan\s+jangka\s+menengah"
    r"(?:\s+daerah)?)"
    + _GAP
    + rf"\s+(?:(?i:tahun|periode)\s+)?(?P<a>{_YEAR})\s*"
    + rf"(?:{_DASH}|(?i:s\.?\s?d\.?|sampai\s+dengan|hingga))"
    + rf"\s*(?:(?i:tahun)\s+)?(?P<b>{_YEAR})\b"
)
_ONE_YEAR = (
    rf"\s+(?i:tahun)(?:\s+(?i:anggaran))?\s+(?P<y>{_YEAR})\b"
    rf"(?!\s*(?:{_DASH}|(?i:s\.?\s?d\b|sampai|hingga)))"
)


@dataclass(frozen=True)
class _YearPhrase:
    """A phrase that presents a year as the year reported on."""

    pattern: re.Pattern[str]
    what: Text
    later_too: bool  # a later year is also wrong (the report's own name); else only earlier


_YEAR_PHRASES = (
    _YearPhrase(
        re.compile(r"\b(?i:laporan\s+(?:akuntabilitas\s+)?kinerja(?:\s+instansi\s+pemerintah)?"
                   r"|lkjip|lakip|lkip|lkj)\b" + _GAP + _ONE_YEAR),
        {"id": "Tahun pada nama laporan", "en": "The year in the report's name"},
        later_too=True,
    ),
    _YearPhrase(
        re.compile(r"\b(?i:perjanjian\s+kinerja(?:\s+perubahan)?|penetapan\s+kinerja)\b"
                   + _GAP + _ONE_YEAR),
        {"id": "Tahun Perjanjian Kinerja", "en": "The year of the Perjanjian Kinerja"},
        later_too=False,
    ),
    _YearPhrase(
        re.compile(r"\b(?i:rencana\s+kinerja(?:\s+tahunan)?|rencana\s+kerja(?:\s+tahunan)?"
                   r"|renja|rkt)\b" + _GAP + _ONE_YEAR),
        {"id": "Tahun rencana kerja", "en": "The year of the work plan"},
        later_too=False,
    ),
    _YearPhrase(
        re.compile(r"\b(?i:capaian\s+kinerja(?:\s+(?:sasaran(?:\s+strategis)?|organisasi|"
                   r"instansi|opd))?)\b" + _GAP + _ONE_YEAR),
        {"id": "Tahun capaian kinerja", "en": "The year of the performance results"},
        later_too=False,
    ),
    _YearPhrase(
        re.compile(rf"\b(?i:tahun\s+anggaran)\s+(?P<y>{_YEAR})\b(?!\s*{_DASH})"),
        {"id": "Tahun anggaran", "en": "The budget year"},
        later_too=False,
    ),
    _YearPhrase(
        re.compile(rf"\b(?i:jangka\s+waktu)(?:\s+(?i:satu|1))?\s+(?i:tahun)\s+(?P<y>{_YEAR})\b"),
        {"id": "Tahun pelaksanaan", "en": "The year of implementation"},
        later_too=False,
    ),
)
# A sentence that compares years, or looks ahead, presents the other year on purpose.
_COMPARISON = re.compile(
    r"(?i)\b(?:dibanding\w*|banding\w*|perbandingan|sebelum\w*|lalu|terakhir|sampai\s+dengan|"
    r"s\.?\s?d|hingga|meningkat|menurun|peningkatan|penurunan|naik|turun|selisih|trend?)\b"
)
_AHEAD = re.compile(
    r"(?i)\b(?:akan|mendatang|berikut\w*|selanjutnya|rencana\w*|usulan|bahan|penyusunan|"
    r"perbaikan|ke\s+depan)\b"
)
_CITATION = re.compile(r"(?i)\btentang\b")
_HISTORY = re.compile(r"(?i)\b(?:sebelum\w*|lalu|lama|berakhir|terdahulu|periode\s+lalu)\b")

_MONTH = "|".join(MONTHS)
_DATE_LINE = re.compile(
    rf"^[\W_]*(?:(?P<place>[A-Za-z][\w .'-]{{1,40}}),\s*)?(?:\d{{1,2}}\s+)?"
    rf"(?P<date>(?i:{_MONTH})\s+(?P<y>{_YEAR}))[\W_]*$"
)
# Headings that open the parts a report's own signature closes, and the parts that carry
# someone else's signature (a PK, a decree) whose date may well fall inside the year.
_OWN_PART = re.compile(r"(?i)^(?:kata\s+pengantar|penutup|bab\s+iv\b)")
_OTHER_PART = re.compile(
    r"(?i)^(?:perjanjian\s+kinerja|keputusan|pernyataan|lampiran|surat|berita\s+acara|"
    r"pakta|daftar\s+isi|ikhtisar|ringkasan|bab\s+(?:i|ii|iii)\b)"
)
_SIGNATURE = re.compile(r"(?i)\bNIP\b|\bcamat\b|\bkepala\b|\bsekretaris\b|\bpembina\b")
_COVER_END = re.compile(r"(?i)^(?:kata\s+pengantar|daftar\s+isi|ikhtisar|ringkasan|bab\s)")
_COVER_YEAR = re.compile(rf"(?i)^(?:.*\btahun\s+(?:anggaran\s+)?)?(?P<y>{_YEAR})$")


_Placed = tuple[int, int, Violation]  # line index, column, violation


def _names_year(sentence: str, year: int) -> bool:
    """Whether ``sentence`` names ``year`` on its own (not as the end of a period)."""
    for match in re.finditer(rf"\b{year}\b", sentence):
        before = sentence[: match.start()].rstrip()
        after = sentence[match.end():].lstrip()
        if re.search(rf"{_YEAR}\s*(?:{_DASH}|s\.?\s?d\.?|sampai\s+dengan)$", before, re.I):
            continue
        if re.match(rf"{_DASH}\s*\d{{4}}", after):
            continue
        return True
    return False


def _stale_periods(text: tuple[str, ...], year: int) -> Iterator[_Placed]:
    for index, line in enumerate(text):
        for match in _PERIOD.finditer(line):
            first, last = int(match["a"]), int(match["b"])
            if first <= year <= last or first > last:
                continue
            sentence = sentence_of(line, match.start(), match.end())
            if _CITATION.search(sentence_before(line, match.start())) or _HISTORY.search(
                sentence
            ):
                continue
            yield index, match.start(), Violation(
                location(_where(index)),
                {
                    "what": {"id": "Periode Renstra/RPJMD", "en": "The Renstra/RPJMD period"},
                    "found": f"{first}-{last}",
                    "year": year,
                    "why": {"id": "periode itu tidak mencakup tahun yang dilaporkan",
                            "en": "that period does not include the year reported on"},
                    "excerpt": excerpt(line, match.start(), match.end()),
                },
                expected=str(year),
                actual=f"{first}-{last}",
            )


def _stale_years(text: tuple[str, ...], year: int) -> Iterator[_Placed]:
    for index, line in enumerate(text):
        seen: set[int] = set()  # positions of years already reported on this line
        for phrase in _YEAR_PHRASES:
            for match in phrase.pattern.finditer(line):
                found = int(match["y"])
                if match.start("y") in seen or found == year:
                    continue
                if found > year and not phrase.later_too:
                    continue
                sentence = sentence_of(line, match.start(), match.end())
                if (
                    _CITATION.search(sentence_before(line, match.start()))
                    or _COMPARISON.search(sentence)
                    or _names_year(sentence, year)
                    or (found > year and _AHEAD.search(sentence))
                ):
                    continue
                seen.add(match.start("y"))
                yield index, match.start(), Violation(
                    location(_where(index)),
                    {
                        "what": phrase.what,
                        "found": str(found),
                        "year": year,
                        "why": {
                            "id": "teks ini menyajikannya sebagai tahun yang dilaporkan, "
                            "bukan sebagai pembanding",
                            "en": "the text presents it as the year reported on, not as a "
                            "comparison",
                        },
                        "excerpt": excerpt(line, match.start(), match.end()),
                    },
                    expected=str(year),
                    actual=str(found),
                )


def _part_of(text: tuple[str, ...], index: int) -> str | None:
    """``own`` when line ``index`` lies in a part the report's own head signs
    (Kata Pengantar, Penutup), ``other`` in a PK, decree or Lampiran, else ``None``."""
    for back in range(index - 1, -1, -1):
        heading = clean(text[back]).lstrip("#").strip()
        if not heading or len(heading) > 80:
            continue
        if _OWN_PART.match(heading):
            return "own"
        if _OTHER_PART.match(heading):
            return "other"
    return None


def _early_signatures(text: tuple[str, ...], year: int) -> Iterator[_Placed]:
    for index, line in enumerate(text):
        match = _DATE_LINE.match(clean(line))
        if match is None or int(match["y"]) > year:
            continue
        following = " ".join(text[index + 1: index + 12])
        if not _SIGNATURE.search(following) or _part_of(text, index) != "own":
            continue
        date = match["date"]
        yield index, 0, Violation(
            location(_where(index)),
            {
                "what": {"id": "Tanggal penandatanganan", "en": "The signing date"},
                "found": date,
                "year": year,
                "why": {
                    "id": f"laporan atas tahun {year} baru dapat ditandatangani setelah "
                    "tahun itu berakhir",
                    "en": f"a report on {year} can only be signed after that year has ended",
                },
                "excerpt": clean(line),
            },
            expected=f"> {year}",
            actual=date,
        )


def _cover_years(text: tuple[str, ...], year: int) -> Iterator[_Placed]:
    """Two different years among the title lines before the first heading."""
    years: list[tuple[int, int]] = []  # (index, year)
    for index, line in enumerate(text[:40]):
        cover = clean(line).strip("# ")
        if _COVER_END.match(cover) or len(cover) > 120:
            break
        match = _COVER_YEAR.match(cover)
        if match:
            years.append((index, int(match["y"])))
    if len({found for _, found in years}) < 2:
        return
    # The line that agrees with the reporting year (else the first) is the reference.
    reference = next(((i, y) for i, y in years if y == year), years[0])
    for index, found in years:
        if found == reference[1]:
            continue
        yield index, 0, Violation(
            location(_where(index)),
            {
                "what": {"id": "Tahun pada judul", "en": "The year in the title"},
                "found": str(found),
                "year": year,
                "why": {
                    "id": f"judul yang sama menyebut tahun {reference[1]} di baris "
                    f"{reference[0] + 1}",
                    "en": f"the same title names the year {reference[1]} on line "
                    f"{reference[0] + 1}",
                },
                "excerpt": clean(text[index]),
            },
            expected=str(reference[1]),
            actual=str(found),
        )


@rule(
    code="HYG002",
    slug="hygiene-stale-period",
    title={"id": "Tahun atau periode yang bukan tahun laporan",
           "en": "Year or period other than the reporting year"},
    category=Category.HYGIENE,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran II (Laporan Kinerja tahunan: kinerja tahun "
    "yang dilaporkan)",
    message={
        "id": '{what} "{found}" tidak sesuai dengan tahun laporan {year}; {why}: "{excerpt}".',
        "en": '{what} "{found}" does not fit the reporting year {year}; {why}: "{excerpt}".',
    },
    rationale={
        "id": "Laporan yang disalin dari tahun atau periode lain masih menyebut Renstra lama "
        "(\"2013-2018\"), tahun anggaran lain, tanggal tanda tangan sebelum tahun laporan "
        "berakhir, atau dua tahun berbeda pada judul. Perbandingan dengan tahun lalu dan "
        "kutipan peraturan (\"Nomor 6 Tahun 2016\") tidak dilaporkan.",
        "en": "A report copied from another year or period still names an old Renstra "
        "(\"2013-2018\"), another budget year, a signing date before the year reported on "
        "has ended, or two different years in its title. Comparisons with last year and "
        "citations of regulations (\"Nomor 6 Tahun 2016\") are not reported.",
    },
)
def HYG002(context: Context) -> Iterator[Violation]:
    """The LKjIP reports on one year (Permenpan RB 53/2014, Lampiran II): the Renstra
    period it measures against contains that year, the budget and work plan are that
    year's, and the head of the agency signs it after the year has ended."""
    year = context.report.meta.year
    if year is None:
        return
    text = context.report.text
    reported: set[tuple[int, str]] = set()
    findings: list[_Placed] = []
    # The same year on the same line is reported once, by the most specific check.
    for check in (_stale_years, _stale_periods, _cover_years, _early_signatures):
        new = [placed for placed in check(text, year)
               if (placed[0], str(placed[2].args["found"])) not in reported]
        reported.update((index, str(violation.args["found"])) for index, _, violation in new)
        findings.extend(new)
    for _, _, violation in sorted(findings, key=lambda placed: placed[:2]):
        yield violation


# -- HYG003: spreadsheet and word-processor errors -----------------------------------------

def _loose(phrase: str) -> str:
    """A pattern for ``phrase`` that tolerates the spaces and tabs a PDF conversion
    puts inside words (``"Error! Bookmark not define\\ted."``)."""
    parts = []
    for char in phrase:
        parts.append(r"\s+" if char == " " else re.escape(char) + r"\s*")
    return "".join(parts).removesuffix(r"\s*")


# Each error as it is named in a finding, and the words that identify it: a PDF
# conversion may cut the end ("Error! Bookmark not define\ted.").
_ERRORS = (
    ("#DIV/0!", "#DIV/0!"), ("#REF!", "#REF!"), ("#N/A", "#N/A"), ("#VALUE!", "#VALUE!"),
    ("#NAME?", "#NAME?"), ("#NUM!", "#NUM!"), ("#NULL!", "#NULL!"),
    ("Error! Bookmark not defined", "Error! Bookmark not defin"),
    ("Error! Reference source not found", "Error! Reference source not"),
    ("Error! No text of specified style", "Error! No text of specified"),
    ("Kesalahan! Bookmark tidak ditentukan", "Kesalahan! Bookmark tidak"),
    ("Kesalahan! Sumber referensi tidak ditemukan", "Kesalahan! Sumber referensi"),
)
_REST_OF_WORD = r"\w*"
_ERROR = re.compile(
    "(?:"
    + "|".join(
        # A word anchor takes the rest of its last word ("defin" + "ed").
        f"(?P<e{number}>{_loose(words)}{'' if words.startswith('#') else _REST_OF_WORD})"
        for number, (_, words) in enumerate(_ERRORS)
    )
    + r")(?![\w/])",
    re.IGNORECASE,
)


@rule(
    code="HYG003",
    slug="hygiene-spreadsheet-error",
    title={"id": "Galat lembar kerja atau pengolah kata",
           "en": "Spreadsheet or word-processor error"},
    category=Category.HYGIENE,
    severity=Severity.ERROR,
    regulation=_REVIEW.format("keakuratan data kinerja"),
    message={
        "id": 'Galat lembar kerja/pengolah kata {found} tertinggal di teks: "{excerpt}".',
        "en": 'Spreadsheet/word-processor error {found} left in the text: "{excerpt}".',
    },
    rationale={
        "id": "Galat seperti #DIV/0! atau \"Error! Bookmark not defined\" berarti angka atau "
        "rujukan yang seharusnya ada tidak terisi; nilainya tidak dapat diperiksa.",
        "en": "An error such as #DIV/0! or \"Error! Bookmark not defined\" means a figure or a "
        "reference that should be there is missing; it cannot be checked.",
    },
)
def HYG003(context: Context) -> Iterator[Violation]:
    """The reviu checks that the performance data is accurate: a cell that shows a
    spreadsheet error, or a cross-reference Word could not resolve, holds no value."""
    for index, line in enumerate(context.report.text):
        matches = list(_ERROR.finditer(line))
        if not matches:
            continue
        names = []
        for match in matches:
            group = next(key for key, value in match.groupdict().items() if value)
            name = _ERRORS[int(group[1:])][0]
            if name not in names:
                names.append(name)
        found = ", ".join(names)
        yield Violation(
            location(_where(index)),
            {"found": found, "excerpt": excerpt(line, matches[0].start(), matches[-1].end())},
            actual=found,
        )


# -- HYG004: template instructions left in -------------------------------------------------

@dataclass(frozen=True)
class _Leftover:
    pattern: re.Pattern[str]
    what: Text
    # Words before the match that make it legitimate (the regulation's own wording).
    unless_after: re.Pattern[str] | None = None


_LEFTOVERS = (
    _Leftover(
        re.compile(r"\((?i:\s*(?:diisi|isi(?:kan)?|isi\s+dengan|sebutkan|uraikan|jelaskan|"
                   r"tuliskan)\b)[^()]{0,120}\)?"),
        {"id": "petunjuk pengisian", "en": "filling instruction"},
    ),
    _Leftover(
        re.compile(r"\((?i:\s*(?:jika|bila|apabila|kalau)\s+ada\s*)\)"),
        {"id": "isian bersyarat", "en": "conditional entry"},
        # Permenpan RB 53/2014 itself asks to compare "dengan standar nasional (jika ada)".
        unless_after=re.compile(r"(?i)standar\s+nasional\s*$"),
    ),
    _Leftover(
        re.compile(r"\b(?i:ke)(?:-|\s)?(?:\.{2,}|…+)"),
        {"id": "nomor belum diisi", "en": "number not filled in"},
    ),
    _Leftover(
        re.compile(r"[\[<]\s*(?i:isi|diisi|isikan|nama|masukkan|tuliskan|sebutkan)\b[^\]>]{0,80}"
                   r"[\]>]"),
        {"id": "isian dalam kurung", "en": "bracketed entry"},
    ),
    _Leftover(
        re.compile(r"(?<![\w.])(?:[xX]{3,}|(?:19|20)[xX]{2})(?![\w])"),
        {"id": "tanda tempat", "en": "placeholder"},
    ),
)
_DOTS = re.compile(r"[.…]{2,}")
# A table of contents' dot leader: dots, then a page number (arabic or roman), then the
# end of the line or the next entry.
_PAGE_NUMBER = re.compile(r"\s*(?:\d{1,3}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})(?:\s*$|\s+(?=[A-Z0-9]))")
# Words after which dots at the end of a line are a blank to fill, not an ellipsis.
_BLANK_BEFORE = re.compile(r"(?i)(?:\brp\.?|:|\bsebanyak|\bsebesar|\btanggal|\bnomor|\bno\.)\s*$")


def _dot_blanks(line: str) -> Iterator[re.Match[str]]:
    for match in _DOTS.finditer(line):
        run = match.group()
        if run.count(".") + 3 * run.count("…") < 4:
            continue
        after = line[match.end():]
        if _PAGE_NUMBER.match(after):
            continue  # a dot leader of a table of contents
        if not after.strip(" \t*_:;,") and not _BLANK_BEFORE.search(line[: match.start()]):
            continue  # an ellipsis or a leader at the end of a line
        yield match


@rule(
    code="HYG004",
    slug="hygiene-template-leftover",
    title={"id": "Sisa templat dalam laporan", "en": "Template text left in the report"},
    category=Category.HYGIENE,
    severity=Severity.WARNING,
    regulation=_REVIEW.format("kelengkapan dan kelayakan penyajian laporan"),
    message={
        "id": 'Sisa templat tertinggal ({what}) "{found}": "{excerpt}".',
        "en": 'Template text left in ({what}) "{found}": "{excerpt}".',
    },
    rationale={
        "id": "Petunjuk pengisian (\"(diisi ...)\", \"(jika ada)\"), tanda tempat (\"xxx\", "
        "\"yang ke...\") dan titik-titik yang belum diisi menunjukkan bagian laporan yang "
        "belum ditulis. Titik-titik daftar isi yang diikuti nomor halaman tidak dilaporkan.",
        "en": "Filling instructions (\"(diisi ...)\", \"(jika ada)\"), placeholders (\"xxx\", "
        "\"yang ke...\") and dots left to fill show a part of the report that was not "
        "written. Table-of-contents dot leaders followed by a page number are not reported.",
    },
)
def HYG004(context: Context) -> Iterator[Violation]:
    """The reviu checks that the report is complete and properly presented: the
    instructions and blanks of the template it was written on are filled in or removed."""
    dots = {"id": "titik-titik sebagai isian kosong", "en": "dots as a blank"}
    for index, line in enumerate(context.report.text):
        hits: list[tuple[re.Match[str], Text]] = []
        for leftover in _LEFTOVERS:
            for match in leftover.pattern.finditer(line):
                if leftover.unless_after and leftover.unless_after.search(line[: match.start()]):
                    continue
                hits.append((match, leftover.what))
        covered = [(m.start(), m.end()) for m, _ in hits]
        for match in _dot_blanks(line):
            if not any(start <= match.start() < end for start, end in covered):
                hits.append((match, dots))
        for match, what in sorted(hits, key=lambda hit: hit[0].start()):
            found = clean(match.group())
            yield Violation(
                location(_where(index)),
                {"what": what, "found": found,
                 "excerpt": excerpt(line, match.start(), match.end())},
                actual=found,
            )


# -- HYG005: a count left blank ------------------------------------------------------------

_COUNTED = (
    r"sub\s*-?\s*kegiatan|program|kegiatan|sasaran(?:\s+strategis)?|indikator|tujuan|desa|"
    r"kelurahan|orang|pegawai|asn|unit|buah|dokumen|paket|lembaga|jenis|laporan|dusun|rt|rw|"
    r"jiwa|kk|item"
)
_BLANK_COUNT = re.compile(
    # "sebanyak kegiatan", "berjumlah desa": never grammatical without a number.
    rf"\b(?P<word>(?i:sebanyak|berjumlah))(?:\s+|\s*\(\s*\)\s*)(?P<noun>(?i:{_COUNTED}))\b"
    # "sejumlah program" is fine ("a number of programs"); a double space or empty
    # parentheses after it, or after "terdiri dari", is where a number was deleted.
    rf"|\b(?P<word2>(?i:sejumlah|terdiri\s+(?:dari|atas)))(?:[ \t]{{2,}}|\t|\s*\(\s*\)\s*)"
    rf"(?P<noun2>(?i:{_COUNTED}))\b"
)


@rule(
    code="HYG005",
    slug="hygiene-blank-count",
    title={"id": "Jumlah yang tidak diisi", "en": "Count left blank"},
    category=Category.HYGIENE,
    severity=Severity.WARNING,
    regulation=_REVIEW.format("kelengkapan data kinerja"),
    message={
        "id": 'Jumlah {noun} tidak diisi: tidak ada angka setelah "{word}": "{excerpt}".',
        "en": 'The number of {noun} is left blank: no figure after "{word}": "{excerpt}".',
    },
    rationale={
        "id": "Kalimat yang menghitung (\"sebanyak ... kegiatan\") tetapi tidak memuat angka "
        "menunjukkan angka yang terhapus atau belum diisi; pembaca tidak tahu berapa jumlahnya.",
        "en": "A sentence that counts (\"sebanyak ... kegiatan\") but holds no number shows a "
        "figure deleted or never filled in; the reader cannot tell how many there are.",
    },
)
def HYG005(context: Context) -> Iterator[Violation]:
    """The reviu checks that the performance data is complete: where the narrative counts
    programs, kegiatan or indicators, the number is written."""
    for index, line in enumerate(context.report.text):
        for match in _BLANK_COUNT.finditer(line):
            word = match["word"] or match["word2"]
            noun = match["noun"] or match["noun2"]
            yield Violation(
                location(_where(index)),
                {"noun": " ".join(noun.lower().split()), "word": " ".join(word.split()),
                 "excerpt": excerpt(line, match.start(), match.end())},
                actual=clean(match.group()),
            )


# -- HYG006: list numbering ----------------------------------------------------------------

_ITEM = re.compile(
    # Leading spaces, bullets and markup, but not a tab: a line that starts with a tab
    # has its number in a later cell of a table row, another column's list.
    r"^(?:[ *_•·▪\-\u2013]|</?b>|</?i>)*"
    r"(?P<item>\((?P<pd>\d{1,2})\)|\((?P<pl>[a-z])\)|(?P<d>\d{1,2})[.)]|(?P<l>[a-z])[.)]"
    r"|(?P<u>[A-Z])[.)])(?=[\s*]+\S)"
)
_ORDINALS = ("KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH",
             "KEDELAPAN", "KESEMBILAN", "KESEPULUH")
_ORDINAL = re.compile(
    r"^(?:[\s*_\-]|</?b>)*(?P<word>PERTAMA|" + "|".join(_ORDINALS) + r")\b\s*(?:\*\*)?\s*:"
)
_DECREE_START = re.compile(r"(?i)^\W*(?:memutuskan|menetapkan)\b")
_DIKTUM_GAP = 40  # lines between two diktum of one decree, at most


@dataclass(frozen=True)
class _Item:
    index: int
    style: str  # "d." / "d)" / "(d)" / "l." / "u." ... : kind and wrapper
    value: int
    label: str


def _item(line: str, index: int) -> _Item | None:
    match = _ITEM.match(line)
    if match is None:
        return None
    item = match["item"]
    for kind in ("pd", "pl", "d", "l", "u"):
        token = match[kind]
        if token is None:
            continue
        value = int(token) if kind in ("pd", "d") else ord(token.lower()) - ord("a") + 1
        wrapper = "()" if item.startswith("(") else item[-1]
        return _Item(index, f"{kind[-1]}{wrapper}", value, item)
    return None


def _label(style: str, value: int) -> str:
    kind, wrapper = style[0], style[1:]
    token = str(value) if kind == "d" else chr(ord("a") + value - 1)
    if kind == "u":
        token = token.upper()
    return f"({token})" if wrapper == "()" else f"{token}{wrapper}"


def _lists(text: tuple[str, ...]) -> Iterator[list[_Item]]:
    """Runs of numbered lines of one style that start at 1 (or "a"), separated only by
    blank lines. A number lower than the one before starts another list (the outer
    level resumes); a run that does not start at 1 cites items ("misi 2, 3 dan 5")."""
    run: list[_Item] = []
    for index, line in enumerate(text):
        if not line.strip():
            continue
        item = _item(line, index)
        if (
            item is None
            or not run
            or item.style != run[-1].style
            or item.value < run[-1].value
        ):
            if len(run) > 1 and run[0].value == 1:
                yield run
            run = [item] if item is not None else []
            continue
        run.append(item)
    if len(run) > 1 and run[0].value == 1:
        yield run


def _diktum_lists(text: tuple[str, ...]) -> Iterator[list[_Item]]:
    run: list[_Item] = []
    for index, line in enumerate(text):
        if _DECREE_START.match(clean(line)):
            if len(run) > 1:
                yield run
            run = []
            continue
        match = _ORDINAL.match(line)
        if match is None:
            continue
        word = match["word"]
        value = 1 if word == "PERTAMA" else _ORDINALS.index(word) + 1
        item = _Item(index, "o", value, word)
        if run and (value == 1 or index - run[-1].index > _DIKTUM_GAP):
            if len(run) > 1:
                yield run
            run = []
        run.append(item)
    if len(run) > 1:
        yield run


@rule(
    code="HYG006",
    slug="hygiene-numbering",
    title={"id": "Penomoran daftar melompat atau berulang",
           "en": "List numbering skips or repeats"},
    category=Category.HYGIENE,
    severity=Severity.INFO,
    regulation=_REVIEW.format("kelayakan penyajian laporan"),
    message={
        "id": 'Penomoran daftar tidak berurutan: setelah "{previous}" (baris {previous_line}) '
        'seharusnya "{expected}", tertulis "{found}": "{excerpt}".',
        "en": 'List numbering out of sequence: after "{previous}" (line {previous_line}) '
        '"{expected}" was expected, "{found}" is written: "{excerpt}".',
    },
    rationale={
        "id": "Nomor yang melompat atau berulang dalam satu daftar (1, 2, 4 atau a, b, b; "
        "diktum KEEMPAT lalu KEENAM) menunjukkan butir yang terhapus atau tersalin dua kali.",
        "en": "A number that skips or repeats inside one list (1, 2, 4 or a, b, b; diktum "
        "KEEMPAT then KEENAM) shows an item deleted or copied twice.",
    },
)
def HYG006(context: Context) -> Iterator[Violation]:
    """A properly presented report numbers the items of each list in sequence; a list
    that restarts at 1 is a new list."""
    text = context.report.text
    findings: list[tuple[int, Violation]] = []
    for run in (*_lists(text), *_diktum_lists(text)):
        for previous, current in pairwise(run):
            if current.value == previous.value + 1:
                continue
            if previous.style == "o" and previous.value >= len(_ORDINALS):
                continue
            expected = (
                _ORDINALS[previous.value] if previous.style == "o"
                else _label(previous.style, previous.value + 1)
            )
            line = text[current.index]
            findings.append((current.index, Violation(
                location(_where(current.index)),
                {
                    "previous": previous.label,
                    "previous_line": previous.index + 1,
                    "expected": expected,
                    "found": current.label,
                    "excerpt": excerpt(line, 0, 0),
                },
                expected=expected,
                actual=current.label,
            )))
    for _, violation in sorted(findings, key=lambda item: item[0]):
        yield violation


@hookimpl
def lkjip_rules() -> list[Rule]:
    return [HYG001, HYG002, HYG003, HYG004, HYG005, HYG006]
