"""Links written program first, analysis labels, subset counts and joined activities:
read as the report means them, while the real defect of each kind is still seen."""

from __future__ import annotations

from checker.extract._claims import _CHANGED_BEFORE
from checker.extract._links import _item, _narrative_links
from checker.text import parse_source
from rules.hygiene.hyg001_other_agency import _named_on_purpose


def _links(text: str) -> set[tuple[str, str]]:
    source = parse_source(text, "laporan.txt")
    return {(link.sasaran, link.name) for link in _narrative_links(source)}


def test_program_first_links_every_listed_sasaran() -> None:
    text = ("Program Penunjang Urusan Pemerintahan Daerah Provinsi menunjang Sasaran 1,\n"
            "Sasaran 2 dan Sasaran 3 dengan menyediakan gaji dan layanan administrasi.\n")
    name = "Penunjang Urusan Pemerintahan Daerah Provinsi"
    assert _links(text) == {("1", name), ("2", name), ("3", name)}


def test_program_first_in_brackets_after_seluruh_sasaran() -> None:
    text = ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota menunjang seluruh\n"
            "sasaran (Sasaran 1 dan Sasaran 2) melalui dukungan perencanaan.\n")
    assert {sasaran for sasaran, _ in _links(text)} == {"1", "2"}


def test_program_supporting_no_numbered_sasaran_is_no_link() -> None:
    text = "Program Pembinaan Desa menunjang ketepatan laporan desa.\n"
    assert _links(text) == set()


def test_analysis_label_is_no_program() -> None:
    assert list(_item("**Program dan kegiatan yang menunjang atau menghambat.** X")) == []
    assert list(_item("Program Pembinaan Pemerintahan Desa menunjang ketepatan")) != []


def test_count_of_changed_budgets_is_a_part() -> None:
    sentence = "yang berubah hanya anggaran "
    assert _CHANGED_BEFORE.search(sentence) is not None
    assert _CHANGED_BEFORE.search("Pada tahun 2024 dilaksanakan ") is None


def test_joined_activity_names_another_agency_on_purpose() -> None:
    before = "pelatihan kelompok usaha desa digabungkan dengan kegiatan "
    assert _named_on_purpose(before, before + "Dinas Pemberdayaan Masyarakat dan Desa.")
    own = "Program ini dilaksanakan oleh "
    assert not _named_on_purpose(own, own + "Kecamatan Lain Sekali.")
