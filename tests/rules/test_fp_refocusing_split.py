"""Budgets changed during the year and budgets split by source of funds: what is read."""

from __future__ import annotations

from decimal import Decimal

from checker.extract._claims import extract_claims
from checker.text import parse_source

_HEADER = (
    "| Kode | Program / Kegiatan | Pagu Murni (Rp) | Pagu Perubahan I (Rp) "
    "| Pagu Perubahan II (Rp) | Realisasi (Rp) | % |"
)
_BODY = (
    "| 1.01 | Program Penunjang | 5.000.000 | 4.000.000 | 3.000.000 | 2.900.000 | 96,67 |\n"
    "| 1.02 | Program Lalu Lintas | 7.000.000 | 6.000.000 | 5.000.000 | 4.900.000 | 98,00 |\n"
    "|  | JUMLAH | 12.000.000 | 10.000.000 | 8.000.000 | 7.800.000 | 97,50 |"
)


def _pagu_claims(sentence: str) -> list[Decimal]:
    source = parse_source(f"BAB III\n\n{sentence}\n", "x.txt")
    return [claim.value.value for claim in extract_claims(source) if claim.subject == "pagu"]


def test_header_parted_from_its_body_by_a_blank_line_stays_its_header() -> None:
    separator = "|----|----|----|----|----|----|----|"
    text = f"Tabel 3.6 Pagu\n\n{_HEADER}\n{separator}\n\n{_BODY}\n"
    tables = parse_source(text, "x.txt").tables
    assert len(tables) == 1
    assert tables[0].header_rows == 1
    assert tables[0].rows[0].cells[4].text == "Pagu Perubahan II (Rp)"
    assert tables[0].caption == "Tabel 3.6 Pagu"


def test_table_after_prose_keeps_prose_apart() -> None:
    # A blank line after a full table still ends it: the next table is its own.
    separator = "|----|----|"
    text = (f"| A | B |\n{separator}\n| 1 | 2 |\n| 3 | 4 |\n\nTeks.\n\n"
            f"| C | D |\n{separator}\n| 5 | 6 |\n| 7 | 8 |\n")
    assert len(parse_source(text, "x.txt").tables) == 2


def test_active_cut_verb_makes_the_figure_a_change_not_a_pagu() -> None:
    sentence = ("Peraturan Daerah tentang Perubahan APBD mengurangi lagi pagu Dinas sebesar "
                "Rp 1.354.350.000 menjadi Rp 8.750.650.000.")
    assert Decimal("1354350000") not in _pagu_claims(sentence)


def test_pagu_stated_plainly_is_still_a_pagu() -> None:
    sentence = "Pagu Dinas tahun 2020 sebesar Rp 1.354.350.000."
    assert _pagu_claims(sentence) == [Decimal("1354350000")]


def test_every_part_of_a_split_by_source_is_no_pagu() -> None:
    sentence = ("Pagu belanja rumah sakit tahun 2024 sebesar Rp 210.100.000.000, terdiri atas "
                "belanja dari pendapatan BLUD Rp 148.600.000.000 dan belanja APBD "
                "Rp 61.500.000.000.")
    assert _pagu_claims(sentence) == [Decimal("210100000000")]


def test_second_pagu_without_split_is_still_read() -> None:
    # No 'terdiri atas': the second figure is a pagu of its own and is still compared.
    sentence = ("Pagu belanja rumah sakit sebesar Rp 210.100.000.000 dan pagu belanja APBD "
                "Rp 61.500.000.000.")
    assert Decimal("61500000000") in _pagu_claims(sentence)
