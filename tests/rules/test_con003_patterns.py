"""CON003: names garbled by the converter or the OCR are one name, not a drift; names
that really changed stay reported.

Line numbers count the 7-line META prefix of conftest: a body's first line is line 8.
"""

from __future__ import annotations

import pytest
from conftest import flatten

# The PK (line 8) and a capaian table (its row at line 16) print one indicator; the
# capaian table spells it as each test says.
NAMES = """\
[[agreements]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "{pk}"
target = "80"

[[achievements]]
table = "Tabel 3.2"

[[achievements.rows]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "{capaian}"
target = "80"
realisasi = "84"
"""


def _findings(check, pk: str, capaian: str) -> list[tuple]:
    return flatten(check(NAMES.format(pk=pk, capaian=capaian), "CON003").findings)


@pytest.mark.parametrize("capaian", [
    "Persentase pe layanan administrasi kependudukan",   # a space inside a word
    "Persentase pela-\\nyanan administrasi kependudukan",  # hyphenated at a line break
    "Persentase pela- yanan administrasi kependudukan",  # the same, joined by a space
    "Persentase pelayannan administrasi kependudukan",   # a doubled letter
    "Persentase pelayanan adminlstrasi kependudukan",    # l read for i
    "Persentase pelayanan administrasi kependu_dukan",   # a stray mark
])
def test_con003_converter_and_ocr_noise_is_not_a_drift(check, capaian):
    assert _findings(check, "Persentase pelayanan administrasi kependudukan", capaian) == []


def _drift(pk: str, capaian: str, score: int) -> list[tuple]:
    return [("CON003", 16, f"Nama indikator '{pk}' (PK baris 8) dan '{capaian}' (Tabel 3.2 "
             f"baris 16) ditulis berbeda padahal dianggap satu indikator (kemiripan "
             f"{score}%).")]


@pytest.mark.parametrize(("pk", "capaian", "score"), [
    # another word, however short
    ("Nilai AKIP Kecamatan Sukamaju", "Nilai SAKIP Kecamatan Sukamaju", 98),
    # a letter dropped is no OCR confusion: the name is written otherwise
    ("Persentase pelayanan administrasi kependudukan",
     "Persentase pelayanan administrasi kependudkan", 98),
    # another number, written as a word
    ("Persentase desa mandiri di wilayah II", "Persentase desa mandiri di wilayah III", 98),
])
def test_con003_a_name_that_really_changed_is_still_reported(check, pk, capaian, score):
    assert _findings(check, pk, capaian) == _drift(pk, capaian, score)


def test_con003_noise_does_not_hide_a_change_elsewhere_in_the_name(check):
    pk = "Persentase pelayanan administrasi kependudukan tepat waktu"
    capaian = "Persentase pe layanan administrasi kependudukan tepat waktunya"
    assert _findings(check, pk, capaian) == _drift(pk, capaian, 96)


def test_con003_a_noisy_pk_name_close_to_its_capaian_name_is_no_near_miss(check):
    # Letter-spaced by the converter: too far apart for the graph to fold (similarity 88),
    # close enough to be taken for a near miss, yet one name.
    assert _findings(check, "Per sen ta se pe la ya nan KTP", "Persentase pelayanan KTP") == []
    assert _findings(check, "Persentase pelayanan akta", "Persentase pelayanan KTP") == [
        ("CON003", 8, "Nama indikator 'Persentase pelayanan akta' (PK baris 8) dan "
         "'Persentase pelayanan KTP' (Tabel 3.2 baris 16) mirip (kemiripan 93%) tetapi tidak "
         "sama, sehingga indikator PK ini tidak ditemukan di tabel capaian."),
    ]
