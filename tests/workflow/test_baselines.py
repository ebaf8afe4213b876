"""Baselines: only new findings after an edit round, and the fixed ones named."""

from __future__ import annotations

import json
from pathlib import Path

import _edits
import _workflow_run
import pytest

# The shared fixtures of tests/workflow.
work = _workflow_run.work
lkjip = _workflow_run.lkjip


@pytest.fixture
def round_one(lkjip, work: Path) -> tuple[Path, Path]:
    """A report checked once, its baseline written."""
    report = work / "opd" / "bappeda.txt"
    report.parent.mkdir()
    report.write_text(_edits.original(), encoding="utf-8")
    baseline = work / "baseline.json"
    code, out, err = lkjip("check", report, "--write-baseline", baseline)
    assert code == 1 and out and err == ""
    return report, baseline


def _new(lkjip, report: Path, baseline: Path) -> tuple[int, list[dict], str]:
    code, out, err = lkjip("check", report, "--baseline", baseline, "--format", "json")
    return code, json.loads(out)["documents"][0]["findings"], err


def test_the_baseline_file_lists_each_report_s_fingerprints(round_one):
    _, baseline = round_one
    data = json.loads(baseline.read_text(encoding="utf-8"))
    assert data["lkjip_baseline"] == 1
    (key, entry), = data["documents"].items()
    assert "2023" in key and entry["path"].endswith("bappeda.txt")
    assert len(entry["findings"]) >= 5


@pytest.mark.parametrize("edit", [_edits.lines_inserted, _edits.table_moved],
                         ids=["lines-inserted", "table-moved"])
def test_an_edit_that_moves_findings_brings_nothing_new(lkjip, round_one, edit):
    report, baseline = round_one
    report.write_text(edit(_edits.original()), encoding="utf-8")
    code, findings, err = _new(lkjip, report, baseline)
    assert (code, findings, err) == (0, [], "")


def test_a_corrected_value_is_named_as_fixed(lkjip, round_one):
    report, baseline = round_one
    report.write_text(_edits.lines_inserted(_edits.value_corrected(_edits.original())),
                      encoding="utf-8")
    code, findings, err = _new(lkjip, report, baseline)
    assert findings == [] and code == 0
    fixed, = err.splitlines()
    assert "BUD004-" in fixed and "fixed" in fixed and "bappeda.txt" in fixed


def test_a_new_defect_is_listed_alone(lkjip, round_one):
    report, baseline = round_one
    text = _edits.original().replace("148.600.000\t146.932.000\t98,88",
                                     "148.600.000\t146.932.000\t99,88", 1)
    report.write_text(text, encoding="utf-8")
    code, findings, _ = _new(lkjip, report, baseline)
    assert code == 1
    assert findings and {f["rule"] for f in findings} <= {"BUD004", "BUD006", "CON002",
                                                          "CON005"}


def test_the_same_report_under_a_new_path_still_matches(lkjip, round_one, work):
    report, baseline = round_one
    moved = work / "arsip" / "LKjIP-Bappeda-2023-final.txt"
    moved.parent.mkdir()
    moved.write_bytes(report.read_bytes())
    assert _new(lkjip, moved, baseline)[:2] == (0, [])


def test_a_report_the_baseline_does_not_know_keeps_all_its_findings(lkjip, round_one, work):
    _, baseline = round_one
    other = _edits.LIBRARY / "defects" / "kecamatan-padang-ilalang-2023.txt"
    code, findings, _ = _new(lkjip, other, baseline)
    assert code == 1 and findings


@pytest.mark.parametrize("body", ["{", "[]", '{"lkjip_baseline": 1, "documents": {"x": 1}}'])
def test_a_file_that_is_no_baseline_is_one_line_and_exit_2(lkjip, round_one, work, body):
    report, _ = round_one
    bad = work / "bad.json"
    bad.write_text(body, encoding="utf-8")
    code, out, err = lkjip("check", report, "--baseline", bad)
    assert code == 2 and not out
    assert len(err.splitlines()) == 1 and "baseline" in err
