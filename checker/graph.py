"""The cascade graph (pohon kinerja) of a report, as a ``networkx.DiGraph``.

Edges run tujuan -> sasaran -> indikator and sasaran -> program -> kegiatan ->
sub kegiatan. Nodes are keyed ``kind:normalised name``; the same item written
twice with small differences (case, punctuation, a "Program" prefix, a typo)
is one node, found within its kind by the name-matching policy of
:mod:`checker.names` (``same_name``; ``abbreviates`` for references). Each node keeps every
place it occurs (:class:`Occurrence`: table, line, the values printed there),
so a rule can see one indicator with two targets, or a program no sasaran reaches.
"""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from checker.model import BudgetItem, CascadeLink, Level, Provenance, Report
from checker.names import (
    FUZZY_THRESHOLD,
    NameIndex,
    abbreviates,
    fold_name,
    fold_text,
    without_polarity_note,
)

if TYPE_CHECKING:
    import networkx as nx  # imported when a graph is built: see _GraphBuilder

__all__ = [
    "FUZZY_THRESHOLD",
    "KINDS",
    "Occurrence",
    "build_graph",
    "fold_text",
    "node_finder",
    "node_key",
    "normalise_name",
    "numbered_sasaran",
    "to_dot",
    "to_json",
    "to_mermaid",
]

KINDS = ("tujuan", "sasaran", "indikator", "program", "kegiatan", "sub_kegiatan")


@dataclass(frozen=True)
class Occurrence:
    """One place a node appears, and the values printed there."""

    source: str  # plan, pk, pk_perubahan, iku, capaian, budget
    table: str | None
    line: int | None
    values: Mapping[str, str]


# The name-matching policy is checker.names; these names stay importable from here.
normalise_name = fold_name


def node_key(kind: str, name: str) -> str:
    return f"{kind}:{_folded(kind, name)}"


def _folded(kind: str, name: str) -> str:
    """The folded name a node is found by: an indicator's without the bracket stating
    its polarity, which one table prints and another leaves out."""
    return fold_name(without_polarity_note(name) if kind == "indikator" else name)


class _GraphBuilder:
    def __init__(self) -> None:
        import networkx as nx  # paid once, and only by a run that builds a graph

        self.graph = nx.DiGraph()
        # The folded names of each kind: equal ones found by a set, fuzzy ones only
        # among the names with the same numbers (checker.names.NameIndex).
        self._names: dict[str, NameIndex] = {kind: NameIndex() for kind in KINDS}
        # A sasaran may be referred to by its Renstra id ("S1") or by its name.
        self.sasaran_ids: dict[str, str] = {}

    def node(self, kind: str, name: str, occurrence: Occurrence | None = None) -> str:
        if kind == "sasaran":
            name = self.sasaran_ids.get(name.strip(), name)
        normalised = _folded(kind, name)
        known = self._names[kind]
        # One node per item, by checker.names.same_name: names differing in a number
        # ("Tahun 2022" / "Tahun 2023") are never one node.
        match = known.closest(normalised)
        if match is not None and match != normalised and _coded_apart(
                self.graph.nodes.get(f"{kind}:{match}"), occurrence):
            match = None  # "Pembangunan X" (.0028) beside "Pembangunan Bukan X" (.0022)
        if match is not None:
            normalised = match
        else:
            known.add(normalised)
        key = f"{kind}:{normalised}"
        if key not in self.graph:
            self.graph.add_node(key, kind=kind, name=name.strip(), names=set(), occurrences=[])
        data = self.graph.nodes[key]
        data["names"].add(name.strip())
        if occurrence is not None:
            data["occurrences"].append(occurrence)
        return key

    def edge(self, parent: str, child: str, source: str, where: Provenance | None = None) -> None:
        """Link ``parent`` to ``child``; every place that prints the link is kept, so an
        edge can always be traced to the line it was read from."""
        if not self.graph.has_edge(parent, child):
            self.graph.add_edge(parent, child, sources=set(), places=[])
        data = self.graph.edges[parent, child]
        data["sources"].add(source)
        if where is not None and where.line is not None:
            place = (source, where.table, where.line)
            if place not in data["places"]:
                data["places"].append(place)

    def sasaran(self, reference: str, numbered: list[str]) -> str:
        """The sasaran node a reference names: its name (or plan id), else its number
        ("2", "II", or "2 Meningkatnya ..." whose name the report spelled otherwise)
        in the report's own order of sasaran."""
        text = reference.strip()
        number, rest = _numbered(text)
        if rest and (number is None or self._known("sasaran", rest)):
            return self.refer("sasaran", rest)
        if number is not None and 1 <= number <= len(numbered):
            return self.node("sasaran", numbered[number - 1])
        return self.node("sasaran", text if rest else f"Sasaran {text}")

    def refer(self, kind: str, name: str, occurrence: Occurrence | None = None) -> str:
        """The node a *reference* to an item names. Analysis tables and lists shorten the
        names the budget prints in full ("Program Penunjang Urusan Pemerintahan Daerah"
        for "... Daerah Kabupaten/Kota") and carry typos; such a name is the one item
        it abbreviates when exactly one known name of its kind fits."""
        if not self._known(kind, name):
            normalised = _folded(kind, name)
            fits = [known for known in self._names[kind]
                    if abbreviates(normalised, known, folded=True)]
            if len(fits) == 1:
                key = f"{kind}:{fits[0]}"
                self.graph.nodes[key]["names"].add(name.strip())
                if occurrence is not None:
                    self.graph.nodes[key]["occurrences"].append(occurrence)
                return key
        return self.node(kind, name, occurrence)

    def _known(self, kind: str, name: str) -> bool:
        if kind == "sasaran" and name.strip() in self.sasaran_ids:
            return True
        return self._names[kind].closest(_folded(kind, name)) is not None


def _code(text: str | None) -> tuple[int, ...] | None:
    """A budget code as its numbers ("1.03.03.2.01.0028" -> 1, 3, 3, 2, 1, 28)."""
    parts = (text or "").replace(" ", "").split(".")
    return tuple(map(int, parts)) if all(part.isdigit() for part in parts) else None


def _coded_apart(node: Mapping[str, Any] | None, occurrence: Occurrence | None) -> bool:
    """Whether a budget row's code differs from the code of every row of a node whose
    name is only like its own: two items of the nomenclature, each under its own code,
    are two items however alike their names (a row without a code, or with a code of
    another length, tells nothing)."""
    code = _code(occurrence.values.get("code")) if occurrence is not None else None
    if node is None or code is None:
        return False
    codes = {_code(seen.values.get("code")) for seen in node["occurrences"]}
    codes = {other for other in codes if other is not None and len(other) == len(code)}
    return bool(codes) and code not in codes


def _occurrence(source: str, where: Provenance, **values: object) -> Occurrence:
    shown = {k: str(v) for k, v in values.items() if v is not None}
    return Occurrence(source, where.table, where.line, shown)


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9,
          "x": 10}


_NUMBERED = re.compile(
    r"^(?:sasaran\s+(?:strategis\s+)?)?(?:ke\s*-?\s*)?(\d{1,2}|[ivx]{1,4})(?:[.):]|\s|$)\s*(.*)$",
    re.IGNORECASE,
)


def _numbered(text: str) -> tuple[int | None, str]:
    """(2, "Meningkatnya ...") for "2", "II", "2. Meningkatnya ...", "Sasaran 2:
    Meningkatnya ..."; (None, text) when no number leads."""
    match = _NUMBERED.match(text.strip())
    if match is None:
        return None, text.strip()
    token, rest = match.group(1).lower(), match.group(2).strip()
    if token.isdigit():
        return int(token), rest
    # A Roman numeral leads only alone or with a stop ("II."): "I Made" is a name.
    stopped = text.strip()[len(token):][:1] in (".", ")", ":")
    roman = _ROMAN.get(token)
    if roman is not None and (not rest or stopped):
        return roman, rest
    return None, text.strip()


def numbered_sasaran(report: Report) -> list[str]:
    """The report's sasaran in the order "sasaran 2" counts in (as the graph resolves a
    sasaran written by its number)."""
    return _numbered_sasaran(report)


def _numbered_sasaran(report: Report) -> list[str]:
    """The report's sasaran in its own order, which "sasaran 2" counts in: the plan's,
    else the Perjanjian Kinerja's (a PK Perubahan first), else the capaian tables'."""
    if report.plan.sasaran:
        # A plan table with a rowspan sasaran cell may give one entry per indicator row:
        # "sasaran 2" counts sasaran, not rows.
        return list(dict.fromkeys(sasaran.name for sasaran in report.plan.sasaran))
    for document in ("pk_perubahan", "pk"):
        names = [row.sasaran for row in report.agreements if row.document == document]
        if names:
            return list(dict.fromkeys(names))
    rows = [row.sasaran for table in report.achievements for row in table.rows if row.sasaran]
    return list(dict.fromkeys(rows))


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while a graph is built: the build makes tens of
    thousands of small containers (nodes' sets and lists) and no cycles, and each
    collection would walk the whole report again (half the build of a large report).
    Reference counting still frees what it drops."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def build_graph(report: Report) -> nx.DiGraph:
    with _cyclic_gc_paused():
        return _build_graph(report)


def _build_graph(report: Report) -> nx.DiGraph:
    builder = _GraphBuilder()
    _add_plan(builder, report)
    _add_agreements(builder, report)
    numbered = _numbered_sasaran(report)
    for row in report.iku:
        indikator = builder.node("indikator", row.indikator, _occurrence(
            "iku", row.where, target=row.target, unit=row.unit))
        if row.sasaran:
            builder.edge(builder.node("sasaran", row.sasaran), indikator, "iku", row.where)
    for table in report.achievements:
        for row in table.rows:
            indikator = builder.node("indikator", row.indikator, _occurrence(
                "capaian", row.where, target=row.target, realisasi=row.realisasi,
                capaian=row.capaian, unit=row.unit))
            if row.sasaran:
                builder.edge(builder.node("sasaran", row.sasaran), indikator, "capaian",
                             row.where)
    for budget in report.budgets:
        if budget.kind in ("belanja", "pekerjaan"):  # no program tree of the budget
            continue
        # A per-sasaran table's items are the ones that support its sasaran.
        sasaran = builder.sasaran(budget.sasaran, numbered) if budget.sasaran else None
        for item in budget.items:
            _add_budget_item(builder, item, sasaran, f"budget:{budget.name}")
    for link in report.links:
        _add_link(builder, link, numbered)
    return builder.graph


def _add_link(builder: _GraphBuilder, link: CascadeLink, numbered: list[str]) -> None:
    """A printed link: the sasaran to its program (a kegiatan printed under its program
    hangs from it, the program from the sasaran; a sub kegiatan printed under its
    kegiatan hangs from the kegiatan; an item printed alone, from the sasaran)."""
    source = f"link:{link.source.value}"
    key = builder.refer(link.level.value, link.name, _occurrence(source, link.where))
    parent_level = {Level.KEGIATAN: Level.PROGRAM,
                    Level.SUB_KEGIATAN: Level.KEGIATAN}.get(link.level)
    sasaran = builder.sasaran(link.sasaran, numbered)
    if link.parent and parent_level is not None:
        # "Program P, kegiatan K supports sasaran S": S -> P -> K.
        parent = builder.refer(parent_level.value, link.parent)
        builder.edge(parent, key, source, link.where)
        if parent_level is Level.PROGRAM:
            builder.edge(sasaran, parent, source, link.where)
    else:
        builder.edge(sasaran, key, source, link.where)


def _add_plan(builder: _GraphBuilder, report: Report) -> None:
    plan = report.plan
    tujuan_keys = {t.id: builder.node("tujuan", t.name, _occurrence("plan", t.where))
                   for t in plan.tujuan}
    builder.sasaran_ids = {sasaran.id: sasaran.name for sasaran in plan.sasaran}
    sasaran_keys = {}
    for sasaran in plan.sasaran:
        key = builder.node("sasaran", sasaran.name, _occurrence("plan", sasaran.where))
        sasaran_keys[sasaran.id] = key
        if sasaran.tujuan in tujuan_keys:
            builder.edge(tujuan_keys[sasaran.tujuan], key, "plan", sasaran.where)
    year = report.meta.year
    for indikator in plan.indikator:
        target = indikator.targets.get(year) if year is not None else None
        key = builder.node("indikator", indikator.name, _occurrence(
            "plan", indikator.where, target=target, unit=indikator.unit))
        if indikator.sasaran in sasaran_keys:
            builder.edge(sasaran_keys[indikator.sasaran], key, "plan", indikator.where)


def _add_agreements(builder: _GraphBuilder, report: Report) -> None:
    for row in report.agreements:
        sasaran = builder.node("sasaran", row.sasaran, _occurrence(row.document, row.where))
        if row.indikator:
            indikator = builder.node("indikator", row.indikator, _occurrence(
                row.document, row.where, target=row.target, unit=row.unit))
            builder.edge(sasaran, indikator, row.document, row.where)
    for program in report.agreement_programs:
        key = builder.node("program", program.program, _occurrence(
            program.document, program.where, pagu=program.pagu))
        if program.sasaran:
            builder.edge(builder.node("sasaran", program.sasaran), key, program.document,
                         program.where)


def _add_budget_item(
    builder: _GraphBuilder, item: BudgetItem, parent: str | None, source: str
) -> None:
    """``parent`` is the item above, or for a top item the sasaran its table supports."""
    if item.level is Level.JENIS_BELANJA:
        return
    key = builder.node(item.level.value, item.name, _occurrence(
        source, item.where, pagu=item.pagu, realisasi=item.realisasi, code=item.code))
    if parent is not None:
        builder.edge(parent, key, source, item.where)
    if item.sasaran:
        builder.edge(builder.node("sasaran", item.sasaran), key, source, item.where)
    for child in item.children:
        _add_budget_item(builder, child, key, source)


def node_finder(graph: nx.DiGraph, kind: str) -> Callable[[str], str]:
    """Maps a name as printed to its graph node. The graph folded similar names into
    one node and remembers every spelling, so look the spelling up rather than
    re-normalising it (which would miss the fuzzy matches)."""
    # Rules ask for a finder per row: the index of each kind is built once per graph (and
    # again only if nodes were added since), else checking N rows costs N x nodes.
    indexes = graph.graph.setdefault("_names_by_kind", {})
    held = indexes.get(kind)
    if held is None or held[0] != graph.number_of_nodes():
        held = indexes[kind] = (graph.number_of_nodes(), {
            name: key
            for key, data in graph.nodes(data=True)
            if data["kind"] == kind
            for name in data["names"]
        })
    by_name = held[1]

    def find(name: str) -> str:
        return by_name.get(name.strip(), node_key(kind, name))

    return find


# -- export ------------------------------------------------------------------------------

def _jsonable(data: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "kind": data["kind"],
        "name": data["name"],
        "names": sorted(data["names"]),
        "occurrences": [
            {"source": o.source, "table": o.table, "line": o.line, "values": dict(o.values)}
            for o in data["occurrences"]
        ],
    }


def to_json(graph: nx.DiGraph) -> str:
    nodes = [{"id": key, **_jsonable(data)} for key, data in graph.nodes(data=True)]
    edges = [{"from": a, "to": b, "sources": sorted(d["sources"]),
              "places": [{"source": source, "table": table, "line": line}
                         for source, table, line in d.get("places", ())]}
             for a, b, d in graph.edges(data=True)]
    return json.dumps({"nodes": nodes, "edges": edges}, ensure_ascii=False, indent=2)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def to_dot(graph: nx.DiGraph) -> str:
    lines = ["digraph cascade {", "  rankdir=LR;", "  node [shape=box, fontsize=10];"]
    for key, data in graph.nodes(data=True):
        label = f"{_escape(data['kind'])}\\n{_escape(data['name'])}"
        lines.append(f'  "{_escape(key)}" [label="{label}"];')
    lines.extend(f'  "{_escape(a)}" -> "{_escape(b)}";' for a, b in graph.edges())
    lines.append("}")
    return "\n".join(lines)


def to_mermaid(graph: nx.DiGraph) -> str:
    ids = {key: f"n{index}" for index, key in enumerate(graph.nodes)}
    lines = ["flowchart LR"]
    for key, data in graph.nodes(data=True):
        label = f"{data['kind']}: {data['name']}".replace('"', "'")
        lines.append(f'  {ids[key]}["{label}"]')
    lines.extend(f"  {ids[a]} --> {ids[b]}" for a, b in graph.edges())
    return "\n".join(lines)
