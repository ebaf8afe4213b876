"""CON015: an indicator's realisasi or capaian stated in the narrative disagrees with the
capaian table, or with the target and realisasi the same sentence gives.

Bab III explains each indicator in words, and the words repeat its figures: "Nilai SAKIP
... Tahun 2023 sebesar 73,15 dari target 72,00 (capaian 101,60%)". A figure retyped in
the text drifts from the table ("73,51"), or a capaian is copied from another row; the
reader of the analysis then remembers a figure the table does not hold.

Two checks, read with care so that a consistent report gives no finding:

* **against the table**: a sentence that names exactly one indicator of the capaian
  tables (its name as the table prints it, folded by the project's one name policy;
  or that name without the agency's own name at its end, "Nilai SAKIP" of "Nilai SAKIP
  Badan Keuangan Daerah"; or, for a name with an abbreviation in brackets, the words
  before it when they are three or more), and a figure the words right before it
  introduce as that indicator's ("capaian 94,89%", "realisasi 61,68%", "sebesar 73,15",
  "mencapai 69,45"), the name standing between the previous figure and this one. A
  realisasi must be one the tables give for the indicator (or its target or capaian:
  some reports call one the other); a capaian one they give, or its realisasi (the
  recomputed capaian only when the table prints none). The figures
  of "R dari target T ... capaian C" are the indicator's when the words before R name
  it. Figures of another year ("pada 2022", "tahun lalu", "target akhir
  Renstra"), the progress towards the Renstra's final target ("tingkat kemajuan ...
  sebesar 94,67%", "mencapai 96,04% dari target akhir"), of the budget ("Rp",
  "anggaran"), of a sasaran or a mean, of a level of government the agency is not
  ("... provinsi tahun 2023 sebesar 102,45"), and the ends of a range ("batas ...
  sebesar 5,00 % sampai 9,00 %": a standard) are not read.
* **within the sentence**: "R dari target T ... capaian C" (also "terhadap target",
  "melampaui target", "di bawah target"), the three figures next to one another: C must
  be R / T x 100, or (2T - R) / T x 100 for an indicator where lower is better. The
  direction is the table's when the sentence names the indicator; otherwise the
  capaian is wrong only when it follows neither direction. R and T are taken as
  printed, so C is compared with every value they may have been rounded from.

One finding per sentence: a realisasi that differs from the table explains a capaian
that follows from it. The Ikhtisar Eksekutif is CON005's, and is not read here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import NamedTuple

from checker.context import Context
from checker.display import Percent
from checker.graph import node_finder, normalise_name
from checker.model import AchievementRow, Number, Polarity, Report
from checker.numbers import NumberFormatError, parse_number
from checker.rule import Category, Location, Severity, Violation, rule
from rules._figures import HUNDRED, at_precision, percent_matches, percent_text, value_of
from rules._structure_outline import main_span, prose_lines
from rules.capaian import recompute

__all__ = ["CON015"]

# A figure of the text: digits with an optional decimal comma and thousands dots.
_FIGURE = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d{1,4})?(?![.,]?\d)")
_YEARS = range(1900, 2101)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")
# The words that introduce a figure as the indicator's, right before it.
_INTRODUCED = re.compile(
    r"\b(?P<role>capaian|realisasi)(?:nya)?(?:\s+(?:kinerja|indikator))?"
    r"(?:\s+(?:pada\s+)?tahun\s+(?P<year>\d{4}))?"
    r"(?:\s+(?:sebesar|mencapai|yaitu|adalah))?\s*\(?\s*$"
    r"|\b(?P<bare>sebesar|mencapai)\s*$")
# The unit of a rate after its figure ("8,10 per 1.000 kelahiran hidup"): its base is
# part of the unit, not a figure of its own.
_RATE_UNIT = r"(?:per\s+\d[\d.,]*(?:\s+[a-z]+){0,3}\s*)?"
# A target of this year right after a realisasi: "61,68% dari target 65,00%",
# "(63,98%) terhadap target 72,00%", "287,50 poin dari target 275,00 poin".
_TO_TARGET = re.compile(
    r"^\s*(?:%|persen|poin|nilai|indeks)?\s*" + _RATE_UNIT
    + r"\)?\s*,?\s*(?:atau\s+)?(?:masih\s+|sudah\s+)?"
    r"(?:dari|terhadap|melampaui|melebihi|mendekati|di\s+bawah|di\s+atas)(?:\s+batas)?"
    r"\s+target(?:\s+pk(?:\s+perubahan)?|\s+tahun\s+(?P<year>\d{4}))?(?:\s+sebesar)?\s*$")
# The capaian right after that target: "65,00%, dengan capaian 94,89%", "72,00 (capaian".
_TO_CAPAIAN = re.compile(
    r"^\s*(?:%|persen|poin)?\s*" + _RATE_UNIT
    + r"\)?\s*[,;]?\s*(?:\(|dengan|sehingga|atau|yaitu)?\s*"
    r"(?:tingkat\s+)?capaian(?:nya)?(?:\s+kinerja)?(?:\s+(?:sebesar|mencapai|yaitu|adalah))?"
    r"\s*$")
# Words that put a figure outside this year's realisasi of the indicator.
_ELSEWHERE = re.compile(
    r"\b(?:rp|anggaran|belanja|pagu|sasaran|rata|rerata|renstra|akhir|jangka|lalu|kemajuan"
    r"|sebelumnya|triwulan|semester|fisik|keuangan|dari|menjadi|naik|turun|meningkat"
    r"|menurun|bergerak|dibandingkan|target|predikat)\b")
# A year the words before a figure name: "pada tahun 2022", "tahun anggaran 2023".
_YEAR_NAMED = re.compile(r"\b(?:tahun|th|ta)\.?\s+(?:anggaran\s+)?((?:19|20)\d\d)\b")
# A figure that is a term of a computation ("x 1.000", "/ 8.620", "per 1.000").
_OPERATOR = re.compile(r"(?:[x/*:=+-]|\bper|\bdibagi|\bdikali)$")
_LATER = re.compile(r"^\s*(?:%|persen|poin)?\s*\)?\s*(?:pada\s+(?:tahun\s+)?|\(\s*|tahun\s+)"
                    r"(?P<year>\d{4})\b")
# The final target right after a figure ("96,04% dari target akhir Renstra 72,00"): the
# figure is the progress towards it, unless the words before call it the realisasi.
_TO_FINAL_TARGET = re.compile(
    r"^\s*(?:%|persen)?\s*\)?\s*,?\s*(?:dari|terhadap)\s+target\s+"
    r"(?:akhir|renstra|jangka\s+menengah)\b")
_NAMED_REALISASI = re.compile(r"\brealisasi\b")
# A count out of a whole ("3.214 dari 4.286 ASN"): the data behind the figure, not it.
_PART_OF = re.compile(r"^\s*(?:[a-z]+\s+)?dari\s+(?:total\s+|jumlah\s+)?\d")
# A percentage of a named whole ("70,18 persen dari skor 55,00", "67,5% dari nilai
# maksimal 100"): a share of that figure (progress towards it), not the realisasi.
_SHARE_OF = re.compile(r"^\s*(?:%|persen)\s*\)?\s*,?\s*dari\s+(?:skor|nilai|angka|total"
                       r"|jumlah)(?:\s+[a-z]+)?\s+\d")
# The lower end of a range ("batas ... sebesar 5,00 % sampai 9,00 %", "antara 60 - 80"): a
# range is a standard or a band of values, never the one realisasi of the year. The upper
# end is a figure, not a date ("95% sampai dengan 31 Desember", "hingga 2026").
_RANGE_TO = re.compile(
    r"^\s*(?:%|persen)?\s*(?:sampai(?:\s+dengan)?|s\.\s?d\.?|hingga|[-\u2013\u2014])\s*"
    r"(?!(?:19|20)\d\d\b)\d[\d.,]*(?!\d|\s*(?:januari|februari|maret|april|mei|juni|juli"
    r"|agustus|september|oktober|november|desember)\b)")
_ABBREVIATED = re.compile(r"^(?P<name>[^()]+?)\s*\(\s*[A-Za-z]{2,10}\s*\)")
# A unit in brackets at the end of a name ("Angka Kematian Bayi (per 1.000 KH)", "(%)"):
# the words before it are the indicator's name.
_UNIT_BRACKET = re.compile(r"^(?P<name>[^()]+?)\s*\(\s*(?:per\b|%|persen\b|poin\b)[^()]*\)\s*$",
                           re.IGNORECASE)
# The words between a figure and the next one that make the next the base of a rate.
_RATE_BASE = re.compile(r"^\s*%?\s*per\s*$", re.IGNORECASE)
# A count of the year stated before what it counts: "Sepanjang tahun 2024 tercatat 66
# inovasi daerah yang diterapkan", "sebanyak 69 inovasi daerah yang diterapkan". Only
# these words, right before the figure, give the whole count (not "terdiri atas 31 ...").
_COUNT_WORD = "jumlah "
_COUNT_INTRODUCED = re.compile(r"\b(?:tercatat|terdapat|sebanyak|berjumlah|sejumlah|total"
                               r"|mencapai)\s*$")
_RUPIAH_UNITS = frozenset(("rp", "rupiah", "juta rupiah", "miliar rupiah", "rp juta",
                           "rp miliar", "ribu rupiah", "rp ribu"))
# Units of an indicator that counts people: its realisasi is a count, never a percentage.
_PEOPLE_UNITS = frozenset(("orang", "jiwa", "pengunjung", "wisatawan", "peserta", "pasien"))
# Words that introduce a figure as a change from an earlier year, not a level.
_CHANGE = re.compile(r"\b(?:pertumbuhan|kenaikan|peningkatan|penurunan|pertambahan"
                     r"|pengurangan|perubahan|laju)\b")
_ROLE_WORD = re.compile(r"\b(?:realisasi|capaian)\w*")
_MIN_SHORT_WORDS = 2  # "Nilai SAKIP": a shorter key is at least this long
_MIN_PREFIX_WORDS = 3  # "Indeks Kepuasan Masyarakat (IKM) ...": the words before it
# A government body named right after the measure ("nilai SAKIP Pemerintah Provinsi ...
# sebesar 72,86", quoted beside the agency's own as a comparison): that body's figure.
_OTHER_BODY = re.compile(r"(?:pemerintah|pemprov|pemkab|pemkot|provinsi|kabupaten|kota"
                         r"|kementerian|nasional)\b")
# A level of government named between the measure and its figure ("Nilai Tukar Petani
# tanaman pangan provinsi tahun 2023 sebesar 102,45"): a level the agency's own name
# does not hold is another body's, quoted as a comparison.
_LEVEL = re.compile(r"\b(?:provinsi|kabupaten|kota|nasional)\b")


class _Figure(NamedTuple):
    """A figure of a sentence: where it stands and how it reads."""

    start: int
    end: int
    number: Number
    percent: bool  # printed with a percent sign

    @property
    def printed(self) -> str:
        return self.number.raw + ("%" if self.percent else "")


class _Indicator(NamedTuple):
    """One indicator of the capaian tables: its rows and the keys a sentence names it by."""

    name: str
    rows: tuple[AchievementRow, ...]
    keys: tuple[str, ...]
    agency: str = ""  # the report's agency (folded): the body the indicator measures
    home: str = ""  # the agency and its region (folded): the levels of government it is
    # What a count indicator counts ("inovasi daerah yang diterapkan" of "Jumlah inovasi
    # daerah yang diterapkan"): the words a count of it is followed by ("66 inovasi
    # daerah yang diterapkan"), or "" for another indicator.
    counted: str = ""


class _Stated(NamedTuple):
    """A figure a sentence gives for an indicator (``role``: realisasi or capaian)."""

    role: str
    figure: _Figure


def _figures(sentence: str) -> list[_Figure]:
    """The figures of a sentence, years left out ("Tahun 2023" is no figure)."""
    found = []
    for match in _FIGURE.finditer(sentence):
        raw = match.group()
        try:
            value = parse_number(raw)
        except NumberFormatError:
            continue
        if value is None or ("," not in raw and "." not in raw and int(value) in _YEARS):
            continue
        percent = sentence[match.end():].lstrip().startswith("%")
        found.append(_Figure(match.start(), match.end(), Number(raw, value), percent))
    return found


def _keys(name: str, agency: str) -> tuple[str, ...]:
    """The folded texts a sentence may name an indicator by."""
    full = normalise_name(name)
    keys = {full}
    if agency and full.endswith(" " + agency):
        short = full[: -len(agency)].strip()
        if len(short.split()) >= _MIN_SHORT_WORDS:
            keys.add(short)
    unit = _UNIT_BRACKET.match(name)
    if unit:
        before = normalise_name(unit["name"])
        if len(before.split()) >= _MIN_SHORT_WORDS:
            keys.add(before)
    prefix = _ABBREVIATED.match(name)
    if prefix:
        before = normalise_name(prefix["name"])
        if len(before.split()) >= _MIN_PREFIX_WORDS:
            keys.add(before)
    return tuple(key for key in keys if key)


def _indicators(report: Report) -> list[_Indicator]:
    by_name: dict[str, list[AchievementRow]] = {}
    printed: dict[str, str] = {}
    for table in report.achievements:
        for row in table.rows:
            folded = normalise_name(row.indikator)
            by_name.setdefault(folded, []).append(row)
            printed.setdefault(folded, row.indikator)
    agency = normalise_name(report.meta.agency or "")
    home = normalise_name(f"{report.meta.agency or ''} {report.meta.region or ''}")
    return [_Indicator(printed[key], tuple(rows), _keys(printed[key], agency), agency, home,
                       _counted(key))
            for key, rows in by_name.items() if key]


def _counted(folded: str) -> str:
    """What the indicator of the folded name counts, when it is a count ("jumlah ...") of
    something named in enough words to be told from a part of it; else ""."""
    if not folded.startswith(_COUNT_WORD):
        return ""
    counted = folded[len(_COUNT_WORD):].strip()
    return counted if len(counted.split()) >= _MIN_SHORT_WORDS else ""


def _names(text: str, key: str) -> bool:
    """Whether the folded ``text`` holds ``key`` as whole words."""
    return f" {key} " in f" {text} "


def _named(sentence: str, indicators: Sequence[_Indicator]) -> _Indicator | None:
    """The one indicator the sentence names, or ``None`` (none, or several)."""
    # As :func:`_names` for each key, the sentence padded once for all of them.
    padded = f" {normalise_name(sentence)} "
    named = [i for i in indicators if any(f" {key} " in padded for key in i.keys)]
    return named[0] if len(named) == 1 else None


def _other_year(after: str, year: int | None) -> bool:
    """Whether the words right after a figure put it in another year ("pada 2022")."""
    match = _LATER.match(after)
    return match is not None and year is not None and int(match["year"]) != year


def _role(local: str, year: int | None) -> str | None:
    """What the words since the previous figure introduce the figure as, if they introduce
    it as this year's realisasi or capaian of an indicator: a year named among them that
    is not the report's ("Persentase realisasi pajak daerah pada tahun 2022 sebesar
    98,74%") makes the figure that year's, whatever words introduce it."""
    match = _INTRODUCED.search(local)
    if match is None:
        return None
    named_years = _YEAR_NAMED.findall(local)
    if named_years and year is not None and int(named_years[-1]) != year:
        return None
    if match["year"] is not None and year is not None and int(match["year"]) != year:
        return None
    if _ELSEWHERE.search(local[match.start():]):
        return None
    if match["bare"] is None:
        return match["role"]
    before = local[:match.start()]
    if _ELSEWHERE.search(before):
        return None
    return "capaian" if re.search(r"\bcapaian\b", before) else "realisasi"


def _local(sentence: str, figures: list[_Figure], index: int) -> str:
    start = figures[index - 1].end if index else 0
    return sentence[start:figures[index].start]


def _stated(sentence: str, figures: list[_Figure], indicator: _Indicator,
            year: int | None) -> list[_Stated]:
    """The figures the sentence introduces as the indicator's, the indicator named in
    the words since the previous figure."""
    found = []
    for index, figure in enumerate(figures):
        if not _introduces(sentence, figures, figure, indicator):
            continue
        local = _local(sentence, figures, index)
        role = _role(local.casefold(), year)
        after = sentence[figure.end:].casefold()
        if (role is None or _other_year(after, year) or _PART_OF.match(after)
                or _SHARE_OF.match(after)):
            continue
        if _TO_FINAL_TARGET.match(after) and not _NAMED_REALISASI.search(local.casefold()):
            continue  # progress towards the Renstra's final target, not the year's figure
        if _RANGE_TO.match(after):
            continue  # a band of values ("5,00 % sampai 9,00 %"), not the year's realisasi
        if role == "realisasi" and figure.percent and _never_percent(indicator):
            continue  # a share ("kontribusi PAD ... terhadap PAD Kota 21,4%"), not the amount
        if _change_named(local, indicator):
            continue  # a growth rate ("pertumbuhan kunjungan sebesar 41,03%"), not the level
        found.append(_Stated(role, figure))
    return found


def _counts(sentence: str, figures: list[_Figure], indicator: _Indicator,
            year: int | None) -> list[_Stated]:
    """The figures the sentence gives as the year's count of what the indicator counts:
    introduced as a count and followed right away by what it counts, no other year and no
    other measure (a target, last year's, a part of a whole) in the words around it."""
    found = []
    for index, figure in enumerate(figures):
        local = _local(sentence, figures, index).casefold()
        if figure.percent or not _COUNT_INTRODUCED.search(local):
            continue
        after = f"{normalise_name(sentence[figure.end:])} "
        if not after.startswith(f"{indicator.counted} "):
            continue
        rest = after[len(indicator.counted):]
        years = [int(named) for named in _YEAR_NAMED.findall(f"{local} {rest}")]
        if (any(named != year for named in years) or _ELSEWHERE.search(local)
                or _PART_OF.match(rest)):
            continue
        found.append(_Stated("realisasi", figure))
    return found


def _never_percent(indicator: _Indicator) -> bool:
    """Whether the tables measure the indicator in Rupiah or count it in people: a
    percentage is then never its realisasi, but a share or a growth rate of it."""
    units = {normalise_name(row.unit or "") for row in indicator.rows}
    return bool(units) and units <= _RUPIAH_UNITS | _PEOPLE_UNITS


def _change_named(local: str, indicator: _Indicator) -> bool:
    """Whether the words before a figure, the indicator's own name left out, introduce
    it as a change ("pertumbuhan kunjungan ... sebesar 41,03%"): a growth or an increase
    from an earlier year is not the year's realisasi. An indicator that measures a
    change ("Laju pertumbuhan ekonomi") keeps the word in its name, not around it; and
    a figure called the realisasi or capaian after the change word is that ("mengalami
    penurunan, realisasinya sebesar 80")."""
    folded = f" {normalise_name(local)} "
    for key in indicator.keys:
        folded = folded.replace(f" {key} ", " ")
    named = list(_ROLE_WORD.finditer(folded))
    return _CHANGE.search(folded, named[-1].end() if named else 0) is not None


def _introduces(sentence: str, figures: list[_Figure], figure: _Figure,
                indicator: _Indicator) -> bool:
    """Whether the words since the previous figure name the indicator: the figure is
    that indicator's, not another's the sentence goes on to."""
    folded = normalise_name(_local(sentence, figures, figures.index(figure)))
    return _names_own(folded, indicator)


def _names_own(text: str, indicator: _Indicator) -> bool:
    """Whether the folded ``text`` names the indicator as the agency's own measure: the
    figure is the one of what is named last before it, and "nilai SAKIP Pemerintah
    Provinsi ..." names the same measure of another government body."""
    padded = f" {text} "
    # The last name, the longest at its place ("nilai sakip dinas sosial" over "nilai sakip").
    start, key = max((padded.rfind(f" {key} "), key) for key in indicator.keys)
    if start < 0:
        return False
    after = padded[start + len(key) + 2:]
    if _other_level(after, indicator.home):
        return False
    agency = indicator.agency
    return (not _OTHER_BODY.match(after)
            or (bool(agency) and (key.endswith(agency) or after.startswith(agency))))


def _other_level(words: str, home: str) -> bool:
    """Whether the folded ``words`` name a level of government other than the agency's
    (judged only when its name or region says its level)."""
    if not _LEVEL.search(home):
        return False
    return any(not _names(home, level) for level in _LEVEL.findall(words))


class _Triple(NamedTuple):
    """A realisasi, its target and the capaian the sentence gives, next to one another."""

    realisasi: _Figure
    target: _Figure
    capaian: _Figure


def _without_rate_bases(sentence: str, figures: list[_Figure]) -> list[_Figure]:
    """The figures, the base of a rate right after its figure ("8,10 per 1.000") left
    out: it is part of the unit, so the figures on either side stand next to each other."""
    return [figure for index, figure in enumerate(figures)
            if not index or not _RATE_BASE.match(sentence[figures[index - 1].end:figure.start])]


def _triples(sentence: str, figures: list[_Figure], year: int | None) -> Iterator[_Triple]:
    folded = sentence.casefold()
    figures = _without_rate_bases(sentence, figures)
    for index in range(len(figures) - 2):
        realisasi, target, capaian = figures[index:index + 3]
        to_target = _TO_TARGET.match(folded[realisasi.end:target.start])
        if to_target is None or not _TO_CAPAIAN.match(folded[target.end:capaian.start]):
            continue
        if to_target["year"] is not None and year is not None and int(to_target["year"]) != year:
            continue
        if not _stands_alone(folded, realisasi, ")" in to_target.group()):
            continue
        yield _Triple(realisasi, target, capaian)


def _stands_alone(folded: str, realisasi: _Figure, closed: bool) -> bool:
    """Whether the figure before "dari target" is the realisasi itself, not a term of
    the working beside it ("(169 / 8.620 x 1.000) dari target 22,00"): not after an
    operator, and alone in its brackets when a bracket closes after it."""
    before = folded[:realisasi.start].rstrip()
    if _OPERATOR.search(before):
        return False
    return not closed or before.endswith("(")


def _half(number: Number) -> Decimal:
    """Half a unit of the last decimal printed: how far a rounded figure may be off."""
    return Decimal(5).scaleb(-number.decimals - 1)


def _capaian_range(realisasi: Number, target: Number, polarity: Polarity
                   ) -> tuple[Decimal, Decimal] | None:
    """The capaian the printed realisasi and target allow, over every value they may
    have been rounded from: (lowest, highest); ``None`` when the target may be 0."""
    assert realisasi.value is not None and target.value is not None
    r_low, r_high = realisasi.value - _half(realisasi), realisasi.value + _half(realisasi)
    t_low, t_high = target.value - _half(target), target.value + _half(target)
    if t_low <= 0:
        return None
    if polarity is Polarity.NEGATIVE:
        values = [(2 * t - r) * HUNDRED / t for r in (r_low, r_high) for t in (t_low, t_high)]
    else:
        values = [r * HUNDRED / t for r in (r_low, r_high) for t in (t_low, t_high)]
    return min(values), max(values)


def _follows(capaian: Number, span: tuple[Decimal, Decimal], tolerance: Decimal) -> bool:
    """Whether the printed capaian is one value of the span, rounded or truncated."""
    assert capaian.value is not None
    low = at_precision(span[0], capaian.decimals, ROUND_DOWN) - tolerance
    high = at_precision(span[1], capaian.decimals, ROUND_HALF_UP) + tolerance
    return low <= capaian.value <= high


def _formula(triple: _Triple, polarity: Polarity) -> tuple[str, Decimal]:
    r_raw, t_raw = triple.realisasi.number.raw, triple.target.number.raw
    r, t = triple.realisasi.number.value, triple.target.number.value
    assert r is not None and t is not None
    if polarity is Polarity.NEGATIVE:
        return f"(2 x {t_raw} - {r_raw}) / {t_raw} x 100", (2 * t - r) * HUNDRED / t
    return f"{r_raw} / {t_raw} x 100", r * HUNDRED / t


def _table_values(indicator: _Indicator, role: str) -> list[tuple[Decimal, AchievementRow]]:
    """The figures of the tables a stated ``role`` may repeat, with their rows."""
    found: list[tuple[Decimal, AchievementRow]] = []
    for row in indicator.rows:
        wanted = ((row.realisasi, row.target, row.capaian) if role == "realisasi"
                  else (row.capaian, row.realisasi))
        found += [(v, row) for v in map(value_of, wanted) if v is not None]
        computed = recompute(row) if role == "capaian" and row.capaian is None else None
        if computed is not None:
            found.append((computed, row))
    return found


def _own_value(indicator: _Indicator, role: str) -> tuple[Decimal, AchievementRow] | None:
    """The table's figure of that role for the message: the first row that prints one."""
    for row in indicator.rows:
        value = value_of(row.realisasi if role == "realisasi" else row.capaian)
        if value is not None:
            return value, row
    return None


_ROLES = {"realisasi": {"id": "realisasi", "en": "realisasi"},
          "capaian": {"id": "capaian", "en": "capaian"}}


def _subject(role: str, indicator: _Indicator | None) -> dict[str, str]:
    if indicator is None:
        return {"id": _ROLES[role]["id"], "en": f"a {_ROLES[role]['en']}"}
    return {"id": f"{_ROLES[role]['id']} indikator '{indicator.name}'",
            "en": f"the {_ROLES[role]['en']} of indikator '{indicator.name}'"}


def _shown(value: Decimal, role: str, decimals: int) -> Percent | str:
    """A table figure as a message shows it: a capaian as a percentage, a realisasi as
    the table prints it."""
    if role == "capaian":
        return percent_text(value, max(decimals, 2))
    return f"{value.normalize():f}".replace(".", ",")


def _table_violation(context: Context, line: int, indicator: _Indicator,
                     stated: _Stated) -> Violation | None:
    number = stated.figure.number
    assert number.value is not None
    values = _table_values(indicator, stated.role)
    own = _own_value(indicator, stated.role)
    if own is None or any(percent_matches(number.value, number.decimals, value,
                                          context.percent_tolerance) for value, _ in values):
        return None
    value, row = own
    shown = _shown(value, stated.role, number.decimals)
    text = {lang: shown.text(lang) if isinstance(shown, Percent) else shown
            for lang in ("id", "en")}
    table = row.where.table or "tabel capaian"
    at = row.where.line if row.where.line is not None else "?"
    return Violation(
        Location(line=line, node=node_finder(context.graph, "indikator")(row.indikator)),
        {"subject": _subject(stated.role, indicator), "stated": stated.figure.printed,
         "against": {"id": f"sedangkan {table} (baris {at}) memuat {text['id']}",
                     "en": f"but {table} (line {at}) gives {text['en']}"}},
        expected=shown,
        actual=number.raw,
    )


def _triple_violation(context: Context, line: int, triple: _Triple,
                      indicator: _Indicator | None) -> Violation | None:
    capaian = triple.capaian.number
    if capaian.value is None:
        return None
    polarities = ((indicator.rows[0].polarity,) if indicator is not None
                  else (Polarity.POSITIVE, Polarity.NEGATIVE))
    for polarity in polarities:
        span = _capaian_range(triple.realisasi.number, triple.target.number, polarity)
        if span is None or _follows(capaian, span, context.percent_tolerance):
            return None
    formula, computed = _formula(triple, polarities[0])
    shown = percent_text(computed, max(capaian.decimals, 2))
    r_raw, t_raw = triple.realisasi.printed, triple.target.printed
    node = (node_finder(context.graph, "indikator")(indicator.rows[0].indikator)
            if indicator is not None else None)
    return Violation(
        Location(line=line, node=node),
        {"subject": _subject("capaian", indicator), "stated": triple.capaian.printed,
         "against": {
             "id": f"padahal dari realisasi {r_raw} dan target {t_raw} dalam kalimat yang "
                   f"sama {formula} = {shown.text('id')}",
             "en": f"but from the realisasi {r_raw} and target {t_raw} of the same sentence "
                   f"{formula} = {shown.text('en')}"}},
        expected=shown,
        actual=capaian.raw,
    )


def _sentences(report: Report) -> Iterator[tuple[int, str]]:
    """The sentences of the narrative with their line, the Ikhtisar Eksekutif left out."""
    ikhtisar = main_span(report, "ikhtisar_eksekutif")
    for number, text in prose_lines(report, 1, len(report.text)):
        if "\t" in text or text.lstrip().startswith(("|", "<")):
            continue  # a table row
        if ikhtisar is not None and number in ikhtisar:
            continue
        if not _may_state_figure(text.casefold()):
            continue
        for sentence in _SENTENCE_END.split(" ".join(text.split())):
            yield number, sentence


def _may_state_figure(folded: str) -> bool:
    """Whether a folded line holds a word that introduces an indicator's figure (tested
    one by one: this runs on every line of the narrative)."""
    return ("capaian" in folded or "realisasi" in folded or "sebesar" in folded
            or "mencapai" in folded or "tercatat" in folded or "sebanyak" in folded
            or "terdapat" in folded)


def _sentence_violation(context: Context, line: int, sentence: str,
                        indicators: Sequence[_Indicator]) -> Violation | None:
    """At most one finding for a sentence: a figure unlike the table first."""
    indicator = _named(sentence, indicators)
    year = context.report.meta.year
    if indicator is None:
        counted = _count_named(context, line, sentence, indicators)
        if counted is not None:
            return counted
    if indicator is None and "target" not in sentence.casefold():
        return None  # no indicator to compare with, and no "dari target" to compute
    figures = _figures(sentence)
    if not figures:
        return None
    triples = [(triple, indicator if indicator is not None and _introduces(
        sentence, figures, triple.realisasi, indicator) else None)
        for triple in _triples(sentence, figures, year)]
    if indicator is not None:
        stated = _stated(sentence, figures, indicator, year)
        stated += [_Stated(role, figure) for triple, own in triples if own is not None
                   for role, figure in (("realisasi", triple.realisasi),
                                        ("capaian", triple.capaian))]
        for figure in _once(stated):
            violation = _table_violation(context, line, indicator, figure)
            if violation is not None:
                return violation
    for triple, own in triples:
        violation = _triple_violation(context, line, triple, own)
        if violation is not None:
            return violation
    return None


def _count_named(context: Context, line: int, sentence: str,
                 indicators: Sequence[_Indicator]) -> Violation | None:
    """The finding on a count the sentence gives of what one count indicator counts, when
    it names no indicator as the table prints it ("tercatat 66 inovasi daerah yang
    diterapkan" for "Jumlah inovasi daerah yang diterapkan")."""
    padded = f" {normalise_name(sentence)} "
    counted = [i for i in indicators if i.counted and f" {i.counted} " in padded]
    if len(counted) != 1:
        return None
    indicator = counted[0]
    figures = _figures(sentence)
    for stated in _counts(sentence, figures, indicator, context.report.meta.year):
        violation = _table_violation(context, line, indicator, stated)
        if violation is not None:
            return violation
    return None


def _once(stated: list[_Stated]) -> list[_Stated]:
    """The figures in the order of the sentence, each once."""
    seen: dict[int, _Stated] = {}
    for figure in stated:
        seen.setdefault(figure.figure.start, figure)
    return [seen[start] for start in sorted(seen)]


@rule(
    code="CON015",
    slug="consistency-narrative-indicator-figures",
    title={"id": "Realisasi atau capaian indikator di uraian berbeda dengan tabel",
           "en": "An indicator's realisasi or capaian in the text differs from the table"},
    category=Category.CONSISTENCY,
    severity=Severity.ERROR,
    regulation="Permenpan RB 53/2014, Lampiran II (Bab III: capaian kinerja organisasi)",
    message={
        "id": "Uraian menyebut {subject} {stated}, {against}.",
        "en": "The text states {subject} as {stated}, {against}.",
    },
    fix={
        "id": "Kutip realisasi dan capaian indikator di uraian persis seperti tabel capaian "
        "kinerja, dan hitung capaian dari target dan realisasi yang disebut.",
        "en": "Quote the indicator's realisasi and capaian in the text exactly as the "
        "capaian table gives them, and compute the capaian from the target and realisasi "
        "stated.",
    },
    rationale={
        "id": "Uraian Bab III menjelaskan capaian setiap indikator dan mengulang angkanya. "
        "Angka yang berbeda dengan tabel, atau capaian yang tidak sesuai dengan target dan "
        "realisasi dalam kalimat yang sama, berarti salah satunya salah ketik atau disalin "
        "dari tahun lain.",
        "en": "The Bab III analysis explains each indicator's achievement and repeats its "
        "figures. A figure unlike the table's, or a capaian that does not follow from the "
        "target and realisasi of the same sentence, means one of them was mistyped or "
        "copied from another year.",
    },
)
def CON015(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 (Lampiran II) has Bab III compare, for each indicator, the
    target with the realisasi and analyse the capaian; the figures the analysis states
    are those of the capaian table, and a capaian it states follows from the target and
    realisasi it states (inverted for an indicator where lower is better)."""
    indicators = _indicators(context.report)
    for line, sentence in _sentences(context.report):
        violation = _sentence_violation(context, line, sentence, indicators)
        if violation is not None:
            yield violation
