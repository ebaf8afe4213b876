"""The SARIF 2.1.0 reporter: the findings for code-scanning viewers and review tools.

One run, whose tool is ``lkjip``. Its ``rules`` are the rules that produced at least
one finding, by code (a viewer needs a rule's description only for the results it
shows, and the log stays short); each result points at its rule by ``ruleId`` and
``ruleIndex``. The descriptions (title, rationale, how to fix) come from the rules the
command line passes in :attr:`RenderOptions.rules`; a rule not passed there is described
from its finding alone (its code, slug, category and regulation).

Each result's physical location is the checked file as a relative URI, or the document
a structured report was extracted from when the lines refer to that one; its region
is the finding's lines (none when the finding has no line). For a PDF or Word original
the lines count the text the reader drew from it, not anything in the file, so the
region is left out and the location's ``properties`` hold the text-layer lines and the
page. The table and the cascade node are logical locations. The expected and found
values, the category and the regulation are in the result's ``properties``.

The messages are in the language asked for (``--lang``), which the run's ``language``
names. The vendored schema ``schemas/sarif-2.1.0.schema.json`` validates the output
in the tests.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote

from checker.hookspecs import RenderOptions, Reporter, hookimpl
from checker.result import DocumentResult
from checker.rule import Finding, Location, Rule, Severity

__all__ = ["SARIF_SCHEMA", "SARIF_VERSION", "render_sarif"]

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = ("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
                "sarif-schema-2.1.0.json")

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_HOW_TO_FIX = {
    "id": "Perbaiki laporan agar memenuhi aturan ini.",
    "en": "Correct the report so that it meets this rule.",
}
_BASIS = {"id": "Dasar", "en": "Basis"}


def _uri(path: str) -> str:
    """``path`` as a URI reference: relative and percent-encoded when it lies under the
    working folder (or was given relative), else an absolute ``file:`` URI."""
    given = Path(path)
    if given.is_absolute():
        try:
            given = given.relative_to(Path.cwd())
        except ValueError:
            return given.as_uri()
    return quote(PurePosixPath(*given.parts).as_posix(), safe="/")


def _text(text: Mapping[str, str] | None, lang: str) -> str:
    if not text:
        return ""
    return text.get(lang) or text.get("id") or ""


def _help(rule: Rule | None, regulation: str, lang: str) -> str:
    """How to fix what the rule finds (the rule's own advice where it gives one) and
    the regulation it rests on."""
    fix = (_text(rule.fix, lang) if rule is not None else "") or _HOW_TO_FIX[lang]
    return f"{fix}\n{_BASIS[lang]}: {regulation}"


def _descriptor(finding: Finding, rule: Rule | None, lang: str) -> dict[str, Any]:
    regulation = (rule.regulation if rule is not None else finding.regulation) or "-"
    title = _text(rule.title, lang) if rule is not None else ""
    rationale = _text(rule.rationale, lang) if rule is not None else ""
    descriptor: dict[str, Any] = {
        "id": finding.rule,
        "name": finding.slug,
        "shortDescription": {"text": title or finding.slug},
        "help": {"text": _help(rule, regulation, lang)},
        "defaultConfiguration": {"level": _LEVEL[rule.severity if rule else finding.severity]},
        "properties": {"category": finding.category.value, "regulation": regulation},
    }
    if rationale:
        descriptor["fullDescription"] = {"text": rationale}
    return descriptor


def _region(location: Location) -> dict[str, int] | None:
    if location.line is None or location.line < 1:
        return None
    end = location.end_line if location.end_line and location.end_line >= location.line else (
        location.line)
    return {"startLine": location.line, "endLine": end}


def _physical(result: DocumentResult, location: Location, index: int) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": _artifact(result), "index": index}}
    region = _region(location)
    if region is None:
        return physical
    if result.report.places:  # lines of the text layer, not of the PDF or Word file
        physical["properties"] = {"textLayerLines": region,
                                  **({"page": location.page} if location.page else {})}
    else:
        physical["region"] = region
    return physical


def _logical(location: Location) -> list[dict[str, str]]:
    logical = []
    if location.table:
        logical.append({"name": location.table, "kind": "table"})
    if location.node:
        kind, _, name = location.node.partition(":")
        logical.append({"name": name or location.node, "fullyQualifiedName": location.node,
                        "kind": kind or "node"})
    return logical


def _location(result: DocumentResult, location: Location, index: int) -> dict[str, Any]:
    place: dict[str, Any] = {"physicalLocation": _physical(result, location, index)}
    logical = _logical(location)
    if logical:
        place["logicalLocations"] = logical
    return place


def _result(finding: Finding, document: DocumentResult, index: int, rule_index: int,
            lang: str) -> dict[str, Any]:
    sarif: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": _LEVEL[finding.severity],
        "message": {"text": finding.text(lang)},
        "locations": [_location(document, finding.location, index)],
        "properties": {"expected": finding.expected, "found": finding.actual,
                       "category": finding.category.value,
                       "regulation": finding.regulation},
    }
    if finding.related:  # knock-on findings folded into this one
        sarif["relatedLocations"] = [
            {"id": number, **_location(document, related.location, index),
             "message": {"text": related.rule}}
            for number, related in enumerate(finding.related, start=1)]
    fingerprint = getattr(finding, "fingerprint", None)
    if fingerprint:
        sarif["partialFingerprints"] = {"lkjipFinding/v1": str(fingerprint)}
    return sarif


def _artifact(result: DocumentResult) -> str:
    """The file the finding lines count in: the document a structured report was
    extracted from (its ``[source] path``, which lies beside the report), else the
    checked file itself."""
    report = result.report
    if report.source and not report.places:
        return _uri(str(Path(report.path).parent / report.source))
    return _uri(report.path)


def _run(results: Sequence[DocumentResult], options: RenderOptions) -> dict[str, Any]:
    lang = options.lang if options.lang in _HOW_TO_FIX else "id"
    findings = [finding for result in results for finding in (*result.findings,
                                                                  *_accepted(result))]
    codes = sorted({finding.rule for finding in findings})
    known = {rule.code: rule for rule in options.rules}
    first = {code: next(f for f in findings if f.rule == code) for code in codes}
    rules = [_descriptor(first[code], known.get(code), lang) for code in codes]
    rule_index = {code: index for index, code in enumerate(codes)}
    return {
        "tool": {"driver": {"name": "lkjip", "version": options.tool_version,
                            "rules": rules}},
        "language": lang,
        "columnKind": "unicodeCodePoints",
        "artifacts": [{"location": {"uri": _artifact(result)}} for result in results],
        "results": [
            *(_result(finding, result, index, rule_index[finding.rule], lang)
              for index, result in enumerate(results) for finding in result.findings),
            *(_suppressed(_result(finding, result, index, rule_index[finding.rule], lang))
              for index, result in enumerate(results) for finding in _accepted(result)),
        ],
    }


def _accepted(result: DocumentResult) -> tuple[Finding, ...]:
    """The findings an accepted-findings file set aside (none before that file existed)."""
    return tuple(getattr(result, "accepted", ()))


def _suppressed(sarif: dict[str, Any]) -> dict[str, Any]:
    """A result the agency and the reviewer accepted, kept in the log as SARIF keeps a
    suppressed result, so a viewer can show it greyed out rather than lose it."""
    return {**sarif, "suppressions": [{"kind": "external", "status": "accepted"}]}


def render_sarif(results: Sequence[DocumentResult], options: RenderOptions) -> str:
    log = {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [_run(results, options)]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


@hookimpl
def lkjip_reporters() -> list[Reporter]:
    return [Reporter("sarif", render_sarif, "SARIF 2.1.0, for code-scanning viewers",
                     extensions=(".sarif", ".sarif.json"))]
