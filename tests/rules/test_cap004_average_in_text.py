"""CAP004: the average capaian of the sasaran that the text states against the capaian
table, on small text reports of Kecamatan Sukamaju written for the project."""

from __future__ import annotations

import pytest

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.text import parse_source

_REPORT = """LAPORAN KINERJA INSTANSI PEMERINTAH
KECAMATAN SUKAMAJU
TAHUN 2024

IKHTISAR EKSEKUTIF

{summary}

BAB III AKUNTABILITAS KINERJA

Tabel 3.1 Pengukuran Kinerja Tahun 2024

No\tSasaran Strategis\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)
1\tMeningkatnya kualitas pelayanan publik\tIndeks Kepuasan Masyarakat\t80,00\t84,00\t{first}
\t\tPersentase layanan selesai tepat waktu\t90,00\t90,00\t100,00
2\tMeningkatnya tertib administrasi desa\tPersentase desa tertib administrasi\t80,00\t76,00\t95,00

{section}
"""
_RIGHT = "Rata-rata capaian kedua sasaran strategis sebesar 98,75%."
# Sasaran 1: (105,00 + 100,00) / 2 = 102,50; sasaran 2: 95,00; their mean 98,75.


def _findings(registry, summary: str = _RIGHT, first: str = "105,00",
              section: str = "") -> list[tuple[str, int | None, str]]:
    text = _REPORT.format(summary=summary, first=first, section=section)
    report = extract_report(parse_source(text, "sukamaju.txt"))
    rules = [r for r in registry.rules if r.code in ("CAP001", "CAP004")]
    return [(f.rule, f.location.line, f.message["id"])
            for f in check_report(report, rules, Config()).findings]


def test_cap004_is_silent_when_the_text_repeats_the_table(registry):
    assert _findings(registry) == []


def test_cap004_reports_an_average_the_table_does_not_give(registry):
    assert _findings(registry, summary="Rata-rata capaian kedua sasaran strategis sebesar "
                                       "97,85%.") == [
        ("CAP004", 7, "Narasi menyebut rata-rata capaian sasaran 97,85%, sedangkan rata-rata "
                      "capaian sasaran di Tabel 3.1 Pengukuran Kinerja Tahun 2024 adalah "
                      "98,75%."),
    ]


@pytest.mark.parametrize("section", [
    # one sasaran's own capaian, named as the mean of its indicators
    "Sasaran 1 diukur dengan 2 indikator. Rata-rata capaian sasaran ini sebesar 102,50%.",
    "Rata-rata capaian sasaran sebesar 102,50% dengan kriteria sangat tinggi.",
    # another year's average
    "Rata-rata capaian sasaran tahun 2023 sebesar 91,20%.",
    # each sasaran in turn
    "Rata-rata capaian kedua sasaran masing-masing 102,50% dan 95,00%.",
])
def test_cap004_leaves_one_sasaran_and_other_years_alone(registry, section):
    assert _findings(registry, section=section) == []


def test_cap004_leaves_a_miscomputed_row_to_cap001(registry):
    # The text repeats the right average; the table's first capaian is misprinted.
    assert [rule for rule, _, _ in _findings(registry, first="150,00")] == ["CAP001"]
