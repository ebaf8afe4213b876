"""False findings on a report whose scale prints a letter and a word for each predikat,
and that names a lower-is-better indicator by its abbreviation; the defects of the same
kind that must still be found.

- CAP003: a scale table ``Predikat | Tingkat Capaian (%) | Kategori`` (A | lebih dari 90 |
  Sangat Baik) grades with either the letter or the word; a predikat of the wrong band,
  in either, is still reported, and told in the same form.
- CAP001: "... dan NDR berpolaritas negatif" states the polarity of "Net Death Rate (NDR)":
  its capaian is recomputed lower-is-better; a capaian computed wrongly is still reported.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from checker.extract import extract_report
from checker.readers.structured import read_json, schema_errors
from checker.serialize import to_json_text
from checker.text import parse_source

POLARITY = ("BOR berpolaritas positif. Waktu tunggu rawat jalan dan NDR berpolaritas "
            "negatif (semakin rendah semakin baik).")

REPORT = """\
# LAPORAN KINERJA RSUD CONTOH TAHUN 2022

## BAB III AKUNTABILITAS KINERJA

POLARITY

**Tabel 3.1 Skala Predikat Capaian Kinerja**

| Predikat | Tingkat Capaian (%) | Kategori |
|:-:|---|---|
| A | lebih dari 90 | Sangat Baik |
| B | lebih dari 75 sampai 90 | Baik |
| C | lebih dari 65 sampai 75 | Cukup |
| D | 65 ke bawah | Kurang |

**Tabel 3.2 Pengukuran Kinerja Tahun 2022**

| No | Sasaran | Indikator | Satuan | Target | Realisasi | Tingkat Capaian (%) | Predikat |
|---|---|---|:-:|--:|--:|--:|:-:|
| 1 | Meningkatnya mutu pelayanan | Bed Occupancy Rate (BOR) | % | 70,00 | 72,50 | 103,57 | BOR |
|  |  | Waktu tunggu rawat jalan | menit | 60 | 45 | 125,00 | A |
|  |  | Net Death Rate (NDR) | per mil | 25,00 | 22,40 | NDR_CAPAIAN | A |
"""


def _report(polarity: str = POLARITY, bor_grade: str = "A",
            ndr_capaian: str = "110,40") -> str:
    return (REPORT.replace("POLARITY", polarity).replace("| BOR |", f"| {bor_grade} |")
            .replace("NDR_CAPAIAN", ndr_capaian))


def _messages(check_inline, code: str, **edits: str) -> list[str]:
    return [message for _, _, message in check_inline(_report(**edits), code, lang="en")]


def test_the_scale_reads_the_letter_beside_the_word():
    scale = extract_report(parse_source(_report(), "laporan.md")).scale
    assert scale is not None
    assert [band.names for band in scale.bands] == [
        ("Sangat Baik", "A"), ("Baik", "B"), ("Cukup", "C"), ("Kurang", "D")]
    band = scale.band_for(Decimal("103.57"))
    assert band is not None and band.names == ("Sangat Baik", "A")


def test_the_letter_survives_the_structured_form(tmp_path: Path):
    """A model written as JSON and checked again grades the letters as the text did."""
    text = to_json_text(extract_report(parse_source(_report(), "laporan.md")))
    assert schema_errors(json.loads(text)) == []
    path = tmp_path / "laporan.json"
    path.write_text(text, encoding="utf-8")
    scale = read_json(path, path.read_bytes()).scale
    assert scale is not None and scale.bands[0].names == ("Sangat Baik", "A")


def test_cap003_a_letter_or_a_word_of_the_right_band_is_right(check_inline):
    assert _messages(check_inline, "CAP003") == []
    assert _messages(check_inline, "CAP003", bor_grade="Sangat Baik") == []


def test_cap003_a_letter_of_the_wrong_band_is_reported_as_a_letter(check_inline):
    found = _messages(check_inline, "CAP003", bor_grade="B")
    assert len(found) == 1
    assert "'B'" in found[0] and "Bed Occupancy Rate (BOR)" in found[0]
    assert "'A'" in found[0] and "Sangat Baik" not in found[0]


def test_cap003_a_word_of_the_wrong_band_is_reported_as_a_word(check_inline):
    found = _messages(check_inline, "CAP003", bor_grade="Cukup")
    assert len(found) == 1 and "'Cukup'" in found[0] and "'Sangat Baik'" in found[0]


def test_cap003_a_grade_the_scale_does_not_print_is_reported(check_inline):
    found = _messages(check_inline, "CAP003", bor_grade="E")
    assert len(found) == 1 and "'E'" in found[0]


def test_cap001_an_abbreviation_in_a_polarity_sentence_names_the_indicator(check_inline):
    assert _messages(check_inline, "CAP001") == []


def test_cap001_a_wrong_capaian_of_the_abbreviated_indicator_is_reported(check_inline):
    found = _messages(check_inline, "CAP001", ndr_capaian="89,60")
    assert len(found) == 1 and "Net Death Rate (NDR)" in found[0] and "= 110.40%" in found[0]


def test_cap001_without_the_abbreviation_the_indicator_stays_higher_is_better(check_inline):
    found = _messages(check_inline, "CAP001", polarity=(
        "Waktu tunggu rawat jalan berpolaritas negatif (semakin rendah semakin baik)."))
    assert len(found) == 1 and "Net Death Rate (NDR)" in found[0] and "= 89.60%" in found[0]
