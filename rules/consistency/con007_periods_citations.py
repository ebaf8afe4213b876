"""CON007: one plan period, one budget year and one regulation, cited alike everywhere.

Three things a reviewer checks against each other while reading a report's citations:

* the RPJMD (or Renstra) period: the same plan stated with two periods ("RPJMD
  2021-2026" on one page, "RPJMD 2022-2026" on another);
* the legal basis (Dasar Hukum / Landasan Hukum) citing the APBD, DPA or RKA of
  another budget year than the year reported on;
* one regulation cited with two numbers or two years ("Permenpan RB Nomor 53 Tahun
  2014" and, a few pages on, "... Nomor 53 Tahun 2015"); two cited in one sentence are
  two regulations.

A period that does not contain the reporting year at all is HYG002's (a stale
Renstra), so it is left out here and never reported twice.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

from checker.context import Context, location
from checker.graph import fold_text
from checker.model import Heading, Report
from checker.rule import Category, Severity, Violation, rule
from rules.hygiene._text import excerpt, sentence_before, sentence_of, where

__all__ = ["CON007"]

_YEAR = r"(?:19|20)\d\d"
_DASH = r"[-\u2013\u2014/]"

# -- plan periods ------------------------------------------------------------------------

# The plan and, between it and its period, capitalised words (its region, "(RPJMD)"),
# never a citation's "Nomor"/"tentang" (the period of a Perda's title is the Perda's).
_PLAN = re.compile(
    r"\b(?P<plan>(?i:rpjmd(?:\s*/\s*renstra)?|renstra(?:\s*/\s*rpjmd)?|rencana\s+strategis"
    r"|rencana\s+pembangunan\s+jangka\s+menengah(?:\s+daerah|\s*\(\s*rpjmd\s*\)|\s+\(rpjmd\s\)"
    r")))"
    r"(?P<gap>(?:\s+(?!(?i:tahun|nomor|no|tentang|periode|perubahan)\b)"
    r"(?:[A-Z][\w'\u2019&.-]*|\([A-Za-z ]{1,20}\)|dan)){0,10})"
    rf"\s+(?:(?i:tahun|periode)\s+)?(?P<a>{_YEAR})\s*{_DASH}\s*(?:(?i:tahun)\s+)?(?P<b>{_YEAR})\b"
)
# A sentence about an earlier or a later plan names its period on purpose.
_OTHER_PLAN = re.compile(
    r"(?i)\b(?:sebelum\w*|lalu|lama|berakhir|terdahulu|berikut\w*|selanjutnya|mendatang|"
    r"transisi|peralihan|rpjmn|nasional|kementerian)\b"
)
# "Target Renstra Tahun 2022-2026", "Tabel 2.1 ... Renstra 2022-2026": the years a table
# of the plan's targets covers, not the plan's period.
_TABLE_YEARS = re.compile(
    r"(?i)(?:\b(?:target|capaian|realisasi|proyeksi)(?:\s+\w+)?\s*$|^\W*tabel\b)"
)
# A plan of another level than the region's own (a kecamatan cites its province's RPJMD).
_LEVEL = re.compile(r"(?i)\b(provinsi|kabupaten|kota)\b")


class _Period(NamedTuple):
    plan: str  # "rpjmd" or "renstra"
    level: str | None  # the government level the plan names, if any
    first: int
    last: int
    index: int
    start: int
    end: int

    @property
    def shown(self) -> str:
        return f"{self.first}-{self.last}"


def _plans(name: str) -> tuple[str, ...]:
    folded = fold_text(name)
    found = []
    if "rpjmd" in folded or "jangka menengah" in folded:
        found.append("rpjmd")
    if "renstra" in folded or "strategis" in folded:
        found.append("renstra")
    return tuple(found)


# A dated line: its index, the line, and the line case-folded for keyword tests.
_Dated = tuple[int, str, str]


def _dated(text: tuple[str, ...]) -> list[_Dated]:
    """The lines that may print a year ("19.." or "20.."): a plan's period and a citation
    each hold one, so the long patterns below need not be tried on the other lines.
    Each is folded once here for the keyword tests of both."""
    return [(index, line, line.casefold()) for index, line in enumerate(text)
            if "19" in line or "20" in line]


def _may_name_plan(folded: str) -> bool:
    """Whether a folded line holds a word :data:`_PLAN` needs to match: every plan it
    reads is an "rpjmd", a "renstra" or a "rencana" (its case-insensitive part, and
    case folding maps every letter of these words the pattern may match to itself)."""
    return "rpjmd" in folded or "renstra" in folded or "rencana" in folded


def _periods(dated: list[_Dated], year: int) -> Iterator[_Period]:
    for index, line, folded in dated:
        if not _may_name_plan(folded):
            continue
        for match in _PLAN.finditer(line):
            first, last = int(match["a"]), int(match["b"])
            # A period without the reporting year is HYG002's (a stale Renstra).
            if not first <= year <= last:
                continue
            if _OTHER_PLAN.search(sentence_of(line, match.start(), match.end())):
                continue
            if _TABLE_YEARS.search(line[: match.start()]):
                continue
            level = _LEVEL.search(match["gap"])
            for plan in _plans(match["plan"]):
                yield _Period(plan, level[1].lower() if level else None, first, last,
                              index, match.start(), match.end())


def _same_plan(one: _Period, other: _Period) -> bool:
    """Two periods that can only be one plan stated twice: same plan and level, and the
    same first or last year. Two periods sharing neither (2016-2021 and 2021-2026 in a
    2021 report) are two plans, the ending one and the next."""
    if one.plan != other.plan or (one.level and other.level and one.level != other.level):
        return False
    return one.first == other.first or one.last == other.last


def _period_findings(text: tuple[str, ...], dated: list[_Dated], year: int
                     ) -> Iterator[Violation]:
    periods = list(_periods(dated, year))
    counts = Counter((p.plan, p.first, p.last) for p in periods)
    spans = Counter((p.first, p.last) for p in periods)

    def weight(p: _Period) -> tuple[int, int, int]:
        # The period printed most often for this plan is the plan's; on a tie, the one
        # the other plan shares (a Renstra follows its RPJMD), then the first printed.
        return counts[(p.plan, p.first, p.last)], spans[(p.first, p.last)], -p.index

    reported: set[tuple[int, str]] = set()
    # A period's rivals depend on its plan, level and years only: found once for each.
    rivals_of: dict[tuple[str, str | None, int, int], list[_Period]] = {}
    for period in periods:
        key = (period.plan, period.level, period.first, period.last)
        if key not in rivals_of:
            rivals_of[key] = [p for p in periods if _same_plan(period, p)
                              and (p.first, p.last) != (period.first, period.last)]
        rivals = rivals_of[key]
        if not rivals:
            continue
        reference = max(rivals, key=weight)
        if weight(period) > weight(reference):
            continue
        if (period.index, period.plan) in reported:
            continue
        reported.add((period.index, period.plan))
        line = text[period.index]
        yield Violation(
            location(where(period.index)),
            {
                "what": _PLAN_WHAT[period.plan],
                "found": period.shown,
                "expected": reference.shown,
                "against": _line(reference.index),
                "excerpt": excerpt(line, period.start, period.end),
            },
            expected=reference.shown,
            actual=period.shown,
            keys=frozenset({f"period:{period.plan}"}),
        )


def _line(index: int) -> dict[str, str]:
    return {"id": f"baris {index + 1}", "en": f"line {index + 1}"}


_PLAN_WHAT = {
    "rpjmd": {"id": "Periode RPJMD", "en": "The RPJMD period"},
    "renstra": {"id": "Periode Renstra", "en": "The Renstra period"},
}

# -- the budget year of the legal basis --------------------------------------------------

_LEGAL_BASIS = re.compile(r"(?i)\b(?:dasar|landasan)\s+(?:hukum|yuridis|pelaksanaan)\b")
_BUDGET_DOC = re.compile(
    r"\b(?P<doc>APBD|DPA(?:-SKPD|-OPD|-PD)?|RKA(?:-SKPD|-OPD|-PD)?"
    r"|(?i:anggaran\s+pendapatan\s+dan\s+belanja\s+daerah|dokumen\s+pelaksanaan\s+anggaran"
    r"|rencana\s+kerja\s+dan\s+anggaran))\b"
    r"(?P<gap>[^;:()]{0,80}?)\b(?i:tahun\s+anggaran|tahun|TA\.?)\s+(?P<y>" + _YEAR + r")\b"
)
# A gap that runs into another citation, and documents that look back on purpose (the
# accountability report of last year's APBD).
_GAP_STOP = re.compile(r"(?i)\b(?:nomor|no\.|tentang|peraturan|keputusan)\b")
_LOOKS_BACK = re.compile(r"(?i)\bpertanggung\s*jawaban\b|\blaporan\s+keuangan\b")


def _section_lines(report: Report, pattern: re.Pattern[str]) -> Iterator[int]:
    """The 0-based indexes of the lines under each heading ``pattern`` matches, up to the
    next heading of the same or a higher level."""
    outline = [h for h in report.outline if h.where.line is not None]
    for position, heading in enumerate(outline):
        if not pattern.search(heading.text):
            continue
        end = _section_end(outline, position, len(report.text))
        yield from range(heading.where.line, end)  # the heading's line + 1, 0-based


def _section_end(outline: list[Heading], position: int, size: int) -> int:
    heading = outline[position]
    for later in outline[position + 1:]:
        if later.level <= heading.level:
            return (later.where.line or size) - 1
    return size


def _budget_year_findings(report: Report, year: int) -> Iterator[Violation]:
    for index in sorted(set(_section_lines(report, _LEGAL_BASIS))):
        line = report.text[index]
        seen: set[int] = set()  # one finding per year and line (an APBD and its Perubahan)
        for match in _BUDGET_DOC.finditer(line):
            found = int(match["y"])
            if found == year or found in seen or _GAP_STOP.search(match["gap"]):
                continue
            if _LOOKS_BACK.search(line[max(0, match.start() - 60): match.start()]):
                continue
            seen.add(found)
            yield Violation(
                location(where(index)),
                {
                    "what": {"id": "Dasar hukum mengutip anggaran tahun lain",
                             "en": "The legal basis cites another year's budget"},
                    "found": f"{match['doc']} {found}",
                    "expected": f"{match['doc']} {year}",
                    "against": {"id": "tahun laporan", "en": "the reporting year"},
                    "excerpt": excerpt(line, match.start(), match.end()),
                },
                expected=str(year),
                actual=str(found),
                keys=frozenset({f"budget-year:{found}"}),
            )


# -- one regulation, one number and year -------------------------------------------------

_ISSUER = (
    r"(?P<issuer>undang[\s-]*undang(?:\s+republik\s+indonesia)?|uu"
    r"|peraturan\s+pemerintah(?:\s+republik\s+indonesia)?|pp"
    r"|peraturan\s+presiden(?:\s+republik\s+indonesia)?|perpres"
    r"|instruksi\s+presiden(?:\s+republik\s+indonesia)?|inpres"
    r"|peraturan\s+menteri\s+(?:negara\s+)?(?P<minister>[a-z ,]{3,90}?)"
    r"(?:\s+republik\s+indonesia)?"
    r"|permen\s*-?\s*(?P<short>pan\s*-?\s*rb|panrb|pan|dagri|keu)|permendagri|permenpan(?:\s*-?\s*rb)?"
    r"|peraturan\s+daerah(?:\s+(?:kabupaten|kota|provinsi)(?:\s+[a-z]+){1,4}?)?|perda"
    r"|peraturan\s+(?:bupati|walikota|wali\s+kota|gubernur)(?:\s+[a-z]+){0,4}?"
    r"|perbup|perwal|pergub)"
)
_CITED = re.compile(
    rf"(?i)\b{_ISSUER}\s*(?:\(\s*[a-z -]{{2,20}}\)\s*)?"
    rf"(?:(?:nomor|no\.?)\s*(?P<n>[\w.-]{{1,15}}?)\s+tahun\s+(?P<y>{_YEAR})"
    rf"|(?P<n2>\d{{1,4}})\s*/\s*(?P<y2>{_YEAR}))\b"
    r"(?P<subject>\s+tentang\s+[^;()]{3,160})?"
)
# National regulations are few and well known: a bare "Perpres 29/2015" beside
# "Perpres 29/2014 tentang SAKIP" is the same regulation. Local ones are renumbered at
# each amendment (Perda 6/2016 and Perda 6/2018 amending it), so they need their subject.
_NATIONAL = frozenset(("uu", "pp", "perpres", "inpres"))
_MINISTERS = {
    "pendayagunaan aparatur negara dan reformasi birokrasi": "panrb",
    "pan rb": "panrb", "panrb": "panrb", "pan": "panrb",
    "dalam negeri": "dagri", "dagri": "dagri", "keuangan": "keu", "keu": "keu",
}
_SUBJECT_END = re.compile(r"(?i)\s+(?:sebagaimana|yang\s+telah|dan\s+peraturan)\b|[,.]\s")


class _Citation(NamedTuple):
    issuer: str
    number: str
    year: int
    subject: str | None
    index: int
    start: int
    end: int
    sentence: int  # where the citation's sentence begins on its line

    @property
    def shown(self) -> str:
        return f"Nomor {self.number} Tahun {self.year}"


def _issuer_key(match: re.Match[str]) -> str | None:
    issuer = fold_text(match["issuer"]).replace("-", " ")
    minister = match["minister"] or match["short"]
    if minister or issuer.startswith(("permendagri", "permenpan")):
        name = fold_text(minister or issuer.removeprefix("permen")).replace("-", " ").strip()
        name = re.sub(r"\s+", " ", name)
        key = _MINISTERS.get(name) or _MINISTERS.get(name.replace(" ", ""))
        return f"permen:{key}" if key else None  # an unknown ministry: not compared
    for short, words in (("uu", "undang"), ("pp", "peraturan pemerintah"),
                         ("perpres", "peraturan presiden"), ("inpres", "instruksi"),
                         ("perda", "peraturan daerah"), ("perbup", "peraturan bupati"),
                         ("perwal", "peraturan wali"), ("pergub", "peraturan gubernur")):
        if issuer == short or issuer.startswith(words):
            return short
    return None


def _subject(text: str | None) -> str | None:
    if not text:
        return None
    body = re.sub(r"(?i)^\s+tentang\s+", "", text)
    body = _SUBJECT_END.split(body, maxsplit=1)[0]
    words = fold_text(body).split()[:8]
    return " ".join(words) if len(words) >= 2 else None


def _may_cite(folded: str) -> bool:
    """Whether a folded line holds the words :data:`_CITED` needs to match: an issuer
    (each is an "undang", "uu", "pp", "per...", "instruksi" or "inpres"; tested without
    their "i", which folding may not give) and a number ("no" and "tahun", or "/")."""
    numbered = "/" in folded or ("no" in folded and "tahun" in folded)
    return numbered and any(word in folded for word in _ISSUER_WORDS)


_ISSUER_WORDS = ("per", "uu", "pp", "undang", "nstruks", "npres")


def _citations(dated: list[_Dated]) -> list[_Citation]:
    found = []
    for index, line, folded in dated:
        if not _may_cite(folded):
            continue
        for match in _CITED.finditer(line):
            issuer = _issuer_key(match)
            if issuer is None:
                continue
            number = (match["n"] or match["n2"]).strip(".").lstrip("0") or "0"
            year = int(match["y"] or match["y2"])
            sentence = match.start() - len(sentence_before(line, match.start()))
            found.append(_Citation(issuer, number.lower(), year, _subject(match["subject"]),
                                   index, match.start(), match.end(), sentence))
    return found


def _same_regulation(one: _Citation, other: _Citation,
                     subjects: dict[tuple[str, str, int], set[str]]) -> bool:
    """Two citations of one regulation with another number or year: same issuer, the
    same number or the same year (one typo, not two), and the same subject; a national
    regulation cited bare matches by its number alone. Two citations side by side in one
    sentence are two regulations: nobody cites one twice in a sentence, so the sentence
    tells them apart ("urusan perpustakaan (UU Nomor 43 Tahun 2007) dan urusan kearsipan
    (UU Nomor 43 Tahun 2009)": two laws that share a number)."""
    if one.issuer != other.issuer or (one.number, one.year) == (other.number, other.year):
        return False
    if (one.index, one.sentence) == (other.index, other.sentence):
        return False
    if one.number != other.number and one.year != other.year:
        return False
    mine = subjects.get((one.issuer, one.number, one.year), set())
    theirs = subjects.get((other.issuer, other.number, other.year), set())
    if mine and theirs:
        return bool(mine & theirs)
    bare = not mine or not theirs
    return bare and one.issuer in _NATIONAL and one.number == other.number


def _citation_findings(text: tuple[str, ...], dated: list[_Dated]) -> Iterator[Violation]:
    citations = _citations(dated)
    subjects: dict[tuple[str, str, int], set[str]] = {}
    for citation in citations:
        if citation.subject:
            subjects.setdefault((citation.issuer, citation.number, citation.year), set()).add(
                citation.subject)
    counts = Counter((c.issuer, c.number, c.year) for c in citations)
    reported: set[tuple[int, str, int]] = set()
    # A citation's rivals depend on its regulation only: found once for each.
    rivals_of: dict[tuple[str, str, int], list[_Citation]] = {}
    for citation in citations:
        key = (citation.issuer, citation.number, citation.year)
        if key not in rivals_of:
            rivals_of[key] = [c for c in citations if _same_regulation(citation, c, subjects)]
        rivals = rivals_of[key]
        if not rivals:
            continue
        reference = max(rivals, key=lambda c: (counts[(c.issuer, c.number, c.year)], -c.index))
        theirs = counts[(reference.issuer, reference.number, reference.year)]
        # The form cited most often is the right one; on a tie, the first cited.
        if counts[key] > theirs or (counts[key] == theirs and citation.index < reference.index):
            continue
        if (citation.index, citation.number, citation.year) in reported:
            continue
        reported.add((citation.index, citation.number, citation.year))
        yield Violation(
            location(where(citation.index)),
            {
                "what": {"id": "Nomor atau tahun peraturan", "en": "A regulation's number or year"},
                "found": citation.shown,
                "expected": reference.shown,
                "against": _line(reference.index),
                "excerpt": excerpt(text[citation.index], citation.start, citation.end),
            },
            expected=reference.shown,
            actual=citation.shown,
            keys=frozenset({f"regulation:{citation.issuer}:{citation.number}:{citation.year}"}),
        )


@rule(
    code="CON007",
    slug="consistency-periods-citations",
    fix={
        "id": "Samakan periode Renstra, tahun anggaran atau peraturan yang dikutip di seluruh "
              "laporan.",
        "en": "Cite the same Renstra period, budget year or regulation throughout the report.",
    },
    title={"id": "Periode rencana, tahun anggaran atau peraturan dikutip berbeda",
           "en": "Plan period, budget year or regulation cited differently"},
    category=Category.CONSISTENCY,
    severity=Severity.WARNING,
    regulation="Permenpan RB 53/2014, Lampiran III (reviu: keandalan informasi yang "
    "disajikan)",
    message={
        "id": '{what} "{found}" berbeda dari "{expected}" ({against}): "{excerpt}".',
        "en": '{what} "{found}" differs from "{expected}" ({against}): "{excerpt}".',
    },
    rationale={
        "id": "Satu RPJMD atau Renstra hanya punya satu periode, satu peraturan hanya punya "
        "satu nomor dan tahun, dan dasar hukum laporan tahun N mengutip APBD, DPA atau RKA "
        "tahun N. Kutipan yang berbeda biasanya sisa salinan dari laporan lain atau salah "
        "ketik. APBD Perubahan tahun yang sama, periode rencana yang berakhir atau yang "
        "akan datang, dan APBD tahun lalu yang dikutip di luar dasar hukum tidak "
        "dilaporkan.",
        "en": "One RPJMD or Renstra has one period, one regulation one number and year, and "
        "the legal basis of a report on year N cites the APBD, DPA or RKA of year N. A "
        "citation that differs is usually left over from another report, or a typo. The "
        "same year's APBD Perubahan, an ending or a coming plan period, and last year's "
        "APBD cited outside the legal basis are not reported.",
    },
)
def CON007(context: Context) -> Iterator[Violation]:
    """Permenpan RB 53/2014 (Lampiran III) asks the reviu to give limited assurance that
    the report's information is accurate, reliable and valid: the plan it measures
    against, the budget year it cites as its legal basis and the regulations it rests on
    are each stated one way throughout."""
    report = context.report
    year = report.meta.year
    dated = _dated(report.text)
    if year is not None:
        yield from _period_findings(report.text, dated, year)
        yield from _budget_year_findings(report, year)
    yield from _citation_findings(report.text, dated)
