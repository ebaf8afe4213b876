"""Tests of the lkjip-timeliness pack: its rule, its option, its category, its period.

The rule tests run TML001 on reports written inline, through ``checker.sdk`` only. The
command-line tests at the end need the pack installed (``pip install .``): they check
that lkjip finds it through its entry point, as a user would see it.
"""

from __future__ import annotations

import json
from dataclasses import replace
from importlib import metadata
from pathlib import Path

import pytest
from lkjip_timeliness import TML001, signed_month

from checker.sdk import Config, flatten, load_report, run_rules

FIXTURE = Path(__file__).parent / "fixtures" / "late-2024.toml"


def _report(signed_date: str | None, year: int | None = 2024):
    meta: dict = {"agency": "Kecamatan Sukamaju", "year": year or 2024}
    if signed_date is not None:
        meta["signed_date"] = signed_date
    report = load_report({"meta": meta})
    if year is None:  # a report whose year the reader could not find
        report = replace(report, meta=replace(report.meta, year=None))
    return report


def _run(signed_date: str | None, year: int | None = 2024, **options) -> list[tuple]:
    config = Config(pack_options={"timeliness": options}) if options else None
    return flatten(run_rules(_report(signed_date, year), TML001, config=config))


# -- the rule -------------------------------------------------------------------------------


@pytest.mark.parametrize("signed", ["2025-01-06", "17 Februari 2025", "Februari 2025",
                                    "28/02/2025", "Jan 2025"])
def test_signed_within_the_window_is_no_finding(signed):
    assert _run(signed) == []


def test_signed_after_the_deadline():
    assert _run("17 April 2025") == [(
        "TML001", None,
        "Laporan kinerja tahun 2024 ditandatangani 17 April 2025, setelah batas penyampaian; "
        "laporan ini disampaikan paling lambat akhir Februari 2025.")]
    findings = run_rules(_report("17 April 2025"), TML001)
    assert findings[0].text("en") == (
        "The 2024 performance report is signed 17 April 2025, after the deadline; it is due "
        "by the end of February 2025.")
    assert (findings[0].expected, findings[0].actual) == ("2025-01..2025-02", "17 April 2025")
    assert findings[0].category.value == "timeliness"


def test_signed_before_the_reporting_year_ended():
    # A date left over from the year before: the 2024 report cannot be signed in 2024.
    assert _run("Januari 2024") == [(
        "TML001", None,
        "Laporan kinerja tahun 2024 ditandatangani Januari 2024, sebelum tahun 2024 berakhir; "
        "laporan ini disampaikan paling lambat akhir Februari 2025.")]


@pytest.mark.parametrize(("signed", "year"), [
    (None, 2024),           # no signing date
    ("tanggal", 2024),      # no date in it
    ("17 April 2025", None),  # the report's year is unknown
])
def test_nothing_to_judge_is_no_finding(signed, year):
    assert _run(signed, year) == []


def test_only_reports_from_2014_on_are_checked():
    assert TML001.effective_from == 2014 and TML001.effective_until is None
    assert _run("Desember 2014", year=2013) == []  # late, but before the rule's period
    assert [code for code, _, _ in _run("Desember 2015", year=2014)] == ["TML001"]


def test_the_finding_points_at_the_line_that_prints_the_date():
    from checker.sdk import read_report

    findings = run_rules(read_report(FIXTURE), TML001)
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    assert [f.location.line for f in findings] == [lines.index('signed_date = "17 April 2025"') + 1]


@pytest.mark.parametrize(("text", "expected"), [
    ("2025-02-17", (2025, 2)),
    ("Jatinegara, 25 Februari 2022", (2022, 2)),
    ("Pematang Lumut, Januari 2023", (2023, 1)),
    ("17/02/2025", (2025, 2)),
    ("1 Pebruari 2021", (2021, 2)),
    ("13 Agt. 2021", (2021, 8)),
    ("Sukamaju, Senin 2025", None),
    ("2025-13-01", None),
])
def test_signed_month(text, expected):
    assert signed_month(text) == expected


# -- the option -----------------------------------------------------------------------------


def test_due_months_moves_the_deadline():
    assert _run("17 April 2025", **{"due-months": 4}) == []
    assert [message for _, _, message in _run("17 April 2025", **{"due-months": 3})] == [
        "Laporan kinerja tahun 2024 ditandatangani 17 April 2025, setelah batas penyampaian; "
        "laporan ini disampaikan paling lambat akhir Maret 2025."]


@pytest.mark.parametrize(("value", "reason"), [
    (0, "must be at least 1, not 0"),
    (13, "must be at most 12, not 13"),
    ("3", "must be a whole number, not '3'"),
    (2.5, "must be a whole number, not 2.5"),
    (True, "must be a whole number, not True"),
])
def test_a_bad_due_months_is_refused_naming_pack_and_option(value, reason):
    from checker.errors import ConfigError

    with pytest.raises(ConfigError) as info:
        _run("17 April 2025", **{"due-months": value})
    message = str(info.value)
    assert "[tool.lkjip.rules.timeliness] due-months" in message and reason in message
    assert "\n" not in message


# -- installed: what lkjip shows --------------------------------------------------------------


def _installed() -> None:
    names = {entry.name for entry in metadata.entry_points(group="lkjip.rules")}
    assert "timeliness" in names, "install the pack first: pip install examples/rule-pack"


def test_lkjip_lists_the_rule_with_its_category_and_option(capsys):
    from checker.cli import main

    _installed()
    assert main(["rules", "--format", "json"]) == 0
    listed = {r["code"]: r for r in json.loads(capsys.readouterr().out)}
    tml = listed["TML001"]
    assert tml["plugin"] == "lkjip.rules:timeliness"
    assert tml["category"] == "timeliness"
    assert tml["category_label"] == {"id": "Ketepatan waktu", "en": "Timeliness"}
    assert tml["effective_from"] == 2014
    assert [(o["pack"], o["name"], o["default"]) for o in tml["options"]] == [
        ("timeliness", "due-months", 2)]
    assert main(["rules", "--year", "2013", "--format", "json"]) == 0
    assert "TML001" not in {r["code"] for r in json.loads(capsys.readouterr().out)}


def test_lkjip_checks_the_fixture_and_heads_the_category(capsys, tmp_path, monkeypatch):
    from checker.cli import main

    _installed()
    monkeypatch.chdir(tmp_path)  # no config file on the way up
    assert main(["check", str(FIXTURE), "--select", "timeliness", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "\n Timeliness\n" in out
    assert "warning TML001 The 2024 performance report is signed 17 April 2025" in out


def test_a_bad_option_in_the_config_file_is_one_line_and_exit_2(capsys, tmp_path, monkeypatch):
    from checker.cli import main

    _installed()
    (tmp_path / "pyproject.toml").write_text(
        '[tool.lkjip.rules.timeliness]\ndue-months = 0\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", str(FIXTURE)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert "[tool.lkjip.rules.timeliness] due-months: must be at least 1, not 0" in captured.err
