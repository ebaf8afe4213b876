"""STR010: an Ikhtisar Eksekutif that leaves out what the regulation asks it to hold.

Permenpan RB 53/2014 (Lampiran II) describes the Ikhtisar Eksekutif: "disajikan tujuan
dan sasaran yang telah ditetapkan dalam rencana strategis serta sejauh mana instansi
pemerintah mencapai tujuan dan sasaran utama tersebut, serta kendala-kendala yang
dihadapi dalam pencapaiannya. Disebutkan pula langkah-langkah apa yang telah dilakukan
untuk mengatasi kendala tersebut dan langkah antisipatif untuk menanggulangi kendala
yang mungkin akan terjadi pada tahun mendatang." The reviu also looks for the budget's
realisation there, since it is what the reader of an executive summary asks next.

Each element is looked for by its words anywhere in the part's narrative (the heading's
line to the next part): the tujuan or sasaran; the capaian (the word, or a percentage);
the budget (anggaran, pagu, belanja, keuangan, dana); the problems (kendala, hambatan,
permasalahan, tantangan, "belum optimal", the cause of a shortfall: "penyebab",
"keterbatasan", "belum mencapai target karena ...", a figure short of its target and
why: "baru 3,42 dari target 3,50, karena ...", a result not delivered and why: "tidak
terealisasi ... karena ..."; a target missed names no problem by itself); the steps
taken (upaya, langkah, solusi, tindak lanjut, mengatasi, pemecahan,
a problem named said to be handled by a means: "keduanya ditangani melalui pendataan
ulang", "diselesaikan dengan menambah ...", or the action itself, tied by "untuk itu" /
"oleh karena itu" to a problem just named:
"... akan membuka ...", "Untuk itu Dinas menambah patroli ...", or planned by the
agency for the time to come in a sentence after it: "Pada tahun 2025 Dinas akan
memperluas ...", "Untuk tahun 2024 Puskesmas telah menyusun ...", or the work held up
redone in a later year in a clause after it: "...; pekerjaan yang tersisa dianggarkan
kembali pada Tahun 2023"), or the agency's act to come in a sentence after it: "Dinas
akan memperluas layanan ...").
An element whose words are missing is not there, whatever
else the part says; an element named is taken as present (the rule does not judge the
quality of what is written). One finding per report, naming every element missing. A
report without an Ikhtisar Eksekutif is STR001's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from checker.context import Context
from checker.rule import Category, Severity, Violation, rule
from rules._structure_outline import main_span, prose_lines
from rules.structure._parts import at

__all__ = ["STR010"]

# The words that name a problem: the cause of a shortfall names it too ("penyebab
# utamanya adalah terbatasnya tenaga ..."); a target missed, by itself, names none.
# "-nya": "Kendalanya adalah ...".
# A target missed "karena ..." names its cause, the problem: "belum mencapai target
# karena lonjakan permohonan ...".
_PROBLEM = (r"\b(?:(?:kendala|hambatan|permasalahan|masalah|tantangan|kekurangan)(?:nya)?|"
            r"penyebab\w*\b(?!\s+(?:ke)?berhasil)|keterbatasan|terbatasnya)\b|"
            r"\bbelum\s+(?:optimal|tercapai|maksimal)\b|\btidak\s+tercapai\b|"
            r"\b(?:belum|tidak)\s+(?:mencapai|memenuhi)\s+target\s+(?:karena|akibat|disebabkan)\b|"
            # Said as a noun: "Belum tercapainya target cadangan pangan disebabkan oleh ..."
            r"\b(?:belum|tidak)\s+(?:tercapainya|terpenuhinya)\s+target\b[^.;]{0,80}?"
            r"\b(?:karena|akibat|disebabkan)\b|"
            # A result not delivered, and why: "Indikator Jumlah TPST tidak terealisasi
            # (realisasi 0 unit dari target 1 unit) karena pembangunannya belum selesai"
            r"\b(?:belum|tidak)\s+(?:terealisasi|terlaksana|terwujud)\b[^.;]{0,100}?"
            r"\b(?:karena|akibat|disebabkan)\b|"
            # A figure short of its target, and why: "baru 3,42 dari target 3,50, karena
            # sebagian Renja ... belum terukur", "di bawah target akibat ..."
            r"\b(?:(?:baru|hanya)\s+(?:mencapai\s+|sebesar\s+)?\d[\d.,]*\s*%?\s+"
            r"(?:dari|terhadap)|di\s*bawah|kurang\s+dari)\s+target\b[^.;]{0,80}?"
            r"\b(?:karena|akibat|disebabkan)\b")
_PROBLEM_ROOM = 400  # characters from a problem named to the step answering it

# Or a step written as the agency's plan for the time to come, in a sentence anywhere
# after a problem named (the Ikhtisar closes on it, often after the budget): "Kendala
# utama adalah ... . Pada tahun 2025 Dinas akan memperluas pelatihan ...", "Ke depan,
# layanan akan diperluas ...", or already set in motion for it: "Untuk tahun 2024
# Puskesmas telah menyusun jadwal ...". An act of the agency, not a state to come or a
# problem foreseen: "... akan berakhir", "akan menghadapi".
_PLAN = (
    r"[.;]\s+[^.;]{0,60}?"
    r"(?:\b(?:tahun\s+(?:\d{4}|depan|mendatang|berikutnya)|ke\s*depan\w*)\b"
    r"[^.;]{0,160}?\b(?:akan|berencana|direncanakan)"
    r"|\buntuk\s+tahun\s+(?:\d{4}|depan|mendatang|berikutnya)\b[^.;]{0,160}?"
    r"\b(?:telah|sudah))\s+"
    r"(?:(?:terus|segera|lebih|kembali)\s+)?"
    r"(?!(?:menghadapi|mengalami|dihadapi|dialami|dicapai|mencapai|ditetapkan)\b)(?:me|di)\w+")
# Or the work a problem held up, redone or carried on in a later year, in a clause after
# it: "Hambatan utama adalah keterlambatan pekerjaan dermaga ...; pekerjaan yang tersisa
# dianggarkan kembali pada Tahun 2023", "paket tersebut dilelang ulang pada tahun depan".
# The agency's act ("di-" ... "kembali"/"ulang"), not a state that returns ("meningkat
# kembali") nor a problem met again ("dialami kembali").
_REDONE = (
    r"[.;]\s+[^.;]{0,80}?"
    r"\b(?!(?:dihadapi|dialami|dicapai|ditemukan)\b)(?:di\w+\s+(?:kembali|ulang)"
    r"|dilanjutkan)\b[^.;]{0,80}?"
    r"\b(?:tahun\s+(?:anggaran\s+)?(?:\d{4}|depan|mendatang|berikutnya)|ke\s*depan)\b")
# Or the agency's own act to come, in a sentence after a problem named, whenever it is
# to happen: "Permasalahan ... . Dinas akan memperluas layanan jemput bola ... pada tahun
# 2023". The agency is the subject; a problem it will meet is no step ("Dinas akan
# menghadapi ...").
_AGENCY_PLAN = (
    r"[.;]\s+(?:dinas|badan|kantor|kecamatan|kelurahan|distrik|puskesmas|rsud|rumah\s+sakit|"
    r"inspektorat|sekretariat|satpol\s+pp|bappeda|instansi|opd|perangkat\s+daerah|kami)\b"
    r"[^.;]{0,80}?\b(?:akan|berencana)\s+(?:(?:terus|segera|lebih|kembali)\s+)?"
    r"(?!(?:menghadapi|mengalami|dihadapi|dialami|dicapai|mencapai|ditetapkan)\b)(?:me|di)\w+")
_PROBLEM_PATTERN = re.compile(_PROBLEM)
# A problem handled, said in the passive with the means it is handled by: "ditangani
# melalui pendataan ulang", "ditanggulangi dengan cara ...", "diselesaikan lewat ...",
# "diatasi dengan menambah ...". "dengan" must lead to an act (a pe-/me- noun or verb),
# not to a manner ("dengan baik", "dengan tuntas").
_HANDLED = (r"\b(?:ditangani|ditanggulangi|diselesaikan|dipecahkan|diatasi)\s+"
            r"(?:(?:antara\s+lain|terutama|sebagian)\s+)?"
            r"(?:melalui|lewat|dengan\s+(?:cara\s+|jalan\s+)?(?:pe|me)\w+)\b")

# A step taken against the problem just named, tied to it by "untuk itu" / "oleh karena
# itu": the agency's act in the active voice, a me- verb within a few words of the tie
# (its subject, a time: "Untuk itu, pada tahun 2023 Dinas telah menambah ..."), the
# first me- word of the clause: the one that tells what was done. A verb
# that tells a state, a result or a need is no act ("menurun", "mencapai", "memerlukan"),
# nor is an act denied ("belum melaksanakan").
_TAKEN = (
    r"\b(?:untuk\s+itu|oleh\s+(?:karena|sebab)\s+itu|karena\s+itu|"
    r"menyikapi\s+hal\s+(?:ini|tersebut))\b,?"
    r"(?:\s+(?!(?:belum|tidak|bukan|masih)\b|me)[\w/-]+,?){0,6}?"
    r"\s+(?:(?:telah|sudah|segera|terus|juga)\s+)?"
    r"(?!(?:menjadi|mengalami|menghadapi|mencapai|melampaui|melebihi|meningkat|menurun|"
    r"memiliki|merupakan|menunjukkan|mengakibatkan|menyebabkan|membutuhkan|memerlukan|"
    r"mempengaruhi|memengaruhi|menghambat|mendapat|mendapatkan|memperoleh|meski|menurut|"
    r"mengenai)\w*\b)"
    r"me(?:m|n|ng|ny)?[a-z]\w+")


@cache
def _plan() -> re.Pattern[str]:
    """:data:`_PLAN`, :data:`_REDONE` or :data:`_AGENCY_PLAN`, compiled on first use:
    most reports name their steps in words, so the plan is never searched for and its
    long pattern need not be compiled."""
    return re.compile(f"{_PLAN}|{_REDONE}|{_AGENCY_PLAN}")


class _Step:
    """The steps taken: named by their words, or the agency's plan after a problem."""

    def __init__(self, words: re.Pattern[str]) -> None:
        self.words = words

    def search(self, text: str) -> bool:
        if self.words.search(text):
            return True
        problem = _PROBLEM_PATTERN.search(text)
        # From the first problem on: one pass, however many problems the part names.
        return problem is not None and _plan().search(text, problem.end()) is not None


_ELEMENTS = (
    (re.compile(r"\b(?:tujuan|sasaran)\b"),
     {"id": "tujuan dan sasaran", "en": "the tujuan and sasaran"}),
    (re.compile(r"\b(?:capaian|tercapai|mencapai|pencapaian)\b|\d\s*%"),
     {"id": "capaian kinerja", "en": "the capaian"}),
    (re.compile(r"\b(?:anggaran|pagu|belanja|keuangan|dana)\b"),
     {"id": "realisasi anggaran", "en": "the budget's realisation"}),
    (re.compile(_PROBLEM), {"id": "kendala yang dihadapi", "en": "the problems met"}),
    # A step may be written as the action itself, tied to the problem just named: "Masalah
    # utama ... Untuk itu pada tahun 2024 kecamatan akan membuka layanan ...", "... Oleh
    # karena itu perlu dilakukan ...". The tie alone is no step ("untuk itu perangkat
    # daerah harus bekerja berdasarkan visi dan misi", with no problem before it), nor is
    # a conclusion with no action to come.
    # A step word may carry "-nya", pointing back at the problem just named: "Untuk
    # mengatasinya Dinas akan ...", "Solusinya adalah ...".
    # Or the problem just named, said to be handled by a means: "...; keduanya ditangani
    # melalui pendataan ulang", "masalah ini diselesaikan dengan menambah petugas". The
    # means is what makes it a step: "ditangani dengan baik" names none.
    (_Step(re.compile(
        r"\b(?:upaya|langkah|solusi|tindak\s+lanjut|mengatasi|diatasi|pemecahan|"
        r"antisipa\w*)(?:nya)?\b|"
        rf"(?:{_PROBLEM}).{{0,{_PROBLEM_ROOM}}}?{_HANDLED}|"
        rf"(?:{_PROBLEM}).{{0,{_PROBLEM_ROOM}}}?"
        r"\b(?:untuk\s+itu|oleh\s+(?:karena|sebab)\s+itu|karena\s+itu|"
        r"menyikapi\s+hal\s+(?:ini|tersebut))\b[^.;]{0,160}?"
        r"\b(?:akan|perlu|berencana|direncanakan|diperlukan)\b|"
        # Or the step already taken, in the active voice: "Untuk itu Dinas menambah
        # patroli ...". A state or a problem ("... capaian menurun", "belum mencapai")
        # is no step.
        rf"(?:{_PROBLEM}).{{0,{_PROBLEM_ROOM}}}?{_TAKEN}")),
     {"id": "langkah mengatasi kendala", "en": "the steps taken against them"}),
)


_AND = {"id": "dan", "en": "and"}


def _joined(items: list[str], lang: str) -> str:
    """``a, b dan c`` (``a, b and c``)."""
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {_AND[lang]} {items[-1]}"


@rule(
    code="STR010",
    slug="structure-ikhtisar-content",
    title={"id": "Ikhtisar Eksekutif tidak memuat isi yang diminta",
           "en": "The Ikhtisar Eksekutif leaves out what it must hold"},
    category=Category.STRUCTURE,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran II (Ikhtisar Eksekutif)",
    message={
        "id": "Ikhtisar Eksekutif (baris {start}-{end}) tidak memuat {missing}.",
        "en": "The Ikhtisar Eksekutif (lines {start}-{end}) does not give {missing}.",
    },
    fix={
        "id": "Lengkapi Ikhtisar Eksekutif: tujuan dan sasaran, capaian utamanya, realisasi "
        "anggaran, kendala yang dihadapi dan langkah yang telah diambil untuk mengatasinya.",
        "en": "Complete the Ikhtisar Eksekutif: the tujuan and sasaran, the main capaian, "
        "the budget's realisation, the problems met and the steps taken against them.",
    },
    rationale={
        "id": "Ikhtisar Eksekutif adalah bagian yang dibaca pimpinan dan DPRD; Permenpan RB "
        "53/2014 memintanya menyajikan tujuan dan sasaran, sejauh mana tercapai, kendala "
        "yang dihadapi dan langkah mengatasinya. Unsur yang tidak disebut sama sekali "
        "dilaporkan; mutu uraiannya tidak dinilai.",
        "en": "The Ikhtisar Eksekutif is what the head of region and the DPRD read; "
        "Permenpan RB 53/2014 asks it to give the tujuan and sasaran, how far they were "
        "met, the problems met and the steps taken against them. An element not named at "
        "all is reported; the quality of what is written is not judged.",
    },
)
def STR010(context: Context) -> Iterator[Violation]:
    """The Ikhtisar Eksekutif presents the tujuan and sasaran, how far they were met,
    the problems met and the steps taken (Permenpan RB 53/2014, Lampiran II)."""
    report = context.report
    span = main_span(report, "ikhtisar_eksekutif")
    if span is None:
        return
    narrative = " ".join(text for _, text in prose_lines(report, span.start + 1, span.end))
    folded = " ".join(narrative.casefold().split())
    if not folded:
        return  # an empty part is STR001's concern, not a list of five missing elements
    missing = [words for pattern, words in _ELEMENTS if not pattern.search(folded)]
    if missing:
        yield Violation(
            at(span.start, span.end),
            {"start": span.start, "end": span.end,
             "missing": {lang: _joined([words[lang] for words in missing], lang)
                         for lang in ("id", "en")}},
            expected=None,
            actual=None,
        )
