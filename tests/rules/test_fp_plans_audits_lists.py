"""False findings on reports written in ways the checker had not seen, and the defects of
the same kind that must still be found.

- STR010: a step against a problem written as the agency's plan in the next sentence
  ("Kendala ... . Pada tahun 2025 Dinas akan memperluas ...").
- HYG002: the BPK opinion a report gives as its year's result is on the financial
  statements of the year before ("opini WTP atas LKPD Tahun Anggaran 2021" in 2022).
- HYG006: a Markdown ordered list written "1." on every item is numbered in sequence
  when displayed.
"""

from __future__ import annotations

import pytest

REPORT = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH DINAS CONTOH KABUPATEN SUKAMAJU TAHUN 2022

## IKHTISAR EKSEKUTIF

{ikhtisar}

## BAB I PENDAHULUAN

{narrative}

## BAB II PERENCANAAN KINERJA

Perjanjian Kinerja Tahun 2022 memuat 2 (dua) sasaran strategis.
"""

# An Ikhtisar with the tujuan/sasaran, the capaian and the budget: problems and steps are
# what each STR010 test adds.
_IKHTISAR = ("Dinas menetapkan 2 (dua) sasaran strategis. Capaian kinerja rata-rata 98,50% "
             "dengan realisasi anggaran 93,75% dari pagu.")


@pytest.fixture
def run(check_inline):
    """``run("HYG006", narrative=..., path=...)``: the rules' findings on REPORT."""

    def check(*codes: str, narrative: str = "", ikhtisar: str = _IKHTISAR,
              path: str = "laporan.txt") -> list[tuple]:
        return check_inline(REPORT.format(narrative=narrative, ikhtisar=ikhtisar), *codes,
                            path=path)

    return check


def _codes(findings: list[tuple]) -> list[str]:
    return [rule for rule, _, _ in findings]


# -- STR010: the agency's plan for the next year, after the problems -------------------------


@pytest.mark.parametrize("plan", [
    "Pada tahun 2023 Dinas akan memperluas pelatihan berbasis permintaan perusahaan dan "
    "menjadwalkan mediasi secara daring.",
    "Ke depan, layanan akan diperluas ke desa di hulu.",
    "Tahun depan Dinas berencana membuka layanan jemput bola.",
])
def test_str010_a_plan_after_the_problems_is_a_step(run, plan):
    ikhtisar = (f"{_IKHTISAR} Kendala utama adalah ketidaksesuaian antara keterampilan "
                f"pencari kerja dan kebutuhan industri. {plan}")
    assert run("STR010", ikhtisar=ikhtisar) == []


@pytest.mark.parametrize("after", [
    # What is to come, not an act of the agency.
    "Pada tahun 2023 Renstra Dinas akan berakhir.",
    # A problem foreseen, not a step against it.
    "Pada tahun 2023 Dinas akan menghadapi kenaikan jumlah pencari kerja.",
    # A plan with no problem before it answers none.
    "",
])
def test_str010_still_reports_an_ikhtisar_without_steps(run, after):
    ikhtisar = (f"{_IKHTISAR} Kendala utama adalah ketidaksesuaian antara keterampilan "
                f"pencari kerja dan kebutuhan industri. {after}")
    found = run("STR010", ikhtisar=ikhtisar)
    assert _codes(found) == ["STR010"]
    assert found[0][2].endswith("tidak memuat langkah mengatasi kendala.")


def test_str010_a_plan_alone_names_no_problem(run):
    ikhtisar = f"{_IKHTISAR} Pada tahun 2023 Dinas akan memperluas pelatihan kerja."
    found = run("STR010", ikhtisar=ikhtisar)
    assert _codes(found) == ["STR010"]
    assert found[0][2].endswith(
        "tidak memuat kendala yang dihadapi dan langkah mengatasi kendala.")


# -- HYG002: the audit opinion on the year before -------------------------------------------


@pytest.mark.parametrize("sentence", [
    "BPK kembali memberikan opini Wajar Tanpa Pengecualian (WTP) atas LKPD Tahun "
    "Anggaran 2021; dan 58 dari 64 produk hukum daerah ditetapkan tepat waktu.",
    "a. Target dan realisasi. BPK memberikan opini WTP atas laporan keuangan Kabupaten "
    "Sukamaju Tahun Anggaran 2021, sesuai target.",
])
def test_hyg002_the_opinion_on_last_years_accounts_is_this_years_result(run, sentence):
    assert run("HYG002", narrative=sentence) == []


@pytest.mark.parametrize(("sentence", "found"), [
    # Not the accounts audited: the budget of another year, left from an older report.
    ("Dinas melaksanakan 12 kegiatan dengan pagu Tahun Anggaran 2021.", "2021"),
    # An opinion on accounts two years old is not the one that year's audit gives.
    ("BPK memberikan opini WTP atas LKPD Tahun Anggaran 2020, sesuai target.", "2020"),
])
def test_hyg002_still_reports_another_budget_year(run, sentence, found):
    findings = run("HYG002", narrative=sentence)
    assert _codes(findings) == ["HYG002"]
    assert f'Tahun anggaran "{found}" tidak sesuai dengan tahun laporan 2022' in findings[0][2]


# -- HYG006: a Markdown list numbered "1." on every item ------------------------------------

_SAME_NUMBER = """\
Camat menyelenggarakan fungsi:

1. penyelenggaraan urusan pemerintahan umum;
1. pengoordinasian kegiatan pemberdayaan masyarakat;
1. pembinaan dan pengawasan penyelenggaraan kegiatan kelurahan.
"""


def test_hyg006_a_markdown_list_numbered_on_display(run):
    assert run("HYG006", narrative=_SAME_NUMBER, path="laporan.md") == []


def test_hyg006_still_reports_the_repeated_number_in_plain_text(run):
    found = run("HYG006", narrative=_SAME_NUMBER, path="laporan.txt")
    assert _codes(found) == ["HYG006", "HYG006"]
    assert 'seharusnya "2.", tertulis "1."' in found[0][2]


def test_hyg006_still_reports_a_skipped_number_in_markdown(run):
    skipped = _SAME_NUMBER.replace("1. pengoordinasian", "2. pengoordinasian").replace(
        "1. pembinaan", "4. pembinaan")
    found = run("HYG006", narrative=skipped, path="laporan.md")
    assert _codes(found) == ["HYG006"]
    assert 'seharusnya "3.", tertulis "4."' in found[0][2]
