"""STR014: a Daftar Tabel entry unlike the caption of the table it names, on small text
reports of Kecamatan Sukamaju written for the project. ``daftar_tabel_defects.txt``
lists Tabel 3.1 under last year's title and a Tabel 3.2 the report does not print;
``daftar_tabel_clean.txt`` holds what must pass (an entry wrapped onto the next line, a
column of page numbers, leaders, a caption whose title stands on the line below its
number, a caption in bold, a sentence naming a table, a Daftar Gambar)."""

from __future__ import annotations

from conftest import FIXTURES, edited, flatten

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.text import parse_source


def test_str014_reports_an_entry_unlike_its_caption_and_a_number_no_caption_has(check_text):
    assert check_text("daftar_tabel_defects.txt", "STR014") == [
        ("STR014", 8, "Daftar Tabel (baris 8) mencantumkan 'Tabel 3.1 Capaian Kinerja "
         "Kecamatan Tahun 2023', tetapi judul tabel 3.1 pada baris 22 adalah 'Tabel 3.1 "
         "Pengukuran Kinerja Organisasi Tahun 2024'."),
        ("STR014", 9, "Daftar Tabel (baris 9) mencantumkan 'Tabel 3.2 Realisasi Anggaran per "
         "Program', tetapi tidak ada tabel bernomor 3.2 dalam laporan."),
    ]


def test_str014_messages_in_english(check_text):
    found = check_text("daftar_tabel_defects.txt", "STR014", lang="en")
    assert [message for _, _, message in found] == [
        "The Daftar Tabel (line 8) lists 'Tabel 3.1 Capaian Kinerja Kecamatan Tahun 2023', "
        "but the caption of table 3.1 on line 22 is 'Tabel 3.1 Pengukuran Kinerja "
        "Organisasi Tahun 2024'.",
        "The Daftar Tabel (line 9) lists 'Tabel 3.2 Realisasi Anggaran per Program', but "
        "the report has no table numbered 3.2.",
    ]


def test_str014_leaves_entries_matching_their_captions_alone(check_text):
    assert check_text("daftar_tabel_clean.txt", "STR014") == []


def _run(text: str, registry) -> list[tuple]:
    report = extract_report(parse_source(text, "planted.txt"))
    rules = [r for r in registry.rules if r.code == "STR014"]
    return flatten(check_report(report, rules, Config()).findings, "en")


def _clean() -> str:
    return (FIXTURES / "daftar_tabel_clean.txt").read_text(encoding="utf-8")


def test_str014_reads_a_wrapped_entry_whole(registry):
    """The second line of a wrapped entry is part of its title: changed, it is told."""
    planted = edited(_clean(), ("\tTahun 2024\t4", "\tTahun Anggaran Perubahan\t4"))
    found = _run(planted, registry)
    assert [(line, message.split(", but ")[0]) for _, line, message in found] == [
        (7, "The Daftar Tabel (line 7) lists 'Tabel 2.1 Perjanjian Kinerja Kecamatan "
            "Sukamaju Tahun Anggaran Perubahan'"),
    ]


def test_str014_compares_the_daftar_gambar_with_figure_captions(registry):
    planted = edited(_clean(), ("Gambar 1.1 Struktur Organisasi Kecamatan Sukamaju",
                                "Gambar 1.1 Peta Wilayah Kecamatan"))
    assert _run(planted, registry) == [
        ("STR014", 13, "The Daftar Gambar (line 13) lists 'Gambar 1.1 Struktur Organisasi "
         "Kecamatan Sukamaju', but the caption of figure 1.1 on line 17 is 'Gambar 1.1 Peta "
         "Wilayah Kecamatan'."),
    ]


def test_str014_says_nothing_when_no_caption_of_the_list_is_read(registry):
    """Captions numbered another way than the list ("Tabel II.1"): none is read, so no
    entry is told missing."""
    planted = edited(_clean(), ("Tabel 2.1\n", "Tabel II.1\n"),
                     ("**Tabel 3.1 Pengukuran", "**Tabel III.1 Pengukuran"),
                     ("Tabel 2.1 di atas", "Tabel II.1 di atas"))
    assert _run(planted, registry) == []


_TABLE_LIST = """# LAPORAN KINERJA KECAMATAN SUKAMAJU TAHUN 2024

## DAFTAR TABEL

| No | Judul Tabel |
|:--:|---|
| 1 | Tabel 2.1 Perjanjian Kinerja Tahun 2024 |
| 2 | Tabel 3.1 Pengukuran Kinerja Tahun 2024 |

## BAB II PERENCANAAN KINERJA

**Tabel 2.1 Perjanjian Kinerja Tahun 2024**

| No | Sasaran | Indikator | Target |
|---|---|---|---|
| 1 | Meningkatnya pelayanan | IKM | 80,00 |

## BAB III AKUNTABILITAS KINERJA

**Tabel 3.1 Pengukuran Kinerja Tahun 2024**

| No | Indikator | Target | Realisasi | Capaian |
|---|---|---|---|---|
| 1 | IKM | 80,00 | 84,00 | 105,00 |
"""


def test_str014_reads_a_list_printed_as_a_table_with_numbered_rows(registry):
    assert _run(_TABLE_LIST, registry) == []
    planted = edited(_TABLE_LIST, ("| 2 | Tabel 3.1 Pengukuran Kinerja Tahun 2024 |",
                                   "| 2 | Tabel 3.1 Capaian Kinerja Tahun 2023 |"))
    assert _run(planted, registry) == [
        ("STR014", 8, "The Daftar Tabel (line 8) lists 'Tabel 3.1 Capaian Kinerja Tahun "
         "2023', but the caption of table 3.1 on line 20 is 'Tabel 3.1 Pengukuran Kinerja "
         "Tahun 2024'."),
    ]
