"""STR004: the seventh analysis (programs/kegiatan that supported or hindered a sasaran)
in the words reports use for it, and the program names that only look like it."""

from __future__ import annotations

import pytest
from conftest import edited, flatten

# One sasaran whose section has analyses (1) to (6); the last line is the one each test
# rewrites into a way of writing (or of not writing) analysis (7).
BODY = """\
[[agreements]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "Indeks Kepuasan Masyarakat"
target = "80"

[[outline]]
kind = "bab_3"
text = "BAB III AKUNTABILITAS KINERJA"
# 3.3.1 Sasaran 1. Meningkatnya kualitas pelayanan publik
# Target dan realisasi IKM tahun ini: 80 dan 82.
# Dibanding tahun lalu realisasi naik dari 78.
# Target akhir Renstra 2026 adalah 85; standar nasional IKM 76,61.
# Keberhasilan disebabkan oleh pelayanan keliling; solusi atas kendala jaringan: modem.
# Efisiensi: anggaran terserap 95% untuk capaian 102,5%.
# ANALYSIS_7
# Penutup uraian sasaran.

[[outline]]
kind = "bab_4"
text = "BAB IV PENUTUP"
"""

_MISSING_7 = [("STR004", 16, "Uraian sasaran 'Meningkatnya kualitas pelayanan publik' (Bab III "
               "baris 16\u201324) belum memuat 1 dari 7 analisis yang diminta: (7) "
               "program/kegiatan yang menunjang atau menghambat.")]


def _with(check, line: str) -> list[tuple]:
    return flatten(check(edited(BODY, ("ANALYSIS_7", line)), "STR004").findings)


@pytest.mark.parametrize("line", [
    "Program pendukung: Program Penyelenggaraan Pemerintahan dan Pelayanan Publik.",
    "Kegiatan penunjang: Koordinasi Penyelenggaraan Kegiatan Pemerintahan.",
    "Program dan kegiatan pendukung sasaran: Program Penyelenggaraan Pemerintahan.",
    "Program/Kegiatan Penghambat: tidak ada.",
    "Adapun yang mendukung pencapaian sasaran ini adalah Program Penyelenggaraan "
    "Pemerintahan.",
])
def test_str004_the_noun_form_of_the_seventh_analysis_counts(check, line):
    assert _with(check, line) == []


def test_str004_a_phrase_wrapped_onto_the_next_line_counts(check):
    body = edited(BODY, ("# ANALYSIS_7\n# Penutup uraian sasaran.",
                         "# Program dan Kegiatan\n# yang mendukung pencapaian sasaran."))
    assert flatten(check(body, "STR004").findings) == []


@pytest.mark.parametrize("line", [
    # The nomenclature's program is a name, not the analysis.
    "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota terserap 95%.",
    # A supporting factor is analysis (5); no program or kegiatan is analysed.
    "Faktor yang mendukung pencapaian sasaran adalah pelaksanaan kegiatan tepat waktu.",
    # Support for something other than the result is no analysis of it.
    "Sarana kantor yang dapat mendukung pelaksanaan kegiatan masih kurang.",
])
def test_str004_names_and_factors_are_not_the_seventh_analysis(check, line):
    assert _with(check, line) == _MISSING_7


def test_str004_a_program_name_wrapped_onto_the_next_line_is_still_a_name(check):
    body = edited(BODY, ("# ANALYSIS_7\n# Penutup uraian sasaran.",
                         "# Anggaran Program Penunjang\n# Urusan Pemerintahan Daerah 95%."))
    assert flatten(check(body, "STR004").findings) == _MISSING_7


def test_str004_every_phrase_holds_a_word_its_analysis_is_looked_for_by():
    # A line pair is searched for an analysis only when it holds one of the analysis's
    # words: a phrase without any of them would never be found.
    from rules.structure.str004_sasaran_analyses import ANALYSES

    for analysis in ANALYSES:
        for phrase in analysis.patterns:
            assert any(word in phrase for word in analysis.words), (analysis.number, phrase)


@pytest.mark.parametrize("line", [
    "Penyebab: pelayanan keliling.", "Kegagalan disebabkan oleh cuaca.",
    "Kendala jaringan.", "Solusi yang dilakukan: modem.",
])
def test_str004_each_word_of_the_fifth_analysis_counts(check, line):
    body = edited(BODY, ("# Keberhasilan disebabkan oleh pelayanan keliling; solusi atas "
                         "kendala jaringan: modem.", f"# {line}"),
                  ("ANALYSIS_7", "Program pendukung: Program Penyelenggaraan Pemerintahan."))
    assert flatten(check(body, "STR004").findings) == []
