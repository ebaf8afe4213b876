"""False CON002/CON005 findings on reports written in ways the checker had not seen, and
the defects of the same kind that must still be found.

- "dengan pagu murni Rp A, pagu setelah refocusing Rp B": a pagu named as the one before
  the budget's change is the rows' earlier-stage pagu (the Pagu Murni column), not the
  pagu in force.
- "Program X sebesar Rp A, yang di dalamnya terdapat belanja BLUD Rp B dengan realisasi
  Rp C (p%)": the realisasi and its rate are those of the part named inside the program
  (the kegiatan whose pagu is Rp B), not the program's.
- "Program X menyerap bagian terbesar, yaitu pagu Rp A": the noun after "yaitu" names
  the figure; a pagu, not a realisation.
"""

# The report below prints each table row on one line, as the reports do.
# ruff: noqa: E501

from __future__ import annotations

REPORT = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH DINAS CONTOH TAHUN 2021

## IKHTISAR EKSEKUTIF

{ikhtisar}

## BAB III AKUNTABILITAS KINERJA

### 3.1 Capaian Kinerja

{narrative}

### 3.2 Realisasi Anggaran

**Tabel 3.2 Realisasi Anggaran per Program dan Kegiatan Tahun 2021**

| Kode | Program/Kegiatan | Pagu Murni (Rp) | Pagu Setelah Refocusing (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|---|
| 1.02.01 | Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | 900.000.000 | 800.000.000 | 760.000.000 | 95,00 |
| 1.02.01.2.02 | Administrasi Keuangan Perangkat Daerah | 500.000.000 | 450.000.000 | 440.000.000 | 97,78 |
| 1.02.01.2.10 | Peningkatan Pelayanan BLUD | 400.000.000 | 350.000.000 | 320.000.000 | 91,43 |
| 1.02.02 | Program Penguatan Ideologi Pancasila dan Karakter Kebangsaan | 240.000.000 | 180.000.000 | 170.000.000 | 94,44 |
| 1.02.02.2.01 | Pembinaan Ideologi Pancasila dan Karakter Kebangsaan | 240.000.000 | 180.000.000 | 170.000.000 | 94,44 |
| 1.02.03 | Program Pemberdayaan dan Pengawasan Organisasi Kemasyarakatan | 160.000.000 | 120.000.000 | 110.000.000 | 91,67 |
| 1.02.03.2.01 | Pengawasan Organisasi Kemasyarakatan Kabupaten/Kota | 160.000.000 | 120.000.000 | 110.000.000 | 91,67 |
|  | Jumlah | 1.300.000.000 | 1.100.000.000 | 1.040.000.000 | 94,55 |

## BAB IV PENUTUP

Demikian laporan ini disusun.
"""
_NARRATIVE_LINE = 11
_IKHTISAR_LINE = 5


def _report(ikhtisar: str = "Kinerja Dinas Contoh tahun 2021 baik.",
            narrative: str = "Capaian sasaran 100,00%.") -> str:
    return REPORT.format(ikhtisar=ikhtisar, narrative=narrative)


def _where(findings: list[tuple]) -> list[tuple]:
    return [(rule, line) for rule, line, _ in findings]


# -- the pagu before the budget's change -----------------------------------------------------

_EARLIER = ("Sasaran ini ditunjang oleh Program Penguatan Ideologi Pancasila dan Karakter "
            "Kebangsaan dan Program Pemberdayaan dan Pengawasan Organisasi Kemasyarakatan "
            "dengan pagu murni Rp {murni}, pagu setelah refocusing Rp 300.000.000 dan "
            "realisasi Rp 280.000.000 atau 93,33% dari pagu setelah refocusing.")


def test_a_pagu_murni_of_two_programs_is_their_earlier_stage_sum(check_inline) -> None:
    narrative = _EARLIER.format(murni="400.000.000")
    assert check_inline(_report(narrative=narrative), "CON002") == []


def test_a_pagu_awal_of_one_program_is_its_earlier_stage_pagu(check_inline) -> None:
    narrative = ("Program Penguatan Ideologi Pancasila dan Karakter Kebangsaan memiliki "
                 "pagu awal Rp 240.000.000 yang setelah refocusing menjadi Rp 180.000.000.")
    assert check_inline(_report(narrative=narrative), "CON002") == []


def test_a_wrong_pagu_murni_is_still_found(check_inline) -> None:
    narrative = _EARLIER.format(murni="420.000.000")
    findings = check_inline(_report(narrative=narrative), "CON002")
    assert _where(findings) == [("CON002", _NARRATIVE_LINE)]
    message = findings[0][2]
    assert "Rp 420.000.000" in message
    assert "pagu tahap sebelumnya" in message and "Rp 400.000.000" in message


def test_a_wrong_pagu_after_refocusing_is_still_found(check_inline) -> None:
    narrative = _EARLIER.format(murni="400.000.000").replace("Rp 300.000.000", "Rp 310.000.000")
    findings = check_inline(_report(narrative=narrative), "CON002")
    assert _where(findings) == [("CON002", _NARRATIVE_LINE)]
    assert "Rp 310.000.000" in findings[0][2]


# -- a part named inside a program -----------------------------------------------------------

_INSIDE = ("Program dengan pagu terbesar adalah Program Penunjang Urusan Pemerintahan Daerah "
           "Kabupaten/Kota sebesar Rp800.000.000, yang di dalamnya terdapat belanja BLUD "
           "puskesmas Rp350.000.000 dengan realisasi Rp{realisasi} ({persen}).")


def test_the_realisasi_after_a_part_inside_a_program_is_the_parts(check_inline) -> None:
    narrative = _INSIDE.format(realisasi="320.000.000", persen="91,43%")
    assert check_inline(_report(narrative=narrative), "CON002") == []


def test_a_wrong_realisasi_of_the_part_inside_is_still_found(check_inline) -> None:
    narrative = _INSIDE.format(realisasi="330.000.000", persen="94,29%")
    findings = check_inline(_report(narrative=narrative), "CON002")
    assert _where(findings) == [("CON002", _NARRATIVE_LINE)] * 2
    assert all("Peningkatan Pelayanan BLUD" in message for _, _, message in findings)
    assert "Rp 320.000.000" in findings[0][2]


def test_the_program_realisasi_without_a_part_inside_is_compared(check_inline) -> None:
    narrative = ("Program dengan pagu terbesar adalah Program Penunjang Urusan Pemerintahan "
                 "Daerah Kabupaten/Kota sebesar Rp800.000.000 dengan realisasi Rp320.000.000.")
    findings = check_inline(_report(narrative=narrative), "CON002")
    assert _where(findings) == [("CON002", _NARRATIVE_LINE)]
    assert "Rp 760.000.000" in findings[0][2]


# -- "yaitu pagu" ----------------------------------------------------------------------------

_SHARE = ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota menyerap bagian "
          "terbesar, yaitu pagu Rp {pagu} atau 72,73 persen dari seluruh pagu.")


def test_a_figure_named_pagu_after_yaitu_is_a_pagu(check_inline) -> None:
    ikhtisar = _SHARE.format(pagu="800.000.000")
    assert check_inline(_report(ikhtisar=ikhtisar), "CON005") == []


def test_a_wrong_pagu_after_yaitu_is_still_found(check_inline) -> None:
    ikhtisar = _SHARE.format(pagu="850.000.000")
    findings = check_inline(_report(ikhtisar=ikhtisar), "CON005")
    assert _where(findings) == [("CON005", _IKHTISAR_LINE)]
    assert "pagu" in findings[0][2] and "Rp 800.000.000" in findings[0][2]


def test_a_program_absorbing_an_amount_is_still_its_realisasi(check_inline) -> None:
    ikhtisar = ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota menyerap "
                "anggaran Rp 800.000.000.")
    findings = check_inline(_report(ikhtisar=ikhtisar), "CON005")
    assert _where(findings) == [("CON005", _IKHTISAR_LINE)]
    assert "realisasi" in findings[0][2] and "Rp 760.000.000" in findings[0][2]
