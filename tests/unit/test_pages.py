"""A finding on a PDF or Word original names the page its line is on."""

from __future__ import annotations

from checker.labels import where
from checker.model import Meta, Place, Report
from checker.rule import Category, Location, Severity, Violation, rule
from checker.sdk import run_rules
from reports.json_format import location_json


@rule(code="TST901", slug="test-page", title={"id": "uji", "en": "test"},
      category=Category.HYGIENE, severity=Severity.WARNING, regulation="-",
      message={"id": "baris {n}", "en": "line {n}"})
def TST901(context):
    yield Violation(Location(line=3), {"n": 3})


def _report(places: tuple[Place, ...]) -> Report:
    return Report(path="x.pdf", format="pdf", meta=Meta(), text=("a", "b", "c"), places=places)


def test_the_engine_fills_the_page_of_the_line():
    places = (Place(page=1, page_line=1), Place(page=1, page_line=2), Place(page=2, page_line=1))
    (finding,) = run_rules(_report(places), TST901)
    assert finding.location.page == 2
    assert location_json(finding.location)["page"] == 2


def test_a_text_report_has_no_page():
    (finding,) = run_rules(_report(()), TST901)
    assert finding.location.page is None
    assert "page" not in location_json(finding.location)


def test_the_page_is_shown_in_both_languages():
    assert where(12, None, "Tabel 3.2", "id", page=23) == "hal. 23, baris 12, Tabel 3.2"
    assert where(12, 14, None, "en", page=23) == "p. 23, line 12-14"
