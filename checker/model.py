"""The report model: what an LKjIP says, with where it says it.

Every part is a frozen dataclass; the model is built once by a reader and never
changed afterwards, so rules can share it without copying. Values read from the
document are :class:`Number` objects that keep the raw text beside the parsed
``Decimal`` (``"2.655.353.658"`` and ``2655353658``), and every row carries a
:class:`Provenance` (1-based line, end line, table) so a finding can point at it.

The JSON form of the model is ``schemas/report.schema.json``; :mod:`checker.readers`
read it and :mod:`checker.serialize` writes it.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

__all__ = [
    "AchievementRow",
    "AchievementSummary",
    "AchievementTable",
    "AgreementProgram",
    "AgreementRow",
    "AgreementTotal",
    "BudgetItem",
    "BudgetTable",
    "CascadeLink",
    "Claim",
    "Doubt",
    "EarlierYear",
    "Heading",
    "IkuRow",
    "Indikator",
    "Level",
    "LevelTarget",
    "LinkSource",
    "Meta",
    "Number",
    "Place",
    "Plan",
    "Polarity",
    "Provenance",
    "Report",
    "Sasaran",
    "Scale",
    "ScaleBand",
    "TableCaption",
    "TargetTable",
    "Tujuan",
]


class Polarity(enum.Enum):
    """Which direction of an indicator is good."""

    POSITIVE = "positive"  # higher is better: capaian = realisasi / target x 100
    NEGATIVE = "negative"  # lower is better: capaian = (2 x target - realisasi) / target x 100


class Level(enum.Enum):
    """Level of a row in a budget table."""

    PROGRAM = "program"
    KEGIATAN = "kegiatan"
    SUB_KEGIATAN = "sub_kegiatan"
    JENIS_BELANJA = "jenis_belanja"  # belanja pegawai / barang dan jasa / modal

    @property
    def child(self) -> Level | None:
        return _CHILD_LEVEL.get(self)


_CHILD_LEVEL = {Level.PROGRAM: Level.KEGIATAN, Level.KEGIATAN: Level.SUB_KEGIATAN}
# Budget table kinds whose rows are no program tree of the agency's budget: the belanja
# split, and the breakdowns of part of it (the work items, paket pekerjaan, of some sub
# kegiatan; a sub kegiatan's money per school level or per region).
_NOT_BY_PROGRAM = frozenset({"belanja", "pekerjaan"})


@dataclass(frozen=True)
class Provenance:
    """Where a value came from: 1-based lines of the input file and the table."""

    line: int | None = None
    end_line: int | None = None
    table: str | None = None


@dataclass(frozen=True)
class Place:
    """Where one line of the text layer sits in a PDF or Word original.

    A PDF line has its ``page`` and its ``page_line`` (1-based line on that page); a
    Word line has the ``paragraph`` or the ``table`` (0-based indices in the body, as
    python-docx counts them) and the ``page`` where Word stored a page break before it.
    """

    page: int | None = None
    page_line: int | None = None
    paragraph: int | None = None
    table: int | None = None


@dataclass(frozen=True)
class Number:
    """A figure as printed (``raw``) and as read (``value``).

    ``value`` is ``None`` when the text is not a number (a letter grade such as
    ``"B"``, ``"N/A"``, a blank); the reader reports the texts it could not read
    as ``input`` findings, so rules can treat ``None`` as "nothing to compare".
    """

    raw: str
    value: Decimal | None

    @property
    def decimals(self) -> int:
        """How many decimals the document printed (``"96,80"`` -> 2)."""
        if self.value is None:
            return 0
        exponent = self.value.as_tuple().exponent
        return -exponent if isinstance(exponent, int) and exponent < 0 else 0

    def __str__(self) -> str:
        return self.raw


@dataclass(frozen=True)
class Meta:
    """Who reports, for which year, and who signed: the report's cover and signature."""

    agency: str | None = None
    agency_kind: str | None = None
    region: str | None = None
    year: int | None = None
    title: str | None = None
    signed_place: str | None = None
    signed_date: str | None = None
    signer: str | None = None
    where: Provenance = field(default_factory=Provenance)


@dataclass(frozen=True)
class Heading:
    """One heading of the outline, with the Permenpan 53/2014 part it stands for."""

    kind: str  # e.g. "ikhtisar_eksekutif", "bab_1", "capaian_kinerja", "lampiran", "other"
    text: str
    level: int
    where: Provenance


@dataclass(frozen=True)
class Tujuan:
    """A tujuan (goal) of the Renstra."""

    id: str
    name: str
    where: Provenance


@dataclass(frozen=True)
class Sasaran:
    """A sasaran (strategic objective) of the Renstra, under the tujuan it serves."""

    id: str
    name: str
    tujuan: str | None
    where: Provenance


@dataclass(frozen=True)
class Indikator:
    """An indicator of the Renstra with its targets per year."""

    id: str
    name: str
    sasaran: str | None
    unit: str | None
    polarity: Polarity
    targets: dict[int, Number]
    where: Provenance


@dataclass(frozen=True)
class Plan:
    """The Renstra as the report prints it: tujuan, sasaran and their indicators."""

    tujuan: tuple[Tujuan, ...] = ()
    sasaran: tuple[Sasaran, ...] = ()
    indikator: tuple[Indikator, ...] = ()


@dataclass(frozen=True)
class LevelTarget:
    """An indicator with its targets, printed beside the tujuan or sasaran it measures
    by a table of the tujuan's indicators or of the cascading (pohon kinerja) lampiran.

    ``level`` is ``tujuan`` or ``sasaran``; ``item`` that tujuan or sasaran as printed
    (``None`` when the row names none); ``targets`` by year, an undated "Target" column
    being the reporting year's.
    """

    level: str
    item: str | None
    indikator: str
    unit: str | None
    targets: dict[int, Number]
    where: Provenance


@dataclass(frozen=True)
class TargetTable:
    """A table of :class:`LevelTarget` rows. ``kind`` says why it was read: ``tujuan``
    (it prints the tujuan's own indicators and targets: those rows only) or
    ``cascading`` (a table of the cascading / pohon kinerja lampiran: its tujuan and
    sasaran rows). The same table may also have been read as a Renstra, IKU or PK."""

    name: str
    kind: str
    rows: tuple[LevelTarget, ...]
    where: Provenance


@dataclass(frozen=True)
class AgreementRow:
    """One indicator of the Perjanjian Kinerja (``document`` is ``pk`` or ``pk_perubahan``)."""

    sasaran: str
    indikator: str | None
    target: Number | None
    unit: str | None
    document: str
    where: Provenance


@dataclass(frozen=True)
class AgreementProgram:
    """A program and its budget as the Perjanjian Kinerja states them."""

    program: str
    pagu: Number | None
    sasaran: str | None
    document: str
    where: Provenance


@dataclass(frozen=True)
class AgreementTotal:
    """The total (Jumlah) row of a Perjanjian Kinerja's program budget table; its
    ``where.table`` is the table whose program rows it adds up."""

    pagu: Number | None
    document: str
    where: Provenance


@dataclass(frozen=True)
class IkuRow:
    """One indicator of the Indikator Kinerja Utama (IKU) table."""

    sasaran: str | None
    indikator: str
    unit: str | None
    target: Number | None
    formula: str | None
    where: Provenance


@dataclass(frozen=True)
class EarlierYear:
    """An earlier year's figures of an indicator, as a comparison table prints them
    ("Target 2020 | Realisasi 2020 | Capaian 2020", "Realisasi Th. 2019")."""

    year: int
    target: Number | None = None
    realisasi: Number | None = None
    capaian: Number | None = None


@dataclass(frozen=True)
class AchievementRow:
    """One indicator of a capaian table: target, realisasi and capaian."""

    sasaran: str | None
    indikator: str
    unit: str | None
    polarity: Polarity
    target: Number | None
    realisasi: Number | None
    capaian: Number | None
    predikat: str | None
    where: Provenance
    # Earlier years the same row prints (only columns whose year and role are certain).
    earlier: tuple[EarlierYear, ...] = ()
    # 'Capaian Terkoreksi' printed beside the computed capaian: the capaian after the cap
    # a pemda sets (over 120% counts as 120%), which the sasaran's capaian is built from.
    corrected: Number | None = None
    # 'Bobot': the indicator's weight in its sasaran's capaian (a weighted mean).
    bobot: Number | None = None


@dataclass(frozen=True)
class AchievementSummary:
    """The capaian a table states for a whole sasaran (commonly the mean of its indicators)."""

    sasaran: str
    capaian: Number | None
    predikat: str | None
    where: Provenance


@dataclass(frozen=True)
class AchievementTable:
    """A capaian table: its indicator rows and the sasaran summaries it prints."""

    name: str
    rows: tuple[AchievementRow, ...]
    summaries: tuple[AchievementSummary, ...]
    where: Provenance


@dataclass(frozen=True)
class ScaleBand:
    """One predikat of a scale: ``low <= capaian <= high`` (either bound may be open)."""

    label: str
    low: Decimal | None
    high: Decimal | None
    # The same predikat in the scale's other columns ('A' beside 'Sangat Baik'): a report
    # may grade with either, so each is as right as the label.
    aliases: tuple[str, ...] = ()

    def contains(self, capaian: Decimal) -> bool:
        return (self.low is None or capaian >= self.low) and (
            self.high is None or capaian <= self.high
        )

    @property
    def names(self) -> tuple[str, ...]:
        """The label and its aliases, in the order of the scale's columns read."""
        return (self.label, *self.aliases)


@dataclass(frozen=True)
class Scale:
    """The predikat scale: which capaian earns which label."""

    bands: tuple[ScaleBand, ...]
    source: str  # "report" when printed by the report, else the regulation it comes from
    where: Provenance

    def label_for(self, capaian: Decimal) -> str | None:
        """The predikat of ``capaian``; between two bands (e.g. 90.5 on 76-90 / 91-100)
        the lower band's label, since the document's bands are inclusive integers."""
        band = self.band_for(capaian)
        return band.label if band is not None else None

    def band_for(self, capaian: Decimal) -> ScaleBand | None:
        """The band of ``capaian``, as :meth:`label_for` chooses it."""
        for band in self.bands:
            if band.contains(capaian):
                return band
        below = [b for b in self.bands if b.high is not None and b.high < capaian]
        return max(below, key=lambda b: b.high or 0) if below else None


@dataclass(frozen=True)
class BudgetItem:
    """A program, kegiatan, sub kegiatan (or belanja type) of a budget table."""

    level: Level
    name: str
    code: str | None
    pagu: Number | None
    realisasi: Number | None
    persen: Number | None
    sisa: Number | None
    output: str | None
    sasaran: str | None
    children: tuple[BudgetItem, ...]
    where: Provenance
    # The row's pagu at each earlier stage the table prints beside the final one (the
    # APBD murni before the refocusing or the APBD Perubahan): what a PK signed at the
    # start of the year states, never the pagu of the year.
    earlier_pagu: tuple[Number, ...] = field(default=(), repr=False)

    def walk(self) -> Iterator[BudgetItem]:
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True)
class BudgetTable:
    """A budget table: ``kind`` is ``realisasi`` (pagu and realisasi), ``alokasi``
    (pagu only), ``belanja`` (a split of the same total: by type of spending, or by
    source of funds, its rows then at the ``jenis_belanja`` level) or ``pekerjaan`` (a
    breakdown of part of the budget: the work items, paket pekerjaan, of some sub
    kegiatan, or its money per school level or region; its rows no nomenclature items).

    ``sasaran`` is set on a per-sasaran table ("Program dan Kegiatan Pendukung Sasaran
    2"): its items are the ones that support that sasaran, a *subset* of the report's
    budget, never a full listing. It holds the sasaran as the title names it: its
    number ("2"), its plan id or its name; the graph resolves it.
    """

    name: str
    kind: str
    items: tuple[BudgetItem, ...]  # top level: programs (or belanja types)
    total_pagu: Number | None
    total_realisasi: Number | None
    total_persen: Number | None
    total_sisa: Number | None
    where: Provenance
    total_where: Provenance = field(default_factory=Provenance)
    sasaran: str | None = None
    # The totals of the earlier stages of a pagu the table prints at each stage of the
    # year (APBD murni, after refocusing) beside the final one, ``total_pagu``: history
    # the narrative may quote, never the pagu of the year.
    earlier_pagu: tuple[Number, ...] = field(default=(), repr=False)
    # A table printed as one part of a budget split by jenis belanja (a Belanja Operasi
    # and a Belanja Modal table): the name of the budget the parts make together.
    part_of: str | None = field(default=None, repr=False)
    # The budget made of such parts, printed nowhere whole: the names of its parts.
    parts: tuple[str, ...] = field(default=(), repr=False)

    @property
    def per_sasaran(self) -> bool:
        return self.sasaran is not None

    def walk(self) -> Iterator[BudgetItem]:
        for item in self.items:
            yield from item.walk()

    def at_level(self, level: Level) -> list[BudgetItem]:
        return [item for item in self.walk() if item.level is level]


class LinkSource(enum.Enum):
    """Where the report prints that a program, kegiatan or sub kegiatan supports a sasaran."""

    PER_SASARAN_TABLE = "per_sasaran_table"  # "Program dan Kegiatan Pendukung Sasaran N"
    LINK_TABLE = "link_table"  # analysis table, Renstra/RKT matrix, cascading lampiran
    NARRATIVE = "narrative"  # "guna mendukung sasaran 2 terdiri dari 3 program ..."


@dataclass(frozen=True)
class CascadeLink:
    """One link of the pohon kinerja the report prints: ``name`` (a program, kegiatan or
    sub kegiatan at ``level``) supports ``sasaran``.

    ``sasaran`` is written as the report writes it: a name, a plan id, or the sasaran's
    number ("2" for "sasaran 2"); the graph resolves it. ``parent`` is the program of a
    kegiatan (the kegiatan of a sub kegiatan) where the report prints it beside.
    """

    sasaran: str
    level: Level
    name: str
    parent: str | None
    source: LinkSource
    where: Provenance


@dataclass(frozen=True)
class Claim:
    """Something the narrative asserts.

    ``kind`` is ``count`` (``subject`` program/kegiatan/sub_kegiatan/sasaran/
    indikator/tujuan; ``words`` the number in words if printed, ``sasaran`` for a
    per-sasaran indicator count) or ``amount`` (``subject`` pagu/realisasi/sisa/
    persen). Claims printed in one sentence share a ``group`` so a stated
    percentage can be checked against the pagu and realisasi beside it.
    """

    kind: str
    subject: str
    value: Number
    words: str | None
    sasaran: str | None
    group: str | None
    text: str | None
    where: Provenance


@dataclass(frozen=True)
class Doubt:
    """Something the reader could not make sense of; becomes an ``input`` finding.

    ``kind`` is ``number`` (a value that is not a readable number), ``table`` (a
    table whose layout makes no sense) or ``field`` (a required field missing).
    """

    kind: str
    raw: str
    problem: str | Mapping[str, str]  # one text, or {"id": ..., "en": ...}
    where: Provenance


class TableCaption(NamedTuple):
    """A table's caption as the text parser read it, and the line it starts on."""

    line: int
    text: str


@dataclass(frozen=True)
class Report:
    """A whole report: what it says, part by part, and its text."""

    path: str
    format: str
    meta: Meta
    outline: tuple[Heading, ...] = ()
    plan: Plan = field(default_factory=Plan)
    agreements: tuple[AgreementRow, ...] = ()
    agreement_programs: tuple[AgreementProgram, ...] = ()
    agreement_totals: tuple[AgreementTotal, ...] = ()
    iku: tuple[IkuRow, ...] = ()
    achievements: tuple[AchievementTable, ...] = ()
    scale: Scale | None = None
    budgets: tuple[BudgetTable, ...] = ()
    links: tuple[CascadeLink, ...] = ()
    claims: tuple[Claim, ...] = ()
    doubts: tuple[Doubt, ...] = ()
    text: tuple[str, ...] = ()
    source: str | None = None  # the document a structured report was extracted from
    # Where each line of ``text`` sits in a PDF or Word original (same length as
    # ``text``); empty for a report read from text, whose lines are the file's own.
    places: tuple[Place, ...] = ()
    # Tables of indicators printed beside their tujuan or sasaran with targets: the
    # tujuan's own table (printed again in Bab III or a lampiran) and the cascading.
    target_tables: tuple[TargetTable, ...] = ()
    # The budgets printed in parts by jenis belanja (see ``BudgetTable.part_of``), each
    # made whole: what a program's pagu or the agency's total is compared with.
    joined_budgets: tuple[BudgetTable, ...] = field(default=(), repr=False)
    # The captions the text parser gave the document's tables, as a Daftar Tabel lists
    # them; ``None`` for a report not read from a document (its tables have no caption).
    table_captions: tuple[TableCaption, ...] | None = field(default=None, repr=False)

    def page_of(self, line: int | None) -> int | None:
        """The page of the original that text-layer ``line`` is on, when known."""
        if line is None or not 1 <= line <= len(self.places):
            return None
        return self.places[line - 1].page

    def main_budgets(self) -> list[BudgetTable]:
        """The budget tables that list the agency's whole budget by program: not the
        belanja split, not a per-sasaran subset; a budget printed in parts by jenis
        belanja as the whole the parts make."""
        return [table for table in (*self.budgets, *self.joined_budgets)
                if table.kind not in _NOT_BY_PROGRAM and not table.per_sasaran
                and table.part_of is None]

    def tables_in_doubt(self) -> frozenset[str]:
        """Tables the reader could not fully read (glued rows): rules that count or
        compare rows must not take what was read of them as the whole table."""
        return frozenset(
            doubt.where.table for doubt in self.doubts
            if doubt.kind == "table" and doubt.where.table
        )
