"""False findings on reports written in ways the checker had not met, each beside the
real defect of its kind, still found:

* STR004: the comparison with earlier years told from this year's figure back ("naik
  dari 2,18 pada tahun 2020 dan 2,41 pada tahun 2021"), and the causes and solutions in
  plain words ("belum mencapai target karena ...", "Untuk mengatasinya ...",
  "Kendalanya, ...", "Keberhasilan ini didukung oleh ...");
* CAS005: a program named before a verb ("Program X menjadi penunjang utama ...") is
  program X, not "X menjadi penunjang utama";
* CNT002/CNT003: "Sasaran ini merupakan penjabaran tujuan "A, B dan C" dan diukur dengan
  2 indikator" under a heading "3.1.4 Sasaran 2: ..." counts the indicators of sasaran 2;
* CON001: a Renstra target band ("70-80") holds a PK target inside it (75).

Line numbers of the TOML bodies count the 7-line META prefix of conftest."""

from __future__ import annotations

import pytest
from conftest import edited, flatten

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.text import parse_source

# -- STR004 --------------------------------------------------------------------------------

# One sasaran whose section has analyses (1), (3), (4), (6) and (7); ANALYSIS_2 and
# ANALYSIS_5 are the lines each test rewrites.
SECTION = """\
[[agreements]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "Indeks Kepuasan Masyarakat"
target = "80"

[[outline]]
kind = "bab_3"
text = "BAB III AKUNTABILITAS KINERJA"
# 3.3.1 Sasaran 1. Meningkatnya kualitas pelayanan publik
# Target dan realisasi IKM tahun ini: 80 dan 82.
# ANALYSIS_2
# Target akhir Renstra 2026 adalah 85; standar nasional IKM 76,61.
# ANALYSIS_5
# Efisiensi: anggaran terserap 95% untuk capaian 102,5%.
# Sasaran ini didukung oleh Program Penyelenggaraan Pemerintahan dan Pelayanan Publik.

[[outline]]
kind = "bab_4"
text = "BAB IV PENUTUP"
"""
_CAUSE = "Keberhasilan disebabkan oleh pelayanan keliling; solusi atas kendala jaringan: modem."
_LAST_YEAR = "Dibanding tahun lalu realisasi naik dari 78."


def _str004(check, analysis_2: str, analysis_5: str) -> list[str]:
    body = edited(SECTION, ("ANALYSIS_2", analysis_2), ("ANALYSIS_5", analysis_5))
    return [text for _, _, text in flatten(check(body, "STR004").findings)]


@pytest.mark.parametrize("line", [
    "Indeks ini naik dari 2,18 pada tahun 2020 dan 2,41 pada tahun 2021.",
    "Jumlah ini naik dari 742 aduan pada tahun 2022 dan 968 aduan pada tahun 2023.",
    "Angka ini turun dari 11,20% pada 2023.",
])
def test_str004_a_rise_from_an_earlier_years_figure_is_the_comparison(check, line):
    assert _str004(check, line, _CAUSE) == []


@pytest.mark.parametrize("line", [
    "Indeks ini naik dari 2,18 menurut survei.",  # no year: no comparison with one
    "Realisasi naik dari target 80 pada tahun 2024.",  # this year's target, not last year
])
def test_str004_a_rise_from_no_earlier_year_is_still_missing(check, line):
    (message,) = _str004(check, line, _CAUSE)
    assert message.endswith("(2) perbandingan dengan tahun lalu.")


@pytest.mark.parametrize("line", [
    "Indikator ini belum mencapai target karena aduan triwulan IV baru ditindaklanjuti "
    "pada Januari.",
    "Untuk mengatasinya, ditetapkan batas waktu tindak lanjut lima hari kerja.",
    "Kendalanya, jumlah tenaga bersertifikat baru 4 orang.",
    "Keberhasilan ini didukung oleh pemutakhiran daftar informasi publik.",
    "Keberhasilan sasaran ini ditunjang oleh tim tanggap insiden siber.",
])
def test_str004_causes_and_solutions_in_plain_words_count(check, line):
    assert _str004(check, _LAST_YEAR, line) == []


@pytest.mark.parametrize("line", [
    "Indikator ini belum mencapai target.",  # the shortfall, without its cause
    "Keberhasilan ini patut disyukuri.",
    "Kendaraan operasional bertambah dua unit.",
])
def test_str004_a_sasaran_without_causes_is_still_reported(check, line):
    (message,) = _str004(check, _LAST_YEAR, line)
    assert message.endswith("(5) penyebab keberhasilan/kegagalan dan solusinya.")


# -- CAS005 --------------------------------------------------------------------------------

SUPPORT = """\
LAPORAN KINERJA DINAS SOSIAL KOTA CONTOH TAHUN 2023

# BAB III AKUNTABILITAS KINERJA

### 3.1.1 Sasaran 1: Meningkatnya kualitas pelayanan kesejahteraan sosial

Capaian sasaran ini sebesar 100,17 persen.

#### g. Program dan kegiatan yang menunjang

**Tabel 3.5 Program Pendukung Sasaran 1**

| Kode | Program | Pagu (Rp) |
|---|---|---|
| 1.06.02 | Program Pemberdayaan Sosial | 4.062.500.000 |
| 1.06.04 | Program Rehabilitasi Sosial | 12.629.900.000 |

{line}

## 3.2 Realisasi Anggaran

**Tabel 3.10 Realisasi Anggaran per Program Tahun 2023**

| Kode | Program | Pagu (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
| 1.06.02 | Program Pemberdayaan Sosial | 4.062.500.000 | 4.043.046.250 | 99,52 |
| 1.06.04 | Program Rehabilitasi Sosial | 12.629.900.000 | 12.308.230.900 | 97,45 |
| | Jumlah | 16.692.400.000 | 16.351.277.150 | 97,96 |

# BAB IV PENUTUP

Demikian.
"""


@pytest.fixture
def run_text(registry):
    """The findings of the named rules on a Markdown report: (rule, line, actual)."""
    def run(text: str, *codes: str) -> list[tuple[str, int | None, str | None]]:
        rules = [rule for rule in registry.rules if rule.code in codes]
        report = extract_report(parse_source(text, "laporan.md"))
        return [(f.rule, f.location.line, f.actual)
                for f in check_report(report, rules, Config()).findings]

    return run


@pytest.mark.parametrize("verb", ["menjadi penunjang utama", "merupakan penunjang utama"])
def test_cas005_a_program_before_a_verb_is_the_budgets_program(run_text, verb):
    line = f"Program Rehabilitasi Sosial {verb} melalui pelayanan di panti sosial."
    assert run_text(SUPPORT.format(line=line), "CAS005") == []


def test_cas005_a_program_the_budget_lacks_is_still_reported_by_its_name(registry):
    line = "Program Perlindungan dan Jaminan Sosial menjadi penunjang utama melalui bantuan."
    rules = [rule for rule in registry.rules if rule.code == "CAS005"]
    report = extract_report(parse_source(SUPPORT.format(line=line), "laporan.md"))
    (finding,) = check_report(report, rules, Config()).findings
    assert (finding.location.line, finding.expected) == (18, "Perlindungan dan Jaminan Sosial")


def test_a_name_holding_yang_menjadi_kewenangan_is_read_whole():
    line = ("Kegiatan Penerbitan Rekomendasi Buku Kapal Perikanan yang Menjadi Kewenangan "
            "Provinsi menjadi penunjang utama.")
    report = extract_report(parse_source(SUPPORT.format(line=line), "laporan.md"))
    assert [link.name for link in report.links if link.where.line == 18] == [
        "Penerbitan Rekomendasi Buku Kapal Perikanan yang Menjadi Kewenangan Provinsi"]


# -- CNT002 / CNT003 -----------------------------------------------------------------------

COUNTED = """\
LAPORAN KINERJA DINAS SOSIAL KOTA CONTOH TAHUN 2023

# BAB II PERENCANAAN KINERJA

**Tabel 2.2 Perjanjian Kinerja Tahun 2023**

| No | Sasaran Strategis | Indikator Kinerja | Target |
|---|---|---|---|
| 1 | Meningkatnya kualitas pelayanan kesejahteraan sosial | Persentase PMKS yang tertangani | 80 |
| | | Persentase panti sosial terakreditasi | 60 |
| 2 | Meningkatnya ketepatan sasaran perlindungan sosial | Persentase penerima bantuan | 90 |
| | | Persentase korban bencana yang terlayani | 100 |
| 3 | Meningkatnya akuntabilitas kinerja | Nilai SAKIP | 70 |

# BAB III AKUNTABILITAS KINERJA

### 3.1.4 Sasaran 2: Meningkatnya ketepatan sasaran perlindungan sosial

{sentence}

# BAB IV PENUTUP

Demikian.
"""


_QUOTING = ('Sasaran ini merupakan penjabaran tujuan "Meningkatnya perlindungan sosial bagi '
            'keluarga miskin, rentan dan korban bencana" dan diukur dengan {count} indikator. '
            "Capaian sasaran ini sangat tinggi.")


def _counted(count: str) -> str:
    return COUNTED.format(sentence=_QUOTING.format(count=count))


def test_cnt_a_quoted_tujuan_keeps_the_count_with_its_sasaran(run_text):
    text = _counted("2 (dua)")
    assert run_text(text, "CNT002", "CNT003") == []
    report = extract_report(parse_source(text, "laporan.md"))
    assert [(claim.value.raw, claim.sasaran) for claim in report.claims
            if claim.subject == "indikator"] == [("2", "2")]


def test_cnt003_a_wrong_count_of_that_sasaran_is_still_reported(run_text):
    assert run_text(_counted("3 (tiga)"), "CNT002", "CNT003") == [
        ("CNT003", 19, "3")]


# -- CON001 --------------------------------------------------------------------------------

BAND = """\
[plan]
[[plan.indikator]]
id = "IK-1"
name = "Bed Occupancy Rate (BOR)"
targets = {{ 2024 = "{renstra}" }}

[[agreements]]
sasaran = "Meningkatnya mutu pelayanan kesehatan rujukan"
indikator = "Bed Occupancy Rate (BOR)"
target = "{pk}"

[[achievements]]
table = "Tabel 3.2"

[[achievements.rows]]
indikator = "Bed Occupancy Rate (BOR)"
target = "{pk}"
realisasi = "73,60"
"""


@pytest.mark.parametrize(("renstra", "pk"), [("70-80", "75,00"), ("70 s.d. 80", "80"),
                                             ("70 - 80 %", "70")])
def test_con001_a_point_target_inside_the_renstra_band_agrees(check, renstra, pk):
    assert flatten(check(BAND.format(renstra=renstra, pk=pk), "CON001").findings) == []


def test_con001_a_point_target_outside_the_band_is_still_reported(check):
    findings = check(BAND.format(renstra="70-80", pk="85,00"), "CON001").findings
    assert [(f.location.line, f.expected, f.actual) for f in findings] == [
        (9, "85,00", "70-80")]
