"""Accepted findings: what the inspector agreed to leave, so the next run does not list it.

The file (``lkjip-accepted.toml`` beside the report by default, or the config's
``accepted = "path"``) is a list of entries::

    [[accepted]]
    fingerprint = "BUD001-020de209ffe8"    # from the JSON output or --show-accepted
    reason = "Selisih pembulatan dari SIPD, sudah dijelaskan OPD"
    by = "Irban II"                         # optional: who accepted it
    until = 2026-06-30                      # optional: a date; after it the finding is back
    file = "dinkes-2024.txt"                # optional: only for reports this glob names

An entry names its finding by ``fingerprint``, or by ``rule`` and ``node`` (the
finding's graph node, ``indikator:...``), which also survives a change of the
evidence. An accepted finding leaves the output but is counted in the summary; one
whose entry has expired is listed again with a note. An entry that matches no finding
of the reports it applies to is *stale* and reported as a warning on stderr, so
acceptances do not pile up after the defect is fixed. ``lkjip accept`` appends an
entry and never rewrites the others.
"""

from __future__ import annotations

import datetime
import json
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

from checker.errors import InputError
from checker.fingerprint import FINGERPRINT_PATTERN
from checker.result import DocumentResult
from checker.rule import Finding

__all__ = [
    "DEFAULT_NAME", "Acceptance", "Applied", "accepted_file_for", "append_entry", "apply",
    "load_accepted",
]

DEFAULT_NAME = "lkjip-accepted.toml"
_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*accepted[ \t]*\]\]", re.MULTILINE)
_KEYS = frozenset({"fingerprint", "rule", "node", "reason", "by", "until", "file"})


@dataclass(frozen=True)
class Acceptance:
    """One entry of an accepted findings file."""

    reason: str
    fingerprint: str | None = None
    rule: str | None = None
    node: str | None = None
    by: str | None = None
    until: datetime.date | None = None
    file: str | None = None  # a glob: the reports the entry applies to
    source: Path = Path(DEFAULT_NAME)
    line: int | None = None  # of its ``[[accepted]]`` header

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.line else str(self.source)

    @property
    def names(self) -> str:
        return self.fingerprint or f"{self.rule} {self.node}"

    def applies_to(self, report_path: str) -> bool:
        if self.file is None:
            return True
        path = Path(report_path)
        return fnmatch(path.name, self.file) or fnmatch(path.as_posix(), self.file)

    def matches(self, finding: Finding) -> bool:
        if self.fingerprint is not None:
            return finding.fingerprint == self.fingerprint
        return finding.rule == self.rule and finding.location.node == self.node

    def expired(self, today: datetime.date) -> bool:
        return self.until is not None and self.until < today


@dataclass(frozen=True)
class Applied:
    """A result with its accepted findings set aside, and which entries matched."""

    result: DocumentResult
    matched: frozenset[Acceptance]


def accepted_file_for(report_path: Path, configured: Path | None) -> Path:
    """The accepted findings file of a report: the config's, else the one beside it."""
    if configured is not None:
        return configured
    return Path(os.path.abspath(report_path)).parent / DEFAULT_NAME


def _invalid(path: Path, problem: str, masalah: str) -> InputError:
    return InputError(str(path), problem, masalah)


def _text(path: Path, index: int, entry: Mapping[str, Any], key: str) -> str | None:
    value = entry.get(key)
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise _invalid(path, f"accepted entry {index}: {key} must be a non-empty string",
                       f"entri ke-{index}: {key} harus berupa teks")
    return value


def _date(path: Path, index: int, value: Any) -> datetime.date | None:
    if value is None or (isinstance(value, datetime.date)
                         and not isinstance(value, datetime.datetime)):
        return value
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        raise _invalid(path, f"accepted entry {index}: until {value!r} is not a date "
                       "(YYYY-MM-DD)", f"entri ke-{index}: until bukan tanggal") from None


def _entry(path: Path, index: int, entry: Any, line: int | None) -> Acceptance:
    if not isinstance(entry, dict):
        raise _invalid(path, f"accepted entry {index} is not a table",
                       f"entri ke-{index} bukan tabel")
    unknown = sorted(set(entry) - _KEYS)
    if unknown:
        raise _invalid(path, f"accepted entry {index}: unknown key {unknown[0]!r}",
                       f"entri ke-{index}: kunci {unknown[0]!r} tidak dikenal")
    fields = {key: _text(path, index, entry, key)
              for key in ("fingerprint", "rule", "node", "reason", "by", "file")}
    if not fields["reason"]:
        raise _invalid(path, f"accepted entry {index}: a reason is required",
                       f"entri ke-{index}: alasan (reason) wajib diisi")
    fingerprint = fields["fingerprint"]
    if fingerprint is not None and not FINGERPRINT_PATTERN.match(fingerprint):
        raise _invalid(path, f"accepted entry {index}: {fingerprint!r} is not a fingerprint",
                       f"entri ke-{index}: {fingerprint!r} bukan sidik temuan")
    if fingerprint is None and not (fields["rule"] and fields["node"]):
        raise _invalid(path, f"accepted entry {index}: give a fingerprint, or a rule and a node",
                       f"entri ke-{index}: isi fingerprint, atau rule dan node")
    return Acceptance(
        reason=fields["reason"] or "", fingerprint=fingerprint,
        rule=fields["rule"].upper() if fields["rule"] else None, node=fields["node"],
        by=fields["by"], until=_date(path, index, entry.get("until")), file=fields["file"],
        source=path, line=line,
    )


def load_accepted(path: Path) -> tuple[Acceptance, ...]:
    """The entries of ``path``; none when the file does not exist."""
    from checker.config import read_toml  # the TOML reader of the config, errors and all

    if not path.is_file():
        return ()
    data = read_toml(path)
    entries = data.get("accepted", [])
    unknown = sorted(set(data) - {"accepted"})
    if unknown or not isinstance(entries, list):
        what = unknown[0] if unknown else "accepted"
        raise _invalid(path, f"unexpected {what!r}: the file holds [[accepted]] entries only",
                       "berkas hanya boleh berisi entri [[accepted]]")
    text = path.read_text(encoding="utf-8", errors="replace")
    lines = [text.count("\n", 0, match.start()) + 1 for match in _HEADER.finditer(text)]
    lines = lines if len(lines) == len(entries) else [None] * len(entries)
    return tuple(_entry(path, index, entry, line)
                 for index, (entry, line) in enumerate(zip(entries, lines, strict=True), 1))


def apply(result: DocumentResult, entries: Sequence[Acceptance],
          today: datetime.date) -> Applied:
    """Set aside the findings of ``result`` that an unexpired entry accepts; an expired
    entry leaves its finding in and adds a note."""
    applicable = [entry for entry in entries if entry.applies_to(result.report.path)]
    kept: list[Finding] = []
    accepted: list[Finding] = []
    notes: list[str] = []
    matched: set[Acceptance] = set()
    for finding in result.findings:
        entry = next((entry for entry in applicable if entry.matches(finding)), None)
        if entry is None:
            kept.append(finding)
            continue
        matched.add(entry)
        if entry.expired(today):
            kept.append(finding)
            notes.append(f"{finding.fingerprint}: penerimaan berakhir {entry.until} "
                         f"(acceptance expired {entry.until}; {entry.where})")
        else:
            accepted.append(finding)
    if not applicable:
        return Applied(result, frozenset())
    return Applied(replace(result, findings=tuple(kept), accepted=tuple(accepted),
                           notes=(*result.notes, *notes)), frozenset(matched))


def _toml_string(value: str) -> str:
    # A JSON string is a valid TOML basic string (the same escapes, \\uXXXX included).
    return json.dumps(value, ensure_ascii=False)


def _entry_text(fields: Iterable[tuple[str, str | datetime.date | None]]) -> str:
    lines = ["[[accepted]]"]
    for key, value in fields:
        if value is None:
            continue
        shown = value.isoformat() if isinstance(value, datetime.date) else _toml_string(value)
        lines.append(f"{key} = {shown}")
    return "\n".join(lines) + "\n"


def append_entry(path: Path, fingerprint: str, reason: str, by: str | None = None,
                 until: datetime.date | None = None, file: str | None = None) -> Acceptance:
    """Append one entry to ``path`` (created when absent); the others are left as they are.

    The file is read first, so an entry is never appended to a file that is already
    broken, and the new entry is checked the same way a run will read it."""
    if not FINGERPRINT_PATTERN.match(fingerprint):
        raise InputError(fingerprint, "not a fingerprint (like BUD001-020de209ffe8)",
                         "bukan sidik temuan")
    if not reason.strip():
        raise InputError(str(path), "a reason is required", "alasan wajib diisi")
    existing = load_accepted(path)
    block = _entry_text((("fingerprint", fingerprint), ("reason", reason), ("by", by),
                         ("until", until), ("file", file)))
    try:
        prefix = ""
        if path.is_file():
            content = path.read_bytes()
            prefix = "\n" if content and not content.endswith(b"\n") else ""
            prefix += "\n" if content.strip() else ""
        else:
            prefix = ("# Temuan yang diterima (accepted findings): lkjip accept, "
                      "see docs/workflow.md\n\n")
        with path.open("a", encoding="utf-8") as stream:
            stream.write(prefix + block)
    except OSError as exc:
        raise InputError(str(path), f"cannot write: {exc.strerror or exc}",
                         "berkas tidak dapat ditulis") from None
    return load_accepted(path)[len(existing)]
