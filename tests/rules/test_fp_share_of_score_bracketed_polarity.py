"""False findings on a share of a named whole and on an indicator printed with an added
bracketed word, and the defects of the same kind that must still be found.

- CON015: "<indikator> sudah mencapai 83,20 persen dari skor 75,00" gives the share of
  that score the realisasi is (progress towards a later target), not the realisasi.
- CAP001: a sentence saying an indicator is lower-is-better names it without its
  bracketed words; one table printing a unit after the name ("... (handling time)
  (jam)") is the same indicator, not a second one sharing the short name.
"""

from __future__ import annotations

TABLE = "Tabel 3.1 Capaian Kinerja Tahun 2024"
NILAI_RB = "Nilai Reformasi Birokrasi"
REKOMENDASI = "Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti"


def test_con015_a_percentage_of_a_named_score_is_not_the_realisasi(check_text):
    assert check_text("con015_share_of_score_clean.txt", "CON015") == []


def test_con015_a_wrong_realisasi_beside_such_a_share_is_still_found(check_text):
    assert check_text("con015_share_of_score_defects.txt", "CON015") == [
        ("CON015", 17, f"Uraian menyebut realisasi indikator '{NILAI_RB}' 64,20, sedangkan "
         f"{TABLE} (baris 12) memuat 62,4."),
        ("CON015", 17, f"Uraian menyebut realisasi indikator '{REKOMENDASI}' 95,20, "
         f"sedangkan {TABLE} (baris 13) memuat 92,5."),
        ("CON015", 19, f"Uraian menyebut realisasi indikator '{NILAI_RB}' 64,20, sedangkan "
         f"{TABLE} (baris 12) memuat 62,4."),
    ]


def test_cap001_names_differing_by_an_added_bracket_share_the_stated_polarity(check_text):
    assert check_text("cap001_bracketed_name_polarity_clean.txt", "CAP001") == []


def test_cap001_a_short_name_two_indicators_share_gives_no_polarity(check_text):
    # "(kebakaran)" and "(bencana non kebakaran)": two indicators, neither named alone by
    # the sentence, so both are computed as the name suggests (higher is better).
    found = check_text("cap001_bracketed_name_polarity_defects.txt", "CAP001")
    assert [(code, line) for code, line, _ in found] == [("CAP001", 14), ("CAP001", 20)]
    assert all("16,00 / 20,00 x 100 = 80,00%" in message for _, _, message in found)


def test_cap001_a_wrong_capaian_of_that_indicator_is_found_with_its_polarity(check_text):
    assert check_text("cap001_bracketed_name_polarity_wrong.txt", "CAP001") == [
        ("CAP001", 20, "Capaian indikator 'Lama penanganan aduan warga (handling time) (jam)' "
         "tertulis 125,00, sedangkan hasil hitung (2 x 20,00 - 16,00) / 20,00 x 100 = 120,00%."),
    ]
