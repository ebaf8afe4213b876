"""CAS001: every sasaran of the Perjanjian Kinerja has indicators, every indicator a target."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from checker.context import Context, location
from checker.graph import node_finder
from checker.model import AgreementRow
from checker.rule import Category, Severity, Violation, rule
from rules._predikat import is_blank
from rules.cascade._agreements import DOCUMENTS

__all__ = ["CAS001"]


def _by_sasaran(
    rows: Iterable[AgreementRow], sasaran: Callable[[str], str]
) -> dict[tuple[str, str], list[AgreementRow]]:
    """Rows of each (document, sasaran), in document order; a sasaran is its graph node
    (the spellings of one sasaran, by :func:`checker.names.same_name`, are one)."""
    groups: dict[tuple[str, str], list[AgreementRow]] = {}
    for row in rows:
        groups.setdefault((row.document, sasaran(row.sasaran)), []).append(row)
    return groups


@rule(
    code="CAS001",
    slug="cascade-pk-indikator-target",
    fix={
        "id": "Lengkapi Perjanjian Kinerja: setiap sasaran harus memiliki indikator dan target.",
        "en": "Complete the Perjanjian Kinerja: every sasaran needs an indicator and a target.",
    },
    title={"id": "Sasaran PK tanpa indikator atau target",
           "en": "PK sasaran without indicator or target"},
    category=Category.CASCADE,
    severity=Severity.ERROR,
    regulation="Permenpan RB 53/2014, Lampiran II (Perjanjian Kinerja: sasaran, indikator "
    "kinerja dan target)",
    message={
        "id": "{document} tidak mencantumkan {missing} untuk {item}.",
        "en": "The {document} gives no {missing} for {item}.",
    },
    rationale={
        "id": "Perjanjian Kinerja memuat sasaran, indikator kinerja dan target yang akan dicapai; "
        "sasaran tanpa indikator atau indikator tanpa target tidak dapat diukur capaiannya.",
        "en": "The Perjanjian Kinerja states sasaran, indicators and the targets to reach; a "
        "sasaran without an indicator, or an indicator without a target, cannot be measured.",
    },
)
def CAS001(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 asks each Perjanjian Kinerja to state, for every sasaran, the
    indikator kinerja and its target for the year."""
    graph = context.graph
    indikator, sasaran = node_finder(graph, "indikator"), node_finder(graph, "sasaran")
    for (document, _), rows in _by_sasaran(context.report.agreements, sasaran).items():
        label = DOCUMENTS.get(document, document)
        if all(row.indikator is None for row in rows):
            first = rows[0]  # one finding per sasaran, however many rows name it
            yield Violation(
                location(first.where, node=sasaran(first.sasaran)),
                {"document": label, "missing": "indikator", "item": f"sasaran '{first.sasaran}'"},
                expected="indikator",
            )
        else:
            yield from _without_target(label, rows, indikator)


def _without_target(
    label: str, rows: list[AgreementRow], node: Callable[[str], str]
) -> Iterator[Violation]:
    for row in rows:
        if row.indikator is not None and is_blank(row.target):
            yield Violation(
                location(row.where, node=node(row.indikator)),
                {"document": label, "missing": "target",
                 "item": f"indikator '{row.indikator}' (sasaran '{row.sasaran}')"},
                expected="target",
                actual=row.target.raw if row.target is not None else None,
            )
