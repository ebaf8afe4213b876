"""STR012: an analysis table with an empty cause or solution cell, on small text reports
of Kecamatan Sukamaju on 2024 written for the project: ``analysis_cells_defects.txt``
leaves the solution of an indicator below target and the cause of another empty;
``analysis_cells_clean.txt`` holds what must pass (a row continued after a page break, a
solution left empty where the capaian is 100%, a second indicator under a merged
sasaran, a row the converter cut short, a follow-up table that is not an analysis)."""

from __future__ import annotations


def test_str012_reports_each_empty_cause_or_solution(check_text):
    assert check_text("analysis_cells_defects.txt", "STR012") == [
        ("STR012", 10, "Baris 10: kolom 'Solusi yang Dilakukan' kosong untuk 'Indeks "
         "Kepuasan Masyarakat'."),
        ("STR012", 11, "Baris 11: kolom 'Analisis Penyebab' kosong untuk 'Persentase desa "
         "tertib administrasi'."),
    ]
    assert check_text("analysis_cells_defects.txt", "STR012", lang="en")[0][2] == (
        "Line 10: the 'Solusi yang Dilakukan' column is empty for 'Indeks Kepuasan "
        "Masyarakat'.")


def test_str012_leaves_continued_met_and_cut_rows_alone(check_text):
    assert check_text("analysis_cells_clean.txt", "STR012") == []
