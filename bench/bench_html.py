"""The HTML report: how long it takes to render and how big the page is.

Checks the example, the test library's defect copies and the corpus reports
(``../shared/corpus``, when present), then renders each result alone and all of them
in one page, several times, and prints the best wall time of a render, the page's
size, and the number of tree nodes and findings it draws. The render time includes
building each document's cascade graph again (the tree) and laying it out.

Benchmarks print figures; they assert nothing.

Run: ``python bench/bench_html.py [--repeat 5]``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from checker.config import Config
from checker.engine import check_report
from checker.graph import build_graph
from checker.hookspecs import RenderOptions
from checker.plugins import load_registry
from checker.result import DocumentResult
from reports.html import render_html

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
EXAMPLE = REPO / "examples" / "tanjung-harapan-2024.toml"
LIBRARY = REPO / "tests" / "library" / "defects"


def inputs() -> list[Path]:
    corpus = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    if not corpus:
        print(f"corpus not found at {CORPUS}: the example and the library only")
    library = sorted(p for p in LIBRARY.iterdir()
                     if p.suffix in (".txt", ".md") and p.name != "README.md")
    return [EXAMPLE, *library, *corpus]


def best_of(repeat: int, results: list[DocumentResult]) -> tuple[float, int]:
    times, size = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        page = render_html(results, RenderOptions())
        times.append(time.perf_counter() - start)
        size = len(page.encode("utf-8"))
    return min(times), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    registry = load_registry(entry_points=False)
    checked = {path.name: [check_report(registry.read(path), registry.rules, Config())]
               for path in inputs()}
    checked["all in one page"] = [result for results in checked.values() for result in results]
    print(f"{'input':<44}{'nodes':>7}{'findings':>9}{'ms':>9}{'KB':>9}")
    for label, results in checked.items():
        nodes = sum(build_graph(result.report).number_of_nodes() for result in results)
        findings = sum(len(result.findings) for result in results)
        seconds, size = best_of(args.repeat, results)
        print(f"{label:<44}{nodes:>7}{findings:>9}{seconds * 1000:>9.1f}{size / 1024:>9.1f}")


if __name__ == "__main__":
    main()
