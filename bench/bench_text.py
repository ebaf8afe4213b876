"""Time reading (text layer + extraction) and checking of text reports.

For each corpus document in ../shared/corpus, and for a synthetic document twenty
times the size of each (the document repeated), prints the time to parse, extract
and check. Prints figures; asserts nothing. Run: ``python bench/bench_text.py``.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"


def measure(text: str, name: str) -> dict[str, float]:
    from checker.config import Config
    from checker.engine import check_report, select_rules
    from checker.extract import extract_report
    from checker.plugins import load_registry
    from checker.text import parse_source

    rules = select_rules(load_registry().rules, Config())
    start = time.perf_counter()
    source = parse_source(text, name)
    parsed = time.perf_counter()
    report = extract_report(source)
    extracted = time.perf_counter()
    result = check_report(report, rules, Config())
    checked = time.perf_counter()
    return {
        "parse": parsed - start,
        "extract": extracted - parsed,
        "check": checked - extracted,
        "findings": float(len(result.findings)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--times", type=int, default=20, help="size factor of the synthetic")
    args = parser.parse_args()
    documents = sorted(CORPUS.glob("*.txt"))
    if not documents:
        sys.exit(f"no corpus at {CORPUS}")
    header = f"{'document':<34} {'KB':>6} {'parse':>7} {'extract':>8} {'check':>7} {'total':>7}"
    print(header)
    for path in documents:
        text = path.read_text(encoding="utf-8")
        for label, body in ((path.stem, text), (f"{path.stem} x{args.times}", text * args.times)):
            figures = measure(body, label)
            total = figures["parse"] + figures["extract"] + figures["check"]
            print(f"{label:<34} {len(body.encode()) / 1024:>6.0f} {figures['parse']:>6.2f}s "
                  f"{figures['extract']:>7.2f}s {figures['check']:>6.2f}s {total:>6.2f}s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
