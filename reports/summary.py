"""The regional summary of a batch: one row per report, then the rules most broken.

An inspectorate reviews all the OPDs of a kabupaten and presents one table. The data
(:func:`regional_summary`) is kept apart from its renderings so the HTML and XLSX
reporters can draw the same table; the command line prints it in text and Markdown
after the reports of a batch. A row is built from a result as soon as the result is
done (:func:`summary_row`), so a batch need not keep its reports to summarise them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from checker.labels import WORDS
from checker.result import DocumentResult
from checker.severity import Severity

__all__ = [
    "SUMMARY_WORDS", "TOP_REGION", "RegionalSummary", "ReportRow", "RuleCount", "name_of",
    "regional_summary", "render_statistics", "rule_counts", "statistics_line",
    "summary_markdown", "summary_row", "summary_text", "top_rules_text",
]

TOP_RULES = 3
TOP_REGION = 10

_WORDS = {
    "id": {"title": "Ringkasan wilayah", "report": "Laporan", "errors": "Kesalahan",
           "warnings": "Peringatan", "info": "Info", "top": "Aturan terbanyak",
           "region": "Aturan yang paling sering dilanggar", "rule": "Aturan",
           "findings": "Temuan", "reports": "Laporan", "total": "Jumlah"},
    "en": {"title": "Regional summary", "report": "Report", "errors": "Errors",
           "warnings": "Warnings", "info": "Info", "top": "Most frequent rules",
           "region": "Rules most often broken", "rule": "Rule",
           "findings": "Findings", "reports": "Reports", "total": "Total"},
}


@dataclass(frozen=True)
class RuleCount:
    """How often one rule was broken: in findings and in how many reports."""

    rule: str
    findings: int
    reports: int = 1


@dataclass(frozen=True)
class ReportRow:
    """One report of the batch: who, which year, its counts and its commonest rules."""

    path: str
    agency: str | None
    year: int | None
    errors: int
    warnings: int
    info: int
    accepted: int
    rules: tuple[RuleCount, ...]  # every rule that fired, most frequent first

    @property
    def top_rules(self) -> tuple[RuleCount, ...]:
        return self.rules[:TOP_RULES]


@dataclass(frozen=True)
class RegionalSummary:
    """The rows of a batch, in input order, and the rules most broken across them."""

    rows: tuple[ReportRow, ...]
    rules: tuple[RuleCount, ...]  # most findings first, then most reports, then code

    @property
    def totals(self) -> tuple[int, int, int]:
        return (sum(r.errors for r in self.rows), sum(r.warnings for r in self.rows),
                sum(r.info for r in self.rows))


def _ranked(counter: Counter[str]) -> tuple[RuleCount, ...]:
    return tuple(RuleCount(rule, count)
                 for rule, count in sorted(counter.items(), key=lambda item: (-item[1], item[0])))


def summary_row(result: DocumentResult) -> ReportRow:
    """The row of one checked report."""
    counts = Counter(finding.severity for finding in result.findings)
    meta = result.report.meta
    return ReportRow(
        path=result.report.path, agency=meta.agency, year=meta.year,
        errors=counts[Severity.ERROR], warnings=counts[Severity.WARNING],
        info=counts[Severity.INFO], accepted=len(result.accepted),
        rules=_ranked(Counter(finding.rule for finding in result.findings)),
    )


def rule_counts(rows: Iterable[ReportRow]) -> tuple[RuleCount, ...]:
    """Each rule's findings and reports over ``rows``: most findings first."""
    findings: Counter[str] = Counter()
    reports: Counter[str] = Counter()
    for row in rows:
        for count in row.rules:
            findings[count.rule] += count.findings
            reports[count.rule] += 1
    return tuple(RuleCount(rule, findings[rule], reports[rule])
                 for rule in sorted(findings, key=lambda r: (-findings[r], -reports[r], r)))


def regional_summary(results: Iterable[DocumentResult | ReportRow]) -> RegionalSummary:
    """The summary of a batch, from its results (or the rows already made of them)."""
    rows = tuple(item if isinstance(item, ReportRow) else summary_row(item) for item in results)
    return RegionalSummary(rows, rule_counts(rows))


def name_of(row: ReportRow) -> str:
    """How the summary names a report: its agency, else its file."""
    return row.agency or row.path


def top_rules_text(row: ReportRow) -> str:
    """``BUD001 (3), CON003 (2), HYG002 (1)``: the report's most frequent rules."""
    return ", ".join(f"{count.rule} ({count.findings})" for count in row.top_rules) or "-"


# The words of the summary's titles and columns, for the reporters that draw it.
SUMMARY_WORDS = _WORDS


def summary_text(summary: RegionalSummary, lang: str) -> str:
    """The summary as aligned plain text."""
    words = _WORDS[lang]
    header = (words["report"], WORDS[lang]["year"], words["errors"], words["warnings"],
              words["info"], words["top"])
    table = [header, *((name_of(r), str(r.year or "-"), str(r.errors), str(r.warnings),
                        str(r.info), top_rules_text(r)) for r in summary.rows)]
    errors, warnings, info = summary.totals
    table.append((words["total"], "", str(errors), str(warnings), str(info), ""))
    widths = [max(len(row[i]) for row in table) for i in range(len(header) - 1)]
    lines = [words["title"]]
    for row in table:
        cells = [cell.ljust(widths[i]) if i < 2 else cell.rjust(widths[i])
                 for i, cell in enumerate(row[:-1])]
        lines.append("  " + "  ".join(cells) + ("  " + row[-1] if row[-1] else ""))
    lines += ["", words["region"]]
    lines += [f"  {c.rule}  {c.findings:>5} {words['findings'].lower()}, "
              f"{c.reports} {words['reports'].lower()}" for c in summary.rules[:TOP_REGION]]
    if not summary.rules:
        lines.append("  -")
    return "\n".join(lines).rstrip()


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def summary_markdown(summary: RegionalSummary, lang: str) -> str:
    """The summary as Markdown tables."""
    words = _WORDS[lang]
    lines = [f"## {words['title']}", "",
             f"| {words['report']} | {WORDS[lang]['year']} | {words['errors']} | "
             f"{words['warnings']} | {words['info']} | {words['top']} |",
             "|---|---|---:|---:|---:|---|"]
    lines += [f"| {_cell(name_of(r))} | {r.year or '-'} | {r.errors} | {r.warnings} | {r.info} "
              f"| {top_rules_text(r)} |" for r in summary.rows]
    errors, warnings, info = summary.totals
    lines += [f"| **{words['total']}** | | {errors} | {warnings} | {info} | |", "",
              f"### {words['region']}", "",
              f"| {words['rule']} | {words['findings']} | {words['reports']} |",
              "|---|---:|---:|"]
    lines += [f"| {c.rule} | {c.findings} | {c.reports} |" for c in summary.rules[:TOP_REGION]]
    return "\n".join(lines)


def statistics_line(count: RuleCount, slug: str, severity: str) -> str:
    """One line of ``--statistics``, as ruff prints them: count, code, name."""
    return f"{count.findings:>5}\t{count.rule}\t{severity:<8}\t{slug}"


def render_statistics(rows: Iterable[ReportRow], describe: dict[str, tuple[str, str]]) -> str:
    """``--statistics``: findings per rule over the batch, most first; ``describe``
    gives each code's slug and severity label."""
    return "\n".join(statistics_line(count, *describe.get(count.rule, ("?", "?")))
                     for count in rule_counts(rows))
