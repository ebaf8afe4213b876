"""Config like ruff's: the nearest config above each file, extend-ignore,
per-file-ignores, --config over all."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import _edits
import _workflow_run
import pytest

from checker.config import Config, ConfigFinder

# The shared fixtures of tests/workflow.
work = _workflow_run.work
lkjip = _workflow_run.lkjip

REPORT = _edits.REPORT


def _rules(lkjip, *argv: object) -> dict[str, set[str]]:
    code, out, err = lkjip("check", *argv, "--format", "json")
    assert code in (0, 1), err
    return {Path(d["path"]).name: {f["rule"] for f in d["findings"]}
            for d in json.loads(out)["documents"]}


@pytest.fixture
def tree(work: Path) -> Path:
    """project/lkjip.toml ignoring BUD; project/a/x.txt; project/b/lkjip.toml ignoring
    HYG; project/b/y.txt; elsewhere/z.txt with no config above it."""
    project = work / "project"
    for folder in ("a", "b"):
        (project / folder).mkdir(parents=True)
    (project / "lkjip.toml").write_text('ignore = ["BUD"]\n', encoding="utf-8")
    (project / "b" / "lkjip.toml").write_text('ignore = ["HYG"]\n', encoding="utf-8")
    shutil.copy(REPORT, project / "a" / "x.txt")
    shutil.copy(REPORT, project / "b" / "y.txt")
    (work / "elsewhere").mkdir()
    shutil.copy(REPORT, work / "elsewhere" / "z.txt")
    return project


def test_the_nearest_config_above_each_file_wins(lkjip, tree, work):
    found = _rules(lkjip, tree / "a" / "x.txt", tree / "b" / "y.txt", work / "elsewhere")
    assert not any(rule.startswith("BUD") for rule in found["x.txt"])
    assert any(rule.startswith("HYG") for rule in found["x.txt"])
    assert any(rule.startswith("BUD") for rule in found["y.txt"])
    assert not any(rule.startswith("HYG") for rule in found["y.txt"])
    assert any(rule.startswith("BUD") for rule in found["z.txt"])
    assert any(rule.startswith("HYG") for rule in found["z.txt"])


def test_the_config_is_found_from_the_file_not_from_the_current_folder(lkjip, tree, work,
                                                                        monkeypatch):
    monkeypatch.chdir(work / "elsewhere")
    found = _rules(lkjip, tree / "a" / "x.txt")
    assert not any(rule.startswith("BUD") for rule in found["x.txt"])


def test_pyproject_tool_table_is_a_config(lkjip, work):
    (work / "p").mkdir()
    (work / "p" / "pyproject.toml").write_text('[tool.lkjip]\nignore = ["CON"]\n',
                                               encoding="utf-8")
    shutil.copy(REPORT, work / "p" / "r.txt")
    assert not any(rule.startswith("CON") for rule in _rules(lkjip, work / "p" / "r.txt")["r.txt"])


def test_explicit_config_wins_for_every_file(lkjip, tree, work):
    explicit = work / "semua.toml"
    explicit.write_text('ignore = ["CAP"]\n', encoding="utf-8")
    found = _rules(lkjip, tree / "a" / "x.txt", tree / "b" / "y.txt", "--config", explicit)
    for rules in found.values():
        assert any(rule.startswith("BUD") for rule in rules)
        assert not any(rule.startswith("CAP") for rule in rules)


def test_extend_ignore_survives_a_command_line_ignore(lkjip, work):
    (work / "lkjip.toml").write_text('extend-ignore = ["HYG"]\nignore = ["BUD"]\n',
                                     encoding="utf-8")
    shutil.copy(REPORT, work / "r.txt")
    rules = _rules(lkjip, work / "r.txt", "--ignore", "CAP")["r.txt"]
    assert not any(rule.startswith(("HYG", "CAP")) for rule in rules)
    assert any(rule.startswith("BUD") for rule in rules)
    rules = _rules(lkjip, work / "r.txt", "--extend-ignore", "CON")["r.txt"]
    assert not any(rule.startswith(("HYG", "BUD", "CON")) for rule in rules)


def test_per_file_ignores_by_glob(lkjip, work):
    (work / "lampiran").mkdir()
    (work / "lkjip.toml").write_text(
        '[per-file-ignores]\n"lampiran/*.txt" = ["BUD"]\n"r-*.txt" = ["HYG"]\n',
        encoding="utf-8")
    shutil.copy(REPORT, work / "lampiran" / "a.txt")
    shutil.copy(REPORT, work / "r-2023.txt")
    shutil.copy(REPORT, work / "lain.txt")
    found = _rules(lkjip, work / "lampiran" / "a.txt", work / "r-2023.txt", work / "lain.txt")
    assert not any(r.startswith("BUD") for r in found["a.txt"])
    assert any(r.startswith("HYG") for r in found["a.txt"])
    assert not any(r.startswith("HYG") for r in found["r-2023.txt"])
    assert any(r.startswith("BUD") for r in found["lain.txt"])
    assert any(r.startswith("HYG") for r in found["lain.txt"])


def test_an_unknown_code_in_per_file_ignores_is_one_line(lkjip, work):
    (work / "lkjip.toml").write_text('[per-file-ignores]\n"*.txt" = ["XYZ999"]\n',
                                     encoding="utf-8")
    shutil.copy(REPORT, work / "r.txt")
    code, out, err = lkjip("check", work / "r.txt")
    assert code == 2 and not out and "XYZ999" in err and len(err.splitlines()) == 1


def test_the_finder_reads_each_config_once(tree, work):
    finder = ConfigFinder()
    first = finder.for_report(tree / "a" / "x.txt")
    assert first is finder.for_report(tree / "a" / "x.txt")
    assert first.path == tree / "lkjip.toml"
    assert finder.for_report(tree / "b" / "y.txt").path == tree / "b" / "lkjip.toml"
    assert finder.for_report(work / "elsewhere" / "z.txt") == Config()
