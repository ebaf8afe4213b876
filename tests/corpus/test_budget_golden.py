"""Budget tables of the four corpus reports, against the verified fact sheets.

Every pinned value says where in the file it was read (1-based lines of the .txt in
``../shared/corpus``). Sums are computed here from the extracted items, so a pinned
total that the document states and a total the rows add up to are told apart. The
tests skip when the corpus is absent.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest

from checker.config import Config
from checker.engine import check_report
from checker.extract._budget import BudgetExtraction, extract_budgets
from checker.extract._figures import FigureReader
from checker.model import BudgetTable, Doubt, Level, Meta, Report
from checker.plugins import load_registry
from checker.text import parse_source

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
YEARS = {
    "semboro-2021.txt": 2021,
    "jatinegara-2021.txt": 2021,
    "seberang-kota-2022.txt": 2022,
    "betara-2022.txt": 2022,
}


@cache
def _extract(name: str) -> tuple[BudgetExtraction, tuple[Doubt, ...]]:
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"corpus file {path} is absent (the corpus lives in ../shared/corpus)")
    figures = FigureReader()
    extraction = extract_budgets(parse_source(path.read_text(encoding="utf-8"), str(path)),
                                 figures)
    return extraction, tuple(figures.doubts)


def _table(name: str, line: int) -> BudgetTable:
    extraction, _ = _extract(name)
    return next(table for table in extraction.tables if table.where.line == line)


def _counts(table: BudgetTable) -> tuple[int, int, int]:
    return tuple(len(table.at_level(level))
                 for level in (Level.PROGRAM, Level.KEGIATAN, Level.SUB_KEGIATAN))


def _stated(table: BudgetTable) -> tuple[Decimal | None, Decimal | None]:
    pagu, realisasi = table.total_pagu, table.total_realisasi
    return (pagu.value if pagu else None, realisasi.value if realisasi else None)


def _summed(table: BudgetTable, field: str) -> Decimal | None:
    total = Decimal(0)
    for item in table.items:
        number = getattr(item, field)
        if number is None or number.value is None:
            return None
        total += number.value
    return total


def _findings(name: str) -> list[tuple[str, int | None]]:
    extraction, doubts = _extract(name)
    registry = load_registry(entry_points=False)
    rules = [rule for rule in registry.rules if rule.code.startswith(("BUD", "CNT"))]
    report = Report(path=name, format="text", meta=Meta(year=YEARS[name]),
                    budgets=extraction.tables, doubts=doubts)
    result = check_report(report, rules, Config())
    return [(finding.rule, finding.location.line) for finding in result.findings]


# -- semboro-2021 -----------------------------------------------------------------------------

SEMBORO = "semboro-2021.txt"


def test_semboro_tables() -> None:
    extraction, doubts = _extract(SEMBORO)
    # 504-510: belanja split (markdown pipe, empty header row); 518-548: realisasi per
    # program. The PK program budgets under the PK tables (652-657, 714-719), the RKT
    # (744-752, a sasaran column) and the sub kegiatan boxes (404-496, no pagu header)
    # are not budget tables of ours.
    assert [(t.where.line, t.kind) for t in extraction.tables] == [
        (504, "belanja"), (518, "realisasi")]
    assert extraction.used == frozenset({504, 518})
    assert doubts == ()


def test_semboro_main_table() -> None:
    table = _table(SEMBORO, 518)
    assert table.name == "Tabel di baris 518"  # no caption: "2. Alokasi ..." at 514
    # 4 programs (519, 536, 541, 545), 9 kegiatan rows (520 ... 546; 520 is all '-'),
    # 15 sub kegiatan rows (521 ... 547; 521, 522, 526 are all '-').
    assert _counts(table) == (4, 9, 15)
    # JUMLAH at 548: 3.457.463.874 / 3.148.478.480 / 91,06%.
    assert _stated(table) == (Decimal("3457463874"), Decimal("3148478480"))
    assert table.total_persen.value == Decimal("91.06")
    assert table.total_where.line == 548
    # The programs (519, 536, 541, 545) add up to the stated total.
    assert _summed(table, "pagu") == Decimal("3457463874")
    assert _summed(table, "realisasi") == Decimal("3148478480")
    # 540 prints '99,60 %' with a space; 532 numbers its sub kegiatan '5.1' without dot.
    assert table.items[1].children[1].children[0].persen.value == Decimal("99.60")
    assert [i.code for i in table.items[0].children[4].children] == ["5.1", "5.2", "5.3"]


def test_semboro_belanja_split() -> None:
    table = _table(SEMBORO, 504)
    # 506 a. Belanja Operasi 3.296.978.974 (507 Pegawai 2.222.034.374, 508 Barang/jasa
    # 1.074.944.600), 509 b. Belanja Modal 160.484.900 (510 Peralatan dan Mesin).
    assert [(i.where.line, i.name, i.pagu.value, len(i.children)) for i in table.items] == [
        (506, "Belanja Operasi", Decimal("3296978974"), 2),
        (509, "Belanja Modal", Decimal("160484900"), 1),
    ]
    assert _summed(table, "pagu") == Decimal("3457463874")  # = JUMLAH at 548


def test_semboro_budget_findings() -> None:
    # Fact sheet 4a: "No roll-up mismatch, no % mismatch in T17"; 4b: the split adds up.
    assert _findings(SEMBORO) == []


# -- jatinegara-2021 --------------------------------------------------------------------------

JATINEGARA = "jatinegara-2021.txt"


def test_jatinegara_tables() -> None:
    extraction, doubts = _extract(JATINEGARA)
    # 713-731 Tabel 2.4 (allocation, header repeated at 723 after a page break) and
    # 869-917 Tabel 3.8 (header repeated at 891 and 914). Tabel 3.6 (830-835) has a
    # Tujuan/Sasaran column and Tabel 3.7 (843-860) no money: not ours.
    assert [(t.where.line, t.kind) for t in extraction.tables] == [
        (713, "alokasi"), (869, "realisasi")]
    assert extraction.used == frozenset({713, 869})
    assert doubts == ()


def test_jatinegara_main_table() -> None:
    table = _table(JATINEGARA, 869)
    assert table.name == "Tabel 3.8 Capaian Anggaran Program, Kegiatan dan Sub Kegiatan"
    # Codes 1 / 1.1 / 1.1.1: 5 programs (870, 899, 903, 907, 911), 10 kegiatan
    # (6 + 1 + 1 + 1 + 1), 28 sub kegiatan (20 + 2 + 2 + 2 + 2).
    assert _counts(table) == (5, 10, 28)
    # JUMLAH at 917: 1.834.058.000 / 1.508.747.079 / 82,26%.
    assert _stated(table) == (Decimal("1834058000"), Decimal("1508747079"))
    assert table.total_persen.value == Decimal("82.26")
    assert _summed(table, "pagu") == Decimal("1834058000")
    assert _summed(table, "realisasi") == Decimal("1508747079")
    # Rows after the repeated headers keep their own lines: 892 (1.5.1) and 915 (5.1.1).
    assert [i.where.line for i in table.items[0].children[4].children] == [892, 893, 894]
    assert [i.where.line for i in table.items[4].children[0].children] == [915, 916]


def test_jatinegara_allocation_table() -> None:
    table = _table(JATINEGARA, 713)
    # 5 programs (714, 721, 726, 728, 730), 10 kegiatan, no sub kegiatan level; no total
    # row. Program 2's name is split by the page break: 'Program Penyelenggaraan
    # Pemerintahan Dan' (721) + 'Pelayanan Publik' (724).
    assert _counts(table) == (5, 10, 0)
    assert table.total_pagu is None
    assert _summed(table, "pagu") == Decimal("1834058000")  # = JUMLAH of Tabel 3.8 (917)
    program = table.items[1]
    assert (program.name, program.where.line, program.where.end_line) == (
        "Program Penyelenggaraan Pemerintahan Dan Pelayanan Publik", 721, 724)
    assert table.items[0].output == "Terpenuhinya Layanan Kesekretariatan: 100%"  # 714


def test_jatinegara_budget_findings() -> None:
    # Fact sheet 4a: "No roll-up mismatch, no % mismatch in T14"; 4b: program 1 = its
    # six kegiatan, every program = its one kegiatan.
    assert _findings(JATINEGARA) == []


# -- seberang-kota-2022 -----------------------------------------------------------------------

SEBERANG = "seberang-kota-2022.txt"


def test_seberang_tables() -> None:
    extraction, doubts = _extract(SEBERANG)
    # Only 586-643 is a budget table: the RKT (354-398) has targets and no money, the
    # cascading boxes (697-843) carry no header.
    assert [(t.where.line, t.kind) for t in extraction.tables] == [(586, "realisasi")]
    assert extraction.used == frozenset({586})
    # '#DIV/0!' in the % column at 639 and 640.
    assert [(d.kind, d.raw, d.where.line) for d in doubts] == [
        ("number", "#DIV/0!", 639), ("number", "#DIV/0!", 640)]


def test_seberang_main_table() -> None:
    table = _table(SEBERANG, 586)
    assert table.name == "Tabel Capaian Kinerja Program Utama, Kegiatan dan Anggaran"
    # Programs I-V (589, 618, 623, 631, 635); kegiatan a-g, a-b, a-b, a, a = 13;
    # sub kegiatan 18 + 2 + 5 + 2 + 6 = 33 (591 prints a name only, 605/606 print 0).
    assert _counts(table) == (5, 13, 33)
    # Total at 643: 4.483.688.658 / 3.464.156.228 / 77,26 %.
    assert _stated(table) == (Decimal("4483688658"), Decimal("3464156228"))
    assert table.total_persen.value == Decimal("77.26")
    assert table.total_where.line == 643
    assert _summed(table, "pagu") == Decimal("4483688658")
    assert _summed(table, "realisasi") == Decimal("3464156228")
    # After the page header at 612 the rows have an extra empty column (614 on):
    # kegiatan g at 614 still reads 92.716.600 / 86.727.500 / 94.
    kegiatan_g = table.items[0].children[6]
    assert (kegiatan_g.where.line, kegiatan_g.code, kegiatan_g.pagu.value,
            kegiatan_g.realisasi.value, kegiatan_g.persen.value) == (
        614, "g", Decimal("92716600"), Decimal("86727500"), Decimal("94"))
    # Program I's numeral is printed inside its bold name (589).
    assert (table.items[0].code, table.items[0].name) == (
        "I", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH")


def test_seberang_budget_findings() -> None:
    # Fact sheet 4: kegiatan II.a (619) states 150.000 over its one sub kegiatan of
    # 75.000 (620): MISMATCH. Sub kegiatan 627 prints '- %' for 500.000 of 500.000
    # (100%): the only % mismatch. Kegiatan II.b (621) prints no figure, so program II
    # (618) is not checked against its kegiatan.
    assert _findings(SEBERANG) == [("BUD001", 619), ("BUD004", 627)]


# -- betara-2022 ------------------------------------------------------------------------------

BETARA = "betara-2022.txt"


def test_betara_tables() -> None:
    extraction, _ = _extract(BETARA)
    # 419-455 Tabel 2.4 (allocation); 661-699 Tabel 3.4, whose last rows 695-699 follow
    # the running header at 693 as a separate fragment with one column less.
    assert [(t.where.line, t.where.end_line, t.kind) for t in extraction.tables] == [
        (419, 455, "alokasi"), (661, 699, "realisasi")]
    assert extraction.used == frozenset({419, 661, 695})


def test_betara_allocation_table() -> None:
    table = _table(BETARA, 419)
    # Programs I., II., III. (421, 444, 452); kegiatan lettered with Greek/Cyrillic
    # look-alikes (422 GREEK ALPHA, 425 CYRILLIC VE, 427 CYRILLIC ES) and Latin D-F:
    # 6 + 2 + 1 = 9 kegiatan, 15 + 4 + 1 = 20 sub kegiatan.
    assert _counts(table) == (3, 9, 20)
    assert [k.code for k in table.items[0].children] == ["A", "B", "C", "D", "E", "F"]
    # The unlabelled last row (455) states 5,547,036,498; the programs add up to it.
    assert _stated(table) == (Decimal("5547036498"), None)
    assert table.total_where.line == 455
    assert _summed(table, "pagu") == Decimal("5547036498")
    # Dots and commas in one column: 421 '2,923,404,381', 422 '2.584.957.568'.
    assert table.items[0].pagu.value == Decimal("2923404381")
    assert table.items[0].children[0].pagu.value == Decimal("2584957568")


def test_betara_realisation_table() -> None:
    table = _table(BETARA, 661)
    _, doubts = _extract(BETARA)
    assert table.name == "Tabel 3.4 Capaian Kinerja Program Utama, Kegiatan dan Anggaran"
    # Lines 685-691 hold several rows' text each ('F 1', '1 2 II.', '1 2 II. A' in the
    # number cell, several amounts per cell). They are not decoded: two table doubts
    # (685-686 and 688-691); kegiatan F (684) keeps no sub kegiatan; program II exists
    # only inside them (its label 'II.' at 689, its name at 689-691) and is kept without
    # figures; sub kegiatan 695 ('Pemberdayaan Masyarakat di Kelurahan', whose kegiatan
    # II.B is not printed anywhere) is left out.
    assert [(d.kind, d.where.line, d.where.end_line) for d in doubts] == [
        ("table", 685, 686), ("table", 688, 691)]
    programs = table.items
    assert [(p.where.line, p.code, p.name) for p in programs] == [
        (664, "I", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN KOTA"),
        (688, "II", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN"),
        (696, "II", "PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA"),  # prints 'II' for III
    ]
    assert (programs[1].pagu, programs[1].realisasi) == (None, None)
    # Counts: the fact sheet has 3 / 9 / 20 for the program tree (as Tabel 2.4) and
    # 3 / 8 / 18 for a reader who decodes the glued lines by hand. Without decoding, a
    # careful reader can defend 3 programs, 7 kegiatan (A-F of program I, A of III) and
    # 14 sub kegiatan (2 + 1 + 6 + 1 + 3 under A-E, 1 under III.A).
    assert _counts(table) == (3, 7, 14)
    assert programs[0].children[5].children == ()  # kegiatan F, 684
    # Stated total at 699 (no label): 5,547,036,498 / 5,068,205,781 / 91.37.
    assert _stated(table) == (Decimal("5547036498"), Decimal("5068205781"))
    assert table.total_persen.value == Decimal("91.37")
    assert table.total_where.line == 699
    # The programs cannot be summed (program II has no readable figure).
    assert _summed(table, "pagu") is None
    # Program I (664) states realisasi 2.259.208.970; its kegiatan A-F (665, 668, 670,
    # 678, 680, 684) add up to 2.549.177.250 (fact sheet: MISMATCH, -289,968,280).
    assert programs[0].realisasi.value == Decimal("2259208970")
    assert sum(k.realisasi.value for k in programs[0].children) == Decimal("2549177250")
    assert sum(k.pagu.value for k in programs[0].children) == Decimal("2923404381")
    # 666 prints '86.53' (dot decimal) beside 674 '100,00'.
    assert programs[0].children[0].children[0].persen.value == Decimal("86.53")
    assert programs[0].children[2].children[2].persen.value == Decimal("100.00")


def test_betara_budget_findings() -> None:
    # Fact sheet 4b: program I realisasi (664) is wrong; everything else that is printed
    # adds up, and the glued lines 685-691 must not produce a finding.
    assert _findings(BETARA) == [("BUD002", 664)]
