"""CAS006 when the budget table's row is the mistyped one: its parent there no longer
adds up (BUD001/BUD002) and the per-sasaran table keeps the figure the parent implies.
The finding points at the budget table's row, so the roll-up it folds into names the
row of its own table, not the correct copy in the per-sasaran table.

Line numbers count the 7-line META prefix of conftest: a body's first line is line 8.
"""

from __future__ import annotations

from conftest import META, edited
from test_cascade_sasaran import MAIN, PER_SASARAN, PK

from checker.rule import Finding

KEGIATAN = 'name = "Penyelenggaraan Urusan Pemerintahan yang Dilimpahkan kepada Camat"\n'
ROW = KEGIATAN + 'pagu = "100.000.000"\nrealisasi = "95.000.000"'
MISTYPED = KEGIATAN + 'pagu = "100.000.000"\nrealisasi = "59.000.000"'
MAIN_TABLE = "Tabel 3.9 Realisasi Anggaran"
SASARAN_TABLE = "Tabel 3.2 Program dan Kegiatan Pendukung Sasaran 1"


def _row_line(body: str, table: str) -> int:
    """The line of the kegiatan's row (its ``[[budgets.items]]`` header) in ``table``."""
    lines = (META + body).splitlines()
    start = next(i for i, line in enumerate(lines) if line == f'table = "{table}"')
    name = next(i for i in range(start, len(lines)) if lines[i] == KEGIATAN.strip())
    return max(i for i in range(start, name) if lines[i] == "[[budgets.items]]") + 1


def _only(findings: tuple[Finding, ...], code: str) -> Finding:
    [finding] = [f for f in findings if f.rule == code]
    return finding


def test_cas006_points_at_the_mistyped_row_of_the_budget_table(check):
    body = PK + edited(MAIN, (ROW, MISTYPED)) + PER_SASARAN
    finding = _only(check(body, "CAS006").findings, "CAS006")
    assert (finding.location.line, finding.location.table) == (
        _row_line(body, MAIN_TABLE), MAIN_TABLE)
    assert (finding.expected, finding.actual) == ("95000000", "59000000")
    assert f"di {MAIN_TABLE} adalah Rp 59.000.000" in finding.text("id")
    assert f"{SASARAN_TABLE} (baris {_row_line(body, SASARAN_TABLE)}) Rp 95.000.000" \
        in finding.text("id")


def test_bud002_names_the_mistyped_row_of_its_own_table(check):
    body = PK + edited(MAIN, (ROW, MISTYPED)) + PER_SASARAN
    findings = check(body, "BUD002", "CAS006").findings
    assert [f.rule for f in findings] == ["BUD002"]  # CAS006 folded into the roll-up
    [related] = findings[0].related
    assert (related.rule, related.location.line, related.location.table) == (
        "CAS006", _row_line(body, MAIN_TABLE), MAIN_TABLE)


def test_cas006_points_at_the_per_sasaran_row_when_that_row_is_mistyped(check):
    # The budget table adds up; the per-sasaran copy is the one that differs.
    body = PK + MAIN + edited(PER_SASARAN, (ROW, MISTYPED))
    finding = _only(check(body, "CAS006").findings, "CAS006")
    assert (finding.location.line, finding.location.table) == (
        _row_line(body, SASARAN_TABLE), SASARAN_TABLE)
    assert (finding.expected, finding.actual) == ("95000000", "59000000")


def test_cas006_silent_when_both_tables_agree(check):
    assert [f.rule for f in check(PK + MAIN + PER_SASARAN, "BUD002", "CAS006").findings] == []
