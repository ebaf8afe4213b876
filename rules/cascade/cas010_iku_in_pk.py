"""CAS010: every indicator of the IKU is agreed in the Perjanjian Kinerja in force."""

from __future__ import annotations

from collections.abc import Iterator

from checker.context import Context, location
from checker.graph import node_finder
from checker.model import IkuRow, Report
from checker.rule import Category, Severity, Violation, rule
from rules.cascade._agreements import DOCUMENTS, pk_in_force
from rules.cascade._coverage import IndicatorMatcher, indicator_matcher

__all__ = ["CAS010"]


def _iku(report: Report, context: Context) -> list[IkuRow]:
    """The IKU's indicators, each once however often the report prints the IKU."""
    node = node_finder(context.graph, "indikator")
    seen: dict[str, IkuRow] = {}
    for row in report.iku:
        seen.setdefault(node(row.indikator), row)
    return list(seen.values())


def _in_doubt(report: Report) -> bool:
    """A PK table the reader could not read to its end may hold the rest."""
    tables = {row.where.table for row in pk_in_force(report)}
    return bool(tables & report.tables_in_doubt())


def _missing(rows: list[IkuRow], agreed: list[str], listed: IndicatorMatcher) -> list[IkuRow]:
    return [row for row in rows if not listed(row.indikator, agreed)]


@rule(
    code="CAS010",
    slug="cascade-iku-in-pk",
    fix={
        "id": "Cantumkan indikator IKU ini di Perjanjian Kinerja, atau perbarui daftar IKU bila"
              " IKU-nya telah berubah.",
        "en": "Agree this IKU indicator in the Perjanjian Kinerja, or update the IKU list if "
              "the IKU changed.",
    },
    title={"id": "Indikator IKU tidak diperjanjikan dalam Perjanjian Kinerja",
           "en": "IKU indicator not agreed in the Perjanjian Kinerja"},
    category=Category.CASCADE,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran I (Perjanjian Kinerja: indikator kinerja "
    "yang digunakan adalah Indikator Kinerja Utama dan indikator lain yang relevan)",
    message={
        "id": "{item} tidak diperjanjikan dalam {document} ({table}).",
        "en": "{item}: not agreed in the {document} ({table}).",
    },
    rationale={
        "id": "Perjanjian Kinerja memakai Indikator Kinerja Utama (ditambah indikator lain yang "
        "relevan); indikator IKU yang tidak ada di PK menandakan IKU atau PK yang tidak "
        "mutakhir, dan kinerja utamanya tidak dipertanggungjawabkan.",
        "en": "The Perjanjian Kinerja uses the Indikator Kinerja Utama (plus other relevant "
        "indicators); an IKU indicator missing from the PK means the IKU or the PK is out "
        "of date, and that key result is not accounted for.",
    },
)
def CAS010(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 asks the Perjanjian Kinerja to use the Indikator Kinerja
    Utama, with other relevant indicators beside them: a PK indicator outside the IKU is
    allowed, an IKU indicator outside the PK is not. When the PK holds none of the IKU's
    indicators, the two lists are one finding, not one per indicator."""
    report = context.report
    agreed = [row.indikator for row in pk_in_force(report) if row.indikator]
    if not report.iku or not agreed or _in_doubt(report):
        return
    rows = _iku(report, context)
    missing = _missing(rows, agreed, indicator_matcher(context.graph))
    first_pk = pk_in_force(report)[0]
    document = DOCUMENTS.get(first_pk.document, first_pk.document)
    table = first_pk.where.table or document
    if len(rows) > 1 and len(missing) == len(rows):
        yield Violation(
            location(rows[0].where),
            {"item": {"id": f"Semua {len(rows)} indikator IKU",
                      "en": f"All {len(rows)} IKU indicators"},
             "document": document, "table": table},
            expected=f"{len(rows)} indikator IKU", actual="0",
        )
        return
    node = node_finder(context.graph, "indikator")
    for row in missing:
        yield Violation(
            location(row.where, node=node(row.indikator)),
            {"item": {"id": f"Indikator IKU '{row.indikator}'",
                      "en": f"IKU indicator '{row.indikator}'"},
             "document": document, "table": table},
            expected=row.indikator,
        )
