"""Golden values of the narrative extractors on the four real reports of the corpus.

Every value below was checked by hand against the document (the line it was read from is
given beside it) and against the verified fact sheets of the corpus. The corpus lives
outside the project (``../shared/corpus``); without it these tests are skipped.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest

from checker.config import Config
from checker.engine import check_report
from checker.extract._claims import extract_claims
from checker.extract._meta import extract_meta
from checker.extract._outline import extract_outline
from checker.model import Report
from checker.text import Source, parse_source
from rules.counts import CNT004

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"

PARTS = (
    "kata_pengantar", "daftar_isi", "ikhtisar_eksekutif", "bab_1", "bab_2",
    "perjanjian_kinerja", "bab_3", "capaian_kinerja", "realisasi_anggaran", "bab_4",
    "lampiran", "pernyataan_reviu",
)


@cache
def _source(name: str) -> Source:
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"corpus document {path} is not available (the corpus is not shipped)")
    return parse_source(path.read_text(encoding="utf-8"), str(path))


# name -> (agency, region, year)
META = {
    "betara-2022.txt": (
        "Kecamatan Betara",  # 7 KANTOR KECAMATAN BETARA
        "Kabupaten Tanjung Jabung Barat",  # 8
        2022,  # 5 TAHUN 2022 (the running header at 693 says 2023: outvoted)
    ),
    "jatinegara-2021.txt": (
        "Kecamatan Jatinegara",  # 9
        "Kabupaten Tegal",  # 10
        2021,  # 5 under the title; 927, 952 (the cover's TAHUN 2022 at 11 is outvoted)
    ),
    "seberang-kota-2022.txt": (
        "Kecamatan Seberang Kota",  # 5 (no cover)
        "Kabupaten Tanjung Jabung Barat",  # 5
        2022,  # 5 LKjIP ... Tahun 2022; 7; running headers 336 ...
    ),
    "semboro-2021.txt": (
        "Kecamatan Semboro",  # 6
        "Kabupaten Jember",  # 7
        2021,  # 9 TAHUN 2021; 16, 20, 22 (cover 11 TAHUN 2022 and the stale 2020 at 76 lose)
    ),
}

# name -> {part: line of its (first) heading}; a part not listed is missing.
OUTLINE = {
    "betara-2022.txt": {
        "kata_pengantar": 10,
        "ikhtisar_eksekutif": 28,  # RINGKASAN EKSEKUTIF
        "daftar_isi": 38,
        "bab_1": 73,
        "bab_2": 318,  # not the Sistematika line 288
        "perjanjian_kinerja": 394,  # 2.3. Perjanjian Kinerja
        "bab_3": 459,
        "capaian_kinerja": 463,  # 3.1. Pengukuran Capaian Kinerja (+484, 505)
        "realisasi_anggaran": 639,  # 3.4. Realisasi Anggaran
        "bab_4": 701,
        # missing: lampiran (only the Sistematika line 316), pernyataan_reviu
    },
    "jatinegara-2021.txt": {
        "kata_pengantar": 13,
        "daftar_isi": 36,
        "bab_1": 57,  # BAB I / PENDAHULUAN 57 + 59
        "bab_2": 624,  # 624 + 626, not the Sistematika line 606
        "perjanjian_kinerja": 697,  # 2.3 Perjanjian Kinerja
        "bab_3": 733,  # 733 + 734
        "capaian_kinerja": 736,  # 3.1 Capaian Kinerja Organisasi (+760)
        "realisasi_anggaran": 862,  # 3.3 REALISASI ANGGARAN
        "bab_4": 919,  # 919 + 921
        # missing: ikhtisar_eksekutif, lampiran (listed in Daftar Isi 55 only),
        # pernyataan_reviu
    },
    "seberang-kota-2022.txt": {
        "kata_pengantar": 3,
        "ikhtisar_eksekutif": 22,  # ## RINGKASAN EKSEKUTIF
        "daftar_isi": 32,
        "bab_1": 65,
        "bab_2": 276,  # **BAB II** / **PERENCANAAN STRATEGIS DAN PENETAPAN KINERJA** 276-277
        "perjanjian_kinerja": 400,  # C. PERJANJIAN KINERJA TAHUN 2022
        "bab_3": 417,  # 417 + 419
        "capaian_kinerja": 423,  # A. PENGUKURAN CAPAIAN KINERJA (+447, 472)
        "realisasi_anggaran": 576,  # C. REALISASI ANGGARAN
        "bab_4": 645,  # 645-646
        "lampiran": 664,  # Lampiran-lampiran
        # missing: pernyataan_reviu (and the PK the Daftar Isi promises in the Lampiran)
    },
    "semboro-2021.txt": {
        "kata_pengantar": 13,
        "daftar_isi": 33,
        "ikhtisar_eksekutif": 60,
        "bab_1": 109,  # 109 + 111
        "bab_2": 188,  # 188 + 190
        "perjanjian_kinerja": 285,  # C. PERJANJIAN KINERJA (+ Lampiran 622, 644, 668, 705)
        "bab_3": 305,
        "capaian_kinerja": 307,  # A. PENGUKURAN CAPAIAN KINERJA TAHUN 2021 (+339)
        "realisasi_anggaran": 498,  # C. AKUNTABILITAS KEUANGAN.
        "bab_4": 574,  # 574 + 576
        # No LAMPIRAN heading: the attachments start with the Renstra matrix right after
        # Bab IV ends (596).
        "lampiran": 598,
        # missing: pernyataan_reviu
    },
}

# Lines that look like chapter headings but only list them (Sistematika Penulisan).
TRAPS = {
    "betara-2022.txt": (284, 288, 292, 296, 308, 312, 316),
    "jatinegara-2021.txt": (602, 606, 610, 612, 616, 620),
    "seberang-kota-2022.txt": (750, 812),  # running headers printed as '##' headings
    "semboro-2021.txt": (),
}

# name -> [(line, subject, value, words, sasaran)] of every count claim.
COUNTS = {
    "betara-2022.txt": [
        (398, "sasaran", 3, None, None),  # 3 sasaran strategis (the PK has 3)
        (398, "indikator", 3, None, None),  # 3 indikator kinerja utama (the PK has 6)
        (478, "sasaran", 3, "tiga", None),  # 3 (tiga) sasaran
        (478, "indikator", 6, "enam", None),  # 6 (enam) indikator kinerja
        (480, "indikator", 2, None, "1"),  # Sasaran 1 terdiri dari 2 indikator
        (481, "indikator", 3, None, "2"),  # Sasaran 2 terdiri dari 3 indikator
        (482, "indikator", 1, None, "3"),  # Sasaran 3 terdiri dari 1 indikator
        (507, "sasaran", 3, "tiga", None),  # 3 (tiga) sasaran
        (507, "indikator", 6, "enam", None),  # 6 (enam) indicator kinerja
        (535, "sasaran", 3, None, None),  # dari 3 sasaran
        (535, "indikator", 6, None, None),  # dan 6 indikator kinerja
        (649, "program", 3, "Tiga", None),  # 3 (Tiga) Program
        (649, "kegiatan", 12, "Dua Belas", None),  # 12 (Dua Belas) kegiatan (tables: 9)
        (649, "sub_kegiatan", 20, "Dua Puluh", None),  # 20 (Dua Puluh) Sub Kegiatan
        (655, "program", 3, "Tiga", None),  # 3 (Tiga) Program
        (655, "kegiatan", 9, "Sembilan", None),  # 9 (Sembilan) kegiatan
        (655, "sub_kegiatan", 20, "Dua Puluh", None),  # 20 (Dua Puluh) Sub Kegiatan
    ],
    "jatinegara-2021.txt": [
        (776, "indikator", 3, "tiga", None),  # 3 (tiga) indikator kinerja utama (PK: 4)
    ],
    "seberang-kota-2022.txt": [
        (332, "program", 3, None, None),  # dituangkan dalam 3 program (tables: 4 / 5)
        (441, "sasaran", 3, "tiga", None),  # 3 (tiga) sasaran
        (441, "indikator", 6, "enam", None),  # 6 (enam) indikator kinerja
        (443, "indikator", 2, None, "1"),  # Sasaran 1 terdiri dari 2 indikator
        (444, "indikator", 3, None, "2"),  # Sasaran 2 terdiri dari 3 indikator
        (445, "indikator", 1, None, "3"),  # Sasaran 3 terdiri dari 1 indikator
        (474, "sasaran", 3, "tiga", None),  # 3 (tiga) sasaran
        (474, "indikator", 6, "enam", None),  # 6 (enam) indikator kinerja
        (494, "sasaran", 3, None, None),  # dari 3 sasaran
        (494, "indikator", 6, None, None),  # dan 6 indikator kinerja
        (580, "program", 5, "lima", None),  # 5 (lima) Program
        (580, "kegiatan", 12, "Dua Belas", None),  # 12 (Dua Belas) kegiatan (table: 13)
        (580, "sub_kegiatan", 33, "Tiga Puluh Tiga", None),  # 33 (Tiga Puluh Tiga) sub kegiatan
    ],
    "semboro-2021.txt": [
        (87, "indikator", 1, "satu", "1"),  # Sasaran 1 : ... pengukuran 1 (satu) indikator
        (89, "indikator", 1, "satu", "2"),  # Sasaran 2 : ... pengukuran 1 (satu) indikator
        (234, "sasaran", 2, "dua", None),  # Ada 2 (dua) sasaran
        (246, "program", 4, "empat", None),  # 4 (empat) program utama
        (343, "indikator", 2, "dua", None),  # 2 (dua) indikator kinerja
        (343, "sasaran", 2, "dua", None),  # dari 2 (dua) sasaran
        (398, "program", 1, "satu", "1"),  # sasaran 1 terdiri dari 1 (satu) program
        (398, "kegiatan", 1, "satu", "1"),  # 1 (satu) kegiatan
        (398, "sub_kegiatan", 1, "satu", "1"),  # 1 (satu) sub kegiatan
        (457, "program", 3, "tiga", "2"),  # sasaran 2 terdiri dari 3 (tiga) program
        (457, "kegiatan", 3, "tiga", "2"),  # 3 (tiga) kegiatan
        (457, "sub_kegiatan", 4, "empat", "2"),  # 4 (empat) sub kegiatan
        (580, "indikator", 2, None, None),  # dari 2 indikator sasaran (not "2 ... dalam
        # kategori baik", a part of them); 91 "2 indikator capaian diatas target" is no count
    ],
}

# name -> [(line, subject, value)] of every amount claim.
AMOUNTS = {
    "betara-2022.txt": [
        (36, "persen", "88.62"),  # realisasi keuangan 88,62 % (tables: 91,37)
        (641, "pagu", "5547036498.00"),  # Rp. 5,547,036,498,00
        (641, "realisasi", "5068205781.00"),  # Rp. 5,068,205,781,00
        (641, "persen", "91.37"),  # 91.37%
        (641, "sisa", "478830717.00"),  # Rp. 478,830,717,00
        (645, "pagu", "2584957568.00"),  # Belanja Pegawai
        (645, "realisasi", "2245608970.00"),
        (645, "persen", "86.87"),
        (645, "sisa", "339348598.00"),
        (649, "pagu", "2179478930.00"),  # Belanja Barang dan Jasa
        (649, "persen", "96.80"),  # sebesar 96,80 % atau Rp. ...
        (649, "realisasi", "2109732130.00"),
        (649, "sisa", "69746800.00"),
        (653, "pagu", "782600000.00"),  # Belanja Modal
        (653, "realisasi", "712864681.00"),
        (653, "persen", "91.09"),
        (653, "sisa", "69735319.00"),
    ],
    "jatinegara-2021.txt": [
        (936, "pagu", "1834058000"),  # Rp. 1.834.058.000,- (Satu miliar ...)
        (936, "realisasi", "1508747079"),  # Rp. 1.508.747.079,- (Satu miliar ...)
        (936, "persen", "82.26"),  # atau sekitar 82,26%
    ],
    "seberang-kota-2022.txt": [
        (30, "persen", "77.26"),  # realisasi keuangan 77,26 %
        (578, "pagu", "4483688658"),  # Rp. 4.483.688.658,-
        (578, "realisasi", "3464156228"),  # Rp. 3.464.156.228,-
        (578, "persen", "77.26"),  # 77,26 %
        (578, "sisa", "1015882430"),  # Rp. 1.015.882.430,- (pagu - realisasi = 1.019.532.430)
    ],
    "semboro-2021.txt": [
        (93, "pagu", "3457463874"),  # APBD ... sebesar Rp. 3.457.463.874 (its parts: no claim)
        (95, "realisasi", "3148478480"),  # Rp 3.148.478.480
        (95, "persen", "91.06"),  # atau 91,06% dari pagu anggaran
        (502, "pagu", "3457463874"),  # Keseluruhan anggaran ... Rp. 3.457.463.874
        (560, "pagu", "24577000"),  # - Program ... dengan Anggaran Rp. 24.577.000
        (562, "pagu", "24577000"),  # Keseluruhan anggaran Program ... sasaran I
        (568, "pagu", "536900000"),  # - Program ... dengan Anggaran
        (569, "pagu", "91570000"),
        (570, "pagu", "284900000"),
        (572, "pagu", "913370000"),  # Keseluruhan anggaran Program ... sasaran II
        (582, "realisasi", "3148478480"),  # realisasi Penyerapan Anggaran
        (582, "persen", "91.06"),  # (91,06%)
    ],
}

NAMES = sorted(META)


@pytest.mark.parametrize("name", NAMES)
def test_narrative_meta(name):
    meta = extract_meta(_source(name))
    assert (meta.agency, meta.region, meta.year) == META[name]
    assert meta.agency_kind == "kecamatan"


@pytest.mark.parametrize("name", NAMES)
def test_narrative_outline_parts_present_and_missing(name):
    outline = extract_outline(_source(name))
    first: dict[str, int] = {}
    for heading in outline:
        if heading.kind in PARTS and heading.where.line is not None:
            first.setdefault(heading.kind, heading.where.line)
    assert first == OUTLINE[name]
    lines = {heading.where.line for heading in outline}
    assert not lines & set(TRAPS[name])


@pytest.mark.parametrize("name", NAMES)
def test_narrative_count_claims(name):
    claims = extract_claims(_source(name))
    found = [
        (c.where.line, c.subject, int(c.value.value), c.words, c.sasaran)
        for c in claims if c.kind == "count"
    ]
    assert found == COUNTS[name]


@pytest.mark.parametrize("name", NAMES)
def test_narrative_amount_claims(name):
    claims = extract_claims(_source(name))
    found = [(c.where.line, c.subject, c.value.value) for c in claims if c.kind == "amount"]
    assert found == [(line, subject, Decimal(value)) for line, subject, value in AMOUNTS[name]]
    # The claims of one budget sentence share a group.
    for claim in claims:
        assert claim.group is not None and claim.text


@pytest.mark.parametrize("name", NAMES)
def test_narrative_digits_agree_with_words(name):
    """Every number printed in digits and words in these reports agrees (the fact sheets
    find no digits/words mismatch), so CNT004 must stay silent on all four."""
    source = _source(name)
    report = Report(path=name, format="text", meta=extract_meta(source),
                    claims=extract_claims(source))
    assert check_report(report, [CNT004], Config()).findings == ()
