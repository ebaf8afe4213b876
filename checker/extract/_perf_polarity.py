"""The polarity of an indicator as the report's narrative states it.

Private helper of :mod:`checker.extract._performance`. A report without a 'Polaritas'
column often says in a sentence which indicator is lower-is-better: "Indikator
persentase pelanggaran pemanfaatan ruang berpolaritas negatif", "Indikator A
berpolaritas positif, sedangkan indikator B berpolaritas negatif", "Untuk indikator
berpolaritas negatif, yaitu waktu tanggap ...". Such a sentence is the report's own
word on the indicator, as a table's 'Polaritas' cell is; only the indicators it names
(by their full name, as the tables print it) take that polarity, and a sentence that
names none ("Seluruh indikator berpolaritas positif") leaves every guess alone.

Plain words say the same without the term: "Untuk indikator jumlah kasus gangguan
ketertiban umum yang semakin kecil semakin baik ...", "Indikator 3.1 Jumlah kasus ...
(semakin kecil semakin baik)". Such a phrase speaks of the indicator named right before
it (a few words between at most), never of one further back in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from checker.model import Polarity
from checker.names import fold_name
from checker.text import Source

__all__ = ["prose_polarities"]

# "berpolaritas negatif", "polaritas positif", "polaritasnya adalah negatif".
_STATED = re.compile(r"\b(?:ber)?polaritas(?:nya)?\s+(?:adalah\s+)?(negatif|positif)\b",
                     re.IGNORECASE)
# The statement comes first and the indicators after it: "berpolaritas negatif
# (semakin rendah semakin baik), yaitu Angka Kematian Ibu ...".
_LISTED_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:yaitu|yakni|meliputi|antara\s+lain)\b",
                           re.IGNORECASE)
_DENIED = re.compile(r"\b(?:tidak|bukan)\s+$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(*\-])")
_POLARITY = {"negatif": Polarity.NEGATIVE, "positif": Polarity.POSITIVE}
# "semakin kecil semakin baik", "makin rendah angkanya makin baik": the direction in words.
_DIRECTION = re.compile(
    r"\b(?:(?:se)?makin)\s+(?P<way>rendah|kecil|sedikit|singkat|tinggi|besar|banyak)"
    r"(?:\s+\w+){0,2}?\s+(?:(?:se)?makin)\s+baik\b",
    re.IGNORECASE,
)
_LOWER = frozenset({"rendah", "kecil", "sedikit", "singkat"})
_DIRECTION_WORDS = ("emakin", "EMAKIN", "akin ")  # a cheap test before the pattern
# Bracketed words of a name: an alias or abbreviation ("(readmisi)", "(ALOS)").
_BRACKETED = re.compile(r"\([^()]{1,40}\)")
# An abbreviation in brackets: capitals (and digits), three at least ("(NDR)", "(IKM)",
# "(AKB)"); two capitals are as often a unit ("(KM)") as a name, and a bracketed word in
# lower case is an alias, not an abbreviation.
_ABBREVIATION = re.compile(r"\(([A-Z][A-Z0-9]{2,9})\)")
_MIN_SHORT_WORDS = 3  # a shorter name left outside the brackets is too common a phrase
# A name's leading words stand for it ("rata-rata waktu penyelesaian layanan" for
# "... layanan administrasi kependudukan dan perizinan nonberusaha") when they are
# this many words at least and no other indicator's name begins with them.
_MIN_LEADING_WORDS = 3
# Leading words that end on a joining word ("... yang", "... dan") break off mid-phrase.
_JOINING_WORDS = frozenset({"dan", "atau", "serta", "yang", "di", "ke", "dari", "dalam",
                            "pada", "untuk", "terhadap", "atas", "oleh", "dengan", "per"})
# Words at most between an indicator's name and the direction phrase that speaks of it
# ("... umum yang semakin kecil", "... umum (kasus, semakin kecil").
_NEAR_WORDS = 3


def prose_polarities(source: Source, names: Iterable[str | None]
                     ) -> list[tuple[str, Polarity, int]]:
    """(folded indicator name, polarity, line) of every indicator of ``names`` a
    sentence of the narrative states the polarity of; an indicator stated both ways
    is left out (the sentences contradict each other, the name decides)."""
    present = [name for name in names if name]  # a row may lack its name
    folded = {fold_name(name) for name in present}
    folded.discard("")
    if not folded:
        return []
    same = _same_indicator(present)
    short = (_short_names(present, folded, same) | _leading_names(folded, same)
             | _abbreviations(present, folded, same))
    found: dict[str, tuple[Polarity, int]] = {}
    contradicted: set[str] = set()
    for paragraph in _paragraphs(source):
        for said, polarity, line in _stated_in_paragraph(paragraph, folded | set(short)):
            for name in short.get(said, (said,)):
                if name in found and found[name][0] is not polarity:
                    contradicted.add(name)
                found.setdefault(name, (polarity, line))
    return _spread({name: stated for name, stated in found.items()
                    if name not in contradicted}, same)


def _same_indicator(names: Iterable[str]) -> dict[str, frozenset[str]]:
    """Each folded indicator name to the folded names of the same indicator: names that
    differ only in bracketed words one of them adds ("Waktu tanggap kebakaran (response
    time)" and "... (response time) (menit)": a unit or a gloss printed in one table).
    Names whose bracketed words differ both ways ("Jumlah kasus (pidana)", "Jumlah kasus
    (perdata)") are two indicators."""
    read = {(fold_name(_BRACKETED.sub(" ", name)), fold_name(name),
             frozenset(fold_name(part) for part in _BRACKETED.findall(name)))
            for name in names}
    return {full: frozenset(other for bare_other, other, parts_other in read
                            if bare_other == bare
                            and (parts <= parts_other or parts_other <= parts))
            for bare, full, parts in read}


def _spread(stated: dict[str, tuple[Polarity, int]], same: dict[str, frozenset[str]]
            ) -> list[tuple[str, Polarity, int]]:
    """The stated polarities, each also given to the other names of its indicator (a
    name the narrative states itself keeps its own; one given both ways, neither)."""
    spread = dict(stated)
    clashing: set[str] = set()
    for name, (polarity, line) in stated.items():
        for other in same.get(name, frozenset()) - stated.keys():
            if other in spread and spread[other][0] is not polarity:
                clashing.add(other)
            spread.setdefault(other, (polarity, line))
    return [(name, polarity, line) for name, (polarity, line) in spread.items()
            if name not in clashing]


def _short_names(names: Iterable[str], folded: set[str], same: dict[str, frozenset[str]]
                 ) -> dict[str, frozenset[str]]:
    """Each indicator's name without its bracketed words (an abbreviation or alias the
    narrative leaves out: "persentase pasien kembali dirawat dalam 30 hari" for
    "... dirawat (readmisi) dalam 30 hari"), folded, to its full folded name."""
    pairs = ((fold_name(_BRACKETED.sub(" ", name)), fold_name(name)) for name in names)
    return _aliases(((without, full) for without, full in pairs
                     if without != full and len(without.split()) >= _MIN_SHORT_WORDS), folded, same)


def _abbreviations(names: Iterable[str], folded: set[str],
                   same: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """Each indicator's bracketed abbreviation ("NDR" of "Net Death Rate (NDR)"), folded,
    to its full folded name: a narrative that has spelt the name out once lists the
    indicator by it ("waktu tunggu rawat jalan dan NDR berpolaritas negatif")."""
    pairs = ((fold_name(match.group(1)), fold_name(name))
             for name in names for match in _ABBREVIATION.finditer(name))
    return _aliases(pairs, folded, same)


def _leading_names(folded: set[str], same: dict[str, frozenset[str]]
                   ) -> dict[str, frozenset[str]]:
    """Each indicator's leading words (a shortened name the narrative uses: "rata rata
    waktu penyelesaian layanan" for the table's "... layanan administrasi kependudukan
    dan perizinan nonberusaha"), folded, to its full folded name."""
    return _aliases(((" ".join(full.split()[:count]), full)
                     for full in folded for count in range(_MIN_LEADING_WORDS, len(full.split()))
                     if full.split()[count - 1] not in _JOINING_WORDS), folded, same)


def _aliases(pairs: Iterable[tuple[str, str]], folded: set[str],
             same: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """(alias, full name) pairs as a mapping to the full names each alias stands for,
    keeping only the aliases that name one indicator: an alias two indicators share, or
    another indicator's full name, names neither; names of the same indicator (see
    :func:`_same_indicator`) sharing an alias is one indicator named."""
    fulls_of: dict[str, set[str]] = {}
    for alias, full in pairs:
        fulls_of.setdefault(alias, set()).add(full)
    return {alias: frozenset(fulls) for alias, fulls in fulls_of.items()
            if alias not in folded
            and all(other in same.get(full, frozenset({full}))
                    for full in fulls for other in fulls)}


def _stated_in_paragraph(paragraph: list[tuple[int, str]], names: set[str]
                         ) -> Iterator[tuple[str, Polarity, int]]:
    """(name, polarity, line of the statement) stated by the sentences of a paragraph."""
    text = " ".join(part for _, part in paragraph)
    starts: list[tuple[int, int]] = []
    position = 0
    for number, part in paragraph:
        starts.append((position, number))
        position += len(part) + 1
    begin = 0
    for end in [*(match.start() for match in _SENTENCE_END.finditer(text)), len(text)]:
        sentence = text[begin:end]
        for name, polarity, offset in [*_stated_in(sentence, names),
                                       *_directions_in(sentence, names)]:
            line = max((number for start, number in starts if start <= begin + offset),
                       default=paragraph[0][0])
            yield name, polarity, line
        begin = end


def _paragraphs(source: Source) -> Iterator[list[tuple[int, str]]]:
    """The narrative's paragraphs that hold the word 'polaritas' or a direction in
    words ('semakin kecil semakin baik'): runs of consecutive prose lines (a sentence
    wraps over them in a converted text)."""
    paragraph: list[tuple[int, str]] = []
    stated = False
    for number, text in source.text_lines():
        if paragraph and number != paragraph[-1][0] + 1:
            if stated:
                yield paragraph
            paragraph, stated = [], False
        paragraph.append((number, text))
        stated = (stated or "olaritas" in text or "OLARITAS" in text
                  or any(word in text for word in _DIRECTION_WORDS))
    if paragraph and stated:
        yield paragraph


def _stated_in(sentence: str, names: set[str]) -> Iterator[tuple[str, Polarity, int]]:
    """(name, polarity, offset of the statement) for each indicator the sentence states
    a polarity of. Each statement owns the text before it back to the previous one,
    unless that one lists its indicators after it ('..., yaitu A dan B'), and the text
    after it when it lists them so."""
    statements = list(_STATED.finditer(sentence))
    owned_from = 0
    for index, statement in enumerate(statements):
        following = (statements[index + 1].start() if index + 1 < len(statements)
                     else len(sentence))
        after = sentence[statement.end():following]
        listed = _LISTED_AFTER.match(after) is not None
        before = sentence[owned_from:statement.start()]
        owned_from = following if listed else statement.end()
        if _DENIED.search(before):
            continue
        polarity = _POLARITY[statement.group(1).casefold()]
        for name in _names_in(before + (" " + after if listed else ""), names):
            yield name, polarity, statement.start()


def _directions_in(sentence: str, names: set[str]
                   ) -> Iterator[tuple[str, Polarity, int]]:
    """(name, polarity, offset of the phrase) for each direction in words the sentence
    gives an indicator named right before it; a phrase denied ('tidak semakin ...') or
    with no name just before it (a rule for all indicators) gives none."""
    for phrase in _DIRECTION.finditer(sentence):
        before = sentence[:phrase.start()]
        if _DENIED.search(before):
            continue
        name = _named_just_before(fold_name(before), names)
        if name is not None:
            lower = phrase.group("way").casefold() in _LOWER
            yield name, Polarity.NEGATIVE if lower else Polarity.POSITIVE, phrase.start()


def _named_just_before(folded: str, names: set[str]) -> str | None:
    """The longest indicator name ``folded`` ends with, give or take a few words."""
    words = folded.split()
    for skipped in range(min(_NEAR_WORDS, len(words)) + 1):
        tail = f" {' '.join(words[:len(words) - skipped])}"
        ending = [name for name in names if tail.endswith(f" {name}")]
        if ending:
            return max(ending, key=len)
    return None


def _names_in(text: str, names: set[str]) -> set[str]:
    """The indicator names ``text`` holds, whole words; a name inside a longer one
    found is that one's part, not an indicator named."""
    folded = f" {fold_name(text)} "
    found = {name for name in names if f" {name} " in folded}
    return {name for name in found
            if not any(name != other and f" {name} " in f" {other} " for other in found)}
