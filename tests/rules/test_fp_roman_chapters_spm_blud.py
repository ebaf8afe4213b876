"""False findings on a hospital (BLUD) report written in ways the checker had not seen,
and the defects of the same kind that must still be found.

- STR001: chapters numbered 'II.', 'III.', 'IV.' (a Word list numbering, no 'BAB' typed)
  are Bab II-IV, not sections of Bab I.
- CNT002: "Dari 125 indikator, 108 indikator memenuhi standar, sehingga realisasinya
  86,40%" counts the SPM indicators one PK indicator is computed from.
- BUD006: a table of pendapatan is no split by jenis belanja; a belanja split that adds up
  to one sub kegiatan's row splits that row, not the whole budget.
"""

from __future__ import annotations

import pytest

REPORT = """\
# KATA PENGANTAR

Laporan ini disusun sebagai pertanggungjawaban kinerja RSUD Contoh tahun 2023.

# IKHTISAR EKSEKUTIF

RSUD Contoh mencapai sasarannya pada tahun 2023.

# {bab1}

## A. Latar Belakang

RSUD Contoh adalah rumah sakit milik Pemerintah Kabupaten Contoh.

# {bab2}

## A. Perjanjian Kinerja Tahun 2023

**Tabel 2.1 Perjanjian Kinerja Tahun 2023**

| No | Sasaran Strategis | Indikator Kinerja | Satuan | Target |
|---|---|---|---|---|
| 1 | Meningkatnya mutu pelayanan rumah sakit | Bed Occupancy Rate | % | 75,00 |
| 2 | | Persentase indikator SPM yang memenuhi standar | % | 90,00 |

{pk_sentence}

# {bab3}

## A. Capaian Kinerja Organisasi

Capaian kinerja diukur terhadap target Perjanjian Kinerja.

## B. Realisasi Anggaran

**Tabel 3.1 Realisasi Anggaran per Program Tahun 2023**

| Kode | Program/Kegiatan/Sub Kegiatan | Pagu (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
|1.02.01|Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota|900.000.000|850.000.000|94,44|
| 1.02.01.2.02 | Administrasi Keuangan Perangkat Daerah | 400.000.000 | 390.000.000 | 97,50 |
| 1.02.01.2.02.0001 | Penyediaan Gaji dan Tunjangan ASN | 400.000.000 | 390.000.000 | 97,50 |
| 1.02.01.2.10 | Peningkatan Pelayanan BLUD | 500.000.000 | 460.000.000 | 92,00 |
| 1.02.01.2.10.0001 | Pelayanan dan Penunjang Pelayanan BLUD | 500.000.000 | 460.000.000 | 92,00 |
|  | Jumlah | 900.000.000 | 850.000.000 | 94,44 |

{tables}

# {bab4}

Demikian laporan kinerja RSUD Contoh tahun 2023.
"""

ROMAN = {"bab1": "I. PENDAHULUAN", "bab2": "II. PERENCANAAN KINERJA",
         "bab3": "III. AKUNTABILITAS KINERJA", "bab4": "IV. PENUTUP"}

PENDAPATAN = """\
**Tabel 3.2 Target dan Realisasi Pendapatan BLUD Tahun 2023**

| No | Sumber Pendapatan | Target (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
| 1 | Pendapatan jasa layanan pasien JKN | 300.000.000 | 310.000.000 | 103,33 |
| 2 | Pendapatan jasa layanan pasien umum | 100.000.000 | 95.000.000 | 95,00 |
| 3 | Lain-lain pendapatan BLUD yang sah | 20.000.000 | 21.000.000 | 105,00 |
|  | Jumlah | 420.000.000 | 426.000.000 | 101,43 |
"""


def _belanja(pegawai: str, barang: str, total: str) -> str:
    return f"""\
**Tabel 3.3 Anggaran dan Realisasi Belanja {{what}} Tahun 2023**

| No | Jenis Belanja | Anggaran (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
| 1 | Belanja Pegawai | {pegawai} | 200.000.000 | 90,00 |
| 2 | Belanja Barang dan Jasa | {barang} | 260.000.000 | 92,00 |
|  | Jumlah | {total} | 460.000.000 | 92,00 |
"""


@pytest.fixture
def run(check_inline):
    """``run("STR001", bab2=..., tables=...)``: the rules' findings on REPORT."""

    def check(*codes: str, pk_sentence: str = "", tables: str = "", **chapters: str) -> list:
        text = REPORT.format(**{**ROMAN, **chapters}, pk_sentence=pk_sentence, tables=tables)
        return check_inline(text, *codes, lang="en")

    return check


# -- STR001: chapters numbered by a roman numeral without 'BAB' ----------------------------


def test_roman_numbered_chapters_without_bab_are_the_chapters(run):
    assert run("STR001") == []


def test_a_missing_chapter_is_still_found_among_roman_numbered_ones(run):
    findings = run("STR001", bab2="II. GAMBARAN UMUM")
    assert [rule for rule, _, _ in findings] == ["STR001"]
    assert "Bab II" in findings[0][2]


# -- CNT002: the indicators an indicator's value is computed from ---------------------------


def test_the_denominator_of_an_indicators_realisasi_is_no_count_of_the_pk(run):
    sentence = ("Dari 125 indikator, 108 indikator memenuhi standar, sehingga realisasinya "
                "86,40% dari target 90,00% (capaian 96,00%).")
    assert run("CNT002", pk_sentence=sentence) == []


@pytest.mark.parametrize(("sentence", "claimed"), [
    # The same shape, but the percentage is no share of the two counts.
    ("Dari 5 indikator, 4 indikator mencapai target, sehingga realisasinya 86,40% dari "
     "target 90,00%.", "5"),
    # A ratio of the PK's own indicators, stated as no indicator's realisasi.
    ("Dari 5 indikator, 4 indikator (80,00%) mencapai target.", "5"),
    ("Perjanjian Kinerja memuat 1 sasaran dan 3 indikator.", "3"),
])
def test_a_wrong_count_of_pk_indicators_is_still_found(run, sentence, claimed):
    findings = run("CNT002", pk_sentence=sentence)
    assert [rule for rule, _, _ in findings] == ["CNT002"]
    assert f"states {claimed} indikator" in findings[0][2]


# -- BUD006: revenue, and the split of one sub kegiatan --------------------------------------


def test_a_pendapatan_table_is_no_split_of_belanja(run):
    assert run("BUD006", tables=PENDAPATAN) == []


def test_a_split_adding_up_to_one_sub_kegiatan_is_that_sub_kegiatans(run):
    split = _belanja("220.000.000", "280.000.000", "500.000.000").format(what="BLUD")
    assert run("BUD006", tables=PENDAPATAN + "\n" + split) == []


def test_a_wrong_split_of_the_whole_budget_is_still_found(run):
    # Realisasi 460.000.000 matches the BLUD row, but the pagu (620.000.000) matches no
    # row: it splits the whole budget, whose pagu is 900.000.000.
    split = _belanja("300.000.000", "320.000.000", "620.000.000").format(what="Daerah")
    findings = run("BUD006", tables=split)
    assert [rule for rule, _, _ in findings] == ["BUD006", "BUD006"]
    messages = " ".join(message for _, _, message in findings)
    assert "620,000,000" in messages and "900,000,000" in messages
