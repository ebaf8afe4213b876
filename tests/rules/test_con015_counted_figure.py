"""CON015: the count of what a "Jumlah ..." indicator counts, stated in the narrative
before what it counts ("tercatat 66 inovasi daerah yang diterapkan") without the
indicator's leading "Jumlah", against the capaian table.

``con015_counted_figure_defects.txt`` states 66 where the table gives 69;
``con015_counted_figure_clean.txt`` states 69, and the look-alikes: the count of an
earlier year (named before or after it, or "tahun lalu"), a part of a whole ("40 ...
dari 69"), and a breakdown not introduced as the count."""

from __future__ import annotations

TABLE = "Tabel 3.1 Capaian Kinerja Tahun 2024"


def test_con015_reports_a_count_unlike_the_table(check_text):
    assert check_text("con015_counted_figure_defects.txt", "CON015") == [
        ("CON015", 17, "Uraian menyebut realisasi indikator 'Jumlah inovasi daerah yang "
         f"diterapkan' 66, sedangkan {TABLE} (baris 12) memuat 69."),
    ]


def test_con015_leaves_the_right_count_and_other_years_counts(check_text):
    assert check_text("con015_counted_figure_clean.txt", "CON015") == []
