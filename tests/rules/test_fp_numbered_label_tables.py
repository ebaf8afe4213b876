"""A numbered list item as a table's title, and the words BUD006 names a split by.

Many reports number the points of each sasaran's analysis ("1) Perbandingan target dan
realisasi" ... "7) Program dan kegiatan yang menunjang"); the last point's label stands
above a small uncaptioned table of that sasaran's kegiatan, a subset of the budget. The
label is the table's title although it starts with a digit: the tables are then the
sasaran's own (no budget tables compared with each other, CAS004, nor a total of the split
by sumber dana, BUD006). A line that starts with a bare number ("1   Program ...") is a
table row, never a title.
"""

from __future__ import annotations

from checker.extract import extract_report
from checker.text import parse_source

HEADER = "Kode\tKegiatan\tPagu (Rp)\tRealisasi (Rp)\t%\n"
SD = "1.01.02.2.01\tPengelolaan Pendidikan Sekolah Dasar\t600.000.000\t540.000.000\t90,00\n"
SMP = ("1.01.02.2.02\tPengelolaan Pendidikan Sekolah Menengah Pertama\t300.000.000"
       "\t270.000.000\t90,00\n")
PAUD = ("1.01.02.2.03\tPengelolaan Pendidikan Anak Usia Dini (PAUD)\t100.000.000"
        "\t90.000.000\t90,00\n")
TOTAL = "\tJumlah\t1.000.000.000\t900.000.000\t90,00\n"
LABEL = "7) Program dan kegiatan yang menunjang"


def _report(label: str = LABEL, second: str = SMP) -> str:
    """Two sasaran parts, each closing with its numbered label over its own kegiatan,
    then the budget (Tabel 3.9) and its split by sumber dana (Tabel 3.10)."""
    return (
        "BAB III\nAKUNTABILITAS KINERJA\n\n"
        "Sasaran 1: Meningkatnya partisipasi pendidikan\n\n"
        "6) Efisiensi penggunaan sumber daya\n\n"
        "Penyerapan anggaran sasaran ini dinilai efisien.\n\n"
        f"{label}\n\n"
        + HEADER + SD + PAUD + "\n"
        "Sasaran 2: Menurunnya angka putus sekolah\n\n"
        "6) Efisiensi penggunaan sumber daya\n\n"
        "Penyerapan anggaran sasaran ini dinilai efisien.\n\n"
        f"{label}\n\n"
        + HEADER + SD + second + "\n"
        "B. Realisasi Anggaran\n\n"
        "Tabel 3.9 Realisasi Anggaran per Kegiatan Tahun 2023\n\n"
        + HEADER + SD + SMP + PAUD + TOTAL + "\n"
        "Tabel 3.10 Realisasi Anggaran menurut Sumber Dana\n\n"
        "No\tSumber Dana\tPagu (Rp)\tRealisasi (Rp)\t%\n"
        "1\tDana Alokasi Umum (DAU)\t700.000.000\t630.000.000\t90,00\n"
        "2\tDana BOS\t300.000.000\t270.000.000\t90,00\n"
        "\tJumlah\t1.000.000.000\t900.000.000\t90,00\n"
    )


def _budgets(text: str) -> list[tuple[str | None, str | None]]:
    report = extract_report(parse_source(text, "laporan.txt"))
    return [(table.kind, table.sasaran) for table in report.budgets]


def test_a_numbered_label_is_the_title_of_the_table_under_it():
    source = parse_source(_report(), "laporan.txt")
    assert [table.caption for table in source.tables[:2]] == [LABEL, LABEL]


def test_the_labelled_tables_are_their_sasaran_subsets():
    assert _budgets(_report()) == [
        ("realisasi", "1"), ("realisasi", "2"), ("realisasi", None), ("belanja", None)]


def test_the_labelled_subsets_give_no_finding(check_inline):
    assert check_inline(_report(), "CAS004", "CAS005", "BUD006", path="laporan.txt") == []


def test_labels_numbered_otherwise_are_titles_too(check_inline):
    for label in ("7. Program dan kegiatan yang menunjang",
                  "(7) Program dan kegiatan yang menunjang"):
        text = _report(label=label)
        assert _budgets(text)[:2] == [("realisasi", "1"), ("realisasi", "2")], label
        assert check_inline(text, "CAS004", "BUD006", path="laporan.txt") == [], label


def test_a_kegiatan_of_a_part_missing_from_the_budget_is_still_reported(check_inline):
    second = SMP.replace("Sekolah Menengah Pertama", "Sekolah Menengah Kejuruan")
    findings = check_inline(_report(second=second), "CAS004", "CAS005", path="laporan.txt")
    assert [(rule, line) for rule, line, _ in findings] == [("CAS005", 26)]
    assert "Sekolah Menengah Kejuruan" in findings[0][2]


def test_a_numbered_label_naming_a_whole_budget_table_is_still_compared(check_inline):
    # Titled by a numbered label that is no sasaran's supporting list, the first table is
    # a budget table of its own: the kegiatan it lacks are reported.
    text = _report().replace(LABEL, "7) Realisasi Anggaran per Kegiatan", 1)
    findings = check_inline(text, "CAS004", path="laporan.txt")
    assert findings, "a whole budget table that lacks a kegiatan is reported"
    assert all(rule == "CAS004" for rule, _, _ in findings)
    assert any("Sekolah Menengah Pertama" in message for _, _, message in findings)


def test_a_line_starting_with_a_bare_number_is_no_title():
    # "1   Program ..." is a row (of a list or a table), not a title: the table under it
    # stays uncaptioned.
    for line in ("1   Program Pengelolaan Pendidikan", "7. 2023 Program Pengelolaan",
                 "1.01 Program Pengelolaan Pendidikan"):
        text = f"Uraian anggaran.\n\n{line}\n\n" + HEADER + SD + SMP + TOTAL
        assert parse_source(text, "laporan.txt").tables[0].caption is None, line

