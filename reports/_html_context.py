"""What the HTML template shows, computed from the results: plain values, no markup.

Everything a report supplies (names, messages, excerpts) goes to the template as
text, which escapes it; what the script needs goes through :func:`script_json`.
Text is also cleared of control and bidi characters (shown escaped), which would
otherwise reorder or hide what a reviewer reads.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from checker.display import actual_text, expected_text
from checker.graph import build_graph
from checker.labels import CATEGORY, SEVERITY, WORDS, where
from checker.names import fold_name
from checker.result import DocumentResult
from checker.rule import Finding, Severity
from reports._html_tree import (
    COLUMN,
    COLUMN_WIDTH,
    MARGIN,
    NODE_HEIGHT,
    NODE_WIDTH,
    ROW_HEIGHT,
    Forest,
    initially_collapsed,
    lay_out,
    spanning_forest,
)
from reports._html_words import HTML_WORDS, KIND_LABEL
from reports.text import terminal_safe

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "DocumentView",
    "FindingView",
    "NodeView",
    "check_date",
    "document_view",
    "script_json",
]

# What fits in a node box at the template's font size, beside the +/- toggle or not.
_LABEL_CHARS = 32
_LABEL_CHARS_TOGGLED = 28
_CONTEXT_LINES = 2  # lines shown before and after a finding's own
_MAX_SPAN = 8  # a longer span shows its first and last lines only


@dataclass(frozen=True)
class ExcerptLine:
    number: int | None  # None: the lines left out of a long span
    text: str
    own: bool  # one of the finding's own lines


@dataclass(frozen=True)
class FindingView:
    dom_id: str
    severity: str  # error, warning, info
    severity_label: str
    category: str
    category_label: str
    rule: str
    slug: str
    place: str
    message: str
    expected: str | None
    actual: str | None
    regulation: str | None
    node: str  # the drawn node's dom id, "" when none
    node_label: str
    excerpt: tuple[ExcerptLine, ...]
    related: tuple[str, ...]


@dataclass(frozen=True)
class NodeView:
    dom_id: str
    kind: str
    label: str  # truncated to fit the box
    tooltip: str
    x: int
    y: int
    visible: bool
    worst: str  # the node's own worst severity, "none" without findings
    worst_below: str  # the worst among the nodes drawn under it
    children: int
    collapsed: bool
    parent: str  # dom id, "" for a root


@dataclass(frozen=True)
class EdgeView:
    parent: str
    child: str
    path: str
    visible: bool


@dataclass(frozen=True)
class ColumnView:
    x: int
    label: str


@dataclass(frozen=True)
class TreeView:
    width: int
    height: int
    nodes: tuple[NodeView, ...]
    edges: tuple[EdgeView, ...]
    columns: tuple[ColumnView, ...]


@dataclass(frozen=True)
class CountView:
    key: str
    label: str
    count: int


@dataclass(frozen=True)
class DocumentView:
    anchor: str
    title: str
    path: str
    source: str | None
    agency: str | None
    region: str | None
    year: int | None
    severities: tuple[CountView, ...]
    categories: tuple[CountView, ...]
    rules: tuple[str, ...]
    findings: tuple[FindingView, ...]
    tree: TreeView
    script_data: str  # JSON for the document's script block, already made safe


def check_date() -> str:
    """Today (UTC), or the day of ``SOURCE_DATE_EPOCH`` for a reproducible file."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    moment = (datetime.fromtimestamp(int(epoch), tz=timezone.utc) if epoch.isdigit()
              else datetime.now(tz=timezone.utc))
    return moment.date().isoformat()


def script_json(data: object) -> str:
    """JSON for a ``<script type="application/json">`` block: ``<``, ``>`` and ``&``
    written as escapes, so no report text can close the block or open a comment."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _shown_or_none(text: str | None) -> str | None:
    return None if text is None else _shown(text)


def _shown(text: object) -> str:
    return terminal_safe(str(text))


def _truncated(text: str, room: int) -> str:
    return text if len(text) <= room else text[:room - 1].rstrip() + "…"


# -- findings to nodes ----------------------------------------------------------------------

class _NodeIndex:
    """Finds the graph node a finding is about: its ``location.node``, that key's name
    under another spelling the graph folded, else the budget or plan row printed on the
    finding's first line of its table."""

    def __init__(self, graph: nx.DiGraph) -> None:
        self._keys = set(graph.nodes)
        self._by_name: dict[tuple[str, str], str] = {}
        self._by_row: dict[tuple[str, int], str] = {}
        for key, data in graph.nodes(data=True):
            for name in data["names"]:
                self._by_name.setdefault((data["kind"], fold_name(name)), key)
            for occurrence in data["occurrences"]:
                if occurrence.table and occurrence.line is not None:
                    row = (occurrence.table, occurrence.line)
                    known = self._by_row.get(row)
                    # Where rows share a line, the deepest item is the one the row prints.
                    if known is None or COLUMN.get(data["kind"], 0) > COLUMN.get(
                            graph.nodes[known]["kind"], 0):
                        self._by_row[row] = key

    def node_of(self, finding: Finding) -> str | None:
        location = finding.location
        if location.node:
            if location.node in self._keys:
                return location.node
            kind, _, name = location.node.partition(":")
            found = self._by_name.get((kind, fold_name(name)))
            if found is not None:
                return found
        if location.table and location.line is not None:
            return self._by_row.get((location.table, location.line))
        return None


# -- excerpts ----------------------------------------------------------------------------

def excerpt(lines: Sequence[str], first: int | None, last: int | None) -> tuple[ExcerptLine, ...]:
    """The finding's lines with a little context, numbered; a long span shows its first
    and last lines around a gap. Empty when the report has no text or the lines are not in
    it."""
    if first is None or not lines or not 1 <= first <= len(lines):
        return ()
    last = min(max(last or first, first), len(lines))
    start = max(1, first - _CONTEXT_LINES)
    end = min(len(lines), last + _CONTEXT_LINES)
    numbers = list(range(start, end + 1))
    if last - first + 1 > _MAX_SPAN:
        head = list(range(start, first + _MAX_SPAN // 2))
        tail = list(range(last - 1, end + 1))
        numbers = [*head, 0, *tail]
    return tuple(
        ExcerptLine(None, "…", False) if number == 0
        else ExcerptLine(number, _shown(lines[number - 1]), first <= number <= last)
        for number in numbers
    )


# -- the document -------------------------------------------------------------------------

def _severity_key(severity: Severity | None) -> str:
    return severity.label if severity is not None else "none"


def _worst_by_node(findings: Sequence[Finding], nodes: Sequence[str | None]
                   ) -> dict[str, Severity]:
    worst: dict[str, Severity] = {}
    for finding, node in zip(findings, nodes, strict=True):
        if node is not None:
            worst[node] = max(worst.get(node, finding.severity), finding.severity)
    return worst


def _tree_view(forest: Forest, dom: Mapping[str, str], worst: Mapping[str, Severity],
               counts: Mapping[str, int], lang: str) -> TreeView:
    collapsed = initially_collapsed(forest)
    places, width, height = lay_out(forest, collapsed)
    index = forest.by_key()
    words = HTML_WORDS[lang]
    nodes, edges = [], []
    for node in forest.nodes:
        below = [worst[k] for k in forest.subtree(node.key)[1:] if k in worst]
        kind = KIND_LABEL[lang].get(node.kind, node.kind)
        tooltip = [f"{kind}: {node.name}"]
        if counts.get(node.key):
            tooltip.append(f"{counts[node.key]} {words['findings_count']}")
        if node.other_parents:
            names = "; ".join(index[p].name for p in node.other_parents)
            tooltip.append(f"{words['also_under']}: {names}")
        place = places[node.key]
        nodes.append(NodeView(
            dom_id=dom[node.key], kind=node.kind, label=_shown(_truncated(
                node.name, _LABEL_CHARS_TOGGLED if node.children else _LABEL_CHARS)),
            tooltip=_shown("\n".join(tooltip)), x=place.x, y=place.y, visible=place.visible,
            worst=_severity_key(worst.get(node.key)),
            worst_below=_severity_key(max(below) if below else None),
            children=len(node.children), collapsed=node.key in collapsed,
            parent=dom[node.parent] if node.parent else ""))
        if node.parent is not None:
            top = places[node.parent]
            edges.append(EdgeView(dom[node.parent], dom[node.key],
                                  edge_path(top.x, top.y, place.x, place.y), place.visible))
    used = sorted({COLUMN.get(node.kind, 0) for node in forest.nodes})
    names = ("column_tujuan", "column_sasaran", "column_middle", "column_kegiatan",
             "column_sub_kegiatan")
    columns = tuple(ColumnView(MARGIN + c * COLUMN_WIDTH, words[names[c]]) for c in used
                    if c < len(names))
    return TreeView(width, height, tuple(nodes), tuple(edges), columns)


def edge_path(x1: int, y1: int, x2: int, y2: int) -> str:
    """A curve from the right of the parent's box to the left of the child's (the
    script's ``edgePath`` draws the same)."""
    sx, sy = x1 + NODE_WIDTH, y1 + NODE_HEIGHT // 2
    ex, ey = x2, y2 + NODE_HEIGHT // 2
    mid = (sx + ex) // 2
    return f"M{sx},{sy} C{mid},{sy} {mid},{ey} {ex},{ey}"


def _finding_view(number: int, finding: Finding, node: str | None, dom: Mapping[str, str],
                  names: Mapping[str, str], lines: Sequence[str], anchor: str,
                  lang: str) -> FindingView:
    location = finding.location
    related = tuple(
        _shown(f"{item.rule} " + where(item.location.line, item.location.end_line,
                                       item.location.table, lang, item.location.page))
        for item in finding.related)
    category = finding.category
    return FindingView(
        dom_id=f"{anchor}-f{number}",
        severity=finding.severity.label,
        severity_label=SEVERITY[lang][finding.severity],
        category=category.value,
        category_label=CATEGORY[lang].get(category, category.label[lang]),
        rule=finding.rule,
        slug=finding.slug,
        place=_shown(where(location.line, location.end_line, location.table, lang,
                           location.page) or "-"),
        message=_shown(finding.text(lang)),
        expected=_shown_or_none(expected_text(finding, lang)),
        actual=_shown_or_none(actual_text(finding, lang)),
        regulation=_shown(finding.regulation) if finding.regulation else None,
        node=dom[node] if node is not None else "",
        node_label=_shown(names[node]) if node is not None else "",
        excerpt=excerpt(lines, location.line, location.end_line),
        related=related,
    )


def document_view(index: int, result: DocumentResult, lang: str) -> DocumentView:
    """Everything one document's section shows."""
    report, findings = result.report, result.findings
    anchor = f"d{index}"
    graph = build_graph(report)
    forest = spanning_forest(graph)
    dom = {node.key: f"{anchor}-n{number}" for number, node in enumerate(forest.nodes)}
    finder = _NodeIndex(graph)
    nodes = [finder.node_of(finding) for finding in findings]
    counts = Counter(node for node in nodes if node is not None)
    tree = _tree_view(forest, dom, _worst_by_node(findings, nodes), counts, lang)
    names = {node.key: f"{KIND_LABEL[lang].get(node.kind, node.kind)}: {node.name}"
             for node in forest.nodes}
    pairs = enumerate(zip(findings, nodes, strict=True), start=1)
    views = tuple(_finding_view(number, finding, node, dom, names, report.text, anchor, lang)
                  for number, (finding, node) in pairs)
    return DocumentView(
        anchor=anchor,
        title=_shown(report.meta.agency or report.path),
        path=_shown(report.path),
        source=_shown(report.source) if report.source else None,
        agency=_shown(report.meta.agency) if report.meta.agency else None,
        region=_shown(report.meta.region) if report.meta.region else None,
        year=report.meta.year,
        severities=_severity_counts(findings, lang),
        categories=_category_counts(findings, lang),
        rules=tuple(sorted({finding.rule for finding in findings})),
        findings=views,
        tree=tree,
        script_data=script_json(_script_data(forest, dom, tree)),
    )


def _severity_counts(findings: Sequence[Finding], lang: str) -> tuple[CountView, ...]:
    counts = Counter(finding.severity for finding in findings)
    return tuple(CountView(severity.label, SEVERITY[lang][severity], counts.get(severity, 0))
                 for severity in sorted(Severity, reverse=True))


def _category_counts(findings: Sequence[Finding], lang: str) -> tuple[CountView, ...]:
    counts = Counter(finding.category for finding in findings)
    ordered = sorted(counts, key=lambda c: (list(CATEGORY[lang]).index(c)
                                            if c in CATEGORY[lang] else len(CATEGORY[lang]),
                                            c.value))
    return tuple(CountView(c.value, CATEGORY[lang].get(c, c.label[lang]), counts[c])
                 for c in ordered)


def _script_data(forest: Forest, dom: Mapping[str, str], tree: TreeView) -> dict[str, Any]:
    """What the script needs to lay the tree out again and filter by node."""
    index = forest.by_key()
    return {
        "layout": {"column": COLUMN_WIDTH, "row": ROW_HEIGHT, "margin": MARGIN,
                   "width": NODE_WIDTH, "height": NODE_HEIGHT},
        "nodes": [{"id": dom[node.key], "column": COLUMN.get(node.kind, 0),
                   "children": [dom[kid] for kid in index[node.key].children]}
                  for node in forest.nodes],
        "roots": [dom[node.key] for node in forest.nodes if node.parent is None],
        "collapsed": [node.dom_id for node in tree.nodes if node.collapsed],
    }


def words(lang: str) -> dict[str, str]:
    """The shared and the HTML-only words of ``lang``, for the template."""
    return {**WORDS[lang], **HTML_WORDS[lang]}
