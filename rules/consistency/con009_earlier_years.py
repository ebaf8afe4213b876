"""CON009: an earlier year's figures, the same wherever printed and computed right.

Bab III compares this year's results with last year's and earlier years'
(Permenpan RB 53/2014, Lampiran II, Capaian Kinerja Organisasi, item 2). The comparison
tables print, per indicator, an earlier year's target, realisasi and capaian
("2020 | Target | Realisasi | Capaian %", "REALISASI Th. 2019"); the reader keeps them
as :class:`~checker.model.EarlierYear` records of each capaian row, and only where the
column's year and role are certain (:mod:`checker.extract._perf_earlier`).

Two checks, the same as for the reporting year (CON001, CAP001), for earlier years:

* one indicator's figure of one year and one role printed differently in two tables
  (2020 realisasi 80 in one table, 82 in another); the figure most tables print is
  the reference, on a tie the one printed first. Targets and realisasi compare as
  numbers (or as text for grades); capaian at the precision the coarser one prints;
* an earlier year's capaian that does not follow from that year's target and
  realisasi printed on the same row (by the indicator's polarity).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import NamedTuple

from checker.context import Context, location
from checker.graph import node_finder
from checker.model import AchievementRow, EarlierYear, Number, Polarity, Provenance
from checker.rule import Category, Severity, Violation, rule
from rules._figures import at_precision, percent_text, same_figure
from rules._predikat import is_blank
from rules.capaian import miscomputed

__all__ = ["CON009"]

_ROLES = {
    "target": {"id": "target", "en": "target"},
    "realisasi": {"id": "realisasi", "en": "realisasi"},
    "capaian": {"id": "capaian", "en": "capaian"},
}


class _Place(NamedTuple):
    indikator: str
    year: int
    role: str
    figure: Number
    where: Provenance


def _places(rows: list[AchievementRow]) -> Iterator[_Place]:
    for row in rows:
        for earlier in row.earlier:
            for role in _ROLES:
                figure = getattr(earlier, role)
                if figure is not None and not is_blank(figure):
                    yield _Place(row.indikator, earlier.year, role, figure, row.where)


def _same(role: str, first: Number, second: Number) -> bool:
    """Equal figures; a capaian at the precision the coarser of the two prints."""
    if role == "capaian" and first.value is not None and second.value is not None:
        decimals = min(first.decimals, second.decimals)
        return at_precision(first.value, decimals) == at_precision(second.value, decimals)
    return same_figure(first, second)


def _groups(places: list[_Place]) -> list[list[_Place]]:
    groups: list[list[_Place]] = []
    for place in places:
        group = next((g for g in groups if _same(place.role, g[0].figure, place.figure)), None)
        if group is None:
            groups.append([place])
        else:
            group.append(place)
    return groups


def _formula(row: AchievementRow, earlier: EarlierYear) -> str:
    target, realisasi = str(earlier.target), str(earlier.realisasi)
    if row.polarity is Polarity.NEGATIVE:
        return f"(2 x {target} - {realisasi}) / {target} x 100"
    return f"{realisasi} / {target} x 100"


def _across_tables(context: Context) -> Iterator[Violation]:
    node = node_finder(context.graph, "indikator")
    rows = [row for table in context.report.achievements for row in table.rows]
    by_key: dict[tuple[str, int, str], list[_Place]] = {}
    for place in _places(rows):
        by_key.setdefault((node(place.indikator), place.year, place.role), []).append(place)
    for (key, year, role), places in by_key.items():
        places.sort(key=lambda place: (place.where.line is None, place.where.line or 0))
        groups = _groups(places)
        if len(groups) < 2:
            continue
        # The figure more places print; on a tie the one printed first (max keeps it).
        reference = max(groups, key=len)
        first = reference[0]
        for group in groups:
            if group is reference:
                continue
            for place in group:
                yield Violation(
                    location(place.where, node=key),
                    {
                        "indikator": place.indikator,
                        "year": year,
                        "detail": _differs(place, first),
                    },
                    expected=first.figure.raw,
                    actual=place.figure.raw,
                    keys=frozenset({f"earlier:{year}:{role}:{key}"}),
                )


def _differs(place: _Place, first: _Place) -> dict[str, str]:
    role = _ROLES[place.role]
    line = first.where.line if first.where.line is not None else "?"
    other = first.where.table or "?"
    return {
        "id": f"{role['id']} tertulis {place.figure.raw}, sedangkan tabel '{other}' "
              f"(baris {line}) mencetak {first.figure.raw}",
        "en": f"{role['en']} is printed as {place.figure.raw}, but table '{other}' "
              f"(line {line}) prints {first.figure.raw}",
    }


def _recomputed(context: Context) -> Iterator[Violation]:
    node = node_finder(context.graph, "indikator")
    for table in context.report.achievements:
        for row in table.rows:
            for earlier in row.earlier:
                stated = earlier.capaian
                if stated is None or stated.value is None:
                    continue
                as_row = replace(row, target=earlier.target, realisasi=earlier.realisasi,
                                 capaian=stated, earlier=())
                computed = miscomputed(as_row, context.percent_tolerance)
                if computed is None:
                    continue
                formula = _formula(row, earlier)
                shown = percent_text(computed, max(stated.decimals, 2))
                yield Violation(
                    location(row.where, node=node(row.indikator)),
                    {
                        "indikator": row.indikator,
                        "year": earlier.year,
                        "detail": {
                            "id": f"capaian tertulis {stated.raw}, sedangkan hasil hitung "
                                  f"{formula} = {shown.text('id')}",
                            "en": f"capaian is stated as {stated.raw}, but {formula} = "
                                  f"{shown.text('en')}",
                        },
                    },
                    expected=shown,
                    actual=stated,
                    keys=frozenset({f"earlier-capaian:{table.name}:{row.where.line}:"
                                    f"{earlier.year}"}),
                )


@rule(
    code="CON009",
    slug="consistency-earlier-years",
    fix={
        "id": "Samakan angka tahun-tahun sebelumnya di semua tabel dan hitung ulang capaiannya.",
        "en": "Make the earlier years' figures the same in every table and recompute their "
              "capaian.",
    },
    title={"id": "Angka tahun sebelumnya tidak konsisten",
           "en": "Earlier years' figures inconsistent"},
    category=Category.CONSISTENCY,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran II (Capaian Kinerja Organisasi: "
    "membandingkan realisasi dan capaian tahun ini dengan tahun lalu dan beberapa tahun "
    "terakhir)",
    message={
        "id": "Tahun {year}, indikator '{indikator}': {detail}.",
        "en": "Year {year}, indikator '{indikator}': {detail}.",
    },
    rationale={
        "id": "Tabel perbandingan dengan tahun-tahun sebelumnya mencetak target, realisasi "
        "dan capaian tahun lalu. Angka satu indikator pada satu tahun harus sama di setiap "
        "tabel yang mengulangnya, dan capaiannya harus sesuai dengan target dan realisasi "
        "tahun itu (polaritas positif: realisasi / target x 100; negatif: (2 x target - "
        "realisasi) / target x 100). Hanya kolom yang tahun dan isinya jelas yang diperiksa.",
        "en": "Tables that compare with earlier years print last year's and earlier years' "
        "target, realisasi and capaian. One indicator's figure of one year must be the same "
        "in every table that repeats it, and its capaian must follow from that year's target "
        "and realisasi (positive polarity: realisasi / target x 100; negative: (2 x target "
        "- realisasi) / target x 100). Only columns whose year and content are certain are "
        "checked.",
    },
)
def CON009(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014, Lampiran II asks the Capaian Kinerja Organisasi to
    "membandingkan antara realisasi kinerja serta capaian kinerja tahun ini dengan tahun
    lalu dan beberapa tahun terakhir": an earlier year's figures are part of the
    measurement, so they are printed alike wherever repeated and computed right."""
    yield from _across_tables(context)
    yield from _recomputed(context)
