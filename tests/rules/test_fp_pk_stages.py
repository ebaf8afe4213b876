"""A year whose PK was changed twice: its stage table, per-sasaran kegiatan, a count of
one sasaran's kegiatan and the support program tied to every sasaran."""

# ruff: noqa: E501  (the report's table rows are one line each, as printed)
from __future__ import annotations

from conftest import edited

_REPORT = """\
LAPORAN KINERJA INSTANSI PEMERINTAH
DINAS PEMADAM KEBAKARAN KABUPATEN TELUK HIJAU
TAHUN 2020

BAB II
PERENCANAAN KINERJA

Tabel 2.1 Target Renstra Tahun 2019-2021

| No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2019 | Target 2020 | Target 2021 |
|----|----|----|----|----|----|----|
| 1 | Meningkatnya kesiapsiagaan pemadaman kebakaran | Persentase kejadian yang ditangani dalam waktu tanggap | % | 70,00 | 75,00 | 80,00 |
| 2 | Meningkatnya kesadaran masyarakat atas bahaya kebakaran | Persentase kelurahan yang memiliki relawan kebakaran | % | 40,00 | 50,00 | 60,00 |

Tabel 2.2 Target Perjanjian Kinerja Awal, Perubahan I dan Perubahan II Tahun 2020

| No | Indikator Kinerja | Satuan | PK Awal | PK Perubahan I | PK Perubahan II |
|----|----|----|----|----|----|
| 1 | Persentase kejadian yang ditangani dalam waktu tanggap | % | 75,00 | 72,00 | 70,00 |
| 2 | Persentase kelurahan yang memiliki relawan kebakaran | % | 50,00 | 45,00 | 45,00 |

Tabel 2.3 Perjanjian Kinerja Perubahan II Tahun 2020

| No | Sasaran Strategis | Indikator Kinerja | Satuan | Target |
|----|----|----|----|----|
| 1 | Meningkatnya kesiapsiagaan pemadaman kebakaran | Persentase kejadian yang ditangani dalam waktu tanggap | % | 70,00 |
| 2 | Meningkatnya kesadaran masyarakat atas bahaya kebakaran | Persentase kelurahan yang memiliki relawan kebakaran | % | 45,00 |

Program Pencegahan dan Penanggulangan Kebakaran mendukung kedua sasaran strategis. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota menunjang pelaksanaan seluruh sasaran.

BAB III
AKUNTABILITAS KINERJA

Efisiensi. Dua kegiatan pendukung Sasaran 2 menyerap Rp 290.000.000 dari pagu Rp 300.000.000.

Tabel 3.1 Kegiatan Pendukung Sasaran 2

| No | Kegiatan | Pagu (Rp) | Realisasi (Rp) | % |
|----|----|----|----|----|
| 1 | Pemberdayaan Masyarakat dalam Pencegahan Kebakaran | 200.000.000 | 195.000.000 | 97,50 |
| 2 | Penyuluhan Pencegahan Kebakaran | 100.000.000 | 95.000.000 | 95,00 |
|  | Jumlah | 300.000.000 | 290.000.000 | 96,67 |

B. Realisasi Anggaran

Pada tahun 2020 Dinas melaksanakan 2 (dua) program dan 4 (empat) kegiatan.

Tabel 3.2 Pagu dan Realisasi Anggaran per Program dan Kegiatan Tahun 2020

| Kode | Program / Kegiatan | Pagu (Rp) | Realisasi (Rp) | % |
|----|----|----|----|----|
| 1.03.01 | PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA | 500.000.000 | 480.000.000 | 96,00 |
| 1.03.01.2.01 | Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah | 100.000.000 | 96.000.000 | 96,00 |
| 1.03.01.2.02 | Administrasi Keuangan Perangkat Daerah | 400.000.000 | 384.000.000 | 96,00 |
| 1.03.02 | PROGRAM PENCEGAHAN DAN PENANGGULANGAN KEBAKARAN | 300.000.000 | 290.000.000 | 96,67 |
| 1.03.02.2.01 | Pemberdayaan Masyarakat dalam Pencegahan Kebakaran | 200.000.000 | 195.000.000 | 97,50 |
| 1.03.02.2.02 | Penyuluhan Pencegahan Kebakaran | 100.000.000 | 95.000.000 | 95,00 |
|  | JUMLAH | 800.000.000 | 770.000.000 | 96,25 |
"""


def _codes(findings: list[tuple]) -> list[tuple[str, int]]:
    return [(code, line) for code, line, _ in findings]


def _line(text: str, needle: str) -> int:
    """The line of ``text`` (from 1) that holds ``needle``."""
    return next(number for number, line in enumerate(text.splitlines(), 1) if needle in line)


def test_renstra_target_equal_to_the_signed_pk_is_no_conflict(check_inline) -> None:
    # The Renstra's 75,00 / 50,00 are the PK Awal's; the PK Perubahan II changed them.
    assert check_inline(_REPORT, "CON001") == []


def test_renstra_target_unlike_every_pk_stage_still_conflicts(check_inline) -> None:
    report = edited(_REPORT, ("| 70,00 | 75,00 | 80,00 |", "| 70,00 | 77,00 | 80,00 |"))
    assert ("CON001", _line(report, "77,00")) in _codes(check_inline(report, "CON001"))


def test_signed_pk_unlike_the_renstra_still_conflicts(check_inline) -> None:
    # The PK Awal should copy the Renstra's target of the year: 74,00 is a miscopy.
    report = edited(_REPORT, ("| % | 75,00 | 72,00 | 70,00 |", "| % | 74,00 | 72,00 | 70,00 |"))
    assert _codes(check_inline(report, "CON001"))


def test_kegiatan_column_of_a_sasaran_table_lists_kegiatan(check_inline) -> None:
    assert check_inline(_REPORT, "CAS005") == []


def test_kegiatan_missing_from_the_budget_still_reported(check_inline) -> None:
    report = edited(_REPORT, ("| 2 | Penyuluhan Pencegahan Kebakaran | 100",
                              "| 2 | Simulasi Evakuasi Gedung Tinggi | 100"))
    findings = check_inline(report, "CAS005")
    assert ("CAS005", _line(report, "Simulasi")) in _codes(findings)
    assert "Simulasi Evakuasi Gedung Tinggi" in findings[0][2]


def test_count_of_one_sasarans_kegiatan_is_not_the_budgets(check_inline) -> None:
    assert check_inline(_REPORT, "CNT001") == []


def test_count_of_all_kegiatan_still_checked(check_inline) -> None:
    report = edited(_REPORT, ("2 (dua) program dan 4 (empat) kegiatan",
                              "2 (dua) program dan 5 (lima) kegiatan"))
    assert ("CNT001", _line(report, "5 (lima)")) in _codes(check_inline(report, "CNT001"))


def test_program_supporting_every_sasaran_is_linked(check_inline) -> None:
    assert check_inline(_REPORT, "CAS003") == []


def test_program_tied_to_no_sasaran_still_reported(check_inline) -> None:
    report = edited(_REPORT, ("menunjang pelaksanaan seluruh sasaran.",
                              "menunjang pelaksanaan tugas kantor.."))
    findings = check_inline(report, "CAS003")
    assert ("CAS003", _line(report, "| PROGRAM PENUNJANG")) in _codes(findings)
