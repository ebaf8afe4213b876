"""Budget rows numbered with a roman program number and dotted children (I / I.1 / I.1.1).

Such a table numbers its programs I, II, III and their kegiatan and sub kegiatan III.1,
III.1.1: the dots give the level, like 1.1 / 1.1.1. A label such as 'III.1' is the row's
number, never its name (it holds three letters in a row, as a name does); read as the name,
Program III's kegiatan and sub kegiatan were all one level, so the counts in the narrative
(CNT001) and the roll-ups (BUD001, BUD002) were wrongly reported. A roll-up that does not
add up in a table numbered so is still reported.
"""

from __future__ import annotations

import pytest

from checker.extract import extract_report
from checker.extract._budget_cells import is_name_text, label_style, leading_label
from checker.text import parse_source

# (label, name, pagu in millions, realisasi in millions)
ROWS = [
    ("I", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 500, 450),
    ("I.1", "Kegiatan Administrasi Umum Perangkat Daerah", 500, 450),
    ("I.1.1", "Sub Kegiatan Penyediaan Alat Tulis Kantor", 500, 450),
    ("II", "Program Pembinaan Kehidupan Beragama", 300, 270),
    ("II.1", "Kegiatan Pembinaan Lembaga Keagamaan", 300, 270),
    ("II.1.1", "Sub Kegiatan Pembinaan Majelis Taklim", 300, 270),
    ("III", "Program Dakwah dan Syiar Islam", 200, 180),
    ("III.1", "Kegiatan Penyelenggaraan Dakwah di Daerah Perbatasan", 150, 135),
    ("III.1.1", "Sub Kegiatan Penempatan Dai Perbatasan", 100, 90),
    ("III.1.2", "Sub Kegiatan Penyediaan Sarana Dakwah", 50, 45),
    ("III.2", "Kegiatan Syiar Islam dan Peringatan Hari Besar Islam", 50, 45),
    ("III.2.1", "Sub Kegiatan Penyelenggaraan Musabaqah", 50, 45),
]
COUNTS = "3 (tiga) program, 4 (empat) kegiatan dan 5 (lima) sub kegiatan"


def _money(millions: int) -> str:
    return f"{millions}.000.000"


def _row(label: str, name: str, pagu: int, realisasi: int, in_name: bool) -> str:
    cells = ["", f"{label} {name}"] if in_name else [label, name]
    cells += [_money(pagu), _money(realisasi), "90,00", _money(pagu - realisasi)]
    if "." not in label:  # the programs are printed bold
        cells = [f"**{cell}**" if cell else cell for cell in cells]
    return "| " + " | ".join(cells) + " |"


def _report(rows: list[tuple[str, str, int, int]] = ROWS, in_name: bool = False) -> str:
    """A report whose budget numbers its rows I / I.1 / I.1.1, in a No column of its own
    or (``in_name``) at the start of the name cell."""
    table = [
        "| No | Program / Kegiatan / Sub Kegiatan | Pagu (Rp) | Realisasi (Rp) | % | Sisa (Rp) |",
        "|---|---|---|---|---|---|",
        *(_row(*row, in_name=in_name) for row in rows),
        "| | **JUMLAH** | **1.000.000.000** | **900.000.000** | **90,00** | **100.000.000** |",
    ]
    return (
        "# BAB I PENDAHULUAN\n\n"
        f"Dinas Syariat Islam Kabupaten Contoh melaksanakan {COUNTS} pada tahun 2023.\n\n"
        "# BAB III AKUNTABILITAS KINERJA\n\n"
        "## B. Realisasi Anggaran\n\n"
        f"Pada tahun 2023 Dinas mengelola anggaran Rp 1.000.000.000 untuk {COUNTS}.\n\n"
        "Tabel 3.8 Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun 2023\n\n"
        + "\n".join(table) + "\n"
    )


def _tree(text: str) -> list[tuple[str, str, str]]:
    report = extract_report(parse_source(text, "laporan.md"))
    (budget,) = report.budgets
    return [(item.level.value, item.code or "", item.name) for item in budget.walk()]


@pytest.mark.parametrize(
    ("label", "style"),
    [("III.1", "N2"), ("III.1.1", "N3"), ("VII.1", "N2"), ("VIII.2.3", "N3"),
     ("XII.1", "N2"), ("IV.1.", "N2"), ("1.1", "N2"), ("III", "R")],
)
def test_a_roman_number_with_dotted_numbers_is_a_label(label: str, style: str):
    assert label_style(label) == style
    assert not is_name_text(label)


def test_a_cell_that_is_no_roman_numeral_before_the_dots_stays_no_label():
    assert label_style("IIII.1") is None
    assert label_style("LX.1") is None
    assert label_style("Bab.1") is None


def test_a_roman_dotted_label_leads_the_name_cell():
    assert leading_label("III.1 Kegiatan Syiar Islam") == ("III.1", "Kegiatan Syiar Islam")
    assert leading_label("VIII.2.3 Sub Kegiatan Musabaqah") == (
        "VIII.2.3", "Sub Kegiatan Musabaqah")


@pytest.mark.parametrize("in_name", [False, True])
def test_the_rows_get_their_names_and_levels(in_name: bool):
    tree = _tree(_report(in_name=in_name))
    expected_levels = {1: "program", 2: "kegiatan", 3: "sub_kegiatan"}
    assert [(code, level) for level, code, _ in tree] == [
        (label, expected_levels[label.count(".") + 1]) for label, *_ in ROWS]
    assert [name for *_, name in tree] == [name for _, name, *_ in ROWS]


@pytest.mark.parametrize("in_name", [False, True])
def test_a_consistent_table_numbered_so_gives_no_finding(check_inline, in_name: bool):
    codes = ("CNT001", "BUD001", "BUD002", "BUD003")
    assert check_inline(_report(in_name=in_name), *codes) == []


def test_a_kegiatan_whose_sub_kegiatan_do_not_add_up_is_still_reported(check_inline):
    rows = [row if row[0] != "III.1.2" else ("III.1.2", row[1], 40, 45) for row in ROWS]
    text = _report(rows)
    kegiatan_line = text.splitlines().index(_row(*rows[7], in_name=False)) + 1
    findings = check_inline(text, "BUD001", lang="en")
    assert [(rule, line) for rule, line, _ in findings] == [("BUD001", kegiatan_line)]
    assert "Kegiatan Penyelenggaraan Dakwah di Daerah Perbatasan" in findings[0][2]
    assert "140,000,000" in findings[0][2] and "150,000,000" in findings[0][2]


def test_a_total_that_is_not_the_sum_of_the_programs_is_still_reported(check_inline):
    text = _report().replace("**1.000.000.000**", "**1.100.000.000**")
    findings = check_inline(text, "BUD003", lang="en")
    assert [rule for rule, _, _ in findings] == ["BUD003"]
    assert "1,100,000,000" in findings[0][2] and "1,000,000,000" in findings[0][2]
