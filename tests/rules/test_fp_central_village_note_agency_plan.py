"""False findings on consistent reports, each beside the real defect of its kind:

- HYG001: a central agency (BPS, BPK, BPKP, a "Badan ... Nasional") named as the source
  of a figure, in a sentence followed by the agency's own budget total, is not the
  report naming itself; another regional agency of the kind there still is.
- HYG002: the year before the reporting year after "APBDes Tahun Anggaran" is the desa's
  budget whose accountability report is filed in the reporting year; the agency's own
  "Tahun Anggaran" of that year is still stale, and so is an APBDes two years back.
- HYG002: a "Catatan:" note right under a table comparing the earlier years with the
  reporting year names the earlier years on purpose; under a table of the year alone it
  is still told.
- STR010: the agency's act to come ("Dinas akan memperluas ...") in a sentence after
  the problems is a step; without it, or before any problem, the step is still missing.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from checker.config import Config
from checker.engine import check_report
from checker.model import BudgetTable, Meta, Number, Provenance, Report
from checker.plugins import load_registry

# -- HYG001: a central agency as the source of a figure -------------------------------------

_OWN_BUDGET = BudgetTable(
    name="Tabel 3.8", kind="realisasi", items=(),
    total_pagu=Number("11.587.600.000", Decimal("11587600000")),
    total_realisasi=Number("11.223.133.000", Decimal("11223133000")),
    total_persen=None, total_sisa=None, where=Provenance(40, 60, "Tabel 3.8"))


@pytest.fixture(scope="module")
def hyg001():
    registry = load_registry(builtins=["rules.hygiene"], entry_points=False)
    return next(rule for rule in registry.rules if rule.code == "HYG001")


def _hyg001_found(hyg001, line: str) -> list[tuple[int, str | None]]:
    meta = Meta(agency="Badan Riset dan Inovasi Daerah", agency_kind="badan",
                region="Provinsi Contoh", year=2024)
    report = Report(path="laporan.txt", format="text", meta=meta, text=(line,),
                    budgets=(_OWN_BUDGET,))
    result = check_report(report, [hyg001], Config())
    return [(f.location.line, f.actual) for f in result.findings]


_SOURCE = ("Realisasi indeks belum tersedia dan akan dilaporkan setelah dirilis oleh {name}. "
           "Anggaran terserap Rp 11.223.133.000 dari pagu Rp 11.587.600.000.")


@pytest.mark.parametrize("name", [
    "Badan Pusat Statistik",
    "Badan Pemeriksa Keuangan",
    "Badan Pengawasan Keuangan dan Pembangunan",
    "Badan Narkotika Nasional",
])
def test_hyg001_a_central_agency_as_the_source_is_no_leftover(hyg001, name):
    assert _hyg001_found(hyg001, _SOURCE.format(name=name)) == []


def test_hyg001_a_regional_agency_over_the_own_total_is_still_a_leftover(hyg001):
    line = _SOURCE.format(name="Badan Perencanaan Pembangunan Daerah")
    assert _hyg001_found(hyg001, line) == [(1, "Badan Perencanaan Pembangunan Daerah")]


# -- HYG002: the desa's budget of the year before, and the note under a years table --------

_VILLAGES = """\
# LAPORAN KINERJA DINAS PEMBERDAYAAN MASYARAKAT DAN DESA PROVINSI CONTOH TAHUN 2023

## BAB III AKUNTABILITAS KINERJA

a. Perbandingan target dan realisasi tahun 2023

{sentence}
"""


@pytest.mark.parametrize("budget", ["APBDes", "APBDesa", "APB Desa"])
def test_hyg002_the_desa_budget_of_the_year_before_is_not_stale(check_inline, budget):
    sentence = (f"Sebanyak 2.210 dari 2.500 desa menyampaikan laporan pertanggungjawaban "
                f"{budget} Tahun Anggaran 2022 tepat waktu, atau 88,40% dari target 85,00%.")
    assert check_inline(_VILLAGES.format(sentence=sentence), "HYG002") == []


@pytest.mark.parametrize("sentence", [
    # The agency's own budget year: the leftover of last year's report.
    "Realisasi anggaran Dinas Tahun Anggaran 2022 sebesar 96,40% dari pagu.",
    # A desa's budget two years back is no accountability report filed this year.
    "Sebanyak 2.210 desa menyampaikan laporan pertanggungjawaban APBDes Tahun Anggaran "
    "2021 tepat waktu.",
])
def test_hyg002_an_earlier_budget_year_is_still_told(check_inline, sentence):
    found = check_inline(_VILLAGES.format(sentence=sentence), "HYG002")
    assert [(rule, line) for rule, line, _ in found] == [("HYG002", 7)]
    assert 'Tahun anggaran "202' in found[0][2]


_YEARS_TABLE = """\
# LAPORAN KINERJA INSPEKTORAT KOTA CONTOH TAHUN 2024

## BAB III AKUNTABILITAS KINERJA

**{heading}**

<table>
<tr><th rowspan="2"><b>Indikator Kinerja</b></th><th colspan="{span}"><b>Realisasi</b></th></tr>
<tr>{years}</tr>
<tr><td>Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti</td>{cells}</tr>
<tr><td>Level maturitas SPIP</td>{levels}</tr>
</table>

Catatan: realisasi tahun 2022 dan 2023 dikutip dari LKjIP tahun bersangkutan.
"""


def _years_table(years: tuple[str, ...], heading: str) -> str:
    return _YEARS_TABLE.format(
        heading=heading, span=len(years),
        years="".join(f"<th><b>{year}</b></th>" for year in years),
        cells="".join("<td>85,71</td>" for _ in years),
        levels="".join("<td>3</td>" for _ in years))


def test_hyg002_a_note_under_the_table_of_earlier_years_is_a_comparison(
    check_inline: Callable[..., list[tuple]],
) -> None:
    # The heading ends with a full stop: only the table tells the note compares.
    report = _years_table(("2022", "2023", "2024"), "2) Perbandingan dengan tahun sebelumnya.")
    assert check_inline(report, "HYG002") == []


def test_hyg002_a_note_under_a_table_of_the_year_alone_is_still_told(
    check_inline: Callable[..., list[tuple]],
) -> None:
    report = _years_table(("2024",), "2) Realisasi tahun berjalan.")
    found = check_inline(report, "HYG002")
    assert [(rule, line) for rule, line, _ in found] == [("HYG002", 14)]
    assert 'Tahun kegiatan dan kinerja "2022"' in found[0][2]


# -- STR010: the agency's act to come after the problems ------------------------------------

_IKHTISAR = """\
# LAPORAN KINERJA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN CONTOH TAHUN 2022

## IKHTISAR EKSEKUTIF

Dinas menetapkan 2 (dua) sasaran strategis dengan 6 (enam) indikator kinerja. Capaian
Sasaran 1 sebesar 106,97% dan capaian Sasaran 2 sebesar 114,33%. Pagu anggaran Dinas
terealisasi 97,55%.

{closing}

## BAB I PENDAHULUAN

Dinas melaksanakan urusan administrasi kependudukan.
"""

_PROBLEMS = ("Permasalahan yang masih dihadapi adalah keterbatasan jaringan di desa terpencil "
             "dan kebutuhan blanko yang tidak selalu terpenuhi tepat waktu.")
_ACT = ("Dinas akan memperluas layanan jemput bola ke sekolah dan posyandu serta menambah "
        "titik layanan mandiri pada tahun 2023.")


def test_str010_the_agency_s_act_to_come_after_the_problems_is_a_step(check_inline):
    assert check_inline(_IKHTISAR.format(closing=f"{_PROBLEMS} {_ACT}"), "STR010") == []


@pytest.mark.parametrize("closing", [
    _PROBLEMS,
    # The act comes before any problem: it answers none.
    f"{_ACT} {_PROBLEMS}",
    # What the agency will meet is a problem, not a step.
    f"{_PROBLEMS} Dinas akan menghadapi lonjakan permohonan pada tahun 2023.",
])
def test_str010_problems_without_a_step_are_still_told(check_inline, closing):
    found = check_inline(_IKHTISAR.format(closing=closing), "STR010")
    assert [rule for rule, _, _ in found] == ["STR010"]
    assert "langkah mengatasi kendala" in found[0][2]
