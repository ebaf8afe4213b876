"""CON014 (a tujuan's table printed twice agrees with itself) and the reading of the
tujuan's rows, on small text reports of Kecamatan Sukamaju on 2024 written for the
project: ``tujuan_targets_defects.txt`` prints its tujuan table in Bab II, a tujuan's own
row in a Bab III matrix and a copy in the lampiran, with one target changed in each
later printing, one indicator renamed and one unit changed; ``tujuan_targets_clean.txt``
holds the look-alikes the rule must leave alone (the same figures written otherwise, a
wrapped name, sasaran rows under the tujuan's, a tujuan indicator beside the sasaran's
targets, an end-of-period target, a table of other indicators, realisasi)."""

from __future__ import annotations

from pathlib import Path

from checker.extract import extract_report
from checker.model import Report
from checker.readers.structured import load_structured
from checker.serialize import report_to_data
from checker.text import parse_source

FIXTURES = Path(__file__).parent / "fixtures"
TABLE_2_1 = "Tabel 2.1 Tujuan, Indikator Tujuan dan Target Renstra 2021-2026"
TABLE_3_1 = "Tabel 3.1 Tujuan, Sasaran dan Indikator Kinerja Tahun 2024"
LAMPIRAN = "Lampiran II Tujuan dan Indikator Tujuan Renstra 2021-2026"
TUJUAN_1 = "Meningkatnya kualitas pelayanan publik di wilayah Kecamatan"


def _report(name: str) -> Report:
    path = FIXTURES / name
    return extract_report(parse_source(path.read_text(encoding="utf-8"), str(path)))


def _rows(report: Report) -> list[tuple]:
    return [(table.kind, row.where.line, row.level, row.indikator, row.unit,
             {year: figure.raw for year, figure in row.targets.items()})
            for table in report.target_tables for row in table.rows]


def test_con014_reports_each_later_printing_that_differs(check_text):
    def differs(indikator: str, tujuan: str, table: str, line: int, reference_line: int,
                detail: str) -> tuple:
        return ("CON014", line, f"Indikator tujuan '{indikator}' (tujuan '{tujuan}') di "
                f"{table} (baris {line}) berbeda dari cetakan sebelumnya di {TABLE_2_1} "
                f"(baris {reference_line}): {detail}.")

    assert check_text("tujuan_targets_defects.txt", "CON014") == [
        differs("Indeks Kepuasan Masyarakat", TUJUAN_1, TABLE_3_1, 21, 12,
                "target 2024 tertulis 79,00, di sana 80,00"),
        differs("Indeks Kepuasan Masyarakat", TUJUAN_1, LAMPIRAN, 33, 12,
                "target 2025 tertulis 82,00, di sana 81,00"),
        differs("Nilai Evaluasi Akuntabilitas Kinerja Kecamatan", TUJUAN_1, LAMPIRAN, 34, 13,
                "nama indikatornya 'Nilai Evaluasi Akuntabilitas Kinerja Kecamatan', di sana "
                "'Nilai SAKIP Kecamatan'"),
        differs("Persentase desa berstatus mandiri", "Meningkatnya kemandirian desa",
                LAMPIRAN, 35, 14, "satuannya Desa, di sana %"),
    ]


def test_con014_speaks_english(check_text):
    messages = [m for _, _, m in check_text("tujuan_targets_defects.txt", "CON014", lang="en")]
    assert messages[0] == (
        f"Tujuan indikator 'Indeks Kepuasan Masyarakat' (tujuan '{TUJUAN_1}') in {TABLE_3_1} "
        f"(line 21) differs from its earlier printing in {TABLE_2_1} (line 12): the 2024 "
        "target is 79,00 here, 80,00 there.")
    assert messages[2].endswith(": the indicator is named 'Nilai Evaluasi Akuntabilitas "
                                "Kinerja Kecamatan' here, 'Nilai SAKIP Kecamatan' there.")
    assert messages[3].endswith(": its unit is Desa here, % there.")


def test_con014_a_target_is_an_error_a_name_or_a_unit_a_warning(registry):
    from checker.config import Config
    from checker.engine import check_report

    rules = [rule for rule in registry.rules if rule.code == "CON014"]
    findings = check_report(_report("tujuan_targets_defects.txt"), rules, Config()).findings
    assert [(f.location.line, f.severity.name, f.expected, f.actual) for f in findings] == [
        (21, "ERROR", "80,00", "79,00"),
        (33, "ERROR", "81,00", "82,00"),
        (34, "WARNING", "Nilai SAKIP Kecamatan", "Nilai Evaluasi Akuntabilitas Kinerja Kecamatan"),
        (35, "WARNING", "%", "Desa"),
    ]


def test_con014_leaves_the_look_alikes_alone(check_text):
    assert check_text("tujuan_targets_clean.txt", "CON014") == []


def test_only_the_tujuan_rows_are_read():
    rows = _rows(_report("tujuan_targets_defects.txt"))
    # The Bab III matrix gives its tujuan's own row (no sasaran yet), not its sasaran's.
    assert [row for row in rows if row[1] in (21, 22)] == [
        ("tujuan", 21, "tujuan", "Indeks Kepuasan Masyarakat", "Nilai", {2024: "79,00"}),
    ]
    assert rows[0] == ("tujuan", 12, "tujuan", "Indeks Kepuasan Masyarakat", "Nilai",
                       {2024: "80,00", 2025: "81,00", 2026: "82,00"})


def test_the_look_alikes_are_read_as_they_are_printed():
    report = _report("tujuan_targets_clean.txt")
    rows = _rows(report)
    lines = {line for _, line, *_ in rows}
    # A name wrapped over two lines is one row; a sasaran row ('1.1', or named) and the
    # tujuan indicator printed beside the sasaran's targets (Tabel 2.3) are no tujuan rows.
    assert ("tujuan", 13, "tujuan",
            "Persentase pengaduan masyarakat yang diselesaikan tepat waktu", "%",
            {2024: "100,00", 2025: "100,00", 2026: "100,00"}) in rows
    assert not lines & {14, 21, 22, 27}
    # 'Target Akhir Renstra' is no year's target; a table of realisasi holds no target.
    assert [row[5] for row in rows if row[1] == 32] == [{2024: "80,00"}]
    assert not [row for row in rows if row[1] > 55]


def test_tujuan_rows_round_trip_through_the_structured_form():
    report = _report("tujuan_targets_defects.txt")
    again = load_structured(report_to_data(report), report.path)
    assert again.target_tables == report.target_tables


FOLDED = """
    [[plan.indikator]]
    id = "I1"
    name = "Indeks Kepuasan Masyarakat"
    targets = { 2024 = "80,00" }
    line = 12
    table = "Tabel 2.1"

    [[plan.indikator]]
    id = "I2"
    name = "Indeks Kepuasan Masyarakat"
    targets = { 2024 = "79,00" }
    line = 40
    table = "Tabel 3.1"

    [[target_tables]]
    table = "Tabel 2.1"
    kind = "tujuan"
    line = 11

    [[target_tables.rows]]
    level = "tujuan"
    item = "Meningkatnya kualitas pelayanan publik"
    indikator = "Indeks Kepuasan Masyarakat"
    targets = { 2024 = "80,00", 2025 = "81,00" }
    line = 12

    [[target_tables]]
    table = "Tabel 3.1"
    kind = "tujuan"
    line = 39

    [[target_tables.rows]]
    level = "tujuan"
    item = "Meningkatnya kualitas pelayanan publik"
    indikator = "Indeks Kepuasan Masyarakat"
    targets = { 2024 = "79,00", 2025 = "LATER" }
    line = 40
"""


def test_con014_folds_into_con001_when_the_year_s_target_is_all_that_differs(check):
    """The tujuan's row of two Renstra matrices is also CON001's: one defect, one finding."""
    result = check(FOLDED.replace("LATER", "81,00"), "CON001", "CON014")
    assert [(f.rule, f.location.line, [(r.rule, r.location.line) for r in f.related])
            for f in result.findings] == [("CON001", 40, [("CON014", 40)])]


def test_con014_stands_alone_when_another_year_differs_too(check):
    """Folded, the 2025 difference CON001 does not see would be hidden in its finding."""
    result = check(FOLDED.replace("LATER", "85,00"), "CON001", "CON014")
    assert [(f.rule, f.location.line, f.related) for f in result.findings] == [
        ("CON001", 40, ()), ("CON014", 40, ())]
    assert "target 2025 tertulis 85,00, di sana 81,00" in result.findings[1].text("id")


def test_a_table_the_reader_trips_over_is_one_doubt_not_a_crash(monkeypatch):
    from checker.extract import _level_targets

    def trip(*args: object) -> None:
        raise ValueError("broken layout")

    monkeypatch.setattr(_level_targets, "_read_table", trip)
    report = _report("tujuan_targets_defects.txt")
    assert report.target_tables == ()
    internal = [doubt for doubt in report.doubts if doubt.kind == "internal"]
    assert [(doubt.where.line, doubt.raw) for doubt in internal] == [
        (11, TABLE_2_1), (20, TABLE_3_1), (32, LAMPIRAN)]
    assert report.plan.indikator  # the other readers still read the report
