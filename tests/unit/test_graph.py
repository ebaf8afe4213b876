"""checker.graph: the cascade graph, its fuzzy node matching, occurrences and exports."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest

from checker.graph import build_graph, node_key, normalise_name, to_dot, to_json, to_mermaid
from checker.readers.structured import load_structured, read_toml

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "core"

PENUNJANG = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
PENUNJANG_CAPS = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN KOTA"
KEUANGAN = "Administrasi Keuangan Perangkat Daerah"
KEPEGAWAIAN = "Administrasi Kepegawaian Perangkat Daerah"
SASARAN = "Meningkatnya kualitas pelayanan publik di kecamatan"


def _item(level: str, name: str, line: int, pagu: str, **extra: str) -> dict:
    return {"level": level, "name": name, "line": line, "pagu": pagu, **extra}


def _report():
    """Two budget tables naming the same program differently, plus PK and plan."""
    return load_structured(
        {
            "meta": {"agency": "Kecamatan Sukamaju", "year": 2024},
            "plan": {
                "tujuan": [{"id": "T1", "name": "Meningkatnya tata kelola pemerintahan",
                            "line": 5}],
                "sasaran": [{"id": "S1", "name": SASARAN, "tujuan": "T1", "line": 8}],
                "indikator": [{"id": "I1", "name": "Indeks Kepuasan Masyarakat",
                               "sasaran": "S1", "targets": {"2024": "80,50"}, "line": 9}],
            },
            "agreements": [
                {"sasaran": SASARAN, "indikator": "Indeks Kepuasan Masyarakat",
                 "target": "81,00", "line": 120, "table": "Tabel 2.2"},
            ],
            "agreement_programs": [
                {"program": PENUNJANG, "sasaran": SASARAN, "pagu": "1.000.000", "line": 130},
            ],
            "budgets": [
                {"table": "Tabel 2.3", "kind": "alokasi", "items": [
                    _item("program", PENUNJANG, 200, "1.000.000"),
                    _item("kegiatan", KEUANGAN, 201, "600.000"),
                    _item("sub_kegiatan", "Penyediaan Gaji dan Tunjangan ASN", 202, "600.000"),
                    _item("kegiatan", KEPEGAWAIAN, 203, "400.000"),
                ]},
                {"table": "Tabel 3.4", "kind": "realisasi", "items": [
                    _item("program", PENUNJANG_CAPS, 596, "1.000.000", realisasi="900.000"),
                    _item("kegiatan", "Kegiatan " + KEUANGAN.upper(), 597, "600.000"),
                    _item("kegiatan", KEPEGAWAIAN, 599, "450.000"),
                ]},
                {"table": "Tabel 3.5", "kind": "belanja", "items": [
                    _item("jenis_belanja", "Belanja Pegawai", 700, "1.000.000"),
                ]},
            ],
        }
    )


@pytest.fixture(scope="module")
def graph() -> nx.DiGraph:
    return build_graph(_report())


def _nodes(graph: nx.DiGraph, kind: str) -> list[str]:
    return sorted(k for k, d in graph.nodes(data=True) if d["kind"] == kind)


# -- normalisation and fuzzy matching ---------------------------------------------------


def test_normalise_folds_case_punctuation_and_prefix():
    assert normalise_name(PENUNJANG) == normalise_name(PENUNJANG_CAPS)
    assert normalise_name(PENUNJANG) == "penunjang urusan pemerintahan daerah kabupaten kota"
    assert normalise_name("7.01.01 Program Penunjang") == "penunjang"
    assert normalise_name("Kegiatan: Administrasi Umum") == "administrasi umum"
    assert normalise_name("Sub Kegiatan Penyediaan Gaji") == "penyediaan gaji"
    assert node_key("program", PENUNJANG_CAPS) == node_key("program", PENUNJANG)


def test_spellings_of_one_program_are_one_node(graph):
    programs = _nodes(graph, "program")
    assert programs == ["program:penunjang urusan pemerintahan daerah kabupaten kota"]
    names = graph.nodes[programs[0]]["names"]
    assert names == {PENUNJANG, PENUNJANG_CAPS}


def test_similar_but_different_kegiatan_stay_apart(graph):
    kegiatan = _nodes(graph, "kegiatan")
    assert kegiatan == [
        "kegiatan:administrasi kepegawaian perangkat daerah",
        "kegiatan:administrasi keuangan perangkat daerah",
    ]
    # ... while the upper-case "Kegiatan ..." spelling joined its node.
    keuangan = graph.nodes["kegiatan:administrasi keuangan perangkat daerah"]
    assert len(keuangan["occurrences"]) == 2


def test_a_typo_is_folded_into_the_node():
    report = load_structured({
        "meta": {"agency": "X", "year": 2024},
        "budgets": [{"table": "A", "kind": "alokasi", "items": [
            {"level": "program", "name": "Program Penyelenggaraan Pemerintahan Kecamatan"},
            {"level": "program", "name": "Program Penyelenggaran Pemerintahan Kecamatan"},
        ]}],
    })
    assert len(_nodes(build_graph(report), "program")) == 1


def test_same_name_different_kind_are_different_nodes():
    report = load_structured({
        "meta": {"agency": "X", "year": 2024},
        "budgets": [{"table": "A", "kind": "alokasi", "items": [
            {"level": "kegiatan", "name": "Penyusunan Dokumen Perencanaan Perangkat Daerah"},
            {"level": "sub_kegiatan", "name": "Penyusunan Dokumen Perencanaan Perangkat Daerah"},
        ]}],
    })
    graph = build_graph(report)
    key = "penyusunan dokumen perencanaan perangkat daerah"
    assert f"kegiatan:{key}" in graph and f"sub_kegiatan:{key}" in graph
    assert graph.has_edge(f"kegiatan:{key}", f"sub_kegiatan:{key}")


# -- occurrences --------------------------------------------------------------------------


def test_occurrences_record_table_line_and_values(graph):
    program = graph.nodes["program:penunjang urusan pemerintahan daerah kabupaten kota"]
    places = [(o.source, o.table, o.line) for o in program["occurrences"]]
    assert places == [
        ("pk", None, 130),
        ("budget:Tabel 2.3", "Tabel 2.3", 200),
        ("budget:Tabel 3.4", "Tabel 3.4", 596),
    ]
    values = [dict(o.values) for o in program["occurrences"]]
    assert values[0] == {"pagu": "1.000.000"}
    assert values[2]["pagu"] == "1.000.000" and values[2]["realisasi"] == "900.000"


def test_one_node_two_values_is_visible(graph):
    kepegawaian = graph.nodes["kegiatan:administrasi kepegawaian perangkat daerah"]
    assert sorted(o.values["pagu"] for o in kepegawaian["occurrences"]) == ["400.000", "450.000"]
    indikator = graph.nodes["indikator:indeks kepuasan masyarakat"]
    targets = {(o.source, o.values.get("target")) for o in indikator["occurrences"]}
    assert targets == {("plan", "80,50"), ("pk", "81,00")}
    assert {o.table for o in indikator["occurrences"]} == {None, "Tabel 2.2"}


def test_occurrence_lines_from_a_toml_report():
    path = FIXTURES / "report.toml"
    graph = build_graph(read_toml(path, path.read_bytes()))
    lines = path.read_text(encoding="utf-8").splitlines()
    header_lines = [n for n, text in enumerate(lines, start=1) if text == "[[budgets.items]]"]
    node = graph.nodes["kegiatan:administrasi keuangan perangkat daerah"]
    assert [(o.table, o.line) for o in node["occurrences"]] == [("Tabel 3.4", header_lines[1])]


# -- edges ------------------------------------------------------------------------------


def test_edges_of_the_cascade(graph):
    sasaran = "sasaran:meningkatnya kualitas pelayanan publik di kecamatan"
    program = "program:penunjang urusan pemerintahan daerah kabupaten kota"
    keuangan = "kegiatan:administrasi keuangan perangkat daerah"
    gaji = "sub_kegiatan:penyediaan gaji dan tunjangan asn"
    assert graph.has_edge("tujuan:meningkatnya tata kelola pemerintahan", sasaran)
    assert graph.has_edge(sasaran, "indikator:indeks kepuasan masyarakat")
    assert graph.has_edge(sasaran, program)
    assert graph.has_edge(program, keuangan)
    assert graph.has_edge(program, "kegiatan:administrasi kepegawaian perangkat daerah")
    assert graph.has_edge(keuangan, gaji)
    assert not graph.has_edge(gaji, keuangan)  # directed downwards only
    # Edge sources: the sasaran-indikator link is stated by both the plan and the PK.
    assert graph.edges[sasaran, "indikator:indeks kepuasan masyarakat"]["sources"] == {
        "plan", "pk"}
    assert graph.edges[program, keuangan]["sources"] == {"budget:Tabel 2.3", "budget:Tabel 3.4"}


def test_belanja_split_is_not_in_the_cascade(graph):
    assert not any("belanja pegawai" in key for key in graph)
    assert set(nx.get_node_attributes(graph, "kind").values()) <= {
        "tujuan", "sasaran", "indikator", "program", "kegiatan", "sub_kegiatan"}


def test_capaian_and_iku_rows_link_sasaran_to_indikator():
    report = load_structured({
        "meta": {"agency": "X", "year": 2024},
        "iku": [{"sasaran": "Sasaran A", "indikator": "Nilai SAKIP", "line": 3}],
        "achievements": [{"table": "Tabel 3.1", "rows": [
            {"sasaran": "Sasaran A", "indikator": "Indeks Desa Membangun", "target": "1",
             "realisasi": "1", "line": 50}]}],
    })
    graph = build_graph(report)
    # "Sasaran A": the "Sasaran" prefix is folded away.
    assert graph.has_edge("sasaran:a", "indikator:nilai sakip")
    assert graph.has_edge("sasaran:a", "indikator:indeks desa membangun")
    occurrence = graph.nodes["indikator:indeks desa membangun"]["occurrences"][0]
    assert (occurrence.source, occurrence.table, occurrence.line) == ("capaian", "Tabel 3.1", 50)


# -- exports ----------------------------------------------------------------------------


def test_to_json_round_trips(graph):
    data = json.loads(to_json(graph))
    assert {n["id"] for n in data["nodes"]} == set(graph.nodes)
    assert {(e["from"], e["to"]) for e in data["edges"]} == set(graph.edges)
    program = next(n for n in data["nodes"] if n["kind"] == "program")
    assert program["names"] == sorted({PENUNJANG, PENUNJANG_CAPS})
    assert [o["line"] for o in program["occurrences"]] == [130, 200, 596]
    edge = next(e for e in data["edges"] if e["to"].startswith("sub_kegiatan:"))
    assert edge["sources"] == ["budget:Tabel 2.3"]


_DOT_NODE = re.compile(r'^\s*"((?:[^"\\]|\\.)*)" \[label="((?:[^"\\]|\\.)*)"\];$')
_DOT_EDGE = re.compile(r'^\s*"((?:[^"\\]|\\.)*)" -> "((?:[^"\\]|\\.)*)";$')


def test_to_dot_is_a_digraph_with_every_node_and_edge(graph):
    text = to_dot(graph)
    lines = text.splitlines()
    assert lines[0] == "digraph cascade {"
    assert lines[-1] == "}"
    nodes = {m.group(1) for line in lines if (m := _DOT_NODE.match(line))}
    edges = {(m.group(1), m.group(2)) for line in lines if (m := _DOT_EDGE.match(line))}
    assert nodes == set(graph.nodes)
    assert edges == set(graph.edges)


def test_to_dot_escapes_quotes():
    report = load_structured({
        "meta": {"agency": "X", "year": 2024},
        "budgets": [{"table": "A", "kind": "alokasi", "items": [
            {"level": "program", "name": 'Program "Desa Cerdas"'}]}],
    })
    text = to_dot(build_graph(report))
    label_line = next(line for line in text.splitlines() if "label=" in line and "Desa" in line)
    match = _DOT_NODE.match(label_line)
    assert match is not None
    assert '\\"Desa Cerdas\\"' in match.group(2)


def test_to_mermaid_has_every_node_and_edge(graph):
    lines = to_mermaid(graph).splitlines()
    assert lines[0] == "flowchart LR"
    labels = {}
    for line in lines[1:]:
        if match := re.match(r'^\s*(n\d+)\["([^"]*)"\]$', line):
            labels[match.group(1)] = match.group(2)
    edges = {
        (labels[m.group(1)], labels[m.group(2)])
        for line in lines[1:]
        if (m := re.match(r"^\s*(n\d+) --> (n\d+)$", line))
    }
    assert len(labels) == graph.number_of_nodes()
    assert len(edges) == graph.number_of_edges()
    assert (f"program: {PENUNJANG}", f"kegiatan: {KEUANGAN}") in edges
    assert (f"kegiatan: {KEUANGAN}", "sub_kegiatan: Penyediaan Gaji dan Tunjangan ASN") in edges


def test_names_differing_only_in_a_number_stay_apart():
    """'... Tahun 2022' and '... Tahun 2023' are 97% alike, but never one node."""
    report = load_structured({
        "meta": {"agency": "Kecamatan Sukamaju", "year": 2024},
        "budgets": [{"table": "T", "kind": "alokasi", "items": [
            _item("program", "Program Evaluasi Kinerja Tahun 2022", 3, "1"),
            _item("program", "Program Evaluasi Kinerja Tahun 2023", 4, "1"),
        ]}],
    })
    programs = [k for k, d in build_graph(report).nodes(data=True) if d["kind"] == "program"]
    assert programs == [
        "program:evaluasi kinerja tahun 2022",
        "program:evaluasi kinerja tahun 2023",
    ]


def test_a_sasaran_named_by_its_plan_id_is_the_plan_sasaran():
    report = load_structured({
        "meta": {"agency": "Kecamatan Sukamaju", "year": 2024},
        "plan": {"sasaran": [{"id": "S1", "name": SASARAN}]},
        "budgets": [{"table": "T", "kind": "alokasi", "items": [
            _item("program", PENUNJANG, 3, "1", sasaran="S1")]}],
    })
    graph = build_graph(report)
    assert list(graph.predecessors(node_key("program", PENUNJANG))) == [
        node_key("sasaran", SASARAN)]
    assert "sasaran:s1" not in graph


def test_sasaran_numbers_count_sasaran_not_the_plan_rows_that_repeat_one():
    # A plan table whose sasaran cell spans its indicators may give one row per
    # indicator: "Sasaran 2" is still the second sasaran, not the second row.
    first, second = SASARAN, "Meningkatnya kualitas pelayanan publik"
    report = load_structured({
        "meta": {"agency": "Kecamatan Sukamaju", "year": 2024},
        "plan": {"sasaran": [{"id": "S1", "name": first}, {"id": "S1b", "name": first},
                             {"id": "S2", "name": second}]},
        "links": [{"sasaran": "2", "level": "program", "name": PENUNJANG}],
    })
    graph = build_graph(report)
    assert list(graph.predecessors(node_key("program", PENUNJANG))) == [
        node_key("sasaran", second)]
