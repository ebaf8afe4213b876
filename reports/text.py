"""The text reporter (default): findings per document and category, then a summary."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import groupby

from checker.hookspecs import RenderOptions, Reporter, hookimpl
from checker.labels import CATEGORY, SEVERITY, WORDS, summary_line, where
from checker.result import DocumentResult
from checker.rule import Finding

__all__ = ["related_text", "render_text", "terminal_safe"]

# What a report's text must not send to a terminal: C0 controls but tab and newline
# (ESC starts colour and cursor sequences, CR overwrites the line, NUL), DEL, C1
# controls, and the bidi embeddings, overrides and isolates that reorder what is shown.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: str) -> str:
    """``text`` with control and bidi characters shown escaped: ESC as ``\\x1b``,
    U+202E as ``\\u202e``. Only the JSON output keeps the report's text exact."""
    return _UNSAFE.sub(_escape, text)

# Knock-on findings folded into a finding (same root cause), shown beside it.
_RELATED = {"id": "terkait", "en": "related"}


def related_text(finding: Finding, lang: str) -> str | None:
    """``terkait: INP001 baris 639; STR007 baris 55``: the folded findings' rules and
    places, the table named only where it is not the finding's own."""
    if not finding.related:
        return None
    places = []
    for related in finding.related:
        location = related.location
        table = location.table if location.table != finding.location.table else None
        place = where(location.line, location.end_line, table, lang, location.page)
        places.append(f"{related.rule} {place}".strip())
    return f"{_RELATED[lang]}: " + "; ".join(places)


def _describe(result: DocumentResult) -> str:
    meta = result.report.meta
    parts = [p for p in (meta.agency, meta.region, str(meta.year) if meta.year else None) if p]
    return f"{result.report.path}" + (f" ({', '.join(parts)})" if parts else "")


def _finding_lines(finding: Finding, lang: str) -> list[str]:
    words = WORDS[lang]
    place = where(finding.location.line, finding.location.end_line, finding.location.table, lang,
                  finding.location.page)
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
    related = related_text(finding, lang)
    if related:
        lines.append(f"      {related}")
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
    return terminal_safe("\n\n".join(blocks))


@hookimpl
def lkjip_reporters() -> list[Reporter]:
    return [Reporter("text", render_text, "findings for a person, grouped by category")]
