"""CON002/CON005: revenue, cash carried over and other years' figures are no claims about
this year's spending budget.

A BLUD hospital reports its revenue (pendapatan BLUD, its target, the cost recovery rate)
beside its spending; the budget tables hold only the spending. Cash carried over from last
year (sisa kas, SiLPA) pays for this year's budget but is not what is left of it.

Line numbers count the 7-line META prefix of conftest (year 2024): a body's first line is
line 8.
"""

from __future__ import annotations

from conftest import flatten

# The spending (its total on line 11): Rp 1.000.000.000 budgeted, Rp 950.000.000 spent
# (95,00%), sisa Rp 50.000.000.
BUDGET = """\
[[budgets]]
table = "Tabel 3.5"
kind = "realisasi"
[budgets.total]
pagu = "1.000.000.000"
realisasi = "950.000.000"
persen = "95,00"
sisa = "50.000.000"
[[budgets.items]]
level = "sub_kegiatan"
name = "Pelayanan dan Penunjang Pelayanan BLUD"
pagu = "1.000.000.000"
realisasi = "950.000.000"

"""
_FIRST = 22  # the first [[claims]] header after BUDGET; each claim takes 7 lines


def _claims(text: str, *figures: tuple[str, str]) -> str:
    return "".join(
        f'[[claims]]\nkind = "amount"\nsubject = "{subject}"\nvalue = "{value}"\n'
        f'group = "g"\ntext = "{text}"\n\n' for subject, value in figures)


def _con002(check, text: str, *figures: tuple[str, str]) -> list[tuple]:
    return flatten(check(BUDGET + _claims(text, *figures), "CON002").findings)


def test_blud_revenue_and_its_percentage_are_not_the_spending(check):
    text = "Pendapatan BLUD terealisasi Rp 620.000.000 dari target Rp 600.000.000 atau 103,33%."
    assert _con002(check, text, ("realisasi", "620.000.000"), ("persen", "103,33%")) == []


def test_the_cost_recovery_rate_is_not_a_realisation_percentage(check):
    text = ("Cost Recovery Rate terealisasi 75,98% dari target 75,00%, dihitung dari "
            "pendapatan BLUD dibagi jumlah belanja BLUD.")
    assert _con002(check, text, ("persen", "75,98%")) == []


def test_spending_and_revenue_in_one_sentence_are_told_apart(check):
    text = ("Realisasi belanja sebesar Rp 950.000.000 (95,00%) dan realisasi pendapatan BLUD "
            "sebesar Rp 620.000.000 (103,33%).")
    figures = (("realisasi", "950.000.000"), ("persen", "95,00%"),
               ("realisasi", "620.000.000"), ("persen", "103,33%"))
    assert _con002(check, text, *figures) == []


def test_a_wrong_spending_figure_beside_the_revenue_is_still_reported(check):
    text = ("Realisasi belanja sebesar Rp 940.000.000 (95,00%) dan realisasi pendapatan BLUD "
            "sebesar Rp 620.000.000 (103,33%).")
    figures = (("realisasi", "940.000.000"), ("persen", "95,00%"),
               ("realisasi", "620.000.000"), ("persen", "103,33%"))
    assert _con002(check, text, *figures) == [
        ("CON002", _FIRST, "Realisasi anggaran tertulis 940.000.000 (baris 22), tidak sama "
         "dengan angka tabel mana pun yang semestinya dikutip: total realisasi Tabel 3.5 "
         "(baris 11) Rp 950.000.000."),
    ]


def test_cash_carried_over_from_last_year_is_not_the_unspent_budget(check):
    text = ("Sub kegiatan Pelayanan dan Penunjang Pelayanan BLUD dengan pagu Rp 1.000.000.000 "
            "dibiayai dari target pendapatan BLUD sebesar Rp 980.000.000 dan sisa kas BLUD "
            "tahun sebelumnya sebesar Rp 20.000.000.")
    assert _con002(check, text, ("pagu", "1.000.000.000"), ("sisa", "20.000.000")) == []


def test_cash_held_is_not_the_unspent_budget(check):
    text = "Saldo sisa kas BLUD pada akhir tahun sebesar Rp 35.000.000."
    assert _con002(check, text, ("sisa", "35.000.000")) == []


def test_the_unspent_budget_of_another_year_is_in_no_table_of_this_one(check):
    text = ("Sisa anggaran tahun 2023 sebesar Rp 42.000.000 dan sisa anggaran tahun 2024 "
            "Rp 50.000.000.")
    assert _con002(check, text, ("sisa", "42.000.000"), ("sisa", "50.000.000")) == []


def test_a_wrong_unspent_budget_of_this_year_is_still_reported(check):
    text = ("Sisa anggaran tahun lalu Rp 42.000.000, sedangkan sisa anggaran tahun ini "
            "Rp 45.000.000.")
    assert _con002(check, text, ("sisa", "42.000.000"), ("sisa", "45.000.000")) == [
        ("CON002", _FIRST + 7, "Sisa anggaran tertulis 45.000.000 (baris 29), tidak sama "
         "dengan angka tabel mana pun yang semestinya dikutip: total sisa Tabel 3.5 (baris 11) "
         "Rp 50.000.000; pagu dikurangi realisasi Tabel 3.5 (baris 11) Rp 50.000.000."),
    ]


IKHTISAR = """\
[[outline]]
kind = "ikhtisar_eksekutif"
text = "IKHTISAR EKSEKUTIF"

{claims}[[outline]]
kind = "bab_1"
text = "BAB I PENDAHULUAN"

"""


def test_con005_the_ikhtisar_revenue_is_not_the_spending(check):
    revenue = _claims("Pendapatan BLUD terealisasi Rp 620.000.000 atau 103,33% dari target.",
                      ("realisasi", "620.000.000"), ("persen", "103,33%"))
    spending = _claims("Realisasi belanja mencapai Rp 900.000.000 atau 90,00%.",
                       ("realisasi", "900.000.000"))
    body = IKHTISAR.format(claims=revenue + spending) + BUDGET
    assert [(f.rule, f.actual) for f in check(body, "CON005", "CON002").findings] == [
        ("CON005", "900000000")]
