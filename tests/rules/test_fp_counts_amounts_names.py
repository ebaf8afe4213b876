"""False findings on reports written in ways the checker had not seen, and the defects of
the same kind that must still be found.

- CNT001/CNT002: a count of a part ("mengubah anggaran tiga program", "dua indikator pada
  sasaran kedua belum mencapai target", "tiga kegiatan relokasi menunggu ...") or of
  things shared by several agencies ("28 kegiatan ... lintas perangkat daerah", and the
  "16 kegiatan" of them the paragraph goes on to count) is no count of the agency's own.
- CON002: the size of a budget change ("Penambahan anggaran ... sebesar Rp", "pagu
  bertambah Rp") is no pagu; rows named together ("Kegiatan A dan kegiatan B
  bersama-sama menyerap Rp ...") may be quoted as their sum; each printed PK has its own
  budget total.
- CON006/CON010: "... Sarana Pertanian" and "... Prasarana Pertanian" are two programs.
- CON003: a unit in brackets after an indicator's name is no change of the name.
"""

from __future__ import annotations

import pytest
from conftest import flatten

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.names import same_name
from checker.text import parse_source

_NARRATIVE_LINE = 42  # the line of {narrative}

REPORT = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH DINAS CONTOH KABUPATEN SUKAMAJU TAHUN 2023

## BAB II PERENCANAAN KINERJA

**Tabel 2.2 Perjanjian Kinerja Tahun 2023**

| No | Sasaran Strategis | Indikator Kinerja | Satuan | Target |
|---|---|---|---|---|
|1|Meningkatnya ketahanan pangan daerah|Luas lahan tanaman pangan yang mengalami puso|Ha|120|
|  |  | Cadangan pangan pemerintah kabupaten | Ton setara beras | 300 |
| 2 | Meningkatnya kualitas layanan | Indeks kepuasan masyarakat | Indeks | 80,00 |
|  |  | Persentase layanan tepat waktu | % | 95,00 |

**Tabel 2.3 Anggaran Perjanjian Kinerja Tahun 2023**

| No | Program | Anggaran (Rp) |
|---|---|---|
| 1 | {sarana} | 500.000.000 |
| 2 | Program Penyediaan dan Pengembangan Prasarana Pertanian | 300.000.000 |
|  | Jumlah | 800.000.000 |

## BAB III AKUNTABILITAS KINERJA

### 3.1 Capaian Kinerja Organisasi

**Tabel 3.1 Capaian Indikator Tahun 2023**

| No | Indikator | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|
| 1 | Luas lahan tanaman pangan yang mengalami puso | 120 | 120 | 100,00 |
| 2 | Cadangan pangan pemerintah kabupaten | 300 | 300 | 100,00 |
| 3 | Indeks kepuasan masyarakat | 80,00 | 80,00 | 100,00 |
| 4 | Persentase layanan tepat waktu | 95,00 | 95,00 | 100,00 |

**Tabel 3.2 Realisasi Indikator Tahun 2021-2023**

| Indikator | Realisasi 2021 | Realisasi 2022 | Realisasi 2023 |
|---|---|---|---|
| {puso} | 140 | 130 | 120 |
| Cadangan pangan pemerintah kabupaten (ton) | 250 | 280 | 300 |

{narrative}

### 3.2 Realisasi Anggaran

**Tabel 3.3 Realisasi Anggaran per Program dan Kegiatan Tahun 2023**

| Kode | Program/Kegiatan | Pagu (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
|3.27.02|Program Penyediaan dan Pengembangan Sarana Pertanian|500.000.000|480.000.000|96,00|
| 3.27.02.1.01 | Pengawasan Peredaran Sarana Pertanian | 200.000.000 | 190.000.000 | 95,00 |
| 3.27.02.1.02 | Pengawasan Mutu dan Peredaran Benih Tanaman | 300.000.000 | 290.000.000 | 96,67 |
|3.27.03|Program Penyediaan dan Pengembangan Prasarana Pertanian|300.000.000|270.000.000|90,00|
| 3.27.03.1.01 | Penataan Prasarana Pertanian | 300.000.000 | 270.000.000 | 90,00 |
|  | Jumlah | 800.000.000 | 750.000.000 | 93,75 |

Anggaran Dinas tahun 2023 sebesar Rp 800.000.000 untuk 2 (dua) program dan 3 (tiga) kegiatan.
"""

SARANA = "Program Penyediaan dan Pengembangan Sarana Pertanian"
PUSO = "Luas lahan tanaman pangan yang mengalami puso (ha)"


@pytest.fixture
def run(check_inline):
    """``run(narrative, "CNT001", sarana=..., puso=...)``: the rules' findings on REPORT."""

    def check(narrative: str, *codes: str, sarana: str = SARANA, puso: str = PUSO
              ) -> list[tuple]:
        return check_inline(REPORT.format(narrative=narrative, sarana=sarana, puso=puso),
                            *codes)

    return check


def _rules(findings: list[tuple]) -> list[tuple[str, int]]:
    return [(rule, line) for rule, line, _ in findings]


# -- CNT001 / CNT002: parts and other agencies' things are no count of the agency's own ----


@pytest.mark.parametrize("narrative", [
    # The budget of three programs changed, not three programs in all (the table has 2).
    "PK Perubahan tidak mengubah target, tetapi mengubah anggaran tiga program.",
    # A recovery plan's activities, shared by several agencies, then a part of them.
    "Dokumen R3P yang berlaku memuat 28 kegiatan rehabilitasi dan rekonstruksi lintas "
    "perangkat daerah. Sampai akhir tahun 2023, 16 kegiatan telah terlaksana.",
    # Activities still waiting are a part, like those postponed.
    "Target belum tercapai karena empat kegiatan relokasi permukiman menunggu penetapan "
    "lahan pengganti.",
])
def test_cnt001_counts_of_a_part_or_of_shared_things_are_no_budget_count(run, narrative):
    assert run(narrative, "CNT001") == []


@pytest.mark.parametrize("narrative", [
    "Pada tahun 2023 Dinas melaksanakan tiga program.",
    "Dinas melaksanakan 28 kegiatan rehabilitasi dan rekonstruksi.",
    # Another paragraph is not the R3P's any more: the 4 are the agency's.
    "Dokumen R3P memuat 28 kegiatan lintas perangkat daerah.\n\n"
    "Pada tahun 2023 Dinas melaksanakan 4 kegiatan.",
])
def test_cnt001_still_reports_a_wrong_count_of_the_agencys_own(run, narrative):
    found = run(narrative, "CNT001")
    assert [rule for rule, _, _ in found] == ["CNT001"]
    assert "tabel anggaran memuat jumlah" in found[0][2]


def test_cnt002_indicators_of_one_sasaran_that_missed_are_a_part(run):
    narrative = ("Dua indikator melampaui target dan dua indikator pada sasaran kedua belum "
                 "mencapai target.")
    assert run(narrative, "CNT002", "CNT003") == []


def test_cnt002_and_cnt003_still_report_wrong_indicator_counts(run):
    narrative = ("Perjanjian Kinerja memuat 5 (lima) indikator kinerja. Terdapat 3 (tiga) "
                 "indikator pada sasaran kedua.")
    found = run(narrative, "CNT002", "CNT003")
    assert _rules(found) == [("CNT002", _NARRATIVE_LINE), ("CNT003", _NARRATIVE_LINE)]
    assert "memuat 4 indikator" in found[0][2]
    assert 'sasaran "Meningkatnya kualitas layanan"' in found[1][2]


# -- CON002: budget changes, rows named together, each PK's own total ---------------------


@pytest.mark.parametrize("narrative", [
    "Penambahan anggaran Program Penyediaan dan Pengembangan Prasarana Pertanian sebesar "
    "Rp 40.000.000 digunakan untuk jaringan irigasi.",
    "Dibandingkan dengan Perjanjian Kinerja awal, pagu Perubahan bertambah Rp 60.000.000.",
])
def test_con002_the_size_of_a_budget_change_is_no_pagu(run, narrative):
    assert run(narrative, "CON002") == []


@pytest.mark.parametrize("narrative", [
    "Pagu Program Penyediaan dan Pengembangan Prasarana Pertanian sebesar Rp 310.000.000.",
    # What the budget became is a pagu, whatever verb brought it there.
    "Anggaran Dinas naik menjadi Rp 810.000.000.",
])
def test_con002_still_reports_a_pagu_that_is_in_no_table(run, narrative):
    assert [rule for rule, _, _ in run(narrative, "CON002")] == ["CON002"]


_TOGETHER = ("Kegiatan Pengawasan Mutu dan Peredaran Benih Tanaman dan kegiatan Penataan "
             "Prasarana Pertanian bersama-sama menyerap Rp {realisasi} dari anggaran "
             "Rp 600.000.000 atau 93,33%.")


def test_con002_rows_named_together_may_be_quoted_as_their_sum(run):
    # 290.000.000 + 270.000.000; 300.000.000 + 300.000.000; 560 / 600 = 93,33%.
    assert run(_TOGETHER.format(realisasi="560.000.000"), "CON002") == []


def test_con002_a_wrong_sum_of_rows_named_together_is_reported_against_the_sum(registry, run):
    found = run(_TOGETHER.format(realisasi="650.000.000"), "CON002")
    assert len(found) == 1
    rule, line, message = found[0]
    assert (rule, line) == ("CON002", _NARRATIVE_LINE)
    assert ("realisasi kegiatan 'Pengawasan Mutu dan Peredaran Benih Tanaman' + kegiatan "
            "'Penataan Prasarana Pertanian' di Tabel 3.3") in message
    text = REPORT.format(narrative=_TOGETHER.format(realisasi="650.000.000"), sarana=SARANA,
                         puso=PUSO)
    report = extract_report(parse_source(text, "laporan.md"))
    con002 = [r for r in registry.rules if r.code == "CON002"]
    assert check_report(report, con002, Config()).findings[0].expected == "560000000"


PK_TWICE = """
[[agreement_programs]]
table = "Tabel 2.3"
document = "pk"
program = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
pagu = "600.000.000"

[[agreement_programs]]
table = "Tabel 2.3"
document = "pk"
program = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
pagu = "400.000.000"

[[agreement_programs]]
table = "Lampiran 1"
document = "pk"
program = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
pagu = "650.000.000"

[[agreement_programs]]
table = "Lampiran 1"
document = "pk"
program = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
pagu = "400.000.000"

[[claims]]
kind = "amount"
subject = "pagu"
value = "{pagu}"
group = "g"
text = "Perjanjian Kinerja awal ditetapkan sebesar Rp {pagu}."
"""


def test_con002_each_printed_pk_has_its_own_budget_total(check):
    """The PK of Bab II and the one of the Lampiran are two agreements: a figure quoting
    either one's total is right, and neither is half of the two added up."""
    assert check(PK_TWICE.format(pagu="1.000.000.000"), "CON002").findings == ()
    assert check(PK_TWICE.format(pagu="1.050.000.000"), "CON002").findings == ()
    found = flatten(check(PK_TWICE.format(pagu="2.050.000.000"), "CON002").findings)
    assert len(found) == 1
    message = found[0][2]
    assert "anggaran PK (2 program) (baris 9\u201315) Rp 1.000.000.000" in message
    assert "anggaran PK (2 program) (baris 21\u201327) Rp 1.050.000.000" in message
    assert "4 program" not in message


# -- CON006 / CON010: a distinct word is another item, a misspelt one the same ------------


def test_sarana_and_prasarana_are_two_programs(run):
    assert run("", "CON006", "CON010") == []


def test_a_misspelt_program_is_still_one_program_with_two_names(run):
    found = run("", "CON010", sarana="Program Penyediaan dan Pengembangan Sarana Pertanain")
    assert _rules(found) == [("CON010", 18)]
    assert "Sarana Pertanain" in found[0][2]


@pytest.mark.parametrize(("first", "second", "same"), [
    ("Penyediaan dan Pengembangan Sarana Pertanian",
     "Penyediaan dan Pengembangan Prasarana Pertanian", False),
    ("Administrasi Kepegawaian Perangkat Daerah", "Administrasi Kepegwaian Perangkat Daerah",
     True),
    # One root in two voices is one word ("dimanfaatkan" / "termanfaatkan").
    ("Persentase sarana dan prasarana kecamatan dimanfaatkan dan berfungsi baik",
     "Persentase sarana dan prasarana kecamatan termanfaatkan dan berfungsi baik", True),
])
def test_same_name_tells_a_distinct_word_from_a_misspelt_one(first, second, same):
    assert same_name(first, second) is same


# -- CON003: a unit in brackets is no part of an indicator's name -------------------------


def test_con003_a_unit_in_brackets_is_no_change_of_the_name(run):
    # "(ha)" is a measure; "(ton)" begins the Satuan the PK prints ("Ton setara beras").
    assert run("", "CON003") == []


def test_con003_a_bracket_that_is_no_unit_is_still_a_changed_name(run):
    found = run("", "CON003", puso="Luas lahan tanaman pangan yang mengalami puso (BPS)")
    assert _rules(found) == [("CON003", 39)]
    assert "'Luas lahan tanaman pangan yang mengalami puso (BPS)'" in found[0][2]
