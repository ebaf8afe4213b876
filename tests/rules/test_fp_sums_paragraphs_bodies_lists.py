"""False findings on reports written in ways the checker had not seen, and the defects of
the same kind that must still be found.

- CON002: "Program A dan Program B dengan anggaran seluruhnya Rp ..." quotes the sum of
  the programs the sentence names, not the agency's whole budget.
- CON002: in a Word document each paragraph is one line, with no blank line between
  paragraphs: "kedua program" points back at the programs of its own paragraph, not at
  those of the paragraphs (and the sasaran) above it.
- CON015: "nilai SAKIP Pemerintah Provinsi ... sebesar 72,86", quoted beside the agency's
  own score, is the province's figure, not the realisasi of the agency's 'Nilai SAKIP'.
- INP001: in a table of sasaran with a column "Capaian Indikator (%)" listing the
  indicators' capaian ("105,00 dan 106,06") and a column "Capaian Sasaran (%)", the
  sasaran's capaian is the latter; the list is no unreadable figure.
"""

from __future__ import annotations

from pathlib import Path

import docx
from conftest import flatten

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.sdk import read_report
from checker.text import parse_source

_BUDGET_REPORT = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH DINAS PARIWISATA KOTA CONTOH TAHUN 2023

## BAB III AKUNTABILITAS KINERJA

### 3.1 Capaian Kinerja Organisasi

**Tabel 3.1 Pengukuran Kinerja Tahun 2023**

| No | Sasaran Strategis | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|---|
|1|Meningkatnya kunjungan wisata|Jumlah kunjungan wisatawan|orang|40.000|42.000|105,00|

{narrative}

### 3.2 Realisasi Anggaran

**Tabel 3.2 Realisasi Anggaran per Program dan Kegiatan Tahun 2023**

| Kode | Program/Kegiatan | Pagu (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
|3.26.02|Program Peningkatan Daya Tarik Destinasi Pariwisata|500.000.000|480.000.000|96,00|
| 3.26.02.2.01 | Pengelolaan Daya Tarik Wisata Kabupaten/Kota | 500.000.000 | 480.000.000 | 96,00 |
| 3.26.03 | Program Pemasaran Pariwisata Daerah | 300.000.000 | 290.000.000 | 96,67 |
| 3.26.03.2.01 | Pemasaran Pariwisata Dalam Negeri | 300.000.000 | 290.000.000 | 96,67 |
| 3.26.04 | Program Pengembangan Ekonomi Kreatif | 200.000.000 | 190.000.000 | 95,00 |
| 3.26.04.2.01 | Penyediaan Prasarana Ekonomi Kreatif | 200.000.000 | 190.000.000 | 95,00 |
|  | Jumlah | 1.000.000.000 | 960.000.000 | 96,00 |

## BAB IV PENUTUP

Demikian laporan ini disusun.
"""

_ALL_OF_THEIRS = (
    "Sasaran ini ditunjang oleh Program Peningkatan Daya Tarik Destinasi Pariwisata dan "
    "Program Pemasaran Pariwisata Daerah dengan anggaran seluruhnya Rp {pagu} dan "
    "realisasi Rp 770.000.000 atau 96,25%.")


def _run(registry, report, code: str) -> list[tuple]:
    rules = [rule for rule in registry.rules if rule.code == code]
    assert len(rules) == 1
    return flatten(check_report(report, rules, Config()).findings, "id")


def _text_findings(registry, text: str, code: str) -> list[tuple]:
    return _run(registry, extract_report(parse_source(text, "laporan.md")), code)


def test_all_of_the_named_programs_budget_is_no_false_finding(registry) -> None:
    narrative = _ALL_OF_THEIRS.format(pagu="800.000.000")
    assert _text_findings(registry, _BUDGET_REPORT.format(narrative=narrative), "CON002") == []


def test_a_wrong_budget_of_the_named_programs_is_found(registry) -> None:
    narrative = _ALL_OF_THEIRS.format(pagu="850.000.000")
    findings = _text_findings(registry, _BUDGET_REPORT.format(narrative=narrative), "CON002")
    assert len(findings) == 1
    assert "850.000.000" in str(findings[0])
    assert "800.000.000" in str(findings[0])  # the two programs' sum is what it expected


# == Word paragraphs: one line each, no blank line between them ============================

_SASARAN_1 = (
    "Sasaran ini didukung oleh Program Pengembangan Ekonomi Kreatif dengan pagu "
    "Rp 200.000.000 dan realisasi Rp 190.000.000 (95,00%).")
_SASARAN_2 = (
    "Sasaran ini didukung oleh Program Peningkatan Daya Tarik Destinasi Pariwisata (pagu "
    "Rp 500.000.000, realisasi Rp 480.000.000) dan Program Pemasaran Pariwisata Daerah "
    "(pagu Rp 300.000.000, realisasi Rp 290.000.000). Jumlah pagu kedua program Rp {pagu} "
    "dengan realisasi Rp 770.000.000 (96,25%).")
_BUDGET_ROWS = (
    ("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%"),
    ("3.26.02", "Program Peningkatan Daya Tarik Destinasi Pariwisata", "500.000.000",
     "480.000.000", "96,00"),
    ("3.26.03", "Program Pemasaran Pariwisata Daerah", "300.000.000", "290.000.000", "96,67"),
    ("3.26.04", "Program Pengembangan Ekonomi Kreatif", "200.000.000", "190.000.000",
     "95,00"),
    ("", "Jumlah", "1.000.000.000", "960.000.000", "96,00"),
)


def _word_report(tmp_path: Path, pagu: str) -> Path:
    """A Word report whose Bab III speaks of two sasaran in paragraphs that follow one
    another with no empty paragraph between them."""
    document = docx.Document()
    document.add_heading("LAPORAN KINERJA INSTANSI PEMERINTAH DINAS PARIWISATA KOTA CONTOH "
                         "TAHUN 2023", 1)
    document.add_heading("BAB III AKUNTABILITAS KINERJA", 1)
    document.add_heading("3.1 Capaian Kinerja Organisasi", 2)
    document.add_heading("Sasaran 1: Meningkatnya ekonomi kreatif", 3)
    document.add_paragraph("Sasaran pertama diukur dengan satu indikator.")
    document.add_paragraph(_SASARAN_1)
    document.add_heading("Sasaran 2: Meningkatnya kunjungan wisata", 3)
    document.add_paragraph("Sasaran kedua diukur dengan satu indikator.")
    document.add_paragraph(_SASARAN_2.format(pagu=pagu))
    document.add_heading("3.2 Realisasi Anggaran", 2)
    document.add_paragraph("Tabel 3.2 Realisasi Anggaran per Program Tahun 2023")
    table = document.add_table(rows=len(_BUDGET_ROWS), cols=len(_BUDGET_ROWS[0]))
    for cells, row in zip((r.cells for r in table.rows), _BUDGET_ROWS, strict=True):
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    document.add_heading("BAB IV PENUTUP", 1)
    document.add_paragraph("Demikian laporan ini disusun.")
    path = tmp_path / "laporan.docx"
    document.save(str(path))
    return path


def test_word_paragraphs_hold_the_programs_kedua_program_points_back_at(registry,
                                                                         tmp_path) -> None:
    report = read_report(_word_report(tmp_path, "800.000.000"))
    assert report.format == "docx"
    assert _run(registry, report, "CON002") == []


def test_a_wrong_sum_of_kedua_program_in_a_word_paragraph_is_found(registry,
                                                                    tmp_path) -> None:
    findings = _run(registry, read_report(_word_report(tmp_path, "850.000.000")), "CON002")
    assert len(findings) == 1
    assert "850.000.000" in str(findings[0])
    assert "800.000.000" in str(findings[0])  # the sum of the paragraph's two programs


# == Another body's figure of the same measure ============================================

_SAKIP_REPORT = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH DINAS SOSIAL PROVINSI CONTOH TAHUN 2023

## BAB III AKUNTABILITAS KINERJA

### 3.1 Capaian Kinerja Organisasi

**Tabel 3.1 Pengukuran Kinerja Tahun 2023**

| No | Sasaran Strategis | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|---|
|1|Meningkatnya akuntabilitas kinerja|Nilai SAKIP Dinas Sosial|nilai|75,00|76,42|101,89|

{narrative}

## BAB IV PENUTUP

Demikian laporan ini disusun.
"""


def test_another_bodys_score_of_the_same_measure_is_no_realisasi(registry) -> None:
    narrative = ("Tidak terdapat standar nasional untuk Nilai SAKIP perangkat daerah; sebagai "
                 "pembanding, nilai SAKIP Pemerintah Provinsi Contoh tahun yang sama sebesar "
                 "72,86.")
    text = _SAKIP_REPORT.format(narrative=narrative)
    assert _text_findings(registry, text, "CON015") == []


def test_a_wrong_score_of_the_agency_itself_is_found(registry) -> None:
    narrative = "Nilai SAKIP Dinas Sosial Provinsi Contoh tahun 2023 sebesar 72,86."
    findings = _text_findings(registry, _SAKIP_REPORT.format(narrative=narrative), "CON015")
    assert len(findings) == 1
    assert "72,86" in str(findings[0])
    assert "76,42" in str(findings[0])


def test_a_wrong_score_named_by_the_measure_alone_is_found(registry) -> None:
    narrative = "Nilai SAKIP tahun 2023 sebesar 72,86 sehingga target tercapai."
    findings = _text_findings(registry, _SAKIP_REPORT.format(narrative=narrative), "CON015")
    assert len(findings) == 1
    assert "72,86" in str(findings[0])


# == A column listing the indicators' capaian beside the sasaran's ========================

_SASARAN_TABLE = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH DINAS KOMUNIKASI DAN INFORMATIKA KOTA CONTOH TAHUN 2022

## BAB III AKUNTABILITAS KINERJA

### 3.1 Capaian Kinerja Organisasi

**Tabel 3.3 Capaian Sasaran Strategis Tahun 2022**

| No | Sasaran Strategis | Capaian Indikator (%) | Capaian Sasaran (%) | Predikat |
|---|---|---|---|---|
| 1 | Meningkatnya kualitas penerapan SPBE | 105,00 dan 106,06 | {first} | Sangat Tinggi |
| 2 | Meningkatnya kualitas layanan informasi publik | 95,50 dan 102,94 | 99,22 | Sangat Tinggi |

## BAB IV PENUTUP

Demikian laporan ini disusun.
"""


def _sasaran_capaian(text: str) -> list[str | None]:
    report = extract_report(parse_source(text, "laporan.md"))
    return [summary.capaian.raw if summary.capaian else None
            for table in report.achievements for summary in table.summaries]


def test_the_sasaran_capaian_is_read_from_its_own_column() -> None:
    assert _sasaran_capaian(_SASARAN_TABLE.format(first="105,53")) == ["105,53", "99,22"]


def test_a_list_of_the_indicators_capaian_is_no_unreadable_figure(registry) -> None:
    assert _text_findings(registry, _SASARAN_TABLE.format(first="105,53"), "INP001") == []


def test_an_unreadable_sasaran_capaian_is_still_reported(registry) -> None:
    findings = _text_findings(registry, _SASARAN_TABLE.format(first="105,53 dan 99"), "INP001")
    assert len(findings) == 1
    assert "105,53 dan 99" in str(findings[0])
