"""Consistency rules: one thing, one figure and one name, wherever printed.

The same indicator appears in the Renstra, the IKU, the Perjanjian Kinerja and
one or more capaian tables (Bab III, Lampiran); the same budget in the Ikhtisar
Eksekutif, the narrative, the Bab II allocation, the Bab III realisation and the
PK. The cascade graph folds their spellings into one node; these rules compare
the figures (and the spellings) each place prints. Figures are compared as
numbers where both are numbers (``70,15`` equals ``70.15`` equals ``70,15 %``),
otherwise as text (letter grades such as ``BB``); amounts within the Rupiah
tolerance, percentages at the precision the document prints (:mod:`rules._figures`).

* CON001 an indicator's target and realisasi;
* CON002 an amount of the narrative against the budget tables and the PK;
* CON003 sasaran and indicator names that drift between tables;
* CON004 what a PK Perubahan changed;
* CON005 the Ikhtisar Eksekutif's figures against the body (CON002 leaves them to it);
* CON006 a program's pagu in two budget tables.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from rapidfuzz import fuzz, process

from checker.context import Context, location
from checker.graph import FUZZY_THRESHOLD, normalise_name
from checker.hookspecs import hookimpl
from checker.model import (
    AgreementRow,
    BudgetItem,
    BudgetTable,
    Claim,
    Level,
    Number,
    Provenance,
    Report,
)
from checker.numbers import format_rupiah
from checker.rule import Category, Rule, Severity, Violation, rule
from rules._figures import (
    HUNDRED,
    percent_matches,
    percent_text,
    plain,
    plain_percent,
    same_amount,
    sum_of,
    value_of,
)
from rules._scale import is_blank, node_finder
from rules._structure_outline import TOP_KINDS, main_span

__all__ = ["CON001", "CON002", "CON003", "CON004", "CON005", "CON006"]

_SOURCES = {"plan": "Renstra", "pk": "PK", "pk_perubahan": "PK Perubahan", "iku": "IKU"}
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class _Place:
    """One figure of one indicator: where it is printed and what it says."""

    source: str  # plan, pk, pk_perubahan, iku, capaian (as in checker.graph.Occurrence)
    indikator: str
    where: Provenance
    figure: Number

    @property
    def label(self) -> str:
        """The place as a reviewer finds it: the table, or the document it belongs to."""
        if self.source == "capaian" and self.where.table:
            return self.where.table
        name = _SOURCES.get(self.source, self.source)
        return f"{name} ({self.where.table})" if self.where.table else name

    @property
    def line(self) -> str:
        return str(self.where.line) if self.where.line is not None else "?"


_Figure = tuple[str, str, Provenance, Number | None]  # source, indikator, where, figure


def _targets(report: Report) -> Iterator[_Figure]:
    """Every target of the report year, from each document that prints one."""
    year = report.meta.year
    for indikator in report.plan.indikator:
        target = indikator.targets.get(year) if year is not None else None
        yield "plan", indikator.name, indikator.where, target
    for row in report.agreements:
        if row.indikator is not None:
            yield row.document, row.indikator, row.where, row.target
    for iku in report.iku:
        yield "iku", iku.indikator, iku.where, iku.target
    for table in report.achievements:
        for achievement in table.rows:
            yield "capaian", achievement.indikator, achievement.where, achievement.target


def _realisasi(report: Report) -> Iterator[_Figure]:
    for table in report.achievements:
        for achievement in table.rows:
            yield "capaian", achievement.indikator, achievement.where, achievement.realisasi


def _by_node(figures: Iterable[_Figure], node: Callable[[str], str]) -> dict[str, list[_Place]]:
    """The printed (non-blank) figures of each indicator node, in document order."""
    groups: dict[str, list[_Place]] = {}
    for source, indikator, where, figure in figures:
        if figure is not None and not is_blank(figure):
            groups.setdefault(node(indikator), []).append(_Place(source, indikator, where, figure))
    for places in groups.values():
        places.sort(key=lambda place: (place.where.line is None, place.where.line or 0))
    return groups


def _in_force(places: list[_Place]) -> list[_Place]:
    """A PK Perubahan replaces the PK: its targets are the ones the others must match."""
    if any(place.source == "pk_perubahan" for place in places):
        return [place for place in places if place.source != "pk"]
    return places


_GRADE = re.compile(r"(?<![A-Za-z])(AA|BB|CC|A|B|C|D|E)(?![A-Za-z])")


def _grade(raw: str) -> str | None:
    """The letter grade a figure prints ("B", "56 (CC Kategori)"), if any."""
    found = _GRADE.search(raw)
    return found.group(1) if found else None


def _same(first: Number, second: Number) -> bool:
    """Equal figures: "CC" and "56 (CC Kategori)" agree (same grade), "56,00 (C)" and
    "56 (CC)" do not (same score, another grade); plain numbers compare as numbers."""
    grades = _grade(first.raw), _grade(second.raw)
    if None not in grades and grades[0] != grades[1]:
        return False
    if first.value is not None and second.value is not None:
        return first.value == second.value
    if None not in grades:
        return True  # one of them prints only the grade, and the grades agree
    return _text(first.raw) == _text(second.raw)


def _text(raw: str) -> str:
    """Non-numeric figures ("BB", "7 Desa/ 1 Kel") compared without case or spacing."""
    return "".join(raw.split()).casefold()


def _differences(
    field: str, key: str, places: list[_Place]
) -> Iterator[Violation]:
    """One violation per place that disagrees with an earlier one, at the later place
    and against the earliest it disagrees with (so one odd value is one finding)."""
    for index, second in enumerate(places):
        for first in places[:index]:
            if not _same(first.figure, second.figure):
                yield Violation(
                    location(second.where, node=key),
                    {"field": field, "indikator": second.indikator,
                     "first_value": first.figure.raw, "first_place": first.label,
                     "first_line": first.line, "second_value": second.figure.raw,
                     "second_place": second.label, "second_line": second.line},
                    expected=first.figure.raw,
                    actual=second.figure.raw,
                )
                break


@rule(
    code="CON001",
    slug="consistency-indikator-values",
    title={"id": "Nilai indikator berbeda antarbagian",
           "en": "Indicator values differ between parts"},
    category=Category.CONSISTENCY,
    severity=Severity.ERROR,
    regulation="Permenpan RB 53/2014, Lampiran III (reviu: keselarasan Perjanjian Kinerja, IKU, "
    "Renstra dan Capaian Kinerja Organisasi)",
    message={
        "id": "{field} indikator '{indikator}' tertulis {first_value} di {first_place} "
        "(baris {first_line}), tetapi {second_value} di {second_place} (baris {second_line}).",
        "en": "{field} of indikator '{indikator}' is {first_value} in {first_place} "
        "(line {first_line}), but {second_value} in {second_place} (line {second_line}).",
    },
    rationale={
        "id": "Target yang diukur di Bab III harus sama dengan target di Perjanjian Kinerja, IKU "
        "dan Renstra untuk tahun itu, dan realisasi satu indikator harus sama di setiap tabel "
        "capaian; dua angka untuk satu hal menandakan salah satunya keliru.",
        "en": "The target measured in Bab III must equal the target of the Perjanjian Kinerja, "
        "the IKU and the Renstra for that year, and an indicator's realisasi must be the same "
        "in every capaian table; two figures for one thing mean one of them is wrong.",
    },
)
def CON001(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 asks the reviewer to check that the sasaran, indicators and
    targets of the report equal those of the signed Perjanjian Kinerja and agree with the
    IKU and the Renstra; one indicator must have one target and one realisasi."""
    node = node_finder(context.graph, "indikator")
    for key, places in _by_node(_targets(context.report), node).items():
        yield from _differences("Target", key, _in_force(places))
    for key, places in _by_node(_realisasi(context.report), node).items():
        yield from _differences("Realisasi", key, places)


# == Amounts: CON002 (narrative) and CON005 (Ikhtisar Eksekutif) ===========================
#
# An amount claim of the narrative (pagu, realisasi, sisa, persen) either speaks of the
# whole budget (compared with the totals of the budget tables and the PK) or of a part
# of it that the sentence names before the figure: a jenis belanja ("Belanja Barang dan
# Jasa": compared with that row of the belanja table, skipped when there is none), a
# program/kegiatan/sub kegiatan named as in a budget table (compared with that row), or
# a part no table holds ("sasaran 1", "sub kegiatan ini": skipped, nothing to compare).
# The scope is decided by the last such mention before the figure, so "APBD sebesar A,
# terdiri dari Belanja Operasi B dan Belanja Modal C" compares A with the total, B and
# C with their rows. A percentage that is a share ("0,71% dari total belanja") or the
# physical progress ("kegiatan fisik 91,67%") is no realisation percentage: skipped.

_AMOUNT_SUBJECTS = ("pagu", "realisasi", "sisa", "persen")
# Within a sentence (CON005: "Ikhtisar Eksekutif menyebut persentase realisasi ...").
_SUBJECT_WORDS = {
    "pagu": {"id": "pagu anggaran", "en": "the budget (pagu)"},
    "realisasi": {"id": "realisasi anggaran", "en": "the budget realisation"},
    "sisa": {"id": "sisa anggaran", "en": "the unspent budget (sisa)"},
    "persen": {"id": "persentase realisasi anggaran", "en": "the budget realisation percentage"},
}
_SUBJECT_NAMES = {
    "pagu": {"id": "Pagu anggaran", "en": "The budget (pagu)"},
    "realisasi": {"id": "Realisasi anggaran", "en": "The budget realisation"},
    "sisa": {"id": "Sisa anggaran", "en": "The unspent budget (sisa)"},
    "persen": {"id": "Persentase realisasi anggaran", "en": "The budget realisation percentage"},
}
_BELANJA_TYPES = (  # (name as a message shows it, pattern on the normalised text)
    ("Belanja Pegawai", re.compile(r"\bbelanja pegawai\b")),
    ("Belanja Barang dan Jasa", re.compile(r"\bbelanja barang\b")),
    ("Belanja Modal", re.compile(r"\bbelanja modal\b")),
    ("Belanja Operasi", re.compile(r"\bbelanja operasi\b")),
)
# A part of the budget that no table row names, anywhere in the sentence: the claim
# cannot be compared ("... yang dialokasikan untuk sasaran I", "sub kegiatan ini").
_SCOPED = re.compile(
    r"\bsasaran (?:strategis )?(?:ke ?)?(?:\d+|[ivx]+)\b|\bper sasaran\b"
    r"|\b(?:sub kegiatan|kegiatan|program) (?:ini|tersebut)\b|\btriwulan\b|\bsemester\b"
)
_SASARAN_HEADING = re.compile(r"\bsasaran\b")
# Words that bring a sentence back to the whole budget after naming a part of it.
_WHOLE = re.compile(r"\b(?:total|seluruh(?:nya)?|keseluruhan|apbd|dpa|jumlah (?:anggaran|belanja"
                    r"|pagu|realisasi|dana))\b")
_FIGURE = re.compile(r"\d[\d.,]*\s*%|rp\.?\s*\d[\d.,]*", re.IGNORECASE)
_PHYSICAL = re.compile(r"\bfisik\b")
_SHARE = re.compile(r"^\s*%?\s*(?:\)\s*)?dari\s+(?:total|jumlah|keseluruhan|seluruh|belanja"
                    r"|anggaran|pagu)\b", re.IGNORECASE)
_SPENT = re.compile(r"\b(?:realisasi|terealisasi|serapan|penyerapan|terserap)\b")
_BUDGET_WORDS = re.compile(r"\b(?:anggaran|keuangan|belanja|pagu|dana|serapan|penyerapan"
                           r"|terserap|rp)\b")
_CAPAIAN_WORDS = re.compile(r"\b(?:capaian|kinerja|sasaran|indikator|target)\b")
_MIN_ITEM_WORDS = 3  # shorter budget names ("Administrasi Umum") occur in any sentence


@dataclass(frozen=True)
class _Candidate:
    """A figure of the body a claim may repeat, and how a message names it."""

    label: dict[str, str]
    value: Decimal
    percent: bool = False

    def shown(self, lang: str, decimals: int) -> str:
        figure = (percent_text(self.value, max(decimals, 2)) if self.percent
                  else format_rupiah(self.value))
        return f"{self.label[lang]} {figure}"


def _lines(first: int | None, last: int | None = None) -> dict[str, str]:
    if first is None:
        return {"id": "", "en": ""}
    if last is None or last == first:
        return {"id": f" (baris {first})", "en": f" (line {first})"}
    return {"id": f" (baris {first}\u2013{last})", "en": f" (lines {first}\u2013{last})"}


def _label(id_text: str, en_text: str, first: int | None, last: int | None = None
           ) -> dict[str, str]:
    where = _lines(first, last)
    return {"id": id_text + where["id"], "en": en_text + where["en"]}


def _table_figures(table: BudgetTable) -> dict[str, Decimal | None]:
    """A budget table's totals: as stated, else computed from its top rows."""
    pagu = value_of(table.total_pagu)
    if pagu is None:
        pagu = sum_of(item.pagu for item in table.items)
    realisasi = value_of(table.total_realisasi)
    if realisasi is None:
        realisasi = sum_of(item.realisasi for item in table.items)
    return {"pagu": pagu, "realisasi": realisasi}


def _total_candidates(report: Report, subject: str) -> list[_Candidate]:
    """The totals of the body a claim about the whole budget must repeat."""
    found: list[_Candidate] = []
    for table in report.budgets:
        figures = _table_figures(table)
        pagu, realisasi = figures["pagu"], figures["realisasi"]
        line = table.total_where.line or table.where.line
        name = table.name
        if subject == "pagu" and pagu is not None:
            found.append(_Candidate(_label(f"total pagu {name}", f"the pagu total of {name}",
                                           line), pagu))
        if table.kind == "alokasi":
            continue
        if subject == "realisasi" and realisasi is not None:
            found.append(_Candidate(_label(f"total realisasi {name}",
                                           f"the realisasi total of {name}", line), realisasi))
        if subject == "persen":
            if value_of(table.total_persen) is not None:
                found.append(_Candidate(_label(f"persentase total {name}",
                                               f"the total percentage of {name}", line),
                                        value_of(table.total_persen), True))
            if pagu and realisasi is not None:
                found.append(_Candidate(_label(f"realisasi/pagu {name}",
                                               f"realisasi/pagu of {name}", line),
                                        realisasi / pagu * HUNDRED, True))
        if subject == "sisa":
            if value_of(table.total_sisa) is not None:
                found.append(_Candidate(_label(f"total sisa {name}", f"the sisa total of {name}",
                                               line), value_of(table.total_sisa)))
            if pagu is not None and realisasi is not None:
                found.append(_Candidate(_label(f"pagu dikurangi realisasi {name}",
                                               f"pagu minus realisasi of {name}", line),
                                        pagu - realisasi))
    if subject == "pagu":
        for document in ("pk", "pk_perubahan"):
            programs = [p for p in report.agreement_programs if p.document == document]
            total = sum_of(p.pagu for p in programs)
            if programs and total is not None:
                lines = [p.where.line for p in programs if p.where.line is not None]
                name = _SOURCES[document]
                found.append(_Candidate(
                    _label(f"anggaran {name} ({len(programs)} program)",
                           f"the {name} budget ({len(programs)} programs)",
                           min(lines, default=None), max(lines, default=None)), total))
    return found


def _item_candidates(item: BudgetItem, table: BudgetTable, subject: str, what: str
                     ) -> list[_Candidate]:
    """The figures of one budget row for ``subject`` (percent and sisa also computed)."""
    pagu, realisasi = value_of(item.pagu), value_of(item.realisasi)
    line, name = item.where.line, table.name
    found: list[_Candidate] = []
    if subject in ("pagu", "realisasi"):
        value = pagu if subject == "pagu" else realisasi
        if value is not None:
            found.append(_Candidate(_label(f"{subject} {what} di {name}",
                                           f"the {subject} of {what} in {name}", line), value))
    elif subject == "persen":
        if value_of(item.persen) is not None:
            found.append(_Candidate(_label(f"persentase {what} di {name}",
                                           f"the percentage of {what} in {name}", line),
                                    value_of(item.persen), True))
        if pagu and realisasi is not None:
            found.append(_Candidate(_label(f"realisasi/pagu {what} di {name}",
                                           f"realisasi/pagu of {what} in {name}", line),
                                    realisasi / pagu * HUNDRED, True))
    elif subject == "sisa":
        if value_of(item.sisa) is not None:
            found.append(_Candidate(_label(f"sisa {what} di {name}",
                                           f"the sisa of {what} in {name}", line),
                                    value_of(item.sisa)))
        if pagu is not None and realisasi is not None:
            found.append(_Candidate(_label(f"pagu dikurangi realisasi {what} di {name}",
                                           f"pagu minus realisasi of {what} in {name}", line),
                                    pagu - realisasi))
    return found


_ELLIPSIS = "\u2026"
_SENTENCE_END = re.compile(r"(?<!\brp)(?<!\bno)[.!?]\s+(?=[A-Z])", re.IGNORECASE)
_PARAGRAPH_LINES = 12  # how far up a cut sentence is looked for


def _sentence(claim: Claim, report: Report) -> str:
    """The claim's sentence. The reader cuts a long one to the words around its figures
    ("...dan Jasa yang terbagi ..."); the words it cut from the start (often the part of
    the budget it speaks of: "Anggaran Belanja Barang") are taken back from the lines."""
    text = claim.text or ""
    line = claim.where.line
    if not text.startswith(_ELLIPSIS) or line is None or not 1 <= line <= len(report.text):
        return text
    first = line
    while first > 1 and line - first < _PARAGRAPH_LINES and report.text[first - 2].strip():
        first -= 1
    paragraph = " ".join(" ".join(report.text[first - 1:line]).split())
    core = text.lstrip(_ELLIPSIS).rstrip(_ELLIPSIS).strip()
    index = paragraph.find(core[:60])
    if index < 0:
        return text
    starts = [m.end() for m in _SENTENCE_END.finditer(paragraph, 0, index)]
    return paragraph[max(starts, default=0):index] + core


def _position(claim: Claim, text: str) -> int | None:
    index = text.find(claim.value.raw.strip())
    return index if index >= 0 else None


def _before(claim: Claim, text: str) -> str:
    """The sentence up to the figure (all of it when the figure cannot be found in it)."""
    index = _position(claim, text)
    return text if index is None else text[:index]


def _after(claim: Claim, text: str) -> str:
    index = _position(claim, text)
    return "" if index is None else text[index + len(claim.value.raw.strip()):]


def _local(claim: Claim, text: str) -> str:
    """The words since the previous amount or percentage of the sentence."""
    before = _before(claim, text)
    figures = list(_FIGURE.finditer(before))
    return normalise_name(before[figures[-1].end():] if figures else before)


@dataclass(frozen=True)
class _Scope:
    """What part of the budget a claim speaks of."""

    kind: str  # total, belanja, item, skip
    name: str | None = None
    items: tuple[tuple[BudgetItem, BudgetTable], ...] = ()


def _budget_items(report: Report) -> list[tuple[str, BudgetItem, BudgetTable]]:
    rows = []
    for table in report.budgets:
        for item in table.walk():
            if item.level is not Level.JENIS_BELANJA:
                key = normalise_name(item.name)
                if len(key.split()) >= _MIN_ITEM_WORDS:
                    rows.append((key, item, table))
    return rows


def _heading_scoped(claim: Claim, report: Report) -> bool:
    """The claim stands under a heading about one sasaran or the split per sasaran
    ("3. Alokasi Belanja Per Sasaran Strategis", "a. Untuk Sasaran Strategis I")."""
    line = claim.where.line
    if line is None:
        return False
    above = sorted((h for h in report.outline if h.where.line is not None
                    and h.where.line < line), key=lambda h: h.where.line or 0)
    chain = []  # the nearest heading and the headings it stands under, up to the part
    for heading in reversed(above):
        if heading.kind in TOP_KINDS:
            break
        if not chain or heading.level < chain[-1].level:
            chain.append(heading)
    return any(_SASARAN_HEADING.search(normalise_name(h.text)) for h in chain)


def _scope(claim: Claim, report: Report, text: str) -> _Scope:
    if _SCOPED.search(normalise_name(text)) or _heading_scoped(claim, report):
        return _Scope("skip")
    before = normalise_name(_before(claim, text))
    mentions: list[tuple[int, _Scope]] = []
    for name, pattern in _BELANJA_TYPES:
        for match in pattern.finditer(before):
            mentions.append((match.start(), _Scope("belanja", name)))
    for match in _WHOLE.finditer(before):
        mentions.append((match.start(), _Scope("total")))
    named: dict[str, list[tuple[BudgetItem, BudgetTable]]] = {}
    for key, item, table in _budget_items(report):
        index = before.rfind(key)
        if index >= 0:
            named.setdefault(key, []).append((item, table))
            mentions.append((index, _Scope("item", key)))
    if not mentions:
        return _Scope("total")
    position = max(index for index, _ in mentions)
    # At one position, a named row is more precise than the words around it.
    at = [scope for index, scope in mentions if index == position]
    chosen = next((s for s in at if s.kind == "item"), at[0])
    if chosen.kind == "item" and chosen.name is not None:
        return _Scope("item", chosen.name, tuple(named[chosen.name]))
    return chosen


def _is_realisation_percent(claim: Claim, group: list[Claim], text: str) -> bool:
    """A stated percentage that is the share of the budget spent (not a share of a total,
    not physical progress, not an achievement): "realisasi ... 91,06% dari pagu" is one,
    "dialokasikan ... 0,71% dari keseluruhan belanja" is not."""
    local = _local(claim, text)
    if _PHYSICAL.search(local):
        return False
    if _SPENT.search(normalise_name(_before(claim, text))):
        return True
    if _SHARE.match(_after(claim, text)):
        return False
    if _BUDGET_WORDS.search(local):
        return True
    if _CAPAIAN_WORDS.search(local):
        return False
    whole = normalise_name(text)
    return bool(_BUDGET_WORDS.search(whole)) or any(
        other.subject in ("pagu", "realisasi") for other in group if other is not claim)


def _matches(claim: Claim, candidate: _Candidate, context: Context) -> bool:
    stated = claim.value.value
    if stated is None:
        return False
    if candidate.percent:
        return percent_matches(stated, claim.value.decimals, candidate.value,
                               context.percent_tolerance)
    return same_amount(stated, candidate.value, context.rupiah_tolerance)


def _any_row_matches(claim: Claim, report: Report, context: Context) -> bool:
    """Whether the figure is some row's figure: then it speaks of that row, not the total."""
    for table in report.budgets:
        for item in table.walk():
            what = item.name
            if any(_matches(claim, c, context) for c in _item_candidates(item, table,
                                                                         claim.subject, what)):
                return True
    return False


def _groups(claims: Iterable[Claim]) -> dict[Claim, list[Claim]]:
    by_group: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.group is not None:
            by_group.setdefault(claim.group, []).append(claim)
    return {claim: by_group.get(claim.group, [claim]) if claim.group else [claim]
            for claim in claims}


def _candidates(report: Report, claim: Claim, scope: _Scope) -> list[_Candidate]:
    """The figures of the body a claim of ``scope`` may repeat."""
    if scope.kind == "belanja":
        pattern = dict(_BELANJA_TYPES)[scope.name or ""]
        return [c for table in report.budgets if table.kind == "belanja"
                for item in table.items if pattern.search(normalise_name(item.name))
                for c in _item_candidates(item, table, claim.subject, item.name)]
    if scope.kind == "item":
        return [c for item, table in scope.items
                for c in _item_candidates(item, table, claim.subject,
                                          f"{item.level.value.replace('_', ' ')} '{item.name}'")]
    return _total_candidates(report, claim.subject)


def _amount_checks(
    context: Context, claims: list[Claim]
) -> Iterator[tuple[Claim, list[_Candidate]]]:
    """Each amount claim that matches none of the figures it may repeat, with them."""
    report = context.report
    groups = _groups(claims)
    for claim in claims:
        if claim.kind != "amount" or claim.subject not in _AMOUNT_SUBJECTS:
            continue
        if claim.value.value is None:
            continue  # unreadable: an input finding already
        text = _sentence(claim, report)
        if claim.subject == "persen" and not _is_realisation_percent(claim, groups[claim], text):
            continue
        scope = _scope(claim, report, text)
        if scope.kind == "skip":
            continue
        candidates = _candidates(report, claim, scope)
        if not candidates or any(_matches(claim, c, context) for c in candidates):
            continue
        if scope.kind == "total" and _any_row_matches(claim, report, context):
            continue
        yield claim, candidates


def _listed(candidates: list[_Candidate], decimals: int) -> dict[str, str]:
    return {lang: "; ".join(c.shown(lang, decimals) for c in candidates)
            for lang in ("id", "en")}


def _claim_violation(claim: Claim, candidates: list[_Candidate]) -> Violation:
    decimals = claim.value.decimals
    first = candidates[0]
    expected = (plain_percent(first.value, decimals) if first.percent else plain(first.value))
    return Violation(
        location(claim.where),
        {"subject": _SUBJECT_NAMES[claim.subject], "stated": claim.value.raw.strip(),
         "line": claim.where.line if claim.where.line is not None else "?",
         "candidates": _listed(candidates, decimals)},
        expected=expected,
        actual=(claim.value.raw if claim.value.value is None
                else f"{claim.value.value:f}" if first.percent else plain(claim.value.value)),
    )


def _in_ikhtisar(report: Report) -> Callable[[Claim], bool]:
    span = main_span(report, "ikhtisar_eksekutif")
    return lambda claim: span is not None and claim.where.line in span


@rule(
    code="CON002",
    slug="consistency-amounts",
    title={"id": "Angka anggaran di narasi berbeda dengan tabel",
           "en": "Budget figure of the narrative differs from the tables"},
    category=Category.CONSISTENCY,
    severity=Severity.ERROR,
    regulation="Permenpan RB 53/2014, Lampiran III (reviu: konsistensi angka anggaran "
    "antarbagian laporan)",
    message={
        "id": "{subject} tertulis {stated} (baris {line}), tidak sama dengan angka tabel mana "
        "pun yang semestinya dikutip: {candidates}.",
        "en": "{subject} is stated as {stated} (line {line}), which matches none of the "
        "table figures it should quote: {candidates}.",
    },
    rationale={
        "id": "Pagu, realisasi, persentase dan sisa anggaran yang dikutip narasi harus sama "
        "dengan tabel realisasi anggaran, tabel alokasi dan anggaran Perjanjian Kinerja; "
        "angka yang tidak ada di tabel mana pun berarti salah satunya keliru.",
        "en": "The pagu, realisasi, percentage and sisa quoted by the narrative must equal "
        "the realisation table, the allocation table and the Perjanjian Kinerja budget; a "
        "figure found in no table means one of them is wrong.",
    },
)
def CON002(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 has the reviewer check that the figures of the report are
    consistent: the budget stated in the narrative is the budget of the realisasi
    anggaran table (its totals), of the Bab II allocation and of the Perjanjian Kinerja.
    A claim about a named part (a jenis belanja, a program) is compared with that row;
    one about a part no table holds is skipped. Claims inside the Ikhtisar Eksekutif are
    CON005's."""
    inside = _in_ikhtisar(context.report)
    claims = [c for c in context.report.claims if not inside(c)]
    for claim, candidates in _amount_checks(context, claims):
        yield _claim_violation(claim, candidates)


def _capaian_candidates(report: Report) -> list[_Candidate]:
    """The achievement figures of the body an Ikhtisar may quote: each indicator's and
    each sasaran's stated capaian (and realisasi, which some reports call capaian), and
    the mean of the indicators' capaian."""
    found: list[_Candidate] = []
    capaian: list[Decimal] = []
    for table in report.achievements:
        for row in table.rows:
            value = value_of(row.capaian)
            if value is not None:
                capaian.append(value)
                found.append(_Candidate(_label(f"capaian '{row.indikator}' {table.name}",
                                               f"the capaian of '{row.indikator}' {table.name}",
                                               row.where.line), value, True))
            if value_of(row.realisasi) is not None:
                found.append(_Candidate(_label(f"realisasi '{row.indikator}' {table.name}",
                                               f"the realisasi of '{row.indikator}' "
                                               f"{table.name}", row.where.line),
                                        value_of(row.realisasi), True))
        for summary in table.summaries:
            if value_of(summary.capaian) is not None:
                found.append(_Candidate(_label(f"capaian sasaran '{summary.sasaran}' "
                                               f"{table.name}",
                                               f"the capaian of sasaran '{summary.sasaran}' "
                                               f"{table.name}", summary.where.line),
                                        value_of(summary.capaian), True))
    if capaian:
        mean = sum(capaian, Decimal(0)) / len(capaian)
        found.append(_Candidate({"id": f"rata-rata capaian {len(capaian)} indikator",
                                 "en": f"the mean capaian of {len(capaian)} indicators"},
                                mean, True))
    return found


def _ikhtisar_capaian(context: Context, claim: Claim) -> list[_Candidate] | None:
    """The body's achievement figures when a percentage of the Ikhtisar states none of them."""
    local = _local(claim, _sentence(claim, context.report))
    if (claim.subject != "persen" or claim.value.value is None or _PHYSICAL.search(local)
            or _BUDGET_WORDS.search(local) or not _CAPAIAN_WORDS.search(local)):
        return None
    candidates = _capaian_candidates(context.report)
    if not candidates or any(_matches(claim, c, context) for c in candidates):
        return None
    shown = [c for c in candidates if c.label["id"].startswith(("capaian sasaran", "rata-rata"))]
    return shown or candidates


@rule(
    code="CON005",
    slug="consistency-ikhtisar-figures",
    title={"id": "Angka Ikhtisar Eksekutif berbeda dengan isi laporan",
           "en": "Figure of the Ikhtisar Eksekutif differs from the body"},
    category=Category.CONSISTENCY,
    severity=Severity.ERROR,
    regulation="Permenpan RB 53/2014, Lampiran III (reviu: kesesuaian Ikhtisar Eksekutif "
    "dengan isi laporan)",
    message={
        "id": "Ikhtisar Eksekutif menyebut {subject} {stated} (baris {line}), tetapi isi "
        "laporan menyajikan {candidates}.",
        "en": "The Ikhtisar Eksekutif states {subject} {stated} (line {line}), but the body "
        "of the report gives {candidates}.",
    },
    rationale={
        "id": "Ikhtisar Eksekutif meringkas capaian kinerja dan realisasi anggaran; pimpinan "
        "sering hanya membaca bagian ini, sehingga angkanya harus sama dengan Bab III.",
        "en": "The Ikhtisar Eksekutif summarises the achievement and the budget realisation; "
        "leaders often read only this part, so its figures must be those of Bab III.",
    },
)
def CON005(context: Context) -> Iterator[Violation]:
    """The Ikhtisar Eksekutif presents the main results of the report in brief: its budget
    figures (pagu, realisasi, sisa, % realisasi) are the totals of the body's budget
    tables, and a capaian it states is one the body states (an indicator's or a
    sasaran's capaian, or the mean of the indicators). Only claims whose line falls in
    the Ikhtisar Eksekutif; CON002 judges the others."""
    inside = _in_ikhtisar(context.report)
    claims = [c for c in context.report.claims if inside(c)]
    reported = set()
    for claim, candidates in _amount_checks(context, claims):
        reported.add(claim)
        violation = _claim_violation(claim, candidates)
        args = {**violation.args, "subject": _SUBJECT_WORDS[claim.subject]}
        yield Violation(violation.location, args, violation.expected, violation.actual)
    for claim in claims:
        if claim in reported or claim.kind != "amount":
            continue
        candidates = _ikhtisar_capaian(context, claim)
        if candidates:
            assert claim.value.value is not None
            yield Violation(
                location(claim.where),
                {"subject": {"id": "capaian", "en": "an achievement of"},
                 "stated": claim.value.raw.strip(),
                 "line": claim.where.line if claim.where.line is not None else "?",
                 "candidates": _listed(candidates, claim.value.decimals)},
                expected=plain_percent(candidates[0].value, claim.value.decimals),
                actual=f"{claim.value.value:f}",
            )


# == Names: CON003 ==========================================================================

_NAME_KINDS = {"sasaran": {"id": "Nama sasaran", "en": "The sasaran names"},
               "indikator": {"id": "Nama indikator", "en": "The indikator names"}}
_CLOSE = 80  # a PK name this similar to an unmatched capaian name is probably the same one
_PLACES_SHOWN = 3


@dataclass(frozen=True)
class _Named:
    """One place a sasaran or indicator name is printed."""

    kind: str
    name: str
    source: str  # plan, pk, pk_perubahan, iku, capaian
    where: Provenance

    def place(self, lang: str) -> str:
        place = _Place(self.source, self.name, self.where, Number("", None))
        return f"{place.label} {_WORD_LINE[lang]} {place.line}"


def _names(report: Report) -> list[_Named]:
    found: list[_Named] = []
    for sasaran in report.plan.sasaran:
        found.append(_Named("sasaran", sasaran.name, "plan", sasaran.where))
    for indikator in report.plan.indikator:
        found.append(_Named("indikator", indikator.name, "plan", indikator.where))
    for row in report.agreements:
        found.append(_Named("sasaran", row.sasaran, row.document, row.where))
        if row.indikator:
            found.append(_Named("indikator", row.indikator, row.document, row.where))
    for iku in report.iku:
        if iku.sasaran:
            found.append(_Named("sasaran", iku.sasaran, "iku", iku.where))
        found.append(_Named("indikator", iku.indikator, "iku", iku.where))
    for table in report.achievements:
        for achievement in table.rows:
            if achievement.sasaran:
                found.append(_Named("sasaran", achievement.sasaran, "capaian", achievement.where))
            found.append(_Named("indikator", achievement.indikator, "capaian", achievement.where))
        for summary in table.summaries:
            found.append(_Named("sasaran", summary.sasaran, "capaian", summary.where))
    found.sort(key=lambda n: (n.where.line is None, n.where.line or 0))
    return found


_WORD_LINE = {"id": "baris", "en": "line"}


def _places(named: list[_Named]) -> dict[str, str]:
    """Where a spelling is printed: its first places, and how many more there are."""
    more = len(named) - _PLACES_SHOWN
    shown = {lang: ", ".join(n.place(lang) for n in named[:_PLACES_SHOWN])
             for lang in ("id", "en")}
    return {"id": shown["id"] + (f" dan {more} tempat lain" if more > 0 else ""),
            "en": shown["en"] + (f" and {more} more" if more > 0 else "")}


def _spellings(named: list[_Named]) -> dict[str, list[_Named]]:
    """The places of each spelling (told apart after normalisation), in document order."""
    spellings: dict[str, list[_Named]] = {}
    for item in named:
        spellings.setdefault(normalise_name(item.name), []).append(item)
    return spellings


def _drift(context: Context, named: list[_Named]) -> Iterator[Violation]:
    """Spellings the graph folded into one node that differ in more than case/punctuation."""
    for kind in _NAME_KINDS:
        node = node_finder(context.graph, kind)
        by_node: dict[str, list[_Named]] = {}
        for item in named:
            if item.kind == kind:
                by_node.setdefault(node(item.name), []).append(item)
        for key, items in by_node.items():
            spellings = list(_spellings(items).items())
            # The spelling printed most often is the reference; the others drift from it.
            reference_key, reference = max(spellings, key=lambda pair: len(pair[1]))
            for other_key, others in spellings:
                if other_key == reference_key:
                    continue
                score = int(fuzz.ratio(reference_key, other_key))
                yield Violation(
                    location(others[0].where, node=key),
                    {"what": _NAME_KINDS[kind], "first": reference[0].name.strip(),
                     "first_places": _places(reference), "second": others[0].name.strip(),
                     "second_places": _places(others),
                     "relation": {"id": f"ditulis berbeda padahal dianggap satu {kind} "
                                        f"(kemiripan {score}%)",
                                  "en": f"are spelled differently though they are one {kind} "
                                        f"(similarity {score}%)"}},
                    expected=reference[0].name.strip(),
                    actual=others[0].name.strip(),
                )


def _near_misses(context: Context, named: list[_Named]) -> Iterator[Violation]:
    """A PK name with no capaian row, close to a capaian name with no PK row."""
    for kind in _NAME_KINDS:
        node = node_finder(context.graph, kind)
        sources: dict[str, set[str]] = {}
        for item in named:
            if item.kind == kind:
                sources.setdefault(node(item.name), set()).add(item.source)
        pk = [i for i in named if i.kind == kind and i.source in ("pk", "pk_perubahan")
              and "capaian" not in sources[node(i.name)]]
        capaian = [i for i in named if i.kind == kind and i.source == "capaian"
                   and not sources[node(i.name)] & {"pk", "pk_perubahan"}]
        if not capaian:
            continue
        choices = _spellings(capaian)
        for pk_key, pk_items in _spellings(pk).items():
            match = process.extractOne(pk_key, list(choices), scorer=fuzz.ratio)
            if match is None:
                continue
            cap_key, similarity = match[0], match[1]
            if not _CLOSE <= similarity < FUZZY_THRESHOLD:
                continue
            score = int(similarity)  # shown truncated: 93.9 must not read as the threshold
            if _DIGITS.findall(pk_key) != _DIGITS.findall(cap_key):
                continue
            cap_items = choices[cap_key]
            yield Violation(
                location(pk_items[0].where, node=node(pk_items[0].name)),
                {"what": _NAME_KINDS[kind], "first": pk_items[0].name.strip(),
                 "first_places": _places(pk_items), "second": cap_items[0].name.strip(),
                 "second_places": _places(cap_items),
                 "relation": {"id": f"mirip (kemiripan {score}%) tetapi tidak sama, sehingga "
                                    f"{kind} PK ini tidak ditemukan di tabel capaian",
                              "en": f"are close (similarity {score}%) but not the same, so "
                                    f"this PK {kind} is not found in the capaian tables"}},
                expected=pk_items[0].name.strip(),
                actual=cap_items[0].name.strip(),
            )


@rule(
    code="CON003",
    slug="consistency-name-drift",
    title={"id": "Nama sasaran atau indikator berubah antartabel",
           "en": "Sasaran or indicator name drifts between tables"},
    category=Category.CONSISTENCY,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran III (reviu: keselarasan sasaran dan indikator "
    "Perjanjian Kinerja, IKU, Renstra dan Capaian Kinerja)",
    message={
        "id": "{what} '{first}' ({first_places}) dan '{second}' ({second_places}) {relation}.",
        "en": "{what} '{first}' ({first_places}) and '{second}' ({second_places}) {relation}.",
    },
    rationale={
        "id": "Sasaran dan indikator yang diukur harus persis yang diperjanjikan; nama yang "
        "berubah-ubah menyulitkan penelusuran dan bisa menandakan indikator yang diganti.",
        "en": "The sasaran and indicators measured must be exactly those agreed; names that "
        "change make them hard to trace and may hide an indicator that was replaced.",
    },
)
def CON003(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 has the reviewer check that the sasaran and indicators of the
    report are those of the Perjanjian Kinerja, the IKU and the Renstra. Two spellings
    the graph folds into one node but that differ in their words (not only in case or
    punctuation) are reported with their places; so is a PK name that no capaian table
    prints but that is close (similarity 80-93) to a capaian name no PK prints."""
    named = _names(context.report)
    yield from _drift(context, named)
    yield from _near_misses(context, named)


# == PK Perubahan: CON004 ===================================================================

def _by_indikator(rows: list[AgreementRow], node: Callable[[str], str]
                  ) -> dict[str, AgreementRow]:
    found: dict[str, AgreementRow] = {}
    for row in rows:
        if row.indikator:
            found.setdefault(node(row.indikator), row)
    return found


def _span(rows: list[AgreementRow]) -> str:
    lines = [r.where.line for r in rows if r.where.line is not None]
    if not lines:
        return "?"
    return str(min(lines)) if min(lines) == max(lines) else f"{min(lines)}\u2013{max(lines)}"


@rule(
    code="CON004",
    slug="consistency-pk-perubahan",
    title={"id": "PK Perubahan mengubah indikator atau target",
           "en": "The PK Perubahan changes indicators or targets"},
    category=Category.CONSISTENCY,
    severity=Severity.INFO,
    regulation="Permenpan RB 53/2014, Lampiran III (reviu: pengukuran kinerja atas Perjanjian "
    "Kinerja yang berlaku)",
    message={
        "id": "PK Perubahan (baris {perubahan}) berbeda dari PK (baris {pk}): {changes}.",
        "en": "The PK Perubahan (lines {perubahan}) differs from the PK (lines {pk}): "
        "{changes}.",
    },
    rationale={
        "id": "Bila Perjanjian Kinerja diubah, Bab III mengukur PK Perubahan; reviu mencatat "
        "indikator yang ditambah, dihapus dan target yang diubah agar pengukurannya dapat "
        "dicocokkan.",
        "en": "When the Perjanjian Kinerja is amended, Bab III measures the PK Perubahan; the "
        "review notes the indicators added and removed and the targets changed so the "
        "measurement can be checked.",
    },
)
def CON004(context: Context) -> Iterator[Violation]:
    """A PK Perubahan replaces the PK during the year; the indicators it adds or removes
    and the targets it changes decide what Bab III must measure."""
    report = context.report
    perubahan = [r for r in report.agreements if r.document == "pk_perubahan"]
    original = [r for r in report.agreements if r.document == "pk"]
    if not perubahan or not original:
        return
    node = node_finder(context.graph, "indikator")
    before, after = _by_indikator(original, node), _by_indikator(perubahan, node)
    added = [after[k] for k in after if k not in before]
    removed = [before[k] for k in before if k not in after]
    changed = [
        (before[k], after[k]) for k in after if k in before
        and before[k].target is not None and after[k].target is not None
        and not _same(before[k].target, after[k].target)
    ]
    if not (added or removed or changed):
        return
    parts: dict[str, list[str]] = {"id": [], "en": []}
    if added:
        names = ", ".join(f"'{r.indikator}'" for r in added)
        parts["id"].append(f"indikator ditambah {names}")
        parts["en"].append(f"indicators added {names}")
    if removed:
        names = ", ".join(f"'{r.indikator}'" for r in removed)
        parts["id"].append(f"indikator dihapus {names}")
        parts["en"].append(f"indicators removed {names}")
    if changed:
        shown = ", ".join(f"'{b.indikator}' {b.target} \u2192 {a.target}" for b, a in changed
                          if a.target is not None and b.target is not None)
        parts["id"].append(f"target diubah {shown}")
        parts["en"].append(f"targets changed {shown}")
    first = min(perubahan, key=lambda r: (r.where.line is None, r.where.line or 0))
    yield Violation(
        location(first.where),
        {"perubahan": _span(perubahan), "pk": _span(original),
         "changes": {lang: "; ".join(texts) for lang, texts in parts.items()}},
    )


# == Budget tables: CON006 ==================================================================

def _leaf_pagu(item: BudgetItem) -> Decimal | None:
    """The pagu of a row as its lowest rows add it up (its own when it has none)."""
    if not item.children:
        return value_of(item.pagu)
    return sum_of(Number("", _leaf_pagu(child)) for child in item.children)


def _rolls_up(item: BudgetItem, tolerance: Decimal) -> bool:
    """Whether every row under ``item`` (and itself) equals the sum of its children."""
    for row in item.walk():
        if not row.children:
            continue
        total = sum_of(child.pagu for child in row.children)
        stated = value_of(row.pagu)
        if total is not None and stated is not None and not same_amount(total, stated,
                                                                        tolerance):
            return False
    return True


def _explained(first: BudgetItem, second: BudgetItem, tolerance: Decimal) -> bool:
    """The difference comes from a row under one of the programs that does not add up
    (BUD001 reports that row): their rows add up to the same pagu."""
    if _rolls_up(first, tolerance) and _rolls_up(second, tolerance):
        return False
    sums = [_leaf_pagu(first), _leaf_pagu(second)]
    stated = [value_of(first.pagu), value_of(second.pagu)]
    return any(a is not None and b is not None and same_amount(a, b, tolerance)
               for a in sums for b in (*stated, *sums) if a is not b)


@rule(
    code="CON006",
    slug="consistency-budget-tables",
    title={"id": "Pagu program berbeda antartabel anggaran",
           "en": "A program's pagu differs between budget tables"},
    category=Category.CONSISTENCY,
    severity=Severity.ERROR,
    regulation="Permenpan RB 53/2014, Lampiran III (reviu: konsistensi alokasi dan realisasi "
    "anggaran)",
    message={
        "id": "Pagu program '{program}' tertulis {first} di {first_table} (baris {first_line}), "
        "tetapi {second} di {second_table} (baris {second_line}).",
        "en": "The pagu of program '{program}' is {first} in {first_table} (line "
        "{first_line}), but {second} in {second_table} (line {second_line}).",
    },
    rationale={
        "id": "Alokasi anggaran (Bab II) dan realisasinya (Bab III) menyangkut pagu DPA yang "
        "sama; pagu program yang berbeda berarti salah satu tabel keliru atau memakai DPA "
        "versi lain.",
        "en": "The allocation (Bab II) and its realisation (Bab III) are about the same DPA "
        "ceiling; a program with two pagu means one table is wrong or uses another version "
        "of the DPA.",
    },
)
def CON006(context: Context) -> Iterator[Violation]:
    """The budget of each program is one figure: the alokasi table of Bab II and the
    realisasi table of Bab III state the same pagu for it. A difference that comes from a
    row under the program that does not add up is left to BUD001, which reports the row."""
    node = node_finder(context.graph, "program")
    places: dict[str, list[tuple[BudgetItem, BudgetTable]]] = {}
    for table in context.report.budgets:
        if table.kind not in ("alokasi", "realisasi"):
            continue
        for item in table.at_level(Level.PROGRAM):
            if value_of(item.pagu) is not None:
                places.setdefault(node(item.name), []).append((item, table))
    tolerance = context.rupiah_tolerance
    for key, found in places.items():
        first, first_table = found[0]
        for second, second_table in found[1:]:
            if second_table is first_table:
                continue
            a, b = value_of(first.pagu), value_of(second.pagu)
            assert a is not None and b is not None
            if same_amount(a, b, tolerance) or _explained(first, second, tolerance):
                continue
            yield Violation(
                location(second.where, node=key),
                {"program": second.name, "first": format_rupiah(a),
                 "first_table": first_table.name,
                 "first_line": first.where.line if first.where.line is not None else "?",
                 "second": format_rupiah(b), "second_table": second_table.name,
                 "second_line": second.where.line if second.where.line is not None else "?"},
                expected=plain(a),
                actual=plain(b),
            )


@hookimpl
def lkjip_rules() -> list[Rule]:
    return [CON001, CON002, CON003, CON004, CON005, CON006]
