"""A target printed as a band (a hospital's BOR "60-85" %, ALOS "6-9" hari) is a
legitimate target, not an unreadable number: no INP001. Narrative budget figures of a
part of the budget (one funding source's share, one sub kegiatan named in words no table
row prints) are not the agency's totals: no CON002. Real defects of each kind are still
reported.

Line numbers of the TOML bodies count the 7-line META prefix of conftest."""

from __future__ import annotations

import pytest
from conftest import flatten

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.text import parse_source

PK = """\
LAPORAN KINERJA RUMAH SAKIT UMUM DAERAH KOTA CONTOH TAHUN 2024

# BAB II PERENCANAAN KINERJA

**Tabel 2.3 Perjanjian Kinerja Tahun 2024**

| No | Sasaran Strategis | Indikator Kinerja | Satuan | Target |
|---|---|---|---|---|
| 1 | Meningkatnya mutu pelayanan kesehatan rujukan | Bed Occupancy Rate (BOR) | % | {bor} |
| 2 | Meningkatnya efisiensi pelayanan rawat inap | Average Length of Stay (ALOS) | hari | {alos} |
"""


@pytest.fixture
def unreadable(registry):
    rules = [rule for rule in registry.rules if rule.code == "INP001"]

    def run(bor: str, alos: str) -> list[tuple[str, int | None, str | None]]:
        report = extract_report(parse_source(PK.format(bor=bor, alos=alos), "laporan.md"))
        return [(f.rule, f.location.line, f.actual)
                for f in check_report(report, rules, Config()).findings]

    return run


def test_a_target_band_is_no_unreadable_number(unreadable):
    assert unreadable("60-85", "6 - 9") == []
    assert unreadable("60 s.d. 85", "6\u20139 hari") == []


def test_a_single_target_is_still_read(unreadable):
    assert unreadable("85", "6,5") == []


def test_a_reversed_band_or_two_figures_are_still_unreadable(unreadable):
    # "85-60" is no band (its lower end is last); "60 / 85" is two figures, not one.
    assert unreadable("85-60", "6 / 9") == [
        ("INP001", 9, "85-60"), ("INP001", 10, "6 / 9")]


BUDGET = """\
[[budgets]]
table = "Tabel 3.5"
kind = "realisasi"
[budgets.total]
pagu = "10.000.000.000"
realisasi = "9.000.000.000"
[[budgets.items]]
level = "program"
name = "Program Pengembangan Perumahan"
pagu = "8.000.000.000"
realisasi = "7.200.000.000"
[[budgets.items]]
level = "sub_kegiatan"
name = "Penyediaan Rumah bagi Masyarakat yang Terkena Relokasi Program Pemerintah"
pagu = "1.000.000.000"
realisasi = "0"

"""
_LINE = 25  # the [[claims]] header


def _claim(subject: str, value: str, text: str) -> str:
    return (f'[[claims]]\nkind = "amount"\nsubject = "{subject}"\nvalue = "{value}"\n'
            f'group = "g"\ntext = "{text}"\n\n')


def _findings(check, subject: str, value: str, text: str) -> list[tuple]:
    return flatten(check(BUDGET + _claim(subject, value, text), "CON002").findings)


def test_con002_one_funding_source_is_not_the_total(check):
    text = ("Menurut sumber dana, belanja yang bersumber dari APBD kota (di luar DAK) "
            "sebesar Rp 6.000.000.000 terealisasi Rp 5.500.000.000, DAK sebesar "
            "Rp 4.000.000.000 terealisasi Rp 3.500.000.000.")
    assert _findings(check, "pagu", "Rp 6.000.000.000", text) == []
    assert _findings(check, "realisasi", "Rp 5.500.000.000", text) == []


def test_con002_a_sub_kegiatan_named_in_other_words_is_not_the_total(check):
    text = ("Persentase realisasi yang rendah disebabkan tidak terlaksananya sub kegiatan "
            "penyediaan rumah relokasi senilai Rp 1.000.000.000.")
    assert _findings(check, "realisasi", "Rp 1.000.000.000", text) == []
    text = "Dengan penyerapan sub kegiatan peningkatan kualitas RTLH 98,71%, efisien."
    assert _findings(check, "persen", "98,71%", text) == []


def test_con002_a_wrong_total_is_still_reported(check):
    text = ("Realisasi anggaran tahun 2024 seluruh program dan kegiatan sebesar "
            "Rp 8.500.000.000.")
    assert _findings(check, "realisasi", "Rp 8.500.000.000", text) == [
        ("CON002", _LINE, "Realisasi anggaran tertulis Rp 8.500.000.000 (baris 25), tidak "
         "sama dengan angka tabel mana pun yang semestinya dikutip: total realisasi "
         "Tabel 3.5 (baris 11) Rp 9.000.000.000."),
    ]
    text = "Realisasi anggaran program dan kegiatan sebesar Rp 8.500.000.000."
    assert len(_findings(check, "realisasi", "Rp 8.500.000.000", text)) == 1
