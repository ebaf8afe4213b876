"""Count rules: what the narrative counts equals what the tables hold.

LKjIP narratives state counts ("5 (lima) Program, 12 (Dua Belas) kegiatan dan
33 (Tiga Puluh Tiga) sub kegiatan", "3 sasaran dengan 6 indikator", "Sasaran 1
terdiri dari 2 indikator"). A reviewer counts the rows of the budget table and of
the Perjanjian Kinerja, and reads the number in words against its digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from checker.context import Context, location
from checker.graph import normalise_name
from checker.hookspecs import hookimpl
from checker.model import BudgetItem, Claim, Level, Provenance, Report
from checker.names import closest, fold_name
from checker.number_words import parse_number_words
from checker.pack import pack_rules
from checker.rule import Category, Rule, Severity, Violation, rule
from rules._figures import plain
from rules._structure_outline import prose_lines

__all__ = ["CNT001", "CNT002", "CNT003", "CNT004"]

_REGULATION_PK = (
    "Permenpan RB 53/2014, Lampiran II (Bab II Perencanaan Kinerja: Perjanjian Kinerja)"
)
_LEVELS = {"program": Level.PROGRAM, "kegiatan": Level.KEGIATAN, "sub_kegiatan": Level.SUB_KEGIATAN}


# -- what the report holds ------------------------------------------------------------------

def _count_claims(report: Report, *subjects: str) -> Iterator[tuple[Claim, Decimal]]:
    """Count claims about ``subjects`` whose number could be read."""
    for claim in report.claims:
        if claim.kind == "count" and claim.subject in subjects and claim.value.value is not None:
            yield claim, claim.value.value


def _budget_counts(report: Report, level: Level) -> list[tuple[str, int]]:
    """(table, rows at ``level``) for the tree tables that list that level, the main
    table (first realisasi, else first alokasi) first."""
    damaged = report.tables_in_doubt()
    # A per-sasaran table lists a part of the budget: it is not what a count is about.
    main = report.main_budgets()
    tables = [t for t in main if t.kind == "realisasi" and t.name not in damaged]
    tables += [t for t in main if t.kind == "alokasi" and t.name not in damaged]
    counts = [(table.name, len(table.at_level(level))) for table in tables]
    return [(name, count) for name, count in counts if count]


@dataclass(frozen=True)
class _Agreed:
    """The sasaran and indicators a count is checked against, by normalised name."""

    source: str  # the document they come from, named as reviewers name it
    sasaran: dict[str, str] = field(default_factory=dict)  # normalised -> as written, in order
    indikator: dict[str, set[str]] = field(default_factory=dict)  # sasaran -> its indicators
    all_indikator: set[str] = field(default_factory=set)


_PK_NAMES = {"pk": "Perjanjian Kinerja", "pk_perubahan": "Perjanjian Kinerja Perubahan"}


def _agreed(report: Report) -> list[_Agreed]:
    """Each printed Perjanjian Kinerja (the signed, annual targets), one per table and
    version, in document order; without any, the Renstra.

    Reports print the PK more than once (Bab II, Lampiran, a PK Perubahan) and not
    always alike; a stated count is right when it matches one of them, since the
    narrative may describe any of them.
    """
    groups: dict[tuple[str, str | None], _Agreed] = {}
    for row in report.agreements:
        key = (row.document, row.where.table)
        if key not in groups:
            name = _PK_NAMES.get(row.document, row.document)
            groups[key] = _Agreed(f"{name} ({row.where.table})" if row.where.table else name)
        _add(groups[key], row.sasaran, row.indikator)
    if groups:
        return list(groups.values())
    if report.plan.sasaran or report.plan.indikator:
        agreed = _Agreed("Renstra")
        names = {sasaran.id: sasaran.name for sasaran in report.plan.sasaran}
        for sasaran in report.plan.sasaran:
            _add(agreed, sasaran.name, None)
        for indikator in report.plan.indikator:
            _add(agreed, names.get(indikator.sasaran or ""), indikator.name)
        return [agreed]
    return []


def _add(agreed: _Agreed, sasaran: str | None, indikator: str | None) -> None:
    key = fold_name(sasaran) if sasaran else None
    if key is not None:
        agreed.sasaran.setdefault(key, sasaran or "")
        agreed.indikator.setdefault(key, set())
    if indikator:
        agreed.all_indikator.add(fold_name(indikator))
        if key is not None:
            agreed.indikator[key].add(fold_name(indikator))


def _find_sasaran(agreed: _Agreed, written: str) -> str | None:
    """The sasaran a claim names: "1"/"Sasaran 1" is the first in order, else by name
    (:func:`checker.names.same_name`: "Tahun 2022" never names "Tahun 2023")."""
    wanted = fold_name(written)
    keys = list(agreed.sasaran)
    number = re.fullmatch(r"(?:ke\s*)?(\d+)", wanted)
    if number:
        index = int(number.group(1))
        return keys[index - 1] if 1 <= index <= len(keys) else None
    return closest(wanted, keys)


# The levels a count of rows may be the children of, from the nearest.
_PARENTS = {Level.KEGIATAN: (Level.PROGRAM,), Level.SUB_KEGIATAN: (Level.KEGIATAN, Level.PROGRAM)}
_MIN_PARENT_WORDS = 3  # shorter names ("Program Pariwisata") occur in any sentence


def _named_parent_counts(report: Report, claim: Claim, level: Level) -> list[tuple[str, int]]:
    """(table and row, its rows at ``level``) for the one program (or kegiatan) the
    sentence names before the count: its subject, whose rows it counts."""
    text = normalise_name(claim.text or "")
    count = normalise_name(claim.words or claim.value.raw)
    index = f" {text} ".find(f" {count} ") if count else -1
    before = f" {text[:index]} " if index > 0 else ""
    # The words as written, level words kept ("kegiatan pemberdayaan kelurahan"):
    # normalise_name drops a leading one.
    written = " ".join(re.findall(r"\w+", (claim.text or "").casefold()))
    index = f" {written} ".find(f" {count} ") if count else -1
    written_before = f" {written[:index]} " if index > 0 else ""
    found: list[tuple[str, int]] = []
    for table in report.main_budgets():
        named = [item for item in table.walk() if item.level in _PARENTS.get(level, ())
                 and _names_row(before, item, written_before)]
        # "Program X dilaksanakan melalui Kegiatan Y dengan tiga sub kegiatan": the
        # kegiatan within the program named first is what is counted.
        ids = {id(item) for item in named}
        named = [item for item in named
                 if not any(id(other) in ids for other in list(item.walk())[1:])]
        if len({normalise_name(item.name) for item in named}) == 1:
            item = named[0]
            children = sum(1 for child in item.walk() if child.level is level)
            found.append((f"{table.name}, {item.level.value.replace('_', ' ')} "
                          f"'{item.name}'", children))
    return found


def _names_row(padded: str, item: BudgetItem, written: str) -> bool:
    """Whether the padded, normalised words name the row by its whole name; a short
    name only with its level word before it, as written ("Kegiatan Pemberdayaan
    Kelurahan terdiri atas 4 sub kegiatan"): that names the row, not a topic."""
    key = normalise_name(item.name)
    if len(key.split()) >= _MIN_PARENT_WORDS:
        return f" {key} " in padded
    phrase = f" {item.level.value.replace('_', ' ')} {key} "
    # "sub kegiatan X" names a sub kegiatan, not the kegiatan X.
    return bool(key) and written.replace(f" sub{phrase}", " ").find(phrase) >= 0


# -- rules ----------------------------------------------------------------------------------

@rule(
    code="CNT001",
    slug="counts-budget-items",
    fix={
        "id": "Samakan jumlah yang disebut narasi (angka dan hurufnya) dengan jumlah baris di "
              "tabel anggaran.",
        "en": "Make the count the text states (in digits and in words) equal the rows of the "
              "budget table.",
    },
    title={"id": "Jumlah program/kegiatan/sub kegiatan tidak sama dengan tabel anggaran",
           "en": "Stated number of programs/kegiatan/sub kegiatan differs from the budget table"},
    category=Category.COUNTS,
    severity=Severity.ERROR,
    regulation="Permenpan RB 53/2014, Lampiran II (Realisasi Anggaran)",
    message={
        "id": "Narasi menyebut {claimed} {subject}, tetapi tabel anggaran memuat jumlah "
        "{subject} yang berbeda ({counts}).",
        "en": "The narrative states {claimed} {subject}, but the budget tables list a "
        "different number of {subject} ({counts}).",
    },
    rationale={
        "id": "Jumlah program, kegiatan dan sub kegiatan yang disebut di narasi harus sama "
        "dengan baris tabel anggaran; selisih biasanya sisa dari laporan tahun lalu.",
        "en": "The number of programs, kegiatan and sub kegiatan the narrative states must "
        "equal the rows of the budget table; a difference is usually left over from last "
        "year's report.",
    },
)
def CNT001(context: Context) -> Iterator[Violation]:
    """The counts of program, kegiatan and sub kegiatan stated in the narrative equal
    the rows of the realisasi anggaran table (any of the budget tables, when the report
    prints several that disagree)."""
    for claim, claimed in _count_claims(context.report, *_LEVELS):
        if claim.sasaran is not None:
            continue  # "3 program menunjang sasaran 1" counts a subset, not the table
        counts = _budget_counts(context.report, _LEVELS[claim.subject])
        if not counts or any(count == claimed for _, count in counts):
            continue
        # "Program X dilaksanakan melalui lima kegiatan": the rows of that one program.
        counts = _named_parent_counts(context.report, claim, _LEVELS[claim.subject]) + counts
        if any(count == claimed for _, count in counts):
            continue
        yield Violation(
            location(claim.where),
            {
                "claimed": plain(claimed),
                "subject": claim.subject.replace("_", " "),
                "counts": "; ".join(f"{name}: {count}" for name, count in counts),
            },
            expected=str(counts[0][1]),
            actual=plain(claimed),
        )


@rule(
    code="CNT002",
    slug="counts-sasaran-indikator",
    fix={
        "id": "Samakan jumlah sasaran atau indikator yang disebut narasi dengan Perjanjian "
              "Kinerja.",
        "en": "Make the number of sasaran or indicators the text states equal the Perjanjian "
              "Kinerja.",
    },
    title={"id": "Jumlah sasaran/indikator tidak sama dengan Perjanjian Kinerja",
           "en": "Stated number of sasaran/indikator differs from the Perjanjian Kinerja"},
    category=Category.COUNTS,
    severity=Severity.ERROR,
    regulation=_REGULATION_PK,
    message={
        "id": "Narasi menyebut {claimed} {subject}, tetapi {source} memuat {count} {subject}.",
        "en": "The narrative states {claimed} {subject}, but the {source} lists {count} "
        "{subject}.",
    },
    rationale={
        "id": "Laporan kinerja mempertanggungjawabkan sasaran dan indikator yang "
        "diperjanjikan; jumlah yang disebut harus sama dengan Perjanjian Kinerja.",
        "en": "The report accounts for the sasaran and indicators agreed in the Perjanjian "
        "Kinerja; the numbers it states must equal the agreement's.",
    },
)
def CNT002(context: Context) -> Iterator[Violation]:
    """The number of sasaran and of indicators the report states equals those of the
    Perjanjian Kinerja (of the Renstra when the report has no PK)."""
    documents = _agreed(context.report)
    for claim, claimed in _count_claims(context.report, "sasaran", "indikator"):
        if claim.subject == "indikator" and claim.sasaran:
            continue  # a per-sasaran count: CNT003
        counts = [
            (agreed, len(agreed.sasaran if claim.subject == "sasaran" else agreed.all_indikator))
            for agreed in documents
        ]
        counts = [(agreed, count) for agreed, count in counts if count]
        if not counts or any(count == claimed for _, count in counts):
            continue
        agreed, found = counts[0]  # none matches: shown against the first one printed
        yield Violation(
            location(claim.where),
            {"claimed": plain(claimed), "subject": claim.subject, "source": agreed.source,
             "count": found},
            expected=str(found),
            actual=plain(claimed),
        )


@rule(
    code="CNT003",
    slug="counts-indikator-per-sasaran",
    fix={
        "id": "Samakan jumlah indikator sasaran ini di narasi dengan Perjanjian Kinerja.",
        "en": "Make the number of this sasaran's indicators in the text equal the Perjanjian "
              "Kinerja.",
    },
    title={"id": "Jumlah indikator suatu sasaran tidak sama dengan Perjanjian Kinerja",
           "en": "Stated number of indicators of a sasaran differs from the Perjanjian Kinerja"},
    category=Category.COUNTS,
    severity=Severity.ERROR,
    regulation=_REGULATION_PK,
    message={
        "id": 'Narasi menyebut {claimed} indikator untuk sasaran "{sasaran}", tetapi '
        "{source} memuat {count} indikator untuk sasaran itu.",
        "en": 'The narrative states {claimed} indicators for sasaran "{sasaran}", but the '
        "{source} lists {count} for that sasaran.",
    },
    rationale={
        "id": "Setiap sasaran dianalisis per indikator di Bab III; jumlah indikator yang "
        "disebut harus sama dengan yang diperjanjikan untuk sasaran itu.",
        "en": "Each sasaran is analysed indicator by indicator in Bab III; the number of "
        "indicators stated must equal those agreed for that sasaran.",
    },
)
def CNT003(context: Context) -> Iterator[Violation]:
    """A per-sasaran count ("Sasaran 1 terdiri dari 2 indikator") equals the indicators
    of that sasaran in the Perjanjian Kinerja (of the Renstra when there is no PK)."""
    documents = [agreed for agreed in _agreed(context.report) if agreed.all_indikator]
    for claim, claimed in _count_claims(context.report, "indikator"):
        if not claim.sasaran:
            continue
        counts = [
            (agreed, key, len(agreed.indikator[key]))
            for agreed in documents
            if (key := _find_sasaran(agreed, claim.sasaran)) is not None
        ]
        # No such sasaran to count against (naming it is another rule's job), or one of
        # the printed PKs agrees.
        if not counts or any(count == claimed for _, _, count in counts):
            continue
        agreed, key, count = counts[0]
        yield Violation(
            location(claim.where),
            {"claimed": plain(claimed), "sasaran": agreed.sasaran[key],
             "source": agreed.source, "count": count},
            expected=str(count),
            actual=plain(claimed),
        )


@rule(
    code="CNT004",
    slug="counts-digits-words",
    fix={
        "id": "Samakan angka dengan tulisan hurufnya, misalnya \"5 (lima)\".",
        "en": "Make the digits and the words agree, as in \"5 (lima)\".",
    },
    title={"id": "Angka tidak sama dengan tulisan hurufnya",
           "en": "Digits differ from the number in words"},
    category=Category.COUNTS,
    severity=Severity.ERROR,
    regulation="Permenpan RB 53/2014, Lampiran II (data kinerja yang akurat)",
    message={
        "id": 'Angka {digits} ditulis dengan huruf "{words}" yang berarti {words_value}; '
        "angka dan hurufnya harus sama.",
        "en": 'The figure {digits} is written in words as "{words}", which means '
        "{words_value}; the digits and the words must agree.",
    },
    rationale={
        "id": "Bila angka dan hurufnya berbeda (\"12 (tiga belas) kegiatan\"), pembaca tidak "
        "tahu mana yang benar; salah satunya pasti salah ketik.",
        "en": "When the digits and the words differ (\"12 (tiga belas) kegiatan\"), the "
        "reader cannot tell which is right; one of them is a typing error.",
    },
)
def CNT004(context: Context) -> Iterator[Violation]:
    """A number written in digits and in words ("12 (Dua Belas)") says the same in
    both, wherever it stands: a count of the agency's things, a part of a whole ("7
    (tujuh) dari 9 indikator"), a subset ("4 (empat) indikator mencapai target");
    expected is the digits, actual the value of the words."""
    reported: set[tuple[int, str]] = set()
    for claim in context.report.claims:
        digits = claim.value.value
        words = parse_number_words(claim.words) if claim.words else None
        if digits is None or words is None or digits == words:
            continue
        first = claim.where.line or 0
        reported.update((line, claim.value.raw)
                        for line in range(first, (claim.where.end_line or first) + 1))
        yield Violation(
            location(claim.where),
            {"digits": claim.value.raw, "words": claim.words, "words_value": words},
            expected=plain(digits),
            actual=str(words),
        )
    yield from _pairs_in_words(context.report, reported)


# "N (words)" anywhere in the text: a part of a whole ("7 (tujuh) dari 9 indikator") or
# a subset ("4 (empat) indikator mencapai target") is no count of the agency's things,
# so the claims leave it out, but a reviewer reads its digits against its words all the
# same. Words that are no number ("2 (dua ribu rupiah)", "3 (ayat)") are passed over.
_DIGITS_IN_WORDS = re.compile(
    r"(?<![\w.,/\-])(?P<digits>\d{1,3}(?:\.\d{3})*)\s*\(\s*"
    r"(?P<words>[A-Za-z][A-Za-z\s\-]{0,80}?)\s*\)")


def _pairs_in_words(report: Report, reported: set[tuple[int, str]]) -> Iterator[Violation]:
    """CNT004 on every "N (words)" of the narrative that no claim has reported, line by
    line (the prose of a document; of a TOML or JSON report, its comments only: its data
    holds the claims)."""
    for number, line in prose_lines(report, 1, len(report.text)):
        if "(" not in line:  # most lines hold no number in words
            continue
        for match in _DIGITS_IN_WORDS.finditer(line):
            words = parse_number_words(match["words"])
            digits = int(match["digits"].replace(".", ""))
            if words is None or digits == words or (number, match["digits"]) in reported:
                continue
            yield Violation(
                location(Provenance(line=number)),
                {"digits": match["digits"], "words": match["words"], "words_value": words},
                expected=str(digits),
                actual=str(words),
            )


@hookimpl
def lkjip_rules() -> list[Rule]:
    return pack_rules(__name__)  # every rule this module defines (see checker.pack)
