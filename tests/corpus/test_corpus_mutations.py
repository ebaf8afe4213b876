"""Damaged versions of the corpus reports (lines shuffled, cut, columns re-separated,
characters lost, rows repeated) never crash the reader or a rule: whatever the input,
the result is findings, never an internal error."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from checker.config import Config
from checker.engine import check_report, select_rules
from checker.extract import extract_report
from checker.plugins import load_registry
from checker.rule import Category
from checker.text import parse_source

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
DOCUMENTS = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
MUTATIONS = 32

pytestmark = pytest.mark.skipif(not DOCUMENTS, reason=f"corpus not found at {CORPUS}")


def _mutate(lines: list[str], rng: random.Random) -> list[str]:
    operation = rng.randrange(5)
    if operation == 0:
        lines = lines[:]
        rng.shuffle(lines)
        return lines
    if operation == 1:
        start = rng.randrange(len(lines))
        return lines[start:start + rng.randrange(1, 200)]
    if operation == 2:
        return [line.replace("\t", rng.choice(["\t\t", " ", "|", "\t"])) for line in lines]
    if operation == 3:
        return ["".join(ch for ch in line if rng.random() > 0.05) for line in lines]
    return [line if rng.random() > 0.3 else rng.choice(lines) for line in lines]


@pytest.mark.parametrize("seed", range(MUTATIONS))
def test_a_damaged_report_gives_findings_not_errors(seed):
    rng = random.Random(seed)
    document = rng.choice(DOCUMENTS)
    text = "\n".join(_mutate(document.read_text(encoding="utf-8").split("\n"), rng))
    report = extract_report(parse_source(text, f"{document.stem}-mutated-{seed}.txt"))
    rules = select_rules(load_registry(entry_points=False).rules, Config())
    result = check_report(report, rules, Config())
    internal = [(f.rule, f.text("en")) for f in result.findings
                if f.category is Category.INTERNAL]
    assert internal == []
    assert all(f.location.line is None or 1 <= f.location.line <= len(report.text) + 1
               for f in result.findings)
