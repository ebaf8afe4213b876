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
