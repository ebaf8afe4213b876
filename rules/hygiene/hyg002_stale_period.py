"""HYG002: years and periods that are not the year reported on."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial
from typing import NamedTuple

from checker.context import Context, location
from checker.rule import Category, Severity, Text, Violation, rule
from rules._structure_outline import main_span
from rules.hygiene._index import TextIndex, text_index
from rules.hygiene._lazy import LazyPattern
from rules.hygiene._text import MONTHS, excerpt, where

__all__ = ["HYG002"]

_YEAR = r"(?:19|20)\d\d"
_DASH = r"[-\u2013\u2014/]"  # hyphen, en dash, em dash, slash
# Capitalised words (a name, "(Renstra)", "(Dinas PUPR)", the "dan" inside an agency's
# name) between a document and its year, never a citation. A comma between two of them
# is one inside the agency's name ("Dinas Komunikasi, Informatika, Statistik dan
# Persandian"), never one before the year.
_NOT_NAME = r"(?i:tahun|nomor|no|tentang|peraturan|keputusan|periode|perubahan\s+atas)\b"
_GAP = (
    rf"(?:\s+(?!{_NOT_NAME})"
    rf"(?:[A-Z][\w'\u2019/&.-]*(?:,(?=\s+(?!{_NOT_NAME})[A-Z]))?"
    r"|\([A-Za-z][A-Za-z .]{1,20}\)|dan|serta)){0,12}"
)
_PERIOD = re.compile(
    r"\b(?i:renstra|rencana\s+strategis|rpjmd|rpjm|rencana\s+pembangunan\s+jangka\s+menengah"
    r"(?:\s+daerah)?)"
    + _GAP
    + rf"\s+(?:(?i:tahun|periode)\s+)?(?P<a>{_YEAR})\s*"
    + rf"(?:{_DASH}|(?i:s\.?\s?d\.?|sampai\s+dengan|hingga))"
    + rf"\s*(?:(?i:tahun)\s+)?(?P<b>{_YEAR})\b"
)
# A line that holds a period holds one of these (lower case).
_PERIOD_WORDS = ("renstra", "rencana", "rpjm")
_ONE_YEAR = (
    rf"(?:\s+(?i:untuk|pada))?\s+(?i:tahun)(?:\s+(?i:anggaran))?\s+(?P<y>{_YEAR})\b"
    rf"(?!\s*(?:{_DASH}|(?i:s\.?\s?d\b|sampai|hingga)))"
)


class _YearPhrase(NamedTuple):
    """A phrase that presents a year as the year reported on."""

    pattern: re.Pattern[str]
    what: Text
    later_too: bool  # a later year is also wrong (the report's own name); else only earlier
    # Words (lower case) of which a line holds one wherever the pattern matches it: a line
    # without any is passed over without running the pattern.
    words: tuple[str, ...]
    # A document of the year itself, set or signed at its start (the PK, the work plan):
    # a date of the reporting year in its sentence is when it was signed ("PK Tahun 2022
    # ditandatangani pada 4 Januari 2023"), which does not make an earlier year a
    # comparison.
    signed_in_year: bool = False
    # The reports of earlier years are where the earlier figures of a comparison come
    # from: a source line that cites one ("Sumber: LKjIP DLH Tahun 2020 dan 2021, diolah")
    # names its year on purpose.
    cited_as_source: bool = False


_YEAR_PHRASES = (
    _YearPhrase(
        re.compile(r"\b(?i:laporan\s+(?:akuntabilitas\s+)?kinerja(?:\s+instansi\s+pemerintah)?"
                   r"|lkjip|lakip|lkip|lkj)\b" + _GAP + _ONE_YEAR),
        {"id": "Tahun pada nama laporan", "en": "The year in the report's name"},
        later_too=True,
        words=("laporan", "lkj", "lakip", "lkip"),
        cited_as_source=True,
    ),
    _YearPhrase(
        # "PK" in capitals: the acronym every report uses for its Perjanjian Kinerja.
        re.compile(r"\b(?:(?i:perjanjian\s+kinerja(?:\s+perubahan)?|penetapan\s+kinerja)|PK)\b"
                   + _GAP + _ONE_YEAR),
        {"id": "Tahun Perjanjian Kinerja", "en": "The year of the Perjanjian Kinerja"},
        later_too=False,
        words=("perjanjian", "penetapan", "pk"),
        signed_in_year=True,
    ),
    _YearPhrase(
        re.compile(r"\b(?i:rencana\s+kinerja(?:\s+tahunan)?|rencana\s+kerja(?:\s+tahunan)?"
                   r"|renja|rkt)\b" + _GAP + _ONE_YEAR),
        {"id": "Tahun rencana kerja", "en": "The year of the work plan"},
        later_too=False,
        words=("rencana", "renja", "rkt"),
        signed_in_year=True,
    ),
    _YearPhrase(
        re.compile(r"\b(?i:capaian\s+kinerja(?:\s+(?:sasaran(?:\s+strategis)?|organisasi|"
                   r"instansi|opd))?)\b" + _GAP + _ONE_YEAR),
        {"id": "Tahun capaian kinerja", "en": "The year of the performance results"},
        later_too=False,
        words=("capaian",),
    ),
    _YearPhrase(
        re.compile(rf"\b(?i:tahun\s+anggaran)\s+(?P<y>{_YEAR})\b(?!\s*{_DASH})"),
        {"id": "Tahun anggaran", "en": "The budget year"},
        later_too=False,
        words=("anggaran",),
    ),
    _YearPhrase(
        re.compile(rf"\b(?i:jangka\s+waktu)(?:\s+(?i:satu|1))?\s+(?i:tahun)\s+(?P<y>{_YEAR})\b"),
        {"id": "Tahun pelaksanaan", "en": "The year of implementation"},
        later_too=False,
        words=("jangka",),
    ),
    _YearPhrase(
        re.compile(r"\b(?:(?i:indikator\s+kinerja\s+utama)|IKU)\b" + _GAP + _ONE_YEAR),
        {"id": "Tahun Indikator Kinerja Utama", "en": "The year of the key performance "
         "indicators"},
        later_too=False,
        words=("indikator", "iku"),
    ),
)
# A sentence that compares years, or looks ahead, presents the other year on purpose
# ("sebagai pembanding": the comparator).
_COMPARISON = LazyPattern(
    r"(?i)\b(?:dibanding\w*|banding\w*|perbandingan|pembanding\w*|sebelum\w*|lalu|terakhir|"
    r"sampai\s+dengan|s\.?\s?d|hingga|meningkat|menurun|peningkatan|penurunan|naik|turun|"
    r"selisih|trend?)\b"
)
_AHEAD = LazyPattern(
    r"(?i)\b(?:akan|mendatang|berikut\w*|selanjutnya|rencana\w*|usulan|bahan|penyusunan|"
    r"perbaikan|ke\s+depan)\b"
)
_CITATION = re.compile(r"(?i)\btentang\b")
# A line that gives the source of a table or figure ("Sumber: ...", "Sumber data: ...").
_SOURCE_LINE = LazyPattern(r"(?i)^[\W_]*sumber(?:\s+data)?\s*:")
# The BPK audits a year's financial statements in the next year: the opinion a report
# gives as its year's result ("opini WTP atas LKPD Tahun Anggaran 2021" in a report on
# 2022) is on the accounts of the year before, by definition of the indicator.
_AUDIT = LazyPattern(r"(?i)\b(?:opini|wtp|wdp|tmp|bpk|audit\w*|diaudit|pemeriksaan|diperiksa)\b")
_ACCOUNTS = LazyPattern(r"(?i)\b(?:laporan\s+keuangan|lkpd|lkpp|lk)\b")
# A desa's budget ("APBDes Tahun Anggaran 2022") is not the agency's: its accountability
# report is filed in the year after, so the indicator of a year (desa that filed on time)
# names the budget year before it by definition.
_VILLAGE_BUDGET = LazyPattern(
    r"(?i)\b(?:apb\s*des(?:a)?|apb\s+desa|anggaran\s+pendapatan\s+dan\s+belanja\s+desa)"
    r"\s*$"
)
# A heading that opens the comparison with earlier years Permenpan RB 53/2014 asks for
# ("2) Perbandingan dengan tahun sebelumnya", "b. Perbandingan dengan tahun-tahun
# sebelumnya", "Perbandingan Capaian Tahun Ini dengan Tahun Lalu"): what stands under
# it gives the earlier years on purpose, sentence by sentence.
_COMPARISON_HEADING = LazyPattern(
    r"(?i)\b(?:perbandingan|dibandingkan|membandingkan|pembanding)\b"
    r".*\b(?:sebelum\w*|lalu|terakhir|tahun\s*-\s*tahun)\b"
)
# A heading is a short line that ends no sentence; how far above a sentence one is looked
# for (a few paragraphs of its part).
_HEADING_WORDS = 15
_HEADING_REACH = 12
# A line wholly in bold is a heading even when it ends in a full stop ("**b. Perbandingan
# dengan tahun sebelumnya dan target Renstra.**", a lettered point's title on its own line).
_BOLD_LINE = LazyPattern(r"^\s*\*\*[^*]+\*\*\s*$")
# A table between a line and its heading: its rows (pipe, tab, HTML, a grid's rules) and
# its caption ("Tabel 3.2 ...", "Table: ..."); how many lines of them are passed over.
_TABLE_ROW = LazyPattern(r"^(?:\||<|\+[-=+])")
_CAPTION = LazyPattern(r"(?i)^(?:tabel|table)\b")
_TABLE_REACH = 200
_HISTORY = LazyPattern(r"(?i)\b(?:sebelum\w*|lalu|lama|berakhir|terdahulu|periode\s+lalu)\b")
# "lebih besar daripada tahun 2021", "ketimbang capaian tahun 2021", "lebih tinggi dari
# capaian tahun 2023": the words right before an earlier year set it against the year
# reported on (a comparative's "dari" is its "daripada").
_THAN = LazyPattern(
    r"(?i)\b(?:daripada|ketimbang|dibanding(?:kan)?|lebih\s+[\w-]+\s+dari)\s+(?:dengan\s+)?"
    r"(?:[\w-]+\s+){0,3}$")
# A period of the next plan, drafted as a step ahead: "Menyusun Renstra Dinas Pangan Tahun
# 2022-2026", "akan menyiapkan rancangan RPJMD 2025-2029" (the words right before it) ...
_DRAFTING = LazyPattern(
    r"(?i)\b(?:akan|menyusun|penyusunan|menyiapkan|mempersiapkan|merumuskan|perumusan|"
    r"merancang|rancangan)\s+(?:[\w-]+\s+){0,3}$"
)
# ... or listed under the heading of the steps ahead ("B. Langkah ke Depan", "Rencana
# Tindak Lanjut", "Upaya Perbaikan ke Depan").
_STEPS_AHEAD_HEADING = LazyPattern(
    r"(?i)\b(?:langkah|rencana|upaya|strategi|arah)\b.*\b(?:ke\s*depan|mendatang|"
    r"berikutnya|tindak\s+lanjut)\b|\b(?:rencana\s+)?tindak\s+lanjut\b"
)

_MONTH = "|".join(MONTHS)
# The words before a year that make it a date's ("4 Januari", "Januari").
_DATE_END = LazyPattern(rf"(?i)\b(?:{_MONTH})$")
_DATE_LINE = re.compile(
    rf"^[\W_]*(?:(?P<place>[A-Za-z][\w .'-]{{1,40}}),\s*)?(?:\d{{1,2}}\s+)?"
    rf"(?P<date>(?i:{_MONTH})\s+(?P<y>{_YEAR}))[\W_]*$"
)
# Headings that open the parts a report's own signature closes, and the parts that carry
# someone else's signature (a PK, a decree) whose date may well fall inside the year.
_OWN_PART = LazyPattern(r"(?i)^(?:kata\s+pengantar|penutup|bab\s+iv\b)")
_OTHER_PART = LazyPattern(
    r"(?i)^(?:perjanjian\s+kinerja|keputusan|pernyataan|lampiran|surat|berita\s+acara|"
    r"pakta|daftar\s+isi|ikhtisar|ringkasan|bab\s+(?:i|ii|iii)\b)"
)
_SIGNATURE = LazyPattern(r"(?i)\bNIP\b|\bcamat\b|\bkepala\b|\bsekretaris\b|\bpembina\b")
_COVER_END = re.compile(r"(?i)^(?:kata\s+pengantar|daftar\s+isi|ikhtisar|ringkasan|bab\s)")
_COVER_YEAR = re.compile(rf"(?i)^(?:.*\btahun\s+(?:anggaran\s+)?)?(?P<y>{_YEAR})$")


_Placed = tuple[int, int, Violation]  # line index, column, violation
_A_MONTH = re.compile("|".join(MONTHS))  # in a case-folded line


def _has_year(line: str) -> bool:
    """Whether ``line`` may hold a year (_YEAR): most lines hold none, and are passed over
    without running a pattern."""
    return "19" in line or "20" in line


def _names_year(sentence: str, year: int, dates: bool = True) -> bool:
    """Whether ``sentence`` names ``year`` on its own (not as the end of a period; with
    ``dates`` false, not as the year of a date either)."""
    for match in re.finditer(rf"\b{year}\b", sentence):
        before = sentence[: match.start()].rstrip()
        after = sentence[match.end():].lstrip()
        if re.search(rf"{_YEAR}\s*(?:{_DASH}|s\.?\s?d\.?|sampai\s+dengan)$", before, re.I):
            continue
        if not dates and _DATE_END.search(before):
            continue
        if re.match(rf"{_DASH}\s*\d{{4}}", after):
            continue
        return True
    return False


def _audited_accounts(sentence: str, found: int, year: int) -> bool:
    """Whether ``sentence`` gives the audit opinion on the financial statements of
    ``found``, the year before ``year``: the opinion that year's audit gives."""
    return found == year - 1 and bool(_ACCOUNTS.search(sentence)) and bool(
        _AUDIT.search(sentence))


def _village_budget_before(line: str, start: int, found: int, year: int) -> bool:
    """Whether the year at ``line[start]`` is that of a desa's budget (APBDes) of the year
    before ``year``: the one whose accountability report the desa files during ``year``."""
    return found == year - 1 and bool(_VILLAGE_BUDGET.search(line, 0, start))


# A note printed under a table ("Catatan: ...", "Sumber: ...", "Keterangan: ...").
_NOTE_LINE = LazyPattern(r"(?i)^[\W_]*(?:catatan|sumber(?:\s+data)?|keterangan|ket\.)\s*:")
_NOTE_GAP = 2  # blank lines between a table and its note


def _note_under_years_table(text: TextIndex, index: int, found: int) -> bool:
    """Whether line ``index`` is a note right under a table whose cells name ``found``
    and a later year: the table compares the years, and its note ("Catatan: realisasi
    tahun 2022 dan 2023 dikutip dari LKjIP tahun bersangkutan.") gives the earlier ones
    on purpose, whatever heading the table stands under."""
    if not _NOTE_LINE.match(text.cleaned[index]):
        return False
    above = index - 1
    while above >= 0 and index - above <= _NOTE_GAP and not text.lines[above].strip():
        above -= 1
    years: set[int] = set()
    for row in range(above, max(-1, above - _TABLE_REACH), -1):
        line = text.lines[row]
        if "\t" not in line and not _TABLE_ROW.match(line.strip()):
            break
        years.update(int(cell) for cell in re.findall(rf"\b{_YEAR}\b", line))
    return found in years and any(other > found for other in years)


def _under_comparison_heading(text: TextIndex, index: int) -> bool:
    """Whether line ``index`` stands under a heading of the comparison with earlier
    years: the nearest short line above that ends no sentence names it. The table a
    note stands under, and its caption, are passed over: the note's heading is the
    table's ("Realisasi tahun 2021 dan 2022 diambil dari ..." under the table of the
    earlier years)."""
    reach = _HEADING_REACH
    for above in range(index - 1, max(-1, index - 1 - _TABLE_REACH), -1):
        line = text.cleaned[above].strip(" #*")
        if "\t" in text.lines[above] or _TABLE_ROW.match(line):
            continue
        if _CAPTION.match(line):
            if _COMPARISON_HEADING.search(line):
                return True  # "Tabel 3.2 Perbandingan Realisasi dengan Tahun Lalu"
            continue
        reach -= 1
        if reach < 0:
            return False
        if not line:
            continue
        if len(line.split()) <= _HEADING_WORDS and (
                not line.endswith((".", ",", ";")) or _BOLD_LINE.match(text.lines[above])):
            return bool(_COMPARISON_HEADING.search(line))
    return False


def _under_steps_ahead(text: TextIndex, index: int) -> bool:
    """Whether line ``index`` stands under a heading of the steps ahead: the nearest short
    line above that ends no sentence (an item of the list is passed over) names them."""
    for above in range(index - 1, max(-1, index - 1 - _HEADING_REACH), -1):
        line = text.cleaned[above].strip(" #*")
        if line and len(line.split()) <= _HEADING_WORDS and not line.endswith((".", ",", ";")):
            return bool(_STEPS_AHEAD_HEADING.search(line))
    return False


def _planned_period(text: TextIndex, index: int, start: int, first: int, year: int) -> bool:
    """Whether the period at ``line[start]``, starting after ``year``, is the next plan
    the report says is to be drafted: a report on the last year of its Renstra names the
    next period on purpose."""
    return first > year and (bool(_DRAFTING.search(text.sentence_before(index, start)))
                             or _under_steps_ahead(text, index))


def _compared_before(text: TextIndex, index: int, start: int, found: int) -> bool:
    """Whether the sentence before the one at ``line[start]`` compares years and names
    ``found`` among them ("Nilai SAKIP naik dari 61,45 pada tahun 2020 menjadi 63,80 pada
    tahun 2021 ... . Capaian tahun 2021 sebesar 102,08%."): the sentence goes on with it."""
    begin, _ = text.sentence_span(index, start, start)
    if begin == 0:
        return False
    end = len(text.lines[index][:begin].rstrip())
    previous = text.sentence_before(index, end)
    return bool(_COMPARISON.search(previous)) and re.search(rf"\b{found}\b", previous) is not None


def _a_comparison(text: TextIndex, index: int, start: int, found: int) -> bool:
    """Whether an earlier year at ``line[start]`` is given as a comparison by what frames
    its sentence: the heading above, or the sentence before."""
    return (_compared_before(text, index, start, found) or _under_comparison_heading(text, index)
            or _note_under_years_table(text, index, found)
            or bool(_THAN.search(text.sentence_before(index, start))))


def _stale_periods(text: TextIndex, year: int) -> Iterator[_Placed]:
    for index in text.lines_with(_PERIOD_WORDS):
        line = text.lines[index]
        if not _has_year(line):
            continue
        for match in _PERIOD.finditer(line):
            first, last = int(match["a"]), int(match["b"])
            if first <= year <= last or first > last:
                continue
            sentence = text.sentence_of(index, match.start(), match.end())
            if _CITATION.search(text.sentence_before(index, match.start())) or _HISTORY.search(
                sentence
            ) or _planned_period(text, index, match.start(), first, year):
                continue
            yield index, match.start(), Violation(
                location(where(index)),
                {
                    "what": {"id": "Periode Renstra/RPJMD", "en": "The Renstra/RPJMD period"},
                    "found": f"{first}-{last}",
                    "year": year,
                    "why": {"id": "periode itu tidak mencakup tahun yang dilaporkan",
                            "en": "that period does not include the year reported on"},
                    "excerpt": excerpt(line, match.start(), match.end()),
                },
                expected=str(year),
                actual=f"{first}-{last}",
            )


def _stale_years(text: TextIndex, year: int) -> Iterator[_Placed]:
    # Every phrase ends in "tahun" and a year (_ONE_YEAR).
    for index in text.lines_with(("tahun",)):
        line = text.lines[index]
        if not _has_year(line):
            continue
        folded = text.folded[index]
        seen: set[int] = set()  # positions of years already reported on this line
        for phrase in _YEAR_PHRASES:
            if not any(word in folded for word in phrase.words):
                continue
            for match in phrase.pattern.finditer(line):
                found = int(match["y"])
                if match.start("y") in seen or found == year:
                    continue
                if found > year and not phrase.later_too:
                    continue
                sentence = text.sentence_of(index, match.start(), match.end())
                if (
                    _CITATION.search(text.sentence_before(index, match.start()))
                    or _COMPARISON.search(sentence)
                    or _names_year(sentence, year, dates=not phrase.signed_in_year)
                    or (found > year and _AHEAD.search(sentence))
                    or _audited_accounts(sentence, found, year)
                    or _village_budget_before(line, match.start(), found, year)
                    or (found < year and _a_comparison(text, index, match.start(), found))
                    or (found < year and phrase.cited_as_source and _SOURCE_LINE.match(line))
                ):
                    continue
                seen.add(match.start("y"))
                yield index, match.start(), Violation(
                    location(where(index)),
                    {
                        "what": phrase.what,
                        "found": str(found),
                        "year": year,
                        "why": {
                            "id": "teks ini menyajikannya sebagai tahun yang dilaporkan, "
                            "bukan sebagai pembanding",
                            "en": "the text presents it as the year reported on, not as a "
                            "comparison",
                        },
                        "excerpt": excerpt(line, match.start(), match.end()),
                    },
                    expected=str(year),
                    actual=str(found),
                )


# -- without a cue phrase: a sentence about the year's own work that gives an earlier year --

# "pengukuran kinerja ... tahun", "pagu anggaran di tahun", "tugas dan fungsi ... tahun",
# "kegiatan yang dilaksanakan selama tahun": the sentence tells what the agency did, spent
# or measured, and that is the year reported on.
_REPORTING = re.compile(
    r"(?i)\b(?:pengukuran|penilaian\s+kinerja|pagu|anggaran|belanja|realisasi\w*|tugas|"
    r"fungsi|tupoksi|dilaksanakan|melaksanakan|capaian|analisis)\b"
)
_YEAR_OF = re.compile(
    rf"\b(?:(?i:tahun)|(?i:desember))\s+(?P<y>{_YEAR})\b"
    rf"(?!\s*(?:{_DASH}|(?i:s\.?\s?d\b|sampai|hingga)))"
)
# The year belongs to something else than the year's work: a cited act ("Nomor 53 Tahun
# 2014", "UU 23 Tahun 2014"), the medium-term plan and its baseline, a survey or a source.
_CITED_YEAR = re.compile(r"(?i)(?:\b(?:nomor|no)\b\.?\s*\S+|\d+)\s+$")
_OTHER_CONTEXT = re.compile(
    r"(?i)\b(?:renstra|rencana\s+strategis|rpjmd?|jangka\s+menengah|periode|awal|akhir|"
    r"baseline|survei|survey|sumber|data|sejak|dibentuk|terbentuk|pemekaran|peraturan|"
    r"undang|keputusan|instruksi|surat|tentang)\b"
)


def _stale_reporting_years(text: TextIndex, year: int) -> Iterator[_Placed]:
    for index in text.lines_with(("tahun", "desember")):
        line = text.lines[index]
        if "\t" in line or "|" in line:
            continue  # a table row: its years are columns, compared on purpose
        if not _has_year(line):
            continue
        for match in _YEAR_OF.finditer(line):
            found = int(match["y"])
            if found >= year:
                continue
            sentence = text.sentence_of(index, match.start(), match.end())
            if (
                not _REPORTING.search(sentence)
                or (match[0][0] in "Tt" and _CITED_YEAR.search(line[: match.start()]))
                or _explained(text, index, match.start(), sentence, found, year)
            ):
                continue
            yield index, match.start(), _earlier_year(index, line, match, year, _WORK)


# -- what the year's work produced, told in Bab III with an earlier year -----------------

# "Pemeriksaan reguler tahun 2023 menghasilkan 37 temuan", "Pada tahun 2022 terdapat 428
# pasien meninggal": a year, a verb that states what came out of the year's work, and
# the count of it. In Bab III, which measures the year reported on, the count is that
# year's; an earlier year there was left from an earlier report.
_RESULT = re.compile(
    rf"\b(?i:tahun)\s+(?P<y>{_YEAR})\b(?!\s*(?:{_DASH}|(?i:s\.?\s?d\b|sampai|hingga)))"
    r"\s*,?(?:\s+(?:telah|sudah|juga|masih))?"
    r"\s+(?i:menghasilkan|dihasilkan|terdapat|tercatat|dilayani|melayani|diterbitkan|"
    r"menerbitkan)"
    r"\s+(?:(?i:sebanyak|sejumlah|total)\s+)?"
    # A count of something: whole, and followed by what it counts ("37 temuan").
    r"\d{1,3}(?:\.\d{3})*(?![\d,.%])\s+[A-Za-z(]"
)
_RESULT_WORDS = ("menghasilkan", "dihasilkan", "terdapat", "tercatat", "dilayani", "melayani",
                 "diterbitkan", "menerbitkan")


def _stale_results(text: TextIndex, year: int, bab_3: range) -> Iterator[_Placed]:
    for index in text.lines_with(_RESULT_WORDS):
        line = text.lines[index]
        if index + 1 not in bab_3 or "\t" in line or "|" in line or line.lstrip().startswith("<"):
            continue  # outside Bab III, or a table row
        if not _has_year(line):
            continue
        for match in _RESULT.finditer(line):
            found = int(match["y"])
            if found >= year:
                continue
            sentence = text.sentence_of(index, match.start(), match.end())
            if (
                _CITED_YEAR.search(line[: match.start()])
                or _AHEAD.search(sentence)
                or _explained(text, index, match.start(), sentence, found, year)
            ):
                continue
            yield index, match.start(), _earlier_year(index, line, match, year, _RESULTS)


def _explained(text: TextIndex, index: int, start: int, sentence: str, found: int,
               year: int) -> bool:
    """Whether an earlier year in a sentence about the year's work belongs to something
    else: another context (the plan, a source), a comparison, history, a period, the
    audit of last year's accounts, or a comparison heading or table it stands under."""
    return bool(
        _OTHER_CONTEXT.search(sentence)
        or _COMPARISON.search(sentence)
        or _HISTORY.search(sentence)
        or _names_year(sentence, year)
        or re.search(rf"{_YEAR}\s*{_DASH}\s*{_YEAR}", sentence)
        or _audited_accounts(sentence, found, year)
        or _a_comparison(text, index, start, found)
        or _earlier_series(text, index, start, sentence, year)
    )


# An earlier year and its figure: "tahun 2021 realisasinya 66,67%", "tahun 2022 75,00%",
# "tahun 2021 sebesar Rp 1.250.000".
_YEAR_FIGURE = LazyPattern(
    rf"(?i)\btahun\s+(?P<y>{_YEAR})\b[^.;\d]{{0,40}}?"
    r"(?<![\w.,])\d{1,3}(?:[.,]\d+)*(?!\d)")
# The year's own figure: a percentage or a decimal ("realisasinya 83,33%").
_FIGURE = LazyPattern(r"\d\s*%|\d,\d")


def _earlier_series(text: TextIndex, index: int, start: int, sentence: str, year: int) -> bool:
    """Whether the sentence gives the figures of two or more earlier years after the
    sentence with the year's own figure: "... sehingga realisasinya 83,33%. Pada tahun
    2021 realisasinya 66,67% dan pada tahun 2022 75,00%." is the comparison with earlier
    years that Bab III gives, written without a word of comparison. A sentence left from
    an earlier report presents one year's work as the year's."""
    earlier = {int(match["y"]) for match in _YEAR_FIGURE.finditer(sentence)
               if int(match["y"]) < year}
    if len(earlier) < 2:
        return False
    begin, _ = text.sentence_span(index, start, start)
    if begin == 0:
        # The sentence opens the line: the one before ends the line above, in the same
        # paragraph when that line is not blank (a text wrapped at the page's width).
        if index == 0 or not text.lines[index - 1].strip():
            return False
        index, begin = index - 1, len(text.lines[index - 1]) + 1
    end = len(text.lines[index][:begin].rstrip())
    return bool(_FIGURE.search(text.sentence_before(index, end)))


# What the earlier year was taken for, and why it is the year reported on.
_WORK = (
    {"id": "Tahun kegiatan dan kinerja", "en": "The year of the work and results"},
    {"id": "kalimat ini menguraikan pelaksanaan tugas, anggaran atau kinerja tahun yang "
           "dilaporkan, bukan perbandingan",
     "en": "the sentence describes the duties, budget or results of the year reported on, "
           "not a comparison"},
)
_RESULTS = (
    {"id": "Tahun hasil kegiatan", "en": "The year of the work's results"},
    {"id": "kalimat di Bab III ini menyebut hasil kegiatan tahun yang dilaporkan, bukan "
           "perbandingan",
     "en": "this Bab III sentence states the results of the year reported on, not a "
           "comparison"},
)


def _earlier_year(index: int, line: str, match: re.Match[str], year: int,
                  taken_for: tuple[dict[str, str], dict[str, str]]) -> Violation:
    what, why = taken_for
    found = int(match["y"])
    return Violation(
        location(where(index)),
        {"what": what, "found": str(found), "year": year, "why": why,
         "excerpt": excerpt(line, match.start(), match.end())},
        expected=str(year),
        actual=str(found),
    )


# -- the cut-off date of the year's realisasi ----------------------------------------------

# "Realisasi sampai dengan 31 Desember 2022", "serapan per 31 Desember 2022": the year's
# realisasi runs to the last day of the year reported on. The date may wrap onto the next
# line ("... 31 Desember" / "2022 sebesar ...").
_CUT_OFF = re.compile(
    rf"(?i)\b(?:sampai\s+dengan|s\.?\s?d\.?|hingga|per|posisi)\s+(?:tanggal\s+)?"
    rf"31\s+desember\s+(?P<y>{_YEAR})\b"
)
_CUT_OFF_SUBJECT = LazyPattern(
    r"(?i)\b(?:realisasi\w*|terealisasi|serapan|penyerapan|terserap|capaian)\b")
# Comparison words (those of _COMPARISON but the ones that open a cut-off date).
_COMPARED = LazyPattern(
    r"(?i)\b(?:dibanding\w*|banding\w*|perbandingan|pembanding\w*|sebelum\w*|lalu|"
    r"terakhir|meningkat|menurun|peningkatan|penurunan|naik|turun|selisih|trend?)\b"
)


def _with_next_line(text: TextIndex, index: int) -> str:
    """Line ``index`` and the first words of the next, for a date cut by a line break."""
    line = text.lines[index]
    following = text.lines[index + 1] if index + 1 < len(text.lines) else ""
    return f"{line} {following[:12]}" if following.strip() else line


def _stale_cut_offs(text: TextIndex, year: int) -> Iterator[_Placed]:
    for index in text.lines_with(("desember",)):
        line = text.lines[index]
        if "\t" in line or "|" in line:
            continue  # a table row: a column "Realisasi s.d. 31 Desember" of each year
        for match in _CUT_OFF.finditer(_with_next_line(text, index)):
            found = int(match["y"])
            if found >= year or match.start() >= len(line):
                continue
            sentence = text.sentence_of(index, match.start(), min(match.end(), len(line)))
            if (
                not _CUT_OFF_SUBJECT.search(sentence)
                or _OTHER_CONTEXT.search(sentence)
                or _COMPARED.search(sentence)
                or _HISTORY.search(sentence)
                or _names_year(sentence, year)
                or _audited_accounts(sentence, found, year)
                or _a_comparison(text, index, match.start(), found)
            ):
                continue
            yield index, match.start(), Violation(
                location(where(index)),
                {
                    "what": {"id": "Tanggal batas realisasi",
                             "en": "The cut-off date of the realisasi"},
                    "found": str(found),
                    "year": year,
                    "why": {
                        "id": "realisasi tahun yang dilaporkan dihitung sampai akhir tahun "
                        "itu, bukan tahun sebelumnya",
                        "en": "the realisasi of the year reported on runs to the end of "
                        "that year, not of an earlier one",
                    },
                    "excerpt": excerpt(line, match.start(), min(match.end(), len(line))),
                },
                expected=f"31 Desember {year}",
                actual=f"31 Desember {found}",
            )


# -- what lies ahead, from an earlier year ------------------------------------------------

# "tahun 2023 dan tahun-tahun berikutnya": what the agency means to do from a year on. A
# report looks ahead from the year it reports on (or a later one); from an earlier year,
# the sentence was written for an earlier report.
_OUTLOOK = re.compile(
    rf"\b(?i:tahun)\s+(?P<y>{_YEAR})\s+(?i:dan|serta)\s+"
    # "tahun-tahun", "tahun - tahun" (any dash), "tahun tahun": spaces either side of a
    # dash, or spaces alone, never two runs of spaces that could share one.
    rf"(?:(?i:tahun)(?:(?:\s*{_DASH}\s*|\s+)(?i:tahun))?\s+)?"
    r"(?i:berikutnya|selanjutnya|mendatang|seterusnya)\b"
)
_OUTLOOK_WORDS = ("berikutnya", "selanjutnya", "mendatang", "seterusnya")
# "sejak tahun 2020 dan seterusnya": from then until now, which is no plan.
_SINCE = LazyPattern(r"(?i)\b(?:sejak|mulai|semenjak|dari)\s+$")


def _stale_outlook(text: TextIndex, year: int) -> Iterator[_Placed]:
    for index in text.lines_with(_OUTLOOK_WORDS):
        line = text.lines[index]
        if not _has_year(line):
            continue
        for match in _OUTLOOK.finditer(line):
            found = int(match["y"])
            before = text.sentence_before(index, match.start())
            if found >= year or _SINCE.search(before) or _CITATION.search(before):
                continue
            yield index, match.start(), Violation(
                location(where(index)),
                {
                    "what": {"id": "Tahun awal rencana ke depan",
                             "en": "The year the outlook starts from"},
                    "found": str(found),
                    "year": year,
                    "why": {
                        "id": "rencana ke depan dimulai dari tahun yang dilaporkan atau "
                        "sesudahnya, bukan dari tahun sebelumnya",
                        "en": "what lies ahead starts from the year reported on or later, "
                        "not from an earlier year",
                    },
                    "excerpt": excerpt(line, match.start(), match.end()),
                },
                expected=str(year),
                actual=str(found),
            )


def _parts_of(text: TextIndex) -> list[str | None]:
    """For each line: ``own`` when it lies in a part the report's own head signs
    (Kata Pengantar, Penutup), ``other`` in a PK, decree or Lampiran, else ``None``.
    One pass forward, so that many dated lines never each walk back over the text."""
    parts: list[str | None] = []
    current: str | None = None
    for line in text.cleaned:
        parts.append(current)
        heading = line.lstrip("#").strip()
        if not heading or len(heading) > 80:
            continue
        if _OWN_PART.match(heading):
            current = "own"
        elif _OTHER_PART.match(heading):
            current = "other"
    return parts


def _early_signatures(text: TextIndex, year: int) -> Iterator[_Placed]:
    parts: list[str | None] | None = None  # read on the first dated line only
    # A date line has a month and a year: the lines naming a month are found by one
    # search of the text per month, not by folding every line.
    for index in text.lines_with(MONTHS):
        cleaned = text.cleaned[index]
        if not _has_year(cleaned) or not _A_MONTH.search(cleaned.casefold()):
            continue
        match = _DATE_LINE.match(cleaned)
        if match is None or int(match["y"]) > year:
            continue
        following = " ".join(text.lines[index + 1: index + 12])
        if not _SIGNATURE.search(following):
            continue
        parts = parts if parts is not None else _parts_of(text)
        if parts[index] != "own":
            continue
        date = match["date"]
        yield index, 0, Violation(
            location(where(index)),
            {
                "what": {"id": "Tanggal penandatanganan", "en": "The signing date"},
                "found": date,
                "year": year,
                "why": {
                    "id": f"laporan atas tahun {year} baru dapat ditandatangani setelah "
                    "tahun itu berakhir",
                    "en": f"a report on {year} can only be signed after that year has ended",
                },
                "excerpt": cleaned,
            },
            expected=f"> {year}",
            actual=date,
        )


def _cover_years(text: TextIndex, year: int) -> Iterator[_Placed]:
    """Two different years among the title lines before the first heading."""
    years: list[tuple[int, int]] = []  # (index, year)
    for index, line in enumerate(text.cleaned[:40]):
        cover = line.strip("# ")
        if _COVER_END.match(cover) or len(cover) > 120:
            break
        match = _COVER_YEAR.match(cover)
        if match:
            years.append((index, int(match["y"])))
    if len({found for _, found in years}) < 2:
        return
    # The line that agrees with the reporting year (else the first) is the reference.
    reference = next(((i, y) for i, y in years if y == year), years[0])
    for index, found in years:
        if found == reference[1]:
            continue
        yield index, 0, Violation(
            location(where(index)),
            {
                "what": {"id": "Tahun pada judul", "en": "The year in the title"},
                "found": str(found),
                "year": year,
                "why": {
                    "id": f"judul yang sama menyebut tahun {reference[1]} di baris "
                    f"{reference[0] + 1}",
                    "en": f"the same title names the year {reference[1]} on line "
                    f"{reference[0] + 1}",
                },
                "excerpt": text.cleaned[index],
            },
            expected=str(reference[1]),
            actual=str(found),
        )


@rule(
    code="HYG002",
    slug="hygiene-stale-period",
    fix={
        "id": "Ganti tahun atau periode dengan tahun pelaporan, atau jelaskan mengapa tahun "
              "lain disebut.",
        "en": "Replace the year or period with the reporting year, or say why another year is "
              "meant.",
    },
    title={"id": "Tahun atau periode yang bukan tahun laporan",
           "en": "Year or period other than the reporting year"},
    category=Category.HYGIENE,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran II (Laporan Kinerja tahunan: kinerja tahun "
    "yang dilaporkan)",
    message={
        "id": '{what} "{found}" tidak sesuai dengan tahun laporan {year}; {why}: "{excerpt}".',
        "en": '{what} "{found}" does not fit the reporting year {year}; {why}: "{excerpt}".',
    },
    rationale={
        "id": "Laporan yang disalin dari tahun atau periode lain masih menyebut Renstra lama "
        "(\"2013-2018\"), tahun anggaran lain, tanggal tanda tangan sebelum tahun laporan "
        "berakhir, atau dua tahun berbeda pada judul. Perbandingan dengan tahun lalu dan "
        "kutipan peraturan (\"Nomor 6 Tahun 2016\") tidak dilaporkan.",
        "en": "A report copied from another year or period still names an old Renstra "
        "(\"2013-2018\"), another budget year, a signing date before the year reported on "
        "has ended, or two different years in its title. Comparisons with last year and "
        "citations of regulations (\"Nomor 6 Tahun 2016\") are not reported.",
    },
)
def HYG002(context: Context) -> Iterator[Violation]:
    """The LKjIP reports on one year (Permenpan RB 53/2014, Lampiran II): the Renstra
    period it measures against contains that year, the budget and work plan are that
    year's, the sentences on its duties, budget and measured results speak of that
    year, its realisasi runs to the end of that year ("sampai dengan 31 Desember"), and
    the head of the agency signs it after the year has ended."""
    year = context.report.meta.year
    if year is None:
        return
    text = text_index(context.report)
    reported: set[tuple[int, str]] = set()
    findings: list[_Placed] = []
    # The same year on the same line is reported once, by the most specific check.
    bab_3 = main_span(context.report, "bab_3")
    bab_3_lines = range(bab_3.start, bab_3.end + 1) if bab_3 is not None else range(0)
    results = partial(_stale_results, bab_3=bab_3_lines)
    for check in (_stale_years, _stale_periods, _stale_cut_offs, _stale_reporting_years,
                  results, _cover_years, _early_signatures, _stale_outlook):
        new = [placed for placed in check(text, year)
               if (placed[0], str(placed[2].args["found"])) not in reported]
        reported.update((index, str(violation.args["found"])) for index, _, violation in new)
        findings.extend(new)
    for _, _, violation in sorted(findings, key=lambda placed: placed[:2]):
        yield violation
