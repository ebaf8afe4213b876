"""Input rules: what the reader could not make sense of, reported, never guessed."""

from __future__ import annotations

from collections.abc import Iterator

from checker.context import Context, location
from checker.hookspecs import hookimpl
from checker.rule import Category, Rule, Severity, Violation, rule

__all__ = ["INP001", "INP002"]


@rule(
    code="INP001",
    slug="input-unreadable-number",
    title={"id": "Angka tidak terbaca", "en": "Unreadable number"},
    category=Category.INPUT,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran II (data kinerja yang akurat)",
    message={
        "id": "Nilai {raw!r} tidak dapat dibaca sebagai angka ({problem}); "
        "nilai ini tidak diperiksa.",
        "en": "Value {raw!r} cannot be read as a number ({problem}); it was not checked.",
    },
    rationale={
        "id": "Angka yang tidak terbaca (misalnya '7 Desa/ 1 Kel' di kolom target atau "
        "'#DIV/0!') tidak dapat diperiksa. Pemeriksa diberi tahu agar memeriksanya sendiri, "
        "bukan ditebak oleh alat.",
        "en": "A figure that cannot be read (e.g. '7 Desa/ 1 Kel' in a target column, or "
        "'#DIV/0!') cannot be checked. The reviewer is told so they can check it by hand, "
        "instead of the tool guessing.",
    },
)
def INP001(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 asks for performance data that can be measured; a value
    the reader cannot read is shown to the reviewer instead of being guessed."""
    for doubt in context.report.doubts:
        if doubt.kind == "number":
            yield Violation(
                location(doubt.where),
                {"raw": doubt.raw, "problem": doubt.problem},
                actual=doubt.raw,
            )


@rule(
    code="INP002",
    slug="input-table-not-understood",
    title={"id": "Tabel tidak dapat dipahami", "en": "Table not understood"},
    category=Category.INPUT,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran II (format Laporan Kinerja)",
    message={
        "id": "Bagian {raw!r} tidak dapat dibaca: {problem}; isinya tidak diperiksa.",
        "en": "Part {raw!r} could not be read: {problem}; its content was not checked.",
    },
    rationale={
        "id": "Tabel atau isian yang susunannya tidak dapat dipahami tidak ikut diperiksa; "
        "pemeriksa perlu membacanya sendiri.",
        "en": "A table or field whose layout cannot be understood is left out of the checks; "
        "the reviewer needs to read it.",
    },
)
def INP002(context: Context) -> Iterator[Violation]:
    """A table the reader cannot make sense of is named, so no part of the report is
    silently left unchecked."""
    for doubt in context.report.doubts:
        if doubt.kind in ("table", "field"):
            yield Violation(location(doubt.where), {"raw": doubt.raw, "problem": doubt.problem})


@hookimpl
def lkjip_rules() -> list[Rule]:
    return [INP001, INP002]
