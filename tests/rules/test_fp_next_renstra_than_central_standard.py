"""False positives of consistent reports, and the defects of the same kind still found:

- HYG002: the next Renstra period, drafted as a step ahead, in a report on the last year of
  the Renstra in force ("Menyusun Renstra Dinas Pangan Tahun 2022-2026", under "Langkah ke
  Depan") is no period left from another report.
- HYG002: "lebih besar daripada tahun 2021" sets the earlier year against the year reported
  on ("daripada", "ketimbang").
- STR004: a limit or standard a ministry or central agency sets or uses ("batas stabil yang
  digunakan Badan Ketahanan Pangan, yaitu 10,00%") is a national standard; a regional
  agency's is not.
"""

from __future__ import annotations

import pytest
from conftest import edited, flatten

# -- HYG002 -------------------------------------------------------------------------------

REPORT = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH DINAS PANGAN KOTA CONTOH TAHUN 2021

## BAB I PENDAHULUAN

Tahun 2021 merupakan tahun terakhir Rencana Strategis Dinas Pangan Tahun 2017-2021.

{body}
"""


@pytest.fixture
def run(check_inline):
    def check(body: str) -> list[tuple]:
        return check_inline(REPORT.format(body=body), "HYG002", path="laporan.md")

    return check


@pytest.mark.parametrize("body", [
    # The step's verb right before the period.
    "## BAB IV PENUTUP\n\n4. Menyusun Renstra Dinas Pangan Tahun 2022-2026 yang selaras "
    "dengan RPJMD yang baru.",
    "Pada tahun 2022 Dinas akan menyiapkan rancangan Renstra Tahun 2022-2026.",
    # A list of the steps ahead, under its heading.
    "### B. Langkah ke Depan\n\n1. Memperluas pengujian pangan segar.\n"
    "2. Renstra Dinas Pangan Tahun 2022-2026 diselaraskan dengan RPJMD yang baru.",
    "### Rencana Tindak Lanjut\n\n- Renstra Tahun 2022-2026 memuat indikator "
    "keamanan pangan.",
])
def test_hyg002_the_next_period_drafted_as_a_step_ahead(run, body):
    assert run(body) == []


@pytest.mark.parametrize("body", [
    # The later period given as the one in force, with no step ahead.
    "## BAB II PERENCANAAN KINERJA\n\nSesuai Renstra Dinas Pangan Tahun 2022-2026, "
    "sasaran strategis Dinas adalah meningkatnya ketahanan pangan.",
    # An earlier period stays stale whatever the verb.
    "### B. Langkah ke Depan\n\n1. Menyusun Renstra Dinas Pangan Tahun 2014-2018 yang "
    "selaras dengan RPJMD.",
])
def test_hyg002_still_reports_a_period_that_is_not_the_reports(run, body):
    findings = run(body)
    assert [code for code, _, _ in findings] == ["HYG002"]
    assert "Periode Renstra/RPJMD" in findings[0][2]
    assert "tahun laporan 2021" in findings[0][2]


_THAN_REPORT = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH RSUD KOTA CONTOH TAHUN 2022

## BAB III AKUNTABILITAS KINERJA

{sentence}
"""


@pytest.mark.parametrize("sentence", [
    "Dari sisi efisiensi, setiap rupiah belanja BLUD menghasilkan pendapatan yang lebih "
    "besar daripada tahun 2021.",
    "Realisasi belanja pegawai lebih kecil ketimbang realisasi tahun 2021.",
])
def test_hyg002_a_year_after_daripada_is_a_comparison(check_inline, sentence):
    found = check_inline(_THAN_REPORT.format(sentence=sentence), "HYG002", path="laporan.md")
    assert found == []


@pytest.mark.parametrize("sentence", [
    "Dari sisi efisiensi, belanja BLUD tahun 2021 menghasilkan pendapatan yang lebih besar.",
    # "daripada" that compares something else leaves the earlier year as the year's own.
    "Realisasi belanja tahun 2021 lebih kecil daripada pagu yang tersedia dan target.",
])
def test_hyg002_still_reports_an_earlier_year_without_a_comparison(check_inline, sentence):
    found = check_inline(_THAN_REPORT.format(sentence=sentence), "HYG002", path="laporan.md")
    assert [code for code, _, _ in found] == ["HYG002"]
    assert '"2021" tidak sesuai dengan tahun laporan 2022' in found[0][2]


# -- STR004 -------------------------------------------------------------------------------

# One sasaran whose section has analyses (1)-(3) and (5)-(7); NATIONAL is what each test
# writes as analysis (4).
BODY = """\
[[agreements]]
sasaran = "Meningkatnya stabilitas pangan"
indikator = "Koefisien variasi harga pangan pokok"
target = "9"

[[outline]]
kind = "bab_3"
text = "BAB III AKUNTABILITAS KINERJA"
# 3.3.1 Sasaran 1. Meningkatnya stabilitas pangan
# Target dan realisasi tahun ini: 9,00 dan 8,17.
# Dibanding tahun lalu realisasi turun dari 11,85.
# Target akhir Renstra 2026 adalah 8,50.
# NATIONAL
# Keberhasilan disebabkan oleh operasi pasar; solusi atas kendala gudang: kerja sama.
# Efisiensi: anggaran terserap 95% untuk capaian 109,22%.
# Program pendukung: Program Penanganan Kerawanan Pangan.

[[outline]]
kind = "bab_4"
text = "BAB IV PENUTUP"
"""


def _str004(check, line: str) -> list[tuple]:
    return flatten(check(edited(BODY, ("NATIONAL", line)), "STR004").findings)


@pytest.mark.parametrize("line", [
    "Angka ini lebih rendah dari batas stabil yang digunakan Badan Ketahanan Pangan, "
    "yaitu 10,00%.",
    "Waktu tunggu memenuhi standar yang ditetapkan Kementerian Kesehatan, yaitu 60 menit.",
    "Badan Pangan Nasional menggunakan batas 10% untuk harga yang stabil.",
])
def test_str004_a_central_agencys_standard_is_a_national_one(check, line):
    assert _str004(check, line) == []


@pytest.mark.parametrize("line", [
    # A regional agency's limit is not the nation's.
    "Angka ini lebih rendah dari batas stabil yang digunakan Badan Ketahanan Pangan "
    "Provinsi Contoh, yaitu 10,00%.",
    "Angka ini lebih rendah dari batas stabil yang ditetapkan Dinas Pangan Provinsi, "
    "yaitu 10,00%.",
    # No standard at all.
    "Harga beras stabil sepanjang tahun.",
])
def test_str004_still_reports_a_sasaran_without_a_national_standard(check, line):
    findings = _str004(check, line)
    assert [code for code, _, _ in findings] == ["STR004"]
    assert "(4) perbandingan dengan standar nasional" in findings[0][2]
    assert "1 dari 7" in findings[0][2]
