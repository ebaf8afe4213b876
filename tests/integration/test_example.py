"""The bundled example: every deliberate defect of examples/README.md, each exactly once."""

from __future__ import annotations

import json

import jsonschema
from conftest import REPO

import schemas
from checker.cli import main

EXAMPLE = REPO / "examples" / "tanjung-harapan-2024.toml"

# (rule, line, expected, actual), as listed in examples/README.md
DEFECTS = [
    ("CAS002", 170, "realisasi/capaian", None),
    ("CAP001", 223, "90.00", "92.00"),
    ("CON001", 232, "60", "65"),
    ("CAP003", 246, "Sangat Baik", "Baik"),
    ("BUD001", 411, "81154008", "81154000"),
    ("BUD004", 453, "95.00", "96.00"),
    ("INP001", 479, None, "1.200.0000"),
    ("CNT001", 535, "2", "3"),
    ("CNT004", 543, "5", "6"),
]


def test_example_reports_each_deliberate_defect_once(capsys):
    code = main(["check", str(EXAMPLE), "--format", "json"])
    payload = json.loads(capsys.readouterr().out)
    jsonschema.validate(payload, schemas.load("findings"))
    findings = payload["documents"][0]["findings"]
    found = [(f["rule"], f["location"]["line"], f["expected"], f["actual"]) for f in findings]
    assert found == DEFECTS
    assert code == 1
    # Both languages travel in the JSON, whichever --lang rendered "message".
    assert all(set(f["messages"]) == {"id", "en"} for f in findings)
    assert findings[0]["message"] == findings[0]["messages"]["id"]


def test_example_readme_lists_the_same_defects():
    readme = (REPO / "examples" / "README.md").read_text(encoding="utf-8")
    for rule, line, _, _ in DEFECTS:
        assert f"| {line} | {rule} |" in readme
