"""checker.readers.structured: TOML/JSON reports into the model, with lines and clear errors."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from checker.config import Config
from checker.engine import check_report
from checker.errors import InputError
from checker.model import Level, Number
from checker.readers._toml_lines import header_spans
from checker.readers.structured import load_structured, read_json, read_toml, schema_errors

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "core"
REPORT_TOML = FIXTURES / "report.toml"
REPORT_JSON = FIXTURES / "report.json"
BAD_TARGET = FIXTURES / "bad_agreement_target.toml"


def _read_toml(path: Path):
    return read_toml(path, path.read_bytes())


def _header_lines(path: Path, header: str) -> list[int]:
    """1-based lines of every ``[[header]]`` in the file, found independently of the reader."""
    pattern = re.compile(rf"^\s*\[\[\s*{re.escape(header)}\s*\]\]")
    lines = path.read_text(encoding="utf-8").splitlines()
    return [n for n, line in enumerate(lines, start=1) if pattern.match(line)]


def _line_of(path: Path, text: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, start=1) if text in line)


# -- TOML: the model and its line spans -----------------------------------------------


def test_toml_meta():
    report = _read_toml(REPORT_TOML)
    assert report.format == "toml"
    assert report.path == str(REPORT_TOML)
    assert report.meta.agency == "Kecamatan Sukamaju"
    assert report.meta.year == 2024
    assert report.meta.where.line == _line_of(REPORT_TOML, "[meta]")


def test_toml_items_get_the_line_of_their_header():
    report = _read_toml(REPORT_TOML)
    item_lines = _header_lines(REPORT_TOML, "budgets.items")
    items = list(report.budgets[0].walk())
    assert len(items) == len(item_lines) == 5
    assert [item.where.line for item in items] == item_lines
    assert all(item.where.table == "Tabel 3.4" for item in items)
    # The span ends at the item's last key, before the blank line and the next header.
    first = items[0]
    assert first.where.end_line == _line_of(REPORT_TOML, 'persen = "90,00"')

    agreement_lines = _header_lines(REPORT_TOML, "agreements")
    assert [a.where.line for a in report.agreements] == agreement_lines
    rows = report.achievements[0].rows
    assert [r.where.line for r in rows] == _header_lines(REPORT_TOML, "achievements.rows")
    assert report.budgets[0].where.line == _header_lines(REPORT_TOML, "budgets")[0]


def test_finding_provenance_line_is_the_budget_item_header_line(tmp_path, registry):
    path = tmp_path / "r.toml"
    path.write_text(
        "[meta]\nagency = \"Kecamatan Sukamaju\"\nyear = 2024\n\n"
        "[[budgets]]\ntable = \"Tabel 3.4\"\nkind = \"alokasi\"\n\n"
        "[[budgets.items]]\nlevel = \"program\"\nname = \"Program A\"\npagu = \"100\"\n\n"
        "[[budgets.items]]\nlevel = \"kegiatan\"\nname = \"Kegiatan B\"\n"
        "pagu = \"#DIV/0!\"\n",
        encoding="utf-8",
    )
    report = read_toml(path, path.read_bytes())
    rules = [registry.rule("INP001")]
    findings = check_report(report, rules, Config()).findings
    assert len(findings) == 1
    header_line = _header_lines(path, "budgets.items")[1]
    assert header_line == 14
    assert findings[0].rule == "INP001"
    assert findings[0].location.line == header_line
    assert findings[0].location.table == "Tabel 3.4"


def test_unreadable_figures_become_doubts_not_errors():
    report = _read_toml(REPORT_TOML)
    assert [(d.kind, d.raw) for d in report.doubts] == [("number", "7 Desa/ 1 Kel")]
    doubt = report.doubts[0]
    assert doubt.where.line == _header_lines(REPORT_TOML, "agreements")[1]
    # The problem is one text, or one per language: either way it names the field.
    texts = [doubt.problem] if isinstance(doubt.problem, str) else list(doubt.problem.values())
    assert texts and all("target" in text and "7 Desa/ 1 Kel" in text for text in texts)
    # The figure is kept as printed with no value: nothing guessed.
    assert report.agreements[1].target == Number("7 Desa/ 1 Kel", None)


def test_figures_are_read_as_decimals():
    report = _read_toml(REPORT_TOML)
    program = report.budgets[0].items[0]
    assert program.pagu == Number("1.000.000", Decimal(1000000))
    assert program.persen is not None and program.persen.value == Decimal("90.00")
    assert report.agreements[0].target == Number("80,50", Decimal("80.50"))
    assert report.plan.indikator[0].targets[2024].value == Decimal("80.50")
    assert report.budgets[0].total_pagu is not None
    assert report.budgets[0].total_pagu.value == Decimal(1000000)


def test_figure_given_as_raw_and_value():
    report = _read_toml(REPORT_TOML)
    sub = report.budgets[0].items[0].children[0].children[0]
    assert sub.name == "Penyediaan Gaji dan Tunjangan ASN"
    assert sub.pagu == Number("Rp. 600,000,00", Decimal("600000.00"))
    assert str(sub.pagu) == "Rp. 600,000,00"
    assert sub.pagu.decimals == 2


def test_figure_raw_with_null_value_and_numeric_figures():
    report = load_structured(
        {
            "meta": {"agency": "X", "year": 2024},
            "agreements": [
                {"sasaran": "S", "indikator": "Nilai SAKIP",
                 "target": {"raw": "BB", "value": None}},
                {"sasaran": "S", "indikator": "IKM", "target": 70.15},
                {"sasaran": "S", "indikator": "Jumlah", "target": 12},
            ],
        }
    )
    targets = [a.target for a in report.agreements]
    assert targets[0] == Number("BB", None)
    assert targets[1] == Number("70.15", Decimal("70.15"))  # exact, not the binary float
    assert targets[2] == Number("12", Decimal(12))
    assert report.doubts == ()


def test_flat_budget_items_are_nested_into_a_tree():
    report = _read_toml(REPORT_TOML)
    table = report.budgets[0]
    assert [i.level for i in table.items] == [Level.PROGRAM]
    program = table.items[0]
    assert [k.name for k in program.children] == [
        "Administrasi Keuangan Perangkat Daerah",
        "Administrasi Kepegawaian Perangkat Daerah",
    ]
    assert [[s.name for s in k.children] for k in program.children] == [
        ["Penyediaan Gaji dan Tunjangan ASN"],
        ["Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi"],
    ]
    assert len(table.at_level(Level.SUB_KEGIATAN)) == 2
    assert len(list(table.walk())) == 5


def test_nesting_of_two_programs_and_a_table_starting_at_kegiatan():
    def item(level: str, name: str) -> dict:
        return {"level": level, "name": name}

    report = load_structured(
        {
            "meta": {"agency": "X", "year": 2024},
            "budgets": [
                {"table": "A", "kind": "alokasi", "items": [
                    item("program", "P1"), item("kegiatan", "K1"), item("sub_kegiatan", "S1"),
                    item("sub_kegiatan", "S2"), item("program", "P2"), item("kegiatan", "K2"),
                ]},
                {"table": "B", "kind": "alokasi", "items": [
                    item("kegiatan", "K1"), item("sub_kegiatan", "S1"), item("kegiatan", "K2"),
                ]},
            ],
        }
    )
    first, second = report.budgets

    def shape(items):
        return [(i.name, shape(i.children)) for i in items]

    assert shape(first.items) == [
        ("P1", [("K1", [("S1", []), ("S2", [])])]),
        ("P2", [("K2", [])]),
    ]
    assert shape(second.items) == [("K1", [("S1", [])]), ("K2", [])]


def test_plan_is_read():
    report = _read_toml(REPORT_TOML)
    assert [t.id for t in report.plan.tujuan] == ["T1"]
    assert report.plan.sasaran[0].tujuan == "T1"
    indikator = report.plan.indikator[0]
    assert indikator.sasaran == "S1"
    assert sorted(indikator.targets) == [2024, 2025]


def test_report_text_lines_are_kept():
    report = _read_toml(REPORT_TOML)
    assert report.text == tuple(REPORT_TOML.read_text(encoding="utf-8").splitlines())


def test_inline_array_items_do_not_get_wrong_lines(tmp_path):
    # Items written inline have no header; they must not borrow other headers' lines.
    path = tmp_path / "r.toml"
    path.write_text(
        "[meta]\nagency = \"X\"\nyear = 2024\n\n"
        "[[budgets]]\ntable = \"T\"\nkind = \"alokasi\"\n"
        "items = [{ level = \"program\", name = \"P\", pagu = \"1\" },"
        " { level = \"kegiatan\", name = \"K\", pagu = \"1\" }]\n",
        encoding="utf-8",
    )
    report = read_toml(path, path.read_bytes())
    assert all(item.where.line is None for item in report.budgets[0].walk())


def test_explicit_line_wins_over_header(tmp_path):
    path = tmp_path / "r.toml"
    path.write_text(
        "[meta]\nagency = \"X\"\nyear = 2024\n\n[[agreements]]\nsasaran = \"S\"\nline = 596\n",
        encoding="utf-8",
    )
    report = read_toml(path, path.read_bytes())
    assert report.agreements[0].where.line == 596
    assert report.agreements[0].where.end_line is None


def test_header_spans():
    text = "[meta]\na = 1\n\n[[x.items]] # first\nb = 1\n# note\n\n[[x.items]]\nc = 2\n"
    spans = header_spans(text)
    assert spans["meta"] == [(1, 2)]
    assert spans["x.items"] == [(4, 5), (8, 9)]


def test_bug_inline_total_takes_the_next_tables_total_header(tmp_path):
    """A table whose total is written inline (``total = {...}``) takes the span of the
    *next* table's ``[budgets.total]`` header, and that next table then falls back to
    its own header line: both totals point at the wrong line."""
    path = tmp_path / "r.toml"
    path.write_text(
        "[meta]\nagency = \"X\"\nyear = 2024\n\n"
        "[[budgets]]\ntable = \"Tabel 2.3\"\nkind = \"alokasi\"\ntotal = { pagu = \"100\" }\n\n"
        "[[budgets.items]]\nlevel = \"program\"\nname = \"P\"\npagu = \"100\"\n\n"
        "[[budgets]]\ntable = \"Tabel 3.4\"\nkind = \"alokasi\"\n\n"
        "[[budgets.items]]\nlevel = \"program\"\nname = \"P\"\npagu = \"100\"\n\n"
        "[budgets.total]\npagu = \"100\"\n",
        encoding="utf-8",
    )
    report = read_toml(path, path.read_bytes())
    first, second = report.budgets
    total_header = _line_of(path, "[budgets.total]")
    assert second.total_where.line == total_header
    # The first table's total is inside the first table (its inline total or its header).
    assert first.total_where.line is not None
    assert first.total_where.line < second.where.line


def test_scale_is_read(tmp_path):
    path = tmp_path / "r.toml"
    path.write_text(
        "[meta]\nagency = \"X\"\nyear = 2024\n\n[scale]\ntable = \"Tabel 3.2\"\n"
        "bands = [{ label = \"Sangat Tinggi\", low = 91 },"
        " { label = \"Tinggi\", low = \"76\", high = 90.5 }]\n",
        encoding="utf-8",
    )
    scale = read_toml(path, path.read_bytes()).scale
    assert scale is not None
    assert scale.where.line == 5 and scale.where.table == "Tabel 3.2"
    assert [(b.label, b.low, b.high) for b in scale.bands] == [
        ("Sangat Tinggi", Decimal(91), None), ("Tinggi", Decimal(76), Decimal("90.5"))]
    assert scale.label_for(Decimal("95")) == "Sangat Tinggi"
    assert scale.label_for(Decimal("90.7")) == "Tinggi"  # between bands: the lower one


def test_bug_scale_bound_with_decimal_comma_escapes_as_invalid_operation(tmp_path):
    """The schema allows a band bound as a string, and reports print scales the
    Indonesian way ("91,00"); _build._bound does Decimal(str(value)), so the reader
    raises decimal.InvalidOperation: not an InputError, and no field path. Expected:
    the bound read as 91.00 (as parse_number does), or an InputError naming it."""
    path = tmp_path / "r.toml"
    path.write_text(
        "[meta]\nagency = \"X\"\nyear = 2024\n\n[scale]\n"
        "bands = [{ label = \"Sangat Tinggi\", low = \"91,00\" }]\n",
        encoding="utf-8",
    )
    try:
        report = read_toml(path, path.read_bytes())
    except InputError as exc:
        assert "scale" in str(exc)
    else:
        assert report.scale is not None
        assert report.scale.bands[0].low == Decimal("91.00")


@pytest.mark.parametrize(
    ("suffix", "text"),
    [
        (".toml", "[meta]\nagency = \"X\"\nyear = 2024\n\n[[agreements]]\n"
                  "sasaran = \"S\"\ntarget = nan\n"),
        (".toml", "[meta]\nagency = \"X\"\nyear = 2024\n\n[[agreements]]\n"
                  "sasaran = \"S\"\ntarget = inf\n"),
        (".json", '{"meta": {"agency": "X", "year": 2024},'
                  ' "agreements": [{"sasaran": "S", "target": NaN}]}'),
    ],
    ids=["toml-nan", "toml-inf", "json-NaN"],
)
def test_bug_nan_and_infinity_figures_are_taken_as_numbers(tmp_path, suffix, text):
    """TOML ``nan``/``inf`` and JSON ``NaN`` pass the schema ("type": "number") and
    ModelBuilder.figure turns the float into Decimal('NaN') / Decimal('Infinity').
    Rules then compare with it: CAP001 crashes on a NaN target (an internal finding,
    exit 2) instead of the reader reporting an unreadable figure. Expected: an
    InputError, or a figure without value (a doubt, so INP001 reports it)."""
    path = tmp_path / f"r{suffix}"
    path.write_text(text, encoding="utf-8")
    reader = read_toml if suffix == ".toml" else read_json
    try:
        report = reader(path, path.read_bytes())
    except InputError:
        return
    target = report.agreements[0].target
    assert target is not None
    assert target.value is None or target.value.is_finite(), f"{target!r} is not a figure"


# -- JSON -----------------------------------------------------------------------------


def test_json_reading():
    report = read_json(REPORT_JSON, REPORT_JSON.read_bytes())
    assert report.format == "json"
    assert report.meta.agency == "Dinas Contoh"
    assert report.meta.year == 2023
    assert [a.where.line for a in report.agreements] == [12, 13]
    assert report.agreements[0].target == Number("B", None)
    assert report.agreements[1].target == Number("95.5", Decimal("95.5"))
    table = report.budgets[0]
    assert table.where.line == 40
    assert [i.where.line for i in table.walk()] == [42, 43, 44]
    kegiatan = table.items[0].children[0]
    assert kegiatan.pagu == Number("Rp -", Decimal(0))
    assert [(d.raw, d.where.line, d.where.table) for d in report.doubts] == [
        ("#DIV/0!", 44, "Tabel 2.1")
    ]


def test_invalid_json_names_line_and_column(tmp_path):
    path = tmp_path / "r.json"
    path.write_text('{"meta": {"agency": "X",\n "year": 2024,}}', encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_json(path, path.read_bytes())
    message = str(info.value)
    assert message.startswith(str(path))
    assert "invalid JSON" in message and "line 2" in message
    assert "\n" not in message


def test_json_top_level_must_be_an_object(tmp_path):
    path = tmp_path / "r.json"
    path.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(InputError, match="top level"):
        read_json(path, path.read_bytes())


# -- errors -----------------------------------------------------------------------------


def test_schema_violation_names_the_path_and_the_count():
    with pytest.raises(InputError) as info:
        _read_toml(BAD_TARGET)
    message = str(info.value)
    assert message.startswith(str(BAD_TARGET))
    assert "1 schema violation" in message
    assert "agreements[2].target" in message
    assert "\n" not in message
    assert info.value.path == str(BAD_TARGET)


def test_several_schema_violations_are_counted(tmp_path):
    path = tmp_path / "r.toml"
    text = BAD_TARGET.read_text(encoding="utf-8").replace(
        'target = "80,50"', "target = [1]"
    ).replace('agency = "Kecamatan Sukamaju"', 'agency = ""')
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_toml(path, path.read_bytes())
    message = str(info.value)
    assert "3 schema violations" in message
    for where in ("agreements[0].target", "agreements[2].target", "meta.agency"):
        assert where in message


def test_missing_meta_is_a_schema_violation(tmp_path):
    path = tmp_path / "r.toml"
    path.write_text('[[agreements]]\nsasaran = "S"\n', encoding="utf-8")
    with pytest.raises(InputError, match="'meta' is a required property"):
        read_toml(path, path.read_bytes())


def test_many_violations_are_cut_short():
    document = {
        "meta": {"agency": "X", "year": 2024},
        "agreements": [{"sasaran": "S", "target": True} for _ in range(13)],
    }
    with pytest.raises(InputError) as info:
        load_structured(document)
    message = str(info.value)
    assert "13 schema violations" in message
    assert "and 3 more" in message


def test_schema_errors_lists_each_violation():
    problems = schema_errors({"meta": {"agency": "X", "year": 1999}, "bogus": 1})
    assert len(problems) == 2
    assert any(p.startswith("meta.year:") for p in problems)
    assert any("bogus" in p for p in problems)


def test_bug_schema_errors_are_not_in_document_order():
    """schema_errors promises "document order", but sorts the paths as strings, so
    agreements[10] comes before agreements[2]; with more than ten violations the
    message then shows [10] and [11] and hides [8] and [9]."""
    document = {
        "meta": {"agency": "X", "year": 2024},
        "agreements": [{"sasaran": "S"} for _ in range(12)],
    }
    document["agreements"][2]["target"] = True
    document["agreements"][10]["target"] = True
    problems = schema_errors(document)
    assert [p.split(":")[0] for p in problems] == ["agreements[2].target", "agreements[10].target"]


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"[meta\nagency = 1\n", "invalid TOML"),
        (b"\x00\x01\x02binary", "binary file"),
        (b'[meta]\nagency = "Kecamatan \xff"\nyear = 2024\n', "not valid UTF-8 (line 2"),
    ],
)
def test_unreadable_toml_is_an_input_error(tmp_path, data, problem):
    path = tmp_path / "r.toml"
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_toml(path, data)
    assert problem in str(info.value)
    assert "\n" not in str(info.value)


def test_utf8_bom_is_tolerated(tmp_path):
    path = tmp_path / "r.json"
    data = "\ufeff".encode() + json.dumps({"meta": {"agency": "X", "year": 2024}}).encode()
    path.write_bytes(data)
    assert read_json(path, data).meta.agency == "X"


def test_a_negative_pagu_or_realisasi_is_a_doubt_not_a_figure(tmp_path):
    path = tmp_path / "laporan.toml"
    path.write_text(
        '[meta]\nagency = "Kecamatan X"\nyear = 2024\n\n'
        '[[budgets]]\ntable = "T"\nkind = "realisasi"\n\n'
        '[[budgets.items]]\nlevel = "program"\nname = "Program A"\n'
        'pagu = -1000\nrealisasi = "-5.000"\n',
        encoding="utf-8",
    )
    report = read_toml(path, path.read_bytes())
    item = report.budgets[0].items[0]
    assert (item.pagu.value, item.realisasi.value) == (None, None)
    assert [(d.kind, d.raw, d.where.line) for d in report.doubts] == [
        ("number", "-1000", 9), ("number", "-5.000", 9)]
