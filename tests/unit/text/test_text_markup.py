"""Inline markup is stripped; bold is kept as a signal; LaTeX is tolerated."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.text import parse_source
from checker.text._markup import strip_markup

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.mark.parametrize(
    ("raw", "text", "bold"),
    [
        ("<b>KATA PENGANTAR</b>", "KATA PENGANTAR", True),
        ("**BAB II**  ", "BAB II", True),
        ("<strong>Total</strong>", "Total", True),
        ("__Jumlah__", "Jumlah", True),
        ("<i>Kegiatan</i> <u>x</u>", "Kegiatan x", False),
        ("a *miring* b", "a miring b", False),
        ("Tabel 3.3**Perbandingan Realisasi**", "Tabel 3.3 Perbandingan Realisasi", False),
        ("Indeks &amp; nilai&nbsp;akhir<br/>baru", "Indeks & nilai akhir baru", False),
        ("2 * 3 * 4", "2 * 3 * 4", False),
        ("<b>E</b> <b>100</b>", "E 100", True),
        ("<50", "<50", False),
        ("<b>%</b>", "%", True),
        ("%", "%", False),
    ],
)
def test_strip_markup(raw: str, text: str, bold: bool) -> None:
    assert strip_markup(raw)[:2] == (text, bold)


def test_multi_line_bold_carries_to_next_line() -> None:
    first = strip_markup("**LAPORAN KINERJA")
    assert (first.text, first.bold, first.bold_open) == ("LAPORAN KINERJA", True, True)
    second = strip_markup("2030**", bold_open=True)
    assert (second.text, second.bold, second.bold_open) == ("2030", True, False)


def test_latex_blocks_are_text_never_tables_or_headings() -> None:
    path = FIXTURES / "latex.txt"
    source = parse_source(path.read_text(encoding="utf-8"), str(path))
    assert source.formula_lines == frozenset({3, 4, 5, 6, 8, 10, 11, 12, 13, 18})
    assert [(t.shape, t.line, t.end_line) for t in source.tables] == [
        ("tab", 15, 16),
        ("pipe", 19, 20),
    ]
    formula = source.tables[0].rows[1].cells[2]
    assert formula.text == "$\\frac{\\sum X}{N} \\times 100\\%$" and formula.line == 16
    assert source.tables[0].caption is None
    assert (5, "\\left| a \\right| | b | c |") in list(source.text_lines())
    assert source.headings == ()
