"""False CON002 findings on reports written in ways the checker had not seen, and the
defects of the same kind that must still be found.

- "Belanja Tidak Terduga ... dianggarkan pada BPKAD sebesar Rp ...": money another agency
  (here the region's finance agency) holds, not the agency's pagu.
- "selisih antara pagu paket dan nilai kontrak hasil tender sebesar Rp ...": the savings
  of a procurement, not the sisa of the agency's budget.
- "realisasi indikator PPRG 73,33 persen terhadap target 70,00 persen": an indicator's
  realisation, not the share of the budget spent, though "anggaran" is in the sentence.
"""

from __future__ import annotations

REPORT = """\
# LAPORAN KINERJA BADAN PENANGGULANGAN BENCANA DAERAH KABUPATEN CONTOH TAHUN 2023

## IKHTISAR EKSEKUTIF

Kinerja Badan Penanggulangan Bencana Daerah Kabupaten Contoh tahun 2023 baik.

## BAB III AKUNTABILITAS KINERJA

### 3.1 Capaian Kinerja

{narrative}

### 3.2 Realisasi Anggaran

**Tabel 3.2 Realisasi Anggaran per Program Tahun 2023**

| Kode | Program | Pagu (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
| 1.05.03 | Program Penanggulangan Bencana | 700.000.000 | 670.000.000 | 95,71 |
| 1.05.01 | Program Penunjang Urusan Pemerintahan Daerah | 300.000.000 | 280.000.000 | 93,33 |
|  | Jumlah | 1.000.000.000 | 950.000.000 | 95,00 |

## BAB IV PENUTUP

Demikian laporan ini disusun.
"""
NARRATIVE_LINE = 11


def _findings(check_inline, narrative: str) -> list[tuple]:
    return check_inline(REPORT.format(narrative=narrative), "CON002")


def _where(findings: list[tuple]) -> list[tuple]:
    return [(rule, line) for rule, line, _ in findings]


# -- another agency's money ------------------------------------------------------------------

_BTT = ("Belanja Tidak Terduga Kabupaten Contoh Tahun 2023 dianggarkan pada {holder} sebesar "
        "Rp 5.000.000.000.")


def test_money_budgeted_at_the_finance_agency_is_not_the_pagu(check_inline) -> None:
    assert _findings(check_inline, _BTT.format(holder="BPKAD")) == []


def test_money_budgeted_at_another_agency_named_in_full_is_not_the_pagu(check_inline) -> None:
    narrative = _BTT.format(holder="Badan Pengelolaan Keuangan dan Aset Daerah")
    assert _findings(check_inline, narrative) == []


def test_a_wrong_pagu_budgeted_at_the_agency_itself_is_still_found(check_inline) -> None:
    narrative = _BTT.format(holder="Badan Penanggulangan Bencana Daerah")
    findings = _findings(check_inline, narrative)
    assert _where(findings) == [("CON002", NARRATIVE_LINE)]
    assert "5.000.000.000" in findings[0][2] and "1.000.000.000" in findings[0][2]


def test_a_wrong_own_pagu_beside_another_agencys_money_is_found(check_inline) -> None:
    narrative = ("Anggaran BPBD sebesar Rp 1.200.000.000, sedangkan Belanja Tidak Terduga "
                 "dianggarkan pada BPKAD sebesar Rp 5.000.000.000.")
    findings = _findings(check_inline, narrative)
    assert _where(findings) == [("CON002", NARRATIVE_LINE)]
    assert "1.200.000.000" in findings[0][2] and "5.000.000.000" not in findings[0][2]


# -- the savings of a procurement ------------------------------------------------------------

_TENDER = ("Efisiensi juga terlihat dari selisih antara pagu paket dan nilai kontrak hasil "
           "tender sebesar Rp 14,62 miliar.")


def test_a_tenders_savings_are_not_the_sisa(check_inline) -> None:
    assert _findings(check_inline, _TENDER) == []


def test_sisa_lelang_is_not_the_sisa_of_the_budget(check_inline) -> None:
    assert _findings(check_inline, "Sisa lelang seluruh paket sebesar Rp 640.000.000.") == []


def test_a_wrong_sisa_anggaran_is_still_found(check_inline) -> None:
    narrative = _TENDER + " Sisa anggaran tahun 2023 sebesar Rp 60.000.000."
    findings = _findings(check_inline, narrative)
    assert _where(findings) == [("CON002", NARRATIVE_LINE)]
    assert "60.000.000" in findings[0][2] and "50.000.000" in findings[0][2]


# -- an indicator's realisation --------------------------------------------------------------

_PPRG = ("Sebanyak 22 dari 30 perangkat daerah telah menyusun anggaran responsif gender, "
         "sehingga realisasi indikator PPRG 73,33 persen terhadap target 70,00 persen.")


def test_an_indicators_realisation_against_its_target_is_no_absorption(check_inline) -> None:
    assert _findings(check_inline, _PPRG) == []


def test_a_rate_against_its_target_is_no_absorption(check_inline) -> None:
    narrative = ("Penyusunan anggaran responsif gender terealisasi 73,33 persen terhadap "
                 "target 70,00 persen.")
    assert _findings(check_inline, narrative) == []


def test_a_wrong_absorption_rate_is_still_found(check_inline) -> None:
    narrative = _PPRG + " Realisasi anggaran tahun 2023 mencapai 73,33 persen."
    findings = _findings(check_inline, narrative)
    assert _where(findings) == [("CON002", NARRATIVE_LINE)]
    assert "73,33" in findings[0][2] and "95,00%" in findings[0][2]
