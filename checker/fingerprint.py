"""A stable identity for every finding: what accepted findings and baselines are keyed by.

A fingerprint is ``RULE-xxxxxxxxxxxx`` (twelve hex digits of a BLAKE2b digest), built
from what the finding is *about*, never from where it happens to be printed:

* the rule's code;
* its anchor: the graph node (``indikator:...``, ``kegiatan:...``), else the table's
  title, else nothing;
* the keys the rule gave it (a table row, a roll-up, a part of the report), without
  the ``line:`` key the engine adds;
* the evidence: the message arguments, ``expected`` and ``actual``.

Every text goes through :func:`normalise`: case and whitespace folded, and the things
that change when a report is edited or re-exported masked: line references
(``baris 338``), page references (``hal. 4``), table and figure numbers (``Tabel 3.2``
becomes ``tabel #``, so inserting a table before it does not change the identity of
what it holds) and bare line numbers inside keys. Arguments that only say where
(``line``, ``first_line``, ``page``) or quote the surrounding text (``excerpt``, which
a PDF export wraps differently) are left out, and so are the words a message picks from
what the finding already holds (an argument named ``..._word``: "jenis belanja" or
"sumber dana" for the rows of a split): a message can then be worded better without
changing the identity of the findings users have accepted. No file name, line or page
enters.

Two findings of one report that would get the same fingerprint (the same defect
printed twice) are told apart by an ordinal suffix in report order: the first keeps
the plain fingerprint, the next gets ``-2``, then ``-3``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from checker.rule import Finding

__all__ = ["FINGERPRINT_PATTERN", "fingerprint", "normalise", "with_fingerprints"]

FINGERPRINT_PATTERN = re.compile(r"^[A-Z]{2,5}[0-9]{3}-[0-9a-f]{12}(-[0-9]+)?$")

# Arguments that say where (they move with every edit) or quote the surrounding text.
_PLACE_ARGS = frozenset({"line", "lines", "end_line", "page", "excerpt", "context", "scope"})
_PLACE_SUFFIXES = ("_line", "_lines", "_page")
# Arguments that only choose a word of the message from what the finding holds.
_WORDING_SUFFIX = "_word"

_LINE_REF = re.compile(r"\b(baris|lines?|hal\.?|halaman|pages?|p\.)\s*\d+(\s*[-\u2013]\s*\d+)?")
_NUMBERED = re.compile(r"\b(tabel|table|gambar|grafik|figure|diagram|bagan)\s+"
                       r"(?:[0-9ivxlc]+(?:[.\-][0-9a-z]+)*\b)")
_DIGITS_ONLY = re.compile(r"^[0-9]+$")
# An argument the message prints as a place ("baris {other}") is a place, whatever its name.
_PLACE_IN_TEMPLATE = re.compile(
    r"\b(?:baris|lines?|hal\.?|halaman|pages?|p\.)\s*\{(\w+)", re.IGNORECASE)


# Words one of which every match of _LINE_REF (resp. _NUMBERED) holds, in the folded
# text those patterns read: a text without them is passed over without the pattern.
_LINE_REF_WORDS = ("baris", "line", "hal", "page", "p.")
_NUMBERED_WORDS = ("tabel", "table", "gambar", "grafik", "figure", "diagram", "bagan")


def normalise(text: str) -> str:
    """``text`` folded for comparison: lower case, one space, places and numbers of
    tables masked (``Tabel 3.2  Capaian`` and ``tabel 4.1 capaian`` are alike)."""
    # ``split()`` cuts at every run of what ``\s`` matches and drops the ends: the same
    # as replacing each run by one space and stripping.
    folded = " ".join(text.casefold().split())
    if any(word in folded for word in _LINE_REF_WORDS):
        folded = _LINE_REF.sub(r"\1 #", folded)
    if any(word in folded for word in _NUMBERED_WORDS):
        folded = _NUMBERED.sub(r"\1 #", folded)
    return folded


def _value(value: Any) -> str:
    """An argument's text; a value given per language by its Indonesian text (both say
    the same, and the pair must not make the fingerprint depend on dict order)."""
    if isinstance(value, Mapping):
        value = value.get("id", next(iter(value.values()), "")) if value else ""
    return normalise(str(value))


def _key(key: str) -> str | None:
    """A key without its line numbers: ``rollup:Tabel 3.8:338:pagu:354:X`` keeps the
    table's title, the column and the item's name."""
    if key.startswith("line:"):
        return None
    parts = [("#" if _DIGITS_ONLY.match(part) else part) for part in key.split(":")]
    return normalise(":".join(parts))


def _place_names(finding: Finding) -> frozenset[str]:
    return _places_printed(tuple(finding.template.values()))


@lru_cache(maxsize=256)  # one entry per rule's message: every finding of a rule asks
def _places_printed(templates: tuple[str, ...]) -> frozenset[str]:
    printed = {name for template in templates for name in _PLACE_IN_TEMPLATE.findall(template)}
    return _PLACE_ARGS | printed


def _evidence(finding: Finding) -> list[Any]:
    places = _place_names(finding)
    args = sorted(
        (name, _value(value)) for name, value in finding.args.items()
        if name not in places and not name.endswith((*_PLACE_SUFFIXES, _WORDING_SUFFIX))
    )
    keys = sorted(filter(None, (_key(key) for key in finding.keys)))
    location = finding.location
    anchor = location.node or (normalise(location.table) if location.table else "")
    return [finding.rule, anchor, keys, args, _value(finding.expected or ""),
            _value(finding.actual or "")]


def fingerprint(finding: Finding) -> str:
    """The fingerprint of one finding, without an ordinal suffix."""
    canonical = json.dumps(_evidence(finding), ensure_ascii=False, separators=(",", ":"))
    digest = hashlib.blake2b(canonical.encode("utf-8"), digest_size=6).hexdigest()
    return f"{finding.rule}-{digest}"


def _suffixed(plain: Iterable[str]) -> list[str]:
    seen: dict[str, int] = {}
    named = []
    for value in plain:
        seen[value] = seen.get(value, 0) + 1
        named.append(value if seen[value] == 1 else f"{value}-{seen[value]}")
    return named


def with_fingerprints(findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """``findings`` (in report order) each with its fingerprint, collisions suffixed."""
    names = _suffixed(fingerprint(finding) for finding in findings)
    return tuple(replace(finding, fingerprint=name)
                 for finding, name in zip(findings, names, strict=True))
