"""HYG002: the realisasi of two earlier years given after the year's own figure is the
comparison with earlier years that Bab III gives, even when written without a word of
comparison ("Pada tahun 2021 realisasinya 66,67% dan pada tahun 2022 75,00%"). A sentence
left from last year's report, presenting one earlier year's realisasi as the year's, is
still reported. Small reports of a fictional Kecamatan Contoh on 2023."""

from __future__ import annotations

_HEAD = """LAPORAN KINERJA INSTANSI PEMERINTAH
KECAMATAN CONTOH
TAHUN 2023

BAB III AKUNTABILITAS KINERJA

A. Capaian Kinerja Organisasi

"""
_TAIL = """
BAB IV PENUTUP

Demikian laporan ini disusun.
"""


def _report(paragraph: str) -> str:
    return f"{_HEAD}{paragraph}\n{_TAIL}"


def _years(findings: list[tuple]) -> list[str]:
    return [message.split('"')[1] for _, _, message in findings]


_SERIES = ("Dari 12 desa, 10 desa menyampaikan laporan tepat waktu, sehingga realisasinya "
           "83,33%. Pada tahun 2021 realisasinya 66,67% (8 desa) dan pada tahun 2022 "
           "75,00% (9 desa). Target akhir Renstra adalah 100,00%.")


def test_hyg002_leaves_earlier_years_set_after_the_years_figure(check_inline):
    assert check_inline(_report(_SERIES), "HYG002", path="laporan.txt") == []


def test_hyg002_leaves_the_series_on_the_line_after_the_years_figure(check_inline):
    wrapped = _SERIES.replace("83,33%. ", "83,33%.\n")
    assert check_inline(_report(wrapped), "HYG002", path="laporan.txt") == []


def test_hyg002_reports_one_earlier_years_realisasi_left_as_the_years(check_inline):
    leftover = ("Dari 12 desa, 10 desa menyampaikan laporan tepat waktu. Pada tahun 2022 "
                "realisasinya 83,33% (10 desa) dari target 80,00%.")
    findings = check_inline(_report(leftover), "HYG002", path="laporan.txt")
    assert _years(findings) == ["2022"]
    assert "tahun laporan 2023" in findings[0][2]


def test_hyg002_reports_earlier_years_with_no_figure_of_the_year_before(check_inline):
    # Two earlier years, but nothing of the year's own before them: not a comparison set
    # beside the year, the realisasi of those years told as the year's.
    leftover = ("Pengukuran kinerja dilakukan setiap triwulan. Pada tahun 2021 realisasinya "
                "66,67% (8 desa) dan pada tahun 2022 75,00% (9 desa).")
    findings = check_inline(_report(leftover), "HYG002", path="laporan.txt")
    assert _years(findings) == ["2021", "2022"]
