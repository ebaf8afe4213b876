"""The Markdown reporter: a findings table per category, to paste into working papers (KKR)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from checker.display import actual_text, expected_text
from checker.hookspecs import RenderOptions, Reporter, hookimpl
from checker.labels import CATEGORY, SEVERITY, TEXT_WORDS, WORDS, summary_line, where
from checker.result import DocumentResult
from checker.rule import Finding
from reports.text import related_text, terminal_safe

__all__ = ["render_markdown"]


def _cell(text: object) -> str:
    """Table cell text: pipes escaped and newlines flattened so the table holds."""
    return str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ") if text else "-"


def _row(number: int, finding: Finding, lang: str) -> str:
    location = finding.location
    place = where(location.line, location.end_line, location.table, lang, location.page)
    related = related_text(finding, lang)
    cells = (
        number,
        f"{place} ({related})" if related else place,
        f"{SEVERITY[lang][finding.severity]} {finding.rule}",
        finding.text(lang),
        expected_text(finding, lang),
        actual_text(finding, lang),
    )
    return "| " + " | ".join(_cell(c) for c in cells) + " |"


def _document(result: DocumentResult, lang: str) -> list[str]:
    words = WORDS[lang]
    meta = result.report.meta
    lines = [f"## {_cell(meta.agency or result.report.path)}", ""]
    lines.append(f"- {words['file']}: `{result.report.path}`")
    if result.report.source:
        lines.append(f"- {words['source']}: `{result.report.source}`")
    if meta.year:
        lines.append(f"- {words['year']}: {meta.year}")
    summary = summary_line(result.summary(), lang, len(result.accepted))
    lines.append(f"- {words['summary']}: {summary}")
    if not result.findings:
        return [*lines, "", words["no_findings"]]
    header = ("No", words["location"], words["rule"], words["message"], words["expected"],
              words["actual"])
    by_category = sorted(result.findings, key=lambda f: list(CATEGORY[lang]).index(f.category))
    for category, findings in groupby(by_category, key=lambda f: f.category):
        lines += ["", f"### {CATEGORY[lang][category]}", ""]
        lines.append("| " + " | ".join(header) + " |")
        lines.append("|" + "---|" * len(header))
        lines += [_row(n, f, lang) for n, f in enumerate(findings, start=1)]
    return lines + _regulations(result.findings, lang)


def _regulations(findings: Sequence[Finding], lang: str) -> list[str]:
    """The regulation of each rule once, under the tables (``- **BUD001**: ...``)."""
    basis = {f.rule: f.regulation for f in findings if f.regulation}
    if not basis:
        return []
    lines = ["", f"### {TEXT_WORDS[lang]['basis']}", ""]
    return lines + [f"- **{code}**: {_cell(basis[code])}" for code in sorted(basis)]


def render_markdown(results: Sequence[DocumentResult], options: RenderOptions) -> str:
    lines = [f"# {WORDS[options.lang]['title']}", ""]
    for result in results:
        lines += [*_document(result, options.lang), ""]
    return terminal_safe("\n".join(lines).rstrip() + "\n")


@hookimpl
def lkjip_reporters() -> list[Reporter]:
    return [Reporter("markdown", render_markdown, "findings tables for working papers", (".md",))]
