"""HYG008: a narrative paragraph whose last sentence stops mid-phrase, on small text
reports of Kecamatan Sukamaju on 2024 written for the project.

``cut_sentence_defects.txt`` holds paragraphs that end on "yang", "dan", "adalah", a
comma, "dengan" (before a page number and a new paragraph), "karena ." and "serta" (at the
end of the text). ``cut_sentence_clean.txt`` holds the look-alikes a reader of converted
PDFs meets: a paragraph continued after a page number or a running title (in lower case,
or with a capitalised name), a wrapped line, a copula followed by what it introduces, a
list introduced without a colon, a sentence running into a table's caption, a wrapped
table cell, a Title Case name, a page break inside "Oleh Karena itu", a signature block.
"""

from __future__ import annotations

import pytest


@pytest.fixture
def run(check_text):
    def run(name: str, lang: str = "id") -> list[tuple]:
        return check_text(name, "HYG008", lang=lang)

    return run


def _said(last: str, follows: str, excerpt: str) -> str:
    return (f'Kalimat terpotong: paragraf berakhir dengan "{last}" tanpa kelanjutan '
            f'(sesudahnya {follows}); seharusnya kalimat lengkap: "{excerpt}".')


def test_hyg008_reports_paragraphs_that_stop_mid_phrase(run):
    assert run("cut_sentence_defects.txt") == [
        ("HYG008", 10, _said("yang", "paragraf baru", "Laporan kinerja ini disusun sebagai "
                             "bahan evaluasi atas pelaksanaan program yang")),
        ("HYG008", 14, _said("dan", "judul berikutnya", "Camat dibantu oleh sekretaris "
                             "kecamatan, para kepala seksi dan")),
        ("HYG008", 18, _said("adalah", "judul berikutnya", "Tujuan penyusunan laporan "
                             "kinerja Kecamatan Sukamaju tahun ini adalah")),
        ("HYG008", 22, _said(",", "judul berikutnya", "…laporan berpedoman pada peraturan "
                             "tentang sistem akuntabilitas kinerja,")),
        ("HYG008", 26, _said("dengan", "paragraf baru", "…strategis kecamatan ditetapkan "
                             "dalam Renstra dan dijabarkan setiap tahun dengan")),
        ("HYG008", 32, _said("karena", "paragraf baru", "…anggaran tahun ini belum "
                             "sepenuhnya mencerminkan capaian kinerja karena .")),
        ("HYG008", 38, _said("serta", "akhir naskah", "…laporan ini disusun sebagai "
                             "gambaran kinerja kecamatan selama tahun 2024 serta")),
    ]


def test_hyg008_speaks_english_on_request(run):
    assert run("cut_sentence_defects.txt", "en")[0] == (
        "HYG008", 10, 'Sentence cut off: the paragraph ends on "yang" and does not go on '
        '(followed by a new paragraph); a complete sentence was expected: "Laporan kinerja '
        'ini disusun sebagai bahan evaluasi atas pelaksanaan program yang".')


def test_hyg008_leaves_continued_wrapped_and_introducing_paragraphs_alone(run):
    assert run("cut_sentence_clean.txt") == []

