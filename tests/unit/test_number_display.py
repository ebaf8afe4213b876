"""Numbers as people write them: one formatting path for messages, expected and actual."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from checker.config import Config
from checker.display import (
    Percent,
    Rupiah,
    actual_text,
    display_text,
    expected_text,
    format_number,
    machine_text,
)
from checker.engine import check_report
from checker.hookspecs import RenderOptions
from checker.model import Number
from checker.numbers import format_rupiah
from reports.json_format import render_json

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("value", "indonesian", "english"),
    [
        (Decimal("109.23"), "109,23", "109.23"),
        (81154008, "81.154.008", "81,154,008"),
        (Decimal("81154008"), "81.154.008", "81,154,008"),
        (Decimal("2655353658123456"), "2.655.353.658.123.456", "2,655,353,658,123,456"),
        (Decimal("-1234.5"), "-1.234,5", "-1,234.5"),
        (-7, "-7", "-7"),
        (Decimal("0.65"), "0,65", "0.65"),
        (0, "0", "0"),
        (Decimal("95.00"), "95,00", "95.00"),
    ],
)
def test_numbers_in_each_language(value, indonesian, english):
    assert format_number(value, "id") == indonesian
    assert format_number(value, "en") == english


def test_a_value_beyond_any_report_is_shown_not_raised():
    assert "E+" in format_number(Decimal("1E+60"), "en")
    assert format_number(Decimal("NaN"), "id") == "NaN"


@pytest.mark.parametrize("amount", ["0", "5", "81154008", "5547036498.5", "-2000000",
                                    "1234567.25"])
def test_rupiah_in_indonesian_is_what_messages_always_printed(amount):
    value = Decimal(amount)
    assert Rupiah(value).text("id") == format_rupiah(value)
    assert str(Rupiah(value)) == format_rupiah(value)


def test_rupiah_in_english_groups_with_commas():
    assert Rupiah(Decimal("81154008")).text("en") == "Rp 81,154,008"
    assert Rupiah(Decimal("5547036498.5")).text("en") == "Rp 5,547,036,498.50"
    assert Rupiah(Decimal("81154008")).machine == "81154008"


def test_percent_rounds_half_up_once_for_every_use():
    shown = Percent(Decimal("103.905"), 2)
    assert (shown.text("id"), shown.text("en"), shown.machine) == ("103,91%", "103.91%", "103.91")
    assert machine_text(shown) == "103.91"
    assert display_text(shown) == {"id": "103,91%", "en": "103.91%"}


def test_a_printed_figure_keeps_its_printed_text():
    printed = Number("96,00", Decimal("96.00"))
    assert display_text(printed) == {"id": "96,00", "en": "96,00"}
    assert machine_text(printed) == "96.00"
    unreadable = Number("1.200.0000", None)
    assert machine_text(unreadable) == "1.200.0000"


def test_words_and_plain_values():
    assert machine_text("Sangat Baik") == "Sangat Baik"
    assert display_text({"id": "sasaran", "en": "objective"}) == {"id": "sasaran",
                                                                 "en": "objective"}
    assert machine_text(Decimal("5547036498.50")) == "5547036498.5"
    assert display_text(Decimal("81154008")) == {"id": "81.154.008", "en": "81,154,008"}
    assert machine_text(None) is None and display_text(None) is None


ROUNDED = """\
[[achievements]]
table = "Tabel 3.1"

[[achievements.rows]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "Indeks Kepuasan Masyarakat"
target = "80"
realisasi = "83,13"
capaian = "100"
"""


def test_expected_is_the_figure_the_message_names(check):
    """83,13 / 80 x 100 = 103,9125: the message says 103,91%, so must expected (the
    capaian is printed without decimals, which once made expected '104')."""
    (finding,) = check(ROUNDED, "CAP001").findings
    assert "103,91%" in finding.text("id") and "103.91%" in finding.text("en")
    assert finding.expected == "103.91"
    assert expected_text(finding, "id") == "103,91%"
    assert expected_text(finding, "en") == "103.91%"
    assert actual_text(finding, "en") == "100"


def test_json_keeps_the_machine_value_and_the_display_text(registry):
    report = registry.read(REPO / "examples" / "tanjung-harapan-2024.toml")
    result = check_report(report, registry.rules, Config())
    payload = json.loads(render_json([result], RenderOptions(lang="en")))
    bud001 = next(f for f in payload["documents"][0]["findings"] if f["rule"] == "BUD001")
    assert (bud001["expected"], bud001["actual"]) == ("81154008", "81154000")
    assert bud001["expected_text"] == {"id": "81.154.008", "en": "81,154,008"}
    assert bud001["actual_text"] == {"id": "81.154.000", "en": "81,154,000"}
    assert "Rp 81,154,008" in bud001["message"]
    assert "Rp 81.154.008" in bud001["messages"]["id"]
    # The arguments stay what they were: the Indonesian text of each amount.
    assert "Rp 81.154.008" in bud001["args"].values()
