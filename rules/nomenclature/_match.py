"""Names and codes of a report held against one edition of the nomenclature.

Names are compared folded as everywhere in the checker (:func:`checker.graph.normalise_name`:
case, accents, punctuation, numbering and the Program/Kegiatan/Sub Kegiatan prefixes), with
the two spellings of a few words as one ("Ketentraman"/"Ketenteraman") and, for the exact
match, without spaces: the editions were flattened from PDFs that glue words
("untukpangan") and reports split them ("Perundang- undangan").

A name that is not exact is *close* to an official one when a reviewer would take it for a
misspelling of it (see :func:`close`); the official name is then offered as a suggestion.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process

from checker.graph import normalise_name
from rules.nomenclature._editions import Choice, Edition, Row, rows_of

__all__ = ["Found", "Match", "Official", "close", "code_level", "edition_code", "fold",
           "index", "match", "parent_code", "printed_code"]

# A name is close to an official one when every word of it is (a misspelling of) a word of
# the official name and the names are this similar (rapidfuzz ratio of the folded names,
# 0-100): typos ("Cetak"/"Cetakan") and shortenings ("Program Penunjang Urusan Pemerintahan
# Daerah" for "... Daerah Kabupaten/Kota", ratio 83). Not when the report *adds* words:
# "Pembahasan Rancangan Peraturan Daerah tentang APBD" is another item than "Pembahasan
# Rancangan Peraturan Daerah".
SHORTENED = 75
# A long name with one word of its own is close from this similarity. Measured on the
# editions: distinct official names reach 90-97 by swapping one word ("sarana"/"prasarana",
# "pengembangan"/"pembangunan"), which is why the word must be alone and the name long. On
# the corpus every name at 90 or more was the same item reworded ("Instansi Vertikal
# Terkait" for "Instansi Vertikal di Wilayah Kecamatan"); in the test library, below 90, or
# in names of a few words ("Tenaga Ahli"/"Tenaga Terampil", 92), about half were other items.
CLOSE = 90
# The code printed beside a name is evidence of its own: a name this similar to the official
# name of its code is that item, renamed or misspelled.
CODED = 75
_WORD = 85  # two words this similar are one word misspelt ("Perlengkapan"/"Kelengkapan")
_STEM = 4  # a stem this long that begins a longer word is that word ("Cetak"/"Cetakan")
_MIN_WORDS = 3  # a shortened name needs some words to stand for the whole
# A name long enough for one word of its own to be a rewording: "Pengadaan Alat Angkutan
# Laut Tak Bermotor" (6 words) is not "... Darat Tak Bermotor"; the corpus's rewordings
# are of 10 words and more.
_REWORDED_WORDS = 8
# Words that turn a name into its opposite when left out ("Darat Bermotor" is not "Darat
# Tak Bermotor", "Penyelamatan Kebakaran" not "... Non Kebakaran").
_NEGATIONS = frozenset({"tak", "tidak", "non", "bukan", "belum", "selain"})
_CANDIDATES = 5  # the nearest official names tried, best first
# Two spellings of one word (the common one and KBBI's standard one) that the editions
# themselves mix, "PROGRAM KOORDINASI KETENTRAMAN ..." over "Koordinasi ... Ketenteraman":
# a report using either is not misnaming the item.
_VARIANTS = {"ketentraman": "ketenteraman", "efektifitas": "efektivitas",
             "aktifitas": "aktivitas", "resiko": "risiko", "praktek": "praktik", "ijin": "izin"}
# A variant as a whole word of a folded name, which holds single spaces and no other blank
# (:func:`checker.graph.normalise_name`): between spaces, line breaks or its ends.
_VARIANT_WORD = re.compile(rf"(?<![^ \n])(?:{'|'.join(map(re.escape, _VARIANTS))})(?![^ \n])")
_DIGITS = re.compile(r"\d+")
# U.BB.PP, U.BB.PP.K.KK, U.BB.PP.K.KK.SSSS; "X.XX" is the editions' generic urusan/bidang.
_CODE = re.compile(r"^(?:\d{1,2}|X)\.(?:\d{2}|XX)\.\d{2}(?:\.\d\.\d{2}(?:\.\d{4})?)?$")
_LEVEL_OF_PARTS = {3: "program", 5: "kegiatan", 6: "sub_kegiatan"}
# Program 01 of every bidang is the generic Program Penunjang, listed once as X.XX.01.
_PENUNJANG = "01"


class Found(enum.Enum):
    EXACT = "exact"
    CLOSE = "close"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Match:
    """How one printed name fits the edition: ``rows`` are every official row of that
    name (exact), the suggestion (close) or nothing (unknown)."""

    found: Found
    rows: tuple[Row, ...]
    score: float
    by_code: bool = False  # the suggestion is the official name of the printed code


@dataclass(frozen=True)
class Official:
    """One edition's rows for one kind of pemda, indexed for the lookups of the rules.
    Read only: the lists are kept as they were built (copying some ten thousand of them
    into tuples was a tenth of the build)."""

    edition: Edition
    by_code: Mapping[str, Row]
    by_key: Mapping[tuple[str, str], Sequence[Row]]  # (level, spaceless folded name)
    by_any_level: Mapping[str, Sequence[Row]]  # spaceless folded name
    names: Mapping[str, Sequence[str]]  # level -> folded names, for the fuzzy search
    by_name: Mapping[tuple[str, str], Sequence[Row]]  # (level, folded name) -> its rows
    children: Mapping[str, Sequence[str]]  # parent code -> folded names of its children

    def at_code(self, code: str | None, level: str) -> Row | None:
        """The official row of a printed code at ``level`` (None: no such code)."""
        wanted = edition_code(code) if code_level(code) == level else None
        return self.by_code.get(wanted) if wanted is not None else None

    def row(self, level: str, folded: str, under: str | None) -> Row:
        """The row of an official name; of several (one sub kegiatan listed under two
        bidang), the one under the parent the report prints it under."""
        rows = self.by_name[(level, folded)]
        return next((r for r in rows if under and parent_code(r.code) == under), rows[0])


def fold(name: str) -> str:
    return _VARIANT_WORD.sub(_standard, normalise_name(name))


def _folded(names: Iterable[str]) -> dict[str, str]:
    """:func:`fold` of each distinct name of ``names``. An edition has thousands of names
    and a handful hold a variant: those are found by searching all the names joined, and
    only they go through the pattern (run on every name, it cost more than the rest)."""
    distinct = list(dict.fromkeys(names))
    folded = [normalise_name(name) for name in distinct]
    joined = "\n".join(folded)  # a folded name holds no line break
    holding = {_line_at(joined, at) for at in _places(joined, _VARIANTS)}
    standard = {name: _VARIANT_WORD.sub(_standard, name) for name in holding}
    return {name: standard.get(form, form) for name, form in zip(distinct, folded, strict=True)}


def _places(text: str, words: Iterable[str]) -> Iterator[int]:
    """Where each of ``words`` occurs in ``text``, alone or inside a longer word."""
    for word in words:
        at = text.find(word)
        while at >= 0:
            yield at
            at = text.find(word, at + 1)


def _line_at(text: str, at: int) -> str:
    """The line of ``text`` that holds its character ``at``."""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1:end if end >= 0 else len(text)]


def _standard(variant: re.Match[str]) -> str:
    return _VARIANTS[variant[0]]


def _key(folded: str) -> str:
    return folded.replace(" ", "")


def parent_code(code: str) -> str | None:
    """The code of the level above: U.BB.PP for a kegiatan, U.BB.PP.K.KK for a sub
    kegiatan, nothing for a program."""
    parts = code.split(".")
    return ".".join(parts[:-1] if len(parts) == 6 else parts[:3]) if len(parts) > 3 else None


def code_level(code: str | None) -> str | None:
    """The level a nomenclature code stands for; None for anything else (a report's own
    numbering such as "I", "1.2" or "a")."""
    text = (code or "").strip()
    return _LEVEL_OF_PARTS.get(len(text.split("."))) if _CODE.match(text) else None


def edition_code(code: str | None) -> str | None:
    """A printed code as the editions write it: the Program Penunjang under any bidang
    ("7.01.01.2.06.0005") is the generic "X.XX.01.2.06.0005"."""
    if code_level(code) is None:
        return None
    parts = (code or "").strip().split(".")
    return ".".join(["X", "XX", *parts[2:]]) if parts[2] == _PENUNJANG else ".".join(parts)


def printed_code(official: str, like: str | None) -> str:
    """An official code as the report would print it: the generic X.XX put under the
    urusan and bidang of the report's own code."""
    if official.startswith("X.XX.") and code_level(like) is not None:
        return ".".join([*(like or "").strip().split(".")[:2], *official.split(".")[2:]])
    return official


def index(choice: Choice) -> Official:
    """The rows of the chosen edition that apply to the report's kind of pemda (all of
    them when the report does not say)."""
    edition = choice.edition
    # Keyed by the lists of the edition the kind selects, not by the kind: a kabupaten, a
    # kota and a kecamatan of either share the one list of an edition for both.
    return _index(edition, frozenset(kinds for kinds in _lists(edition)
                                     if not choice.pemda or kinds & choice.pemda))


@cache
def _lists(edition: Edition) -> frozenset[frozenset[str]]:
    """The lists of an edition (the kinds of pemda its rows are for), read once: each
    report chooses among them."""
    return frozenset(row.pemda for row in rows_of(edition))


@cache
def _index(edition: Edition, lists: frozenset[frozenset[str]]) -> Official:
    rows = [row for row in rows_of(edition) if row.pemda in lists]
    folded_of = _folded(row.name for row in rows)
    key_of = {name: _key(folded) for name, folded in folded_of.items()}
    by_key: dict[tuple[str, str], list[Row]] = {}
    by_any: dict[str, list[Row]] = {}
    by_name: dict[tuple[str, str], list[Row]] = {}
    children: dict[str, list[str]] = {}
    for row in rows:
        folded, key = folded_of[row.name], key_of[row.name]
        by_key.setdefault((row.level, key), []).append(row)
        by_any.setdefault(key, []).append(row)
        by_name.setdefault((row.level, folded), []).append(row)
        parent = parent_code(row.code)
        if parent is not None:
            children.setdefault(parent, []).append(folded)
    names: dict[str, list[str]] = {}
    for level, folded in by_name:
        names.setdefault(level, []).append(folded)
    return Official(edition=edition, by_code={row.code: row for row in rows}, by_key=by_key,
                    by_any_level=by_any, names=names, by_name=by_name, children=children)


def _same_digits(a: str, b: str) -> bool:
    # "Tahun 2022" is never a misspelling of "Tahun 2023", nor "Tahap 1" of "Tahap 2".
    return _DIGITS.findall(a) == _DIGITS.findall(b)


def _same_word(word: str, other: str) -> bool:
    """One word misspelt ("Penyelenggaran"), or the same stem with a suffix of its own
    ("Cetak"/"Cetakan", "Pemerintah"/"Pemerintahan"); never two words one letter group
    apart ("sarana"/"prasarana" score 80, hence the higher bar)."""
    if word == other or fuzz.ratio(word, other) >= _WORD:
        return True
    shorter, longer = sorted((word, other), key=len)
    return len(shorter) >= _STEM and longer.startswith(shorter)


def _acronym(word: str, words: list[str]) -> bool:
    """Whether ``word`` is the initials of consecutive official words: the report adds
    "(RTRW)" after "Rencana Tata Ruang Wilayah", or prints "SDA" for "Sumber Daya Alam"."""
    if len(word) < 2:
        return False
    return any("".join(w[0] for w in words[start:start + len(word)]) == word
               for start in range(len(words) - len(word) + 1))


def _missing_words(printed: str, official: str) -> list[str]:
    """The words of ``printed`` that are not words of ``official``, give or take a
    misspelling or an acronym."""
    words = official.split()
    others = set(words)
    return [word for word in printed.split()
            if not any(_same_word(word, other) for other in others)
            and not _acronym(word, words)]


def _negations(name: str) -> list[str]:
    return [word for word in name.split() if word in _NEGATIONS]


def close(printed: str, official: str, score: float | None = None) -> bool:
    """Whether a folded printed name is a misspelling, a shortening or a light rewording
    of a folded official one (thresholds above)."""
    if not _same_digits(printed, official):
        return False
    score = fuzz.ratio(printed, official) if score is None else score
    if _negations(printed) != _negations(official):
        return False
    missing = _missing_words(printed, official)
    if not missing:
        return score >= SHORTENED and len(printed.split()) >= _MIN_WORDS
    # One word of its own in a long name is a rewording ("Instansi Vertikal Terkait");
    # in a short one it is another item ("Pemeliharaan Sungai" is not "... Embung").
    return len(missing) == 1 and len(printed.split()) >= _REWORDED_WORDS and score >= CLOSE


def match(official: Official, level: str, name: str, code: str | None,
          under: str | None = None) -> Match:
    """Exact, close (with the suggestion) or unknown. ``under`` is the official code of
    the item the report prints this one under, when that one matched: the suggestion is
    looked for among its children first, where a misspelt name most likely belongs.

    A name exact at another level counts as exact: the reader placed the row, and a level
    it misjudged is no naming defect."""
    folded = fold(name)
    key = _key(folded)
    rows = official.by_key.get((level, key)) or official.by_any_level.get(key)
    if rows:
        # The row under the report's parent first: its code is the one to suggest.
        ordered = sorted(rows, key=lambda row: not under or parent_code(row.code) != under)
        return Match(Found.EXACT, tuple(ordered), 100.0)
    coded = official.at_code(code, level)
    if coded is not None:
        score = fuzz.ratio(folded, fold(coded.name))
        if _same_digits(folded, fold(coded.name)) and score >= CODED:
            return Match(Found.CLOSE, (coded,), score, by_code=True)
    # The parent's children are of the level below it; a row the table prints under a
    # parent two levels up (a sub kegiatan right under its program) has none among them.
    siblings = tuple(name for name in official.children.get(under or "", ())
                     if (level, name) in official.by_name)
    best = 0.0
    for candidates in (siblings, official.names.get(level, ())):
        # The nearest by similarity may be another item one word away while the next one
        # is the same item shortened: try a few, best first.
        nearest = process.extract(folded, candidates, scorer=fuzz.ratio, limit=_CANDIDATES)
        for candidate, score, _ in nearest:
            if close(folded, candidate, score):
                return Match(Found.CLOSE, (official.row(level, candidate, under),), score)
        best = max([best, *(score for _, score, _ in nearest)])
    return Match(Found.UNKNOWN, (), best)
