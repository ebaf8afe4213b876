"""Work shared or skipped for speed gives the answers the full work gives.

- a bare figure is read by a short path: the same value (or the same error) as the
  figure read with a unit or a currency around it, through every test of the full path;
- the prose lines a dozen rules read are kept for the last report only, by its
  identity, and no longer than the report: two reports read in turn each get their own;
- a worker process sends back a result without the model: it keeps what the text and
  JSON output and the totals of a run read, and nothing of the report's content;
- while a run checks its files, the objects alive before it are frozen out of the
  garbage collector's passes, and only then.
"""

from __future__ import annotations

import gc
from dataclasses import replace
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from checker._jobs import chunk_size, frozen_heap
from checker.location import Location
from checker.model import BudgetTable, Meta, Provenance, Report
from checker.numbers import NumberFormatError, NumberStyle, parse_number
from checker.result import DocumentResult
from checker.rule import Category, Finding, Severity
from rules import _structure_outline
from rules._structure_outline import prose_lines

# A bare figure: a digit, then digits and separators, ending on a digit.
_FIGURES = st.builds(lambda first, middle, last: first + middle + last,
                     st.sampled_from("0123456789"),
                     st.text(alphabet="0123456789.,", max_size=22),
                     st.sampled_from(["", *"0123456789"]))
_SIGNS = st.sampled_from(["", "-", "+"])
_STYLES = st.sampled_from([None, NumberStyle.DOT_THOUSANDS, NumberStyle.COMMA_THOUSANDS])


def _read(text: str, style: NumberStyle | None) -> tuple[str, Decimal | None]:
    """The value read, or that an error was raised (its text quotes the input)."""
    try:
        return "value", parse_number(text, style)
    except NumberFormatError:
        return "error", None


@given(sign=_SIGNS, figure=_FIGURES, style=_STYLES)
def test_a_bare_figure_reads_as_the_figure_with_a_unit(sign: str, figure: str,
                                                       style: NumberStyle | None) -> None:
    bare = sign + figure
    assert _read(bare, style) == _read(f"{bare} %", style)
    if not sign:
        assert _read(bare, style) == _read(f"Rp {bare}", style)


def test_bare_figures_of_each_format() -> None:
    assert parse_number("2.655.353.658") == Decimal("2655353658")
    assert parse_number("5,547,036,498,00") == Decimal("5547036498.00")
    assert parse_number("98,5") == Decimal("98.5")
    assert parse_number("-12") == Decimal("-12")
    assert parse_number("1.234", NumberStyle.COMMA_THOUSANDS) == Decimal("1.234")


def _report(path: str, text: tuple[str, ...]) -> Report:
    return Report(path=path, format="text", meta=Meta(agency="Kecamatan Sukamaju", year=2024),
                  text=text, source="laporan.pdf")


def test_prose_lines_of_two_reports_read_in_turn_are_each_their_own() -> None:
    first = _report("a.txt", ("Satu", "", "Dua", "Tiga"))
    second = _report("b.txt", ("Lain", "Lagi", ""))
    for _ in range(2):
        assert list(prose_lines(first, 1, 4)) == [(1, "Satu"), (3, "Dua"), (4, "Tiga")]
        assert list(prose_lines(first, 2, 3)) == [(3, "Dua")]
        assert list(prose_lines(second, 1, 9)) == [(1, "Lain"), (2, "Lagi")]
    # An equal report is another report: its lines are its own, not the first's.
    again = replace(first, text=("Baru", "", "", "Tiga"))
    assert list(prose_lines(again, 1, 4)) == [(1, "Baru"), (4, "Tiga")]


def test_the_prose_of_a_report_is_read_once(monkeypatch) -> None:
    # Kept per report by rules._per_report.per_report (whose tests show it is dropped
    # with the report).
    read: list[Report] = []
    real = _structure_outline._read_prose
    monkeypatch.setattr(_structure_outline, "_read_prose",
                        lambda report: read.append(report) or real(report))
    report = _report("c.txt", ("Satu", "Dua"))
    for _ in range(3):
        assert list(prose_lines(report, 1, 2)) == [(1, "Satu"), (2, "Dua")]
    assert read == [report]


def _finding() -> Finding:
    return Finding(rule="BUD001", slug="budget-rollup-pagu", category=Category.BUDGET,
                   severity=Severity.ERROR, message={"id": "pesan", "en": "message"},
                   template={"id": "pesan", "en": "message"}, args={},
                   location=Location(line=3, page=2), expected="10", actual="9",
                   regulation=None)


def test_a_result_without_the_model_keeps_what_the_output_reads() -> None:
    table = BudgetTable("Tabel 3.5", "realisasi", (), None, None, None, None,
                        Provenance(), Provenance(line=2))
    full = DocumentResult(replace(_report("a.txt", ("Satu", "Dua")), budgets=(table,)),
                          (_finding(),), notes=("catatan",))
    slim = full.without_model()
    kept = (slim.report.path, slim.report.format, slim.report.source, slim.report.meta)
    assert kept == (full.report.path, full.report.format, full.report.source,
                    full.report.meta)
    assert (slim.findings, slim.notes, slim.summary()) == (full.findings, full.notes,
                                                           full.summary())
    assert slim.report.text == () and slim.report.budgets == ()


def test_the_heap_is_frozen_only_while_the_files_are_checked() -> None:
    before = gc.get_freeze_count()
    with frozen_heap():
        assert gc.get_freeze_count() > before
        assert gc.isenabled()
    assert gc.get_freeze_count() == before


def test_each_worker_is_given_work_and_none_all_of_it() -> None:
    for tasks, workers in ((1, 2), (3, 2), (200, 2), (5000, 4)):
        size = chunk_size(tasks, workers)
        assert size >= 1
        assert size * workers <= max(tasks, workers)
