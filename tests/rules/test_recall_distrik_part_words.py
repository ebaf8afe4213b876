"""Two phrasings the rules read like their familiar forms.

HYG001: in the Papua provinces a kecamatan is a "Distrik" headed by a "Kepala Distrik";
another distrik's name where a distrik report speaks of itself is a leftover, and its
neighbours, rank and visits stay silent exactly as for a kecamatan.

CNT004: "7 (enam) dari 9 indikator" counts a part whose noun follows only the whole; its
digits and words are read against each other like those of any count.
"""

from __future__ import annotations

import pytest

from checker.config import Config
from checker.engine import check_report
from checker.model import Meta, Report
from checker.plugins import load_registry

OWN = "Kantor Distrik Lembah Kabut"  # the agency as the meta extractor reads the cover


@pytest.fixture(scope="module")
def hyg001():
    registry = load_registry(builtins=["rules.hygiene"], entry_points=False)
    return next(rule for rule in registry.rules if rule.code == "HYG001")


@pytest.fixture
def found(hyg001):
    """``found(lines)``: (line, name found) of each HYG001 finding in a distrik's report."""

    def run(lines: list[str]) -> list[tuple[int | None, str | None]]:
        meta = Meta(agency=OWN, agency_kind="kantor", region="Kabupaten Contoh", year=2023)
        report = Report(path="laporan.txt", format="text", meta=meta, text=tuple(lines))
        result = check_report(report, [hyg001], Config())
        return [(f.location.line, f.actual) for f in result.findings]

    return run


# -- HYG001 on a distrik ------------------------------------------------------------------

def test_another_distrik_in_the_report_title_is_a_leftover(found):
    lines = ["Laporan Kinerja Instansi Pemerintah Distrik Gunung Sela Tahun 2023 disusun "
             "sebagai pertanggungjawaban atas Perjanjian Kinerja."]
    assert found(lines) == [(1, "Distrik Gunung Sela")]


def test_another_kepala_distrik_as_pihak_pertama_is_a_leftover(found):
    lines = ["Kepala Distrik Gunung Sela, selanjutnya disebut pihak pertama, dan Bupati "
             "Contoh sebagai pihak kedua menandatangani Perjanjian Kinerja."]
    assert found(lines) == [(1, "Distrik Gunung Sela")]


def test_the_own_distrik_and_its_neighbours_are_silent(found):
    lines = [
        "Laporan Kinerja Instansi Pemerintah Distrik Lembah Kabut Tahun 2023.",
        "Kepala Distrik Lembah Kabut, selanjutnya disebut pihak pertama, dan Bupati Contoh "
        "sebagai pihak kedua menandatangani Perjanjian Kinerja.",
        "Visi dan misi Distrik Lembah Kabut mendukung misi kedua Bupati.",
        "Laporan kinerja ini disusun berkoordinasi dengan Distrik Gunung Sela.",
        "Distrik ini berbatasan dengan Distrik Gunung Sela di sebelah timur.",
    ]
    assert found(lines) == []


def test_a_leftover_distrik_in_the_closing_words_is_found(check_text):
    # The report names itself dozens of times; the other distrik stands once as its
    # neighbour (silent) and once where the report sums up its own kinerja (line 56).
    findings = check_text("hyg001_distrik_defects.txt", "HYG001")
    assert [(rule, line) for rule, line, _ in findings] == [("HYG001", 56)]
    assert '"Distrik Gunung Sela"' in findings[0][2]


def test_the_same_report_with_its_own_name_is_silent(check_text):
    # Beside it: the neighbours, "peringkat 2 dari 11 distrik", "ke distrik lain", a visit.
    assert check_text("hyg001_distrik_clean.txt", "HYG001") == []


# -- CNT004 on a part of a whole ----------------------------------------------------------

PENUTUP = """# BAB IV PENUTUP

Kinerja tahun 2023 secara umum berhasil. Sebanyak {part} dari 9 indikator mencapai atau
melampaui target, sedangkan 2 (dua) indikator belum mencapai target.
"""


def test_a_part_whose_words_disagree_is_found(check_inline):
    findings = check_inline(PENUTUP.format(part="7 (enam)"), "CNT004", lang="en")
    assert findings == [
        ("CNT004", 3, 'The figure 7 is written in words as "enam", which means 6; the digits '
         "and the words must agree.")]


def test_a_part_whose_words_agree_is_silent(check_inline):
    assert check_inline(PENUTUP.format(part="7 (tujuh)"), "CNT004") == []


def test_a_part_with_the_whole_in_words_too_is_read(check_inline):
    text = PENUTUP.format(part="7 (enam)").replace("9 indikator", "9 (sembilan) indikator")
    assert [(rule, line) for rule, line, _ in check_inline(text, "CNT004")] == [("CNT004", 3)]
    agreeing = PENUTUP.format(part="7 (tujuh)").replace("9 indikator", "9 (sembilan) indikator")
    assert check_inline(agreeing, "CNT004") == []


# -- CNT004 on a subset -------------------------------------------------------------------

SUBSET = """# BAB IV PENUTUP

Dari 5 (lima) indikator, {part} indikator mencapai atau melampaui target dan 1 (satu)
indikator belum mencapai target. Pemeliharaan 1.250 (seribu dua ratus lima puluh) meter
saluran selesai; Pasal 3 (tiga) Perda mengatur 2 (dua ribu rupiah) retribusi.
"""


def test_a_subset_whose_words_disagree_is_found(check_inline):
    # A subset is no count of the agency's things (no claim), yet its words are read.
    findings = check_inline(SUBSET.format(part="4 (tiga)"), "CNT004", lang="en")
    assert findings == [
        ("CNT004", 3, 'The figure 4 is written in words as "tiga", which means 3; the digits '
         "and the words must agree.")]


def test_a_subset_whose_words_agree_is_silent(check_inline):
    # Also silent: thousands in words, and words in parentheses that are no number.
    assert check_inline(SUBSET.format(part="4 (empat)"), "CNT004") == []
