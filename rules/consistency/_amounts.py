"""CON002 and CON005: amounts and figures stated in the narrative and the Ikhtisar
Eksekutif against the tables they should quote."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from functools import cached_property
from itertools import takewhile
from typing import TYPE_CHECKING, NamedTuple

from checker.agency import same_agency_name
from checker.context import Context, location
from checker.display import Rupiah
from checker.graph import fold_text, node_finder, normalise_name, numbered_sasaran
from checker.model import (
    AgreementProgram,
    BudgetItem,
    BudgetTable,
    Claim,
    Heading,
    Level,
    Number,
    Place,
    Provenance,
    Report,
)
from checker.rule import Category, Severity, Violation, rule
from rules._figures import (
    HUNDRED,
    percent_matches,
    percent_text,
    same_amount,
    sum_of,
    value_of,
)
from rules._per_report import per_report
from rules._structure_outline import TOP_KINDS, main_span
from rules.consistency._ikhtisar_sasaran import SasaranQuote, ikhtisar_sasaran_capaian
from rules.consistency._values import SOURCES

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["CON002", "CON005"]

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
# cannot be compared ("sub kegiatan ini", "per sasaran", "triwulan III").
_SCOPED = re.compile(
    r"\bper sasaran\b"
    r"|\b(?:sub kegiatan|kegiatan|program) (?:ini|tersebut)\b|\btriwulan\b|\bsemester\b"
    # The budget less a part ("di luar belanja gaji, serapan anggaran 97,42%").
    r"|\b(?:di luar|tidak termasuk|kecuali) (?:belanja|gaji|biaya|sub kegiatan|kegiatan"
    r"|program|dak|dau|dbh|blud)\b"
    # The budget split by funding source ("Menurut sumber dana, belanja yang bersumber dari
    # APBD ... sebesar Rp ..., DAK sebesar Rp ..."): each figure is one source's part.
    r"|\b(?:menurut|berdasarkan|per) sumber (?:dana|pendanaan)\b"
)
# A program, kegiatan or sub kegiatan named (in words no table row prints) since the
# previous figure ("tidak terlaksananya sub kegiatan penyediaan rumah relokasi senilai
# Rp ..."): the figure is that part's, not the agency's total.
_NAMED_PART = re.compile(
    r"\b(?:sub kegiatan|kegiatan|program) (?!(?:dan|serta|atau|yang|tahun|kegiatan|sub"
    r"|sebesar|senilai|dengan|pada|di|dalam|ini|tersebut|telah|mencapai|terealisasi"
    r"|dianggarkan|dialokasikan|menyerap)\b)[a-z]")
# What a sum was spent on, after it ("DAK Fisik sebesar Rp ... digunakan untuk pembangunan
# ruang kelas baru ..., dengan realisasi Rp ..."): rows named there are its uses, not the
# subject of the figures that follow.
_PURPOSE = re.compile(r"\b(?:digunakan|dipergunakan|dimanfaatkan) untuk\b.*$",
                      re.IGNORECASE | re.DOTALL)
# Rows of the sentence before, pointed back at by their number ("jumlah pagu kedua
# program Rp ...", "ketiga kegiatan tersebut"): the figure may be their sum.
_BACK_REFERENCE = re.compile(
    r"\b(kedua|ketiga|keempat|kelima) (program|sub kegiatan|kegiatan)\b")
_BACK_COUNTS = {"kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5}
# A kegiatan or sub kegiatan, or a program named in words no budget row prints ("Sub
# kegiatan pelayanan kesehatan ibu hamil ... menyerap Rp ..."), before a figure in a
# sasaran's part: the figure may be that part's, not the sum of the sasaran's programs.
# "tiga program dengan anggaran", "program pendukung sasaran ini" name no part.
_PART_BEFORE = re.compile(
    r"\b(?:sub kegiatan|kegiatan)\b|\bprogram (?!(?:pendukung|penunjang sasaran|dan|serta"
    r"|atau|yang|tahun|sebesar|senilai|dengan|pada|di|dalam|ini|tersebut|telah|mencapai"
    r"|terealisasi|dianggarkan|dialokasikan|menyerap)\b)[a-z]")
_SASARAN_HEADING = re.compile(r"\bsasaran\b")
# One sasaran named by its number: "Sasaran 2", "sasaran strategis ke-II"; never the
# start of a figure ("capaian sasaran 107,19%", "sasaran 1,5 persen").
_SASARAN_NUMBER = re.compile(
    r"\bsasaran\s+(?:strategis\s+)?(?:ke\s*-?\s*)?(\d{1,2}|[ivx]{1,4})\b(?![.,]\d|\s*%)",
    re.IGNORECASE)
# Words pointing back at the sasaran whose part of Bab III the sentence stands in ("ketiga
# program pendukung sasaran ini"). Not "sasaran tersebut": the Ikhtisar's "untuk mencapai
# sasaran tersebut ... dengan pagu Rp ..." points back at all the sasaran it listed.
_THIS_SASARAN = re.compile(r"\bsasaran ini\b")
# A line that opens one sasaran's part ("Sasaran 2: Meningkatnya ...", "#### Sasaran
# Strategis 1.", "3. Sasaran 1 : ..."); a sentence that starts with the words ("Sasaran 2
# didukung oleh ...") has no colon, stop or line end after the number.
_SASARAN_TITLE = re.compile(
    r"^[\W_]*(?:(?:\d{1,2}|[a-z])[.)]\s*)?sasaran(?:\s+strategis)?\s+(?:ke\s*-?\s*)?"
    r"(\d{1,2}|[ivx]{1,4})(?:\s*[:.]|\W*$)", re.IGNORECASE)
# An outline heading may also run on without the colon ("Sasaran 2 Meningkatnya ...",
# "a. Untuk Sasaran Strategis I").
_SASARAN_HEADING_TITLE = re.compile(
    r"^(?:(?:\d{1,2}|[a-z]) )?(?:untuk )?sasaran (?:strategis )?(?:ke )?(\d{1,2}|[ivx]{1,4})\b")
_TABLE_SASARAN = re.compile(r"^(?:sasaran (?:strategis )?)?(?:ke )?(\d{1,2}|[ivx]{1,4})(?: |$)")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9,
          "x": 10}
# Outline parts a sasaran's part of Bab III never runs into.
_SECTION_ENDS = TOP_KINDS | {"realisasi_anggaran"}
# Money the agency receives or holds, not the spending the budget tables realise: BLUD
# revenue and its target, insurance claims paid to it, the cost recovery rate (revenue
# over cost), taxes and levies, the region's own revenue a finance agency collects (PAD,
# PNBP, PBB, BPHTB: "Realisasi PAD sebesar Rp ..."), arrears and receivables collected
# ("menghasilkan pencairan tunggakan Rp ..."), cash carried over (sisa kas, SiLPA).
_REVENUE = re.compile(r"\b(?:pendapatan|penerimaan|retribusi|pajak|klaim|cost recovery|crr"
                      r"|pad|pnbp|pbb|bphtb|tunggakan|piutang|kas|silpa)\b")
_SPENDING = re.compile(r"\b(?:anggaran(?:nya)?|belanja|pagu|serapan|penyerapan|terserap"
                       r"|menyerap|dpa|apbd)\b")
# The budget document a figure is set in, not what the figure is: "Target PAD ... dalam
# APBD Perubahan sebesar Rp ..." is the revenue target the APBD sets, not a budget.
_SET_IN = re.compile(r"\b(dalam|pada|menurut|berdasarkan|sesuai(?: dengan)?) (?:apbd|dpa)\b")
# Another budget year than the report's: last year's figures are in no table of this one.
_OTHER_YEAR = re.compile(r"\btahun (?:anggaran )?(?:sebelumnya|lalu|yang lalu)\b")
_YEAR = re.compile(r"\b(?:tahun|ta)(?: anggaran)? ((?:19|20)\d\d)\b")
# The year right after the figure, in brackets ("naik dari 91,86% (2022)") or in words
# ("naik dari Rp6,12 triliun pada tahun 2021").
_YEAR_AFTER = re.compile(r"^\s*(?:\(\s*((?:19|20)\d\d)\s*\)|(?:pada\s+)?(?:tahun|ta)"
                         r"(?:\s+anggaran)?\s+((?:19|20)\d\d)\b)", re.IGNORECASE)
# The whole region's APBD (belanja daerah, pendapatan daerah), which an SKPKD or Bappeda
# reports on beside its own budget, or an outside benchmark ("rata-rata nasional
# realisasi belanja ..."): no table of the agency's budget holds these figures.
_NOT_AGENCY_BUDGET = re.compile(
    r"\b(?:belanja|pendapatan) daerah\b|\b(?:belanja|apbd) pemerintah (?:provinsi|kabupaten"
    r"|kota)\b|\b(?:rata rata|rerata) (?:nasional|provinsi)\b")
# Money another agency holds, named where the figure is budgeted or managed ("Belanja
# Tidak Terduga ... dianggarkan pada BPKAD sebesar Rp ...", "dialokasikan pada Dinas
# Sosial"): the region's finance agency (SKPKD, PPKD), which holds the money no single
# agency's budget does, another agency named by its kind, or one left unnamed ("perangkat
# daerah lain"). The agency itself may be named so too ("dianggarkan pada DPA Dinas
# Kesehatan") and keeps the figure; its own units (bagian, bidang) are of its budget.
_HELD_BY = re.compile(
    r"\b(?:dianggarkan|dialokasikan|dikelola|tercatat|dicatat|ditampung)\s+"
    r"(?:(?:pada|di|oleh|dalam|melalui)\s+)?(?:(?:dpa|anggaran|belanja)\s+)?"
    r"(?P<holder>(?:perangkat\s+daerah|opd|skpd|instansi)\s+lain(?:nya)?\b"
    r"|(?-i:[A-Z][\w\-]*)(?:\s+(?:dan\s+)?(?-i:[A-Z][\w\-]*)){0,6})",
    re.IGNORECASE)
_AGENCY_KINDS = frozenset(("badan", "dinas", "sekretariat", "kantor", "inspektorat", "satuan",
                           "kecamatan", "kementerian"))
_FINANCE_AGENCY = re.compile(r"^(?:bpkad|bkad|bpkd|bpkpd|bppkad|skpkd|ppkd)$")
# Where a holder's name ends: its region, the year, the figure's words.
_NAME_END = re.compile(r"\s(?:provinsi|kabupaten|kota|tahun|ta|sebesar|senilai)\b.*$",
                       re.IGNORECASE)
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
# An indicator measured in Rupiah ("Nilai realisasi investasi", satuan "Rupiah"): its
# target and realisasi are the region's money, not the agency's spending.
_RUPIAH_UNIT = re.compile(r"\b(?:rp|rupiah)\b")
_MIN_INDICATOR_WORDS = 2  # a one-word name ("PAD") occurs in sentences about anything
# A sentence that opens on the figure of the one before ("Realisasi tersebut terdiri
# atas PMDN sebesar Rp ..."): it goes on about what that figure was.
_POINTS_BACK = re.compile(r"^(?:realisasi|nilai|angka|jumlah)(?: [a-z]+)? (?:tersebut|itu)\b")
# A percentage of a target ("Terhadap target akhir Renstra ..., realisasi tahun 2023
# telah mencapai 82,40%"): an achievement, not the share of the budget spent.
_OF_TARGET = re.compile(r"\b(?:terhadap|dibandingkan(?: dengan)?|dari) target\b")
# The budget before its changes named as the base of a percentage, right after it ("85,20%
# dari anggaran awal") or as what the sentence compares with ("Dibandingkan pagu APBD
# murni ..., realisasi ... 85,20%"): the share of that pagu, not the absorption of the
# pagu in force.
_ORIGINAL = (r"(?:pagu|anggaran|apbd|dpa)(?: [a-z]+){0,2}? "
             r"(?:murni|awal|induk|semula|sebelum perubahan)\b")
_ORIGINAL_AFTER = re.compile(rf"^(?:dari|terhadap) {_ORIGINAL}")
_ORIGINAL_BEFORE = re.compile(rf"\b(?:dibandingkan(?: dengan)?|terhadap) {_ORIGINAL}")
# A pagu named as the one before the budget's change, by the budget word closest before
# it ("dengan pagu murni Rp ...", "anggaran sebelum refocusing Rp ...") or right after it
# ("Rp ... sebelum refocusing"): the rows' earlier-stage pagu, not the pagu in force.
_BUDGET_NOUN = re.compile(r"\b(?:pagu|anggaran|apbd|dpa)\b")
_BEFORE_CHANGE = r"sebelum (?:refocusing|refokusing|perubahan|pergeseran|realokasi)\b"
_EARLIER_NAMED = re.compile(
    rf"^(?:pagu|anggaran|apbd|dpa)(?: [a-z]+){{0,2}}? (?:murni|awal|induk|semula|{_BEFORE_CHANGE})")
_EARLIER_AFTER = re.compile(rf"^(?:00 )?{_BEFORE_CHANGE}")


class _Candidate(NamedTuple):
    """A figure of the body a claim may repeat, and how a message names it."""

    label: dict[str, str]
    value: Decimal
    percent: bool = False

    def shown(self, lang: str, decimals: int) -> str:
        figure = (percent_text(self.value, max(decimals, 2)) if self.percent
                  else Rupiah(self.value))
        return f"{self.label[lang]} {figure.text(lang)}"


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


def _table_candidates(table: BudgetTable, subject: str) -> list[_Candidate]:
    """One budget table's totals for ``subject`` (percent and sisa also computed)."""
    figures = _table_figures(table)
    pagu, realisasi = figures["pagu"], figures["realisasi"]
    line = table.total_where.line or table.where.line
    name = table.name
    found: list[_Candidate] = []
    if subject == "pagu" and pagu is not None:
        found.append(_Candidate(_label(f"total pagu {name}", f"the pagu total of {name}",
                                       line), pagu))
    if subject == "pagu":  # the pagu before its changes, which the table prints too
        found += [_Candidate(_label(f"total pagu tahap sebelumnya {name}",
                                    f"the earlier-stage pagu total of {name}", line), value)
                  for number in table.earlier_pagu
                  if (value := value_of(number)) is not None]
    if table.kind == "alokasi":
        return found
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
    return found


def _total_candidates(report: Report, subject: str) -> list[_Candidate]:
    """The totals of the body a claim about the whole budget must repeat (a per-sasaran
    table's total is a part of it; a budget printed in parts by jenis belanja is
    quoted whole or part by part)."""
    found = [c for table in (*report.budgets, *report.joined_budgets) if not table.per_sasaran
             for c in _table_candidates(table, subject)]
    if subject == "pagu":
        found += _agreement_totals(report)
    return found


def _agreement_totals(report: Report) -> list[_Candidate]:
    """The budget of each printed Perjanjian Kinerja: its programs added up, one total per
    version and table (the PK awal column of Bab II and the PK Perubahan of the Lampiran
    are two agreements, never one of twice the programs)."""
    tables: dict[tuple[str, str | None], list[AgreementProgram]] = {}
    for program in report.agreement_programs:
        if program.document in ("pk", "pk_perubahan"):
            tables.setdefault((program.document, program.where.table), []).append(program)
    found: list[_Candidate] = []
    for (document, _), programs in sorted(tables.items(), key=lambda pair: pair[0][0]):
        total = sum_of(p.pagu for p in programs)
        if total is None:
            continue
        lines = [p.where.line for p in programs if p.where.line is not None]
        name = SOURCES[document]
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
_OPENING_CHARS = 20  # how much of a sentence's start finds it in its paragraph


def _sentence(claim: Claim, report: Report) -> str:
    """The claim's sentence. The reader cuts a long one to the words around its figures
    ("...dan Jasa yang terbagi ..."); the words it cut from the start (often the part of
    the budget it speaks of: "Anggaran Belanja Barang") are taken back from the lines."""
    text = claim.text or ""
    line = claim.where.line
    if not text.startswith(_ELLIPSIS) or line is None or not 1 <= line <= len(report.text):
        return text
    first = _paragraph_first(report, line)
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


class _Scope(NamedTuple):
    """What part of the budget a claim speaks of."""

    kind: str  # total, belanja, item, sasaran, skip
    name: str | None = None
    items: tuple[tuple[BudgetItem, BudgetTable], ...] = ()
    tables: tuple[BudgetTable, ...] = ()  # a sasaran's per-sasaran tables
    joined: tuple[str, ...] = ()  # rows named together ("Program A dan Program B"), by name
    number: int | None = None  # the sasaran's number, when no per-sasaran table is its


class _Items(NamedTuple):
    """The budget rows a sentence may name, read once per report: each normalised name
    (3 words at least) with its rows in the tables' order, and the names by their first
    word, so that a sentence is searched only for the names whose first word it holds."""

    named: dict[str, list[tuple[BudgetItem, BudgetTable]]]
    by_first_word: dict[str, list[str]]
    order: dict[str, int]  # a name's place among the names first printed

    def in_words(self, text: str) -> Iterator[str]:
        """The names whose first word is a word of ``text`` (normalised), in the order
        they were first printed."""
        keys: set[str] = set()
        for word in set(text.split()):
            keys.update(self.by_first_word.get(word, ()))
        return iter(sorted(keys, key=self.order.__getitem__))


def _item_key(item: BudgetItem) -> str | None:
    """The words a sentence names a budget row by: its name (normalised), or, for a name
    too short to be told from ordinary words ("Penataan Desa"), the name after the word
    of its level ("Program Penataan Desa"); None for a row no sentence names apart."""
    if item.level is Level.JENIS_BELANJA:
        return None
    key = normalise_name(item.name)
    if len(key.split()) < _MIN_ITEM_WORDS:
        key = f"{item.level.value.replace('_', ' ')} {key}"
    return key if len(key.split()) >= _MIN_ITEM_WORDS else None


@per_report  # CON002 and CON005 both read them
def _budget_items(report: Report) -> _Items:
    named: dict[str, list[tuple[BudgetItem, BudgetTable]]] = {}
    for table in report.budgets:
        for item in table.walk():
            key = _item_key(item)
            if key is not None:
                named.setdefault(key, []).append((item, table))
    by_first_word: dict[str, list[str]] = {}
    for key in named:
        by_first_word.setdefault(key.split()[0], []).append(key)
    return _Items(named, by_first_word, {key: index for index, key in enumerate(named)})


def _sasaran_heading(claim: Claim, parts: _Sasaran) -> Heading | None:
    """The nearest heading about one sasaran or the split per sasaran the claim stands
    under ("3. Alokasi Belanja Per Sasaran Strategis", "a. Untuk Sasaran Strategis I")."""
    line = claim.where.line
    if line is None:
        return None
    above = parts.headings[:bisect_left(parts.heading_lines, line)]
    chain = []  # the nearest heading and the headings it stands under, up to the part
    for heading in reversed(above):
        if heading.kind in TOP_KINDS:
            break
        if not chain or heading.level < chain[-1].level:
            chain.append(heading)
    return next((h for h in chain if _SASARAN_HEADING.search(normalise_name(h.text))), None)


def _number(token: str) -> int | None:
    token = token.lower()
    return int(token) if token.isdigit() else _ROMAN.get(token)


class _Section(NamedTuple):
    """One sasaran's part of the report: from the line that opens it to the line before
    the next sasaran's, or before the part of the outline it stands in ends."""

    start: int
    end: int
    number: int | None


@dataclass(frozen=True)
class _Sasaran:
    """Where each sasaran's part of the report opens (line, number) and where the parts
    it never runs into begin: read once for all the claims of a report."""

    titles: tuple[tuple[int, int | None], ...]
    ends: tuple[int, ...]
    last: int
    headings: tuple[Heading, ...] = ()  # the outline's headings, by line
    heading_lines: tuple[int, ...] = ()

    @cached_property
    def title_lines(self) -> list[int]:
        """The titles' lines, sorted: bisected for each claim, never scanned."""
        return [title for title, _ in self.titles]

    def section(self, line: int | None) -> _Section | None:
        if line is None:
            return None
        lines = self.title_lines
        opened = bisect_right(lines, line)
        if not opened:
            return None
        start, number = self.titles[opened - 1]
        ended = bisect_right(self.ends, line)
        if ended > bisect_right(self.ends, start):
            return None  # the claim stands after the sasaran's part ended
        following = lines[opened:opened + 1] + list(self.ends[ended:ended + 1])
        return _Section(start, min(following, default=self.last + 1) - 1, number)


@per_report  # CON002 and CON005 both read them
def _sasaran_parts(report: Report) -> _Sasaran:
    """The titles of the sasaran's parts: outline headings that open with a sasaran and
    its number, and lines written as one (the reader keeps some as plain text)."""
    titles: dict[int, int | None] = {}
    for heading in report.outline:
        match = _SASARAN_HEADING_TITLE.match(fold_text(heading.text))
        if heading.where.line is not None and heading.kind == "other" and match:
            titles[heading.where.line] = _number(match.group(1))
    for index, text in enumerate(report.text, start=1):
        match = _SASARAN_TITLE.match(text)
        if match and index not in titles:
            titles[index] = _number(match.group(1))
    ends = sorted(h.where.line for h in report.outline
                  if h.kind in _SECTION_ENDS and h.where.line is not None)
    headings = tuple(sorted((h for h in report.outline if h.where.line is not None),
                            key=lambda h: h.where.line or 0))
    return _Sasaran(tuple(sorted(titles.items())), tuple(ends), len(report.text), headings,
                    tuple(h.where.line or 0 for h in headings))


def _table_number(table: BudgetTable) -> int | None:
    """The number of the sasaran a per-sasaran table is titled with ("2", "Sasaran II")."""
    match = _TABLE_SASARAN.match(fold_text(table.sasaran or ""))
    return _number(match.group(1)) if match else None


def _sasaran_tables(report: Report, section: _Section | None, number: int | None
                    ) -> tuple[BudgetTable, ...]:
    """The per-sasaran tables of the sasaran a claim speaks of (``number`` when the
    sentence names it, else the one whose part it stands in): the table printed in that
    part, else those titled with its number. None when they are of different sasaran."""
    tables = [table for table in report.budgets if table.per_sasaran]
    wanted = number if number is not None else section.number if section else None
    found: list[BudgetTable] = []
    if section is not None and wanted in (None, section.number):
        found = [t for t in tables if t.where.line is not None
                 and section.start <= t.where.line <= section.end
                 and _table_number(t) in (None, wanted)]
    if not found and wanted is not None:
        found = [t for t in tables if _table_number(t) == wanted]
    if len({fold_text(t.sasaran or "") for t in found}) != 1:
        return ()
    return tuple(found)


class _Mention(NamedTuple):
    """Words of the sentence that name a part of the budget: where they stand, and which."""

    start: int
    end: int
    scope: _Scope

    def inside(self, other: _Mention) -> bool:
        """Whether these words are part of the longer name ``other``."""
        return (other.start <= self.start and self.end <= other.end
                and other.end - other.start > self.end - self.start)


def _whole_name(text: str, key: str) -> Iterator[int]:
    """Where ``key`` stands in ``text`` as whole words (both are normalised: words and
    single spaces), never inside a longer word ("... kota" is not in "kotamadya")."""
    start = text.find(key)
    while start >= 0:
        end = start + len(key)
        if (start == 0 or text[start - 1] == " ") and (end == len(text) or text[end] == " "):
            yield start
        start = text.find(key, start + 1)


def _mentions(items: _Items, before: str
              ) -> tuple[list[_Mention], dict[str, list[tuple[BudgetItem, BudgetTable]]]]:
    """The parts of the budget the words before a figure name, without the shorter names
    nested in a longer one the sentence names whole: a sentence about the kegiatan
    "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah" names that kegiatan, not the
    program "Penunjang Urusan Pemerintahan Daerah" its name contains; "DPA" inside
    "Penyusunan DPA-SKPD" is that sub kegiatan's name, not the whole budget."""
    mentions: list[_Mention] = []
    for name, pattern in _BELANJA_TYPES:
        mentions += [_Mention(m.start(), m.end(), _Scope("belanja", name))
                     for m in pattern.finditer(before)]
    mentions += [_Mention(m.start(), m.end(), _Scope("total")) for m in _WHOLE.finditer(before)]
    named: dict[str, list[tuple[BudgetItem, BudgetTable]]] = {}
    for key in items.in_words(before):
        starts = list(_whole_name(before, key))
        if starts:
            named[key] = items.named[key]
            mentions += [_Mention(s, s + len(key), _Scope("item", key)) for s in starts]
    return [m for m in mentions if not any(m.inside(o) for o in mentions)], named


# Words that name a figure the pagu; "anggaran" right after a word of spending is the
# realisasi's ("realisasi anggaran Rp ...").
_PAGU_WORDS = re.compile(r"\b(?:pagu|alokasi|dialokasikan|dianggarkan)\b"
                         r"|(?<!realisasi )(?<!serapan )\banggaran\b")


def _subject_in_doubt(claim: Claim, text: str) -> bool:
    """Whether the words since the previous figure name last the other of pagu and
    realisasi than the claim was read as ("menggunakan pagu Rp ...", read as spent)."""
    local = _local(claim, text)
    pagu = max((m.end() for m in _PAGU_WORDS.finditer(local)), default=-1)
    spent = max((m.end() for m in _SPENT.finditer(local)), default=-1)
    if claim.subject == "realisasi":
        return pagu > spent
    return claim.subject == "pagu" and spent > pagu


def _sasaran_scope(claim: Claim, report: Report, parts: _Sasaran, numbers: set[int | None],
                   heading: Heading | None, plain: bool) -> _Scope:
    """A claim about the programs of one sasaran: compared with that sasaran's per-sasaran
    table, else (when it is ``plain``: its words name no part of the budget and say
    which of pagu and realisasi it is as it was read) with the sum of the programs
    linked to it; skipped when which sasaran it is cannot be known."""
    if len(numbers) > 1:
        return _Scope("skip")  # "sasaran 1 dan 2": a sum no table prints
    section = parts.section(claim.where.line)
    if heading is not None and (section is None or section.start != heading.where.line):
        return _Scope("skip")  # a heading about the split, or about no one sasaran
    number = next(iter(numbers), None)
    tables = _sasaran_tables(report, section, number)
    if tables:
        return _Scope("sasaran", tables=tables)
    # No table of its own: the sum of the programs the report links to it, if any.
    wanted = number if number is not None else section.number if section else None
    if wanted is None or not plain:
        return _Scope("skip")
    return _Scope("sasaran", number=wanted)


def _scope(claim: Claim, report: Report, text: str, parts: _Sasaran, items: _Items) -> _Scope:
    if _SCOPED.search(normalise_name(text)):
        return _Scope("skip")
    before = _words_before(_PURPOSE.sub("", _before(claim, text)))
    back = _BACK_REFERENCE.search(before)
    if back is not None:
        pointed = _pointed_back(claim, report, text, items, back, parts)
        if pointed is not None:
            return pointed
    forward = _named_after(claim, text, items)
    if forward is not None:
        return forward
    mentions, named = _mentions(items, before)
    folded = fold_text(text)
    numbers = {_number(m.group(1)) for m in _SASARAN_NUMBER.finditer(text)}
    heading = _sasaran_heading(claim, parts)
    if numbers or heading is not None or _THIS_SASARAN.search(folded):
        if not any(m.scope.kind in ("item", "belanja") for m in mentions):
            plain = not (_PART_BEFORE.search(fold_text(_before(claim, text)))
                         or _subject_in_doubt(claim, text))
            return _sasaran_scope(claim, report, parts, numbers, heading, plain)
        if numbers or heading is not None:
            return _Scope("skip")  # a row's share for one sasaran: not the row's amount
        # "Kegiatan X yang menunjang sasaran ini memiliki pagu ...": the row it names.
    if not mentions:
        return _Scope("skip") if _NAMED_PART.search(_local(claim, text)) else _Scope("total")
    # The part named last before the figure is the one it speaks of.
    position = max(m.start for m in mentions)
    # At one position, a named row is more precise than the words around it.
    at = [m.scope for m in mentions if m.start == position]
    chosen = next((s for s in at if s.kind == "item"), at[0])
    if chosen.kind == "item" and chosen.name is not None:
        owner = _level_owner(mentions, position, before, named)
        if owner is not None and owner.scope.name is not None:
            # The part named after it ("termasuk kegiatan B") is no part the figure is of.
            return _Scope("item", owner.scope.name, tuple(named[owner.scope.name]))
    if chosen.kind == "total":
        summed = _rows_summed(mentions, position, before, named)
        if summed is not None:
            return summed
    if chosen.kind == "item" and chosen.name is not None:
        inside = _part_inside(claim, text, before[position:], named[chosen.name])
        if inside is not None:
            return inside
        joined = _joined(mentions, position, before)
        if len(joined) > 1:
            return _Scope("item", chosen.name,
                          tuple(pair for name in joined for pair in named[name]), joined=joined)
        of_parts = _parts_of_row(claim, report, _opening(claim, text, before, position),
                                 named[chosen.name], parts, items)
        if of_parts is not None:
            return of_parts
        return _Scope("item", chosen.name, tuple(named[chosen.name]))
    return chosen


# A figure given to a level of the budget by its word alone, after the names ("Program A,
# termasuk kegiatan B, dengan pagu program Rp ..."): the figure is the row of that level
# named before, not the one named last.
_LEVEL_FIGURE = re.compile(
    r"\b(?:pagu|anggaran|alokasi|realisasi|serapan)\s+(sub kegiatan|kegiatan|program)(?:nya)?\b")


def _level_owner(mentions: list[_Mention], position: int, before: str,
                 named: dict[str, list[tuple[BudgetItem, BudgetTable]]]) -> _Mention | None:
    """The row named latest before ``position`` whose level the words after the last name
    give the figure to ("dengan pagu program Rp ..." after "Program A, termasuk kegiatan
    B"); None when those words name no level, or the row named last is of it already."""
    last = [m for m in mentions if m.start == position and m.scope.kind == "item"]
    # The words after the name: a row's own name may hold them ("... Anggaran Program ...").
    after_name = before[max((m.end for m in last), default=position):]
    stated = [m.group(1).replace(" ", "_") for m in _LEVEL_FIGURE.finditer(after_name)]
    if not stated:
        return None
    level = stated[-1]

    def of_level(mention: _Mention) -> bool:
        rows = named.get(mention.scope.name or "", [])
        return bool(rows) and all(item.level.value == level for item, _ in rows)

    if any(of_level(m) for m in last):
        return None
    earlier = [m for m in mentions if m.start < position and m.scope.kind == "item" and of_level(m)]
    return max(earlier, key=lambda m: m.start, default=None)


def _words_before(raw: str) -> str:
    """The words before a figure, normalised, with the word of a row's level that opens
    the sentence kept: folding a name drops it ("Program Pendaftaran Penduduk dan Program
    Pencatatan Sipil memiliki pagu ..." would lose "program"), and a short name is known
    by it ("program pendaftaran penduduk"), so the first row would go unnamed and the
    figure be read as the last row's alone instead of the rows' sum."""
    before = normalise_name(raw)
    level = _LEVEL_WORD.match(fold_text(raw))
    if level is not None and not before.startswith(level.group(0)):
        return level.group(0) + before
    return before


# A figure followed by the row it was given to ("Rp2.006.500.000 pada Program Penunjang
# ...", "sebesar Rp8,49 miliar (80,88%) dialokasikan untuk Program ..."): the figure is
# that row's, whatever row an earlier figure of the sentence was tied to the same way.
_GIVEN_TO = re.compile(r"^(?:\d[\d ]*%? )?(?:(?:di)?(?:alokasikan|anggarkan|peruntukkan"
                       r"|serap|realisasikan) )?(?:pada|untuk|bagi) ")
# The word of a row's level before its name ("pada Program Penunjang ..."), which the
# table's row may not print.
_LEVEL_WORD = re.compile(r"^(?:sub kegiatan|kegiatan|program) ")


def _named_after(claim: Claim, text: str, items: _Items) -> _Scope | None:
    """The one row named right after the figure by the words that give it to that row;
    None when no row is named there (or two are, joined: their sum is left to the rest)."""
    after = normalise_name(_after(claim, text))
    given = _GIVEN_TO.match(after)
    if given is None:
        return None
    rest = after[given.end():]
    key = _name_at_start(rest, items) or _name_at_start(_LEVEL_WORD.sub("", rest), items)
    if key is None:
        return None
    following = rest[rest.find(key) + len(key):].split()
    if following[:1] in (["dan"], ["serta"]) and _name_at_start(
            _LEVEL_WORD.sub("", " ".join(following[1:])), items):
        return None  # "untuk Program A dan Program B": the two rows' sum
    return _Scope("item", key, tuple(items.named[key]))


# Words that name a part inside the row named before them ("Program X sebesar Rp A, yang
# di dalamnya terdapat belanja BLUD puskesmas Rp B dengan realisasi Rp C (p%)"): the
# figures from the part's amount on are the part's, not the row's.
_INSIDE = re.compile(r"\b(?:di dalamnya|di antaranya|antara lain|termasuk)\b", re.IGNORECASE)


def _part_inside(claim: Claim, text: str, from_name: str,
                 rows: list[tuple[BudgetItem, BudgetTable]]) -> _Scope | None:
    """The rows under the named ones whose pagu is the amount the part named inside them
    is given ("yang di dalamnya terdapat ... Rp B": a kegiatan or sub kegiatan of that
    pagu); skipped when no row under them has it (a part no table prints). None when the
    words from the row's name (normalised) to the figure name no part inside it."""
    if not _INSIDE.search(from_name):
        return None
    raw = _before(claim, text)
    opened = list(_INSIDE.finditer(raw))
    if not opened:
        return None
    amounts = _rupiah_in(raw[opened[-1].end():])
    # No amount between: the figure is the part's own first one (its pagu, if any).
    part_pagu = amounts[0][1] if amounts else (
        claim.value.value if claim.subject == "pagu" else None)
    parts = tuple((child, table) for item, table in rows for child in item.walk()
                  if child is not item and part_pagu is not None
                  and value_of(child.pagu) == part_pagu)
    return _Scope("item", _item_key(parts[0][0]), parts) if parts else _Scope("skip")


# Where a clause of a sentence ends: the figure after it has a subject of its own.
_CLAUSE_END = re.compile(r"[;:]")


def _subject_scope(claim: Claim, text: str, items: _Items, scope: _Scope) -> _Scope | None:
    """The row the figure's clause opens with, its subject ("Program A membiayai
    revitalisasi dan pengelolaan pasar rakyat dengan pagu Rp ..."), when the row named
    last before the figure is another one written as ordinary words, without the word of
    its level: those words say what the subject does, the figure may be the subject's.
    None when the clause opens with no row, or with the one already chosen, or when the
    last row is named as a row ("Program A melalui sub kegiatan B dengan pagu Rp ...")."""
    if scope.kind != "item" or scope.name is None or scope.joined:
        return None
    clause = _CLAUSE_END.split(_before(claim, text))[-1]
    folded = fold_text(clause)
    if re.search(rf"\b(?:kegiatan|program) {re.escape(scope.name)}\b", folded):
        return None  # the last row named as a row: the figure is that row's
    opening = normalise_name(clause)
    key = _name_at_start(opening, items)
    if key is None or key == scope.name or not _LEVEL_WORD.match(folded):
        return None
    return _Scope("item", key, tuple(items.named[key]))


def _name_at_start(text: str, items: _Items) -> str | None:
    """The longest row name ``text`` opens with, as whole words."""
    named = [key for key in items.in_words(text) if text.startswith(key)
             and (len(text) == len(key) or text[len(key)] == " ")]
    return max(named, key=len, default=None)


# "Kegiatan Program X yang mendukung sasaran ini ...", "sub kegiatan pada Program X": the
# words before a row's name that make the figure one of some of its kegiatan (or sub
# kegiatan), not of the row itself.
_PARTS_BEFORE = re.compile(r"\b(sub kegiatan|kegiatan) (?:(?:pada|dalam|dari|di) )?(?:program )?$")
_OPENING_WORDS = frozenset(("sub", "kegiatan", "pada", "dalam", "dari", "di", "program"))


def _opening(claim: Claim, text: str, before: str, position: int) -> str:
    """The words before the name at ``position``; at the sentence's start, its opening
    words as written ("Kegiatan Program X": folding a name drops its leading level word)."""
    if position:
        return before[:position]
    words = fold_text(_PURPOSE.sub("", _before(claim, text))).split()
    opening = takewhile(_OPENING_WORDS.__contains__, words)
    return "".join(f"{word} " for word in opening)


def _parts_of_row(claim: Claim, report: Report, before: str,
                  rows: list[tuple[BudgetItem, BudgetTable]], parts: _Sasaran, items: _Items
                  ) -> _Scope | None:
    """The scope of a figure of the kegiatan of a named program: the program's rows, each
    of its kegiatan, and the sum of those of them the sasaran's part of the report names
    (the kegiatan that support it, listed after the efficiency paragraph). None when the
    words before the name do not speak of its kegiatan."""
    match = _PARTS_BEFORE.search(before)
    if match is None:
        return None
    level = Level.SUB_KEGIATAN if match.group(1) == "sub kegiatan" else Level.KEGIATAN
    below = tuple((child, table) for item, table in rows for child in item.walk()
                  if child.level is level and child is not item)
    if not below:
        return None
    section = parts.section(claim.where.line)
    words = (normalise_name(" ".join(report.text[section.start - 1:section.end]))
             if section is not None else "")
    keys = {_item_key(child) for child, _ in below}
    listed = tuple(key for key in items.in_words(words)
                   if key in keys and next(_whole_name(words, key), None) is not None)
    name = _item_key(rows[0][0])
    return _Scope("item", name, (*rows, *below), joined=listed if len(listed) > 1 else ())


def _pointed_back(claim: Claim, report: Report, text: str, items: _Items,
                  back: re.Match[str], parts: _Sasaran) -> _Scope | None:
    """The rows "kedua program" points back at: the rows of that level the paragraph
    named before the sentence, else the part of Bab III about the sasaran the sentence
    stands in ("Sasaran ini ditunjang oleh Program A dan Program B. ... Kedua program
    pendukung menyerap Rp ..."), when there are as many as it says; their sum is the
    figure such a sentence quotes ("... Program A (pagu ...) dan Program B (pagu ...).
    Jumlah pagu kedua program Rp ...")."""
    level = back.group(2).replace(" ", "_")
    paragraph = _paragraph_before(claim, report, text)
    for earlier in (paragraph, _section_before(claim, report, parts, paragraph)):
        if not earlier:
            continue
        mentions, named = _mentions(items, normalise_name(earlier))
        names = tuple(dict.fromkeys(
            m.scope.name for m in sorted(mentions, key=lambda m: m.start)
            if m.scope.kind == "item" and m.scope.name
            and all(item.level.value == level for item, _ in named[m.scope.name])))
        if len(names) == _BACK_COUNTS[back.group(1)]:
            return _Scope("item", names[-1],
                          tuple(pair for name in names for pair in named[name]), joined=names)
    return None


def _section_before(claim: Claim, report: Report, parts: _Sasaran, paragraph: str) -> str:
    """The words of the sasaran's part of Bab III the claim stands in, up to its sentence
    (empty when it stands in no sasaran's part)."""
    line = claim.where.line
    section = parts.section(line)
    if line is None or section is None:
        return ""
    first = _paragraph_first(report, line)
    return " ".join([*report.text[section.start - 1:first - 1], paragraph])


def _paragraph_before(claim: Claim, report: Report, text: str) -> str:
    """The words of the claim's paragraph before its sentence."""
    line = claim.where.line
    if line is None or not 1 <= line <= len(report.text):
        return ""
    first = _paragraph_first(report, line)
    paragraph = " ".join(" ".join(report.text[first - 1:line]).split())
    # The sentence's opening words: the lines up to the claim's may hold no more of it.
    index = paragraph.find(" ".join(text.lstrip(_ELLIPSIS).split())[:_OPENING_CHARS])
    return paragraph[:index] if index > 0 else ""


# What may stand between rows named together: "Program A dan Program B", "A, B serta C".
_JOINING = frozenset(("dan", "serta", "maupun", "program", "kegiatan", "sub"))


# What may stand between rows named together and the words that add them up ("Program A
# dan Program B dengan jumlah pagu Rp ...", "... yang jumlah anggarannya", "... dengan
# anggaran seluruhnya Rp ...": all of theirs, not all of the agency's).
_SUMMING = frozenset(("dengan", "yang", "memiliki", "mempunyai", "menyerap", "anggaran",
                      "pagu", "dana"))
_SUM_WORDS = re.compile(r"^(?:jumlah|total|seluruhnya|keseluruhan)\b")


def _rows_summed(mentions: list[_Mention], position: int, before: str,
                 named: dict[str, list[tuple[BudgetItem, BudgetTable]]]) -> _Scope | None:
    """The rows a "jumlah"/"total" right after them adds up ("Sasaran ini ditunjang oleh
    Program A, Program B dan Program C dengan jumlah pagu Rp ..."): their sum, not the
    whole budget. None when no row is named right before those words."""
    if not _SUM_WORDS.match(before[position:]):
        return None
    rows = [m for m in mentions if m.scope.kind == "item" and m.scope.name and m.end <= position]
    if not rows:
        return None
    last = max(rows, key=lambda m: m.end)
    if not set(before[last.end:position].split()) <= _SUMMING:
        return None
    joined = _joined(mentions, last.start, before)
    items = tuple(pair for name in joined for pair in named[name])
    return _Scope("item", last.scope.name, items, joined=joined if len(joined) > 1 else ())


def _joined(mentions: list[_Mention], position: int, before: str) -> tuple[str, ...]:
    """The names of the rows named together with the one at ``position`` ("Program A dan
    Program B bersama-sama menyerap Rp ..."), in order; a figure after them may be their
    sum. Only the row at ``position`` when no other is joined to it."""
    rows = sorted((m for m in mentions if m.scope.kind == "item" and m.scope.name),
                  key=lambda m: m.start)
    chain = [m for m in rows if m.start == position][:1]
    for row in reversed([m for m in rows if chain and m.end <= chain[0].start]):
        if not set(before[row.end:chain[0].start].split()) <= _JOINING:
            break
        chain.insert(0, row)
    return tuple(dict.fromkeys(m.scope.name for m in chain if m.scope.name))


def _is_realisation_percent(claim: Claim, group: list[Claim], text: str) -> bool:
    """A stated percentage that is the share of the budget spent (not a share of a total,
    not physical progress, not an achievement): "realisasi ... 91,06% dari pagu" is one,
    "dialokasikan ... 0,71% dari keseluruhan belanja" is not."""
    local = _local(claim, text)
    if _PHYSICAL.search(local):
        return False
    before = normalise_name(_before(claim, text))
    if _OF_TARGET.search(before) and not _SPENDING.search(before):
        return False  # "terhadap target ..., realisasi ... mencapai 82,40%"
    if _SPENT.search(before):
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
    unit = _rounded_to(claim.value)
    if unit is not None:  # "Rp 8,5 miliar": the table's figure rounded or cut to it
        return any(same_amount(stated, (candidate.value / unit).quantize(Decimal(1), rounding)
                               * unit, context.rupiah_tolerance)
                   for rounding in (ROUND_HALF_UP, ROUND_DOWN))
    return same_amount(stated, candidate.value, context.rupiah_tolerance)


# A Rupiah figure in a word of scale, as the narrative reads it: "Rp 64,3 miliar".
_SCALED = re.compile(r"(?:,(?P<decimals>\d{1,2}))?\s*(?P<scale>ribu|juta|mil[iy]ar|triliun)$",
                     re.IGNORECASE)
_SCALE_DIGITS = {"ribu": 3, "juta": 6, "miliar": 9, "milyar": 9, "triliun": 12}


def _rounded_to(figure: Number) -> Decimal | None:
    """The unit a figure written in a word of scale is rounded to ("Rp 64,3 miliar": a
    tenth of a miliar); None for a figure printed in full."""
    match = _SCALED.search(figure.raw)
    if match is None:
        return None
    decimals = len(match.group("decimals") or "")
    return Decimal(1).scaleb(_SCALE_DIGITS[match.group("scale").casefold()] - decimals)


class _Figures:
    """The figures of a report's budget tables a claim may repeat, by subject, gathered
    once for all the claims of a run (each claim used to gather them again: the square
    of the report's size)."""

    def __init__(self, report: Report, graph: nx.DiGraph) -> None:
        self.report = report
        self.graph = graph
        self._totals: dict[str, list[_Candidate]] = {}
        self._rows: dict[str, list[_Candidate]] = {}
        self._linked: dict[int, list[tuple[BudgetTable, tuple[BudgetItem, ...]]]] = {}

    def totals(self, subject: str) -> list[_Candidate]:
        """:func:`_total_candidates`; the list is shared, never to be changed."""
        if subject not in self._totals:
            self._totals[subject] = _total_candidates(self.report, subject)
        return self._totals[subject]

    def rows(self, subject: str) -> list[_Candidate]:
        """Every row's figures for ``subject``, of every budget table."""
        if subject not in self._rows:
            self._rows[subject] = [c for table in self.report.budgets for item in table.walk()
                                   for c in _item_candidates(item, table, subject, item.name)]
        return self._rows[subject]

    def linked(self, number: int, subject: str) -> list[_Candidate]:
        """The figures for ``subject`` of the programs linked to sasaran ``number``,
        added up in each overall budget table that prints them all."""
        if number not in self._linked:
            self._linked[number] = _linked_rows(self.report, self.graph, number)
        return [c for table, rows in self._linked[number]
                for c in _summed_candidates(rows, table, subject)]


def _any_row_matches(claim: Claim, figures: _Figures, context: Context) -> bool:
    """Whether the figure is some row's figure: then it speaks of that row, not the total."""
    return any(_matches(claim, c, context) for c in figures.rows(claim.subject))


def _groups(claims: Iterable[Claim]) -> dict[Claim, list[Claim]]:
    by_group: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.group is not None:
            by_group.setdefault(claim.group, []).append(claim)
    return {claim: by_group.get(claim.group, [claim]) if claim.group else [claim]
            for claim in claims}


def _candidates(report: Report, claim: Claim, scope: _Scope, figures: _Figures
                ) -> list[_Candidate]:
    """The figures of the body a claim of ``scope`` may repeat."""
    if scope.kind == "belanja":
        pattern = dict(_BELANJA_TYPES)[scope.name or ""]
        return [c for table in report.budgets if table.kind == "belanja"
                for item in table.items if pattern.search(normalise_name(item.name))
                for c in _item_candidates(item, table, claim.subject, item.name)]
    if scope.kind == "item":
        # Rows named together: their sum first, the figure such a sentence quotes.
        return _joined_candidates(scope, claim.subject) + [
            c for item, table in scope.items
            for c in _item_candidates(item, table, claim.subject,
                                      f"{item.level.value.replace('_', ' ')} '{item.name}'")]
    if scope.kind == "sasaran":
        if scope.number is not None:  # the sums nearest the stated figure first
            stated = claim.value.value or Decimal(0)
            return sorted(figures.linked(scope.number, claim.subject),
                          key=lambda candidate: abs(candidate.value - stated))
        return [c for table in scope.tables for c in _table_candidates(table, claim.subject)]
    return figures.totals(claim.subject)


def _joined_candidates(scope: _Scope, subject: str) -> list[_Candidate]:
    """The figures of the rows a sentence names together, added up in each table that
    prints all of them: "Program A dan Program B bersama-sama menyerap Rp ..." quotes
    the two rows' sum, as a reviewer adding them up finds it."""
    if len(scope.joined) < 2:
        return []
    by_table: dict[int, tuple[BudgetTable, dict[str, BudgetItem]]] = {}
    for item, table in scope.items:
        if _item_key(item) not in scope.joined:
            continue  # a row of the scope that is not one of those added up
        rows = by_table.setdefault(id(table), (table, {}))[1]
        rows.setdefault(_item_key(item) or "", item)  # the first row of each name
    found: list[_Candidate] = []
    for table, rows in by_table.values():
        if set(rows) != set(scope.joined):
            continue  # the table does not print them all: no sum of them there
        found += _summed_candidates(tuple(rows.values()), table, subject)
    return found


def _summed_candidates(rows: tuple[BudgetItem, ...], table: BudgetTable, subject: str
                       ) -> list[_Candidate]:
    """The figures for ``subject`` of ``rows`` of ``table`` added up, as one row."""
    pagu = sum_of(item.pagu for item in rows)
    realisasi = sum_of(item.realisasi for item in rows)
    summed = replace(rows[0], pagu=None if pagu is None else Number(str(pagu), pagu),
                     realisasi=None if realisasi is None else Number(str(realisasi),
                                                                     realisasi),
                     persen=None, sisa=None, children=())
    what = " + ".join(f"{item.level.value.replace('_', ' ')} '{item.name}'" for item in rows)
    return _item_candidates(summed, table, subject, what)


# A sasaran written by its number alone ("Sasaran 2", "2").
_NUMBER_ONLY = re.compile(r"^(?:sasaran\s+)*(?:strategis\s+)?(\d{1,2}|[ivx]{1,4})$",
                          re.IGNORECASE)


def _sasaran_node(report: Report, graph: nx.DiGraph, number: int) -> str | None:
    """The graph's node of sasaran ``number``: the report's sasaran of that place in its
    order, else (no sasaran named anywhere) the one node written as that number."""
    numbered = numbered_sasaran(report)
    if numbered:
        if not 1 <= number <= len(numbered):
            return None
        key = node_finder(graph, "sasaran")(numbered[number - 1])
        return key if key in graph else None
    found = [key for key, data in graph.nodes(data=True) if data["kind"] == "sasaran"
             and any((match := _NUMBER_ONLY.match(name.strip())) and
                     _number(match.group(1)) == number for name in data["names"])]
    return found[0] if len(found) == 1 else None


def _linked_rows(report: Report, graph: nx.DiGraph, number: int
                 ) -> list[tuple[BudgetTable, tuple[BudgetItem, ...]]]:
    """The rows of the programs the report links to sasaran ``number`` (its Renstra
    cascade, link tables, per-sasaran lists), in each overall budget table that prints
    them all: all of them, and apart the ones linked to this sasaran alone (a support
    program linked to every sasaran is often left out of each one's sum). Empty when
    the sasaran is linked to a kegiatan or sub kegiatan of its own (its money is then
    part of a program's) or to a program no table prints."""
    sasaran = _sasaran_node(report, graph, number)
    if sasaran is None:
        return []
    linked = [key for key in graph.successors(sasaran)
              if graph.nodes[key]["kind"] in ("program", "kegiatan", "sub_kegiatan")]
    if not linked or any(graph.nodes[key]["kind"] != "program" for key in linked):
        return []
    alone = [key for key in linked
             if not any(graph.nodes[other]["kind"] == "sasaran" and other != sasaran
                        for other in graph.predecessors(key))]
    program = node_finder(graph, "program")
    found: list[tuple[BudgetTable, tuple[BudgetItem, ...]]] = []
    for table in report.main_budgets():
        rows: dict[str, BudgetItem] = {}
        for item in table.items:
            if item.level is Level.PROGRAM:
                rows.setdefault(program(item.name), item)
        for keys in (linked, alone) if alone and len(alone) < len(linked) else (linked,):
            if keys and all(key in rows for key in keys):
                found.append((table, tuple(rows[key] for key in keys)))
    return found


def _names_earlier_pagu(claim: Claim, text: str) -> bool:
    """Whether the sentence names the pagu it states as the one before the budget's
    change ("pagu murni Rp ...", "pagu awal", "Rp ... sebelum refocusing")."""
    if claim.subject != "pagu":
        return False
    local = _local(claim, text)
    nouns = [m.start() for m in _BUDGET_NOUN.finditer(local)]
    if nouns and _EARLIER_NAMED.match(local[nouns[-1]:]):
        return True
    return bool(_EARLIER_AFTER.match(normalise_name(_after(claim, text))))


def _earlier_candidates(scope: _Scope, report: Report) -> list[_Candidate]:
    """The earlier-stage pagu of the rows, per-sasaran tables or whole budget a claim
    speaks of, each stage apart: each row's, the rows named together added up in each
    table that prints them all, a table's total (as printed, else its top rows added
    up). Empty when they print no earlier stage: the pagu in force is no figure the
    claim repeats (a table may print only the pagu after the refocusing)."""
    if scope.kind == "sasaran":
        return [c for table in scope.tables for c in _earlier_table_totals(table)]
    if scope.kind == "total":
        return [c for table in (*report.budgets, *report.joined_budgets)
                if not table.per_sasaran for c in _earlier_table_totals(table)]
    if scope.kind != "item":
        return []
    found = _earlier_joined(scope)
    for item, table in scope.items:
        what = f"{item.level.value.replace('_', ' ')} '{item.name}'"
        found += [_Candidate(_label(f"pagu tahap sebelumnya {what} di {table.name}",
                                    f"the earlier-stage pagu of {what} in {table.name}",
                                    item.where.line), value)
                  for stage in item.earlier_pagu if (value := value_of(stage)) is not None]
    return found


def _earlier_sums(rows: Iterable[BudgetItem]) -> list[Decimal]:
    """The rows' earlier-stage pagu added up, stage by stage (only the stages every row
    prints)."""
    listed = list(rows)
    stages = min((len(item.earlier_pagu) for item in listed), default=0)
    sums = (sum_of(item.earlier_pagu[stage] for item in listed) for stage in range(stages))
    return [total for total in sums if total is not None]


def _earlier_joined(scope: _Scope) -> list[_Candidate]:
    """The earlier-stage pagu of the rows a sentence names together, added up in each
    table that prints all of them (as :func:`_joined_candidates` adds the pagu up)."""
    if len(scope.joined) < 2:
        return []
    by_table: dict[int, tuple[BudgetTable, dict[str, BudgetItem]]] = {}
    for item, table in scope.items:
        if _item_key(item) in scope.joined:
            by_table.setdefault(id(table), (table, {}))[1].setdefault(_item_key(item) or "",
                                                                       item)
    found: list[_Candidate] = []
    for table, rows in by_table.values():
        if set(rows) != set(scope.joined):
            continue
        what = " + ".join(f"{item.level.value.replace('_', ' ')} '{item.name}'"
                          for item in rows.values())
        line = next(iter(rows.values())).where.line
        found += [_Candidate(_label(f"pagu tahap sebelumnya {what} di {table.name}",
                                    f"the earlier-stage pagu of {what} in {table.name}",
                                    line), total)
                  for total in _earlier_sums(rows.values())]
    return found


def _earlier_table_totals(table: BudgetTable) -> list[_Candidate]:
    """A per-sasaran table's earlier-stage pagu total: as printed, else its top rows'."""
    totals = [value for number in table.earlier_pagu if (value := value_of(number)) is not None]
    line = table.total_where.line or table.where.line
    return [_Candidate(_label(f"total pagu tahap sebelumnya {table.name}",
                              f"the earlier-stage pagu total of {table.name}", line), total)
            for total in totals or _earlier_sums(table.items)]


def _is_revenue(claim: Claim, text: str) -> bool:
    """Whether the figure speaks of money received or held rather than spent: the last
    word before it that says which is a revenue word ("realisasi pendapatan BLUD sebesar
    Rp ... (102,95%)"; "terealisasi" says neither, nor the APBD the figure is set in:
    "Target PAD ... dalam APBD Perubahan sebesar Rp ... dan realisasinya Rp ...")."""
    before = _SET_IN.sub(r"\1", normalise_name(_before(claim, text)))
    revenue = [m.end() for m in _REVENUE.finditer(before)]
    spending = [m.end() for m in _SPENDING.finditer(before)]
    return bool(revenue) and max(revenue) > max(spending, default=-1)


@per_report  # CON002 and CON005 both read them
def _rupiah_indicators(report: Report) -> tuple[str, ...]:
    """The names (normalised) of the indicators the report measures in Rupiah."""
    named = [(row.name, row.unit) for row in report.plan.indikator]
    named += [(row.indikator, row.unit) for row in (*report.agreements, *report.iku)]
    named += [(row.indikator, row.unit) for table in report.achievements for row in table.rows]
    names = {normalise_name(name) for name, unit in named
             if name and unit and _RUPIAH_UNIT.search(unit.casefold())}
    return tuple(sorted(n for n in names if len(n.split()) >= _MIN_INDICATOR_WORDS))


@per_report
def _rupiah_indicator_values(report: Report) -> frozenset[Decimal]:
    """Every target and realisasi the report prints for an indicator measured in Rupiah
    (the Renstra's, the PK's, the capaian tables'): figures of the region's money."""
    rows: list[tuple[str | None, Iterable[Number | None]]] = [
        (row.unit, row.targets.values()) for row in report.plan.indikator]
    rows += [(row.unit, (row.target,)) for row in (*report.agreements, *report.iku)]
    rows += [(row.unit, (row.target, row.realisasi))
             for table in report.achievements for row in table.rows]
    return frozenset(
        number.value for unit, numbers in rows
        if unit and _RUPIAH_UNIT.search(unit.casefold())
        for number in numbers if number is not None and number.value
    )


def _is_indicator_value(claim: Claim, values: frozenset[Decimal]) -> bool:
    """Whether the amount is, to the Rupiah, a target or realisasi of an indicator
    measured in Rupiah ("target nilai investasi dinaikkan ... menjadi Rp 1,2 triliun",
    "Realisasi investasi ... sebesar Rp ..."): the indicator's value, not the agency's
    budget, however the sentence names the indicator."""
    return claim.subject != "persen" and claim.value.value in values


def _is_indicator_figure(claim: Claim, text: str, indicators: tuple[str, ...]) -> bool:
    """Whether the figure is the value of an indicator measured in Rupiah: the sentence
    names the indicator before it, and no word of the budget stands between ("nilai
    realisasi investasi mencapai Rp 1,32 triliun"; not "untuk nilai realisasi investasi
    itu dinas menggunakan anggaran Rp ...")."""
    if not indicators:
        return False
    before = normalise_name(_before(claim, text))
    ends = [start + len(name) for name in indicators for start in _whole_name(before, name)]
    return bool(ends) and not _SPENDING.search(before, max(ends))


def _points_back(claim: Claim, text: str) -> bool:
    """Whether the sentence opens on the figure of the sentence before ("Realisasi
    tersebut ...") and names no budget word of its own before the claim's figure."""
    before = normalise_name(_before(claim, text))
    return bool(_POINTS_BACK.match(before)) and not _SPENDING.search(before)


def _of_original_pagu(claim: Claim, text: str) -> bool:
    """Whether the sentence says the percentage is of the budget before its changes."""
    return bool(_ORIGINAL_AFTER.match(normalise_name(_after(claim, text)))
                or _ORIGINAL_BEFORE.search(normalise_name(_before(claim, text))))


def _original_candidates(claim: Claim, group: list[Claim], figures: _Figures
                         ) -> list[_Candidate]:
    """A percentage of the budget before its changes: the body's realisasi totals over
    the original pagu the sentence states ("Dibandingkan pagu APBD murni sebesar Rp ...,
    realisasi ... setara dengan 85,20% dari anggaran awal")."""
    found: list[_Candidate] = []
    for pagu in (other for other in group if other.subject == "pagu" and other.value.value):
        assert pagu.value.value is not None
        line = pagu.where.line
        for total in figures.totals("realisasi"):
            found.append(_Candidate(
                {"id": f"{total.label['id']} / pagu awal {pagu.value.raw} (baris {line})",
                 "en": f"{total.label['en']} / the original pagu {pagu.value.raw} "
                       f"(line {line})"},
                total.value / pagu.value.value * HUNDRED, True))
    return found


def _other_year(claim: Claim, text: str, year: int | None) -> bool:
    """Whether the words since the previous figure put it in another budget year."""
    local = _local(claim, text)
    if _OTHER_YEAR.search(local):
        return True
    after = _YEAR_AFTER.match(_after(claim, text))
    if year is not None and after and int(after.group(1) or after.group(2)) != year:
        return True
    return year is not None and any(int(m.group(1)) != year for m in _YEAR.finditer(local))


def _held_by_another(claim: Claim, text: str, agency: str | None) -> bool:
    """Whether the words since the previous figure say another agency holds the money
    ("dianggarkan pada BPKAD sebesar Rp ..."): no table of this agency's budget has it."""
    before = _before(claim, text)
    figures = list(_FIGURE.finditer(before))
    local = before[figures[-1].end():] if figures else before
    return any(_another_agency(m.group("holder"), agency) for m in _HELD_BY.finditer(local))


def _another_agency(holder: str, agency: str | None) -> bool:
    """Whether ``holder`` (the capitalised words after "dianggarkan pada") names an agency
    other than ``agency``, the report's own."""
    words = holder.split()
    first = words[0].casefold()
    if first in ("perangkat", "opd", "skpd", "instansi"):
        return True  # "perangkat daerah lain"
    own = agency or ""
    if _FINANCE_AGENCY.match(first):
        return "keuangan" not in own.casefold()  # the finance agency's own report keeps it
    name = _NAME_END.sub("", holder)
    if first not in _AGENCY_KINDS or len(name.split()) < 2:
        return False  # a program, a unit of the agency, a budget document; "Dinas": itself
    return not (own and same_agency_name(name, own))


def _repeated_scope(claim: Claim, report: Report, scopes: list[tuple[Claim, _Scope]]
                    ) -> _Scope | None:
    """The part of the budget an unqualified figure repeats ("... terealisasi Rp ...
    (97,19%). Dengan capaian sasaran 99,99% dan serapan anggaran 97,19%, ..."): the
    same figure an earlier sentence of the paragraph gave for a named part speaks of it."""
    line = claim.where.line
    if line is None:
        return None
    first = _paragraph_first(report, line)
    for earlier, scope in reversed(scopes):
        if earlier.where.line is None or earlier.where.line < first:
            break
        if (earlier.group != claim.group and earlier.subject == claim.subject
                and earlier.value.value == claim.value.value and scope.kind != "total"):
            return scope
    return None


def _paragraph_first(report: Report, line: int) -> int:
    """The first line of the paragraph ``line`` stands in (at most a few lines up). A
    Word paragraph is known by its number, as each of its lines carries it: one
    paragraph follows the one before with no blank line between."""
    if 1 <= line <= len(report.places) and report.places[line - 1].paragraph is not None:
        return _word_paragraph_first(report.places, line)
    first = line
    while (first > 1 and line - first < _PARAGRAPH_LINES and first - 2 < len(report.text)
           and report.text[first - 2].strip()):
        first -= 1
    return first


def _word_paragraph_first(places: tuple[Place, ...], line: int) -> int:
    """The first line of the Word paragraph ``line`` stands in (a line break inside a
    paragraph starts a new line of it)."""
    paragraph = places[line - 1].paragraph
    first = line
    while first > 1 and places[first - 2].paragraph == paragraph:
        first -= 1
    return first


def _quotes_another_figure(claim: Claim, figures: _Figures, context: Context) -> bool:
    """Whether a claim about one sasaran's programs repeats a figure of the whole budget
    or of one of its rows: then it is not sure to speak of the sasaran's sum."""
    return (any(_matches(claim, c, context) for c in figures.totals(claim.subject))
            or _any_row_matches(claim, figures, context))


def _amount_checks(
    context: Context, claims: list[Claim]
) -> Iterator[tuple[Claim, list[_Candidate]]]:
    """Each amount claim that matches none of the figures it may repeat, with them."""
    report = context.report
    groups = _groups(claims)
    parts = _sasaran_parts(report)
    items = _budget_items(report)  # once per report, not per claim
    figures = _Figures(report, context.graph)
    indicators = _rupiah_indicators(report)
    indicator_values = _rupiah_indicator_values(report)
    indicator_line = -_PARAGRAPH_LINES  # the line of the last indicator's figure
    scopes: list[tuple[Claim, _Scope]] = []  # the claims read so far, with their scope
    for claim in claims:
        if claim.kind != "amount" or claim.subject not in _AMOUNT_SUBJECTS:
            continue
        if claim.value.value is None:
            continue  # unreadable: an input finding already
        text = _sentence(claim, report)
        line = claim.where.line or 0
        if _is_indicator_figure(claim, text, indicators) or _is_indicator_value(
                claim, indicator_values) or (
                line - indicator_line <= _PARAGRAPH_LINES and _points_back(claim, text)):
            indicator_line = line
            continue  # an indicator's value in Rupiah: no budget figure
        if _is_revenue(claim, text) or _other_year(claim, text, report.meta.year):
            continue  # not this year's spending: no budget table holds it
        if _NOT_AGENCY_BUDGET.search(normalise_name(text)):
            continue  # the region's APBD or a benchmark: not the agency's budget
        if _held_by_another(claim, text, report.meta.agency):
            continue  # another agency's money ("dianggarkan pada BPKAD")
        if claim.subject == "persen" and not _is_realisation_percent(claim, groups[claim], text):
            continue
        if claim.subject == "persen" and _of_original_pagu(claim, text):
            candidates = _original_candidates(claim, groups[claim], figures)
            if candidates and not any(_matches(claim, c, context) for c in candidates):
                yield claim, candidates
            continue  # with no original pagu stated, its base is not known
        scope = _scope(claim, report, text, parts, items)
        if scope.kind == "total" and not _mentions(items, normalise_name(_before(claim, text)))[0]:
            scope = _repeated_scope(claim, report, scopes) or scope
        scopes.append((claim, scope))
        if scope.kind == "skip":
            continue
        candidates = _candidates(report, claim, scope, figures)
        if _names_earlier_pagu(claim, text):
            candidates = _earlier_candidates(scope, report)
        if not candidates or any(_matches(claim, c, context) for c in candidates):
            continue
        subject = _subject_scope(claim, text, items, scope)
        if subject is not None:
            # The clause's subject first: the row whose figure the sentence states.
            candidates = _candidates(report, claim, subject, figures) + candidates
            if any(_matches(claim, c, context) for c in candidates):
                continue
        if scope.kind == "total" and _any_row_matches(claim, figures, context):
            continue
        if scope.kind == "sasaran" and _quotes_another_figure(claim, figures, context):
            continue
        if scope.kind == "total" and _split_part(claim, text, report, context):
            continue
        yield claim, candidates


# A Rupiah amount the narrative prints in full: "Rp 182.516.250", "Rp 4.250.000,00".
_FULL_RUPIAH = re.compile(r"\bRp\.?\s*(?P<digits>\d{1,3}(?:\.\d{3})+)(?:,\d{2})?(?![\d.,]*\d)")


def _rupiah_in(text: str) -> list[tuple[int, Decimal]]:
    """(offset, value) of each amount printed in full in ``text``."""
    return [(found.start(), Decimal(found.group("digits").replace(".", "")))
            for found in _FULL_RUPIAH.finditer(text)]


def _split_part(claim: Claim, text: str, report: Report, context: Context) -> bool:
    """Whether the claim is one part of the budget total split in two by its sentence
    ("belanja operasional Rp A terealisasi Rp B (p%), sedangkan Dana Kelurahan Rp C
    terealisasi Rp D (q%)"): the other part is a figure of a table and both add up to
    the total. A percentage is such a part's when it is the realisasi over the pagu
    printed right before it and both are parts so."""
    amounts = _rupiah_in(text)
    stated = claim.value.value
    if stated is None:
        return False
    if claim.subject in ("pagu", "realisasi"):
        return _adds_to_total(stated, claim.subject, amounts, report, context)
    position = _position(claim, text)
    before = [value for offset, value in amounts if position is not None and offset < position]
    if claim.subject != "persen" or len(before) < 2 or not before[-2]:
        return False
    pagu, realisasi = before[-2], before[-1]
    return (percent_matches(stated, claim.value.decimals, realisasi / pagu * HUNDRED,
                            context.percent_tolerance)
            and _adds_to_total(pagu, "pagu", amounts, report, context)
            and _adds_to_total(realisasi, "realisasi", amounts, report, context))


def _adds_to_total(part: Decimal, subject: str, amounts: list[tuple[int, Decimal]],
                   report: Report, context: Context) -> bool:
    """``part`` and another amount of the sentence that a table prints add up to a
    total of ``subject`` the tables give."""
    tolerance = context.rupiah_tolerance
    figures = [candidate.value for candidate in _total_candidates(report, subject)
               if not candidate.percent]
    return any(
        same_amount(part + other, total, tolerance)
        and any(same_amount(other, figure, tolerance) for figure in figures)
        for _, other in amounts if other != part
        for total in figures
    )


def _listed(candidates: list[_Candidate], decimals: int) -> dict[str, str]:
    return {lang: "; ".join(c.shown(lang, decimals) for c in candidates)
            for lang in ("id", "en")}


def _claim_violation(claim: Claim, candidates: list[_Candidate]) -> Violation:
    decimals = claim.value.decimals
    first = candidates[0]
    # The figure the message names first, at the message's precision.
    expected = (percent_text(first.value, max(decimals, 2)) if first.percent else first.value)
    return Violation(
        location(claim.where),
        {"subject": _SUBJECT_NAMES[claim.subject], "stated": claim.value.raw.strip(),
         "line": claim.where.line if claim.where.line is not None else "?",
         "candidates": _listed(candidates, decimals)},
        expected=expected,
        actual=claim.value,  # as printed; its machine text is the value read
    )


def _in_ikhtisar(report: Report) -> Callable[[Claim], bool]:
    span = main_span(report, "ikhtisar_eksekutif")
    return lambda claim: span is not None and claim.where.line in span


@rule(
    code="CON002",
    slug="consistency-amounts",
    fix={
        "id": "Kutip angka anggaran di narasi persis seperti di tabel anggaran.",
        "en": "Quote the budget figure in the text exactly as the budget table gives it.",
    },
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
        "angka yang tidak ada di tabel mana pun berarti salah satunya keliru. Jumlah "
        "anggaran program pendukung satu sasaran dibandingkan dengan tabel program "
        "pendukung sasaran itu; pendapatan (misalnya pendapatan BLUD), sisa kas dan angka "
        "tahun lain bukan belanja tahun ini dan tidak dibandingkan.",
        "en": "The pagu, realisasi, percentage and sisa quoted by the narrative must equal "
        "the realisation table, the allocation table and the Perjanjian Kinerja budget; a "
        "figure found in no table means one of them is wrong. The budget of the programs "
        "supporting one sasaran is compared with that sasaran's table; revenue (such as "
        "BLUD revenue), cash carried over and other years' figures are not this year's "
        "spending and are not compared.",
    },
)
def CON002(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 has the reviewer check that the figures of the report are
    consistent: the budget stated in the narrative is the budget of the realisasi
    anggaran table (its totals), of the Bab II allocation and of the Perjanjian Kinerja.
    A claim about a named part (a jenis belanja, a program) is compared with that row;
    one about the programs supporting one sasaran, with that sasaran's per-sasaran table
    (when which sasaran it is can be known: its number in the sentence, or the sasaran
    whose part of Bab III it stands in); one about a part no table holds is skipped.
    Revenue (pendapatan BLUD and its target, the cost recovery rate), cash carried over
    (sisa kas, SiLPA) and other years' figures are no claims about this year's spending.
    Claims inside the Ikhtisar Eksekutif are CON005's."""
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
    fix={
        "id": "Samakan angka Ikhtisar Eksekutif dengan angka di isi laporan.",
        "en": "Make the Ikhtisar Eksekutif's figure equal the one in the body of the report.",
    },
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
                expected=percent_text(candidates[0].value, max(claim.value.decimals, 2)),
                actual=claim.value,
            )
    reported_lines = {claim.where.line for claim in reported}
    for quote in ikhtisar_sasaran_capaian(context):
        if quote.line not in reported_lines:
            yield _sasaran_violation(quote)


def _sasaran_violation(quote: SasaranQuote) -> Violation:
    """A sasaran's capaian of the Ikhtisar against the body's summary rows for it, else
    (a mean the Ikhtisar names so) the mean of its indicators."""
    decimals = quote.stated.decimals
    summaries = [figure for figure in quote.body if figure.summary] or quote.body
    candidates = [_Candidate(_label(f"capaian Sasaran {quote.number} {figure.table}",
                                    f"the capaian of Sasaran {quote.number} {figure.table}",
                                    figure.line)
                             if figure.summary else
                             _label(f"rata-rata capaian indikator Sasaran {quote.number} "
                                    f"{figure.table}",
                                    f"the mean capaian of the indicators of Sasaran "
                                    f"{quote.number} {figure.table}", figure.line),
                             figure.value, True)
                  for figure in summaries]
    return Violation(
        location(Provenance(line=quote.line)),
        {"subject": {"id": f"capaian Sasaran {quote.number}",
                     "en": f"the capaian of Sasaran {quote.number} as"},
         "stated": quote.stated.raw + "%",
         "line": quote.line,
         "candidates": _listed(candidates, decimals)},
        expected=percent_text(summaries[0].value, max(decimals, 2)),
        actual=quote.stated,
    )


# == Names: CON003 ==========================================================================
