"""A Perjanjian Kinerja in markdown that lists a sasaran's indicators in ONE cell, one a
line (``<br>``), with their targets line for line in the next cell.

Each line is an indicator of its own with its own target: the PK holds every one of
them (CAS002 finds each in the capaian table, INP001 reads one figure per target),
while an indicator missing from the capaian table is still found. A name wrapped in
its cell beside a single target stays one indicator, and a target cell that lists
fewer lines than the names is read as today (INP001 still warns).
"""

from __future__ import annotations

from decimal import Decimal

from checker.extract import extract_report
from checker.text import parse_source

_PK = """\
# LAPORAN KINERJA BADAN CONTOH PROVINSI CONTOH TAHUN 2024

## BAB II PERENCANAAN KINERJA

**Tabel 2.1 Perjanjian Kinerja Tahun 2024**

| No | Sasaran Strategis | Indikator Kinerja | Target |
|---|---|---|---|
| 1 | Meningkatnya kualitas inovasi daerah | {first} | {targets} |
| 2 | Meningkatnya pemanfaatan hasil riset | Jumlah hasil riset yang dipublikasikan | 20 judul |

## BAB III AKUNTABILITAS KINERJA

**Tabel 3.1 Pengukuran Capaian Kinerja Tahun 2024**

| No | Indikator Kinerja | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|
{capaian}| 3 | Jumlah hasil riset yang dipublikasikan | 20 judul | 17 judul | 85,00 |
"""

_LISTED = "Indeks Inovasi Daerah<br>Jumlah inovasi daerah yang diterapkan"
_CAPAIAN_ROWS = (
    "| 1 | Indeks Inovasi Daerah | 55,00 skor | 57,75 skor | 105,00 |\n"
    "| 2 | Jumlah inovasi daerah yang diterapkan | 60 inovasi | 66 inovasi | 110,00 |\n"
)


def _report(first: str = _LISTED, targets: str = "55,00 skor<br>60 inovasi",
            capaian: str = _CAPAIAN_ROWS) -> str:
    return _PK.format(first=first, targets=targets, capaian=capaian)


def _agreed(text: str) -> list[tuple[str | None, str | None, Decimal | None]]:
    report = extract_report(parse_source(text, "laporan.md"))
    return [(row.sasaran, row.indikator, row.target.value if row.target else None)
            for row in report.agreements]


def test_listed_indicators_are_one_pk_row_each_with_their_own_target() -> None:
    assert _agreed(_report()) == [
        ("Meningkatnya kualitas inovasi daerah", "Indeks Inovasi Daerah", Decimal("55.00")),
        ("Meningkatnya kualitas inovasi daerah", "Jumlah inovasi daerah yang diterapkan",
         Decimal("60")),
        ("Meningkatnya pemanfaatan hasil riset", "Jumlah hasil riset yang dipublikasikan",
         Decimal("20")),
    ]


def test_listed_indicators_found_in_the_capaian_table_are_silent(check_inline) -> None:
    assert check_inline(_report(), "CAS002", "INP001") == []


def test_a_listed_indicator_missing_from_the_capaian_table_is_still_found(
        check_inline) -> None:
    missing = _CAPAIAN_ROWS.splitlines(keepends=True)[0]  # no row for the second
    findings = check_inline(_report(capaian=missing), "CAS002", lang="en")
    assert [finding[0] for finding in findings] == ["CAS002"]
    assert "Jumlah inovasi daerah yang diterapkan" in str(findings)


def test_a_name_wrapped_in_its_cell_stays_one_indicator() -> None:
    wrapped = "Indeks Inovasi Daerah Provinsi<br>yang dihitung Kementerian Dalam Negeri"
    agreed = _agreed(_report(first=wrapped, targets="55,00 skor"))
    assert agreed[0] == (
        "Meningkatnya kualitas inovasi daerah",
        "Indeks Inovasi Daerah Provinsi yang dihitung Kementerian Dalam Negeri",
        Decimal("55.00"),
    )
    assert len(agreed) == 2


def test_a_name_wrapped_beside_a_figure_wrapped_from_its_unit_stays_one_row() -> None:
    agreed = _agreed(_report(first="Indeks Inovasi<br>Daerah", targets="55,00<br>skor"))
    assert agreed[0][1] == "Indeks Inovasi Daerah"
    assert len(agreed) == 2


def test_fewer_targets_than_listed_names_still_warns(check_inline) -> None:
    listed = _LISTED + "<br>Indeks Pembangunan Teknologi Informasi"
    findings = check_inline(_report(first=listed), "INP001", lang="en")
    assert [finding[0] for finding in findings] == ["INP001"]
    assert "55,00 skor 60 inovasi" in str(findings)
