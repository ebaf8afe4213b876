"""INP001/INP002: what the reader could not read is shown, in the reviewer's language."""

from __future__ import annotations

from conftest import flatten

UNREADABLE = """
[[agreements]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "Jumlah desa yang dibina"
target = "7 Desa/ 1 Kel"
"""

READABLE = """
[[agreements]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "Jumlah desa yang dibina"
target = "8 Desa"
"""

TABLE_DOUBT = """
[[doubts]]
kind = "table"
raw = "Tabel 3.9"
problem = "kolom pagu dan realisasi tertukar di tengah tabel"
line = 412
table = "Tabel 3.9"
"""


def test_inp001_reports_an_unreadable_target(check):
    result = check(UNREADABLE, "INP001")
    assert flatten(result.findings) == [(
        "INP001", 9,
        "Nilai '7 Desa/ 1 Kel' tidak dapat dibaca sebagai angka (target: '7 Desa/ 1 Kel' "
        "memuat 2 angka, bukan satu); nilai ini tidak diperiksa.",
    )]
    assert flatten(result.findings, "en")[0][2] == (
        "Value '7 Desa/ 1 Kel' cannot be read as a number (target: '7 Desa/ 1 Kel' holds "
        "2 numbers, not one); it was not checked."
    )
    assert result.findings[0].actual == "7 Desa/ 1 Kel"


def test_inp001_is_silent_on_a_number_with_a_unit(check):
    assert check(READABLE, "INP001").findings == ()


def test_inp002_reports_a_table_the_reader_could_not_understand(check):
    result = check(TABLE_DOUBT, "INP002")
    assert flatten(result.findings) == [(
        "INP002", 412,
        "Bagian 'Tabel 3.9' tidak dapat dibaca: kolom pagu dan realisasi tertukar di tengah "
        "tabel; isinya tidak diperiksa.",
    )]
    assert result.findings[0].location.table == "Tabel 3.9"


def test_inp002_ignores_number_doubts(check):
    assert check(UNREADABLE, "INP002").findings == ()


FIELD_DOUBT = """
[[doubts]]
kind = "field"
raw = "tahun pelaporan"
problem = { id = "tidak ditemukan di judul", en = "not found in the title" }
"""

INTERNAL_DOUBT = """
[[doubts]]
kind = "internal"
raw = "Tabel 3.4"
problem.id = "tabel anggaran tidak terbaca (ValueError: x)"
problem.en = "the budget table could not be read (ValueError: x)"
line = 40
table = "Tabel 3.4"
"""


def test_inp003_names_a_missing_detail_and_what_was_skipped(check):
    result = check(FIELD_DOUBT, "INP003")
    assert flatten(result.findings) == [
        ("INP003", 9, "tahun pelaporan: tidak ditemukan di judul.")]
    assert flatten(result.findings, "en")[0][2] == "tahun pelaporan: not found in the title."
    assert check(TABLE_DOUBT, "INP003").findings == ()


def test_inp004_a_reader_error_is_internal_and_ends_with_exit_2(check):
    from checker.engine import exit_code
    from checker.rule import Category, Severity

    result = check(INTERNAL_DOUBT, "INP004")
    assert [(f.rule, f.category, f.location.line) for f in result.findings] == [
        ("INP004", Category.INTERNAL, 40)]
    assert "galat program" in result.findings[0].text("id")
    assert exit_code([result], Severity.ERROR) == 2
    assert check(TABLE_DOUBT, "INP004").findings == ()
