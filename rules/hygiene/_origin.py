"""What a report states about its own agency's origin, read from its narrative.

Four facts a report may state about how its agency came to be, each where the
sentence's subject is the agency itself ("Kecamatan X ...", "Kecamatan ini ...",
"Pembentukan Kecamatan X ..."):

- the regulation that formed it: "dibentuk berdasarkan Peraturan Daerah Nomor 8 Tahun
  2008", or any citation "... tentang Pembentukan Kecamatan X";
- the agency it was split from: "merupakan (hasil) pemekaran dari Kecamatan Y";
- the year it was formed: "dibentuk pada tahun 2008", "berdiri sejak 2005";
- the name it had before: "sebelumnya bernama ...", "berubah nama dari ...".

A sentence that names another agency before the fact ("Kecamatan X berbatasan dengan
Kecamatan Y yang dibentuk ...") may speak of that one, so it is not read. Statements
about the agency's duties, or citations of unrelated regulations, are no origin facts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from checker.graph import fold_text
from checker.model import Report
from rules._structure_outline import prose
from rules.hygiene._index import text_index
from rules.hygiene._lazy import LazyPattern
from rules.hygiene._text import (
    AGENCY_KIND,
    Agency,
    agency_key,
    clean,
    own_agency,
    read_agency,
    same_agency,
    sentence_before,
    sentence_of,
)

__all__ = ["Citation", "Statement", "is_itself", "own_agency_of", "statements"]

_YEAR = r"(?:19|20)\d\d"
# A line that may state an origin holds the stem of one of the cues below. Searched in
# the lower-cased line: far cheaper than the cues themselves on every line.
_STEM_WORDS = ("bentuk", "mekar", "pecahan", "diri", "nama")
_STEMS = re.compile("|".join(_STEM_WORDS))

# An agency named in a sentence: its kind and the capitalised words of its name, or the
# kind followed by "ini" ("Kecamatan ini").
_MENTION = LazyPattern(
    rf"(?:(?i:kantor)\s+)?\b(?P<kind>(?i:{AGENCY_KIND}))\b"
    r"(?:[^\S\t]+(?:(?P<this>(?i:ini|tersebut))\b|(?P<name>[A-Z][\w'\u2019-]*"
    r"(?: +(?:dan +)?[A-Z][\w'\u2019-]*)*)))?"
)
# A regulation as the narrative cites it: its issuer, number and year, and its title.
_ISSUER = (
    r"(?P<issuer>peraturan\s+daerah|perda|peraturan\s+(?:bupati|walikota|wali\s+kota|gubernur)"
    r"|perbup|perwal|pergub|keputusan\s+(?:bupati|walikota|wali\s+kota|gubernur)"
    r"|peraturan\s+pemerintah|undang[\s-]*undang|uu|pp)"
)
_CITATION = re.compile(
    rf"(?i)\b{_ISSUER}\b(?:\s+(?:kabupaten|kota|provinsi)(?:\s+[a-z]+){{1,4}}?)?"
    rf"\s*(?:nomor|no\.?)\s*(?P<number>[\w.-]{{1,12}}?)\s+tahun\s+(?P<year>{_YEAR})\b"
    r"(?:\s+tentang\s+(?P<subject>[^;()]{3,200}))?"
)
_CITED_PAIR = LazyPattern(rf"(?i)(?:nomor|no\.?)\s*([\w.-]{{1,12}}?)\s+tahun\s+({_YEAR})\b")
_SUBJECT_END = LazyPattern(r"(?i)\s+(?:sebagaimana|yang\s+telah|dan\s+peraturan)\b|[,.;]\s")
_ISSUER_KEYS = (("perda", "peraturan daerah"), ("perkada", "peraturan bupati"),
                ("perkada", "peraturan walikota"), ("perkada", "peraturan wali kota"),
                ("perkada", "peraturan gubernur"), ("perkada", "perbup"), ("perkada", "perwal"),
                ("perkada", "pergub"), ("keputusan", "keputusan"), ("pp", "peraturan pem"),
                ("pp", "pp"), ("uu", "undang"), ("uu", "uu"))
# The formation of the agency and the word that leads to the regulation it rests on,
# right before a citation: "dibentuk berdasarkan", "Pembentukan ... ditetapkan dengan".
_FORMED_BY = LazyPattern(
    r"(?i)\b(?:dibentuk|terbentuk|didirikan|pembentukannya|(?P<noun>pembentukan)\s+"
    r"(?=(?:kantor\s+)?(?:" + AGENCY_KIND + r")\b))\b[^.;]{0,60}?"
    r"\b(?:berdasarkan|melalui|dengan|sesuai(?:\s+dengan)?|oleh|dalam)\s*$"
)
_FORMED_IN = re.compile(
    r"(?i)\b(?:dibentuk|terbentuk|didirikan|berdiri)\b\s+(?:secara\s+resmi\s+)?"
    r"(?:pada|sejak|mulai)?\s*(?:tanggal\s+\d{1,2}\s+[a-z]+\s+|bulan\s+[a-z]+\s+)?"
    rf"(?:tahun\s+)?(?P<year>{_YEAR})\b"
)
_SPLIT_FROM = re.compile(
    r"(?i)\b(?:(?:hasil\s+)?pemekaran(?:\s+wilayah)?(?:\s+dari)?|dimekarkan\s+dari"
    r"|pecahan(?:\s+dari)?)\s+(?:wilayah\s+)?(?=(?:kantor\s+)?(?:" + AGENCY_KIND + r")\b)"
)
_FORMERLY = re.compile(
    r"(?i)\b(?:(?:sebelumnya|semula|dahulu|dulu|dulunya)\s+(?:bernama|dikenal\s+dengan\s+nama"
    r"|disebut)|(?:berganti|berubah|perubahan)\s+nama\s+dari|nama\s+(?:sebelumnya|semula"
    r"|lama(?:nya)?)(?:\s+(?:adalah|yaitu))?)\s*:?\s*"
)
# A former name: capitalised words (with "dan"/"&" between), up to the first other word.
_NAME = LazyPattern(r"[A-Z][\w'\u2019/-]*(?:\s+(?:(?:dan|serta|&)\s+)?[A-Z][\w'\u2019/-]*)*")
_REGION = LazyPattern(r"(?i)\s+(?:kabupaten|kab\.?|provinsi|prov\.?)\s.*$")
# The words a sentence may put between its subject and the fact, so that the fact is
# the subject's: nothing but adverbs, a relative "yang" ("Kecamatan X, yang dibentuk"),
# a copula and the subject's own kind ("merupakan kecamatan yang dibentuk"); after another
# agency's name, "dan"/"serta" carrying on the subject's sentence ("pemekaran dari
# Kecamatan Y dan dibentuk"). Anything else ("memiliki 12 desa, dua di antaranya
# dibentuk ...", "di Kabupaten Y yang dibentuk ...") may give the fact to another thing.
_ADVERBS = (r"(?:(?:telah|sudah|resmi|secara\s+resmi|pertama\s+kali|baru|juga|sendiri|ini"
            r"|tersebut|mulai|sebelumnya|semula|dahulu)\s+)*")
_SUBJECT_GAP = LazyPattern(
    rf"(?i)\s*,?\s*(?:yang\s+)?{_ADVERBS}"
    rf"|\s*(?:merupakan|adalah|ialah)\s+(?:salah\s+satu\s+)?(?:kecamatan|distrik|kelurahan"
    rf"|instansi|perangkat\s+daerah|unit\s+kerja|organisasi|opd)\s+yang\s+{_ADVERBS}"
)
_AND_THEN = LazyPattern(rf"(?i)\s*,?\s+(?:dan|serta)\s+{_ADVERBS}")
# Before "pemekaran" a sentence may say more of its subject ("merupakan salah satu
# kecamatan dalam Kabupaten Y yang merupakan wilayah pemekaran dari ..."): only a
# kecamatan is split from a kecamatan, so any words without a comma will do, or an
# apposition ("..., sebagai hasil pemekaran dari ...").
_PARENT_GAP = LazyPattern(r"(?i)[^,;]*|[^,;]*,\s*(?:sebagai|yaitu|yakni)\b[^,;]*")
# "... pemekaran dari Kecamatan Y menjadi Kecamatan X dan Kecamatan Z": Y is the one split.
_INTO = LazyPattern(r"(?i)^[^.;]{0,40}\bmenjadi\b")


class Citation(NamedTuple):
    """The regulation an origin statement cites: issuer, number, year, and its title
    when printed; ``pairs`` are every number and year the sentence cites (an amending
    regulation names the one it amends)."""

    issuer: str
    number: str
    year: int
    subject: str | None
    pairs: frozenset[tuple[str, int]]
    forms_itself: bool  # its title is the formation of the own agency

    @property
    def shown(self) -> str:
        return f"Nomor {self.number} Tahun {self.year}"


class Statement(NamedTuple):
    """One origin fact as the report states it, and where."""

    fact: str  # "regulation", "parent", "year", "former_name"
    shown: str
    index: int  # 0-based line
    line: str  # the line as read (markup out), and the statement's span in it
    start: int
    end: int
    agency: Agency | None = None  # the parent, or the former name, read as an agency
    citation: Citation | None = None
    year: int | None = None


def own_agency_of(report: Report) -> Agency | None:
    """The report's own agency from its meta data, when it names one."""
    meta = report.meta
    if not meta.agency:
        return None
    return own_agency(meta.agency, meta.agency_kind, meta.region)


def is_itself(found: Agency, own: Agency) -> bool:
    """Whether ``found`` is exactly the own agency: one kind and one name, not a longer
    or shorter name ("Kecamatan Betara Timur" is not "Kecamatan Betara")."""
    if found.family != own.family or not found.name or not own.name:
        return False
    return agency_key(" ".join(found.name)) == agency_key(" ".join(own.name))


def _speaks_of(found: Agency, own: Agency) -> bool:
    """Whether a name in the sentence is the own agency: the same agency by name, its
    acronym or its region, but not a longer or shorter name of another one."""
    if not same_agency(found, own):
        return False
    if found.family != own.family or not found.name or not own.name:
        return True
    mine, theirs = agency_key(" ".join(own.name)), agency_key(" ".join(found.name))
    return mine == theirs or not (mine.startswith(theirs) or theirs.startswith(mine))


def _about_itself(before: str, own: Agency | None,
                  gap: LazyPattern = _SUBJECT_GAP) -> bool:
    """Whether the words of a sentence before a fact make the agency its subject: the
    first agency they name is the own one ("Kecamatan ini" counts), and the words after
    the last name lead to the fact (``gap`` after the own name, ``_AND_THEN`` after
    another agency's, which is then an object: "pemekaran dari Kecamatan Y dan ...")."""
    last: re.Match[str] | None = None
    last_is_own = False
    for match in _MENTION.finditer(before):
        if not match["this"] and not match["name"]:
            continue  # "kecamatan" as a common noun
        itself = bool(match["this"]) or (
            own is not None and _speaks_of(read_agency(match["kind"], match["name"]), own))
        if last is None and not itself:
            return False
        last, last_is_own = match, itself
    if last is None:
        return False
    follows = gap if last_is_own else _AND_THEN
    return follows.fullmatch(before, last.end()) is not None


def _issuer_key(issuer: str) -> str:
    folded = fold_text(issuer)
    return next((key for key, start in _ISSUER_KEYS if folded.startswith(start)), folded)


def _subject(text: str | None) -> str | None:
    """The first words of a regulation's title, folded: how two citations are told one."""
    if not text:
        return None
    words = fold_text(_SUBJECT_END.split(text, maxsplit=1)[0]).split()[:8]
    return " ".join(words) if len(words) >= 2 else None


def _number(printed: str) -> str:
    """A regulation's number as compared: "08" is "8"."""
    return printed.strip(".").lstrip("0").lower() or "0"


def _citation(match: re.Match[str], sentence: str, own: Agency | None) -> Citation:
    pairs = frozenset((_number(number), int(year))
                      for number, year in _CITED_PAIR.findall(sentence))
    subject = _subject(match["subject"])
    return Citation(_issuer_key(match["issuer"]), _number(match["number"]),
                    int(match["year"]), subject, pairs, _forms_itself(subject, own))


def _forms_itself(subject: str | None, own: Agency | None) -> bool:
    """Whether a regulation's title is the formation of the own agency ("Pembentukan
    Kecamatan X", also among others: "Pembentukan Kecamatan A, Kecamatan X ...")."""
    if own is None or not subject or not subject.startswith("pembentukan"):
        return False
    return any(match["name"] and is_itself(read_agency(match["kind"], match["name"]), own)
               for match in _MENTION.finditer(subject.title()))


def _formed_by(before: str, own: Agency | None) -> re.Match[str] | None:
    """The formation that leads to a citation right after ``before``, when it is the
    own agency's: "Kecamatan X dibentuk berdasarkan", "Pembentukan Kecamatan X
    ditetapkan dengan"."""
    lead = _FORMED_BY.search(before)
    if lead is None:
        return None
    if lead["noun"]:
        named = _MENTION.match(before, lead.end("noun") + 1)
        itself = (named is not None and named["name"] is not None and own is not None
                  and _speaks_of(read_agency(named["kind"], named["name"]), own))
        return lead if itself else None
    return lead if _about_itself(before[: lead.start()], own) else None


def _regulations(line: str, index: int, own: Agency | None) -> Iterator[Statement]:
    """Citations of the regulation that formed the agency: titled with its formation,
    or led to by its formation in a sentence about itself. The statement starts at the
    formation ("dibentuk berdasarkan ..."), or at the citation when the title tells."""
    for match in _CITATION.finditer(line):
        citation = _citation(match, sentence_of(line, match.start(), match.end()), own)
        before = sentence_before(line, match.start())
        lead = _formed_by(before, own)
        if lead is None and not citation.forms_itself:
            continue
        start = match.start() - len(before) + lead.start() if lead else match.start()
        yield Statement("regulation", citation.shown, index, line, start, match.end(),
                        citation=citation)


def _parents(line: str, index: int, own: Agency | None) -> Iterator[Statement]:
    for cue in _SPLIT_FROM.finditer(line):
        mention = _MENTION.match(line, cue.end())
        if mention is None or not mention["name"]:
            continue
        if not _about_itself(sentence_before(line, cue.start()), own, _PARENT_GAP):
            continue
        parent = read_agency(mention["kind"], mention["name"])
        if not parent.name or _INTO.match(line[mention.end():]):
            continue
        yield Statement("parent", parent.shown(), index, line, cue.start(), mention.end(),
                        agency=parent)


def _years(line: str, index: int, own: Agency | None) -> Iterator[Statement]:
    for match in _FORMED_IN.finditer(line):
        if _about_itself(sentence_before(line, match.start()), own):
            yield Statement("year", match["year"], index, line, match.start(), match.end(),
                            year=int(match["year"]))


def _former_names(line: str, index: int, own: Agency | None) -> Iterator[Statement]:
    for cue in _FORMERLY.finditer(line):
        name = _NAME.match(line, cue.end())
        if name is None or not _about_itself(sentence_before(line, cue.start()), own):
            continue
        printed = _REGION.sub("", name.group()).strip()
        kind = _MENTION.match(printed)
        former = (read_agency(kind["kind"], printed[kind.end("kind"):])
                  if kind is not None else Agency(None, printed, tuple(printed.split()), None))
        yield Statement("former_name", printed, index, line, cue.start(), name.end(),
                        agency=former)


def statements(report: Report) -> Iterator[Statement]:
    """Every origin fact the report states about its own agency, in the order of the
    text."""
    own = own_agency_of(report)
    # The lines whose case-folded text holds a stem, found in one scan of the report,
    # include every line whose lower-cased text holds one (each character that
    # lower-cases to an ASCII letter case-folds to the same); the test on the lower-cased
    # line still decides.
    for index in text_index(report).lines_with(_STEM_WORDS):
        raw, number = report.text[index], index + 1
        if _STEMS.search(raw.lower()) is None:
            continue
        text = prose(report, number)
        if text is None or "\t" in raw:
            continue  # no narrative, or a table row
        line = clean(text)
        for read in (_regulations, _parents, _years, _former_names):
            yield from read(line, number - 1, own)
