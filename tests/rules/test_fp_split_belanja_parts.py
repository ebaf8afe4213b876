"""False findings on a budget printed in parts by jenis belanja, on a table that sets the
Renstra's target of the year beside the PK's, and on the Rupiah figures of an indicator;
and the defects of the same kind that must still be found.

- A Belanja Operasi table and a Belanja Modal table are two parts of one budget: rules
  that compare the agency's budget (CON002, CON006, CAS004, CNT001) see the parts added
  up; each part keeps its own arithmetic (BUD rules).
- 'Target Renstra 2023 | Target PK 2023': the PK's column is the target (CAP001, CON001).
- "Realisasi investasi ... sebesar Rp ..." quotes an indicator measured in Rupiah, not
  the agency's budget (CON002).
"""

# The report below prints each table row on one line, as the reports do.
# ruff: noqa: E501

from __future__ import annotations

from conftest import edited

from checker.extract import extract_report
from checker.model import Level
from checker.text import parse_source

REPORT = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH DINAS CONTOH KABUPATEN SUKAMAJU TAHUN 2023

## IKHTISAR EKSEKUTIF

Dinas melaksanakan 2 (dua) program, 3 (tiga) kegiatan dan 3 (tiga) sub kegiatan. Anggaran belanja Dinas Tahun 2023 sebesar Rp 1.000.000.000 dengan realisasi Rp 950.000.000 atau 95,00%.

## BAB II PERENCANAAN KINERJA

Target tahun 2023 dalam Renstra dan target Perjanjian Kinerja disajikan dalam satu tabel. Target nilai investasi dinaikkan dari Rp 900.000.000.000 menjadi Rp 1.000.000.000.000.

**Tabel 2.1 Sasaran, Indikator, Target Renstra dan Target Perjanjian Kinerja Tahun 2023**

| No | Sasaran Strategis | Indikator Kinerja | Satuan | Target Renstra 2023 | Target PK 2023 |
|---|---|---|---|---|---|
| 1 | Meningkatnya investasi daerah | Nilai realisasi investasi PMA/PMDN | Rp | 900.000.000.000 | 1.000.000.000.000 |
| 2 | Meningkatnya kualitas layanan | Indeks kepuasan masyarakat | Indeks | 78,00 | 80,00 |

**Tabel 2.2 Program dan Anggaran dalam Perjanjian Kinerja Tahun 2023**

| No | Program | Anggaran (Rp) |
|---|---|---|
| 1 | Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | 700.000.000 |
| 2 | Program Pelayanan Penanaman Modal | 300.000.000 |
|  | Jumlah | 1.000.000.000 |

## BAB III AKUNTABILITAS KINERJA

Capaian dihitung terhadap target Perjanjian Kinerja.

**Tabel 3.1 Target Renstra, Target PK, Realisasi dan Capaian Tahun 2023**

| No | Sasaran Strategis | Indikator Kinerja | Satuan | Target Renstra 2023 | Target PK 2023 | Realisasi | Capaian (%) |
|---|---|---|---|---|---|---|---|
| 1 | Meningkatnya investasi daerah | Nilai realisasi investasi PMA/PMDN | Rp | 900.000.000.000 | 1.000.000.000.000 | 1.050.000.000.000 | 105,00 |
| 2 | Meningkatnya kualitas layanan | Indeks kepuasan masyarakat | Indeks | 78,00 | 80,00 | 84,00 | 105,00 |

Realisasi investasi PMA/PMDN di Kabupaten Sukamaju Tahun 2023 sebesar Rp 1.050.000.000.000.

### Realisasi Anggaran

Anggaran belanja Dinas Tahun 2023 sebesar Rp 1.000.000.000 dengan realisasi Rp 950.000.000 atau 95,00%, terdiri atas Belanja Operasi Rp 800.000.000 dan Belanja Modal Rp 200.000.000.

**Tabel 3.5 Realisasi Belanja Operasi per Program, Kegiatan dan Sub Kegiatan Tahun 2023**

| Kode | Program/Kegiatan/Sub Kegiatan | Pagu (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
| 2.18.01 | Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | 600.000.000 | 570.000.000 | 95,00 |
| 2.18.01.2.02 | Administrasi Keuangan Perangkat Daerah | 600.000.000 | 570.000.000 | 95,00 |
| 2.18.01.2.02.0001 | Penyediaan Gaji dan Tunjangan ASN | 600.000.000 | 570.000.000 | 95,00 |
| 2.18.04 | Program Pelayanan Penanaman Modal | 200.000.000 | 190.000.000 | 95,00 |
| 2.18.04.2.01 | Pelayanan Perizinan dan Nonperizinan secara Terpadu Satu Pintu | 200.000.000 | 190.000.000 | 95,00 |
| 2.18.04.2.01.0001 | Penyediaan Pelayanan Terpadu Perizinan dan Nonperizinan | 200.000.000 | 190.000.000 | 95,00 |
|  | Jumlah | 800.000.000 | 760.000.000 | 95,00 |

**Tabel 3.6 Realisasi Belanja Modal per Program, Kegiatan dan Sub Kegiatan Tahun 2023**

| Kode | Program/Kegiatan/Sub Kegiatan | Pagu (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
| 2.18.01 | Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | 100.000.000 | 95.000.000 | 95,00 |
| 2.18.01.2.07 | Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah | 100.000.000 | 95.000.000 | 95,00 |
| 2.18.01.2.07.0005 | Pengadaan Mebel | 100.000.000 | 95.000.000 | 95,00 |
| 2.18.04 | Program Pelayanan Penanaman Modal | 100.000.000 | 95.000.000 | 95,00 |
| 2.18.04.2.01 | Pelayanan Perizinan dan Nonperizinan secara Terpadu Satu Pintu | 100.000.000 | 95.000.000 | 95,00 |
| 2.18.04.2.01.0001 | Penyediaan Pelayanan Terpadu Perizinan dan Nonperizinan | 100.000.000 | 95.000.000 | 95,00 |
|  | Jumlah | 200.000.000 | 190.000.000 | 95,00 |

Jumlah realisasi kedua jenis belanja Rp 950.000.000 dengan sisa anggaran Rp 50.000.000.
"""


def _report(text: str = REPORT):
    return extract_report(parse_source(text, "laporan.md"))


def _codes(findings: list[tuple]) -> list[str]:
    return [rule for rule, _, _ in findings]


# -- a budget in parts by jenis belanja -------------------------------------------------------


def test_parts_by_jenis_belanja_make_one_budget():
    report = _report()
    (whole,) = report.main_budgets()
    programs = {item.name: item.pagu.value for item in whole.at_level(Level.PROGRAM)}
    assert programs["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"] == 700_000_000
    assert programs["Program Pelayanan Penanaman Modal"] == 300_000_000
    assert len(whole.at_level(Level.KEGIATAN)) == 3
    assert len(whole.at_level(Level.SUB_KEGIATAN)) == 3
    assert whole.total_pagu.value == 1_000_000_000
    assert whole.total_realisasi.value == 950_000_000
    # Each part is still read as printed, for its own arithmetic.
    assert [t.total_pagu.value for t in report.budgets] == [800_000_000, 200_000_000]


def test_tables_of_one_jenis_belanja_each_are_no_parts():
    text = REPORT.replace("Realisasi Belanja Modal per", "Realisasi Belanja Operasi per")
    assert len(_report(text).main_budgets()) == 2


def test_the_parts_give_no_false_finding(check_inline):
    assert check_inline(REPORT, "CON002", "CON006", "CAS004", "CNT001", "BUD001", "BUD003",
                        "BUD007") == []


def test_a_wrong_agency_total_is_still_found(check_inline):
    text = edited(REPORT, ("sebesar Rp 1.000.000.000 dengan realisasi Rp 950.000.000 atau "
                           "95,00%, terdiri", "sebesar Rp 1.000.000.000 dengan realisasi "
                           "Rp 940.000.000 atau 95,00%, terdiri"))
    assert "CON002" in _codes(check_inline(text, "CON002"))


def test_a_wrong_program_pagu_in_the_pk_is_still_found(check_inline):
    text = edited(REPORT, ("| 2 | Program Pelayanan Penanaman Modal | 300.000.000 |",
                           "| 2 | Program Pelayanan Penanaman Modal | 350.000.000 |"))
    found = check_inline(text, "CON006")
    assert _codes(found) == ["CON006"] and "300.000.000" in found[0][2]


def test_a_part_keeps_its_own_arithmetic(check_inline):
    text = edited(REPORT, ("|  | Jumlah | 200.000.000 | 190.000.000 | 95,00 |",
                           "|  | Jumlah | 250.000.000 | 190.000.000 | 95,00 |"))
    assert "BUD003" in _codes(check_inline(text, "BUD003"))


# -- the Renstra's target beside the PK's ----------------------------------------------------


def test_the_pk_column_is_the_target_beside_the_renstra_one(check_inline):
    report = _report()
    assert [row.target.value for row in report.agreements] == [10**12, 80]
    assert [row.target.value for t in report.achievements for row in t.rows] == [10**12, 80]
    assert check_inline(REPORT, "CAP001", "CON001") == []


def test_a_capaian_wrong_against_the_pk_target_is_still_found(check_inline):
    text = edited(REPORT, ("| 80,00 | 84,00 | 105,00 |", "| 80,00 | 84,00 | 107,69 |"))
    found = check_inline(text, "CAP001")
    assert _codes(found) == ["CAP001"] and "84,00 / 80,00" in found[0][2]


# -- the Rupiah figures of an indicator ------------------------------------------------------


def test_an_indicator_value_in_rupiah_is_no_budget_figure(check_inline):
    text = edited(REPORT, ("Realisasi investasi PMA/PMDN di Kabupaten Sukamaju Tahun 2023 sebesar",
                           "Realisasi investasi yang dihimpun di Kabupaten Sukamaju Tahun 2023 "
                           "sebesar"))
    assert check_inline(text, "CON002") == []
