"""STR013: headings printed in another order than the Daftar Isi lists them, on small
text reports of Kecamatan Sukamaju on 2024 written for the project.

``daftar_isi_order_defects.txt`` prints section 2.3 before 2.1 and 2.2 (one misplaced
section, one finding), lists Bab IV before Bab III while the body prints Bab III first,
and prints Lampiran 2 before Lampiran 1 (the Daftar Isi names Lampiran 1 by a longer
title that begins with its heading's). ``daftar_isi_order_clean.txt`` holds what must
pass: the Kata Pengantar printed before the Daftar Isi, the Ikhtisar Eksekutif listed
before the Daftar Isi and printed after it, a chapter title wrapped over two entries,
dotted leaders, sections renumbered or retitled in the body ("1.2 Tugas Pokok dan
Fungsi" printed as "1.2 Uraian Tugas Kecamatan": not found, so not judged), a heading
titled longer than its entry, and a bold "Perjanjian Kinerja" at the top of Bab II that
repeats the title of section 2.3 (the section is the heading with the entry's number).
``daftar_isi_order_chapter_moved.txt`` prints Bab III before Bab II under a Daftar Isi in
the regulation's order: STR002's finding, into which STR013's folds."""

from __future__ import annotations

import random

import pytest

from rules.structure.str002_order import _longest_in_order as str002_longest_in_order
from rules.structure.str013_daftar_isi_order import _alike, _longest_in_order


@pytest.fixture
def run(check_text):
    def run(name: str, lang: str = "id") -> list[tuple]:
        return check_text(name, "STR013", lang=lang)

    return run


def test_str013_reports_each_heading_out_of_the_listed_order(run):
    assert run("daftar_isi_order_defects.txt") == [
        ("STR013", 45, "'2.3 Perjanjian Kinerja' (baris 45) tidak dicetak sesuai urutan "
         "Daftar Isi: Daftar Isi (baris 20) mencantumkannya sesudah '2.2 Indikator Kinerja "
         "Utama' (dicetak pada baris 53)."),
        ("STR013", 57, "'BAB III AKUNTABILITAS KINERJA' (baris 57) tidak dicetak sesuai "
         "urutan Daftar Isi: Daftar Isi (baris 22) mencantumkannya sesudah 'BAB IV "
         "PENUTUP' (dicetak pada baris 67) dan sebelum 'LAMPIRAN' (dicetak pada baris 71)."),
        ("STR013", 73, "'Lampiran 2. Indikator Kinerja Utama' (baris 73) tidak dicetak "
         "sesuai urutan Daftar Isi: Daftar Isi (baris 27) mencantumkannya sesudah "
         "'Lampiran 1. Perjanjian Kinerja Tahun 2024 dan Rencana Aksi' (dicetak pada "
         "baris 77)."),
    ]
    assert run("daftar_isi_order_defects.txt", "en")[0][2] == (
        "'2.3 Perjanjian Kinerja' (line 45) is not printed in the order of the Daftar Isi: "
        "the Daftar Isi (line 20) lists it after '2.2 Indikator Kinerja Utama' (printed "
        "on line 53).")


def test_str013_leaves_front_matter_wrapped_and_retitled_entries_alone(run):
    assert run("daftar_isi_order_clean.txt") == []


def test_str013_folds_into_str002_for_a_chapter_out_of_the_regulations_order(check_text):
    alone = check_text("daftar_isi_order_chapter_moved.txt", "STR013")
    assert [(code, line) for code, line, _ in alone] == [("STR013", 21)]
    together = check_text("daftar_isi_order_chapter_moved.txt", "STR002", "STR013")
    assert [(code, line) for code, line, _ in together] == [("STR002", 21)]


@pytest.mark.parametrize("seed", range(5))
def test_longest_in_order_keeps_what_str002_keeps(seed):
    """The same run as STR002's quadratic search, so both rules flag the same part."""
    chance = random.Random(seed)
    for size in range(12):
        positions = [chance.randint(0, 9) for _ in range(size)]
        assert _longest_in_order(positions) == str002_longest_in_order(positions)


def test_longest_in_order_flags_one_moved_item_not_those_after_it():
    # The first of ten sections printed last: the nine others stay in order.
    assert _longest_in_order([100, *range(10, 100, 10)]) == set(range(1, 10))


@pytest.mark.parametrize(("listed", "printed", "alike"), [
    ("perjanjiankinerjatahundanperjanjiankinerjaperubahan", "perjanjiankinerjatahun", True),
    ("rencanastrategis", "rencanastrategiskecamatansukamaju", True),
    ("realisasianggarantahun", "realisasianggaran", True),
    ("sasaranstrategisdanindikatorkinerja", "sasaranstrategis", False),
    ("perencanaankinerja", "perjanjiankinerja", False),
])
def test_alike_titles_as_letters(listed, printed, alike):
    assert _alike(listed, printed) is alike
