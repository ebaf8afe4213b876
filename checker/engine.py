"""Running rules on a report: selection, guards, severities, folding, ordering, exit code.

What a run gives back, :class:`~checker.result.DocumentResult`, lives in
:mod:`checker.result`, below the engine and the reporters.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from checker.config import Config
from checker.context import Context
from checker.display import display_text, machine_text
from checker.errors import ConfigError
from checker.fingerprint import with_fingerprints
from checker.graph import build_graph
from checker.model import Report
from checker.result import DocumentResult
from checker.rule import (
    LANGUAGES,
    Category,
    Finding,
    Location,
    Related,
    Rule,
    Severity,
    Violation,
)

__all__ = ["check_report", "exit_code", "fold", "select_rules"]

_INTERNAL_MESSAGE = {
    "id": "Aturan {rule} berhenti karena galat program: {error}. Temuan aturan ini tidak lengkap.",
    "en": "Rule {rule} stopped on a program error: {error}. Its findings are incomplete.",
}


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
    """Run each rule in its own guard, fold knock-on findings into their root cause and
    return the findings, sorted by line."""
    context = Context(report=report, graph=build_graph(report), config=config)
    findings: list[Finding] = []
    for rule in rules:
        if rule.applies_to(report.meta.year):
            findings.extend(_run_guarded(rule, context))
    if report.places:
        findings = [_paged(finding, report) for finding in findings]
    findings.sort(key=_order)
    knock_on_of = {rule.code: rule.knock_on_of for rule in rules}
    return DocumentResult(report=report,
                          findings=with_fingerprints(fold(findings, knock_on_of)))


def _run_guarded(rule: Rule, context: Context) -> list[Finding]:
    findings: list[Finding] = []
    # The same for every violation of the rule: looked up once, not once per violation.
    configured = _configured_severity(rule, context.config)
    try:
        for violation in rule(context):
            findings.append(_dress(rule, violation, configured))
    except Exception as exc:  # a broken rule must not hide the others' findings
        # What it found before it broke is kept; the internal finding says it is partial.
        findings.append(_internal_finding(rule, exc))
    return findings


def _configured_severity(rule: Rule, config: Config) -> Severity | None:
    """The severity the config sets for ``rule``: its most specific matching key."""
    matches = [(_specificity(key, rule), level) for key, level in config.severity.items()]
    matches = [match for match in matches if match[0] > 0]
    return max(matches, key=lambda match: match[0])[1] if matches else None


def _dress(rule: Rule, violation: Violation, configured: Severity | None) -> Finding:
    """The finding of ``violation``; ``configured``: the severity the config sets for
    ``rule`` (:func:`_configured_severity`), if any."""
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
        expected=machine_text(violation.expected),
        actual=machine_text(violation.actual),
        regulation=rule.regulation,
        keys=violation.keys | _location_keys(violation.location),
        causes=violation.causes,
        # Formatted by the same helpers as the message's figures (checker.display).
        expected_text=display_text(violation.expected),
        actual_text=display_text(violation.actual),
    )


def _paged(finding: Finding, report: Report) -> Finding:
    """The finding with the page of the PDF or Word original its line is on."""
    location = finding.location
    if location.page is not None or location.line is None:
        return finding
    return replace(finding, location=replace(location, page=report.page_of(location.line)))


def _location_keys(location: Location) -> frozenset[str]:
    """Keys every finding has from where it points: its first line and its graph node."""
    keys = set()
    if location.line is not None:
        keys.add(f"line:{location.line}")
    if location.node is not None:
        keys.add(f"node:{location.node}")
    return frozenset(keys)


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


# -- one defect, one finding ----------------------------------------------------------------


def fold(
    findings: Sequence[Finding], knock_on_of: Mapping[str, frozenset[str]]
) -> tuple[Finding, ...]:
    """Fold each knock-on finding into the finding of its root cause.

    Finding F is the same root cause as finding G, and is folded into it, when all hold:

    1. F's rule declares G's rule in ``knock_on_of`` (the rule metadata);
    2. one of F's ``causes`` is one of G's ``keys``: the rule that yielded F judged, on
       the report's own figures, that fixing what G is about would clear F too;
    3. G is at least as severe as F, so folding never hides a more severe finding
       (nor changes the exit code).

    A rule only names a cause when fixing it would clear its finding: a finding whose
    rule cannot say so keeps no cause and stays a finding of its own, and so does a
    knock-on whose root finding is not there (its rule not selected, or out of force).
    F goes into the first such G in report order; when G is itself folded, F follows
    it to G's root. Findings that could each absorb the other (two printings of one
    wrong figure, or two rules declaring each other) fold into the first in report
    order. The root keeps its message and gains F's rule and location in ``related``.
    ``findings`` must be in report order; the result keeps that order.
    """
    parents = _parents(findings, knock_on_of)
    related: dict[int, list[Related]] = {}
    kept: list[int] = []
    for index, finding in enumerate(findings):
        root = _root(index, parents)
        if root == index:
            kept.append(index)
        else:
            related.setdefault(root, []).extend(
                (Related(finding.rule, finding.location), *finding.related))
    return tuple(
        replace(findings[i], related=(*findings[i].related, *related[i])) if i in related
        else findings[i]
        for i in kept
    )


def _parents(
    findings: Sequence[Finding], knock_on_of: Mapping[str, frozenset[str]]
) -> dict[int, int]:
    """For each knock-on finding, the index of the first finding it may fold into."""
    by_key: dict[str, list[int]] = {}
    for index, finding in enumerate(findings):
        for key in finding.keys:
            by_key.setdefault(key, []).append(index)
    parents: dict[int, int] = {}
    for index, finding in enumerate(findings):
        roots = knock_on_of.get(finding.rule, frozenset())
        if not roots or not finding.causes:
            continue
        candidates = sorted({i for key in finding.causes for i in by_key.get(key, ())})
        parent = next((i for i in candidates if i != index and findings[i].rule in roots
                       and findings[i].severity >= finding.severity), None)
        if parent is not None:
            parents[index] = parent
    return parents


def _root(index: int, parents: Mapping[int, int]) -> int:
    """Where ``index`` ends up: follow its parents; a cycle is rooted at its first finding."""
    path: list[int] = []
    current = index
    while current in parents and current not in path:
        path.append(current)
        current = parents[current]
    if current in path:  # a cycle: its earliest finding in report order is the root
        return min(path[path.index(current):])
    return current


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
