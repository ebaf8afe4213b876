"""A rate's unit written with a slash ('3,20 jiwa/100.000 penduduk', '1,5 /1.000 KH',
'0,9 per/ 100.000 penduduk') holds the size of the population counted in, not a second
figure: the figure is the number before it (INP001, CON001). A cell with two figures of
its own ('22/30', '3,20 4,10 jiwa/100.000 penduduk') stays unreadable, and a target that
differs between the PK and the capaian table is still reported.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import flatten

from checker.numbers import NumberFormatError, parse_number, split_rate_unit


@pytest.mark.parametrize(
    ("raw", "value", "unit"),
    [
        ("3,20 jiwa/100.000 penduduk", "3.20", "jiwa/100.000 penduduk"),
        ("3,20 jiwa /100.000 penduduk", "3.20", "jiwa /100.000 penduduk"),
        ("1,5 /1.000 KH", "1.5", "/1.000 KH"),
        ("0,9 per/ 100.000 penduduk", "0.9", "per/ 100.000 penduduk"),
        ("4 kasus/1000", "4", "kasus/1000"),
        ("2,75 per 10.000 kendaraan", "2.75", "per 10.000 kendaraan"),
    ],
)
def test_the_figure_before_a_slashed_rate_unit(raw: str, value: str, unit: str) -> None:
    assert parse_number(raw) == Decimal(value)
    assert split_rate_unit(raw) == (raw.split(unit)[0].rstrip(), unit)


@pytest.mark.parametrize(
    "raw",
    [
        "22/30",  # a fraction: two figures
        "3,20/100.000",  # no word or space before the slash: a fraction too
        "80 kasus/30 hari",  # 30 is no population size
        "3,20 4,10 jiwa/100.000 penduduk",  # two figures before one unit
    ],
)
def test_two_figures_around_a_slash_stay_unreadable(raw: str) -> None:
    with pytest.raises(NumberFormatError):
        parse_number(raw)


AGREED = """\
[[agreements]]
sasaran = "Meningkatnya keselamatan lalu lintas"
indikator = "Angka fatalitas kecelakaan per 100.000 penduduk"
target = "{pk}"

[[achievements]]
table = "Tabel 3.2"

[[achievements.rows]]
indikator = "Angka fatalitas kecelakaan per 100.000 penduduk"
target = "3,20"
realisasi = "3,10"
"""


def test_a_pk_target_with_a_slashed_rate_unit_agrees_and_is_read(check):
    result = check(AGREED.format(pk="3,20 jiwa/100.000 penduduk"), "CON001", "INP001")
    assert flatten(result.findings) == []


def test_a_different_pk_target_with_that_unit_is_still_reported(check):
    result = check(AGREED.format(pk="3,50 jiwa/100.000 penduduk"), "CON001", "INP001")
    assert [rule for rule, _, _ in flatten(result.findings)] == ["CON001"]


def test_a_pk_target_with_two_figures_is_still_unreadable(check):
    result = check(AGREED.format(pk="3,20 4,10 jiwa/100.000 penduduk"), "INP001")
    assert [rule for rule, _, _ in flatten(result.findings)] == ["INP001"]
