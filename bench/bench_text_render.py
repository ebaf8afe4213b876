"""How long the text report takes to write: the library's findings rendered plain
(no width), wrapped to 100 columns and wrapped with colour. Prints figures; asserts none.

    .venv/bin/python bench/bench_text_render.py
"""

from __future__ import annotations

import time
from pathlib import Path

from checker.config import Config
from checker.engine import check_report
from checker.hookspecs import RenderOptions
from checker.plugins import load_registry
from reports.text import render_text

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = 20


def main() -> None:
    registry = load_registry(entry_points=False)
    reports = sorted((ROOT / "tests" / "library" / "defects").glob("*.txt"))
    results = [check_report(registry.read(path), registry.rules, Config()) for path in reports]
    findings = sum(len(result.findings) for result in results)
    print(f"{len(results)} reports, {findings} findings, {ROUNDS} rounds each")
    for label, options in (("plain", RenderOptions()),
                           ("width 100", RenderOptions(width=100)),
                           ("width 100, colour", RenderOptions(width=100, color=True))):
        start = time.perf_counter()
        for _ in range(ROUNDS):
            text = render_text(results, options)
        elapsed = (time.perf_counter() - start) / ROUNDS
        per_finding = elapsed / max(findings, 1) * 1e6
        widest = max(len(line) for line in text.splitlines())
        print(f"{label:>18}: {elapsed * 1000:7.2f} ms a run, {per_finding:6.1f} us a finding, "
              f"{len(text.splitlines())} lines, widest {widest}")


if __name__ == "__main__":
    main()
