"""False CON002/CON005 findings on reports written in ways the checker had not seen, and
the defects of the same kind that must still be found.

- "laporan realisasi dana kampung": the realisation of the villages' fund (a kampung is
  a desa by its Papuan name), not the agency's budget; the rate after it is no budget
  absorption rate.
- "Program A membiayai revitalisasi dan pengelolaan pasar rakyat dengan pagu Rp ...": the
  program opens the clause and the figure is its pagu, though the name of one of its sub
  kegiatan stands after it as ordinary words.
"""

from __future__ import annotations

REPORT = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH DISTRIK CONTOH TAHUN 2023

## IKHTISAR EKSEKUTIF

{ikhtisar}

Distrik Contoh melaksanakan 2 (dua) program dengan anggaran Rp 1.000.000.000 dan realisasi
Rp 950.000.000 atau 95,00%.

## BAB III AKUNTABILITAS KINERJA

### 3.1 Capaian Kinerja

{narrative}

### 3.2 Realisasi Anggaran

**Tabel 3.2 Realisasi Anggaran per Program dan Sub Kegiatan Tahun 2023**

| Kode | Program/Kegiatan/Sub Kegiatan | Pagu (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
| 3.30.03 | Program Peningkatan Sarana Distribusi Perdagangan | 700.000.000 | 670.000.000 | 95,71 |
| 3.30.03.2.01.0003 | Revitalisasi Pasar Rakyat | 500.000.000 | 480.000.000 | 96,00 |
| 3.30.03.2.01.0006 | Pengelolaan Pasar Rakyat | 200.000.000 | 190.000.000 | 95,00 |
| 3.30.06 | Program Standardisasi dan Perlindungan Konsumen | 300.000.000 | 280.000.000 | 93,33 |
| 3.30.06.2.01 | Pelaksanaan Metrologi Legal | 300.000.000 | 280.000.000 | 93,33 |
|  | Jumlah | 1.000.000.000 | 950.000.000 | 95,00 |

## BAB IV PENUTUP

Demikian laporan ini disusun.
"""

_VILLAGE_FUND = ("Sebanyak 16 kampung (88,89%) menyampaikan laporan realisasi dana kampung "
                 "tepat waktu, 13 kampung (72,22%) menetapkan RKP Kampung tepat waktu.")


def _report(ikhtisar: str = "Kinerja Distrik Contoh tahun 2023 baik.",
            narrative: str = "Capaian sasaran 100,00%.") -> str:
    return REPORT.format(ikhtisar=ikhtisar, narrative=narrative)


# -- the villages' fund ----------------------------------------------------------------------


def test_a_rate_after_the_villages_fund_realisation_is_no_budget_rate(check_inline) -> None:
    assert check_inline(_report(ikhtisar=_VILLAGE_FUND), "CON005") == []


def test_a_rate_after_the_dana_desa_realisation_is_no_budget_rate(check_inline) -> None:
    ikhtisar = _VILLAGE_FUND.replace("dana kampung", "dana desa")
    assert check_inline(_report(ikhtisar=ikhtisar), "CON005") == []


def test_a_wrong_ikhtisar_absorption_rate_is_still_found(check_inline) -> None:
    ikhtisar = (_VILLAGE_FUND + " Realisasi anggaran Distrik Contoh tahun 2023 mencapai "
                "72,22%.")
    findings = check_inline(_report(ikhtisar=ikhtisar), "CON005")
    assert [(rule, line) for rule, line, _ in findings] == [("CON005", 5)]
    assert "72,22%" in findings[0][2] and "95,00%" in findings[0][2]


def test_a_wrong_rate_of_the_budget_beside_the_villages_fund_is_found(check_inline) -> None:
    ikhtisar = ("Realisasi anggaran Distrik Contoh sebesar 90,00%, sedangkan 16 kampung "
                "menyampaikan laporan realisasi dana kampung tepat waktu.")
    findings = check_inline(_report(ikhtisar=ikhtisar), "CON005")
    assert [(rule, line) for rule, line, _ in findings] == [("CON005", 5)]
    assert "90,00%" in findings[0][2]


# -- the subject of the clause ---------------------------------------------------------------

_SUBJECTS = ("Program Peningkatan Sarana Distribusi Perdagangan membiayai revitalisasi dan "
             "pengelolaan pasar rakyat dengan pagu Rp{first}; Program Standardisasi dan "
             "Perlindungan Konsumen membiayai pelayanan tera dengan pagu Rp300.000.000.")


def test_the_program_opening_the_clause_owns_the_pagu(check_inline) -> None:
    narrative = _SUBJECTS.format(first="700.000.000")
    assert check_inline(_report(narrative=narrative), "CON002") == []


def test_a_wrong_program_pagu_is_still_found(check_inline) -> None:
    narrative = _SUBJECTS.format(first="750.000.000")
    findings = check_inline(_report(narrative=narrative), "CON002")
    assert [(rule, line) for rule, line, _ in findings] == [("CON002", 14)]
    message = findings[0][2]
    assert "Rp750.000.000" in message
    assert "program 'Program Peningkatan Sarana Distribusi Perdagangan'" in message
    assert "Rp 700.000.000" in message


def test_a_sub_kegiatan_named_as_such_keeps_its_own_pagu(check_inline) -> None:
    # Named with its level word, the sub kegiatan owns the figure: the program's pagu
    # quoted there is wrong.
    narrative = ("Program Peningkatan Sarana Distribusi Perdagangan melalui sub kegiatan "
                 "Pengelolaan Pasar Rakyat dengan pagu Rp700.000.000.")
    findings = check_inline(_report(narrative=narrative), "CON002")
    assert [(rule, line) for rule, line, _ in findings] == [("CON002", 14)]
    assert "Pengelolaan Pasar Rakyat" in findings[0][2]
