"""Start-up of the ``lkjip`` command: what importing costs, and a whole ``lkjip check``.

Prints, for the Python of this environment:

- the import time of ``checker.cli`` (``python -X importtime``) and the modules that cost
  most, by their own time and by their cumulative time;
- the wall time of the whole process ``lkjip check REPORT`` beside ``python -c pass``
  (the floor every command pays), the median of ``--runs`` runs.

Python is run with a bytecode cache in a temporary folder (as an installed package has
one), after one warm-up run, so the figures do not include compiling the sources.
Benchmarks print figures; they assert nothing.

Run: ``python bench/bench_startup.py [REPORT] [--runs 5] [--top 15]``. The report is the
first corpus report (``../shared/corpus``) when there is one, else the bundled example.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
EXAMPLE = REPO / "examples" / "tanjung-harapan-2024.toml"


def default_report() -> Path:
    reports = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    if not reports:
        print(f"corpus not found at {CORPUS}: timing the bundled example instead")
        return EXAMPLE
    return reports[0]


def environment(cache: str) -> dict[str, str]:
    env = dict(os.environ, PYTHONPYCACHEPREFIX=cache)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def lkjip_command() -> list[str]:
    return [sys.executable, "-c", "import sys; from checker.cli import main; "
            "sys.exit(main())"]


def import_times(env: dict[str, str], runs: int) -> list[tuple[int, int, str]]:
    """(own µs, cumulative µs, module) of ``import checker.cli``, median per module."""
    samples: dict[str, list[tuple[int, int]]] = {}
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-X", "importtime", "-c", "import checker.cli"],
                              env=env, cwd=REPO, capture_output=True, text=True, check=True)
        for line in done.stderr.splitlines():
            if not line.startswith("import time:") or "self [us]" in line:
                continue
            own, cumulative, name = line[len("import time:"):].split("|")
            samples.setdefault(name.strip(), []).append((int(own), int(cumulative)))
    return [(int(statistics.median(o for o, _ in found)),
             int(statistics.median(c for _, c in found)), name)
            for name, found in samples.items()]


def wall(command: list[str], env: dict[str, str], runs: int) -> float:
    """Median wall time of ``command`` in seconds (its output discarded)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, cwd=REPO, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("report", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    report = args.report or default_report()
    with tempfile.TemporaryDirectory(prefix="lkjip-bench-pyc-") as cache:
        env = environment(cache)
        check = [*lkjip_command(), "check", str(report)]
        subprocess.run(check, env=env, cwd=REPO, capture_output=True, check=False)  # warm-up

        found = import_times(env, args.runs)
        total = next(c for _, c, name in found if name == "checker.cli")
        print(f"import checker.cli: {total / 1000:.0f} ms (median of {args.runs})")
        print(f"\n  top {args.top} by own time (ms own / cumulative):")
        for own, cumulative, name in sorted(found, reverse=True)[: args.top]:
            print(f"    {own / 1000:7.1f} {cumulative / 1000:7.1f}  {name}")
        print(f"\n  top {args.top} by cumulative time (ms cumulative):")
        for _, cumulative, name in sorted(found, key=lambda f: -f[1])[: args.top]:
            print(f"    {cumulative / 1000:7.1f}  {name}")
        for heavy in ("jsonschema", "networkx", "rapidfuzz"):
            state = "imported" if any(name == heavy for *_, name in found) else "not imported"
            print(f"  {heavy}: {state} by checker.cli")

        floor = wall([sys.executable, "-c", "pass"], env, args.runs)
        graph_library = wall([sys.executable, "-c", "import networkx"], env, args.runs)
        whole = wall(check, env, args.runs)
        print(f"\nwhole process, median of {args.runs}:")
        print(f"  python -c pass               {floor:6.3f} s")
        print(f"  python -c 'import networkx'  {graph_library:6.3f} s  (a check builds a graph)")
        print(f"  lkjip check {report.name:<16} {whole:6.3f} s")
        print(f"  (lkjip beyond the interpreter: {whole - floor:.3f} s)")


if __name__ == "__main__":
    main()
