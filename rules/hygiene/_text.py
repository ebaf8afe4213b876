"""Reading the report's lines for the hygiene rules: where, excerpts, sentences, names.

The hygiene rules work on ``report.text`` (the lines of the input file). These
helpers say *where* a finding is (the line of ``report.text[index]``), show a
reviewer *what* was found (a short excerpt of the line around the match, without
conversion markup), find the sentence a match stands in (so a guard such as "is
this a comparison?" looks at the right words), and read an agency's name down to
what tells two agencies apart: its kind, its own name (or the acronym of it) and,
for the kinds with one agency per region, the region.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from checker.agency import same_agency_name
from checker.graph import fold_text
from checker.model import Provenance
from checker.text._lines import cleaned_lines

__all__ = [
    "AGENCY_KIND",
    "KINDS_FOLDED",
    "MONTHS",
    "NAMELESS_KINDS",
    "REVIEW",
    "SENTENCE_END",
    "Agency",
    "agency_key",
    "clean",
    "clean_lines",
    "excerpt",
    "name_tokens",
    "own_agency",
    "read_agency",
    "same_agency",
    "same_region",
    "sentence_before",
    "sentence_of",
    "where",
]

# The regulation every hygiene rule enforces, with the aspect of the reviu it serves.
REVIEW = "Permenpan RB 53/2014, Lampiran III (reviu: {})"

EXCERPT_WIDTH = 80
_MARKUP = re.compile(r"</?(?:b|i|u|strong|em)>|\*\*|__|\\")
# A sentence ends at . ! ? ; followed by space and a capital, a quote or a parenthesis
# ("No. 23" and "Rp. 3.000" do not end one: a digit follows).
SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z\"“(])")

MONTHS = (
    "januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli",
    "agustus", "september", "oktober", "nopember", "november", "desember",
)

# The kinds of perangkat daerah (PP 18/2016) and of the units that report like them, as a
# text names an agency of each: by the unit or by its head ("Kecamatan X" / "Camat X"),
# written out or by the acronym every report uses ("RSUD X", "Satpol PP"). In the Papua
# provinces a kecamatan is a distrik (UU 21/2001), headed by a "Kepala Distrik X": the
# head is named by the unit's own name.
_KINDS = {
    "kecamatan": r"kecamatan|camat",
    "distrik": r"distrik",
    "kelurahan": r"kelurahan|lurah",
    "dinas": r"dinas",
    "badan": r"badan",
    "bappeda": r"bappeda",
    "rumah_sakit": r"rumah\s+sakit(?:\s+umum)?(?:\s+daerah)?|rsud|rsu",
    "inspektorat": r"inspektorat(?:\s+daerah)?|inspektur",
    "sekretariat_dprd": r"sekretariat\s+(?:dprd|dewan(?:\s+perwakilan\s+rakyat\s+daerah)?)"
                        r"|sekretaris\s+(?:dprd|dewan)|setwan",
    "sekretariat_daerah": r"sekretariat\s+daerah|sekretaris\s+daerah|setda",
    "satpol_pp": r"satuan\s+polisi\s+pamong\s+praja|satpol[\s-]*pp",
}
AGENCY_KIND = "|".join(f"(?:{pattern})" for pattern in _KINDS.values())
# The same kinds as one alternation of lower-case words, to be matched as written in a
# case-folded text (cheaper than a case-insensitive match).
KINDS_FOLDED = "|".join(_KINDS.values())
# Kinds with one agency per region and no name of their own ("Inspektorat Kota X"): the
# region after the kind tells two of them apart.
NAMELESS_KINDS = frozenset(
    ("bappeda", "inspektorat", "sekretariat_dprd", "sekretariat_daerah", "satpol_pp")
)
_LEADING_KIND = re.compile(rf"(?i)^\s*(?:kantor\s+)?(?P<kind>{AGENCY_KIND})\b\s*")
# Words that start the region after a name ("Kota" only once the name has a word).
_REGION_WORDS = {"kabupaten": "kabupaten", "kab": "kabupaten", "provinsi": "provinsi",
                 "prov": "provinsi", "kota": "kota"}
_CONNECTORS = {"dan", "serta"}
# Kind words :func:`agency_key` drops before a name ("KANTOR KECAMATAN SUKAMAJU").
KIND_WORDS = ("kantor", "kecamatan", "camat", "distrik", "dinas", "badan", "kelurahan",
              "lurah")
# Words that end an agency's name: the region, the year, a citation, a role, and the
# small words of a Title Case heading ("Visi Dan Misi Kecamatan Dalam ...").
_NAME_STOP = {
    "kabupaten", "kab", "provinsi", "prov", "tahun", "selaku", "sebagai", "nomor", "no",
    "tentang", "periode", "bupati", "walikota", "gubernur", "yang", "nip", "tanggal",
    "dalam", "dan", "di", "ke", "dari", "untuk", "pada", "serta", "dengan", "adalah",
    "merupakan", "ini", "itu", "tersebut", "secara", "oleh", "atas", "terhadap", "melalui",
    "sesuai", "berdasarkan", "telah", "akan", "juga",
}


def where(index: int) -> Provenance:
    """The provenance of ``text[index]`` (line ``index + 1``)."""
    return Provenance(line=index + 1)


def clean(text: str) -> str:
    """``text`` without conversion markup (``<b>``, ``**``) and with single spaces."""
    # Most lines carry no markup: a test for its characters is far cheaper than the pattern.
    if "<" in text or "**" in text or "__" in text or "\\" in text:
        text = _MARKUP.sub("", text)
    # ``split()`` cuts at every run of what ``\s`` matches and drops the ends: the same
    # as replacing each run by one space and stripping.
    return " ".join(text.split())


# Every line of a report's text through :func:`clean`, computed once per report.
clean_lines = cleaned_lines(clean)


def excerpt(line: str, start: int, end: int, width: int = EXCERPT_WIDTH) -> str:
    """The part of ``line`` around ``line[start:end]``, cleaned, about ``width`` long.

    Cut ends are marked with an ellipsis; cuts fall between words.
    """
    found = clean(line[start:end])
    before = clean(line[:start])
    after = clean(line[end:])
    room = max(width - len(found), 0)
    keep_before = min(len(before), room // 3)
    keep_after = min(len(after), room - keep_before)
    keep_before = min(len(before), room - keep_after)  # give unused room back to the left
    head = _tail(before, keep_before)
    tail = _head(after, keep_after)
    # Keep the line's own spacing at the joins ("AKIP." stays "AKIP.").
    text = found
    if head:
        text = head + (" " if start > 0 and line[start - 1].isspace() else "") + text
    if tail:
        text = text + (" " if end < len(line) and line[end].isspace() else "") + tail
    return text


def _tail(text: str, size: int) -> str:
    if size >= len(text):
        return text
    if size <= 0:
        return "…"
    cut = text[len(text) - size:]
    space = cut.find(" ")
    if 0 <= space < len(cut) - 1:
        cut = cut[space + 1:]
    return "…" + cut


def _head(text: str, size: int) -> str:
    if size >= len(text):
        return text
    if size <= 0:
        return "…"
    cut = text[:size]
    space = cut.rfind(" ")
    if space > 0:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def sentence_of(line: str, start: int, end: int) -> str:
    """The sentence of ``line`` that holds ``line[start:end]``."""
    begin = 0
    for boundary in SENTENCE_END.finditer(line):
        if boundary.end() <= start:
            begin = boundary.end()
        elif boundary.start() >= end:
            return line[begin:boundary.start()]
    return line[begin:]


def sentence_before(line: str, start: int) -> str:
    """The words of ``start``'s sentence that come before it."""
    begin = 0
    for boundary in SENTENCE_END.finditer(line):
        if boundary.end() <= start:
            begin = boundary.end()
    return line[begin:start]


def name_tokens(name: str) -> list[str]:
    """The words of an agency's name as printed, up to the region, year or role.

    ``"Sukamaju Utara Kota Lembah"`` -> ``["Sukamaju", "Utara"]`` (``Kota Lembah`` is the
    region), but ``"Tanjung Kota Kabupaten ..."`` -> ``["Tanjung", "Kota"]``.
    """
    words = name.split()
    kept: list[str] = []
    for index, word in enumerate(words):
        folded = fold_text(word)
        if folded in _NAME_STOP:
            break
        following = fold_text(words[index + 1]) if index + 1 < len(words) else ""
        if folded == "kota" and following and following not in _NAME_STOP and kept:
            break  # "... Kota Lembah": the town the kecamatan lies in
        kept.append(word.strip(",.;:"))
    return kept


@lru_cache(maxsize=4096)  # the same few names are compared thousands of times per report
def agency_key(name: str) -> str:
    """An agency's name folded for comparison, without its kind and its region:
    ``"KANTOR KECAMATAN SUKAMAJU"`` and ``"Kecamatan Sukamaju Kabupaten ..."`` -> ``"sukamaju"``."""
    words = fold_text(name).split()
    while words and words[0] in KIND_WORDS:
        words = words[1:]
    return "".join(fold_text(" ".join(name_tokens(" ".join(words)))).split())


class Agency(NamedTuple):
    """An agency as the text names it: its kind, its name as printed (kind and own name,
    for the reader and for acronyms), its own name's words and the region after them."""

    family: str | None
    printed: str
    name: tuple[str, ...]
    region: str | None  # folded: "kota pelita raya"
    region_printed: str = ""

    @property
    def key(self) -> str:
        """What tells two agencies of one kind apart: the name, else the region."""
        return agency_key(" ".join(self.name)) or (self.region or "").replace(" ", "")

    def shown(self) -> str:
        """The name for a message: the region too when the kind has no name of its own."""
        region = self.region_printed if not self.name else ""
        return f"{self.printed} {region}".strip()


@lru_cache(maxsize=256)  # a report writes a kind a few ways, hundreds of times
def _kind_family(kind: str) -> str | None:
    """The kind of perangkat daerah a kind word names ("Camat" -> "kecamatan")."""
    for family, pattern in _KINDS.items():
        if re.fullmatch(pattern, kind.strip(), re.IGNORECASE):
            return family
    return None


@lru_cache(maxsize=4096)  # a report names its own agency dozens of times, the same way
def read_agency(kind: str, words: str) -> Agency:
    """The agency named by ``kind`` and the capitalised ``words`` after it: its own name
    up to the region, and the region ("Pekerjaan Umum dan Penataan Ruang Provinsi Selat
    Bahari" -> name and "provinsi selat bahari")."""
    family = _kind_family(kind)
    tokens = [word.strip(",.;:()") for word in words.split()]
    name: list[str] = []
    region: list[str] = []  # as printed
    for index, word in enumerate(tokens):
        folded = fold_text(word)
        if region:
            if folded in _NAME_STOP or _LEADING_KIND.match(word):
                break
            region.append(word)
        elif _starts_region(folded, tokens[index + 1:], bool(name) or family in NAMELESS_KINDS):
            region.append(word)
        elif (folded in _NAME_STOP and folded not in _CONNECTORS) or _LEADING_KIND.match(word):
            break
        else:
            name.append(word)
    while name and fold_text(name[-1]) in _CONNECTORS:
        name.pop()
    printed = " ".join([" ".join(kind.split()), *name])
    return Agency(family, printed, tuple(name), _region_key(" ".join(region)), " ".join(region))


def _region_key(region: str) -> str | None:
    """A region folded, its label written out: "Kab. Contoh" -> "kabupaten contoh"."""
    words = fold_text(region).split()
    if words and words[0] in _REGION_WORDS:
        words[0] = _REGION_WORDS[words[0]]
    return " ".join(words) or None


def _starts_region(folded: str, rest: list[str], named: bool) -> bool:
    """Whether a word starts the region: "Kabupaten"/"Provinsi" before a name, "Kota"
    too once the agency has its name ("Kecamatan Tanjung Kota Kabupaten X" keeps "Kota")."""
    following = fold_text(rest[0]) if rest else ""
    if folded not in _REGION_WORDS or not following:
        return False
    if following in _NAME_STOP or following in _REGION_WORDS:
        return False
    return folded != "kota" or named


def own_agency(agency: str, kind: str | None, region: str | None) -> Agency:
    """The report's own agency, from the meta data: the kind and name its name prints
    ("Inspektorat Kota Pelita Raya"), else the kind the meta gives; the meta's region when
    the name carries none."""
    match = _LEADING_KIND.match(agency)
    if match:
        found = read_agency(match["kind"], agency[match.end():])
    else:
        found = Agency(_kind_family(kind or ""), agency, tuple(agency.split()), None)
    if found.region is None and region:
        found = found._replace(region=_region_key(region), region_printed=region)
    return found


@lru_cache(maxsize=4096)  # each name of a report is compared with the own one, again and again
def same_agency(found: Agency, own: Agency) -> bool:
    """Whether a name found in the text is the report's own agency. Of another kind only
    when it is the acronym of the own name ("Bappeda" of "Badan Perencanaan Pembangunan
    Daerah"); of one kind, a name that is a shortened or lengthened form of the other
    ("Tanjung" / "Tanjung Kota") or its acronym ("Dinas PUPR") is the same, and where a
    name is missing (a kind with one agency per region) the regions tell. Only a different
    name, region or kind counts."""
    if own.family is not None and found.family != own.family:
        return same_agency_name(found.printed, own.printed)
    # The region is part of the name: "Dinas Kesehatan Kota A" is not "Dinas Kesehatan
    # Kabupaten B", so a region printed beside the name is compared, never stripped.
    if found.region and own.region and not same_region(found.region, own.region):
        return False
    if found.name and own.name:
        return _same_name(found, own)
    return True


def same_region(first: str, second: str) -> bool:
    """Whether two folded regions ("kabupaten tanjung jabung barat") may be one region.

    Regions of different levels (a provinsi and a kabupaten) are not compared: a report
    names its province beside its own name. Of one level, a name that is the start of the
    other ("kabupaten tanjung jabung") or its syllable abbreviation ("tanjab barat") is the
    same region; kabupaten and kota of one name are not told apart, to stay on the safe side.
    """
    first_label, _, first_name = first.partition(" ")
    second_label, _, second_name = second.partition(" ")
    if (first_label == "provinsi") != (second_label == "provinsi"):
        return True
    short, long = sorted(("".join(first_name.split()), "".join(second_name.split())), key=len)
    if not short or long.startswith(short):
        return True
    return short[0] == long[0] and _subsequence(short, long)


def _subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(letter in letters for letter in short)


def _same_name(found: Agency, own: Agency) -> bool:
    """Two names of one kind: one the shortened form of the other, or its acronym."""
    first, second = agency_key(" ".join(found.name)), agency_key(" ".join(own.name))
    if not first or not second or first.startswith(second) or second.startswith(first):
        return True
    return same_agency_name(" ".join(found.name), " ".join(own.name))
