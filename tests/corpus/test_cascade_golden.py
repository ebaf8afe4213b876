"""The pohon kinerja of the corpus reports: which programs of the budget the report links
to a sasaran, and from which line, as read by hand from each document.

- betara prints no link between its sasaran and its programs;
- jatinegara's analysis table links the first sasaran to the Program Penunjang on the
  same row; below it the stacked sasaran cells no longer line up with the programs, so
  reading stops there (an INP002 doubt) rather than guessing;
- seberang-kota's matrix Sasaran | Strategi | Kebijakan | Program pairs four sasaran with
  four programs; its fifth program (Koordinasi Ketenteraman) is in no link;
- semboro's narrative lists the programs supporting sasaran 1 and 2, and its RKT matrix
  repeats them; the Program Penunjang is in neither.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.cli import main

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"corpus not found at {CORPUS}")

# (programs of the budget linked to a sasaran, programs of the budget, a link and its line)
LINKED = {
    "betara-2022": (0, 3, None),
    "jatinegara-2021": (1, 5, ("sasaran:meningkatnya kualitas pelayanan publik", 844)),
    "seberang-kota-2022": (4, 5, ("program:penyelenggaraan pemerintahan dan pelayanan publik",
                                  340)),
    "semboro-2021": (3, 4, ("program:pemberdayaan masyarakat desa dan kelurahan", 469)),
}


def _graph(name: str, capsys) -> dict:
    assert main(["graph", str(CORPUS / f"{name}.txt"), "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def _linked_programs(graph: dict) -> tuple[set[str], set[str]]:
    kinds = {node["id"]: node["kind"] for node in graph["nodes"]}
    budget = {node["id"] for node in graph["nodes"] if node["kind"] == "program"
              and any(o["source"].startswith("budget") for o in node["occurrences"])}
    linked = {edge["to"] for edge in graph["edges"]
              if kinds[edge["from"]] == "sasaran" and kinds[edge["to"]] == "program"}
    return budget & linked, budget


@pytest.mark.parametrize("name", sorted(LINKED))
def test_programs_linked_to_a_sasaran(name, capsys):
    linked, budget = _linked_programs(_graph(name, capsys))
    assert (len(linked), len(budget)) == LINKED[name][:2]


@pytest.mark.parametrize("name", [name for name, value in LINKED.items() if value[2]])
def test_every_sasaran_link_points_at_the_line_it_was_read_from(name, capsys):
    graph = _graph(name, capsys)
    kinds = {node["id"]: node["kind"] for node in graph["nodes"]}
    links = [edge for edge in graph["edges"] if kinds[edge["from"]] == "sasaran"
             and kinds[edge["to"]] == "program"]
    assert links and all(edge["places"] and all(place["line"] for place in edge["places"])
                         for edge in links)
    node, line = LINKED[name][2]
    assert any(node in (edge["from"], edge["to"])
               and line in [place["line"] for place in edge["places"]] for edge in links)
