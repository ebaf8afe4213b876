"""A bounded load test of ``lkjip serve`` on 127.0.0.1.

Starts ``lkjip serve --port 0`` in its own process, then sends ``--rounds`` rounds of
``--concurrent`` uploads at once, each one report of corpus size (the corpus reports
in ``../shared/corpus`` and the test library's, round-robin), asking for the page.
After each round it prints the requests, the latency p50/p95/max, the errors (any
answer but 200), and the resident memory (RSS) of the server process and of its
worker processes. Benchmarks print figures; they assert nothing.

Run: ``python bench/bench_serve.py [--concurrent 50] [--rounds 3] [--workers 2]``
(needs httpx, from ``.[test]``).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
LIBRARY = REPO / "tests" / "library" / "consistent"
_ADDRESS = re.compile(r"http://127\.0\.0\.1:(\d+)/")


def sources() -> list[Path]:
    corpus = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    return [*corpus, *sorted(p for p in LIBRARY.iterdir() if p.suffix in (".txt", ".md"))]


def rss_mb(pid: int) -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    found = re.search(r"VmRSS:\s+(\d+) kB", status)
    return int(found.group(1)) / 1024 if found else 0.0


def descendants(pid: int) -> list[int]:
    children: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        children += [int(child) for child in task.read_text().split()]
    return [grand for child in children for grand in (child, *descendants(child))]


async def upload(client: httpx.AsyncClient, path: Path) -> tuple[float, int]:
    started = time.perf_counter()
    try:
        answer = await client.post("/check", files=[("files", (path.name, path.read_bytes()))])
        status = answer.status_code
    except httpx.HTTPError:
        status = 0
    return time.perf_counter() - started, status


async def load(base: str, files: list[Path], concurrent: int, rounds: int, pid: int) -> None:
    limits = httpx.Limits(max_connections=concurrent)
    async with httpx.AsyncClient(base_url=base, timeout=600, limits=limits) as client:
        for number in range(1, rounds + 1):
            batch = [files[(number * concurrent + i) % len(files)] for i in range(concurrent)]
            started = time.perf_counter()
            results = await asyncio.gather(*(upload(client, path) for path in batch))
            wall = time.perf_counter() - started
            latencies = sorted(latency for latency, _ in results)
            errors = sum(1 for _, status in results if status != 200)
            p95 = latencies[max(0, round(0.95 * len(latencies)) - 1)]
            workers = descendants(pid)
            print(f"round {number}: {len(results)} requests in {wall:.2f} s "
                  f"({len(results) / wall:.1f}/s); latency p50 "
                  f"{statistics.median(latencies):.2f} s, p95 {p95:.2f} s, max "
                  f"{latencies[-1]:.2f} s; errors {errors}; RSS server {rss_mb(pid):.0f} MB, "
                  f"{len(workers)} workers {sum(rss_mb(w) for w in workers):.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concurrent", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    files = sources()
    sizes = [path.stat().st_size for path in files]
    print(f"{len(files)} reports, {min(sizes) // 1024}-{max(sizes) // 1024} KB; "
          f"{args.workers} workers, {os.cpu_count()} cores")
    server = subprocess.Popen(
        [sys.executable, "-m", "checker.cli", "serve", "--port", "0",
         "--workers", str(args.workers)], cwd=REPO, stderr=subprocess.PIPE, text=True)
    try:
        assert server.stderr is not None
        found = _ADDRESS.search(server.stderr.readline())
        if not found:
            raise SystemExit("the server did not start")
        base = f"http://127.0.0.1:{found.group(1)}"
        started = time.perf_counter()
        httpx.get(base + "/healthz", timeout=120).raise_for_status()
        print(f"server ready in {time.perf_counter() - started:.2f} s; "
              f"RSS server {rss_mb(server.pid):.0f} MB")
        asyncio.run(load(base, files, args.concurrent, args.rounds, server.pid))
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
