"""INP006: a part of the outline whose main table was not read is named, at its heading."""

from __future__ import annotations

from checker.extract import extract_report
from checker.text import parse_source
from tests.conftest import FIXTURES

RULE = "INP006"


def test_each_part_without_its_table_is_named_at_its_heading(check_text) -> None:
    found = check_text("inp006_main_tables_defects.md", RULE)
    assert [(code, line) for code, line, *_ in found] == [(RULE, 7), (RULE, 57), (RULE, 87)]


def test_the_message_names_the_table_and_the_checks_skipped(check_text) -> None:
    english = [finding[-1] for finding in check_text("inp006_main_tables_defects.md", RULE,
                                                     lang="en")]
    assert any("Perjanjian Kinerja" in text and "counts against the PK" in text
               for text in english)
    assert any("capaian table" in text and "were not run" in text for text in english)
    assert any("budget table by program" in text for text in english)


def test_silent_when_the_tables_and_the_pk_lists_are_read(check_text) -> None:
    assert check_text("inp006_main_tables_clean.md", RULE) == []


def test_silent_when_the_parts_are_too_short_to_have_held_a_table(check_text) -> None:
    # The same outline as the defects fixture, each part a line or two: a skeleton.
    assert check_text("inp006_main_tables_skeleton.md", RULE) == []


def test_the_pk_written_as_lists_counts_as_read() -> None:
    path = FIXTURES / "inp006_main_tables_clean.md"
    report = extract_report(parse_source(path.read_text(encoding="utf-8"), str(path)))
    assert [row.indikator for row in report.agreements] == [
        "Skor Pola Pangan Harapan", "Persentase cadangan pangan yang tersedia"]


def test_a_structured_report_is_not_judged(check) -> None:
    # The same outline as a structured report: it states its tables itself.
    body = """
[[outline]]
kind = "bab_3"
text = "BAB III AKUNTABILITAS KINERJA"
line = 12

[[outline]]
kind = "realisasi_anggaran"
text = "B. Realisasi Anggaran"
line = 18
"""
    assert check(body, RULE).findings == ()
