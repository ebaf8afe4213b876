"""False findings on reports written in ways the checker had not seen, and the defects of
the same kind that must still be found.

- CNT002: "Program X mendukung dua sasaran" counts the sasaran one program supports;
  "SS 1 diukur dengan 2 indikator" (the report's abbreviation of Sasaran Strategis)
  counts one sasaran's indicators, CNT003's business; "SS 1 sampai dengan SS 3, dengan
  4 indikator" counts them all; "Dua indikator tata kelola ... belum mencapai target"
  counts those that missed their target.
- CON002: the villages' money ("alokasi dana desa sebesar Rp 64,3 miliar") is no budget
  of the agency; "Rp 1,19 miliar" is 1.190.000.000 rounded, not Rp 1,19; three programs
  named together, one of them by a two-word name ("Program Penataan Desa"), are quoted
  as their sum; "82,24% dari target 85,00%" is an indicator's realisasi.
- CON015: "pada tahun 2022 sebesar 98,74%" is an earlier year's value.
- CAP001: the formula the report states for a lower-is-better indicator (capaian =
  target / realisasi x 100) is the one its capaian is checked against.
"""

from __future__ import annotations

import pytest
from conftest import flatten

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.model import Polarity
from checker.text import parse_source

_NARRATIVE_LINE = 37  # the line of {narrative}

REPORT = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH DINAS CONTOH KABUPATEN SUKAMAJU TAHUN 2023

## BAB II PERENCANAAN KINERJA

**Tabel 2.2 Perjanjian Kinerja Tahun 2023**

| No | Sasaran Strategis | Indikator Kinerja | Satuan | Target |
|---|---|---|---|---|
| SS 1 | Meningkatnya status perkembangan desa | Indeks Desa Membangun kabupaten | Indeks | 0,6500 |
|  |  | Waktu tanggap pengaduan desa | hari | 15,00 |
| SS 2 | Meningkatnya tata kelola desa | Persentase laporan APBDes tepat waktu | % | 85,00 |
| SS 3 | Meningkatnya akuntabilitas kinerja dinas | Nilai SAKIP Dinas | Nilai | 70,00 |

## BAB III AKUNTABILITAS KINERJA

### 3.1 Capaian Kinerja Organisasi

Capaian indikator berpolaritas positif dihitung dengan rumus Realisasi / Target x 100%.

**Tabel 3.1 Capaian Indikator Tahun 2023**

| No | Indikator | Polaritas | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Indeks Desa Membangun kabupaten | Positif | 0,6500 | 0,6500 | 100,00 |
| 2 | Waktu tanggap pengaduan desa | Negatif | 15,00 | 13,20 | {capaian} |
| 3 | Persentase laporan APBDes tepat waktu | Positif | 85,00 | 82,24 | 96,75 |
| 4 | Nilai SAKIP Dinas | Positif | 70,00 | 70,00 | 100,00 |

**Tabel 3.2 Realisasi Indikator Tahun 2021-2023**

| Indikator | Realisasi 2021 | Realisasi 2022 | Realisasi 2023 |
|---|---|---|---|
| Persentase laporan APBDes tepat waktu | 70,00 | 75,50 | 82,24 |

Uraian capaian kinerja disajikan per sasaran berikut.

{narrative}

### 3.2 Realisasi Anggaran

**Tabel 3.3 Realisasi Anggaran per Program Tahun 2023**

| Kode | Program | Pagu (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
| 2.13.02 | Program Penataan Desa | 240.500.000 | 232.809.600 | 96,80 |
| 2.13.03 | Program Peningkatan Kerja Sama Desa | 329.150.000 | 316.354.650 | 96,11 |
| 2.13.05 | Program Pemberdayaan Lembaga Adat | 619.450.000 | 601.964.800 | 97,18 |
|  | Jumlah | 1.189.100.000 | 1.151.129.050 | 96,81 |

### 3.3 Cara Menghitung Capaian

{formula}
"""

# The formula as the report sets it apart, below the words that say what it is for.
INVERSE_FOR_NEGATIVE = (
    "Untuk indikator berpolaritas negatif (semakin rendah semakin baik), dinas tidak "
    "menggunakan rumus (2 x Target - Realisasi) / Target, tetapi rumus perbandingan "
    "terbalik yang ditetapkan dalam keputusan kepala dinas tentang IKU:\n\n"
    "> Capaian = Target / Realisasi x 100%"
)
INVERSE_FOR_ONE = (
    "Capaian waktu tanggap pengaduan desa dihitung dengan rumus Target / Realisasi x 100%."
)
INVERSE_DENIED = (
    "Untuk indikator berpolaritas negatif dinas tidak memakai rumus Capaian = Target / "
    "Realisasi x 100%."
)
BY_INVERSE = "113,64"  # 15,00 / 13,20 x 100
BY_DEFAULT = "112,00"  # (2 x 15,00 - 13,20) / 15,00 x 100


def _text(narrative: str, formula: str = "", capaian: str = BY_DEFAULT) -> str:
    return REPORT.format(narrative=narrative, formula=formula, capaian=capaian)


@pytest.fixture
def run(registry):
    """``run(narrative, "CNT002", formula=..., capaian=...)``: the rules' findings."""

    def check(narrative: str, *codes: str, formula: str = "", capaian: str = BY_DEFAULT
              ) -> list[tuple[str, int]]:
        report = extract_report(parse_source(_text(narrative, formula, capaian),
                                             "laporan.md"))
        rules = [r for r in registry.rules if r.code in codes]
        assert len(rules) == len(codes), f"unknown rule in {codes}"
        return [(rule, line) for rule, line, _ in
                flatten(check_report(report, rules, Config()).findings)]

    return check


def test_the_narrative_line_is_where_the_tests_say(run) -> None:
    lines = _text("PENANDA").splitlines()
    assert lines[_NARRATIVE_LINE - 1] == "PENANDA"


# -- CNT002 / CNT003: parts and one sasaran's indicators are no total -----------------------


@pytest.mark.parametrize("narrative", [
    # The sasaran one program supports, named right after.
    "Program Penataan Desa mendukung dua sasaran: kegiatan penataan mendukung SS 1, "
    "sedangkan kegiatan fasilitasi mendukung SS 2.",
    # One sasaran's indicators, by the report's abbreviation of Sasaran Strategis.
    "SS 1 diukur dengan 2 (dua) indikator dan mencapai capaian 100,00%.",
    "SS-2 diukur dengan 1 (satu) indikator.",
    # All sasaran, named as a range: the count is of all of them.
    "Perjanjian Kinerja memuat 3 (tiga) sasaran strategis, SS 1 sampai dengan SS 3, dengan "
    "4 (empat) indikator kinerja.",
    # Those that missed their target, their kind named between.
    "Dua indikator tata kelola pemerintahan desa belum mencapai target, yaitu laporan "
    "APBDes tepat waktu dan BUMDes maju.",
])
def test_a_part_or_one_sasarans_count_is_no_total(run, narrative: str) -> None:
    assert run(narrative, "CNT002", "CNT003") == []


@pytest.mark.parametrize(("narrative", "code"), [
    # The agency's sasaran, stated wrong (the PK has 3).
    ("Perjanjian Kinerja dinas memuat dua sasaran.", "CNT002"),
    # One sasaran's indicators, stated wrong (SS 1 has 2): that sasaran's count.
    ("SS 1 diukur dengan 3 (tiga) indikator.", "CNT003"),
    # The whole after the range, stated wrong (the PK has 4).
    ("Perjanjian Kinerja memuat 3 (tiga) sasaran strategis, SS 1 sampai dengan SS 3, dengan "
     "5 (lima) indikator kinerja.", "CNT002"),
    # A total, then a part joined by "dan": the total is still read (the PK has 4).
    ("Dinas menetapkan 5 indikator dan 2 indikator belum mencapai target.", "CNT002"),
])
def test_a_wrong_count_of_the_same_kind_is_found(run, narrative: str, code: str) -> None:
    assert run(narrative, "CNT002", "CNT003") == [(code, _NARRATIVE_LINE)]


# -- CON002: the villages' money, figures in words of scale, rows named together ------------


@pytest.mark.parametrize("narrative", [
    # The villages' money: not the dinas's budget, and in miliar.
    "Pada tahun 2023 desa-desa mengelola dana desa sebesar Rp 187,6 miliar dan alokasi "
    "dana desa sebesar Rp 64,3 miliar; dana tersebut tercatat dalam APBDes masing-masing "
    "desa dan bukan bagian dari anggaran dinas.",
    # The budget rounded to a hundredth of a miliar (Rp 1.189.100.000).
    "Pagu anggaran dinas tahun 2023 sebesar Rp 1,19 miliar.",
    # Three programs named together, the first by a two-word name: their sum.
    "Sasaran ini didukung oleh Program Penataan Desa, Program Peningkatan Kerja Sama Desa, "
    "dan Program Pemberdayaan Lembaga Adat dengan anggaran Rp 1.189.100.000,00 dan "
    "realisasi Rp 1.151.129.050,00 atau 96,81%.",
    # An indicator's realisasi against its target, in a sentence naming a report.
    "Sampai batas waktu penyampaian laporan realisasi pelaksanaan APBDes Tahun Anggaran "
    "2023, sebanyak 176 dari 214 desa menyampaikan laporannya tepat waktu, atau 82,24% "
    "dari target 85,00%, dengan capaian 96,75%.",
])
def test_no_budget_figure_of_the_dinas_is_misread(run, narrative: str) -> None:
    assert run(narrative, "CON002") == []


@pytest.mark.parametrize("narrative", [
    # The dinas's own allocation, stated wrong.
    "Alokasi anggaran dinas tahun 2023 sebesar Rp 1.289.100.000.",
    # Rounded, but not from the table's figure.
    "Pagu anggaran dinas tahun 2023 sebesar Rp 1,29 miliar.",
    # The three programs' sum, stated wrong.
    "Sasaran ini didukung oleh Program Penataan Desa, Program Peningkatan Kerja Sama Desa, "
    "dan Program Pemberdayaan Lembaga Adat dengan anggaran Rp 1.198.100.000,00.",
    # The budget realisation, stated wrong.
    "Realisasi anggaran dinas Tahun Anggaran 2023 sebesar 82,24%.",
])
def test_a_wrong_budget_figure_is_found(run, narrative: str) -> None:
    assert run(narrative, "CON002") == [("CON002", _NARRATIVE_LINE)]


def test_a_figure_in_miliar_is_read_with_its_scale() -> None:
    report = extract_report(parse_source(
        _text("Pagu anggaran dinas tahun 2023 sebesar Rp 64,3 miliar."), "laporan.md"))
    (claim,) = [c for c in report.claims if c.kind == "amount"]
    assert (claim.subject, claim.value.raw, claim.value.value) == (
        "pagu", "Rp 64,3 miliar", 64_300_000_000)


# -- CON015: an earlier year's value --------------------------------------------------------

INDICATOR = "Persentase laporan APBDes tepat waktu"


def test_an_earlier_years_value_is_not_this_years(run) -> None:
    narrative = (f"{INDICATOR} pada tahun 2021 sebesar 70,00% dan pada tahun 2022 sebesar "
                 "75,50%.")
    assert run(narrative, "CON015") == []


@pytest.mark.parametrize("narrative", [
    f"{INDICATOR} pada tahun 2023 sebesar 75,50%.",
    f"{INDICATOR} sebesar 75,50%.",
])
def test_this_years_value_unlike_the_table_is_found(run, narrative: str) -> None:
    assert run(narrative, "CON015") == [("CON015", _NARRATIVE_LINE)]


# -- CAP001: the formula the report states --------------------------------------------------

CAPAIAN_ROW = 25  # the line of the lower-is-better indicator in Tabel 3.1


def test_the_indicator_is_lower_is_better() -> None:
    report = extract_report(parse_source(_text(""), "laporan.md"))
    rows = {row.indikator: row for table in report.achievements for row in table.rows}
    assert rows["Waktu tanggap pengaduan desa"].polarity is Polarity.NEGATIVE
    assert rows["Waktu tanggap pengaduan desa"].where.line == CAPAIAN_ROW


@pytest.mark.parametrize("formula", [INVERSE_FOR_NEGATIVE, INVERSE_FOR_ONE])
def test_the_stated_formula_is_the_one_checked(run, formula: str) -> None:
    assert run("", "CAP001", formula=formula, capaian=BY_INVERSE) == []
    # By the stated formula, the usual one's result is wrong.
    assert run("", "CAP001", formula=formula, capaian=BY_DEFAULT) == [("CAP001", CAPAIAN_ROW)]


def test_the_stated_formula_is_named_in_the_message(registry) -> None:
    report = extract_report(parse_source(
        _text("", INVERSE_FOR_NEGATIVE, BY_DEFAULT), "laporan.md"))
    rules = [r for r in registry.rules if r.code == "CAP001"]
    (finding,) = flatten(check_report(report, rules, Config()).findings)
    assert "15,00 / 13,20 x 100 = 113,64%" in finding[2]


@pytest.mark.parametrize("formula", ["", INVERSE_DENIED])
def test_without_a_stated_formula_the_usual_one_is_checked(run, formula: str) -> None:
    assert run("", "CAP001", formula=formula, capaian=BY_DEFAULT) == []
    assert run("", "CAP001", formula=formula, capaian=BY_INVERSE) == [("CAP001", CAPAIAN_ROW)]
