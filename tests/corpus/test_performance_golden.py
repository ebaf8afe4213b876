"""The performance extractor on the four real reports, against the verified fact sheets.

Every pinned row cites the line of the corpus file it was read from (sections 3, 5 and 6
of the fact sheet of each report). Figures are pinned as read: the parsed value when the
cell holds a number (``"56 (CC Kategori)"`` -> ``"56"``), the printed text when it does
not (a letter grade ``"B"``, ``"N/A"``).

The last tests run the capaian, cascade, consistency and count rules on the extraction
and pin every error with the verdict of the fact sheet.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest

from checker.config import Config
from checker.engine import check_report
from checker.extract._figures import FigureReader
from checker.extract._performance import PerformanceExtraction, extract_performance
from checker.model import Claim, Meta, Number, Provenance, Report
from checker.plugins import load_registry
from checker.text import parse_source

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
YEARS = {
    "seberang-kota-2022": 2022,
    "betara-2022": 2022,
    "jatinegara-2021": 2021,
    "semboro-2021": 2021,
}
RULES = ("CAP001", "CAP002", "CAP003", "CAS001", "CAS002", "CON001", "CNT002", "CNT003")

pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"corpus folder {CORPUS} is absent (it lives outside the repo)"
)


@cache
def document(name: str) -> tuple[PerformanceExtraction, FigureReader]:
    path = CORPUS / f"{name}.txt"
    if not path.is_file():
        pytest.skip(f"corpus file {path} is absent")
    source = parse_source(path.read_text(encoding="utf-8"), str(path))
    figures = FigureReader()
    return extract_performance(source, YEARS[name], figures, frozenset()), figures


def fig(number: Number | None) -> str | None:
    if number is None:
        return None
    return number.raw if number.value is None else str(number.value)


def agreements(name: str, document_kind: str = "pk") -> list[tuple]:
    extraction, _ = document(name)
    return [
        (row.where.line, row.sasaran, row.indikator, fig(row.target))
        for row in extraction.agreements
        if row.document == document_kind
    ]


def achievements(name: str, caption: str) -> list[tuple]:
    extraction, _ = document(name)
    table = next(t for t in extraction.achievements if t.name.startswith(caption))
    return [
        (row.where.line, row.indikator, fig(row.target), fig(row.realisasi), fig(row.capaian))
        for row in table.rows
    ]


def summaries(name: str, caption: str) -> list[tuple]:
    extraction, _ = document(name)
    table = next(t for t in extraction.achievements if t.name.startswith(caption))
    return [(s.where.line, s.sasaran, fig(s.capaian)) for s in table.summaries]


def bands(name: str) -> list[tuple]:
    extraction, _ = document(name)
    assert extraction.scale is not None and extraction.scale.source == "report"
    return [(band.label, band.low, band.high) for band in extraction.scale.bands]


# -- seberang-kota-2022 -------------------------------------------------------------------

SK = "seberang-kota-2022"
SK_S1 = "Meningkatnya Kinerja Pelayanan Perangkat Daerah, Keuangan dan Akuntabilitas Kinerja"
SK_S2 = "Meningkatnya Kinerja Penyelenggaraan Pemerintahan Desa"
SK_S3 = "Meningkatnya Ketentraman dan Ketertiban Kecamatan"
TERTIB = "Persentase Pemerintahan Desa yang Tertib Administrasi"
BERDAYA = ("Persentase desa / kelurahan mengadakan kegiatan pemberdayaan masyarakat yang "
           "berhasil-guna")
LAPORAN = ("Persentase laporan Kejadian Ketentraman, Ketertiban dan Kerawanan sosial wilayah "
           "Kecamatan yang ditindak lanjuti")
IDM = "Nilai rata-rata Indeks Desa Membangun (IDM)"


def test_seberang_pk() -> None:
    assert agreements(SK) == [
        (410, SK_S1, "Indeks Kepuasan Masyarakat", "70.15"),  # 410
        (411, SK_S1, "Nilai AKIP SKPD", "56"),  # 411: '56 (CC Kategori)'
        (412, SK_S2, IDM, "0.65"),  # 412: '0,65%' on an index
        (413, SK_S2, TERTIB, "100"),  # 413
        (414, SK_S2, BERDAYA, "100"),  # 414
        (415, SK_S3, LAPORAN, "100"),  # 415
    ]
    assert agreements(SK, "pk_perubahan") == []


def test_seberang_capaian() -> None:
    caption = "Tabel Capaian Indikator Kinerja Utama"
    assert achievements(SK, caption) == [
        (460, "Indeks Kepuasan Masyarakat", "70.15", "72.89", "92"),  # 460: '92 %'
        (461, "Nilai AKIP SKPD", "56", "48.37", "86.38"),  # 461
        (462, IDM, "0.65", "0.62", "95.38"),  # 462
        (463, TERTIB, "100", "100", "100"),  # 463
        (464, BERDAYA, "100", "100", "100"),  # 464
        (465, LAPORAN, "100", "100", "100"),  # 465, name ends on 469
    ]
    extraction, _ = document(SK)
    last = next(t for t in extraction.achievements if t.name.startswith(caption)).rows[-1]
    assert (last.where.line, last.where.end_line) == (465, 469)
    # The table of sasaran capaian (480-483) states the sasaran's capaian (481-483).
    assert summaries(SK, caption) == [(481, SK_S1, "92"), (482, SK_S2, "97"), (483, SK_S3, "100")]


def test_seberang_analysis_per_sasaran() -> None:
    sasaran_1 = "Tabel Analisis Pencapaian Sasaran 1"
    assert achievements(SK, sasaran_1) == [
        (504, "Indeks Kepuasan Masyarakat", "70.15", "80.89", "118"),  # 504; 2021 target '-'
        (505, "Nilai AKIP SKPD", "56", "48.37", "86.38"),  # 505: '56 (CC)', '48,37 (C)'
    ]
    assert summaries(SK, sasaran_1) == [(506, SK_S1, "102.19")]  # 506 Rata-rata
    sasaran_2 = "Tabel Analisis Pencapaian Sasaran 2"
    assert achievements(SK, sasaran_2) == [
        (527, "Nilai rata-rata IDM", "0.65", "0.62", "95.38"),  # 527
        (528, TERTIB, "100", "100", "100"),  # 528 ('100 %'; 2021 target 100 not taken)
        (529, BERDAYA, "100", "100", "100"),  # 529
    ]
    assert summaries(SK, sasaran_2) == [
        (530, "Meningkatnya Kinerja Penyelenggaraan Pemerintah Desa", "98.46")  # 530
    ]
    sasaran_3 = "Tabel Analisis Pencapaian Sasaran 3"
    assert achievements(SK, sasaran_3) == [(557, LAPORAN, "100", "100", "100")]  # 557
    assert summaries(SK, sasaran_3) == [
        (558, "Meningkatnya Ketentraman dan Ketertiban Masyarakat", "100")  # 558
    ]


def test_seberang_scale_iku_renstra() -> None:
    assert bands(SK) == [  # 434-437
        ("Sangat Baik", Decimal(86), Decimal(100)),
        ("Baik", Decimal(70), Decimal(85)),
        ("Cukup", Decimal(50), Decimal(69)),
        ("Gagal", None, Decimal("49.99")),  # '<50'
    ]
    extraction, _ = document(SK)
    assert [(r.where.line, r.indikator, fig(r.target)) for r in extraction.iku] == [
        (670, "Indek Kepuasan Masyarakat", "72"),  # 670: IKU 72 vs PK 70,15
        (671, "Nilai SAKIP SKPD", "CC"),  # 671
        (672, "Nilai rata-rata indeks Desa Membangun (IDM)", "0.68"),  # 672: vs PK 0,65
        (673, "Persentase Sarana prasarana Kecamatan termanfaatkan dan berfungsi baik", "75"),
        (674, "Persentase laporan kejadian ketentraman, ketertiban dan kerawanan sosial "
              "wilayah Kecamatan yang ditindak lanjuti", "100"),  # 674
    ]
    # Renstra year targets (689-695 and the copy 759-765): 2022 equals the PK.
    targets = {(i.where.line, i.name): fig(i.targets.get(2022)) for i in extraction.plan.indikator}
    assert targets[(691, "Indeks Kepuasan Masyarakat")] == "70.15"  # 691
    assert targets[(692, "Nilai AKIP")] == "56"  # 692
    assert targets[(693, "Rata-rata nilai IDM")] == "0.65"  # 693
    assert targets[(761, "Indeks Kepuasan Masyarakat")] == "70.15"  # 761
    ikm = next(i for i in extraction.plan.indikator if i.where.line == 691)
    assert fig(ikm.targets[2026]) == "71.8"  # 691 (the copy at 761 says 71,9)
    assert extraction.used == frozenset({408, 433, 459, 480, 502, 525, 555, 668, 689, 759})


# -- betara-2022 --------------------------------------------------------------------------

BT = "betara-2022"


def test_betara_pk() -> None:
    # The sasaran are wrapped into the next row's cell (404-405, 406-407).
    assert agreements(BT) == [
        (404, SK_S1, "Indeks Kepuasan Masyarakat", "70.15"),  # 404
        (405, SK_S1, "Nilai AKIP SKPD", "56.00"),  # 405: '56,00 (C Kategori)'
        (406, SK_S2, IDM, "0.62"),  # 406: '0,62%' (IKU 389 and capaian 500 say 0,65)
        (407, SK_S2, TERTIB, "100"),  # 407
        (408, SK_S2, BERDAYA, "100"),  # 408
        (409, SK_S3, "Pers entase laporan Kejadian Ketentraman, Ketertiban dan Kerawanan "
                     "sosial wilayah Kecamatan yang ditindak lanjuti", "100"),  # 409
    ]


def test_betara_capaian() -> None:
    caption = "Tabel 3.2. Capaian Indikator Kinerja Utama"
    assert achievements(BT, caption) == [
        (498, "Indeks Kepuasan Masyarakat", "70.15", "76.31", "108"),  # 498: '108%'
        (499, "Nilai AKIP SKPD", "56.00", "43.62", "77.89"),  # 499
        (500, IDM, "0.65", "0.71", "95.38"),  # 500: 95,38 is 0,62/0,65
        (501, TERTIB, "100", "100", "100"),  # 501
        (502, BERDAYA, "100", "100", "100"),  # 502
        (503, LAPORAN, "100", "100", "100"),  # 503
    ]
    # Tabel 3.3 (511-514): the capaian of each sasaran.
    assert summaries(BT, caption) == [(512, SK_S1, "104"), (513, SK_S2, "102"),
                                      (514, SK_S3, "100")]


def test_betara_analysis_per_sasaran() -> None:
    assert achievements(BT, "Tabel 3. Analisis Pencapaian Sasaran 1") == [
        (551, "Indeks Kepuasan Masyarakat", "70.15", "76.31", "108.78"),  # 551
        (552, "Nilai AKIP SKPD", "56.00", "43.62", "77.89"),  # 552: '56.00 (CC)', '43,62 C'
    ]
    assert summaries(BT, "Tabel 3. Analisis") == [(553, SK_S1, "93.33")]  # 553
    assert achievements(BT, "Tabel 3.3.2") == [
        (576, "Nilai rata-rata IDM", "0.65", "0.62", "95.38"),  # 576
        (577, TERTIB, "100", "100", "100"),  # 577
        (578, BERDAYA, "100", "100", "100"),  # 578
    ]
    assert summaries(BT, "Tabel 3.3.2") == [
        (579, "Meningkatnya Kinerja Penyelenggaraan Pemerintah Desa", "98.46")  # 579
    ]
    # Sasaran 3 (612-619): the indicator wraps over five lines, 614-618.
    assert achievements(BT, "Tabel 3.3.3") == [(614, LAPORAN, "100", "100", "100")]
    assert summaries(BT, "Tabel 3.3.3") == [
        (619, "Meningkatnya Ketentraman dan Ketertiban Masyarakat", "100")  # 619
    ]


def test_betara_scale_and_iku() -> None:
    assert bands(BT) == [  # 472-474
        ("Melebihi/Melampaui Target", Decimal("100.01"), None),  # '> 100%'
        ("Sesuai Target", Decimal(100), Decimal(100)),  # '= 100%'
        ("Tidak Mencapai Target", None, Decimal("99.99")),  # '< 100%'
    ]
    extraction, _ = document(BT)
    # 386 is the header garbled by the converter ('2022' under Target): not an IKU.
    assert [(r.where.line, r.indikator, fig(r.target)) for r in extraction.iku] == [
        (387, "Indek Kepuasan Masyrakat", "70.15"),  # 387
        (388, "Nilai AKIP SKPD", "56"),  # 388: '56 (CC Kategori)'
        (389, IDM, "0.65"),  # 389
        (390, TERTIB, "100"),  # 390
        (391, BERDAYA, "100"),  # 391
        (392, LAPORAN, "100"),  # 392
    ]
    assert extraction.plan.indikator == ()  # Tabel 2.1 (349-371) has no yearly targets


# -- jatinegara-2021 ----------------------------------------------------------------------

JN = "jatinegara-2021"
JN_S1 = "Meningkatnya kualitas pelayanan publik"
JN_S2 = "Meningkatnya koordinasi penyelenggaraan pemerintahan di kecamatan"
JN_S3 = "Meningkatnya kualitas pemberdayaan desa"
IKM = "Laju Peningkatan Nilai IKM Kecamatan"
JN_TERTIB = "Peningkatan persentase desa yang tertib administrasi"
MANDIRI = "Peningkatan Persentase desa mandiri"
MAJU = "Peningkatan Persentase desa maju"


def test_jatinegara_pk() -> None:
    assert agreements(JN) == [
        (705, JN_S1, IKM, "80.95"),  # 705
        (706, JN_S2, JN_TERTIB, "50.00"),  # 706
        (707, JN_S3, MANDIRI, "0.00"),  # 707
        (708, JN_S3, MAJU, "5.88"),  # 708
    ]
    extraction, _ = document(JN)
    assert {row.unit for row in extraction.agreements} == {"%"}  # Satuan 'Persentase'


def test_jatinegara_capaian() -> None:
    assert achievements(JN, "Tabel 3.2 Perbandingan Target") == [
        (771, IKM, "80.95", "80.90", "99.93"),  # 771
        (772, JN_TERTIB, "50.00", "45.00", "90.00"),  # 772
        (773, MANDIRI, "0.00", "N/A", "N/A"),  # 773
        (774, MAJU, "5.88", "5.88", "100"),  # 774
    ]
    extraction, _ = document(JN)
    table = next(t for t in extraction.achievements if t.name.startswith("Tabel 3.2 "))
    assert [row.predikat for row in table.rows] == [
        "Sangat Tinggi", "Tinggi", None, "Sangat Tinggi"]  # 771-774 'Kategori'
    # Tabel 3.3 (789-794): 2019, 2020 and 2021 columns; only 2021 is taken.
    assert achievements(JN, "Tabel 3.3 Perbandingan") == [
        (791, IKM, "80.95", "80.90", "99.93"),  # 791 (2020: 78,89 / 79,70 / 98,98 not taken)
        (792, JN_TERTIB, "50.00", "45.00", "90.00"),  # 792
        (793, MANDIRI, "0", "0", "0"),  # 793
        (794, MAJU, "5.88", "5.88", "100"),  # 794
    ]
    # Tabel 3.5 (814-820): row 2 wraps over 816 and 818.
    assert achievements(JN, "Tabel 3.5")[1] == (816, JN_TERTIB, "50.00", "45.00", "90.00")
    # Tabel 3.4 (802-806) measures against the 2024 target: nothing of the year to take.
    assert not any(t.name.startswith("Tabel 3.4") for t in extraction.achievements)


def test_jatinegara_scale_and_renstra() -> None:
    assert bands(JN) == [  # 746-750
        ("Sangat tinggi", Decimal(91), Decimal(100)),
        ("Tinggi", Decimal(76), Decimal(90)),
        ("Sedang", Decimal(66), Decimal(75)),
        ("Rendah", Decimal(51), Decimal(65)),
        ("Sangat Rendah", None, Decimal(50)),
    ]
    extraction, _ = document(JN)
    targets = [(i.where.line, i.name, fig(i.targets.get(2021))) for i in extraction.plan.indikator]
    assert targets[0] == (670, IKM, "80.95")  # 670, Tabel 2.1 (years 2019-2023)
    assert targets[-4:] == [  # 692-695, Tabel 2.2 'Target 2021'
        (692, IKM, "80.95"), (693, JN_TERTIB, "50.00"), (694, MANDIRI, "0.00"),
        (695, MAJU, "5.88"),
    ]


# -- semboro-2021 -------------------------------------------------------------------------

SB = "semboro-2021"
SKM = "Hasil Survey Kepuasan Masyarakat (SKM) pada bidang pelayanan publik"
REKOMENDASI = ("Prosentase rekomendasi hasil bidang pemerintahan, ketertiban, dan keamanan, "
               "pemberdayaan masyarakat dan kesejahteraan sosial yang ditindaklanjuti dalam "
               "satu tahun")
SB_S2 = "Meningkatnya koordinasi pemerintahan dan penyelenggara pemerintahan Desa"
SB_LS2 = ("Meningkatnya Koordinasi Bidang Pemerintahan, Pembangunan dan Penyelenggaraan "
          "Pemerintahan Wilayah Kecamatan Semboro")


def test_semboro_three_agreements() -> None:
    assert agreements(SB) == [
        (292, "Meningkatnya kualitas pelayanan", SKM, "85"),  # 292, Bab II
        (293, SB_S2, REKOMENDASI, "80"),  # 293
        (648, "Meningkatnya Kualitas Pelayanan", "Nilai SKM dalam Pelayanan Publik", "B"),
        (649, SB_LS2, "Prosentase Rekomendasi hasil Koordinasi Bidang Pemerintahan, "
                      "Ketrentaman dan Ketertiban, Pemberdayaan Masyarakat, Kesejahteraan "
                      "Sosial yang ditindaklanjuti dalam 1 (satu) tahun", "100"),  # 649
        (650, SB_LS2, "Prosentase Desa yang sudah Menyusun Dokumen Perencanaan Penganggaran "
                      "dengan benar dan tepat waktu", "100"),  # 650
    ]
    assert agreements(SB, "pk_perubahan") == [  # 710-712, captioned 'PERUBAHAN' (705)
        (710, "Meningkatnya kualitas pelayanan aparatur",
         "SKM Aparatur (Survey Kepuasan Aparatur Kecamatan dan Desa terhadap terhadap "
         "layanan Kecamatan secara kelembagaan)", "B"),
        (711, "Meningkatnya kemandirian dan peran serta masyarakat dalam pemenuhan "
              "pembayaran pajak dan retribusi daerah",
         "SKM Publik (Survey Kepuasan Masyarakat terhadap layanan Kecamatan)", "B"),
        (712, "Meningkatnya Pemberdayaan Pemerintah Desa.", "Prosentase Desa Mandiri", "50"),
    ]
    extraction, _ = document(SB)
    assert [(p.where.line, p.document, p.pagu.value) for p in extraction.agreement_programs] == [
        (653, "pk", Decimal(2627750329)),  # 653
        (654, "pk", Decimal(568919000)),  # 654
        (655, "pk", Decimal(367164000)),  # 655
        (656, "pk", Decimal(313004000)),  # 656
        (715, "pk_perubahan", Decimal(2519516374)),  # 715: 'Rp. 2,519,516,374'
        (716, "pk_perubahan", Decimal(561477500)),  # 716
        (717, "pk_perubahan", Decimal(91570000)),  # 717
        (718, "pk_perubahan", Decimal(284900000)),  # 718
    ]


def test_semboro_capaian() -> None:
    assert achievements(SB, "Tabel 3.1 Pengukuran") == [
        (334, SKM, "85", "60.7", "71.4"),  # 334
        (335, REKOMENDASI, "80", "80", "100"),  # 335
    ]
    extraction, _ = document(SB)
    # Comparisons (355, 364, 417, 426): only the 2021 realisasi; the Renstra-end target
    # (85 at 364) is not this year's target.
    comparisons = [
        (row.where.line, fig(row.target), fig(row.realisasi), fig(row.capaian))
        for table in extraction.achievements
        if not table.name.startswith("Tabel 3.1")
        for row in table.rows
    ]
    assert comparisons == [
        (355, None, "60.7", None), (364, None, "60.7", None),
        (417, None, "80", None), (426, None, "80", None),
    ]


def test_semboro_scale_renstra_iku() -> None:
    assert bands(SB) == [  # 322-325
        ("SANGAT BAIK", Decimal("100.01"), None),  # 'Lebih dari 100 %'
        ("BAIK", Decimal(76), Decimal(100)),
        ("CUKUP", Decimal(55), Decimal(75)),
        ("KURANG", None, Decimal("54.99")),  # 'Kurang dari 55 %'
    ]
    extraction, _ = document(SB)
    assert [(i.where.line, fig(i.targets[2021])) for i in extraction.plan.indikator] == [
        (604, "B"),  # 604: SKM 'B' every year 2016-2021
        (605, "80"),  # 605
    ]
    assert [(r.where.line, r.target) for r in extraction.iku] == [
        (302, None), (303, None), (848, None), (849, None)  # no target column
    ]


@pytest.mark.parametrize("name", list(YEARS))
def test_no_doubts_on_performance_figures(name: str) -> None:
    _, figures = document(name)
    assert figures.doubts == []


# -- the rules on the extraction ----------------------------------------------------------


def _claim(line: int, subject: str, value: int, sasaran: str | None = None) -> Claim:
    return Claim("count", subject, Number(str(value), Decimal(value)), None, sasaran, None, None,
                 Provenance(line, line))


# The narrative counts the fact sheets list (section 7); the claims extractor is tested
# on its own, these only give CNT002/CNT003 something to hold the agreements against.
CLAIMS = {
    SK: [_claim(441, "sasaran", 3), _claim(441, "indikator", 6), _claim(443, "indikator", 2, "1"),
         _claim(444, "indikator", 3, "2"), _claim(445, "indikator", 1, "3"),
         _claim(474, "sasaran", 3), _claim(474, "indikator", 6)],
    BT: [_claim(398, "sasaran", 3), _claim(398, "indikator", 3), _claim(478, "sasaran", 3),
         _claim(478, "indikator", 6), _claim(480, "indikator", 2, "1"),
         _claim(481, "indikator", 3, "2"), _claim(482, "indikator", 1, "3")],
    JN: [_claim(776, "indikator", 3)],
    SB: [_claim(87, "indikator", 1, "1"), _claim(89, "indikator", 1, "2"),
         _claim(234, "sasaran", 2), _claim(343, "indikator", 2), _claim(343, "sasaran", 2)],
}

# Every error the rules report, with the fact sheet's verdict.
FINDINGS = {
    SK: [
        ("CAP001", 460),  # TRUE §9 #6: IKM 72,89/70,15 = 103,91%, printed 92 %
        ("CAP002", 481),  # TRUE §9 #9: sasaran 1 printed 92 %, not its indicators' mean
        ("CAP002", 482),  # TRUE §9 #9: sasaran 2 printed 97 %, mean 98,46
        ("CAP001", 504),  # TRUE §9 #8: 80,89/70,15 = 115,31, printed 118
        ("CON001", 504),  # TRUE §9 #7: IKM realisasi 72,89 (460) vs 80,89 (504)
        ("CON001", 670),  # TRUE #15: IKU 72 vs 70,15 of the PK, Renstra and Bab III; the
        # Renstra's 70,15 (691, 761) agree with the majority and are no finding of their own
        # No finding at 671: IKU 'CC' and '56 (CC Kategori)' are the same grade.
        ("CON001", 672),  # TRUE §9 #15: IKU IDM 0,68 vs 0,65
        ("CON001", 673),  # TRUE (§5/§6 values): sarpras 2022 IKU 75% vs the Renstra's 100%
        # printed twice (694, 764): one disagreement, at the figure printed once
    ],
    BT: [
        ("CNT002", 398),  # TRUE §9 #5: '3 indikator', the PK has 6
        ("CON001", 388),  # TRUE §9 #9: IKU AKIP '56 (CC Kategori)' (and '56.00 (CC)' at
        # 552, folded into it) vs the PK's '56,00 (C Kategori)' (405, and 499): a 2-2 tie,
        # decided by the PK
        ("CON001", 406),  # TRUE §9 #8: PK IDM 0,62% vs 0,65 of the IKU (389) and Bab III (500)
        ("CAP001", 500),  # TRUE §9 #6: 0,71/0,65 = 109,23%, printed 95,38%
        ("CAP002", 512),  # TRUE §9 #10: 104%, mean of the indicators 92,95
        ("CAP002", 513),  # TRUE §9 #10: 102%, mean 98,46
    ],
    JN: [
        ("CNT002", 776),  # TRUE §9 #3: '3 (tiga) indikator', the PK has 4
    ],
    SB: [
        # No CNT002/CNT003: the narrative's "2 (dua) sasaran" (234), "2 indikator dari 2
        # sasaran" (343) and "Sasaran 1 ... 1 (satu) indikator" (87) agree with the Bab II
        # PK (291-293), one of the three PKs the report prints.
        ("CON001", 604),  # TRUE §9 #12: Renstra SKM 'B' vs 85 (292, 334)
        ("CAS002", 710), ("CAS002", 711), ("CAS002", 712),  # TRUE §9 #2: PK Perubahan
        # indicators are never measured in Bab III
    ],
}


@pytest.mark.parametrize("name", list(YEARS))
def test_rule_findings_are_the_documents_defects(name: str) -> None:
    extraction, figures = document(name)
    registry = load_registry(entry_points=False)
    rules = [rule for rule in registry.rules if rule.code in RULES]
    report = Report(
        path=name, format="text", meta=Meta(year=YEARS[name]), plan=extraction.plan,
        agreements=extraction.agreements, agreement_programs=extraction.agreement_programs,
        iku=extraction.iku, achievements=extraction.achievements, scale=extraction.scale,
        claims=tuple(CLAIMS[name]), doubts=tuple(figures.doubts),
    )
    result = check_report(report, rules, Config())
    found = sorted((f.rule, f.location.line) for f in result.findings)
    assert found == sorted(FINDINGS[name])
    assert all(f.severity.label == "error" for f in result.findings)
