"""Who reports, about which year: agency, region, reporting year, title and signature.

Read from the cover (the lines before the first part), the running page headers and the
narrative, each piece of evidence weighted:

* the agency (nama OPD) is the one the cover prints on a line of its own, else the one the
  report names most often, first of all in "Laporan Kinerja ... <agency>"; another
  agency's name left over from a template loses on count. A name and its acronym are one
  agency ("Dinas Pekerjaan Umum dan Penataan Ruang (Dinas PUPR)", "Sekretariat DPRD"):
  their mentions count together and the meta gives the name written out;
* the reporting year is the year the report is *about*: the cover and title ("LKjIP ...
  Tahun 2022", a bare "2021" under the title), "Laporan Kinerja ... Tahun 2022" in the
  narrative, "Tahun Anggaran 2022", "31 Desember 2022", the running headers, and as a
  tie-breaker the signing date (a report on 2022 is signed early in 2023). Periods
  ("2021-2026") and legal citations ("Nomor 53 Tahun 2014") are no evidence;
* the signature is the "Place, [day] Month Year" line followed by a head's title or an NIP,
  and the first line after it that reads as a person's name.

Nothing here guesses: a year with no evidence is ``None`` and the caller makes a doubt.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from checker.agency import same_agency_name
from checker.model import Meta, Provenance
from checker.names import fold_word
from checker.text import Source

from ._cues import lazy, may_hold
from ._narrative import NarrativeCues

__all__ = ["extract_meta"]

_MONTHS = (
    "januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober"
    "|nopember|november|desember"
)
_YEAR = r"(?:19|20)\d{2}"
# Not a year when it starts or ends a period: "2021-2026", "2016 s.d. 2021", "2021/2022".
_NOT_PERIOD = r"(?!\s*(?:[-\u2013\u2014/]|s\.?\s*d\.?|sampai)\s*\d)"

_KINDS = {
    "kecamatan": "kecamatan", "kelurahan": "kelurahan", "dinas": "dinas", "badan": "badan",
    "inspektorat": "inspektorat", "sekretariat": "sekretariat", "satuan": "satuan",
    "rsud": "rumah_sakit", "kantor": "kantor", "biro": "biro",
    "bagian": "bagian",
}
_KIND = re.compile(
    r"\b(kecamatan|kelurahan|dinas|badan|inspektorat|sekretariat|satuan|rsud|rumah\s+sakit"
    r"|kantor|biro|bagian)\b",
    re.IGNORECASE,
)
# The words that open an agency's name: a line names an agency only if it holds one.
_NAME_OPENERS = (*_KINDS, "rumah")
_OPENER_SET = frozenset(_NAME_OPENERS)
_PUNCTUATION = ",.;:()"  # around a word that opens a name
_REGION = re.compile(r"\b(kabupaten|kab\.|kota|provinsi|prov\.)(?=\s)", re.IGNORECASE)
_REGION_WORD = re.compile(r"(kabupaten|kab\.?|kota|provinsi|prov\.?)", re.IGNORECASE)
_PEMERINTAH = re.compile(r"\bpemerintah\s+", re.IGNORECASE)
_PEMERINTAH_WORDS = ("pemerintah",)
_REGION_NAMES = {
    "kabupaten": "Kabupaten", "kab.": "Kabupaten", "kab": "Kabupaten", "kota": "Kota",
    "provinsi": "Provinsi", "prov.": "Provinsi", "prov": "Provinsi",
}
_REGION_WORDS = frozenset(("kabupaten", "kab.", "kab", "provinsi", "prov.", "prov"))
_STOP_WORDS = frozenset(("tahun", "ta", "ta.", "periode", "nomor", "no", "no.", "pemerintah"))
_STOP_OR_REGION = _STOP_WORDS | _REGION_WORDS
_CONNECTORS = frozenset(("dan", "serta", "&"))
_LOWER_WORDS = frozenset(("dan", "serta", "di", "ke", "dari", "untuk", "pada", "atau"))
_VOWEL = re.compile("[AEIOUaeiou]")
_MAX_NAME_WORDS = 8
_MAX_REGION_WORDS = 5
# Kinds that name an agency without a name of their own ("Inspektorat Kabupaten X").
_NAMELESS_KINDS = frozenset(("inspektorat",))

_REPORT = re.compile(
    r"\b(?:laporan\s+(?:akuntabilitas\s+)?kinerja|lkjip|lkj|lkip|lakip)\b", re.IGNORECASE
)
_REPORT_YEAR = lazy(
    rf"^[^.;]{{0,160}}?\btahun\s+(?:anggaran\s+)?({_YEAR})\b{_NOT_PERIOD}"
    r"(?!\s+(?:nomor|no\.))",
    re.IGNORECASE,
)
_CITATION = lazy(
    r"\b(?:nomor|no\.|peraturan|permen\w*|renstra|rencana|dokumen|tentang|rpjmd|undang|berita"
    r"|lembaran|republik)\b",
    re.IGNORECASE,
)
_BUDGET_YEAR = lazy(rf"\btahun\s+anggaran\s+({_YEAR})\b{_NOT_PERIOD}", re.IGNORECASE)
_YEAR_END = lazy(rf"\b31\s+desember\s+({_YEAR})\b", re.IGNORECASE)
# A word every match of a pattern holds, in lower case (see may_hold); the patterns are
# compiled when a line first holds the word.
_YEAR_CUES = ((_BUDGET_YEAR, ("anggaran",)), (_YEAR_END, ("desember",)))
_REPORT_WORDS = ("laporan", "lkj", "lkip", "lakip")
_COVER_YEAR = re.compile(rf"^(?:tahun\s+(?:anggaran\s+)?)?({_YEAR})$", re.IGNORECASE)
_COVER_TITLE_YEAR = lazy(rf"\b({_YEAR})\b{_NOT_PERIOD}")
_FIRST_PART = re.compile(
    r"^(?:#+\s*)?(?:kata\s+pengantar|daftar\s+isi|(?:ikhtisar|ringkasan)\s+eksekutif"
    r"|bab\s+(?:[ivx]+|\d)\b|pendahuluan$)",
    re.IGNORECASE,
)
_COVER_LIMIT = 60

_DATE_LINE = re.compile(
    rf"^(?:(?P<place>[A-Za-z][\w .'\-]{{0,40}}?)\s*,\s*)?"
    rf"(?P<date>(?:\d{{1,2}}\s+)?(?:{_MONTHS})\s+(?P<year>{_YEAR}))\s*\.?$",
    re.IGNORECASE,
)
_HEAD_TITLE = lazy(
    r"^(?:plt\.?|plh\.?|pt\.?|pj\.?|an\.?|a\.n\.?)?\s*(?:camat|kepala|sekretaris|inspektur"
    r"|direktur|lurah|bupati|wali\s*kota|walikota|gubernur|kasat|kepala\s+badan)\b",
    re.IGNORECASE,
)
_NIP = lazy(r"^\s*nip\b|^\d{3,8}(?:\s+\d{1,8}){2,}$", re.IGNORECASE)
_RANK = lazy(r"^(?:pembina|penata|pengatur|juru|pangkat|golongan)\b", re.IGNORECASE)
_DEGREE = lazy(
    r"(?:^|\s)(?:ir|dr|drs|dra|prof|h|hj)\.\s|,\s*[A-Z]{1,3}\.\s?[A-Za-z]{1,5}\b", re.IGNORECASE
)
_SIGNATURE_WINDOW = 12


class _Mention(NamedTuple):
    agency: str
    kind: str
    region: str | None
    line: int
    weight: int
    alias_of: str | None = None  # the name this one stands in parentheses after


def extract_meta(source: Source, cues: NarrativeCues | None = None) -> Meta:
    """The meta data of ``source``; fields without evidence are ``None``."""
    cues = cues or NarrativeCues(source)
    cover_end = _cover_end(source)
    # Read once, weighed three times (agency, region, year).
    evidence = _evidence_lines(cues, source)
    signed = _signature_line(source)
    mentions = list(_agency_mentions(source, cover_end, evidence,
                                     cues.lines_holding(_NAME_OPENERS)))
    agency, names = _best_agency(mentions)
    region, region_line = _region(source, cover_end, evidence, mentions, names,
                                  cues.lines_holding(_PEMERINTAH_WORDS))
    year, year_line = _year(source, cover_end, evidence, signed)
    place, date, signer = _signature(source, signed)
    agency_name = agency.agency if agency else None
    lines = [line for line in (agency.line if agency else None, year_line) if line is not None]
    if not lines and region_line is not None:
        lines = [region_line]
    where = Provenance(line=min(lines), end_line=max(lines)) if lines else Provenance()
    return Meta(
        agency=agency_name,
        agency_kind=agency.kind if agency else None,
        region=region,
        year=year,
        title=_title(source, cover_end),
        signed_place=place,
        signed_date=date,
        signer=signer,
        where=where,
    )


# -- lines ---------------------------------------------------------------------------------


def _text(source: Source, number: int) -> str:
    if 1 <= number <= len(source.stripped):
        return source.stripped[number - 1].strip("*# ").strip()
    return ""


def _cover_end(source: Source) -> int:
    """The last line of the cover: the line before the first part's heading."""
    for number in range(1, min(len(source.lines), _COVER_LIMIT) + 1):
        if _FIRST_PART.match(_text(source, number)):
            return number - 1
    return 0


# (line, text, where): where is "text" (the narrative) or "header" (a running header).
_Evidence = list[tuple[int, str, str]]


def _evidence_lines(cues: NarrativeCues, source: Source) -> _Evidence:
    """(line, text, where) for the narrative and the running headers."""
    evidence = [(number, text, "text") for number, text in cues.lines]
    for number in sorted(source.page_header_lines):
        text = _text(source, number)
        if text:
            evidence.append((number, text, "header"))
    return evidence


# -- names ---------------------------------------------------------------------------------


def _clean_word(word: str) -> tuple[str, bool]:
    """The word without trailing punctuation, and whether punctuation ended the name."""
    stripped = word.rstrip(",.;:)\"'\u201d")
    return stripped, stripped != word


# A person's titles in a hospital's name ("RSUD dr. H. Abdul Manap", "RSUD Prof. Dr.
# Margono"): their dot abbreviates, it does not end the name.
_PERSON_TITLES = frozenset(("dr.", "drg.", "h.", "hj.", "prof.", "ir."))


def _name_after(words: list[str], start: int, limit: int, region: bool,
                titled: bool = False) -> tuple[list[str], int]:
    """Capitalised words from ``start``: an agency's or a region's name (``titled``: one
    that may be a person's, titles and all), and the index of the word after it."""
    name: list[str] = []
    index = start
    while index < len(words) and len(name) < limit:
        if titled and words[index].casefold() in _PERSON_TITLES \
                and _word_after(words, index)[:1].isupper():
            name.append(words[index])
            index += 1
            continue
        word, ends = _clean_word(words[index])
        lower = word.casefold()
        if not word[:1].isupper() and lower not in _CONNECTORS:
            break  # the commonest end, tested first: every test below ends the name on it
        if not word or word.startswith("(") or any(map(str.isdigit, word)):
            break
        if lower in _STOP_OR_REGION or _KIND.fullmatch(word):
            break
        if lower == "kota" and not region and name and not ends \
                and _starts_region(_word_after(words, index)):
            break  # 'Sukamaju Utara Kota Lembah': the region starts here
        if lower in _CONNECTORS:
            if not name or ends or not _word_after(words, index)[:1].isupper():
                break
        elif not word[:1].isupper():
            break
        # "Dinas Koperasi, Usaha Kecil dan Menengah": a comma between the items of the
        # name keeps it going, and stays in it.
        listed = ends and words[index].endswith(",") and _listed_on(words, index + 1)
        name.append(f"{word}," if listed else word)
        index += 1
        if ends and not listed:
            break
    while name and name[-1].casefold() in _CONNECTORS:
        name.pop()
    return name, index


def _word_after(words: list[str], index: int) -> str:
    """The word after ``index``, without trailing punctuation ('' at the end): read only
    where a name's word needs it, not for every word."""
    return _clean_word(words[index + 1])[0] if index + 1 < len(words) else ""


def _starts_region(word: str) -> bool:
    """Whether ``word`` after 'Kota' names a region: capitalised, no stop word."""
    return word[:1].isupper() and word.casefold() not in _STOP_OR_REGION


# Words after a comma that begin a person's title or a new clause, never an item of the
# agency's name ("Dinas Sosial, Kepala Dinas dan ...").
_NOT_LISTED = frozenset((
    "kepala", "sekretaris", "camat", "lurah", "bupati", "walikota", "wali", "gubernur",
    "inspektur", "direktur", "yang", "selanjutnya",
))


def _listed_on(words: list[str], start: int) -> bool:
    """Whether the comma before ``start`` parts the items of one name: what follows are
    capitalised words, closed by "dan"/"serta" and another capitalised word ("Dinas
    Koperasi, Usaha Kecil dan Menengah", "Dinas Pemuda, Olahraga dan Pariwisata"). Any
    other comma ends the name ("Kecamatan Lembah, Kabupaten ...")."""
    for index in range(start, min(len(words), start + _MAX_NAME_WORDS)):
        word, ends = _clean_word(words[index])
        lower = word.casefold()
        if lower in _CONNECTORS:
            following = words[index + 1] if index + 1 < len(words) else ""
            return index > start and following[:1].isupper() and not ends
        if (not word[:1].isupper() or any(map(str.isdigit, word))
                or lower in _STOP_OR_REGION or lower in _NOT_LISTED or _KIND.fullmatch(word)
                or (ends and not words[index].endswith(","))):
            return False
    return False


# The same names recur on many lines of a report: each is cased once.
@lru_cache(maxsize=1024)
def _title_case(text: str) -> str:
    """'KECAMATAN TANJUNG KOTA' -> 'Kecamatan Tanjung Kota'; acronyms stay ('PMD')."""
    letters = list(filter(str.isalpha, text))
    if not letters or sum(map(str.isupper, letters)) < 0.8 * len(letters):
        return text
    words = []
    for index, word in enumerate(text.split()):
        if index and word.casefold() in _LOWER_WORDS:
            words.append(word.casefold())
        elif not _VOWEL.search(word):
            words.append(word)
        else:
            words.append(word[:1].upper() + word[1:].lower())
    return " ".join(words)


def _region_after(words: list[str], index: int) -> str | None:
    if index >= len(words):
        return None
    match = _REGION_WORD.fullmatch(words[index].rstrip(",:"))
    if not match:
        return None
    name, _ = _name_after(words, index + 1, _MAX_REGION_WORDS, region=True)
    if not name:
        return None
    label = _REGION_NAMES[fold_word(match.group(1))]
    return f"{label} {_title_case(' '.join(name))}"


def _mentions_in(text: str, line: int, weight: int) -> Iterator[_Mention]:
    """The agencies ``text`` names; the caller has seen that it may name one
    (:func:`_may_name_agency`)."""
    words = text.split()
    # Folded whole, then split: case folding is letter by letter and makes no spaces.
    folded = text.casefold().split()
    index = 0
    previous: tuple[int, str] | None = None  # where the last name ended, and the name
    # Only a kind word can open a name: the words between are skipped, not read.
    openers = [i for i, word in enumerate(folded) if word.strip(_PUNCTUATION) in _OPENER_SET]
    for start in openers:
        if start < index:
            continue  # within the name read last
        index = start
        opener = folded[index].strip(_PUNCTUATION)
        step = 2 if opener == "rumah" and _next_word(folded, index) == "sakit" else 1
        kind = "rumah_sakit" if step == 2 else _KINDS.get(opener)
        if kind is None:
            continue
        name, end = _name_after(words, index + step, _MAX_NAME_WORDS, region=False,
                                titled=kind == "rumah_sakit")
        if name or kind in _NAMELESS_KINDS:
            label = " ".join(words[index:index + step]).strip(",.;:()")
            agency = _title_case(" ".join([label, *name]))
            agency = agency[:1].upper() + agency[1:]
            # "Dinas Pekerjaan Umum dan Penataan Ruang (Dinas PUPR)": the same agency.
            alias_of = None
            if previous and previous[0] == index and words[index].startswith("("):
                alias_of = previous[1]
            yield _Mention(agency, kind, _region_after(words, end), line, weight, alias_of)
            previous = (end, agency)
        index = max(end, index + step)


def _may_name_agency(text: str) -> bool:
    """Whether ``text`` holds a word that opens an agency's name: most lines do not."""
    return may_hold(text, _NAME_OPENERS)


def _next_word(folded: list[str], index: int) -> str:
    return folded[index + 1].strip(_PUNCTUATION) if index + 1 < len(folded) else ""


def _may_hold_cue(number: int, text: str, where: str, narrative_holding: frozenset[int],
                  words: tuple[str, ...]) -> bool:
    """Whether an evidence line may hold one of ``words``: for a narrative line its
    number in ``narrative_holding`` (the lines found to), a running header is tested."""
    return number in narrative_holding if where == "text" else may_hold(text, words)


def _agency_mentions(
    source: Source, cover_end: int, evidence: _Evidence, naming_lines: frozenset[int],
) -> Iterator[_Mention]:
    """The agencies the cover and the evidence lines name; ``naming_lines`` are the
    narrative lines that hold a word that opens an agency's name."""
    for number in range(1, cover_end + 1):
        text = _text(source, number)
        if not _may_name_agency(text):
            continue
        for mention in _mentions_in(text, number, 1):
            whole = _KIND.match(text) is not None and len(text.split()) <= _MAX_NAME_WORDS + 2
            yield mention._replace(weight=10 if whole else 3)
    for number, text, where in evidence:
        if number <= cover_end or not _may_hold_cue(number, text, where, naming_lines,
                                                     _NAME_OPENERS):
            continue  # the cover is read above
        mentions = list(_mentions_in(text, number, 1))
        if not mentions:
            continue
        weight = 2 if where == "header" else 1
        if where == "text" and may_hold(text, _REPORT_WORDS) and _REPORT.search(text):
            weight = 3  # the agency of "Laporan Kinerja ... <agency>"
        yield from (mention if weight == 1 else mention._replace(weight=weight)
                    for mention in mentions)


def _best_agency(mentions: list[_Mention]) -> tuple[_Mention | None, frozenset[str]]:
    """The agency with the most weight, a name and its acronym counted together: its
    strongest (then first) mention, under the name written out, and the names (folded)
    it goes by."""
    mentions = [m for m in mentions if m.kind != "kantor" or len(m.agency.split()) >= 2]
    if not mentions:
        return None, frozenset()
    written = _written_out(mentions)
    scores: dict[str, int] = defaultdict(int)
    for mention in mentions:
        scores[written[mention.agency.casefold()]] += mention.weight
    best = max(scores, key=lambda key: scores[key])
    best = _unit_of_sekretariat(mentions, written, scores, best)
    chosen = [m for m in mentions if written[m.agency.casefold()] == best]
    strongest = max(chosen, key=lambda m: (m.weight, -m.line))
    spelled = next(m.agency for m in mentions if m.agency.casefold() == best)
    names = frozenset(key for key, name in written.items() if name == best)
    return strongest._replace(agency=spelled), names


# The units inside a Sekretariat (Daerah, DPRD) that report on their own: "Biro
# Pemerintahan ..." of a Setda Provinsi, "Bagian Organisasi" of a Setda Kabupaten.
_UNIT_KINDS = frozenset(("biro", "bagian"))
_COVER_LINE = 10  # the weight of a name the cover prints on a line of its own


def _unit_of_sekretariat(mentions: list[_Mention], written: dict[str, str],
                         scores: dict[str, int], best: str) -> str:
    """A Biro's report names its Sekretariat first on the cover ("SEKRETARIAT DAERAH" over
    "BIRO PEMERINTAHAN ...") and again and again in the text, as the parent it belongs to:
    the unit the cover prints on a line of its own is the agency reporting, not the
    parent that outweighs it."""
    if not any(m.kind == "sekretariat" and written[m.agency.casefold()] == best
               for m in mentions):
        return best
    units = {written[m.agency.casefold()] for m in mentions
             if m.kind in _UNIT_KINDS and m.weight >= _COVER_LINE}
    return max(units, key=lambda key: scores[key], default=best)


def _written_out(mentions: list[_Mention]) -> dict[str, str]:
    """Each name (folded) and the folded name it stands for: itself, or the longer name
    it is the acronym of or follows in parentheses ("Dinas PUPR" -> "dinas pekerjaan
    umum dan penataan ruang")."""
    names = {m.agency.casefold(): m.kind for m in mentions}
    aliases = {m.agency.casefold(): m.alias_of.casefold() for m in mentions if m.alias_of}
    longer = sorted(names, key=lambda key: -len(key.split()))
    written = {key: key for key in names}
    for key, kind in names.items():
        if key in aliases:
            written[key] = aliases[key]
            continue
        for other in longer:
            if len(other.split()) <= len(key.split()):
                break
            if names[other] == kind and same_agency_name(key, other):
                written[key] = other
                break
    return written


def _region(
    source: Source, cover_end: int, evidence: _Evidence, mentions: list[_Mention],
    names: frozenset[str], pemerintah_lines: frozenset[int],
) -> tuple[str | None, int | None]:
    """The region the cover, the agency's name and "Pemerintah ..." in the evidence lines
    name most; ``pemerintah_lines`` are the narrative lines that hold that word."""
    scores: dict[str, int] = defaultdict(int)
    first: dict[str, int] = {}
    spelled: dict[str, str] = {}

    def add(region: str, line: int, weight: int) -> None:
        key = region.casefold()
        scores[key] += weight
        first.setdefault(key, line)
        spelled.setdefault(key, region)

    for number in range(1, cover_end + 1):
        words = _text(source, number).split()
        for index, word in enumerate(words):
            if _REGION_WORD.fullmatch(word) and (index == 0 or words[index - 1].casefold() in (
                "pemerintah", "kabupaten", "kota", "provinsi")):
                region = _region_after(words, index)
                if region:
                    add(region, number, 10 if index == 0 else 3)
    for mention in mentions:
        if mention.region and mention.agency.casefold() in names:
            add(mention.region, mention.line, 2)
    for number, text, where in evidence:
        if not _may_hold_cue(number, text, where, pemerintah_lines, _PEMERINTAH_WORDS):
            continue
        for match in _PEMERINTAH.finditer(text):
            words = text[match.end():].split()
            region = _region_after(words, 0)
            if region:
                add(region, number, 1)
    if not scores:
        return None, None
    _join_wrapped(source, scores, first, spelled)
    best = max(scores, key=lambda key: (scores[key], -first[key]))
    return spelled[best], first[best]


def _join_wrapped(source: Source, scores: dict[str, int], first: dict[str, int],
                  spelled: dict[str, str]) -> None:
    """Read a region cut by the end of its line with the words that open the next line:
    "... Kabupaten Air" / "Batu Tahun 2023" is Kabupaten Air Batu, when the report prints
    that whole name somewhere (a running header, a signature). Only where the cut is
    seen, so "Kabupaten Bandung" beside "Kabupaten Bandung Barat" stays as read."""
    text = None
    for short in list(scores):
        line = first[short]
        if not " ".join(_text(source, line).split()).casefold().endswith(short):
            continue
        following, _ = _name_after(_text(source, line + 1).split(), 0, _MAX_REGION_WORDS,
                                   region=True)
        if text is None:  # the lines, folded, once: only a cut region needs them
            text = "\n".join(" ".join(line.split()) for line in source.stripped).casefold()
        for count in range(len(following), 0, -1):
            longer = f"{spelled[short]} {' '.join(following[:count])}"
            if longer.casefold() in text:  # whole on one line somewhere
                key = longer.casefold()
                scores[key] += scores.pop(short)
                first.setdefault(key, line)
                spelled.setdefault(key, longer)
                break


# -- year ------------------------------------------------------------------------------------


def _year(
    source: Source, cover_end: int, evidence: _Evidence,
    signed: tuple[int, re.Match[str]] | None,
) -> tuple[int | None, int | None]:
    votes: dict[int, int] = defaultdict(int)
    best_line: dict[int, tuple[int, int]] = {}  # year -> (-weight, line) of its best evidence

    def vote(year: int, line: int, weight: int) -> None:
        votes[year] += weight
        key = (-weight, line)
        if year not in best_line or key < best_line[year]:
            best_line[year] = key

    for number, year in _cover_years(source, cover_end):
        vote(year, number, 3)
    headers: dict[int, int] = defaultdict(int)
    for number, text, where in evidence:
        if number <= cover_end or not ("19" in text or "20" in text):
            continue  # no year on the line ("19.." or "20.."): no evidence
        for year in _report_years(text):
            if where == "header":
                if headers[year] < 3:
                    headers[year] += 1
                    vote(year, number, 1)
            else:
                vote(year, number, 2)
        if where == "text":
            for pattern, words in _YEAR_CUES:
                for match in pattern().finditer(text) if may_hold(text, words) else ():
                    vote(int(match.group(1)), number, 1)
    if not votes:
        return None, None  # a signing date alone does not say which year is reported
    if signed is not None:
        line, match = signed
        vote(int(match.group("year")) - 1, line, 1)
    year = max(votes, key=lambda y: (votes[y], -best_line[y][0], -best_line[y][1]))
    return year, best_line[year][1]


def _cover_years(source: Source, cover_end: int) -> Iterator[tuple[int, int]]:
    """Years the cover prints: 'TAHUN 2022' lines, a bare '2021' and a title's year."""
    for number in range(1, cover_end + 1):
        text = _text(source, number)
        if match := _COVER_YEAR.match(text):
            yield number, int(match.group(1))
        elif _REPORT.search(text):
            for match in _COVER_TITLE_YEAR().finditer(text):
                yield number, int(match.group(1))


def _report_years(text: str) -> Iterator[int]:
    """The year right after each "Laporan Kinerja / LKjIP ..." in ``text`` (once for
    "Laporan Kinerja Instansi Pemerintah (LKjIP) ... Tahun 2022")."""
    seen: set[int] = set()
    if not may_hold(text, _REPORT_WORDS):
        return
    for report in _REPORT.finditer(text):
        rest = text[report.end():]
        match = _REPORT_YEAR().match(rest)
        position = report.end() + (match.start(1) if match else 0)
        if match and position not in seen and not _CITATION().search(rest[: match.start(1)]):
            seen.add(position)
            yield int(match.group(1))


# -- title and signature ----------------------------------------------------------------------


def _title(source: Source, cover_end: int) -> str | None:
    """The cover's report title ('LAPORAN KINERJA INSTANSI PEMERINTAH'), without the
    agency, region and year printed under it."""
    for number in range(1, cover_end + 1):
        text = _text(source, number)
        if not _REPORT.search(text):
            continue
        parts = [text]
        for following in range(number + 1, cover_end + 1):
            more = _text(source, following)
            if not more or _KIND.match(more) or _REGION.match(more) or _COVER_YEAR.match(more):
                break
            parts.append(more)
        return " ".join(parts)
    return None


def _signature_line(source: Source) -> tuple[int, re.Match[str]] | None:
    """The first date line that a head's title or an NIP follows closely."""
    for number in range(1, len(source.lines) + 1):
        match = _DATE_LINE.match(_text(source, number))
        if match is None:
            continue
        window = range(number + 1, min(number + _SIGNATURE_WINDOW, len(source.lines)) + 1)
        if any(_HEAD_TITLE().match(text) or _NIP().match(text)
               or (_DEGREE().search(text) and _is_person(text))
               for text in (_text(source, n) for n in window)):
            return number, match
    return None


def _signature(
    source: Source, found: tuple[int, re.Match[str]] | None
) -> tuple[str | None, str | None, str | None]:
    if found is None:
        return None, None, None
    number, match = found
    place = match.group("place")
    signer = None
    for following in range(number + 1, min(number + _SIGNATURE_WINDOW, len(source.lines)) + 1):
        text = _text(source, following)
        if _is_person(text):
            signer = text
            break
    return (place.strip() if place else None), match.group("date"), signer


def _is_person(text: str) -> bool:
    if not text or _HEAD_TITLE().match(text) or _NIP().match(text) or _RANK().match(text):
        return False
    if _KIND.search(text) or _REGION.search(text) or any(map(str.isdigit, text)):
        return False
    words = text.split()
    if _DEGREE().search(text):
        return True
    letters = list(filter(str.isalpha, text))
    upper = sum(map(str.isupper, letters))
    return 2 <= len(words) <= 6 and upper >= 0.8 * len(letters)
