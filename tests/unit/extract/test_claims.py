"""Narrative claims: counts in digits and words, per-sasaran counts, budget amounts."""

from __future__ import annotations

import textwrap
from decimal import Decimal

from checker.config import Config
from checker.engine import check_report
from checker.extract._claims import extract_claims
from checker.model import Meta, Report
from checker.text import parse_source
from rules.counts import CNT004


def _claims(text: str):
    return extract_claims(parse_source(textwrap.dedent(text)))


def _flat(claims) -> list[tuple]:
    """(line, kind, subject, value, words, sasaran) of each claim."""
    return [
        (c.where.line, c.kind, c.subject, c.value.value, c.words, c.sasaran) for c in claims
    ]


def test_counts_in_digits_and_words_share_the_sentence_group():
    claims = _claims(
        "Pada tahun 2023 Kecamatan Sukamaju mempunyai 4 (empat) Program, 11 (Sebelas) "
        "kegiatan dan 25 (Dua Puluh Lima) Sub Kegiatan. Kalimat berikutnya.\n"
    )
    assert _flat(claims) == [
        (1, "count", "program", Decimal(4), "empat", None),
        (1, "count", "kegiatan", Decimal(11), "Sebelas", None),
        (1, "count", "sub_kegiatan", Decimal(25), "Dua Puluh Lima", None),
    ]
    assert {c.group for c in claims} == {"line-1"}
    assert claims[0].value.raw == "4"
    assert claims[0].text == (
        "Pada tahun 2023 Kecamatan Sukamaju mempunyai 4 (empat) Program, 11 (Sebelas) "
        "kegiatan dan 25 (Dua Puluh Lima) Sub Kegiatan."
    )


def test_sasaran_and_indicator_counts():
    claims = _claims(
        "Perjanjian Kinerja menetapkan 2 (dua) sasaran strategis dengan 5 (lima) indikator "
        "kinerja (outcome) dan 1 tujuan.\n"
    )
    assert _flat(claims) == [
        (1, "count", "sasaran", Decimal(2), "dua", None),
        (1, "count", "indikator", Decimal(5), "lima", None),
        (1, "count", "tujuan", Decimal(1), None, None),
    ]


def test_indicator_counts_of_one_sasaran():
    claims = _claims("""\
    Rinciannya sebagai berikut:

    - Sasaran 1 terdiri dari 3 indikator
    - Sasaran II terdiri atas 2 (dua) indikator

    Sasaran Meningkatnya Kualitas Pelayanan Publik diukur dengan 2 (dua) indikator kinerja.

    Sasaran 3 : Meningkatnya Ketertiban mendapat predikat Baik. Hal ini dilihat dari pengukuran
    1 (satu) indikator sasaran, dengan capaian Baik.
    """)
    assert _flat(claims) == [
        (3, "count", "indikator", Decimal(3), None, "1"),
        (4, "count", "indikator", Decimal(2), "dua", "2"),
        (6, "count", "indikator", Decimal(2), "dua", "Meningkatnya Kualitas Pelayanan Publik"),
        (9, "count", "indikator", Decimal(1), "satu", "3"),
    ]


def test_a_numbered_sasaran_label_does_not_end_the_sentence():
    claims = _claims(
        "Capaian sasaran ini baik. Sasaran 2. Meningkatnya Pelayanan Desa diukur dengan "
        "3 (tiga) indikator.\n"
    )
    assert _flat(claims) == [(1, "count", "indikator", Decimal(3), "tiga", "2")]


def test_counts_of_the_programs_that_support_one_sasaran():
    claims = _claims("""\
    Kinerja sasaran 2 didukung oleh 2 (dua) program dan 3 (tiga) kegiatan.
    """)
    assert _flat(claims) == [
        (1, "count", "program", Decimal(2), "dua", "2"),
        (1, "count", "kegiatan", Decimal(3), "tiga", "2"),
    ]


def test_counts_written_only_in_words():
    claims = _claims("""\
    Kecamatan melaksanakan tiga program dan dua belas kegiatan.

    Salah satu program unggulan dilaksanakan dalam satu kegiatan saja.
    """)
    assert _flat(claims) == [
        (1, "count", "program", Decimal(3), "tiga", None),
        (1, "count", "kegiatan", Decimal(12), "dua belas", None),
    ]
    assert claims[0].value.raw == "tiga"


def test_no_counts_from_years_citations_captions_labels_or_lists():
    claims = _claims("""\
    Sesuai Peraturan Daerah Nomor 6 Tahun 2016 program kerja disusun.
    Setiap Tahun 2023 Program baru.

    Lihat Tabel 3 Program Kerja pada halaman 12 kegiatan dan Lampiran 2 Kegiatan Pendukung.

    Sasaran 1 Meningkatnya Pelayanan dan Program 2 Kegiatan Administrasi.

    1. Program Penunjang Urusan Pemerintahan Daerah
    2) Kegiatan Administrasi Keuangan
    3 Program Pemberdayaan Masyarakat

    Kode 7.01.02 Program Penunjang dan periode 2021-2026 sasaran jangka menengah.

    Renstra ke-2 program prioritas.
    """)
    assert claims == ()


def test_a_part_of_a_count_is_no_count():
    claims = _claims(
        "Dari 6 indikator sasaran, sebanyak 4 indikator telah mencapai target dan 2 indikator "
        "dalam kategori baik.\n\nTerdapat 2 indikator capaian diatas target.\n"
    )
    assert _flat(claims) == [(1, "count", "indikator", Decimal(6), None, None)]


def test_a_sentence_broken_over_lines_keeps_each_figure_line():
    claims = _claims("""\
    Kantor Kecamatan Sukamaju mempunyai 3 (tiga) Program,
    9 (sembilan) kegiatan dan
    20 (dua puluh) sub kegiatan.
    """)
    assert [(c.where.line, c.subject) for c in claims] == [
        (1, "program"), (2, "kegiatan"), (3, "sub_kegiatan"),
    ]
    assert {c.group for c in claims} == {"line-1"}


def test_tables_are_not_narrative():
    claims = _claims("""\
    No\tUraian\tJumlah
    1\t3 program\t3
    2\t9 kegiatan\t9

    Catatan tanpa angka.
    """)
    assert claims == ()


def test_budget_sentence_gives_pagu_realisasi_persen_and_sisa():
    claims = _claims(
        "Anggaran Belanja Barang dan Jasa ditetapkan sebesar Rp. 1.250.000.000,00 realisasi per "
        "31 Desember 2023 sebesar 96,50 % atau Rp. 1.206.250.000,00 sehingga sisa dari "
        "anggaran sebesar Rp. 43.750.000,00.\n"
    )
    assert [(c.subject, c.value.raw, c.value.value) for c in claims] == [
        ("pagu", "Rp. 1.250.000.000,00", Decimal("1250000000.00")),
        ("persen", "96,50 %", Decimal("96.50")),
        ("realisasi", "Rp. 1.206.250.000,00", Decimal("1206250000.00")),
        ("sisa", "Rp. 43.750.000,00", Decimal("43750000.00")),
    ]
    assert {c.kind for c in claims} == {"amount"}
    assert {c.group for c in claims} == {"line-1"}
    assert claims[1].value.decimals == 2


def test_amounts_with_comma_groups_dash_cents_and_words():
    claims = _claims(
        "Belanja ditetapkan sebesar Rp. 5,000,000,00 dengan realisasi sebesar Rp. 4,500,000,00 "
        "atau 90.00% sehingga sisa anggaran sebesar Rp. 500,000,00.\n"
        "\n"
        "Dengan pagu Rp. 2.500.000,- (Dua juta lima ratus ribu rupiah), telah terealisasi "
        "sebesar Rp. 2.000.000,- (Dua juta rupiah) atau sekitar 80,00%.\n"
    )
    assert [(c.where.line, c.subject, c.value.value, c.words, c.group) for c in claims] == [
        (1, "pagu", Decimal("5000000.00"), None, "line-1"),
        (1, "realisasi", Decimal("4500000.00"), None, "line-1"),
        (1, "persen", Decimal("90.00"), None, "line-1"),
        (1, "sisa", Decimal("500000.00"), None, "line-1"),
        (3, "pagu", Decimal("2500000"), "Dua juta lima ratus ribu", "line-3"),
        (3, "realisasi", Decimal("2000000"), "Dua juta", "line-3"),
        (3, "persen", Decimal("80.00"), None, "line-3"),
    ]


def test_a_second_figure_of_the_same_kind_starts_a_new_group():
    claims = _claims(
        "Anggaran belanja pegawai sebesar Rp 1.000.000 dan anggaran belanja modal sebesar "
        "Rp 500.000.\n"
    )
    assert [(c.subject, c.value.value, c.group) for c in claims] == [
        ("pagu", Decimal(1000000), "line-1"),
        ("pagu", Decimal(500000), "line-1-2"),
    ]


def test_percentages_that_are_not_budget_realisation():
    claims = _claims(
        "Tingkat capaian kinerja dari realisasi keuangan 88,50 % dan dari pelaksanaan kegiatan "
        "fisik dengan capaian 91,00%.\n"
        "\n"
        "Pencapaian IKM dari nilai 80,95% yang ditargetkan, realisasi pencapaian IKM adalah "
        "80,90%.\n"
        "\n"
        "Proporsi anggaran Belanja Operasi sebesar 95,36% dan Belanja Modal sebesar 4,64%.\n"
    )
    assert [(c.where.line, c.subject, c.value.value) for c in claims] == [
        (1, "persen", Decimal("88.50")),
    ]


def test_long_sentences_are_trimmed_around_their_figures():
    filler = "uraian panjang " * 40
    claims = _claims(
        f"Pada bagian ini {filler}ditetapkan 3 (tiga) sasaran dengan 6 (enam) indikator.\n"
    )
    assert len(claims) == 2
    assert all(len(c.text) <= 300 for c in claims)
    assert "3 (tiga) sasaran" in claims[0].text


def test_digits_and_words_that_differ_are_what_cnt004_reports():
    claims = _claims("""\
    Kecamatan mempunyai 12 (Tiga Belas) kegiatan.
    """)
    report = Report(path="laporan.md", format="text", meta=Meta(year=2023), claims=claims)
    findings = check_report(report, [CNT004], Config()).findings
    assert [(f.rule, f.location.line, f.expected, f.actual) for f in findings] == [
        ("CNT004", 1, "12", "13"),
    ]


def test_empty_source():
    assert extract_claims(parse_source("")) == ()
