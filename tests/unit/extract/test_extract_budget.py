"""Budget tables read from text: which tables, which columns, which levels, which figures.

The fixtures (``fixtures/budget_*.txt``) are written for the project; each exercises the
cues real conversions print: roman / letter / number numbering with Greek and Cyrillic
look-alike letters, dotted and Kepmendagri codes, bold and indented levels, a header on
two rows, a '%' in its own cell, mixed thousands separators, '-' for zero, '#DIV/0!',
rows glued together by the converter and tables cut by a page header.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from checker.config import Config
from checker.engine import check_report
from checker.extract._budget import BudgetExtraction, extract_budgets
from checker.extract._figures import FigureReader
from checker.model import BudgetItem, BudgetTable, Level, Meta, Provenance, Report
from checker.plugins import load_registry
from checker.text import parse_source

FIXTURES = Path(__file__).resolve().parent / "fixtures"
P, K, S, B = Level.PROGRAM, Level.KEGIATAN, Level.SUB_KEGIATAN, Level.JENIS_BELANJA


def _extract(text: str) -> tuple[BudgetExtraction, FigureReader]:
    figures = FigureReader()
    return extract_budgets(parse_source(text, "laporan.txt"), figures), figures


def _fixture(name: str) -> tuple[BudgetExtraction, FigureReader]:
    return _extract((FIXTURES / name).read_text(encoding="utf-8"))


def _rows(table: BudgetTable) -> list[tuple[int | None, Level, str | None, str]]:
    """(line, level, code, name) of every item, in document order."""
    return [(i.where.line, i.level, i.code, i.name) for i in table.walk()]


def _value(number) -> Decimal | None:
    return None if number is None else number.value


def _item(table: BudgetTable, line: int) -> BudgetItem:
    return next(item for item in table.walk() if item.where.line == line)


def _budget_findings(extraction: BudgetExtraction, figures: FigureReader) -> list[tuple]:
    registry = load_registry(entry_points=False)
    rules = [r for r in registry.rules if r.code.startswith(("BUD", "CNT"))]
    report = Report(path="laporan.txt", format="text", meta=Meta(year=2030),
                    budgets=extraction.tables, doubts=tuple(figures.doubts))
    result = check_report(report, rules, Config())
    return [(f.rule, f.location.line) for f in result.findings]


T = "\t"


def _tab(*rows: tuple[str, ...]) -> str:
    return "\n".join(T.join(row) for row in rows) + "\n"


# -- numbering: roman, letters (with look-alikes), numbers ----------------------------------


def test_roman_letters_and_numbers_give_the_levels() -> None:
    extraction, figures = _fixture("budget_alokasi.txt")
    (table,) = extraction.tables
    assert table.kind == "alokasi"
    assert table.name == "Tabel 2.4. Alokasi Anggaran Kecamatan Sukamaju Tahun 2030"
    assert _rows(table) == [
        (9, P, "I", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH"),
        (10, K, "A", "Administrasi Keuangan Perangkat Daerah"),
        (11, S, "1", "Penyediaan Gaji dan Tunjangan ASN"),
        (12, S, "2", "Penyediaan Administrasi Pelaksanaan Tugas ASN"),
        (13, K, "B", "Administrasi Kepegawaian Perangkat Daerah"),
        (14, S, "1", "Pengadaan Pakaian Dinas"),
        (15, K, "C", "Administrasi Umum Perangkat Daerah"),
        (16, S, "1", "Penyediaan Alat Tulis Kantor"),
        (17, S, "2", "Penyelenggaraan Rapat Koordinasi"),
        (18, K, "D", "Pemeliharaan Barang Milik Daerah"),
        (19, S, "1", "Pemeliharaan Gedung Kantor"),
        (21, P, "II", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA"),
        (22, K, "A", "Koordinasi Kegiatan Pemberdayaan Desa"),
        (23, S, "1", "Musyawarah Perencanaan di Desa"),
        (24, S, "2", "Pembinaan Lembaga Kemasyarakatan"),
    ]
    assert [len(p.children) for p in table.items] == [4, 1]
    assert extraction.used == frozenset({7})
    assert figures.doubts == []


def test_greek_and_cyrillic_letters_are_folded_to_latin() -> None:
    extraction, _ = _fixture("budget_alokasi.txt")
    codes = [item.code for item in extraction.tables[0].at_level(K)]
    # The file prints GREEK ALPHA, CYRILLIC VE, CYRILLIC ES, Latin D and CYRILLIC A.
    assert codes == ["A", "B", "C", "D", "A"]


def test_dots_and_commas_for_thousands_in_one_column() -> None:
    extraction, _ = _fixture("budget_alokasi.txt")
    table = extraction.tables[0]
    assert (_item(table, 9).pagu.raw, _value(_item(table, 9).pagu)) == (
        "1,310,000,000", Decimal("1310000000"))
    assert (_item(table, 10).pagu.raw, _value(_item(table, 10).pagu)) == (
        "1.100.000.000", Decimal("1100000000"))
    assert _value(_item(table, 17).pagu) == Decimal("90000000")
    assert _value(_item(table, 16).pagu) == Decimal("60000000")


def test_total_row_without_a_label_is_the_grand_total() -> None:
    extraction, _ = _fixture("budget_alokasi.txt")
    table = extraction.tables[0]
    assert _value(table.total_pagu) == Decimal("1550000000")
    assert table.total_realisasi is None
    assert table.total_where == Provenance(26, 26, table.name)
    assert table.where == Provenance(7, 26, table.name)
    assert 26 not in [item.where.line for item in table.walk()]


# -- realisasi table: two-row header, '%' cells, shifted columns -----------------------------


def test_two_row_header_and_percent_sign_in_its_own_cell() -> None:
    extraction, _ = _fixture("budget_realisasi.txt")
    (table,) = extraction.tables
    assert table.kind == "realisasi"
    assert table.name == "Tabel 3.6 Realisasi Anggaran Program, Kegiatan dan Sub Kegiatan"
    program = _item(table, 10)
    # The numeral printed inside the bold name is the program's label.
    assert (program.level, program.code, program.name) == (
        P, "I", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH")
    assert (_value(program.pagu), _value(program.realisasi), _value(program.persen)) == (
        Decimal("1200000000"), Decimal("1000000000"), Decimal("83"))
    sub = _item(table, 12)
    assert (sub.level, sub.code, sub.name) == (S, None, "Penyediaan Gaji dan Tunjangan ASN")
    assert (sub.pagu.raw, sub.realisasi.raw, sub.persen.raw) == (
        "1.100.000.000", "920.000.000", "83,64")
    assert sub.persen.value == Decimal("83.64")
    assert sub.output == "12 Bulan"
    assert sub.sisa is None


def test_unlabelled_rows_below_letters_are_sub_kegiatan() -> None:
    extraction, _ = _fixture("budget_realisasi.txt")
    table = extraction.tables[0]
    assert [(line, level, code) for line, level, code, _ in _rows(table)] == [
        (10, P, "I"), (11, K, "a"), (12, S, None), (13, S, None),
        (14, K, "b"), (15, S, None), (16, S, None),
        (20, K, "c"), (21, S, None),
        (22, P, "II"), (23, K, "a"), (24, S, None), (25, S, None), (26, S, None),
    ]
    # A row that prints only its name keeps no figure.
    empty = _item(table, 15)
    assert (empty.pagu, empty.realisasi, empty.persen) == (None, None, None)


def test_columns_shifted_after_a_page_header_are_read_in_place() -> None:
    extraction, _ = _fixture("budget_realisasi.txt")
    table = extraction.tables[0]
    program = _item(table, 22)
    assert (program.code, program.name) == (
        "II", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN")
    assert (_value(program.pagu), _value(program.realisasi), _value(program.persen)) == (
        Decimal("300000"), Decimal("250000"), Decimal("83.33"))
    assert _item(table, 25).output == "7 Desa"
    assert program.where == Provenance(22, 22, table.name)


def test_dash_is_zero_and_div0_is_a_doubt() -> None:
    extraction, figures = _fixture("budget_realisasi.txt")
    table = extraction.tables[0]
    zero = _item(table, 26)
    assert (zero.pagu.raw, zero.pagu.value) == ("Rp -", Decimal(0))
    assert (zero.realisasi.raw, zero.realisasi.value) == ("-", Decimal(0))
    assert (zero.persen.raw, zero.persen.value) == ("#DIV/0!", None)
    assert _item(table, 24).persen.value == Decimal(0)  # '-' printed for a percentage
    (doubt,) = figures.doubts
    assert (doubt.kind, doubt.raw, doubt.where) == ("number", "#DIV/0!",
                                                     Provenance(26, 26, table.name))


def test_total_row_of_the_realisasi_table() -> None:
    extraction, _ = _fixture("budget_realisasi.txt")
    table = extraction.tables[0]
    assert (_value(table.total_pagu), _value(table.total_realisasi),
            _value(table.total_persen)) == (
        Decimal("1200300000"), Decimal("1000250000"), Decimal("83.33"))
    assert table.total_where == Provenance(27, 27, table.name)


def test_a_wrong_subtotal_is_reported_not_explained_away() -> None:
    extraction, figures = _fixture("budget_realisasi.txt")
    # Kegiatan 'a' of program II states 300.000 over sub kegiatan of 100.000 + 150.000 + 0,
    # and 100.000 of 100.000 is printed as '-'.
    assert _budget_findings(extraction, figures) == [("BUD001", 23), ("BUD004", 24)]


# -- codes ------------------------------------------------------------------------------------


def test_dotted_codes_words_sisa_and_jumlah() -> None:
    extraction, _ = _fixture("budget_codes.txt")
    table = extraction.tables[0]
    assert [(line, level, code) for line, level, code, _ in _rows(table)] == [
        (5, P, "1"), (6, K, "1.1"), (7, S, "1.1.1"), (8, S, "1.1.2"),
        (9, P, "2"), (10, K, "2.1"), (11, S, "2.1.1"),
    ]
    item = _item(table, 7)
    assert (_value(item.pagu), _value(item.realisasi), _value(item.persen),
            _value(item.sisa)) == (Decimal("480000000"), Decimal("435000000"),
                                   Decimal("90.63"), Decimal("45000000"))
    assert (_value(table.total_pagu), _value(table.total_realisasi),
            _value(table.total_persen), _value(table.total_sisa)) == (
        Decimal("600000000"), Decimal("530000000"), Decimal("88.33"), Decimal("70000000"))
    assert table.total_where.line == 12


def test_kepmendagri_codes_give_the_levels() -> None:
    extraction, _ = _fixture("budget_codes.txt")
    table = extraction.tables[1]
    assert [(line, level, code) for line, level, code, _ in _rows(table)] == [
        (17, P, "7.01.01"), (18, K, "7.01.01.2.02"),
        (19, S, "7.01.01.2.02.0001"), (20, S, "7.01.01.2.02.0002"),
    ]
    assert table.total_where.line == 21
    assert extraction.used == frozenset({4, 16})


# -- glued rows and a continuation after a page break ---------------------------------------


def test_glued_rows_become_table_doubts_and_are_not_decoded() -> None:
    extraction, figures = _fixture("budget_glued.txt")
    (table,) = extraction.tables
    doubts = [d for d in figures.doubts if d.kind == "table"]
    assert [(d.where.line, d.where.end_line) for d in doubts] == [(15, 16), (18, 20)]
    assert doubts[0].raw.startswith("B 1 |") or doubts[0].raw.startswith("\u0412 1 |")
    assert "several table rows" in doubts[0].problem["en"]
    assert "beberapa baris tabel" in doubts[0].problem["id"]
    # The kegiatan whose sub kegiatan sit in the glued rows keeps no children ...
    kegiatan = _item(table, 14)
    assert (kegiatan.name, kegiatan.children) == ("Pemeliharaan Barang Milik Daerah", ())
    assert _value(kegiatan.pagu) == Decimal("16000000")
    # ... no figure of the glued rows is invented ...
    values = {_value(i.pagu) for i in table.walk()} | {_value(i.realisasi) for i in table.walk()}
    assert not values & {Decimal("6000000"), Decimal("4000000"), Decimal("900000000"),
                         Decimal("700000000"), Decimal("850000000")}
    # ... the program that exists only inside them is kept without figures ...
    hidden = _item(table, 18)
    assert (hidden.level, hidden.code, hidden.name) == (
        P, "II", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA")
    assert (hidden.pagu, hidden.realisasi, hidden.children) == (None, None, ())
    assert hidden.where == Provenance(18, 20, table.name)
    # ... and the row whose kegiatan was lost in them (line 24) is left out.
    assert 24 not in [item.where.line for item in table.walk()]
    assert "24" in doubts[1].problem["en"]


def test_continuation_with_other_columns_after_a_page_header() -> None:
    extraction, _ = _fixture("budget_glued.txt")
    table = extraction.tables[0]
    assert extraction.used == frozenset({7, 24})
    assert table.where == Provenance(7, 28, table.name)
    assert [(line, level, code) for line, level, code, _ in _rows(table)][-3:] == [
        (25, P, "II"), (26, K, "A"), (27, S, "1"),
    ]
    sub = _item(table, 27)
    assert (_value(sub.pagu), _value(sub.realisasi), _value(sub.persen), sub.output) == (
        Decimal("50000000"), Decimal("45000000"), Decimal("90.00"), "1 Dokumen")
    assert (_value(table.total_pagu), _value(table.total_realisasi),
            _value(table.total_persen)) == (
        Decimal("3550000000"), Decimal("3152250000"), Decimal("88.80"))
    assert table.total_where == Provenance(28, 28, table.name)


def test_dot_decimal_percent_beside_money() -> None:
    extraction, _ = _fixture("budget_glued.txt")
    table = extraction.tables[0]
    first, second = _item(table, 12), _item(table, 13)
    assert (first.persen.raw, first.persen.value) == ("86.53", Decimal("86.53"))
    assert (second.persen.raw, second.persen.value) == ("100,00", Decimal("100.00"))
    assert (first.pagu.raw, first.pagu.value) == ("2,500,000,000", Decimal("2500000000"))
    assert _value(_item(table, 11).pagu) == Decimal("2584000000")


def test_glued_rows_give_the_rules_nothing_false() -> None:
    extraction, figures = _fixture("budget_glued.txt")
    # Only the real defect: program I states 2.100.000.000 of realisasi while its kegiatan
    # add up to 2.257.250.000. No roll-up of the kegiatan hidden in the glued rows, no
    # grand total against an incomplete list of programs.
    assert _budget_findings(extraction, figures) == [("BUD002", 10)]


# -- belanja ----------------------------------------------------------------------------------


def test_belanja_split_with_amounts_in_a_column_per_level() -> None:
    extraction, figures = _fixture("budget_belanja.txt")
    split, typed = extraction.tables
    assert (split.kind, split.name) == ("belanja", "Tabel di baris 3")
    assert [(i.where.line, i.code, i.name, _value(i.pagu)) for i in split.items] == [
        (5, "a", "Belanja Operasi", Decimal("900000000")),
        (8, "b", "Belanja Modal", Decimal("100000000")),
    ]
    assert [(i.where.line, i.level, i.name) for i in split.items[0].children] == [
        (6, B, "Belanja Pegawai"), (7, B, "Belanja Barang dan Jasa")]
    assert [i.name for i in split.items[1].children] == ["Belanja Peralatan dan Mesin"]
    assert typed.kind == "belanja"
    assert [(i.name, _value(i.pagu), _value(i.realisasi)) for i in typed.items] == [
        ("Belanja Pegawai", Decimal("600000000"), Decimal("550000000")),
        ("Belanja Barang dan Jasa", Decimal("300000000"), Decimal("280000000")),
        ("Belanja Modal", Decimal("100000000"), Decimal("90000000")),
    ]
    assert (_value(typed.total_pagu), typed.total_where.line) == (Decimal("1000000000"), 17)
    assert extraction.used == frozenset({3, 13})
    assert _budget_findings(extraction, figures) == []


def test_belanja_groups_by_the_column_of_their_amount() -> None:
    # No header at all: the amounts of the groups stand in the outer column.
    extraction, _ = _extract(_tab(
        ("Belanja Operasi", "", "900.000.000"),
        ("Belanja Pegawai", "600.000.000", ""),
        ("Belanja Barang dan Jasa", "300.000.000", ""),
        ("Belanja Modal", "", "100.000.000"),
        ("Belanja Gedung dan Bangunan", "100.000.000", ""),
    ))
    (table,) = extraction.tables
    assert table.kind == "belanja"
    assert [(i.name, len(i.children)) for i in table.items] == [
        ("Belanja Operasi", 2), ("Belanja Modal", 1)]


# -- not budget tables ------------------------------------------------------------------------


def test_capaian_efficiency_pk_and_rkt_tables_are_left_alone() -> None:
    extraction, figures = _fixture("budget_not_ours.txt")
    assert extraction == BudgetExtraction((), frozenset())
    assert figures.doubts == []


# -- inline cues ------------------------------------------------------------------------------


def test_header_anggaran_over_pagu_and_realisasi() -> None:
    extraction, _ = _extract(_tab(
        ("No", "Uraian", "Anggaran", "", "%"),
        ("", "", "Pagu", "Realisasi", ""),
        ("I", "Program Penunjang Urusan", "100.000.000", "90.000.000", "90"),
        ("A", "Kegiatan Administrasi Keuangan", "100.000.000", "90.000.000", "90"),
    ))
    (table,) = extraction.tables
    assert (table.kind, table.name) == ("realisasi", "Tabel di baris 1")
    assert [(i.where.line, i.level, _value(i.pagu), _value(i.realisasi), _value(i.persen))
            for i in table.walk()] == [
        (3, P, Decimal("100000000"), Decimal("90000000"), Decimal("90")),
        (4, K, Decimal("100000000"), Decimal("90000000"), Decimal("90")),
    ]


def test_html_table_with_spanning_header() -> None:
    extraction, _ = _extract(
        "Tabel 3.2 Realisasi Anggaran\n"
        "<table>\n"
        '<tr><th rowspan="2">No</th><th rowspan="2">Program/Kegiatan</th>'
        '<th colspan="2">Anggaran</th><th rowspan="2">%</th></tr>\n'
        "<tr><th>Pagu</th><th>Realisasi</th></tr>\n"
        '<tr><td colspan="5"><b>URUSAN PEMERINTAHAN UMUM</b></td></tr>\n'
        "<tr><td>1</td><td>Program Penunjang Urusan</td><td>100.000.000</td>"
        "<td>80.000.000</td><td>80,00</td></tr>\n"
        "<tr><td>1.1</td><td>Kegiatan Administrasi Umum</td><td>100.000.000</td>"
        "<td>80.000.000</td><td>80,00</td></tr>\n"
        "</table>\n"
    )
    (table,) = extraction.tables
    assert table.name == "Tabel 3.2 Realisasi Anggaran"
    # The urusan row spanning every column heads the programs; it is not an item, and
    # its copies under the figure columns are not figures.
    assert [(i.where.line, i.level, i.code, _value(i.realisasi), _value(i.persen))
            for i in table.walk()] == [
        (6, P, "1", Decimal("80000000"), Decimal("80.00")),
        (7, K, "1.1", Decimal("80000000"), Decimal("80.00")),
    ]


def test_bold_rows_are_the_parents_when_nothing_is_numbered() -> None:
    extraction, _ = _extract(_tab(
        ("Uraian", "Pagu (Rp)", "Realisasi (Rp)"),
        ("**PENUNJANG URUSAN PEMERINTAHAN**", "**300.000.000**", "**250.000.000**"),
        ("**Administrasi Keuangan**", "**300.000.000**", "**250.000.000**"),
        ("Gaji dan Tunjangan", "200.000.000", "160.000.000"),
        ("Administrasi Tugas", "100.000.000", "90.000.000"),
        ("**Jumlah**", "**300.000.000**", "**250.000.000**"),
    ))
    (table,) = extraction.tables
    assert [(i.where.line, i.level) for i in table.walk()] == [
        (2, P), (3, K), (4, S), (5, S)]
    assert (_value(table.total_pagu), table.total_where.line) == (Decimal("300000000"), 6)


def test_indentation_by_empty_columns_gives_the_levels() -> None:
    extraction, _ = _extract(_tab(
        ("Uraian", "", "", "Pagu (Rp)", "Realisasi (Rp)"),
        ("Penunjang Urusan Pemerintahan", "", "", "300.000.000", "250.000.000"),
        ("", "Administrasi Keuangan", "", "300.000.000", "250.000.000"),
        ("", "", "Gaji dan Tunjangan", "200.000.000", "160.000.000"),
        ("", "", "Administrasi Tugas", "100.000.000", "90.000.000"),
    ))
    (table,) = extraction.tables
    assert [(i.where.line, i.level, i.name, _value(i.realisasi)) for i in table.walk()] == [
        (2, P, "Penunjang Urusan Pemerintahan", Decimal("250000000")),
        (3, K, "Administrasi Keuangan", Decimal("250000000")),
        (4, S, "Gaji dan Tunjangan", Decimal("160000000")),
        (5, S, "Administrasi Tugas", Decimal("90000000")),
    ]


def test_sums_decide_only_when_no_other_cue_exists() -> None:
    extraction, _ = _extract(_tab(
        ("Program/Kegiatan", "Anggaran"),
        ("Penunjang Urusan Pemerintahan", "300.000"),
        ("Administrasi Keuangan", "200.000"),
        ("Administrasi Umum", "100.000"),
        ("Pemberdayaan Masyarakat Desa", "50.000"),
        ("Koordinasi Pemberdayaan", "30.000"),
        ("Pembinaan Lembaga", "20.000"),
    ))
    (table,) = extraction.tables
    assert [(i.where.line, i.level) for i in table.walk()] == [
        (2, P), (3, K), (4, K), (5, P), (6, K), (7, K)]


def test_sums_never_override_numbering() -> None:
    # Kegiatan 1.1 is stated wrongly (90.000 over 40.000 + 60.000): the numbering still
    # makes it the parent, so the rules see the wrong subtotal.
    extraction, figures = _extract(_tab(
        ("No", "Program/Kegiatan/Sub Kegiatan", "Anggaran (Rp)"),
        ("1", "Program Penunjang Urusan", "100.000"),
        ("1.1", "Kegiatan Administrasi Keuangan", "90.000"),
        ("1.1.1", "Sub Kegiatan Gaji", "40.000"),
        ("1.1.2", "Sub Kegiatan Tunjangan", "60.000"),
    ))
    table = extraction.tables[0]
    assert [(i.where.line, i.level) for i in table.walk()] == [(2, P), (3, K), (4, S), (5, S)]
    assert _budget_findings(extraction, figures) == [("BUD001", 2), ("BUD001", 3)]


def test_percent_of_the_money_not_of_the_work() -> None:
    extraction, _ = _extract(_tab(
        ("No", "Program/Kegiatan", "Pagu (Rp)", "Realisasi", "", "", ""),
        ("", "", "", "Fisik (%)", "Keuangan (Rp)", "Keuangan (%)", "Sisa (Rp)"),
        ("1", "Program Penunjang Urusan", "200.000", "100", "150.000", "75,00", "50.000"),
    ))
    item = extraction.tables[0].items[0]
    assert (_value(item.realisasi), _value(item.persen), _value(item.sisa)) == (
        Decimal("150000"), Decimal("75.00"), Decimal("50000"))


def test_small_roman_numerals_below_letters() -> None:
    extraction, _ = _extract(_tab(
        ("No", "Uraian", "Anggaran (Rp)"),
        ("I", "PROGRAM PENUNJANG URUSAN", "70.000"),
        ("a", "Administrasi Keuangan", "20.000"),
        ("i", "Gaji", "10.000"),
        ("ii", "Tunjangan", "10.000"),
        ("b", "Administrasi Umum", "50.000"),
        ("i", "Alat Tulis", "10.000"),
        ("ii", "Bahan Bacaan", "10.000"),
        ("iii", "Rapat", "10.000"),
        ("iv", "Listrik", "10.000"),
        ("v", "Air", "10.000"),
    ))
    table = extraction.tables[0]
    assert [(i.code, i.level) for i in table.walk()] == [
        ("I", P), ("a", K), ("i", S), ("ii", S), ("b", K),
        ("i", S), ("ii", S), ("iii", S), ("iv", S), ("v", S)]


def test_a_table_that_cannot_be_read_is_a_doubt_not_a_crash(monkeypatch) -> None:
    import checker.extract._budget as budget

    def broken(*args, **kwargs):
        raise ValueError("boom")

    monkeypatch.setattr(budget._Builder, "build", broken)
    extraction, figures = _fixture("budget_codes.txt")
    assert extraction == BudgetExtraction((), frozenset())
    assert [(d.kind, d.where.line, d.where.end_line) for d in figures.doubts] == [
        ("internal", 4, 12), ("internal", 16, 21)]
    assert "boom" in figures.doubts[0].problem["en"]


def test_a_name_wrapped_onto_the_next_row_is_joined() -> None:
    extraction, _ = _extract(_tab(
        ("No", "Program/Kegiatan", "Indikator Kinerja", "Target", "Anggaran"),
        ("1", "Program Penyelenggaraan Pemerintahan dan", "Indeks Kepuasan", "80%",
         "74.000.000"),
        ("", "Pelayanan Publik", "", "", ""),
        ("", "Kegiatan Koordinasi Kecamatan", "", "", "74.000.000"),
    ))
    (table,) = extraction.tables
    program = table.items[0]
    assert (program.name, program.where.line, program.where.end_line) == (
        "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", 2, 3)
    assert program.output == "Indeks Kepuasan: 80%"
    assert [(i.where.line, i.level) for i in program.children] == [(4, K)]


def test_table_rejoined_by_the_text_layer_after_a_page_header() -> None:
    title = "LAPORAN KINERJA KECAMATAN SUKAMAJU TAHUN 2030\n"
    extraction, _ = _extract(
        title + "\nTabel 3.8 Anggaran\n"
        + _tab(("No", "Program/Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)"),
               ("1", "Program Penunjang Urusan", "100.000", "90.000"),
               ("1.1", "Kegiatan Administrasi Umum", "100.000", "90.000"))
        + "\n- 12 -\n\nLAPORAN KINERJA KECAMATAN SUKAMAJU TAHUN 2030\n\n"
        + _tab(("No", "Program/Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)"),
               ("2", "Program Pemberdayaan Desa", "50.000", "40.000"),
               ("2.1", "Kegiatan Koordinasi Desa", "50.000", "40.000"),
               ("JUMLAH", "", "150.000", "130.000"))
        + "\n- 13 -\n\n" + title
    )
    (table,) = extraction.tables
    assert [(i.where.line, i.level, i.code) for i in table.walk()] == [
        (5, P, "1"), (6, K, "1.1"), (13, P, "2"), (14, K, "2.1")]
    assert (table.where.line, table.where.end_line, table.total_where.line) == (4, 15, 15)
    assert _value(table.total_realisasi) == Decimal("130000")


def test_tables_come_in_document_order() -> None:
    text = (FIXTURES / "budget_codes.txt").read_text(encoding="utf-8")
    text += "\n" + (FIXTURES / "budget_alokasi.txt").read_text(encoding="utf-8")
    extraction, _ = _extract(text)
    assert [t.name for t in extraction.tables] == [
        "Tabel 3.8 Capaian Anggaran Program, Kegiatan dan Sub Kegiatan",
        "Tabel 3.9 Realisasi Anggaran menurut Kode Rekening",
        "Tabel 2.4. Alokasi Anggaran Kecamatan Sukamaju Tahun 2030",
    ]
    assert [t.where.line for t in extraction.tables] == sorted(extraction.used)


@pytest.mark.parametrize("text", ["", "Tidak ada tabel.\n", "a\tb\n1\t2\n"])
def test_no_table_no_budget(text: str) -> None:
    assert _extract(text)[0] == BudgetExtraction((), frozenset())


def test_negative_and_bracketed_amounts_keep_their_column_and_become_doubts() -> None:
    from checker.extract._figures import FigureReader
    from checker.text import parse_source

    text = (
        "No\tProgram/Kegiatan\tPagu\tRealisasi\t%\n"
        "I\tPROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH\t1.000.000\t(200.000)\t-20\n"
        "A\tAdministrasi Umum Perangkat Daerah\t1.000.000\t-200.000\t-20\n"
    )
    figures = FigureReader()
    extraction = extract_budgets(parse_source(text, "neg.txt"), figures)
    [table] = extraction.tables
    assert table.kind == "realisasi"
    assert [item.realisasi.raw for item in table.walk()] == ["(200.000)", "-200.000"]
    assert [(d.raw, d.where.line) for d in figures.doubts] == [("(200.000)", 2), ("-200.000", 3)]
