"""Counts of someone else's things are no claim about the agency's counts.

A narrative count ("3 program", "12 indikator") is compared with the agency's tables
(CNT001, CNT002). A count whose noun phrase or clause names another owner (villages, the
region, its government, a plan of theirs such as the RPJMD) is about that owner, and a
count that is a part of a larger count of the same things is a part: neither is a claim.
"""

from __future__ import annotations

import textwrap
from decimal import Decimal

import pytest
from conftest import edited, flatten

from checker.config import Config
from checker.engine import check_report
from checker.extract import extract_report
from checker.extract._claims import extract_claims
from checker.text import parse_source


def _counts(text: str) -> list[tuple[str, Decimal | None]]:
    claims = extract_claims(parse_source(textwrap.dedent(text)))
    return [(c.subject, c.value.value) for c in claims if c.kind == "count"]


@pytest.mark.parametrize(
    "sentence",
    [
        # The noun phrase names the owner: a plan of the region, the region, the villages.
        "Kecamatan Sukamaju mendukung 3 dari 5 program prioritas RPJMD Kabupaten Contoh.",
        "Kecamatan Sukamaju turut mendukung pencapaian 12 indikator kinerja daerah.",
        "Kecamatan Sukamaju mengoordinasikan 3 (tiga) sasaran pembangunan nasional.",
        "Pada tahun 2024 tercatat 45 kegiatan dari 10 desa yang dibiayai dana desa.",
        "Camat mengawal tiga program unggulan Bupati.",
        # The clause's subject is the owner.
        "Sebanyak 7 dari 10 desa telah melaksanakan 4 kegiatan padat karya.",
        "Dalam RPJMD terdapat 10 sasaran dan 24 indikator kinerja.",
        "Pemerintah Kabupaten Contoh menetapkan 25 program pembangunan.",
        "Kecamatan Sukamaju membina 10 desa yang melaksanakan 40 kegiatan.",
        "Indikator Kinerja Daerah yang diampu terdiri dari 12 indikator.",
        # What a plan of another holds, and a part of it.
        "Dari 180 program dalam RKPD Tahun 2025, sebanyak 171 program telah selaras.",
        # A part of a whole of the same things, or a part of another's.
        "Dari 5 program prioritas RPJMD, 3 program didukung oleh Kecamatan Sukamaju.",
        # A class of them, the rest of them, those whose property is told.
        "Hasil pengukuran menunjukkan 4 (empat) indikator berada pada kriteria Sangat Baik.",
        "Sebanyak 3 indikator berpredikat Memuaskan.",
        "Dua indikator memiliki polaritas negatif.",
        "Dua indikator lainnya terus membaik.",
        "Kendalanya adalah 9 program yang indikatornya masih berupa keluaran.",
    ],
)
def test_counts_of_another_owners_things_are_no_claims(sentence: str) -> None:
    assert _counts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        # The agency, named with its region: the region is its address, not its owner.
        ("Perjanjian Kinerja Camat Sukamaju Kabupaten Contoh meliputi 3 sasaran strategis "
         "dengan 4 indikator kinerja utama.", [("sasaran", 3), ("indikator", 4)]),
        ("Pengukuran dilakukan atas 3 (tiga) indikator kinerja utama Kecamatan Sukamaju "
         "Kabupaten Contoh.", [("indikator", 3)]),
        # An agency whose name holds a region word.
        ("Sekretariat Daerah menetapkan 4 sasaran strategis.", [("sasaran", 4)]),
        ("Kantor Kecamatan Seberang Kota yang mempunyai 5 program dan 12 kegiatan.",
         [("program", 5), ("kegiatan", 12)]),
        ("Kelurahan Rawa Indah melaksanakan 3 (tiga) program.", [("program", 3)]),
        # Its own things done in villages, for a program named after them.
        ("Kecamatan Sukamaju melaksanakan 4 kegiatan di 10 desa.", [("kegiatan", 4)]),
        ("Kecamatan Sukamaju mempunyai 2 program pemberdayaan masyarakat desa.",
         [("program", 2)]),
        # Kegiatan of the agency's own programs: 'dari' names no other owner here.
        ("Kecamatan Sukamaju melaksanakan 12 kegiatan dari 3 program.",
         [("kegiatan", 12), ("program", 3)]),
        # A 'yang' clause that tells no property of theirs selects none of them.
        ("Kecamatan Sukamaju melaksanakan 5 program yang didanai APBD.", [("program", 5)]),
        # The agency's own document names a plan only as what it serves.
        ("Perjanjian Kinerja memuat 6 indikator kinerja yang mendukung RPJMD.",
         [("indikator", 6)]),
    ],
)
def test_the_agencys_own_counts_stay_claims(sentence: str, counts: list) -> None:
    assert _counts(sentence) == [(subject, Decimal(value)) for subject, value in counts]


def test_a_part_of_the_same_things_leaves_the_whole_as_the_claim() -> None:
    assert _counts("Kecamatan Sukamaju melaksanakan 3 program dari 5 program.") == [
        ("program", Decimal(5))
    ]


# A PK of two indicators; line 9 counts them right, line 11 counts the region's.
REPORT = """\
BAB II PERENCANAAN KINERJA

Tabel 2.1 Perjanjian Kinerja Kecamatan Sukamaju Tahun 2024

No\tSasaran Strategis\tIndikator Kinerja\tTarget
1\tMeningkatnya Mutu Layanan\tNilai Survei Kepuasan Masyarakat\t80
2\tMeningkatnya Tata Kelola Desa\tPersentase desa tertib administrasi\t100

Perjanjian Kinerja Kecamatan Sukamaju memuat 2 (dua) indikator kinerja.

Kecamatan Sukamaju juga mendukung 12 (dua belas) indikator kinerja daerah.
"""


def _cnt002(text: str, registry) -> list[tuple]:
    report = extract_report(parse_source(text, "laporan.txt"))
    rules = [rule for rule in registry.rules if rule.code == "CNT002"]
    return flatten(check_report(report, rules, Config()).findings)


def test_cnt002_is_silent_on_the_regions_indicators(registry):
    assert _cnt002(REPORT, registry) == []


def test_cnt002_still_reports_a_wrong_count_of_the_agencys_indicators(registry):
    wrong = edited(REPORT, ("memuat 2 (dua) indikator", "memuat 3 (tiga) indikator"))
    assert ("CNT002", 9, "Narasi menyebut 3 indikator, tetapi Perjanjian Kinerja (Tabel 2.1 "
            "Perjanjian Kinerja Kecamatan Sukamaju Tahun 2024) memuat 2 indikator.") in _cnt002(
        wrong, registry)


def _per_sasaran(text: str) -> list[tuple[int, str, Decimal | None, str | None]]:
    claims = extract_claims(parse_source(textwrap.dedent(text)))
    return [(c.where.line, c.subject, c.value.value, c.sasaran) for c in claims]


def test_this_sasaran_counts_are_of_the_sasaran_whose_section_they_are_in():
    assert _per_sasaran("""\
    Sasaran 2: Meningkatnya Tata Kelola Desa

    Sasaran ini diukur dengan 3 (tiga) indikator kinerja.

    Sasaran ini didukung oleh 2 (dua) program.

    ### 3. Sasaran 3: Meningkatnya Ketertiban Umum

    Sasaran tersebut memiliki 1 (satu) indikator.
    """) == [
        (3, "indikator", Decimal(3), "2"),
        (5, "program", Decimal(2), "2"),
        (9, "indikator", Decimal(1), "3"),
    ]


def test_this_sasaran_outside_any_sasarans_section_is_no_count_of_the_agency():
    assert _per_sasaran("""\
    Sasaran 1: Meningkatnya Mutu Layanan

    Teks uraian.

    # BAB IV PENUTUP

    Sasaran ini diukur dengan 2 (dua) indikator.
    """) == []
    assert _per_sasaran("Sasaran ini diukur dengan 2 (dua) indikator.\n") == []


def test_a_sasaran_named_in_a_purpose_is_not_what_the_count_is_about():
    assert _per_sasaran("""\
    Sasaran 1: Meningkatnya Mutu Layanan

    Untuk mencapai sasaran tersebut, Kecamatan Sukamaju melaksanakan 3 (tiga) program.
    """) == [(3, "program", Decimal(3), None)]
