"""The XLSX reporter: the inspectorate's review working paper (*kertas kerja reviu*).

Three sheets:

* **Temuan** (*Findings*): one row per finding, numbered; where it is, what it says,
  what was expected and what was printed, the regulation, the category, the severity
  and the rule; then two empty columns for the agency's response (*Tanggapan OPD*) and
  the reviewer's status (a list: Terbuka, Ditanggapi, Diterima, Selesai). The header row
  is frozen and filtered. A figure the checker printed plainly (``"81154008"``,
  ``"109.23"``) is a number cell formatted ``#,##0`` or ``#,##0.00``; Excel draws the
  marks of the reader's locale, so an Indonesian Excel shows ``81.154.008`` and
  ``109,23``, an English one ``81,154,008`` and ``109.23``.
* **Ringkasan** (*Summary*): the findings of each document counted per category and
  severity, with the total and the findings an accepted-findings file set aside.
* **Cascade**: one row per node of the document's cascade graph (the *pohon kinerja*),
  in tree order, with its parent, how many findings point at it, the worst of their
  severities and their numbers in the first sheet.

The sheets are named and titled in the language asked for (``--lang``). Every sheet
prints landscape on A4, one page wide, its header row on each page. No text from the
report can become a formula (:mod:`reports._spreadsheet`), and the same results give
the same bytes (the workbook's times are fixed).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from checker.graph import KINDS, build_graph
from checker.hookspecs import RenderOptions, Reporter, hookimpl
from checker.labels import SEVERITY, WORDS, where
from checker.result import DocumentResult
from checker.rule import Category, Finding, Severity
from reports._spreadsheet import (
    PlainNumber,
    plain_number,
    workbook_bytes,
    write_number,
    write_text,
)
from reports.text import related_text

if TYPE_CHECKING:
    import networkx as nx
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

__all__ = ["STATUS", "render_xlsx"]

STATUS = {
    "id": ("Terbuka", "Ditanggapi", "Diterima", "Selesai"),
    "en": ("Open", "Responded", "Accepted", "Closed"),
}

_SHEETS = {
    "id": {"findings": "Temuan", "summary": "Ringkasan", "cascade": "Cascade",
           "region": "Wilayah"},
    "en": {"findings": "Findings", "summary": "Summary", "cascade": "Cascade",
           "region": "Region"},
}

# Column titles and widths (in characters) of each sheet, per language.
_FINDING_COLUMNS = {
    "id": ("No", "Dokumen", "Bagian/Lokasi", "Uraian temuan", "Seharusnya", "Tertulis",
           "Dasar", "Kategori", "Tingkat", "Aturan", "Tanggapan OPD", "Status"),
    "en": ("No", "Document", "Location", "Finding", "Expected", "Found", "Basis",
           "Category", "Severity", "Rule", "Agency response", "Status"),
}
_FINDING_WIDTHS = (6, 28, 30, 70, 18, 18, 40, 22, 12, 10, 40, 14)
_SUMMARY_COLUMNS = {
    "id": ("Dokumen", "Instansi", "Tahun", "Kategori", "Kesalahan", "Peringatan", "Info",
           "Jumlah", "Diterima"),
    "en": ("Document", "Agency", "Year", "Category", "Errors", "Warnings", "Info", "Total",
           "Accepted"),
}
_SUMMARY_WIDTHS = (34, 34, 8, 30, 12, 12, 8, 10, 10)
_CASCADE_COLUMNS = {
    "id": ("Dokumen", "Jenjang", "Nama", "Induk", "Kunci simpul", "Jumlah temuan",
           "Tingkat terberat", "Nomor temuan"),
    "en": ("Document", "Level", "Name", "Parent", "Node key", "Findings", "Worst severity",
           "Finding numbers"),
}
_CASCADE_WIDTHS = (28, 14, 60, 50, 40, 10, 16, 16)
_TOTAL = {"id": "Jumlah", "en": "Total"}


@dataclass(frozen=True)
class _Numbered:
    """A finding, its number in the findings sheet and the document it is on."""

    number: int
    finding: Finding
    result: DocumentResult


def _numbered(results: Sequence[DocumentResult]) -> list[_Numbered]:
    """Every finding listed, numbered through the documents in order."""
    listed = ((finding, result) for result in results for finding in result.findings)
    return [_Numbered(number, finding, result)
            for number, (finding, result) in enumerate(listed, start=1)]


# -- styling -------------------------------------------------------------------------------

def _table(sheet: Worksheet, titles: Sequence[str], widths: Sequence[int]) -> None:
    """The header row of a sheet (styled and frozen), the column widths, the print setup."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    sheet.append(list(titles))
    for column, (cell, width) in enumerate(zip(sheet[1], widths, strict=True), start=1):
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", start_color="1F4E79")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    # Printed for the review file: landscape A4, as wide as the page, the header on each.
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"


def _finish(sheet: Worksheet) -> None:
    """Wrap every body cell at the top and filter the header."""
    from openpyxl.styles import Alignment

    wrapped = Alignment(wrap_text=True, vertical="top")
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrapped
    sheet.auto_filter.ref = sheet.dimensions


def _put(sheet: Worksheet, row: int, values: Sequence[Any]) -> None:
    """Write one body row: ints and figures as numbers, everything else as text."""
    for column, value in enumerate(values, start=1):
        cell = sheet.cell(row=row, column=column)
        if value is None:
            continue
        if isinstance(value, PlainNumber):
            write_number(cell, value)
        elif isinstance(value, int) and not isinstance(value, bool):
            cell.value = value
        else:
            write_text(cell, value)


def _shown(machine: str | None, texts: Mapping[str, str] | None, lang: str) -> Any:
    """An expected or found value: a number when the checker printed a plain figure,
    else the words as the finding says them in ``lang``."""
    figure = plain_number(machine)
    if figure is not None or machine is None:
        return figure
    return (texts or {}).get(lang) or machine


# -- Temuan --------------------------------------------------------------------------------

def _node_label(graph: nx.DiGraph | None, key: str) -> str:
    if graph is not None and key in graph:
        data = graph.nodes[key]
        return f"{_level(data['kind'])}: {data['name']}"
    return key


def _place(finding: Finding, graph: nx.DiGraph | None, lang: str) -> str:
    location = finding.location
    parts = [where(location.line, location.end_line, location.table, lang, location.page)]
    if location.node:
        parts.append(_node_label(graph, location.node))
    related = related_text(finding, lang)
    if related:
        parts.append(f"({related})")
    return "; ".join(part for part in parts if part)


def _findings_sheet(sheet: Worksheet, numbered: Sequence[_Numbered], several: bool,
                    graphs: dict[int, nx.DiGraph], lang: str) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    titles, widths = _FINDING_COLUMNS[lang], _FINDING_WIDTHS
    keep = [i for i in range(len(titles)) if several or i != 1]  # no Dokumen for one
    _table(sheet, [titles[i] for i in keep], [widths[i] for i in keep])
    for row, item in enumerate(numbered, start=2):
        finding = item.finding
        values = (
            item.number, item.result.report.path,
            _place(finding, graphs.get(id(item.result)), lang), finding.text(lang),
            _shown(finding.expected, getattr(finding, "expected_text", None), lang),
            _shown(finding.actual, getattr(finding, "actual_text", None), lang),
            finding.regulation,
            finding.category.label.get(lang) or finding.category.value,
            SEVERITY[lang][finding.severity], finding.rule, None, None,
        )
        _put(sheet, row, [values[i] for i in keep])
    status = DataValidation(type="list", formula1='"' + ",".join(STATUS[lang]) + '"',
                            allow_blank=True)
    column = sheet.cell(row=1, column=len(keep)).column_letter
    status.add(f"{column}2:{column}{max(2, len(numbered) + 1)}")
    sheet.add_data_validation(status)
    _finish(sheet)


# -- Ringkasan -----------------------------------------------------------------------------

def _category_order(findings: Sequence[Finding]) -> list[Category]:
    """The built-in categories in their order, then a pack's in order of appearance."""
    present = list(dict.fromkeys(finding.category for finding in findings))
    builtin = [category for category in Category.BUILTIN if category in present]
    return builtin + [category for category in present if category not in builtin]


def _counts(findings: Sequence[Finding]) -> list[int]:
    """Errors, warnings, infos and their total."""
    counts = [sum(1 for f in findings if f.severity is s) for s in sorted(Severity, reverse=True)]
    return [*counts, sum(counts)]


def _summary_rows(result: DocumentResult, lang: str) -> Iterator[list[Any]]:
    """A row per category with findings, then the document's total. The findings an
    accepted-findings file set aside are counted, not listed, as in the other reports."""
    meta = result.report.meta
    head = [result.report.path, meta.agency, meta.year]
    accepted: Sequence[Finding] = getattr(result, "accepted", ())
    for category in _category_order([*result.findings, *accepted]):
        listed = [f for f in result.findings if f.category == category]
        set_aside = sum(1 for f in accepted if f.category == category)
        yield [*head, category.label.get(lang) or category.value, *_counts(listed), set_aside]
    yield [*head, _TOTAL[lang], *_counts(result.findings), len(accepted)]


def _summary_sheet(sheet: Worksheet, results: Sequence[DocumentResult], lang: str) -> None:
    _table(sheet, _SUMMARY_COLUMNS[lang], _SUMMARY_WIDTHS)
    rows = [row for result in results for row in _summary_rows(result, lang)]
    for number, values in enumerate(rows, start=2):
        _put(sheet, number, values)
    _finish(sheet)


# -- Cascade -------------------------------------------------------------------------------

def _level(kind: str) -> str:
    return kind.replace("_", " ").capitalize()


def _tree_order(graph: nx.DiGraph) -> list[tuple[str, int]]:
    """Every node once with its depth: depth first from the roots (tujuan, then
    sasaran...), each under its first parent; nodes only reachable through a cycle last."""
    rank = {kind: index for index, kind in enumerate(KINDS)}
    nodes = list(graph.nodes)
    roots = sorted((n for n in nodes if graph.in_degree(n) == 0),
                   key=lambda n: rank.get(graph.nodes[n]["kind"], len(KINDS)))
    seen: set[str] = set()
    order: list[tuple[str, int]] = []
    for start in [*roots, *nodes]:
        stack = [(start, 0)]
        while stack:
            node, depth = stack.pop()
            if node in seen:
                continue
            seen.add(node)
            order.append((node, depth))
            stack.extend((child, depth + 1) for child in reversed(list(graph.successors(node))))
    return order


def _findings_by_node(numbered: Sequence[_Numbered]) -> dict[str, list[_Numbered]]:
    """Each node key's findings: the finding's own node and those of its folded knock-ons."""
    by_node: dict[str, list[_Numbered]] = defaultdict(list)
    for item in numbered:
        locations = (item.finding.location, *(r.location for r in item.finding.related))
        for node in dict.fromkeys(loc.node for loc in locations if loc.node):
            by_node[node].append(item)
    return by_node


def _cascade_rows(result: DocumentResult, graph: nx.DiGraph,
                  numbered: Sequence[_Numbered], lang: str) -> Iterator[tuple[list[Any], int]]:
    by_node = _findings_by_node([item for item in numbered if item.result is result])
    for node, depth in _tree_order(graph):
        data = graph.nodes[node]
        parents = "; ".join(graph.nodes[p]["name"] for p in graph.predecessors(node))
        found = by_node.get(node, [])
        worst = max((item.finding.severity for item in found), default=None)
        yield [
            result.report.path, _level(data["kind"]), data["name"], parents or None, node,
            len(found), SEVERITY[lang][worst] if worst is not None else None,
            ", ".join(str(item.number) for item in found) or None,
        ], depth


def _cascade_sheet(sheet: Worksheet, results: Sequence[DocumentResult],
                   graphs: dict[int, nx.DiGraph], numbered: Sequence[_Numbered],
                   several: bool, lang: str) -> None:
    from openpyxl.styles import Alignment

    first = 0 if several else 1
    _table(sheet, _CASCADE_COLUMNS[lang][first:], _CASCADE_WIDTHS[first:])
    row = 2
    indents: dict[int, int] = {}
    for result in results:
        for values, depth in _cascade_rows(result, graphs[id(result)], numbered, lang):
            _put(sheet, row, values[first:])
            indents[row] = depth
            row += 1
    _finish(sheet)
    name_column = 3 - first
    for number, depth in indents.items():  # the tree shows in the indent of the names
        sheet.cell(row=number, column=name_column).alignment = Alignment(
            wrap_text=True, vertical="top", indent=min(depth * 2, 15))


# -- Wilayah: the regional summary of a batch -------------------------------------------------

_REGION_WIDTHS = (40, 8, 12, 12, 10, 44)


def _region_sheet(sheet: Worksheet, results: Sequence[DocumentResult], lang: str) -> None:
    """One row per report (agency, year, counts, its most frequent rules), a total, then
    the rules most often broken across the batch (:mod:`reports.summary`)."""
    from openpyxl.styles import Font

    from reports.summary import (
        SUMMARY_WORDS,
        TOP_REGION,
        name_of,
        regional_summary,
        top_rules_text,
    )

    words = SUMMARY_WORDS[lang]
    summary = regional_summary(results)
    _table(sheet, (words["report"], WORDS[lang]["year"], words["errors"], words["warnings"],
                   words["info"], words["top"]), _REGION_WIDTHS)
    row = 2
    for report in summary.rows:
        _put(sheet, row, [name_of(report), report.year, report.errors, report.warnings,
                          report.info, top_rules_text(report)])
        row += 1
    _put(sheet, row, [words["total"], None, *summary.totals, None])
    sheet.cell(row=row, column=1).font = Font(bold=True)
    _finish(sheet)
    row += 2
    _put(sheet, row, [words["region"]])
    sheet.cell(row=row, column=1).font = Font(bold=True)
    _put(sheet, row + 1, [words["rule"], None, words["findings"], words["reports"]])
    for offset, count in enumerate(summary.rules[:TOP_REGION], start=2):
        _put(sheet, row + offset, [count.rule, None, count.findings, count.reports])


# -- the workbook --------------------------------------------------------------------------

def _workbook(results: Sequence[DocumentResult], options: RenderOptions) -> Workbook:
    from openpyxl import Workbook

    lang = options.lang if options.lang in _SHEETS else "id"
    several = len(results) > 1
    numbered = _numbered(results)
    graphs = {id(result): build_graph(result.report) for result in results}
    workbook = Workbook()
    workbook.properties.creator = f"lkjip {options.tool_version}"
    workbook.properties.title = WORDS[lang]["title"]
    findings = workbook.active
    findings.title = _SHEETS[lang]["findings"]
    _findings_sheet(findings, numbered, several, graphs, lang)
    _summary_sheet(workbook.create_sheet(_SHEETS[lang]["summary"]), results, lang)
    _cascade_sheet(workbook.create_sheet(_SHEETS[lang]["cascade"]), results, graphs,
                   numbered, several, lang)
    if several:  # a batch: the inspectorate's one table of the region
        _region_sheet(workbook.create_sheet(_SHEETS[lang]["region"]), results, lang)
    return workbook


def render_xlsx(results: Sequence[DocumentResult], options: RenderOptions) -> bytes:
    return workbook_bytes(_workbook(results, options))


@hookimpl
def lkjip_reporters() -> list[Reporter]:
    return [Reporter("xlsx", render_xlsx, "the review working paper (kertas kerja reviu)",
                     extensions=(".xlsx",))]
