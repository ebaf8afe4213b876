"""A pagu (or realisasi) split by source of funds: 'Pagu (Rp)' over 'APBD | Danais |
Jumlah'. The amount is the Jumlah sub-column; a source's column is only a part of it,
and without a Jumlah no part is read as the whole. A sentence that states the pagu and
then its parts by source ('terdiri atas APBD Rp ... dan Danais Rp ...') claims the
whole only. Each with the real defect of its kind still reported."""

from __future__ import annotations

from decimal import Decimal

import pytest

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.model import Report
from checker.text import parse_source

RULES = ("BUD001", "BUD002", "BUD003", "BUD004", "BUD006", "BUD007", "CON002")


@pytest.fixture
def run(registry):
    """(report, findings as (rule, line)) of a text report."""
    rules = [rule for rule in registry.rules if rule.code in RULES]

    def check(text: str) -> tuple[Report, list[tuple[str, int | None]]]:
        report = extract_report(parse_source(text, "laporan.md"))
        findings = [(f.rule, f.location.line)
                    for f in check_report(report, rules, Config()).findings]
        return report, findings

    return check


HEAD = """\
# BAB III AKUNTABILITAS KINERJA

## B. Realisasi Anggaran

{sentence}

Tabel 3.8 Realisasi Anggaran per Program Tahun 2023

"""
SPANNED_HEADER = (
    '<tr><th rowspan="2">Kode</th><th rowspan="2">Program/Kegiatan</th>'
    '<th colspan="3">Pagu (Rp)</th><th rowspan="2">Realisasi (Rp)</th>'
    '<th rowspan="2">%</th></tr>\n'
    "<tr><th>APBD</th><th>Danais</th><th>Jumlah</th></tr>\n"
)
ROWS = (
    ("1.01", "Program Pembinaan Sejarah", "100.000.000", "300.000.000", "400.000.000",
     "380.000.000", "95,00"),
    ("1.01.1", "Penulisan Sejarah Lokal", "100.000.000", "300.000.000", "400.000.000",
     "380.000.000", "95,00"),
    ("1.02", "Program Pengembangan Kesenian", "0", "600.000.000", "600.000.000",
     "570.000.000", "95,00"),
    ("1.02.1", "Pembinaan Sanggar Kesenian", "0", "600.000.000", "600.000.000",
     "570.000.000", "95,00"),
    ("", "Jumlah", "100.000.000", "900.000.000", "1.000.000.000", "950.000.000", "95,00"),
)
WHOLE = ("Pagu anggaran tahun 2023 sebesar Rp 1.000.000.000, terdiri atas APBD "
         "Rp 100.000.000 dan Danais Rp 900.000.000.")


def _html_table(header: str, rows: tuple[tuple[str, ...], ...]) -> str:
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>\n"
                   for row in rows)
    return f"<table>\n{header}{body}</table>\n"


def _report(sentence: str, header: str = SPANNED_HEADER,
            rows: tuple[tuple[str, ...], ...] = ROWS) -> str:
    return HEAD.format(sentence=sentence) + _html_table(header, rows)


def _programs(report: Report) -> dict[str, Decimal | None]:
    (table,) = report.budgets
    return {item.name: item.pagu.value if item.pagu else None for item in table.items}


def test_spanned_pagu_is_read_from_its_jumlah_column(run) -> None:
    report, findings = run(_report(WHOLE))
    (table,) = report.budgets
    assert table.total_pagu is not None and table.total_pagu.value == Decimal(1_000_000_000)
    assert table.total_realisasi is not None
    assert table.total_realisasi.value == Decimal(950_000_000)
    # Wholly Danais-funded: its pagu is the Jumlah, not the APBD's Rp 0.
    assert _programs(report)["Program Pengembangan Kesenian"] == Decimal(600_000_000)
    assert findings == []


def test_program_pagu_in_a_sentence_is_compared_with_the_jumlah(run) -> None:
    sentence = "Program Pengembangan Kesenian, dengan pagu Rp 600.000.000, dibiayai Danais."
    assert run(_report(sentence))[1] == []
    wrong = "Program Pengembangan Kesenian, dengan pagu Rp 650.000.000, dibiayai Danais."
    assert ("CON002", 5) in run(_report(wrong))[1]


def test_a_total_that_differs_from_the_jumlah_is_still_reported(run) -> None:
    wrong = WHOLE.replace("Rp 1.000.000.000", "Rp 1.100.000.000")
    assert ("CON002", 5) in run(_report(wrong))[1]


def test_a_jumlah_that_does_not_add_up_is_still_reported(run) -> None:
    rows = (*ROWS[:-1],
            ("", "Jumlah", "100.000.000", "900.000.000", "1.200.000.000", "950.000.000",
             "79,17"))
    findings = run(_report(WHOLE, rows=rows))[1]
    assert any(rule.startswith("BUD") for rule, _ in findings)


def test_sources_without_a_jumlah_are_no_pagu(run) -> None:
    header = (
        '<tr><th rowspan="2">Kode</th><th rowspan="2">Program/Kegiatan</th>'
        '<th colspan="2">Pagu (Rp)</th><th rowspan="2">Realisasi (Rp)</th>'
        '<th rowspan="2">%</th></tr>\n'
        "<tr><th>APBD</th><th>Danais</th></tr>\n"
    )
    rows = tuple((*row[:4], *row[5:]) for row in ROWS)
    report, _ = run(_report(WHOLE, header=header, rows=rows))
    # Neither part is read as a program's pagu (APBD Rp 0 for a Danais program).
    for table in report.budgets:
        assert all(item.pagu is None for item in table.items)
        assert table.total_pagu is None


def test_a_one_row_header_of_sources_reads_the_jumlah() -> None:
    # A header whose group row was lost (a page break inside the header): 'APBD |
    # Danais | Jumlah' under no 'Pagu' still makes the Jumlah the pagu.
    lines = ["Tabel 3.8 Realisasi Anggaran per Program Tahun 2023", "",
             "Kode\tProgram\tAPBD\tDanais\tJumlah"]
    lines += ["\t".join(row[:5]) for row in ROWS]
    report = extract_report(parse_source(HEAD.format(sentence=WHOLE) + "\n".join(lines[1:])
                                         + "\n", "laporan.txt"))
    (table,) = report.budgets
    assert table.total_pagu is not None and table.total_pagu.value == Decimal(1_000_000_000)
    assert _programs(report)["Program Pengembangan Kesenian"] == Decimal(600_000_000)


def test_parts_by_source_in_a_sentence_are_no_pagu_claims() -> None:
    report = extract_report(parse_source(WHOLE + "\n", "laporan.txt"))
    pagu = [claim.value.value for claim in report.claims if claim.subject == "pagu"]
    assert pagu == [Decimal(1_000_000_000)]
    alone = extract_report(parse_source("Pagu APBD tahun 2023 sebesar Rp 100.000.000.\n",
                                        "laporan.txt"))
    assert [c.value.value for c in alone.claims if c.subject == "pagu"] == [Decimal(100_000_000)]
