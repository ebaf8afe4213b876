"""STR007: Daftar Isi entries that point at no part."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from checker.context import Context
from checker.model import Report
from checker.rule import Category, Severity, Violation, rule
from rules._structure_outline import PART_NAMES, main_span
from rules.structure._daftar_isi import daftar_isi_lines, without_page
from rules.structure._lampiran import attachments, lampiran_has_pk
from rules.structure._parts import LAMPIRAN_PK, at, part_key

__all__ = ["STR007"]

_ENTRY_BAB = re.compile(r"^bab\s+(iv|iii|ii|i|[1-4])\b")
_ENTRY_LAMPIRAN = re.compile(r"^lampiran\b")
_ENTRY_PK = re.compile(r"\bperjanjian\s+kinerja\b")
_BAB_KINDS = {"i": "bab_1", "1": "bab_1", "ii": "bab_2", "2": "bab_2", "iii": "bab_3",
              "3": "bab_3", "iv": "bab_4", "4": "bab_4"}


@dataclass(frozen=True)
class _Target:
    """The part a Daftar Isi entry names: as a reviewer reads it, its kind, and whether
    the report has it."""

    name: str
    kind: str
    present: bool


def _entry_target(report: Report, entry: str, in_lampiran: bool) -> _Target | None:
    """The part an entry names, or ``None`` for other entries."""
    folded = entry.casefold()
    if match := _ENTRY_BAB.match(folded):
        kind = _BAB_KINDS[match.group(1)]
        return _Target(PART_NAMES[kind], kind, any(h.kind == kind for h in report.outline))
    if _ENTRY_LAMPIRAN.match(folded) and not _ENTRY_PK.search(folded):
        _, start, _ = attachments(report)
        has = main_span(report, "lampiran") is not None or (
            start is not None and lampiran_has_pk(report) is True)
        return _Target(PART_NAMES["lampiran"], "lampiran", has)
    if _ENTRY_PK.search(folded):
        if in_lampiran or _ENTRY_LAMPIRAN.match(folded):
            return _Target("Perjanjian Kinerja (Lampiran)", LAMPIRAN_PK,
                           lampiran_has_pk(report) is True)
        has = any(h.kind == "perjanjian_kinerja" for h in report.outline) or bool(
            report.agreements)
        return _Target(PART_NAMES["perjanjian_kinerja"], "perjanjian_kinerja", has)
    return None


@rule(
    code="STR007",
    slug="structure-daftar-isi-dangling",
    fix={
        "id": "Perbarui Daftar Isi agar hanya memuat bagian yang ada, atau tambahkan bagian "
              "yang hilang.",
        "en": "Update the Daftar Isi to list only parts that exist, or add the missing part.",
    },
    title={"id": "Daftar Isi menunjuk bagian yang tidak ada",
           "en": "Daftar Isi lists a part that does not exist"},
    category=Category.STRUCTURE,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran II (Format Laporan Kinerja: Daftar Isi)",
    # An entry pointing at a part STR001 or STR005 already reports missing is that
    # part's defect seen from the Daftar Isi: folded into it.
    knock_on_of=("STR001", "STR005"),
    message={
        "id": "Daftar Isi (baris {line}) mencantumkan '{entry}', tetapi {part} tidak ada "
        "dalam laporan.",
        "en": "The Daftar Isi (line {line}) lists '{entry}', but the report has no {part}.",
    },
    rationale={
        "id": "Daftar Isi yang mencantumkan bagian yang tidak ada menandakan bagian itu "
        "hilang atau Daftar Isi disalin dari laporan lain.",
        "en": "A Daftar Isi listing a part that is not there shows the part went missing or "
        "the Daftar Isi was copied from another report.",
    },
)
def STR007(context: Context) -> Iterator[Violation]:
    """The Daftar Isi lists the parts of the report; an entry naming a BAB, the Lampiran
    or the Perjanjian Kinerja (under the Lampiran: the attached PK) must point to a part
    the report has."""
    report = context.report
    in_lampiran = False
    for number, entry in daftar_isi_lines(report):
        folded = entry.casefold()
        if _ENTRY_BAB.match(folded):
            in_lampiran = False
        target = _entry_target(report, entry, in_lampiran)
        if _ENTRY_LAMPIRAN.match(folded):
            in_lampiran = True
        if target is None or target.present:
            continue
        shown = without_page(entry)
        yield Violation(at(number), {"line": number, "entry": shown, "part": target.name},
                        expected=target.name, causes=frozenset({part_key(target.kind)}))
