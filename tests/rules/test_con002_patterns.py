"""CON002: a narrative amount is tied to the budget row whose whole name the sentence
names, never to a shorter name nested in it.

Line numbers count the 7-line META prefix of conftest: a body's first line is line 8.
"""

from __future__ import annotations

from conftest import flatten

# The allocation table (line 8) prints one sub kegiatan cut short by the converter; the
# realisation table (line 18) holds the program, its kegiatan and the sub kegiatan whole.
BUDGET = """\
[[budgets]]
table = "Tabel 2.4"
kind = "alokasi"
[budgets.total]
pagu = "600.000.000"
[[budgets.items]]
level = "sub_kegiatan"
name = "Penyediaan Jasa Komunikasi"
pagu = "55.000.000"

[[budgets]]
table = "Tabel 3.3"
kind = "realisasi"
[budgets.total]
pagu = "600.000.000"
realisasi = "570.000.000"
[[budgets.items]]
level = "program"
name = "Program Penunjang Urusan Pemerintahan Daerah"
pagu = "600.000.000"
realisasi = "570.000.000"
[[budgets.items]]
level = "kegiatan"
name = "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah"
pagu = "100.000.000"
realisasi = "95.000.000"
[[budgets.items]]
level = "sub_kegiatan"
name = "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik"
pagu = "60.000.000"
realisasi = "58.000.000"
[[budgets.items]]
level = "sub_kegiatan"
name = "Koordinasi dan Penyusunan DPA-SKPD"
pagu = "10.000.000"
realisasi = "9.000.000"

"""

_LINE = 45  # the [[claims]] header


def _claim(subject: str, value: str, text: str) -> str:
    return (f'[[claims]]\nkind = "amount"\nsubject = "{subject}"\nvalue = "{value}"\n'
            f'group = "g"\ntext = "{text}"\n\n')


def _findings(check, subject: str, value: str, text: str) -> list[tuple]:
    return flatten(check(BUDGET + _claim(subject, value, text), "CON002").findings)


def test_con002_a_kegiatan_is_not_the_program_its_name_contains(check):
    text = ("Kegiatan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah dianggarkan "
            "Rp 100.000.000.")
    assert _findings(check, "pagu", "100.000.000", text) == []


def test_con002_a_sub_kegiatan_is_not_a_shorter_name_it_starts_with(check):
    text = ("Sub kegiatan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik "
            "dianggarkan Rp 60.000.000.")
    assert _findings(check, "pagu", "60.000.000", text) == []


def test_con002_a_word_inside_a_named_sub_kegiatan_is_not_the_whole_budget(check):
    text = "Sub kegiatan Koordinasi dan Penyusunan DPA-SKPD dianggarkan Rp 12.000.000."
    assert _findings(check, "pagu", "12.000.000", text) == [
        ("CON002", _LINE, "Pagu anggaran tertulis 12.000.000 (baris 45), tidak sama dengan "
         "angka tabel mana pun yang semestinya dikutip: pagu sub kegiatan 'Koordinasi dan "
         "Penyusunan DPA-SKPD' di Tabel 3.3 (baris 39) Rp 10.000.000."),
    ]


def test_con002_a_wrong_amount_of_the_whole_name_is_still_reported(check):
    text = ("Sub kegiatan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik "
            "terealisasi Rp 57.000.000.")
    assert _findings(check, "realisasi", "57.000.000", text) == [
        ("CON002", _LINE, "Realisasi anggaran tertulis 57.000.000 (baris 45), tidak sama "
         "dengan angka tabel mana pun yang semestinya dikutip: realisasi sub kegiatan "
         "'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik' di Tabel 3.3 (baris 34) "
         "Rp 58.000.000."),
    ]


def test_con002_the_shorter_name_alone_is_still_its_own_row(check):
    text = "Sub kegiatan Penyediaan Jasa Komunikasi dialokasikan Rp 50.000.000."
    assert _findings(check, "pagu", "50.000.000", text) == [
        ("CON002", _LINE, "Pagu anggaran tertulis 50.000.000 (baris 45), tidak sama dengan "
         "angka tabel mana pun yang semestinya dikutip: pagu sub kegiatan 'Penyediaan Jasa "
         "Komunikasi' di Tabel 2.4 (baris 13) Rp 55.000.000."),
    ]


def test_con002_a_program_named_whole_keeps_its_own_rows(check):
    text = "Program Penunjang Urusan Pemerintahan Daerah dianggarkan Rp 650.000.000."
    assert _findings(check, "pagu", "650.000.000", text) == [
        ("CON002", _LINE, "Pagu anggaran tertulis 650.000.000 (baris 45), tidak sama dengan "
         "angka tabel mana pun yang semestinya dikutip: pagu program 'Program Penunjang "
         "Urusan Pemerintahan Daerah' di Tabel 3.3 (baris 24) Rp 600.000.000."),
    ]
