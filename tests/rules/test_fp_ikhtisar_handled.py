"""STR010: a problem said, in the passive, to be handled by a means ("keduanya ditangani
melalui pendataan ulang", "diselesaikan dengan menambah ...") is the step taken against
it. A problem "handled well" names no means, and an Ikhtisar that names problems and no
step is still reported. Small reports of a fictional Badan Contoh on 2025."""

from __future__ import annotations

import pytest

_HEAD = """LAPORAN KINERJA INSTANSI PEMERINTAH
BADAN CONTOH
TAHUN 2025

IKHTISAR EKSEKUTIF

Badan Contoh menetapkan 2 (dua) sasaran strategis dalam Renstra.
Capaian kinerja rata-rata sebesar 101,20% dengan realisasi anggaran 96,40%.
"""
_TAIL = """
BAB I PENDAHULUAN

Latar belakang laporan.
"""


def _ikhtisar(problems: str) -> str:
    return f"{_HEAD}{problems}\n{_TAIL}"


@pytest.mark.parametrize("problems", [
    "Kendala utama adalah data objek pajak yang belum mutakhir dan bidang tanah yang belum "
    "bersertifikat; keduanya ditangani melalui pendataan ulang dan kerja sama dengan "
    "Kantor Pertanahan.",
    "Hambatan yang dihadapi adalah keterbatasan petugas lapangan. Masalah ini diselesaikan "
    "dengan menambah tenaga pendata dari kelurahan.",
    "Permasalahan utama adalah keterlambatan laporan desa, yang ditanggulangi dengan cara "
    "pendampingan setiap triwulan.",
])
def test_str010_takes_a_problem_handled_by_a_means_as_the_step(check_inline, problems):
    assert check_inline(_ikhtisar(problems), "STR010", path="laporan.txt") == []


@pytest.mark.parametrize("problems", [
    "Kendala utama adalah data objek pajak yang belum mutakhir dan bidang tanah yang belum "
    "bersertifikat.",
    # Handled "well": a manner, not a means.
    "Kendala utama adalah data objek pajak yang belum mutakhir; pengaduan wajib pajak "
    "ditangani dengan baik.",
])
def test_str010_still_reports_problems_without_a_step(check_inline, problems):
    findings = check_inline(_ikhtisar(problems), "STR010", path="laporan.txt")
    assert [(rule, message) for rule, _, message in findings] == [
        ("STR010", "Ikhtisar Eksekutif (baris 5-10) tidak memuat langkah mengatasi kendala."),
    ]
