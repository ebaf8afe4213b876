"""STR004, analysis (2) "perbandingan dengan tahun lalu", on reports written in ways the
checker had not seen, and the missing comparison that must still be found.

- This year's figure set against last year's, that year named by its number after its
  figure ("dibandingkan dengan 84,60% pada tahun 2021", the report being of 2022), is the
  comparison with last year.
- A capaian table of every sasaran, placed in Bab III before the sasaran's own sections,
  whose header groups "Tahun 2022" and "Tahun 2023" each stand over "Target | Realisasi |
  Capaian", sets each sasaran's realisasi beside last year's: it counts for the sasaran
  its rows measure.
"""

from __future__ import annotations

REPORT = """\
# LAPORAN KINERJA DINAS CONTOH KABUPATEN SUKAMAJU TAHUN 2023

## BAB II PERENCANAAN KINERJA

**Tabel 2.1 Perjanjian Kinerja Tahun 2023**

| No | Sasaran | Indikator | Target |
|---|---|---|---:|
| 1 | Meningkatnya akses air minum layak | Persentase rumah tangga dengan air minum layak | 86,00 |
| 2 | Meningkatnya kualitas drainase permukiman | Persentase drainase dalam kondisi baik | 66,00 |

## BAB III AKUNTABILITAS KINERJA

### A. Capaian Kinerja Organisasi

**Tabel 3.1 Target, Realisasi dan Capaian Indikator**

{table}

#### Sasaran 1: Meningkatnya akses air minum layak

Realisasi persentase rumah tangga dengan air minum layak tahun 2023 sebesar 86,95% dari \
target 86,00% (capaian 101,10%){air_minum}; target akhir Renstra tahun 2026 adalah 90,00%. \
Belum ada standar nasional yang dapat dibandingkan untuk indikator ini.

Analisis keberhasilan dan kegagalan. Akses naik karena jaringan perpipaan diperluas. \
Efisiensi: realisasi anggaran 96,82% untuk capaian 101,10%. Program pendukung: Program \
Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum.

#### Sasaran 2: Meningkatnya kualitas drainase permukiman

Realisasi persentase drainase dalam kondisi baik tahun 2023 sebesar 67,10% dari target \
66,00% (capaian 101,67%){drainase}; target akhir Renstra tahun 2026 adalah 75,00%. \
Belum ada standar nasional yang dapat dibandingkan untuk indikator ini.

Analisis keberhasilan dan kegagalan. Drainase membaik karena normalisasi saluran. \
Efisiensi: realisasi anggaran 96,73% untuk capaian 101,67%. Program pendukung: Program \
Pengelolaan dan Pengembangan Sistem Drainase.

### B. Realisasi Anggaran

Pagu anggaran tahun 2023 terealisasi 96,80%.
"""

# The table of this year only: it compares no year with another.
_THIS_YEAR_TABLE = """\
| No | Sasaran | Indikator | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|---|
| 1 | Meningkatnya akses air minum layak | Persentase rumah tangga dengan air minum layak \
| % | 86,00 | 86,95 | 101,10 |
| 2 | Meningkatnya kualitas drainase permukiman | Persentase drainase dalam kondisi baik \
| % | 66,00 | 67,10 | 101,67 |"""

# A Word table's two-level header: "Tahun 2022" and "Tahun 2023", each over "Target |
# Realisasi | Capaian (%)"; {drainase_2022} is the drainase row's realisasi of 2022.
_YEAR_GROUPS_TABLE = """\
<table>
<tr><td rowspan="2"><b>No</b></td><td rowspan="2"><b>Sasaran</b></td>\
<td rowspan="2"><b>Indikator</b></td><td rowspan="2"><b>Satuan</b></td>\
<td colspan="3"><b>Tahun 2022</b></td><td colspan="3"><b>Tahun 2023</b></td></tr>
<tr><td><b>Target</b></td><td><b>Realisasi</b></td><td><b>Capaian (%)</b></td>\
<td><b>Target</b></td><td><b>Realisasi</b></td><td><b>Capaian (%)</b></td></tr>
<tr><td>1</td><td>Meningkatnya akses air minum layak</td>\
<td>Persentase rumah tangga dengan air minum layak</td><td>%</td>\
<td>84,00</td><td>{air_minum_2022}</td><td>{air_minum_capaian_2022}</td>\
<td>86,00</td><td>86,95</td><td>101,10</td></tr>
<tr><td>2</td><td>Meningkatnya kualitas drainase permukiman</td>\
<td>Persentase drainase dalam kondisi baik</td><td>%</td>\
<td>62,00</td><td>61,40</td><td>99,03</td>\
<td>66,00</td><td>67,10</td><td>101,67</td></tr>
</table>"""

_LAST_YEAR_AIR_MINUM = ", dibandingkan dengan 84,60% pada tahun 2022 (capaian 100,71%)"
_LAST_YEAR_DRAINASE = ", dibandingkan dengan 61,40% pada tahun 2022 (capaian 99,03%)"
_MISSING = "(2) perbandingan dengan tahun lalu."


def _str004(check_inline, table: str, air_minum: str = "", drainase: str = ""
            ) -> list[tuple]:
    text = REPORT.format(table=table, air_minum=air_minum, drainase=drainase)
    return check_inline(text, "STR004")


def _year_groups(air_minum_2022: str = "84,60", air_minum_capaian_2022: str = "100,71"
                 ) -> str:
    return _YEAR_GROUPS_TABLE.format(air_minum_2022=air_minum_2022,
                                     air_minum_capaian_2022=air_minum_capaian_2022)


def _missing_comparison(found: list[tuple]) -> list[tuple[str, int]]:
    return [(rule, line) for rule, line, message in found if message.endswith(_MISSING)]


def _heading(table: str, number: int) -> int:
    """The line of the heading "#### Sasaran <number>" in the report holding ``table``."""
    lines = REPORT.format(table=table, air_minum="", drainase="").splitlines()
    return next(index for index, line in enumerate(lines, start=1)
                if line.startswith(f"#### Sasaran {number}:"))


def test_str004_last_years_figure_named_by_its_year_is_a_comparison(check_inline):
    found = _str004(check_inline, _THIS_YEAR_TABLE, _LAST_YEAR_AIR_MINUM, _LAST_YEAR_DRAINASE)
    assert found == []


def test_str004_a_sasaran_without_that_sentence_is_still_reported(check_inline):
    found = _str004(check_inline, _THIS_YEAR_TABLE, _LAST_YEAR_AIR_MINUM)
    assert _missing_comparison(found) == [("STR004", _heading(_THIS_YEAR_TABLE, 2))]
    assert "Meningkatnya kualitas drainase permukiman" in found[0][2]
    assert len(found) == 1


def test_str004_this_years_own_figure_named_by_its_year_compares_nothing(check_inline):
    this_year = _LAST_YEAR_AIR_MINUM.replace("pada tahun 2022", "pada tahun 2023")
    found = _str004(check_inline, _THIS_YEAR_TABLE, this_year, _LAST_YEAR_DRAINASE)
    assert _missing_comparison(found) == [("STR004", _heading(_THIS_YEAR_TABLE, 1))]
    assert len(found) == 1


def test_str004_a_shared_table_of_last_years_realisasi_is_a_comparison(check_inline):
    assert _str004(check_inline, _year_groups()) == []


def test_str004_a_shared_table_without_that_sasarans_last_realisasi_is_none(check_inline):
    table = _year_groups("-", "-")
    found = _str004(check_inline, table)
    assert _missing_comparison(found) == [("STR004", _heading(table, 1))]
    assert "Meningkatnya akses air minum layak" in found[0][2]
    assert len(found) == 1


def test_str004_no_earlier_year_in_words_or_table_is_reported_for_each(check_inline):
    found = _str004(check_inline, _THIS_YEAR_TABLE)
    assert _missing_comparison(found) == [("STR004", _heading(_THIS_YEAR_TABLE, 1)),
                                          ("STR004", _heading(_THIS_YEAR_TABLE, 2))]
    assert len(found) == 2
