"""Meta: agency, region, reporting year, title and signature of a text report."""

from __future__ import annotations

import textwrap

from checker.extract._meta import extract_meta
from checker.model import Provenance
from checker.text import parse_source


def _meta(text: str):
    return extract_meta(parse_source(textwrap.dedent(text)))


COVER = """\
LAPORAN KINERJA INSTANSI PEMERINTAH
(LKjIP)

TAHUN 2023

KANTOR KECAMATAN SUKAMAJU
KABUPATEN CONTOH RAYA

KATA PENGANTAR

Laporan Kinerja Kecamatan Sukamaju Tahun 2023 disusun berdasarkan Peraturan Menteri
PANRB Nomor 53 Tahun 2014 dan Renstra 2021-2026.

Sukamaju, 20 Februari 2024

CAMAT SUKAMAJU

BUDI SANTOSO, S.Sos
Pembina
NIP. 19700101 199001 1 001

BAB I PENDAHULUAN

Kecamatan Sukamaju Kabupaten Contoh Raya melaksanakan tugas selama Tahun Anggaran 2023.
"""


def test_cover_gives_agency_region_year_and_title():
    meta = _meta(COVER)
    assert meta.agency == "Kecamatan Sukamaju"
    assert meta.agency_kind == "kecamatan"
    assert meta.region == "Kabupaten Contoh Raya"
    assert meta.year == 2023
    assert meta.title == "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)"
    # Read from the year line (4) and the agency line (6).
    assert meta.where == Provenance(line=4, end_line=6)


def test_year_is_the_year_reported_not_the_signing_year():
    meta = _meta(COVER)
    assert meta.signed_date == "20 Februari 2024"
    assert meta.year == 2023


def test_signature_place_date_and_signer():
    meta = _meta(COVER)
    assert (meta.signed_place, meta.signed_date, meta.signer) == (
        "Sukamaju", "20 Februari 2024", "BUDI SANTOSO, S.Sos"
    )


def test_without_a_cover_the_narrative_names_agency_and_year():
    meta = _meta("""\
    **KATA PENGANTAR**

    Dokumen Laporan Kinerja Instansi Pemerintah (LKjIP) Kecamatan Tepi Kota Kabupaten
    Contoh Raya Tahun 2023 telah selesai disusun.

    Penyusunan LKjIP Tahun 2023 adalah pertanggungjawaban Kecamatan Tepi Kota Kabupaten Contoh Raya.

    Pasir Putih, Januari 2024

    **CAMAT TEPI KOTA**

    **ANDI WIJAYA, S.IP**
    """)
    # 'Kota' inside the name is not the region: a Kabupaten follows.
    assert meta.agency == "Kecamatan Tepi Kota"
    assert meta.region == "Kabupaten Contoh Raya"
    assert meta.year == 2023
    assert meta.title is None
    assert (meta.signed_place, meta.signed_date, meta.signer) == (
        "Pasir Putih", "Januari 2024", "ANDI WIJAYA, S.IP"
    )


def test_a_year_under_the_title_beats_a_publication_year_on_the_cover():
    meta = _meta("""\
    **LAPORAN KINERJA
    INSTANSI PEMERINTAH
    2022**

    **KECAMATAN SUKAMAJU
    KABUPATEN CONTOH
    TAHUN 2023**

    KATA PENGANTAR

    LKjIP Kecamatan Sukamaju Tahun 2022 disusun selama tahun anggaran 2022.

    Sukamaju, 25 Februari 2023

    CAMAT SUKAMAJU
    """)
    assert meta.year == 2022
    assert meta.title == "LAPORAN KINERJA INSTANSI PEMERINTAH"
    assert meta.where.line == 3


def test_a_stale_year_left_in_the_narrative_is_outvoted():
    meta = _meta("""\
    LAPORAN KINERJA
    KECAMATAN SUKAMAJU
    KABUPATEN CONTOH

    TAHUN 2023

    KATA PENGANTAR

    Laporan Kinerja Kecamatan Sukamaju Tahun 2023 disusun.

    Laporan Kinerja Kecamatan Sukamaju tahun 2019 merupakan laporan atas target kinerja.

    Realisasi per 31 Desember 2023 dilaporkan.
    """)
    assert meta.year == 2023


def test_another_agency_left_over_from_a_template_loses():
    meta = _meta("""\
    KATA PENGANTAR

    Laporan Kinerja Kecamatan Sukamaju Tahun 2023 disusun oleh Kecamatan Sukamaju.

    Kecamatan Lama Kota Contoh selaku pengemban amanah menyusun laporan ini.

    Kecamatan Sukamaju berbatasan dengan Kecamatan Lain.
    """)
    assert meta.agency == "Kecamatan Sukamaju"
    assert meta.where.line == 3


def test_a_dinas_and_a_kota():
    meta = _meta("""\
    LAPORAN KINERJA INSTANSI PEMERINTAH
    DINAS PEMBERDAYAAN MASYARAKAT DAN DESA
    KOTA CONTOH
    TAHUN 2023

    DAFTAR ISI
    """)
    assert meta.agency == "Dinas Pemberdayaan Masyarakat dan Desa"
    assert meta.agency_kind == "dinas"
    assert meta.region == "Kota Contoh"
    assert meta.year == 2023


def test_no_year_without_evidence():
    # A signing date, a period and a legal citation say nothing about the year reported.
    meta = _meta("""\
    KATA PENGANTAR

    Laporan ini mengacu pada Peraturan Menteri PANRB Nomor 53 Tahun 2014 dan Renstra
    tahun 2021-2026.

    Sukamaju, Januari 2024

    CAMAT SUKAMAJU

    BUDI SANTOSO, S.Sos
    """)
    assert meta.year is None
    assert meta.signed_date == "Januari 2024"


def test_citations_after_the_report_name_are_no_year():
    meta = _meta("""\
    KATA PENGANTAR

    Petunjuk Teknis Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi
    Pemerintah (Berita Negara Republik Indonesia Tahun 2014 Nomor 1842).
    """)
    assert meta.year is None


def test_empty_source():
    meta = extract_meta(parse_source(""))
    assert (meta.agency, meta.region, meta.year, meta.title, meta.signer) == (
        None, None, None, None, None
    )
    assert meta.where == Provenance()


WRAPPED_REGION = """\
                      LKjIP DP3A Kabupaten Air Batu Tahun 2023

KATA PENGANTAR

Puji syukur kami panjatkan karena Laporan Kinerja Instansi Pemerintah (LKjIP)
Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Air
Batu Tahun 2023 dapat diselesaikan tepat waktu oleh Dinas Pemberdayaan Perempuan dan
Perlindungan Anak.
"""


def test_a_region_cut_by_the_end_of_its_line_is_read_whole_when_printed_whole_elsewhere():
    assert _meta(WRAPPED_REGION).region == "Kabupaten Air Batu"
    # Never printed whole on one line: the words of the next line are not the region's.
    cut = WRAPPED_REGION.replace("Kabupaten Air Batu Tahun 2023\n", "Tahun 2023\n", 1)
    assert _meta(cut).region == "Kabupaten Air"
