"""The example third-party pack (``examples/rule-pack``), installed: lkjip finds it through
its entry point, lists its rule and category, and its rule fires on its fixture.

These tests need the pack installed in the environment (``pip install
examples/rule-pack``). Without it they are skipped, saying so; CI installs it and sets
``LKJIP_EXAMPLE_PACK=required``, which turns a missing pack into a failure, so the check
cannot be skipped there by accident.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from conftest import REPO

PACK = REPO / "examples" / "rule-pack"
FIXTURE = PACK / "tests" / "fixtures" / "late-2024.toml"


def _installed() -> bool:
    return any(entry.name == "timeliness" and entry.value == "lkjip_timeliness"
               for entry in metadata.entry_points(group="lkjip.rules"))


if not _installed():
    if os.environ.get("LKJIP_EXAMPLE_PACK") == "required":
        raise RuntimeError("LKJIP_EXAMPLE_PACK=required but the example pack is not installed "
                           "(pip install examples/rule-pack)")
    pytest.skip("the example pack is not installed (pip install examples/rule-pack; CI does)",
                allow_module_level=True)


def lkjip(*argv: object, cwd: Path) -> subprocess.CompletedProcess:
    """The installed console script, as a user runs it."""
    beside = Path(sys.executable).with_name("lkjip")
    executable = str(beside) if beside.exists() else shutil.which("lkjip")
    assert executable, "the lkjip console script is not installed"
    return subprocess.run([executable, *map(str, argv)], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """An empty folder to run from: no config file applies but the test's own."""
    return tmp_path


def test_its_rule_and_category_are_listed(work):
    result = lkjip("rules", "--format", "json", cwd=work)
    assert result.returncode == 0, result.stderr
    rules = {r["code"]: r for r in json.loads(result.stdout)}
    tml = rules["TML001"]
    assert tml["plugin"] == "lkjip.rules:timeliness"
    assert (tml["category"], tml["category_label"]) == (
        "timeliness", {"id": "Ketepatan waktu", "en": "Timeliness"})
    assert tml["effective_from"] == 2014
    assert [(o["pack"], o["name"]) for o in tml["options"]] == [("timeliness", "due-months")]


def test_its_rule_fires_on_its_fixture(work):
    result = lkjip("check", FIXTURE, "--format", "json", "--select", "timeliness", cwd=work)
    assert result.returncode == 0, result.stderr  # one warning; fail-on error
    findings = json.loads(result.stdout)["documents"][0]["findings"]
    line = FIXTURE.read_text(encoding="utf-8").splitlines().index(
        'signed_date = "17 April 2025"') + 1
    assert [(f["rule"], f["category"], f["severity"], f["location"]["line"]) for f in findings] == [
        ("TML001", "timeliness", "warning", line)]
    assert findings[0]["message"] == (
        "Laporan kinerja tahun 2024 ditandatangani 17 April 2025, setelah batas penyampaian; "
        "laporan ini disampaikan paling lambat akhir Februari 2025.")


def test_the_text_report_heads_its_category(work):
    result = lkjip("check", FIXTURE, "--select", "TML", "--lang", "en", cwd=work)
    assert result.returncode == 0, result.stderr
    assert "\n Timeliness\n" in result.stdout


def test_its_option_is_read_from_the_config(work):
    (work / "pyproject.toml").write_text("[tool.lkjip.rules.timeliness]\ndue-months = 4\n",
                                         encoding="utf-8")
    result = lkjip("check", FIXTURE, "--format", "json", "--select", "timeliness", cwd=work)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["documents"][0]["findings"] == []


def test_a_bad_option_is_one_line_naming_pack_and_option(work):
    (work / "lkjip.toml").write_text("[rules.timeliness]\ndue-months = 13\n", encoding="utf-8")
    result = lkjip("check", FIXTURE, cwd=work)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "[rules.timeliness] due-months: must be at most 12, not 13" in result.stderr


def test_rules_year_and_explain_tell_its_period(work):
    before = lkjip("rules", "--year", "2013", "--format", "json", cwd=work)
    assert "TML001" not in {r["code"] for r in json.loads(before.stdout)}
    since = lkjip("rules", "--year", "2014", "--format", "json", cwd=work)
    assert "TML001" in {r["code"] for r in json.loads(since.stdout)}
    explained = lkjip("explain", "TML001", "--lang", "en", cwd=work)
    assert explained.returncode == 0, explained.stderr
    assert "In force: reports for 2014 onwards" in explained.stdout
    assert "Category: Timeliness (timeliness)" in explained.stdout
    assert "due-months (whole number, default 2, 1..12)" in explained.stdout
