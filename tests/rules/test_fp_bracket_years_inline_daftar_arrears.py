"""False findings on a revenue agency's report (a Bapenda), each beside the real defect
of its kind, still found:

* STR008: a Daftar Isi written as one paragraph, its parts separated by semicolons
  ("Kata Pengantar; Ikhtisar Eksekutif; Bab I ..."), lists one entry per part, not one
  entry compared with the first heading;
* STR004: the comparison with earlier years written with the year in brackets ("naik
  dari 46,90% (2022)") or after an amount in Rupiah ("naik dari Rp6,12 triliun pada
  tahun 2022");
* CON002: an amount followed by an earlier year ("naik dari Rp ... pada tahun 2023") is
  that year's figure, and arrears collected ("menghasilkan pencairan tunggakan Rp ...")
  are revenue, not the spending of the sub kegiatan named before them.

Line numbers of the TOML bodies count the 7-line META prefix of conftest (year 2024)."""

from __future__ import annotations

import pytest
from conftest import edited, flatten

# -- STR008 --------------------------------------------------------------------------------


def test_str008_reads_each_part_of_a_daftar_isi_written_inline(check_text):
    assert check_text("daftar_isi_inline_list_clean.txt", "STR008") == []


def test_str008_still_reports_an_inline_entry_worded_unlike_its_heading(check_text):
    assert check_text("daftar_isi_inline_list_defects.txt", "STR008") == [
        ("STR008", 11, "Daftar Isi (baris 11) menulis 'Ikhtisar Eksekutif', tetapi judul "
         "Ikhtisar Eksekutif pada baris 13 adalah 'RINGKASAN EKSEKUTIF'."),
    ]


# -- STR004 --------------------------------------------------------------------------------

# One sasaran whose section has analyses (1) and (3) to (7); ANALYSIS_2 is the line each
# test rewrites.
SECTION = """\
[[agreements]]
sasaran = "Meningkatnya pendapatan asli daerah"
indikator = "Rasio PAD terhadap pendapatan daerah"
target = "48,50"

[[outline]]
kind = "bab_3"
text = "BAB III AKUNTABILITAS KINERJA"
# 3.1.1 Sasaran 1. Meningkatnya pendapatan asli daerah
# Target dan realisasi rasio PAD tahun ini: 48,50% dan 49,87%.
# ANALYSIS_2
# Target akhir Renstra 2026 adalah 50%; standar nasional rasio PAD 42%.
# Keberhasilan disebabkan oleh pemutihan sanksi; solusi atas kendala data: pemadanan.
# Efisiensi: anggaran terserap 95% untuk capaian 102,5%.
# Sasaran ini didukung oleh Program Pengelolaan Pendapatan Daerah.

[[outline]]
kind = "bab_4"
text = "BAB IV PENUTUP"
"""


def _str004(check, analysis_2: str) -> list[str]:
    body = edited(SECTION, ("ANALYSIS_2", analysis_2))
    return [text for _, _, text in flatten(check(body, "STR004").findings)]


@pytest.mark.parametrize("line", [
    "Rasio ini naik dari 46,90% (2022) dan 47,85% (2023).",
    "Nilai ini naik dari 80,12 (tahun 2022) dan 81,47 (tahun 2023).",
    "Realisasi naik dari Rp6,12 triliun pada tahun 2022 dan Rp6,58 triliun pada tahun 2023.",
    "Rasio berubah dari 46,90% (2023) menjadi 49,87%.",
])
def test_str004_an_earlier_years_figure_with_its_year_is_the_comparison(check, line):
    assert _str004(check, line) == []


@pytest.mark.parametrize("line", [
    "Rasio ini naik dari 46,90% (2024) pada triwulan I.",  # this year: no earlier one
    "Rasio ini naik dari 46,90% (sumber: BPS).",  # no year at all
    "Realisasi naik dari Rp6,12 triliun pada triwulan I.",
])
def test_str004_a_rise_from_no_earlier_year_is_still_missing(check, line):
    (message,) = _str004(check, line)
    assert message.endswith("(2) perbandingan dengan tahun lalu.")


# -- CON002 --------------------------------------------------------------------------------

# The spending (its total on line 11): Rp 1.000.000.000 budgeted, Rp 950.000.000 spent.
BUDGET = """\
[[budgets]]
table = "Tabel 3.6"
kind = "realisasi"
[budgets.total]
pagu = "1.000.000.000"
realisasi = "950.000.000"
persen = "95,00"
sisa = "50.000.000"
[[budgets.items]]
level = "sub_kegiatan"
name = "Penagihan Pajak Daerah Provinsi"
pagu = "1.000.000.000"
realisasi = "950.000.000"

"""


def _con002(check, text: str, *figures: tuple[str, str]) -> list[str]:
    claims = "".join(
        f'[[claims]]\nkind = "amount"\nsubject = "{subject}"\nvalue = "{value}"\n'
        f'group = "g"\ntext = "{text}"\n\n' for subject, value in figures)
    return [message for _, _, message in flatten(check(BUDGET + claims, "CON002").findings)]


def test_con002_an_amount_of_an_earlier_year_named_after_it_is_no_claim(check):
    text = "Realisasi anggaran naik dari Rp 900.000.000 pada tahun 2023."
    assert _con002(check, text, ("realisasi", "900.000.000")) == []


def test_con002_an_amount_of_this_year_named_after_it_is_still_checked(check):
    text = "Realisasi anggaran sebesar Rp 900.000.000 pada tahun 2024."
    (message,) = _con002(check, text, ("realisasi", "900.000.000"))
    assert "900.000.000" in message and "950.000.000" in message


def test_con002_arrears_collected_are_not_the_sub_kegiatans_spending(check):
    text = ("Sub kegiatan Penagihan Pajak Daerah Provinsi terserap 95,00% namun menghasilkan "
            "pencairan tunggakan Rp 130.533.984.000.")
    assert _con002(check, text, ("realisasi", "130.533.984.000")) == []


def test_con002_the_spending_named_after_the_arrears_is_still_checked(check):
    text = ("Untuk mencairkan tunggakan, sub kegiatan Penagihan Pajak Daerah Provinsi "
            "menyerap anggaran Rp 940.000.000.")
    (message,) = _con002(check, text, ("realisasi", "940.000.000"))
    assert "940.000.000" in message and "950.000.000" in message
