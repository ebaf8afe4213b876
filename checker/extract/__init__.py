"""From a text :class:`~checker.text.Source` to the report model.

The pieces run in one direction: meta (the reporting year decides which Renstra
target is this year's), budget tables first (they are the most recognisable, and a
table taken as a budget is not read again as a capaian table), then the
performance tables, the links of the pohon kinerja (which per-sasaran table, link
table or sentence ties a program to a sasaran), the targets printed beside a tujuan or
in the cascading lampiran, the outline and the narrative claims.
Whatever the reader doubts becomes a :class:`~checker.model.Doubt`, reported as an
``input`` finding.
"""

from __future__ import annotations

from checker.extract._budget import extract_budgets
from checker.extract._budget_parts import join_parts
from checker.extract._claims import extract_claims
from checker.extract._figures import FigureReader
from checker.extract._level_targets import extract_level_targets
from checker.extract._links import extract_links, mark_per_sasaran
from checker.extract._meta import extract_meta
from checker.extract._narrative import NarrativeCues
from checker.extract._outline import extract_outline
from checker.extract._performance import PerformanceExtraction, extract_performance
from checker.model import Doubt, Provenance, Report, TableCaption
from checker.text import Source

__all__ = ["extract_report"]


def extract_report(source: Source, fmt: str = "text") -> Report:
    """The report model of ``source``; never raises on a document it can parse."""
    figures = FigureReader()
    # The narrative lines each cue word may stand on, found once for the readers of prose.
    cues = NarrativeCues(source)
    meta = extract_meta(source, cues)
    budgets = extract_budgets(source, figures)
    performance = extract_performance(source, meta.year, figures, budgets.used)
    links = extract_links(source, budgets.tables, _sasaran_names(performance), cues)
    target_tables = extract_level_targets(source, meta.year, figures,
                                          budgets.used | performance.used)
    doubts = [*_source_doubts(source), *_oversized_doubts(source), *figures.doubts,
              *links.doubts]
    if meta.year is None:
        doubts.append(Doubt(
            "field", "tahun pelaporan",
            {"id": "tidak ditemukan di judul, sampul atau tanda tangan; pemeriksaan yang "
                   "memerlukan tahun (target Renstra tahun berjalan, tahun yang tidak sesuai) "
                   "dilewati",
             "en": "found neither in the title, the cover nor the signature; the checks that "
                   "need the year (this year's Renstra target, years that do not fit) were "
                   "skipped"},
            Provenance(),
        ))
    parts = join_parts(mark_per_sasaran(source, budgets.tables))
    return Report(
        path=source.path,
        format=fmt,
        meta=meta,
        outline=extract_outline(source),
        plan=performance.plan,
        agreements=performance.agreements,
        agreement_programs=performance.agreement_programs,
        agreement_totals=performance.agreement_totals,
        iku=performance.iku,
        achievements=performance.achievements,
        scale=performance.scale,
        budgets=parts.tables,
        joined_budgets=parts.joined,
        links=links.links,
        claims=extract_claims(source),
        doubts=tuple(doubts),
        text=source.lines,
        target_tables=target_tables,
        table_captions=tuple(TableCaption(table.caption_line, table.caption)
                             for table in source.tables
                             if table.caption and table.caption_line is not None),
    )


def _sasaran_names(performance: PerformanceExtraction) -> tuple[str, ...]:
    """The sasaran a link table's "Semua sasaran" names: the Perjanjian Kinerja's in
    force (a PK Perubahan replaces the PK), else the plan's."""
    for document in ("pk_perubahan", "pk"):
        names = [row.sasaran for row in performance.agreements if row.document == document]
        if names:
            return tuple(dict.fromkeys(names))
    return tuple(dict.fromkeys(sasaran.name for sasaran in performance.plan.sasaran))


def _oversized_doubts(source: Source) -> list[Doubt]:
    """Tables beyond the text layer's limits: named (INP002), never read."""
    return [
        Doubt("table", f"{table.line}\u2013{table.end_line}",
              {"id": f"{table.rows:,} baris, baris terlebar {table.columns:,} kolom, melebihi "
                     "batas yang dibaca".replace(",", "."),
               "en": f"{table.rows:,} rows, widest row {table.columns:,} columns, beyond the "
                     "limits read"},
              Provenance(table.line, table.end_line))
        for table in source.oversized
    ]


def _source_doubts(source: Source) -> list[Doubt]:
    """The text layer's own failures: a program error, reported as such (exit code 2)."""
    return [
        Doubt("internal", source.path,
              {"id": f"struktur teks tidak terbaca ({problem})",
               "en": f"the text's structure could not be read ({problem})"},
              Provenance())
        for problem in source.problems
    ]
