"""The XLSX working paper, reopened with openpyxl: what a reviewer sees in each sheet."""

from __future__ import annotations

import io
import zipfile
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from checker.cli import main
from checker.config import Config
from checker.engine import check_report
from checker.graph import build_graph
from checker.hookspecs import RenderOptions
from checker.plugins import load_registry
from checker.result import DocumentResult
from checker.rule import Severity
from reports._spreadsheet import FIXED_TIME, plain_number
from reports.xlsx import STATUS, render_xlsx

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "tanjung-harapan-2024.toml"
DEFECTS = REPO / "tests" / "library" / "defects"

HYPERLINK = '=HYPERLINK("http://x","y")'
PLUS = "+1+1"
SCRIPT = "<script>alert(1)</script>"

HEADERS_ID = ("No", "Bagian/Lokasi", "Uraian temuan", "Seharusnya", "Tertulis", "Dasar",
              "Kategori", "Tingkat", "Aturan", "Tanggapan OPD", "Status")
HEADERS_EN = ("No", "Location", "Finding", "Expected", "Found", "Basis", "Category",
              "Severity", "Rule", "Agency response", "Status")


@pytest.fixture(scope="module")
def registry():
    return load_registry(entry_points=False)


@pytest.fixture(scope="module")
def checked(registry):
    def run(path: Path) -> DocumentResult:
        return check_report(registry.read(path), registry.rules, Config())

    return run


@pytest.fixture(scope="module")
def example(checked) -> DocumentResult:
    return checked(EXAMPLE)


def workbook(results: list[DocumentResult], lang: str = "id") -> Workbook:
    data = render_xlsx(results, RenderOptions(lang=lang, tool_version="9.9"))
    assert isinstance(data, bytes)
    return load_workbook(io.BytesIO(data))


def body(sheet) -> list[tuple]:
    return list(sheet.iter_rows(min_row=2, values_only=True))


def header(sheet) -> tuple:
    return next(sheet.iter_rows(max_row=1, values_only=True))


def test_one_row_per_finding_in_report_order(example):
    sheet = workbook([example])["Temuan"]
    rows = body(sheet)
    assert len(example.findings) >= 5
    assert [row[0] for row in rows] == list(range(1, len(example.findings) + 1))
    assert [row[8] for row in rows] == [finding.rule for finding in example.findings]
    assert [row[2] for row in rows] == [finding.text("id") for finding in example.findings]
    assert all(row[9] is None and row[10] is None for row in rows)  # left for the agency
    first = example.findings[0]
    assert f"baris {first.location.line}" in rows[0][1]


def test_headers_and_sheet_names_in_each_language(example):
    indonesian, english = workbook([example]), workbook([example], "en")
    assert indonesian.sheetnames == ["Temuan", "Ringkasan", "Cascade"]
    assert english.sheetnames == ["Findings", "Summary", "Cascade"]
    assert header(indonesian["Temuan"]) == HEADERS_ID
    assert header(english["Findings"]) == HEADERS_EN
    assert header(english["Summary"])[:4] == ("Document", "Agency", "Year", "Category")
    assert [row[7] for row in body(english["Findings"])] == [
        finding.severity.label for finding in example.findings]
    assert body(english["Findings"])[0][2] == example.findings[0].text("en")


def test_plain_figures_are_numbers_with_a_grouping_format(example):
    sheet = workbook([example])["Temuan"]
    seen = Counter()
    for row, finding in enumerate(example.findings, start=2):
        for column, value, words in ((4, finding.expected, finding.expected_text),
                                     (5, finding.actual, finding.actual_text)):
            cell = sheet.cell(row=row, column=column)
            figure = plain_number(value)
            if value is None:
                assert cell.value is None
            elif figure is None:
                assert cell.data_type == "s"
                assert cell.value in (value, *(words or {}).values())
                seen["text"] += 1
            else:
                assert cell.data_type == "n"
                assert Decimal(str(cell.value)) == Decimal(value)
                assert cell.number_format == ("#,##0" if "." not in value else
                                              "#,##0." + "0" * len(value.split(".")[1]))
                seen["number"] += 1
    assert seen["number"] >= 4 and seen["text"] >= 2  # "Sangat Baik", "1.200.0000"
    budget = next(r for r, f in enumerate(example.findings, start=2) if f.rule == "BUD001")
    assert sheet.cell(row=budget, column=4).value == 81154008
    assert sheet.cell(row=budget, column=4).number_format == "#,##0"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("81154008", (Decimal(81154008), 0)), ("109.23", (Decimal("109.23"), 2)),
     ("-5", (Decimal(-5), 0)), ("0.5", (Decimal("0.5"), 1))],
)
def test_plain_number_reads_the_checkers_notation(text, expected):
    assert tuple(plain_number(text)) == expected


@pytest.mark.parametrize("text", ["007", "1.200.0000", "81.154.008", "1e5", "12,5", "",
                                  "Sangat Baik", "1234567890123456", "-", None])
def test_plain_number_leaves_other_text_alone(text):
    assert plain_number(text) is None


def test_header_is_frozen_filtered_and_status_is_a_list(example):
    book = workbook([example])
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == sheet.dimensions
        assert sheet["A1"].font.bold
    findings = book["Temuan"]
    assert findings["D2"].alignment.wrap_text
    assert findings.column_dimensions["C"].width >= 50  # the finding's text
    [validation] = findings.data_validations.dataValidation
    assert validation.type == "list"
    assert validation.formula1 == '"' + ",".join(STATUS["id"]) + '"'
    assert str(validation.sqref) == f"K2:K{len(example.findings) + 1}"
    [english] = workbook([example], "en")["Findings"].data_validations.dataValidation
    assert english.formula1 == '"Open,Responded,Accepted,Closed"'


def test_summary_counts_each_category_and_severity(example):
    rows = body(workbook([example])["Ringkasan"])
    *categories, total = rows
    expected = Counter((f.category.label["id"], f.severity) for f in example.findings)
    order = sorted(Severity, reverse=True)
    for row in categories:
        assert row[:3] == (example.report.path, example.report.meta.agency,
                           example.report.meta.year)
        assert row[4:7] == tuple(expected[(row[3], severity)] for severity in order)
        assert row[7] == sum(row[4:7])
        assert row[8] == 0  # nothing accepted
    assert {row[3] for row in categories} == {label for label, _ in expected}
    assert total[3] == "Jumlah"
    assert total[4:] == (example.summary()["error"], example.summary()["warning"],
                         example.summary()["info"], len(example.findings), 0)


def test_cascade_has_one_row_per_graph_node_with_its_findings(example):
    rows = body(workbook([example])["Cascade"])
    graph = build_graph(example.report)
    assert sorted(row[3] for row in rows) == sorted(graph.nodes)
    numbers = {id(finding): number for number, finding in enumerate(example.findings, start=1)}
    pointed = 0
    for level, name, parents, key, count, worst, listed in rows:
        assert (level.lower().replace(" ", "_"), name) == (graph.nodes[key]["kind"],
                                                           graph.nodes[key]["name"])
        own = [f for f in example.findings if key in
               {loc.node for loc in (f.location, *(r.location for r in f.related))}]
        assert count == len(own)
        assert listed == (", ".join(str(numbers[id(f)]) for f in own) or None)
        assert worst == (max(f.severity for f in own).label.replace("error", "kesalahan")
                         .replace("warning", "peringatan") if own else None)
        if parents:
            assert set(parents.split("; ")) == {
                graph.nodes[p]["name"] for p in graph.predecessors(key)}
        pointed += bool(own)
    assert pointed >= 3
    assert rows[0][0] == "Tujuan"  # the tree starts at its roots


def test_several_documents_are_told_apart_and_numbered_through(example, checked):
    defect = checked(DEFECTS / "kecamatan-padang-ilalang-2023.txt")
    book = workbook([example, defect])
    findings = body(book["Temuan"])
    assert header(book["Temuan"])[1] == "Dokumen"
    assert len(findings) == len(example.findings) + len(defect.findings)
    assert [row[0] for row in findings] == list(range(1, len(findings) + 1))
    assert [row[1] for row in findings] == (
        [example.report.path] * len(example.findings) + [defect.report.path] * len(
            defect.findings))
    summary = body(book["Ringkasan"])
    assert {row[0] for row in summary} == {example.report.path, defect.report.path}
    cascade = body(book["Cascade"])
    assert header(book["Cascade"])[0] == "Dokumen"
    assert Counter(row[0] for row in cascade) == {
        example.report.path: build_graph(example.report).number_of_nodes(),
        defect.report.path: build_graph(defect.report).number_of_nodes()}
    # the second document's findings carry numbers after the first document's
    later = [int(n) for row in cascade if row[0] == defect.report.path and row[7]
             for n in row[7].split(", ")]
    assert later and min(later) > len(example.findings)


def test_a_batch_gets_the_regional_summary_sheet(example, checked):
    defect = checked(DEFECTS / "kecamatan-padang-ilalang-2023.txt")
    assert "Wilayah" not in workbook([example]).sheetnames
    book = workbook([example, defect])
    rows = body(book["Wilayah"])
    assert header(book["Wilayah"])[:3] == ("Laporan", "Tahun", "Kesalahan")
    reports = rows[:2]
    assert [row[0] for row in reports] == [example.report.meta.agency,
                                           defect.report.meta.agency]
    errors = [sum(f.severity.label == "error" for f in r.findings) for r in (example, defect)]
    assert [row[2] for row in reports] == errors
    assert rows[2][0] == "Jumlah" and rows[2][2] == sum(errors)
    # then the rules most often broken, each with its findings over the batch
    broken = Counter(f.rule for r in (example, defect) for f in r.findings)
    listed = {row[0]: row[2] for row in rows[6:] if row[0]}
    assert listed and all(broken[rule] == count for rule, count in listed.items())
    assert "Region" in workbook([example, defect], "en").sheetnames


def hostile_example(tmp_path: Path) -> Path:
    """The example with a kegiatan and two programs given names a spreadsheet would run."""
    text = EXAMPLE.read_text(encoding="utf-8")
    for old, new in (
        ("Administrasi Umum Perangkat Daerah", HYPERLINK.replace('"', '\\"')),
        ("Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", PLUS),
        ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", SCRIPT),
    ):
        assert old in text
        text = text.replace(old, new)
    path = tmp_path / "hostile.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_text_that_looks_like_a_formula_stays_text(tmp_path, checked):
    result = checked(hostile_example(tmp_path))
    book = workbook([result])
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    by_value = {cell.value: cell for cell in cells}
    for name in (HYPERLINK, PLUS, SCRIPT):
        assert name in by_value, name
        assert by_value[name].data_type == "s"
    assert by_value[HYPERLINK].quotePrefix and by_value[PLUS].quotePrefix
    assert not by_value[SCRIPT].quotePrefix
    assert not [cell for cell in cells if cell.data_type == "f"]
    messages = [row[2] for row in body(book["Temuan"])]
    assert any(HYPERLINK in message for message in messages)  # BUD001 names the kegiatan


def test_no_formula_reaches_the_file(tmp_path, checked):
    data = render_xlsx([checked(hostile_example(tmp_path))], RenderOptions())
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = [archive.read(name).decode() for name in archive.namelist()
                 if name.startswith("xl/") and name.endswith(".xml")]
    assert not any("<f>" in part or "<f " in part for part in parts)
    text = "".join(parts)
    assert '=HYPERLINK("http://x","y")' in text or (
        "=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)" in text)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text


def test_control_characters_do_not_break_the_workbook(example):
    finding = example.findings[0]
    bell = type(finding)(**{**finding.__dict__,
                            "message": {"id": "a\x07b\x1bc", "en": "a\x07b\x1bc"}})
    rows = body(workbook([DocumentResult(example.report, (bell,))])["Temuan"])
    assert rows[0][2] == "a\\x07b\\x1bc"


def test_same_results_same_bytes(example):
    first = render_xlsx([example], RenderOptions())
    assert render_xlsx([example], RenderOptions()) == first
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {info.date_time for info in archive.infolist()} == {
            FIXED_TIME.timetuple()[:6]}
    assert load_workbook(io.BytesIO(first)).properties.modified == FIXED_TIME


def test_no_findings_still_gives_three_sheets(example):
    book = workbook([DocumentResult(example.report, ())])
    assert body(book["Temuan"]) == []
    assert body(book["Ringkasan"]) == [(example.report.path, example.report.meta.agency,
                                        example.report.meta.year, "Jumlah", 0, 0, 0, 0, 0)]
    assert len(body(book["Cascade"])) == build_graph(example.report).number_of_nodes()


def test_check_writes_the_workbook(tmp_path, capsys):
    out = tmp_path / "kkr.xlsx"
    code = main(["check", str(EXAMPLE), "--format", "xlsx", "-o", str(out)])
    assert "Traceback" not in capsys.readouterr().err
    assert code == 1  # the example has errors
    book = load_workbook(out)
    assert book.sheetnames == ["Temuan", "Ringkasan", "Cascade"]
    assert book["Temuan"].max_row > 5


def test_accepted_findings_are_counted_not_listed(example):
    kept, *accepted = example.findings
    book = workbook([DocumentResult(example.report, (kept,), tuple(accepted))], "en")
    assert [row[8] for row in body(book["Findings"])] == [kept.rule]
    *categories, total = body(book["Summary"])
    assert total[3] == "Total"
    assert total[7:] == (1, len(accepted))
    assert sum(row[8] for row in categories) == len(accepted)
