"""CAS002: every indicator of the Perjanjian Kinerja in force has its realisasi and capaian."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.context import Context, location
from checker.graph import node_finder
from checker.model import AchievementRow
from checker.numbers import AWAITED_WORDS, NOT_YET_WORDS, is_pending
from checker.rule import Category, Severity, Violation, rule
from rules._predikat import is_blank
from rules.cascade._agreements import DOCUMENTS, pk_in_force

__all__ = ["CAS002"]


def _best_rows(context: Context) -> dict[str, AchievementRow]:
    """For each indicator node, its capaian row with the most of realisasi and capaian."""
    node = node_finder(context.graph, "indikator")
    best: dict[str, AchievementRow] = {}
    for table in context.report.achievements:
        for row in table.rows:
            key = node(row.indikator)
            if key not in best or len(_missing(row)) < len(_missing(best[key])):
                best[key] = row
    return best


def _missing(row: AchievementRow | None) -> list[str]:
    if row is None:
        return ["realisasi", "capaian"]
    figures = {"realisasi": row.realisasi, "capaian": row.capaian}
    return [name for name, figure in figures.items() if is_blank(figure)]


# "N/A", "n.a.", "NA": the cell says "not available", which a sentence may explain as a
# figure not published yet. A dash stays a missing figure: it also prints "none" or zero.
_NOT_AVAILABLE = re.compile(r"^(?:n\s*/\s*a|n\.\s*a\.?|na)$", re.IGNORECASE)
# A sentence saying an indicator's data is not out yet: "belum tersedia", "belum dapat
# diukur", "baru dirilis pada bulan Juli 2022", "menunggu rilis BPS".
_PENDING_CUE = re.compile(
    rf"\b(?:{NOT_YET_WORDS}|belum\s+dapat\s+(?:diukur|dihitung)"
    r"|baru\s+(?:akan\s+)?(?:dirilis|dipublikasikan|diterbitkan|tersedia)"
    rf"|{AWAITED_WORDS})\b",
    re.IGNORECASE,
)
# The short name an indicator's name ends with, in brackets: "... Hidup (IPKLH)".
_SHORT_NAME = re.compile(r"\(([A-Z][A-Za-z0-9-]{1,15})\)\s*$")


def _narrative(context: Context) -> list[str]:
    """The report's lines that are prose, not table rows, folded for searching."""
    return [" ".join(line.split()).casefold() for line in context.report.text
            if line.strip() and "\t" not in line and line.lstrip()[:1] not in ("|", "<")]


def _explained_na(indikator: str, narrative: list[str]) -> bool:
    """Whether a sentence of the report names ``indikator`` (by its name or its short
    name in brackets) and says its data is not available yet: the table's "N/A" is a
    realisasi to come, not an indicator left out."""
    names = [" ".join(indikator.split()).casefold()]
    short = _SHORT_NAME.search(indikator)
    if short:
        names.append(short.group(1).casefold())
    for line in narrative:
        for sentence in re.split(r"(?<=[.;])\s+", line):
            named = any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", sentence)
                        for name in names)
            if named and _PENDING_CUE.search(sentence):
                return True
    return False


def _pending_nodes(context: Context) -> set[str]:
    """The indicator nodes whose realisasi a capaian table declares not available yet
    ("belum tersedia (rilis BPS 2025)", or "N/A" that the text explains as data not out
    yet) and no table prints a figure for: no capaian can be computed before the
    realisasi is published. A figure printed elsewhere makes the capaian computable, and
    its absence a finding again."""
    node = node_finder(context.graph, "indikator")
    pending: set[str] = set()
    measured: set[str] = set()
    narrative: list[str] | None = None
    for table in context.report.achievements:
        for row in table.rows:
            realisasi = row.realisasi
            if realisasi is not None and _NOT_AVAILABLE.match(realisasi.raw.strip()):
                narrative = _narrative(context) if narrative is None else narrative
                if _explained_na(row.indikator, narrative):
                    pending.add(node(row.indikator))
                continue
            if realisasi is None or is_blank(realisasi):
                continue
            if realisasi.value is None and is_pending(realisasi.raw):
                pending.add(node(row.indikator))
            else:
                measured.add(node(row.indikator))
    return pending - measured


@rule(
    code="CAS002",
    slug="cascade-pk-realisasi",
    fix={
        "id": "Tambahkan realisasi dan capaian indikator ini ke tabel capaian kinerja di Bab "
              "III.",
        "en": "Add this indicator's realisasi and capaian to the capaian kinerja table of Bab "
              "III.",
    },
    title={"id": "Indikator PK tanpa realisasi dan capaian",
           "en": "PK indicator without realisasi and capaian"},
    category=Category.CASCADE,
    severity=Severity.ERROR,
    regulation="Permenpan RB 53/2014, Lampiran II (Capaian Kinerja Organisasi: "
    "perbandingan target dan realisasi kinerja)",
    message={
        "id": "Indikator '{indikator}' (sasaran '{sasaran}') dari {document} tidak memiliki "
        "{missing} di tabel capaian kinerja mana pun.",
        "en": "Indikator '{indikator}' (sasaran '{sasaran}') of the {document} has no "
        "{missing} in any capaian kinerja table.",
    },
    rationale={
        "id": "Laporan kinerja mempertanggungjawabkan Perjanjian Kinerja: setiap indikator yang "
        "diperjanjikan harus dilaporkan realisasi dan capaiannya di Bab III.",
        "en": "The performance report accounts for the Perjanjian Kinerja: every indicator "
        "agreed must have its realisasi and capaian reported in Bab III.",
    },
)
def CAS002(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 asks Bab III to compare, for every indicator of the Perjanjian
    Kinerja in force, the target with the realisasi and to state the capaian."""
    node, best = node_finder(context.graph, "indikator"), _best_rows(context)
    pending = _pending_nodes(context)
    seen: set[str] = set()
    for row in pk_in_force(context.report):
        if row.indikator is None:
            continue  # a sasaran without indicators is CAS001's finding
        key = node(row.indikator)
        missing = _missing(best.get(key))
        if key in seen or not missing or key in pending:
            continue
        seen.add(key)
        yield Violation(
            location(row.where, node=key),
            {"indikator": row.indikator, "sasaran": row.sasaran,
             "document": DOCUMENTS.get(row.document, row.document),
             "missing": "/".join(missing)},
            expected="/".join(missing),
        )
