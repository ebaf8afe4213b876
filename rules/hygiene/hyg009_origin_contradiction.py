"""HYG009: the report contradicts itself about how its agency came to be.

A report that says in Bab I "Kecamatan X dibentuk berdasarkan Peraturan Daerah Nomor 5
Tahun 2008" and in its Gambaran Umum "... Nomor 7 Tahun 2010", that calls the agency a
pemekaran of two different kecamatan, or of itself, or gives two years of formation
or two former names, has copied one of them from another report or mistyped it: the
agency has one history. The facts are read by :mod:`rules.hygiene._origin`, only where
the sentence speaks of the agency itself.

Not reported here: one regulation cited with two numbers or years under one title (that
is CON007's, which compares every citation), and two different regulations that each
play a part (the Perda that formed a kecamatan in 2008 and the Perda on the perangkat
daerah of 2016 are two titles, not two answers to one question).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

from checker.context import Context, location
from checker.graph import fold_text
from checker.model import Report
from checker.rule import Category, Severity, Text, Violation, rule
from rules.hygiene._origin import Statement, is_itself, own_agency_of, statements
from rules.hygiene._text import REVIEW, Agency, excerpt, same_agency, where

__all__ = ["HYG009"]

_FACTS: dict[str, Text] = {
    "regulation": {"id": "peraturan pembentukan", "en": "formation regulation"},
    "parent": {"id": "induk pemekaran", "en": "agency it was split from"},
    "year": {"id": "tahun pembentukan", "en": "year of formation"},
    "former_name": {"id": "nama sebelumnya", "en": "former name"},
}


class _Conflict(NamedTuple):
    """A statement and what it contradicts: another statement, or the agency itself."""

    statement: Statement
    reference: Statement | None


def _same_agency_named(first: Agency | None, second: Agency | None) -> bool:
    """Two parents or former names are one: the same agency by name, acronym or region
    (see :func:`same_agency`), or, for a name of no known kind, the same words."""
    if first is None or second is None:
        return first is second
    if first.family is None or second.family is None:
        return fold_text(first.printed) == fold_text(second.printed)
    return same_agency(first, second)


def _group(statement: Statement) -> tuple[str | None, ...]:
    """What question a statement answers, so that only answers to one question are
    compared. A formation regulation answers by its issuer and its title: the agency's
    own formation, a general title (the perangkat daerah; each title its own question),
    or no title printed."""
    citation = statement.citation
    if citation is None:
        return (statement.fact,)
    if citation.forms_itself:
        return (statement.fact, citation.issuer, "own")
    return (statement.fact, citation.issuer, "titled" if citation.subject else "bare",
            citation.subject)


def _contradicts_regulation(one: Statement, other: Statement) -> bool:
    """Two citations of one formation differ: neither names the other's number and year
    (an amending regulation names the one it amends), and they are not one regulation
    mistyped under one title, which CON007 reports."""
    first, second = one.citation, other.citation
    if first is None or second is None:
        return False
    if (first.number, first.year) in second.pairs or (second.number, second.year) in first.pairs:
        return False
    same_title = first.subject is not None and first.subject == second.subject
    return not (same_title and (first.number == second.number or first.year == second.year))


def _clusters(group: Sequence[Statement],
              same: Callable[[Statement, Statement], bool]) -> list[list[Statement]]:
    """The statements grouped by the answer they give, in the order first stated."""
    clusters: list[list[Statement]] = []
    for statement in group:
        home = next((cluster for cluster in clusters if same(cluster[0], statement)), None)
        if home is None:
            clusters.append([statement])
        else:
            home.append(statement)
    return clusters


def _against_the_most_stated(group: Sequence[Statement],
                             same: Callable[[Statement, Statement], bool],
                             contradicts: Callable[[Statement, Statement], bool]
                             ) -> Iterator[_Conflict]:
    """Each statement that contradicts the value the report states most often (on a tie,
    the first one stated)."""
    clusters = _clusters(group, same)
    if len(clusters) < 2:
        return
    reference = max(clusters, key=lambda cluster: (len(cluster), -cluster[0].index))
    for cluster in clusters:
        if cluster is reference:
            continue
        for statement in cluster:
            if contradicts(statement, reference[0]):
                yield _Conflict(statement, reference[0])


def _same_value(one: Statement, other: Statement) -> bool:
    """Two statements of one fact give the same answer."""
    if one.fact == "year":
        return one.year == other.year
    if one.citation is not None and other.citation is not None:
        return (one.citation.number, one.citation.year) == (
            other.citation.number, other.citation.year)
    return _same_agency_named(one.agency, other.agency)


def _always(_one: Statement, _other: Statement) -> bool:
    return True


def _conflicts(report: Report) -> Iterator[_Conflict]:
    own = own_agency_of(report)
    groups: dict[tuple[str | None, ...], list[Statement]] = {}
    for statement in statements(report):
        if statement.agency is not None and own is not None and is_itself(statement.agency, own):
            yield _Conflict(statement, None)  # split from, or formerly named, itself
            continue
        groups.setdefault(_group(statement), []).append(statement)
    for key, group in groups.items():
        contradicts = _contradicts_regulation if key[0] == "regulation" else _always
        yield from _against_the_most_stated(group, _same_value, contradicts)


def _detail(conflict: _Conflict) -> Text:
    """What contradicts what, in words: the statement against the agency itself, or
    against the statement it differs from."""
    statement, reference = conflict
    shown = statement.shown
    if reference is None and statement.fact == "parent":
        return {"id": f'disebut pemekaran dari "{shown}", yaitu dirinya sendiri',
                "en": f'it is called a pemekaran of "{shown}", which is itself'}
    if reference is None:
        return {"id": f'nama sebelumnya disebut "{shown}", yaitu namanya sendiri',
                "en": f'its former name is given as "{shown}", its own name'}
    fact, line = _FACTS[statement.fact], reference.index + 1
    return {"id": f'{fact["id"]} "{shown}" di sini, tetapi "{reference.shown}" pada baris {line}',
            "en": f'{fact["en"]} "{shown}" here, but "{reference.shown}" on line {line}'}


@rule(
    code="HYG009",
    slug="hygiene-origin-contradiction",
    title={"id": "Asal-usul instansi dinyatakan bertentangan",
           "en": "The agency's origin stated in contradiction"},
    category=Category.HYGIENE,
    severity=Severity.WARNING,
    regulation=REVIEW.format("keandalan isi laporan instansi itu sendiri"),
    message={
        "id": 'Asal-usul {agency} dinyatakan bertentangan: {contradiction}: "{excerpt}".',
        "en": 'The origin of {agency} is stated in contradiction: {contradiction}: "{excerpt}".',
    },
    fix={
        "id": "Periksa dokumen pembentukan instansi dan samakan peraturan, induk pemekaran, "
              "tahun pembentukan atau nama sebelumnya di seluruh laporan.",
        "en": "Check the agency's formation documents and state its regulation, parent "
              "agency, year of formation or former name the same way throughout.",
    },
    rationale={
        "id": "Satu instansi hanya punya satu sejarah: satu peraturan pembentukan, satu "
        "induk pemekaran, satu tahun pembentukan, satu nama sebelumnya. Laporan yang "
        "menyebutnya berbeda di dua tempat, atau menyebut instansi itu pemekaran dari "
        "dirinya sendiri, menyalin dari laporan lain atau salah ketik. Hanya kalimat yang "
        "subjeknya instansi itu sendiri yang dibaca; satu peraturan yang dikutip dengan dua "
        "nomor di bawah satu judul dilaporkan oleh CON007.",
        "en": "An agency has one history: one formation regulation, one parent agency, one "
        "year of formation, one former name. A report that states one of them in two ways, "
        "or calls the agency a pemekaran of itself, copied from another report or "
        "mistyped. Only sentences whose subject is the agency itself are read; one "
        "regulation cited with two numbers under one title is CON007's.",
    },
)
def HYG009(context: Context) -> Iterator[Violation]:
    """The reviu checks that the report's information is reliable (Permenpan RB 53/2014,
    Lampiran III): what it says of the agency itself, its legal basis and its history,
    is said one way."""
    report = context.report
    own = own_agency_of(report)
    agency: Text = ({"id": own.shown(), "en": own.shown()} if own is not None
                    else {"id": "instansi ini", "en": "this agency"})
    told: set[tuple[int, str, str]] = set()
    for conflict in sorted(_conflicts(report), key=lambda c: (c.statement.index,
                                                               c.statement.start)):
        statement = conflict.statement
        if (statement.index, statement.fact, statement.shown) in told:
            continue
        told.add((statement.index, statement.fact, statement.shown))
        reference = conflict.reference
        yield Violation(
            location(where(statement.index)),
            {"agency": agency, "contradiction": _detail(conflict),
             "excerpt": excerpt(statement.line, statement.start, statement.end)},
            expected=reference.shown if reference is not None else {
                "id": f"selain {agency['id']}", "en": f"other than {agency['en']}"},
            actual=statement.shown,
        )
