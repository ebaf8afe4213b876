"""False findings on reports written in ways the checker had not seen, and the defects of
the same kind that must still be found.

- CON002: "jumlah pagu kedua program Rp ..." quotes the sum of the programs the sentence
  before names; a percentage repeated from the sentence before ("... (96,25%). Dengan
  ... serapan anggaran 96,25%") speaks of what that sentence spoke of; "di luar belanja
  gaji, serapan anggaran ..." is the rate of a part no table prints.
- CNT001: "Program X dilaksanakan melalui dua kegiatan" counts that program's kegiatan.
- CON015: a percentage ("kontribusi PAD ... terhadap PAD Kota 21,4%") is never the
  realisasi of an indicator measured in Rupiah.
"""

from __future__ import annotations

from conftest import flatten

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.text import parse_source

REPORT = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH DINAS PARIWISATA KOTA CONTOH TAHUN 2023

## BAB III AKUNTABILITAS KINERJA

### 3.1 Capaian Kinerja Organisasi

**Tabel 3.1 Pengukuran Kinerja Tahun 2023**

| No | Sasaran Strategis | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|---|
|1|Meningkatnya pendapatan daerah|PAD sektor pariwisata|Rp|40.000.000.000|42.000.000.000|105,00|

{narrative}

### 3.2 Realisasi Anggaran

**Tabel 3.2 Realisasi Anggaran per Program dan Kegiatan Tahun 2023**

| Kode | Program/Kegiatan | Pagu (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
|3.26.02|Program Peningkatan Daya Tarik Destinasi Pariwisata|500.000.000|480.000.000|96,00|
| 3.26.02.2.01 | Pengelolaan Daya Tarik Wisata Kabupaten/Kota | 300.000.000 | 290.000.000 | 96,67 |
| 3.26.02.2.02 | Pengelolaan Kawasan Strategis Pariwisata | 200.000.000 | 190.000.000 | 95,00 |
| 3.26.03 | Program Pemasaran Pariwisata Daerah | 300.000.000 | 290.000.000 | 96,67 |
| 3.26.03.2.01 | Pemasaran Pariwisata Dalam Negeri | 100.000.000 | 95.000.000 | 95,00 |
| 3.26.03.2.02 | Pemasaran Pariwisata Luar Negeri | 100.000.000 | 97.000.000 | 97,00 |
| 3.26.03.2.03 | Penyediaan Data Informasi Pariwisata | 100.000.000 | 98.000.000 | 98,00 |
| 3.26.04 | Program Pengembangan Ekonomi Kreatif | 200.000.000 | 190.000.000 | 95,00 |
| 3.26.04.2.01 | Penyediaan Prasarana Ekonomi Kreatif | 200.000.000 | 190.000.000 | 95,00 |
|  | Jumlah | 1.000.000.000 | 960.000.000 | 96,00 |

## BAB IV PENUTUP

Demikian laporan ini disusun.
"""

_TWO_PROGRAMS = (
    "Sasaran ini didukung oleh Program Peningkatan Daya Tarik Destinasi Pariwisata (pagu "
    "Rp 500.000.000, realisasi Rp 480.000.000) dan Program Pemasaran Pariwisata Daerah "
    "(pagu Rp 300.000.000, realisasi Rp 290.000.000). Jumlah pagu kedua program Rp {pagu} "
    "terealisasi Rp 770.000.000 (96,25%), sementara capaian sasaran 105,00%.")
_REPEATED = (
    "Program Peningkatan Daya Tarik Destinasi Pariwisata dan Program Pemasaran Pariwisata "
    "Daerah bersama-sama memiliki pagu Rp 800.000.000 dan terealisasi Rp 770.000.000 "
    "(96,25%). Dengan capaian sasaran 105,00% dan serapan anggaran {persen}%, penggunaan "
    "anggaran tergolong efisien.")


def _findings(registry, narrative: str, code: str) -> list[tuple]:
    text = REPORT.format(narrative=narrative)
    report = extract_report(parse_source(text, "laporan.md"))
    rules = [rule for rule in registry.rules if rule.code == code]
    assert len(rules) == 1
    return flatten(check_report(report, rules, Config()).findings, "id")


def test_sum_of_the_programs_pointed_back_at_is_no_false_finding(registry) -> None:
    assert _findings(registry, _TWO_PROGRAMS.format(pagu="800.000.000"), "CON002") == []


def test_a_wrong_sum_of_the_programs_pointed_back_at_is_found(registry) -> None:
    findings = _findings(registry, _TWO_PROGRAMS.format(pagu="850.000.000"), "CON002")
    assert len(findings) == 1
    assert "850.000.000" in str(findings[0])
    assert "800.000.000" in str(findings[0])  # the two programs' sum is what it expected


def test_a_percentage_repeated_from_the_sentence_before_is_no_false_finding(registry) -> None:
    assert _findings(registry, _REPEATED.format(persen="96,25"), "CON002") == []


def test_a_wrong_percentage_after_the_sentence_before_is_found(registry) -> None:
    findings = _findings(registry, _REPEATED.format(persen="97,50"), "CON002")
    assert len(findings) == 1
    assert "97,50%" in str(findings[0])


def test_the_rate_without_a_part_of_the_budget_is_not_compared_with_the_total(registry) -> None:
    narrative = "Di luar belanja gaji, serapan anggaran Dinas mencapai 97,42%."
    assert _findings(registry, narrative, "CON002") == []


def test_an_unqualified_rate_unlike_the_total_is_found(registry) -> None:
    findings = _findings(registry, "Serapan anggaran Dinas mencapai 97,42%.", "CON002")
    assert len(findings) == 1
    assert "96,00%" in str(findings[0])


def test_the_kegiatan_of_one_named_program_are_counted_in_that_program(registry) -> None:
    narrative = ("Program Pemasaran Pariwisata Daerah dilaksanakan melalui tiga kegiatan, "
                 "mulai dari pemasaran dalam negeri sampai dengan penyediaan data.")
    assert _findings(registry, narrative, "CNT001") == []


def test_a_wrong_count_of_one_named_programs_kegiatan_is_found(registry) -> None:
    narrative = ("Program Pemasaran Pariwisata Daerah dilaksanakan melalui dua kegiatan, "
                 "mulai dari pemasaran dalam negeri sampai dengan penyediaan data.")
    findings = _findings(registry, narrative, "CNT001")
    assert len(findings) == 1
    assert "Program Pemasaran Pariwisata Daerah" in str(findings[0])


def test_a_share_is_no_realisasi_of_an_indicator_in_rupiah(registry) -> None:
    narrative = ("Sebagai pembanding, kontribusi PAD sektor pariwisata terhadap PAD Kota "
                 "Contoh tahun 2023 sebesar 21,4%, naik dari 19,8% pada tahun 2022.")
    assert _findings(registry, narrative, "CON015") == []


def test_a_wrong_realisasi_of_an_indicator_in_rupiah_is_found(registry) -> None:
    narrative = "Realisasi PAD sektor pariwisata tahun 2023 sebesar 45.000.000.000."
    findings = _findings(registry, narrative, "CON015")
    assert len(findings) == 1
    assert "45.000.000.000" in str(findings[0])
