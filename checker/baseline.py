"""Baselines: last year's (or last round's) findings, so a run lists only what is new.

``lkjip check ... --write-baseline FILE`` writes, for each checked report, the
fingerprints of its findings; ``--baseline FILE`` then lists only the findings whose
fingerprint is not in the baseline, and names the baseline findings that are gone
(fixed). The file is JSON::

    {"lkjip_baseline": 1,
     "documents": {"bappeda|kabupaten lereng jati|2023": {
         "path": "bappeda-lereng-jati-2023.txt",
         "findings": [{"fingerprint": "BUD001-020de209ffe8", "rule": "BUD001",
                       "message": "..."}]}}}

A document is keyed by what the report says it is, not by where it lies: the agency,
the region and the year, case and spaces folded, so the same report checked under a
new path or name (moved, renamed, re-exported to PDF) still finds its entry. A report
whose agency is not known is keyed by its file name. Next year's report of an agency
the baseline has no entry for that year is compared with the agency's latest earlier
year in the baseline: the template comes back, and what it carries over (a missing
part, a placeholder left in) is not new.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from checker.errors import InputError
from checker.fingerprint import normalise
from checker.result import DocumentResult

__all__ = [
    "Baseline", "Gone", "baseline_entry", "baseline_text", "document_key", "load_baseline",
]

_VERSION = 1


@dataclass(frozen=True)
class Gone:
    """A baseline finding the report no longer has: fixed."""

    path: str  # the report now checked under the baseline's key
    fingerprint: str
    rule: str
    message: str


def document_key(result: DocumentResult) -> str:
    """The key of a report in a baseline: its agency, region and year, else its file name."""
    meta = result.report.meta
    if meta.agency:
        return "|".join(normalise(str(part or "")) for part in (meta.agency, meta.region,
                                                                meta.year))
    return "file:" + normalise(Path(result.report.path).name)


def baseline_entry(result: DocumentResult) -> tuple[str, dict[str, Any]]:
    """The key of one report in a baseline and what is kept of it: all its findings,
    the accepted ones included (accepting a finding does not make it new)."""
    return document_key(result), {
        "path": result.report.path,
        "findings": [{"fingerprint": finding.fingerprint, "rule": finding.rule,
                      "message": finding.text("id")}
                     for finding in (*result.findings, *result.accepted)],
    }


def baseline_text(documents: Mapping[str, Any]) -> str:
    """The text of a baseline file of ``documents`` (as :func:`baseline_entry` gives)."""
    payload = {"lkjip_baseline": _VERSION, "documents": dict(documents)}
    return json.dumps(payload, ensure_ascii=False, indent=2)


@dataclass(frozen=True)
class Baseline:
    """The fingerprints of each document of a baseline file."""

    documents: Mapping[str, Mapping[str, Mapping[str, str]]]  # key -> fingerprint -> entry

    def new_only(self, result: DocumentResult) -> tuple[DocumentResult, list[Gone]]:
        """``result`` with only the findings not in the baseline, and the baseline's
        findings of that report that are gone. A report the baseline does not know
        keeps all its findings."""
        known = self._entry_for(document_key(result))
        if known is None:
            return result, []
        now = {finding.fingerprint for finding in (*result.findings, *result.accepted)}
        fresh = tuple(f for f in result.findings if f.fingerprint not in known)
        gone = [Gone(result.report.path, fingerprint, entry.get("rule", "?"),
                     entry.get("message", ""))
                for fingerprint, entry in known.items() if fingerprint not in now]
        return replace(result, findings=fresh), gone


    def _entry_for(self, key: str) -> Mapping[str, Mapping[str, str]] | None:
        """The entry of ``key``, else the same agency's latest earlier year."""
        if key in self.documents or key.startswith("file:"):
            return self.documents.get(key)
        agency, _, year = key.rpartition("|")
        earlier = [(int(other_year), other) for other in self.documents
                   for other_agency, _, other_year in [other.rpartition("|")]
                   if other_agency == agency and other_year.isdigit() and year.isdigit()
                   and int(other_year) < int(year)]
        return self.documents[max(earlier)[1]] if earlier else None


def _refuse(path: Path, problem: str) -> InputError:
    return InputError(str(path), f"not a baseline file: {problem}",
                      "bukan berkas baseline lkjip")


def load_baseline(path: Path) -> Baseline:
    """Read a file written by ``--write-baseline``; one clear line when it is not one."""
    from checker.readers import decode_text, read_bytes

    text = decode_text(str(path), read_bytes(path))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _refuse(path, f"invalid JSON ({exc.msg}, line {exc.lineno})") from None
    if not isinstance(data, dict) or data.get("lkjip_baseline") != _VERSION:
        raise _refuse(path, "no 'lkjip_baseline': 1")
    documents = data.get("documents")
    if not isinstance(documents, dict):
        raise _refuse(path, "'documents' is not an object")
    parsed: dict[str, dict[str, dict[str, str]]] = {}
    for key, entry in documents.items():
        findings = entry.get("findings") if isinstance(entry, dict) else None
        if not isinstance(findings, list) or not all(
                isinstance(f, dict) and isinstance(f.get("fingerprint"), str) for f in findings):
            raise _refuse(path, f"document {key!r} has no list of findings with fingerprints")
        parsed[key] = {f["fingerprint"]: {k: str(v) for k, v in f.items()} for f in findings}
    return Baseline(parsed)
