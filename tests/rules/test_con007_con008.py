"""CON007 (plan periods, budget years and regulations cited alike) and CON008 (the
signature blocks agree), on small text reports of Kecamatan Sukamaju on 2024 written
for the project: a ``*_defects`` fixture holding each defect once, a ``*_clean`` one
holding only the look-alikes the rules must leave alone (an ending plan, a table of
Renstra targets, the same year's APBD Perubahan, last year's DPA outside the legal
basis, two regulations with one title, a Perda renumbered by its amendment; a degree
printed "S.I.P", a PK signed by another head and months earlier, the inspector's
Pernyataan from another place)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import flatten

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.text import parse_source

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def run(registry):
    def run(name: str, code: str, lang: str = "id") -> list[tuple]:
        path = FIXTURES / name
        report = extract_report(parse_source(path.read_text(encoding="utf-8"), str(path)))
        rules = [rule for rule in registry.rules if rule.code == code]
        return flatten(check_report(report, rules, Config()).findings, lang)

    return run


def test_con007_reports_a_period_a_budget_year_and_a_regulation(run):
    assert run("periods_citations_defects.txt", "CON007") == [
        ("CON007", 13, 'Periode RPJMD "2022-2026" berbeda dari "2021-2026" (baris 27): '
         '"…dalam RPJMD Kabupaten Contoh Tahun 2022-2026 dan Renstra Kecamatan…".'),
        ("CON007", 19, 'Dasar hukum mengutip anggaran tahun lain "Anggaran Pendapatan dan '
         'Belanja Daerah 2023" berbeda dari "Anggaran Pendapatan dan Belanja Daerah 2024" '
         '(tahun laporan): "…tang Anggaran Pendapatan dan Belanja Daerah Kabupaten Contoh '
         'Tahun Anggaran 2023.".'),
        ("CON007", 23, 'Nomor atau tahun peraturan "Nomor 53 Tahun 2015" berbeda dari '
         '"Nomor 53 Tahun 2014" (baris 18): "… Permenpan RB Nomor 53 Tahun 2015 tentang '
         'Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas '
         'Laporan Kinerja Instansi Pemerintah.".'),
    ]


def test_con007_speaks_english(run):
    messages = [message for _, _, message in run("periods_citations_defects.txt", "CON007",
                                                 "en")]
    assert messages[0].startswith('The RPJMD period "2022-2026" differs from "2021-2026" '
                                  "(line 27)")
    assert "(the reporting year)" in messages[1]


def test_con007_leaves_the_look_alikes_alone(run):
    assert run("periods_citations_clean.txt", "CON007") == []


def test_con008_compares_like_with_like(run):
    assert run("signature_defects.txt", "CON008") == [
        ("CON008", 21, 'Jabatan penanda tangan "Plt. CAMAT SUKAMAJU" berbeda dari '
         '"Pt. CAMAT SUKAMAJU" pada blok tanda tangan baris 9.'),
        ("CON008", 21, 'Nama penanda tangan "BUDI SANTOSA, S.IP" berbeda dari '
         '"BUDI SANTOSO, S.IP" pada blok tanda tangan baris 9.'),
        ("CON008", 21, 'Tanggal penandatanganan "21 Februari 2025" berbeda dari '
         '"20 Februari 2025" pada blok tanda tangan baris 9.'),
        ("CON008", 32, 'Tempat penandatanganan "Sukamanju" berbeda dari "Sukamaju" pada '
         "blok tanda tangan baris 9."),
        ("CON008", 40, 'Nama penanda tangan "Ir. AHMAD YANI" berbeda dari "Drs. AHMAD YANI" '
         "pada blok tanda tangan baris 32."),
    ]


def test_con008_a_date_is_only_an_info(run, registry):
    path = FIXTURES / "signature_defects.txt"
    report = extract_report(parse_source(path.read_text(encoding="utf-8"), str(path)))
    rules = [rule for rule in registry.rules if rule.code == "CON008"]
    severities = {f.actual: f.severity.name.lower() for f in check_report(report, rules,
                                                                   Config()).findings}
    assert severities["21 Februari 2025"] == "info"
    assert severities["Sukamanju"] == "warning"


def test_con008_leaves_the_look_alikes_alone(run):
    assert run("signature_clean.txt", "CON008") == []
