"""The HTML report: counts, every finding once, the pohon kinerja drawn and coloured,
escaping of hostile report text, both languages, and a page that fetches nothing."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from itertools import pairwise
from pathlib import Path

import networkx as nx
import pytest

from checker.cli import main
from checker.config import Config
from checker.display import actual_text, expected_text
from checker.engine import check_report
from checker.graph import build_graph
from checker.hookspecs import RenderOptions
from checker.model import Meta, Report
from checker.plugins import load_registry
from checker.result import DocumentResult
from checker.rule import Location, Related, Severity
from reports._html_context import excerpt, script_json
from reports._html_tree import ROW_HEIGHT, initially_collapsed, lay_out, spanning_forest
from reports.html import render_html

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "tanjung-harapan-2024.toml"
DEFECT = REPO / "tests" / "library" / "defects" / "kecamatan-padang-ilalang-2023.txt"

SCRIPT_NAME = "<script>alert(1)</script>"
IMG_NAME = '"><img src=x onerror=alert(1)>'
PROGRAM_ONE = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
PROGRAM_TWO = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""
    children: list[Element] = field(default_factory=list)

    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def find_all(self, tag: str, cls: str | None = None) -> list[Element]:
        found = []
        for child in self.children:
            if child.tag == tag and (cls is None or cls in child.classes()):
                found.append(child)
            found.extend(child.find_all(tag, cls))
        return found

    def all_text(self) -> str:
        return self.text + "".join(child.all_text() for child in self.children)


_VOID = {"meta", "br", "input", "img", "link", "hr", "rect", "circle", "path"}


class _Tree(HTMLParser):
    """Enough of an HTML parser to walk this report: every element, its attributes and text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {})
        self.stack = [self.root]
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.tags.append((tag, element.attrs))
        self.stack[-1].children.append(element)
        if tag not in _VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.tags.append((tag, element.attrs))
        self.stack[-1].children.append(element)

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                return

    def handle_data(self, data: str) -> None:
        current = self.stack[-1]
        if current.children:
            current.children.append(Element("#text", {}, data))
        else:
            current.text += data


def parse(html: str) -> _Tree:
    tree = _Tree()
    tree.feed(html)
    tree.close()
    return tree


@pytest.fixture(scope="module")
def registry():
    return load_registry(entry_points=False)


def checked(registry, path: Path) -> DocumentResult:
    return check_report(registry.read(path), registry.rules, Config())


@pytest.fixture(scope="module")
def example(registry) -> DocumentResult:
    return checked(registry, EXAMPLE)


@pytest.fixture(scope="module")
def defect(registry) -> DocumentResult:
    return checked(registry, DEFECT)


def render(*results: DocumentResult, lang: str = "id") -> str:
    return render_html(list(results), RenderOptions(lang, "9.9"))


def node_elements(page: _Tree) -> dict[str, Element]:
    """The drawn nodes by their tooltip's first line, ``Kind: name``."""
    nodes = page.root.find_all("g", "node")
    return {node.find_all("title")[0].all_text().split("\n")[0]: node for node in nodes}


def _kind_label(kind: str) -> str:
    return {"sub_kegiatan": "Sub kegiatan"}.get(kind, kind.capitalize())


# -- content ----------------------------------------------------------------------------------

@pytest.mark.parametrize("which", ["example", "defect"])
def test_counts_per_severity_and_category_are_at_the_top(which, request):
    result = request.getfixturevalue(which)
    page = parse(render(result))
    severity = page.root.find_all("table", "severity-counts")[0]
    shown = {cell.attrs["data-count"]: int(cell.all_text()) for cell in severity.find_all("td")}
    assert shown == result.summary()
    categories = page.root.find_all("table", "category-counts")[0]
    shown = {cell.attrs["data-count"]: int(cell.all_text()) for cell in categories.find_all("td")}
    assert shown == dict(Counter(f.category.value for f in result.findings))
    text = page.root.all_text()
    meta = result.report.meta
    assert meta.agency in text and meta.region in text and str(meta.year) in text
    assert result.report.path in text


def test_every_finding_is_in_the_table_once_in_report_order(defect):
    page = parse(render(defect))
    rows = page.root.find_all("tr", "finding")
    assert [row.attrs["data-rule"] for row in rows] == [f.rule for f in defect.findings]
    assert [row.attrs["data-severity"] for row in rows] == [
        f.severity.label for f in defect.findings]
    for row, finding in zip(rows, defect.findings):
        detail = row.all_text()
        assert finding.text("id") in detail
        # Expected and found as Bahasa Indonesia writes them ("2.880.578.140", "90,00%").
        for value in (expected_text(finding, "id"), actual_text(finding, "id"),
                      finding.regulation):
            if value:
                assert value in detail
    assert len({row.attrs["id"] for row in rows}) == len(rows)


def test_the_tree_draws_every_graph_node_once(defect):
    graph = build_graph(defect.report)
    page = parse(render(defect))
    drawn = page.root.find_all("g", "node")
    assert len(drawn) == graph.number_of_nodes()
    titles = Counter(node.find_all("title")[0].all_text().split("\n")[0] for node in drawn)
    expected = Counter(f"{_kind_label(data['kind'])}: {data['name']}"
                       for _, data in graph.nodes(data=True))
    assert titles == expected
    # Every drawn node but the roots hangs from a drawn edge.
    edges = page.root.find_all("path", "edge")
    children = {edge.attrs["data-child"] for edge in edges}
    roots = [node for node in drawn if not node.attrs["data-parent"]]
    assert len(children) + len(roots) == len(drawn)


def test_sub_kegiatan_start_folded_and_the_rest_shown(defect):
    nodes = parse(render(defect)).root.find_all("g", "node")
    kinds = {node.attrs["data-node"]: node.classes() for node in nodes}
    folded = 0
    for node in nodes:
        hidden = node.attrs.get("display") == "none"
        # A sub kegiatan the report printed without its kegiatan stays in sight.
        under_kegiatan = "kind-kegiatan" in kinds.get(node.attrs["data-parent"], set())
        assert hidden == ("kind-sub_kegiatan" in node.classes() and under_kegiatan)
        folded += hidden
    assert folded >= 10


def test_each_node_is_coloured_by_its_worst_finding(example):
    graph = build_graph(example.report)
    with_node = [f for f in example.findings if f.location.node in graph]
    assert with_node, "the example must have findings on graph nodes"
    # One node gets a warning beside its error, another only an info, a third a warning
    # on top of an info: each is coloured by the worst.
    error_node = next(f.location.node for f in with_node if f.severity is Severity.ERROR)
    quiet = [key for key in graph if key not in {f.location.node for f in with_node}]
    info_node, warning_node = quiet[0], quiet[1]
    base = with_node[0]
    extra = (
        replace(base, severity=Severity.WARNING, location=Location(node=error_node)),
        replace(base, severity=Severity.INFO, location=Location(node=info_node)),
        replace(base, severity=Severity.INFO, location=Location(node=warning_node)),
        replace(base, severity=Severity.WARNING, location=Location(node=warning_node)),
    )
    result = replace(example, findings=(*with_node, *extra))
    worst: dict[str, Severity] = {}
    for finding in result.findings:
        if finding.location.node in graph:
            key = finding.location.node
            worst[key] = max(worst.get(key, finding.severity), finding.severity)
    assert worst[error_node] is Severity.ERROR
    assert worst[info_node] is Severity.INFO
    assert worst[warning_node] is Severity.WARNING
    drawn = node_elements(parse(render(result)))
    for key, data in graph.nodes(data=True):
        element = drawn[f"{_kind_label(data['kind'])}: {data['name']}"]
        wanted = worst[key].label if key in worst else "none"
        assert f"sev-{wanted}" in element.classes(), key


def test_a_finding_on_a_table_row_maps_to_the_item_printed_there(example):
    graph = build_graph(example.report)
    key, occurrence = next(
        (key, occurrence) for key, data in graph.nodes(data=True)
        if data["kind"] == "sub_kegiatan"
        for occurrence in data["occurrences"] if occurrence.table and occurrence.line)
    finding = replace(example.findings[0], severity=Severity.WARNING,
                      location=Location(line=occurrence.line, table=occurrence.table))
    page = parse(render(replace(example, findings=(finding,))))
    row = page.root.find_all("tr", "finding")[0]
    name = graph.nodes[key]["name"]
    drawn = node_elements(page)[f"Sub kegiatan: {name}"]
    assert row.attrs["data-node"] == drawn.attrs["data-node"]
    assert "sev-warning" in drawn.classes()


def test_a_finding_shows_its_source_lines_with_their_numbers(example):
    lines = example.report.text
    page = parse(render(example))
    rows = page.root.find_all("tr", "finding")
    for row, finding in zip(rows, example.findings):
        figure = row.find_all("figure", "excerpt")
        assert figure, finding.rule
        own = [span for span in figure[0].find_all("span", "own")]
        first = own[0]
        number = int(first.find_all("span", "lineno")[0].all_text())
        assert number == finding.location.line
        assert first.all_text().endswith(lines[number - 1])


def test_no_excerpt_without_text(example):
    bare = replace(example, report=replace(example.report, text=()))
    page = parse(render(bare))
    assert page.root.find_all("tr", "finding")
    assert not page.root.find_all("figure", "excerpt")


def test_a_long_span_is_cut_to_its_ends():
    lines = [f"line {n}" for n in range(1, 101)]
    shown = excerpt(lines, 10, 40)
    numbers = [line.number for line in shown]
    assert numbers[0] == 8 and numbers[-1] == 42
    assert None in numbers and len(shown) < 15
    assert next(line.number for line in shown if line.own) == 10
    assert excerpt(lines, 200, 201) == ()
    assert excerpt([], 1, 1) == ()


def test_related_findings_are_listed_under_their_finding(example):
    root = example.findings[0]
    folded = replace(root, related=(Related("CAP002", Location(line=301, table="Tabel 9.9")),))
    result = replace(example, findings=(folded, *example.findings[1:]))
    row = parse(render(result)).root.find_all("tr", "finding")[0]
    related = row.find_all("div", "related")
    assert related and "CAP002 baris 301, Tabel 9.9" in related[0].all_text()


def test_a_report_without_findings_or_tree_says_so(example):
    clean = parse(render(replace(example, findings=())))
    assert not clean.root.find_all("tr", "finding")
    assert "Tidak ada temuan." in clean.root.all_text()
    assert all("sev-none" in node.classes() for node in clean.root.find_all("g", "node"))
    bare = Report(path="kosong.txt", format="txt", meta=Meta())
    empty = parse(render(DocumentResult(bare, ())))
    assert not empty.root.find_all("svg")
    assert "Pohon kinerja tidak dapat disusun" in empty.root.all_text()


# -- languages and several documents ---------------------------------------------------------

def test_bahasa_indonesia_by_default_and_english_on_request(example):
    indonesian, english = render(example), render(example, lang="en")
    assert '<html lang="id">' in indonesian and '<html lang="en">' in english
    assert "Daftar temuan" in indonesian and "Pohon kinerja" in indonesian
    assert "Findings" in english and "Performance tree" in english
    id_rows = parse(indonesian).root.find_all("tr", "finding")
    en_rows = parse(english).root.find_all("tr", "finding")
    for finding, id_row, en_row in zip(example.findings, id_rows, en_rows):
        assert finding.text("id") in id_row.all_text()
        assert finding.text("en") in en_row.all_text()
    assert "kesalahan" in id_rows[0].all_text() and "error" in en_rows[0].all_text()


def test_several_documents_get_a_section_each(example, defect):
    page = parse(render(example, defect))
    sections = page.root.find_all("section", "document")
    assert [s.attrs["id"] for s in sections] == ["d0", "d1"]
    assert len(sections[0].find_all("tr", "finding")) == len(example.findings)
    assert len(sections[1].find_all("tr", "finding")) == len(defect.findings)
    links = [a.attrs["href"] for a in page.root.find_all("nav")[0].find_all("a")]
    assert links == ["#d0", "#d1"]
    ids = [attrs["id"] for _, attrs in page.tags if "id" in attrs]
    assert len(ids) == len(set(ids))


def test_a_batch_opens_with_the_regional_summary(example, defect):
    assert parse(render(example)).root.find_all("section", "region") == []
    (region,) = parse(render(example, defect)).root.find_all("section", "region")
    rows = region.find_all("table")[0].find_all("tbody")[0].find_all("tr")
    assert [row.find_all("a")[0].attrs["href"] for row in rows] == ["#d0", "#d1"]
    errors = [sum(f.severity.label == "error" for f in r.findings) for r in (example, defect)]
    assert [row.find_all("td")[2].all_text() for row in rows] == [str(n) for n in errors]


def test_same_results_same_page(example, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")  # 2025-01-01
    first = render(example)
    assert first == render(example)
    assert "2025-01-01" in first


# -- hostile text and self-containment -------------------------------------------------------

@pytest.fixture(scope="module")
def hostile(registry, tmp_path_factory) -> DocumentResult:
    body = EXAMPLE.read_text(encoding="utf-8")
    assert PROGRAM_ONE in body and PROGRAM_TWO in body
    body = body.replace(PROGRAM_ONE, SCRIPT_NAME).replace(PROGRAM_TWO, IMG_NAME.replace('"', '\\"'))
    body = body.replace('agency = "Kecamatan Tanjung Harapan"',
                        'agency = "Kecamatan </title><script>alert(2)</script> \u202eHarapan"')
    path = tmp_path_factory.mktemp("hostile") / "hostile.toml"
    path.write_text(body, encoding="utf-8")
    return checked(registry, path)


def test_hostile_names_appear_as_text(hostile):
    html = render(hostile)
    page = parse(html)
    # The only scripts are the page's own: one JSON block per document and the code.
    scripts = [attrs for tag, attrs in page.tags if tag == "script"]
    assert scripts == [{"type": "application/json", "class": "tree-data"}, {}]
    assert not [tag for tag, _ in page.tags if tag == "img"]
    assert not any(name.startswith("on") for _, attrs in page.tags for name in attrs)
    titles = set(node_elements(page))
    assert f"Program: {SCRIPT_NAME}" in titles
    assert f"Program: {IMG_NAME}" in titles
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert" not in html
    # A bidi override would reorder what the reviewer reads: it is shown escaped.
    assert "\u202e" not in html and "\\u202e" in html


def test_script_data_cannot_close_its_block():
    data = {"name": "</script><script>alert(1)</script><!--", "and": "a & b > c"}
    text = script_json(data)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == data


@pytest.mark.parametrize("which", ["example", "hostile"])
def test_the_page_fetches_nothing(which, request):
    html = render(request.getfixturevalue(which))
    page = parse(html)
    for tag, attrs in page.tags:
        assert tag != "link", attrs
        assert not (tag == "script" and "src" in attrs), attrs
        for name in ("src", "href", "xlink:href", "action", "data", "poster"):
            value = attrs.get(name, "").strip().lower()
            assert not re.match(r"^(https?:)?//", value), (tag, attrs)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", html)
    assert "@import" not in html
    policy = [attrs["content"] for tag, attrs in page.tags
              if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy"]
    assert policy and policy[0].startswith("default-src 'none'")


# -- the layout -------------------------------------------------------------------------------

def _wide_graph(kegiatan: int = 6, each: int = 10) -> nx.DiGraph:
    graph = nx.DiGraph()

    def add(key: str, kind: str) -> str:
        graph.add_node(key, kind=kind, name=key, names={key}, occurrences=[])
        return key

    sasaran = add("sasaran:s", "sasaran")
    add("indikator:i", "indikator")
    graph.add_edge(sasaran, "indikator:i")
    program = add("program:p", "program")
    graph.add_edge(sasaran, program)
    for k in range(kegiatan):
        parent = add(f"kegiatan:k{k}", "kegiatan")
        graph.add_edge(program, parent)
        for s in range(each):
            graph.add_edge(parent, add(f"sub_kegiatan:k{k}s{s}", "sub_kegiatan"))
    return graph


def test_sixty_sub_kegiatan_start_folded_into_a_short_tree():
    forest = spanning_forest(_wide_graph())
    assert len(forest.nodes) == 1 + 1 + 1 + 6 + 60
    places, _, folded_height = lay_out(forest, initially_collapsed(forest))
    assert sum(place.visible for place in places.values()) == 9
    _, _, open_height = lay_out(forest, frozenset())
    assert folded_height < open_height
    assert open_height >= 61 * ROW_HEIGHT


def test_leaves_take_rows_in_order_and_parents_sit_between_their_children():
    forest = spanning_forest(_wide_graph(kegiatan=2, each=3))
    places, _, _ = lay_out(forest, frozenset())
    index = forest.by_key()
    leaves = [node.key for node in forest.nodes if not node.children]
    ys = [places[key].y for key in leaves]
    assert ys == sorted(ys) and len(set(ys)) == len(ys)
    assert {b - a for a, b in pairwise(ys)} == {ROW_HEIGHT}
    for node in forest.nodes:
        if node.children:
            first, last = places[node.children[0]].y, places[node.children[-1]].y
            assert places[node.key].y == (first + last) // 2
            assert all(places[kid].x > places[node.key].x for kid in index[node.key].children)


def test_a_node_with_two_parents_is_drawn_once_and_names_the_other():
    graph = _wide_graph(kegiatan=1, each=1)
    graph.add_node("sasaran:t", kind="sasaran", name="Sasaran kedua", names=set(), occurrences=[])
    graph.add_edge("sasaran:t", "program:p")
    forest = spanning_forest(graph)
    assert [node.key for node in forest.nodes].count("program:p") == 1
    program = forest.by_key()["program:p"]
    assert program.parent == "sasaran:s" and program.other_parents == ("sasaran:t",)


# -- through the command line -----------------------------------------------------------------

def test_check_writes_the_html_page(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "laporan.html"
    code = main(["check", str(EXAMPLE), "--format", "html", "-o", str(out)])
    capsys.readouterr()
    assert code == 1  # the example's deliberate defects
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "Kecamatan Tanjung Harapan" in html
    assert len(parse(html).root.find_all("tr", "finding")) == 9
