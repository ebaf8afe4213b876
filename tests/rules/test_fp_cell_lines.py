"""A cascading lampiran that lists one item a line inside a cell (``<br>``): the kegiatan
of a program, and a sasaran's indicators beside their targets, line for line, in cells
merged over the sasaran's rows (``fixtures/fp_cascading_cell_lines.md``, a PK, a budget
table and the lampiran). Each line is read as its own kegiatan (CON010 finds no
long name joining two) and its own target (no INP001, repeated on every row the merged
cell covers), which CAS012 then compares with the Perjanjian Kinerja. A misspelt kegiatan,
a target other than the PK's and an unreadable target on one line are still reported,
each once."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.text import cell_lines, parse_source

REPORT = (Path(__file__).parent / "fixtures" / "fp_cascading_cell_lines.md").read_text(
    encoding="utf-8")
KEGIATAN = ("Promosi Pencapaian Target Konsumsi Pangan Perkapita/Tahun sesuai dengan Angka "
            "Kecukupan Gizi Melalui Media Provinsi")
TARGETS = "<td rowspan=\"2\">90,5<br>600 ton setara beras</td>"
RULES = ("CON010", "INP001", "CAS012")


@pytest.fixture
def found(registry):
    rules = [rule for rule in registry.rules if rule.code in RULES]

    def run(text: str) -> list[tuple[str, int | None, str | None]]:
        report = extract_report(parse_source(text, "laporan.md"))
        return [(f.rule, f.location.line, f.actual)
                for f in check_report(report, rules, Config()).findings]

    return run


def _edited(old: str, new: str) -> str:
    assert REPORT.count(old) == 1
    return REPORT.replace(old, new)


def test_the_lines_of_a_cell_are_its_items():
    table = parse_source(REPORT, "laporan.md").tables[-1]
    assert cell_lines(table.rows[1].cells[3]) == ("90,5", "600 ton setara beras")
    assert cell_lines(table.rows[1].cells[1]) == ("Meningkatnya ketahanan pangan masyarakat",)


def test_one_target_per_indicator_line():
    report = extract_report(parse_source(REPORT, "laporan.md"))
    assert [(row.where.line, row.indikator, row.targets[2022].raw)
            for row in report.target_tables[0].rows] == [
        (31, "Skor Pola Pangan Harapan (PPH)", "90,5"),
        (31, "Cadangan pangan pemerintah provinsi", "600 ton setara beras"),
    ]
    assert [link.name for link in report.links if link.level.value == "kegiatan"] == [
        "Pengelolaan dan Keseimbangan Cadangan Pangan Provinsi", KEGIATAN,
        "Penyusunan Peta Kerentanan dan Ketahanan Pangan Kewenangan Provinsi"]


def test_a_consistent_cascading_with_lines_in_its_cells_is_silent(found):
    assert found(REPORT) == []


def test_a_misspelt_kegiatan_on_one_line_is_still_reported(found):
    misspelt = KEGIATAN.replace("Provinsi", "Propinsi")
    text = _edited(f"<br>{KEGIATAN}</td>", f"<br>{misspelt}</td>")
    assert found(text) == [("CON010", 31, misspelt)]


def test_a_target_other_than_the_pk_on_one_line_is_reported(found):
    text = _edited(TARGETS, TARGETS.replace("600 ton", "650 ton"))
    assert [(rule, line) for rule, line, _ in found(text)] == [("CAS012", 31)]


def test_an_unreadable_target_is_reported_once_not_on_every_merged_row(found):
    text = _edited(TARGETS, TARGETS.replace("600 ton", "600 / 650 ton"))
    unread = [finding for finding in found(text) if finding[0] == "INP001"]
    assert unread == [("INP001", 31, "600 / 650 ton setara beras")]
