"""CON001: one indicator, one target and one realisasi, wherever printed."""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import NamedTuple

from checker.context import Context, location
from checker.graph import node_finder
from checker.model import (
    Number,
    Provenance,
    Report,
)
from checker.numbers import NumberFormatError, parse_number
from checker.rule import Category, Severity, Violation, rule
from rules._figures import same_figure, value_of
from rules._predikat import is_blank

__all__ = ["CON001", "SOURCES", "Basis", "Place", "Reading"]

SOURCES = {"plan": "Renstra", "pk": "PK", "pk_perubahan": "PK Perubahan", "iku": "IKU"}
_DIGITS = re.compile(r"\d+")


class Place(NamedTuple):
    """One figure of one indicator: where it is printed and what it says."""

    source: str  # plan, pk, pk_perubahan, iku, capaian (as in checker.graph.Occurrence)
    indikator: str
    where: Provenance
    figure: Number

    @property
    def label(self) -> str:
        """The place as a reviewer finds it: the table, or the document it belongs to."""
        if self.source == "capaian" and self.where.table:
            return self.where.table
        name = SOURCES.get(self.source, self.source)
        return f"{name} ({self.where.table})" if self.where.table else name

    @property
    def line(self) -> str:
        return str(self.where.line) if self.where.line is not None else "?"


_Figure = tuple[str, str, Provenance, Number | None]  # source, indikator, where, figure


def _targets(report: Report) -> Iterator[_Figure]:
    """Every target of the report year, from each document that prints one."""
    year = report.meta.year
    for indikator in report.plan.indikator:
        target = indikator.targets.get(year) if year is not None else None
        yield "plan", indikator.name, indikator.where, target
    for row in report.agreements:
        if row.indikator is not None:
            yield row.document, row.indikator, row.where, row.target
    for iku in report.iku:
        yield "iku", iku.indikator, iku.where, iku.target
    for table in report.achievements:
        for achievement in table.rows:
            yield "capaian", achievement.indikator, achievement.where, achievement.target


def _realisasi(report: Report) -> Iterator[_Figure]:
    for table in report.achievements:
        for achievement in table.rows:
            yield "capaian", achievement.indikator, achievement.where, achievement.realisasi


def _by_node(figures: Iterable[_Figure], node: Callable[[str], str]) -> dict[str, list[Place]]:
    """The printed (non-blank) figures of each indicator node, in document order."""
    groups: dict[str, list[Place]] = {}
    for source, indikator, where, figure in figures:
        if figure is not None and not is_blank(figure):
            groups.setdefault(node(indikator), []).append(Place(source, indikator, where, figure))
    for places in groups.values():
        places.sort(key=lambda place: (place.where.line is None, place.where.line or 0))
    return groups


# Documents drawn up before the year's PK: the PK's targets are taken from them.
_PLANNED = frozenset({"plan", "iku"})


def _in_force(places: list[Place]) -> list[list[Place]]:
    """The places of one indicator's target that must print one figure.

    A PK Perubahan replaces the PK: its targets are the ones Bab III and the others must
    match. Where the report prints the PK too and the Perubahan changed the target, that
    change is CON004's: the Renstra and the IKU, from which the PK was drawn, are held
    against the PK, unless they already print the changed target."""
    perubahan = [place for place in places if place.source == "pk_perubahan"]
    if not perubahan:
        return [places]
    revised = perubahan[0].figure
    changed = [place for place in places if place.source == "pk"
               and not _same_target(place.figure, revised)]
    if not changed:
        return [[place for place in places if place.source != "pk"]]
    signed = [place for place in places if place.source == "pk" or (
        place.source in _PLANNED and not _same_target(place.figure, revised))]
    return [signed, [place for place in places if place not in signed]]


class Basis(enum.Enum):
    """Why one figure of an indicator is the one the others are held against."""

    MAJORITY = "majority"  # more sources print it
    PK = "pk"  # as many sources each way: the signed Perjanjian Kinerja prints it
    PRINTINGS = "printings"  # as many sources, none of them the PK: printed more often
    FIRST = "first"  # nothing tells them apart: the figure printed first


_BASIS = {
    Basis.MAJORITY: {"id": "", "en": ""},
    Basis.PK: {"id": " (sumbernya sama banyak; Perjanjian Kinerja yang ditandatangani "
                     "menjadi acuan)",
               "en": " (as many sources each way; the signed Perjanjian Kinerja decides)"},
    Basis.PRINTINGS: {"id": " (sumbernya sama banyak; angka yang lebih sering tercetak "
                            "menjadi acuan)",
                      "en": " (as many sources each way; the figure printed more often "
                            "is the reference)"},
    Basis.FIRST: {"id": " (sumbernya sama banyak; angka yang tercetak lebih dulu menjadi "
                        "acuan)",
                  "en": " (as many sources each way; the figure printed first is the "
                        "reference)"},
}
_PK_SOURCES = frozenset({"pk", "pk_perubahan"})


class Reading(NamedTuple):
    """The places of one indicator that print the same figure, in document order."""

    places: tuple[Place, ...]

    @property
    def first(self) -> Place:
        return self.places[0]

    @property
    def sources(self) -> frozenset[str]:
        """The documents that print it: copies of one document (the IKU in Bab II and in
        the Lampiran) are one source, and so are all capaian tables, which copy Bab III."""
        return frozenset(place.source for place in self.places)

    @property
    def signed(self) -> bool:
        """Whether the Perjanjian Kinerja in force prints it (see ``_in_force``)."""
        return bool(self.sources & _PK_SOURCES)

    def weight(self) -> tuple[int, bool, int]:
        return len(self.sources), self.signed, len(self.places)


def _readings(places: list[Place]) -> list[Reading]:
    """The places grouped by the figure they print, each group in document order."""
    groups: list[list[Place]] = []
    for place in places:
        group = next((g for g in groups if _same_target(g[0].figure, place.figure)), None)
        if group is None:
            groups.append([place])
        else:
            group.append(place)
    return [Reading(tuple(group)) for group in groups]


def _reference(readings: list[Reading]) -> tuple[Reading, Basis]:
    """The figure the others are held against: the one most sources print; on a tie the
    one the PK prints, then the one printed more often, then the one printed first.
    ``readings`` are in the order of their first printing, and ``max`` keeps the first."""
    best = max(readings, key=Reading.weight)
    runner_up = max((r for r in readings if r is not best), key=Reading.weight)
    return best, _basis(best, runner_up)


def _basis(best: Reading, runner_up: Reading) -> Basis:
    if len(best.sources) != len(runner_up.sources):
        return Basis.MAJORITY
    if best.signed != runner_up.signed:
        return Basis.PK
    if len(best.places) != len(runner_up.places):
        return Basis.PRINTINGS
    return Basis.FIRST


# A target band: "70-80", "60 - 85 %", "6 s.d. 9 hari" (the ideal band of a hospital's BOR).
_BAND = re.compile(
    r"^(?P<low>\d[\d.,]*)\s*(?:[-\u2013\u2014]|s\.?\s?d\.?|s/d|sampai)\s*(?P<high>\d[\d.,]*)"
    r"\s*(?:%|[A-Za-z][A-Za-z./ ]*)?$",
    re.IGNORECASE,
)


def _band(figure: Number) -> tuple[Decimal, Decimal] | None:
    """The bounds of a target printed as a band (lower first), else ``None``."""
    match = _BAND.match(figure.raw) if figure.value is None else None
    if match is None:
        return None
    try:
        low, high = parse_number(match.group("low")), parse_number(match.group("high"))
    except NumberFormatError:
        return None
    return (low, high) if low is not None and high is not None and low < high else None


def _same_target(first: Number, second: Number) -> bool:
    """Equal figures (see ``same_figure``), or bands with the same bounds: "60-85" in a
    table with its own Satuan column and "60-85 %" where the unit shares the cell are one
    target, as "90,00" and "90,00 %" are."""
    if same_figure(first, second):
        return True
    bounds = _band(first)
    return bounds is not None and bounds == _band(second)


def _without_held_bands(places: list[Place]) -> list[Place]:
    """``places`` less the bands that hold every point target printed beside them: a
    Renstra that sets BOR at "70-80" agrees with a PK that signs 75 within it. A band
    that a point falls outside of still differs from it."""
    points = [value for place in places
              if (value := value_of(place.figure)) is not None]
    if not points:
        return places
    kept = []
    for place in places:
        bounds = _band(place.figure)
        if bounds is None or not all(bounds[0] <= point <= bounds[1] for point in points):
            kept.append(place)
    return kept


def _places_text(places: tuple[Place, ...]) -> dict[str, str]:
    """``PK (Tabel 2.3) (baris 405) dan Tabel 3.2 (baris 499)`` in each language."""
    def join(word: str, line: str) -> str:
        shown = [f"{place.label} ({line} {place.line})" for place in places]
        return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} {word} {shown[-1]}"

    return {"id": join("dan", "baris"), "en": join("and", "line")}


def _differences(field: str, key: str, places: list[Place],
                 group: int = 0) -> Iterator[Violation]:
    """One violation per place whose figure differs from the reference figure, at that
    place. The printings of one odd figure share a fold key and name it as their cause:
    a copy of a wrong figure is that figure's defect, so the engine folds them into the
    first printing (one odd value, one finding, its copies as related places)."""
    readings = _readings(places)
    if len(readings) < 2:
        return
    reference, basis = _reference(readings)
    for index, reading in enumerate(readings):
        if reading is reference:
            continue
        part = f"{group}:{index}" if group else str(index)  # keys before groups kept
        fold_key = frozenset({f"indikator-figure:{field}:{key}:{part}"})
        for place in reading.places:
            yield Violation(
                location(place.where, node=key),
                {"field": field, "indikator": place.indikator, "value": place.figure.raw,
                 "place": place.label, "line": place.line, "expected": reference.first.figure.raw,
                 "agreed": _places_text(reference.places), "basis": _BASIS[basis]},
                expected=reference.first.figure.raw,
                actual=place.figure.raw,
                keys=fold_key,
                causes=fold_key,
            )


@rule(
    code="CON001",
    slug="consistency-indikator-values",
    fix={
        "id": "Gunakan satu nilai di semua bagian; Perjanjian Kinerja yang ditandatangani "
              "menjadi acuan.",
        "en": "Use one value in every part; the signed Perjanjian Kinerja is the reference.",
    },
    title={"id": "Nilai indikator berbeda antarbagian",
           "en": "Indicator values differ between parts"},
    category=Category.CONSISTENCY,
    severity=Severity.ERROR,
    regulation="Permenpan RB 53/2014, Lampiran III (reviu: keselarasan Perjanjian Kinerja, IKU, "
    "Renstra dan Capaian Kinerja Organisasi)",
    # Another printing of the same odd figure is a copy of one defect, folded into the first.
    knock_on_of=("CON001",),
    message={
        "id": "{field} indikator '{indikator}' tertulis {value} di {place} (baris {line}), "
        "tetapi {expected} di {agreed}{basis}.",
        "en": "{field} of indikator '{indikator}' is {value} in {place} (line {line}), "
        "but {expected} in {agreed}{basis}.",
    },
    rationale={
        "id": "Target yang diukur di Bab III harus sama dengan target di Perjanjian Kinerja, IKU "
        "dan Renstra untuk tahun itu, dan realisasi satu indikator harus sama di setiap tabel "
        "capaian; dua angka untuk satu hal menandakan salah satunya keliru. Angka yang "
        "dicantumkan lebih banyak sumber menjadi acuan; bila sama banyak, Perjanjian Kinerja "
        "yang ditandatangani.",
        "en": "The target measured in Bab III must equal the target of the Perjanjian Kinerja, "
        "the IKU and the Renstra for that year, and an indicator's realisasi must be the same "
        "in every capaian table; two figures for one thing mean one of them is wrong. The "
        "figure more sources give is the reference; on a tie, the signed Perjanjian Kinerja's.",
    },
)
def CON001(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 asks the reviewer to check that the sasaran, indicators and
    targets of the report equal those of the signed Perjanjian Kinerja and agree with the
    IKU and the Renstra; one indicator must have one target and one realisasi.

    The figure most sources (Renstra, PK, IKU, the capaian tables) print is the reference;
    a tie goes to the PK, the agreement the head of the agency signed. Each other figure is
    one defect, reported where it is printed."""
    node = node_finder(context.graph, "indikator")
    for key, places in _by_node(_targets(context.report), node).items():
        for index, group in enumerate(_in_force(places)):
            yield from _differences("Target", key, _without_held_bands(group), index)
    for key, places in _by_node(_realisasi(context.report), node).items():
        yield from _differences("Realisasi", key, places)


# == Amounts: CON002 (narrative) and CON005 (Ikhtisar Eksekutif) ===========================
#
# An amount claim of the narrative (pagu, realisasi, sisa, persen) either speaks of the
# whole budget (compared with the totals of the budget tables and the PK) or of a part
# of it that the sentence names before the figure: a jenis belanja ("Belanja Barang dan
# Jasa": compared with that row of the belanja table, skipped when there is none), a
# program/kegiatan/sub kegiatan named as in a budget table (compared with that row), or
# a part no table holds ("sasaran 1", "sub kegiatan ini": skipped, nothing to compare).
# The scope is decided by the last such mention before the figure, so "APBD sebesar A,
# terdiri dari Belanja Operasi B dan Belanja Modal C" compares A with the total, B and
# C with their rows. A percentage that is a share ("0,71% dari total belanja") or the
# physical progress ("kegiatan fisik 91,67%") is no realisation percentage: skipped.
