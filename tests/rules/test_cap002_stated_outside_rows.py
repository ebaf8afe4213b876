"""CAP002 on a sasaran capaian printed outside a sasaran row: in the sentence right
below the capaian table, or in a 'Capaian Sasaran' cell merged over the sasaran's
indicator rows of a table that names no sasaran."""

from __future__ import annotations


def _cap002(findings: list[tuple]) -> list[tuple]:
    return [finding for finding in findings if finding[0] == "CAP002"]


def test_sentence_below_the_table_is_checked_against_the_mean(check_text):
    found = _cap002(check_text("cap002_sentence_mean_defects.md", "CAP002"))
    assert len(found) == 1
    _, line, message = found[0]
    assert line == 16  # the sentence, not the table
    assert "Meningkatnya produksi perikanan budidaya" in message
    assert "102,20" in message and "102,00" in message


def test_sentence_stating_the_mean_is_silent(check_text):
    assert _cap002(check_text("cap002_sentence_mean_clean.md", "CAP002")) == []


def test_sentence_of_a_weighted_mean_is_silent(check_text):
    # The report weighs its indicators (bobot 60/40): 101,60 is not the plain mean 102,00.
    assert _cap002(check_text("cap002_sentence_weighted_clean.md", "CAP002")) == []


def test_merged_capaian_sasaran_cell_is_checked_against_the_mean(check_text):
    found = _cap002(check_text("cap002_merged_cell_defects.md", "CAP002", lang="en"))
    assert len(found) == 1
    _, line, message = found[0]
    assert line == 25  # the first row under the merged cell of Sasaran 2
    assert "Meningkatnya konsumsi ikan masyarakat" in message
    assert "97,60" in message and "97.00%" in message  # the English message


def test_merged_capaian_sasaran_cell_stating_the_mean_is_silent(check_text):
    assert _cap002(check_text("cap002_merged_cell_clean.md", "CAP002")) == []
