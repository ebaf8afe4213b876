"""HYG001 and the signer of a Perjanjian Kinerja form: the agency the pihak pertama
heads ("Jabatan : Kepala Dinas X" over "selanjutnya disebut pihak pertama") is the
reporting agency; another agency of its kind there is a leftover of the copied form.

The pihak kedua (the head of the region, a superior), a subordinate signing as pihak
pertama in the agency's own name, and a pihak pertama in another role stay silent.
"""

from __future__ import annotations

import pytest

from checker.config import Config
from checker.engine import check_report
from checker.model import Meta, Report
from checker.plugins import load_registry

OWN = "Dinas Perindustrian Provinsi Tanjung Api"


@pytest.fixture(scope="module")
def hyg001():
    registry = load_registry(builtins=["rules.hygiene"], entry_points=False)
    return next(rule for rule in registry.rules if rule.code == "HYG001")


@pytest.fixture
def found(hyg001):
    """``found(lines, agency, kind, region)``: (line, name found) of each HYG001 finding."""

    def run(lines, agency=OWN, kind="dinas", region="Provinsi Tanjung Api"):
        meta = Meta(agency=agency, agency_kind=kind, region=region, year=2019)
        report = Report(path="laporan.txt", format="text", meta=meta, text=tuple(lines))
        result = check_report(report, [hyg001], Config())
        return [(f.location.line, f.actual) for f in result.findings]

    return run


def pk_form(first: str, second: str, *, separator: str = " : ") -> list[str]:
    """The two signers of a Perjanjian Kinerja form, each role on the line under them."""
    return [
        "PERJANJIAN KINERJA TAHUN 2019",
        "Kami yang bertanda tangan di bawah ini:",
        "",
        f"Nama{separator}Ir. HENDRA LUBIS, M.M.",
        f"Jabatan{separator}{first}",
        "selanjutnya disebut pihak pertama,",
        "",
        f"Nama{separator}Drs. ZULKARNAIN AMIR, M.Si.",
        f"Jabatan{separator}{second}",
        "selaku atasan pihak pertama, selanjutnya disebut pihak kedua.",
    ]


@pytest.mark.parametrize("separator", [" : ", ": ", "\t: "])
def test_the_own_head_signing_as_pihak_pertama_is_silent(found, separator):
    lines = pk_form(f"Kepala {OWN}", "Gubernur Tanjung Api", separator=separator)
    assert found(lines) == []


@pytest.mark.parametrize("separator", [" : ", ": ", "\t: "])
def test_the_head_of_the_same_dinas_in_another_province_is_a_leftover(found, separator):
    lines = pk_form("Kepala Dinas Perindustrian Provinsi Batu Gemilang", "Gubernur Tanjung Api",
                    separator=separator)
    assert found(lines) == [(5, "Dinas Perindustrian Provinsi Batu Gemilang")]


def test_the_head_of_another_kecamatan_as_pihak_pertama_is_a_leftover(found):
    lines = pk_form("Camat Sukamaju", "Bupati Pasir Putih")
    assert found(lines, "Kecamatan Tanah Lapang", "kecamatan", "Kabupaten Pasir Putih") == [
        (5, "Camat Sukamaju")]


def test_the_same_words_for_the_pihak_kedua_are_silent(found):
    # A superior of the agency's own kind (a subordinate's PK signed with the head of
    # another unit): the pihak kedua is named as the superior, not as the agency.
    lines = pk_form(f"Kepala Bidang Industri Agro {OWN}",
                    "Kepala Dinas Perindustrian Provinsi Batu Gemilang")
    assert found(lines) == []


def test_a_subordinate_of_the_own_agency_as_pihak_pertama_is_silent(found):
    lines = pk_form(f"Sekretaris {OWN}", f"Kepala {OWN}")
    assert found(lines) == []


def test_the_sekretaris_daerah_over_a_secretariat_is_silent(found):
    lines = pk_form("Sekretaris DPRD Provinsi Bumi Lestari",
                    "Sekretaris Daerah Provinsi Bumi Lestari, atas nama Gubernur Bumi Lestari")
    assert found(lines, "Sekretariat DPRD Provinsi Bumi Lestari", "sekretariat_dprd",
                 "Provinsi Bumi Lestari") == []

