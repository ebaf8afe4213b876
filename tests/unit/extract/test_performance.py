"""The performance extractor on fixtures written for it (tests/unit/extract/fixtures).

Each fixture mimics what PDF converters make of LKjIP tables (tab-separated cells, a
column-number row under the header, a sasaran broken over two rows, a header over two
rows) with names and figures of an imaginary kecamatan.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from checker.extract._figures import FigureReader
from checker.extract._perf_rows import polarity_of
from checker.extract._perf_scale import parse_range
from checker.extract._performance import PerformanceExtraction, extract_performance
from checker.model import AchievementTable, Polarity
from checker.text import parse_source

FIXTURES = Path(__file__).parent / "fixtures"
YEAR = 2024


def extract(name: str, year: int | None = YEAR, skip: frozenset[int] = frozenset()):
    path = FIXTURES / name
    source = parse_source(path.read_text(encoding="utf-8"), str(path))
    figures = FigureReader()
    return extract_performance(source, year, figures, skip), figures


def extract_text(text: str, year: int | None = YEAR) -> PerformanceExtraction:
    return extract_performance(parse_source(text, "t.txt"), year, FigureReader(), frozenset())


def value(number) -> Decimal | None:
    return None if number is None else number.value


def table(extraction: PerformanceExtraction, prefix: str) -> AchievementTable:
    return next(t for t in extraction.achievements if t.name.startswith(prefix))


# -- Perjanjian Kinerja -------------------------------------------------------------------


@pytest.fixture(scope="module")
def pk():
    return extract("perf_pk.txt")


def test_pk_sasaran_carried_down_and_joined_over_two_rows(pk) -> None:
    extraction, _ = pk
    rows = [row for row in extraction.agreements if row.document == "pk"]
    assert [(row.sasaran, row.where.line) for row in rows] == [
        ("Meningkatnya Mutu Layanan Administrasi Kantor Kecamatan", 9),
        ("Meningkatnya Mutu Layanan Administrasi Kantor Kecamatan", 10),
        ("Meningkatnya Mutu Layanan Administrasi Kantor Kecamatan", 11),
        ("Meningkatnya Tata Kelola Desa", 12),
        ("Meningkatnya Tata Kelola Desa", 13),
        ("Meningkatnya Tata Kelola Desa", 14),
        ("Meningkatnya Ketenteraman Wilayah", 15),
    ]
    assert {row.where.table for row in rows} == {
        "Tabel 2.3 Perjanjian Kinerja Camat Sukamaju Tahun 2024"
    }


def test_pk_indicator_numbering_stripped_and_targets_read(pk) -> None:
    extraction, figures = pk
    rows = [row for row in extraction.agreements if row.document == "pk"]
    assert [(row.indikator, row.target.raw if row.target else None, value(row.target), row.unit)
            for row in rows] == [
        ("Nilai Survei Kepuasan Masyarakat", "72,50", Decimal("72.50"), None),
        ("Nilai SAKIP Kecamatan", "56,00 (C Kategori)", Decimal("56.00"), None),
        ("Predikat Pelayanan Publik", "B", None, None),  # a letter grade: no number
        ("Rata-rata Indeks Desa Membangun", "0,62%", Decimal("0.62"), "%"),
        ("Persentase pengaduan yang tidak ditindaklanjuti", "5%", Decimal(5), "%"),
        ("Penyaluran Dana Desa Tepat Waktu", "12 Bulan", Decimal(12), None),
        (None, None, None, None),  # a sasaran printed without indicator or target
    ]
    assert figures.doubts == []  # 'B' and '12 Bulan' are read without doubt


def test_pk_perubahan_and_its_programs(pk) -> None:
    extraction, _ = pk
    rows = [row for row in extraction.agreements if row.document == "pk_perubahan"]
    assert [(row.sasaran, row.indikator, value(row.target), row.where.line) for row in rows] == [
        ("Meningkatnya Mutu Layanan Administrasi Kantor Kecamatan",
         "Nilai Survei Kepuasan Masyarakat", Decimal(74), 23),
        ("Meningkatnya Tata Kelola Desa", "Rata-rata Indeks Desa Membangun",
         Decimal("0.64"), 24),
    ]
    assert [(p.program, value(p.pagu), p.document, p.where.line)
            for p in extraction.agreement_programs] == [
        ("Program Penunjang Urusan Pemerintahan Daerah", Decimal(1250000000), "pk_perubahan", 27),
        ("Program Pemberdayaan Masyarakat Desa", Decimal(310500000), "pk_perubahan", 28),
    ]
    assert extraction.used == frozenset({7, 22, 26})


def test_skipped_tables_are_left_alone() -> None:
    extraction, _ = extract("perf_pk.txt", skip=frozenset({7}))
    assert {row.document for row in extraction.agreements} == {"pk_perubahan"}
    assert 7 not in extraction.used


def test_polarity_from_the_indicator_name() -> None:
    extraction, _ = extract("perf_capaian.txt")
    rows = table(extraction, "Tabel 3.1").rows
    assert [(row.indikator, row.polarity) for row in rows] == [
        ("Nilai Survei Kepuasan Masyarakat", Polarity.POSITIVE),
        ("Nilai SAKIP Kecamatan", Polarity.POSITIVE),
        ("Persentase pengaduan yang tidak ditindaklanjuti", Polarity.NEGATIVE),
        ("Predikat Pelayanan Publik", Polarity.POSITIVE),
    ]


# -- capaian ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def capaian():
    return extract("perf_capaian.txt")


def test_capaian_rows_with_kategori_and_wrapped_indicator(capaian) -> None:
    extraction, _ = capaian
    found = table(extraction, "Tabel 3.1 Capaian Kinerja")
    assert [
        (row.sasaran, row.indikator, value(row.target), value(row.realisasi),
         value(row.capaian), row.predikat, row.where.line, row.where.end_line)
        for row in found.rows
    ] == [
        ("Meningkatnya Mutu Layanan Administrasi Kantor Kecamatan",
         "Nilai Survei Kepuasan Masyarakat", Decimal("72.50"), Decimal("76.13"),
         Decimal("105.01"), "Sangat Tinggi", 14, 14),
        ("Meningkatnya Mutu Layanan Administrasi Kantor Kecamatan",
         "Nilai SAKIP Kecamatan", Decimal("56.00"), Decimal("50.40"), Decimal("90.00"),
         "Tinggi", 15, 15),
        ("Meningkatnya Tata Kelola Desa", "Persentase pengaduan yang tidak ditindaklanjuti",
         Decimal(5), Decimal(4), Decimal(120), "Sangat Tinggi", 16, 17),
        ("Meningkatnya Tata Kelola Desa", "Predikat Pelayanan Publik", None, None, None,
         None, 18, 18),
    ]
    assert found.rows[3].target.raw == "B"
    assert found.rows[0].where.table == "Tabel 3.1 Capaian Kinerja Kecamatan Sukamaju Tahun 2024"


def test_sasaran_summaries_in_table_and_from_the_sasaran_table(capaian) -> None:
    """The rows of the table of sasaran capaian printed after the indicator table (Tabel
    3.4) are the indicator table's summaries. Its one 'Rata-rata Capaian Sasaran' row,
    under the rows of both sasaran that no row closed one by one, names no sasaran: it is
    the table's mean, not the last sasaran's capaian."""
    extraction, _ = capaian
    found = table(extraction, "Tabel 3.1 Capaian Kinerja")
    assert [(s.sasaran, s.capaian.raw, s.predikat, s.where.line, s.where.table)
            for s in found.summaries] == [
        ("Meningkatnya Mutu Layanan Administrasi Kantor Kecamatan", "97,51%", None, 38,
         "Tabel 3.4 Capaian Sasaran Strategis"),
        ("Meningkatnya Tata Kelola Desa", "112,50%", None, 39,
         "Tabel 3.4 Capaian Sasaran Strategis"),
    ]
    assert not any(t.name.startswith("Tabel 3.4") for t in extraction.achievements)
    assert 37 in extraction.used


def test_two_row_header_takes_the_reporting_year_only(capaian) -> None:
    """'Tahun 2024' spans Target and Realisasi; the 'Tahun 2023 Target' column is not
    this year's target."""
    extraction, _ = capaian
    found = table(extraction, "Tabel 3.2 Analisis")
    assert [(row.sasaran, row.indikator, row.target.raw, row.realisasi.raw, row.capaian.raw)
            for row in found.rows] == [
        (None, "Nilai Survei Kepuasan Masyarakat", "72,50", "76,13", "105,01"),
        (None, "Nilai SAKIP Kecamatan", "56,00 (C Kategori)", "50,40 (C)", "90,00"),
    ]
    # The summary's sasaran comes from the caption: the table has no sasaran column.
    assert [(s.sasaran, s.capaian.value, s.where.line) for s in found.summaries] == [
        ("Meningkatnya Mutu Layanan Administrasi Kantor Kecamatan", Decimal("97.51"), 27)
    ]


def test_comparison_with_earlier_years_keeps_the_reporting_year(capaian) -> None:
    extraction, _ = capaian
    found = table(extraction, "Tabel 3.3 Perbandingan")
    assert [(row.indikator, row.target.raw, row.realisasi.raw, row.capaian.raw, row.where.line)
            for row in found.rows] == [
        ("Rata-rata Indeks Desa Membangun", "0,62", "0,63", "101,61%", 33)
    ]


def test_comparison_with_renstra_end_target_keeps_only_the_realisasi(capaian) -> None:
    extraction, _ = capaian
    row = table(extraction, "Tabel 3.5").rows[0]
    assert (row.indikator, row.target, row.realisasi.raw, row.capaian) == (
        "Nilai Survei Kepuasan Masyarakat", None, "76,13", None)


def test_per_village_table_is_not_read(capaian) -> None:
    extraction, _ = capaian
    assert 46 not in extraction.used


def test_without_a_year_the_latest_header_year_is_the_reporting_year() -> None:
    extraction, _ = extract("perf_capaian.txt", year=None)
    row = table(extraction, "Tabel 3.3 Perbandingan").rows[0]
    assert (row.target.raw, row.realisasi.raw) == ("0,62", "0,63")


# -- scale ---------------------------------------------------------------------------------


def test_printed_predikat_scale(capaian) -> None:
    extraction, _ = capaian
    scale = extraction.scale
    assert scale is not None and scale.source == "report"
    assert [(b.label, b.low, b.high) for b in scale.bands] == [
        ("Sangat Tinggi", Decimal(91), None),
        ("Tinggi", Decimal(76), Decimal(90)),
        ("Sedang", Decimal(50), Decimal(75)),
        ("Rendah", None, Decimal("49.99")),
    ]
    assert (scale.where.line, scale.where.end_line, scale.where.table) == (
        5, 9, "Tabel di baris 5")
    assert scale.label_for(Decimal("90.5")) == "Tinggi"
    assert scale.label_for(Decimal("49.5")) == "Rendah"


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("86-100", "86", "100"),
        ("76 % s/d 100 %", "76", "100"),
        ("91% \u2264 100%", "91", "100"),
        ("\u2265 91", "91", None),
        ("X >= 91", "91", None),
        ("91 <= X", "91", None),
        ("76 < X <= 90", "76.01", "90"),
        ("< 50", None, "49.99"),
        ("\u2264 50%", None, "50"),
        ("Lebih dari 100 %", "100.01", None),
        ("Kurang dari 55 %", None, "54.99"),
        ("= 100%", "100", "100"),
        ("70,5 - 85,5", "70.5", "85.5"),
    ],
)
def test_parse_range(text: str, low: str | None, high: str | None) -> None:
    expected = (None if low is None else Decimal(low), None if high is None else Decimal(high))
    assert parse_range(text) == expected


@pytest.mark.parametrize("text", ["Sangat Baik", "100", "7 Desa/ 1 Kel", "2021-2026", ""])
def test_parse_range_rejects_non_ranges(text: str) -> None:
    assert parse_range(text) is None


# -- Renstra and IKU ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def plan():
    return extract("perf_plan.txt")


def test_renstra_targets_per_year(plan) -> None:
    extraction, _ = plan
    found = extraction.plan
    assert [(t.id, t.name, t.where.line) for t in found.tujuan] == [
        ("T1", "Terwujudnya Tata Kelola Pemerintahan Kecamatan yang Baik", 7)
    ]
    assert [(s.id, s.name, s.tujuan) for s in found.sasaran] == [
        ("S1", "Meningkatnya Mutu Layanan Administrasi Kantor Kecamatan", "T1"),
        ("S2", "Meningkatnya Tata Kelola Desa", "T1"),
    ]
    assert [(i.name, i.sasaran, i.unit, i.polarity, i.where.line) for i in found.indikator] == [
        ("Nilai Survei Kepuasan Masyarakat", "S1", "Indeks", Polarity.POSITIVE, 7),
        ("Nilai SAKIP Kecamatan", "S1", "Nilai", Polarity.POSITIVE, 8),
        ("Angka kemiskinan desa", "S2", "%", Polarity.NEGATIVE, 9),
    ]
    first = found.indikator[0]
    assert sorted(first.targets) == [2021, 2022, 2023, 2024, 2025, 2026]
    assert first.targets[2024].raw == "72,50"
    assert found.indikator[2].targets[2021].value == Decimal("9.5")


def test_iku_with_formulas(plan) -> None:
    extraction, _ = plan
    assert [(r.sasaran, r.indikator, r.target.raw if r.target else None, r.unit, r.where.line)
            for r in extraction.iku] == [
        ("Meningkatnya Mutu Layanan Administrasi Kantor Kecamatan",
         "Nilai Survei Kepuasan Masyarakat", "72,50", None, 15),
        ("Meningkatnya Mutu Layanan Administrasi Kantor Kecamatan",
         "Nilai SAKIP Kecamatan", "CC", None, 16),
        ("Meningkatnya Tata Kelola Desa", "Angka kemiskinan desa", "8%", "%", 17),
    ]
    assert extraction.iku[0].formula is not None and "\\frac" in extraction.iku[0].formula
    assert extraction.iku[1].formula == "Hasil evaluasi AKIP oleh Inspektorat"
    assert extraction.used == frozenset({5, 13})


# -- traps --------------------------------------------------------------------------------


def test_garbled_header_row_with_the_year_is_part_of_the_header() -> None:
    """A converter may mangle the second header row; its target year still counts and
    the row is no indicator."""
    text = (
        "Tabel 2.2 Indikator Kinerja Utama\n\n"
        "No\tSasaran Strategis\tIndikator Kinerja Utama\tFormulasi\tTarget\tPenanggung\n"
        "11o\traxaran\tlndlkator utarna\tf ormula\t2024\tJawab\n"
        "1\tMeningkatnya Layanan\tNilai Survei Kepuasan\tRata-rata nilai unsur\t80\tCamat\n"
    )
    extraction = extract_text(text)
    assert [(r.indikator, r.target.raw, r.where.line) for r in extraction.iku] == [
        ("Nilai Survei Kepuasan", "80", 5)
    ]


def test_indicator_column_of_counts_is_no_agreement() -> None:
    """'Indikator' holding counts (a tally of results per sasaran) is not a PK."""
    text = (
        "No\tSasaran\tIndikator Sasaran\tTarget\n"
        "1\tSasaran 1\t2\t1\n"
        "2\tSasaran 2\t3\t2\n"
    )
    extraction = extract_text(text)
    assert extraction.agreements == () and extraction.used == frozenset()


def test_rkt_with_sasaran_and_program_columns_is_no_agreement() -> None:
    text = (
        "Rencana Kinerja Tahunan (RKT) Tahun 2024\n\n"
        "SASARAN\t\t\tPROGRAM\t\n"
        "Uraian\tIndikator Sasaran\tTarget\tUraian\tAnggaran\n"
        "Meningkatnya Layanan\tNilai Survei Kepuasan\t80\tProgram Pelayanan Publik\t"
        "10.000.000\n"
    )
    extraction = extract_text(text)
    assert extraction.agreements == () and extraction.agreement_programs == ()


def test_numbers_in_a_column_are_read_in_its_style() -> None:
    """'63,075' beside '88,33' is a decimal, not sixty-three thousand."""
    text = (
        "No\tSasaran Strategis\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\n"
        "1\tMeningkatnya Layanan\tNilai Survei Kepuasan\t63,075\t65,63\t104,05%\n"
        "2\tMeningkatnya Tata Kelola\tNilai Tata Kelola\t88,33\t90,33\t102,26%\n"
    )
    rows = extract_text(text).achievements[0].rows
    assert [value(row.target) for row in rows] == [Decimal("63.075"), Decimal("88.33")]
    assert rows[0].where.table == "Tabel di baris 1"


def test_sasaran_named_by_heading_rows() -> None:
    """Without a sasaran column, a row 'Sasaran 2: ...' names the sasaran of the rows
    below it, and is neither an indicator nor the wrapped end of the one above."""
    text = (
        "Tabel 2.3 Perjanjian Kinerja Tahun 2024\n\n"
        "No\tIndikator Kinerja\tTarget\n"
        "\tSasaran 1: Meningkatnya Mutu Layanan\t\n"
        "1\tNilai Survei Kepuasan\t80\n"
        "\tSasaran 2: Meningkatnya Tata Kelola Desa\t\n"
        "2\tPersentase desa tertib administrasi\t100%\n"
        "\tSasaran 3: Meningkatnya Ketenteraman\t\n"
    )
    extraction = extract_text(text)
    assert [(row.sasaran, row.indikator, row.target.raw if row.target else None, row.where.line)
            for row in extraction.agreements] == [
        ("Meningkatnya Mutu Layanan", "Nilai Survei Kepuasan", "80", 5),
        ("Meningkatnya Tata Kelola Desa", "Persentase desa tertib administrasi", "100%", 7),
        ("Meningkatnya Ketenteraman", None, None, 8),
    ]


def test_pk_target_column_of_another_year_is_still_the_pk_target() -> None:
    text = (
        "Tabel 2.3 Perjanjian Kinerja\n\n"
        "No\tSasaran Strategis\tIndikator Kinerja\tTarget 2023\n"
        "1\tMeningkatnya Mutu Layanan\tNilai Survei Kepuasan\t80\n"
    )
    assert [row.target.raw for row in extract_text(text).agreements] == ["80"]


def test_a_table_the_reader_trips_over_becomes_a_doubt(monkeypatch) -> None:
    from checker.extract import _performance

    def broken(*args):
        raise ValueError("kaput")

    monkeypatch.setattr(_performance, "_read_agreement", broken)
    extraction, figures = extract("perf_pk.txt")
    assert [(d.kind, d.where.line) for d in figures.doubts] == [("internal", 7), ("internal", 22)]
    assert extraction.agreements == () and 7 not in extraction.used


@pytest.mark.parametrize(
    ("above", "document"),
    [
        ("Perjanjian Kinerja Perubahan Camat Sukamaju", "pk_perubahan"),
        # Prose that happens to mention a change is no title.
        ("Perjanjian kinerja ini disusun setelah perubahan struktur organisasi kecamatan "
         "pada awal tahun, sebagaimana diatur dalam peraturan bupati yang berlaku.", "pk"),
        # Prose wrapped to the page's width: short lines, one saying the PK did *not*
        # change, one where a sentence ends inside the line.
        ("Perjanjian Kinerja ditandatangani pada 8 Januari 2024 dan\n"
         "PK tidak mengalami perubahan sepanjang tahun 2024", "pk"),
        ("ditandatangani Camat. PK tidak mengalami\n"
         "perubahan selama tahun 2024. PK memuat 3 sasaran", "pk"),
    ],
)
def test_pk_perubahan_named_by_a_title_above(above: str, document: str) -> None:
    text = (
        f"{above}\n\n"
        "Tabel 5.1 Sasaran, Indikator dan Target\n\n"
        "No\tSasaran Strategis\tIndikator Kinerja\tTarget\n"
        "1\tMeningkatnya Mutu Layanan\tNilai Survei Kepuasan\t80\n"
    )
    assert [row.document for row in extract_text(text).agreements] == [document]


def test_capaian_table_with_sasaran_heading_rows() -> None:
    text = (
        "Tabel 3.1 Capaian Kinerja\n\n"
        "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)\n"
        "\tSasaran 1: Meningkatnya Mutu Layanan\t\t\t\n"
        "1\tNilai Survei Kepuasan\t80\t84\t105\n"
        "\tRata-rata Capaian Kinerja\t\t\t105\n"
        "\tSasaran 2: Meningkatnya Tata Kelola Desa\t\t\t\n"
        "2\tPersentase desa tertib administrasi\t100%\t90%\t90\n"
    )
    found = extract_text(text).achievements[0]
    assert [(row.sasaran, row.indikator, row.where.line) for row in found.rows] == [
        ("Meningkatnya Mutu Layanan", "Nilai Survei Kepuasan", 5),
        ("Meningkatnya Tata Kelola Desa", "Persentase desa tertib administrasi", 8),
    ]
    assert [(s.sasaran, s.capaian.raw, s.where.line) for s in found.summaries] == [
        ("Meningkatnya Mutu Layanan", "105", 6)
    ]


@pytest.mark.parametrize(("name", "polarity"), [
    ("Angka putus sekolah SD/SMP", Polarity.NEGATIVE),
    ("Persentase anak putus sekolah", Polarity.NEGATIVE),
    ("Angka Kematian Ibu", Polarity.NEGATIVE),
    ("Prevalensi stunting pada balita", Polarity.NEGATIVE),
    ("Angka Partisipasi Sekolah", Polarity.POSITIVE),
    ("Persentase penurunan stunting", Polarity.POSITIVE),
])
def test_polarity_of_rates_that_should_fall(name: str, polarity: Polarity) -> None:
    assert polarity_of(name) is polarity


def test_pk_target_group_over_nilai_and_satuan() -> None:
    """An HTML PK whose 'Target 2023' spans 'Nilai' and 'Satuan': 'Nilai' is the target."""
    text = (
        "Perjanjian Kinerja Tahun 2024\n\n<table>\n"
        '<tr><th rowspan="2">No</th><th rowspan="2">Sasaran Strategis</th>'
        '<th rowspan="2">Indikator Kinerja</th><th colspan="2">Target 2024</th></tr>\n'
        "<tr><th>Nilai</th><th>Satuan</th></tr>\n"
        '<tr><td rowspan="2">1</td><td rowspan="2">Meningkatnya mutu layanan</td>'
        "<td>Indeks Kepuasan Masyarakat</td><td>82,50</td><td>indeks</td></tr>\n"
        "<tr><td>Persentase pengaduan yang tidak ditindaklanjuti</td><td>5</td><td>%</td></tr>\n"
        "</table>\n"
    )
    rows = extract_text(text).agreements
    assert [(row.indikator, row.target.raw, row.unit) for row in rows] == [
        ("Indeks Kepuasan Masyarakat", "82,50", "indeks"),
        ("Persentase pengaduan yang tidak ditindaklanjuti", "5", "%"),
    ]
