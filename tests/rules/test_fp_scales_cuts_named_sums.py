"""False CON002/CON005 findings on reports written in ways the checker had not seen, and
the defects of the same kind that must still be found.

- A budget table whose caption says "(dalam ribuan rupiah)", or whose money column says
  "Anggaran (Rp ribu)", prints thousands: its figures are read in Rupiah.
- "pagu dikurangi Rp X menjadi Rp Y": X is the cut, no pagu.
- "... setara dengan 85,20% dari anggaran awal": a share of the original pagu the
  sentence states, not the absorption of the pagu in force.
- "kedua program pendukung" points back at the programs the sasaran's part named in an
  earlier paragraph; "Program A dan Program B dengan jumlah pagu Rp ..." is their sum.
- An indicator measured in Rupiah ("Nilai realisasi investasi ... Rp 42 miliar") and a
  percentage of a target are no budget figures.
- "Rendahnya serapan disebabkan sub kegiatan X sebesar Rp ... yang realisasinya Rp 0":
  the first figure is no realisasi.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from checker.extract import extract_report
from checker.text import parse_source

REPORT = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH DINAS PARIWISATA KOTA CONTOH TAHUN 2023

## BAB III AKUNTABILITAS KINERJA

### 3.1 Capaian Kinerja Organisasi

**Tabel 3.1 Pengukuran Kinerja Tahun 2023**

| No | Sasaran Strategis | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|---|
|1|Meningkatnya investasi pariwisata|Nilai realisasi investasi pariwisata|Rupiah|\
40.000.000.000|42.000.000.000|105,00|

#### Sasaran 1: Meningkatnya investasi pariwisata

Sasaran ini ditunjang oleh Program Peningkatan Daya Tarik Destinasi Pariwisata (pagu Rp
500.000.000, realisasi Rp 480.000.000) dan Program Pemasaran Pariwisata Daerah (pagu Rp
300.000.000, realisasi Rp 290.000.000).

Capaian sasaran ini sebesar 105,00% dengan predikat Sangat Tinggi.

{narrative}

### 3.2 Realisasi Anggaran

**Tabel 3.2 Realisasi Anggaran per Program dan Kegiatan Tahun 2023**

| Kode | Program/Kegiatan | Pagu (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
|3.26.02|Program Peningkatan Daya Tarik Destinasi Pariwisata|500.000.000|480.000.000|96,00|
| 3.26.02.2.01 | Pengelolaan Daya Tarik Wisata Kabupaten/Kota | 300.000.000 | 290.000.000 | 96,67 |
| 3.26.02.2.02 | Pengelolaan Kawasan Strategis Pariwisata | 200.000.000 | 190.000.000 | 95,00 |
| 3.26.03 | Program Pemasaran Pariwisata Daerah | 300.000.000 | 290.000.000 | 96,67 |
| 3.26.03.2.01 | Pemasaran Pariwisata Dalam Negeri | 300.000.000 | 290.000.000 | 96,67 |
| 3.26.04 | Program Pengembangan Ekonomi Kreatif | 200.000.000 | 150.000.000 | 75,00 |
| 3.26.04.2.01 | Penyediaan Prasarana Ekonomi Kreatif | 200.000.000 | 150.000.000 | 75,00 |
| 3.26.04.2.01.0001 | Pembangunan Prasarana Ekonomi Kreatif | 150.000.000 | 150.000.000 | 100,00 |
| 3.26.04.2.01.0002 | Pemeliharaan Prasarana Ekonomi Kreatif | 50.000.000 | 0 | 0,00 |
|  | Jumlah | 1.000.000.000 | 920.000.000 | 92,00 |

## BAB IV PENUTUP

Demikian laporan ini disusun.
"""

# Every amount of the tables in thousands, said by the caption (realisation) and by the
# header (PK); the narrative quotes them in Rupiah.
IN_THOUSANDS = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH DINAS PARIWISATA KOTA CONTOH TAHUN 2023

## IKHTISAR EKSEKUTIF

Dinas Pariwisata melaksanakan 2 (dua) program dengan pagu Rp {pagu} dan realisasi Rp
920.000.000.

## BAB II PERENCANAAN KINERJA

**Tabel 2.2 Anggaran Program dalam Perjanjian Kinerja Tahun 2023**

| No | Program | Anggaran (Rp ribu) |
|---|---|---|
| 1 | Program Peningkatan Daya Tarik Destinasi Pariwisata | 700.000 |
| 2 | Program Pemasaran Pariwisata Daerah | 300.000 |
|  | Jumlah | 1.000.000 |

## BAB III AKUNTABILITAS KINERJA

### 3.2 Realisasi Anggaran

Pagu Dinas Pariwisata tahun 2023 sebesar Rp 1.000.000.000 dengan realisasi Rp {realisasi}
atau 92,00%.

**Tabel 3.2 Realisasi Anggaran per Program dan Kegiatan Tahun 2023 (dalam ribuan rupiah)**

| Kode | Program/Kegiatan | Pagu | Realisasi | % |
|---|---|---|---|---|
| 3.26.02 | Program Peningkatan Daya Tarik Destinasi Pariwisata | 700.000 | 640.000 | 91,43 |
| 3.26.02.2.01 | Pengelolaan Daya Tarik Wisata Kabupaten/Kota | 700.000 | 640.000 | 91,43 |
| 3.26.03 | Program Pemasaran Pariwisata Daerah | 300.000 | 280.000 | 93,33 |
| 3.26.03.2.01 | Pemasaran Pariwisata Dalam Negeri | 300.000 | 280.000 | 93,33 |
|  | Jumlah | 1.000.000 | 920.000 | 92,00 |

## BAB IV PENUTUP

Demikian laporan ini disusun.
"""


def _con002(check_inline, narrative: str) -> list[tuple]:
    return check_inline(REPORT.format(narrative=narrative), "CON002")


# -- amounts in thousands ------------------------------------------------------------------


def test_a_table_in_thousands_is_read_in_rupiah() -> None:
    text = IN_THOUSANDS.format(pagu="1.000.000.000", realisasi="920.000.000")
    report = extract_report(parse_source(text, "laporan.md"))
    (table,) = report.budgets
    assert table.total_pagu is not None and table.total_pagu.raw == "1.000.000"
    assert table.total_pagu.value == Decimal("1000000000")
    assert table.total_pagu.value.as_tuple().exponent == 0  # an exact integer
    assert table.items[0].realisasi is not None
    assert table.items[0].realisasi.value == Decimal("640000000")
    assert table.total_persen is not None and table.total_persen.value == Decimal("92.00")
    programs = {p.program: p.pagu.value for p in report.agreement_programs if p.pagu}
    assert programs["Program Pemasaran Pariwisata Daerah"] == Decimal("300000000")


def test_a_table_without_a_stated_unit_is_read_as_printed() -> None:
    text = IN_THOUSANDS.format(pagu="1.000.000.000", realisasi="920.000.000").replace(
        " (dalam ribuan rupiah)", "").replace("(Rp ribu)", "(Rp)")
    report = extract_report(parse_source(text, "laporan.md"))
    (table,) = report.budgets
    assert table.total_pagu is not None and table.total_pagu.value == Decimal("1000000")
    assert {p.pagu.value for p in report.agreement_programs if p.pagu} == {
        Decimal("700000"), Decimal("300000")}


@pytest.mark.parametrize("header", ["Pagu (Rp 000)", "Pagu (000)", "Pagu (dalam Rp 1.000)"])
def test_a_money_header_in_thousands_scales_its_column(header: str) -> None:
    text = IN_THOUSANDS.format(pagu="1.000.000.000", realisasi="920.000.000").replace(
        " (dalam ribuan rupiah)", "").replace("| Pagu | Realisasi |", f"| {header} | Realisasi |")
    report = extract_report(parse_source(text, "laporan.md"))
    (table,) = report.budgets
    assert table.total_pagu is not None and table.total_pagu.value == Decimal("1000000000")
    assert table.total_realisasi is not None  # its header states no unit: as printed
    assert table.total_realisasi.value == Decimal("920000")


def test_narrative_in_rupiah_matches_tables_in_thousands(check_inline) -> None:
    text = IN_THOUSANDS.format(pagu="1.000.000.000", realisasi="920.000.000")
    assert check_inline(text, "CON002", "CON005") == []


def test_narrative_quoting_the_thousands_as_rupiah_is_found(check_inline) -> None:
    text = IN_THOUSANDS.format(pagu="1.000.000", realisasi="920.000")
    findings = check_inline(text, "CON002", "CON005")
    assert [(rule, line) for rule, line, _ in findings] == [("CON005", 5), ("CON002", 22)]
    assert "Rp 1.000.000.000" in findings[0][2]  # the table's total, in Rupiah
    assert "Rp 920.000.000" in findings[1][2]


# -- a cut of the pagu ---------------------------------------------------------------------


def test_the_amount_a_pagu_was_cut_by_is_no_pagu(check_inline) -> None:
    narrative = "Pada Perubahan APBD pagu dikurangi Rp 100.000.000 menjadi Rp 1.000.000.000."
    assert _con002(check_inline, narrative) == []


def test_a_wrong_pagu_after_a_cut_is_found(check_inline) -> None:
    narrative = ("Pada Perubahan APBD pagu dikurangi Rp 100.000.000, sehingga pagu Dinas "
                 "tahun 2023 sebesar Rp 1.050.000.000.")
    findings = _con002(check_inline, narrative)
    assert len(findings) == 1
    assert "Rp 1.050.000.000" in findings[0][2] and "Rp 1.000.000.000" in findings[0][2]


# -- a share of the original pagu ----------------------------------------------------------
# No table of REPORT prints the original pagu, so CON002 also reports the pagu itself (it
# matches no table): only the percentage's finding is the subject here.


def _percentages(findings: list[tuple]) -> list[str]:
    return [message for _, _, message in findings if message.startswith("Persentase")]


def test_a_share_of_the_original_pagu_is_no_absorption_rate(check_inline) -> None:
    narrative = ("Dibandingkan pagu APBD murni sebesar Rp 1.150.000.000, realisasi tahun 2023 "
                 "setara dengan 80,00% dari anggaran awal.")
    assert _percentages(_con002(check_inline, narrative)) == []


def test_a_wrong_share_of_the_original_pagu_is_found(check_inline) -> None:
    narrative = ("Dibandingkan pagu APBD murni sebesar Rp 1.150.000.000, realisasi tahun 2023 "
                 "setara dengan 85,20% dari anggaran awal.")
    (message,) = _percentages(_con002(check_inline, narrative))
    assert "85,20%" in message and "80,00%" in message  # 920.000.000 / 1.150.000.000


def test_an_absorption_rate_beside_the_original_pagu_is_still_checked(check_inline) -> None:
    narrative = ("Pagu awal Rp 1.150.000.000 diubah menjadi Rp 1.000.000.000 dan realisasi "
                 "anggaran mencapai 94,00%.")
    (message,) = _percentages(_con002(check_inline, narrative))
    assert "94,00%" in message and "92,00%" in message  # the rate of the pagu in force


# -- the programs of one sasaran -----------------------------------------------------------


def test_both_supporting_programs_named_paragraphs_before_are_summed(check_inline) -> None:
    narrative = ("Dari sisi efisiensi, kedua program pendukung menyerap Rp 770.000.000 dari "
                 "pagu Rp 800.000.000 (96,25%).")
    assert _con002(check_inline, narrative) == []


def test_a_wrong_sum_of_both_supporting_programs_is_found(check_inline) -> None:
    narrative = ("Dari sisi efisiensi, kedua program pendukung menyerap Rp 770.000.000 dari "
                 "pagu Rp 850.000.000 (96,25%).")
    findings = _con002(check_inline, narrative)
    assert [message for _, _, message in findings if "850.000.000" in message]
    assert all("800.000.000" in message for _, _, message in findings)


def test_the_total_of_the_programs_named_before_it_is_their_sum(check_inline) -> None:
    narrative = ("Efisiensi: sasaran ini ditunjang Program Peningkatan Daya Tarik Destinasi "
                 "Pariwisata dan Program Pemasaran Pariwisata Daerah dengan jumlah anggaran "
                 "Rp 800.000.000 yang terealisasi Rp 770.000.000 (96,25%).")
    assert _con002(check_inline, narrative) == []


def test_a_wrong_total_of_the_programs_named_before_it_is_found(check_inline) -> None:
    narrative = ("Efisiensi: sasaran ini ditunjang Program Peningkatan Daya Tarik Destinasi "
                 "Pariwisata dan Program Pemasaran Pariwisata Daerah dengan jumlah anggaran "
                 "Rp 800.000.000 yang terealisasi Rp 780.000.000 (97,50%).")
    findings = _con002(check_inline, narrative)
    assert {message.split(" tertulis ")[1].split(" ")[0] for _, _, message in findings} == {
        "Rp", "97,50%"}
    assert all("770.000.000" in message or "96,25%" in message for _, _, message in findings)


# -- figures that are no budget ------------------------------------------------------------


def test_an_indicator_in_rupiah_is_no_budget_figure(check_inline) -> None:
    narrative = ("Nilai realisasi investasi pariwisata mencapai Rp 42.000.000.000 atau sekitar "
                 "Rp 42 miliar.\n\nRealisasi tersebut terdiri atas investasi dalam negeri "
                 "sebesar Rp 30.000.000.000 dan investasi asing Rp 12.000.000.000.")
    assert _con002(check_inline, narrative) == []


def test_budget_named_after_a_rupiah_indicator_is_still_checked(check_inline) -> None:
    narrative = ("Untuk meningkatkan nilai realisasi investasi pariwisata, Dinas menggunakan "
                 "anggaran Rp 950.000.000.")
    findings = _con002(check_inline, narrative)
    assert len(findings) == 1
    assert "Rp 950.000.000" in findings[0][2] and "Rp 920.000.000" in findings[0][2]


def test_a_percentage_of_a_target_is_no_absorption_rate(check_inline) -> None:
    narrative = ("Terhadap target akhir Renstra sebesar Rp 50.000.000.000, realisasi tahun "
                 "2023 telah mencapai 84,00%.")
    assert _con002(check_inline, narrative) == []


def test_an_absorption_rate_beside_a_target_is_still_checked(check_inline) -> None:
    narrative = "Terhadap target, realisasi anggaran tahun 2023 mencapai 84,00%."
    findings = _con002(check_inline, narrative)
    assert len(findings) == 1
    assert "84,00%" in findings[0][2] and "92,00%" in findings[0][2]


# -- the row a cause names -----------------------------------------------------------------


def test_the_pagu_of_the_row_a_cause_names_is_no_realisasi(check_inline) -> None:
    narrative = ("Rendahnya serapan disebabkan sub kegiatan Pemeliharaan Prasarana Ekonomi "
                 "Kreatif sebesar Rp 50.000.000 yang realisasinya Rp 0 karena tender gagal.")
    assert _con002(check_inline, narrative) == []


def test_a_wrong_realisasi_of_the_row_a_cause_names_is_found(check_inline) -> None:
    narrative = ("Rendahnya serapan disebabkan sub kegiatan Pemeliharaan Prasarana Ekonomi "
                 "Kreatif sebesar Rp 50.000.000 yang realisasinya Rp 10.000.000 karena tender "
                 "gagal.")
    findings = _con002(check_inline, narrative)
    assert len(findings) == 1
    assert "Rp 10.000.000" in findings[0][2] and "Rp 0" in findings[0][2]


# -- a figure a change starts from ---------------------------------------------------------


@pytest.mark.parametrize("narrative", [
    "Perubahan APBD mengubah pagu Program Pengembangan Ekonomi Kreatif dari Rp 260.000.000 "
    "menjadi Rp 200.000.000.",
    "Pagu Program Pemasaran Pariwisata Daerah dari Rp 350.000.000 pada tahun 2022 menjadi "
    "Rp 300.000.000.",
])
def test_the_figure_a_pagu_changed_from_is_no_pagu_of_the_year(check_inline, narrative) -> None:
    assert _con002(check_inline, narrative) == []


def test_the_pagu_it_changed_into_is_still_checked(check_inline) -> None:
    narrative = ("Perubahan APBD mengubah pagu Program Pengembangan Ekonomi Kreatif dari "
                 "Rp 260.000.000 menjadi Rp 210.000.000.")
    (finding,) = _con002(check_inline, narrative)
    assert "Rp 210.000.000" in finding[2] and "Rp 260.000.000" not in finding[2]


def test_what_a_change_named_without_the_budget_became_is_no_budget_claim(check_inline) -> None:
    # "realisasi" alone may be an indicator's: the figure it rose to is not read as spending.
    narrative = ("Dibandingkan tahun sebelumnya, realisasi investasi naik dari Rp "
                 "38.000.000.000 menjadi Rp 42.500.000.000.")
    assert _con002(check_inline, narrative) == []
