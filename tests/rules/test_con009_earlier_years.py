"""CON009 (an earlier year's figures printed alike and computed right) and the reading
of earlier-year columns, on small text reports of Kecamatan Sukamaju on 2024 written
for the project: ``earlier_years_defects.txt`` holds a 2022 capaian that is realisasi
and target inverted and a 2023 realisasi printed 72,00 beside 70,00;
``earlier_years_clean.txt`` holds the look-alikes the rule must leave alone (a
"Capaian 2023" column that holds the realisasi, a Renstra end target, a "Realisasi
Tahun Lalu" column, a "2022 s.d. 2023" span, an indicator where lower is better)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import flatten

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.model import Report
from checker.readers.structured import load_structured
from checker.serialize import report_to_data
from checker.text import parse_source

FIXTURES = Path(__file__).parent / "fixtures"


def _report(name: str) -> Report:
    path = FIXTURES / name
    return extract_report(parse_source(path.read_text(encoding="utf-8"), str(path)))


@pytest.fixture
def run(registry):
    def run(name: str, lang: str = "id") -> list[tuple]:
        rules = [rule for rule in registry.rules if rule.code == "CON009"]
        return flatten(check_report(_report(name), rules, Config()).findings, lang)

    return run


def test_con009_reports_a_miscomputed_capaian_and_a_realisasi_printed_twice(run):
    assert run("earlier_years_defects.txt") == [
        ("CON009", 13, "Tahun 2022, indikator 'Indeks Kepuasan Masyarakat': capaian "
         "tertulis 95,66, sedangkan hasil hitung 78,40 / 75,00 x 100 = 104,53%."),
        ("CON009", 22, "Tahun 2023, indikator 'Persentase desa yang tertib administrasi': "
         "realisasi tertulis 72,00, sedangkan tabel 'Tabel 3.2 Perbandingan Capaian Kinerja "
         "dengan Tahun Sebelumnya' (baris 14) mencetak 70,00."),
    ]


def test_con009_speaks_english(run):
    messages = [message for _, _, message in run("earlier_years_defects.txt", "en")]
    assert messages[0].startswith("Year 2022, indikator 'Indeks Kepuasan Masyarakat': "
                                  "capaian is stated as 95,66, but 78,40 / 75,00 x 100")
    assert "realisasi is printed as 72,00" in messages[1]


def test_con009_leaves_the_look_alikes_alone(run):
    assert run("earlier_years_clean.txt") == []


def _earlier(report: Report) -> dict[tuple[str, int, int], tuple]:
    return {
        (table.name.split()[1], row.where.line or 0, item.year): tuple(
            figure.raw if figure is not None else None
            for figure in (item.target, item.realisasi, item.capaian)
        )
        for table in report.achievements for row in table.rows for item in row.earlier
    }


def test_only_columns_of_a_certain_year_and_role_are_read():
    earlier = _earlier(_report("earlier_years_clean.txt"))
    assert earlier[("3.2", 13, 2022)] == ("75,00", "78,40", "104,53")
    assert earlier[("3.3", 21, 2021)] == (None, "75,10", None)
    # 'Realisasi Tahun Lalu' is the year before the report's; the span is no one year.
    assert earlier[("3.5", 33, 2023)] == (None, "81,00", None)
    assert ("3.5", 33, 2022) not in earlier
    # 'Capaian 2023' beside no realisasi of 2023 holds the realisasi: not read.
    assert not [key for key in earlier if key[0] == "3.4"]
    # The reporting year stays in the row's own target / realisasi / capaian.
    assert not [key for key in earlier if key[2] == 2024]


def test_earlier_years_round_trip_through_the_structured_form():
    report = _report("earlier_years_defects.txt")
    again = load_structured(report_to_data(report), report.path)
    assert _earlier(again) == _earlier(report)
