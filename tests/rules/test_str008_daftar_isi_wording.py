"""STR008: a Daftar Isi entry worded unlike its heading, on small text reports of
Kecamatan Sukamaju on 2024 written for the project: ``daftar_isi_wording_defects.txt``
lists "IKHTISAR EKSEKUTIF" for a part printed as "RINGKASAN EKSEKUTIF" and Bab II under
a shorter title; ``daftar_isi_wording_clean.txt`` holds what must pass (words split by
the converter, a long title wrapped onto the next line, leaders and a page number glued
to them, Word's broken cross-reference, the Lampiran's own wording)."""

from __future__ import annotations

import pytest

from rules.structure.str008_daftar_isi_wording import same_title


@pytest.fixture
def run(check_text):
    def run(name: str, lang: str = "id") -> list[tuple]:
        return check_text(name, "STR008", lang=lang)

    return run


def test_str008_reports_entries_worded_unlike_their_heading(run):
    assert run("daftar_isi_wording_defects.txt") == [
        ("STR008", 13, "Daftar Isi (baris 13) menulis 'IKHTISAR EKSEKUTIF', tetapi judul "
         "Ikhtisar Eksekutif pada baris 19 adalah 'RINGKASAN EKSEKUTIF'."),
        ("STR008", 15, "Daftar Isi (baris 15) menulis 'BAB II PERENCANAAN KINERJA', tetapi "
         "judul Bab II (Perencanaan Kinerja) pada baris 27 adalah 'BAB II PERENCANAAN "
         "STRATEGIS DAN PENETAPAN KINERJA'."),
    ]
    assert run("daftar_isi_wording_defects.txt", "en")[1][2].startswith(
        "The Daftar Isi (line 15) reads 'BAB II PERENCANAAN KINERJA', but the heading")


def test_str008_leaves_split_wrapped_and_decorated_entries_alone(run):
    assert run("daftar_isi_wording_clean.txt") == []


@pytest.mark.parametrize(("entry", "heading", "same"), [
    ("BAB I PENI DAHULUAN", "BAB I PENDAHULUAN", True),
    ("BAB II PERENCANAAN STRATEGIS DAN", "BAB II PERENCANAAN STRATEGIS DAN PENETAPAN KINERJA",
     True),
    ("Bab III Akuntabilitas Kinerja", "BAB III AKUNTABILITAS KINERJA", True),
    ("BAB II PERENCANAAN KINERJA", "BAB II PERENCANAAN STRATEGIS DAN PENETAPAN KINERJA", False),
    ("IKHTISAR EKSEKUTIF", "RINGKASAN EKSEKUTIF", False),
])
def test_same_title_reads_letters_only(entry, heading, same):
    assert same_title(entry, heading) is same
