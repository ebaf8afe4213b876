"""Fingerprints: the identity of a finding survives edits that move it, not a fix."""

from __future__ import annotations

import json
from dataclasses import replace

import _edits
import _workflow_run
import jsonschema
import pytest

import schemas
from checker.config import Config
from checker.engine import check_report, select_rules
from checker.fingerprint import FINGERPRINT_PATTERN, fingerprint, normalise, with_fingerprints
from checker.plugins import load_registry

# The shared fixtures of tests/workflow.
work = _workflow_run.work
lkjip = _workflow_run.lkjip


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    registry = load_registry(entry_points=False)
    rules = select_rules(registry.rules, Config())
    folder = tmp_path_factory.mktemp("fingerprints")

    def run(text: str, name: str = "laporan.txt") -> dict[str, tuple[str, int | None]]:
        path = folder / name
        path.write_text(text, encoding="utf-8")
        result = check_report(registry.read(path), rules, Config())
        return {f.fingerprint: (f.rule, f.location.line) for f in result.findings}

    return run


def test_every_finding_has_a_well_formed_distinct_fingerprint(check):
    found = check(_edits.original())
    assert len(found) >= 5
    assert all(FINGERPRINT_PATTERN.match(fingerprint) for fingerprint in found)


@pytest.mark.parametrize("edit", [_edits.lines_inserted, _edits.table_moved],
                         ids=["lines-inserted", "table-moved"])
def test_moving_findings_keeps_their_fingerprints(check, edit):
    before = check(_edits.original())
    after = check(edit(_edits.original()))
    assert set(after) == set(before)
    moved = [fp for fp in before if before[fp][1] != after[fp][1]]
    assert moved, "the edit must move some finding to another line"


def test_the_file_name_is_not_part_of_the_fingerprint(check):
    assert set(check(_edits.original(), "a.txt")) == set(check(_edits.original(), "b.md.txt"))


def test_correcting_a_value_removes_only_its_finding(check):
    before = check(_edits.original())
    after = check(_edits.value_corrected(_edits.original()))
    gone = set(before) - set(after)
    assert [before[fp][0] for fp in gone] == ["BUD004"]
    assert set(after) < set(before)


def test_table_numbers_lines_and_case_are_masked():
    assert normalise("Tabel 3.2  Capaian\nKinerja") == normalise("tabel 4.1 capaian kinerja")
    assert normalise("PK (Tabel di baris 434)") == normalise("PK (Tabel di baris 12)")
    assert normalise("Rp 1.000") != normalise("Rp 1.001")


def test_a_word_the_message_picks_is_not_part_of_the_fingerprint(check):
    """An argument named ``..._word`` only words the message (BUD006's "jenis belanja" or
    "sumber dana"): rewording it keeps the fingerprint; any other argument changes it."""
    registry = load_registry(entry_points=False)
    result = check_report(registry.read(_edits.REPORT),
                          select_rules(registry.rules, Config()), Config())
    first = result.findings[0]
    reworded = replace(first, args={**first.args, "split_word": "sumber dana"})
    other = replace(first, args={**first.args, "split": "sumber dana"})
    assert fingerprint(reworded) == fingerprint(first)
    assert fingerprint(other) != fingerprint(first)


def test_colliding_fingerprints_get_ordinal_suffixes(check):
    registry = load_registry(entry_points=False)
    report = registry.read(_edits.REPORT)
    result = check_report(report, select_rules(registry.rules, Config()), Config())
    first = result.findings[0]
    named = with_fingerprints([first, first, first])
    assert [f.fingerprint for f in named] == [
        first.fingerprint, f"{first.fingerprint}-2", f"{first.fingerprint}-3"]
    assert all(FINGERPRINT_PATTERN.match(f.fingerprint) for f in named)


def test_json_output_carries_the_fingerprint_and_meets_the_schema(lkjip):
    code, out, _ = lkjip("check", _edits.REPORT, "--format", "json")
    assert code == 1
    payload = json.loads(out)
    jsonschema.validate(payload, schemas.load("findings"))
    fingerprints = [f["fingerprint"] for f in payload["documents"][0]["findings"]]
    assert fingerprints and len(set(fingerprints)) == len(fingerprints)
    assert all(fp.startswith(f["rule"] + "-")
               for fp, f in zip(fingerprints, payload["documents"][0]["findings"], strict=True))


def test_schema_declares_the_fingerprint():
    finding = schemas.load("findings")["$defs"]["finding"]["properties"]
    assert "fingerprint" in finding
    assert "line" in finding["fingerprint"]["description"]


FORMATS = _edits.LIBRARY.parent / "formats" / "fixtures" / "defects"
EXPORTS = sorted([*FORMATS.glob("*.pdf"), *FORMATS.glob("*.docx")])


@pytest.mark.parametrize("export", EXPORTS, ids=[p.name for p in EXPORTS])
def test_a_pdf_or_word_export_has_the_fingerprints_of_its_text(export):
    registry = load_registry(entry_points=False)
    if registry.reader_for(export.suffix) is None:
        pytest.skip(f"no reader for {export.suffix} in this installation")
    rules = select_rules(registry.rules, Config())
    text, = (p for p in (_edits.LIBRARY / "defects").glob(export.stem + ".*")
             if p.suffix in (".txt", ".md"))

    def fingerprints(path):
        return {f.fingerprint for f in check_report(registry.read(path), rules, Config()).findings}

    from_text = fingerprints(text)
    assert from_text
    assert fingerprints(export) == from_text
