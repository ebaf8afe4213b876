"""Wordings and layouts of reports the rules were not tuned to: each false finding they
gave, next to the real defect the same rule must still report.

Every report here is a Bab III with one budget table (three programs, Rp 6.000.000
budgeted, Rp 5.500.000 spent, 91,67%), and what each test adds above it. Findings are
compared as (rule, line, message); a line is found by the text printed on it.
"""

from __future__ import annotations

import pytest
from conftest import flatten

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.text import parse_source

HEAD = """\
LAPORAN KINERJA INSTANSI PEMERINTAH
KECAMATAN SUKAMAJU
TAHUN {year}

BAB III
AKUNTABILITAS KINERJA

A. Capaian Kinerja Organisasi

"""
PERENCANAAN = "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"
KOORDINASI = "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan"
PEMBERDAYAAN = "Koordinasi Kegiatan Pemberdayaan Desa"


def _rows(*rows: tuple[str, ...]) -> str:
    """Table rows, one a line, their cells separated by tabs."""
    return "".join("\t".join(row) + "\n" for row in rows)


BUDGET = """
B. Realisasi Anggaran

Tabel 3.9 Realisasi Anggaran Tahun {year}

""" + _rows(
    ("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%"),
    ("7.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "1.000.000",
     "900.000", "90,00"),
    ("7.01.01.2.01", PERENCANAAN, "1.000.000", "900.000", "90,00"),
    ("7.01.02", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", "2.000.000",
     "1.900.000", "95,00"),
    ("7.01.02.2.01", KOORDINASI, "2.000.000", "1.900.000", "95,00"),
    ("7.01.03", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN", "3.000.000",
     "2.700.000", "90,00"),
    ("7.01.03.2.01", PEMBERDAYAAN, "3.000.000", "2.700.000", "90,00"),
    ("", "JUMLAH", "6.000.000", "5.500.000", "91,67"),
)


def _text(body: str, year: int = 2023) -> str:
    return HEAD.format(year=year) + body + BUDGET.format(year=year)


def _line(text: str, printed: str) -> int:
    """The 1-based line of the one line that holds ``printed``."""
    lines = [n for n, line in enumerate(text.splitlines(), 1) if printed in line]
    assert len(lines) == 1, f"{printed!r} is on lines {lines}"
    return lines[0]


@pytest.fixture
def run(registry):
    def findings(text: str, *codes: str, lang: str = "id") -> list[tuple]:
        report = extract_report(parse_source(text, "laporan.txt"))
        rules = [rule for rule in registry.rules if rule.code in codes]
        assert len(rules) == len(codes), f"unknown rule in {codes}"
        return flatten(check_report(report, rules, Config()).findings, lang)

    return findings


# -- CNT001: the programs of one sasaran ---------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Sasaran 2 ditunjang oleh 2 (dua) program.",
    "Sasaran 2 didukung dengan 2 (dua) program.",
    "Program yang menunjang sasaran 2 sebanyak 2 (dua) program.",
    "Untuk mendukung pencapaian sasaran 2, dilaksanakan 2 (dua) program.",
])
def test_cnt001_the_programs_supporting_one_sasaran_are_no_total(run, sentence):
    assert run(_text(sentence + "\n"), "CNT001") == []


def test_cnt001_still_reports_the_agencys_total_that_differs(run):
    text = _text("Pada tahun 2023 Kecamatan Sukamaju melaksanakan 2 (dua) program.\n")
    assert run(text, "CNT001") == [(
        "CNT001", _line(text, "melaksanakan 2 (dua) program"),
        "Narasi menyebut 2 program, tetapi tabel anggaran memuat jumlah program yang "
        "berbeda (Tabel 3.9 Realisasi Anggaran Tahun 2023: 3).",
    )]


# -- CON002: revenue is no spending ---------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Realisasi PAD Tahun 2023 sebesar Rp 8.000.000 dari target Rp 7.500.000.",
    "PAD terealisasi 106,67% dari target, sedangkan belanja terealisasi Rp 5.500.000 atau "
    "91,67%.",
    "Realisasi retribusi daerah mencapai Rp 2.250.000 atau 112,50% dari target.",
])
def test_con002_revenue_figures_are_not_the_spending(run, sentence):
    assert run(_text(sentence + "\n"), "CON002") == []


def test_con002_still_reports_a_spending_figure_that_differs(run):
    text = _text("Realisasi PAD Tahun 2023 sebesar Rp 8.000.000, sedangkan realisasi "
                 "belanja sebesar Rp 5.000.000.\n")
    found = run(text, "CON002")
    assert [(rule, line) for rule, line, _ in found] == [("CON002", _line(text, "Rp 5.000.000"))]
    assert "Rp 5.000.000" in found[0][2] and "Rp 8.000.000" not in found[0][2]


# -- CNT002: the indicators a change acts on -------------------------------------------------

PK = """\
Tabel 2.1 Perjanjian Kinerja Perubahan Tahun 2023

No\tSasaran Strategis\tIndikator Kinerja\tTarget
1\tMeningkatnya kualitas pelayanan publik\tIndeks Kepuasan Masyarakat\t80,00
\t\tPersentase layanan tepat waktu\t90,00

"""


@pytest.mark.parametrize("sentence", [
    "Perubahan tersebut menaikkan target 1 (satu) indikator dan tidak mengubah indikator "
    "lainnya.",
    "Perjanjian Kinerja Perubahan mengubah 1 (satu) indikator.",
    "Sebanyak 1 (satu) indikator mengalami perubahan target.",
])
def test_cnt002_the_indicators_a_change_acts_on_are_a_part(run, sentence):
    assert run(_text(PK + sentence + "\n"), "CNT002") == []


def test_cnt002_still_reports_a_total_that_differs(run):
    text = _text(PK + "Perjanjian Kinerja Perubahan memuat 3 (tiga) indikator.\n")
    assert run(text, "CNT002") == [(
        "CNT002", _line(text, "memuat 3 (tiga) indikator"),
        "Narasi menyebut 3 indikator, tetapi Perjanjian Kinerja Perubahan (Tabel 2.1 "
        "Perjanjian Kinerja Perubahan Tahun 2023) memuat 2 indikator.",
    )]


# -- HYG002: the year shown as the comparator ------------------------------------------------


def test_hyg002_a_year_shown_as_the_comparator_is_on_purpose(run):
    text = _text("Realisasi anggaran disajikan pada tabel berikut, bersama realisasi tahun "
                 "2022 sebagai pembanding.\n")
    assert run(text, "HYG002") == []


def test_hyg002_still_reports_the_stale_year(run):
    text = _text("Realisasi anggaran tahun 2022 disajikan pada tabel berikut.\n")
    found = run(text, "HYG002")
    assert [(rule, line) for rule, line, _ in found] == [("HYG002", _line(text, "tahun 2022"))]
    assert '"2022" tidak sesuai dengan tahun laporan 2023' in found[0][2]


# -- CAP002: the mean of the whole table -----------------------------------------------------

INDICATORS = """\
Tabel 3.1 Capaian Kinerja Tahun 2023

No\tSasaran Strategis\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)
1\tMeningkatnya kualitas pelayanan publik\tIndeks Kepuasan Masyarakat\t80,00\t84,00\t105,00
2\tMeningkatnya akuntabilitas kinerja\tNilai SAKIP\t70,00\t71,40\t102,00

Tabel 3.2 Capaian Sasaran Strategis Tahun 2023

No\tSasaran Strategis\tCapaian (%)
1\tMeningkatnya kualitas pelayanan publik\t105,00
2\tMeningkatnya akuntabilitas kinerja\t{second}
\t{summary}\t103,50
"""


@pytest.mark.parametrize("summary", ["Rata-rata", "**Rata-rata**", "Rerata", "Jumlah"])
def test_cap002_the_summary_row_of_a_sasaran_table_is_no_sasarans_capaian(run, summary):
    text = _text(INDICATORS.format(second="102,00", summary=summary))
    assert run(text, "CAP002") == []


def test_cap002_still_reports_a_sasaran_whose_capaian_is_not_its_indicators_mean(run):
    text = _text(INDICATORS.format(second="101,00", summary="Rata-rata"))
    assert run(text, "CAP002") == [(
        "CAP002", _line(text, "\t101,00"),
        "Capaian sasaran 'Meningkatnya akuntabilitas kinerja' tertulis 101,00, sedangkan "
        "rata-rata capaian 1 indikatornya 102,00%.",
    )]


# -- CAP003: the report's own scale in its own words -----------------------------------------

GRADED = """\
Kategori capaian ditetapkan sebagai berikut: {scale}

Tabel 3.1 Capaian Kinerja Tahun 2023

No\tSasaran Strategis\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)\tPredikat
1\tMeningkatnya kualitas pelayanan publik\tIndeks Kepuasan Masyarakat\t80\t84\t105,00\tSangat Baik
2\tMeningkatnya akuntabilitas kinerja\tNilai SAKIP\t70,00\t62,30\t89,00\t{label}
"""
SCALES = [
    "capaian 90% ke atas Sangat Baik; 75% sampai kurang dari 90% Baik; 60% sampai kurang "
    "dari 75% Cukup; dan di bawah 60% Kurang.",
    "lebih dari atau sama dengan 90 Sangat Baik, 75 sampai dengan kurang dari 90 Baik, 60 "
    "sampai dengan kurang dari 75 Cukup, dan 59,99 ke bawah Kurang.",
    "\u2265 90% Sangat Baik, 75% - 89,99% Baik, 60% - 74,99% Cukup, < 60% Kurang.",
]


@pytest.mark.parametrize("scale", SCALES)
def test_cap003_grades_on_the_scale_the_sentence_prints(run, scale):
    assert run(_text(GRADED.format(scale=scale, label="Baik")), "CAP003") == []


@pytest.mark.parametrize("scale", SCALES)
def test_cap003_still_reports_a_label_the_printed_scale_does_not_give(run, scale):
    text = _text(GRADED.format(scale=scale, label="Cukup"))
    assert run(text, "CAP003") == [(
        "CAP003", _line(text, "Nilai SAKIP"),
        "Predikat 'Cukup' untuk indikator 'Nilai SAKIP' tidak sesuai dengan capaian 89,00: "
        "menurut skala LKjIP predikatnya 'Baik'.",
    )]


def test_cap003_without_a_scale_labels_of_other_words_are_not_judged(run):
    unread = "tersaji pada lampiran."
    assert run(_text(GRADED.format(scale=unread, label="Baik")), "CAP003") == []
    text = _text(GRADED.format(scale=unread, label="Sedang").replace("Sangat Baik", "Tinggi"))
    assert run(text, "CAP003") == [
        ("CAP003", _line(text, "Indeks Kepuasan"),
         "Predikat 'Tinggi' untuk indikator 'Indeks Kepuasan Masyarakat' tidak sesuai dengan "
         "capaian 105,00: menurut skala Permendagri 86/2017 predikatnya 'Sangat Tinggi'."),
        ("CAP003", _line(text, "Nilai SAKIP"),
         "Predikat 'Sedang' untuk indikator 'Nilai SAKIP' tidak sesuai dengan capaian 89,00: "
         "menurut skala Permendagri 86/2017 predikatnya 'Tinggi'."),
    ]


# -- CON006: the PK Perubahan's column of a two-version program table -------------------------

PROGRAMS = """\
Tabel 2.4 Program dan Anggaran Perjanjian Kinerja Awal dan Perubahan Tahun 2023

No\tProgram\tAnggaran PK Awal (Rp)\tAnggaran PK Perubahan (Rp)
1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t1.200.000\t1.000.000
2\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\t2.000.000\t2.000.000
3\tProgram Pemberdayaan Masyarakat Desa dan Kelurahan\t2.800.000\t{third}
\tJumlah\t6.000.000\t6.000.000
"""


def test_con006_the_pk_perubahan_column_is_the_one_in_force(run):
    assert run(_text(PROGRAMS.format(third="3.000.000")), "CON006") == []


def test_con006_still_reports_a_pk_perubahan_pagu_that_differs(run):
    text = _text(PROGRAMS.format(third="3.100.000"))
    found = run(text, "CON006")
    assert [(rule, line) for rule, line, _ in found] == [
        ("CON006", _line(text, "\t3.100.000"))]
    assert "Rp 3.100.000 di PK Perubahan" in found[0][2]


# -- CON001 / CON004: the PK printed beside its Perubahan ------------------------------------

CHANGED = """\
Tabel 2.1 Target Renstra Tahun 2021-2026

No\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget 2023\tTarget 2026
1\tMeningkatnya kualitas pelayanan publik\tPersentase layanan tepat waktu\t%\t{renstra}\t85,00

Tabel 2.3 Perjanjian Kinerja Awal dan Perjanjian Kinerja Perubahan Tahun 2023

No\tSasaran Strategis\tIndikator Kinerja\tTarget PK Awal\tTarget PK Perubahan\tKeterangan
1\tMeningkatnya kualitas pelayanan publik\tPersentase layanan tepat waktu\t60,00%\t70,00%\tdinaikkan

Tabel 3.1 Capaian Kinerja Tahun 2023

No\tSasaran Strategis\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)
1\tMeningkatnya kualitas pelayanan publik\tPersentase layanan tepat waktu\t{target}\t75%\t{capaian}
"""


def test_con001_the_renstra_is_held_against_the_pk_and_the_change_is_con004s(run):
    text = _text(CHANGED.format(renstra="60,00", target="70,00%", capaian="107,14%"))
    assert run(text, "CON001", "CON004") == [(
        "CON004", _line(text, "\t60,00%\t70,00%"),
        f"PK Perubahan (baris {_line(text, '60,00%')}) berbeda dari PK (baris "
        f"{_line(text, '60,00%')}): target diubah 'Persentase layanan tepat waktu' 60,00% "
        "\u2192 70,00%.",
    )]


def test_con001_still_reports_a_renstra_target_that_neither_pk_prints(run):
    text = _text(CHANGED.format(renstra="65,00", target="70,00%", capaian="107,14%"))
    found = run(text, "CON001")
    assert [(rule, line) for rule, line, _ in found] == [("CON001", _line(text, "\t65,00\t"))]
    assert "tertulis 65,00 di Renstra" in found[0][2] and "tetapi 60,00% di PK (" in found[0][2]


def test_con001_still_holds_bab_iii_against_the_pk_perubahan(run):
    text = _text(CHANGED.format(renstra="60,00", target="60,00%", capaian="125,00%"))
    found = run(text, "CON001")
    assert [(rule, line) for rule, line, _ in found] == [("CON001", _line(text, "\t75%"))]
    assert "tetapi 70,00% di PK Perubahan" in found[0][2]


# -- CON010 / CAS003: several kegiatan in one cell -------------------------------------------

LINKED = """\
Tabel 3.4 Realisasi Anggaran per Sasaran Strategis Tahun 2023

""" + _rows(
    ("No", "Sasaran Strategis", "Kegiatan Pendukung", "Pagu (Rp)", "Realisasi (Rp)"),
    ("1", "Meningkatnya kualitas pelayanan publik", f"{{first}}; {PEMBERDAYAAN}", "5.000.000",
     "4.600.000"),
    ("2", "Meningkatnya akuntabilitas kinerja", PERENCANAAN, "1.000.000", "900.000"),
    ("", "Jumlah", "", "6.000.000", "5.500.000"),
)
FIRST = KOORDINASI


def test_con010_cas003_each_kegiatan_of_a_cell_is_its_own_item(run):
    assert run(_text(LINKED.format(first=FIRST)), "CON010", "CAS003") == []


def test_con010_still_reports_a_misspelt_kegiatan_among_several(run):
    misspelt = FIRST.replace("Pemerintahan", "Pemerintah")
    text = _text(LINKED.format(first=misspelt))
    found = run(text, "CON010")
    assert [(rule, line) for rule, line, _ in found] == [("CON010", _line(text, misspelt))]
    assert f"'{misspelt}' (tabel keterkaitan" in found[0][2]
