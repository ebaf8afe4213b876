"""False findings on a hospital report written in ways the checker had not seen, and the
defects of the same kind that must still be found.

- A ratio indicator ("Rasio dokter : tempat tidur") prints its target and realisasi as a
  ratio to one, "1 : 5": the figure is the 5 (beds per doctor), the "1 :" its unit. It was
  an unreadable cell (INP001) and its capaian went unchecked; now CAP001 computes it, by
  the polarity the report states.
- "Program A, termasuk kegiatan B, dengan pagu program Rp X dan realisasi Rp Y (p%)":
  the words "pagu program" give the figures to the program named before, not to the
  kegiatan named last (CON002).
"""

# The reports below print each table row on one line, as the reports do.
# ruff: noqa: E501

from __future__ import annotations

from decimal import Decimal

import pytest

from checker.numbers import NumberFormatError, parse_number, ratio_figure

# -- a ratio to one as a figure ---------------------------------------------------------------


def test_a_ratio_to_one_is_read_as_its_figure() -> None:
    assert parse_number("1 : 5") == Decimal("5")
    assert parse_number("1:4") == Decimal("4")
    assert parse_number("1 : 4,5") == Decimal("4.5")


def test_a_ratio_of_other_figures_stays_unreadable() -> None:
    for raw in ("2 : 5", "1 : 5 : 2", "1 : 5 dan 1 : 6"):
        with pytest.raises(NumberFormatError):
            parse_number(raw)


def test_a_ratio_shows_its_figure_in_a_formula() -> None:
    assert ratio_figure("1 : 5") == "5"
    assert ratio_figure("72,50") == "72,50"


CAPAIAN = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH RSUD CONTOH TAHUN 2022

## BAB III AKUNTABILITAS KINERJA

### A. Capaian Kinerja Organisasi

Rasio dokter : tempat tidur dan waktu tunggu rawat jalan berpolaritas negatif (semakin rendah semakin baik); capaiannya dihitung dengan rumus (2 x target - realisasi) / target x 100%.

**Tabel 3.1 Pengukuran Kinerja Tahun 2022**

| No | Sasaran | Indikator | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|:-:|--:|--:|--:|
| 1 | Meningkatnya mutu pelayanan kesehatan rujukan | Rasio dokter : tempat tidur | rasio | {target} | 1:4 | {capaian} |
|  |  | Waktu tunggu rawat jalan | menit | 60 | 45 | 125,00 |

## BAB IV PENUTUP

Demikian laporan ini disusun.
"""
_RATIO_ROW = 13


def test_a_ratio_target_is_no_unreadable_cell_and_its_capaian_holds(check_inline) -> None:
    report = CAPAIAN.format(target="1 : 5", capaian="120,00")
    assert check_inline(report, "INP001", "CAP001") == []


def test_a_miscomputed_ratio_capaian_is_found(check_inline) -> None:
    report = CAPAIAN.format(target="1 : 5", capaian="130,00")
    findings = check_inline(report, "INP001", "CAP001")
    assert [(rule, line) for rule, line, _ in findings] == [("CAP001", _RATIO_ROW)]
    assert "(2 x 5 - 4) / 5 x 100 = 120,00%" in findings[0][2]


def test_a_ratio_of_two_figures_stays_an_unreadable_cell(check_inline) -> None:
    report = CAPAIAN.format(target="2 : 5", capaian="120,00")
    findings = check_inline(report, "INP001", "CAP001")
    assert [(rule, line) for rule, line, _ in findings] == [("INP001", _RATIO_ROW)]
    assert "'2 : 5'" in findings[0][2]


# -- "pagu program" after a kegiatan named inside the program ---------------------------------

BUDGET = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH RSUD CONTOH TAHUN 2022

## BAB III AKUNTABILITAS KINERJA

### A. Capaian Kinerja Organisasi

{narrative}

### B. Realisasi Anggaran

**Tabel 3.2 Realisasi Anggaran per Program dan Kegiatan Tahun 2022**

| Kode | Program/Kegiatan | Pagu (Rp) | Realisasi (Rp) | % |
|---|---|--:|--:|--:|
| 1.02.01 | Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | 900.000.000 | 855.000.000 | 95,00 |
| 1.02.01.2.02 | Administrasi Keuangan Perangkat Daerah | 500.000.000 | 495.000.000 | 99,00 |
| 1.02.01.2.10 | Peningkatan Pelayanan BLUD | 400.000.000 | 360.000.000 | 90,00 |
| 1.02.02 | Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat | 100.000.000 | 90.000.000 | 90,00 |
| 1.02.02.2.01 | Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan | 100.000.000 | 90.000.000 | 90,00 |
|  | Jumlah | 1.000.000.000 | 945.000.000 | 94,50 |

## BAB IV PENUTUP

Demikian laporan ini disusun.
"""
_NARRATIVE_LINE = 7
_SENTENCE = ("Sasaran ini ditunjang oleh Program Penunjang Urusan Pemerintahan Daerah "
             "Kabupaten/Kota, termasuk kegiatan Peningkatan Pelayanan BLUD, dengan "
             "{noun} Rp {pagu} dan realisasi Rp {realisasi} ({persen}%).")


def _budget(noun: str, pagu: str, realisasi: str, persen: str) -> str:
    sentence = _SENTENCE.format(noun=noun, pagu=pagu, realisasi=realisasi, persen=persen)
    return BUDGET.format(narrative=sentence)


def test_pagu_program_is_the_programs_not_the_kegiatans_named_last(check_inline) -> None:
    report = _budget("pagu program", "900.000.000", "855.000.000", "95,00")
    assert check_inline(report, "CON002") == []


def test_a_wrong_program_pagu_is_found_against_the_program(check_inline) -> None:
    report = _budget("pagu program", "950.000.000", "855.000.000", "95,00")
    findings = check_inline(report, "CON002")
    assert [(rule, line) for rule, line, _ in findings] == [("CON002", _NARRATIVE_LINE)]
    message = findings[0][2]
    assert "Rp 950.000.000" in message
    assert "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota" in message
    assert "900.000.000" in message


def test_a_plain_pagu_after_the_kegiatan_is_still_the_kegiatans(check_inline) -> None:
    # Without the word of the program's level the figure is the kegiatan's named last.
    assert check_inline(_budget("pagu", "400.000.000", "360.000.000", "90,00"), "CON002") == []
    findings = check_inline(_budget("pagu", "900.000.000", "855.000.000", "95,00"), "CON002")
    assert {rule for rule, _, _ in findings} == {"CON002"}
    assert all("Peningkatan Pelayanan BLUD" in message for _, _, message in findings)
