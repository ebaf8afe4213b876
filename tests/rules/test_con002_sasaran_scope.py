"""CON002: a sentence about the programs supporting one sasaran quotes that sasaran's
per-sasaran table, not the agency's whole budget.

Which sasaran is known from the part of Bab III the sentence stands in ("Sasaran 2: ..."
above it, with the table of that sasaran) or from its number in the sentence ("Sasaran 2
didukung ..."). When it cannot be known, the sentence is not reported.
"""

from __future__ import annotations

from pathlib import Path

from conftest import edited, flatten

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.model import Report
from checker.text import parse_source

# Two sasaran, each with its per-sasaran table (lines 11 and 21), and the overall
# realisation table (line 31, total line 35). Line 17, in sasaran 2's part, states the sum
# of sasaran 2's table.
REPORT = (Path(__file__).parent / "fixtures" / "sasaran_budget.txt").read_text(
    encoding="utf-8")

SENTENCE = ("Kedua program pendukung sasaran ini memiliki pagu Rp 300.000.000 dengan realisasi "
            "Rp 285.000.000 atau 95,00%.")
TABLE_2 = "Tabel 3.3 Program dan Kegiatan Pendukung Sasaran 2 (baris 21)"
TABLE_1 = "Tabel 3.2 Program dan Kegiatan Pendukung Sasaran 1 (baris 11)"


def _report(text: str) -> Report:
    return extract_report(parse_source(text, "laporan.txt"))


def _con002(text: str, registry) -> list[tuple]:
    rules = [rule for rule in registry.rules if rule.code == "CON002"]
    return flatten(check_report(_report(text), rules, Config()).findings)


def test_the_sum_of_the_sasaran_table_is_not_compared_with_the_whole_budget(registry):
    assert _con002(REPORT, registry) == []


def test_a_wrong_sum_is_reported_against_the_table_of_its_sasaran(registry):
    text = edited(REPORT, ("pagu Rp 300.000.000 dengan", "pagu Rp 310.000.000 dengan"))
    assert _con002(text, registry) == [
        ("CON002", 17, "Pagu anggaran tertulis Rp 310.000.000 (baris 17), tidak sama dengan "
         f"angka tabel mana pun yang semestinya dikutip: total pagu {TABLE_2} "
         "Rp 300.000.000."),
    ]


def test_the_part_the_sentence_stands_in_decides_the_table(registry):
    # Sasaran 2's sum written in sasaran 1's part: it is sasaran 1's table it must quote.
    text = edited(REPORT, (SENTENCE, "Sasaran ini tercapai."),
                  ("Program pendukung sasaran ini terealisasi dengan baik.", SENTENCE))
    assert _con002(text, registry) == [
        ("CON002", 7, "Pagu anggaran tertulis Rp 300.000.000 (baris 7), tidak sama dengan "
         f"angka tabel mana pun yang semestinya dikutip: total pagu {TABLE_1} "
         "Rp 400.000.000."),
        ("CON002", 7, "Realisasi anggaran tertulis Rp 285.000.000 (baris 7), tidak sama dengan "
         f"angka tabel mana pun yang semestinya dikutip: total realisasi {TABLE_1} "
         "Rp 370.000.000."),
        ("CON002", 7, "Persentase realisasi anggaran tertulis 95,00% (baris 7), tidak sama "
         f"dengan angka tabel mana pun yang semestinya dikutip: realisasi/pagu {TABLE_1} "
         "92,50%."),
    ]


def test_a_part_whose_table_contradicts_its_title_is_not_guessed(registry):
    # The part says sasaran 3, the table in it says sasaran 2: which one is meant is unsure.
    text = edited(REPORT, ("Sasaran 2: Meningkatnya", "Sasaran 3: Meningkatnya"),
                  ("pagu Rp 300.000.000 dengan", "pagu Rp 310.000.000 dengan"))
    assert _con002(text, registry) == []


# -- the sasaran named by its number (structured report) ----------------------------------

# A per-sasaran table of sasaran 2 (line 8) and the overall table (line 20).
BUDGET = """\
[[budgets]]
table = "Tabel 3.3"
kind = "realisasi"
sasaran = "2"
[[budgets.items]]
level = "program"
name = "Program Pemberdayaan Masyarakat Desa dan Kelurahan"
pagu = "100.000.000"
realisasi = "96.000.000"
[[budgets.items]]
level = "program"
name = "Program Pembinaan dan Pengawasan Pemerintahan Desa"
pagu = "200.000.000"
realisasi = "189.000.000"

[[budgets]]
table = "Tabel 3.4"
kind = "realisasi"
[budgets.total]
pagu = "700.000.000"
realisasi = "655.000.000"
[[budgets.items]]
level = "program"
name = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
pagu = "400.000.000"
realisasi = "370.000.000"
[[budgets.items]]
level = "program"
name = "Program Pemberdayaan Masyarakat Desa dan Kelurahan"
pagu = "100.000.000"
realisasi = "96.000.000"
[[budgets.items]]
level = "program"
name = "Program Pembinaan dan Pengawasan Pemerintahan Desa"
pagu = "200.000.000"
realisasi = "189.000.000"

"""
_CLAIM_LINE = 45  # the [[claims]] header after BUDGET


def _claim(subject: str, value: str, text: str) -> str:
    return (f'[[claims]]\nkind = "amount"\nsubject = "{subject}"\nvalue = "{value}"\n'
            f'group = "g"\ntext = "{text}"\n\n')


def _structured(check, subject: str, value: str, text: str) -> list[tuple]:
    return flatten(check(BUDGET + _claim(subject, value, text), "CON002").findings)


def test_a_sentence_that_opens_with_the_sasaran_quotes_its_table(check):
    text = "Sasaran 2 didukung oleh dua program dengan pagu Rp 300.000.000."
    assert _structured(check, "pagu", "300.000.000", text) == []


def test_a_wrong_sum_of_a_numbered_sasaran_is_reported(check):
    text = "Program pendukung sasaran strategis ke-2 menyerap Rp 280.000.000."
    assert _structured(check, "realisasi", "280.000.000", text) == [
        ("CON002", _CLAIM_LINE, "Realisasi anggaran tertulis 280.000.000 (baris 45), tidak "
         "sama dengan angka tabel mana pun yang semestinya dikutip: total realisasi Tabel 3.3 "
         "(baris 8) Rp 285.000.000."),
    ]


def test_this_sasaran_with_no_part_to_tell_which_is_not_reported(check):
    text = "Ketiga program pendukung sasaran ini memiliki pagu Rp 123.000.000."
    assert _structured(check, "pagu", "123.000.000", text) == []


def test_two_sasaran_in_one_sentence_are_not_guessed(check):
    text = "Sasaran 1 dan sasaran 2 didukung anggaran Rp 650.000.000."
    assert _structured(check, "pagu", "650.000.000", text) == []


def test_a_capaian_of_the_sasaran_is_no_sasaran_number(check):
    # "sasaran 107,19%" is no sasaran 107: the named program is still checked.
    text = ("Program Pemberdayaan Masyarakat Desa dan Kelurahan memiliki pagu Rp 90.000.000, "
            "sementara capaian sasaran 107,19%.")
    assert _structured(check, "pagu", "90.000.000", text) == [
        ("CON002", _CLAIM_LINE, "Pagu anggaran tertulis 90.000.000 (baris 45), tidak sama "
         "dengan angka tabel mana pun yang semestinya dikutip: pagu program 'Program "
         "Pemberdayaan Masyarakat Desa dan Kelurahan' di Tabel 3.3 (baris 12) Rp 100.000.000; "
         "pagu program 'Program Pemberdayaan Masyarakat Desa dan Kelurahan' di Tabel 3.4 "
         "(baris 34) Rp 100.000.000."),
    ]


def test_a_row_named_beside_this_sasaran_is_still_that_rows(check):
    text = ("Program Pembinaan dan Pengawasan Pemerintahan Desa yang menunjang sasaran ini "
            "memiliki pagu Rp 250.000.000.")
    assert _structured(check, "pagu", "250.000.000", text) == [
        ("CON002", _CLAIM_LINE, "Pagu anggaran tertulis 250.000.000 (baris 45), tidak sama "
         "dengan angka tabel mana pun yang semestinya dikutip: pagu program 'Program "
         "Pembinaan dan Pengawasan Pemerintahan Desa' di Tabel 3.3 (baris 17) Rp 200.000.000; "
         "pagu program 'Program Pembinaan dan Pengawasan Pemerintahan Desa' di Tabel 3.4 "
         "(baris 39) Rp 200.000.000."),
    ]
