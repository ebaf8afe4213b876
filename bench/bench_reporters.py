"""The XLSX working paper and the SARIF log: how long they take to render and how big.

Checks the example, the corpus reports (``../shared/corpus``, when present) and all of
them together once, then renders each result with every built-in reporter, several
times, and prints the best wall time of a render and the size of its output. The XLSX
time includes building each document's cascade graph again (its third sheet) and, the
first time in the process, importing openpyxl, which is printed apart.

Benchmarks print figures; they assert nothing.

Run: ``python bench/bench_reporters.py [--repeat 5]``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from checker.config import Config
from checker.engine import check_report
from checker.hookspecs import RenderOptions
from checker.plugins import load_registry
from checker.result import DocumentResult

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
EXAMPLE = REPO / "examples" / "tanjung-harapan-2024.toml"


def inputs() -> list[Path]:
    corpus = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    if not corpus:
        print(f"corpus not found at {CORPUS}: the example only")
    return [EXAMPLE, *corpus]


def best_of(repeat: int, render, results: list[DocumentResult]) -> tuple[float, int]:
    times, size = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        output = render(results, RenderOptions())
        times.append(time.perf_counter() - start)
        size = len(output if isinstance(output, bytes) else output.encode("utf-8"))
    return min(times), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    registry = load_registry(entry_points=False)
    start = time.perf_counter()
    import openpyxl  # noqa: F401  (what the first workbook pays once)

    print(f"import openpyxl: {(time.perf_counter() - start) * 1000:.0f} ms")
    checked = {path.name: [check_report(registry.read(path), registry.rules, Config())]
               for path in inputs()}
    if len(checked) > 1:
        checked["all together"] = [result for results in checked.values() for result in results]
    names = ("json", "xlsx", "sarif")
    print(f"{'input':<28}{'findings':>9}" + "".join(f"{n + ' ms':>11}{n + ' KB':>11}"
                                                   for n in names))
    for label, results in checked.items():
        count = sum(len(result.findings) for result in results)
        cells = []
        for name in names:
            seconds, size = best_of(args.repeat, registry.reporter(name).render, results)
            cells.append(f"{seconds * 1000:>11.1f}{size / 1024:>11.1f}")
        print(f"{label:<28}{count:>9}" + "".join(cells))


if __name__ == "__main__":
    main()
