"""STR012: an analysis table with an empty cause or solution cell, on small text reports
of Kecamatan Sukamaju on 2024 written for the project: ``analysis_cells_defects.txt``
leaves the solution of an indicator below target and the cause of another empty;
``analysis_cells_clean.txt`` holds what must pass (a row continued after a page break, a
solution left empty where the capaian is 100%, a second indicator under a merged
sasaran, a row the converter cut short, a follow-up table that is not an analysis). The
same tables printed as HTML ``<table>`` blocks: ``analysis_cells_html_defects.md`` (a
header over two rows, an empty solution below target, a cause cell holding only a
space; a second table titled in ``<td>`` cells, "Tindak&nbsp;Lanjut", its row number in
bold) and ``analysis_cells_html_clean.md`` (a cause and a solution merged over two
indicators, cells on lines of their own, a solution left empty at 100%, a row continued
in the next ``<tr>``)."""

from __future__ import annotations

from conftest import FIXTURES, flatten

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.text import Limits, parse_source


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


def test_str012_reads_html_tables(check_text):
    assert check_text("analysis_cells_html_defects.md", "STR012") == [
        ("STR012", 10, "Baris 10: kolom 'Solusi yang Dilakukan' kosong untuk 'Indeks "
         "Kepuasan Masyarakat'."),
        ("STR012", 12, "Baris 12: kolom 'Analisis Penyebab' kosong untuk 'Persentase desa "
         "tertib administrasi'."),
        ("STR012", 19, "Baris 19: kolom 'Tindak Lanjut' kosong untuk 'Jumlah kasus tidak "
         "tertangani'."),
    ]


def test_str012_leaves_merged_met_and_continued_html_cells_alone(check_text):
    assert check_text("analysis_cells_html_clean.md", "STR012") == []


def test_str012_skips_an_html_table_beyond_the_readers_limits(registry):
    """A table the text layer left unread (INP002) is not read by the rule either; the
    table of two rows beside it still is."""
    path = FIXTURES / "analysis_cells_html_defects.md"
    source = parse_source(path.read_text(encoding="utf-8"), str(path), Limits(table_rows=2))
    report = extract_report(source)
    rules = [r for r in registry.rules if r.code == "STR012"]
    assert [line for _, line, _ in flatten(check_report(report, rules, Config()).findings)
            ] == [19]


def test_str012_passes_over_a_tab_table_beyond_the_readers_limits(registry):
    """A tab table left unread (INP002) is passed over whole, as the HTML one is: its
    empty cells are not judged, and its rows are not kept (a million-row table)."""
    path = FIXTURES / "analysis_cells_defects.txt"
    rules = [r for r in registry.rules if r.code == "STR012"]

    def lines(limits: Limits) -> list[int]:
        report = extract_report(parse_source(path.read_text(encoding="utf-8"), str(path),
                                             limits))
        return [line for _, line, _ in flatten(check_report(report, rules, Config()).findings)]

    assert lines(Limits()) == [10, 11]
    assert lines(Limits(table_rows=2)) == []
