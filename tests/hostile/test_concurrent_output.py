"""Runs writing the same ``-o`` file at the same time never leave a mixed file.

SECURITY.md promises that the output is written to a temporary file in the same folder
and renamed into place, so that runs writing one file together leave exactly one run's
complete output and no temporary file. Twelve ``lkjip check REPORT -o same.json`` runs
are started together, eight rounds over, the file missing before the first round and left
from the last one before the others. The example report has findings: each run exits 1,
and the output is byte-for-byte the output of one run made alone (the output of a run
does not depend on when it is made).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "tanjung-harapan-2024.toml"
RUNS = 12
ROUNDS = 8  # about 5 s a round on two cores
HANG = 30  # seconds: a run that takes longer has hung


def _command(report: Path, output: Path) -> list[str]:
    return [sys.executable, "-m", "checker.cli", "check", report.name, "-o", output.name]


def _round(folder: Path, report: Path, output: Path) -> list[tuple[int, str]]:
    """Start RUNS runs together and wait for all: (exit code, stderr) of each."""
    started = [subprocess.Popen(_command(report, output), cwd=folder,
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
               for _ in range(RUNS)]
    results = []
    try:
        for process in started:
            _, err = process.communicate(timeout=HANG)
            results.append((process.returncode, err))
    except subprocess.TimeoutExpired:
        pytest.fail(f"a run writing {output.name} did not finish within {HANG} s")
    finally:
        for process in started:
            if process.poll() is None:
                process.kill()
                process.communicate()
    return results


def test_parallel_runs_writing_one_file_leave_one_runs_output(tmp_path: Path) -> None:
    report = tmp_path / EXAMPLE.name
    shutil.copyfile(EXAMPLE, report)
    original = report.read_bytes()

    alone = tmp_path / "alone"
    alone.mkdir()
    shutil.copyfile(EXAMPLE, alone / EXAMPLE.name)
    done = subprocess.run(_command(report, alone / "same.json"), cwd=alone,
                          stdin=subprocess.DEVNULL, capture_output=True, timeout=HANG)
    assert done.returncode == 1, done.stderr
    expected = (alone / "same.json").read_bytes()
    expected_json = json.loads(expected)
    assert expected_json["documents"], "the example report gives no output to compare"
    shutil.rmtree(alone)

    output = tmp_path / "same.json"
    for round_number in range(ROUNDS):
        results = _round(tmp_path, report, output)
        codes = [code for code, _ in results]
        assert codes == [1] * RUNS, (round_number, codes, [err for _, err in results])
        assert all(err == "" for _, err in results), [err for _, err in results]
        written = output.read_bytes()
        assert json.loads(written) == expected_json, f"round {round_number}: another output"
        assert written == expected, f"round {round_number}: not one run's output"
        left = sorted(path.name for path in tmp_path.iterdir())
        assert left == sorted([report.name, output.name]), f"round {round_number}: {left}"
        assert report.read_bytes() == original
