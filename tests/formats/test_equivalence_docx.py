"""A report in Word gets the same findings as the same report as text.

Every fixture in ``fixtures/{consistent,defects}/`` is a library report written as Word
by ``make_fixtures.py``. Its findings are compared with those of the source ``.txt`` or
``.md`` as (rule, severity, message, expected, actual), as a multiset. Locations are set
aside: the DOCX's text layer has other line numbers than the source (no running page
header lines, tables in another shape). For the same reason two things inside a message
are normalised, and nothing else: a line number or range it quotes ("baris 123",
"baris 120-134") becomes ``baris N``; the excerpt it quotes from a table row becomes
``"(table row)"``, since the row's cell separators (tabs, pipes or ``<td>`` tags) differ
between layouts and shift the excerpt's window of text. The value found in that row is
still compared, as ``actual``.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from checker.cli import main
from checker.readers.docx import read_docx
from checker.text import parse_source

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

HERE = Path(__file__).resolve().parent
LIBRARY = HERE.parents[0] / "library"
FIXTURES = HERE / "fixtures"

PAIRS = sorted(
    (LIBRARY / kind / source.name, docx)
    for kind in ("consistent", "defects")
    for docx in (FIXTURES / kind).glob("*.docx")
    for source in (LIBRARY / kind).glob(docx.stem + ".*")
    if source.suffix in (".txt", ".md")
)
_LINE_IN_TEXT = re.compile(
    r"\b(baris|line|lines|baris-baris)\s+\d+(?:\s*(?:[-\u2013]|,|dan|and)\s*\d+)*")
# The excerpt a message quotes last, as in 'tertinggal di teks: "...".'
_EXCERPT = re.compile(r'"[^"]*"(?=\.?$)')


# Findings per document, kept for the module: several tests judge the same check.
_CHECKED: dict[Path, list[dict]] = {}


def _findings(path: Path, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    if path not in _CHECKED:
        capsys.readouterr()
        main(["check", str(path), "--format", "json", "--fail-on", "never"])
        _CHECKED[path] = json.loads(capsys.readouterr().out)["documents"][0]["findings"]
    return _CHECKED[path]


def _table_lines(path: Path) -> frozenset[int]:
    """The lines of ``path``'s text (the text layer, for a DOCX) that are table rows."""
    if path.suffix == ".docx":
        text = "\n".join(read_docx(path, path.read_bytes()).text) + "\n"
    else:
        text = path.read_text(encoding="utf-8")
    return frozenset(number for table in parse_source(text).tables
                     for number in range(table.line, table.end_line + 1))


def _comparable(finding: dict, table_lines: frozenset[int]) -> tuple[str, ...]:
    message = _LINE_IN_TEXT.sub(r"\1 N", finding["message"])
    if finding["location"].get("line") in table_lines:
        message = _EXCERPT.sub('"(table row)"', message)
    return (finding["rule"], finding["severity"], message,
            str(finding.get("expected")), str(finding.get("actual")))


def _comparables(path: Path, capsys: pytest.CaptureFixture[str]) -> Counter[tuple[str, ...]]:
    table_lines = _table_lines(path)
    return Counter(_comparable(finding, table_lines) for finding in _findings(path, capsys))


def test_there_are_fixtures_for_five_reports_in_both_layouts():
    consistent = [source for source, _ in PAIRS if source.parent.name == "consistent"]
    defects = [source for source, _ in PAIRS if source.parent.name == "defects"]
    assert len(consistent) >= 5 and len(defects) >= 5
    assert {source.suffix for source in consistent} == {".txt", ".md"}


@pytest.mark.parametrize("source, docx", PAIRS,
                         ids=[f"{s.parent.name}/{s.stem}" for s, _ in PAIRS])
def test_the_word_report_gets_the_findings_of_the_text(source, docx, capsys):
    from_text = _comparables(source, capsys)
    from_word = _comparables(docx, capsys)
    assert from_word - from_text == Counter(), "only in the DOCX"
    assert from_text - from_word == Counter(), "only in the text"


@pytest.mark.parametrize("source, docx", [pair for pair in PAIRS
                                          if pair[0].parent.name == "consistent"],
                         ids=lambda value: getattr(value, "stem", ""))
def test_a_consistent_word_report_gets_no_error_and_no_warning(source, docx, capsys):
    loud = [(f["rule"], f["message"]) for f in _findings(docx, capsys)
            if f["severity"] in ("error", "warning")]
    assert loud == []


@pytest.mark.parametrize("source, docx", [pair for pair in PAIRS
                                          if pair[0].parent.name == "defects"],
                         ids=lambda value: getattr(value, "stem", ""))
def test_every_planted_defect_is_found_in_the_word_report(source, docx, capsys):
    manifest = tomllib.loads(source.with_suffix(".toml").read_text(encoding="utf-8"))
    rules = [f["rule"] for f in _findings(docx, capsys)]
    missed = [defect["rule"] for defect in manifest["defect"]
              if not any(rule.startswith(defect["rule"]) for rule in rules)]
    assert missed == []
