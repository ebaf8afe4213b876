"""CON003: sasaran and indicator names that drift between tables."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from checker.context import Context, location
from checker.graph import FUZZY_THRESHOLD, node_finder, normalise_name
from checker.model import (
    Number,
    Provenance,
    Report,
)
from checker.rule import Category, Severity, Violation, rule
from rules.consistency._values import Place

_DIGITS = re.compile(r"\d+")

__all__ = ["CON003"]

_NAME_KINDS = {"sasaran": {"id": "Nama sasaran", "en": "The sasaran names"},
               "indikator": {"id": "Nama indikator", "en": "The indikator names"}}
_CLOSE = 80  # a PK name this similar to an unmatched capaian name is probably the same one
_PLACES_SHOWN = 3


@dataclass(frozen=True)
class _Named:
    """One place a sasaran or indicator name is printed."""

    kind: str
    name: str
    source: str  # plan, pk, pk_perubahan, iku, capaian
    where: Provenance

    def place(self, lang: str) -> str:
        place = Place(self.source, self.name, self.where, Number("", None))
        return f"{place.label} {_WORD_LINE[lang]} {place.line}"


def _names(report: Report) -> list[_Named]:
    found: list[_Named] = []
    for sasaran in report.plan.sasaran:
        found.append(_Named("sasaran", sasaran.name, "plan", sasaran.where))
    for indikator in report.plan.indikator:
        found.append(_Named("indikator", indikator.name, "plan", indikator.where))
    for row in report.agreements:
        found.append(_Named("sasaran", row.sasaran, row.document, row.where))
        if row.indikator:
            found.append(_Named("indikator", row.indikator, row.document, row.where))
    for iku in report.iku:
        if iku.sasaran:
            found.append(_Named("sasaran", iku.sasaran, "iku", iku.where))
        found.append(_Named("indikator", iku.indikator, "iku", iku.where))
    for table in report.achievements:
        for achievement in table.rows:
            if achievement.sasaran:
                found.append(_Named("sasaran", achievement.sasaran, "capaian", achievement.where))
            found.append(_Named("indikator", achievement.indikator, "capaian", achievement.where))
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


def _spellings(named: list[_Named]) -> dict[str, list[_Named]]:
    """The places of each spelling (told apart after normalisation), in document order."""
    spellings: dict[str, list[_Named]] = {}
    for item in named:
        spellings.setdefault(normalise_name(item.name), []).append(item)
    return spellings


def _drift(context: Context, named: list[_Named]) -> Iterator[Violation]:
    """Spellings the graph folded into one node that differ in more than case/punctuation."""
    for kind in _NAME_KINDS:
        node = node_finder(context.graph, kind)
        by_node: dict[str, list[_Named]] = {}
        for item in named:
            if item.kind == kind:
                by_node.setdefault(node(item.name), []).append(item)
        for key, items in by_node.items():
            spellings = list(_spellings(items).items())
            # The spelling printed most often is the reference; the others drift from it.
            reference_key, reference = max(spellings, key=lambda pair: len(pair[1]))
            for other_key, others in spellings:
                if other_key == reference_key:
                    continue
                score = int(fuzz.ratio(reference_key, other_key))
                yield Violation(
                    location(others[0].where, node=key),
                    {"what": _NAME_KINDS[kind], "first": reference[0].name.strip(),
                     "first_places": _places(reference), "second": others[0].name.strip(),
                     "second_places": _places(others),
                     "relation": {"id": f"ditulis berbeda padahal dianggap satu {kind} "
                                        f"(kemiripan {score}%)",
                                  "en": f"are spelled differently though they are one {kind} "
                                        f"(similarity {score}%)"}},
                    expected=reference[0].name.strip(),
                    actual=others[0].name.strip(),
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
    the graph folds into one node but that differ in their words (not only in case or
    punctuation) are reported with their places; so is a PK name that no capaian table
    prints but that is close (similarity 80-93) to a capaian name no PK prints."""
    named = _names(context.report)
    yield from _drift(context, named)
    yield from _near_misses(context, named)


# == PK Perubahan: CON004 ===================================================================
