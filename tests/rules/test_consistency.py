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
    """85 disagrees with three places that agree among themselves: one finding, at the
    odd place, against the figure of the majority."""
    body = PLACES.format(renstra="80", pk="80,00", iku="80 %", capaian="85")
    result = check(body, "CON001")
    assert flatten(result.findings) == [
        ("CON001", 26, "Target indikator 'Indeks Kepuasan Masyarakat' tertulis 85 di Tabel 3.1 "
         "(baris 26), tetapi 80 di Renstra (baris 9), PK (baris 14) dan IKU (baris 19)."),
    ]
    assert flatten(result.findings, "en")[0] == (
        "CON001", 26, "Target of indikator 'Indeks Kepuasan Masyarakat' is 85 in Tabel 3.1 "
        "(line 26), but 80 in Renstra (line 9), PK (line 14) and IKU (line 19).")
    first = result.findings[0]
    assert (first.expected, first.actual) == ("80", "85")
    assert (first.location.table, first.location.node) == (
        "Tabel 3.1", "indikator:indeks kepuasan masyarakat")


def test_con001_an_odd_value_printed_first_is_still_the_one_reported(check):
    """The Renstra, printed first, is the odd one out: it alone is reported, with the
    figure of the three sources after it as expected, not each of them against it."""
    body = PLACES.format(renstra="85", pk="80,00", iku="80 %", capaian="80")
    result = check(body, "CON001")
    assert flatten(result.findings) == [
        ("CON001", 9, "Target indikator 'Indeks Kepuasan Masyarakat' tertulis 85 di Renstra "
         "(baris 9), tetapi 80,00 di PK (baris 14), IKU (baris 19) dan Tabel 3.1 (baris 26)."),
    ]
    assert (result.findings[0].expected, result.findings[0].actual) == ("80,00", "85")


def test_con001_a_tie_is_decided_by_the_pk(check):
    """One source against one: the signed PK is the reference, even printed after."""
    body = PLACES.format(renstra="75", pk="80", iku="-", capaian="-")
    result = check(body, "CON001")
    assert flatten(result.findings, "en") == [
        ("CON001", 9, "Target of indikator 'Indeks Kepuasan Masyarakat' is 75 in Renstra "
         "(line 9), but 80 in PK (line 14) (as many sources each way; the signed Perjanjian "
         "Kinerja decides)."),
    ]
    assert (result.findings[0].expected, result.findings[0].actual) == ("80", "75")


def test_con001_a_pk_perubahan_decides_a_tie_in_place_of_the_pk(check):
    body = PLACES.format(renstra="80", pk="80", iku="-", capaian="80") + """
[[agreements]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "Indeks Kepuasan Masyarakat"
target = "85"
document = "pk_perubahan"
"""
    result = check(body, "CON001")
    # The change of the PK is CON004's: the Renstra agrees with the PK it was drawn from.
    # Bab III is held against the PK Perubahan, which decides the tie.
    assert [(f.location.line, f.expected, f.actual) for f in result.findings] == [
        (26, "85", "80")]


def test_con001_the_same_odd_value_printed_twice_is_one_finding(check):
    """IKU and Bab III print 85, the Renstra and the PK 80: two sources each way, so the
    PK decides, and the two printings of 85 are one finding with the copy as related."""
    body = PLACES.format(renstra="80", pk="80", iku="85", capaian="85")
    result = check(body, "CON001")
    assert flatten(result.findings) == [
        ("CON001", 19, "Target indikator 'indeks kepuasan masyarakat' tertulis 85 di IKU "
         "(baris 19), tetapi 80 di Renstra (baris 9) dan PK (baris 14) (sumbernya sama "
         "banyak; Perjanjian Kinerja yang ditandatangani menjadi acuan)."),
    ]
    assert [(r.rule, r.location.line, r.location.table) for r in result.findings[0].related] == [
        ("CON001", 26, "Tabel 3.1")]


def test_con001_copies_of_one_document_count_as_one_source(check):
    """The Renstra printed three times (Bab II and two Lampiran) does not outvote the PK
    and the IKU, which agree with each other."""
    body = PLACES.format(renstra="85", pk="80", iku="80", capaian="-") + "".join(f"""
[[plan.indikator]]
id = "IK-{n}"
name = "Indeks Kepuasan Masyarakat"
targets = {{ 2024 = "85" }}
""" for n in (2, 3))
    result = check(body, "CON001")
    assert [(f.location.line, f.expected, f.actual) for f in result.findings] == [(9, "80", "85")]
    assert len(result.findings[0].related) == 2


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
        ("CON001", 16, "Target indikator 'Nilai SAKIP' tertulis A di Tabel 3.1 (baris 16), "
         "tetapi BB di PK (baris 8) (sumbernya sama banyak; Perjanjian Kinerja yang "
         "ditandatangani menjadi acuan)."),
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
    # Only capaian tables print a realisasi: one against one, the first printed decides.
    assert flatten(result.findings) == [
        ("CON001", 34, "Realisasi indikator 'INDEKS KEPUASAN MASYARAKAT' tertulis 74,20 di "
         "Lampiran 2 Pengukuran Kinerja (baris 34), tetapi 72,40 di Tabel 3.1 (baris 26) "
         "(sumbernya sama banyak; angka yang tercetak lebih dulu menjadi acuan)."),
    ]
    assert (result.findings[0].expected, result.findings[0].actual) == ("72,40", "74,20")


def test_con001_realisasi_printed_alike_in_more_tables_is_the_reference(check):
    """Only capaian tables print a realisasi: two of them against one, the one is odd,
    even though it is printed first."""
    body = PLACES.format(renstra="80", pk="80", iku="80", capaian="80") + "".join(f"""
[[achievements]]
table = "Lampiran {n}"

[[achievements.rows]]
indikator = "Indeks Kepuasan Masyarakat"
target = "80"
realisasi = "74,20"
""" for n in (1, 2))
    result = check(body, "CON001")
    assert flatten(result.findings, "en") == [
        ("CON001", 26, "Realisasi of indikator 'Indeks Kepuasan Masyarakat' is 72,40 in "
         "Tabel 3.1 (line 26), but 74,20 in Lampiran 1 (line 34) and Lampiran 2 (line 42) "
         "(as many sources each way; the figure printed more often is the reference)."),
    ]


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
