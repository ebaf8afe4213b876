"""Meta: an agency whose name lists its fields with commas ("Dinas Koperasi, Usaha Kecil
dan Menengah") is read whole; any other comma still ends the name."""

from __future__ import annotations

import textwrap

import pytest

from checker.extract._meta import extract_meta
from checker.text import parse_source

COVER = """\
LAPORAN KINERJA INSTANSI PEMERINTAH
TAHUN 2023

{agency}
KABUPATEN HULU TENANG

KATA PENGANTAR

{sentence}
"""


def _agency(agency: str, sentence: str = "") -> str | None:
    text = COVER.format(agency=agency, sentence=sentence)
    return extract_meta(parse_source(textwrap.dedent(text))).agency


@pytest.mark.parametrize(("agency", "expected"), [
    ("DINAS KOPERASI, USAHA KECIL DAN MENENGAH", "Dinas Koperasi, Usaha Kecil dan Menengah"),
    ("Dinas Kebudayaan, Kepemudaan dan Olahraga serta Pariwisata",
     "Dinas Kebudayaan, Kepemudaan dan Olahraga serta Pariwisata"),
    ("Dinas Pemuda, Olahraga, Kebudayaan dan Pariwisata",
     "Dinas Pemuda, Olahraga, Kebudayaan dan Pariwisata"),
])
def test_a_name_that_lists_its_fields_is_read_whole(agency, expected):
    assert _agency(agency) == expected


def test_the_name_in_the_narrative_is_read_whole():
    sentence = ("Laporan Kinerja Dinas Koperasi, Usaha Kecil dan Menengah Kabupaten Hulu "
                "Tenang Tahun 2023 disusun sesuai ketentuan.")
    assert _agency("", sentence) == "Dinas Koperasi, Usaha Kecil dan Menengah"


@pytest.mark.parametrize(("agency", "expected"), [
    # A region after the comma.
    ("Kecamatan Lembah Damai, Kabupaten Hulu Tenang", "Kecamatan Lembah Damai"),
    # Another agency, or a person's title, after the comma.
    ("Dinas Sosial, Dinas Kesehatan dan Dinas Pendidikan", "Dinas Sosial"),
    ("Dinas Sosial, Kepala Dinas dan Sekretaris", "Dinas Sosial"),
    # Capitalised words with no "dan" to close a list.
    ("Dinas Koperasi, Bidang Usaha Mikro", "Dinas Koperasi"),
])
def test_any_other_comma_ends_the_name(agency, expected):
    assert _agency(agency) == expected
