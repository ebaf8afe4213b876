"""CON004: what a PK Perubahan changed against the PK."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from checker.context import Context, location
from checker.graph import node_finder
from checker.model import (
    AgreementRow,
)
from checker.rule import Category, Severity, Violation, rule
from rules._figures import same_figure

__all__ = ["CON004"]

def _by_indikator(rows: list[AgreementRow], node: Callable[[str], str]
                  ) -> dict[str, AgreementRow]:
    found: dict[str, AgreementRow] = {}
    for row in rows:
        if row.indikator:
            found.setdefault(node(row.indikator), row)
    return found


def _span(rows: list[AgreementRow]) -> str:
    lines = [r.where.line for r in rows if r.where.line is not None]
    if not lines:
        return "?"
    return str(min(lines)) if min(lines) == max(lines) else f"{min(lines)}\u2013{max(lines)}"


@rule(
    code="CON004",
    slug="consistency-pk-perubahan",
    fix={
        "id": "Bila PK diubah, jelaskan perubahannya dan gunakan PK Perubahan secara konsisten "
              "di seluruh laporan.",
        "en": "If the PK was changed, explain the change and use the PK Perubahan consistently "
              "throughout the report.",
    },
    title={"id": "PK Perubahan mengubah indikator atau target",
           "en": "The PK Perubahan changes indicators or targets"},
    category=Category.CONSISTENCY,
    severity=Severity.INFO,
    regulation="Permenpan RB 53/2014, Lampiran III (reviu: pengukuran kinerja atas Perjanjian "
    "Kinerja yang berlaku)",
    message={
        "id": "PK Perubahan (baris {perubahan}) berbeda dari PK (baris {pk}): {changes}.",
        "en": "The PK Perubahan (lines {perubahan}) differs from the PK (lines {pk}): "
        "{changes}.",
    },
    rationale={
        "id": "Bila Perjanjian Kinerja diubah, Bab III mengukur PK Perubahan; reviu mencatat "
        "indikator yang ditambah, dihapus dan target yang diubah agar pengukurannya dapat "
        "dicocokkan.",
        "en": "When the Perjanjian Kinerja is amended, Bab III measures the PK Perubahan; the "
        "review notes the indicators added and removed and the targets changed so the "
        "measurement can be checked.",
    },
)
def CON004(context: Context) -> Iterator[Violation]:
    """A PK Perubahan replaces the PK during the year; the indicators it adds or removes
    and the targets it changes decide what Bab III must measure."""
    report = context.report
    perubahan = [r for r in report.agreements if r.document == "pk_perubahan"]
    original = [r for r in report.agreements if r.document == "pk"]
    if not perubahan or not original:
        return
    node = node_finder(context.graph, "indikator")
    before, after = _by_indikator(original, node), _by_indikator(perubahan, node)
    added = [after[k] for k in after if k not in before]
    removed = [before[k] for k in before if k not in after]
    changed = [
        (before[k], after[k]) for k in after if k in before
        and before[k].target is not None and after[k].target is not None
        and not same_figure(before[k].target, after[k].target)
    ]
    if not (added or removed or changed):
        return
    parts: dict[str, list[str]] = {"id": [], "en": []}
    if added:
        names = ", ".join(f"'{r.indikator}'" for r in added)
        parts["id"].append(f"indikator ditambah {names}")
        parts["en"].append(f"indicators added {names}")
    if removed:
        names = ", ".join(f"'{r.indikator}'" for r in removed)
        parts["id"].append(f"indikator dihapus {names}")
        parts["en"].append(f"indicators removed {names}")
    if changed:
        shown = ", ".join(f"'{b.indikator}' {b.target} \u2192 {a.target}" for b, a in changed
                          if a.target is not None and b.target is not None)
        parts["id"].append(f"target diubah {shown}")
        parts["en"].append(f"targets changed {shown}")
    first = min(perubahan, key=lambda r: (r.where.line is None, r.where.line or 0))
    yield Violation(
        location(first.where),
        {"perubahan": _span(perubahan), "pk": _span(original),
         "changes": {lang: "; ".join(texts) for lang, texts in parts.items()}},
    )


# == Budget tables: CON006 ==================================================================
