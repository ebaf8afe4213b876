"""CON002 on the revenue a finance agency reports as an indicator's data: "Target PAD ...
dalam APBD Perubahan sebesar Rp X dan realisasinya Rp Y" names the region's own revenue,
the APBD only the document the target is set in; the agency's budget figure named so
("Pagu anggaran ... dalam APBD Perubahan sebesar Rp X dengan realisasi Rp Y") is still
checked against the budget table.

Line numbers count the 7-line META prefix of conftest (year 2024): a body's first line is
line 8.
"""

from __future__ import annotations

from conftest import flatten

# The agency's spending (its total on line 11): Rp 1.000.000.000 budgeted, Rp 950.000.000
# spent.
BUDGET = """\
[[budgets]]
table = "Tabel 3.2"
kind = "realisasi"
[budgets.total]
pagu = "1.000.000.000"
realisasi = "950.000.000"
persen = "95,00"
[[budgets.items]]
level = "program"
name = "Pengelolaan Pendapatan Daerah"
pagu = "1.000.000.000"
realisasi = "950.000.000"

"""
_FIRST = 21  # the first [[claims]] header after BUDGET; each claim takes 7 lines


def _claims(text: str, *figures: tuple[str, str]) -> str:
    return "".join(
        f'[[claims]]\nkind = "amount"\nsubject = "{subject}"\nvalue = "{value}"\n'
        f'group = "g"\ntext = "{text}"\n\n' for subject, value in figures)


def _con002(check, text: str, *figures: tuple[str, str]) -> list[tuple]:
    return flatten(check(BUDGET + _claims(text, *figures), "CON002").findings)


def test_a_revenue_target_set_in_the_apbd_is_not_the_budget(check):
    text = ("Target PAD Kabupaten Tahun 2024 dalam APBD Perubahan sebesar Rp318.640.000.000 "
            "dan realisasinya Rp331.275.418.650, sehingga persentase realisasi PAD terhadap "
            "target sebesar 103,97%.")
    figures = (("pagu", "Rp318.640.000.000"), ("realisasi", "Rp331.275.418.650"))
    assert _con002(check, text, *figures) == []


def test_a_tax_revenue_set_in_the_dpa_is_not_the_budget(check):
    text = ("Target penerimaan pajak daerah pada DPA sebesar Rp 12.000.000.000 dengan "
            "realisasi Rp 12.500.000.000.")
    figures = (("pagu", "Rp 12.000.000.000"), ("realisasi", "Rp 12.500.000.000"))
    assert _con002(check, text, *figures) == []


def test_a_wrong_budget_set_in_the_apbd_is_still_reported(check):
    text = ("Pagu anggaran Badan dalam APBD Perubahan sebesar Rp 1.200.000.000 dengan "
            "realisasi Rp 950.000.000.")
    figures = (("pagu", "Rp 1.200.000.000"), ("realisasi", "Rp 950.000.000"))
    assert _con002(check, text, *figures) == [
        ("CON002", _FIRST, "Pagu anggaran tertulis Rp 1.200.000.000 (baris 21), tidak sama "
         "dengan angka tabel mana pun yang semestinya dikutip: total pagu Tabel 3.2 (baris 11) "
         "Rp 1.000.000.000."),
    ]


def test_a_wrong_budget_beside_the_revenue_target_is_still_reported(check):
    text = ("Target PAD dalam APBD sebesar Rp 318.640.000.000, sedangkan anggaran belanja "
            "Badan sebesar Rp 1.100.000.000.")
    figures = (("pagu", "Rp 318.640.000.000"), ("pagu", "Rp 1.100.000.000"))
    assert [finding[1:] for finding in _con002(check, text, *figures)] == [
        (_FIRST + 7, "Pagu anggaran tertulis Rp 1.100.000.000 (baris 28), tidak sama "
         "dengan angka tabel mana pun yang semestinya dikutip: total pagu Tabel 3.2 (baris 11) "
         "Rp 1.000.000.000."),
    ]
