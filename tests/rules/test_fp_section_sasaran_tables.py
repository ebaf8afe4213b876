"""Per-sasaran tables named by their section, and names in a list closed by a comma.

Each sasaran's analysis may print its own small table of supporting programs under one
shared label ("g. Program dan kegiatan yang menunjang"), the sasaran named only by the
heading of its part: those tables are per-sasaran subsets of the budget (together, one
list), never budget tables compared with each other (CAS004). A program of such a table
missing from the budget is still reported (CAS005), and so is a budget program no
sasaran is linked to (CAS003).

A list of names closed by a comma before a clause ("yaitu Program A dan Program B,
memiliki pagu ...") ends at that comma: the clause is no part of the last name (CAS005).
"""

from __future__ import annotations

from checker.extract import extract_report
from checker.text import parse_source


def _row(code: str, name: str, pagu: str, realisasi: str, persen: str) -> str:
    return f"{code:<10}{name:<50}{pagu:>15}  {realisasi:>15}  {persen:>6}\n"


HEADER = _row("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%")
PENUNJANG = _row("1.01", "Program Penunjang Urusan Pemerintahan Daerah", "500.000.000",
                 "450.000.000", "90,00")
KETERTIBAN = _row("1.02", "Program Ketenteraman dan Ketertiban Umum", "300.000.000",
                  "270.000.000", "90,00")
BENCANA = _row("1.03", "Program Penanggulangan Bencana Daerah", "200.000.000", "180.000.000",
               "90,00")
TOTAL = _row("", "Jumlah", "1.000.000.000", "900.000.000", "90,00")


def _report(first: str = KETERTIBAN, linked_penunjang: str = "Semua sasaran") -> str:
    """Two sasaran parts, each with its own table under the same label, and the budget."""
    return (
        "BAB II\nPERENCANAAN KINERJA\n\n"
        "Tabel 2.3 Program dan Anggaran Perjanjian Kinerja\n\n"
        "No   Program                                        Anggaran      Sasaran yang Ditunjang\n"
        f"1    Program Penunjang Urusan Pemerintahan Daerah     500.000.000   {linked_penunjang}\n"
        "2    Program Ketenteraman dan Ketertiban Umum         300.000.000   Sasaran 1\n"
        "3    Program Penanggulangan Bencana Daerah            200.000.000   Sasaran 2\n\n"
        "BAB III\nAKUNTABILITAS KINERJA\n\n"
        "Sasaran 1: Meningkatnya ketertiban umum\n\n"
        "Capaian sasaran ini baik.\n\n"
        "g. Program dan kegiatan yang menunjang\n\n"
        + HEADER + first + "\n"
        "Sasaran 2: Menurunnya risiko bencana\n\n"
        "Capaian sasaran ini baik.\n\n"
        "g. Program dan kegiatan yang menunjang\n\n"
        + HEADER + BENCANA + "\n"
        "B. Realisasi Anggaran\n\n"
        "Tabel 3.9 Realisasi Anggaran per Program Tahun 2024\n\n"
        + HEADER + PENUNJANG + KETERTIBAN + BENCANA + TOTAL
    )


def test_tables_under_a_shared_label_take_the_sasaran_of_their_part():
    report = extract_report(parse_source(_report(), "laporan.txt"))
    # Each "g." table is its part's subset; the overall Tabel 3.9 belongs to no sasaran.
    assert [table.sasaran for table in report.budgets] == ["1", "2", None]
    assert [table.name for table in report.main_budgets()] == [
        "Tabel 3.9 Realisasi Anggaran per Program Tahun 2024"]


def test_per_sasaran_tables_under_a_shared_label_are_not_compared(check_inline):
    # Each program is in its sasaran's table; the Penunjang program serves every sasaran.
    assert check_inline(_report(), "CAS003", "CAS004", "CAS005", path="laporan.txt") == []


def test_a_program_of_a_part_missing_from_the_budget_is_still_reported(check_inline):
    text = _report(first=KETERTIBAN.replace("Ketenteraman dan Ketertiban Umum ",
                                            "Perlindungan Masyarakat Desa    "))
    findings = check_inline(text, "CAS004", "CAS005", path="laporan.txt")
    assert [(rule, line) for rule, line, _ in findings] == [("CAS005", 21)]
    assert "Program Perlindungan Masyarakat Desa" in findings[0][2]


def test_a_budget_program_no_sasaran_is_linked_to_is_still_reported(check_inline):
    findings = check_inline(_report(linked_penunjang=""), "CAS003", path="laporan.txt")
    assert [(rule, line) for rule, line, _ in findings] == [("CAS003", 37)]
    assert "Penunjang Urusan Pemerintahan Daerah" in findings[0][2]


# -- a list closed by a comma ---------------------------------------------------------------

BUDGET = (
    "\nTabel 3.5 Realisasi Anggaran Tahun 2024\n\n"
    "No\tProgram\tPagu (Rp)\tRealisasi (Rp)\t%\n"
    "1\tProgram Hubungan Industrial\t100.000.000\t90.000.000\t90,00\n"
    "2\tProgram Pengawasan Ketenagakerjaan\t100.000.000\t90.000.000\t90,00\n"
    "\tJumlah\t200.000.000\t180.000.000\t90,00\n"
)


def _sentence(second: str) -> str:
    return (f"Program yang menunjang Sasaran 2, yaitu Program Hubungan Industrial dan "
            f"Program {second}, memiliki pagu Rp200.000.000 dengan realisasi "
            f"Rp180.000.000 (90,00%).\n")


def _named(text: str) -> list[str]:
    report = extract_report(parse_source(text, "laporan.txt"))
    return [link.name for link in report.links]


def test_a_name_ends_at_the_comma_that_closes_the_list(check_inline):
    text = _sentence("Pengawasan Ketenagakerjaan") + BUDGET
    assert _named(text) == ["Hubungan Industrial", "Pengawasan Ketenagakerjaan"]
    assert check_inline(text, "CAS005", path="laporan.txt") == []


def test_a_name_keeps_its_own_commas():
    # A comma before a capitalised word, or before "dan", is the name's own.
    text = ("Kegiatan yang menunjang Sasaran 1, yaitu Kegiatan Penyediaan Jasa Pemeliharaan, "
            "Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan Dinas, memiliki pagu "
            "Rp5.000.000.\n")
    assert _named(text) == [
        "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan Dinas"]


def test_a_listed_program_missing_from_the_budget_is_still_reported(check_inline):
    text = _sentence("Perluasan Kesempatan Kerja") + BUDGET
    findings = check_inline(text, "CAS005", path="laporan.txt")
    assert [(rule, line) for rule, line, _ in findings] == [("CAS005", 1)]
    assert "'Perluasan Kesempatan Kerja'" in findings[0][2]


def test_a_caption_printed_under_the_previous_table_is_not_the_next_tables_title():
    """Captions under their tables: the line right above the budget table is the caption
    of the per-sasaran table before it, which names a sasaran; the budget table still
    belongs to no sasaran, so its totals are the agency's (CON002 compares with them)."""
    text = (
        "| Kode | Program/Kegiatan | Pagu (Rp) | Realisasi (Rp) | % |\n"
        "|---|---|---|---|---|\n"
        "| 1.03 | Program Penanggulangan Bencana Daerah | 200.000.000 | 180.000.000 | 90,00 |\n"
        "\n**Tabel 3.5 Kegiatan Pendukung Sasaran 2**\n\n"
        "| Kode | Program/Kegiatan | Pagu (Rp) | Realisasi (Rp) | % |\n"
        "|---|---|---|---|---|\n"
        "| 1.01 | Program Penunjang Urusan Pemerintahan Daerah | 500.000.000 | 450.000.000 "
        "| 90,00 |\n"
        "| 1.03 | Program Penanggulangan Bencana Daerah | 200.000.000 | 180.000.000 | 90,00 |\n"
        "| | Jumlah | 700.000.000 | 630.000.000 | 90,00 |\n"
        "\n**Tabel 3.6 Realisasi Anggaran Tahun 2024**\n"
    )
    report = extract_report(parse_source(text, "laporan.md"))
    sasaran = {budget.where.table: budget.sasaran for budget in report.budgets}
    assert sasaran == {"Tabel 3.5 Kegiatan Pendukung Sasaran 2": "2",
                       "Tabel 3.6 Realisasi Anggaran Tahun 2024": None}
