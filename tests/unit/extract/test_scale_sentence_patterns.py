"""A predikat scale printed as a sentence is the report's own scale (CAP003 follows it).

Without a scale table, a report that writes "dengan kriteria 91-100 sangat baik, 76-90
baik, ..." grades on that scale, not on Permendagri 86/2017's. A sentence that merely holds
numbers is no scale: it takes three ranges or more, each with a grading label, running from
one end of the scale to the other without overlaps or gaps.
"""

from __future__ import annotations

import textwrap
from decimal import Decimal

import pytest
from conftest import edited, flatten

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.extract._perf_scale import scale_in_text
from checker.model import Report
from checker.text import parse_source

# A capaian table graded on a five-level scale that the sentence above it prints.
# Line 11 is graded wrongly on that scale (70 is 'cukup'); lines 9 and 10 are right.
REPORT = """\
BAB III AKUNTABILITAS KINERJA

Capaian setiap indikator dinilai dengan kriteria 91\u2013100 sangat baik, 76\u201390 baik,
66\u201375 cukup, 51\u201365 kurang dan \u2264 50 sangat kurang.

Tabel 3.1 Capaian Kinerja Kecamatan Sukamaju Tahun 2024

No\tSasaran Strategis\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)\tKategori
1.\tMeningkatnya Mutu Layanan\tNilai Survei Kepuasan Masyarakat\t80\t76\t95,00\tSangat Baik
2.\tMeningkatnya Tata Kelola Desa\tPersentase desa tertib administrasi\t100\t80\t80,00\tBaik
3.\tMeningkatnya Ketertiban Umum\tPersentase gangguan yang ditangani\t100\t70\t70,00\tBaik
"""

SCALE = (
    "Capaian setiap indikator dinilai dengan kriteria 91\u2013100 sangat baik, 76\u201390 baik,\n"
    "66\u201375 cukup, 51\u201365 kurang dan \u2264 50 sangat kurang.\n"
)


def _report(text: str) -> Report:
    return extract_report(parse_source(textwrap.dedent(text), "laporan.txt"))


def _cap003(report: Report, registry) -> list[tuple]:
    rules = [rule for rule in registry.rules if rule.code == "CAP003"]
    return flatten(check_report(report, rules, Config()).findings)


def _bands(text: str) -> list[tuple[str, Decimal | None, Decimal | None]] | None:
    scale = scale_in_text(parse_source(textwrap.dedent(text)))
    return None if scale is None else [(b.label, b.low, b.high) for b in scale.bands]


def test_the_sentence_is_the_reports_scale_with_its_lines():
    scale = _report(REPORT).scale
    assert scale is not None and scale.source == "report"
    assert [(b.label, b.low, b.high) for b in scale.bands] == [
        ("sangat baik", Decimal(91), Decimal(100)),
        ("baik", Decimal(76), Decimal(90)),
        ("cukup", Decimal(66), Decimal(75)),
        ("kurang", Decimal(51), Decimal(65)),
        ("sangat kurang", None, Decimal(50)),
    ]
    assert (scale.where.line, scale.where.end_line, scale.where.table) == (3, 4, None)


def test_cap003_grades_on_the_sentence_scale_not_on_permendagri(registry):
    # On Permendagri 86/2017, 'Sangat Baik' and 'Baik' would be wrong labels on every row.
    assert _cap003(_report(REPORT), registry) == [(
        "CAP003", 11,
        "Predikat 'Baik' untuk indikator 'Persentase gangguan yang ditangani' tidak sesuai "
        "dengan capaian 70,00: menurut skala LKjIP predikatnya 'cukup'.",
    )]


def test_without_the_sentence_permendagri_grades_only_its_own_labels(registry):
    """'Sangat Baik', 'Baik' follow a scale the reader did not find: not judged by
    Permendagri 86/2017's; a label of that scale still is."""
    unscaled = (SCALE, "Capaian setiap indikator\ndiuraikan di bawah ini.\n")
    report = _report(edited(REPORT, unscaled))
    assert report.scale is None
    assert _cap003(report, registry) == []
    report = _report(edited(REPORT, unscaled, ("95,00\tSangat Baik", "95,00\tTinggi")))
    assert _cap003(report, registry) == [(
        "CAP003", 9,
        "Predikat 'Tinggi' untuk indikator 'Nilai Survei Kepuasan Masyarakat' tidak sesuai "
        "dengan capaian 95,00: menurut skala Permendagri 86/2017 predikatnya 'Sangat Tinggi'.",
    )]


def test_a_scale_table_wins_over_a_sentence():
    table = REPORT.replace(
        "BAB III AKUNTABILITAS KINERJA\n",
        "BAB III AKUNTABILITAS KINERJA\nNo\tRentang\tPredikat\n1\t>= 86\tA\n2\t71 - 85\tB\n"
        "3\t< 71\tC\n",
    )
    scale = _report(table).scale
    assert scale is not None and [b.label for b in scale.bands] == ["A", "B", "C"]


@pytest.mark.parametrize(
    ("text", "bands"),
    [
        (  # 'nilai ... s.d. ...', a strict bound at the bottom
            "Predikat ditetapkan: nilai 91 s.d. 100 Sangat Baik, nilai 76 s.d. 90 Baik, "
            "nilai 66 s.d. 75 Cukup dan nilai < 66 Kurang.",
            [("Sangat Baik", "91", "100"), ("Baik", "76", "90"), ("Cukup", "66", "75"),
             ("Kurang", None, "65.99")],
        ),
        (  # an open top band, semicolons between bands
            "Kategori capaian: >90 Sangat Tinggi; 76-90 Tinggi; 51-75 Sedang; < 50 Rendah.",
            [("Sangat Tinggi", "90.01", None), ("Tinggi", "76", "90"), ("Sedang", "51", "75"),
             ("Rendah", None, "49.99")],
        ),
        (  # the label before its range, the scale from the bottom up
            "Skala yang dipakai: Kurang (< 66), Cukup (66 - 75), Baik (76 - 90) dan "
            "Sangat Baik (91 - 100).",
            [("Kurang", None, "65.99"), ("Cukup", "66", "75"), ("Baik", "76", "90"),
             ("Sangat Baik", "91", "100")],
        ),
        (  # a closed bottom band, and a remark after the scale that is no band of it
            "Hasil dinilai dengan kriteria: 91\u2013100 sangat baik, 76\u201390 baik dan "
            "0\u201375 kurang; capaian di atas 100 termasuk kriteria sangat baik.",
            [("sangat baik", "91", "100"), ("baik", "76", "90"), ("kurang", "0", "75")],
        ),
        (  # one band a line, as a list
            "Kriteria penilaian:\n- 91 - 100 : Sangat Baik\n- 76 - 90 : Baik\n"
            "- \u2264 75 : Cukup\n",
            [("Sangat Baik", "91", "100"), ("Baik", "76", "90"), ("Cukup", None, "75")],
        ),
    ],
)
def test_ways_of_writing_a_scale_in_a_sentence(text: str, bands: list) -> None:
    expected = [(label, None if low is None else Decimal(low),
                 None if high is None else Decimal(high)) for label, low, high in bands]
    assert _bands(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Ranges without grading labels: a sentence with numbers, not a scale.
        "Realisasi fisik mencapai 91-100 persen pada triwulan empat, 76-90 persen pada "
        "triwulan tiga dan 66-75 persen pada triwulan dua.",
        # Only two bands.
        "Capaian 91-100 sangat baik dan 76-90 baik.",
        # Three labelled ranges with gaps between them: no scale runs so.
        "Nilai 91-100 sangat baik, 70-80 baik, 50-60 cukup.",
        # Overlapping ranges.
        "Nilai 80-100 sangat baik, 70-85 baik, 50-69 cukup.",
        # One label for two bands.
        "Kriteria 91-100 baik, 76-90 baik, 66-75 cukup.",
    ],
)
def test_sentences_that_are_no_scale(text: str) -> None:
    assert _bands(text) is None
