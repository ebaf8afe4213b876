"""STR009: a Sistematika Penulisan entry copied from another chapter's, on small text
reports of Kecamatan Sukamaju on 2024 written for the project: ``sistematika_defects.txt``
describes Bab III with Bab II's words (entries on one line each);
``sistematika_clean.txt`` holds what must pass (entries as paragraphs, two parts of one
chapter described alike, a description too short to be a copy)."""

from __future__ import annotations

from pathlib import Path

from checker.extract import extract_report
from checker.model import Report
from checker.text import parse_source
from rules.structure.str009_sistematika_copy import _entries, _span

FIXTURES = Path(__file__).parent / "fixtures"


def _report(name: str) -> Report:
    path = FIXTURES / name
    return extract_report(parse_source(path.read_text(encoding="utf-8"), str(path)))


def test_str009_reports_a_chapter_described_with_another_chapters_words(check_text):
    assert check_text("sistematika_defects.txt", "STR009") == [
        ("STR009", 15, "Uraian Bab III pada Sistematika Penulisan sama dengan uraian Bab II "
         "(baris 14)."),
    ]
    assert check_text("sistematika_defects.txt", "STR009", lang="en")[0][2] == (
        "The Sistematika Penulisan describes Bab III as it describes Bab II (line 14).")


def test_str009_reads_paragraph_entries_and_leaves_parts_of_one_chapter_alone(check_text):
    report = _report("sistematika_clean.txt")
    span = _span(report)
    assert span is not None
    assert [entry.bab for entry in _entries(report, *span)] == [
        "I", "II", "III", "III.A", "III.B", "IV"]
    assert check_text("sistematika_clean.txt", "STR009") == []
