"""HYG001 beyond kecamatan and dinas: every kind of perangkat daerah, a name and its
acronym as one agency, and the superior named in the Perjanjian Kinerja.

Each case is a few lines written for the project around one agency (its meta as the
extractor gives it) with the leftover a copied template leaves, beside the look-alikes a
careful rule keeps silent on: the agency's own name written out or as its acronym, its
superior (pihak kedua), a partner or auditor named in its role, and other agencies named
where the report does not speak of itself. ``tests/library`` checks the library of ten
agencies of other kinds (silent on the consistent reports, the planted leftovers found).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from checker.config import Config
from checker.engine import check_report
from checker.model import BudgetTable, Meta, Number, Provenance, Report
from checker.plugins import load_registry


@pytest.fixture(scope="module")
def hyg001():
    registry = load_registry(builtins=["rules.hygiene"], entry_points=False)
    return next(rule for rule in registry.rules if rule.code == "HYG001")


@pytest.fixture
def found(hyg001):
    """``found(lines, agency, kind, region)``: (line, name found) of each HYG001 finding."""

    def run(lines, agency, kind, region="Kabupaten Contoh", budgets=()):
        meta = Meta(agency=agency, agency_kind=kind, region=region, year=2024)
        report = Report(path="laporan.txt", format="text", meta=meta, text=tuple(lines),
                        budgets=tuple(budgets))
        result = check_report(report, [hyg001], Config())
        return [(f.location.line, f.actual) for f in result.findings]

    return run


# -- the superior and the partner ------------------------------------------------------------

PK_KELURAHAN = (
    "Yang bertanda tangan di bawah ini SITI AMINAH, S.Sos, Lurah Mekar Jaya, selanjutnya "
    "disebut pihak pertama, dan Drs. BUDI HARTONO, M.Si, Camat Tirta Sari, selaku atasan "
    "langsung pihak pertama, selanjutnya disebut pihak kedua, sepakat menetapkan target."
)


def test_the_superior_named_as_pihak_kedua_is_not_a_leftover(found):
    lines = [
        "Perjanjian Kinerja ditandatangani Lurah Rawa Kembang sebagai pihak pertama dan "
        "Camat Tirta Sari sebagai pihak kedua.",
        PK_KELURAHAN.replace("Mekar Jaya", "Rawa Kembang"),
    ]
    assert found(lines, "Kelurahan Rawa Kembang", "kelurahan") == []


def test_pihak_pertama_of_another_kelurahan_is_a_leftover(found):
    # The same Perjanjian Kinerja copied from Kelurahan Mekar Jaya: its lurah signs as
    # pihak pertama; the camat (pihak kedua) is this kelurahan's superior too.
    assert found([PK_KELURAHAN], "Kelurahan Rawa Kembang", "kelurahan") == [
        (1, "Lurah Mekar Jaya")]


def test_an_agency_of_another_kind_in_its_own_role_is_no_leftover(found):
    lines = [
        "Inspektorat Kabupaten Contoh selaku APIP telah mereviu laporan ini.",
        "Bappeda selaku koordinator perencanaan memfasilitasi penyusunan Renja.",
        "Data disusun berkoordinasi dengan pegawai Dinas Sosial Kabupaten Contoh.",
    ]
    assert found(lines, "Dinas Kesehatan", "dinas") == []


# -- a name and its acronym --------------------------------------------------------------------

PUPR = [
    "Laporan Kinerja Instansi Pemerintah Dinas Pekerjaan Umum dan Penataan Ruang "
    "(Dinas PUPR) Provinsi Contoh Tahun 2024 dapat diselesaikan.",
    "Laporan Kinerja Dinas PUPR Tahun 2024 disusun berdasarkan Permenpan RB 53/2014.",
]


@pytest.mark.parametrize("agency", ["Dinas PUPR", "Dinas Pekerjaan Umum dan Penataan Ruang"])
def test_the_name_written_out_and_its_acronym_are_one_agency(found, agency):
    assert found(PUPR, agency, "dinas", "Provinsi Contoh") == []


def test_an_acronym_that_is_not_the_initials_of_the_name_is_another_agency(found):
    lines = [*PUPR, "Laporan Kinerja Dinas PKP Tahun 2024 disusun oleh tim."]
    assert found(lines, "Dinas PUPR", "dinas", "Provinsi Contoh") == [(3, "Dinas PKP")]


def test_a_name_printed_in_parentheses_after_the_name_is_that_name(found):
    lines = [
        "Dinas Kependudukan dan Pencatatan Sipil (Dinas Dukcapil) melayani administrasi "
        "kependudukan.",
        "Laporan Kinerja Dinas Dukcapil Tahun 2024 menyajikan capaian kinerja.",
        "Laporan Kinerja Dinas Sosial Tahun 2024 menyajikan capaian kinerja.",
    ]
    assert found(lines, "Dinas Kependudukan dan Pencatatan Sipil", "dinas") == [
        (3, "Dinas Sosial")]


# -- other kinds of perangkat daerah ---------------------------------------------------------

def test_another_hospital(found):
    lines = [
        "Laporan Kinerja Instansi Pemerintah (LKjIP) RSUD Kuala Bening Kabupaten Contoh "
        "Tahun 2024 telah selesai disusun.",
        "Laporan Kinerja Rumah Sakit Umum Daerah Batu Layang Kabupaten Contoh Tahun 2024.",
        "Laporan Kinerja RSUD Batu Layang disusun setiap tahun.",
        "Pasien rujukan diterima dari RSUD Kuala Bening dan puskesmas sekitar.",
    ]
    assert found(lines, "Rumah Sakit Umum Daerah Batu Layang", "rumah_sakit") == [
        (1, "RSUD Kuala Bening")]


def test_an_inspectorate_is_told_apart_by_its_region(found):
    lines = [
        "Laporan Kinerja Inspektorat Kabupaten Sungai Jernih Tahun 2024 disusun.",
        "Laporan Kinerja Inspektorat Kota Pelita Raya Tahun 2024 disusun.",
        "Laporan Kinerja Inspektorat ini disusun oleh tim.",
    ]
    assert found(lines, "Inspektorat Kota Pelita Raya", "inspektorat", "Kota Pelita Raya") == [
        (1, "Inspektorat Kabupaten Sungai Jernih")]


def test_a_dprd_secretariat_and_a_satpol_pp(found):
    setwan = [
        "Laporan Kinerja Sekretariat DPRD Kabupaten Sungai Jernih Tahun 2024 disusun.",
        "Laporan Kinerja Sekretariat Dewan Perwakilan Rakyat Daerah Kota Teluk Contoh.",
        "Sekretariat DPRD Kota Teluk Contoh selaku unsur pelayanan administrasi DPRD.",
    ]
    assert found(setwan, "Sekretariat DPRD", "sekretariat", "Kota Teluk Contoh") == [
        (1, "Sekretariat DPRD Kabupaten Sungai Jernih")]
    satpol = [
        "Laporan Kinerja Satpol PP Kabupaten Sungai Jernih Tahun 2024 disusun.",
        "Laporan Kinerja Satuan Polisi Pamong Praja Kabupaten Contoh Tahun 2024 disusun.",
    ]
    assert found(satpol, "Satuan Polisi Pamong Praja", "satuan") == [
        (1, "Satpol PP Kabupaten Sungai Jernih")]


def test_bappeda_written_out_and_as_its_acronym(found):
    lines = [
        "Laporan Kinerja Bappeda Kabupaten Contoh Tahun 2024 menyajikan capaian kinerja.",
        "Renstra Badan Keuangan Daerah Kabupaten Contoh menjadi acuan laporan ini.",
    ]
    # The badan's own acronym is silent; another badan's Renstra is a leftover.
    assert found(lines, "Badan Perencanaan Pembangunan Daerah", "badan") == [
        (2, "Badan Keuangan Daerah")]
    # In a dinas's report the Bappeda's report name is a leftover.
    assert found(lines[:1], "Dinas Kesehatan", "dinas") == [(1, "Bappeda Kabupaten Contoh")]


def test_a_dinas_named_after_its_task_is_a_name(found):
    # "Pemberdayaan ..." never starts a place's name, but it does start a dinas's.
    lines = [
        "Laporan Kinerja Dinas Pemberdayaan Masyarakat dan Desa Tahun 2024 disusun.",
        "Koordinasi Pelaksanaan di Wilayah Kerja Kecamatan Peningkatan Kapasitas Aparatur",
    ]
    assert found(lines, "Kecamatan Sukamaju", "kecamatan") == [
        (1, "Dinas Pemberdayaan Masyarakat dan Desa")]


def test_a_badan_that_is_no_perangkat_daerah_is_no_agency(found):
    lines = [
        "Laporan Kinerja Badan Layanan Umum Daerah Batu Layang disusun setiap tahun.",
        "Pegawai Badan Usaha Milik Daerah Kabupaten Contoh mengikuti sosialisasi.",
        "Laporan Kinerja Badan Kepegawaian Daerah Tahun 2024 disusun.",
    ]
    assert found(lines, "Badan Keuangan Daerah", "badan") == [(3, "Badan Kepegawaian Daerah")]


def test_another_agency_s_budget_without_a_self_cue_stays_silent(found):
    # An inspectorate audits other agencies: their budgets are its subject, not a leftover.
    lines = [
        "Audit atas pagu anggaran Badan Keuangan dan Aset Daerah Kota Pelita Raya Tahun "
        "Anggaran 2024 menemukan 3 (tiga) temuan administrasi.",
    ]
    assert found(lines, "Inspektorat Kota Pelita Raya", "inspektorat", "Kota Pelita Raya") == []


OWN_BUDGET = BudgetTable(
    name="Tabel 3.8", kind="realisasi", items=(),
    total_pagu=Number("7.418.764.200", Decimal("7418764200")),
    total_realisasi=Number("7.175.193.130", Decimal("7175193130")),
    total_persen=None, total_sisa=None, where=Provenance(40, 60, "Tabel 3.8"))


def test_another_agency_named_over_the_agency_s_own_budget_total_is_a_leftover(found):
    # Only the amount says the sentence speaks of the inspectorate itself: it is the total
    # of its own budget table, which no other agency has.
    lines = ["Pagu anggaran Badan Keuangan dan Aset Daerah Kota Pelita Raya Tahun Anggaran "
             "2024 sebesar Rp 7.418.764.200 dengan realisasi Rp 7.175.193.130."]
    assert found(lines, "Inspektorat Kota Pelita Raya", "inspektorat", "Kota Pelita Raya",
                 budgets=[OWN_BUDGET]) == [(1, "Badan Keuangan dan Aset Daerah")]


def test_another_agency_s_own_budget_figure_stays_silent(found):
    lines = ["Pagu anggaran Badan Keuangan dan Aset Daerah Kota Pelita Raya Tahun Anggaran "
             "2024 sebesar Rp 25.000.000.000 diaudit pada triwulan III."]
    assert found(lines, "Inspektorat Kota Pelita Raya", "inspektorat", "Kota Pelita Raya",
                 budgets=[OWN_BUDGET]) == []
