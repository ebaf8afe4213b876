"""Hostile values: config values, numbers of any size, text that would drive a terminal.

Each case runs the command line in-process and asserts the contract of the README:
exit code 0, 1 or 2, at most one line on stderr, no traceback, no rule stopped by an
internal error.
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from checker.cli import main

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib
from checker.numbers import (
    MAX_DIGITS,
    NumberFormatError,
    format_percent,
    format_rupiah,
    parse_number,
)
from rules._figures import at_precision, percent_text, plain, value_of

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "tanjung-harapan-2024.toml"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert len(err.splitlines()) <= 1, err
    return code, out, err


def no_crash(out: str) -> None:
    assert "galat program" not in out and "internal error" not in out.lower(), out


# -- config values ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("name", "text", "key"),
    [
        ("lkjip.toml", "tolerances = { rupiah = nan }", "tolerances.rupiah"),
        ("lkjip.toml", "tolerances = { percent = inf }", "tolerances.percent"),
        ("lkjip.toml", "tolerances = { percent = -inf }", "tolerances.percent"),
        ("lkjip.toml", "tolerances = { rupiah = -1 }", "tolerances.rupiah"),
        ("lkjip.toml", 'tolerances = { percent = "1" }', "tolerances.percent"),
        ("lkjip.toml", "tolerances = 5", "tolerances"),
        ("lkjip.toml", "lang = 3", "lang"),
        ("lkjip.toml", 'select = "BUD"', "select"),
        ("lkjip.toml", "severity = { BUD001 = 1 }", "severity.BUD001"),
        ("pyproject.toml", 'tool = "x"', "tool"),
        ("pyproject.toml", "tool = 1", "tool"),
        ("pyproject.toml", 'tool = { lkjip = "x" }', "tool.lkjip"),
        ("pyproject.toml", "[tool.lkjip]\ntolerances = { rupiah = nan }", "tolerances.rupiah"),
    ],
)
def test_bad_config_value_is_one_line_naming_file_and_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    name: str, text: str, key: str,
) -> None:
    (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, _out, err = run(capsys, "check", str(EXAMPLE))
    assert code == 2
    assert name in err and key in err, err


# -- numbers of any size ---------------------------------------------------------------------

def with_figure(tmp_path: Path, old: str, new: str) -> Path:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "report.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('realisasi = "84,10"', 'realisasi = "' + "9" * 30 + '"'),
        ('realisasi = "84,10"', 'realisasi = { raw = "x", value = "' + "9" * 30 + '" }'),
        ('target = "82"', 'target = { raw = "x", value = "0.' + "0" * 40 + '1" }'),
        ('pagu = "1.947.724.408"', 'pagu = { raw = "x", value = "' + "9" * 200_000 + '" }'),
        ('pagu = "1.947.724.408"', 'pagu = "' + "9" * 200_000 + '"'),
        ('pagu = "2.028.424.408"', 'pagu = { raw = "x", value = "1' + "0" * 60 + '" }'),
    ],
    ids=["cap-30-digits", "cap-30-digits-value", "tiny-target", "bud-200k-value",
         "bud-200k-text", "total-61-digits"],
)
def test_huge_figures_never_crash_a_rule(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str
) -> None:
    code, out, _err = run(capsys, "check", str(with_figure(tmp_path, old, new)))
    assert code in (0, 1)
    no_crash(out)


def test_too_many_digits_is_an_input_finding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = with_figure(tmp_path, 'realisasi = "84,10"', 'realisasi = "' + "9" * 41 + '"')
    code, out, _err = run(capsys, "check", str(report), "--format", "json")
    assert code == 1
    assert "INP001" in out


def test_json_config_nan_value_in_report_is_no_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = with_figure(tmp_path, 'realisasi = "84,10"', "realisasi = nan")
    code, out, _err = run(capsys, "check", str(report))
    assert code in (0, 1)
    no_crash(out)


@pytest.mark.parametrize("digits", [MAX_DIGITS + 1, 4_301, 200_000])
def test_parse_number_refuses_absurd_lengths(digits: int) -> None:
    with pytest.raises(NumberFormatError):
        parse_number("9" * digits)


@pytest.mark.parametrize(
    "value", [Decimal("9" * 30), Decimal("9" * 200_000), Decimal("1e-40"), Decimal("NaN"),
              Decimal("-Infinity"), Decimal("-1e999999")],
)
def test_formatting_never_raises(value: Decimal) -> None:
    assert format_rupiah(value).startswith(("Rp", "-Rp"))
    assert format_percent(value).endswith("%")
    assert len(format_rupiah(value)) < 60


def test_formatting_of_normal_values_is_unchanged() -> None:
    assert format_rupiah(Decimal("2655353658")) == "Rp 2.655.353.658"
    assert format_rupiah(Decimal("-5547036498.5")) == "-Rp 5.547.036.498,50"
    assert format_rupiah(Decimal("0")) == "Rp 0"
    assert format_percent(Decimal("96.8")) == "96,80%"
    assert format_percent(Decimal("9" * 27), 2) == "9" * 27 + ",00%"
    assert format_percent(Decimal("9" * 30), 2) == "9" * 30 + ",00%"


def test_absurd_values_are_unreadable_to_the_rules() -> None:
    from checker.model import Number

    assert value_of(Number("x", Decimal("9" * 200_000))) is None
    assert value_of(Number("x", Decimal("NaN"))) is None
    assert value_of(Number("x", Decimal("12.5"))) == Decimal("12.5")


# -- terminal safety -------------------------------------------------------------------------

HOSTILE = "IKM\x1b[2J\x1b]0;owned\x07\rX\x00Y\u202eZ\u2066W\x9b"


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_control_and_bidi_characters_are_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    report = with_figure(tmp_path, 'realisasi = "84,10"',
                         f"realisasi = {json.dumps('84,10 ' + HOSTILE)}")
    code, out, _err = run(capsys, "check", str(report), "--format", fmt)
    assert code in (0, 1)
    for char in "\x1b\r\x00\x07\u202e\u2066\x9b":
        assert char not in out
    assert "\\x1b" in out and "\\u202e" in out


def test_json_keeps_the_text_exact(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = with_figure(tmp_path, 'realisasi = "84,10"',
                         f"realisasi = {json.dumps('84,10 ' + HOSTILE)}")
    code, out, _err = run(capsys, "check", str(report), "--format", "json")
    assert code in (0, 1)
    json.loads(out)  # JSON escapes what it must itself; no terminal escaping on top


# -- a property: any number of any size --------------------------------------------------------

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@given(st.decimals(allow_nan=True, allow_infinity=True), st.integers(min_value=0, max_value=6))
def test_figure_helpers_never_raise(value: Decimal, decimals: int) -> None:
    format_rupiah(value)
    format_percent(value, decimals)
    if value.is_finite():
        plain(value)
        if value_of_ok(value):
            percent_text(value, decimals)
            at_precision(value, decimals)


@given(st.text(alphabet="0123456789.,-Rp% ", max_size=80))
def test_parse_number_reads_or_refuses(raw: str) -> None:
    try:
        value = parse_number(raw)
    except NumberFormatError:
        return
    if value is not None:
        assert value.is_finite()
        format_rupiah(value)
        format_percent(value)


def value_of_ok(value: Decimal) -> bool:
    from checker.model import Number

    return value_of(Number("x", value)) is not None


# -- absurd figures in structured input --------------------------------------------------------

def input_findings(out: str, code: str) -> list[dict]:
    return [finding for finding in json.loads(out)["documents"][0]["findings"]
            if finding["rule"] == code]


@pytest.mark.parametrize(
    "figure",
    ['{ raw = "x", value = "' + "9" * 41 + '" }',
     '{ raw = "x", value = "0.' + "0" * 45 + '1" }',
     "9" * 45,
     "1e300"],
    ids=["value-41-digits", "value-46-decimals", "integer-45-digits", "float-1e300"],
)
def test_absurd_structured_figure_is_an_input_finding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], figure: str
) -> None:
    report = with_figure(tmp_path, 'realisasi = "84,10"', f"realisasi = {figure}")
    code, out, _err = run(capsys, "check", str(report), "--format", "json")
    assert code == 1
    no_crash(out)
    assert any("realisasi" in finding["message"] for finding in input_findings(out, "INP001"))


def test_json_integer_of_forty_digits_is_an_input_finding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
    table = data["budgets"][0]
    table["items"][0]["pagu"] = 10**44
    path = tmp_path / "report.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, _err = run(capsys, "check", str(path), "--format", "json")
    assert code == 1
    no_crash(out)
    assert any("pagu" in finding["message"] for finding in input_findings(out, "INP001"))


def test_sane_structured_figures_are_read_as_before() -> None:
    from checker.model import Provenance
    from checker.readers._build import ModelBuilder

    builder = ModelBuilder("x.toml", "toml", None, ())
    where = Provenance(line=1)
    assert builder.figure({"raw": "1.000", "value": "1000"}, where, "pagu").value == 1000
    assert builder.figure(12, where, "pagu").value == 12
    assert builder.figure(84.1, where, "capaian").value == Decimal("84.1")
    assert builder.figure(10**39, where, "pagu").value == Decimal(10**39)
    assert builder.doubts == []
    assert builder.figure(10**40, where, "pagu").value is None
    assert [doubt.kind for doubt in builder.doubts] == ["number"]
