"""HYG007: a name cut off mid-phrase, on small TOML reports of Kecamatan Sukamaju on 2024
written for the project: a PK indicator and a budget kegiatan that end on "yang" and
"dan"; and names with those words inside them, which are whole.

Line numbers count the 7-line META prefix of conftest: a body's first line is line 8.
"""

from __future__ import annotations

from conftest import flatten

BODY = """\
[[agreements]]
sasaran = "Meningkatnya kualitas pelayanan publik"
indikator = "{indikator}"
target = "80"

[[budgets]]
table = "Tabel 3.5 Realisasi Anggaran"
kind = "realisasi"

[[budgets.items]]
level = "program"
name = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"

[[budgets.items]]
level = "kegiatan"
name = "{kegiatan}"
"""

CUT = BODY.format(indikator="Persentase desa yang",
                  kegiatan="Perencanaan, Penganggaran, dan")
WHOLE = BODY.format(indikator="Persentase desa yang tertib administrasi dan keuangan",
                    kegiatan="Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah")


def test_hyg007_reports_names_that_end_mid_phrase(check):
    assert flatten(check(CUT, "HYG007").findings) == [
        ("HYG007", 8, "Indikator 'Persentase desa yang' terpotong: namanya berakhir dengan "
         "\"yang\"."),
        ("HYG007", 21, "Kegiatan 'Perencanaan, Penganggaran, dan' terpotong: namanya berakhir "
         "dengan \"dan\"."),
    ]
    assert flatten(check(CUT, "HYG007").findings, "en")[0][2] == (
        "Indicator 'Persentase desa yang' is cut off: it ends on \"yang\".")


def test_hyg007_leaves_whole_names_alone(check):
    assert flatten(check(WHOLE, "HYG007").findings) == []
