"""HYG002: a Bab III sentence that states what the year's work produced ("menghasilkan",
"terdapat", "tercatat" + a count) with a year before the one reported on.

``hyg002_stale_results_defects.txt`` holds two such sentences in a 2024 report;
``hyg002_stale_results_clean.txt`` the same sentences with 2024, and the look-alikes:
history in Bab I, a sentence that also names the report year, a comparison, the audit of
last year's accounts, a period since an earlier year, a percentage (no count), a plan,
and a sentence under the heading of the comparison with earlier years."""

from __future__ import annotations


def test_hyg002_reports_an_earlier_year_in_a_results_sentence(check_text):
    assert [(rule, line, message.split(";")[0]) for rule, line, message
            in check_text("hyg002_stale_results_defects.txt", "HYG002")] == [
        ("HYG002", 12, 'Tahun hasil kegiatan "2023" tidak sesuai dengan tahun laporan 2024'),
        ("HYG002", 13, 'Tahun hasil kegiatan "2023" tidak sesuai dengan tahun laporan 2024'),
    ]


def test_hyg002_message_quotes_the_sentence_in_both_languages(check_text):
    (_, _, indonesian), _ = check_text("hyg002_stale_results_defects.txt", "HYG002")
    (_, _, english), _ = check_text("hyg002_stale_results_defects.txt", "HYG002", lang="en")
    assert "tahun 2023 menghasilkan 37 temuan" in indonesian
    assert "does not fit the reporting year 2024" in english


def test_hyg002_leaves_results_of_the_year_comparisons_and_history(check_text):
    assert check_text("hyg002_stale_results_clean.txt", "HYG002") == []
