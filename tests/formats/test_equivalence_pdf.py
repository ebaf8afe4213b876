"""A report as PDF gives the findings its text gives.

The PDFs in ``fixtures/`` are the library's reports (``tests/library``), consistent and
with planted defects, written as Word documents and printed to PDF by LibreOffice
(``make_fixtures.py``). For each, the findings of the source text and of the PDF must be
the same (rule, message, expected, actual). Locations are set aside: a line of the PDF's
text layer is not the line of the .txt/.md, so the line numbers a message quotes are
masked, and so is the markup around a quoted excerpt ('|' of a pipe table, a cut-off
window of the raw line).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from checker.config import Config
from checker.engine import check_report, select_rules
from checker.plugins import Registry, load_registry

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
LIBRARY = HERE.parent / "library"
PDFS = sorted(FIXTURES.glob("*/*.pdf"))

_LINES = re.compile(r"\b(lines?|baris)\s+[\d\u2013,\- ]+")
_WINDOW = re.compile(r'"\u2026[^"]*"')
_QUOTED = re.compile(r'"\s*([^"]*?)\s*"')

Finding = tuple[str, str, str | None, str | None]


def _message(text: str) -> str:
    text = _LINES.sub(r"\1 N ", text)
    text = _WINDOW.sub('"\u2026"', text)
    text = " ".join(text.replace("|", " ").split())
    return _QUOTED.sub(r'"\1"', text)


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry(entry_points=False)


def _findings(registry: Registry, path: Path) -> Counter[Finding]:
    config = Config()
    result = check_report(registry.read(path), select_rules(registry.rules, config), config)
    return Counter((f.rule, _message(f.text("en")), f.expected, f.actual)
                   for f in result.findings)


def _source(pdf: Path) -> Path:
    kind = pdf.parent.name
    found = [p for p in (LIBRARY / kind).glob(pdf.stem + ".*") if p.suffix in (".txt", ".md")]
    assert len(found) == 1, f"no library source for {pdf}"
    return found[0]


def test_the_fixtures_cover_five_reports_and_their_defect_copies() -> None:
    names = {kind: {p.stem for p in PDFS if p.parent.name == kind}
             for kind in ("consistent", "defects")}
    assert len(names["consistent"]) >= 5
    assert names["consistent"] == names["defects"]


@pytest.mark.parametrize("pdf", PDFS, ids=[f"{p.parent.name}/{p.stem}" for p in PDFS])
def test_a_pdf_gives_the_findings_of_its_text(registry: Registry, pdf: Path) -> None:
    from_text = _findings(registry, _source(pdf))
    from_pdf = _findings(registry, pdf)
    assert from_pdf == from_text, {
        "only from the text": sorted(from_text - from_pdf),
        "only from the PDF": sorted(from_pdf - from_text),
    }
