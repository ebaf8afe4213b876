"""A batch in one call: ``lkjip check`` on 200 reports with ``--jobs 1`` and on all cores.

The reports are copies of the corpus reports (``../shared/corpus``) and of the test
library's (``tests/library``), round-robin, in a temporary folder. For each run it prints
the wall time, the CPU time of the processes (``getrusage`` of the children: the
command and its workers), the peak resident memory of its largest process (their
``ru_maxrss``), the peak of the main process and its workers together (sampled), and
the main process's memory at a quarter, half and the end of the run (flat when the
batch does not keep what it has read). Both runs must give the same output and exit
code; it says so.

Python is run with a bytecode cache in a temporary folder, warmed once. Benchmarks
print figures; they assert nothing.

Run: ``python bench/bench_batch.py [--count 200] [--jobs 0]``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
LIBRARY = REPO / "tests" / "library"
PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def sources() -> list[Path]:
    corpus = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    if not corpus:
        print(f"corpus not found at {CORPUS}: using the test library's reports only")
    library = sorted(p for p in LIBRARY.rglob("*") if p.suffix in (".txt", ".md"))
    return [*corpus, *library]


def make_batch(folder: Path, count: int) -> list[Path]:
    found = sources()
    batch = []
    for index in range(count):
        original = found[index % len(found)]
        copy = folder / f"{index:04d}-{original.name}"
        shutil.copyfile(original, copy)
        batch.append(copy)
    return batch


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as handle:
            return int(handle.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found += [int(child) for child in handle.read().split()]
    except OSError:
        pass
    return found + [grandchild for child in found for grandchild in _children(child)]


class Sampler(threading.Thread):
    """Samples the RSS of a process and of its process tree every 20 ms (Linux /proc)."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.main: list[int] = []
        self.peak_tree = 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            # The process run is a wrapper (see run()): lkjip is its child, the workers
            # lkjip's children.
            command = next(iter(_children(self.pid)), None)
            main = _rss(command) if command is not None else 0
            if main:
                self.main.append(main)
                tree = main + sum(_rss(child) for child in _children(command))
                self.peak_tree = max(self.peak_tree, tree)
            self.stop.wait(0.02)


# Runs the command it is given and prints, as its last line, the resource use of that
# command and all its descendants (its worker processes included): a fresh process per
# run, so ru_maxrss of RUSAGE_CHILDREN is that run's peak and no earlier run's.
_WRAPPER = """
import resource, subprocess, sys
code = subprocess.call(sys.argv[1:], stderr=subprocess.DEVNULL)
use = resource.getrusage(resource.RUSAGE_CHILDREN)
print(code, use.ru_utime + use.ru_stime, use.ru_maxrss)
"""


def run(files: list[Path], jobs: int, out: Path, env: dict[str, str]) -> dict[str, object]:
    command = [sys.executable, "-c", "import sys; from checker.cli import main; sys.exit(main())",
               "check", *map(str, files), "--jobs", str(jobs), "-o", str(out)]
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", _WRAPPER, *command], env=env, cwd=REPO,
                               stdout=subprocess.PIPE, text=True)
    sampler = Sampler(process.pid)
    sampler.start()
    reported, _ = process.communicate()
    wall = time.perf_counter() - start
    sampler.stop.set()
    sampler.join()
    code, cpu, maxrss = reported.split()[-3:]
    samples = sampler.main or [0]
    return {
        "code": int(code), "wall": wall, "cpu": float(cpu),
        # ru_maxrss is in KiB on Linux: the largest single process of the run.
        "maxrss": int(maxrss) * 1024, "peak_tree": sampler.peak_tree,
        "quarter": samples[len(samples) // 4], "half": samples[len(samples) // 2],
        "end": samples[-1],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=0, help="the parallel run's --jobs (0: all)")
    args = parser.parse_args()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    with tempfile.TemporaryDirectory(prefix="lkjip-bench-batch-") as temp:
        folder = Path(temp)
        (folder / "reports").mkdir()
        files = make_batch(folder / "reports", args.count)
        size = sum(f.stat().st_size for f in files) / 1024
        env = dict(os.environ, PYTHONPYCACHEPREFIX=str(folder / "pyc"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        run(files[:2], 1, folder / "warm.txt", env)  # compiles the bytecode once
        print(f"{len(files)} reports ({size:,.0f} KB) on {cores} cores")
        print(f"{'run':<12} {'wall s':>7} {'cpu s':>7} {'ms/report':>9} {'maxrss MiB':>10} "
              f"{'tree MiB':>9}   main MiB at 1/4, 1/2, end")
        outputs = {}
        for label, jobs in (("--jobs 1", 1), (f"--jobs {args.jobs}", args.jobs)):
            out = folder / f"out-{jobs}.txt"
            got = run(files, jobs, out, env)
            outputs[label] = (got["code"], out.read_bytes() if out.exists() else b"")
            mib = 1024 * 1024
            print(f"{label:<12} {got['wall']:7.2f} {got['cpu']:7.2f} "
                  f"{1000 * got['wall'] / len(files):9.1f} {got['maxrss'] / mib:10.1f} "
                  f"{got['peak_tree'] / mib:9.1f}   {got['quarter'] / mib:.1f}, "
                  f"{got['half'] / mib:.1f}, {got['end'] / mib:.1f}")
        first, second = outputs.values()
        print("same output and exit code:", "yes" if first == second else "NO")


if __name__ == "__main__":
    main()
