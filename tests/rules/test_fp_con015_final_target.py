"""CON015 on the comparison with the Renstra's final target and with another level of
government: "tingkat kemajuan ... sebesar 94,67%" and "mencapai 96,04% dari target akhir
Renstra 72,00" give the progress towards the final target, and "Nilai Tukar Petani ...
provinsi tahun 2024 sebesar 102,45" the provinsi's figure beside a kabupaten agency's.
None is the year's realisasi of the indicator.

``con015_final_target_clean.txt`` holds those sentences; ``con015_final_target_defects.txt``
the same places with a wrong figure of the year: a realisasi beside the final target, one
named "Realisasi ... dari target akhir", the measure of the agency's own kabupaten, and
a realisasi against the year's target."""

from __future__ import annotations

TABLE = "Tabel 3.1 Capaian Kinerja Tahun 2024"
NTP = "Nilai Tukar Petani (NTP) subsektor tanaman pangan"


def test_progress_to_the_final_target_and_another_body_are_not_the_realisasi(check_text):
    assert check_text("con015_final_target_clean.txt", "CON015") == []


def test_a_wrong_realisasi_in_the_same_places_is_still_found(check_text):
    assert check_text("con015_final_target_defects.txt", "CON015") == [
        ("CON015", 20, "Uraian menyebut realisasi indikator 'Persentase susut hasil panen "
         f"padi' 7,60%, sedangkan {TABLE} (baris 12) memuat 7,9."),
        ("CON015", 20, f"Uraian menyebut realisasi indikator '{NTP}' 103,21, sedangkan "
         f"{TABLE} (baris 13) memuat 103,12."),
        ("CON015", 22, f"Uraian menyebut realisasi indikator '{NTP}' 102,45, sedangkan "
         f"{TABLE} (baris 13) memuat 103,12."),
        ("CON015", 24, "Uraian menyebut realisasi indikator 'Nilai SAKIP Dinas Pertanian' "
         f"69,51, sedangkan {TABLE} (baris 14) memuat 69,15."),
    ]
