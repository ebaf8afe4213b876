"""CON015: an indicator's realisasi or capaian in the narrative against the capaian table,
and a capaian against the target and realisasi of its own sentence.

``con015_narrative_indicator_defects.txt`` holds a capaian and a realisasi unlike the
table, a lower-is-better indicator's capaian computed the wrong way, a capaian that
follows from no direction of its sentence's figures (no indicator named), and a capaian
stated alone. ``con015_narrative_indicator_clean.txt`` the same sentences right, and the
look-alikes: last year's figures, a Renstra target, a count out of a whole, a mean of
the sasaran, the budget, a target of a later year, a term of a computation."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, flatten

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.text import parse_source

TABLE = "Tabel 3.1 Capaian Kinerja Tahun 2024"


@pytest.fixture
def findings(registry):
    def run(name: str):
        path = FIXTURES / name
        report = extract_report(parse_source(path.read_text(encoding="utf-8"), str(path)))
        rules = [rule for rule in registry.rules if rule.code == "CON015"]
        return check_report(report, rules, Config()).findings

    return run


def test_figures_unlike_the_table_and_capaian_unlike_its_sentence(findings):
    assert flatten(findings("con015_narrative_indicator_defects.txt")) == [
        ("CON015", 19, "Uraian menyebut capaian indikator 'Persentase desa yang tertib "
         f"administrasi' 95,89%, sedangkan {TABLE} (baris 12) memuat 94,89%."),
        ("CON015", 21, "Uraian menyebut realisasi indikator 'Nilai SAKIP Kecamatan "
         f"Sukamaju' 73,51, sedangkan {TABLE} (baris 13) memuat 73,15."),
        ("CON015", 23, "Uraian menyebut capaian indikator 'Persentase kasus gangguan "
         "ketertiban yang tidak tertangani' 75,00%, sedangkan "
         f"{TABLE} (baris 14) memuat 125,00%."),
        ("CON015", 25, "Uraian menyebut capaian 110,22%, padahal dari realisasi 83,00 dan "
         "target 82,00 dalam kalimat yang sama 83,00 / 82,00 x 100 = 101,22%."),
        ("CON015", 27, "Uraian menyebut capaian indikator 'Indeks Kepuasan Masyarakat' "
         f"102,21%, sedangkan {TABLE} (baris 15) memuat 101,22%."),
    ]


def test_a_finding_says_what_was_expected_and_found_in_both_languages(findings):
    found = findings("con015_narrative_indicator_defects.txt")
    realisasi = next(f for f in found if f.location.line == 21)
    assert (str(realisasi.expected), str(realisasi.actual)) == ("73,15", "73,51")
    assert realisasi.location.node is not None
    recomputed = next(f for f in found if f.location.line == 25)
    assert recomputed.text("en") == (
        "The text states a capaian as 110,22%, but from the realisasi 83,00 and target "
        "82,00 of the same sentence 83,00 / 82,00 x 100 = 101.22%.")


def test_right_figures_and_look_alikes_are_left_alone(findings):
    assert flatten(findings("con015_narrative_indicator_clean.txt")) == []
