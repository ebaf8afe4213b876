"""Hostile sizes: the work on 8 times the input is at most 12 times the work on 1 time.

Each case builds an input shaped to hit one step that once grew faster than its input
(a hundred thousand chapter headings, a claim on every line of one paragraph, a table of
a million rows ...), scaled down so the suite stays fast, and compares the work of the
step on ``size`` and on ``8 * size``. A linear step gives a ratio near 8, a quadratic one
near 64: the bound of 12 leaves room for what does not scale, never for a square.

The work of a Python step is the number of lines of Python it executes (counted with a
trace function): the count does not depend on how busy the machine is, and it sees the
loops of comprehensions that a count of calls would miss. A step that is one pattern
applied to one line runs in C, so it is timed instead, the fastest of many runs with the
garbage collector paused, on lines of a few KB (both sizes in the processor's cache,
whose edge would add a step of its own). Ratios only, never absolute times.
"""

from __future__ import annotations

import gc
import json
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from checker.extract import extract_report
from checker.extract._claims import extract_claims
from checker.extract._outline import extract_outline
from checker.graph import build_graph, node_finder
from checker.readers.structured import read_json
from checker.text import parse_source
from rules._structure_outline import clean as outline_clean
from rules._structure_outline import main_span, spans
from rules.hygiene._text import clean as hygiene_clean

GROWTH = 8
BOUND = 12.0

Tracer = Callable[[FrameType, str, Any], Any]


def lines_run(work: Callable[[Any], object], given: Any) -> int:
    """How many lines of Python ``work(given)`` executes."""
    count = 0

    def local(frame: FrameType, event: str, arg: Any) -> Tracer:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def called(frame: FrameType, event: str, arg: Any) -> Tracer:
        return local

    previous = sys.gettrace()
    sys.settrace(called)
    try:
        work(given)
    finally:
        sys.settrace(previous)
    return count


def fastest(work: Callable[[Any], object], given: Any, runs: int = 15) -> float:
    """The shortest of ``runs`` timings of ``work(given)``, the collector paused."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            start = time.perf_counter()
            work(given)
            best = min(best, time.perf_counter() - start)
    finally:
        gc.enable()
    return best


def assert_linear(
    build: Callable[[int], Any],
    work: Callable[[Any], object],
    size: int,
    measure: Callable[[Callable[[Any], object], Any], float] = lines_run,
) -> None:
    """``measure(work, build(8 * size))`` is at most 12 times ``measure(work, build(size))``."""
    small, large = build(size), build(GROWTH * size)
    work(small)  # warm: lazy imports and compiled patterns are no part of the growth
    ratio = measure(work, large) / measure(work, small)
    # A busy machine may slow one timing (never a count): the best of three tries. A
    # square still gives ~64 on every try.
    for _ in range(2 if measure is fastest else 0):
        if ratio <= BOUND:
            break
        ratio = min(ratio, measure(work, large) / measure(work, small))
    assert ratio <= BOUND, f"8x the input took {ratio:.1f}x the work"


# -- the text layer and the extractors ----------------------------------------------------

_ROMAN = ("I", "II", "III", "IV", "V")


def chapter_lines(count: int) -> str:
    return "".join(f"BAB {_ROMAN[i % 5]} PENDAHULUAN\n\nIsi bab {i}.\n\n" for i in range(count))


def test_chapter_headings_outline() -> None:
    assert_linear(lambda n: parse_source(chapter_lines(n), "bab.txt"),
                  extract_outline, 100)


def test_chapter_headings_spans() -> None:
    def build(count: int) -> Any:
        return extract_report(parse_source(chapter_lines(count), "bab.txt"))

    def work(report: Any) -> None:
        # Another report object each time: main_span keeps its answers per report, and
        # the second run on the small report would otherwise be counted as free.
        report = replace(report)
        for kind in ("bab_1", "bab_2", "bab_3", "bab_4", "lampiran"):
            spans(report, kind)
            main_span(report, kind)

    assert_linear(build, work, 100)


def markdown_rows(count: int) -> str:
    head = "| No | Program | Pagu | Realisasi |\n|---|---|---|---|\n"
    return head + "".join(f"| {i} | Program {i} | 1.000 | 900 |\n" for i in range(count))


def test_markdown_rows() -> None:
    assert_linear(markdown_rows, lambda text: parse_source(text, "md.md"), 200)


def tab_rows(count: int) -> str:
    return "".join(f"{i}\tProgram {i}\t1.000\t900\n" for i in range(count))


def test_tab_rows() -> None:
    assert_linear(tab_rows, lambda text: parse_source(text, "tab.txt"), 400)


def running_headers(count: int) -> str:
    return "".join(f"LAPORAN KINERJA KECAMATAN SUKAMAJU TAHUN 2023\n{i}\n\nTeks halaman {i}.\n\n"
                   for i in range(count))


def test_running_page_headers() -> None:
    assert_linear(running_headers, lambda text: parse_source(text, "pages.txt"), 200)


def test_count_claim_on_every_line_of_one_paragraph() -> None:
    def build(count: int) -> Any:
        return parse_source("Kecamatan melaksanakan sebanyak 5 (lima) program.\n" * count, "c.txt")

    assert_linear(build, extract_claims, 100)


def test_count_claims_in_one_line() -> None:
    def build(count: int) -> Any:
        return parse_source("Kecamatan melaksanakan sebanyak 5 (lima) program. " * count, "c.txt")

    assert_linear(build, extract_claims, 100)


# -- cleaning one line ----------------------------------------------------------------------

@pytest.mark.parametrize("clean", [outline_clean, hygiene_clean], ids=["outline", "hygiene"])
@pytest.mark.parametrize("shape", ["a{}b", ". .{}x", "<a{}"], ids=["spaces", "dots", "tags"])
def test_one_long_line_is_cleaned_in_linear_time(
    clean: Callable[[str], str], shape: str
) -> None:
    filler = {"a{}b": " ", ". .{}x": " ", "<a{}": "<a"}[shape]
    assert_linear(lambda n: shape.format(filler * n), clean, 4_000, fastest)


# -- structured input ---------------------------------------------------------------------

def budget_document(sub_kegiatan: int) -> bytes:
    items: list[dict[str, Any]] = []
    for program in range(-(-sub_kegiatan // 10)):
        items.append({"level": "program", "name": f"Program {program}", "pagu": "10.000"})
        for sub in range(10):
            items.append({"level": "sub_kegiatan", "name": f"Sub Kegiatan {program}.{sub}",
                          "pagu": "1.000", "realisasi": "900"})
    document = {"schema_version": 1, "meta": {"agency": "Dinas Sintetis", "year": 2024},
                "budgets": [{"table": "Tabel 1", "kind": "realisasi", "items": items}]}
    return json.dumps(document).encode()


def test_budget_items_in_json(tmp_path: Path) -> None:
    path = tmp_path / "budget.json"

    def work(data: bytes) -> None:
        report = read_json(path, data)
        graph = build_graph(report)
        for item in report.budgets[0].walk():  # a finder per row, as the rules ask for one
            node_finder(graph, item.level.value)(item.name)

    assert_linear(budget_document, work, 80)
