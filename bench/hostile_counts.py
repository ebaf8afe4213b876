"""Hostile inputs against the contract: how many meet it, and the slowest.

Runs the table of ``tests/hostile/test_contract_suite.py`` (the same cases, the same runs
of ``python -m checker.cli check FILE`` and ``extract FILE``, the same contract: exit
code, one stderr line, no traceback, the input unchanged, peak memory under 1 GB, done
within 30 s) and prints:

- the runs tried and the runs meeting the contract, with each run that does not;
- the slowest run, with its time and its peak memory (``ru_maxrss`` of the command
  line's own process).

Benchmarks print figures; they assert nothing. Run: ``python bench/hostile_counts.py``
(``--only TEXT`` keeps the cases whose id contains TEXT; ``--each`` prints every run).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SUITE = REPO / "tests" / "hostile" / "test_contract_suite.py"


def load_suite():
    spec = importlib.util.spec_from_file_location("hostile_contract_suite", SUITE)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="run only the cases whose id has this")
    parser.add_argument("--each", action="store_true",
                        help="also print each run: exit code, time, peak memory, stderr")
    args = parser.parse_args()
    suite = load_suite()
    runs = [(case, command) for case, command in suite.RUNS if args.only in case.id]
    outcomes = []
    with tempfile.TemporaryDirectory(prefix="lkjip-hostile-") as scratch:
        for number, (case, command) in enumerate(runs):
            outcomes.append(suite.run_case(case, command, Path(scratch) / f"{number:03}"))
    if args.each:
        for o in outcomes:
            print(f"{o.case:40} {o.command:8} exit {o.code} {o.seconds:5.1f} s "
                  f"{o.peak_mb:4.0f} MB {o.stderr.strip()[:90]!r}")
    met = [outcome for outcome in outcomes if outcome.met]
    print(f"cases: {len({o.case for o in outcomes})} inputs, {len(outcomes)} runs tried")
    print(f"runs meeting the contract: {len(met)} of {len(outcomes)}")
    for outcome in outcomes:
        if not outcome.met:
            print(f"  not met: {outcome.case} ({outcome.command}): "
                  f"{'; '.join(outcome.problems)}")
    if outcomes:
        slowest = max(outcomes, key=lambda o: o.seconds)
        heaviest = max(outcomes, key=lambda o: o.peak_mb)
        print(f"slowest: {slowest.case} ({slowest.command}) {slowest.seconds:.1f} s, "
              f"peak {slowest.peak_mb:.0f} MB")
        print(f"most memory: {heaviest.case} ({heaviest.command}) {heaviest.peak_mb:.0f} MB, "
              f"{heaviest.seconds:.1f} s")


if __name__ == "__main__":
    main()
