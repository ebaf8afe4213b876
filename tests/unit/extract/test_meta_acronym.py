"""Meta: an agency's name and its acronym are one agency, counted together and given
under the name written out."""

from __future__ import annotations

import textwrap

import pytest

from checker.agency import same_agency_name
from checker.extract._meta import extract_meta
from checker.text import parse_source


def _meta(text: str):
    return extract_meta(parse_source(textwrap.dedent(text)))


def test_the_acronym_used_most_does_not_replace_the_name_written_out():
    # "Dinas PUPR" is named more often than the full name, but it is the same agency.
    meta = _meta("""\
    LAPORAN KINERJA INSTANSI PEMERINTAH
    DINAS PEKERJAAN UMUM DAN PENATAAN RUANG PROVINSI TELUK CONTOH TAHUN 2024

    KATA PENGANTAR

    Laporan Kinerja Dinas Pekerjaan Umum dan Penataan Ruang (Dinas PUPR) Provinsi Teluk
    Contoh Tahun 2024 disusun sebagai pertanggungjawaban kinerja.

    Laporan Kinerja Dinas PUPR Tahun 2024 menyajikan capaian sasaran strategis.

    Laporan Kinerja Dinas PUPR Tahun 2024 juga menyajikan realisasi anggaran.

    Laporan Kinerja Dinas PUPR Tahun 2024 menjadi bahan evaluasi.
    """)
    assert meta.agency == "Dinas Pekerjaan Umum dan Penataan Ruang"
    assert meta.agency_kind == "dinas"
    assert meta.region == "Provinsi Teluk Contoh"


def test_a_name_in_parentheses_after_the_name_is_that_name_whatever_its_letters():
    # "Dukcapil" is not made of the initials, but the report introduces it as the name.
    meta = _meta("""\
    KATA PENGANTAR

    Laporan Kinerja Dinas Kependudukan dan Pencatatan Sipil (Dinas Dukcapil) Tahun 2024.

    Laporan Kinerja Dinas Dukcapil Tahun 2024 menyajikan capaian sasaran strategis.

    Laporan Kinerja Dinas Dukcapil Tahun 2024 juga menyajikan realisasi anggaran.
    """)
    assert meta.agency == "Dinas Kependudukan dan Pencatatan Sipil"


def test_another_agency_named_more_often_than_each_form_alone_still_loses():
    # 2 + 2 mentions of one agency under two forms beat 3 of a template's leftover.
    meta = _meta("""\
    KATA PENGANTAR

    Sekretariat DPRD melayani pimpinan dan anggota dewan.

    Sekretariat DPRD menyusun rencana kerja.

    Sekretariat Dewan Perwakilan Rakyat Daerah mengelola keuangan dewan.

    Sekretariat Dewan Perwakilan Rakyat Daerah menyusun laporan ini.

    Dinas Sosial, Dinas Sosial dan Dinas Sosial.
    """)
    assert meta.agency == "Sekretariat Dewan Perwakilan Rakyat Daerah"
    assert meta.agency_kind == "sekretariat"


@pytest.mark.parametrize(("short", "long"), [
    ("Dinas PUPR", "Dinas Pekerjaan Umum dan Penataan Ruang"),
    ("RSUD Batu Layang", "Rumah Sakit Umum Daerah Batu Layang"),
    ("Sekretariat DPRD", "Sekretariat Dewan Perwakilan Rakyat Daerah"),
    ("Bappeda", "Badan Perencanaan Pembangunan Daerah"),
    ("Satpol PP", "Satuan Polisi Pamong Praja"),
    ("BPKAD", "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH"),
])
def test_an_acronym_stands_for_the_initials_of_the_significant_words(short, long):
    assert same_agency_name(short, long)
    assert same_agency_name(long, short)


@pytest.mark.parametrize(("first", "second"), [
    ("Dinas PKP", "Dinas Pekerjaan Umum dan Penataan Ruang"),  # other initials
    ("Dinas PU", "Dinas Pekerjaan Umum dan Penataan Ruang"),  # only part of the name
    ("RSUD Kuala Bening", "Rumah Sakit Umum Daerah Batu Layang"),  # another hospital
    ("Inspektorat", "Inspektorat Kota Pelita Raya"),  # a word more is no acronym
    ("Dinas Kesehatan", "Dinas Kebudayaan"),
])
def test_other_names_are_other_agencies(first, second):
    assert not same_agency_name(first, second)
