"""HYG001: another agency's name where the report speaks of itself."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

from checker.agency import same_agency_name
from checker.context import Context, location
from checker.graph import fold_text
from checker.model import Report
from checker.numbers import parse_number
from checker.rule import Category, Severity, Violation, rule
from rules._figures import sum_of, value_of
from rules.hygiene._index import TextIndex, text_index
from rules.hygiene._lazy import LazyPattern
from rules.hygiene._text import (
    AGENCY_KIND,
    KINDS_FOLDED,
    NAMELESS_KINDS,
    REVIEW,
    Agency,
    excerpt,
    own_agency,
    read_agency,
    same_agency,
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
_NAME_WORD = r"[A-Z][\w'\u2019-]*"
# A capitalised word that is no kind word: "Dinas Kesehatan, Dinas Sosial dan ..." lists
# agencies, each a mention of its own.
_TASK_WORD = rf"(?!(?i:{AGENCY_KIND})\b){_NAME_WORD}"
# The name of a dinas or badan is its tasks, which it may list with commas up to a last
# "dan" ("Dinas Kepemudaan, Olahraga dan Pariwisata", "Dinas Komunikasi, Informatika,
# Statistik dan Persandian"): the comma belongs to the name only where such a list
# follows. A place's name never holds one ("Kecamatan A, B dan C" lists three).
_TASK_COMMA = rf",(?= +(?:{_TASK_WORD},? +)*?dan +{_TASK_WORD})"
_MENTION_BODY = (
    rf"(?:\b(?P<report_cue>(?i:{_REPORT_CUE}))\s+|\b(?P<own_cue>(?i:{_OWN_CUE}))\s+)?"
    rf"(?:(?i:kantor)\s+)?\b(?P<kind>(?P<task>(?i:dinas|badan))|(?i:{AGENCY_KIND}))\b"
    # A name never crosses a tab: the next cell of a table row is another text.
    rf"(?:[^\S\t]+(?P<name>{_NAME_WORD}"
    rf"(?: +(?:dan +)?{_NAME_WORD}|(?(task){_TASK_COMMA} +{_TASK_WORD}|(?!)))*))?"
)
# The letters a mention starts with: the first letters of the cues, of "kantor" and of
# the kinds. Tested first, they spare the pattern's many alternatives at every other
# position of a line, which halves the time of the scan and changes no match.
_MENTION_STARTS = "(?=(?i:[lvmrpwadkcbis]))"
_MENTION = re.compile(_MENTION_STARTS + _MENTION_BODY)
# A kind word in a case-folded line of ASCII characters: matched as written, which is
# far cheaper than the case-insensitive kinds of _MENTION tried at every position.
_KIND_WORD = re.compile(rf"\b(?:{KINDS_FOLDED})\b")
# A word each cue (and "kantor") holds, in lower case: where none stands between two
# mentions, the next mention starts at its kind word.
_CUE_WORD = re.compile(
    "laporan|lkjip|lakip|lkip|visi|misi|renstra|rencana|perjanjian|wilayah|aparat|pegawai"
    "|lingkungan|kantor"
)
# A role after the name that only the reporting agency fills, whatever kind the name
# has: "Kecamatan X selaku pengemban amanah", "Lurah X, selanjutnya disebut pihak pertama".
_OWN_ROLE = re.compile(
    r"(?i)^\s*,?\s+(?:(?:selaku|sebagai)\s+(?:pengemban|perangkat\s+daerah|opd|unit\s+kerja|"
    r"instansi|penyelenggara|pihak\s+pertama)|(?:selanjutnya\s+)?disebut\s+pihak\s+pertama)\b"
)
# The "Jabatan :" line of a Perjanjian Kinerja form, up to the agency its signer heads
# ("Jabatan : Kepala Dinas X", "Jabatan\t: Camat X"): the lines under it say which party
# the signer is.
_JABATAN_OF_HEAD = re.compile(
    r"(?i)^[\s|*>-]*jabatan[\s|*]*:[\s|*]*(?:(?:plt|plh|pj)\.?\s+)?(?:kepala\s+)?$"
)
# The words that make that signer the pihak pertama: the agency that reports. "selaku
# atasan pihak pertama" is the pihak kedua, which these words never match.
_PIHAK_PERTAMA = re.compile(
    r"(?i)\b(?:disebut|sebagai)\s+(?:sebagai\s+)?pihak\s+(?:pertama|ke[\s-]*(?:satu|1|i)|i)\b"
)
_PIHAK_KEDUA = re.compile(r"(?i)\bpihak[\s-]*(?:kedua|ke-?2|ii)\b")
_NEXT_SIGNER = re.compile(r"(?i)^[\s|*>-]*(?:nama|jabatan|nip)\b")
_ROLE_LINES = 2  # the lines under "Jabatan :" that may print the signer's role

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
# A word every name of a kind holds (see AGENCY_KIND), in lower case: a line without one
# names no agency, and finding the lines of the case-folded text that hold one is far
# cheaper than the full pattern on every line.
_KIND_STEMS = ("camat", "distrik", "lurah", "dinas", "badan", "bappeda", "rumah", "rsu",
               "inspekt", "sekretari", "setwan", "setda", "satpol", "satuan")
# Between a name and the short form printed after it: a bracket, or the words that
# declare it ("... Penyelamatan Kota X (selanjutnya disebut Dinas Damkar)", "..., yang
# selanjutnya disingkat Dinas PMD").
_DECLARED = (r"(?:yang\s+)?(?:selanjutnya|dalam\s+laporan\s+ini)\s+(?:disebut|disingkat)"
             r"(?:\s+(?:dengan|sebagai))?\s+")
_IN_PARENTHESES = re.compile(rf"(?i)\s*\(\s*(?:{_DECLARED})?|\s*,?\s*{_DECLARED}")
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
_PLACES = frozenset(("kecamatan", "distrik", "kelurahan"))  # kinds named after their place
# "Desa/Kelurahan Tangguh Bencana", "desa/kelurahan Siaga Aktif": a kind of village
# paired with the desa is a status or a programme that villages of both kinds receive,
# never the name of one kelurahan.
_VILLAGE_PAIR = re.compile(r"(?i)\bdesa\s*/\s*$")
# A "badan" that is no perangkat daerah: the financial status of a unit (BLUD), a regional
# company (BUMD), the village council (BPD); or a central one, which a regional report
# names as the source of its data or its auditor, never as itself: BPS, BPK, BPKP, and
# the national ones ("Badan Narkotika Nasional", "Badan Kepegawaian Negara").
_NOT_AN_AGENCY = re.compile(
    r"(?i)^badan\s+(?:layanan\s+umum|usaha\s+milik|permusyawaratan|pusat\s+statistik"
    r"|pemeriksa\s+keuangan|pengawas(?:an)?\s+keuangan\s+dan\s+pembangunan"
    r"|(?:[a-z]+\s+){0,5}?(?:nasional|negara))\b"
)
# Where another agency is named on purpose: borders, history, cooperation.
_BORDERS_AND_HISTORY = (
    r"berbatas(?:an)?|sebelah|pemekaran|dimekarkan|mekar|sebelumnya|dahulu|semula|induk"
)
# A joint or handed-over activity ("digabungkan dengan kegiatan Dinas X") names the other.
_PARTNERS = (r"bersama|kerja\s*sama|mitra|studi\s+banding|dari\s+(?:kecamatan|distrik)"
             r"|digabung(?:kan)?|dialihkan|dilimpahkan")
_NOT_SELF = LazyPattern(rf"(?i)\b(?:{_BORDERS_AND_HISTORY}|{_PARTNERS}|(?:ber)?koordinasi)\b")
_CITED = LazyPattern(r"(?i)\btentang\b")  # in the title of a cited regulation


class _Named(NamedTuple):
    """An agency named in a line, where (the regex match) and as what."""

    match: re.Match[str]
    agency: Agency
    alias_of: Agency | None  # the name this one follows in parentheses: the same agency


def _mentions(line: str, folded: str) -> Iterator[re.Match[str]]:
    """What ``_MENTION.finditer(line)`` finds, found faster in a line of ASCII characters
    (``folded``: the line case-folded). Every mention holds a kind word: the next one is
    found by a plain lower-case pattern on the folded line, and the mention is searched
    from there; from where the last mention ended only when a cue or "kantor", the words
    a mention may start with before its kind, stands between. The full pattern, tried at
    every position of the line, is what makes the scan slow."""
    if not line.isascii():  # case-insensitive matching knows more than lower case here
        yield from _MENTION.finditer(line)
        return
    position = 0
    while (kind := _KIND_WORD.search(folded, position)) is not None:
        start = kind.start()
        if _CUE_WORD.search(folded, position, start):
            start = position
        mention = _MENTION.search(line, start)
        if mention is None:  # never: the kind word alone is a mention
            return
        yield mention
        position = mention.end()


def _named(line: str, folded: str) -> Iterator[_Named]:
    """The agencies ``line`` names, each with the name it stands in parentheses after
    (``folded``: the line case-folded)."""
    previous: _Named | None = None
    for match in _mentions(line, folded):
        agency = read_agency(match["kind"], match["name"] or "")
        first = agency.name[0].lower() if agency.name else ""
        if (
            (not agency.name and agency.family not in NAMELESS_KINDS)
            or (agency.family in _PLACES and first in _NOT_A_NAME)
            or (agency.family in _PLACES and _VILLAGE_PAIR.search(line, 0, match.start("kind")))
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


def _heads_pihak_pertama(lines: tuple[str, ...], index: int, one: _Named, own: Agency) -> bool:
    """Whether the name is the agency the pihak pertama of a Perjanjian Kinerja form
    heads ("Jabatan : Kepala Dinas X" over "selanjutnya disebut pihak pertama"): the
    reporting agency signs there, so another agency of its kind is a leftover of the form
    the text was copied from. The pihak kedua (the bupati, or the sekretaris daerah over
    a biro) and the head of an agency of another kind are named there on purpose."""
    match, line = one.match, lines[index]
    if one.agency.family != own.family or not _JABATAN_OF_HEAD.match(line[:match.start()]):
        return False
    role = [line[match.end():]]
    for following in lines[index + 1:index + 1 + _ROLE_LINES]:
        if _NEXT_SIGNER.match(following):
            break
        role.append(following)
    said = " ".join(role)
    return bool(_PIHAK_PERTAMA.search(said)) and not _PIHAK_KEDUA.search(said)


# "Kinerja Dinas X Kabupaten Y tahun 2022 berpredikat ...": the performance the report
# is on, of an agency of the own name; only the own agency's is reported.
_KINERJA_BEFORE = LazyPattern(r"(?i)\bkinerja\s+$")
# A sentence that compares ("dibandingkan dengan kinerja Dinas X Kabupaten Y") names the
# other region's agency on purpose.
_COMPARING = LazyPattern(
    r"(?i)\b(?:dibanding(?:kan)?|perbandingan|membandingkan|daripada|sedangkan|berbeda"
    r"|melebihi|mengungguli|lebih\s+(?:tinggi|rendah|baik))\b"
)


def _own_kinerja(one: _Named, line: str, own: Agency) -> bool:
    """Whether the name, of the own agency's name in another region, is the one whose
    kinerja the sentence gives ("Kinerja Dinas X Kabupaten Y tahun 2022 berpredikat
    Sangat Tinggi"): the report's subject, which only its own region carries."""
    agency = one.agency
    return (
        agency.region is not None
        and _same_but_region(agency, own)
        and own.family not in _PLACES  # a kecamatan of another name is another place
        and bool(_KINERJA_BEFORE.search(line, 0, one.match.start()))
    )


# "Rp 7.418.764.200", "Rp. 5,547,036,498,00": an amount as the narrative prints it.
_RUPIAH = re.compile(r"\bRp\.?\s*(\d[\d.,]*\d)")
_SENTENCE_STOP = re.compile(r"(?<=[a-z0-9%)])\.\s")  # a full stop after a word or figure


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
    sentence = _SENTENCE_STOP.split(rest, maxsplit=1)[0]
    return any(parse_number(match.group(1)) in totals for match in _RUPIAH.finditer(sentence))


def _is_own(agency: Agency, own: Agency, aliases: dict[str, Agency]) -> bool:
    """Whether ``agency`` is the reporting agency, by its name or by the name it stands for."""
    alias = aliases.get(fold_text(agency.printed))
    return same_agency(agency, own) or (alias is not None and same_agency(alias, own))


# -- without a cue: a rare name of the own kind where the report speaks of its work ------

# "Dozens" of mentions of the agency itself against one or two of the other: a report
# that names its own agency this often and another of its kind once or twice has most
# likely kept that one from the file it was written over.
_OWN_OFTEN = 20
_RARE = 2
# "(BPBD)", "(Distanpangan)" right after the agency's name (and its region): its short form.
_ACRONYM = LazyPattern(r"\b[A-Z]{3,8}\b")
_SHORT_FORM = LazyPattern(r"[^\S\n]*\(\s*(?P<short>[A-Z][A-Za-z]{2,19})\s*\)")
# The sentence speaks of the agency's duties, work or results (its tugas dan fungsi, its
# kinerja, budget, programs, the indicators it measures and what it reached or obtained):
# what the report says of itself, not of its surroundings.
_DUTIES = LazyPattern(
    r"(?i)\b(?:tugas|fungsi|tupoksi|kewenangan|kinerja|capaian|realisasi|pagu|anggaran|"
    r"belanja|program|kegiatan|sasaran|indikator|akuntabilitas|pengukuran|penilaian|"
    r"struktur\s+organisasi|dilaksanakan|melaksanakan|dipimpin|permasalahan|pelayanan|"
    r"target|persentase|indeks|ikm|mencapai|tercapai|memperoleh|diperoleh)\b"
)
# A name after these words is a place the agency goes to, comes from or ranks among
# ("ke ibu kota Kecamatan X", "dari wilayah Kecamatan X").
_ELSEWHERE = LazyPattern(
    r"(?i)\b(?:ke|dari|antar|tingkat|se|menuju|asal|luar|seluruh|setiap|tiap|masing-masing)"
    r"[\s-]*(?:(?:ibu\s*kota|pusat|wilayah)\s+)?(?:kantor\s+)?$"
)
# A name right after a village's is the kecamatan that village lies in: "Desa Sido Makmur
# Kecamatan X" is an address, whatever the sentence says of the agency.
_VILLAGE_BEFORE = LazyPattern(r"\b(?i:desa|dusun|kampung)\s+(?:[A-Z][\w'\u2019-]*,?\s+){1,4}$")
# Without a cue, a sentence names another agency of the kind beside its own work on
# purpose when it says why: a border or history, a partner ("koordinasi dengan"; the
# kecamatan's own duty of "koordinasi penyelenggaraan pemerintahan" is no partner), a
# rank, where a place lies, a visit or a meeting.
_BESIDE = LazyPattern(
    rf"(?i)\b(?:{_BORDERS_AND_HISTORY}|{_PARTNERS}|berkoordinasi|koordinasi\s+(?:dengan|antar)|"
    r"peringkat|tertinggi|terendah|terbaik|juara|tetangga|sekitar(?:nya)?|terletak|letak|"
    r"jarak|berjarak|kunjungan|berkunjung|mengunjungi|menghadiri|undangan|rapat|pertemuan|"
    r"studi\s+tiru)\b"
)
# A name right after these words is what the agency is compared with ("dibandingkan
# dengan Kecamatan X", "sedangkan Kecamatan X"); elsewhere in the sentence the same words
# compare other things ("seperti yang dijelaskan dalam tabel").
_COMPARED = LazyPattern(
    r"(?i)\b(?:dibanding(?:kan)?(?:\s+dengan)?|perbandingan\s+(?:dengan|antara)|daripada|"
    r"seperti|sebagaimana|berbeda\s+dengan|sama\s+dengan|sedangkan|setelah|melebihi|"
    r"mengungguli|dengan)\s+(?:(?:kantor|wilayah)\s+)?$"
)
# What may stand before the subject of a sentence: its numbering, markup, "Kantor", and
# when it happened ("Pada tahun 2023, Kecamatan X ...", "Saat ini Kecamatan X ...").
_OPENING = LazyPattern(
    r"(?i)^[\s\-\u2022*#>]*(?:\(?\w{1,3}[.)]\s*)?(?:<\w+>|\*\*)?\s*"
    r"(?:(?:(?:dan\s+)?(?:pada|selama|sampai|hingga|per)\s+(?:akhir\s+|awal\s+)?"
    r"(?:tahun|bulan|triwulan|semester)(?:\s+anggaran)?(?:\s+\d{4})?|saat\s+ini)\s*,?\s*)?"
    r"(?:kantor)?"
)
_NEAR = 3  # lines either side in which another name of the kind makes a list
# The mark of an item of a list: "1.", "a)", "(2)", a bullet.
_ITEM = LazyPattern(r"^\s*(?:[-\u2022*]|\(?(?:\d{1,2}|[A-Za-z])[.)])\s+")
_JOINED = LazyPattern(r"\s*(?:,|\b(?:dan|serta|maupun|atau)\b)\s*")  # between two names


class _Mention(NamedTuple):
    index: int
    one: _Named


def _same_but_region(found: Agency, own: Agency) -> bool:
    """Whether ``found`` is another agency of the own kind: of a kind named after its
    place (kecamatan, kelurahan) any other name; of the other kinds the same name in
    another region ("Dinas Kesehatan Kota A" for "Dinas Kesehatan Kabupaten B"), since a
    dinas of another name is another kind of agency, which a report names on purpose."""
    if found.family != own.family or own.family is None:
        return False
    return own.family in _PLACES or _only_region_differs(found, own)


def _only_region_differs(found: Agency, own: Agency) -> bool:
    """Whether the two names are one but for their region."""
    return same_agency(found._replace(region=None), own._replace(region=None))


def _times_named(mentions: list[_Mention], agency: Agency, own: Agency) -> int:
    """How often the report names ``agency``. When only its region tells it from the own
    agency ("Dinas Kesehatan Kota A"), only the mentions that print that region count: the
    others without a region are the own agency."""
    by_region = _only_region_differs(agency, own)
    return sum(
        same_agency(other.one.agency, agency)
        and not (by_region and other.one.agency.region is None)
        for other in mentions
    )


class _Survey(NamedTuple):
    """The report's mentions of agencies, by line, and the lines that name the own one."""

    text: TextIndex
    own: Agency
    by_line: dict[int, list[_Named]]
    own_lines: frozenset[int]

    def near(self, line: int) -> Iterator[tuple[int, _Named]]:
        """The mentions within ``_NEAR`` lines of ``line`` (the line itself too)."""
        for other in range(line - _NEAR, line + _NEAR + 1):
            for one in self.by_line.get(other, ()):
                yield other, one

    def in_own_context(self, line: int) -> bool:
        """Whether ``line`` stands where the report speaks of itself by name: a paragraph
        that names the own agency, or an item of a numbered or bulleted list whose other
        items name it ("2. Meningkatnya koordinasi ... di wilayah Kecamatan X." between
        "1. ... di Kecamatan <own>." and "3. ... di Kecamatan <own>.")."""
        if line in self.own_lines:
            return True
        lines = self.text.lines
        return bool(_ITEM.match(lines[line])) and any(
            abs(other - line) <= _NEAR and _ITEM.match(lines[other])
            for other in self.own_lines)

    def is_list(self, at: _Mention) -> bool:
        """Whether another name of the kind stands beside this one: in its sentence, or in
        the lines around when its line does not name the own agency (a list of villages or
        neighbours). A paragraph on the agency itself is no list because the lines around
        it, or its other sentences, name its neighbours."""
        if at.index in self.own_lines:
            first, last = self.text.sentence_span(at.index, at.one.match.start(),
                                                   at.one.match.end())
            beside = (one for one in self.by_line[at.index]
                      if first <= one.match.start() < last)
        else:
            beside = (one for _, one in self.near(at.index))
        return self._paired(at) or any(
            one.agency.family == at.one.agency.family
            and one.agency.key != at.one.agency.key
            and not same_agency(one.agency, self.own)
            for one in beside
        )

    def _paired(self, at: _Mention) -> bool:
        """Whether the name is one of two joined by "dan", "serta", "atau" or a comma, the
        own one included ("Kecamatan X dan Kecamatan <own> menyepakati ..."): two
        agencies named together on purpose."""
        line = self.text.lines[at.index]
        start, end = at.one.match.start(), at.one.match.end()
        return any(
            _JOINED.fullmatch(line[one.match.end():start] if one.match.end() <= start
                              else line[end:one.match.start()])
            for one in self.by_line[at.index]
            if one is not at.one and one.agency.family == at.one.agency.family
        )


def _title_case_words(text: TextIndex, agency: Agency, own: Agency) -> bool:
    """Whether the name that tells ``agency`` from the own one is only words the report
    also writes in lower case: a Title Case heading ("Camat Mempunyai Tugas"), not a
    place. A name the own agency shares ("Dinas Kesehatan", told apart by its region:
    "Kota A") is no heading, whatever its words."""
    return not _only_region_differs(agency, own) and all(
        text.writes_in_lower_case(fold_text(word)) for word in agency.name)


def _named_on_purpose(before: str, sentence: str) -> bool:
    """Whether the words around a name say why another agency is named there: a place
    gone to or ranked among, a village's kecamatan, a comparison, a border, a partner, a
    visit, a citation (``before``: the sentence up to the name)."""
    return bool(
        _ELSEWHERE.search(before)
        or _VILLAGE_BEFORE.search(before)
        or _COMPARED.search(before)
        or _BESIDE.search(sentence)
        or _CITED.search(before[-60:])
    )


def _short_form_mentions(text: TextIndex, mentions: list[_Mention], own: Agency) -> int:
    """How often the report names itself by a short form: the acronym of its name
    ("BPBD" of "Badan Penanggulangan Bencana Daerah"), or the form it gives its name in
    brackets ("... Ketahanan Pangan (Distanpangan)"). A report that mostly writes "BPBD"
    names itself no less often for it."""
    shorts = {short for short in {word for line in text.lines for word in _ACRONYM.findall(line)}
              if same_agency_name(short, own.printed)}
    for mention in mentions:
        if same_agency(mention.one.agency, own):
            line = text.lines[mention.index]
            short = _SHORT_FORM.match(line, mention.one.match.end())
            if short:
                shorts.add(short["short"])
    count = 0
    for short in shorts:
        word = re.compile(rf"(?<![\w-]){re.escape(short)}(?![\w-])")
        count += sum(len(word.findall(text.lines[index]))
                     for index in text.lines_with((short.casefold(),)))
    return count


def _uncued(text: TextIndex, own: Agency, named: list[list[_Named]]) -> Iterator[_Mention]:
    """Names of another agency of the own kind that the report prints only once or
    twice, while it names itself dozens of times, where it speaks of itself: in a
    sentence on its work or results, as the subject of a sentence, followed by the
    report's own kabupaten (which only the agency itself carries), in a paragraph that
    names the agency itself, or in a list whose other items do."""
    mentions = [_Mention(line, one) for line, ones in enumerate(named) for one in ones]
    own_lines = [mention.index for mention in mentions if same_agency(mention.one.agency, own)]
    if (len(own_lines) < _OWN_OFTEN
            and len(own_lines) + _short_form_mentions(text, mentions, own) < _OWN_OFTEN):
        return
    survey = _Survey(text, own, {line: ones for line, ones in enumerate(named) if ones},
                     frozenset(own_lines))
    times_named: dict[Agency, int] = {}  # many mentions name one agency: count it once
    for mention in mentions:
        agency, match = mention.one.agency, mention.one.match
        line = text.lines[mention.index]
        if (
            mention.one.alias_of is not None
            or "\t" in line or "|" in line  # a table row: a list, or a cell of another text
            or same_agency(agency, own)
            or not _same_but_region(agency, own)
            or _title_case_words(text, agency, own)
        ):
            continue
        if agency not in times_named:
            times_named[agency] = _times_named(mentions, agency, own)
        if times_named[agency] > _RARE:
            continue
        before = text.sentence_before(mention.index, match.start())
        sentence = text.sentence_of(mention.index, match.start(), match.end())
        own_region = bool(agency.region and own.region) and agency.region == own.region
        subject = not _OPENING.sub("", before).strip()
        if (
            not (own_region or subject or _DUTIES.search(sentence)
                 or survey.in_own_context(mention.index))
            or _named_on_purpose(before, sentence)
            or survey.is_list(mention)
        ):
            continue
        yield mention


@rule(
    code="HYG001",
    slug="hygiene-other-agency",
    fix={
        "id": "Ganti nama instansi lain dengan nama instansi ini; teks itu kemungkinan tersalin"
              " dari laporan lain.",
        "en": "Replace the other agency's name with this agency's; the text was probably copied"
              " from another report.",
    },
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
        "perangkat daerah dikenali (kecamatan, distrik, kelurahan, dinas, badan, Bappeda, "
        "rumah sakit daerah, inspektorat, sekretariat DPRD, sekretariat daerah, Satpol PP); "
        "nama lengkap dan singkatannya (\"Dinas PUPR\") adalah satu instansi. Penyebutan "
        "batas wilayah, sejarah pemekaran, kutipan peraturan, daftar desa, mitra kerja dan "
        "atasan (pihak kedua Perjanjian Kinerja) tidak dilaporkan.",
        "en": "A report written over another agency's file often still names that agency "
        "where it speaks of itself (\"Kecamatan X selaku ...\", \"Laporan Kinerja RSUD X\", "
        "\"Laporan Kinerja Inspektorat Kabupaten Y\"). Every kind of perangkat daerah is known "
        "(kecamatan, distrik, kelurahan, dinas, badan, Bappeda, regional hospital, "
        "inspectorate, DPRD secretariat, regional secretariat, Satpol PP); a name and its "
        "acronym (\"Dinas PUPR\") are one agency. Borders, history, citations, lists of "
        "villages, partners and the superior (pihak kedua of the Perjanjian Kinerja) are not "
        "reported.",
    },
)
def HYG001(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 asks each agency to report its own performance: where the
    report speaks of itself ("Kecamatan X selaku pengemban amanah", "Laporan Kinerja
    Kecamatan X", "visi dan misi Kecamatan X", "pagu anggaran X sebesar" the agency's own
    budget total, "Jabatan : Kepala Dinas X" of the pihak pertama of its Perjanjian
    Kinerja, "Kinerja Dinas X Kabupaten Y tahun 2022 berpredikat" of the own name in
    another region), X is the reporting agency. Without such words, another agency of the
    own kind (or the own one in another region) that a report naming itself dozens of
    times names only once or twice, in a sentence on its duties or results, as the
    subject of a sentence, followed by the own kabupaten, or in a paragraph or list that
    names the agency itself, is a leftover too."""
    meta = context.report.meta
    if not meta.agency:
        return
    own = own_agency(meta.agency, meta.agency_kind, meta.region)
    totals = _own_totals(context.report)
    text = text_index(context.report)
    named: list[list[_Named]] = [[] for _ in text.lines]
    for index in text.lines_with(_KIND_STEMS):
        named[index] = list(_named(text.lines[index], text.folded[index]))
    aliases = _aliases(named)
    uncued = {(mention.index, mention.one.match.start()) for mention in
              _uncued(text, own, named)}
    for index, line in enumerate(text.lines):
        reported: set[tuple[str | None, str]] = set()
        for one in named[index]:
            agency, match = one.agency, one.match
            if (index, match.start()) not in uncued:
                if one.alias_of is not None or not (
                    _speaks_of_itself(one, line, own)
                    or _heads_pihak_pertama(text.lines, index, one, own)
                    or _gives_own_total(line[one.match.end():], totals)
                    or _own_kinerja(one, line, own)
                ):
                    continue
                if _is_own(agency, own, aliases):
                    continue
                before = text.sentence_before(index, match.start())
                if _NOT_SELF.search(before[-120:]) or _CITED.search(before[-60:]):
                    continue
                if _own_kinerja(one, line, own) and (
                        _COMPARING.search(before)
                        or _named_on_purpose(before, text.sentence_of(index, match.start(),
                                                                      match.end()))):
                    continue
            if (agency.family, agency.key) in reported:
                continue
            reported.add((agency.family, agency.key))
            found = agency.shown()
            if agency.region_printed and _only_region_differs(agency, own):
                found = f"{agency.printed} {agency.region_printed}"  # the region tells
            yield Violation(
                location(where(index)),
                {"found": found, "agency": meta.agency,
                 "excerpt": excerpt(line, match.start(), match.end())},
                expected=meta.agency,
                actual=found,
            )
