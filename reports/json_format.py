"""The JSON reporter: the findings contract, ``schemas/findings.schema.json`` (see the README)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from checker.hookspecs import RenderOptions, Reporter, hookimpl
from checker.result import DocumentResult
from checker.rule import Finding, Location

__all__ = ["document_json", "finding_json", "location_json", "render_json"]

SCHEMA_VERSION = 1


def location_json(location: Location) -> dict[str, Any]:
    return {
        "line": location.line,
        "end_line": location.end_line,
        "table": location.table,
        "node": location.node,
        **({"page": location.page} if location.page is not None else {}),
    }


def _texts(texts: Mapping[str, str] | None) -> dict[str, str] | None:
    return dict(texts) if texts else None


def finding_json(finding: Finding, lang: str) -> dict[str, Any]:
    data = {
        "rule": finding.rule,
        "slug": finding.slug,
        "category": finding.category.value,
        "severity": finding.severity.label,
        "message": finding.text(lang),
        "messages": dict(finding.message),
        "template": finding.template.get(lang, finding.template["id"]),
        "args": dict(finding.args),
        "location": location_json(finding.location),
        "expected": finding.expected,
        "actual": finding.actual,
        # The same values as people write them in each language (81.154.008 / 81,154,008).
        "expected_text": _texts(finding.expected_text),
        "actual_text": _texts(finding.actual_text),
        "regulation": finding.regulation,
        "fingerprint": finding.fingerprint,
    }
    if finding.related:  # only on a finding that absorbed knock-on findings
        data["related"] = [{"rule": related.rule, **location_json(related.location)}
                           for related in finding.related]
    return data


def document_json(result: DocumentResult, lang: str) -> dict[str, Any]:
    report = result.report
    accepted = frozenset(id(finding) for finding in getattr(result, "accepted", ()))
    return {
        "path": report.path,
        "format": report.format,
        "source": report.source,
        "meta": {"agency": report.meta.agency, "region": report.meta.region,
                 "year": report.meta.year},
        "summary": result.summary(),
        "findings": [_marked(finding_json(finding, lang), finding, accepted)
                     for finding in result.findings],
    }


def _marked(data: dict[str, Any], finding: Finding, accepted: frozenset[int]) -> dict[str, Any]:
    """A finding an accepted-findings entry set aside, shown with --show-accepted."""
    if id(finding) in accepted:
        data["accepted"] = True
    return data


def _plain(value: object) -> str:
    if isinstance(value, Decimal):
        return f"{value:f}"
    return str(value)


def render_json(results: Sequence[DocumentResult], options: RenderOptions) -> str:
    payload = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "lkjip", "version": options.tool_version},
        "documents": [document_json(result, options.lang) for result in results],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2, default=_plain)


@hookimpl
def lkjip_reporters() -> list[Reporter]:
    return [Reporter("json", render_json, "the findings contract, for tools", (".json",))]
