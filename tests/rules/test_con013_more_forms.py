"""CON013 on the other ways a sentence gives a count, its whole and its share: "N dari M
<unit> (P%)", "Dari M <unit> ..., N <unit> (P%)", "sebanyak N (P%) ... dari total M",
and counts with thousands separators. ``con013_more_forms_defects.txt`` holds one wrong
share in each form; ``con013_more_forms_clean.txt`` the same sentences right, and the
look-alikes that are no share of the count beside them (a whole introduced as a target,
a loose "P% dari target", a year, figures with decimals, a part counted in another unit)."""

from __future__ import annotations


def test_each_form_of_a_wrong_share_is_found(check_text):
    assert check_text("con013_more_forms_defects.txt", "CON013") == [
        ("CON013", 9, "3.241 asn dari 4.286 adalah 75,62%, bukan 74,99% seperti tertulis."),
        ("CON013", 11, "2.618 layanan dari 2.874 adalah 91,09%, bukan 93,28% seperti "
         "tertulis."),
        ("CON013", 13, "45 pegawai dari 60 adalah 75,00%, bukan 80,00% seperti tertulis."),
        ("CON013", 15, "11 desa dari 17 adalah 64,71%, bukan 58,82% seperti tertulis."),
    ]


def test_counts_are_grouped_as_each_language_writes_them(check_text):
    english = check_text("con013_more_forms_defects.txt", "CON013", lang="en")
    assert english[0][2].startswith("3,241 asn out of 4,286 is 75,62%")


def test_the_right_shares_and_the_look_alikes_are_left_alone(check_text):
    assert check_text("con013_more_forms_clean.txt", "CON013") == []
