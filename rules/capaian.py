"""Capaian rules: the achievement a report states, recomputed from its own figures.

Permenpan RB 53/2014 asks Bab III to show, for each sasaran, target against
realisasi and the resulting capaian; Permendagri 86/2017 gives the scale that
turns a capaian into a predikat. These rules recompute each capaian with the
indicator's polarity, each sasaran's mean, and each predikat, and compare them
with what is printed, at the precision printed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import NamedTuple

from checker.context import Context, location
from checker.display import Percent
from checker.graph import node_finder, normalise_name
from checker.hookspecs import hookimpl
from checker.model import (
    AchievementRow,
    AchievementSummary,
    AchievementTable,
    Number,
    Polarity,
    Provenance,
    Scale,
)
from checker.numbers import ratio_figure
from checker.pack import pack_rules
from checker.rule import Category, Location, Rule, Severity, Violation, rule
from rules._capaian_formula import InverseFormula, inverse_formula
from rules._figures import at_precision, percent_matches, percent_text, value_of
from rules._predikat import grades, same_label, scale_name, scale_of
from rules._sasaran_sentences import sasaran_sentences

__all__ = [
    "CAP001",
    "CAP002",
    "CAP003",
    "CAP004",
    "miscomputed",
    "recompute",
    "row_capaian",
    "row_key",
    "sasaran_mean",
]


def recompute(row: AchievementRow, inverse: bool = False) -> Decimal | None:
    """The capaian of a row from its target and realisasi, by its polarity, or as target
    / realisasi x 100 when the report states that formula for it (``inverse``); ``None``
    when either is not a number or the divisor is 0 (no capaian defined)."""
    target, realisasi = value_of(row.target), value_of(row.realisasi)
    if target is None or realisasi is None or target == 0:
        return None
    if inverse:
        return target * 100 / realisasi if realisasi else None
    if row.polarity is Polarity.NEGATIVE:
        # Lower is better: every unit above target costs as much as one below gains.
        return (2 * target - realisasi) * 100 / target
    return realisasi * 100 / target


def _formula(row: AchievementRow, inverse: bool = False) -> str:
    # A ratio to one ("1 : 5") computes with its figure: "(2 x 1 : 5 - ...)" reads as nonsense.
    target, realisasi = ratio_figure(str(row.target)), ratio_figure(str(row.realisasi))
    if inverse:
        return f"{target} / {realisasi} x 100"
    if row.polarity is Polarity.NEGATIVE:
        return f"(2 x {target} - {realisasi}) / {target} x 100"
    return f"{realisasi} / {target} x 100"


def miscomputed(row: AchievementRow, tolerance: Decimal, inverse: bool = False
                ) -> Decimal | None:
    """The recomputed capaian of a row whose stated capaian does not follow from its target
    and realisasi (what CAP001 reports); ``None`` when it does, or cannot be recomputed.
    ``inverse``: the report states target / realisasi x 100 as this row's formula."""
    stated, computed = value_of(row.capaian), recompute(row, inverse)
    if row.capaian is None or stated is None or computed is None:
        return None
    if percent_matches(stated, row.capaian.decimals, computed, tolerance):
        return None
    return computed


# A cap trims an over-achievement only: it never takes a capaian below its target's.
_LEAST_CAP = Decimal(100)


def miscorrected(row: AchievementRow, tolerance: Decimal, inverse: bool = False
                 ) -> Decimal | None:
    """The recomputed capaian of a row whose corrected capaian ('Capaian Terkoreksi') is
    neither that capaian nor a cap below it (at least 100: a cap trims an over-achievement
    only); ``None`` when it is, or there is nothing to compare."""
    corrected = value_of(row.corrected)
    computed = recompute(row, inverse)
    computed = computed if computed is not None else value_of(row.capaian)
    if row.corrected is None or corrected is None or computed is None:
        return None
    if percent_matches(corrected, row.corrected.decimals, computed, tolerance):
        return None
    if _LEAST_CAP <= corrected < computed:
        return None  # capped
    return computed


def row_key(table: AchievementTable, row: AchievementRow) -> str:
    """The fold key of one indicator row of one capaian table (CAP001 and CAP002 share it)."""
    return f"capaian-row:{table.name}:{row.where.line}:{normalise_name(row.indikator)}"


def row_capaian(row: AchievementRow) -> Decimal | None:
    """The capaian of a row as stated, else as recomputed."""
    stated = value_of(row.capaian)
    return stated if stated is not None else recompute(row)


def _counted(row: AchievementRow, capaian: Decimal | None) -> Decimal | None:
    """What a row adds to its sasaran's capaian: the corrected capaian the table prints
    beside the computed one (capped by the pemda's rule), else ``capaian``."""
    corrected = value_of(row.corrected)
    return corrected if corrected is not None else capaian


def _mean_of(rows: list[AchievementRow], values: list[Decimal]) -> Decimal:
    """The mean of the rows' ``values``, weighted by their bobot when every row has one
    (the report then builds the sasaran's capaian as a weighted mean), else plain."""
    if not _weighted(rows):
        return sum(values, Decimal(0)) / len(values)
    weights = [value_of(row.bobot) or Decimal(0) for row in rows]
    return sum((value * weight for value, weight in zip(values, weights, strict=True)),
               Decimal(0)) / sum(weights, Decimal(0))


def _weighted(rows: list[AchievementRow]) -> bool:
    """Whether every row has a bobot, and they add up to more than nothing."""
    weights = [value_of(row.bobot) for row in rows]
    known = [weight for weight in weights if weight is not None]
    return len(known) == len(weights) and sum(known, Decimal(0)) > 0


_MEAN_WORD = {False: {"id": "rata-rata", "en": "mean"},
              True: {"id": "rata-rata tertimbang (bobot)", "en": "weighted mean"}}


def _rows_of(table: AchievementTable, summary: AchievementSummary) -> list[AchievementRow]:
    """The indicators of the summary's sasaran. A table for one sasaran often leaves
    the sasaran off its rows; they then belong to its only summary."""
    wanted = normalise_name(summary.sasaran)
    single = len(table.summaries) == 1
    return [
        row
        for row in table.rows
        if (row.sasaran is None and single)
        or (row.sasaran is not None and normalise_name(row.sasaran) == wanted)
    ]


def sasaran_mean(
    table: AchievementTable, summary: AchievementSummary
) -> tuple[Decimal, int] | None:
    """Mean capaian of the summary's indicators (their corrected capaian where the table
    prints one, weighted by their bobot where each has one) and how many there are;
    ``None`` when one of them has no capaian to take (a mean of the rest would mislead)."""
    rows = _rows_of(table, summary)
    values = [_counted(row, row_capaian(row)) for row in rows]
    known = [value for value in values if value is not None]
    if not values or len(known) != len(values):
        return None
    return _mean_of(rows, known), len(known)


@rule(
    code="CAP001",
    slug="capaian-recompute",
    fix={
        "id": "Hitung ulang capaian: realisasi / target x 100 (untuk indikator yang makin kecil"
              " makin baik: (2 x target - realisasi) / target x 100), lalu perbaiki angka di "
              "tabel.",
        "en": "Recompute the capaian: realisasi / target x 100 (for a lower-is-better "
              "indicator: (2 x target - realisasi) / target x 100) and correct the table.",
    },
    title={"id": "Capaian indikator tidak sesuai hitungan", "en": "Indicator capaian miscomputed"},
    category=Category.CAPAIAN,
    severity=Severity.ERROR,
    regulation="Permenpan RB 53/2014, Lampiran II (Capaian Kinerja Organisasi)",
    message={
        "id": "Capaian indikator '{indikator}' tertulis {stated}, sedangkan hasil hitung "
        "{formula} = {computed}.",
        "en": "Capaian of indikator '{indikator}' is stated as {stated}, but "
        "{formula} = {computed}.",
    },
    rationale={
        "id": "Capaian adalah realisasi dibanding target (polaritas positif: realisasi / target "
        "x 100; polaritas negatif: (2 x target - realisasi) / target x 100). Angka capaian yang "
        "tidak sesuai dengan target dan realisasi di baris yang sama menyesatkan pembaca.",
        "en": "Capaian is realisasi against target (positive polarity: realisasi / target x 100; "
        "negative polarity: (2 x target - realisasi) / target x 100). A capaian that does not "
        "follow from the target and realisasi on its own row misleads the reader.",
    },
)
def CAP001(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 asks the Capaian Kinerja Organisasi to compare, for each
    indicator, the target with the realisasi; the capaian printed must be that ratio
    (inverted for an indicator where lower is better: (2 x target - realisasi) / target,
    or target / realisasi where the report states that formula for it). A corrected
    capaian printed beside it (the pemda's cap, 'Capaian Terkoreksi') must be that
    capaian, or a cap of at least 100 below it."""
    node = node_finder(context.graph, "indikator")
    stated_formula = inverse_formula(context.report)
    tolerance = context.percent_tolerance
    for table in context.report.achievements:
        for row in table.rows:
            inverse = stated_formula.applies(row)
            checked = ((row.capaian, miscomputed(row, tolerance, inverse), ""),
                       (row.corrected, miscorrected(row, tolerance, inverse), ":terkoreksi"))
            for stated, computed, part in checked:
                if computed is None or stated is None or stated.value is None:
                    continue
                yield Violation(
                    location(row.where, node=node(row.indikator)),
                    {
                        "indikator": row.indikator,
                        "stated": stated.raw,
                        "formula": _formula(row, inverse),
                        "computed": percent_text(computed, max(stated.decimals, 2)),
                    },
                    # The figure the message names, at the message's precision.
                    expected=percent_text(computed, max(stated.decimals, 2)),
                    actual=stated,
                    keys=frozenset({row_key(table, row) + part}),
                )


@rule(
    code="CAP002",
    slug="capaian-sasaran-mean",
    fix={
        "id": "Tulis capaian sasaran sebagai rata-rata capaian indikatornya di tabel yang sama.",
        "en": "State the sasaran capaian as the mean capaian of its indicators in the same "
              "table.",
    },
    title={"id": "Capaian sasaran bukan rata-rata indikatornya",
           "en": "Sasaran capaian is not the mean of its indicators"},
    category=Category.CAPAIAN,
    severity=Severity.ERROR,
    regulation="Permenpan RB 53/2014, Lampiran II (Capaian Kinerja Organisasi)",
    # A mean that is wrong only because an indicator's capaian is (CAP001) is not
    # a second defect: it is folded into that indicator's finding.
    knock_on_of=("CAP001",),
    message={
        "id": "Capaian sasaran '{sasaran}' tertulis {stated}, sedangkan {mean_word} capaian "
        "{count} indikatornya {computed}.",
        "en": "Capaian of sasaran '{sasaran}' is stated as {stated}, but the {mean_word} "
        "capaian of its {count} indicators is {computed}.",
    },
    rationale={
        "id": "Capaian sebuah sasaran dihitung sebagai rata-rata capaian indikator-indikatornya "
        "di tabel yang sama; angka lain tidak dapat ditelusuri dari tabel itu.",
        "en": "The capaian of a sasaran is the mean capaian of its indicators in the same "
        "table; any other figure cannot be traced back to that table.",
    },
)
def CAP002(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 asks the capaian of each sasaran strategis to be shown; the
    capaian stated for a sasaran must be the mean of its indicators' capaian, whether the
    table prints it (a sasaran row, a summary row, a 'Capaian Sasaran' cell merged over
    its indicators) or the sentence right below the table states it ("Rata-rata capaian
    Sasaran 1 adalah ..."). Where the table prints a corrected capaian beside the
    computed one (a cap), the mean is of the corrected ones; where each indicator row
    carries a bobot, the mean is weighted by it. A report that weighs its indicators
    elsewhere takes another mean: its sentences are not checked."""
    node = node_finder(context.graph, "sasaran")
    for table in context.report.achievements:
        for summary in (*table.summaries, *sasaran_sentences(table, context.report.text)):
            stated, mean = summary.capaian, sasaran_mean(table, summary)
            if stated is None or stated.value is None or mean is None:
                continue
            computed, count = mean
            if percent_matches(stated.value, stated.decimals, computed, context.percent_tolerance):
                continue
            yield Violation(
                location(summary.where, node=node(summary.sasaran)),
                {
                    "sasaran": summary.sasaran,
                    "stated": stated.raw,
                    "mean_word": _MEAN_WORD[_weighted(_rows_of(table, summary))],
                    "count": count,
                    "computed": percent_text(computed, max(stated.decimals, 2)),
                },
                # The figure the message names, at the message's precision.
                expected=percent_text(computed, max(stated.decimals, 2)),
                actual=stated,
                causes=_miscomputed_rows(table, summary, context.percent_tolerance,
                                         inverse_formula(context.report)),
            )


def _miscomputed_rows(
    table: AchievementTable, summary: AchievementSummary, tolerance: Decimal,
    stated_formula: InverseFormula,
) -> frozenset[str]:
    """The rows a wrong sasaran mean follows from: its indicators whose capaian is
    miscomputed (CAP001, by the formula it checks each row with), when the stated mean is
    right once their capaian is recomputed. Otherwise none: the mean is wrong whatever
    its rows say, a defect of its own."""
    rows = _rows_of(table, summary)
    inverse = {id(row): stated_formula.applies(row) for row in rows}
    wrong = [row for row in rows if miscomputed(row, tolerance, inverse[id(row)]) is not None]
    values = [recompute(row, inverse[id(row)]) if row in wrong else row_capaian(row)
              for row in rows]
    values = [_counted(row, value) for row, value in zip(rows, values, strict=True)]
    known = [value for value in values if value is not None]
    stated = summary.capaian
    if not wrong or stated is None or stated.value is None or len(known) != len(values):
        return frozenset()
    mean = _mean_of(rows, known)
    if not percent_matches(stated.value, stated.decimals, mean, tolerance):
        return frozenset()
    return frozenset(row_key(table, row) for row in wrong)


class _Graded(NamedTuple):
    """A stated predikat and what it grades."""

    item: str  # "indikator '...'" or "sasaran '...'": domain words, same in both languages
    predikat: str
    capaian: Decimal
    shown: str | Percent  # the capaian as the document prints it, else as computed
    where: Location


def _graded(context: Context) -> Iterator[_Graded]:
    """Every stated predikat of a row or a summary whose capaian is known."""
    graph = context.graph
    indikator, sasaran = node_finder(graph, "indikator"), node_finder(graph, "sasaran")
    for table in context.report.achievements:
        for row in table.rows:
            value = row_capaian(row)
            if row.predikat and value is not None:
                yield _Graded(f"indikator '{row.indikator}'", row.predikat, value,
                              _shown(row.capaian, value),
                              location(row.where, node=indikator(row.indikator)))
        for summary in table.summaries:
            value = _summary_capaian(table, summary)
            if summary.predikat and value is not None:
                yield _Graded(f"sasaran '{summary.sasaran}'", summary.predikat, value,
                              _shown(summary.capaian, value),
                              location(summary.where, node=sasaran(summary.sasaran)))


def _summary_capaian(table: AchievementTable, summary: AchievementSummary) -> Decimal | None:
    """The capaian of a sasaran as stated, else the mean of its indicators."""
    stated = value_of(summary.capaian)
    if stated is not None:
        return stated
    mean = sasaran_mean(table, summary)
    return mean[0] if mean is not None else None


def _shown(stated: Number | None, value: Decimal) -> str | Percent:
    return stated.raw if stated is not None and stated.value is not None else percent_text(value, 2)


@rule(
    code="CAP003",
    slug="capaian-predikat",
    fix={
        "id": "Ganti predikat dengan label yang diberikan skala untuk capaian itu, atau "
              "perbaiki capaiannya bila capaian itu yang keliru.",
        "en": "Replace the predikat with the label the scale gives that capaian, or correct the"
              " capaian if that is what is wrong.",
    },
    title={"id": "Predikat tidak sesuai skala", "en": "Predikat does not follow the scale"},
    category=Category.CAPAIAN,
    severity=Severity.ERROR,
    regulation="Permendagri 86/2017 (skala nilai capaian); "
    "Permenpan RB 53/2014, Lampiran II (Capaian Kinerja Organisasi)",
    message={
        "id": "Predikat '{stated}' untuk {item} tidak sesuai dengan capaian {capaian}: "
        "menurut skala {scale} predikatnya '{expected}'.",
        "en": "Predikat '{stated}' of {item} does not match capaian {capaian}: "
        "the scale of {scale} gives '{expected}'.",
    },
    rationale={
        "id": "Predikat harus mengikuti skala yang dimuat laporan itu sendiri; bila laporan "
        "tidak memuat skala, skala nilai capaian Permendagri 86/2017 (>= 91 Sangat Tinggi, "
        "76-90 Tinggi, 66-75 Sedang, 51-65 Rendah, <= 50 Sangat Rendah).",
        "en": "A predikat must follow the scale the report itself prints; when it prints none, "
        "the Permendagri 86/2017 scale (>= 91 Sangat Tinggi, 76-90 Tinggi, 66-75 Sedang, "
        "51-65 Rendah, <= 50 Sangat Rendah).",
    },
)
def CAP003(context: Context) -> Iterator[Violation]:
    """Permendagri 86/2017 sets the scale that turns a capaian into a predikat; a report
    that prints its own scale must then follow it. Each stated predikat must be the label
    the scale gives the capaian (stated, else recomputed). Without a printed scale, the
    labels of Permendagri's scale are judged by it; labels in other words follow a scale
    the report keeps elsewhere, which cannot be checked."""
    scale = scale_of(context.report)
    for graded in _graded(context):
        if not grades(scale, graded.predikat):
            continue  # labels of a scale the report follows but the reader did not find
        band = scale.band_for(graded.capaian)
        if band is None or any(same_label(graded.predikat, name) for name in band.names):
            continue  # a capaian below every band cannot be graded: nothing to compare
        column = _column_of(scale, graded.predikat)
        expected = band.names[column] if column < len(band.names) else band.label
        yield Violation(
            graded.where,
            {"stated": graded.predikat, "item": graded.item, "capaian": graded.shown,
             "scale": scale_name(scale), "expected": expected},
            expected=expected,
            actual=graded.predikat,
        )


def _column_of(scale: Scale, predikat: str) -> int:
    """Which of the scale's names (label or an alias) ``predikat`` is written as, so that
    a wrong 'B' is told 'A', not 'Sangat Baik'; the label when it is none of them."""
    for band in scale.bands:
        for index, name in enumerate(band.names):
            if same_label(predikat, name):
                return index
    return 0


# "Rata-rata capaian keempat sasaran strategis sebesar 97,49%", "rerata capaian seluruh
# sasaran adalah 98,63 persen", "mencapai rata-rata capaian sasaran 101,43%": the average
# over the agency's sasaran, a figure the Ikhtisar, Bab III and Bab IV each repeat.
_AVERAGE = re.compile(
    r"\b(?:rata-?\s?rata|rerata)\s+capaian(?:\s+kinerja)?\s+"
    r"(?:(?:ke)?(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s+|seluruh\s+"
    r"|semua\s+|\d{1,2}\s*(?:\([a-z\s]+\)\s*)?)?sasaran(?:\s+strategis)?"
    r"(?P<between>[^.;%\t|]{0,60}?)(?<![\d,.])(?P<value>\d{1,3}(?:,\d{1,2})?)\s*(?:%|persen)",
    re.IGNORECASE,
)
# What makes the figure one sasaran's ("rata-rata capaian sasaran 2", "... sasaran ini")
# or another year's: not the average this rule checks.
_ONE_SASARAN = re.compile(
    r"^\s*(?:ke-?\s*)?(?:\d|[IVX]+\b|pertama|kedua|ketiga|keempat|kelima|ini\b|tersebut"
    r"|itu\b|nomor|masing-masing)", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_LEAST_SASARAN = 2  # one sasaran's capaian is no average over sasaran


def _sasaran_averages(table: AchievementTable,
                      corrected: Callable[[AchievementRow], Decimal | None]) -> list[Decimal]:
    """The averages a report may mean by the average capaian of its sasaran, from one
    table, the average over all sasaran first: of the sasaran capaian it prints, of the
    sasaran means recomputed from the indicators (unrounded, and rounded as a table
    prints them), of all its indicators; then each sasaran's own (a section on one
    sasaran calls its capaian "rata-rata capaian sasaran" too). Empty for a table of
    fewer than two sasaran."""
    printed = [value_of(summary.capaian) for summary in table.summaries]
    overall, each = [], [value for value in printed if value is not None]
    if len(printed) >= _LEAST_SASARAN and None not in printed:
        overall.append(_mean(printed))  # type: ignore[arg-type]
    # The rows' capaian as printed, and with CAP001's recomputed capaian for a row it
    # reports: a text that repeats the right average over a miscomputed row is that
    # row's finding, not a second one.
    for capaian_of in (row_capaian, corrected):
        groups = _rows_by_sasaran(table, capaian_of)
        if len(groups) >= _LEAST_SASARAN:
            means = [_mean(values) for values in groups.values()]
            overall += [_mean(means), _mean([at_precision(mean, 2) for mean in means]),
                        _mean([value for values in groups.values() for value in values])]
            each += means
    if not overall and not each[_LEAST_SASARAN - 1:]:
        return []
    return overall + each


def _corrector(context: Context) -> Callable[[AchievementRow], Decimal | None]:
    """A row's capaian as CAP001 would have it: recomputed where CAP001 reports the row
    (by the formula the report states for it), else as printed."""
    stated_formula = inverse_formula(context.report)

    def corrected(row: AchievementRow) -> Decimal | None:
        computed = miscomputed(row, context.percent_tolerance, stated_formula.applies(row))
        return computed if computed is not None else row_capaian(row)

    return corrected


def _mean(values: list[Decimal]) -> Decimal:
    return sum(values, Decimal(0)) / len(values)


def _rows_by_sasaran(table: AchievementTable,
                     capaian_of: Callable[[AchievementRow], Decimal | None],
                     ) -> dict[str, list[Decimal]]:
    """The capaian of the table's rows by sasaran (a row without one belongs to the
    sasaran above it); empty when a row has no capaian to take."""
    groups: dict[str, list[Decimal]] = {}
    current = None
    for row in table.rows:
        current = normalise_name(row.sasaran) if row.sasaran else current
        value = capaian_of(row)
        if current is None or value is None:
            return {}
        groups.setdefault(current, []).append(value)
    return groups


@rule(
    code="CAP004",
    slug="capaian-average-in-text",
    fix={
        "id": "Samakan rata-rata capaian sasaran di narasi dengan tabel capaian sasaran.",
        "en": "Make the average capaian of the sasaran in the text agree with the capaian "
              "table.",
    },
    title={"id": "Rata-rata capaian sasaran di narasi berbeda dengan tabel",
           "en": "Average sasaran capaian in the text differs from the table"},
    category=Category.CAPAIAN,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran II (Ikhtisar Eksekutif; Capaian Kinerja "
               "Organisasi)",
    # A table whose own rows are miscomputed moves every average: that row is the defect.
    knock_on_of=("CAP001", "CAP002"),
    message={
        "id": "Narasi menyebut rata-rata capaian sasaran {stated}, sedangkan rata-rata "
              "capaian sasaran di {table} adalah {computed}.",
        "en": "The text states an average sasaran capaian of {stated}, but the average in "
              "{table} is {computed}.",
    },
    rationale={
        "id": "Ikhtisar Eksekutif, Bab III dan Bab IV mengulang rata-rata capaian sasaran; "
              "angka yang berbeda dari tabel capaian tidak dapat ditelusuri.",
        "en": "The Ikhtisar Eksekutif, Bab III and Bab IV repeat the average capaian of the "
              "sasaran; a figure other than the capaian table's cannot be traced.",
    },
)
def CAP004(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 asks the Ikhtisar Eksekutif to summarise the capaian of the
    sasaran that Bab III measures: the average capaian of the sasaran the text states is
    one of those the capaian table gives (of its sasaran capaian, of their recomputed
    means, or of all its indicators), at the printed precision."""
    report = context.report
    corrected = _corrector(context)
    tables = [(table, _sasaran_averages(table, corrected)) for table in report.achievements]
    tables = [(table, averages) for table, averages in tables if averages]
    if not tables:
        return
    year = str(report.meta.year) if report.meta.year else None
    for number, line in enumerate(report.text, start=1):
        if "\t" in line or line.lstrip().startswith("|") or "apaian" not in line:
            continue  # a table row, or no capaian at all
        for found in _AVERAGE.finditer(line):
            between = found["between"]
            if _ONE_SASARAN.match(between) or any(
                    printed != year for printed in _YEAR.findall(between)):
                continue
            stated = Decimal(found["value"].replace(",", "."))
            decimals = len(found["value"].partition(",")[2])
            if any(percent_matches(stated, decimals, average, context.percent_tolerance)
                   for _, averages in tables for average in averages):
                continue
            table, averages = tables[0]
            computed = percent_text(averages[0], max(decimals, 2))
            yield Violation(
                location(Provenance(line=number)),
                {"stated": f"{found['value']}%", "table": table.name, "computed": computed},
                expected=computed,
                actual=f"{found['value']}%",
            )


@hookimpl
def lkjip_rules() -> list[Rule]:
    return pack_rules(__name__)  # every rule this module defines (see checker.pack)
