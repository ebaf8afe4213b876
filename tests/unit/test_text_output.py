"""The text report for people: wrapped, coloured on request, regulations once, short
table names, counts worded in each language, report text escaped."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path

import pytest

from checker.config import Config
from checker.engine import check_report
from checker.hookspecs import RenderOptions
from checker.labels import summary_line
from checker.result import DocumentResult
from reports.terminal import color_wanted, text_width
from reports.text import render_text, short_table

REPO = Path(__file__).resolve().parents[2]

_ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(scope="module")
def example(registry) -> DocumentResult:
    report = registry.read(REPO / "examples" / "tanjung-harapan-2024.toml")
    return check_report(report, registry.rules, Config())


def _finding(result: DocumentResult, code: str):
    return next(f for f in result.findings if f.rule == code)


@pytest.mark.parametrize("width", [60, 80, 100])
def test_every_line_fits_the_width(example, width):
    text = render_text([example], RenderOptions(width=width))
    assert max(len(line) for line in text.splitlines()) <= width
    assert any(len(line) > width - 15 for line in text.splitlines())  # it does fill lines


def test_continuation_lines_are_indented_under_the_finding(example):
    lines = render_text([example], RenderOptions(width=70)).splitlines()
    start = next(i for i, line in enumerate(lines) if " CAS002 " in line)
    assert lines[start].startswith("  baris 170-175")
    assert lines[start + 1].startswith("      ") and lines[start + 1].strip()


def test_without_a_width_a_finding_is_one_line(example):
    text = render_text([example], RenderOptions(width=None))
    message = _finding(example, "BUD004").text("id")
    assert any(line.endswith(message) for line in text.splitlines())


def test_colour_only_when_the_options_ask(example):
    plain = render_text([example], RenderOptions(width=80))
    painted = render_text([example], RenderOptions(width=80, color=True))
    assert "\x1b" not in plain
    assert "\x1b[1;31mkesalahan\x1b[0m" in painted  # the severity of an error, in red
    assert "\x1b[1;33mperingatan\x1b[0m" in painted
    assert _ANSI.sub("", painted) == plain  # colour adds nothing but colour


def test_report_text_is_escaped_even_with_colour(example):
    finding = _finding(example, "CNT004")
    hostile = replace(finding, message={"id": "evil \x1b[2J\u202e text", "en": "evil"})
    result = replace(example, findings=(hostile,))
    painted = render_text([result], RenderOptions(color=True))
    assert "\\x1b[2J" in painted and "\\u202e" in painted
    assert "\u202e" not in painted
    assert all(code.startswith(("\x1b[1", "\x1b[0", "\x1b[2m")) for code in
               re.findall(r"\x1b\[[^m]*m", painted))


class _Stream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(
    ("tty", "environ", "wanted"),
    [
        (True, {}, True),
        (False, {}, False),  # piped or written to a file
        (True, {"NO_COLOR": "1"}, False),
        (True, {"NO_COLOR": ""}, True),  # set but empty: no-color.org says ignore it
        (False, {"FORCE_COLOR": "1"}, True),
        (True, {"FORCE_COLOR": "0"}, True),  # "0" does not force, the terminal decides
        (False, {"FORCE_COLOR": "0"}, False),
        (False, {"FORCE_COLOR": "1", "NO_COLOR": "1"}, True),
    ],
)
def test_colour_decision(tty, environ, wanted):
    assert color_wanted(_Stream(tty), environ) is wanted


def test_width_decision():
    assert text_width({"LKJIP_WIDTH": "72", "COLUMNS": "150"}) == 72
    assert text_width({"COLUMNS": "150"}) == 150
    assert text_width({"LKJIP_WIDTH": "wide", "COLUMNS": "90"}) == 90


def test_each_regulation_once_per_rule_in_a_footer(example):
    bud001 = _finding(example, "BUD001")
    twice = replace(example, findings=(bud001, replace(bud001, location=replace(
        bud001.location, line=500, end_line=None))))
    text = render_text([twice], RenderOptions())
    assert text.count(bud001.regulation) == 1
    footer = text[text.index("\nDasar:"):]
    assert f"  BUD001  {bud001.regulation}" in footer
    assert "dasar:" not in text  # no longer on the finding's detail line
    english = render_text([twice], RenderOptions(lang="en"))
    assert "\nRegulations:\n" in english and english.count(bud001.regulation) == 1


@pytest.mark.parametrize(
    ("title", "short"),
    [
        ("Tabel 3.2 Capaian Kinerja Sasaran Strategis Tahun 2024", "Tabel 3.2"),
        ("Tabel 3.2. Capaian Kinerja", "Tabel 3.2"),
        ("TABEL 2.10 Realisasi Anggaran", "TABEL 2.10"),
        ("Lampiran I Perjanjian Kinerja", "Lampiran I"),
        ("Tabel 3.2", "Tabel 3.2"),
        ("PK (Lampiran 1)", "PK (Lampiran 1)"),
        ("Tabelaris 3 hal", "Tabelaris 3 hal"),
        (None, None),
    ],
)
def test_table_names_shortened_to_their_number(title, short):
    assert short_table(title) == short


def test_the_location_names_the_table_by_its_number(example):
    finding = _finding(example, "CAP001")
    long_title = "Tabel 3.2 Capaian Kinerja Sasaran Strategis Kecamatan Tahun 2024"
    result = replace(example, findings=(replace(finding, location=replace(
        finding.location, table=long_title)),))
    text = render_text([result], RenderOptions())
    assert "baris 223-230, Tabel 3.2: kesalahan CAP001" in text
    assert long_title not in text


def test_numbers_in_expected_and_found_are_written_for_the_language(example):
    indonesian = render_text([example], RenderOptions())
    english = render_text([example], RenderOptions(lang="en"))
    assert "seharusnya: 81.154.008 | tertulis: 81.154.000" in indonesian
    assert "expected: 81,154,008 | found: 81,154,000" in english


@pytest.mark.parametrize(
    ("counts", "lang", "line"),
    [
        ({"error": 1, "warning": 2, "info": 0}, "en", "1 error, 2 warnings, 0 info"),
        ({"error": 2, "warning": 1, "info": 3}, "en", "2 errors, 1 warning, 3 info"),
        ({"error": 0, "warning": 0, "info": 1}, "en", "0 errors, 0 warnings, 1 info"),
        ({"error": 1, "warning": 2, "info": 0}, "id", "1 kesalahan, 2 peringatan, 0 info"),
        ({"error": 5, "warning": 1, "info": 0}, "id", "5 kesalahan, 1 peringatan, 0 info"),
    ],
)
def test_summary_counts_are_worded_for_the_language(counts, lang, line):
    assert summary_line(counts, lang) == line


def test_the_summary_ends_each_document(example):
    english = render_text([example], RenderOptions(lang="en"))
    assert example.summary()["error"] > 1 and example.summary()["warning"] == 1
    assert english.endswith(f"Summary: {example.summary()['error']} errors, 1 warning, 0 info")
