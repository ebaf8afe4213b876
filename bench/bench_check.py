"""Time ``lkjip check`` on the bundled example and on a generated large report.

Prints figures; asserts nothing. Run: ``python bench/bench_check.py [--sub 2000]``.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "tanjung-harapan-2024.toml"


def synthetic_report(sub_kegiatan: int, per_kegiatan: int = 10, per_program: int = 10) -> str:
    """A structured report with ``sub_kegiatan`` rows whose roll-ups are all right."""
    lines = ["schema_version = 1", "", "[meta]", 'agency = "Dinas Sintetis"', "year = 2024", ""]
    lines += ["[[budgets]]", 'table = "Tabel Sintetis"', 'kind = "realisasi"', ""]
    kegiatan_count = -(-sub_kegiatan // per_kegiatan)
    programs = -(-kegiatan_count // per_program)
    made = 0
    for p in range(programs):
        kegiatan_here = min(per_program, kegiatan_count - p * per_program)
        subs = [
            min(per_kegiatan, sub_kegiatan - made - k * per_kegiatan) for k in range(kegiatan_here)
        ]
        pagu_program = sum(n * 1_000_000 for n in subs)
        lines += [
            "[[budgets.items]]",
            'level = "program"',
            f'name = "Program {p + 1}"',
            f"pagu = {pagu_program}",
            f"realisasi = {pagu_program * 9 // 10}",
            "",
        ]
        for k, n in enumerate(subs):
            lines += [
                "[[budgets.items]]",
                'level = "kegiatan"',
                f'name = "Kegiatan {p + 1}.{k + 1}"',
                f"pagu = {n * 1_000_000}",
                f"realisasi = {n * 900_000}",
                "",
            ]
            for s in range(n):
                lines += [
                    "[[budgets.items]]",
                    'level = "sub_kegiatan"',
                    f'name = "Sub Kegiatan {p + 1}.{k + 1}.{s + 1}"',
                    "pagu = 1000000",
                    "realisasi = 900000",
                    'persen = "90,00"',
                    "",
                ]
            made += n
    return "\n".join(lines) + "\n"


def time_cli(path: Path, repeat: int) -> tuple[float, float]:
    """Best and mean wall time of the ``lkjip`` executable on ``path``."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "checker.cli", "check", str(path), "--format", "json"],
            stdout=subprocess.DEVNULL,
            check=False,
        )
        times.append(time.perf_counter() - start)
    return min(times), sum(times) / len(times)


def time_in_process(path: Path) -> dict[str, float]:
    from checker.config import Config
    from checker.engine import check_report, select_rules
    from checker.plugins import load_registry
    from checker.readers.structured import read_toml

    registry = load_registry()
    start = time.perf_counter()
    report = read_toml(path, path.read_bytes())
    read = time.perf_counter() - start
    start = time.perf_counter()
    result = check_report(report, select_rules(registry.rules, Config()), Config())
    check = time.perf_counter() - start
    return {"read": read, "check": check, "findings": float(len(result.findings))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sub", type=int, default=2000, help="sub kegiatan in the large report")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        large = Path(folder) / "synthetic.toml"
        large.write_text(synthetic_report(args.sub), encoding="utf-8")
        cases = [("example", EXAMPLE), (f"synthetic {args.sub} sub kegiatan", large)]
        print(f"{'case':<32} {'size':>10} {'cli best':>9} {'cli mean':>9} {'read':>8} {'rules':>8}")
        for name, path in cases:
            best, mean = time_cli(path, args.repeat)
            inner = time_in_process(path)
            print(
                f"{name:<32} {path.stat().st_size:>9}B {best:>8.3f}s {mean:>8.3f}s "
                f"{inner['read']:>7.3f}s {inner['check']:>7.3f}s"
            )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process (in-process runs): {peak:.0f} MiB")


if __name__ == "__main__":
    main()
