"""Capaian rules: recomputed capaian, sasaran means, predikat against the scale.

Line numbers count the 7-line META prefix of conftest: a body's first line is line 8.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import edited, flatten

from checker.config import Config, Tolerances
from rules._predikat import PERMENDAGRI_86_2017

IKM_ROW = """\
[[achievements]]
table = "Tabel 3.1"

[[achievements.rows]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "Indeks Kepuasan Masyarakat"
target = "80"
realisasi = "70,15"
capaian = "{capaian}"
"""


# -- CAP001 capaian-recompute ------------------------------------------------------------

def test_cap001_wrong_capaian_is_reported(check):
    result = check(IKM_ROW.format(capaian="90,00"), "CAP001")
    assert flatten(result.findings) == [
        ("CAP001", 11, "Capaian indikator 'Indeks Kepuasan Masyarakat' tertulis 90,00, "
         "sedangkan hasil hitung 70,15 / 80 x 100 = 87,69%."),
    ]


def test_cap001_english_message_expected_and_actual(check):
    result = check(IKM_ROW.format(capaian="90,00"), "CAP001")
    assert flatten(result.findings, "en") == [
        ("CAP001", 11, "Capaian of indikator 'Indeks Kepuasan Masyarakat' is stated as 90,00, "
         "but 70,15 / 80 x 100 = 87.69%."),
    ]
    (finding,) = result.findings
    assert (finding.expected, finding.actual) == ("87.69", "90.00")
    assert finding.location.table == "Tabel 3.1"
    assert finding.location.node == "indikator:indeks kepuasan masyarakat"


def test_cap001_rounded_or_truncated_capaian_is_right(check):
    # 70,15 / 80 x 100 = 87,6875: rounded 87,69, truncated 87,68, one decimal 87,7.
    for printed in ("87,69", "87,68", "87,7", "87,6", "88", "87,69 %"):
        assert flatten(check(IKM_ROW.format(capaian=printed), "CAP001").findings) == []


def test_cap001_neither_rounded_nor_truncated_is_wrong(check):
    result = check(IKM_ROW.format(capaian="87,67"), "CAP001")
    assert [(f.rule, f.location.line, f.expected, f.actual) for f in result.findings] == [
        ("CAP001", 11, "87.69", "87.67"),
    ]


def test_cap001_computed_value_is_shown_rounded_half_up(check):
    # 69,70 / 80 x 100 = 87,125 exactly: the report would print 87,13 (or 87,12 truncated).
    body = IKM_ROW.replace('"70,15"', '"69,70"')
    assert flatten(check(body.format(capaian="87,12"), "CAP001").findings) == []
    result = check(body.format(capaian="87,10"), "CAP001")
    assert flatten(result.findings) == [
        ("CAP001", 11, "Capaian indikator 'Indeks Kepuasan Masyarakat' tertulis 87,10, "
         "sedangkan hasil hitung 69,70 / 80 x 100 = 87,13%."),
    ]
    assert result.findings[0].expected == "87.13"


def test_cap001_percent_tolerance_gives_slack(check):
    config = Config(tolerances=Tolerances(percent=Decimal("0.5")))
    assert flatten(check(IKM_ROW.format(capaian="88,10"), "CAP001", config=config).findings) == []
    assert len(check(IKM_ROW.format(capaian="88,30"), "CAP001", config=config).findings) == 1


NEGATIVE = """\
[[achievements]]
table = "Tabel 3.2"

[[achievements.rows]]
indikator = "Persentase penduduk miskin"
polarity = "negative"
target = "10"
realisasi = "8"
capaian = "{capaian}"
"""


def test_cap001_negative_polarity_uses_two_targets_minus_realisasi(check):
    # Lower is better: (2 x 10 - 8) / 10 x 100 = 120, not 8 / 10 x 100 = 80.
    assert flatten(check(NEGATIVE.format(capaian="120"), "CAP001").findings) == []
    result = check(NEGATIVE.format(capaian="80"), "CAP001")
    assert flatten(result.findings) == [
        ("CAP001", 11, "Capaian indikator 'Persentase penduduk miskin' tertulis 80, "
         "sedangkan hasil hitung (2 x 10 - 8) / 10 x 100 = 120,00%."),
    ]


def test_cap001_skips_letter_grades_na_and_zero_target(check):
    body = """\
    [[achievements]]
    table = "Tabel 3.1"

    [[achievements.rows]]
    indikator = "Nilai SAKIP"
    target = "B"
    realisasi = "BB"
    capaian = "100"

    [[achievements.rows]]
    indikator = "Jumlah pengaduan"
    target = "0"
    realisasi = "3"
    capaian = "100"

    [[achievements.rows]]
    indikator = "Indeks Desa Membangun"
    target = "0,65"
    realisasi = "N/A"
    capaian = "100"

    [[achievements.rows]]
    indikator = "Persentase dokumen tepat waktu"
    target = "100"
    realisasi = "100"
    capaian = "CC"
    """
    assert flatten(check(body, "CAP001").findings) == []


# -- CAP002 capaian-sasaran-mean -----------------------------------------------------------

SASARAN = """\
[[achievements]]
table = "Tabel 3.1"

[[achievements.rows]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "Indeks Kepuasan Masyarakat"
target = "80"
realisasi = "72"
capaian = "90,00"

[[achievements.rows]]
sasaran = "Meningkatnya Kualitas Pelayanan Publik."
indikator = "Persentase layanan selesai tepat waktu"
target = "90"
realisasi = "90"

[[achievements.rows]]
sasaran = "Meningkatnya partisipasi masyarakat"
indikator = "Jumlah musrenbang"
target = "10"
realisasi = "5"
capaian = "50"

[[achievements.summaries]]
sasaran = "Meningkatnya kualitas pelayanan publik"
capaian = "{capaian}"
"""


def test_cap002_summary_is_the_mean_of_its_sasaran(check):
    # (90 stated + 100 recomputed) / 2 = 95; the other sasaran's 50 is not counted.
    assert flatten(check(SASARAN.format(capaian="95,00"), "CAP002").findings) == []


def test_cap002_wrong_mean_is_reported(check):
    result = check(SASARAN.format(capaian="80,00"), "CAP002")
    assert flatten(result.findings) == [
        ("CAP002", 31, "Capaian sasaran 'Meningkatnya kualitas pelayanan publik' tertulis "
         "80,00, sedangkan rata-rata capaian 2 indikatornya 95,00%."),
    ]
    assert flatten(result.findings, "en") == [
        ("CAP002", 31, "Capaian of sasaran 'Meningkatnya kualitas pelayanan publik' is stated "
         "as 80,00, but the mean capaian of its 2 indicators is 95.00%."),
    ]
    (finding,) = result.findings
    assert (finding.expected, finding.actual) == ("95.00", "80.00")


def test_cap002_rows_without_sasaran_belong_to_the_only_summary(check):
    body = """\
    [[achievements]]
    table = "Tabel 3.3 Capaian Sasaran 2"

    [[achievements.rows]]
    indikator = "Jumlah musrenbang"
    capaian = "50"

    [[achievements.rows]]
    indikator = "Jumlah forum warga"
    capaian = "70"

    [[achievements.summaries]]
    sasaran = "Meningkatnya partisipasi masyarakat"
    capaian = "65"
    """
    assert flatten(check(body, "CAP002").findings) == [
        ("CAP002", 19, "Capaian sasaran 'Meningkatnya partisipasi masyarakat' tertulis 65, "
         "sedangkan rata-rata capaian 2 indikatornya 60,00%."),
    ]


def test_cap002_skips_a_sasaran_with_an_unknown_capaian(check):
    body = """\
    [[achievements]]
    table = "Tabel 3.1"

    [[achievements.rows]]
    sasaran = "Terwujudnya tata kelola"
    indikator = "Nilai SAKIP"
    target = "B"
    realisasi = "BB"

    [[achievements.rows]]
    sasaran = "Terwujudnya tata kelola"
    indikator = "Opini BPK"
    capaian = "100"

    [[achievements.summaries]]
    sasaran = "Terwujudnya tata kelola"
    capaian = "75"
    """
    assert flatten(check(body, "CAP002").findings) == []


# -- CAP002 after CAP001: one defect, one finding ------------------------------------------

# The IKM row states 95,00 where 72 / 80 x 100 = 90,00 (a CAP001 at line 11).
MISCOMPUTED_ROW = ('realisasi = "72"\ncapaian = "90,00"', 'realisasi = "72"\ncapaian = "95,00"')


def test_cap002_wrong_only_because_of_a_miscomputed_row_is_folded_into_cap001(check):
    """95,00 is the mean of the recomputed 90,00 and 100; it differs from the mean of the
    printed figures (97,50) only because of the IKM row: one defect, reported once."""
    body = edited(SASARAN.format(capaian="95,00"), MISCOMPUTED_ROW)
    result = check(body, "CAP001", "CAP002")
    assert [(f.rule, f.location.line) for f in result.findings] == [("CAP001", 11)]
    assert [(r.rule, r.location.line, r.location.table) for r in result.findings[0].related] == [
        ("CAP002", 31, "Tabel 3.1")]


def test_cap002_wrong_whatever_its_rows_say_stays_beside_cap001(check):
    """80,00 is neither the mean of the printed (97,50) nor of the recomputed (95,00)
    capaian: the sasaran's figure is a defect of its own."""
    body = edited(SASARAN.format(capaian="80,00"), MISCOMPUTED_ROW)
    result = check(body, "CAP001", "CAP002")
    assert [(f.rule, f.location.line, f.related) for f in result.findings] == [
        ("CAP001", 11, ()), ("CAP002", 31, ())]


def test_cap002_stays_when_cap001_is_not_run(check):
    body = edited(SASARAN.format(capaian="95,00"), MISCOMPUTED_ROW)
    assert [(f.rule, f.location.line) for f in check(body, "CAP002").findings] == [
        ("CAP002", 31)]


def test_cap002_of_another_table_is_not_folded_into_a_row_elsewhere(check):
    """The IKM row is miscomputed in Tabel 3.1, the mean printed in Tabel 3.2 averages
    its own rows: the two are independent."""
    other = """
[[achievements]]
table = "Tabel 3.2"

[[achievements.rows]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "Indeks Kepuasan Masyarakat"
capaian = "90"

[[achievements.rows]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "Persentase layanan selesai tepat waktu"
capaian = "100"

[[achievements.summaries]]
sasaran = "Meningkatnya kualitas pelayanan publik"
capaian = "90"
"""
    rows_only = SASARAN.split("[[achievements.summaries]]")[0]
    result = check(edited(rows_only, MISCOMPUTED_ROW) + other, "CAP001", "CAP002")
    assert [(f.rule, f.location.table, f.related) for f in result.findings] == [
        ("CAP001", "Tabel 3.1", ()), ("CAP002", "Tabel 3.2", ())]


# -- CAP003 capaian-predikat ---------------------------------------------------------------

PREDIKAT = """\
[[achievements]]
table = "Tabel 3.1"

[[achievements.rows]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "Indeks Kepuasan Masyarakat"
target = "80"
realisasi = "72"
capaian = "90,00"
predikat = "{row}"

[[achievements.summaries]]
sasaran = "Meningkatnya kualitas pelayanan publik"
predikat = "{summary}"
"""


def test_cap003_predikat_follows_permendagri_86_2017(check):
    body = PREDIKAT.format(row="  tinggi ", summary="TINGGI")
    assert flatten(check(body, "CAP003").findings) == []


def test_cap003_wrong_predikat_names_permendagri_86_2017(check):
    body = PREDIKAT.format(row="Sangat Tinggi", summary="Sedang")
    result = check(body, "CAP003")
    assert flatten(result.findings) == [
        ("CAP003", 11, "Predikat 'Sangat Tinggi' untuk indikator 'Indeks Kepuasan Masyarakat' "
         "tidak sesuai dengan capaian 90,00: menurut skala Permendagri 86/2017 predikatnya "
         "'Tinggi'."),
        # The summary states no capaian: the mean of its indicators (90) is graded.
        ("CAP003", 19, "Predikat 'Sedang' untuk sasaran 'Meningkatnya kualitas pelayanan "
         "publik' tidak sesuai dengan capaian 90,00%: menurut skala Permendagri 86/2017 "
         "predikatnya 'Tinggi'."),
    ]
    assert flatten(result.findings, "en")[0] == (
        "CAP003", 11, "Predikat 'Sangat Tinggi' of indikator 'Indeks Kepuasan Masyarakat' does "
        "not match capaian 90,00: the scale of Permendagri 86/2017 gives 'Tinggi'.")
    assert (result.findings[0].expected, result.findings[0].actual) == ("Tinggi", "Sangat Tinggi")


OWN_SCALE = """\
[scale]
table = "Tabel 2.2 Skala Nilai Peringkat Kinerja"
bands = [
  {{ label = "Sangat Baik", low = 85 }},
  {{ label = "Baik", low = 70, high = 84.99 }},
  {{ label = "Cukup", low = 55, high = 69.99 }},
  {{ label = "Kurang", high = 54.99 }},
]

""" + PREDIKAT


def test_cap003_the_reports_own_scale_overrides_permendagri_86_2017(check):
    # 90 is "Tinggi" under Permendagri 86/2017 but "Sangat Baik" on the report's own scale.
    body = OWN_SCALE.format(row="Sangat Baik", summary="sangat baik")
    assert flatten(check(body, "CAP003").findings) == []


def test_cap003_wrong_label_on_the_reports_own_scale(check):
    body = OWN_SCALE.format(row="Tinggi", summary="Sangat Baik")
    assert flatten(check(body, "CAP003").findings) == [
        ("CAP003", 20, "Predikat 'Tinggi' untuk indikator 'Indeks Kepuasan Masyarakat' tidak "
         "sesuai dengan capaian 90,00: menurut skala LKjIP (Tabel 2.2 Skala Nilai Peringkat "
         "Kinerja) predikatnya 'Sangat Baik'."),
    ]


def test_cap003_capaian_between_bands_takes_the_lower_band():
    assert PERMENDAGRI_86_2017.label_for(Decimal("90.5")) == "Tinggi"
    assert PERMENDAGRI_86_2017.label_for(Decimal("50.2")) == "Sangat Rendah"
    assert PERMENDAGRI_86_2017.label_for(Decimal("91")) == "Sangat Tinggi"
