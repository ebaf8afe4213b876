"""False findings on reports written in ways the checker had not seen, and the defects of
the same kind that must still be found.

- CON002: "sebesar Rp A dialokasikan pada Program X dan Rp B pada Program Y": each amount
  is the row named right after it ("Rp X pada Program Y" binds forward), not the row an
  earlier amount of the sentence was given to.
- CAP001: a polarity sentence may name an indicator without the bracketed alias of its
  name ("persentase pasien kembali dirawat dalam 30 hari" for "... dirawat (readmisi)
  dalam 30 hari"); the indicator takes that polarity.
- STR004: "Dibandingkan tahun 2023, BOR naik dari X menjadi Y" (the earlier year named
  before the change) and a capaian table printing earlier years' realisasi in the
  sasaran's own text are the comparison with the years before.
- meta: a Biro's report prints its Sekretariat Daerah first on the cover and names it as
  its parent throughout; the Biro, on a cover line of its own, is the agency reporting.
"""

from __future__ import annotations

# -- CON002: an amount given to the row named after it -------------------------------------

BUDGET_REPORT = """\
LAPORAN KINERJA INSTANSI PEMERINTAH
DINAS CONTOH KABUPATEN SUKAMAJU
TAHUN 2023

BAB III AKUNTABILITAS KINERJA

B. Realisasi Anggaran

Tabel 3.5 Realisasi Anggaran Tahun 2023

No\tProgram\tPagu (Rp)\tRealisasi (Rp)\t%
1\tPenunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t2.000.000.000\t1.900.000.000\t95,00
2\tPemberdayaan Masyarakat Desa dan Kelurahan\t8.000.000.000\t7.600.000.000\t95,00
\tJumlah\t10.000.000.000\t9.500.000.000\t95,00

{sentence}
"""

_SPLIT = ("Dari anggaran Rp10.000.000.000, sebesar Rp8.000.000.000 (80,00%) dialokasikan pada "
          "Program Pemberdayaan Masyarakat Desa dan Kelurahan dan Rp{second} pada Program "
          "Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota.")


def _con002(check_inline, sentence: str) -> list[tuple]:
    return check_inline(BUDGET_REPORT.format(sentence=sentence), "CON002", path="laporan.txt")


def test_con002_an_amount_is_the_row_named_right_after_it(check_inline):
    assert _con002(check_inline, _SPLIT.format(second="2.000.000.000")) == []


def test_con002_an_amount_unlike_the_row_named_after_it_is_reported(check_inline):
    found = _con002(check_inline, _SPLIT.format(second="2.500.000.000"))
    assert [(rule, line) for rule, line, _ in found] == [("CON002", 16)]
    message = found[0][2]
    assert "tertulis Rp2.500.000.000" in message
    assert "Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota" in message
    assert "2.000.000.000" in message


def test_con002_the_first_amount_given_forward_is_still_compared(check_inline):
    sentence = _SPLIT.format(second="2.000.000.000").replace("Rp8.000.000.000",
                                                             "Rp8.200.000.000")
    found = _con002(check_inline, sentence)
    assert [(rule, line) for rule, line, _ in found] == [("CON002", 16)]
    assert "Pemberdayaan Masyarakat Desa dan Kelurahan" in found[0][2]


# -- CAP001: a polarity sentence naming an indicator without its bracketed alias -------------

CAPAIAN = """\
# LAPORAN KINERJA RUMAH SAKIT JIWA CONTOH TAHUN 2024

## BAB II PERENCANAAN KINERJA

Dua indikator berpolaritas negatif (semakin kecil semakin baik), yaitu Average Length of \
Stay (ALOS) dan {named}. Indikator lainnya berpolaritas positif.

## BAB III AKUNTABILITAS KINERJA

**Tabel 3.1 Pengukuran Kinerja Tahun 2024**

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Average Length of Stay (ALOS) | hari | 35,0 | 32,6 | 106,86 |
| 2 | Persentase pasien kembali dirawat (readmisi) dalam 30 hari | % | 8,00 | 8,60 | {capaian} |
| 3 | Bed Occupancy Rate (BOR) | % | 75,00 | 78,40 | 104,53 |
"""

_WITHOUT_ALIAS = "persentase pasien kembali dirawat dalam 30 hari"


def _cap001(check_inline, named: str, capaian: str) -> list[str]:
    text = CAPAIAN.format(named=named, capaian=capaian)
    return [message for _, _, message in check_inline(text, "CAP001")]


def test_cap001_a_name_stated_without_its_bracketed_alias_takes_the_polarity(check_inline):
    assert _cap001(check_inline, _WITHOUT_ALIAS, "92,50") == []


def test_cap001_the_aliased_negative_indicator_computed_wrongly_is_reported(check_inline):
    found = _cap001(check_inline, _WITHOUT_ALIAS, "107,50")
    assert len(found) == 1 and "(2 x 8,00 - 8,60) / 8,00 x 100 = 92,50%" in found[0]


def test_cap001_an_indicator_the_sentence_does_not_name_keeps_its_own_polarity(check_inline):
    found = _cap001(check_inline, "Net Death Rate (NDR)", "92,50")
    assert len(found) == 1 and "8,60 / 8,00 x 100 = 107,50%" in found[0]


# -- STR004: the earlier year named before the change; a table of earlier years --------------

ANALYSES = """\
# LAPORAN KINERJA RUMAH SAKIT JIWA CONTOH TAHUN 2024

## BAB II PERENCANAAN KINERJA

**Tabel 2.1 Perjanjian Kinerja Tahun 2024**

| No | Sasaran | Indikator | Target |
|---|---|---|---:|
| 1 | Meningkatnya mutu pelayanan kesehatan jiwa | Bed Occupancy Rate (BOR) | 75,00 |

## BAB III AKUNTABILITAS KINERJA

### A. Capaian Kinerja Organisasi

#### Sasaran 1: Meningkatnya mutu pelayanan kesehatan jiwa

**Tabel 3.4 Capaian Sasaran 1 Tahun 2024**

{table}

- Target dan realisasi: target 75,00, realisasi 78,40.
- {comparison}
- Target akhir Renstra 2026: 80,00.
- Standar nasional: BOR ideal 60-85%.
- Faktor keberhasilan: clinical pathway; hambatan dan solusi: jadwal visite ditata ulang.
- Efisiensi penggunaan sumber daya: capaian 104,53% dengan realisasi anggaran 97,23%.
- Program pendukung: Program Pemenuhan Upaya Kesehatan Perorangan.

### B. Realisasi Anggaran

Pagu anggaran tahun 2024 terealisasi 97,23%.
"""

_THIS_YEAR_TABLE = """\
| Indikator | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|
| Bed Occupancy Rate (BOR) | % | 75,00 | 78,40 | 104,53 |"""

# A Word table's two-row header: "Realisasi" over the years, "Tahun 2024" over "Target |
# Capaian (%)" (the years share their header row with other columns' names).
_EARLIER_YEARS_TABLE = """\
<table>
<tr><td rowspan="2"><b>Indikator</b></td><td colspan="3"><b>Realisasi</b></td>\
<td colspan="2"><b>Tahun 2024</b></td></tr>
<tr><td><b>2022</b></td><td><b>2023</b></td><td><b>2024</b></td><td><b>Target</b></td>\
<td><b>Capaian (%)</b></td></tr>
<tr><td>Bed Occupancy Rate (BOR)</td><td>71,20</td><td>74,60</td><td>78,40</td>\
<td>75,00</td><td>104,53</td></tr>
</table>"""

_YEAR_FIRST = "Dibandingkan tahun 2023, BOR naik dari 74,60% menjadi 78,40%."
_NO_COMPARISON = "Pelayanan rawat inap berjalan sesuai jadwal."


def _str004(check_inline, table: str, comparison: str) -> list[tuple]:
    return check_inline(ANALYSES.format(table=table, comparison=comparison), "STR004")


def test_str004_an_earlier_year_named_before_the_change_is_a_comparison(check_inline):
    assert _str004(check_inline, _THIS_YEAR_TABLE, _YEAR_FIRST) == []


def test_str004_a_table_of_earlier_years_realisasi_is_a_comparison(check_inline):
    assert _str004(check_inline, _EARLIER_YEARS_TABLE, _NO_COMPARISON) == []


def test_str004_a_sasaran_compared_with_no_earlier_year_is_still_reported(check_inline):
    found = _str004(check_inline, _THIS_YEAR_TABLE, _NO_COMPARISON)
    assert [rule for rule, _, _ in found] == ["STR004"]
    assert found[0][2].endswith("(2) perbandingan dengan tahun lalu.")


def test_str004_the_reporting_year_named_before_a_change_compares_nothing(check_inline):
    found = _str004(check_inline, _THIS_YEAR_TABLE,
                    "Dibandingkan tahun 2024 awal, BOR naik dari 74,60% menjadi 78,40%.")
    assert [rule for rule, _, _ in found] == ["STR004"]
    assert found[0][2].endswith("(2) perbandingan dengan tahun lalu.")


# -- meta: a Biro's report names its Sekretariat Daerah first ---------------------------------

_BIRO_COVER = """\
PEMERINTAH PROVINSI CONTOH
SEKRETARIAT DAERAH
{unit}

LAPORAN KINERJA INSTANSI PEMERINTAH
{unit}
SEKRETARIAT DAERAH PROVINSI CONTOH
TAHUN 2022

KATA PENGANTAR

Laporan Kinerja ini disusun oleh Sekretariat Daerah Provinsi Contoh. Sekretariat Daerah \
Provinsi Contoh membina seluruh biro. Perjanjian Kinerja Sekretariat Daerah ditandatangani \
bersama Gubernur.
"""


def _agency(text: str) -> str | None:
    from checker.extract import extract_report
    from checker.text import parse_source

    return extract_report(parse_source(text, "laporan.txt")).meta.agency


def test_meta_the_biro_on_a_cover_line_of_its_own_is_the_agency():
    text = _BIRO_COVER.format(unit="BIRO PEMERINTAHAN DAN OTONOMI DAERAH")
    assert _agency(text) == "Biro Pemerintahan dan Otonomi Daerah"


def test_meta_a_sekretariat_daerah_report_stays_the_sekretariats():
    text = _BIRO_COVER.format(unit="").replace("\n\n\nLAPORAN", "\n\nLAPORAN")
    assert _agency(text) == "Sekretariat Daerah"

