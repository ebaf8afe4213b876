"""The text reporter (default): findings per document and category, then a summary.

Written for a person at a terminal: lines wrapped to the width the options give,
continuation lines indented under the finding; a table named by its number
(``Tabel 3.2``) when its title starts with one; the regulation of each rule once, in a
footer, not on every finding; colour only when the options ask for it. Everything the
report itself supplies is escaped (:func:`terminal_safe`) before colour is added.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import groupby

from checker.display import actual_text, expected_text
from checker.hookspecs import RenderOptions, Reporter, hookimpl
from checker.labels import CATEGORY, SEVERITY, TEXT_WORDS, WORDS, summary_line, where
from checker.result import DocumentResult
from checker.rule import Finding
from reports._style import Paint, Tone
from reports._wrap import wrap

__all__ = ["related_text", "render_text", "short_table", "terminal_safe"]

# What a report's text must not send to a terminal: C0 controls but tab and newline
# (ESC starts colour and cursor sequences, CR overwrites the line, NUL), DEL, C1
# controls, and the bidi embeddings, overrides and isolates that reorder what is shown.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: str) -> str:
    """``text`` with control and bidi characters shown escaped: ESC as ``\\x1b``,
    U+202E as ``\\u202e``. Only the JSON output keeps the report's text exact."""
    return _UNSAFE.sub(_escape, text)

# Knock-on findings folded into a finding (same root cause), shown beside it.
_RELATED = {"id": "terkait", "en": "related"}

# A title that starts with its number: 'Tabel 3.2 Capaian Kinerja ...', 'Lampiran I ...'.
_NUMBERED_TITLE = re.compile(
    r"^\s*((?:Tabel|Table|Lampiran|Gambar)\s+(?:[0-9]+|[IVXLC]+)(?:[.\-][0-9A-Za-z]+)*)"
    r"(?=[\s.:]|$)", re.IGNORECASE)

# Indents: a category heading, a finding, its continuation lines and details.
_FINDING = "  "
_HANGING = "      "


def short_table(title: str | None) -> str | None:
    """``Tabel 3.2`` for ``Tabel 3.2 Capaian Kinerja Sasaran ...``; a title that does
    not start with its number is kept whole."""
    if not title:
        return title
    match = _NUMBERED_TITLE.match(title)
    return match.group(1).rstrip(".") if match else title


def related_text(finding: Finding, lang: str, short: bool = False) -> str | None:
    """``terkait: INP001 baris 639; STR007 baris 55``: the folded findings' rules and
    places, the table named only where it is not the finding's own (by its number
    alone when ``short``)."""
    if not finding.related:
        return None
    places = []
    for related in finding.related:
        location = related.location
        table = location.table if location.table != finding.location.table else None
        if short:
            table = short_table(table)
        place = where(location.line, location.end_line, table, lang, location.page)
        places.append(f"{related.rule} {place}".strip())
    return f"{_RELATED[lang]}: " + "; ".join(places)


def _describe(result: DocumentResult) -> str:
    meta = result.report.meta
    parts = [p for p in (meta.agency, meta.region, str(meta.year) if meta.year else None) if p]
    return f"{result.report.path}" + (f" ({', '.join(parts)})" if parts else "")


class _Page:
    """The lines of the report being written: wraps, escapes and paints each one."""

    def __init__(self, options: RenderOptions) -> None:
        self.lang = options.lang
        self.width = options.width
        self.paint = Paint(options.color)
        self.lines: list[str] = []
        # In a batch each finding line starts with its file, so grep shows where it is.
        self.path = ""
        self.show_path = options.show_path

    def add(self, text: str, indent: str = "", hanging: str = "",
            tone: Tone | None = None) -> None:
        for line in wrap(terminal_safe(text), self.width, indent, hanging):
            words = line.lstrip()  # the indent stays unpainted (an underline would show it)
            self.lines.append(line[: len(line) - len(words)] + self.paint(words, tone)
                              if tone else line)

    def blank(self) -> None:
        self.lines.append("")

    def finding(self, finding: Finding) -> None:
        lang = self.lang
        location = finding.location
        place = where(location.line, location.end_line, short_table(location.table), lang,
                      location.page) or "-"
        if self.show_path:
            place = f"{self.path}: {place}"
        severity = SEVERITY[lang][finding.severity]
        head = terminal_safe(f"{place}: ")
        wrapped = wrap(terminal_safe(f"{place}: {severity} {finding.rule} {finding.text(lang)}"),
                       self.width, _FINDING, _HANGING)
        label = f"{_FINDING}{head}{severity} {finding.rule}"
        first = wrapped[0]
        if first.startswith(label):  # paint the severity and the code, not the message
            rest = first[len(label):]
            first = (f"{_FINDING}{head}{self.paint.severity(severity, finding.severity)} "
                     f"{self.paint(finding.rule, Tone.CODE)}{rest}")
        self.lines += [first, *wrapped[1:]]
        self._details(finding)

    def _details(self, finding: Finding) -> None:
        words = WORDS[self.lang]
        details = []
        expected, actual = expected_text(finding, self.lang), actual_text(finding, self.lang)
        if expected is not None:
            details.append(f"{words['expected']}: {expected}")
        if actual is not None:
            details.append(f"{words['actual']}: {actual}")
        if details:
            self.add(" | ".join(details), _HANGING, _HANGING + "  ")
        related = related_text(finding, self.lang, short=True)
        if related:
            self.add(related, _HANGING, _HANGING + "  ", Tone.QUIET)

    def regulations(self, findings: Sequence[Finding]) -> None:
        """Each rule's regulation once, under the findings: ``BUD001  Permenpan ...``."""
        basis = {f.rule: f.regulation for f in findings if f.regulation}
        if not basis:
            return
        self.blank()
        self.add(f"{TEXT_WORDS[self.lang]['basis']}:", tone=Tone.HEADING)
        width = max(len(code) for code in basis)
        for code in sorted(basis):
            self.add(f"{code.ljust(width)}  {basis[code]}", _FINDING, _FINDING + " " * (width + 2))


def _document(page: _Page, result: DocumentResult) -> None:
    words = WORDS[page.lang]
    page.path = result.report.path
    page.add(f"{words['findings_for']} {_describe(result)}", hanging="  ", tone=Tone.CODE)
    if result.report.source:
        page.add(f"{words['source']}: {result.report.source}", "  ", "    ")
    if not result.findings:
        page.add(words["no_findings"], "  ")
    categories = list(CATEGORY[page.lang])
    by_category = sorted(result.findings, key=lambda f: categories.index(f.category))
    for category, findings in groupby(by_category, key=lambda f: f.category):
        page.blank()
        page.add(CATEGORY[page.lang][category], " ", "   ", Tone.HEADING)
        for finding in findings:
            page.finding(finding)
    page.regulations(result.findings)
    page.blank()
    summary = summary_line(result.summary(), page.lang, len(result.accepted))
    page.add(f"{words['summary']}: {summary}", hanging="  ", tone=Tone.CODE)


def render_text(results: Sequence[DocumentResult], options: RenderOptions) -> str:
    """The findings for a person: wrapped to ``options.width`` (not at all when it is
    ``None``), painted when ``options.color``."""
    page = _Page(options)
    for index, result in enumerate(results):
        if index:
            page.blank()
        _document(page, result)
    return "\n".join(page.lines)


@hookimpl
def lkjip_reporters() -> list[Reporter]:
    return [Reporter("text", render_text, "findings for a person, grouped by category",
                     (".txt",))]
