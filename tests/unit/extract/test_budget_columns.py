"""Budget tables whose levels are separate columns: Program | Kegiatan | Sub Kegiatan.

The fixtures (``fixtures/budget_columns_*``) are written for the project. Each prints the
same cascade a different way: a row per level with blank cells before the name (tab), the
program and kegiatan as merged cells that the HTML reader repeats on every row (rowspan),
a row per sub kegiatan only whose program and kegiatan cells carry the names (markdown
pipes), and a Kode column with the names typed again on every row (tab). All of them must
read as one tree program -> kegiatan -> sub kegiatan; a table with one name column must
read as it always did.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from checker.config import Config
from checker.engine import check_report
from checker.extract._budget import BudgetExtraction, extract_budgets
from checker.extract._budget_layout import find_layout
from checker.extract._figures import FigureReader
from checker.model import BudgetItem, BudgetTable, Level, Meta, Report
from checker.plugins import load_registry
from checker.text import parse_source

FIXTURES = Path(__file__).resolve().parent / "fixtures"
P, K, S = Level.PROGRAM, Level.KEGIATAN, Level.SUB_KEGIATAN
T = "\t"

Tree = list[tuple[Level, str, Decimal | None, list]]


def _extract(text: str) -> tuple[BudgetExtraction, FigureReader]:
    figures = FigureReader()
    return extract_budgets(parse_source(text, "laporan.txt"), figures), figures


def _fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def _fixture(name: str) -> tuple[BudgetExtraction, FigureReader]:
    return _extract(_fixture_text(name))


def _tab(*rows: tuple[str, ...]) -> str:
    return "\n".join(T.join(row) for row in rows) + "\n"


def _rp(millions: int) -> Decimal:
    return Decimal(millions) * 1_000_000


def _tree(items: tuple[BudgetItem, ...]) -> Tree:
    """(level, name, pagu, children) of every item, nested as the table nests them."""
    return [
        (item.level, item.name, None if item.pagu is None else item.pagu.value,
         _tree(item.children))
        for item in items
    ]


def _lines(table: BudgetTable) -> list[tuple[int | None, Level, str | None]]:
    """(line, level, code) of every item, in document order."""
    return [(item.where.line, item.level, item.code) for item in table.walk()]


def _budget_findings(text: str) -> list[tuple[str, int | None]]:
    extraction, figures = _extract(text)
    registry = load_registry(entry_points=False)
    rules = [r for r in registry.rules if r.code.startswith(("BUD", "CNT"))]
    report = Report(path="laporan.txt", format="text", meta=Meta(year=2030),
                    budgets=extraction.tables, doubts=tuple(figures.doubts))
    result = check_report(report, rules, Config())
    return [(f.rule, f.location.line) for f in result.findings]


PENUNJANG = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
PEMERINTAHAN = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
PEMBERDAYAAN = "Program Pemberdayaan Masyarakat Desa dan Kelurahan"


# -- which columns ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "hierarchy"),
    [
        (("No", "Program", "Kegiatan", "Sub Kegiatan", "Pagu", "Realisasi"),
         ((1, 0), (2, 1), (3, 2))),
        (("Kode", "Nama Program", "Nama Kegiatan", "Sub-Kegiatan", "Anggaran", "Realisasi"),
         ((1, 0), (2, 1), (3, 2))),
        (("No", "Kegiatan", "Subkegiatan", "Pagu", "Realisasi"), ((1, 1), (2, 2))),
        # An indicator or output column names a level but holds no names of items.
        (("No", "Program", "Kegiatan", "Indikator Kegiatan", "Target", "Pagu", "Realisasi"),
         ((1, 0), (2, 1))),
        # One column for several levels: the usual table, read by its numbering and words.
        (("No", "Program/Kegiatan/Sub Kegiatan", "Pagu", "Realisasi"), ()),
        (("No", "Program, Kegiatan dan Sub Kegiatan", "Pagu", "Realisasi"), ()),
        (("No", "Uraian", "Pagu", "Realisasi"), ()),
        # Levels out of the cascade's order are not a hierarchy.
        (("No", "Kegiatan", "Program", "Pagu", "Realisasi"), ()),
    ],
)
def test_the_level_columns_are_found_once_from_the_header(
    header: tuple[str, ...], hierarchy: tuple[tuple[int, int], ...]
) -> None:
    body = ("1", *["Penyediaan Bahan Logistik Kantor"] * (len(header) - 3),
            "50.000.000", "45.000.000")
    (table,) = parse_source(_tab(header, body)).tables
    layout = find_layout(table)
    assert layout is not None
    assert layout.hierarchy == hierarchy


# -- tab: a row per level, blank cells before the name -------------------------------------


def test_tab_table_with_a_row_per_level_reads_as_one_tree() -> None:
    extraction, figures = _fixture("budget_columns_tab.txt")
    (table,) = extraction.tables
    assert table.kind == "realisasi"
    assert _tree(table.items) == [
        (P, PENUNJANG, _rp(1200), [
            (K, "Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah", _rp(200), [
                (S, "Penyusunan Dokumen Perencanaan Perangkat Daerah", _rp(120), []),
                (S, "Evaluasi Kinerja Perangkat Daerah", _rp(80), []),
            ]),
            (K, "Administrasi Umum Perangkat Daerah", _rp(1000), [
                (S, "Penyediaan Bahan Logistik Kantor", _rp(400), []),
                (S, "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", _rp(600), []),
            ]),
        ]),
        (P, PEMERINTAHAN, _rp(300), [
            (K, "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
             _rp(300), [
                 (S, "Pembinaan Ketenteraman dan Ketertiban Wilayah Kecamatan", _rp(300), []),
             ]),
        ]),
    ]
    assert [line for line, _, _ in _lines(table)] == list(range(8, 18))
    assert [item.code for item in table.items] == ["1", "2"]
    assert table.items[0].realisasi is not None
    assert table.items[0].realisasi.value == _rp(1150)
    assert table.total_pagu is not None and table.total_pagu.value == _rp(1500)
    assert table.total_where.line == 18
    assert extraction.used == frozenset({7})
    assert figures.doubts == []


def test_tab_table_is_clean_and_a_wrong_sub_kegiatan_is_caught_under_its_kegiatan() -> None:
    text = _fixture_text("budget_columns_tab.txt")
    assert _budget_findings(text) == []
    wrong = text.replace(f"Kantor{T}400.000.000", f"Kantor{T}450.000.000")
    # The kegiatan of line 12 no longer adds up; the sub kegiatan's own % is off too.
    assert _budget_findings(wrong) == [("BUD001", 12), ("BUD004", 13)]


# -- HTML: merged program and kegiatan cells expanded on every row -------------------------


def test_html_rowspan_repeats_the_names_and_opens_nothing() -> None:
    extraction, figures = _fixture("budget_columns_html.txt")
    (table,) = extraction.tables
    assert _tree(table.items) == [
        (P, PENUNJANG, _rp(950), [
            (K, "Administrasi Keuangan Perangkat Daerah", _rp(890), [
                (S, "Penyediaan Gaji dan Tunjangan ASN", _rp(850), []),
                (S, "Penyediaan Administrasi Pelaksanaan Tugas ASN", _rp(40), []),
            ]),
            (K, "Administrasi Kepegawaian Perangkat Daerah", _rp(60), []),
        ]),
        (P, PEMBERDAYAAN, _rp(75), [
            (K, "Koordinasi Kegiatan Pemberdayaan Desa", _rp(75), [
                (S, "Fasilitasi Pengembangan Lembaga Kemasyarakatan", _rp(75), []),
            ]),
        ]),
    ]
    assert [line for line, _, _ in _lines(table)] == list(range(8, 16))
    assert table.total_pagu is not None and table.total_pagu.value == _rp(1025)
    assert table.total_where.line == 16
    assert figures.doubts == []
    assert _budget_findings(_fixture_text("budget_columns_html.txt")) == []


# -- pipes: a row per sub kegiatan only ------------------------------------------------------


def test_pipe_rows_of_sub_kegiatan_open_their_program_and_kegiatan_without_figures() -> None:
    extraction, figures = _fixture("budget_columns_pipe.md")
    (table,) = extraction.tables
    assert _tree(table.items) == [
        (P, PENUNJANG, None, [
            (K, "Administrasi Keuangan Perangkat Daerah", None, [
                (S, "Penyediaan Gaji dan Tunjangan ASN", _rp(850), []),
                (S, "Penyediaan Administrasi Pelaksanaan Tugas ASN", _rp(40), []),
            ]),
            (K, "Administrasi Umum Perangkat Daerah", None, [
                (S, "Penyediaan Peralatan dan Perlengkapan Kantor", _rp(60), []),
            ]),
        ]),
        (P, PEMBERDAYAAN, None, [
            (K, "Koordinasi Kegiatan Pemberdayaan Desa", None, [
                (S, "Fasilitasi Pengembangan Lembaga Kemasyarakatan", _rp(75), []),
            ]),
        ]),
    ]
    # A parent points at the row that prints its name: the row of its first child.
    assert _lines(table) == [
        (5, P, None), (5, K, None), (5, S, "1"), (6, S, "2"),
        (7, K, None), (7, S, "3"),
        (8, P, None), (8, K, None), (8, S, "4"),
    ]
    parents = [item for item in table.walk() if item.level is not S]
    assert all(item.realisasi is None and item.persen is None for item in parents)
    assert table.total_pagu is not None and table.total_pagu.value == _rp(1025)
    assert figures.doubts == []


def test_pipe_parents_without_figures_give_no_roll_up_finding() -> None:
    text = _fixture_text("budget_columns_pipe.md")
    assert _budget_findings(text) == []
    # The kegiatan prints no pagu, so no sum can differ from it; only the row's own
    # percentage is wrong.
    wrong = text.replace("| 60.000.000", "| 65.000.000")
    assert _budget_findings(wrong) == [("BUD004", 7)]


# -- a Kode column, names typed again on every row ---------------------------------------


def test_kode_column_gives_the_codes_and_typed_again_names_open_nothing() -> None:
    extraction, figures = _fixture("budget_columns_kode.txt")
    (table,) = extraction.tables
    kegiatan = "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan"
    assert _tree(table.items) == [
        (P, PEMERINTAHAN, _rp(150), [
            (K, kegiatan, _rp(150), [
                (S, "Koordinasi Pelaksanaan Kegiatan Pemerintahan dengan Instansi Vertikal",
                 _rp(90), []),
                (S, "Pembinaan Ketenteraman dan Ketertiban Wilayah Kecamatan", _rp(60), []),
            ]),
        ]),
    ]
    assert _lines(table) == [
        (4, P, "7.01.02"), (5, K, "7.01.02.2.01"),
        (6, S, "7.01.02.2.01.0001"), (7, S, "7.01.02.2.01.0002"),
    ]
    sisa = [item.sisa.value if item.sisa else None for item in table.walk()]
    assert sisa == [_rp(15), _rp(15), _rp(9), _rp(6)]
    assert table.total_pagu is not None and table.total_pagu.value == _rp(150)
    assert figures.doubts == []
    assert _budget_findings(_fixture_text("budget_columns_kode.txt")) == []


# -- rows that repeat, wrap or hold nothing of their own ---------------------------------


def test_a_name_typed_again_after_blank_cells_is_still_the_open_item() -> None:
    text = _tab(
        ("No", "Program", "Kegiatan", "Sub Kegiatan", "Pagu", "Realisasi"),
        ("1", "Program Penunjang Urusan Pemerintahan Daerah",
         "Administrasi Umum Perangkat Daerah", "Penyediaan Bahan Logistik Kantor",
         "50.000.000", "45.000.000"),
        ("2", "", "", "Penyediaan Barang Cetakan dan Penggandaan", "30.000.000", "25.000.000"),
        # Typed again (a page break repeats merged cells): the same program and kegiatan.
        ("3", "Program Penunjang Urusan Pemerintahan Daerah",
         "Administrasi Umum Perangkat Daerah",
         "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "20.000.000", "20.000.000"),
        ("4", "Program Penunjang Urusan Pemerintahan Daerah",
         "Administrasi Keuangan Perangkat Daerah", "Penyediaan Gaji dan Tunjangan ASN",
         "20.000.000", "20.000.000"),
    )
    (table,) = _extract(text)[0].tables
    assert _tree(table.items) == [
        (P, "Program Penunjang Urusan Pemerintahan Daerah", None, [
            (K, "Administrasi Umum Perangkat Daerah", None, [
                (S, "Penyediaan Bahan Logistik Kantor", _rp(50), []),
                (S, "Penyediaan Barang Cetakan dan Penggandaan", _rp(30), []),
                (S, "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", _rp(20), []),
            ]),
            (K, "Administrasi Keuangan Perangkat Daerah", None, [
                (S, "Penyediaan Gaji dan Tunjangan ASN", _rp(20), []),
            ]),
        ]),
    ]


def test_a_row_that_opens_nothing_is_a_doubt_not_an_item() -> None:
    program = "Program Penunjang Urusan Pemerintahan Daerah"
    kegiatan = "Administrasi Umum Perangkat Daerah"
    text = _tab(
        ("No", "Program", "Kegiatan", "Sub Kegiatan", "Pagu", "Realisasi"),
        ("1", program, kegiatan, "Penyediaan Bahan Logistik Kantor", "50.000.000",
         "45.000.000"),
        ("", program, kegiatan, "Penyediaan Bahan Logistik Kantor", "30.000.000",
         "25.000.000"),
    )
    extraction, figures = _extract(text)
    (table,) = extraction.tables
    assert [(item.name, item.pagu.value if item.pagu else None) for item in table.walk()] == [
        (program, None), (kegiatan, None), ("Penyediaan Bahan Logistik Kantor", _rp(50)),
    ]
    assert [(doubt.kind, doubt.where.line) for doubt in figures.doubts] == [("table", 3)]


def test_wrapped_name_and_a_table_without_a_program_column() -> None:
    text = _tab(
        ("No", "Kegiatan", "Sub Kegiatan", "Pagu", "Realisasi"),
        ("1", "Administrasi Keuangan Perangkat Daerah", "", "100.000.000", "90.000.000"),
        ("", "", "Penyediaan Gaji dan Tunjangan ASN", "60.000.000", "55.000.000"),
        ("", "", "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun dan", "40.000.000",
         "35.000.000"),
        ("", "", "Laporan Prognosis Realisasi Anggaran", "", ""),
        ("2", "Administrasi Umum Perangkat Daerah", "", "50.000.000", "45.000.000"),
        ("", "", "Penyediaan Bahan Logistik Kantor", "50.000.000", "45.000.000"),
    )
    (table,) = _extract(text)[0].tables
    assert _tree(table.items) == [
        (K, "Administrasi Keuangan Perangkat Daerah", _rp(100), [
            (S, "Penyediaan Gaji dan Tunjangan ASN", _rp(60), []),
            (S, "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun dan Laporan "
             "Prognosis Realisasi Anggaran", _rp(40), []),
        ]),
        (K, "Administrasi Umum Perangkat Daerah", _rp(50), [
            (S, "Penyediaan Bahan Logistik Kantor", _rp(50), []),
        ]),
    ]
    wrapped = list(table.walk())[2]
    assert (wrapped.where.line, wrapped.where.end_line) == (4, 5)


def test_glued_row_shows_its_text_once_and_hides_the_kegiatan_children() -> None:
    text = _tab(
        ("No", "Program", "Kegiatan", "Sub Kegiatan", "Pagu", "Realisasi"),
        ("1", "Program Penunjang Urusan Pemerintahan Daerah", "", "", "100.000.000",
         "90.000.000"),
        ("", "", "Administrasi Umum Perangkat Daerah", "", "100.000.000", "90.000.000"),
        ("", "", "", "Penyediaan Bahan Logistik Kantor Penyediaan Barang Cetakan",
         "50.000.000 50.000.000", "45.000.000 45.000.000"),
    )
    extraction, figures = _extract(text)
    (table,) = extraction.tables
    assert _tree(table.items) == [
        (P, "Program Penunjang Urusan Pemerintahan Daerah", _rp(100), [
            (K, "Administrasi Umum Perangkat Daerah", _rp(100), []),
        ]),
    ]
    (doubt,) = figures.doubts
    assert doubt.raw == ("Penyediaan Bahan Logistik Kantor Penyediaan Barang Cetakan | "
                         "50.000.000 50.000.000 | 45.000.000 45.000.000")


def test_output_indicator_columns_stay_beside_the_levels() -> None:
    text = _tab(
        ("No", "Program", "Kegiatan", "Indikator Kegiatan", "Target", "Pagu", "Realisasi"),
        ("1", "Program Penunjang Urusan Pemerintahan Daerah", "", "", "", "100.000.000",
         "90.000.000"),
        ("", "", "Administrasi Umum Perangkat Daerah", "Jumlah laporan", "12 Laporan",
         "100.000.000", "90.000.000"),
    )
    (table,) = _extract(text)[0].tables
    (program,) = table.items
    (kegiatan,) = program.children
    assert (kegiatan.level, kegiatan.name, kegiatan.output) == (
        K, "Administrasi Umum Perangkat Daerah", "Jumlah laporan: 12 Laporan")


# -- not ours, and the usual table --------------------------------------------------------


SASARAN = "Meningkatnya kualitas pelayanan publik"


@pytest.mark.parametrize(
    "rows",
    [
        [("No", "Sasaran", "Program", "Kegiatan", "Sub Kegiatan", "Pagu", "Realisasi"),
         ("1", SASARAN, PEMERINTAHAN, "", "", "100.000.000", "90.000.000"),
         ("", "", "", "Koordinasi Kecamatan", "", "100.000.000", "90.000.000")],
        # Among the level columns, too: a sasaran is never a level of the budget.
        [("No", "Program", "Sasaran Program", "Kegiatan", "Pagu", "Realisasi"),
         ("1", PEMERINTAHAN, SASARAN, "", "100.000.000", "90.000.000"),
         ("", "", "", "Koordinasi Kecamatan", "100.000.000", "90.000.000")],
    ],
)
def test_a_sasaran_column_keeps_the_table_out(rows: list[tuple[str, ...]]) -> None:
    extraction, figures = _extract(_tab(*rows))
    assert extraction.tables == ()
    assert figures.doubts == []


def test_one_name_column_reads_as_before() -> None:
    text = _tab(
        ("No", "Program/Kegiatan/Sub Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%"),
        ("I", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "300.000.000", "270.000.000",
         "90,00"),
        ("A", "Administrasi Umum Perangkat Daerah", "300.000.000", "270.000.000", "90,00"),
        ("1", "Penyediaan Bahan Logistik Kantor", "200.000.000", "180.000.000", "90,00"),
        ("2", "Penyediaan Barang Cetakan dan Penggandaan", "100.000.000", "90.000.000",
         "90,00"),
        ("II", "PROGRAM PENYELENGGARAAN PEMERINTAHAN", "50.000.000", "40.000.000", "80,00"),
        ("A", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan", "50.000.000",
         "40.000.000", "80,00"),
        ("", "Jumlah", "350.000.000", "310.000.000", "88,57"),
    )
    (source_table,) = parse_source(text).tables
    layout = find_layout(source_table)
    assert layout is not None and layout.hierarchy == ()
    extraction, figures = _extract(text)
    (table,) = extraction.tables
    assert _tree(table.items) == [
        (P, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", _rp(300), [
            (K, "Administrasi Umum Perangkat Daerah", _rp(300), [
                (S, "Penyediaan Bahan Logistik Kantor", _rp(200), []),
                (S, "Penyediaan Barang Cetakan dan Penggandaan", _rp(100), []),
            ]),
        ]),
        (P, "PROGRAM PENYELENGGARAAN PEMERINTAHAN", _rp(50), [
            (K, "Koordinasi Penyelenggaraan Kegiatan Pemerintahan", _rp(50), []),
        ]),
    ]
    assert [item.code for item in table.walk()] == ["I", "A", "1", "2", "II", "A"]
    assert table.total_pagu is not None and table.total_pagu.value == _rp(350)
    assert figures.doubts == []
