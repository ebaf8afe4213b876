"""INP001/INP002: what the reader could not read is shown, in the reviewer's language."""

from __future__ import annotations

from conftest import flatten

from checker.config import Config
from checker.engine import check_report
from checker.model import Doubt, Meta, Provenance, Report

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


# -- INP001 beside HYG003: one defect, one finding ------------------------------------------

BUDGET_LINES = (
    "Tabel 3.4 Realisasi Anggaran",
    "Fasilitasi Pemilihan Kepala Desa\t7 Desa/1 Kel\t-\t-\t#DIV/0!\t%",
    "Fasilitasi Penataan Ruang Desa\t7 Desa/ 1 Kel\t300.000\t300.000\t100\t%",
)


def _unreadable(registry, doubts: tuple[Doubt, ...], *codes: str):
    report = Report(path="laporan.txt", format="text", meta=Meta(year=2024),
                    text=BUDGET_LINES, doubts=doubts)
    rules = [rule for rule in registry.rules if rule.code in codes]
    return check_report(report, rules, Config())


def _doubt(raw: str, line: int) -> Doubt:
    return Doubt("number", raw, f"persen: {raw!r}", Provenance(line, line, "Tabel 3.4"))


def test_inp001_of_a_spreadsheet_error_is_folded_into_hyg003_on_its_line(registry):
    result = _unreadable(registry, (_doubt("#DIV/0!", 2),), "INP001", "HYG003")
    assert [(f.rule, f.location.line) for f in result.findings] == [("HYG003", 2)]
    assert [(r.rule, r.location.line, r.location.table) for r in result.findings[0].related] == [
        ("INP001", 2, "Tabel 3.4")]


def test_inp001_of_another_cell_on_that_line_stays_beside_hyg003(registry):
    """'7 Desa/1 Kel' is unreadable for its own reason: another cell, another defect."""
    result = _unreadable(registry, (_doubt("7 Desa/1 Kel", 2),), "INP001", "HYG003")
    assert [(f.rule, f.location.line, f.related) for f in result.findings] == [
        ("HYG003", 2, ()), ("INP001", 2, ())]


def test_inp001_of_a_spreadsheet_error_elsewhere_stays(registry):
    """A spreadsheet error the text does not show on that line (the doubt's line points
    elsewhere) is no knock-on of a HYG003 finding."""
    result = _unreadable(registry, (_doubt("#REF!", 3),), "INP001", "HYG003")
    assert [(f.rule, f.location.line, f.related) for f in result.findings] == [
        ("HYG003", 2, ()), ("INP001", 3, ())]


def test_inp001_stays_when_hyg003_is_not_run(registry):
    result = _unreadable(registry, (_doubt("#DIV/0!", 2),), "INP001")
    assert [(f.rule, f.location.line) for f in result.findings] == [("INP001", 2)]
