"""Nomenclature rules: names and codes of the budget tables against the edition of the
report's year and kind of pemda (NOM001-NOM004), the choice of that edition, and the
editions shipped as package data.

Line numbers count the 7-line META prefix of conftest (a Kabupaten's kecamatan, 2024,
which the 900-series edition governs): a body's first line is line 8.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from fnmatch import fnmatch
from pathlib import Path

import pytest
from conftest import REPO, flatten

from checker.config import Config
from checker.engine import check_report
from checker.model import Meta
from checker.readers.structured import read_toml
from checker.rule import Severity
from rules.nomenclature import _editions
from rules.nomenclature._editions import ManifestError, choose, editions, pemda_of
from rules.nomenclature._match import Found, index, match

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

NOM = ("NOM001", "NOM002", "NOM003", "NOM004")
TABLE = """\
[[budgets]]
table = "Tabel 3.4 Realisasi Anggaran"
kind = "realisasi"
"""


def _item(level: str, name: str, code: str | None = None) -> str:
    """One budget row: a blank line, then four (header, level, name, code or blank)."""
    code_line = f'code = "{code}"' if code else ""
    return f'\n[[budgets.items]]\nlevel = "{level}"\nname = "{name}"\n{code_line}\n'


# Official names and codes of the 900-series edition, the Program Penunjang under the
# kecamatan's own bidang (7.01.01 for the generic X.XX.01). Rows are at lines 12, 17, 22 ...
OFFICIAL = TABLE + "".join((
    _item("program", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "7.01.01"),
    _item("kegiatan", "Administrasi Umum Perangkat Daerah", "7.01.01.2.06"),
    _item("sub_kegiatan", "Penyediaan Bahan Logistik Kantor", "7.01.01.2.06.0004"),
    _item("sub_kegiatan", "Penyediaan Barang Cetakan dan Penggandaan", "7.01.01.2.06.0005"),
    _item("program", "Program Pemberdayaan Masyarakat Desa dan Kelurahan", "7.01.03"),
    _item("kegiatan", "Koordinasi Kegiatan Pemberdayaan Desa", "7.01.03.2.01"),
    _item("sub_kegiatan", "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah "
          "Perencanaan Pembangunan di Desa", "7.01.03.2.01.0001"),
))


def _run(tmp_path: Path, registry, body: str, *, year: int | None = 2024,
         region: str | None = "Kabupaten Contoh", agency: str = "Kecamatan Sukamaju",
         agency_kind: str = "kecamatan"):
    """The NOM rules on a report of another year or region than conftest's META."""
    meta = [f'agency = "{agency}"', f'agency_kind = "{agency_kind}"']
    meta += [f'region = "{region}"'] if region else []
    meta += [f"year = {year}"] if year is not None else []
    text = "schema_version = 1\n\n[meta]\n" + "\n".join(meta) + "\n" + textwrap.dedent(body)
    path = tmp_path / "report.toml"
    path.write_text(text, encoding="utf-8")
    rules = [r for r in registry.rules if r.code in NOM]
    return check_report(read_toml(path, path.read_bytes()), rules, Config())


def _severities(result) -> list[tuple[str, str]]:
    return [(f.rule, f.severity.label) for f in result.findings]


# -- names and codes as the edition prints them -------------------------------------------

def test_official_names_and_codes_pass(check):
    assert flatten(check(OFFICIAL, *NOM).findings) == []


def test_names_are_compared_folded(check):
    # Case, punctuation, spaces around a hyphen, the "Sub Kegiatan" prefix, a report's own
    # numbering and KBBI's spelling of a word the edition spells otherwise ("KETENTRAMAN")
    # are not naming defects.
    body = TABLE + "".join((
        _item("program", "1. PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN KOTA"),
        _item("program", "Program Koordinasi Ketenteraman dan Ketertiban Umum"),
        _item("kegiatan", "a. Kegiatan Administrasi Umum Perangkat Daerah"),
        _item("sub_kegiatan", "Sub Kegiatan Penyediaan Bahan Bacaan dan Peraturan "
              "Perundang- undangan"),
    ))
    assert flatten(check(body, *NOM).findings) == []


# -- NOM001 nomenclature-name-near-miss ----------------------------------------------------

def test_nom001_a_misspelt_name_gets_the_official_one(check):
    body = OFFICIAL.replace('name = "Penyediaan Barang Cetakan dan Penggandaan"\n'
                            'code = "7.01.01.2.06.0005"',
                            'name = "Penyediaan Barang Cetak dan Penggandaan"\n')
    result = check(body, *NOM)
    assert flatten(result.findings) == [
        ("NOM001", 27, "Sub kegiatan 'Penyediaan Barang Cetak dan Penggandaan' tidak persis "
         "sama dengan nomenklatur Kepmendagri seri 900, pemutakhiran 2023 (berlaku untuk tahun "
         "2024); nama resmi terdekat: 'Penyediaan Barang Cetakan dan Penggandaan' "
         "(X.XX.01.2.06.0005)."),
    ]
    finding = result.findings[0]
    assert finding.severity is Severity.INFO
    assert (finding.expected, finding.actual) == ("Penyediaan Barang Cetakan dan Penggandaan",
                                                 "Penyediaan Barang Cetak dan Penggandaan")


def test_nom001_a_shortened_name_gets_the_whole_one(check):
    body = TABLE + _item("program", "Program Penunjang Urusan Pemerintahan Daerah")
    assert [f.expected for f in check(body, "NOM001").findings] == [
        "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"]


def test_nom001_an_acronym_stands_for_its_words(check):
    body = TABLE + _item("sub_kegiatan", "Penyediaan Jasa Komunikasi, SDA dan Listrik")
    assert [f.expected for f in check(body, *NOM).findings] == [
        "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik"]


def test_nom001_the_suggestion_is_looked_for_under_the_printed_parent(check):
    # The sub kegiatan's official name is also a sub kegiatan of bidang 2.13 (PMD): the
    # one under the kegiatan the report prints it under is suggested.
    body = OFFICIAL.replace("Forum Musyawarah Perencanaan Pembangunan di Desa",
                            "Forum Musyawarah Pembangunan di Desa").replace(
                            'code = "7.01.03.2.01.0001"', "")
    assert [(f.rule, f.location.line, f.args["official_code"])
            for f in check(body, *NOM).findings] == [("NOM001", 42, "7.01.03.2.01.0001")]


def test_a_row_under_a_parent_two_levels_up_is_matched_at_its_own_level():
    # The program's children are kegiatan: "Administrasi Umum Perangkat" is close to one,
    # but a sub kegiatan printed right under the program is matched among sub kegiatan.
    official = index(choose(2024, frozenset({"KAB"})))
    found = match(official, "sub_kegiatan", "Administrasi Umum Perangkat", None, "X.XX.01")
    assert found.found is Found.UNKNOWN


def test_nom001_a_name_printed_in_two_tables_is_told_once(check):
    once = TABLE + _item("sub_kegiatan", "Penyediaan Bahan Logistik")
    twice = once + once.replace("Tabel 3.4 Realisasi Anggaran", "Tabel 2.3 Alokasi Anggaran")
    assert [f.location.line for f in check(twice, "NOM001").findings] == [12]


def test_nom001_a_code_points_at_the_item_it_misnames(check):
    # "Penyediaan Bahan Logistik Kantor dan Rumah Tangga" adds a word: not close by name,
    # but its code names the item, so the code's official name is the suggestion.
    body = TABLE + _item("sub_kegiatan", "Penyediaan Bahan Logistik Kantor dan Rumah Tangga",
                         "7.01.01.2.06.0004")
    assert flatten(check(body, *NOM).findings) == [
        ("NOM001", 12, "Sub kegiatan 'Penyediaan Bahan Logistik Kantor dan Rumah Tangga' tidak "
         "persis sama dengan nomenklatur Kepmendagri seri 900, pemutakhiran 2023 (berlaku "
         "untuk tahun 2024); nama resmi kode 7.01.01.2.06.0004: 'Penyediaan Bahan Logistik "
         "Kantor' (7.01.01.2.06.0004)."),
    ]


# -- NOM002 nomenclature-name-unknown ------------------------------------------------------

def test_nom002_a_short_name_one_word_from_another_item_gets_no_suggestion(check):
    # 94% like "Pengadaan Alat Angkutan Darat Tak Bermotor", but the sea is not the land:
    # one word of its own in a six-word name is another item, not a misspelling.
    body = TABLE + _item("sub_kegiatan", "Pengadaan Alat Angkutan Laut Tak Bermotor")
    result = check(body, *NOM)
    assert flatten(result.findings) == [
        ("NOM002", 12, "Sub kegiatan 'Pengadaan Alat Angkutan Laut Tak Bermotor' tidak "
         "ditemukan dalam nomenklatur Kepmendagri seri 900, pemutakhiran 2023 (berlaku untuk "
         "tahun 2024), dan tidak ada nama resmi yang mirip."),
    ]
    assert result.findings[0].expected is None


def test_nom002_a_name_without_the_negation_is_the_opposite_item(check):
    # Every word is in "Pengadaan Alat Angkutan Darat Tak Bermotor" (95%), but not "Tak".
    body = TABLE + _item("sub_kegiatan", "Pengadaan Alat Angkutan Darat Bermotor")
    assert [f.rule for f in check(body, *NOM).findings] == ["NOM002"]


# -- NOM003 nomenclature-code-name ---------------------------------------------------------

def test_nom003_an_official_name_with_another_items_code(check):
    body = OFFICIAL.replace('code = "7.01.01.2.06.0004"', 'code = "7.01.01.2.06.0005"')
    result = check(body, *NOM)
    assert flatten(result.findings) == [
        ("NOM003", 22, "Sub kegiatan 'Penyediaan Bahan Logistik Kantor' dicetak dengan kode "
         "7.01.01.2.06.0005, sedangkan dalam nomenklatur Kepmendagri seri 900, pemutakhiran "
         "2023 (berlaku untuk tahun 2024) nama ini berkode 7.01.01.2.06.0004 (kode "
         "7.01.01.2.06.0005 di sana adalah 'Penyediaan Barang Cetakan dan Penggandaan')."),
    ]
    finding = result.findings[0]
    assert finding.severity is Severity.WARNING
    assert (finding.expected, finding.actual) == ("7.01.01.2.06.0004", "7.01.01.2.06.0005")


def test_nom003_many_codes_off_are_a_renumbering_told_as_info(check):
    # Three of seven codes shifted by one: the report likely follows another numbering.
    body = (OFFICIAL.replace('"7.01.01.2.06.0004"', '"7.01.01.2.06.0003"')
            .replace('"7.01.01.2.06.0005"', '"7.01.01.2.06.0004"')
            .replace('"7.01.03.2.01.0001"', '"7.01.03.2.01.0002"'))
    result = check(body, *NOM)
    assert _severities(result) == [("NOM003", "info")] * 3
    assert result.findings[0].text("id").endswith(
        "; 3 dari 7 kode di laporan ini tidak sesuai edisi ini, mungkin laporan mengikuti "
        "penomoran edisi lain.")


# -- NOM004 nomenclature-code-unknown ------------------------------------------------------

def test_nom004_a_code_the_edition_lacks_folds_the_unknown_name_in(check):
    body = TABLE + _item("kegiatan", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan Desa",
                         "7.01.02.2.09")
    result = check(body, *NOM)
    assert flatten(result.findings) == [
        ("NOM004", 12, "Kode 7.01.02.2.09 (Kegiatan 'Koordinasi Penyelenggaraan Kegiatan "
         "Pemerintahan Desa') tidak ada dalam nomenklatur Kepmendagri seri 900, pemutakhiran "
         "2023 (berlaku untuk tahun 2024)."),
    ]
    # One row, one finding: the unknown name is folded into the finding on the code.
    assert [(r.rule, r.location.line) for r in result.findings[0].related] == [("NOM002", 12)]


def test_nom004_a_code_of_another_item_folds_into_the_suggestion(check):
    body = TABLE + _item("sub_kegiatan", "Penyediaan Barang Cetak dan Penggandaan",
                         "7.01.01.2.06.0001")
    result = check(body, *NOM)
    assert [(f.rule, f.args["official_code"]) for f in result.findings] == [
        ("NOM001", "7.01.01.2.06.0005")]
    assert [r.rule for r in result.findings[0].related] == ["NOM004"]


# -- the edition of the report's year and kind of pemda ------------------------------------

def test_a_year_without_an_edition_gets_only_close_names_as_info(tmp_path, registry):
    # A 2022 report followed Kepmendagri 050-5889/2021, which the pack does not have: the
    # nearest edition's name is quoted, and codes (renumbered between editions) are not
    # held against it.
    body = (OFFICIAL.replace('code = "7.01.01.2.06.0004"', 'code = "7.01.01.2.06.0005"')
            + _item("sub_kegiatan", "Penyediaan Barang Cetak dan Penggandaan")
            + _item("sub_kegiatan", "Pemberdayaan Masyarakat di Desa"))
    result = _run(tmp_path, registry, body, year=2022)
    assert flatten(result.findings) == [
        ("NOM001", 47, "Sub kegiatan 'Penyediaan Barang Cetak dan Penggandaan' tidak persis "
         "sama dengan nomenklatur Kepmendagri seri 900, pemutakhiran 2023 (edisi terdekat; "
         "tidak ada edisi dalam data pemeriksa yang berlaku untuk tahun 2022); nama resmi "
         "terdekat: 'Penyediaan Barang Cetakan dan Penggandaan' (X.XX.01.2.06.0005)."),
    ]
    assert result.findings[0].severity is Severity.INFO


def test_the_rules_do_not_run_before_permendagri_90_2019(tmp_path, registry):
    body = TABLE + _item("sub_kegiatan", "Penyediaan Barang Cetak dan Penggandaan")
    assert _run(tmp_path, registry, body, year=2020).findings == ()


def test_the_edition_follows_the_kind_of_pemda(tmp_path, registry):
    # A province's Program Penunjang is in the 2027 edition's provincial list only; a
    # kabupaten printing it names no item of its own list (one word off in a short name
    # is another item: no suggestion).
    body = TABLE + _item("program", "Program Penunjang Urusan Pemerintahan Daerah Provinsi")
    province = _run(tmp_path, registry, body, year=2027, region="Provinsi Contoh",
                    agency="Dinas Pekerjaan Umum", agency_kind="dinas")
    assert province.findings == ()
    kabupaten = _run(tmp_path, registry, body, year=2027, agency="Dinas Pekerjaan Umum",
                     agency_kind="dinas")
    assert flatten(kabupaten.findings) == [
        ("NOM002", 12, "Program 'Program Penunjang Urusan Pemerintahan Daerah Provinsi' tidak "
         "ditemukan dalam nomenklatur pemutakhiran tahun rencana 2027 (berlaku untuk tahun "
         "2027), dan tidak ada nama resmi yang mirip."),
    ]


def test_a_province_before_2027_is_held_against_the_nearest_edition(tmp_path, registry):
    # The 900-series edition lists kabupaten/kota only: a 2024 province gets the 2027
    # provincial list, as the nearest edition: the suggestion is coded under the report's
    # own bidang, and its code (program 99) is not held against it.
    body = TABLE + _item("program", "Program Penunjang Urusan Pemerintah Daerah Provinsi",
                         "1.03.99")
    result = _run(tmp_path, registry, body, region="Provinsi Contoh",
                  agency="Dinas Pekerjaan Umum", agency_kind="dinas")
    assert flatten(result.findings) == [
        ("NOM001", 12, "Program 'Program Penunjang Urusan Pemerintah Daerah Provinsi' tidak "
         "persis sama dengan nomenklatur pemutakhiran tahun rencana 2027 (edisi terdekat; "
         "tidak ada edisi dalam data pemeriksa yang berlaku untuk tahun 2024); nama resmi "
         "terdekat: 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI' (1.03.01)."),
    ]


@pytest.mark.parametrize(("year", "pemda", "file", "in_force"), [
    (2024, {"KAB"}, "subkegiatan-900-2023.csv", True),
    (2026, {"KOTA"}, "subkegiatan-900-2023.csv", True),
    (2027, {"KAB"}, "subkegiatan-pemutakhiran-2027.csv", True),
    (2030, {"PROV"}, "subkegiatan-pemutakhiran-2027.csv", True),
    (2021, {"KAB"}, "subkegiatan-900-2023.csv", False),
    (2024, {"PROV"}, "subkegiatan-pemutakhiran-2027.csv", False),
    (2025, set(), "subkegiatan-900-2023.csv", True),
    (None, {"KAB", "KOTA"}, "subkegiatan-pemutakhiran-2027.csv", False),
])
def test_choose_by_year_and_kind_of_pemda(year, pemda, file, in_force):
    choice = choose(year, frozenset(pemda))
    assert (choice.edition.file, choice.in_force) == (file, in_force)


@pytest.mark.parametrize(("meta", "pemda"), [
    (Meta(region="Kabupaten Tanjung Jabung Barat"), {"KAB"}),
    (Meta(region="Kabupaten Kotawaringin Barat"), {"KAB"}),
    (Meta(region="Kota Pelita Raya"), {"KOTA"}),
    (Meta(agency="Dinas PUPR Provinsi Selat Bahari"), {"PROV"}),
    (Meta(agency="Kelurahan Rawa Kembang", agency_kind="kelurahan"), {"KAB", "KOTA"}),
    (Meta(agency="Dinas Kesehatan", agency_kind="dinas"), set()),
])
def test_the_kind_of_pemda_is_read_from_the_region_or_the_agency(meta, pemda):
    assert pemda_of(meta) == frozenset(pemda)


# -- the editions as package data -----------------------------------------------------------

def test_every_shipped_edition_loads_with_its_rows():
    loaded = {edition.file: _editions.rows_of(edition) for edition in editions()}
    assert set(loaded) == {"subkegiatan-900-2023.csv", "subkegiatan-pemutakhiran-2027.csv"}
    for rows in loaded.values():
        assert {row.level for row in rows} == {"program", "kegiatan", "sub_kegiatan"}
    provincial = [row for row in loaded["subkegiatan-pemutakhiran-2027.csv"]
                  if row.pemda == {"PROV"}]
    assert provincial and all(row.pemda == {"KAB", "KOTA"} for row in
                              loaded["subkegiatan-900-2023.csv"])


def test_a_manifest_entry_without_its_first_year_is_refused():
    with pytest.raises(ManifestError, match="first_year"):
        _editions._edition({"file": "x.csv", "label": "x", "regulation": "x", "source": "x",
                            "pemda": ["KAB"]})


def test_the_data_files_are_package_data():
    """A non-editable install ships what pyproject's package-data names: every file of
    data/ must match one of its patterns."""
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["rules.nomenclature"]
    data = REPO / "rules" / "nomenclature" / "data"
    files = [path.relative_to(data.parent).as_posix() for path in data.iterdir()]
    assert files and all(any(fnmatch(f, p) for p in patterns) for f in files)
    assert {edition.file for edition in editions()} <= {Path(f).name for f in files}


def test_the_editions_are_read_only_when_the_pack_runs():
    code = ("from checker.plugins import load_registry\n"
            "from rules.nomenclature import _editions\n"
            "load_registry(entry_points=False)\n"
            "print(_editions.rows_of.cache_info().currsize, _editions.editions.cache_info()"
            ".currsize)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=REPO).stdout
    assert out.split() == ["0", "0"]

