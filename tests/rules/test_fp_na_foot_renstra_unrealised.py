"""Four false findings on a report whose data is partly not out yet, and the real defects
of each kind that are still reported. Small reports of a fictional Dinas Contoh
(``fixtures/fp_na_foot_average.md``).

* CAS002: a realisasi printed "N/A" that a sentence explains as data not published yet
  ("... ditulis N/A karena angkanya baru dirilis ...") is a realisasi to come, not an
  indicator left out; an unexplained "N/A" is still reported.
* CAP004: a foot row "Rata-rata capaian sasaran" under several sasaran (whose capaian a
  merged "Capaian Sasaran" column prints) is the mean of them all, not the last
  sasaran's; a text average other than the table's is still reported.
* STR004: a sub-heading, caption or column naming the "target Renstra" is the comparison
  with the medium-term target; a section without it is still reported.
* STR010: a result "tidak terealisasi ... karena ..." names the problem, and the work
  "dilanjutkan pada tahun 2022" the step; an Ikhtisar without a problem is still reported.
"""

from __future__ import annotations

from pathlib import Path

from conftest import edited, flatten

REPORT = (Path(__file__).parent / "fixtures" / "fp_na_foot_average.md").read_text(
    encoding="utf-8")
_EXPLAINED = ("Realisasi IPPL tahun 2021 ditulis N/A karena angkanya baru dirilis Badan Pusat "
              "Statistik pada bulan Juli 2022.")


def test_an_explained_na_realisasi_and_the_table_average_are_silent(check_inline):
    assert check_inline(REPORT, "CAS002", "CAP004") == []


def test_an_unexplained_na_realisasi_is_still_reported(check_inline):
    text = edited(REPORT, (_EXPLAINED, "Realisasi IPPL tahun 2021 ditulis N/A."))
    assert [(rule, line) for rule, line, _ in check_inline(text, "CAS002")] == [("CAS002", 12)]


def test_a_text_average_other_than_the_table_is_still_reported(check_inline):
    text = edited(REPORT, ("kedua sasaran sebesar 95,00%", "kedua sasaran sebesar 90,00%"))
    findings = check_inline(text, "CAP004")
    assert [(rule, line) for rule, line, _ in findings] == [("CAP004", 35)]
    assert "95,00%" in findings[0][2] and "90,00%" in findings[0][2]


def test_the_foot_row_is_no_sasaran_capaian():
    from checker.extract import extract_report
    from checker.text import parse_source

    report = extract_report(parse_source(REPORT, "laporan.md"))
    summaries = [(s.sasaran, s.capaian.raw) for s in report.achievements[0].summaries]
    assert summaries == [("Meningkatnya kualitas lingkungan", "105,00"),
                         ("Meningkatnya pengelolaan sampah", "85,00")]


# One sasaran whose section has analyses (1), (2) and (4)-(7); RENSTRA is what each
# test rewrites.
BODY = """\
[[agreements]]
sasaran = "Meningkatnya kualitas manajemen ASN"
indikator = "Indeks Sistem Merit"
target = "0,75"

[[outline]]
kind = "bab_3"
text = "BAB III AKUNTABILITAS KINERJA"
# Sasaran 1: Meningkatnya kualitas manajemen ASN
# (1) Target dan realisasi tahun 2023: 0,73 dari target 0,75.
# RENSTRA
# Indeks Sistem Merit naik dari 0,64 pada tahun 2021 menjadi 0,73 pada tahun 2023.
# (4) Perbandingan dengan standar nasional: target nasional 0,80.
# (5) Indeks belum mencapai target karena rencana suksesi belum ditetapkan.
# (6) Efisiensi penggunaan sumber daya: anggaran terserap 97,09%.
# (7) Program dan kegiatan pendukung: Program Kepegawaian Daerah.

[[outline]]
kind = "bab_4"
text = "BAB IV PENUTUP"
"""


def test_str004_a_heading_naming_the_renstra_target_is_the_comparison(check):
    for heading in ("b. Perbandingan dengan tahun-tahun sebelumnya dan target Renstra",
                    "Indikator  Realisasi 2023  Capaian thd Renstra (%)"):
        body = edited(BODY, ("RENSTRA", heading))
        assert flatten(check(body, "STR004").findings) == []


def test_str004_a_section_without_the_renstra_comparison_is_still_reported(check):
    body = edited(BODY, ("RENSTRA", "b. Perbandingan dengan tahun-tahun sebelumnya"))
    found = flatten(check(body, "STR004").findings)
    assert [(rule, line) for rule, line, _ in found] == [("STR004", 16)]
    assert "(3) perbandingan dengan target jangka menengah (Renstra)" in found[0][2]


_IKHTISAR = """LAPORAN KINERJA INSTANSI PEMERINTAH
DINAS CONTOH
TAHUN 2021

IKHTISAR EKSEKUTIF

Dinas Contoh menetapkan 2 (dua) sasaran strategis dengan realisasi anggaran 92,90%.
Rata-rata capaian sasaran sebesar 83,64%.
SHORTFALL

BAB I PENDAHULUAN

Latar belakang laporan.
"""
_SHORTFALL = ("Indikator Jumlah TPST yang beroperasi tidak terealisasi (realisasi 0 unit dari "
              "target 1 unit, capaian 0,00%) karena pembangunan TPST belum selesai pada akhir "
              "tahun 2021. Pekerjaan dilanjutkan pada tahun 2022.")


def test_str010_a_result_not_delivered_and_why_is_the_problem(check_inline):
    text = _IKHTISAR.replace("SHORTFALL", _SHORTFALL)
    assert check_inline(text, "STR010", path="laporan.txt") == []


def test_str010_a_result_not_delivered_without_a_cause_is_still_reported(check_inline):
    text = _IKHTISAR.replace("SHORTFALL", "Indikator Jumlah TPST yang beroperasi tidak "
                             "terealisasi. Pekerjaan dilanjutkan pada tahun 2022.")
    findings = check_inline(text, "STR010", path="laporan.txt")
    assert [(rule, message) for rule, _, message in findings] == [
        ("STR010", "Ikhtisar Eksekutif (baris 5-10) tidak memuat kendala yang dihadapi dan "
                   "langkah mengatasi kendala."),
    ]
