"""HYG001: another agency's name where the report speaks of itself."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from checker.context import Context, location
from checker.graph import fold_text
from checker.model import Report
from checker.numbers import parse_number
from checker.rule import Category, Severity, Violation, rule
from rules._figures import sum_of, value_of
from rules.hygiene._text import (
    AGENCY_KIND,
    NAMELESS_KINDS,
    REVIEW,
    Agency,
    excerpt,
    own_agency,
    read_agency,
    same_agency,
    sentence_before,
    where,
)

__all__ = ["HYG001"]

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
    regulation=REVIEW.format("keandalan isi laporan instansi itu sendiri"),
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
                location(where(index)),
                {"found": found, "agency": meta.agency,
                 "excerpt": excerpt(line, match.start(), match.end())},
                expected=meta.agency,
                actual=found,
            )
