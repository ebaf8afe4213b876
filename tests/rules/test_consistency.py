"""Consistency rules: one indicator, one target and one realisasi wherever printed.

Line numbers count the 7-line META prefix of conftest: a body's first line is line 8.
"""

from __future__ import annotations

from conftest import flatten

# Renstra target for 2024 (the report year), PK, IKU and Bab III of one indicator.
PLACES = """\
[plan]
[[plan.indikator]]
id = "IK-1"
name = "Indeks Kepuasan Masyarakat"
targets = {{ 2023 = "75", 2024 = "{renstra}" }}

[[agreements]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "Indeks Kepuasan Masyarkat"  # a typo: the graph folds it
target = "{pk}"

[[iku]]
indikator = "indeks kepuasan masyarakat"
target = "{iku}"

[[achievements]]
table = "Tabel 3.1"

[[achievements.rows]]
indikator = "Indeks Kepuasan Masyarakat"
target = "{capaian}"
realisasi = "72,40"
"""


def test_con001_same_target_written_differently_passes(check):
    body = PLACES.format(renstra="70,15", pk="70.15", iku="70,15 %", capaian="70,15")
    assert flatten(check(body, "CON001").findings) == []


def test_con001_one_odd_value_is_one_finding_at_its_place(check):
    """85 disagrees with three earlier places that agree among themselves: one finding,
    at the odd place, against the earliest."""
    body = PLACES.format(renstra="80", pk="80,00", iku="80 %", capaian="85")
    result = check(body, "CON001")
    assert flatten(result.findings) == [
        ("CON001", 26, "Target indikator 'Indeks Kepuasan Masyarakat' tertulis 80 di Renstra "
         "(baris 9), tetapi 85 di Tabel 3.1 (baris 26)."),
    ]
    assert flatten(result.findings, "en")[0] == (
        "CON001", 26, "Target of indikator 'Indeks Kepuasan Masyarakat' is 80 in Renstra "
        "(line 9), but 85 in Tabel 3.1 (line 26).")
    first = result.findings[0]
    assert (first.expected, first.actual) == ("80", "85")
    assert (first.location.table, first.location.node) == (
        "Tabel 3.1", "indikator:indeks kepuasan masyarakat")


def test_con001_letter_grades_compare_as_text(check):
    body = """\
    [[agreements]]
    sasaran = "Terwujudnya tata kelola pemerintahan yang baik"
    indikator = "Nilai SAKIP"
    target = "BB"

    [[achievements]]
    table = "Tabel 3.1"

    [[achievements.rows]]
    indikator = "Nilai SAKIP"
    target = "bb "
    realisasi = "B"

    [[achievements.rows]]
    indikator = "Indeks Desa Membangun"
    target = "0,65"
    realisasi = "0,66"
    """
    assert flatten(check(body, "CON001").findings) == []
    changed = body.replace('target = "bb "', 'target = "A"')
    assert flatten(check(changed, "CON001").findings) == [
        ("CON001", 16, "Target indikator 'Nilai SAKIP' tertulis BB di PK (baris 8), tetapi A "
         "di Tabel 3.1 (baris 16)."),
    ]


def test_con001_blank_targets_are_left_to_cas001(check):
    body = PLACES.format(renstra="-", pk="", iku="N/A", capaian="80")
    assert flatten(check(body, "CON001").findings) == []


def test_con001_pk_perubahan_replaces_the_pk_target(check):
    body = PLACES.format(renstra="85", pk="80", iku="85", capaian="85") + """
[[agreements]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "Indeks Kepuasan Masyarakat"
target = "85"
document = "pk_perubahan"
"""
    assert flatten(check(body, "CON001").findings) == []


def test_con001_differing_realisasi_in_two_capaian_tables(check):
    body = PLACES.format(renstra="80", pk="80", iku="80", capaian="80") + """
[[achievements]]
table = "Lampiran 2 Pengukuran Kinerja"

[[achievements.rows]]
indikator = "INDEKS KEPUASAN MASYARAKAT"
target = "80"
realisasi = "74,20"
"""
    result = check(body, "CON001")
    assert flatten(result.findings) == [
        ("CON001", 34, "Realisasi indikator 'INDEKS KEPUASAN MASYARAKAT' tertulis 72,40 di "
         "Tabel 3.1 (baris 26), tetapi 74,20 di Lampiran 2 Pengukuran Kinerja (baris 34)."),
    ]
    assert (result.findings[0].expected, result.findings[0].actual) == ("72,40", "74,20")


def test_con001_same_realisasi_in_two_capaian_tables_passes(check):
    body = PLACES.format(renstra="80", pk="80", iku="80", capaian="80") + """
[[achievements]]
table = "Lampiran 2 Pengukuran Kinerja"

[[achievements.rows]]
indikator = "Indeks Kepuasan Masyarakat"
target = "80,00"
realisasi = "72.4"
"""
    assert flatten(check(body, "CON001").findings) == []


GRADES = """
    [[agreements]]
    sasaran = "Terwujudnya tata kelola pemerintahan yang baik"
    indikator = "Nilai AKIP"
    target = "{pk}"

    [[iku]]
    indikator = "Nilai AKIP"
    target = "{iku}"
"""


def test_con001_a_grade_alone_agrees_with_the_score_of_that_grade(check):
    assert check(GRADES.format(pk="56 (CC Kategori)", iku="CC"), "CON001").findings == ()


def test_con001_the_same_score_with_another_grade_differs(check):
    result = check(GRADES.format(pk="56,00 (C Kategori)", iku="56 (CC Kategori)"), "CON001")
    assert [(f.rule, f.expected, f.actual) for f in result.findings] == [
        ("CON001", "56,00 (C Kategori)", "56 (CC Kategori)")]
