"""STR010: an Ikhtisar Eksekutif that leaves out what Permenpan RB 53/2014 asks it to
hold, on small text reports of Kecamatan Sukamaju on 2024 written for the project:
``ikhtisar_defects.txt`` gives the sasaran, the capaian and the budget but no problem
and no step; ``ikhtisar_clean.txt`` gives all five, in other words than the regulation's
("hambatan", "realisasi keuangan", "upaya")."""

from __future__ import annotations


def test_str010_names_every_element_missing(check_text):
    assert check_text("ikhtisar_defects.txt", "STR010") == [
        ("STR010", 5, "Ikhtisar Eksekutif (baris 5-9) tidak memuat kendala yang dihadapi dan "
         "langkah mengatasi kendala."),
    ]
    assert check_text("ikhtisar_defects.txt", "STR010", lang="en")[0][2] == (
        "The Ikhtisar Eksekutif (lines 5-9) does not give the problems met and the steps "
        "taken against them.")


def test_str010_takes_the_elements_in_other_words(check_text):
    assert check_text("ikhtisar_clean.txt", "STR010") == []
