"""The library of consistent reports: every rule stays silent on them, and every defect
planted in their copies is found.

``consistent/`` holds complete, fully consistent LKjIPs of other agencies and layouts,
written for the project (see ``README.md``): any error or warning there is a false
finding. ``defects/`` holds a copy of each with at least five planted defects, listed in
``defects/<name>.toml`` (rule code or prefix, the lines where a reviewer expects the
finding, what was changed) and in ``defects/README.md``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import jsonschema
import pytest

import schemas
from checker.cli import main

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

LIBRARY = Path(__file__).resolve().parent


# Agencies write their reports in Word and save them as PDF as often as they write text:
# a report authored in either is read by its own reader, with its own layout.
FORMATS = (".txt", ".md", ".docx", ".pdf")


def _reports(folder: Path) -> list[Path]:
    return sorted(path for path in folder.iterdir()
                  if path.suffix in FORMATS and path.name != "README.md")


CONSISTENT = _reports(LIBRARY / "consistent")
DEFECTS = _reports(LIBRARY / "defects")


def _findings(path: Path, capsys) -> list[dict]:
    main(["check", str(path), "--format", "json", "--fail-on", "never"])
    payload = json.loads(capsys.readouterr().out)
    jsonschema.validate(payload, schemas.load("findings"))
    return payload["documents"][0]["findings"]


def _lines(finding: dict) -> set[int]:
    """The lines a finding points at: its own and those of the knock-ons folded into it."""
    places = [finding["location"], *finding.get("related", ())]
    return {place["line"] for place in places if place.get("line") is not None}


def test_the_library_covers_ten_agencies_in_both_text_formats():
    assert len(CONSISTENT) >= 10
    assert {".txt", ".md"} <= {path.suffix for path in CONSISTENT} <= set(FORMATS)
    assert [path.name for path in DEFECTS] == [path.name for path in CONSISTENT]


@pytest.mark.parametrize("path", CONSISTENT, ids=lambda path: path.stem)
def test_a_consistent_report_gets_no_error_and_no_warning(path, capsys):
    loud = [(f["rule"], f["location"].get("line"), f["message"])
            for f in _findings(path, capsys) if f["severity"] in ("error", "warning")]
    assert loud == []


@pytest.mark.parametrize("path", CONSISTENT, ids=lambda path: path.stem)
def test_a_consistent_report_extracted_to_toml_stays_silent(path, tmp_path, capsys):
    # What ``lkjip extract`` writes is what the checker read: checked again, it must say
    # what the document said (a budget split by jenis belanja, its earlier pagu and all).
    exported = tmp_path / f"{path.stem}.toml"
    assert main(["extract", str(path), "--output", str(exported)]) == 0
    capsys.readouterr()
    main(["check", str(exported), "--allow-source-outside", "--format", "json",
          "--fail-on", "never"])
    findings = json.loads(capsys.readouterr().out)["documents"][0]["findings"]
    loud = [(f["rule"], f["location"].get("line"), f["message"])
            for f in findings if f["severity"] in ("error", "warning")]
    assert loud == []


def _manifest(path: Path) -> list[dict]:
    return tomllib.loads(path.with_suffix(".toml").read_text(encoding="utf-8"))["defect"]


@pytest.mark.parametrize("path", DEFECTS, ids=lambda path: path.stem)
def test_every_planted_defect_is_found(path, capsys):
    planted = _manifest(path)
    assert len(planted) >= 5
    findings = _findings(path, capsys)
    missed = [
        (defect["rule"], defect["lines"]) for defect in planted
        if not any(f["rule"].startswith(defect["rule"]) and _lines(f) & set(defect["lines"])
                   for f in findings)
    ]
    assert missed == []


@pytest.mark.parametrize("path", DEFECTS, ids=lambda path: path.stem)
def test_the_readme_lists_every_planted_defect(path):
    readme = (LIBRARY / "defects" / "README.md").read_text(encoding="utf-8")
    section = readme.split(f"## {path.name}\n", 1)[1].split("\n## ", 1)[0]
    manifest = tomllib.loads(path.with_suffix(".toml").read_text(encoding="utf-8"))
    # The defects not found yet are listed too, with why, so that no miss is hidden.
    for defect in [*manifest["defect"], *manifest.get("not_found", ())]:
        assert f"| {defect['rule']} | {', '.join(map(str, defect['lines']))} |" in section
