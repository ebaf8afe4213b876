"""HYG001 reads the name of a dinas or badan whose tasks are listed with commas
("Dinas Komunikasi, Informatika, Statistik dan Persandian") whole, with the region
after it, and takes "Kinerja Dinas X Kabupaten Y" of the own name in another region
for a leftover of a copied report."""

from __future__ import annotations

from conftest import FIXTURES, edited

from rules.hygiene.hyg001_other_agency import _named

CLEAN = "hyg001_comma_name_clean.md"
CLOSING = "Persandian Kabupaten Lembah Hijau tahun 2023 berpredikat"


def _clean() -> str:
    return (FIXTURES / CLEAN).read_text(encoding="utf-8")


def _line_of(text: str, needle: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), start=1)
                if needle in line)


def _names(line: str) -> list[str]:
    return [one.agency.shown() for one in _named(line, line.casefold())]


def test_hyg001_comma_name_of_the_own_agency_is_silent(check_text):
    assert check_text(CLEAN, "HYG001") == []


def test_hyg001_comma_name_in_another_region_is_found(check_inline):
    text = edited(_clean(), (CLOSING, "Persandian Kabupaten Teluk Bening tahun 2023 berpredikat"))
    findings = check_inline(text, "HYG001")
    assert [(rule, line) for rule, line, _ in findings] == [
        ("HYG001", _line_of(text, "Kabupaten Teluk Bening tahun 2023"))]
    message = findings[0][2]
    assert ('"Dinas Komunikasi Informatika Statistik dan Persandian Kabupaten Teluk Bening"'
            in message)


def test_hyg001_kinerja_of_the_own_name_compared_with_a_neighbour_is_silent(check_inline):
    # A comparison names the other regency's dinas on purpose.
    text = edited(_clean(), (
        "Kinerja Dinas Komunikasi, Informatika, Statistik dan " + CLOSING,
        "Dibandingkan dengan kinerja Dinas Komunikasi, Informatika, Statistik dan "
        "Persandian Kabupaten Teluk Bening tahun 2023 berpredikat"))
    assert check_inline(text, "HYG001") == []


def test_hyg001_comma_name_is_read_whole_with_its_region():
    line = "Kinerja Dinas Kepemudaan, Olahraga dan Pariwisata Kabupaten Teluk Bening tahun 2022"
    [agency] = [one.agency for one in _named(line, line.casefold())]
    assert agency.name == ("Kepemudaan", "Olahraga", "dan", "Pariwisata")
    assert agency.region == "kabupaten teluk bening"


def test_hyg001_agencies_listed_with_commas_stay_apart():
    line = "Koordinasi dengan Dinas Kesehatan, Dinas Sosial dan Dinas Pendidikan dilakukan."
    assert _names(line)[:2] == ["Dinas Kesehatan", "Dinas Sosial"]


def test_hyg001_places_listed_with_commas_are_not_one_name():
    line = "Wilayah Kecamatan Sukamaju, Sukajadi dan Sukaraja"
    assert _names(line) == ["Kecamatan Sukamaju"]
