"""CON001: one indicator, one target and one realisasi, wherever printed."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from checker.context import Context, location
from checker.graph import node_finder
from checker.model import (
    Number,
    Provenance,
    Report,
)
from checker.rule import Category, Severity, Violation, rule
from rules._predikat import is_blank

__all__ = ["CON001", "SOURCES", "Place", "same_figure"]

SOURCES = {"plan": "Renstra", "pk": "PK", "pk_perubahan": "PK Perubahan", "iku": "IKU"}
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class Place:
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


def _in_force(places: list[Place]) -> list[Place]:
    """A PK Perubahan replaces the PK: its targets are the ones the others must match."""
    if any(place.source == "pk_perubahan" for place in places):
        return [place for place in places if place.source != "pk"]
    return places


_GRADE = re.compile(r"(?<![A-Za-z])(AA|BB|CC|A|B|C|D|E)(?![A-Za-z])")


def _grade(raw: str) -> str | None:
    """The letter grade a figure prints ("B", "56 (CC Kategori)"), if any."""
    found = _GRADE.search(raw)
    return found.group(1) if found else None


def same_figure(first: Number, second: Number) -> bool:
    """Equal figures: "CC" and "56 (CC Kategori)" agree (same grade), "56,00 (C)" and
    "56 (CC)" do not (same score, another grade); plain numbers compare as numbers."""
    grades = _grade(first.raw), _grade(second.raw)
    if None not in grades and grades[0] != grades[1]:
        return False
    if first.value is not None and second.value is not None:
        return first.value == second.value
    if None not in grades:
        return True  # one of them prints only the grade, and the grades agree
    return _text(first.raw) == _text(second.raw)


def _text(raw: str) -> str:
    """Non-numeric figures ("BB", "7 Desa/ 1 Kel") compared without case or spacing."""
    return "".join(raw.split()).casefold()


def _differences(
    field: str, key: str, places: list[Place]
) -> Iterator[Violation]:
    """One violation per place that disagrees with an earlier one, at the later place
    and against the earliest it disagrees with (so one odd value is one finding)."""
    for index, second in enumerate(places):
        for first in places[:index]:
            if not same_figure(first.figure, second.figure):
                yield Violation(
                    location(second.where, node=key),
                    {"field": field, "indikator": second.indikator,
                     "first_value": first.figure.raw, "first_place": first.label,
                     "first_line": first.line, "second_value": second.figure.raw,
                     "second_place": second.label, "second_line": second.line},
                    expected=first.figure.raw,
                    actual=second.figure.raw,
                )
                break


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
