"""Tests of the count rule pack (CNT001-CNT004) and of the number-words parser.

``REPORT`` holds a Perjanjian Kinerja (2 sasaran, 3 indikator), a realisasi table
(1 program, 2 kegiatan, 3 sub kegiatan), an allocation table (1 program,
3 kegiatan) and correct claims. Failing fixtures change one claim with
:func:`_with`, keeping the line numbers (the 7 META lines of conftest come first):

     9 PK row 1 (sasaran 1)      72 claim: 1 program       93 claim: 2 sasaran
    14 PK row 2 (sasaran 1)      79 claim: 2 kegiatan      99 claim: 3 indikator
    19 PK row 3 (sasaran 2)      86 claim: 3 sub kegiatan 105 claim: Sasaran 1 has 2
                                                          112 claim: sasaran 2 has 1
"""

from __future__ import annotations

import pytest
from conftest import edited, flatten

from checker.number_words import parse_number_words

ALL_COUNTS = ("CNT001", "CNT002", "CNT003", "CNT004")
SASARAN_1 = "Meningkatnya Kualitas Pelayanan Publik Kecamatan"
SASARAN_2 = "Meningkatnya Akuntabilitas Kinerja Perangkat Daerah"

REPORT = """
    [[agreements]]
    sasaran = "Meningkatnya Kualitas Pelayanan Publik Kecamatan"
    indikator = "Indeks Kepuasan Masyarakat"
    target = "80"

    [[agreements]]
    sasaran = "Meningkatnya Kualitas Pelayanan Publik Kecamatan"
    indikator = "Persentase Pengaduan yang Ditindaklanjuti"
    target = "100"

    [[agreements]]
    sasaran = "Meningkatnya Akuntabilitas Kinerja Perangkat Daerah"
    indikator = "Nilai SAKIP Kecamatan"
    target = "70"

    [[budgets]]
    table = "Tabel 3.4"
    kind = "realisasi"

    [[budgets.items]]
    level = "program"
    name = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"

    [[budgets.items]]
    level = "kegiatan"
    name = "Administrasi Umum Perangkat Daerah"

    [[budgets.items]]
    level = "sub_kegiatan"
    name = "Penyediaan Alat Tulis Kantor"

    [[budgets.items]]
    level = "sub_kegiatan"
    name = "Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan"

    [[budgets.items]]
    level = "kegiatan"
    name = "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"

    [[budgets.items]]
    level = "sub_kegiatan"
    name = "Penyusunan Dokumen Perencanaan Perangkat Daerah"

    [[budgets]]
    table = "Tabel 2.3"
    kind = "alokasi"

    [[budgets.items]]
    level = "program"
    name = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"

    [[budgets.items]]
    level = "kegiatan"
    name = "Administrasi Umum Perangkat Daerah"

    [[budgets.items]]
    level = "kegiatan"
    name = "Administrasi Kepegawaian Perangkat Daerah"

    [[budgets.items]]
    level = "kegiatan"
    name = "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"

    [[claims]]
    kind = "count"
    subject = "program"
    value = "1"
    words = "satu"
    group = "ringkasan"

    [[claims]]
    kind = "count"
    subject = "kegiatan"
    value = "2"
    words = "dua"
    group = "ringkasan"

    [[claims]]
    kind = "count"
    subject = "sub_kegiatan"
    value = "3"
    words = "Tiga"
    group = "ringkasan"

    [[claims]]
    kind = "count"
    subject = "sasaran"
    value = "2"
    words = "dua"

    [[claims]]
    kind = "count"
    subject = "indikator"
    value = "3"
    words = "tiga"

    [[claims]]
    kind = "count"
    subject = "indikator"
    value = "2"
    words = "dua"
    sasaran = "Sasaran 1"

    [[claims]]
    kind = "count"
    subject = "indikator"
    value = "1"
    words = "satu"
    sasaran = "Meningkatnya Akuntabilitas Kinerja Perangkat Daerah"
    """


def _with(*changes: tuple[str, str]) -> str:
    """``REPORT`` with each ``old`` text (which must occur once) replaced by ``new``."""
    return edited(REPORT, *changes)


def test_correct_report_has_no_count_findings(check):
    assert flatten(check(REPORT, *ALL_COUNTS).findings) == []


# -- CNT001 --------------------------------------------------------------------------------

SUB_KEGIATAN = 'subject = "sub_kegiatan"\n    value = "3"\n    words = "Tiga"'
KEGIATAN = 'subject = "kegiatan"\n    value = "2"\n    words = "dua"'


def test_cnt001_count_differs_from_budget_table(check):
    body = _with((SUB_KEGIATAN, 'subject = "sub_kegiatan"\n    value = "4"\n    words = "empat"'))
    result = check(body, "CNT001")
    assert flatten(result.findings) == [
        ("CNT001", 86, "Narasi menyebut 4 sub kegiatan, tetapi tabel anggaran memuat jumlah "
         "sub kegiatan yang berbeda (Tabel 3.4: 3)."),
    ]
    assert flatten(result.findings, "en") == [
        ("CNT001", 86, "The narrative states 4 sub kegiatan, but the budget tables list a "
         "different number of sub kegiatan (Tabel 3.4: 3)."),
    ]
    assert (result.findings[0].expected, result.findings[0].actual) == ("3", "4")


def test_cnt001_lists_every_table_when_none_matches(check):
    body = _with((KEGIATAN, 'subject = "kegiatan"\n    value = "4"\n    words = "empat"'))
    result = check(body, "CNT001")
    assert flatten(result.findings) == [
        ("CNT001", 79, "Narasi menyebut 4 kegiatan, tetapi tabel anggaran memuat jumlah "
         "kegiatan yang berbeda (Tabel 3.4: 2; Tabel 2.3: 3)."),
    ]
    # The main table is the realisasi table: its count is the expected one.
    assert (result.findings[0].expected, result.findings[0].actual) == ("2", "4")


def test_cnt001_count_matching_another_budget_table(check):
    # Tabel 2.3 (alokasi) lists 3 kegiatan: the claim may be about that table.
    body = _with((KEGIATAN, 'subject = "kegiatan"\n    value = "3"\n    words = "tiga"'))
    assert flatten(check(body, "CNT001").findings) == []


def test_cnt001_without_budget_rows_at_that_level(check):
    body = """
    [[budgets]]
    table = "Tabel 3.4"
    kind = "realisasi"

    [[budgets.items]]
    level = "program"
    name = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"

    [[claims]]
    kind = "count"
    subject = "kegiatan"
    value = "12"
    """
    assert flatten(check(body, "CNT001").findings) == []


# -- CNT002 --------------------------------------------------------------------------------

def test_cnt002_sasaran_and_indikator_counts_differ_from_pk(check):
    body = _with(
        ('subject = "sasaran"\n    value = "2"', 'subject = "sasaran"\n    value = "3"'),
        ('subject = "indikator"\n    value = "3"', 'subject = "indikator"\n    value = "6"'),
    )
    result = check(body, "CNT002")
    assert flatten(result.findings) == [
        ("CNT002", 93, "Narasi menyebut 3 sasaran, tetapi Perjanjian Kinerja memuat 2 sasaran."),
        ("CNT002", 99, "Narasi menyebut 6 indikator, tetapi Perjanjian Kinerja memuat "
         "3 indikator."),
    ]
    assert flatten(result.findings, "en")[1] == (
        "CNT002", 99, "The narrative states 6 indikator, but the Perjanjian Kinerja lists "
        "3 indikator.")
    assert [(f.expected, f.actual) for f in result.findings] == [("2", "3"), ("3", "6")]


def test_cnt002_ignores_pk_perubahan_rows(check):
    body = """
    [[agreements]]
    sasaran = "Meningkatnya Kualitas Pelayanan Publik Kecamatan"
    indikator = "Indeks Kepuasan Masyarakat"

    [[agreements]]
    sasaran = "Meningkatnya Kualitas Pelayanan Publik Kecamatan"
    indikator = "Indeks Kepuasan Masyarakat"
    document = "pk_perubahan"

    [[agreements]]
    sasaran = "Meningkatnya Kualitas Pelayanan Publik Kecamatan"
    indikator = "Waktu Penyelesaian Izin"
    document = "pk_perubahan"

    [[claims]]
    kind = "count"
    subject = "indikator"
    value = "1"
    """
    assert flatten(check(body, "CNT002").findings) == []


def test_cnt002_without_pk_counts_the_renstra(check):
    body = """
    [[plan.sasaran]]
    id = "S1"
    name = "Meningkatnya Kualitas Pelayanan Publik Kecamatan"

    [[plan.indikator]]
    id = "I1"
    name = "Indeks Kepuasan Masyarakat"
    sasaran = "S1"

    [[plan.indikator]]
    id = "I2"
    name = "Persentase Pengaduan yang Ditindaklanjuti"
    sasaran = "S1"

    [[claims]]
    kind = "count"
    subject = "indikator"
    value = "3"
    """
    result = check(body, "CNT002")
    assert flatten(result.findings) == [
        ("CNT002", 23, "Narasi menyebut 3 indikator, tetapi Renstra memuat 2 indikator."),
    ]
    fixed = body.replace('value = "3"', 'value = "2"')
    assert flatten(check(fixed, "CNT002").findings) == []


# -- CNT003 --------------------------------------------------------------------------------

def test_cnt003_per_sasaran_counts_differ(check):
    body = _with(
        ('value = "2"\n    words = "dua"\n    sasaran = "Sasaran 1"',
         'value = "3"\n    words = "dua"\n    sasaran = "Sasaran 1"'),
        ('value = "1"\n    words = "satu"\n    sasaran =',
         'value = "2"\n    words = "satu"\n    sasaran ='),
    )
    result = check(body, "CNT003")
    assert flatten(result.findings) == [
        ("CNT003", 105, f'Narasi menyebut 3 indikator untuk sasaran "{SASARAN_1}", tetapi '
         "Perjanjian Kinerja memuat 2 indikator untuk sasaran itu."),
        ("CNT003", 112, f'Narasi menyebut 2 indikator untuk sasaran "{SASARAN_2}", tetapi '
         "Perjanjian Kinerja memuat 1 indikator untuk sasaran itu."),
    ]
    assert flatten(result.findings, "en")[0] == (
        "CNT003", 105, f'The narrative states 3 indicators for sasaran "{SASARAN_1}", but the '
        "Perjanjian Kinerja lists 2 for that sasaran.")
    assert [(f.expected, f.actual) for f in result.findings] == [("2", "3"), ("1", "2")]


@pytest.mark.parametrize(
    ("written", "claimed", "lines"),
    [
        ("2", "1", []),  # the 2nd PK sasaran, by number
        ("Sasaran Strategis 2", "1", []),
        ("Sasaran ke-2", "3", [112]),
        ("meningkatnya akuntabilitas kinerja perangkat daerah.", "3", [112]),  # by name
        ("Meningkatnya Akuntabilitas Kinerja Perangkat Daerh", "3", [112]),  # a typo
        ("Sasaran 5", "3", []),  # no such sasaran: nothing to count against
        ("Meningkatnya Kesejahteraan Masyarakat", "3", []),
    ],
)
def test_cnt003_finds_the_sasaran(check, written, claimed, lines):
    old = f'value = "1"\n    words = "satu"\n    sasaran = "{SASARAN_2}"'
    body = _with((old, f'value = "{claimed}"\n    words = "satu"\n    sasaran = "{written}"'))
    assert [f.location.line for f in check(body, "CNT003").findings] == lines


# -- CNT004 --------------------------------------------------------------------------------

def test_cnt004_words_differ_from_digits(check):
    result = check(_with((SUB_KEGIATAN, SUB_KEGIATAN.replace("Tiga", "Tiga Belas"))), "CNT004")
    assert flatten(result.findings) == [
        ("CNT004", 86, 'Angka 3 ditulis dengan huruf "Tiga Belas" yang berarti 13; angka dan '
         "hurufnya harus sama."),
    ]
    assert flatten(result.findings, "en") == [
        ("CNT004", 86, 'The figure 3 is written in words as "Tiga Belas", which means 13; '
         "the digits and the words must agree."),
    ]
    assert (result.findings[0].expected, result.findings[0].actual) == ("3", "13")


def test_cnt004_unreadable_words_are_not_judged(check):
    body = _with((SUB_KEGIATAN, SUB_KEGIATAN.replace("Tiga", "tiga-tiganya")))
    assert flatten(check(body, "CNT004").findings) == []


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("satu", 1),
        ("tiga", 3),
        ("Sembilan", 9),
        ("sepuluh", 10),
        ("sebelas", 11),
        ("Dua Belas", 12),
        ("DELAPAN BELAS", 18),
        ("dua puluh", 20),
        ("dua puluh satu", 21),
        ("Tiga Puluh Tiga", 33),
        ("sembilan puluh sembilan", 99),
        ("seratus", 100),
        ("seratus sebelas", 111),
        ("seratus dua belas", 112),
        ("dua ratus lima puluh", 250),
        ("seribu", 1000),
        ("seribu sembilan ratus delapan puluh lima", 1985),
        ("dua ribu dua puluh empat", 2024),
        ("dua belas ribu", 12000),
        ("seratus ribu", 100000),
        ("sejuta", 1000000),
        ("(Dua Belas)", 12),
        ("dua-belas", 12),
        ("nol", 0),
        # Not numbers: never guessed.
        ("", None),
        ("belas", None),
        ("ratus", None),
        ("dua tiga", None),
        ("dua belas tiga", None),
        ("dua puluh dua belas", None),
        ("dua puluh tiga puluh", None),
        ("seribu dua ribu", None),
        ("nol puluh", None),
        ("lima kegiatan", None),
        ("tiga-tiganya", None),
    ],
)
def test_parse_number_words(words, value):
    assert parse_number_words(words) == value


def test_cnt001_ignores_a_count_of_the_programs_of_one_sasaran(check):
    """"2 program menunjang sasaran 1" counts a subset of the table, not the table."""
    claim = """
    [[claims]]
    kind = "count"
    subject = "program"
    value = "3"
    words = "tiga"
    """
    assert [f.rule for f in check(REPORT + claim, "CNT001").findings] == ["CNT001"]
    per_sasaran = claim.replace('value = "3"', 'sasaran = "1"\n    value = "3"')
    assert check(REPORT + per_sasaran, "CNT001").findings == ()


TWO_PKS = """
    [[agreements]]
    table = "Tabel 2.2"
    sasaran = "Meningkatnya Kualitas Pelayanan Publik Kecamatan"
    indikator = "Indeks Kepuasan Masyarakat"
    target = "80"

    [[agreements]]
    table = "Tabel 2.2"
    sasaran = "Meningkatnya Kualitas Pelayanan Publik Kecamatan"
    indikator = "Persentase Pengaduan yang Ditindaklanjuti"
    target = "100"

    [[agreements]]
    table = "Lampiran 2"
    document = "pk_perubahan"
    sasaran = "Meningkatnya Kualitas Pelayanan Publik Kecamatan"
    indikator = "Indeks Kepuasan Masyarakat"
    target = "82"

    [[claims]]
    kind = "count"
    subject = "indikator"
    value = "{indikator}"

    [[claims]]
    kind = "count"
    subject = "indikator"
    sasaran = "1"
    value = "{per_sasaran}"
"""


def test_counts_match_any_printed_pk(check):
    """A report printing a PK (2 indicators) and a PK Perubahan (1 indicator): a count
    that matches either is right; one that matches neither is shown against the first."""
    assert check(TWO_PKS.format(indikator=1, per_sasaran=1), "CNT002", "CNT003").findings == ()
    assert check(TWO_PKS.format(indikator=2, per_sasaran=2), "CNT002", "CNT003").findings == ()
    result = check(TWO_PKS.format(indikator=3, per_sasaran=3), "CNT002", "CNT003")
    assert [(f.rule, f.expected, f.actual) for f in result.findings] == [
        ("CNT002", "2", "3"), ("CNT003", "2", "3")]
    assert "Perjanjian Kinerja (Tabel 2.2)" in result.findings[0].text("id")


def test_cnt001_does_not_count_a_table_with_glued_rows(check):
    """The report's "2 (dua) kegiatan" matches Tabel 3.4 (2 kegiatan) but not Tabel 2.3
    (3). Once Tabel 3.4 is known to have lost rows to the conversion, its count proves
    nothing, and the claim stands against Tabel 2.3 alone."""
    doubt = """
    [[doubts]]
    kind = "table"
    raw = "1 2 II."
    problem = "baris memuat teks beberapa baris"
    table = "Tabel 3.4"
    """

    def kegiatan(body: str) -> list[str]:
        found = check(body, "CNT001").findings
        return [f.args["counts"] for f in found if f.args["subject"] == "kegiatan"]

    assert kegiatan(REPORT) == []
    assert kegiatan(REPORT + doubt) == ["Tabel 2.3: 3"]
