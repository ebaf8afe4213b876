"""Consistency rules: one indicator, one target and one realisasi, wherever printed.

The same indicator appears in the Renstra, the IKU, the Perjanjian Kinerja and
one or more capaian tables (Bab III, Lampiran). The cascade graph folds their
spellings into one node; these rules compare the figures each place prints.
Figures are compared as numbers where both are numbers (``70,15`` equals
``70.15`` equals ``70,15 %``), otherwise as text (letter grades such as ``BB``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from checker.context import Context, location
from checker.hookspecs import hookimpl
from checker.model import Number, Provenance, Report
from checker.rule import Category, Rule, Severity, Violation, rule
from rules._scale import is_blank, node_finder

__all__ = ["CON001"]

_SOURCES = {"plan": "Renstra", "pk": "PK", "pk_perubahan": "PK Perubahan", "iku": "IKU"}


@dataclass(frozen=True)
class _Place:
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
        name = _SOURCES.get(self.source, self.source)
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


def _by_node(figures: Iterable[_Figure], node: Callable[[str], str]) -> dict[str, list[_Place]]:
    """The printed (non-blank) figures of each indicator node, in document order."""
    groups: dict[str, list[_Place]] = {}
    for source, indikator, where, figure in figures:
        if figure is not None and not is_blank(figure):
            groups.setdefault(node(indikator), []).append(_Place(source, indikator, where, figure))
    for places in groups.values():
        places.sort(key=lambda place: (place.where.line is None, place.where.line or 0))
    return groups


def _in_force(places: list[_Place]) -> list[_Place]:
    """A PK Perubahan replaces the PK: its targets are the ones the others must match."""
    if any(place.source == "pk_perubahan" for place in places):
        return [place for place in places if place.source != "pk"]
    return places


def _same(first: Number, second: Number) -> bool:
    if first.value is not None and second.value is not None:
        return first.value == second.value
    return _text(first.raw) == _text(second.raw)


def _text(raw: str) -> str:
    """Non-numeric figures ("BB", "7 Desa/ 1 Kel") compared without case or spacing."""
    return "".join(raw.split()).casefold()


def _differences(
    field: str, key: str, places: list[_Place]
) -> Iterator[Violation]:
    """One violation per pair of places that disagree, at the later of the two."""
    for index, second in enumerate(places):
        for first in places[:index]:
            if not _same(first.figure, second.figure):
                yield Violation(
                    location(second.where, node=key),
                    {"field": field, "indikator": second.indikator,
                     "first_value": first.figure.raw, "first_place": first.label,
                     "first_line": first.line, "second_value": second.figure.raw,
                     "second_place": second.label, "second_line": second.line},
                    expected=first.figure.raw,
                    actual=second.figure.raw,
                )


@rule(
    code="CON001",
    slug="consistency-indikator-values",
    title={"id": "Nilai indikator berbeda antarbagian",
           "en": "Indicator values differ between parts"},
    category=Category.CONSISTENCY,
    severity=Severity.ERROR,
    regulation="Permenpan RB 53/2014, Lampiran III (reviu: keselarasan Perjanjian Kinerja, IKU, "
    "Renstra dan Capaian Kinerja Organisasi)",
    message={
        "id": "{field} indikator '{indikator}' tertulis {first_value} di {first_place} "
        "(baris {first_line}), tetapi {second_value} di {second_place} (baris {second_line}).",
        "en": "{field} of indikator '{indikator}' is {first_value} in {first_place} "
        "(line {first_line}), but {second_value} in {second_place} (line {second_line}).",
    },
    rationale={
        "id": "Target yang diukur di Bab III harus sama dengan target di Perjanjian Kinerja, IKU "
        "dan Renstra untuk tahun itu, dan realisasi satu indikator harus sama di setiap tabel "
        "capaian; dua angka untuk satu hal menandakan salah satunya keliru.",
        "en": "The target measured in Bab III must equal the target of the Perjanjian Kinerja, "
        "the IKU and the Renstra for that year, and an indicator's realisasi must be the same "
        "in every capaian table; two figures for one thing mean one of them is wrong.",
    },
)
def CON001(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 asks the reviewer to check that the sasaran, indicators and
    targets of the report equal those of the signed Perjanjian Kinerja and agree with the
    IKU and the Renstra; one indicator must have one target and one realisasi."""
    node = node_finder(context.graph, "indikator")
    for key, places in _by_node(_targets(context.report), node).items():
        yield from _differences("Target", key, _in_force(places))
    for key, places in _by_node(_realisasi(context.report), node).items():
        yield from _differences("Realisasi", key, places)


@hookimpl
def lkjip_rules() -> list[Rule]:
    return [CON001]
