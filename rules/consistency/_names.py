"""CON003: sasaran and indicator names that drift between tables."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from checker.context import Context, location
from checker.graph import FUZZY_THRESHOLD, fold_text, node_finder, normalise_name
from checker.model import (
    Number,
    Provenance,
    Report,
)
from checker.names import without_polarity_note
from checker.rule import Category, Severity, Violation, rule
from rules.consistency._values import Place

_DIGITS = re.compile(r"\d+")

__all__ = ["CON003"]

_NAME_KINDS = {"sasaran": {"id": "Nama sasaran", "en": "The sasaran names"},
               "indikator": {"id": "Nama indikator", "en": "The indikator names"}}
_CLOSE = 80  # a PK name this similar to an unmatched capaian name is probably the same one
_PLACES_SHOWN = 3
# OCR noise is sparse: at most one garbled character in every ten of a name.
_NAME_CHARS_PER_EDIT = 10
# A 1 or 0 touching a letter is the l, i or o the OCR mistook it for ("1ndeks", "K0ta").
_OCR_DIGIT = re.compile(r"(?<=[a-z])[01]|[01](?=[a-z])")
_GLYPHS = str.maketrans("1i0", "llo")  # the glyphs the OCR confuses, as one
_NOT_LETTER = re.compile(r"[^a-z]")
_DOUBLED = re.compile(r"([a-z])\1+")
_ROMAN = re.compile(r"(?:i{1,3}|iv|vi{0,3}|ix|x)")  # numbers written as words ("Sasaran II")
# A word of digits and the letters the OCR reads for them ("2O1O") is a number when at
# least two of its characters are digits.
_OCR_NUMBER = re.compile(r"[0-9oli]+")
_AS_DIGITS = str.maketrans("oli", "011")
_NUMBER_DIGITS = 2


class _Named(NamedTuple):
    """One place a sasaran or indicator name is printed."""

    kind: str
    name: str
    source: str  # plan, pk, pk_perubahan, iku, capaian
    where: Provenance
    unit: str | None = None  # an indicator's Satuan where this place prints one

    def place(self, lang: str) -> str:
        place = Place(self.source, self.name, self.where, Number("", None))
        return f"{place.label} {_WORD_LINE[lang]} {place.line}"


def _names(report: Report) -> list[_Named]:
    found: list[_Named] = []
    for sasaran in report.plan.sasaran:
        found.append(_Named("sasaran", sasaran.name, "plan", sasaran.where))
    for indikator in report.plan.indikator:
        found.append(_Named("indikator", indikator.name, "plan", indikator.where,
                            indikator.unit))
    for row in report.agreements:
        found.append(_Named("sasaran", row.sasaran, row.document, row.where))
        if row.indikator:
            found.append(_Named("indikator", row.indikator, row.document, row.where, row.unit))
    for iku in report.iku:
        if iku.sasaran:
            found.append(_Named("sasaran", iku.sasaran, "iku", iku.where))
        found.append(_Named("indikator", iku.indikator, "iku", iku.where, iku.unit))
    for table in report.achievements:
        for achievement in table.rows:
            if achievement.sasaran:
                found.append(_Named("sasaran", achievement.sasaran, "capaian", achievement.where))
            found.append(_Named("indikator", achievement.indikator, "capaian", achievement.where,
                                achievement.unit))
        for summary in table.summaries:
            found.append(_Named("sasaran", summary.sasaran, "capaian", summary.where))
    found.sort(key=lambda n: (n.where.line is None, n.where.line or 0))
    return found


_WORD_LINE = {"id": "baris", "en": "line"}


def _places(named: list[_Named]) -> dict[str, str]:
    """Where a spelling is printed: its first places, and how many more there are."""
    more = len(named) - _PLACES_SHOWN
    shown = {lang: ", ".join(n.place(lang) for n in named[:_PLACES_SHOWN])
             for lang in ("id", "en")}
    return {"id": shown["id"] + (f" dan {more} tempat lain" if more > 0 else ""),
            "en": shown["en"] + (f" and {more} more" if more > 0 else "")}


def _spellings(named: list[_Named], units: frozenset[str] = frozenset()
               ) -> dict[str, list[_Named]]:
    """The places of each spelling (told apart after normalisation), in document order;
    a unit in brackets at the end of a name (one of ``units``) is no part of it, nor
    is a bracket stating an indicator's polarity."""
    spellings: dict[str, list[_Named]] = {}
    for item in named:
        name = without_polarity_note(item.name) if item.kind == "indikator" else item.name
        spellings.setdefault(normalise_name(_without_unit(name, units)), []).append(item)
    return spellings


# A table without a Satuan column prints the unit after the name: "Produksi padi (ton
# GKG)", "Luas lahan puso (ha)". The measures a reviewer reads as units whatever the
# indicator; besides them, the Satuan the report prints for that indicator elsewhere.
_MEASURES = frozenset(("%", "persen", "ha", "hektar", "hektare", "ton", "kg", "kuintal", "km",
                       "m", "m2", "m3", "liter", "orang", "jiwa", "unit", "buah", "dokumen",
                       "hari", "jam", "menit", "kali", "rp", "rupiah"))
_TRAILING_BRACKET = re.compile(r"\s*\(([^()]{1,40})\)\s*$")


def _units(named: list[_Named]) -> frozenset[str]:
    """The units printed for the indicator of these places, folded."""
    return frozenset(unit for item in named if item.unit and (unit := fold_text(item.unit)))


def _without_unit(name: str, units: frozenset[str]) -> str:
    """``name`` without a unit in brackets at its end: a measure ("(ha)", "(ton GKG)",
    "(%)") or the start of a Satuan printed for it ("(ton)" for "Ton setara beras")."""
    bracket = _TRAILING_BRACKET.search(name)
    if bracket is None:
        return name
    inside = bracket.group(1).strip().casefold()
    words = fold_text(inside).split()
    is_unit = inside in _MEASURES or (bool(words) and (
        words[0] in _MEASURES
        or any(unit.split()[:len(words)] == words for unit in units)))
    return name[:bracket.start()] if is_unit else name


def _compact(text: str) -> str:
    return text.replace(" ", "")


def _number(word: str) -> str | None:
    """A word that is a number, as a number: digits ("2010"; "2o1o" with the O and l the
    OCR read for 0 and 1) or a roman numeral ("II"); ``None`` for other words."""
    if _ROMAN.fullmatch(word):
        return word
    if _OCR_NUMBER.fullmatch(word) and sum(char.isdigit() for char in word) >= _NUMBER_DIGITS:
        return word.translate(_AS_DIGITS)
    return None


def _numbers(text: str) -> list[str]:
    """The numbers of a normalised name, in order: its number words, and the digits inside
    other words (not a 1 or 0 touching a letter, the l or o the OCR mistook it for)."""
    found = []
    for word in text.split():
        number = _number(word)
        found += [number] if number is not None else _DIGITS.findall(_OCR_DIGIT.sub("", word))
    return found


def _canonical(text: str) -> str:
    """A normalised name as the OCR cannot tell it apart: in each word (numbers stay as
    numbers) 1, i and l are one glyph and so are 0 and o, a doubled letter is one, a stray
    mark that is no letter is gone; the words joined without spaces."""
    words = []
    for word in text.split():
        number = _number(word)
        if number is not None or not any(char.isalpha() for char in word):
            words.append(number or word)
            continue
        word = _NOT_LETTER.sub("", word.translate(_GLYPHS))
        words.append(_DOUBLED.sub(r"\1", word))
    return "".join(words)


def _noise_only(first: str, second: str) -> bool:
    """Whether two spellings are one name garbled by the converter or the OCR, not a
    name that changed: the same letters once spaces and hyphens are gone ("pe layanan",
    "pela-\\nyanan", "pela- yanan"), or the same words read through the OCR's confusions
    (a doubled letter, l/1, O/0, a stray mark), a few of them for the name's length.
    Another word, a letter more or less, or another number is a change."""
    one, other = normalise_name(first), normalise_name(second)
    if _compact(one) == _compact(other):
        return True
    if _numbers(one) != _numbers(other) or _canonical(one) != _canonical(other):
        return False
    edits = Levenshtein.distance(_compact(one), _compact(other))
    return edits <= max(1, len(_compact(one)) // _NAME_CHARS_PER_EDIT)


@dataclass
class _Variant:
    """One way a name is written: its spellings that differ only by noise, together."""

    spellings: dict[str, list[_Named]]

    @property
    def places(self) -> list[_Named]:
        return sorted((n for named in self.spellings.values() for n in named),
                      key=lambda n: (n.where.line is None, n.where.line or 0))

    @property
    def key(self) -> str:
        """The spelling printed most often (the first of equals)."""
        return max(self.spellings, key=lambda key: len(self.spellings[key]))

    @property
    def shown(self) -> str:
        return self.spellings[self.key][0].name.strip()

    def same(self, name: str) -> bool:
        """Whether ``name`` is this way of writing, garbled (judged on its first spelling)."""
        return _noise_only(next(iter(self.spellings.values()))[0].name, name)


def _variants(named: list[_Named]) -> list[_Variant]:
    """The ways a name is written, in document order; a spelling that differs from an
    earlier one only by noise, or by the unit in brackets after it, joins it."""
    variants: list[_Variant] = []
    for key, items in _spellings(named, _units(named)).items():
        home = next((v for v in variants if v.same(items[0].name)), None)
        if home is None:
            variants.append(_Variant({key: items}))
        else:
            home.spellings[key] = items
    return variants


def _drift(context: Context, named: list[_Named]) -> Iterator[Violation]:
    """Spellings the graph folded into one node that differ in more than case, punctuation
    and the noise of the converter or the OCR."""
    for kind in _NAME_KINDS:
        node = node_finder(context.graph, kind)
        by_node: dict[str, list[_Named]] = {}
        for item in named:
            if item.kind == kind:
                by_node.setdefault(node(item.name), []).append(item)
        for key, items in by_node.items():
            variants = _variants(items)
            # The way printed most often is the reference; the others drift from it.
            reference = max(variants, key=lambda variant: len(variant.places))
            for other in variants:
                if other is reference:
                    continue
                score = int(fuzz.ratio(reference.key, other.key))
                yield Violation(
                    location(other.spellings[other.key][0].where, node=key),
                    {"what": _NAME_KINDS[kind], "first": reference.shown,
                     "first_places": _places(reference.places), "second": other.shown,
                     "second_places": _places(other.places),
                     "relation": {"id": f"ditulis berbeda padahal dianggap satu {kind} "
                                        f"(kemiripan {score}%)",
                                  "en": f"are spelled differently though they are one {kind} "
                                        f"(similarity {score}%)"}},
                    expected=reference.shown,
                    actual=other.shown,
                )


def _near_misses(context: Context, named: list[_Named]) -> Iterator[Violation]:
    """A PK name with no capaian row, close to a capaian name with no PK row."""
    for kind in _NAME_KINDS:
        node = node_finder(context.graph, kind)
        sources: dict[str, set[str]] = {}
        for item in named:
            if item.kind == kind:
                sources.setdefault(node(item.name), set()).add(item.source)
        pk = [i for i in named if i.kind == kind and i.source in ("pk", "pk_perubahan")
              and "capaian" not in sources[node(i.name)]]
        capaian = [i for i in named if i.kind == kind and i.source == "capaian"
                   and not sources[node(i.name)] & {"pk", "pk_perubahan"}]
        if not capaian:
            continue
        choices = _spellings(capaian)
        for pk_key, pk_items in _spellings(pk).items():
            match = process.extractOne(pk_key, list(choices), scorer=fuzz.ratio)
            if match is None:
                continue
            cap_key, similarity = match[0], match[1]
            if not _CLOSE <= similarity < FUZZY_THRESHOLD:
                continue
            score = int(similarity)  # shown truncated: 93.9 must not read as the threshold
            if _DIGITS.findall(pk_key) != _DIGITS.findall(cap_key):
                continue
            cap_items = choices[cap_key]
            if _noise_only(pk_items[0].name, cap_items[0].name):
                continue  # the same name, garbled: found in the capaian tables after all
            yield Violation(
                location(pk_items[0].where, node=node(pk_items[0].name)),
                {"what": _NAME_KINDS[kind], "first": pk_items[0].name.strip(),
                 "first_places": _places(pk_items), "second": cap_items[0].name.strip(),
                 "second_places": _places(cap_items),
                 "relation": {"id": f"mirip (kemiripan {score}%) tetapi tidak sama, sehingga "
                                    f"{kind} PK ini tidak ditemukan di tabel capaian",
                              "en": f"are close (similarity {score}%) but not the same, so "
                                    f"this PK {kind} is not found in the capaian tables"}},
                expected=pk_items[0].name.strip(),
                actual=cap_items[0].name.strip(),
            )


@rule(
    code="CON003",
    slug="consistency-name-drift",
    fix={
        "id": "Tulis nama sasaran atau indikator sama persis di semua tabel, seperti di "
              "Perjanjian Kinerja.",
        "en": "Write the sasaran or indicator name the same in every table, as in the "
              "Perjanjian Kinerja.",
    },
    title={"id": "Nama sasaran atau indikator berubah antartabel",
           "en": "Sasaran or indicator name drifts between tables"},
    category=Category.CONSISTENCY,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran III (reviu: keselarasan sasaran dan indikator "
    "Perjanjian Kinerja, IKU, Renstra dan Capaian Kinerja)",
    message={
        "id": "{what} '{first}' ({first_places}) dan '{second}' ({second_places}) {relation}.",
        "en": "{what} '{first}' ({first_places}) and '{second}' ({second_places}) {relation}.",
    },
    rationale={
        "id": "Sasaran dan indikator yang diukur harus persis yang diperjanjikan; nama yang "
        "berubah-ubah menyulitkan penelusuran dan bisa menandakan indikator yang diganti.",
        "en": "The sasaran and indicators measured must be exactly those agreed; names that "
        "change make them hard to trace and may hide an indicator that was replaced.",
    },
)
def CON003(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 has the reviewer check that the sasaran and indicators of the
    report are those of the Perjanjian Kinerja, the IKU and the Renstra. Two spellings
    the graph folds into one node but that differ in their words (not only in case,
    punctuation, a space or hyphen inside a word, or the OCR's confusions) are reported
    with their places; so is a PK name that no capaian table prints but that is close
    (similarity 80-93) to a capaian name no PK prints and is not the same name garbled."""
    named = _names(context.report)
    yield from _drift(context, named)
    yield from _near_misses(context, named)


# == PK Perubahan: CON004 ===================================================================
