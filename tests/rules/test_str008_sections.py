"""STR008 on section entries: a "3.1 ..." or "A. ..." entry of the Daftar Isi worded
unlike the heading of its number in its chapter, on small text reports of Kecamatan
Sukamaju written for the project. ``daftar_isi_sections_defects.txt`` lists "3.1
Pengukuran Kinerja Organisasi" for "3.1 Capaian Kinerja Organisasi", "4.2 Saran" for
"4.2 Rencana Tindak Lanjut", and a "3.5" no heading carries (STR007's, not a wording);
``daftar_isi_sections_clean.txt`` holds what must pass (case, a title wrapped onto the
next line, leaders, a number repeated by nested lists)."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, edited, flatten

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.text import parse_source
from rules.structure._daftar_isi import number_and_letters


def test_str008_reports_section_entries_worded_unlike_their_heading(check_text):
    assert check_text("daftar_isi_sections_defects.txt", "STR008") == [
        ("STR008", 11, "Daftar Isi (baris 11) menulis '3.1 Pengukuran Kinerja Organisasi', "
         "tetapi judul subbab 3.1 Bab III (Akuntabilitas Kinerja) pada baris 30 adalah "
         "'3.1 Capaian Kinerja Organisasi'."),
        ("STR008", 16, "Daftar Isi (baris 16) menulis '4.2 Saran', tetapi judul subbab 4.2 "
         "Bab IV (Penutup) pada baris 44 adalah '4.2 Rencana Tindak Lanjut'."),
    ]


def test_str008_section_message_in_english(check_text):
    found = check_text("daftar_isi_sections_defects.txt", "STR008", lang="en")
    assert found[1][2] == ("The Daftar Isi (line 16) reads '4.2 Saran', but the heading of "
                           "the section 4.2 of Bab IV (Penutup) on line 44 is '4.2 Rencana "
                           "Tindak Lanjut'.")


def test_str008_leaves_a_number_without_heading_to_str007(check_text):
    lines = [line for _, line, _ in check_text("daftar_isi_sections_defects.txt", "STR008")]
    assert 13 not in lines  # "3.5 Analisis Efisiensi": no heading 3.5 in Bab III


def test_str008_leaves_matching_wrapped_and_nested_sections_alone(check_text):
    assert check_text("daftar_isi_sections_clean.txt", "STR008") == []


def _run(text: str, registry) -> list[tuple]:
    report = extract_report(parse_source(text, "planted.txt"))
    rules = [r for r in registry.rules if r.code == "STR008"]
    return flatten(check_report(report, rules, Config()).findings, "en")


def test_str008_compares_a_nested_entry_with_the_heading_under_its_own_section(registry):
    """The second "1." entry (under B) is compared with the "1." printed under B, not with
    the first "1." of the chapter (under A)."""
    clean = (FIXTURES / "daftar_isi_sections_clean.txt").read_text(encoding="utf-8")
    planted = edited(clean, ("1. Belanja Langsung\t10", "1. Belanja Modal\t10"))
    assert _run(planted, registry) == [
        ("STR008", 15, "The Daftar Isi (line 15) reads '1. Belanja Modal', but the heading "
         "of the section 1 of Bab III (Akuntabilitas Kinerja) on line 39 is '1. Belanja "
         "Langsung'."),
    ]


@pytest.mark.parametrize(("title", "number", "letters"), [
    ("3.1 Capaian Kinerja Organisasi ....", "3.1", "capaiankinerjaorganisasi"),
    ("A. Capaian Kinerja", "a", "capaiankinerja"),
    ("4.2. Rencana Tindak Lanjut", "4.2", "rencanatindaklanjut"),
])
def test_number_and_letters_reads_the_number_apart(title, number, letters):
    assert number_and_letters(title) == (number, letters)
