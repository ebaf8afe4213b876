"""Batches: folders, patterns, stdin, one bad file among many, output by extension,
the regional summary and --statistics."""

from __future__ import annotations

import io
import json
import shutil
import sys
from pathlib import Path

import _edits
import _workflow_run
import pytest

from checker.config import Config
from checker.engine import check_report, select_rules
from checker.hookspecs import RenderOptions
from checker.plugins import load_registry
from reports.json_format import render_json
from reports.summary import regional_summary, summary_markdown, summary_text

# The shared fixtures of tests/workflow.
work = _workflow_run.work
lkjip = _workflow_run.lkjip

CONSISTENT = _edits.LIBRARY / "consistent"
DEFECTS = _edits.LIBRARY / "defects"


@pytest.fixture
def region(work: Path) -> Path:
    """A kabupaten's folder: three reports in two sub-folders, one unreadable, notes."""
    folder = work / "kabupaten"
    (folder / "dinas").mkdir(parents=True)
    (folder / "badan").mkdir()
    shutil.copy(DEFECTS / "bappeda-lereng-jati-2023.txt", folder / "badan")
    shutil.copy(DEFECTS / "kecamatan-padang-ilalang-2023.txt", folder / "dinas")
    shutil.copy(CONSISTENT / "rsud-batu-layang-2024.md", folder / "dinas")
    (folder / "dinas" / "rusak.toml").write_text("[meta\n", encoding="utf-8")
    (folder / "dinas" / "catatan.docx.bak").write_text("bukan laporan", encoding="utf-8")
    (folder / ".git").mkdir()
    (folder / ".git" / "x.txt").write_text("tersembunyi", encoding="utf-8")
    return folder


def test_a_folder_is_searched_and_a_bad_file_does_not_stop_it(lkjip, region):
    code, out, err = lkjip("check", region, "--format", "json")
    assert code == 2
    paths = [Path(d["path"]).name for d in json.loads(out)["documents"]]
    assert paths == ["bappeda-lereng-jati-2023.txt", "kecamatan-padang-ilalang-2023.txt",
                     "rsud-batu-layang-2024.md"]
    line, = err.splitlines()
    assert "rusak.toml" in line and line.startswith("lkjip: error: ")


def test_a_pattern_the_shell_left_is_expanded(lkjip, region):
    code, out, _ = lkjip("check", str(region / "**" / "*.txt"), "--format", "json")
    assert code == 1
    assert len(json.loads(out)["documents"]) == 2


def test_a_pattern_matching_nothing_is_one_line(lkjip, work):
    code, out, err = lkjip("check", "tidak-ada-*.txt")
    assert code == 2 and not out and "pattern" in err and len(err.splitlines()) == 1


@pytest.mark.parametrize(("name", "reader"), [("laporan.toml", "toml"), ("laporan.txt", "text")])
def test_stdin_with_a_name_picks_the_reader(lkjip, monkeypatch, name, reader):
    data = (_edits.LIBRARY.parent / "fixtures" / "core" / "report.toml").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, err = lkjip("check", "-", "--stdin-filename", name, "--format", "json")
    assert "Traceback" not in err
    document, = json.loads(out)["documents"]
    assert document["path"] == name and document["format"] == reader
    assert code in (0, 1)


def test_empty_stdin_is_one_line(lkjip, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"  \n")))
    code, out, err = lkjip("check", "-")
    assert code == 2 and not out and "stdin" in err


def test_stdin_filename_without_stdin_is_a_usage_error(lkjip):
    code, _, err = lkjip("check", DEFECTS / "bappeda-lereng-jati-2023.txt",
                         "--stdin-filename", "x.txt")
    assert code == 2 and "--stdin-filename" in err


def test_a_file_that_is_no_lkjip_is_one_line(lkjip, work):
    recipe = work / "resep.txt"
    recipe.write_text("Resep nasi goreng\n\nBahan: nasi, bawang merah, kecap manis.\n"
                      "Tumis bawang, masukkan nasi, aduk rata.\n", encoding="utf-8")
    code, out, err = lkjip("check", recipe)
    assert code == 2 and not out
    line, = err.splitlines()
    assert "bukan LKjIP" in line and "not an LKjIP" in line


def test_no_report_of_the_library_or_the_corpus_is_taken_for_something_else():
    from checker.recognise import looks_like_lkjip

    registry = load_registry(entry_points=False)
    corpus = _edits.LIBRARY.parents[2].parent / "shared" / "corpus"
    paths = [*_edits.LIBRARY.rglob("*.txt"), *_edits.LIBRARY.rglob("*.md"),
             *corpus.glob("*.txt")]
    reports = [p for p in paths if p.name != "README.md"]
    assert len(reports) >= 20
    for path in reports:
        assert looks_like_lkjip(registry.read(path)), path


def test_every_finding_line_names_its_file_in_a_batch(lkjip, region):
    code, out, _ = lkjip("check", region / "badan", region / "dinas" /
                         "kecamatan-padang-ilalang-2023.txt")
    assert code == 1
    finding_lines = [line for line in out.splitlines() if "kesalahan BUD00" in line]
    assert finding_lines
    assert all(".txt" in line.split(" BUD00")[0] for line in finding_lines)


def test_the_regional_summary_follows_a_batch(lkjip, region):
    files = [region / "badan", region / "dinas" / "kecamatan-padang-ilalang-2023.txt",
             region / "dinas" / "rsud-batu-layang-2024.md"]
    _, out, _ = lkjip("check", *files)
    summary = out[out.index("Ringkasan wilayah"):]
    assert "Badan Perencanaan Pembangunan Daerah" in summary
    assert "Kecamatan Padang Ilalang" in summary
    assert "Aturan yang paling sering dilanggar" in summary
    _, markdown, _ = lkjip("check", *files, "--format", "markdown", "--lang", "en")
    assert "## Regional summary" in markdown and "| Rule | Findings | Reports |" in markdown
    _, single, _ = lkjip("check", files[1])
    assert "Ringkasan wilayah" not in single


def test_regional_summary_counts_and_ranks():
    registry = load_registry(entry_points=False)
    rules = select_rules(registry.rules, Config())
    results = [check_report(registry.read(DEFECTS / name), rules, Config())
               for name in ("bappeda-lereng-jati-2023.txt", "kecamatan-padang-ilalang-2023.txt")]
    summary = regional_summary(results)
    assert [row.year for row in summary.rows] == [2023, 2023]
    for row, result in zip(summary.rows, results, strict=True):
        assert row.errors == result.summary()["error"]
        assert len(row.top_rules) <= 3
        assert sum(count.findings for count in row.rules) == len(result.findings)
    total = sum(len(result.findings) for result in results)
    assert sum(count.findings for count in summary.rules) == total
    findings = [count.findings for count in summary.rules]
    assert findings == sorted(findings, reverse=True)
    assert summary.totals[0] == sum(r.summary()["error"] for r in results)
    assert "Kecamatan Padang Ilalang" in summary_text(summary, "id")
    assert summary_markdown(summary, "en").startswith("## Regional summary")


def test_statistics_counts_per_rule(lkjip, region):
    code, out, _ = lkjip("check", region / "badan", "--statistics")
    assert code == 1
    _, as_json, _ = lkjip("check", region / "badan", "--format", "json")
    rules = [f["rule"] for f in json.loads(as_json)["documents"][0]["findings"]]
    counted = {line.split("\t")[1]: int(line.split("\t")[0]) for line in out.splitlines()}
    assert counted == {rule: rules.count(rule) for rule in set(rules)}


@pytest.mark.parametrize(("name", "starts"), [
    ("out.json", "{"), ("out.md", "# "), ("out.txt", "Temuan untuk"), ("out.MD", "# ")])
def test_the_output_extension_picks_the_format(lkjip, work, name, starts):
    code, out, _ = lkjip("check", DEFECTS / "bappeda-lereng-jati-2023.txt", "-o", name)
    assert code == 1 and out == ""
    assert (work / name).read_text(encoding="utf-8").startswith(starts)


def test_an_explicit_format_wins_over_an_unknown_extension(lkjip, work):
    lkjip("check", DEFECTS / "bappeda-lereng-jati-2023.txt", "--format", "json", "-o", "x.log")
    json.loads((work / "x.log").read_text(encoding="utf-8"))


def test_a_format_contradicting_the_extension_is_an_error(lkjip, work):
    code, out, err = lkjip("check", DEFECTS / "bappeda-lereng-jati-2023.txt",
                           "--format", "json", "-o", "hasil.md")
    assert code == 2 and not out and "hasil.md" in err
    assert not (work / "hasil.md").exists()


def test_streamed_json_is_the_reporter_s_json(lkjip):
    files = [DEFECTS / "bappeda-lereng-jati-2023.txt", CONSISTENT / "rsud-batu-layang-2024.md"]
    _, out, _ = lkjip("check", *files, "--format", "json", "-j", "1")
    registry = load_registry(entry_points=False)
    rules = select_rules(registry.rules, Config())
    results = [check_report(registry.read(path), rules, Config()) for path in files]
    rendered = render_json(results, RenderOptions("id", json.loads(out)["tool"]["version"]))
    assert out == rendered + "\n"


def test_jobs_default_is_the_same_output_as_one_job(lkjip, region):
    assert lkjip("check", region, "--format", "json") == lkjip(
        "check", region, "--format", "json", "--jobs", "1")
