"""HYG001/HYG002 without cue phrases: another agency's name or an earlier year left in a
sentence where the report speaks of itself and of the year it reports on.

The fixtures are written for the project: a report of Kecamatan Sukamaju (Kabupaten
Contoh) on 2024 that names itself on every line of its body, as real reports do, and
one line that carries the leftover, or a look-alike that must stay silent.
"""

from __future__ import annotations

import pytest
from conftest import flatten

from checker.config import Config
from checker.engine import check_report
from checker.model import Meta, Report
from checker.plugins import load_registry
from rules.hygiene._text import same_region

# The body: the agency names itself dozens of times, and no other kecamatan.
BODY = [f"Kecamatan Sukamaju melaksanakan kegiatan ke-{number} sesuai rencana." for number in
        range(1, 25)]


@pytest.fixture(scope="module")
def rules():
    registry = load_registry(builtins=["rules.hygiene"], entry_points=False)
    return {rule.code: rule for rule in registry.rules}


def _run(rules, code, lines, *, agency="Kecamatan Sukamaju", kind="kecamatan", year=2024):
    meta = Meta(agency=agency, agency_kind=kind, region="Kabupaten Contoh", year=year)
    report = Report(path="laporan.txt", format="text", meta=meta, text=tuple(lines))
    return flatten(check_report(report, [rules[code]], Config()).findings, "id")


def _lines(rules, code, extra, **meta):
    """The lines (1-based, within ``extra``) where ``code`` reports on BODY + extra."""
    found = _run(rules, code, [*BODY, *extra], **meta)
    return [line - len(BODY) for _, line, _ in found]


# -- HYG001: another kecamatan named where the report speaks of itself -------------------

@pytest.mark.parametrize("sentence", [
    # followed by the report's own kabupaten
    "Laporan ini disampaikan oleh Kecamatan Pelangi Kabupaten Contoh kepada Bupati.",
    # in the agency's duties
    "Sesuai tugas dan fungsi Kecamatan Pelangi, seluruh pelayanan berjalan baik.",
    # in its results
    "Capaian kinerja Kecamatan Pelangi pada sasaran kedua sebesar 98,50%.",
    # as the subject of the sentence
    "Kecamatan Pelangi terdiri dari 9 desa dan 1 kelurahan.",
])
def test_a_rare_other_kecamatan_where_the_report_speaks_of_itself_is_found(rules, sentence):
    found = _run(rules, "HYG001", [*BODY, sentence])
    assert [(code, line) for code, line, _ in found] == [("HYG001", len(BODY) + 1)]
    assert '"Kecamatan Pelangi"' in found[0][2]


@pytest.mark.parametrize("extra", [
    # neighbours: a border, and a list of kecamatan over a few lines
    ["Sebelah utara berbatasan dengan Kecamatan Pelangi Kabupaten Contoh."],
    ["Desa binaan tersebar di wilayah:", "Kecamatan Pelangi melaksanakan kegiatan lomba;",
     "Kecamatan Cempaka melaksanakan kegiatan lomba."],
    # a place the agency goes to or ranks among
    ["Camat menghadiri rapat kinerja ke Kecamatan Pelangi Kabupaten Contoh."],
    ["Lomba kinerja tingkat Kecamatan Pelangi diikuti seluruh desa."],
    # a name printed often is no leftover: the report speaks of that kecamatan on purpose
    ["Capaian kinerja Kecamatan Pelangi dibahas.", "Kegiatan Kecamatan Pelangi dibahas.",
     "Program Kecamatan Pelangi dibahas."],
    # a sentence that is not about the agency's work
    ["Jalan menuju pasar Kecamatan Pelangi sudah diaspal."],
    # a Title Case heading: "Mempunyai Tugas" is no place
    ["Camat Mempunyai Tugas Memimpin Kecamatan", "camat mempunyai tugas memimpin."],
    # a table row lists places
    ["1\tKecamatan Pelangi\tkegiatan\t12"],
])
def test_neighbours_lists_and_other_mentions_stay_silent(rules, extra):
    assert _lines(rules, "HYG001", extra) == []


def test_a_report_that_rarely_names_itself_gives_no_uncued_finding(rules):
    lines = [*BODY[:5], "Capaian kinerja Kecamatan Pelangi pada sasaran kedua sebesar 98,50%."]
    assert _run(rules, "HYG001", lines) == []


def test_the_same_kind_in_another_region_is_another_agency(rules):
    own = "Dinas Kesehatan Kabupaten Contoh"
    body = [f"Dinas Kesehatan melaksanakan kegiatan ke-{number}." for number in range(1, 25)]
    leftover = "Capaian kinerja Dinas Kesehatan Kota Lembah tahun ini sebesar 97%."
    found = _run(rules, "HYG001", [*body, leftover], agency=own, kind="dinas")
    assert [line for _, line, _ in found] == [len(body) + 1]
    assert '"Dinas Kesehatan Kota Lembah"' in found[0][2]
    # another dinas of the own kabupaten, and the province's dinas, are named on purpose
    silent = ["Capaian kinerja Dinas Pendidikan Kabupaten Contoh tahun ini sebesar 97%.",
              "Capaian kinerja Dinas Kesehatan Provinsi Selat tahun ini sebesar 97%.",
              "Capaian kinerja Dinas Kesehatan Kab. Contoh tahun ini sebesar 97%."]
    assert _run(rules, "HYG001", [*body, *silent], agency=own, kind="dinas") == []


def test_regions_compare_by_level_prefix_and_abbreviation():
    assert same_region("kabupaten tanjung jabung barat", "kabupaten tanjab barat")
    assert same_region("kabupaten tanjung jabung", "kabupaten tanjung jabung barat")
    assert same_region("provinsi jambi", "kabupaten tanjung jabung barat")
    assert not same_region("kabupaten tanjung jabung timur", "kabupaten tanjung jabung barat")
    assert not same_region("kota lembah", "kabupaten contoh")


# -- HYG002: an earlier year in a sentence about the year reported on --------------------

@pytest.mark.parametrize("sentence", [
    "Hasil pengukuran kinerja Kecamatan Sukamaju tahun 2023 dapat dilihat pada tabel berikut.",
    "Hal ini disebabkan pengurangan pagu anggaran di tahun 2022 untuk penanganan bencana.",
    "Sesuai tugas dan fungsi camat, kegiatan yang dilaksanakan selama tahun 2023 sebanyak 12.",
    "Realisasi belanja modal per 31 Desember 2023 sebesar Rp 120.000.000.",
])
def test_an_earlier_year_where_the_sentence_speaks_of_the_reporting_year_is_found(rules,
                                                                                   sentence):
    found = _run(rules, "HYG002", [sentence])
    assert [(code, line) for code, line, _ in found] == [("HYG002", 1)]
    assert "tahun laporan 2024" in found[0][2]


@pytest.mark.parametrize("sentence", [
    # an explicit comparison, or the reporting year named beside it
    "Realisasi anggaran tahun 2023 dibandingkan tahun ini meningkat 4%.",
    "Capaian tahun 2024 sebesar 98%, tahun 2023 sebesar 95% dari pagu.",
    # a citation, the Renstra and its baseline, a survey
    "Tugas dan fungsi camat diatur dalam Peraturan Bupati Nomor 6 Tahun 2016.",
    "Tugas dan fungsi kecamatan mengacu pada UU 23 Tahun 2014.",
    "Capaian kondisi awal Renstra pada tahun 2020 sebesar 70%.",
    "Survei kepuasan yang dilaksanakan pada tahun 2023 memperoleh nilai 80.",
    # a year that is not earlier, a sentence not about the year's work, a table row
    "Pagu anggaran di tahun 2025 direncanakan naik.",
    "Kecamatan Sukamaju dibentuk pada tahun 2003.",
    "Jumlah penduduk tahun 2023 sebanyak 12.000 jiwa.",
    "Realisasi\ttahun 2023\t95%",
])
def test_comparisons_citations_plans_and_tables_stay_silent(rules, sentence):
    assert _run(rules, "HYG002", [sentence]) == []
