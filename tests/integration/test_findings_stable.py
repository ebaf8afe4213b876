"""The findings on the report library and on the bundled example change only on purpose.

``snapshots/`` holds, for each report of ``tests/library/consistent/``,
``tests/library/defects/`` and for ``examples/tanjung-harapan-2024.toml``, the rule,
line and message (Bahasa Indonesia) of every finding ``lkjip check`` gives, in its
order. Moving code around (rules split into modules, helpers renamed, imports turned
the other way) must leave them identical; this test says which report changed and how.

When a change of findings is intended (a rule fixed or added, a reader that reads
more), refresh the snapshots, then review the difference before committing it:

    LKJIP_UPDATE_SNAPSHOTS=1 .venv/bin/python -m pytest tests/integration/test_findings_stable.py
    git diff tests/integration/snapshots/
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import REPO

from checker.cli import main

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
UPDATE = os.environ.get("LKJIP_UPDATE_SNAPSHOTS") == "1"


def _reports() -> list[Path]:
    library = REPO / "tests" / "library"
    found = [path for folder in ("consistent", "defects")
             for path in sorted((library / folder).iterdir())
             if path.suffix in (".txt", ".md", ".docx", ".pdf") and path.name != "README.md"]
    return [*found, REPO / "examples" / "tanjung-harapan-2024.toml"]


REPORTS = _reports()


def _snapshot_of(report: Path) -> Path:
    return SNAPSHOTS / f"{report.parent.name}-{report.stem}.json"


def _findings(report: Path, capsys) -> list[list]:
    main(["check", str(report), "--format", "json", "--fail-on", "never"])
    document = json.loads(capsys.readouterr().out)["documents"][0]
    return [[f["rule"], f["location"].get("line"), f["message"]] for f in document["findings"]]


def _dump(report: Path, findings: list[list]) -> str:
    """One finding a line, so that a changed finding is one changed line in a diff."""
    rows = ",\n".join(f"    {json.dumps(finding, ensure_ascii=False)}" for finding in findings)
    body = f"[\n{rows}\n  ]" if findings else "[]"
    path = json.dumps(report.relative_to(REPO).as_posix())
    return f'{{\n  "report": {path},\n  "findings": {body}\n}}\n'


def test_every_report_has_a_snapshot_and_every_snapshot_a_report():
    assert len(REPORTS) >= 21
    if not UPDATE:
        assert sorted(p.name for p in SNAPSHOTS.glob("*.json")) == sorted(
            _snapshot_of(report).name for report in REPORTS)


@pytest.mark.parametrize("report", REPORTS, ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_findings_match_the_snapshot(report, capsys):
    findings = _findings(report, capsys)
    snapshot = _snapshot_of(report)
    if UPDATE:
        SNAPSHOTS.mkdir(exist_ok=True)
        snapshot.write_text(_dump(report, findings), encoding="utf-8")
        return
    assert snapshot.exists(), f"no snapshot for {report.name}: see this module's docstring"
    expected = json.loads(snapshot.read_text(encoding="utf-8"))["findings"]
    assert findings == expected
