"""CON015: an indicator whose table name ends in its unit in brackets ("Angka Kematian
Bayi (per 1.000 KH)") is named in the text without it, and a rate's unit ("8,10 per
1.000 kelahiran hidup") stands between its figure and "terhadap target": the base of
the rate is part of the unit, not a figure of its own."""

from __future__ import annotations

TABLE = "Tabel 3.1 Capaian Kinerja Tahun 2024"


def test_a_rate_unlike_the_table_and_a_capaian_unlike_its_rate_are_found(check_text):
    assert check_text("con015_rate_unit_defects.txt", "CON015") == [
        ("CON015", 17, "Uraian menyebut realisasi indikator 'Angka Kematian Bayi (per 1.000 "
         f"KH)' 8,01, sedangkan {TABLE} (baris 12) memuat 8,1."),
        ("CON015", 19, "Uraian menyebut capaian 130,00%, padahal dari realisasi 4,50 dan "
         "target 5,00 dalam kalimat yang sama 4,50 / 5,00 x 100 = 90,00%."),
    ]


def test_rates_that_agree_and_another_level_are_left_alone(check_text):
    assert check_text("con015_rate_unit_clean.txt", "CON015") == []
