"""CAS012: the cascading lampiran's targets are the Perjanjian Kinerja's.

The cascading (pohon kinerja) lampiran prints each tujuan and sasaran with its
indicators and, often, their targets. The reader keeps those rows of every table titled
so (:class:`~checker.model.TargetTable`, kind ``cascading``). The targets of the
reporting year are the ones the head of the agency signed: each must equal the target
the Perjanjian Kinerja in force gives the same indicator.

The same indicator: the graph's node, or a name the graph's name policy calls the same
(:func:`checker.names.same_name`); a shortened name is not enough, since a target is
compared, not a presence. An indicator the PK does not agree (a program's, or the
Renstra's alone) and a year other than the reporting year's are left alone. Figures
compare as printed values (``56`` is ``56 (CC Kategori)``, ``0,65`` is ``0,65%``,
``70,2`` is not ``70,15``). When the Renstra reader also took the row, a difference is
CON001's as well, and is folded into its finding.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from checker.context import Context, location
from checker.graph import node_finder
from checker.model import AgreementRow, LevelTarget, Number, Report
from checker.names import same_name
from checker.rule import Category, Severity, Violation, rule
from rules._figures import same_figure
from rules._predikat import is_blank
from rules.cascade._agreements import DOCUMENTS, pk_in_force

__all__ = ["CAS012"]


def _agreed(report: Report, node: Callable[[str], str]) -> dict[str, AgreementRow]:
    """The PK rows in force with a target, by indicator node (the first of each)."""
    found: dict[str, AgreementRow] = {}
    for row in pk_in_force(report):
        if row.indikator and not is_blank(row.target):
            found.setdefault(node(row.indikator), row)
    return found


def _cascading_rows(report: Report) -> Iterator[LevelTarget]:
    for table in report.target_tables:
        if table.kind == "cascading":
            yield from table.rows


def _agreement_of(row: LevelTarget, agreed: dict[str, AgreementRow],
                  node: Callable[[str], str]) -> AgreementRow | None:
    found = agreed.get(node(row.indikator))
    if found is not None:
        return found
    return next((agreement for agreement in agreed.values()
                 if agreement.indikator and same_name(agreement.indikator, row.indikator)),
                None)


def _line(line: int | None) -> str:
    return str(line) if line is not None else "?"


@rule(
    code="CAS012",
    slug="cascade-lampiran-target",
    fix={
        "id": "Samakan target di lampiran cascading dengan target Perjanjian Kinerja yang "
              "ditandatangani, atau perbaiki Perjanjian Kinerja bila targetnya yang keliru.",
        "en": "Print the cascading lampiran's target as the signed Perjanjian Kinerja sets "
              "it, or correct the Perjanjian Kinerja if its target is the wrong one.",
    },
    title={"id": "Target di lampiran cascading berbeda dari Perjanjian Kinerja",
           "en": "Cascading lampiran target differs from the Perjanjian Kinerja"},
    category=Category.CASCADE,
    severity=Severity.ERROR,
    regulation="Permenpan RB 53/2014, Lampiran II (Perjanjian Kinerja: sasaran, indikator "
    "kinerja dan target); Permendagri 86/2017 (cascading Renstra)",
    knock_on_of=("CON001",),
    message={
        "id": "Target {year} indikator '{indikator}' di lampiran cascading ({table}, baris "
        "{line}) tertulis {value}, tetapi {document} ({agreement_table}, baris "
        "{agreement_line}) menetapkan {expected}.",
        "en": "The {year} target of indikator '{indikator}' in the cascading lampiran "
        "({table}, line {line}) is {value}, but the {document} ({agreement_table}, line "
        "{agreement_line}) sets {expected}.",
    },
    rationale={
        "id": "Lampiran cascading (pohon kinerja) menurunkan tujuan dan sasaran beserta "
        "indikator dan targetnya; target tahun berjalan di sana adalah target yang "
        "diperjanjikan. Target yang berbeda dari Perjanjian Kinerja berarti salah satu "
        "dokumen keliru, dan capaian diukur terhadap target yang mana menjadi tidak jelas.",
        "en": "The cascading lampiran (pohon kinerja) breaks the tujuan and sasaran down with "
        "their indicators and targets; the current year's target there is the agreed one. A "
        "target other than the Perjanjian Kinerja's means one of the documents is wrong, and "
        "it is unclear which target the capaian is measured against.",
    },
)
def CAS012(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 has the Perjanjian Kinerja state each sasaran's indicators
    and the targets of the year, cascaded from the Renstra (Permendagri 86/2017): the
    cascading lampiran and the signed agreement give one target for one indicator."""
    report = context.report
    year = report.meta.year
    node = node_finder(context.graph, "indikator")
    agreed = _agreed(report, node)
    if year is None or not agreed:
        return
    for row in _cascading_rows(report):
        target = row.targets.get(year)
        agreement = _agreement_of(row, agreed, node) if target is not None else None
        if target is None or agreement is None or is_blank(target):
            continue
        yield from _differs(row, year, target, agreement, node)


def _differs(row: LevelTarget, year: int, target: Number, agreement: AgreementRow,
             node: Callable[[str], str]) -> Iterator[Violation]:
    assert agreement.target is not None  # _agreed keeps only rows with a target
    if same_figure(agreement.target, target):
        return
    key = node(agreement.indikator or row.indikator)
    # Fixing the odd figure CON001 finds on either line would clear this one.
    causes = frozenset(f"line:{line}" for line in (row.where.line, agreement.where.line)
                       if line is not None)
    yield Violation(
        location(row.where, node=key),
        {"year": year, "indikator": row.indikator, "table": row.where.table or "?",
         "line": _line(row.where.line), "value": target.raw,
         "document": DOCUMENTS.get(agreement.document, agreement.document),
         "agreement_table": agreement.where.table or "?",
         "agreement_line": _line(agreement.where.line), "expected": agreement.target.raw},
        expected=agreement.target.raw,
        actual=target.raw,
        keys=frozenset({f"cascading-target:{key}:{row.where.line}"}),
        causes=causes,
    )
