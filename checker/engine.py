"""Running rules on a report: selection, guards, severities, ordering, exit code."""

from __future__ import annotations

import traceback
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from checker.config import Config
from checker.context import Context
from checker.errors import ConfigError
from checker.graph import build_graph
from checker.model import Report
from checker.rule import LANGUAGES, Category, Finding, Location, Rule, Severity, Violation

__all__ = ["DocumentResult", "check_report", "exit_code", "select_rules"]

_INTERNAL_MESSAGE = {
    "id": "Aturan {rule} berhenti karena galat program: {error}. Temuan aturan ini tidak lengkap.",
    "en": "Rule {rule} stopped on a program error: {error}. Its findings are incomplete.",
}


@dataclass(frozen=True)
class DocumentResult:
    report: Report
    findings: tuple[Finding, ...]

    def summary(self) -> dict[str, int]:
        counts = Counter(f.severity.label for f in self.findings)
        return {severity.label: counts.get(severity.label, 0) for severity in reversed(Severity)}


def select_rules(rules: Sequence[Rule], config: Config) -> list[Rule]:
    """The rules the config selects: (select + extend-select) minus ignore.

    A selector is ``ALL``, a category name (``budget``), a code prefix (``BUD``,
    ``BUD00``) or a whole code. As in ruff, the more specific selector wins, so
    ``select = ["BUD001"]`` with ``ignore = ["BUD"]`` keeps BUD001. A selector that
    matches no rule is an error: a typo must not silently check nothing.
    """
    for selector in (*config.select, *config.extend_select, *config.ignore, *config.severity):
        if not any(_specificity(selector, rule) for rule in rules):
            raise ConfigError(f"unknown rule code or category {selector!r} in configuration",
                              f"kode aturan atau kategori {selector!r} tidak dikenal")
    chosen = []
    for rule in rules:
        selected = max((_specificity(s, rule) for s in (*config.select, *config.extend_select)),
                       default=0)
        ignored = max((_specificity(s, rule) for s in config.ignore), default=0)
        if selected > ignored:  # at equal specificity, ignore wins (as in ruff)
            chosen.append(rule)
    if not chosen:
        raise ConfigError("the selection leaves no rule to run (check select and ignore)",
                          "pilihan aturan tidak menyisakan satu aturan pun")
    return chosen


def _specificity(selector: str, rule: Rule) -> int:
    """How closely ``selector`` names ``rule``: 0 not at all, longer prefixes higher."""
    text = selector.strip()
    if text.upper() == "ALL":
        return 1
    if text.lower() == rule.category.value:
        return 2
    if text == rule.slug:
        return 100
    if rule.code.startswith(text.upper()):
        return 2 + len(text)
    return 0


def check_report(report: Report, rules: Sequence[Rule], config: Config) -> DocumentResult:
    """Run each rule in its own guard and return the findings, sorted by line."""
    context = Context(report=report, graph=build_graph(report), config=config)
    findings: list[Finding] = []
    for rule in rules:
        if rule.applies_to(report.meta.year):
            findings.extend(_run_guarded(rule, context))
    findings.sort(key=_order)
    return DocumentResult(report=report, findings=tuple(findings))


def _run_guarded(rule: Rule, context: Context) -> list[Finding]:
    findings: list[Finding] = []
    try:
        for violation in rule(context):
            findings.append(_dress(rule, violation, context.config))
    except Exception as exc:  # a broken rule must not hide the others' findings
        # What it found before it broke is kept; the internal finding says it is partial.
        findings.append(_internal_finding(rule, exc))
    return findings


def _configured_severity(rule: Rule, config: Config) -> Severity | None:
    """The severity the config sets for ``rule``: its most specific matching key."""
    matches = [(_specificity(key, rule), level) for key, level in config.severity.items()]
    matches = [match for match in matches if match[0] > 0]
    return max(matches, key=lambda match: match[0])[1] if matches else None


def _dress(rule: Rule, violation: Violation, config: Config) -> Finding:
    configured = _configured_severity(rule, config)
    severity = configured or rule.severity
    if violation.severity is not None and configured is None:
        severity = min(severity, violation.severity)
    args = dict(violation.args)
    return Finding(
        rule=rule.code,
        slug=rule.slug,
        category=rule.category,
        severity=severity,
        message={lang: rule.render(args, lang) for lang in LANGUAGES},
        template=rule.message,
        args=args,
        location=violation.location,
        expected=violation.expected,
        actual=violation.actual,
        regulation=rule.regulation,
    )


def _internal_finding(rule: Rule, exc: Exception) -> Finding:
    frame = traceback.extract_tb(exc.__traceback__)[-1]
    error = f"{type(exc).__name__}: {exc} ({frame.filename.rsplit('/', 1)[-1]}:{frame.lineno})"
    args = {"rule": rule.code, "error": error}
    return Finding(
        rule=rule.code,
        slug=rule.slug,
        category=Category.INTERNAL,
        severity=Severity.ERROR,
        message={lang: _INTERNAL_MESSAGE[lang].format_map(args) for lang in LANGUAGES},
        template=_INTERNAL_MESSAGE,
        args=args,
        location=Location(),
        expected=None,
        actual=None,
        regulation=None,
    )


def _order(finding: Finding) -> tuple[int, int, str]:
    return (finding.location.line or 0, -finding.severity, finding.rule)


def exit_code(results: Iterable[DocumentResult], fail_on: Severity | None) -> int:
    """2 if a rule crashed, 1 if a finding reaches ``fail_on``, else 0."""
    findings = [f for result in results for f in result.findings]
    if any(f.category is Category.INTERNAL for f in findings):
        return 2
    if fail_on is not None and any(f.severity >= fail_on for f in findings):
        return 1
    return 0
