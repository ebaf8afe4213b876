"""False CON002/CNT001 findings on reports written in ways the checker had not seen, and
the defects of the same kind that must still be found.

- A budget table whose caption says "(dalam jutaan rupiah)" prints small figures with
  decimals ("84,70" is Rp 84.700.000): its money columns are read, exactly scaled.
- "empat program teknis" counts the programs besides the Program Penunjang, a part.
- "Kegiatan Program X yang mendukung sasaran ini memiliki anggaran Rp ...": the figure
  of the program's kegiatan that support the sasaran (one row, or the sum of those the
  sasaran's part lists), not the program's total.
"""

from __future__ import annotations

from decimal import Decimal

from checker.extract import extract_report
from checker.text import parse_source

IN_MILLIONS = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH DINAS PANGAN KOTA CONTOH TAHUN 2023

## BAB III AKUNTABILITAS KINERJA

### 3.2 Realisasi Anggaran

Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota mendukung seluruh sasaran,
sedangkan {count} program teknis dikaitkan dengan sasaran yang relevan.

Kegiatan Penyusunan Peta Ketahanan dan Kerentanan Pangan Kecamatan memiliki anggaran
Rp 84.300.000 dengan realisasi Rp {realisasi}.

**Tabel 3.9 Realisasi Anggaran per Program dan Kegiatan Tahun 2023 (dalam jutaan rupiah)**

| Kode | Program/Kegiatan | Anggaran | Realisasi | % | Sisa |
|---|---|---|---|---|---|
| 2.09.01 | Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | 154,70 | 152,83 \
| 98,79 | 1,87 |
| 2.09.01.2.06 | Administrasi Umum Perangkat Daerah | 154,70 | 152,83 | 98,79 | 1,87 |
| 2.09.04 | Program Penanganan Kerawanan Pangan | 523,50 | 511,50 | 97,71 | 12,00 |
| 2.09.04.2.01 | Penyusunan Peta Ketahanan dan Kerentanan Pangan Kecamatan | 84,30 \
| 83,12 | 98,60 | 1,18 |
| 2.09.04.2.02 | Penanganan Kerawanan Pangan Kewenangan Kabupaten/Kota | 439,20 | 428,38 \
| 97,54 | 10,82 |
| 2.09.05 | Program Pengawasan Keamanan Pangan | 287,20 | 281,26 | 97,93 | 5,94 |
| 2.09.05.2.01 | Pelaksanaan Pengawasan Keamanan Pangan Segar Daerah Kabupaten/Kota \
| 287,20 | 281,26 | 97,93 | 5,94 |
|  | Jumlah | 965,40 | 945,59 | 97,95 | 19,81 |

## BAB IV PENUTUP

Demikian laporan ini disusun.
"""


def _in_millions(count: str = "dua", realisasi: str = "83.120.000") -> str:
    return IN_MILLIONS.format(count=count, realisasi=realisasi)


def test_a_table_in_millions_with_decimals_is_read_exactly() -> None:
    report = extract_report(parse_source(_in_millions(), "laporan.md"))
    (table,) = report.budgets
    assert table.kind == "realisasi"
    assert table.total_pagu is not None and table.total_pagu.value == Decimal("965400000")
    assert table.total_pagu.value.as_tuple().exponent == 0  # an exact integer
    kegiatan = table.items[1].children[0]
    assert kegiatan.pagu is not None and kegiatan.pagu.raw == "84,30"
    assert kegiatan.pagu.value == Decimal("84300000")
    assert kegiatan.sisa is not None and kegiatan.sisa.value == Decimal("1180000")
    assert kegiatan.persen is not None and kegiatan.persen.value == Decimal("98.60")


def test_small_figures_without_a_stated_unit_are_no_budget() -> None:
    text = _in_millions().replace(" (dalam jutaan rupiah)", "")
    assert extract_report(parse_source(text, "laporan.md")).budgets == ()


def test_kegiatan_amounts_in_rupiah_match_a_table_in_millions(check_inline) -> None:
    assert check_inline(_in_millions(), "CON002", "CNT001") == []


def test_a_wrong_kegiatan_amount_against_a_table_in_millions_is_found(check_inline) -> None:
    findings = check_inline(_in_millions(realisasi="83.210.000"), "CON002")
    assert [(rule, line) for rule, line, _ in findings] == [("CON002", 11)]
    assert "Rp 83.210.000" in findings[0][2] and "83.120.000" in findings[0][2]


def test_a_wrong_count_of_all_programs_is_still_found(check_inline) -> None:
    text = _in_millions().replace("dua program teknis", "empat program")
    findings = check_inline(text, "CNT001")
    assert [(rule, line) for rule, line, _ in findings] == [("CNT001", 8)]


PARTS = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH BADAN KEPEGAWAIAN DAERAH PROVINSI CONTOH TAHUN 2022

## BAB III AKUNTABILITAS KINERJA

### 3.1 Capaian Kinerja Organisasi

#### Sasaran 1: Meningkatnya kualitas manajemen ASN

Capaian sasaran ini sebesar 104,00%.

Kegiatan Program Kepegawaian Daerah yang mendukung sasaran ini memiliki anggaran
Rp {pagu} dan realisasi Rp 1.799.490.000.

Kegiatan pendukung:

- Kegiatan 5.04.02.1.01 Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN.
- Kegiatan 5.04.02.1.05 Penghargaan dan Sanksi ASN.

#### Sasaran 2: Meningkatnya kinerja aparatur

Capaian sasaran ini sebesar 100,80%.

Kegiatan Program Kepegawaian Daerah yang mendukung sasaran ini memiliki anggaran
Rp 312.700.000 dan realisasi Rp 309.845.000.

### 3.2 Realisasi Anggaran

**Tabel 3.9 Realisasi Anggaran per Program dan Kegiatan Tahun 2022**

| Kode | Program/Kegiatan | Anggaran (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
| 5.04.02 | Program Kepegawaian Daerah | 2.148.800.000 | 2.109.335.000 | 98,16 |
| 5.04.02.1.01 | Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN | 1.432.100.000 \
| 1.403.385.000 | 97,99 |
| 5.04.02.1.04 | Penilaian dan Evaluasi Kinerja Aparatur | 312.700.000 | 309.845.000 | 99,09 |
| 5.04.02.1.05 | Penghargaan dan Sanksi ASN | 404.000.000 | 396.105.000 | 98,05 |
|  | Jumlah | 2.148.800.000 | 2.109.335.000 | 98,16 |

## BAB IV PENUTUP

Demikian laporan ini disusun.
"""


def test_the_kegiatan_of_a_program_supporting_a_sasaran_are_matched(check_inline) -> None:
    # Sasaran 1: the sum of the two kegiatan its part lists; Sasaran 2: one kegiatan row.
    assert check_inline(PARTS.format(pagu="1.836.100.000"), "CON002") == []


def test_a_wrong_amount_of_the_kegiatan_of_a_program_is_found(check_inline) -> None:
    findings = check_inline(PARTS.format(pagu="1.863.100.000"), "CON002")
    assert [(rule, line) for rule, line, _ in findings] == [("CON002", 12)]
    assert "Rp 1.863.100.000" in findings[0][2]


def test_the_sum_of_kegiatan_the_sasaran_does_not_list_is_found(check_inline) -> None:
    # 1.432.100.000 + 312.700.000: two kegiatan of the program, not those Sasaran 1 lists.
    findings = check_inline(PARTS.format(pagu="1.744.800.000"), "CON002")
    assert [(rule, line) for rule, line, _ in findings] == [("CON002", 12)]
