"""The text reporter (default): findings per document and category, then a summary."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from checker.engine import DocumentResult
from checker.hookspecs import RenderOptions, Reporter, hookimpl
from checker.labels import CATEGORY, SEVERITY, WORDS, summary_line, where
from checker.rule import Finding

__all__ = ["render_text"]


def _describe(result: DocumentResult) -> str:
    meta = result.report.meta
    parts = [p for p in (meta.agency, meta.region, str(meta.year) if meta.year else None) if p]
    return f"{result.report.path}" + (f" ({', '.join(parts)})" if parts else "")


def _finding_lines(finding: Finding, lang: str) -> list[str]:
    words = WORDS[lang]
    place = where(finding.location.line, finding.location.end_line, finding.location.table, lang)
    severity = SEVERITY[lang][finding.severity]
    lines = [f"  {place or '-'}: {severity} {finding.rule} {finding.text(lang)}"]
    details = []
    if finding.expected is not None:
        details.append(f"{words['expected']}: {finding.expected}")
    if finding.actual is not None:
        details.append(f"{words['actual']}: {finding.actual}")
    if finding.regulation:
        details.append(f"{words['regulation']}: {finding.regulation}")
    if details:
        lines.append("      " + " | ".join(details))
    return lines


def _document(result: DocumentResult, lang: str) -> list[str]:
    lines = [f"{WORDS[lang]['findings_for']} {_describe(result)}"]
    if result.report.source:
        lines.append(f"  {WORDS[lang]['source']}: {result.report.source}")
    if not result.findings:
        lines.append(f"  {WORDS[lang]['no_findings']}")
    by_category = sorted(result.findings, key=lambda f: list(CATEGORY[lang]).index(f.category))
    for category, findings in groupby(by_category, key=lambda f: f.category):
        lines.append(f"\n {CATEGORY[lang][category]}")
        for finding in findings:
            lines.extend(_finding_lines(finding, lang))
    lines.append(f"\n{WORDS[lang]['summary']}: {summary_line(result.summary(), lang)}")
    return lines


def render_text(results: Sequence[DocumentResult], options: RenderOptions) -> str:
    blocks = ["\n".join(_document(result, options.lang)) for result in results]
    return "\n\n".join(blocks)


@hookimpl
def lkjip_reporters() -> list[Reporter]:
    return [Reporter("text", render_text, "findings for a person, grouped by category")]
