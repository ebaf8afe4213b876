"""How the checker's time grows with the size of a report, stage by stage.

For each text report of ``../shared/corpus`` and for synthetic reports 1, 2, 5, 10, 20 and
50 times the size of one of them (the report's text repeated: its budget tables, claims and
narrative all grow with it), prints the milliseconds of each stage (read, parse, extract,
graph, rules, render), the milliseconds per KB, and the total at N times the size divided
by the total at 1 time. Then the graph build time of a structured TOML report with 10,000
sub kegiatan. Figures are the median of ``--repeat`` runs (one run from 10 times the
size up), imports done. Before each run every bounded cache of the checker
(``functools.lru_cache``: folded names, cell tests) is emptied, so a report is not measured
against the answers its own previous run left there; ``--caches warm`` keeps them. With
``--clock cpu`` the figures are the process's CPU time rather than wall time: on a
machine shared with other work, CPU time varies far less. Prints figures; asserts nothing.

Run: ``python bench/bench_scale.py [--base semboro-2021] [--factors 1,2,5,10,20,50]
[--clock cpu] [--caches warm]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
STAGES = ("read", "parse", "extract", "graph", "rules", "render")

sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


_CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}
_clock = _CLOCKS["wall"]


def _timed(call: Callable[[], Any]) -> tuple[float, Any]:
    start = _clock()
    value = call()
    return (_clock() - start) * 1000, value


def _clear_caches() -> None:
    """Empty every bounded ``functools.lru_cache`` of the checker's and the rules' modules:
    those keep answers about texts. An unbounded ``cache`` holds what a process makes once
    (the nomenclature index, a compiled pattern) and is kept."""
    for module_name, module in list(sys.modules.items()):
        if module is None or not module_name.startswith(("checker", "rules", "reports")):
            continue
        for value in list(vars(module).values()):
            parameters = getattr(value, "cache_parameters", None)
            if callable(parameters) and parameters().get("maxsize") is not None:
                value.cache_clear()


_keep_caches = False


def run_once(path: Path) -> dict[str, float]:
    """One pass of every stage on ``path``; milliseconds per stage."""
    if not _keep_caches:
        _clear_caches()
    from checker import __version__
    from checker.config import Config
    from checker.engine import check_report, select_rules
    from checker.extract import extract_report
    from checker.graph import build_graph
    from checker.hookspecs import RenderOptions
    from checker.plugins import load_registry
    from checker.text import parse_source

    registry = load_registry()
    config = Config()
    rules = select_rules(registry.rules, config)
    reporter = registry.reporter("json")
    figures: dict[str, float] = {}
    figures["read"], text = _timed(lambda: path.read_bytes().decode("utf-8"))
    figures["parse"], source = _timed(lambda: parse_source(text, str(path)))
    figures["extract"], report = _timed(lambda: extract_report(source))
    figures["graph"], _ = _timed(lambda: build_graph(report))
    # check_report builds the graph again: the rules are what it takes beyond that.
    checked, result = _timed(lambda: check_report(report, rules, config))
    figures["rules"] = max(checked - figures["graph"], 0.0)
    figures["render"], _ = _timed(
        lambda: reporter.render([result], RenderOptions(config.lang, __version__)))
    figures["findings"] = float(len(result.findings))
    return figures


def measure(path: Path, repeat: int) -> dict[str, float]:
    runs = [run_once(path) for _ in range(repeat)]
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def _row(label: str, kb: float, figures: dict[str, float], base: float | None) -> str:
    total = sum(figures[stage] for stage in STAGES)
    ratio = f"{total / base:>7.1f}" if base else f"{'':>7}"
    stages = " ".join(f"{figures[stage]:>8.1f}" for stage in STAGES)
    return (f"{label:<26} {kb:>7.0f} {stages} {total:>9.1f} {total / kb:>6.2f} {ratio} "
            f"{int(figures['findings']):>6}")


def graph_build(sub_kegiatan: int) -> tuple[float, int]:
    """Milliseconds to build the graph of a structured report with ``sub_kegiatan`` rows."""
    from bench_check import synthetic_report

    from checker.graph import build_graph
    from checker.readers.structured import read_toml

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "synthetic.toml"
        path.write_text(synthetic_report(sub_kegiatan), encoding="utf-8")
        report = read_toml(path, path.read_bytes())
    elapsed, graph = _timed(lambda: build_graph(report))
    return elapsed, graph.number_of_nodes()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--base", default="semboro-2021",
                        help="the corpus report the synthetic reports repeat")
    parser.add_argument("--factors", default="1,2,5,10,20,50")
    parser.add_argument("--repeat", type=int, default=5, help="warm runs per small report")
    parser.add_argument("--sub", type=int, default=10_000,
                        help="sub kegiatan of the structured report whose graph is built")
    parser.add_argument("--clock", choices=sorted(_CLOCKS), default="wall",
                        help="wall time, or the process's CPU time (steadier when shared)")
    parser.add_argument("--caches", choices=("cold", "warm"), default="cold",
                        help="empty the checker's bounded caches before each run, or keep them")
    args = parser.parse_args()
    global _clock, _keep_caches
    _clock = _CLOCKS[args.clock]
    _keep_caches = args.caches == "warm"
    factors = [int(part) for part in args.factors.split(",") if part.strip()]
    documents = sorted(args.corpus.glob("*.txt")) if args.corpus.is_dir() else []
    if not documents:
        sys.exit(f"corpus missing: no *.txt report at {args.corpus.resolve()} "
                 "(expected ../shared/corpus beside the repository; pass --corpus PATH)")
    base_path = args.corpus / f"{args.base}.txt"
    if not base_path.is_file():
        sys.exit(f"no corpus report {base_path}; pick --base among "
                 + ", ".join(path.stem for path in documents))

    run_once(documents[0])  # warm: imports, registry, compiled patterns
    header = (f"{'report':<26} {'KB':>7} " + " ".join(f"{stage:>8}" for stage in STAGES)
              + f" {'total ms':>9} {'ms/KB':>6} {'Nx/1x':>7} {'finds':>6}")
    print(f"milliseconds per stage ({args.clock} clock, {args.caches} caches), median of runs")
    print(header)
    for path in documents:
        figures = measure(path, args.repeat)
        print(_row(path.stem, path.stat().st_size / 1024, figures, None), flush=True)

    print()
    print(f"synthetic: {args.base} repeated N times")
    print(header)
    text = base_path.read_text(encoding="utf-8")
    base_total: float | None = None
    with tempfile.TemporaryDirectory() as folder:
        for factor in factors:
            path = Path(folder) / f"{args.base}-x{factor}.txt"
            path.write_text(text * factor, encoding="utf-8")
            figures = measure(path, args.repeat if factor < 10 else 1)
            total = sum(figures[stage] for stage in STAGES)
            if base_total is None:
                base_total = total if factor == 1 else None
            print(_row(f"{args.base} x{factor}", path.stat().st_size / 1024, figures,
                       base_total), flush=True)

    print()
    elapsed, nodes = graph_build(args.sub)
    print(f"graph build, structured TOML with {args.sub:,} sub kegiatan: {elapsed:.0f} ms "
          f"({nodes:,} nodes)")


if __name__ == "__main__":
    main()
