"""CAS012 (the cascading lampiran's targets are the Perjanjian Kinerja's) and the reading
of the cascading lampiran, on small text reports of Kecamatan Sukamaju on 2024 written for
the project: ``cascading_targets_defects.txt`` prints a PK and a cascading lampiran
("Tujuan | Indikator Tujuan | Target | Sasaran | Indikator Sasaran | Target | Program |
...") in which two sasaran targets differ from the PK's, one of them under a misspelt
indicator name; ``cascading_targets_clean.txt`` holds the look-alikes the rule must leave
alone (the same targets written otherwise, a grade for a score with that grade, a
program's indicator named like a PK indicator, an indicator the PK does not agree,
another year's cascading, a table after the cascading's section)."""

from __future__ import annotations

from pathlib import Path

from checker.extract import extract_report
from checker.model import Report
from checker.readers.structured import load_structured
from checker.serialize import report_to_data
from checker.text import parse_source

FIXTURES = Path(__file__).parent / "fixtures"
CASCADING = "LAMPIRAN III CASCADING KINERJA KECAMATAN SUKAMAJU"
PK = "Tabel 2.3 Perjanjian Kinerja Camat Sukamaju Tahun 2024"


def _report(name: str) -> Report:
    path = FIXTURES / name
    return extract_report(parse_source(path.read_text(encoding="utf-8"), str(path)))


def test_cas012_reports_a_cascading_target_other_than_the_pk(check_text):
    assert check_text("cascading_targets_defects.txt", "CAS012") == [
        ("CAS012", 28, "Target 2024 indikator 'Nilai rata-rata Indeks Desa Membangun (IDM)' "
         f"di lampiran cascading ({CASCADING}, baris 28) tertulis 0,6700, tetapi Perjanjian "
         f"Kinerja ({PK}, baris 14) menetapkan 0,6850."),
        ("CAS012", 29, "Target 2024 indikator 'Persentase desa yang tertib adminstrasi' di "
         f"lampiran cascading ({CASCADING}, baris 29) tertulis 70,00, tetapi Perjanjian "
         f"Kinerja ({PK}, baris 15) menetapkan 75,00%."),
    ]


def test_cas012_speaks_english(check_text):
    messages = [m for _, _, m in check_text("cascading_targets_defects.txt", "CAS012",
                                            lang="en")]
    assert messages[0] == (
        "The 2024 target of indikator 'Nilai rata-rata Indeks Desa Membangun (IDM)' in the "
        f"cascading lampiran ({CASCADING}, line 28) is 0,6700, but the Perjanjian Kinerja "
        f"({PK}, line 14) sets 0,6850.")


def test_cas012_leaves_the_look_alikes_alone(check_text):
    assert check_text("cascading_targets_clean.txt", "CAS012") == []


def test_the_cascading_gives_its_tujuan_and_sasaran_rows_not_its_programs():
    report = _report("cascading_targets_defects.txt")
    assert [(table.kind, table.name) for table in report.target_tables] == [
        ("cascading", CASCADING)]
    assert [(row.where.line, row.level, row.item, row.indikator,
             {year: figure.raw for year, figure in row.targets.items()})
            for row in report.target_tables[0].rows] == [
        (26, "tujuan", "Meningkatnya kualitas penyelenggaraan pemerintahan dan pelayanan "
         "publik", "Indeks Kepuasan Masyarakat", {2024: "82,00"}),
        (26, "sasaran", "Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan Masyarakat",
         {2024: "82,00"}),
        (27, "sasaran", "Meningkatnya kualitas pelayanan publik", "Nilai SAKIP Kecamatan",
         {2024: "66,00"}),
        (28, "sasaran", "Meningkatnya kualitas penyelenggaraan pemerintahan desa",
         "Nilai rata-rata Indeks Desa Membangun (IDM)", {2024: "0,6700"}),
        (29, "sasaran", "Meningkatnya kualitas penyelenggaraan pemerintahan desa",
         "Persentase desa yang tertib adminstrasi", {2024: "70,00"}),
    ]


def test_only_tables_titled_cascading_are_the_cascading():
    report = _report("cascading_targets_clean.txt")
    # The Rencana Kinerja Tahunan after the cascading's section is not part of it; the
    # 2025 cascading is, with its year's target (compared with no PK of 2024).
    assert [(table.name, table.where.line) for table in report.target_tables] == [
        (CASCADING, 25), ("Cascading Kinerja Tahun 2025 (setelah reviu Renstra)", 34)]
    assert [{year: figure.raw for year, figure in row.targets.items()}
            for row in report.target_tables[1].rows] == [{2025: "84,00"}]


def test_the_cascading_round_trips_through_the_structured_form():
    report = _report("cascading_targets_defects.txt")
    again = load_structured(report_to_data(report), report.path)
    assert again.target_tables == report.target_tables


def test_cas012_answers_to_the_pk_perubahan_in_force(check):
    """A PK Perubahan replaces the PK: the cascading's target must be the new one."""
    body = """
        [[agreements]]
        sasaran = "Meningkatnya kualitas pelayanan publik"
        indikator = "Indeks Kepuasan Masyarakat"
        target = "80,00"
        document = "pk"
        line = 12
        table = "Tabel 2.3"

        [[agreements]]
        sasaran = "Meningkatnya kualitas pelayanan publik"
        indikator = "Indeks Kepuasan Masyarakat"
        target = "82,00"
        document = "pk_perubahan"
        line = 20
        table = "Tabel 2.4"

        [[target_tables]]
        table = "Lampiran III Cascading"
        kind = "cascading"
        line = 60

        [[target_tables.rows]]
        level = "sasaran"
        item = "Meningkatnya kualitas pelayanan publik"
        indikator = "Indeks Kepuasan Masyarakat"
        targets = { 2024 = "FIGURE" }
        line = 61
        """
    assert [(f.rule, f.location.line, f.expected, f.actual)
            for f in check(body.replace("FIGURE", "80,00"), "CAS012").findings] == [
        ("CAS012", 61, "82,00", "80,00")]
    assert check(body.replace("FIGURE", "82,00"), "CAS012").findings == ()
