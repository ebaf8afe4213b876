"""What the narrative asserts: counts ("3 (tiga) sasaran dengan 6 (enam) indikator") and
budget figures ("ditetapkan sebesar Rp ... realisasi ... atau 96,80 % ... sisa Rp ...").

Only the narrative is read (``Source.text_lines()``: no tables, no page headers). Lines of
one paragraph are joined so a sentence broken by the converter is read whole; each claim
keeps the 1-based line of its figure and the sentence it stands in, and the claims of one
sentence share a ``group``.

Counts are read conservatively. A number is a count only when it stands right before the
counted noun (program, kegiatan, sub kegiatan, sasaran, indikator, tujuan), optionally
with the number in words in parentheses: "20 (Dua Puluh) Sub Kegiatan". Never a count:

* a number after "Tahun", "Nomor", "Pasal", "Tabel", "Bab", "Halaman" ... (years, legal
  citations, captions, page numbers) or after the noun itself ("Sasaran 1", a label);
* list numbering ("1. Program ...", a number opening a line);
* a number that is part of a larger figure ("2.1", "7.01.02", "2021-2026");
* a bound ("paling sedikit empat kegiatan dalam setahun", "minimal 2 indikator"), and
  kegiatan named by the kind of work held in the field ("250 kegiatan patroli"): events,
  not the kegiatan of the budget;
* a subset ("2 indikator dalam kategori baik", "dari 6 indikator, 4 indikator tercapai",
  "5 indikator berada pada kriteria Sangat Tinggi", "2 indikator lainnya", "Tiga
  indikator bertarget kualitatif", "kecuali tiga sub kegiatan", "Tiga
  indikator, yaitu A, B dan C, berpolaritas negatif", "Dua indikator, A dan B, bersifat
  negatif", "9 program yang belum selaras", "Dua indikator ... merupakan
  indikator SPM", "14 program yang indikatornya masih berupa keluaran", "dua indikator
  tata kelola pemerintahan desa belum mencapai target", "Dari keenam indikator tersebut,
  5 indikator ..., sedangkan 1 indikator ...", "7 indikator melampaui target, sedangkan
  1 indikator, yaitu ..., mencapai 91,39%", "Lima indikator dapat diukur", "Empat
  indikator mencapai atau mendekati target"), a count of each of several ("Setiap
  sasaran ditunjang oleh dua program", "2 indikator per sasaran"), what one program
  supports ("Program X mendukung dua sasaran", "kegiatan X menunjang keberhasilan dua
  indikator"), or those called off ("dua kegiatan
  bimbingan teknis dibatalkan", "2 kegiatan tidak dapat dilaksanakan").

A count written only in words ("tiga program") is a claim too, except "satu" ("dalam satu
kegiatan" means "a single", and "salah satu program" "one of the programs").

A count is the agency's unless the sentence says whose the counted things are and names
someone else. Two places say it: the noun phrase of the count itself ("5 program prioritas
RPJMD", "12 indikator kinerja daerah", "40 kegiatan dari 10 desa": the first word after
the counted noun and its describing words such as kinerja, utama, prioritas) and the
subject of the clause the count stands in ("7 dari 10 desa telah melaksanakan 4 kegiatan",
"Dalam RPJMD terdapat 10 sasaran", "desa yang melaksanakan 4 kegiatan"). Someone else is
a village, the region, its government or head, the nation, or a plan of theirs (RPJMD,
RPJMN, RKPD, SPM, SDGs); the agency itself ("indikator kinerja utama Kecamatan ... Kabupaten
...") keeps its count. A count of another's things still takes its place in the sentence,
so the later "3 program" of "Dari 5 program prioritas RPJMD, 3 program ..." stays a part;
so do later counts of the same things in the paragraph ("R3P memuat 28 kegiatan ...
lintas perangkat daerah. Sampai akhir tahun, 16 kegiatan telah terlaksana": 16 of those
28). "3 program dari 5 program" is a part as well: the whole is the 5. Things a plan of
another holds are that plan's ("212 program dalam RKPD"), things shared by several
agencies are not the agency's own ("kegiatan ... lintas perangkat daerah"); things done
in a village are still the agency's ("4 kegiatan di 10 desa").

"Sasaran ini diukur dengan 2 indikator" counts the indicators of the sasaran whose
section it stands in (the latest paragraph opening "Sasaran 2: ..."); with no such
section it is no count of the agency's indicators either, and is left out.

Indicator counts of one sasaran ("Sasaran 1 terdiri dari 2 indikator", "SS 1 diukur dengan
2 (dua) indikator", "Sasaran Meningkatnya ... diukur dengan 2 (dua) indikator", a
paragraph that opens with "Sasaran 2 :" or "SS 2:") carry that sasaran: its number, or its
name. The last of a list or range of them ("SS 1 sampai dengan SS 4, dengan 7 indikator")
is not the one counted.

Amounts are Rupiah figures ("Rp. 2.179.478.930,00") and realisation percentages of a
sentence about the budget. What a figure is, is said by the words that govern it: those
between it and the figure before it, from the last clause that opens anew among them (a
verb of having or "dengan" before the noun: "Kegiatan yang menyerap anggaran terbesar
memiliki pagu Rp ..."). Among them a remainder word (sisa, tidak terserap) makes it the
sisa, else a spending word (realisasi, serapan, and the verbs menyerap, merealisasikan,
menggunakan, membelanjakan ... in every voice) the realisasi, else an allocation word
(pagu, anggaran, ditetapkan, dialokasikan) the pagu. A budget noun is what spending and
remainder words act on, so "menyerap anggaran Rp X dari pagu Rp Y" is a realisasi X out
of a pagu Y, and "sisa dari anggaran Rp Z" a sisa. A change word (penambahan, bertambah,
dikurangi, turun ...) makes it the size of a change, none of these ("pagu bertambah Rp X"), unless
the figure is what the budget became or was ("naik menjadi Rp X"). The figure a change
starts from ("pagu X dari Rp A menjadi Rp B") is another stage's or year's and no claim;
the one it became is read as that kind. A figure joined by
"atau" restates the previous one ("sebesar 96,80 % atau Rp ..."). A percentage is a
claim only where the sentence names the realisation ("realisasi keuangan 88,62 %",
"serapan anggaran 97,88 %"), not a physical or performance achievement, or where it
restates a realisation or the ratio of a realisasi and the pagu it is "dari" ("... dari
pagu Rp Y (95,12%)"). Within a sentence, a second figure of the same kind starts a new
group (a total followed by its parts), so a group never holds two pagu. A figure in a word
of scale ("Rp 64,3 miliar") is read with it. A percentage "dari target" or "terhadap
target" ("82,24% dari target 85,00%") is an indicator's, and so is one of a "realisasi
indikator", a percentage after a bound ("penyerapan anggaran di bawah 100%", "lebih dari
90%", "hampir 100%") a threshold, and the villages' money ("alokasi dana desa sebesar Rp
...") and the savings of a procurement ("selisih antara pagu paket dan nilai kontrak",
"sisa lelang") none of the agency's budget figures.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import NamedTuple

from checker.model import Claim, Number, Provenance
from checker.names import fold_word
from checker.number_words import parse_number_words
from checker.numbers import NumberFormatError, parse_number
from checker.text import Heading, Source

from ._cues import may_hold

__all__ = ["extract_claims"]

_MAX_TEXT = 300
_FIGURE_ROOM = 30  # characters kept after the last figure's start: "Rp. 2.109.732.130,00"
_MAX_WORDS = 8  # words of a number in words: "Seratus Dua Puluh Tiga" has four
_CHAPTER_LEVEL = 2  # headings at or above it (BAB, 3.1) end a sasaran's section

# -- paragraphs and sentences ------------------------------------------------------------

_BULLET = re.compile(r"^\s*(?:[-\u2022\u2013\u25cf\u27a2*]\s+)")
# A line that opens a list item: a bullet, '1.', '2)', 'a.', or a bare '3 ' before a capital.
_LIST_START = re.compile(
    r"^\s*(?:[-\u2022\u2013\u25cf\u27a2*]\s+|\(?\d{1,2}[.)]\s|[a-z][.)]\s|\d{1,2}\s+(?=[A-Z]))"
)
# A sentence ends at . ! ? before a capital, a quote or a bracket, unless the period closes
# an abbreviation (Rp., No., Kab., S.IP., a single initial).
_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[\"\u201c(\[A-Z])")
_ABBREVIATIONS = frozenset((
    "rp", "no", "nomor", "kab", "kec", "kel", "prov", "jl", "jln", "tk", "dr", "ir", "drs",
    "dra", "hj", "h", "st", "sh", "se", "sip", "ip", "stp", "msi", "mm", "mt", "dll", "dsb",
    "dst", "hal", "tgl", "yth", "bpk", "sdr", "pt", "plt", "plh", "kep", "per", "tahun", "th",
))

_LABELS = frozenset(("sasaran", "tujuan", "program", "kegiatan", "indikator", "misi", "bab",
                     "tabel", "no", "nomor", "lampiran"))
_NUMBERED = re.compile(r"^(?:\d{1,2}|[ivx]{1,4})$")


class _Paragraph(NamedTuple):
    text: str
    starts: tuple[tuple[int, int], ...]  # (offset in text, source line), ascending

    def line_at(self, offset: int) -> int:
        """The source line of ``offset``: by bisection, since a paragraph of thousands of
        lines has a claim on each of them."""
        after = bisect_right(self.starts, offset, key=_offset)
        return self.starts[max(after - 1, 0)][1]


def _offset(start: tuple[int, int]) -> int:
    return start[0]


def _paragraphs(source: Source) -> Iterator[_Paragraph]:
    """Consecutive narrative lines joined; a heading, a list item or a gap splits them."""
    headings: set[int] = set()
    for heading in source.headings:
        headings.update(range(heading.line, heading.end_line + 1))
    parts: list[tuple[int, str]] = []
    for number, text in source.text_lines():
        if parts and (
            number != parts[-1][0] + 1
            or number in headings
            or parts[-1][0] in headings
            or _LIST_START.match(text)
        ):
            yield _join(parts)
            parts = []
        parts.append((number, text))
    if parts:
        yield _join(parts)


def _join(parts: Sequence[tuple[int, str]]) -> _Paragraph:
    pieces: list[str] = []
    starts: list[tuple[int, int]] = []
    length = 0
    for number, line in parts:
        if length:
            pieces.append(" ")
            length += 1
        starts.append((length, number))
        pieces.append(line)
        length += len(line)
    return _Paragraph("".join(pieces), tuple(starts))


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text``."""
    start = 0
    for match in _BOUNDARY.finditer(text):
        before = text[start:match.start()].rsplit(None, 2)
        token = before[-1].rstrip(".!?").split(".")[-1].casefold() if before else ""
        if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
            continue  # 'Rp. 5', 'Kab. Lembah', 'S.IP. Camat', an initial
        if len(before) > 1 and before[-2].casefold() in _LABELS and _NUMBERED.match(token):
            continue  # 'Sasaran 1. Meningkatnya ...': a label, not the end of a sentence
        yield start, match.start()
        start = match.end()
    if start < len(text):
        yield start, len(text)


# -- counts --------------------------------------------------------------------------------

_NOUN = (
    r"(?P<noun>sub[\s\-]*kegiatan|program|kegiatan|sasaran|indikator|indicator|tujuan)"
    r"(?![\w\-])"
)
_SUBJECTS = {"program": "program", "kegiatan": "kegiatan", "sasaran": "sasaran",
             "indikator": "indikator", "indicator": "indikator", "tujuan": "tujuan"}
_DIGIT_COUNT = re.compile(
    r"(?<![\w.,/\-])(?P<digits>\d{1,3})(?![\w%]|[.,]\d)"
    r"(?:\s*\(\s*(?P<words>[A-Za-z][A-Za-z\s\-]{0,80}?)\s*\))?"
    rf"\s+{_NOUN}",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_NOUN_WORDS = ("program", "kegiatan", "sasaran", "indikator", "indicator", "tujuan")
_NUMBER_WORD = (
    r"(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus"
    r"|seribu|belas|puluh|ratus|ribu)"
)
# What every number word holds ('puluh' in 'sepuluh', 'ribu' in 'seribu').
_NUMBER_WORD_CUES = ("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
                     "sembilan", "belas", "puluh", "ratus", "ribu")
_WORD_COUNT = re.compile(
    rf"(?<![\w\-])(?P<words>{_NUMBER_WORD}(?:\s+{_NUMBER_WORD}){{0,{_MAX_WORDS}}})\s+{_NOUN}",
    re.IGNORECASE,
)
# The word before a number that makes it a label, a year, a citation or a page.
_NOT_COUNT_BEFORE = frozenset((
    "tahun", "th", "ta", "nomor", "no", "nomer", "pasal", "ayat", "angka", "huruf", "butir",
    "bab", "tabel", "table", "gambar", "grafik", "diagram", "lampiran", "halaman", "hal",
    "sasaran", "program", "kegiatan", "tujuan", "indikator", "misi", "visi", "periode",
    "tanggal", "tgl", "ke", "pp", "uu", "perda", "perbup", "perwali", "pergub", "permendagri",
    "permenpan", "kepmendagri", "perpres", "inpres", "keppres", "sub", "urutan", "nilai",
    "skor", "rp", "kode", "iku", "strategis", "level", "tingkat", "eselon", "golongan",
))
# What right after the counted noun makes the number a subset rather than the whole:
# "2 indikator dalam kategori baik", "2 indikator capaian diatas target"; a class of them
# ("berada pada kriteria", "berpredikat", "memiliki polaritas negatif"), the rest of them
# ("2 indikator lainnya", "dua indikator di antaranya"), those the kind of their target
# sets apart ("Tiga indikator bertarget kualitatif": the total has targets of several
# kinds), those a property of theirs sets apart ("14 program yang
# indikatornya masih berupa keluaran"), those that were called off ("dua kegiatan
# bimbingan teknis dibatalkan": what did not take place is never all the agency has; "tiga
# kegiatan relokasi menunggu penetapan lahan": nor what still waits), those a change acts
# on ("1 indikator mengalami perubahan target", "2 indikator diubah"). The sasaran they
# belong to may stand between ("dua indikator pada sasaran kedua belum mencapai target"),
# and so may two words of any kind or up to five that say what the things are, with no
# word that opens another clause among them ("dua indikator tata kelola pemerintahan desa
# belum mencapai target"; never "5 indikator dan 3 indikator belum mencapai target"). So
# may the list of them, set off by commas after "yaitu" or in brackets ("Tiga indikator,
# yaitu TFR, ASFR dan unmet need, berpolaritas negatif"): it names which they are, the
# predicate after it still says they are a part. A predicate that puts them in a kind of
# the counted things ("Dua indikator pelayanan ibu hamil dan penderita hipertensi
# merupakan indikator SPM") sets them apart too, after up to eight words that name them
# ("dan" among them joins two names, never a second count); not in a clause of their own
# ("6 indikator yang merupakan IKU" describes them all).
# A list of names set off by commas without "yaitu" ("Dua indikator, A dan B, bersifat
# negatif") names them as well: two names at least, joined by "dan" or "serta", and no
# figure among them (", 10 kegiatan dan 13 sub kegiatan," is a list of other counts).
_MEMBERS = (r"(?:\s*\([^()]{0,160}\)|\s*,\s*(?:yaitu|yakni)\s+[^.;:]{1,200}?,"
            r"|\s*,\s*(?:[^.;:,\d]{1,80},\s*)*[^.;:,\d]{1,80}?\s(?:dan|serta)\s"
            r"[^.;:,\d]{1,80}?,)?")
# Words that say which of them the count takes may come before a bracketed list of
# several that names them ("Tiga indikator cakupan dokumen (akta kelahiran, KTP-el dan
# KIA) berada di atas target"): up to four, none opening a clause, and the list names two
# at least (a comma, "dan" or "serta" in it), so an aside ("(IKU)", "(lihat Tabel 2.3)")
# never sets them apart.
_NAMED_BEFORE_MEMBERS = (
    r"(?:(?:\s+(?!(?:yang|dengan|sedangkan|namun|tetapi|sebanyak|dari|dan|serta|atau)\b)"
    r"[A-Za-z\-]+){1,4}(?=\s*\([^()]{0,160}?(?:,|\b(?:dan|serta)\b)[^()]{0,160}\)))?"
)
# Those measured so far, where a realisation is not yet known for all of them ("realisasi
# 4 indikator telah dapat diukur, sedangkan realisasi 1 indikator belum tersedia", "Dari 4
# indikator yang terukur"): "yang terukur" right after the noun restricts it; after words
# that say what they are ("7 indikator kinerja yang terukur") it is the quality every
# indicator of the agreement is set to have, and the count stays a total.
_MEASURED = (
    r"yang\s+(?:terukur|(?:telah|sudah)\s+(?:dapat\s+|bisa\s+)?(?:diukur|terukur))\b"
)
# Those that can be measured, said right after the noun ("Lima indikator dapat diukur,
# sedangkan satu indikator belum"): some of them, where the data of the others is not in
# yet. After a "yang" or words that say what they are ("6 indikator kinerja yang dapat
# diukur") it is the quality every indicator is set to have, and the count stays a total.
_CAN_MEASURE = r"(?:dapat|bisa)\s+(?:diukur|terukur)\b"
_CLASS_OF = (
    rf"(?:(?!(?:yang|dengan|sedangkan|namun|tetapi|sebanyak|dari)\b)"
    rf"(?!(?:dan|serta|atau)\s+(?:\d|{_NUMBER_WORD}))[A-Za-z\-]+\s+){{0,8}}?"
    r"(?:merupakan|termasuk|tergolong)\s+(?:dalam\s+)?(?:kelompok\s+|jenis\s+)?"
    r"(?:sub\s+kegiatan|kegiatan|program|sasaran|indikator)\b"
)
_SUBSET_AFTER = re.compile(
    rf"^{_NAMED_BEFORE_MEMBERS}{_MEMBERS}\s+(?:capaian\b|{_CLASS_OF}|{_MEASURED}|{_CAN_MEASURE}|"
    r"(?:(?:pada|dari|di|untuk|dalam)\s+sasaran\s+(?:strategis\s+)?"
    r"(?:ke[\s\-]?)?\w+\s+)?"
    r"(?:(?:[\w\-]+\s+){0,2}?|(?:(?!(?:dan|serta|atau|yang|dengan|sedangkan|namun|tetapi"
    r"|sebanyak|dari)\b)[A-Za-z\-]+\s+){3,5}?)(?:dalam\s+kategori|berkategori|kategori|predikat"
    r"|berpredikat|kriteria|berkriteria|polaritas|berpolaritas|lainnya|lain|sisanya"
    r"|bertarget|di\s*antaranya"
    r"|(?:di\s*)?atas\s+target|di\s*bawah\s+target|mendekati\s+target"
    r"|(?:telah\s+)?mencapai(?:\s+(?:atau|dan|bahkan)\s+(?:mendekati|melampaui|melebihi))?"
    r"\s+target"
    r"|(?:tidak|belum)\s+(?:mencapai|tercapai|memenuhi)"
    r"|(?:telah|sudah|baru|tidak|belum)\s+(?:dapat\s+|bisa\s+)?(?:diukur|terukur)"
    r"|tercapai|terpenuhi|melampaui"
    r"|melebihi|sesuai\s+target|berhasil|gagal|dibatalkan|batal|ditunda|tertunda|menunggu"
    r"|(?:tidak|belum)\s+(?:dapat\s+)?(?:dilaksanakan|terlaksana)|diubah|berubah|dinaikkan"
    r"|diturunkan|direvisi|disesuaikan|ditambahkan|dihapus|diganti|mengalami\s+perubahan)\b"
    r"|bersifat\s+(?:negatif|positif)"
    # those a property they lack sets apart ("sembilan program yang belum selaras")
    r"|yang\s+[a-z]+nya\b|yang\s+(?:belum|tidak)\s+[a-z]+)",
    re.IGNORECASE,
)
# The first or last few of things just listed: "tiga sub kegiatan: A, B, serta C. Dua sub
# kegiatan terakhir dibiayai Dana Kelurahan", "dua program pertama" pick some of them.
_POSITION_AFTER = re.compile(r"^\s+(?:terakhir|pertama)\b", re.IGNORECASE)
# The technical programs or kegiatan are those besides the Program Penunjang Urusan
# Pemerintahan Daerah every agency has: "empat program teknis" counts a part of them.
_TECHNICAL_AFTER = re.compile(r"^\s+teknis\b", re.IGNORECASE)
# The object of a change is the part changed, not the whole: "menaikkan target 1 (satu)
# indikator", "mengubah 2 indikator", "menambahkan 1 sasaran", "mengubah anggaran tiga
# program" (the budget of three of them).
_CHANGED_BEFORE = re.compile(
    r"\b(?:meng?ubah|merubah|menaikkan|menurunkan|merevisi|menyesuaikan|menambah(?:kan)?"
    r"|mengurangi|menghapus|mengganti)\s+"
    r"(?:(?:nilai\s+)?(?:target|anggaran|pagu|alokasi)(?:nya)?\s+)?$"
    # the subject of a change: "yang berubah hanya anggaran 2 (dua) program"
    r"|\byang\s+(?:berubah|diubah|direvisi)\s+(?:hanya\s+)?"
    r"(?:(?:nilai\s+)?(?:target|anggaran|pagu|alokasi)(?:nya)?\s+)?$",
    re.IGNORECASE,
)
# The object of a verb of support is what one program, kegiatan or budget supports, a
# part of the agency's: "Program Pembinaan Perpustakaan mendukung dua sasaran",
# "kegiatan ini menunjang pencapaian 2 indikator", "menunjang keberhasilan dua indikator".
_SUPPORTED_BEFORE = re.compile(
    r"\b(?:mendukung|menunjang)\s+"
    r"(?:(?:pencapaian|tercapainya|capaian|kinerja|keberhasilan)\s+){0,2}$",
    re.IGNORECASE,
)
# The rest of a split the sentence opened with a part: "Sebanyak 7 indikator mencapai
# target, sedangkan 1 indikator, yaitu A, mencapai 91,39%". Once an earlier count of the
# same things stands before the contrast, the later one counts what is left of them.
_CONTRAST_BEFORE = re.compile(
    r"\b(?:sedangkan|sementara|namun|tetapi)\s+(?:[A-Za-z]+\s+){0,2}$", re.IGNORECASE
)
# The exceptions to what is said of all of them are a part: "seluruh sub kegiatan mencapai
# 100 % kecuali tiga sub kegiatan", "selain 3 program tersebut".
_EXCEPTED_BEFORE = re.compile(
    r"\b(?:kecuali|selain)\s+(?:(?:dari|pada|untuk|di)\s+)?$", re.IGNORECASE
)
# A bound is no count: "OKP yang menyelenggarakan paling sedikit empat kegiatan dalam
# setahun", "minimal 2 indikator" set a criterion, they do not say how many there are.
_BOUND_BEFORE = re.compile(
    r"\b(?:paling\s+(?:sedikit|banyak)|sekurang[\s\-]*kurangnya|setidak[\s\-]*(?:tidak)?nya"
    r"|sedikitnya|sebanyak[\s\-]*banyaknya|minimal|minimum|maksimal|maksimum"
    r"|(?:lebih|kurang)\s+dari)\s+$",
    re.IGNORECASE,
)
# Kegiatan named by the kind of work done in the field are events held, not the kegiatan
# of the budget: "Dari 250 kegiatan patroli pengawasan ..., ditemukan 16 kasus", "12
# kegiatan sosialisasi". Budget kegiatan are counted bare or by what they are to the
# agency ("11 kegiatan dan 17 sub kegiatan", "lima kegiatan administrasi").
_EVENTS_AFTER = re.compile(
    r"^\s+(?:patroli|razia|operasi|sosialisasi|penyuluhan|pelatihan|bimbingan|bimtek|rapat"
    r"|pertemuan|lomba|festival|pameran|kunjungan|monitoring|sidak|inspeksi|seminar"
    r"|lokakarya|workshop|survei|pemeriksaan|penertiban|kampanye)\b",
    re.IGNORECASE,
)
# "Sasaran 1 terdiri dari 2 indikator", "Sasaran Strategis ke-2 diukur dengan ...".
_VERB = r"(?:terdiri\s+(?:dari|atas)|diukur\s+(?:dengan|melalui|oleh)|memiliki|mempunyai)"
# A numbered sasaran: "Sasaran 2", "Sasaran Strategis ke-2", and the abbreviation of
# Sasaran Strategis that reports number their sasaran with in every table ("SS 2", "SS-2",
# "SS.2"; in capitals only, so no word is read as it).
_SASARAN_LABEL = r"(?:sasaran\s+(?:strategis\s+)?(?:ke[\s\-]?)?|(?-i:SS)[\s\-.]?)"
_SASARAN_NUMBER = re.compile(
    rf"\b{_SASARAN_LABEL}(?P<id>\d{{1,2}}|[IVX]{{1,4}})\b\s*[:.]?"
    rf"(?P<name>(?:(?!\bsasaran\b|\b(?-i:SS)[\s\-.]?\d)[^.;]){{0,160}}?)\s*(?:{_VERB}|dengan)\s*$",
    re.IGNORECASE,
)
# A numbered sasaran that closes a list or a range of them ("SS 1 sampai dengan SS 4,
# dengan 7 indikator", "Sasaran 1 dan Sasaran 2 diukur dengan 4 indikator"): the count
# is of them all, not of the last one.
_LISTED_BEFORE = re.compile(
    rf"\b{_SASARAN_LABEL}(?:\d{{1,2}}|[IVX]{{1,4}})\s*"
    r"(?:,|\b(?:dan|serta|hingga|sampai\s+dengan|s/d|s\.d)\b\.?)\s*$",
    re.IGNORECASE,
)
_SASARAN_NAME = re.compile(
    rf"\bsasaran\s+(?:strategis\s+)?(?P<name>[A-Za-z](?:(?!\bsasaran\b)[^.;:]){{2,160}}?)"
    rf"\s+{_VERB}\s*$",
    re.IGNORECASE,
)
_NOT_A_NAME = re.compile(r"^(?:yang|dan|tersebut|ini|itu|dengan|dari|ke|di)\b", re.IGNORECASE)
_PARAGRAPH_LABEL = re.compile(
    rf"^\s*{_SASARAN_LABEL}(?P<id>\d{{1,2}}|[IVX]{{1,4}})\b\s*[:.]",
    re.IGNORECASE,
)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8,
          "IX": 9, "X": 10}


# -- whose count -------------------------------------------------------------------------

# Owners other than the agency: villages, the region and its government or head, the
# nation, and the plans that are theirs.
_OTHERS = frozenset((
    "desa", "kelurahan", "dusun", "kabupaten", "kab", "kota", "provinsi", "daerah",
    "nasional", "negara", "pusat", "pemerintah", "pemda", "pemkab", "pemkot", "pemprov",
    "bupati", "walikota", "wali", "gubernur", "presiden", "kementerian", "rpjmd", "rpjmn",
    "rpjpd", "rpjp", "rkpd", "spm", "sdgs", "nawacita",
))
# The kinds of perangkat daerah: a phrase headed by one names an agency, whatever region
# word its name holds ('Sekretariat Daerah', 'Perangkat Daerah', 'Kantor Camat ...').
_AGENCY_KINDS = frozenset((
    "kecamatan", "camat", "dinas", "badan", "kantor", "sekretariat", "inspektorat", "satuan",
    "satpol", "perangkat", "opd", "skpd", "uptd", "lurah",
))
# A unit that may be the agency when named ('Kelurahan Rawa Kembang'), but is another
# when spoken of in general ('7 desa dan 3 kelurahan').
_NAMED_AGENCY = frozenset(("kelurahan",))
_NAME_FOLLOWS = re.compile(r"^\s+[A-Z]")
# Words that describe a counted thing without owning it ('indikator kinerja utama',
# 'program prioritas', 'indikator sasaran'); the owner, if any, comes after them.
_DESCRIBING = (
    r"(?:kinerja|utama|prioritas|strategis|unggulan|pembangunan|pokok|sasaran|tujuan"
    r"|program|kegiatan|indikator)"
)
_ASIDE = r"(?:\s*\([^)]{0,60}\))?"  # '(IKU)', '(lima)'
_AMOUNT = rf"(?:\d{{1,3}}|{_NUMBER_WORD}(?:\s+{_NUMBER_WORD})*)"
# After a noun: its describing words, then 'dari/milik N' (whose, or out of what), then
# the word that names the owner.
_OWNER_AFTER = re.compile(
    rf"^{_ASIDE}(?:\s+{_DESCRIBING}{_ASIDE})*"
    rf"\s+(?:(?:dari|milik)\s+(?:{_AMOUNT}{_ASIDE}\s+)?)?(?P<owner>[A-Za-z]+)",
    re.IGNORECASE,
)
# Plans of others: what they hold is theirs ('212 program dalam RKPD').
_PLANS = r"(?:rpjmd|rpjmn|rpjpd|rpjp|rkpd)"
_IN_PLAN = re.compile(
    rf"^{_ASIDE}(?:\s+{_DESCRIBING}{_ASIDE})*\s+(?:yang\s+(?:ada|tercantum|termuat)\s+)?"
    # "249 program perangkat daerah dalam RKPD": those of every agency the plan holds
    r"(?:(?:seluruh\s+|semua\s+)?(?:perangkat\s+daerah|opd|skpd)\s+)?"
    rf"(?:dalam|pada|di)\s+(?:dokumen\s+)?{_PLANS}\b",
    re.IGNORECASE,
)
# Things shared by several agencies are not the agency's own: 'kegiatan rehabilitasi dan
# rekonstruksi lintas perangkat daerah', 'program antar-OPD': said in the noun phrase
# itself, a few words that say what they are and no clause ('10 kegiatan yang melibatkan
# instansi lintas sektor' are the agency's).
_ACROSS = re.compile(
    r"^(?:\s+(?!(?:yang|dengan|untuk|oleh|melalui|pada|di|dalam|bersama|secara|serta)\b)"
    r"[A-Za-z]+){0,4}\s+(?:lintas|antar)[\s\-]*(?:perangkat\s+daerah|opd|skpd|instansi"
    r"|sektor|kementerian|lembaga)\b",
    re.IGNORECASE,
)
# 'N program dari M program': the N are a part of the M.
_PART_OF = re.compile(
    rf"^\s+dari\s+(?:total\s+|sebanyak\s+|jumlah\s+)?{_AMOUNT}{_ASIDE}\s+{_NOUN}",
    re.IGNORECASE,
)
# What opens a clause before its subject: a place ('Dalam RPJMD'), a quantity ('Sebanyak
# 7 dari 10 desa'), a year ('Pada tahun 2023'), a linking word.
_OPENERS = frozenset((
    "dalam", "pada", "di", "sebanyak", "terdapat", "ada", "seluruh", "semua", "setiap",
    "tiap", "masing", "sejumlah", "jumlah", "total", "dari", "hanya", "sekitar", "para",
    "sebagian", "beberapa", "tahun", "adapun", "sedangkan", "sementara",
))
_CLAUSE_WORD = re.compile(r"[A-Za-z]+|\d+")


def _names_other(word: str, following: str) -> bool:
    """Whether ``word`` (``following`` is the text after it) names another owner."""
    word = word.casefold()
    if word in _NAMED_AGENCY and _NAME_FOLLOWS.match(following):
        return False
    return word in _OTHERS


def _phrase_elsewhere(head: str, rest: str) -> bool:
    """Whether the noun phrase ``head`` + ``rest`` is another's: its head names another
    ('desa ...', 'RPJMD ...'), or the owner after its describing words does
    ('indikator kinerja daerah'); one headed by an agency kind is the agency."""
    if head.casefold() in _AGENCY_KINDS:
        return False
    return _names_other(head, rest) or _owned_elsewhere(rest)


def _owned_elsewhere(after_head: str) -> bool:
    """Whether the words after a head noun name an owner other than the agency
    ('prioritas RPJMD', 'kinerja daerah', 'dari 10 desa', 'dalam RKPD'), or several
    agencies together ('kegiatan rehabilitasi lintas perangkat daerah')."""
    if _IN_PLAN.match(after_head) or _ACROSS.match(after_head):
        return True
    match = _OWNER_AFTER.match(after_head)
    return match is not None and _names_other(match.group("owner"), after_head[match.end():])


def _subject_elsewhere(before: str) -> bool:
    """Whether the clause before a count has a subject other than the agency: its first
    word past the openers, or the noun a 'yang' clause hangs on ('desa yang ...')."""
    clause = re.split(r"[,;:()]", before)[-1]
    relative = list(re.finditer(r"\byang\b", clause, re.IGNORECASE))
    if relative:
        return _head_elsewhere(_CLAUSE_WORD.findall(clause[: relative[-1].start()]))
    for word in _CLAUSE_WORD.finditer(clause):
        text = word.group().casefold()
        if text.isdigit() or text in _OPENERS or parse_number_words(text) is not None:
            continue
        return _phrase_elsewhere(word.group(), clause[word.end():])
    return False


def _head_elsewhere(words: list[str]) -> bool:
    """Whether the noun phrase ending ``words`` (the one a 'yang' clause hangs on) is
    another's: a name in capitals is read from its head ('Kantor Kecamatan Seberang Kota',
    'Indikator Kinerja Daerah'), a phrase in lower case from its last word, the one that
    says whose it is ('10 desa', 'program prioritas daerah')."""
    if not words:
        return False
    if not words[-1][:1].isupper():
        return _names_other(words[-1], "")
    start = len(words) - 1
    while start > 0 and words[start - 1][:1].isupper():
        start -= 1
    return _phrase_elsewhere(words[start], " " + " ".join(words[start + 1:]))


def _not_the_agencys(sentence: str, match: re.Match[str]) -> bool:
    """Whether a count is about someone else's things (see the module's docstring)."""
    return _owned_elsewhere(sentence[match.end():]) or _subject_elsewhere(
        sentence[: match.start()]
    )


def _part_of_same(sentence: str, match: re.Match[str]) -> bool:
    """'3 program dari 5 program': a part of a whole of the same things."""
    part = _PART_OF.match(sentence[match.end():])
    return part is not None and _subject(part.group("noun")) == _subject(match.group("noun"))


class _Found(NamedTuple):
    """A claim found in a sentence, before its group is known."""

    kind: str
    subject: str
    value: Number
    words: str | None
    sasaran: str | None
    offset: int


def _subject(noun: str) -> str:
    noun = fold_word(noun)
    if noun.startswith("sub"):
        return "sub_kegiatan"
    return _SUBJECTS[noun]


def _word_before(text: str, offset: int) -> str:
    match = re.search(r"([A-Za-z]+)[.\s\-]*$", text[max(0, offset - 40):offset])
    return match.group(1).casefold() if match else ""


def _sasaran_id(raw: str) -> str:
    raw = raw.upper()
    return str(_ROMAN[raw]) if raw in _ROMAN else str(int(raw))


def _sasaran_of(before: str, label: str | None) -> str | None:
    """The sasaran a count of indicators belongs to, from the words before it."""
    if match := _SASARAN_NUMBER.search(before):
        counted = _word_before(before, match.start()).isdigit() or re.search(
            r"\d\s*(?:\([^)]*\))?\s*$", before[: match.start()]
        )
        if not counted and not _LISTED_BEFORE.search(before, 0, match.start()):
            return _sasaran_id(match.group("id"))
    if match := _SASARAN_NAME.search(before):
        name = " ".join(match.group("name").split())
        counted = re.search(r"\d\s*(?:\([^)]*\))?\s*$", before[: match.start()])
        if not counted and not _NOT_A_NAME.match(name):
            return name
    return label


class _Place(NamedTuple):
    """Where a sentence stands: the sasaran its paragraph is labelled with ('Sasaran 2 :
    ...'), the sasaran whose section it is in, and whether it opens its paragraph."""

    label: str | None
    section: str | None
    at_start: bool


# 'Sasaran ini', 'Capaian sasaran strategis tersebut' as the subject of the clause: the
# sasaran the section is about. Elsewhere ('Untuk mencapai sasaran tersebut, Bappeda
# melaksanakan ...') the clause is about someone else.
_THIS_SASARAN = re.compile(
    r"^\s*(?:(?:capaian|kinerja|pencapaian)\s+)?sasaran\s+(?:strategis\s+)?(?:ini|tersebut)\b",
    re.IGNORECASE,
)


def _counts(sentence: str, base: int, place: _Place, others: set[str]) -> list[_Found]:
    """The counts of ``sentence``; ``others`` holds the things an earlier sentence of the
    paragraph counted as another's, and gains those this one does."""
    if not may_hold(sentence, _NOUN_WORDS):  # a count ends on its noun
        return []
    found: list[tuple[_Found, bool]] = []  # each count, and whether it is another's
    taken: list[tuple[int, int]] = []
    in_digits = _DIGIT.search(sentence) is not None  # most sentences print no number
    for match in _DIGIT_COUNT.finditer(sentence) if in_digits else ():
        digits, words = match.group("digits"), match.group("words")
        if words is not None and len(words.split()) > _MAX_WORDS:
            continue
        if _word_before(sentence, match.start()) in _NOT_COUNT_BEFORE:
            continue
        bare = not sentence[: match.start()].strip(" -\u2022*")
        if words is None and place.at_start and bare:
            continue  # '1 Program ...' opening a list line is numbering
        if _is_part(sentence, match):
            continue
        taken.append(match.span())
        found.append(_judged(match, Number(digits, Decimal(digits)), words, sentence, base, place))
    # A count in words holds a number word: most sentences have none to look for.
    in_words = may_hold(sentence, _NUMBER_WORD_CUES)
    for match in _WORD_COUNT.finditer(sentence) if in_words else ():
        if any(start <= match.start() < end for start, end in taken):
            continue
        words = match.group("words")
        value = parse_number_words(words)
        if value is None or value <= 1 or _word_before(sentence, match.start()) == "salah":
            continue
        if _word_before(sentence, match.start()) in _NOT_COUNT_BEFORE:
            continue
        if _is_part(sentence, match):
            continue
        found.append(_judged(match, Number(words, Decimal(value)), words, sentence, base, place))
    return _firsts(found, others)


_QUOTED = re.compile(r'"[^"]*"|\u201c[^\u201d]*\u201d')


def _judged(
    match: re.Match[str], value: Number, words: str | None, sentence: str, base: int,
    place: _Place,
) -> tuple[_Found, bool]:
    """The count, and whether it is about something other than the agency's own: another
    owner's things, or a sasaran 'ini' whose section is unknown."""
    # A quoted name ('penjabaran tujuan "Meningkatnya ... miskin, rentan dan ..."') is one
    # noun of the clause: its commas open no clause of their own.
    before = _QUOTED.sub('""', sentence[: match.start()])
    clause = re.split(r"[,;:()]", before)[-1]
    this_sasaran = _THIS_SASARAN.match(clause) is not None
    label = place.section if this_sasaran else place.label
    count = _count(match, value, words, sentence, base, label)
    unknown = this_sasaran and place.section is None
    return count, unknown or _not_the_agencys(sentence, match) or _indicator_data(
        sentence, match)


# "Dari 125 indikator, 108 indikator memenuhi standar, sehingga realisasinya 86,40% dari
# target 90,00%": the whole and the part an indicator's value is computed from (the SPM
# indicators a hospital measures), not the indicators of the agency's own plan.
_PART_AFTER_WHOLE = re.compile(r"\s*,\s*(?:sebanyak\s+)?(?P<part>\d{1,3})\s+(?P<noun>\w+)")
_INDICATOR_VALUE_BEFORE = re.compile(r"\brealisasi(?:nya)?\s+(?:\w+\s+)?$", re.IGNORECASE)


def _indicator_data(sentence: str, match: re.Match[str]) -> bool:
    """Whether a count 'Dari N X, M X ...' is the denominator of an indicator's value the
    sentence states: a realisasi ('realisasinya P%', 'P% dari target') equal to M / N."""
    digits = match.group("digits") if "digits" in match.groupdict() else None
    if digits is None or _word_before(sentence, match.start()) != "dari":
        return False
    part = _PART_AFTER_WHOLE.match(sentence, match.end())
    if part is None or fold_word(part.group("noun")) != fold_word(match.group("noun")):
        return False
    whole = Decimal(digits)
    if not whole:
        return False
    share = Decimal(part.group("part")) / whole * 100
    for percent in _PERCENT.finditer(sentence, part.end()):
        value_of_indicator = (_OF_TARGET.match(sentence, percent.end())
                              or _INDICATOR_VALUE_BEFORE.search(sentence, 0, percent.start()))
        figure = percent.group("figure").replace(",", ".")
        decimals = len(figure.partition(".")[2])
        if value_of_indicator and round(share, decimals) == Decimal(figure):
            return True
    return False


def _is_part(sentence: str, match: re.Match[str]) -> bool:
    """A subset ('2 indikator dalam kategori baik', '3 program dari 5 program',
    'menaikkan target 1 indikator', 'mendukung dua sasaran', 'kecuali tiga sub
    kegiatan', 'Dari keenam indikator
    tersebut, 1 indikator ...'), or a count of each of several ('Setiap sasaran ditunjang
    oleh dua program')."""
    window = max(0, match.start() - 40)
    return (bool(_SUBSET_AFTER.match(sentence[match.end():])) or _part_of_same(sentence, match)
            or bool(_CHANGED_BEFORE.search(sentence, window, match.start()))
            or bool(_SUPPORTED_BEFORE.search(sentence, window, match.start()))
            or bool(_EXCEPTED_BEFORE.search(sentence, window, match.start()))
            or _within_whole(sentence, match) or _per_each(sentence, match)
            or _rest_of_split(sentence, match)
            or bool(_POSITION_AFTER.match(sentence[match.end():]))
            or bool(_TECHNICAL_AFTER.match(sentence[match.end():]))
            or _no_count(sentence, match))


# The indicators of the tujuan ("Renstra menetapkan 2 (dua) indikator tujuan", "diukur
# dengan 2 indikator kinerja tujuan"): the Renstra sets them a level above the sasaran,
# and the Perjanjian Kinerja, whose indicators are those of its sasaran, holds none.
_OF_TUJUAN_AFTER = re.compile(rf"^{_ASIDE}(?:\s+kinerja)?\s+tujuan\b", re.IGNORECASE)


def _no_count(sentence: str, match: re.Match[str]) -> bool:
    """A bound ('paling sedikit empat kegiatan'), kegiatan held in the field ('250
    kegiatan patroli'), or the indicators of the tujuan ('2 indikator tujuan'): no
    number of the agency's sasaran, indicators or budget."""
    window = max(0, match.start() - 40)
    if _BOUND_BEFORE.search(sentence, window, match.start()):
        return True
    if (_subject(match.group("noun")) == "indikator"
            and _OF_TUJUAN_AFTER.match(sentence[match.end():]) is not None):
        return True
    return (_subject(match.group("noun")) == "kegiatan"
            and _EVENTS_AFTER.match(sentence[match.end():]) is not None)


# A sentence that opens on the whole it goes on to divide: "Dari keenam indikator
# tersebut, 5 indikator ... sedangkan 1 indikator ...", "Dari seluruh program, ...". The
# collective "ke-" numeral ("keenam", "kedua belas", "ke-6") and "seluruh/semua" name all
# of them: every later count of the same things in the sentence is a part of it.
_WHOLE_FIRST = re.compile(
    rf"^\W*(?:(?:adapun|namun|sementara\s+itu|selanjutnya)\W+)?dari\s+"
    rf"(?:ke[\s\-]?(?:{_NUMBER_WORD}(?:\s+{_NUMBER_WORD}){{0,{_MAX_WORDS}}}|\d{{1,3}})"
    rf"|seluruh|semua|segenap)\s+{_NOUN}",
    re.IGNORECASE,
)
# Each of several: the count is of one of them, not the agency's total ("Setiap sasaran
# ditunjang oleh dua program", "ketiga sasaran masing-masing diukur dengan 2 indikator",
# "2 indikator untuk setiap sasaran", "dua indikator per sasaran"). "Setiap tahun", "tiap
# triwulan" are times, not things the count is divided among; "per" only follows the
# count ("realisasi per program memuat 6 program" counts them all).
_TIMES = r"(?:tahun|tahunnya|bulan|bulannya|minggu|pekan|hari|triwulan|semester|periode|saat|kali)"
_EACH = rf"(?:(?:setiap|tiap(?:[\s\-]+tiap)?)\s+(?!{_TIMES}\b)[a-z]|masing[\s\-]+masing\b)"
_EACH_BEFORE = re.compile(rf"\b{_EACH}", re.IGNORECASE)
_EACH_AFTER = re.compile(
    rf"^{_ASIDE}\s+(?:(?:untuk|pada|bagi|di|dalam)\s+)?(?:{_EACH}|per\s+(?!{_TIMES}\b)[a-z])",
    re.IGNORECASE,
)


def _within_whole(sentence: str, match: re.Match[str]) -> bool:
    """Whether the sentence opens on all of the things ``match`` counts ('Dari keenam
    indikator tersebut, ...'), and the count comes after it: a part of them."""
    whole = _WHOLE_FIRST.match(sentence)
    return (whole is not None and whole.end() <= match.start()
            and _subject(whole.group("noun")) == _subject(match.group("noun")))


def _rest_of_split(sentence: str, match: re.Match[str]) -> bool:
    """Whether the count follows a contrast ('sedangkan', 'namun') and the sentence
    counted the same things before it: the rest of a split, not the whole."""
    window = max(0, match.start() - 40)
    contrast = _CONTRAST_BEFORE.search(sentence, window, match.start())
    if contrast is None:
        return False
    subject = _subject(match.group("noun"))
    before = sentence[: contrast.start()]
    earlier = [*_DIGIT_COUNT.finditer(before), *_WORD_COUNT.finditer(before)]
    return any(_subject(other.group("noun")) == subject for other in earlier)


def _per_each(sentence: str, match: re.Match[str]) -> bool:
    """Whether the count is of each of several ('Setiap sasaran ditunjang oleh dua
    program'): said in its clause before it, or right after its noun."""
    clause = re.split(r"[,;:()]", sentence[: match.start()])[-1]
    return (_EACH_BEFORE.search(clause) is not None
            or _EACH_AFTER.match(sentence[match.end():]) is not None)


def _firsts(found: list[tuple[_Found, bool]], others: set[str]) -> list[_Found]:
    """The first count of each thing in the sentence, unless it is another's: a later one
    is a part of it ('dari 6 indikator ... sebanyak 4 indikator'). Things ``others`` holds
    were counted as another's earlier in the paragraph: counted again, they are a part
    of those; counted as another's here, they join ``others``."""
    found.sort(key=lambda pair: pair[0].offset)
    kept: list[_Found] = []
    seen: set[tuple[str, str | None]] = set()
    for item, elsewhere in found:
        key = (item.subject, item.sasaran)
        if key in seen:
            continue
        seen.add(key)
        if elsewhere:
            others.add(item.subject)
        elif item.subject not in others:
            kept.append(item)
    return kept


def _count(
    match: re.Match[str], value: Number, words: str | None, sentence: str, base: int,
    label: str | None,
) -> _Found:
    subject = _subject(match.group("noun"))
    before = sentence[: match.start()]
    # "2 indikator pada sasaran kedua": that sasaran's, whatever stands before.
    sasaran = _sasaran_after(sentence[match.end():])
    if sasaran is None and subject == "indikator":
        sasaran = _sasaran_of(before, label)
    elif sasaran is None and subject in ("program", "kegiatan", "sub_kegiatan"):
        sasaran = _sasaran_of_support(before) or label
    words = " ".join(words.split()) if words else None
    return _Found("count", subject, value, words, sasaran, base + match.start())


_SASARAN_ID = rf"\b{_SASARAN_LABEL}(?P<id>\d{{1,2}}|[IVX]{{1,4}})\b"
# The sasaran named right after the counted noun, by its number or its ordinal: "2
# indikator pada sasaran kedua", "3 program untuk Sasaran 2", "dua indikator sasaran II";
# so does one that says they support it ("empat kegiatan pendukung Sasaran 2", "3 program
# yang menunjang sasaran 1"): they are that sasaran's, not all the budget's.
_ORDINALS = {"pertama": "1", "satu": "1", "dua": "2", "tiga": "3", "empat": "4", "lima": "5",
             "enam": "6", "tujuh": "7", "delapan": "8", "sembilan": "9", "sepuluh": "10"}
_OF_SASARAN = re.compile(
    r"^(?:\s+(?:kinerja|utama))*\s+(?:(?:pada|dari|di|untuk|dalam|milik|pendukung|penunjang"
    r"|(?:yang\s+)?(?:mendukung|menunjang))\s+)?sasaran\s+"
    r"(?:strategis\s+)?(?:ke[\s\-]?)?(?P<id>\d{1,2}|[IVX]{1,4}|" + "|".join(_ORDINALS) + r")\b"
    r"(?![.,]\d)",
    re.IGNORECASE,
)


def _sasaran_after(after: str) -> str | None:
    """The sasaran a count names right after its noun ('pada sasaran kedua'), if any."""
    match = _OF_SASARAN.match(after)
    if match is None:
        return None
    raw = match.group("id").casefold()
    return _ORDINALS[raw] if raw in _ORDINALS else _sasaran_id(raw)


# The verbs that tie what follows to the numbered sasaran before them: it is made of
# ("terdiri dari", "meliputi") or supported by ("didukung / ditunjang oleh", the
# regulation's "menunjang" in the passive) the counted programs.
_SUPPORT = re.compile(
    rf"{_SASARAN_ID}[^.;\d]{{0,40}}?\b(?:terdiri\s+(?:dari|atas)|meliputi"
    r"|(?:didukung|ditunjang)(?:\s+(?:oleh|dengan|melalui))?)\b[^.;]*$",
    re.IGNORECASE,
)
# The active voice, the sasaran after its verb: "Program yang menunjang sasaran 2
# sebanyak 3 program", "Untuk mendukung pencapaian sasaran 1, dilaksanakan 2 program".
_SUPPORTING = re.compile(
    r"\b(?:mendukung|menunjang)\s+(?:(?:pencapaian|tercapainya|capaian|kinerja)\s+){0,2}"
    rf"{_SASARAN_ID}[^.;]*$",
    re.IGNORECASE,
)


def _sasaran_of_support(before: str) -> str | None:
    """'... kinerja sasaran 1 terdiri dari 1 (satu) program dan 1 (satu) kegiatan',
    'Sasaran 2 ditunjang oleh 2 program': the programs of one sasaran, not of the
    agency."""
    match = _SUPPORT.search(before) or _SUPPORTING.search(before)
    return _sasaran_id(match.group("id")) if match else None


# -- amounts -------------------------------------------------------------------------------

_MONEY = re.compile(
    r"\bRp\.?\s*(?P<figure>\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?(?:,\s*-)?|\d+(?:,\d{1,2})?)"
    r"(?![\d])(?:\s*(?P<scale>ribu|juta|miliar|milyar|triliun)\b)?"
    r"(?:\s*\(\s*(?P<words>[A-Za-z][A-Za-z\s\-]{0,300}?)\s*(?:rupiah)?\s*\))?",
    re.IGNORECASE,
)
# A figure in a word of scale ("Rp 64,3 miliar") is that many thousands, millions ...
_SCALES = {"ribu": 3, "juta": 6, "miliar": 9, "milyar": 9, "triliun": 12}
_PERCENT = re.compile(
    r"(?<![\w.,])(?P<figure>\d{1,3}(?:[.,]\d{1,4})?)\s*(?:%|persen\b)", re.IGNORECASE
)
# What every Rupiah figure and percentage holds.
_FIGURE_WORDS = ("rp", "%", "persen")
# What a sentence that holds a count or an amount holds (a sentence is a part of its
# paragraph: a paragraph without any of them holds no claim).
_CLAIM_CUES = _NOUN_WORDS + _FIGURE_WORDS
# The words that govern a figure say what it is. Remainder words: what was left.
_SISA = re.compile(
    r"\b(?:sisa|selisih|silpa)\b|\b(?:tidak|belum)\s+(?:terserap|diserap|terealisasi"
    r"|direalisasikan|terpakai|dipakai|digunakan|dibelanjakan)\b",
    re.IGNORECASE,
)
# The realisation named: its nouns and states (realisasi, serapan, terealisasi, terserap).
_REALISASI_NAMED = (
    r"\b(?:ter?)?realisasi(?:kan|nya)?\b|\b(?:penyerapan|serapan(?:nya)?|terserap)\b"
)
_NAMED = re.compile(_REALISASI_NAMED, re.IGNORECASE)
# Spending words: the realisation named, and the verbs of spending, absorbing and using in
# every voice (menyerap / diserap, merealisasikan / direalisasikan, menggunakan, ...).
_REALISASI = re.compile(
    rf"{_REALISASI_NAMED}|\b(?:me|di)realisasikan\b|\b(?:menyerap|diserap|menggunakan"
    r"|digunakan|memakai|dipakai|terpakai|membelanjakan|dibelanjakan|menghabiskan"
    r"|dihabiskan)\b",
    re.IGNORECASE,
)
# Change words: the figure they govern is how much a budget grew or shrank ("Penambahan
# anggaran Program X sebesar Rp ...", "pagu Perubahan bertambah Rp ...", "pagu dikurangi
# Rp X menjadi Rp Y"), no pagu, realisasi or sisa; unless the figure is what it became or
# was ("naik menjadi Rp ...", "turun dari Rp ...").
_CHANGE = re.compile(
    r"\b(?:penambahan|pengurangan|kenaikan|penurunan|tambahan|bertambah|berkurang|naik"
    r"|turun|meningkat|menurun|dinaikkan|diturunkan|ditambah|ditambahkan|dikurangi"
    r"|dikurangkan|dipotong|mengurangi|menambah|menambahkan|memotong)\b"
    r"(?![^.;]*\b(?:menjadi|dari|semula)\b)",
    re.IGNORECASE,
)
# The remainder of a procurement: what a tender saved, the difference between a package's
# ceiling or its owner's estimate (HPS) and the contract ('selisih antara pagu paket dan
# nilai kontrak hasil tender', 'sisa lelang'). The packages may be any agency's (a
# procurement unit reports on all of them) and their savings are no remainder of the budget.
_PROCUREMENT_REMAINDER = re.compile(
    r"\b(?:sisa|selisih)\s+(?:(?:antara|dari|hasil|efisiensi|pagu|nilai|harga)\s+){0,3}"
    r"(?:paket|kontrak|tender|lelang|hps|penawaran|pengadaan)\b",
    re.IGNORECASE,
)
# Allocation words: the budget as set. 'anggaran' also names the money that spending and
# remainder words act on ('menyerap anggaran Rp ...', 'sisa anggaran').
_PAGU = re.compile(
    r"\b(?:pagu|anggaran|ditetapkan|dialokasikan|dianggarkan|alokasi|apbd|dpa)\b",
    re.IGNORECASE,
)
# A source of funds: by its short name or written out ('Dana Alokasi Umum', 'Dana Bagi
# Hasil', 'Dana Otonomi Khusus'), the short name maybe in brackets after it ('Dana
# Alokasi Khusus (DAK)').
_FUND_SOURCE = (
    r"(?:[a-z]+\s+){0,4}?(?:dana\s+)?(?:apbd|apbn|danais|dak|dau|dbh|blud|otsus|keistimewaan"
    r"|alokasi\s+(?:umum|khusus)(?:\s+(?:fisik|non[\s\-]?fisik))?|bagi\s+hasil"
    r"|otonomi\s+khusus)\b(?:\s*\([a-z\s\-]{2,12}\))?"
)
# A budget broken down by source of funds after its whole ('pagu Rp X, terdiri atas APBD
# Rp Y dan Danais Rp Z'): each figure after it is a source's part, not the pagu.
_SOURCE_PART = re.compile(rf"\b(?:terdiri\s+(?:atas|dari)|meliputi)\s+{_FUND_SOURCE}",
                          re.IGNORECASE)
# The next part of such a breakdown: only a connective and the words naming its source
# stand between it and the part before ('..., BLUD Rp Y dan belanja APBD Rp Z').
_NEXT_SOURCE_PART = re.compile(
    rf"\s*,?\s*(?:dan|serta)\s+{_FUND_SOURCE}\s*(?:sebesar\s*)?", re.IGNORECASE
)
# A clause that opens anew before a figure: a verb of having, 'dengan', or the 'yaitu'
# that restates what came before, before the noun that names the figure ('Kegiatan yang
# menyerap anggaran terbesar memiliki pagu Rp ...', '..., dengan sisa anggaran Rp ...',
# 'Program X menyerap bagian terbesar, yaitu pagu Rp ...'). The words before it govern
# another figure.
_NEW_CLAUSE = re.compile(
    r"\b(?:memiliki|mempunyai|mendapat(?:kan)?|memperoleh|dengan|yaitu|yakni)\s+"
    r"(?:total\s+|jumlah\s+)?"
    r"(?=(?:pagu|anggaran|alokasi|realisasi|serapan|penyerapan|sisa|selisih)\b)",
    re.IGNORECASE,
)
# A cause that names a budget row opens a clause about that row ("Rendahnya serapan
# disebabkan sub kegiatan X sebesar Rp ... yang realisasinya Rp 0"): the words before
# it (the low serapan) govern no figure of it.
_CAUSE = re.compile(
    r"\b(?:disebabkan|dikarenakan|karena|akibat)(?:\s+oleh)?\s+"
    r"(?=(?:sub\s+kegiatan|kegiatan|program)\b)",
    re.IGNORECASE,
)
# 'Rp X dari pagu Rp Y': a figure that is the whole the previous one is a part of.
_OUT_OF = re.compile(
    r"^[\s,]*dari\s+(?:total\s+|jumlah\s+|keseluruhan\s+|seluruh\s+)?(?:pagu|anggaran"
    r"|alokasi|dpa)\b",
    re.IGNORECASE,
)
# The villages' money after the word that names a budget or its use: the dana desa and
# the alokasi dana desa (ADD) the region transfers to them, their own budget (APBDes).
# A village is a desa, or by its local name a kampung (Papua), gampong (Aceh) or nagari
# (Sumatera Barat): 'realisasi dana kampung' is the kampung's money, not the agency's.
_BUDGET_NOUN = re.compile(rf"{_REALISASI.pattern}|{_SISA.pattern}|{_PAGU.pattern}",
                          re.IGNORECASE)
_VILLAGE = r"(?:desa|kampung|gampong|nagari)"
_VILLAGE_MONEY = re.compile(
    rf"(?:\s+(?:penyaluran|pencairan|transfer))?\s+(?:(?:alokasi\s+)?dana\s+{_VILLAGE}"
    rf"|{_VILLAGE}|apbdes|apb\s+desa|apbkam)\b",
    re.IGNORECASE,
)
# A percentage 'dari target' or 'terhadap target': an indicator's realisation against its
# target, never a share of the budget ('... atau 82,24% dari target 85,00%', 'realisasi
# indikator PPRG 73,33 persen terhadap target 70,00 persen').
_OF_TARGET = re.compile(r"\s*\)?\s*(?:dari|terhadap)\s+target\b", re.IGNORECASE)
# A figure a change starts from and what joins it to the figure it became: "dari Rp A
# menjadi Rp B", "dari Rp A pada tahun 2022 menjadi Rp B".
_FROM = re.compile(r"\b(?:dari|semula)\W*$", re.IGNORECASE)
_BECAME = re.compile(
    r"[\s,]*(?:\(?(?:pada\s+)?(?:tahun\s+)?(?:19|20)\d\d\)?[\s,]*)?menjadi\s*", re.IGNORECASE
)
# A bound before a percentage compares with a threshold, it states no rate ("Dengan
# penyerapan anggaran di bawah 100% tersebut", "realisasi lebih dari 90%", "serapan
# mencapai hampir 100%"): the rate itself is the figure the sentence gives elsewhere.
_PERCENT_BOUND = re.compile(
    r"\b(?:di\s+(?:bawah|atas)|(?:lebih|kurang)\s+(?:dari|daripada)|melebihi|melampaui"
    r"|hampir|mendekati|paling\s+(?:sedikit|banyak)|minimal|maksimal|sekurang[\s\-]*kurangnya"
    r"|setidak[\s\-]*(?:tidak)?nya)\s*$",
    re.IGNORECASE,
)
# A sentence about money: only there is a realisation percentage a budget figure.
_BUDGET_WORDS = re.compile(
    r"\b(?:anggaran|pagu|keuangan|belanja|dana|apbd|dpa|rp)\b", re.IGNORECASE
)
# A percentage that measures performance, not spending: the realisation of an indicator
# is named so too ('realisasi indikator PPRG 73,33 persen'), the word after it says whose.
_NOT_SPENDING = re.compile(
    r"\b(?:fisik|capaian|kinerja|target|proporsi)\b|\brealisasi(?:nya)?\s+indikator\b",
    re.IGNORECASE,
)
# What may stand between a figure and the one that restates it: commas, spaces and
# brackets, these words, spaces and brackets (see :func:`_restates`).
_RESTATES_LEAD = re.compile(r"[\s,(]*")
_RESTATES_WORDS = re.compile(
    r"(?:atau|dengan\s+persentase|yaitu|setara\s+dengan|sebesar|sekitar|\s)*", re.IGNORECASE
)


def _restates(segment: str) -> bool:
    """Whether ``segment`` holds only what may stand between a figure and the one that
    restates it: ``[\\s,(]*`` then the words and spaces, then ``[\\s(]*``. Read in three
    steps (the longest lead, the longest tail, the words between), because one pattern
    whose three parts all take spaces tried every split of a long run: exponential."""
    lead = _RESTATES_LEAD.match(segment)  # it matches at least the empty lead
    start = lead.end() if lead else 0
    end = len(segment)
    while end > start and (segment[end - 1].isspace() or segment[end - 1] == "("):
        end -= 1
    return _RESTATES_WORDS.fullmatch(segment, start, end) is not None


def _governing(segment: str) -> str:
    """The words that govern the figure after ``segment``: from the last clause that
    opens anew among them ('... memiliki pagu', '... disebabkan sub kegiatan X'), else
    all of them."""
    opened = [m.end() for m in _NEW_CLAUSE.finditer(segment)]
    opened += [m.end() for m in _CAUSE.finditer(segment)]
    return segment[max(opened):] if opened else segment


def _is_change(governing: str) -> bool:
    """Whether the figure after ``governing`` is the size of a change: a change word, and
    after it no spending or remainder word that names another figure ('anggaran yang
    turun ..., realisasinya Rp ...'); the budget it acts on may follow ('penambahan
    anggaran')."""
    changes = list(_CHANGE.finditer(governing))
    if not changes:
        return False
    rest = governing[changes[-1].end():]
    return not (_SISA.search(rest) or _REALISASI.search(rest))


def _villages_money(governing: str) -> bool:
    """Whether the budget word that governs a figure is followed by the villages' money
    ('alokasi dana desa sebesar Rp ...', 'realisasi penyaluran dana desa', 'anggaran
    desa'): the desa's, which no table of the agency holds."""
    words = list(_BUDGET_NOUN.finditer(governing))
    return bool(words) and _VILLAGE_MONEY.match(governing, words[-1].end()) is not None


def _money_subject(segment: str, previous: str | None) -> str | None:
    """What a Rupiah figure is. Among the words that govern it, remainder over spending
    over allocation: a budget noun is what the others act on, so 'menyerap anggaran Rp
    ...' is the part absorbed and 'sisa anggaran' the part left, while 'dari pagu Rp ...'
    or 'anggaran ... ditetapkan' is the budget as set. The villages' money is none of
    them."""
    governing = _governing(segment)
    if _is_change(governing) or _villages_money(governing):
        return None
    if _SOURCE_PART.search(governing):
        return None  # a source's part of the budget named before it
    if _PROCUREMENT_REMAINDER.search(governing):
        return None  # a tender's savings, not the budget's sisa
    if _SISA.search(governing):
        return "sisa"
    if _REALISASI.search(governing):
        return "realisasi"
    if _PAGU.search(governing):
        return "pagu"
    if previous in ("pagu", "realisasi", "sisa") and _restates(segment):
        return previous
    if previous == "persen" and _restates(segment):
        return "realisasi"  # "realisasi ... sebesar 96,80 % atau Rp ..."
    return None


def _percent_subject(segment: str, previous: str | None, ratio: bool) -> str | None:
    """A percentage is a realisation where the realisation is named closer before it
    than a performance word, or where it restates a realisation, or the ratio of a
    realisation and the pagu it is 'dari' ('menyerap Rp X dari pagu Rp Y (95,12%)').
    A verb of using alone does not ('menggunakan 86,53 persen dari anggaran kegiatannya'
    is left out): with no realisation named, whose budget it is a share of is unsaid."""
    last_spend = max((m.end() for m in _NAMED.finditer(segment)), default=-1)
    last_other = max((m.end() for m in _NOT_SPENDING.finditer(segment)), default=-1)
    if last_spend >= 0 and _VILLAGE_MONEY.match(segment, last_spend) is not None:
        return None  # 'realisasi dana kampung ..., 13 kampung (72,22%)': no agency budget
    if last_spend > last_other:
        return "persen"
    restates = last_spend < 0 and last_other < 0 and _restates(segment)
    if restates and (previous == "realisasi" or ratio):
        return "persen"
    return None


def _amounts(sentence: str, base: int) -> list[_Found]:
    if not may_hold(sentence, _FIGURE_WORDS):  # no 'Rp', '%', 'persen'
        return []
    tokens = sorted(
        [(m, False) for m in _MONEY.finditer(sentence)]
        + [(m, True) for m in _PERCENT.finditer(sentence)],
        key=lambda item: item[0].start(),
    )
    found: list[_Found] = []
    cursor = 0
    previous: str | None = None
    became: str | None = None  # the kind of a figure a change started from
    ratio = False  # the previous figure is the pagu a realisation before it is 'dari'
    in_parts = False  # the previous figure is a source's part of a budget split by source
    about_money = _BUDGET_WORDS.search(sentence) is not None
    for match, percent in tokens:
        if match.start() < cursor or (percent and not about_money):
            continue
        segment = sentence[cursor:match.start()]
        cursor = match.end()
        if percent:
            subject = _percent_subject(segment, previous, ratio)
            if _OF_TARGET.match(sentence, match.end()) or _PERCENT_BOUND.search(segment):
                subject = None
        elif in_parts and _NEXT_SOURCE_PART.fullmatch(segment):
            subject = None  # the next source's part of a budget split by source
        else:
            subject = _money_subject(segment, previous)
            in_parts = _SOURCE_PART.search(_governing(segment)) is not None
            if became is not None and _BECAME.fullmatch(segment):
                subject = became  # "... dari Rp X menjadi Rp Y": Y is what X was
        became = None
        if not percent and subject is not None and _FROM.search(segment) \
                and _BECAME.match(sentence, match.end()):
            # The figure before a change ("pagu X dari Rp A menjadi Rp B", "naik dari Rp A
            # pada 2022 menjadi ..."): another stage's or year's, not this year's. The
            # figure it became is read as its kind where the budget is named ("pagu"),
            # not where only "realisasi" is (that of an indicator may change so too).
            named = _PAGU.search(_governing(segment)) is not None
            became, subject = (subject if named else None), None
        ratio = (subject == "pagu" and previous == "realisasi"
                 and _OUT_OF.match(segment) is not None)
        previous = subject
        if subject is None:
            continue
        raw = match.group(0) if percent else _money_raw(match)
        try:
            value = parse_number(match.group("figure") if not percent else raw)
        except NumberFormatError:
            continue
        if value is None:
            continue
        if not percent:
            value = _scaled(value, match.group("scale"))
        words = None if percent else match.group("words")
        words = " ".join(words.split()) if words else None
        found.append(_Found("amount", subject, Number(" ".join(raw.split()), value), words,
                            None, base + match.start()))
    return found


def _money_raw(match: re.Match[str]) -> str:
    """'Rp. 2.179.478.930,00' (or 'Rp 64,3 miliar') without the words in parentheses
    after it."""
    end = match.end("scale") if match.group("scale") else match.end("figure")
    return match.group(0)[: end - match.start()]


def _scaled(value: Decimal, scale: str | None) -> Decimal:
    """The Rupiah a figure stands for: 'Rp 64,3 miliar' is 64.300.000.000 (its precision,
    a tenth of a miliar, is read from the printed figure by the rules that compare it)."""
    if scale is None:
        return value
    return Decimal(int(value.scaleb(_SCALES[scale.casefold()])))


# -- assembling -------------------------------------------------------------------------------


def extract_claims(source: Source) -> tuple[Claim, ...]:
    """Every count and amount the narrative of ``source`` states, in document order."""
    claims: list[Claim] = []
    groups_on_line: dict[int, int] = {}
    headings = {heading.line: heading for heading in source.headings}
    section: str | None = None
    for paragraph in _paragraphs(source):
        text = paragraph.text
        bullet = _BULLET.match(text)
        body_start = bullet.end() if bullet else 0
        label_match = _PARAGRAPH_LABEL.match(text[body_start:])
        label = _sasaran_id(label_match.group("id")) if label_match else None
        section = _section(section, label, headings.get(paragraph.starts[0][1]))
        if not may_hold(text, _CLAIM_CUES):
            continue  # no counted noun, no figure: no sentence of it need be cut
        others: set[str] = set()  # the things this paragraph counted as another's
        for start, end in _sentences(text):
            start = max(start, body_start)
            sentence = text[start:end]
            place = _Place(label, section, start == body_start)
            found = _counts(sentence, start, place, others) + _amounts(sentence, start)
            if not found:
                continue
            found.sort(key=lambda item: item.offset)
            first_line = paragraph.line_at(start)
            snippet = _snippet(sentence, [item.offset - start for item in found])
            group = _group_name(first_line, groups_on_line)
            amount_subjects: set[str] = set()
            for item in found:
                if item.kind == "amount":
                    if item.subject in amount_subjects:
                        group = _group_name(first_line, groups_on_line)
                        amount_subjects = set()
                    amount_subjects.add(item.subject)
                claims.append(Claim(
                    kind=item.kind,
                    subject=item.subject,
                    value=item.value,
                    words=item.words,
                    sasaran=item.sasaran,
                    group=group,
                    text=snippet,
                    where=Provenance(line=paragraph.line_at(item.offset)),
                ))
    return tuple(claims)


# "3.", "III.", "a)", and a number of several levels with no closing stop ("3.1.4 ").
_HEADING_NUMBER = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})+\.?(?=\s)|(?:\d{1,2}|[IVX]{1,4}|[a-z])[.)])\s*")


def _section(current: str | None, label: str | None, heading: Heading | None) -> str | None:
    """The sasaran whose section a paragraph stands in: a paragraph or a heading that
    opens with 'Sasaran 2: ...' starts one ('3. Sasaran 1: ...' too); a chapter ends it."""
    if label is not None:
        return label
    if heading is None:
        return current
    match = _PARAGRAPH_LABEL.match(_HEADING_NUMBER.sub("", heading.text, count=1))
    if match:
        return _sasaran_id(match.group("id"))
    return None if heading.level <= _CHAPTER_LEVEL else current


def _group_name(line: int, groups_on_line: dict[int, int]) -> str:
    count = groups_on_line.get(line, 0) + 1
    groups_on_line[line] = count
    return f"line-{line}" if count == 1 else f"line-{line}-{count}"


def _snippet(sentence: str, offsets: Sequence[int]) -> str:
    """The sentence, or the part of it around its figures, in at most 300 characters."""
    text = " ".join(sentence.split())
    if len(text) <= _MAX_TEXT:
        return text
    room = _MAX_TEXT - 2  # an ellipsis at each end
    first, last = min(offsets), max(offsets) + _FIGURE_ROOM
    start = max(0, min(first, last - room))
    if start:
        start = sentence.find(" ", start) + 1 or start  # begin on a word
    window = " ".join(sentence[start:].split())
    if len(window) > room:
        window = window[:room].rsplit(" ", 1)[0] + "\u2026"
    return ("\u2026" if start else "") + window
