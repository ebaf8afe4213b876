"""A Perjanjian Kinerja written as lists, not as a table.

Some reports print the PK (in Bab II and in its Lampiran) as a sasaran line followed by
its indicators as bullets, and the program budget as a numbered list::

    Sasaran 1: Meningkatnya kualitas pelayanan publik
    - Indikator: Indeks Kepuasan Masyarakat; Target: 82,00 nilai
    1. Program Penyelenggaraan Pemerintahan: Rp152.700.000 (menunjang Sasaran 1)
    Jumlah anggaran: Rp2.573.920.000

They are read into the same rows a PK table gives, but only under a heading that names
the Perjanjian Kinerja (its Bab II section or its Lampiran): elsewhere such lines are
the Renstra's or the narrative's. A section whose PK was read from a table is left
alone (the lists there restate the table).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from checker.model import AgreementProgram, AgreementRow, AgreementTotal, Number, Provenance
from checker.numbers import NumberStyle
from checker.text import Heading, Source

from ._figures import FigureReader, infer_style
from ._money_scale import scaled
from ._perf_rows import clean_name, unit_of

__all__ = ["PkLists", "read_pk_lists"]

_PK = re.compile(r"perjanjian\s+kinerja|\bpk\b", re.IGNORECASE)
_PERUBAHAN = re.compile(r"perubahan", re.IGNORECASE)
# 'Sasaran 1: ...', 'Sasaran Strategis 2. ...', '1. Sasaran: ...'.
_SASARAN = re.compile(
    r"^(?:[-*\u2022]\s*|\d+[.)]\s*)?sasaran(?:\s+strategis)?(?:\s+ke)?\s*(?P<number>\d+)?"
    r"(?:\.\d+)*\s*[:.]\s*(?P<name>\S.{7,})$",
    re.IGNORECASE,
)
# '- Indikator: X; Target: Y', '- Indikator 1.1 X, target Y', '- Indikator X dengan target Y'.
# The target is one figure and its unit: 'Target 2021: 80,50; 2022: ...' is the Renstra's.
_INDIKATOR = re.compile(
    r"^(?:[-*\u2022]|\d+(?:\.\d+)*[.)])\s*indikator(?:\s+kinerja)?(?:\s+\d+(?:\.\d+)*)?"
    r"\s*[:.]?\s*(?P<name>\S.*?)\s*(?:[;,]\s*(?:dengan\s+)?|\s+dengan\s+)target\s*[:=]?\s*"
    r"(?P<target>[<>\u2264\u2265]?\s*\d[\d.,]*\s*%?)\s*(?P<unit>[^:;]*?)[\s.;]*$",
    re.IGNORECASE,
)
# '1. Program X: Rp2.080.620.000 (menunjang Sasaran 1)'.
_PROGRAM = re.compile(
    r"^(?:[-*\u2022]|\d+[.)])\s*(?P<name>program\b.*?)\s*[:=\u2013-]\s*rp\.?\s*"
    r"(?P<pagu>\d[\d.,]*)(?P<rest>.*)$",
    re.IGNORECASE,
)
_TOTAL = re.compile(
    r"^(?:jumlah|total)(?:\s+(?:anggaran|pagu|program))?\s*[:=]?\s*rp\.?\s*(?P<pagu>\d[\d.,]*)"
    r"\s*$",
    re.IGNORECASE,
)
_SUPPORTS = re.compile(r"\bsasaran\s*(?:ke\s*)?(?P<number>\d+)\b", re.IGNORECASE)
_MILLION = re.compile(r"^\s*(?P<word>juta|miliar|milyar)\b", re.IGNORECASE)
_SCALE = {"juta": 1_000_000, "miliar": 1_000_000_000, "milyar": 1_000_000_000}
_TITLE_LENGTH = 100  # a title line naming the PK, not a sentence about it


@dataclass
class PkLists:
    """The PK rows read from lists, and the lines they stand on."""

    agreements: list[AgreementRow] = field(default_factory=list)
    programs: list[AgreementProgram] = field(default_factory=list)
    totals: list[AgreementTotal] = field(default_factory=list)


@dataclass(frozen=True)
class _Section:
    """The lines a heading naming the PK governs, and the PK version it names."""

    start: int  # the heading's line (1-based)
    end: int
    document: str


def read_pk_lists(source: Source, figures: FigureReader,
                  read_lines: Iterable[int | None]) -> PkLists:
    """The PK written as lists under the PK's headings of ``source``; a section holding
    one of ``read_lines`` (PK rows read from a table) is skipped."""
    taken = [line for line in read_lines if line is not None]
    found = PkLists()
    for section in _pk_sections(source):
        if any(section.start <= line <= section.end for line in taken):
            continue
        _read_section(source, section, figures, found)
    return found


def _pk_sections(source: Source) -> list[_Section]:
    """Each heading whose chain of headings (itself and those above it, up to its
    chapter) names the Perjanjian Kinerja, with the lines up to the next heading."""
    headings = sorted(source.headings, key=lambda heading: heading.line)
    sections = []
    for index, heading in enumerate(headings):
        named = next((text for text in _chain(headings, index) if _PK.search(text)), None)
        if named is None:
            continue
        end = headings[index + 1].line - 1 if index + 1 < len(headings) else len(source.lines)
        document = "pk_perubahan" if _PERUBAHAN.search(named) else "pk"
        sections.append(_Section(heading.line, end, document))
    return sections


def _chain(headings: Sequence[Heading], index: int) -> list[str]:
    """The heading at ``index`` and those it stands under, nearest first, up to its
    chapter (level 1)."""
    chain = [headings[index].text]
    level = headings[index].level
    for heading in reversed(headings[:index]):
        if level <= 1:
            break
        if heading.level < level:
            chain.append(heading.text)
            level = heading.level
    return chain


def _read_section(source: Source, section: _Section, figures: FigureReader,
                  found: PkLists) -> None:
    lines = range(section.start + 1, section.end + 1)
    texts = {number: " ".join(source.stripped[number - 1].split()) for number in lines}
    indicators = {n: m for n, t in texts.items() if (m := _INDIKATOR.match(t))}
    programs = {n: m for n, t in texts.items() if (m := _PROGRAM.match(t))}
    if not indicators and not programs:
        return
    document = _document(texts, min([*indicators, *programs]), section.document)
    name = f"daftar baris {min([*indicators, *programs])}"
    target_style = infer_style(m.group("target") for m in indicators.values())
    money_style = infer_style(m.group("pagu") for m in programs.values())
    sasaran: dict[str, str] = {}
    current: str | None = None
    for number, text in texts.items():
        where = Provenance(number, number, name)
        heading = _SASARAN.match(text)
        if heading is not None and number not in indicators:
            current = clean_name(heading.group("name"))
            sasaran.setdefault(heading.group("number") or str(len(sasaran) + 1), current)
        elif (match := indicators.get(number)) is not None and current is not None:
            target_text = match.group("target")
            found.agreements.append(AgreementRow(
                sasaran=current,
                indikator=clean_name(match.group("name")) or None,
                target=figures.read(target_text, where, "target", target_style),
                unit=unit_of(match.group("unit").strip(" ()"), target_text),
                document=document,
                where=where,
            ))
        elif (match := programs.get(number)) is not None:
            pagu = _money(figures, match.group("pagu"), match.group("rest"), where, money_style)
            supported = _SUPPORTS.search(match.group("rest"))
            found.programs.append(AgreementProgram(
                clean_name(match.group("name")), pagu,
                sasaran.get(supported.group("number")) if supported else None, document, where))
        elif (total := _TOTAL.match(text)) is not None and programs:
            found.totals.append(AgreementTotal(
                _money(figures, total.group("pagu"), "", where, money_style), document, where))


def _money(figures: FigureReader, figure: str, rest: str, where: Provenance,
           style: NumberStyle | None) -> Number | None:
    """A pagu in Rupiah: 'Rp2.080.620.000', or 'Rp2,08 miliar'."""
    pagu = figures.read(figure, where, "pagu", style)
    scale = _MILLION.match(rest)
    return scaled(pagu, _SCALE[scale.group("word").casefold()]) if scale else pagu


def _document(texts: dict[int, str], first: int, document: str) -> str:
    """The PK version the lists are of: the nearest title above them that names the PK
    decides ('Lampiran Perjanjian Kinerja Perubahan:'), else the section's heading."""
    for number in sorted((n for n in texts if n < first), reverse=True):
        text = texts[number]
        if len(text) <= _TITLE_LENGTH and _PK.search(text):
            return "pk_perubahan" if _PERUBAHAN.search(text) else "pk"
    return document
