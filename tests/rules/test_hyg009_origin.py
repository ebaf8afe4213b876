"""HYG009: a report that contradicts itself about its agency's origin, on small text
reports of Kecamatan Sukamaju on 2024 written for the project.

``origin_defects.txt`` states the formation regulation, the kecamatan it was split from,
the year of formation and the former name twice each, differently, and once calls the
kecamatan a pemekaran of itself; its Dasar Hukum also cites the formation Perda under one
title with two years, which is CON007's to report, not HYG009's. ``origin_clean.txt``
holds what must pass: the formation Perda beside the perangkat daerah Perda and its
amendment, the SOTK Perbup, a neighbour formed by another Perda in another year, a newer
kecamatan split from this one, a kelurahan's pemekaran, kecamatan in general, villages and
the kabupaten formed in other years, a former name given in a shorter and a longer form,
and "dibentuk" about a forum.
"""

from __future__ import annotations

import pytest


@pytest.fixture
def run(check_text):
    def run(name: str, *codes: str, lang: str = "id") -> list[tuple]:
        return check_text(name, *(codes or ("HYG009",)), lang=lang)

    return run


def _said(detail: str, excerpt: str) -> str:
    return f'Asal-usul Kecamatan Sukamaju dinyatakan bertentangan: {detail}: "{excerpt}".'


def test_hyg009_reports_each_origin_fact_stated_two_ways(run):
    assert run("origin_defects.txt") == [
        ("HYG009", 25, _said('disebut pemekaran dari "Kecamatan Sukamaju", yaitu dirinya '
                             'sendiri', "…wilayah pemekaran dari Kecamatan Sukamaju yang "
                             "meliputi 9 desa dan 2…")),
        ("HYG009", 27, _said('peraturan pembentukan "Nomor 7 Tahun 2010" di sini, tetapi '
                             '"Nomor 5 Tahun 2008" pada baris 14',
                             "…ini dibentuk berdasarkan Peraturan Daerah Nomor 7 Tahun 2010 "
                             "dan mulai…")),
        ("HYG009", 29, _said('induk pemekaran "Kecamatan Sukamakmur" di sini, tetapi '
                             '"Kecamatan Sukamundur" pada baris 14',
                             "…merupakan pemekaran dari Kecamatan Sukamakmur. Kantor "
                             "Kecamatan Sukamaju…")),
        ("HYG009", 29, _said('tahun pembentukan "2005" di sini, tetapi "2008" pada baris 14',
                             "…Kecamatan Sukamakmur. Kantor Kecamatan Sukamaju berdiri sejak "
                             "2005 di pusat kota.")),
        ("HYG009", 31, _said('nama sebelumnya "Kecamatan Sukasari" di sini, tetapi '
                             '"Kecamatan Sukaraja" pada baris 16',
                             "…Sukamaju semula bernama Kecamatan Sukasari sebelum penataan "
                             "wilayah…")),
    ]


def test_hyg009_speaks_english_on_request(run):
    assert run("origin_defects.txt", lang="en")[0] == (
        "HYG009", 25, "The origin of Kecamatan Sukamaju is stated in contradiction: it is "
        'called a pemekaran of "Kecamatan Sukamaju", which is itself: "…wilayah pemekaran '
        'dari Kecamatan Sukamaju yang meliputi 9 desa dan 2…".')


def test_hyg009_leaves_one_regulation_cited_two_ways_to_con007(run):
    findings = run("origin_defects.txt", "HYG009", "CON007")
    assert [(rule, line) for rule, line, _ in findings if line == 21] == [("CON007", 21)]


def test_hyg009_leaves_other_agencies_and_other_regulations_alone(run):
    assert run("origin_clean.txt") == []
