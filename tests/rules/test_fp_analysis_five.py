"""STR004: the fifth analysis (causes of success or failure and the solutions) under the
regulation's own heading, "Analisis keberhasilan dan kegagalan serta solusinya", with a
paragraph that gives its causes with "karena"; and a section that lacks it."""

from __future__ import annotations

import pytest
from conftest import edited, flatten

# One sasaran whose section has analyses (1)-(4), (6) and (7); ANALYSIS_5 and the line
# after it are the ones each test rewrites.
BODY = """\
[[agreements]]
sasaran = "Meningkatnya cakupan pencatatan peristiwa penting"
indikator = "Persentase anak yang memiliki akta kelahiran"
target = "97"

[[outline]]
kind = "bab_3"
text = "BAB III AKUNTABILITAS KINERJA"
# Sasaran 1: Meningkatnya cakupan pencatatan peristiwa penting
# (1) Target dan realisasi tahun 2023: 96,41 dari target 97,00.
# (2) Perbandingan dengan tahun lalu: 95,72 pada 2022.
# (3) Perbandingan dengan target akhir Renstra 98,50.
# (4) Perbandingan dengan standar nasional: target nasional 96.
# ANALYSIS_5
# ANALYSIS_5_TEXT
# (6) Efisiensi penggunaan sumber daya: anggaran terserap 96,03%.
# (7) Program dan kegiatan pendukung: Program Pencatatan Sipil.

[[outline]]
kind = "bab_4"
text = "BAB IV PENUTUP"
"""

_TEXT = ("Kenaikan didukung layanan terpadu di rumah sakit; jumlah dokumen belum mencapai "
         "target karena kelahiran lebih rendah dari proyeksi.")


def _with(check, heading: str, text: str = _TEXT) -> list[tuple]:
    body = edited(BODY, ("ANALYSIS_5_TEXT", text), ("ANALYSIS_5\n", heading + "\n"))
    return flatten(check(body, "STR004").findings)


@pytest.mark.parametrize("heading", [
    "(5) Analisis keberhasilan dan kegagalan serta solusinya",
    "(5) Keberhasilan/kegagalan dan langkah yang diambil",
    "(5) Keberhasilan atau kegagalan capaian",
    "(5) Capaian dan solusinya",
])
def test_str004_the_heading_of_the_fifth_analysis_counts(check, heading):
    assert _with(check, heading) == []


def test_str004_a_section_without_the_fifth_analysis_is_still_reported(check):
    # No heading of its own and no cause given: the analysis is missing.
    found = _with(check, "(5) Kegiatan lain tahun 2023",
                  "Dinas juga menyelenggarakan sosialisasi di 12 kelurahan.")
    assert found == [("STR004", 16, "Uraian sasaran 'Meningkatnya cakupan pencatatan peristiwa "
                      "penting' (Bab III baris 16\u201325) belum memuat 1 dari 7 analisis yang "
                      "diminta: (5) penyebab keberhasilan/kegagalan dan solusinya.")]
