"""CAS009: every PK sasaran and indicator is measured in the main capaian table of Bab III."""

from __future__ import annotations

from collections.abc import Iterator

from checker.context import Context, location
from checker.graph import node_finder
from checker.model import AchievementTable, AgreementRow, Report
from checker.rule import Category, Severity, Violation, rule
from rules._predikat import is_blank
from rules.cascade._agreements import DOCUMENTS, pk_in_force
from rules.cascade._coverage import IndicatorMatcher, indicator_matcher

__all__ = ["CAS009"]


def _indicators(report: Report) -> list[AgreementRow]:
    """The indicators of the PK in force, each printed name once."""
    seen: dict[str, AgreementRow] = {}
    for row in pk_in_force(report):
        if row.indikator is not None:
            seen.setdefault(row.indikator, row)
    return list(seen.values())


def _covered(table: AchievementTable, rows: list[AgreementRow],
             listed: IndicatorMatcher) -> list[AgreementRow]:
    names = [row.indikator for row in table.rows]
    return [row for row in rows if row.indikator and listed(row.indikator, names)]


def _main_table(report: Report, rows: list[AgreementRow],
                listed: IndicatorMatcher) -> AchievementTable | None:
    """The capaian table that measures the most PK indicators (the first of equals);
    ``None`` when no table measures indicators of two PK sasaran (of the one sasaran
    of a PK with one): a report of per-sasaran tables only has no main table."""
    best: tuple[int, AchievementTable] | None = None
    for table in report.achievements:
        count = len(_covered(table, rows, listed))
        if count and (best is None or count > best[0]):
            best = (count, table)
    if best is None:
        return None
    sasaran = {row.sasaran for row in _covered(best[1], rows, listed)}
    return best[1] if len(sasaran) >= min(2, len({row.sasaran for row in rows})) else None


def _measured_elsewhere(name: str, report: Report, main: AchievementTable,
                        listed: IndicatorMatcher) -> AchievementTable | None:
    """Another capaian table with the indicator's realisasi and capaian; an indicator
    measured nowhere is CAS002's finding, not this rule's."""
    for table in report.achievements:
        figures = [row.indikator for row in table.rows
                   if not is_blank(row.realisasi) and not is_blank(row.capaian)]
        if table is not main and listed(name, figures):
            return table
    return None


@rule(
    code="CAS009",
    slug="cascade-main-capaian-table",
    fix={
        "id": "Masukkan indikator ini ke tabel capaian kinerja utama.",
        "en": "Add this indicator to the main capaian kinerja table.",
    },
    title={"id": "Indikator PK tidak diukur di tabel capaian kinerja utama",
           "en": "PK indicator not measured in the main capaian table"},
    category=Category.CASCADE,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran II (Capaian Kinerja Organisasi: "
    "perbandingan target dan realisasi kinerja tahun ini)",
    message={
        "id": "{item} dari {document} tidak tercantum di tabel capaian kinerja utama "
        "({main}), padahal diukur di {other}.",
        "en": "{item} of the {document} is not listed in the main capaian table ({main}), "
        "though it is measured in {other}.",
    },
    rationale={
        "id": "Tabel capaian kinerja utama Bab III A menyajikan seluruh sasaran dan indikator "
        "Perjanjian Kinerja; indikator yang hanya muncul di tabel lain mudah terlewat "
        "dan membuat ringkasan capaian tidak lengkap.",
        "en": "The main capaian table of Bab III A presents every sasaran and indicator of "
        "the Perjanjian Kinerja; an indicator that only appears in another table is "
        "easily missed and leaves the summary of results incomplete.",
    },
)
def CAS009(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 asks Bab III A to compare, for the sasaran of the Perjanjian
    Kinerja, the target with the realisasi of this year: the overall capaian table lists
    them all. A sasaran none of whose indicators the main table lists is one finding."""
    report, listed = context.report, indicator_matcher(context.graph)
    rows = _indicators(report)
    main = _main_table(report, rows, listed)
    if main is None or main.where.table in report.tables_in_doubt():
        return
    covered = {row.indikator for row in _covered(main, rows, listed)}
    missing = [(row, other) for row in rows if row.indikator not in covered
               for other in [_measured_elsewhere(row.indikator or "", report, main, listed)]
               if other is not None]
    yield from _findings(context, rows, covered, missing, main)


def _findings(context: Context, rows: list[AgreementRow], covered: set[str | None],
              missing: list[tuple[AgreementRow, AchievementTable]],
              main: AchievementTable) -> Iterator[Violation]:
    sasaran, indikator = node_finder(context.graph, "sasaran"), node_finder(context.graph,
                                                                              "indikator")
    told: set[str] = set()
    for row, other in missing:
        whole = not any(r.indikator in covered for r in rows if r.sasaran == row.sasaran)
        if whole and row.sasaran in told:
            continue  # one finding per sasaran the main table leaves out altogether
        told.add(row.sasaran)
        item = ({"id": f"Sasaran '{row.sasaran}'", "en": f"Sasaran '{row.sasaran}'"}
                if whole else
                {"id": f"Indikator '{row.indikator}' (sasaran '{row.sasaran}')",
                 "en": f"Indicator '{row.indikator}' (sasaran '{row.sasaran}')"})
        node = sasaran(row.sasaran) if whole else indikator(row.indikator or "")
        yield Violation(
            location(row.where, node=node),
            {"item": item, "document": DOCUMENTS.get(row.document, row.document),
             "main": main.name, "other": other.name},
            expected=main.name,
        )
