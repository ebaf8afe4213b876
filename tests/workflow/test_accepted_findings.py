"""Accepted findings: set aside and counted, kept across edits, back when expired, stale
entries named, ``lkjip accept`` appending."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import _edits
import _workflow_run
import pytest

from checker.accepted import load_accepted

# The shared fixtures of tests/workflow.
work = _workflow_run.work
lkjip = _workflow_run.lkjip


def _findings(lkjip, report: Path) -> list[dict]:
    code, out, _ = lkjip("check", report, "--format", "json")
    assert code in (0, 1)
    return json.loads(out)["documents"][0]["findings"]


@pytest.fixture
def report(work: Path) -> Path:
    path = work / "bappeda.txt"
    path.write_text(_edits.original(), encoding="utf-8")
    return path


def _accept_first(lkjip, report: Path, *extra: object) -> dict:
    finding = _findings(lkjip, report)[0]
    code, out, err = lkjip("accept", finding["fingerprint"], "--reason", "dijelaskan OPD",
                           "--by", "Irban II", "--report", report, *extra)
    assert (code, err) == (0, "")
    assert finding["fingerprint"] in out
    return finding


def test_an_accepted_finding_leaves_the_output_and_is_counted(lkjip, report):
    before = _findings(lkjip, report)
    accepted = _accept_first(lkjip, report)
    after = _findings(lkjip, report)
    assert [f["fingerprint"] for f in after] == [f["fingerprint"] for f in before[1:]]
    code, out, err = lkjip("check", report)
    assert code == 1
    assert "1 diterima" in out.splitlines()[-1]
    assert accepted["fingerprint"] not in out and err == ""
    _code, out, _ = lkjip("check", report, "--lang", "en", "--format", "markdown")
    assert "1 accepted" in out


def test_acceptance_survives_lines_inserted_above(lkjip, report):
    accepted = _accept_first(lkjip, report)
    report.write_text(_edits.lines_inserted(_edits.original()), encoding="utf-8")
    after = _findings(lkjip, report)
    assert accepted["fingerprint"] not in {f["fingerprint"] for f in after}
    assert len(after) == len(_findings_of_copy(lkjip, report)) - 1


def _findings_of_copy(lkjip, report: Path) -> list[dict]:
    """The findings of the same text in a folder without an accepted findings file."""
    copy = report.parent / "salinan"
    copy.mkdir(exist_ok=True)
    target = copy / report.name
    target.write_bytes(report.read_bytes())
    return _findings(lkjip, target)


def test_an_expired_acceptance_brings_the_finding_back_with_a_note(lkjip, report):
    yesterday = datetime.date.today() - datetime.timedelta(days=1)
    accepted = _accept_first(lkjip, report, "--until", yesterday.isoformat())
    _code, out, err = lkjip("check", report, "--format", "json")
    assert accepted["fingerprint"] in {f["fingerprint"] for f in json.loads(out)["documents"][0][
        "findings"]}
    assert f"{accepted['fingerprint']}: penerimaan berakhir {yesterday}" in err
    assert "expired" in err


def test_an_acceptance_until_a_later_day_holds(lkjip, report):
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    accepted = _accept_first(lkjip, report, "--until", tomorrow.isoformat())
    assert accepted["fingerprint"] not in {f["fingerprint"] for f in _findings(lkjip, report)}


def test_a_stale_entry_is_named_on_stderr(lkjip, report, work):
    (work / "lkjip-accepted.toml").write_text(
        '[[accepted]]\nfingerprint = "BUD004-000000000000"\nreason = "sudah"\n', encoding="utf-8")
    code, out, err = lkjip("check", report)
    assert code == 1 and out
    line, = err.splitlines()
    assert "lkjip-accepted.toml:1" in line and "BUD004-000000000000" in line
    assert "stale" in line


def test_an_entry_for_an_unselected_rule_is_not_stale(lkjip, report, work):
    (work / "lkjip-accepted.toml").write_text(
        '[[accepted]]\nfingerprint = "BUD004-000000000000"\nreason = "sudah"\n', encoding="utf-8")
    _code, _out, err = lkjip("check", report, "--select", "CAP")
    assert err == ""


def test_rule_and_node_accept_whatever_the_evidence(lkjip, report, work):
    finding = next(f for f in _findings(lkjip, report) if f["location"]["node"])
    (work / "lkjip-accepted.toml").write_text(
        f'[[accepted]]\nrule = "{finding["rule"]}"\nnode = "{finding["location"]["node"]}"\n'
        'reason = "diterima"\n', encoding="utf-8")
    assert finding["fingerprint"] not in {f["fingerprint"] for f in _findings(lkjip, report)}


def test_show_accepted_lists_them_again(lkjip, report):
    accepted = _accept_first(lkjip, report)
    _code, out, err = lkjip("check", report, "--show-accepted", "--format", "json")
    assert accepted["fingerprint"] in out
    assert f"{accepted['fingerprint']} {accepted['rule']}" in err
    findings = json.loads(out)["documents"][0]["findings"]
    marked = [f["fingerprint"] for f in findings if f.get("accepted")]
    assert marked == [accepted["fingerprint"]]  # the others carry no mark


def test_accept_appends_and_keeps_the_other_entries_byte_for_byte(lkjip, work):
    target = work / "review" / "diterima.toml"
    target.parent.mkdir()
    existing = '# catatan tim\n[[accepted]]\nfingerprint = "CAP001-aaaaaaaaaaaa"\nreason = "x"'
    target.write_text(existing, encoding="utf-8")
    code, _out, err = lkjip("accept", "BUD001-bbbbbbbbbbbb", "--reason", 'kata "kutip"\nbaris',
                           "--until", "2030-12-31", "--file", target)
    assert code == 0, err
    text = target.read_text(encoding="utf-8")
    assert text.startswith(existing + "\n")
    entries = load_accepted(target)
    assert [e.fingerprint for e in entries] == ["CAP001-aaaaaaaaaaaa", "BUD001-bbbbbbbbbbbb"]
    assert entries[1].reason == 'kata "kutip"\nbaris'
    assert entries[1].until == datetime.date(2030, 12, 31)
    assert entries[1].line == 6


def test_accept_creates_the_file_here(lkjip, work):
    code, _, _ = lkjip("accept", "BUD001-bbbbbbbbbbbb", "--reason", "ok")
    assert code == 0
    assert [e.fingerprint for e in load_accepted(work / "lkjip-accepted.toml")] == [
        "BUD001-bbbbbbbbbbbb"]


@pytest.mark.parametrize(("argv", "fragment"), [
    (("accept", "BUD001", "--reason", "x"), "BUD001"),
    (("accept", "BUD001-bbbbbbbbbbbb", "--reason", " "), "reason"),
    (("accept", "BUD001-bbbbbbbbbbbb", "--reason", "x", "--until", "31-12-2030"), "date"),
])
def test_a_bad_accept_is_one_line_and_exit_2(lkjip, argv, fragment):
    code, out, err = lkjip(*argv)
    assert code == 2 and not out
    assert len(err.splitlines()) == 1 and fragment in err


@pytest.mark.parametrize("body", [
    '[[accepted]]\nfingerprint = "BUD001-bbbbbbbbbbbb"\n',  # no reason
    '[[accepted]]\nreason = "x"\n',  # neither fingerprint nor rule and node
    '[[accepted]]\nfingerprint = "BUD001-bbbbbbbbbbbb"\nreason = "x"\nuntil = "kemarin"\n',
    '[[accepted]]\nfingerprint = "BUD001-bbbbbbbbbbbb"\nreason = "x"\nsiapa = "y"\n',
    'accepted = 3\n',
])
def test_a_broken_accepted_file_is_one_line_and_exit_2(lkjip, report, work, body):
    (work / "lkjip-accepted.toml").write_text(body, encoding="utf-8")
    code, _out, err = lkjip("check", report)
    assert code == 2
    assert len(err.splitlines()) == 1 and "lkjip-accepted.toml" in err
    assert "Traceback" not in err


def test_the_config_names_the_accepted_file(lkjip, report, work):
    (work / "lkjip.toml").write_text('accepted = "review/ok.toml"\n', encoding="utf-8")
    (work / "review").mkdir()
    finding = _findings(lkjip, report)[0]
    code, _, err = lkjip("accept", finding["fingerprint"], "--reason", "ok")
    assert code == 0, err
    assert (work / "review" / "ok.toml").is_file()
    assert finding["fingerprint"] not in {f["fingerprint"] for f in _findings(lkjip, report)}
