"""HYG002: the year in the report's own name, when the agency's name holds commas
("Dinas Perhubungan, Pertanahan dan Tata Ruang"): the commas inside the name do not
stop the name from being read, so a year left from last year's report is found."""

from __future__ import annotations


def test_a_stale_year_after_a_name_with_commas_is_found(check_text):
    found = check_text("hyg002_name_with_commas_defects.txt", "HYG002")
    assert [(code, line) for code, line, _ in found] == [("HYG002", 7)]
    message = found[0][2]
    assert '"2023"' in message and "2024" in message
    assert "Pertanahan dan Tata Ruang Kabupaten Contoh Tahun 2023" in message


def test_the_reporting_year_after_a_name_with_commas_is_left_alone(check_text):
    assert check_text("hyg002_name_with_commas_clean.txt", "HYG002") == []
